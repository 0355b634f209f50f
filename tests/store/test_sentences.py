"""Sentences are stored as offsets: every backend gives back the exact text, heading and place."""

from __future__ import annotations

from tests.store.builders import segment, source, story

# Accents, CJK, an astral emoji and a combining mark: offsets count code points, not bytes.
WIDE = [
    ("heading", ["Überfahrt 渡船"]),
    ("paragraph", ["Die Fähre fuhr 1943 über den Zürichsee 🚢 nach Rapperswil.",
                   "Der Kapitän hiess Jose\u0301 Müller und sprach 日本語."]),
    ("paragraph", ["Ihr letzter Kurs war 2023 — ganz ohne Passagiere."]),
]  # fmt: skip


def test_text_is_cut_at_code_points_for_any_characters(store) -> None:
    seg = segment(WIDE)
    store.add_source(source("wide00000001", seg), seg, [], [])
    places = [("wide00000001", i) for i in range(3)]
    for passages in (
        store.search("rapperswil OR müller OR passagiere", 10),
        store.passages("wide00000001", 0, 2),
        store.sentences_at(places),
    ):
        assert sorted(p.text for p in passages) == sorted(
            seg.text[s.start : s.end] for s in seg.sentences
        )
        for p in passages:
            assert seg.text[p.start : p.end] == p.text
            assert p.heading == "Überfahrt 渡船" and p.title == "Orrin ferry"


def test_passages_know_their_place_heading_and_source(store) -> None:
    seg = story("Quarn", 7)
    src = source("quarn0000001", seg, published="2021-05-02")
    store.add_source(src, seg, [], [])
    got = store.passages(src.id, 2, 3)
    assert [(p.sentence_no, p.paragraph_no, p.heading) for p in got] == [
        (2, 0, ""),
        (3, 2, "Crossings of Quarn"),
    ]
    assert {(p.origin, p.published, p.score) for p in got} == {(src.origin, "2021-05-02", 0.0)}
    rows = store.sentences(src.id)
    assert [(r.idx, r.paragraph, r.heading) for r in rows[2:4]] == [
        (2, 0, ""),
        (3, 2, "Crossings of Quarn"),
    ]
    assert [(r.start, r.end) for r in rows] == [(s.start, s.end) for s in seg.sentences]


def test_places_outside_a_source_are_left_out(store) -> None:
    first, second = story("Quarn", 4), story("Velmo", 4)
    store.add_source(source("quarn0000001", first), first, [], [])
    store.add_source(source("velmo0000001", second), second, [], [])
    at = store.sentences_at([("quarn0000001", -1), ("quarn0000001", 3), ("quarn0000001", 4),
                             ("nosuchsource", 0), ("velmo0000001", 0)])  # fmt: skip
    assert [(p.source_id, p.sentence_no) for p in at] == [("quarn0000001", 3), ("velmo0000001", 0)]
    assert [p.sentence_no for p in store.passages("quarn0000001", -5, 99)] == [0, 1, 2, 3]
    assert store.passages("quarn0000001", 4, 9) == []


def test_a_source_added_after_a_removal_never_shows_the_removed_text(store) -> None:
    kept, gone, new = story("Quarn", 5), story("Velmo", 6), story("Tirsk", 4)
    store.add_source(source("quarn0000001", kept), kept, [], [])
    store.add_source(source("velmo0000001", gone), gone, [], [])
    store.delete_source("velmo0000001")
    store.add_source(source("tirsk0000001", new), new, [], [])
    assert store.search("velmo", 50) == []
    found = store.search("tirsk", 50)
    assert sorted(p.sentence_no for p in found) == [0, 1, 2, 3]
    assert all(new.text[p.start : p.end] == p.text and "Tirsk" in p.text for p in found)
    assert len(store.search("quarn", 50)) == 5
    assert store.sentence_count() == 9


def paragraphs(store, source_id: str) -> list[tuple]:
    """Rows of the `paragraphs` view, which keeps the old table's columns for SQL readers."""
    rows = store.conn.execute(
        'SELECT idx, kind, start, "end", section FROM paragraphs WHERE source_id = '
        + store.PLACEHOLDER
        + " ORDER BY idx",
        (source_id,),
    )
    return [tuple(row) for row in rows]


def test_a_copy_keeps_its_paragraphs_but_no_sentences_until_removed(store) -> None:
    seg = story("Quarn", 4)
    store.add_source(source("quarn0000001", seg), seg, [], [])
    store.add_source(source("copy00000001", seg, duplicate_of="quarn0000001"), seg, [], [])
    expected = [(i, p.kind, p.start, p.end, p.section) for i, p in enumerate(seg.paragraphs)]
    assert paragraphs(store, "copy00000001") == expected
    assert store.sentences("copy00000001") == [] and store.passages("copy00000001", 0, 3) == []
    store.delete_source("copy00000001")
    store.delete_source("quarn0000001")
    assert paragraphs(store, "copy00000001") == [] and paragraphs(store, "quarn0000001") == []
    assert store.list_sources() == [] and store.sentence_count() == 0
    assert store.search("quarn", 5) == []
