"""PostgreSQL keeps sixteen groups of sentences to a row (migration 8): searches and reads cross
row boundaries, and a desk of one group a row converts in place and reads the same."""

from __future__ import annotations

import pytest

from sourcedesk.store.pg_schema import GROUP_VIEWS, ROW_SENTENCES
from tests.store.builders import segment, source, story
from tests.store.conftest import pg_database
from tests.store.test_migration import readings

# A desk of migration 7: each row of `sentence_rows` unpacked into its groups, one to a row,
# the GIN index over the stored vectors and the views as migration 6 made them.
UNPACK = (
    "CREATE TABLE sentence_groups (key BIGINT PRIMARY KEY, spans INTEGER[] NOT NULL, "
    "tsv tsvector NOT NULL); "
    "INSERT INTO sentence_groups SELECT g.key + g.firsts[v.j], "
    "g.spans[4 * g.firsts[v.j] + 1 : 4 * coalesce(g.firsts[v.j + 1], cardinality(g.spans) / 4)], "
    "v.tsv FROM sentence_spans g, unnest(g.tsv) WITH ORDINALITY v(tsv, j); "
    "DROP VIEW sentences; DROP VIEW paragraphs; DROP TABLE sentence_spans; "
    "DROP FUNCTION sentence_row_tsv(tsvector[]); DROP AGGREGATE sentence_tsv_union(tsvector); "
    "ALTER TABLE sentence_groups RENAME TO sentence_spans; "
    "ALTER INDEX sentence_groups_pkey RENAME TO sentence_spans_pkey; "
    "CREATE INDEX sentence_spans_tsv ON sentence_spans USING GIN (tsv); "
    f"{GROUP_VIEWS}; DELETE FROM migrations WHERE version = 8"
)


@pytest.fixture
def url(request: pytest.FixtureRequest) -> str:
    """A new, empty PostgreSQL database."""
    return pg_database(request)


def open_store(url: str):
    from sourcedesk.store.postgres import PostgresStore

    return PostgresStore(url)


def add_pages(store) -> None:
    long = story("Quarn", 3 * ROW_SENTENCES + 5)  # four rows
    store.add_source(source("quarn0000001", long), long, [], [])
    short = story("Velmo", 9)
    store.add_source(source("velmo0000001", short, title="Velmo crossings"), short, [], [])


def test_searches_and_reads_cross_row_boundaries(url: str) -> None:
    store = open_store(url)
    add_pages(store)
    last = ROW_SENTENCES  # the first sentence of the second row
    hits = store.search(f'"crossing number {last - 1}" OR "crossing number {last}"', 9)
    assert sorted(p.sentence_no for p in hits) == [last - 1, last]
    assert all(p.text.endswith(f"number {p.sentence_no} in {1900 + p.sentence_no % 100}.")
               for p in hits)  # fmt: skip
    texts = [p.text for p in store.passages("quarn0000001", last - 2, last + 1)]
    assert [t.split("number ")[1].split()[0] for t in texts] == [str(n) for n in range(62, 66)]
    places = [("quarn0000001", n) for n in (0, last - 1, last, 3 * ROW_SENTENCES + 4, 999)]
    assert [p.sentence_no for p in store.sentences_at(places)] == [0, last - 1, last, 196]
    assert len(store.sentences("quarn0000001")) == 3 * ROW_SENTENCES + 5
    assert len(store.search("quarn", 500)) == 3 * ROW_SENTENCES + 5
    assert store.sentence_count() == 3 * ROW_SENTENCES + 5 + 9
    store.close()


def test_a_phrase_matches_inside_one_sentence_only(url: str) -> None:
    store = open_store(url)
    seg = segment([("paragraph", ["The quay stood empty.", "Stood there the harbour master."])])
    store.add_source(source("a1b2c3d4e5f6", seg), seg, [], [])
    assert store.search('"empty stood"', 5) == []
    assert [p.sentence_no for p in store.search('"stood empty"', 5)] == [0]
    assert [p.sentence_no for p in store.search('"harbour master" NOT quay', 5)] == [1]
    store.close()


def view_rows(store) -> list[tuple]:
    """The `sentences` view, as someone reading the desk with SQL sees it."""
    return store.conn.execute(
        'SELECT source_id, idx, paragraph, start, "end", heading, title, text, tsv::text '
        "FROM sentences ORDER BY id"
    ).fetchall()


def test_a_desk_of_one_group_a_row_converts_in_place(url: str) -> None:
    store = open_store(url)
    add_pages(store)
    before, view = readings(store), view_rows(store)
    terms = store.term_docs(["quarn", "ferri", "velmo", "crossing"])
    store.conn.execute(UNPACK)
    assert 8 not in [v for v, _ in store.migrations()]
    assert store.conn.execute("SELECT count(*) FROM sentence_spans").fetchone()[0] == 50 + 3
    assert view_rows(store) == view
    store.close()
    upgraded = open_store(url)
    assert 8 in [v for v, _ in upgraded.migrations()]
    assert readings(upgraded) == before and view_rows(upgraded) == view
    assert upgraded.term_docs(["quarn", "ferri", "velmo", "crossing"]) == terms
    assert upgraded.conn.execute("SELECT count(*) FROM sentence_spans").fetchone()[0] == 4 + 1
    upgraded.delete_source("velmo0000001")
    assert upgraded.search("velmo", 5) == [] and upgraded.term_docs(["velmo"]) == {}
    upgraded.close()


def test_a_word_in_every_row_is_still_found_through_the_index(url: str) -> None:
    store = open_store(url)
    for n in range(30):
        seg = story(f"Orrin{n}", 20)
        store.add_source(source(f"orrin{n:08d}", seg), seg, [], [])
    store.conn.execute("ANALYZE sentence_spans")
    plan = "\n".join(
        row[0]
        for row in store.conn.execute(
            "EXPLAIN SELECT key FROM sentence_spans g WHERE sentence_row_tsv(g.tsv) @@ 'ferri'"
        )
    )
    assert "Bitmap Index Scan on sentence_spans_tsv" in plan  # not every row's lexemes computed
    assert len(store.search("ferry", 900)) == 600
    store.close()


def test_a_place_in_a_source_without_sentences_is_simply_absent(url: str) -> None:
    store = open_store(url)
    seg = story("Quarn", 5)
    store.add_source(source("quarn0000001", seg), seg, [], [])
    store.conn.execute("SELECT setval(pg_get_serial_sequence('sources', 'seq'), 900)")
    store.add_source(source("copy00000001", seg, duplicate_of="quarn0000001"), seg, [], [])
    places = [("copy00000001", 0), ("quarn0000001", 4), ("quarn0000001", 5)]
    assert [(p.source_id, p.sentence_no) for p in store.sentences_at(places)] == [
        ("quarn0000001", 4)
    ]
    assert store.passages("copy00000001", 0, 9) == []
    store.close()
