"""The SQLite desk stays small: offsets instead of copies, an index of the sentence text only."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sourcedesk.desk import Desk
from sourcedesk.store.sqlite import SQLiteStore
from tests.store.builders import segment, source, story

BENCH = Path(__file__).resolve().parents[2] / "bench"
MAX_RATIO = 2.5  # desk on disk ÷ clean text (the scaling target)


def desk_bytes(path: Path) -> int:
    """The desk file with its write-ahead log and shared-memory index, as a user's disk holds it."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def test_a_desk_of_news_pages_is_at_most_two_and_a_half_times_its_clean_text(
    tmp_path: Path,
) -> None:
    sys.path.insert(0, str(BENCH))
    import corpus  # the generated news corpus bench/scale.py measures

    path = tmp_path / "desk.sqlite"
    with Desk(path) as desk:
        for name, data in corpus.generate(80, 7):
            desk.add_bytes(name, data)
        clean = sum(len(s.text.encode()) for s in desk.sources())
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
