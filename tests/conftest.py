"""Shared fixtures: paths to the shared seeds and evaluation data, and fresh desks."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcedesk.desk import Desk

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"


def seed_files() -> list[Path]:
    """The five real captures, or a skip when ../shared/seeds is absent."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present (real captures are not part of the repository)")
    return sorted(SEEDS.glob("*.txt"))


def seed(prefix: str) -> Path:
    """One seed file by its number prefix, e.g. '004'."""
    return next(p for p in seed_files() if p.name.startswith(prefix))


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    """A fresh desk in a temporary SQLite file."""
    with Desk(tmp_path / "desk.sqlite") as d:
        yield d


@pytest.fixture(scope="session")
def seeds_desk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    """A desk holding the five seeds (built once per test session)."""
    files = seed_files()
    path = tmp_path_factory.mktemp("seeds") / "desk.sqlite"
    d = Desk(path)
    d.add([str(f) for f in files])
    yield d
    d.close()


@pytest.fixture(scope="session")
def pg_cluster() -> str:
    """The URL of a throwaway PostgreSQL cluster for this test session."""
    from tests.pg import cluster

    with cluster() as url:
        yield url
