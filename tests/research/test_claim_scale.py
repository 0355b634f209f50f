"""The claim index compares few pairs on a big desk and still finds every pair its rule allows.

Matching is blocked by rare keys (``claim_blocking.rarest``); the update finds candidates through
set intersections of the kept postings and drops, before reading them, the pairs whose sketches
cannot match (``claim_blocking.may_match``). These tests pin what that relies on: a pair sharing
only one moderately common name is not compared, a failed sketch check means no match, and the
pairs an incremental update keeps are exactly those a brute-force pass over every pair of the
desk finds with the same rule.
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

import pytest

from sourcedesk.desk import Desk
from sourcedesk.research import claim_blocking, claim_index, claim_match, claim_state, views
from sourcedesk.research.claim_match import (
    LONE_KEY_MAX,
    MentionIndex,
    block_keys,
    blocks,
    may_match,
    rarest,
    sketch,
)
from sourcedesk.research.claim_state import ClaimState, SourceEntry, ref
from sourcedesk.research.claims import ClaimMention

BENCH = Path(__file__).resolve().parents[2] / "bench"
COMMON = 5000  # a count past MAX_POSTING: the key is too common to find candidates by


def _meeting(source: str, date: str) -> ClaimMention:
    text = f"The decision will be reviewed at a meeting of the Orlwick Town Council on {date}."
    return ClaimMention(
        source, 0, len(text), text, actors=("orlwick town council",),
        terms=frozenset({"decis", "review", "meet"}), stated_dates=(date,),
    )  # fmt: skip


def _index(counts: dict[str, int]) -> MentionIndex:
    a, b = _meeting("a", "8 June"), _meeting("b", "9 June")
    keys = block_keys(a)
    assert keys == {"decis", "review", "meet", "@orlwick", "@town"}
    return MentionIndex([a, b], key_counts={k: counts.get(k, COMMON) for k in keys})


def test_two_mentions_sharing_only_a_town_named_everywhere_are_not_compared() -> None:
    index = _index({"@orlwick": LONE_KEY_MAX + 1})  # the town's name is their one usable key
    assert index.rare_keys(0) == []
    assert not index.blocked(0, 1)
    assert index.generic_pairs() == {}


def test_a_lone_rare_name_still_finds_its_mentions() -> None:
    index = _index({"@orlwick": LONE_KEY_MAX})
    assert index.rare_keys(0) == ["@orlwick"]
    assert index.generic_pairs() == {(0, 1): "strong"}


def test_a_lone_key_held_by_many_is_enough_when_the_mention_has_no_other() -> None:
    keys, counts = frozenset({"@orlwick"}), {"@orlwick": 300}
    assert rarest(keys, counts) == ["@orlwick"]
    assert rarest(keys | {"meet"}, counts | {"meet": COMMON}) == []


def test_mentions_with_too_little_in_common_fail_the_sketch_check() -> None:
    a = _meeting("a", "8 June")
    other = ClaimMention("b", 0, 10, "x", actors=("orlwick town council",),
                         terms=frozenset({"review", "ferri", "budget", "schedul"}))  # fmt: skip
    assert may_match(sketch(a), sketch(_meeting("b", "9 June")))
    assert not may_match(sketch(a), sketch(other))  # one stem in common of three
    assert not MentionIndex([a, other]).matched([(0, 1)])


class _Kept(views._Rows):
    """The store's rows, with the matched pairs an update keeps held in memory."""

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.store, {s.id: s for s in views.originals(desk.store)})
        self.kept: dict[str, list[tuple[int, int]]] = {}

    def pairs(self, entry: SourceEntry) -> list[tuple[int, int]]:
        return self.kept.get(entry.id, [])

    def put_pairs(self, entry: SourceEntry, pairs: list[tuple[int, int]]) -> None:
        self.kept[entry.id] = pairs


def _brute_force(state: ClaimState, rows: _Kept) -> set[tuple[int, int]]:
    """Every pair of first-of-their-wording mentions that the rule blocks together and that
    matches, found by looking at all pairs."""
    refs, mentions = [], []
    for entry in state.sources:
        found = rows.mentions(entry)
        for idx in range(len(found)):
            if idx not in entry.nonreps:
                refs.append(ref(entry.sn, idx))
                mentions.append(found[idx])
    index = MentionIndex(mentions, state.copy_groups(), aliases=state.alias_pairs(),
                         links=state.links(), key_counts=state.df)  # fmt: skip
    keys = [index.block_keys(i) for i in range(len(mentions))]
    rare = [rarest(k, state.df) for k in keys]
    blocked = [(i, j) for i, j in combinations(range(len(mentions)), 2) if blocks(rare[i], keys[j])]
    return {(refs[i], refs[j]) for i, j in index.matched(blocked)}


@pytest.fixture
def generated(desk: Desk, tmp_path: Path) -> Desk:
    """A desk of a dozen generated pages (stories told by several sites, copies, revisions)."""
    sys.path.insert(0, str(BENCH))
    import corpus

    pages = []
    for name, data in corpus.generate(12, 7):
        path = tmp_path / "pages" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        pages.append(str(path))
    desk.add(pages, workers=1)
    return desk


def test_an_update_keeps_exactly_the_pairs_all_pairs_give(
    generated: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small limits, so that on a dozen pages keys cross them between the two updates.
    monkeypatch.setattr(claim_blocking, "LONE_KEY_MAX", 3)
    for module in (claim_blocking, claim_match, claim_state):
        monkeypatch.setattr(module, "MAX_POSTING", 15)
    monkeypatch.setattr(claim_index, "POSTING_KEEP", 30)
    monkeypatch.setattr(claim_index, "MATCH_BATCH", 200)
    rows = _Kept(generated)
    live = [views._entry(s) for s in views.originals(generated.store)]
    signatures: dict[int, object] = {}
    state, _ = claim_index.update(ClaimState(), live[:5], rows, signatures)  # type: ignore[arg-type]
    state, report = claim_index.update(state, live, rows, signatures)  # type: ignore[arg-type]
    assert not report.rebuilt
    kept = {pair for pairs in rows.kept.values() for pair in pairs}
    assert kept == _brute_force(state, rows)
    assert len(kept) > 50  # the stories are told by several pages
    assert _lone(state, rows)  # ... and the lone-key rule left some mentions unblocked


def _lone(state: ClaimState, rows: _Kept) -> int:
    """Mentions whose one usable key of several is past the lone-key limit."""
    found = 0
    for entry in state.sources:
        for m in rows.mentions(entry):
            keys = block_keys(m)
            usable = [k for k in keys if state.df.get(k, 0) <= claim_match.MAX_POSTING]
            found += len(usable) == 1 < len(keys) and not rarest(keys, state.df)
    return found
