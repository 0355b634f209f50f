"""The SQLite desk stays small: offsets instead of copies, an index of the sentence text only."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sourcedesk.ingest.prepare import prepare_raw
from sourcedesk.ingest.read import RawInput
from sourcedesk.records import Document, Segmented, Source
from sourcedesk.store.sqlite import SQLiteStore
from tests.store.builders import segment, source, story

BENCH = Path(__file__).resolve().parents[2] / "bench"
MAX_RATIO = 2.5  # desk on disk ÷ clean text (the scaling target)


def desk_bytes(path: Path) -> int:
    """The desk file with its write-ahead log and shared-memory index, as a user's disk holds it."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def news_pages(count: int) -> list[tuple[Source, Segmented, Document]]:
    """The generated news corpus bench/scale.py measures, read and segmented by the real readers."""
    sys.path.insert(0, str(BENCH))
    import corpus

    pages = []
    for i, (name, data) in enumerate(corpus.generate(count, 7)):
        prepared = prepare_raw(name, RawInput(name, data))
        assert prepared.doc is not None and prepared.seg is not None, prepared.error
        doc, seg = prepared.doc, prepared.seg
        src = source(f"news{i:08d}", seg, title=doc.title or name, publisher=doc.publisher,
                     published=doc.published, language=doc.language, origin=name)  # fmt: skip
        pages.append((src, seg, doc))
    return pages


def test_the_store_keeps_news_pages_within_two_and_a_half_times_their_text(
    tmp_path: Path,
) -> None:
    # What the store writes for the pages themselves; research caches are not part of it.
    path = tmp_path / "desk.sqlite"
    store = SQLiteStore(path)
    pages = news_pages(80)
    for src, seg, doc in pages:
        store.add_source(src, seg, doc.references, doc.removed)
    store.close()
    clean = sum(len(src.text.encode()) for src, _, _ in pages)
    assert desk_bytes(path) <= MAX_RATIO * clean


def test_removing_sources_gives_space_back(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    store = SQLiteStore(path)
    names = [f"Qu{chr(97 + i // 26)}{chr(97 + i % 26)}rn" for i in range(30)]
    for i, name in enumerate(names):
        seg = story(name, 150)
        store.add_source(source(f"s{i:011d}", seg), seg, [], [])
    store.close()
    full = desk_bytes(path)
    store = SQLiteStore(path)
    for i in range(25):
        store.delete_source(f"s{i:011d}")
    assert len(store.search(names[-1], 200)) == 150
    store.close()
    # Text, offsets and paragraphs go at once; FTS5 keeps removed entries until it next merges
    # the segments that hold them, so the index gives its share back later.
    assert desk_bytes(path) < 0.8 * full


def test_a_nul_character_in_the_text_neither_shifts_passages_nor_survives_removal(
    tmp_path: Path,
) -> None:
    seg = segment([("paragraph", ["Velmo ferry ran \x00 on time.", "Velmo crews were paid."])])
    other = story("Quarn", 3)
    store = SQLiteStore(tmp_path / "desk.sqlite")
    store.add_source(source("velmo0000001", seg), seg, [], [])
    store.add_source(source("quarn0000001", other), other, [], [])
    assert [p.text for p in store.passages("velmo0000001", 0, 1)] == [
        "Velmo ferry ran \x00 on time.",
        "Velmo crews were paid.",
    ]
    assert {p.text for p in store.search("crews OR time", 5)} == {
        "Velmo ferry ran \x00 on time.",
        "Velmo crews were paid.",
    }
    store.delete_source("velmo0000001")
    assert store.term_docs(["velmo", "crew", "quarn"]) == {"quarn": 3}
    store.conn.execute("INSERT INTO sentence_fts(sentence_fts) VALUES ('integrity-check')")
    store.close()


def test_the_sentences_view_still_reads_like_the_old_table(tmp_path: Path) -> None:
    seg = story("Quarn", 4)
    store = SQLiteStore(tmp_path / "desk.sqlite")
    store.add_source(source("quarn0000001", seg), seg, [], [])
    store.close()
    with sqlite3.connect(tmp_path / "desk.sqlite") as conn:
        rows = conn.execute(
            'SELECT source_id, idx, paragraph, start, "end", heading, title, text FROM sentences '
            "ORDER BY rowid"
        ).fetchall()
    assert [(r[0], r[1], r[5], r[6]) for r in rows] == [
        ("quarn0000001", i, "Crossings of Quarn" if i >= 3 else "", "Orrin ferry") for i in range(4)
    ]
    assert [r[7] for r in rows] == [seg.text[s.start : s.end] for s in seg.sentences]


def test_research_caches_are_stored_compressed_and_read_back_unchanged(tmp_path: Path) -> None:
    seg = story("Quarn", 3)
    store = SQLiteStore(tmp_path / "desk.sqlite")
    store.add_source(source("quarn0000001", seg), seg, [], [])
    payload = '{"events": [' + ", ".join(f'{{"n": {i}, "text": "Ferry ran"}}' for i in range(2000))
    payload += '], "note": "Zürich — 渡船"}'
    store.put_cached("timeline", "1:1", payload)
    store.put_derived("quarn0000001", "events", payload)
    assert store.cached("timeline", "1:1") == payload and store.cached("timeline", "1:2") is None
    assert store.derived("quarn0000001", "events") == payload
    stored = store.conn.execute("SELECT sum(length(payload)) FROM desk_cache").fetchone()[0]
    assert stored < len(payload.encode()) / 5
    # A desk written before payloads were compressed holds plain text; it still reads.
    store.conn.execute("UPDATE desk_cache SET payload = ? WHERE key = 'timeline'", ("[1, 2]",))
    assert store.cached("timeline", "1:1") == "[1, 2]"
    store.close()
