"""Research views kept up to date source by source equal the same views computed at once.

After every add and after removals, the desk's conflicts, claims and timeline (updated
incrementally by `views.refresh`) are compared with a fold of the whole desk into an empty
claim index and a merge of every source's events: on the bundled example topic, on the seeds
when present, and on pages of the benchmark's generated corpus (copies, revisions, figures).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import seed_files

from sourcedesk.desk import Desk
from sourcedesk.research import claim_index, views
from sourcedesk.research.claim_codec import StoredMentions
from sourcedesk.research.claim_state import ClaimState, SourceEntry
from sourcedesk.research.claims import cluster_claims, extract_claims
from sourcedesk.research.conflicts import find_conflicts
from sourcedesk.research.copies import (
    copy_pairs,
    group_copies,
    groups_from_pairs,
    signature_values,
)
from sourcedesk.research.figure_pairs import worded_apart
from sourcedesk.research.timeline import merge_events

EXAMPLE = Path(__file__).resolve().parents[2] / "src" / "sourcedesk" / "examples" / "lisk-bridge"
BENCH = Path(__file__).resolve().parents[2] / "bench"


class _Memory(views._Rows):
    """The store's rows, with the matched pairs of a second (whole-desk) fold kept aside."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.store, {s.id: s for s in views.originals(desk.store)})
        self.kept: dict[str, list[tuple[int, int]]] = {}

    def pairs(self, entry: SourceEntry) -> list[tuple[int, int]]:
        return self.kept.get(entry.id, [])

    def put_pairs(self, entry: SourceEntry, pairs: list[tuple[int, int]]) -> None:
        self.kept[entry.id] = pairs


@pytest.fixture(autouse=True)
def research_at_add(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests follow the views as each add keeps them (SOURCEDESK_RESEARCH=add)."""
    monkeypatch.setenv("SOURCEDESK_RESEARCH", "add")


def whole_desk(desk: Desk) -> tuple[list[dict[str, Any]], list[Any]]:
    """Conflicts and claims of the desk's sources folded at once into an empty index."""
    rows = _Memory(desk)
    live = [views._entry(s) for s in views.originals(desk.store)]
    state, report = claim_index.update(ClaimState(next_sn=10_000), live, rows, {})
    assert report.added == len(live) and not report.rebuilt
    found = views.conflicts_of(filter(None, report.conflicts.values()))
    mentions, _ = views._all_mentions(state, rows)
    found += worded_apart(mentions, state.copy_groups(), found)
    return views.dated(desk.store, found), views.claims_of(state, rows)


def merged_timeline(desk: Desk) -> list[Any]:
    """Every source's events merged at once."""
    store = desk.store
    return merge_events([e for s in views.originals(store) for e in views.source_events(store, s)])


def assert_same_as_whole(desk: Desk, timeline: bool = True) -> None:
    """The desk's kept views equal a computation over the whole desk."""
    conflicts, claims = whole_desk(desk)
    assert desk.conflicts() == conflicts
    assert desk.claims() == claims
    if timeline:
        assert desk.timeline() == merged_timeline(desk)


def add_one_by_one(desk: Desk, files: list[Path]) -> None:
    for path in files:
        desk.add([str(path)], workers=1)
        assert_same_as_whole(desk, timeline=False)


def example_files() -> list[Path]:
    return sorted(p for p in EXAMPLE.iterdir() if p.name != "README.md")


def test_example_topic_added_one_by_one_then_a_source_removed(desk: Desk) -> None:
    add_one_by_one(desk, example_files())
    assert_same_as_whole(desk)
    desk.remove(desk.sources()[2].id)
    assert_same_as_whole(desk)


def test_seeds_added_one_by_one_then_a_revision_removed(desk: Desk) -> None:
    add_one_by_one(desk, seed_files())
    assert_same_as_whole(desk)
    assert [c["type"] for c in desk.conflicts()] == ["ordinal"]
    original = next(s for s in desk.sources() if any(o.revision_of == s.id for o in desk.sources()))
    desk.remove(original.id)  # its revision is no longer linked to it
    assert_same_as_whole(desk)


def test_generated_pages_with_copies_added_in_batches(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sys.path.insert(0, str(BENCH))
    import corpus

    monkeypatch.setattr(views, "FOLD_CHUNK", 3)  # a batch is folded in several updates
    monkeypatch.setattr(claim_index, "CACHED_SOURCES", 4)  # mentions read again when needed
    monkeypatch.setattr(claim_index, "MATCH_BATCH", 300)

    pages = []
    for name, data in corpus.generate(16, 7):
        path = tmp_path / "pages" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        pages.append(str(path))
    for start in range(0, len(pages), 8):
        desk.add(pages[start : start + 8], workers=1)
        assert_same_as_whole(desk, timeline=False)
    assert desk.conflicts()  # the generated stories disagree on figures and dates
    copies = [s for s in desk.sources() if "-cop" in s.origin]
    for gone in (copies[0].id, desk.sources()[1].id):
        desk.remove(gone)
        assert_same_as_whole(desk, timeline=False)


def test_the_desk_answers_from_what_the_add_kept(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.add([str(p) for p in example_files()], workers=1)

    def no_update(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the views were computed again")

    monkeypatch.setattr(claim_index, "update", no_update)
    monkeypatch.setattr(views.TimelineIndex, "update", no_update)
    assert desk.timeline()
    assert isinstance(desk.conflicts(), list)


def test_by_default_adding_leaves_the_views_to_the_first_look(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCEDESK_RESEARCH", raising=False)
    calls: list[int] = []
    real = claim_index.update

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(claim_index, "update", counted)
    desk.add([str(p) for p in example_files()], workers=1)
    assert not calls  # adding stayed quick
    assert isinstance(desk.conflicts(), list)
    assert calls  # the first view caught up
    assert_same_as_whole(desk)


def test_a_source_deleted_behind_the_desks_back_is_still_dropped(desk: Desk) -> None:
    desk.add([str(p) for p in example_files()], workers=1)
    desk.store.delete_source(desk.sources()[0].id)  # no hook: the update must notice
    assert_same_as_whole(desk)


def test_desk_views_equal_the_batch_functions(desk: Desk) -> None:
    desk.add([str(p) for p in seed_files()], workers=1)
    texts = [views.source_text(desk.store, s) for s in views.originals(desk.store)]
    mentions = [m for t in texts for m in extract_claims(t)]
    groups = group_copies(texts)
    assert desk.claims() == cluster_claims(mentions, groups)
    assert sorted(map(repr, desk.conflicts())) == sorted(
        map(repr, views.dated(desk.store, find_conflicts(mentions, groups)))
    )


def test_copy_pairs_found_page_by_page_give_the_lsh_groups(desk: Desk) -> None:
    desk.add([str(p) for p in example_files()], workers=1)
    texts = [views.source_text(desk.store, s) for s in views.originals(desk.store)]
    kept: dict[str, Any] = {}
    pairs = []
    for text in texts:
        pairs += copy_pairs({text.id: signature_values(text.text)}, kept)
        kept[text.id] = signature_values(text.text)
    assert groups_from_pairs([t.id for t in texts], pairs) == group_copies(texts)
    assert group_copies(texts)  # the syndicated page is a copy


def test_stored_mentions_read_back_as_extracted(desk: Desk) -> None:
    desk.add([str(p) for p in example_files()], workers=1)
    source = views.originals(desk.store)[0]
    extracted = extract_claims(views.source_text(desk.store, source))
    row = desk.store.derived(source.id, views.CLAIMS_ROW)
    stored = StoredMentions(row, source.id, source.text, title=source.title, origin=source.origin)
    assert stored.all() == extracted
    assert stored.spans == [(m.start, m.end) for m in extracted]


def test_claim_state_survives_its_json(desk: Desk) -> None:
    desk.add([str(p) for p in seed_files()], workers=1)
    state = views._load_state(desk.store)
    assert state.sources and state.df
    again = ClaimState.from_json(state.to_json())
    assert again == state
