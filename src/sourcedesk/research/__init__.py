"""Pipeline stage: research."""
