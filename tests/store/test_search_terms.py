"""Term statistics follow the desk as sources come and go (both backends)."""

from __future__ import annotations

from pathlib import Path

from tests.store.builders import segment, source


def test_term_counts_follow_added_and_removed_sources(store: object) -> None:
    first = segment([("paragraph", ["Ferries cross the Lisk.", "The ferry sails at dawn."])])
    second = segment([("paragraph", ["A ferry sank.", "Gulls followed the wreck."])])
    store.add_source(source("a1b2c3d4e5f6", first), first, [], [])  # type: ignore[attr-defined]
    store.add_source(  # type: ignore[attr-defined]
        source("f6e5d4c3b2a1", second, content_hash="h-other"), second, [], []
    )
    assert store.term_docs(["ferri", "gull", "lisk"]) == {"ferri": 3, "gull": 1, "lisk": 1}  # type: ignore[attr-defined]
    store.delete_source("f6e5d4c3b2a1")  # type: ignore[attr-defined]
    assert store.term_docs(["ferri", "gull", "lisk"]) == {"ferri": 2, "lisk": 1}  # type: ignore[attr-defined]


def test_an_upgraded_desk_counts_the_terms_it_already_held(location: str) -> None:
    from tests.store.test_migration import old_postgres_desk, old_sqlite_desk, open_store

    if location.startswith("postgresql://"):
        old_postgres_desk(location)
    else:
        old_sqlite_desk(Path(location))
    store = open_store(location)
    # 300 Quarn and 200 Velmo sentences; the exact copy of the Quarn page is not indexed.
    assert store.term_docs(["quarn", "velmo", "ferri"]) == {
        "quarn": 300,
        "velmo": 200,
        "ferri": 500,
    }
    store.close()
