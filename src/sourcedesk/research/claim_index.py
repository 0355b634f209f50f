"""Claims and conflicts of a desk kept up to date as sources are added and removed.

`update` folds the sources added since the last update into the state (``claim_state``) and
drops the removed ones; nothing is recomputed for the rest of the desk. The matching rules
(``claim_match``) make every matched pair a function of its two mentions and of desk-wide
facts, so an update recomputes exactly the mentions those facts changed for (the focus):

1. the mentions of added sources, compared only with the mentions that share a usable block
   key with them (found through the kept postings);
2. the mentions of sources whose copies, revisions or voices changed, compared again;
3. the mentions that hold a block key which just became too common, or common no longer.

Pairs of one relation are recomputed per relation, ordinal claims per verb they rank, and a
conflict is rebuilt when its pairs or its sources changed. The result equals what the same
rules give over the whole desk at once (`update` of an empty state), which tests check.

Where an update cannot know what changed without reading the whole desk, it folds the whole
desk again (``Report.rebuilt``): when a new alias joins names the desk's other mentions use,
when a common word becomes rare again after removals, or when a source was removed without
its mentions being handed over.

The candidate pairs of the mentions matched again are found in ``claim_candidates``; the
ordinal claims and conflicts redone in ``claim_conflict_update`` (both mixins of `_Update`).
"""

from __future__ import annotations

import gc
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import repeat
from typing import Any, Protocol

import numpy as np

from sourcedesk.research.claim_candidates import CandidateSearch
from sourcedesk.research.claim_conflict_update import ConflictUpdate, source_numbers
from sourcedesk.research.claim_match import (
    BLOCK_MIN_SHARED,
    MAX_POSTING,
    MentionIndex,
    NameFacts,
    Pair,
    Sketch,
    UnionFind,
    actor_keys,
    block_keys,
    fold_text,
    frame_keys,
    rarest,
    sketch,
)
from sourcedesk.research.claim_state import (
    ClaimState,
    SourceEntry,
    context_of,
    drop_rare,
    drop_ref,
    position,
    rarity_rank,
    ref,
    source_number,
)
from sourcedesk.research.claims import ClaimMention
from sourcedesk.research.conflicts import (
    conflict_types,
)
from sourcedesk.research.copies import copy_pairs

__all__ = ["Loader", "Report", "update"]

# Postings are kept while a key is in at most this many mentions, so that a key which becomes
# usable again after removals still has its list (past it, the desk is folded again).
POSTING_KEEP = 2 * MAX_POSTING
MATCH_BATCH = 2000  # mentions whose matched pairs are typed together (what is held at once)
CACHED_SOURCES = 1000  # sources whose mentions an update keeps read (the least recent go)


class Loader(Protocol):
    """Where an update reads what it keeps per source."""

    def mentions(self, entry: SourceEntry) -> Sequence[ClaimMention]:
        """A source's claim mentions (extracted once, then read back), in order."""

    def signature(self, entry: SourceEntry) -> np.ndarray | None:
        """A source's MinHash signature values (None when it has no words)."""

    def pairs(self, entry: SourceEntry) -> list[Pair]:
        """The matched pairs (refs) kept with a source."""

    def put_pairs(self, entry: SourceEntry, pairs: list[Pair]) -> None:
        """Keep matched pairs (refs) with a source."""


@dataclass
class Report:
    """What an update did."""

    added: int = 0
    removed: int = 0
    dirty: list[str] = field(default_factory=list)
    focus: int = 0  # mentions matched again
    rebuilt: str = ""  # why the whole desk was folded again ("" when it was not)
    # conflicts made or let go: key -> [first mention, key, conflict] (None when let go)
    conflicts: dict[str, list[Any] | None] = field(default_factory=dict)


class _Rebuild(Exception):
    """The update needs the whole desk folded again."""


# -- the update --------------------------------------------------------------------------------


def update(
    state: ClaimState,
    live: Sequence[SourceEntry],
    loader: Loader,
    signatures: dict[int, np.ndarray],
    gone: Mapping[str, list[ClaimMention]] | None = None,
) -> tuple[ClaimState, Report]:
    """The state for the desk's `live` sources (in desk order; `sn` unset), with `gone` the
    mentions of removed sources (read before they were deleted). `signatures` (by source
    number) is updated in place."""
    with _no_collection():
        try:
            return _Update(state, live, loader, signatures, gone or {}).run()
        except _Rebuild as why:
            fresh = ClaimState(next_sn=state.next_sn)
            signatures.clear()
            new_state, report = _Update(fresh, live, loader, signatures, {}).run()
            report.rebuilt = str(why)
            return new_state, report


@contextmanager
def _no_collection() -> Iterator[None]:
    """Without the cyclic garbage collector: an update makes hundreds of thousands of small
    records and sets that live through it, and each full collection walks them all (a tenth
    of a first update's time). Reference counting frees them as before; what is left in a
    cycle is collected after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Update(CandidateSearch, ConflictUpdate):
    """One update: the old state, the new one, and what is loaded to make it."""

    def __init__(
        self,
        old: ClaimState,
        live: Sequence[SourceEntry],
        loader: Loader,
        signatures: dict[int, np.ndarray],
        gone: Mapping[str, list[ClaimMention]],
    ) -> None:
        self.old, self.loader, self.signatures, self.gone = old, loader, signatures, gone
        self.cache: OrderedDict[int, Sequence[ClaimMention]] = OrderedDict()
        self.folded: dict[int, list[str]] = {}
        self.touched: set[str] = set()  # block keys whose counts this update changes
        self.arriving: list[SourceEntry] = []
        known = old.by_id()
        live_ids = {s.id for s in live}
        self.removed = [s for s in old.sources if s.id not in live_ids]
        missing = [s.id for s in self.removed if s.id not in gone]
        if missing:
            raise _Rebuild(f"removed without its mentions: {missing[0]}")
        self.kept = [replace(known[s.id], linked=s.linked, title=s.title, origin=s.origin)
                     for s in live if s.id in known]  # fmt: skip
        fresh = [s for s in live if s.id not in known]
        self.added = [replace(s, sn=old.next_sn + n) for n, s in enumerate(fresh)]
        for entry in self.added:
            found = self.mentions(entry)
            entry.aliases = tuple(found[0].aliases) if found else ()
        self.new = old.copy(sources=[*self.kept, *self.added], next_sn=old.next_sn + len(fresh))
        self.report = Report(added=len(self.added), removed=len(self.removed))
        self.alias = _aliases(self.new.alias_pairs())
        self.by_sn: dict[int, SourceEntry] = {}
        self.key_sets: dict[int, frozenset[str]] = {}  # ref -> block keys (under self.alias)
        self.sketches: dict[int, Sketch] = {}
        self.lists: dict[str, frozenset[int]] = {}  # block key -> refs (while matching)
        self.rare_refs: dict[str, list[int]] = {}  # block key -> refs it is rarest of (ditto)
        self.needs: dict[int, int] = {}  # ref -> how many of its rarest keys a pair holds
        self.copy_root: dict[int, int] = {}  # source number -> first of its copies
        self.said: dict[int, set[str]] = {}  # source number -> its folded wordings
        self.actor_keys: dict[str, frozenset[str]] = {}  # actor -> its block keys (new aliases)
        self.rare_now: dict[int, list[str]] = {}  # ref -> its rarest keys in the new state
        self.names = NameFacts()  # what the indexes learn of names (under self.alias)
        self.desk_facts: (
            tuple[list[list[str]], list[tuple[str, str]], dict[str, tuple[str, ...]]] | None
        ) = None

    def mentions(self, entry: SourceEntry) -> Sequence[ClaimMention]:
        """A source's mentions, read once per update (decoded as they are used)."""
        found = self.cache.pop(entry.sn, None)
        if found is None:
            found = self.gone.get(entry.id)
            found = found if found is not None else self.loader.mentions(entry)
        self.cache[entry.sn] = found  # the most recently used last
        if len(self.cache) > CACHED_SOURCES:
            del self.cache[next(iter(self.cache))]
        return found

    def run(self) -> tuple[ClaimState, Report]:
        """Fold the added sources in and the removed ones out."""
        self._copies()
        dirty = self._dirty()
        self.report.dirty = [s.id for s in dirty]
        leaving, arriving = [*self.removed, *dirty], [*dirty, *self.added]
        self.arriving = arriving
        old_alias = _aliases(self.old.alias_pairs())
        for entry in leaving:
            self._unfold(entry, old_alias)
        self._check_aliases(old_alias, self.alias)
        self._reps(arriving)
        for entry in arriving:
            self._fold(entry, self.alias)
        self.by_sn = self.new.by_sn()
        focus = self._reps_of(arriving)
        moved = self._moved(focus)
        for r in sorted(focus):
            self._rare_in(r, self._rarest(r))
        self.report.focus = len(focus) + len(moved)
        self._generic(focus, moved, {s.sn for s in self.removed})
        self._frames(leaving, arriving)
        self._ordinals(leaving, arriving)
        self._conflicts(source_numbers([*arriving, *self._copied_with(self.added, self.new)]))
        for key in set(self.old.conflicts) - set(self.new.conflicts):
            self.report.conflicts.setdefault(key, None)
        return self.new, self.report

    # -- sources ------------------------------------------------------------------------------

    def _copies(self) -> None:
        removed = {s.sn for s in self.removed}
        for sn in removed:
            self.signatures.pop(sn, None)
        new_sigs = {}
        for entry in self.added:
            values = self.loader.signature(entry)
            if values is not None:
                new_sigs[entry.sn] = values
        found = copy_pairs({str(k): v for k, v in new_sigs.items()},
                           {str(k): v for k, v in self.signatures.items()})  # fmt: skip
        self.signatures.update(new_sigs)
        pairs = [(a, b) for a, b in self.old.copy_pairs if a not in removed and b not in removed]
        pairs += [(min(int(a), int(b)), max(int(a), int(b))) for a, b in found]
        self.new.copy_pairs = sorted(set(pairs))

    def _dirty(self) -> list[SourceEntry]:
        """Kept sources whose copies, revisions or voices among the kept sources changed, and
        the copies of removed sources (whose wordings may now come first in their group)."""
        ids = {s.id for s in self.kept}
        before, after = context_of(self.old, ids), context_of(self.new, ids)
        copied = {s.id for s in self._copied_with(self.removed, self.old)}
        return [s for s in self.kept if before[s.id] != after[s.id] or s.id in copied]

    def _copied_with(self, entries: list[SourceEntry], state: ClaimState) -> list[SourceEntry]:
        """Kept sources in a group of copies (in `state`) with one of these sources."""
        ids = {s.id for s in entries}
        members = {sid for g in state.copy_groups() if ids & set(g) for sid in g} - ids
        return [s for s in self.kept if s.id in members]

    def _check_aliases(self, old_alias: UnionFind, new_alias: UnionFind) -> None:
        """Fold the desk again when an alias changed the name a kept mention's actor folds to."""
        actors = set(old_alias.parent) | set(new_alias.parent)
        changed = {a for a in actors if old_alias.find(a) != new_alias.find(a)}
        if any(self.new.actors[a] > 0 for a in changed):
            raise _Rebuild("an alias joins or parts names the desk already uses")

    # -- first-of-wording mentions and the index ----------------------------------------------

    def _reps(self, arriving: list[SourceEntry]) -> None:
        """Which mentions of arriving sources are worded like an earlier one of their copies."""
        group_of = {sid: g for g in self.new.copy_groups() for sid in g}
        by_id = self.new.by_id()
        for entry in arriving:
            seen: set[str] = set()
            for sid in group_of.get(entry.id, [entry.id]):  # desk order: the first comes first
                nonreps = []
                for idx, folded in enumerate(self._folded(by_id[sid])):
                    if folded in seen:
                        nonreps.append(idx)
                    seen.add(folded)
                if sid == entry.id:
                    entry.nonreps = tuple(nonreps)

    def _unfold(self, entry: SourceEntry, alias: UnionFind) -> None:
        """Take a source's mentions out of the desk-wide index."""
        state, nonreps = self.new, set(entry.nonreps)
        for idx, m in enumerate(self.mentions(entry)):
            r = ref(entry.sn, idx)
            state.actors.subtract(m.actors)
            if idx in nonreps:
                continue
            keys = block_keys(m, alias.find)
            for key in rarest(keys, self.old.df):
                drop_rare(state.rare, key, {r})
            self.touched.update(keys)
            for key in keys:
                state.df[key] -= 1
                if key in state.post and r in state.post[key]:
                    state.post[key].remove(r)
                if state.df[key] <= 0:
                    del state.df[key]
                    state.post.pop(key, None)
            for key in frame_keys(m):
                drop_ref(state.frames, key, r)
        state.actors = +state.actors

    def _fold(self, entry: SourceEntry, alias: UnionFind) -> None:
        """Put a source's mentions into the desk-wide index."""
        state, nonreps = self.new, set(entry.nonreps)
        for idx, m in enumerate(self.mentions(entry)):
            r = ref(entry.sn, idx)
            state.actors.update(m.actors)
            if idx in nonreps:
                continue
            keys = self.key_sets[r] = self._block_keys(m)  # alias is self.alias
            self.touched.update(keys)
            for key in keys:
                state.df[key] += 1
                if state.df[key] == 1:
                    state.post[key] = []
                if key in state.post:
                    state.post[key].append(r)
                    if state.df[key] > POSTING_KEEP:
                        del state.post[key]
            for key in frame_keys(m):
                state.frames.setdefault(key, []).append(r)

    def _reps_of(self, entries: Iterable[SourceEntry]) -> set[int]:
        found: set[int] = set()
        for e in entries:
            nonreps = set(e.nonreps)
            found.update(ref(e.sn, i) for i in range(len(self.mentions(e))) if i not in nonreps)
        return found

    def _moved(self, focus: set[int]) -> set[int]:
        """Kept mentions whose rarest keys changed (a key's count passed a power of two, or the
        limit of usable keys): they are compared again with the later mentions."""
        old, new = self.old, self.new
        holders: set[int] = set()
        for key in self.touched:
            before, after = rarity_rank(old.df.get(key, 0)), rarity_rank(new.df.get(key, 0))
            if after is not None and key not in new.post:
                raise _Rebuild(f"the mentions holding {key!r} were not listed")
            if before != after:
                holders.update(old.post.get(key, ()), new.post.get(key, ()))
        moved: list[int] = []
        dropped: dict[str, set[int]] = defaultdict(set)  # key -> the moved refs it listed
        for r in sorted(holders - focus):
            if source_number(r) not in self.by_sn or self._nonrep(r):
                continue
            was = rarest(self._keys(r), old.df)
            if was != self._rarest(r):
                moved.append(r)
                for key in was:
                    dropped[key].add(r)
        for key, refs in dropped.items():  # each list filtered once
            drop_rare(new.rare, key, refs)
        for r in moved:
            self._rare_in(r, self._rarest(r))
        return set(moved)

    def _rare_in(self, r: int, rare: list[str]) -> None:
        """List a mention under its rarest keys, with how many of them a later one needs."""
        for key in rare:
            self.new.rare.setdefault(key, []).append([r, min(BLOCK_MIN_SHARED, len(rare))])

    def _keys(self, r: int) -> frozenset[str]:
        found = self.key_sets.get(r)
        if found is None:
            found = self.key_sets[r] = self._block_keys(self._mention(r))
        return found

    def _rarest(self, r: int) -> list[str]:
        """A mention's rarest keys in the new state (read once the new counts are all made:
        after the sources are folded in and out)."""
        found = self.rare_now.get(r)
        if found is None:
            found = self.rare_now[r] = rarest(self._keys(r), self.new.df)
        return found

    def _block_keys(self, m: ClaimMention) -> frozenset[str]:
        """`claim_match.block_keys(m, self.alias.find)`, each actor's keys made once."""
        made, keys = self.actor_keys, frozenset(m.terms)
        for actor in m.actors:
            found = made.get(actor)
            if found is None:
                found = made[actor] = actor_keys(actor, self.alias.find)
            keys |= found
        return keys

    def _sketch(self, r: int) -> Sketch:
        found = self.sketches.get(r)
        if found is None:
            found = self.sketches[r] = sketch(self._mention(r))
        return found

    def _nonrep(self, r: int) -> bool:
        return position(r) in self.by_sn[source_number(r)].nonreps

    # -- loading a part of the desk -----------------------------------------------------------

    def _folded(self, entry: SourceEntry) -> list[str]:
        """The folded wording of each mention of a source (how identical wordings are found)."""
        folded = self.folded.pop(entry.sn, None)
        if folded is None:
            found = self.mentions(entry)
            spans = getattr(found, "spans", None)
            text = getattr(found, "text", "")
            folded = (
                [fold_text(text[a:b]) for a, b in spans] if spans is not None
                else [fold_text(m.text) for m in found]
            )  # fmt: skip
        self.folded[entry.sn] = folded  # the most recently used last
        if len(self.folded) > CACHED_SOURCES:
            del self.folded[next(iter(self.folded))]
        return folded

    def _twins(self, refs: Iterable[int]) -> set[int]:
        """The mentions worded like these within their groups of copies (themselves too)."""
        group_of = {sid: g for g in self._desk()[0] for sid in g}
        by_id = self.new.by_id()
        found: set[int] = set()
        for r in refs:
            entry = self.by_sn[source_number(r)]
            wording = self._folded(entry)[position(r)]
            for sid in group_of.get(entry.id, [entry.id]):
                other = by_id[sid]
                found.update(ref(other.sn, i) for i, f in enumerate(self._folded(other))
                             if f == wording)  # fmt: skip
        return found

    def _index(self, refs: Iterable[int], twins: bool = False) -> tuple[MentionIndex, list[int]]:
        """A `MentionIndex` over these mentions (with their twins), and each position's ref."""
        wanted = {r for r in refs if source_number(r) in self.by_sn}
        if twins:
            wanted |= self._twins(wanted)
        ordered = sorted(wanted)
        sources = {self.by_sn[source_number(r)] .id: self.by_sn[source_number(r)]
                   for r in ordered}  # fmt: skip
        groups, aliases, links = self._desk()
        folded = [self._folded(self.by_sn[source_number(r)])[position(r)] for r in ordered]
        index = MentionIndex(
            [self._mention(r) for r in ordered], groups, aliases=aliases, links=links,
            key_counts=self.new.df, said=_Said(self, sources), folded=folded,
            sketches=[self._sketch(r) for r in ordered], names=self.names,
        )  # fmt: skip
        return index, ordered

    def _desk(self) -> tuple[list[list[str]], list[tuple[str, str]], dict[str, tuple[str, ...]]]:
        """The new state's copy groups, aliases and links (made once: set before matching)."""
        if self.desk_facts is None:
            new = self.new
            self.desk_facts = (new.copy_groups(), new.alias_pairs(), new.links())
        return self.desk_facts

    def _said(self, entry: SourceEntry) -> set[str]:
        """A source's folded wordings as a set (kept for the most recently used sources)."""
        found = self.said.pop(entry.sn, None)
        if found is None:
            found = set(self._folded(entry))
        self.said[entry.sn] = found
        if len(self.said) > CACHED_SOURCES:
            del self.said[next(iter(self.said))]
        return found

    # -- matched pairs ------------------------------------------------------------------------

    def _generic(self, focus: set[int], moved: set[int], removed: set[int]) -> None:
        """Match the new mentions with the desk, and the moved ones with later mentions; keep
        the pairs and type the conflicting ones."""
        state = self.new
        state.typed = {
            p: t for p, t in state.typed.items()
            if not (set(p) & focus or _touches(p, removed) or p[0] in moved)
        }  # fmt: skip
        matched_later = focus | moved
        done = sorted(matched_later)
        # mentions that were there before
        earlier = bool(source_numbers(self.kept) - source_numbers(self.arriving))
        self._lists_for_matching()
        found: dict[Pair, str] = {}
        for start in range(0, len(done), MATCH_BATCH):  # a batch's pairs typed together
            batch = done[start : start + MATCH_BATCH]
            pairs: set[Pair] = set()
            for r in batch:  # the candidates that match (`_matching`)
                if self._matches_nothing(r):
                    continue
                pairs.update(zip(repeat(r), self._matching(r, self._later(r), first=True)))
                if earlier and r in focus:
                    found_earlier = self._earlier(r, matched_later)
                    pairs.update(zip(self._matching(r, found_earlier, first=False), repeat(r)))
            if pairs:
                found.update(self._match(pairs))
        self.lists, self.rare_refs, self.needs = {}, {}, {}
        self._keep_pairs(found, focus, moved)

    def _keep_pairs(self, found: Mapping[Pair, str], focus: set[int], moved: set[int]) -> None:
        """Store each pair with the source of its new mention (the later one if both), or of its
        moved one; what was stored for them before is let go."""
        owned: dict[int, list[Pair]] = defaultdict(list)
        for i, j in found:
            owner = j if j in focus else i
            owned[source_number(owner)].append((i, j))
        added = {s.sn for s in self.added}
        for sn in {source_number(r) for r in focus | moved} | set(owned):
            entry = self.by_sn[sn]
            kept = [] if sn in added else [
                (i, j) for i, j in self.loader.pairs(entry)
                if i not in focus and j not in focus and i not in moved
            ]  # fmt: skip
            self.loader.put_pairs(entry, sorted(set(kept) | set(owned.get(sn, []))))

    def _frames(self, leaving: list[SourceEntry], arriving: list[SourceEntry]) -> None:
        """Pairs of the frame keys (relations, tallies) whose mentions changed, and which of
        them conflict."""
        actions = {key for e in [*leaving, *arriving] for m in self.mentions(e)
                   for key in frame_keys(m)}  # fmt: skip
        state = self.new
        for action in actions:
            state.frame_typed.pop(action, None)
        members = {r for a in actions for r in state.frames.get(a, [])}
        if not members:
            return
        index, refs = self._index(members)
        for key, pairs in index.frame_pairs_by_key(actions).items():
            for (i, j), kind in conflict_types(index, pairs).items():
                state.frame_typed.setdefault(key, {})[(refs[i], refs[j])] = kind

    def _mention(self, r: int) -> ClaimMention:
        sn = source_number(r)
        found = self.cache.get(sn)
        if found is None:
            return self.mentions(self.by_sn[sn])[position(r)]
        self.cache.move_to_end(sn)  # the most recently used last, as `mentions` keeps them
        return found[position(r)]


# -- helpers -----------------------------------------------------------------------------------


class _Said(Mapping[str, set[str]]):
    """Each source's folded wordings, made when `MentionIndex.also_says` first asks (most
    candidate pairs never do: reading every candidate's source would thrash the caches)."""

    def __init__(self, update: _Update, sources: dict[str, SourceEntry]) -> None:
        self.update, self.sources = update, sources

    def __getitem__(self, sid: str) -> set[str]:
        return self.update._said(self.sources[sid])

    def __iter__(self) -> Iterator[str]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)


def _aliases(pairs: Iterable[tuple[str, str]]) -> UnionFind:
    found = UnionFind()
    for a, b in pairs:
        found.union(a, b)
    return found


def _touches(pair: Pair, sns: set[int]) -> bool:
    return source_number(pair[0]) in sns or source_number(pair[1]) in sns
