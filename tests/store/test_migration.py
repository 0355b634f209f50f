"""A desk written with the old schema (text, heading and title in every sentence row) upgrades."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sourcedesk.records import Segmented, Source
from sourcedesk.store.sql import now_iso
from tests.store.builders import source, story

SQLITE_OLD = 4  # the migrations an old SQLite desk had applied
POSTGRES_OLD = 3
# The source columns of those old desks (no author, no genre).
SOURCE_COLUMNS = (
    "id, origin, title, kind, publisher, published, language, words, text, content_hash, "
    "added_at, revision_of, duplicate_of, reader"
)


def pages() -> list[tuple[Source, Segmented]]:
    """Three sources, the last an exact copy of the first (stored, not indexed)."""
    quarn, velmo = story("Quarn", 300), story("Velmo", 200)
    return [
        (source("quarn0000001", quarn), quarn),
        (source("velmo0000001", velmo, title="Velmo crossings"), velmo),
        (source("copy00000001", quarn, duplicate_of="quarn0000001"), quarn),
    ]


def old_rows(src: Source, seg: Segmented) -> tuple[list, list, list, list]:
    """The source, section, paragraph and sentence rows the old stores wrote."""
    source_row = [getattr(src, c.strip()) for c in SOURCE_COLUMNS.split(",")] + ["[]", "[]"]
    sections = [(src.id, i, s.heading, s.level, s.start, s.end) for i, s in enumerate(seg.sections)]
    paragraphs = [
        (src.id, i, p.kind, p.start, p.end, p.section) for i, p in enumerate(seg.paragraphs)
    ]
    sentences = []
    for i, sent in enumerate([] if src.duplicate_of else seg.sentences):
        section = seg.paragraphs[sent.paragraph].section
        heading = seg.sections[section].heading if section >= 0 else ""
        sentences.append((src.id, i, sent.paragraph, sent.start, sent.end, heading, src.title,
                          seg.text[sent.start : sent.end]))  # fmt: skip
    return source_row, sections, paragraphs, sentences


def write_old(conn, mark: str, migrations: tuple, tsv: str = "") -> None:
    """Apply the old migrations and insert `pages()` the way the old store did.

    `mark` is the driver's placeholder; `tsv` the SQL of the PostgreSQL sentence vector, if any.
    """
    conn.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL)")  # fmt: skip
    for version, (name, sql) in enumerate(migrations, start=1):
        for statement in sql.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"INSERT INTO migrations VALUES ({mark}, {mark}, {mark})",
                     (version, name, now_iso()))  # fmt: skip
    sentence_columns = 'source_id, idx, paragraph, start, "end", heading, title, text'
    sentence_values = ", ".join([mark] * 8)
    if tsv:
        sentence_columns, sentence_values = sentence_columns + ", tsv", sentence_values + tsv
    for src, seg in pages():
        source_row, sections, paragraphs, sentences = old_rows(src, seg)
        marks = ", ".join([mark] * len(source_row))
        conn.execute(f"INSERT INTO sources ({SOURCE_COLUMNS}, references_json, removed_json) "
                     f"VALUES ({marks})", source_row)  # fmt: skip
        cur = conn.cursor()
        cur.executemany(f"INSERT INTO sections VALUES ({', '.join([mark] * 6)})", sections)
        cur.executemany(f"INSERT INTO paragraphs VALUES ({', '.join([mark] * 6)})", paragraphs)
        if sentences:
            cur.executemany(
                f"INSERT INTO sentences ({sentence_columns}) VALUES ({sentence_values})",
                [(*row, row[-1]) if tsv else row for row in sentences],
            )


def old_sqlite_desk(path: Path) -> None:
    from sourcedesk.store.sqlite import MIGRATIONS

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    write_old(conn, "?", MIGRATIONS[:SQLITE_OLD])
    conn.execute("INSERT INTO sentence_fts (rowid, text, heading, title) "
                 "SELECT rowid, text, heading, title FROM sentences")  # fmt: skip
    conn.execute("COMMIT")
    conn.close()


def old_postgres_desk(url: str) -> None:
    import psycopg

    from sourcedesk.store.postgres import MIGRATIONS

    with psycopg.connect(url) as conn:
        vector = ", to_tsvector('english', %s)"  # the store recomputes it from the text
        write_old(conn, "%s", MIGRATIONS[:POSTGRES_OLD], tsv=vector)


def open_store(location: str):
    if location.startswith("postgresql://"):
        from sourcedesk.store.postgres import PostgresStore

        return PostgresStore(location)
    from sourcedesk.store.sqlite import SQLiteStore

    return SQLiteStore(location)


def readings(store) -> dict:
    """Everything a reader gets back, searches with their scores."""
    ids = [s.id for s in store.list_sources()]
    return {
        "sentences": [store.sentences(i) for i in ids],
        "passages": [store.passages(i, 0, 99) for i in ids],
        "at": store.sentences_at([(i, n) for i in ids for n in (0, 4, 7)]),
        "search": [
            sorted((p.source_id, p.start, p.text, p.heading, p.title, p.sentence_no, p.score)
                   for p in store.search(q, 50))
            for q in ("quarn", "velmo OR crossings", '"ferry of"', "zür*")
        ],
    }  # fmt: skip


def test_an_old_desk_upgrades_and_reads_like_a_new_one(location: str, other_location: str) -> None:
    postgres = location.startswith("postgresql://")
    if postgres:
        old_postgres_desk(location)
    else:
        old_sqlite_desk(Path(location))
    before = 0 if postgres else Path(location).stat().st_size
    upgraded = open_store(location)
    fresh = open_store(other_location)
    for src, seg in pages():
        fresh.add_source(src, seg, [], [])
    assert upgraded.migrations() == fresh.migrations()
    assert readings(upgraded) == readings(fresh)
    upgraded.delete_source("velmo0000001")
    assert upgraded.search("velmo", 5) == [] and len(upgraded.search("quarn", 500)) == 300
    upgraded.close()
    fresh.close()
    if before:
        assert Path(location).stat().st_size < before
