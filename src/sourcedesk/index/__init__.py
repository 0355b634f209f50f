"""Pipeline stage: index."""
