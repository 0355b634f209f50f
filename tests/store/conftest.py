"""The `store` fixture: every store test runs on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sourcedesk.store.sqlite import SQLiteStore


def pg_database(request: pytest.FixtureRequest) -> str:
    """The URL of a new, empty database in the session's throwaway cluster."""
    from tests.pg import fresh_database

    return fresh_database(request.getfixturevalue("pg_cluster"), "t" + uuid.uuid4().hex[:12])


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a fresh desk lives: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "desk.sqlite")
    return pg_database(request)


@pytest.fixture
def other_location(location: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A second fresh desk of the same backend as `location`."""
    if location.startswith("postgresql://"):
        return pg_database(request)
    return str(tmp_path / "other.sqlite")


@pytest.fixture
def store(location: str) -> Iterator:
    """A fresh store of each backend."""
    if location.startswith("postgresql://"):
        from sourcedesk.store.postgres import PostgresStore

        s = PostgresStore(location)
    else:
        s = SQLiteStore(location)
    yield s
    s.close()
