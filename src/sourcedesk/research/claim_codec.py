"""A compact stored form of one source's claim mentions, so they are read from one row.

The row holds what `claims.extract_claims` found in the source, without what the source
itself gives back when it is read (its text, id, title and origin: a mention's text is
``source.text[start:end]``) and without its links to other sources, which can change when
another source is removed. Sets are stored as sorted lists, records as positional lists.

Each mention is a JSON text of its own inside the row, beside the list of all mentions' spans:
reading the row parses only those texts, and a mention is decoded only when it is used
(`StoredMentions`), so that matching a few mentions of a long source stays cheap.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar, overload

from sourcedesk.research.claim_values import Figure
from sourcedesk.research.claims import ClaimMention, Ordinal

__all__ = ["CODEC_VERSION", "StoredMentions", "encode_mentions"]

CODEC_VERSION = 12  # 3: tallies in figure units; number words are no names; context; 4: ages;
# 5: a unit is read within its phrase, a count right after a tally verb is a tally; 6: counted
# events ("~move:patient", see count_events); 7: the party a sum cost ("~economi:usd"), and
# tellers named with an apposition or a body's whole name; 8: "declines to", and "declined in
# November to" as a refusal; no stated date a state has lasted "since"; 9: a multiple ("three
# times over", "four times the limit") is no figure; 10: "was due to" stays in its clause, and
# a figure told of "Friday alone" is scoped; 11: a period of years ("2021–22") is no figure;
# "called off" and other two-word verbs; counts "admitted to hospital"; "planned operations";
# 12: a passive clause's subject is its target ("X were arrested"), its "by" names the doer;
# an update's stamp ("UPDATE 20 May:") dates its paragraph
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # made once, not per mention
T = TypeVar("T")


def encode_mentions(mentions: Sequence[ClaimMention]) -> str:
    """One source's mentions (all from the same source) as a JSON row."""
    first = mentions[0] if mentions else None
    row = {
        "v": CODEC_VERSION,
        "aliases": [list(p) for p in first.aliases] if first else [],
        "year": first.year_hint if first else None,
        "spans": [[m.start, m.end] for m in mentions],
        "m": [_ENCODER.encode(_encode(m)) for m in mentions],
    }
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


class StoredMentions(Sequence[ClaimMention]):
    """A stored row read back: spans and aliases at once, mentions when asked for."""

    def __init__(
        self,
        payload: str,
        source_id: str,
        text: str,
        *,
        title: str = "",
        origin: str = "",
        linked: tuple[str, ...] = (),
    ) -> None:
        row = json.loads(payload)
        self.valid = row.get("v") == CODEC_VERSION
        self.source_id, self.text = source_id, text
        self.spans: list[tuple[int, int]] = [(a, b) for a, b in row.get("spans", [])]
        self.aliases = tuple((a, b) for a, b in row.get("aliases", []))
        self._items: list[str] = row.get("m", [])
        self._common = {"linked": linked, "aliases": self.aliases, "year_hint": row.get("year"),
                        "title": title, "origin": origin}  # fmt: skip
        self._decoded: dict[int, ClaimMention] = {}

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, idx: int) -> ClaimMention: ...

    @overload
    def __getitem__(self, idx: slice) -> list[ClaimMention]: ...

    def __getitem__(self, idx: int | slice) -> ClaimMention | list[ClaimMention]:
        if isinstance(idx, slice):
            return [self[i] for i in range(len(self))[idx]]
        found = self._decoded.get(idx)
        if found is None:
            item = json.loads(self._items[idx])
            found = self._decoded[idx] = _decode(item, self.source_id, self.text, self._common)
        return found

    def __iter__(self) -> Iterator[ClaimMention]:
        return iter(self.all())

    def all(self) -> list[ClaimMention]:
        """Every mention, decoded."""
        decoded, items = self._decoded, self._items
        for i, item in enumerate(items):
            if i not in decoded:
                decoded[i] = _decode(json.loads(item), self.source_id, self.text, self._common)
        return [decoded[i] for i in range(len(items))]


def _encode(m: ClaimMention) -> list[Any]:
    figures = [[f.value, f.unit, f.text, f.bound, sorted(f.scope)] for f in m.figures]
    ordinal = [m.ordinal.rank, m.ordinal.verb, list(m.ordinal.predecessors)] if m.ordinal else None
    return [
        m.start, m.end, list(m.actors), list(m.subjects), list(m.subject_list), list(m.targets),
        list(m.places), m.action, sorted(m.terms), sorted(m.objects), list(m.dates),
        list(m.stated_dates), figures, int(m.negated), sorted(m.negation_scope), ordinal,
        list(m.names), list(m.context),
    ]  # fmt: skip


def _decode(item: list[Any], source_id: str, text: str, common: dict[str, Any]) -> ClaimMention:
    (start, end, actors, subjects, subject_list, targets, places, action, terms, objects, dates,
     stated, figures, negated, scope, ordinal, names, context) = item  # fmt: skip
    fields = {
        "source_id": source_id, "start": start, "end": end, "text": text[start:end],
        "actors": tuple(actors), "subjects": tuple(subjects), "subject_list": tuple(subject_list),
        "targets": tuple(targets), "places": tuple(places), "action": action,
        "terms": frozenset(terms), "objects": frozenset(objects), "dates": tuple(dates),
        "stated_dates": tuple(stated),
        "figures": tuple([_figure(f) for f in figures]) if figures else (),
        "negated": bool(negated), "negation_scope": frozenset(scope),
        "ordinal": Ordinal(ordinal[0], ordinal[1], tuple(ordinal[2])) if ordinal else None,
        "names": tuple(names), "context": tuple(context), **common,
    }  # fmt: skip
    return _frozen(ClaimMention, fields)


def _figure(item: list[Any]) -> Figure:
    value, unit, text, bound, scope = item
    return _frozen(Figure, {"value": value, "unit": unit, "text": text, "bound": bound,
                            "scope": frozenset(scope)})  # fmt: skip


def _frozen(cls: type[T], fields: dict[str, Any]) -> T:
    """A frozen dataclass from the value of every one of its fields, set without its
    `__init__` (which sets them one by one through `object.__setattr__`: ten times slower
    on a desk's hundred thousand mentions). The record is equal to the one `__init__` makes."""
    record = object.__new__(cls)
    record.__dict__.update(fields)
    return record
