"""A source's author and genre are stored and read back by both backends; old desks gain them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sourcedesk.store.sqlite import MIGRATIONS, SQLiteStore
from tests.store.builders import source, story
from tests.store.test_migration import old_sqlite_desk


def test_author_and_genre_round_trip(store) -> None:
    seg = story("Halvik", 6)
    store.add_source(
        source("halvik000001", seg, author="Orsa Brannock, Tarvia Lisle", genre="blog post"),
        seg, [], [],
    )  # fmt: skip
    plain = story("Tarnhold", 4)
    store.add_source(source("tarnho000001", plain), plain, [], [])
    kept = store.get_source("halvik000001")
    assert (kept.author, kept.genre) == ("Orsa Brannock, Tarvia Lisle", "blog post")
    listed = {s.id: (s.author, s.genre) for s in store.source_details()}
    assert listed == {
        "halvik000001": ("Orsa Brannock, Tarvia Lisle", "blog post"),
        "tarnho000001": (None, None),
    }


def test_an_old_desk_file_gains_the_author_and_genre_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old_sqlite_desk(path)
    columns = {row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(sources)")}
    assert "author" not in columns
    store = SQLiteStore(path)
    try:
        assert [s.author for s in store.source_details()] == [None, None, None]
        assert len(store.migrations()) == len(MIGRATIONS)
        seg = story("Kellmarsh", 5)
        store.add_source(source("kellma000001", seg, author="Mira Selvany", genre="statement"),
                         seg, [], [])  # fmt: skip
        assert store.get_source("kellma000001").author == "Mira Selvany"
    finally:
        store.close()
