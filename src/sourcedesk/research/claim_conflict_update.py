"""Ordinal claims and conflicts of a claim update: what is redone when sources change.

Kept apart from the update itself (``claim_index``), which folds sources in and out and
matches their mentions: this part keeps the mentions of each verb an ordinal claim ranks
("the third country to recognize ..."), compares again the ordinal claims whose evidence
changed, and rebuilds the conflicts whose pairs or sources changed.

`ConflictUpdate` is a mixin of ``claim_index._Update``: it reads the update's new state and
report and asks the update for mentions and for a `MentionIndex` over some of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sourcedesk.research.claim_match import MentionIndex, Pair
from sourcedesk.research.claim_state import (
    ClaimState,
    SourceEntry,
    act_mention,
    act_record,
    conflict_components,
    ref,
    source_number,
)
from sourcedesk.research.claims import ClaimMention
from sourcedesk.research.conflicts import (
    merge_conflicts,
    ordinal_acts,
    ordinal_conflict,
    tells_act,
)

if TYPE_CHECKING:
    from sourcedesk.research.claim_index import Report

__all__ = ["ConflictUpdate", "source_numbers"]


def source_numbers(entries: Iterable[SourceEntry]) -> set[int]:
    """The source numbers of these entries."""
    return {e.sn for e in entries}


class ConflictUpdate:
    """Ordinal claims and conflicts redone by a claim update (a mixin of
    ``claim_index._Update``)."""

    new: ClaimState
    report: Report

    if TYPE_CHECKING:  # given by the update

        def mentions(self, entry: SourceEntry) -> Sequence[ClaimMention]: ...

        def _mention(self, r: int) -> ClaimMention: ...

        def _index(
            self, refs: Iterable[int], twins: bool = False
        ) -> tuple[MentionIndex, list[int]]: ...

    # -- ordinal claims -----------------------------------------------------------------------

    def _ordinals(self, leaving: list[SourceEntry], arriving: list[SourceEntry]) -> None:
        """Keep the mentions of each ordinal verb; redo the ordinal claims they touch."""
        state = self.new
        gone = {ref(e.sn, i) for e in leaving for i in range(len(self.mentions(e)))}
        for r in gone & set(state.ordinals):
            del state.ordinals[r]
            state.conflicts.pop(f"ordinal:{r}", None)
        claims = {ref(e.sn, i): m.ordinal.verb for e in arriving
                  for i, m in enumerate(self.mentions(e)) if m.ordinal}  # fmt: skip
        verbs = {v for v, _ in state.ordinals.values()}
        ranked = verbs | set(claims.values())  # verbs no claim ranks any more are let go
        state.acts = {v: [a for a in acts if a[0] not in gone]
                      for v, acts in state.acts.items() if v in ranked}  # fmt: skip
        fresh = set(claims.values()) - verbs
        if fresh:
            self._scan_acts(fresh, skip=source_numbers(arriving))
        verbs |= fresh
        touched: list[tuple[ClaimMention, str]] = []
        for e in arriving:
            for i, m in enumerate(self.mentions(e)):
                for verb in ordinal_acts(m, verbs):
                    if m.subjects:
                        state.acts.setdefault(verb, []).append(act_record(ref(e.sn, i), m))
                    touched.append((m, verb))
        for e in leaving:
            touched += [(m, v) for m in self.mentions(e) for v in ordinal_acts(m, verbs)]
        for verb in verbs:
            state.acts[verb] = sorted(state.acts.get(verb, []))
        for r, verb in claims.items():
            state.ordinals[r] = [verb, []]
        self._redo_ordinals(set(claims), touched, source_numbers([*leaving, *arriving]))

    def _scan_acts(self, verbs: set[str], skip: set[int]) -> None:
        """Read every kept source for the mentions of verbs no ordinal claim ranked before."""
        for verb in verbs:
            self.new.acts[verb] = []
        for entry in self.new.sources:
            if entry.sn in skip:
                continue
            for i, m in enumerate(self.mentions(entry)):
                for verb in ordinal_acts(m, verbs):
                    if m.subjects:
                        self.new.acts[verb].append(act_record(ref(entry.sn, i), m))

    def _redo_ordinals(
        self, new_claims: set[int], touched: list[tuple[ClaimMention, str]], changed: set[int]
    ) -> None:
        """Ordinal claims compared again with the mentions of their act, where those changed."""
        state = self.new
        names = MentionIndex([], aliases=state.alias_pairs(), links={})  # aliases only
        redo = set(new_claims)
        for r, (verb, evidence) in state.ordinals.items():
            sources = {source_number(x) for x in [r, *evidence]}
            claim = self._mention(r)
            if sources & changed or any(
                v == verb and tells_act(names, claim, m) for m, v in touched
            ):
                redo.add(r)
        for r in redo:
            verb, claim = state.ordinals[r][0], self._mention(r)
            state.ordinals[r] = [
                verb,
                [
                    a[0]
                    for a in state.acts.get(verb, [])
                    if a[0] != r and tells_act(names, claim, act_mention(a))
                ],
            ]
            state.conflicts.pop(f"ordinal:{r}", None)
        if not redo:
            return
        index, refs = self._index({x for r in redo for x in [r, *state.ordinals[r][1]]})
        at = {x: i for i, x in enumerate(refs)}
        for r in sorted(redo):
            found = ordinal_conflict(index, at[r], [at[e] for e in state.ordinals[r][1]])
            if found:
                conflict, members = found
                self._keep(f"ordinal:{r}", "ordinal", [], [refs[i] for i in members], conflict)

    def _keep(
        self, key: str, kind: str, pairs: list[Pair], members: list[int], conflict: dict[str, Any]
    ) -> dict[str, Any]:
        """Keep a conflict built in this update (its entry in the state, and what it says)."""
        entry = {"kind": kind, "pairs": [list(p) for p in pairs], "members": members}
        self.new.conflicts[key] = entry
        self.report.conflicts[key] = [members[0], key, conflict]
        return entry

    # -- conflicts ----------------------------------------------------------------------------

    def _conflicts(self, touched: set[int]) -> None:
        """Conflicts rebuilt where their pairs changed or their sources did."""
        state = self.new
        alive = source_numbers(state.sources)
        typed = dict(state.typed)
        for of_relation in state.frame_typed.values():
            typed.update(of_relation)
        kept = {k: v for k, v in state.conflicts.items() if k.startswith("ordinal:")}
        todo: list[tuple[str, str, list[Pair]]] = []
        for key, (kind, pairs) in conflict_components(typed).items():
            old = state.conflicts.get(key)
            sources = {source_number(r) for r in old["members"]} if old else set()
            if old and old["pairs"] == [list(p) for p in pairs] and sources <= alive - touched:
                kept[key] = old
            else:
                todo.append((key, kind, pairs))
        if todo:  # one index for every conflict to build
            index, refs = self._index({r for _, _, ps in todo for p in ps for r in p}, True)
            at = {r: i for i, r in enumerate(refs)}
            for key, kind, ps in todo:
                found = merge_conflicts(index, {(at[i], at[j]): kind for i, j in ps})
                if found:
                    conflict, members = found[0]
                    kept[key] = self._keep(key, kind, ps, [refs[i] for i in members], conflict)
        state.conflicts = kept
