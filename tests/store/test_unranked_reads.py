"""SQLite's unranked reads say what a ranked search would: whether anything matches, and how
many of the best matches each source holds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sourcedesk.store.sqlite import SQLiteStore
from tests.store.builders import segment, source

PAGES = {
    "aaa111aaa111": ["The ferry crossed at dawn.", "The ferry was late.", "Gulls followed."],
    "bbb222bbb222": ["A new ferry arrived.", "The harbour was calm."],
    "ccc333ccc333": ["Nothing sailed that week."],
}


@pytest.fixture
def desk(tmp_path: Path) -> SQLiteStore:
    store = SQLiteStore(tmp_path / "desk.sqlite")
    for sid, sentences in PAGES.items():
        seg = segment([("paragraph", sentences)])
        store.add_source(source(sid, seg), seg, [], [])
    return store


@pytest.mark.parametrize("match", ['"ferry"', '"harbour"', '"gulls" OR "calm"', '"whale"'])
def test_holds_says_whether_search_finds_anything(desk: SQLiteStore, match: str) -> None:
    assert desk.holds(match) == bool(desk.search(match, 1))


@pytest.mark.parametrize("limit", [1, 2, 3, 10])
@pytest.mark.parametrize("match", ['"ferry"', '"the"', '"whale"'])
def test_source_counts_count_the_sources_of_the_best_matches(
    desk: SQLiteStore, match: str, limit: int
) -> None:
    found = Counter(p.source_id for p in desk.search(match, limit))
    assert desk.source_counts(match, limit) == found
