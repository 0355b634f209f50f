"""Pipeline stage: answer."""
