"""Pipeline stage: interfaces."""
