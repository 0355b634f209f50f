"""Pipeline stage: store."""
