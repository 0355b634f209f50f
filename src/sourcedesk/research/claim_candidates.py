"""Candidate pairs of a claim update: which mentions are compared with which.

Kept apart from the update itself (``claim_index``), which folds sources in and out and keeps
the pairs: this part only finds, for the mentions an update matches again, the later and the
earlier mentions that share enough of their rarest block keys (the blocking of
``claim_match``), drops the pairs that cannot match (`claim_match.may_match`, copies of one
page aside), and matches the rest as they are found (`MentionIndex.same_content`, on an
index without mentions that holds the desk's aliases): only the matched pairs are read into
a `MentionIndex`, to be typed.

`CandidateSearch` is a mixin of ``claim_index._Update``: it reads the update's state and
lookups and asks the update for a mention's keys, sketch, mention and index.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import chain, combinations
from typing import TYPE_CHECKING

from sourcedesk.research.claim_match import (
    BLOCK_MIN_SHARED,
    MentionIndex,
    NameFacts,
    Pair,
    Sketch,
    UnionFind,
    enough_shared,
)
from sourcedesk.research.claim_state import MENTION_BITS, ClaimState, source_number
from sourcedesk.research.claims import ClaimMention
from sourcedesk.research.conflicts import conflict_types

__all__ = ["CandidateSearch"]


class CandidateSearch:
    """The candidate search of a claim update (a mixin of ``claim_index._Update``)."""

    new: ClaimState
    lists: dict[str, frozenset[int]]  # block key -> refs (while matching)
    rare_refs: dict[str, list[int]]  # block key -> refs it is rarest of (ditto)
    needs: dict[int, int]  # ref -> how many of its rarest keys a pair holds
    copy_root: dict[int, int]  # source number -> first of its copies
    sketches: dict[int, Sketch]
    names: NameFacts
    matcher: MentionIndex  # an index without mentions: `same_content` under the desk's aliases

    if TYPE_CHECKING:  # given by the update

        def _keys(self, r: int) -> frozenset[str]: ...

        def _rarest(self, r: int) -> list[str]: ...

        def _sketch(self, r: int) -> Sketch: ...

        def _mention(self, r: int) -> ClaimMention: ...

        def _desk(
            self,
        ) -> tuple[list[list[str]], list[tuple[str, str]], dict[str, tuple[str, ...]]]: ...

        def _index(
            self, refs: Iterable[int], twins: bool = False
        ) -> tuple[MentionIndex, list[int]]: ...

    def _lists_for_matching(self) -> None:
        """Start the lookups of matching (the postings and rare lists no longer change)."""
        self.lists, self.rare_refs, self.needs = {}, {}, {}
        self.copy_root = {}
        copies = UnionFind()
        for a, b in self.new.copy_pairs:
            copies.union(a, b)
        self.copy_root = {sn: copies.find(sn) for sn in copies.parent}
        # what matching reads of names, under the desk's aliases (shared with the indexes)
        self.matcher = MentionIndex([], aliases=self._desk()[1], names=self.names)

    def _matching(self, r: int, others: Iterable[int], first: bool) -> list[int]:
        """Of the mentions paired with r (r first in each pair when `first`), those that match
        it (`MentionIndex.same_content`): copies of its page, or mentions passing
        `claim_match.may_match` first (a framed mention fails it whatever the other is). r's
        facts are read once, and only the matched pairs are read into an index (to type)."""
        sn, roots, sketches = source_number(r), self.copy_root, self.sketches
        root, mine = roots.get(sn, sn), self._sketch(r)
        if self._matches_nothing(r):
            return []
        same, mention = self.matcher.same_content, self._mention(r)
        found = []
        for j in others:
            b = j >> MENTION_BITS  # its source number
            if b == sn:
                continue
            copies = roots.get(b, b) == root
            if mine.framed and not copies:
                continue
            theirs = sketches.get(j) or self._sketch(j)
            shared: int | None = None
            if not copies:  # `may_match`, the stems in common counted once
                if theirs.framed:
                    continue
                shared = len(mine.terms & theirs.terms)
                if not (enough_shared(mine, theirs, shared) if first
                        else enough_shared(theirs, mine, shared)):  # fmt: skip
                    continue
            if first:
                if same(mention, self._mention(j), mine, theirs, copies, True, shared):
                    found.append(j)
            elif same(self._mention(j), mention, theirs, mine, copies, True, shared):
                found.append(j)
        return found

    def _matches_nothing(self, r: int) -> bool:
        """Whether a mention matches no candidate: it states a relation (matched by key, see
        `MentionIndex.frame_pairs`) and its page has no copies."""
        return self._sketch(r).framed and source_number(r) not in self.copy_root

    def _match(self, pairs: set[Pair]) -> dict[Pair, str]:
        """Matched pairs (refs), with the conflicting ones typed into the state."""
        index, refs = self._index({r for p in pairs for r in p})
        at = {r: i for i, r in enumerate(refs)}
        matched = {(at[i], at[j]): "strong" for i, j in sorted(pairs)}
        for (i, j), kind in conflict_types(index, matched).items():
            self.new.typed[(refs[i], refs[j])] = kind
        return dict.fromkeys(sorted(pairs), "strong")

    def _later(self, r: int) -> list[int]:
        """The later mentions holding enough of a mention's rarest keys."""
        rare = self._rarest(r)
        lists = [self._list(k) for k in rare]
        needed = min(BLOCK_MIN_SHARED, len(rare))
        if not lists:
            return []
        if needed <= 1:
            holders: Iterable[int] = frozenset().union(*lists)
        elif needed == len(lists):
            holders = frozenset.intersection(*lists)
        elif needed == 2:  # pairwise intersections (in C)
            holders = frozenset().union(*(a & b for a, b in combinations(lists, 2)))
        else:
            counts = Counter(chain.from_iterable(lists))
            holders = [j for j, n in counts.items() if n >= needed]
        return [j for j in holders if j > r]

    def _list(self, key: str) -> frozenset[int]:
        """The mentions holding a block key, as a set (made once per matching)."""
        found = self.lists.get(key)
        if found is None:
            found = self.lists[key] = frozenset(self.new.post.get(key, ()))
        return found

    def _earlier(self, r: int, later_done: set[int]) -> list[int]:
        """The earlier mentions whose rarest keys a mention holds enough of (but those whose
        later pairs are found anyway)."""
        lists = [found for k in self._keys(r) if (found := self._rare_list(k, later_done))]
        if not lists:
            return []
        needs = self.needs
        counts = Counter(chain.from_iterable(lists))
        return [x for x, n in counts.items() if x < r and n >= needs[x]]

    def _rare_list(self, key: str, later_done: set[int]) -> list[int]:
        """The mentions a block key is one of the rarest keys of, but those in `later_done`
        (the same set throughout one matching: the lists are made once per matching)."""
        found = self.rare_refs.get(key)
        if found is None:
            items = self.new.rare.get(key, ())
            found = self.rare_refs[key] = [x for x, _ in items if x not in later_done]
            self.needs.update((x, needed) for x, needed in items if x not in later_done)
        return found
