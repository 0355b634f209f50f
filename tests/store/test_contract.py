"""The Store contract, run against every backend: SQLite and a real PostgreSQL server."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from sourcedesk.records import Paragraph, Reference, Section, Segmented, Sentence, Source
from sourcedesk.store.sqlite import SQLiteStore

TEXT = (
    "History\n\nThe ferry began in 1943. It carried soldiers during the war.\n\n"
    "The last crossing was on 30 September 2023."
)


def segmented() -> Segmented:
    first_para = TEXT.index("The ferry")
    second_para = TEXT.index("The last")
    second_sentence = TEXT.index("It carried")
    return Segmented(
        text=TEXT,
        sections=(Section("History", 2, 0, len(TEXT)),),
        paragraphs=(
            Paragraph("heading", 0, 7, 0),
            Paragraph("paragraph", first_para, second_para - 2, 0),
            Paragraph("paragraph", second_para, len(TEXT), 0),
        ),
        sentences=(
            Sentence(first_para, second_sentence - 1, 1),
            Sentence(second_sentence, second_para - 2, 1),
            Sentence(second_para, len(TEXT), 2),
        ),
    )


def source(sid: str = "abc123def456", **changes: object) -> Source:
    base = Source(
        id=sid, origin=f"/pages/{sid}.txt", title="Orrin ferry", kind="encyclopedia",
        publisher=None, published="2023-10-01", language="en", words=20, text=TEXT,
        content_hash="h-" + sid, added_at="2026-11-28T00:00:00+00:00",
    )  # fmt: skip
    return replace(base, **changes)


def test_migrations_are_recorded(store) -> None:
    assert store.migrations()[0] == (1, "initial schema")


def test_round_trip_of_a_source(store) -> None:
    refs = [Reference(1, "Hale, J. Boats of Orrin.", title="Boats of Orrin", date="1990")]
    store.add_source(source(), segmented(), refs, ["Cookie notice"])
    got = store.get_source("abc123def456")
    assert got == source()
    assert store.resolve_id("abc1") == ["abc123def456"]
    assert store.references(got.id) == refs
    assert store.removed(got.id) == ["Cookie notice"]
    assert [s.heading for s in store.sections(got.id)] == ["History"]
    sentences = store.sentences(got.id)
    assert TEXT[sentences[0].start : sentences[0].end] == "The ferry began in 1943."


def test_search_finds_stemmed_words_and_cites_exact_offsets(store) -> None:
    store.add_source(source(), segmented(), [], [])
    hits = store.search("soldier OR crossings", 10)
    assert {h.text for h in hits} == {
        "It carried soldiers during the war.",
        "The last crossing was on 30 September 2023.",
    }
    for hit in hits:
        assert TEXT[hit.start : hit.end] == hit.text
        assert hit.title == "Orrin ferry" and hit.heading == "History"
    assert store.search('"last crossing"', 5)[0].text.startswith("The last crossing")
    assert store.search("ferr*", 5)[0].text.startswith("The ferry")


def test_a_failed_add_leaves_nothing(store) -> None:
    broken = replace(segmented(), sentences=(Sentence(0, 5, 99),))  # paragraph 99 does not exist
    with pytest.raises(IndexError):
        store.add_source(source(), broken, [], [])
    assert store.list_sources() == []
    assert store.search("ferry", 5) == []


def test_duplicates_are_stored_but_not_indexed_twice(store) -> None:
    store.add_source(source(), segmented(), [], [])
    store.add_source(source("fff000fff000", duplicate_of="abc123def456"), segmented(), [], [])
    assert len(store.list_sources()) == 2
    assert {h.source_id for h in store.search("soldiers", 5)} == {"abc123def456"}


def test_delete_removes_everything(store) -> None:
    store.add_source(source(), segmented(), [], [])
    store.delete_source("abc123def456")
    assert store.get_source("abc123def456") is None
    assert store.search("ferry", 5) == [] and store.sentences("abc123def456") == []


def test_chat_turns_keep_order(store) -> None:
    store.add_turn("s1", "When?", "When did it start?", {"answer": "1943"})
    store.add_turn("s1", "Why?", "Why did it stop?", {"answer": "costs"})
    store.add_turn("s2", "Who?", "Who?", {"answer": "x"})
    assert [(t.n, t.question) for t in store.turns("s1")] == [(1, "When?"), (2, "Why?")]


def test_sqlite_reports_a_corrupt_file(tmp_path: Path) -> None:
    from sourcedesk.errors import DeskError

    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(DeskError, match=r"bad\.sqlite"):
        SQLiteStore(bad)


def test_cached_payloads_come_back_as_written_and_go_with_their_source(store) -> None:
    store.add_source(source(), segmented(), [], [])
    payload = '{"events": ["1943", "Zürich — 渡船"]}'
    store.put_cached("timeline", "1:1", payload)
    store.put_cached("timeline", "2:2", payload + " ")
    store.put_derived("abc123def456", "events", payload)
    assert store.cached("timeline", "1:1") is None
    assert store.cached("timeline", "2:2") == payload + " "
    assert store.derived("abc123def456", "events") == payload
    store.delete_source("abc123def456")
    assert store.derived("abc123def456", "events") is None


def test_source_details_are_the_sources_without_their_text(store) -> None:
    store.add_source(source(), segmented(), [], [])
    store.add_source(source("fff000fff000", duplicate_of="abc123def456"), segmented(), [], [])
    full = store.list_sources()
    details = store.source_details()
    assert [replace(s, text="") for s in full] == details
    assert all(s.text for s in full)
