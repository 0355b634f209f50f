"""The merged timeline kept up to date: sources folded in and out, the desk not merged again.

``merge_events`` links tellings (each cited clause) whose dates fit and whose words agree;
the connected components of those links become events. A link depends on its two tellings
only (``timeline_merge.Pool`` proposes the pairs, ``linked`` decides), so the components can
be kept and updated: new tellings are compared with the kept ones their dates can fit and
join their components; a removed source's tellings leave theirs, which are split again
among the tellings that stay. The events are those ``merge_events`` gives for the whole desk
(tests check it after adds and removals).

The state lives in rows (`Rows`: named text payloads, the desk cache in practice), so that
an update reads and writes only what it touches:

- ``meta``: the format, each folded source's buckets, the serial each bucket was last
  written with (a bucket written by an update that did not finish is noticed), and the
  buckets of the components whose tellings lie in more than one;
- a bucket per year (``2022``; ``XXXX`` for tellings without a year): its tellings with
  their profiles and components;
- ``out-`` + bucket: the events dated in that year with their components, sorted. The
  timeline is these rows in year order.

An update reads the buckets its tellings can link into: their year (and the next or
previous one for a day near New Year, which links to the days around it), the ``XXXX``
bucket, and the buckets of the components they join. A telling without a year can take the
year of any day, so one of those makes the update read every bucket.
"""

from __future__ import annotations

import json
import secrets
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import fields
from datetime import date, timedelta
from typing import Any, Protocol

from sourcedesk.records import Citation, Event
from sourcedesk.research import timeline_data as T
from sourcedesk.research.timeline_merge import (
    Pool,
    Telling,
    cluster_events,
    event_key,
    linked,
)
from sourcedesk.research.timeline_words import Profile

__all__ = ["Rows", "TimelineIndex", "decode_profile", "encode_profile"]

FORMAT = 1
META = "meta"
OUT = "out-"
Key = tuple[str, int, int]
_CITATION_FIELDS = tuple(f.name for f in fields(Citation))


class Rows(Protocol):
    """Where the state is kept: named text payloads."""

    def get(self, name: str) -> str | None:
        """A payload, or None when there is none."""

    def put(self, name: str, payload: str) -> None:
        """Keep a payload under a name (replacing the old one)."""


def encode_profile(p: Profile) -> list[Any]:
    """A profile as JSON values."""
    return [sorted(p.stems), sorted(p.actors), sorted(p.names), p.subject, p.verb, p.precision]


def decode_profile(item: list[Any]) -> Profile:
    """A profile from `encode_profile`."""
    stems, actors, names, subject, verb, precision = item
    return Profile(frozenset(stems), frozenset(actors), frozenset(names), subject, verb, precision)


def bucket_of(when: str) -> str:
    """The bucket of a telling's date: its year, or ``XXXX`` when it has none."""
    return when[:4]


def _reach(when: str) -> set[str]:
    """The buckets holding the tellings a telling of this date may be linked with (an
    empty set for a telling without a year, which may be linked with a day of any year)."""
    if when.startswith(T.YEARLESS):
        return set()
    found = {when[:4], T.YEARLESS}
    if when.count("-") == 2:
        day = date.fromisoformat(when)
        span = timedelta(days=T.STORY_DAYS)
        for other in (day - span, day + span):
            found.add(f"{other.year:04d}")
    return found


class _Bucket:
    """The tellings of one bucket and the events dated in it, by component."""

    def __init__(self, name: str, row: str | None, out: str | None) -> None:
        self.name = name
        self.tellings: dict[Key, Telling] = {}
        self.component: dict[Key, int] = {}
        self.events: dict[int, list[dict[str, Any]]] = defaultdict(list)
        self.changed = False
        if row:
            sources = json.loads(row)["sources"]
            for sid, items in sources.items():
                origin, title = items[0], items[1]
                for item in items[2:]:
                    t = _telling(sid, origin, title, item)
                    self.tellings[t.key], self.component[t.key] = t, item[-1]
        for cid, event in json.loads(out) if out else ():
            self.events[cid].append(event)

    def row(self) -> str:
        """The bucket's tellings as a payload."""
        sources: dict[str, list[Any]] = {}
        for key, t in self.tellings.items():
            assert t.citation is not None
            entry = sources.setdefault(key[0], [t.citation.origin, t.citation.title])
            entry.append(
                [key[1], key[2], t.citation.quote, t.date, t.text, t.placed, t.bounded,
                 encode_profile(t.profile), self.component[key]]
            )  # fmt: skip
        return json.dumps({"sources": sources}, ensure_ascii=False, separators=(",", ":"))

    def out(self) -> str:
        """The bucket's events, sorted, each with its component."""
        items = [(cid, e) for cid, found in self.events.items() for e in found]
        items.sort(key=lambda item: _dict_key(item[1]))
        return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


def _telling(sid: str, origin: str, title: str, item: list[Any]) -> Telling:
    start, end, quote, when, text, placed, bounded, profile, _cid = item
    citation = Citation(0, sid, start, end, quote, origin, title)
    return Telling(citation, when, text, -1, placed, bounded, decode_profile(profile))


def _dict_key(event: dict[str, Any]) -> tuple:
    first = event["citations"][0]
    return event_key(Event(event["date"], event["text"], (Citation(**first),)))


class _Forest:
    """Union-find over hashable nodes."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        """The representative of x's set."""
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Any, b: Any) -> None:
        """Join the sets of a and b."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


class TimelineIndex:
    """The merged timeline of the folded sources, kept in `Rows`."""

    def __init__(self, rows: Rows, *, fresh: bool = False) -> None:
        """Read the state's summary (`fresh`, or a state of another format: start empty)."""
        self.rows = rows
        self.buckets: dict[str, _Bucket] = {}
        meta = None if fresh else rows.get(META)
        self.meta: dict[str, Any] = json.loads(meta) if meta else {}
        if self.meta.get("format") != FORMAT:
            self.meta = {"format": FORMAT, "next": 0, "sources": {}, "serials": {}, "spans": {}}

    def sources(self) -> set[str]:
        """The ids of the folded sources."""
        return set(self.meta["sources"])

    def _load(self, names: Iterable[str]) -> bool:
        """Read buckets; False when one was written by an update that did not finish."""
        for name in names:
            if name in self.buckets:
                continue
            serial = self.meta["serials"].get(name)
            row = self.rows.get(name) if serial is not None else None
            out = self.rows.get(OUT + name) if serial is not None else None
            if serial is not None and (row is None or out is None or _serial(row) != serial):
                return False
            self.buckets[name] = _Bucket(name, row and _body(row), out)
        return True

    def update(self, added: dict[str, list[Telling]], removed: Iterable[str]) -> bool:
        """Fold sources' tellings in and removed sources out; False when the kept state
        was found broken (the caller folds every source into a fresh index)."""
        folded = self.meta["sources"]
        gone = [sid for sid in removed if sid in folded]
        new = {sid: ts for sid, ts in added.items() if sid not in folded or sid in gone}
        need = {b for sid in gone for b in folded[sid]}
        for ts in new.values():
            for t in ts:
                reach = _reach(t.date)
                need |= reach if reach else set(self.meta["serials"]) | {T.YEARLESS}
        if not self._load(need):
            return False
        touched = self._remove(gone)
        if touched is None:
            return False
        for sid in gone:
            del folded[sid]
        if not self._add([t for ts in new.values() for t in ts]):
            return False
        for sid, ts in new.items():
            folded[sid] = sorted({bucket_of(t.date) for t in ts})
        self._save()
        return True

    # -- removing ------------------------------------------------------------------------------

    def _remove(self, gone: list[str]) -> set[int] | None:
        """Drop removed sources' tellings and split their components among those left."""
        if not gone:
            return set()
        dropping = set(gone)
        affected: set[int] = set()
        for bucket in list(self.buckets.values()):
            for key in [k for k in bucket.tellings if k[0] in dropping]:
                affected.add(bucket.component.pop(key))
                del bucket.tellings[key]
                bucket.changed = True
        members = self._members(affected)
        if members is None:
            return None
        for part in members.values():
            for component in _connected(part):
                self._place(component)
        return affected

    # -- adding --------------------------------------------------------------------------------

    def _add(self, new: list[Telling]) -> bool:
        """Link new tellings with each other and with the kept ones; place the components
        they make or join."""
        if not new:
            return True
        pool = Pool()
        owner: list[Any] = []
        for bucket in self.buckets.values():
            for key, t in bucket.tellings.items():
                pool.add(t)
                owner.append(("c", bucket.component[key]))
        first_new = len(owner)
        for t in new:
            owner.append(("n", pool.add(t)))
        forest = _Forest()
        for i in range(first_new, len(owner)):
            forest.find(owner[i])
            for j in pool.partners(i):
                joins = forest.find(owner[i]) != forest.find(owner[j])
                if joins and linked(pool.items[i], pool.items[j]):
                    forest.union(owner[i], owner[j])
        groups: dict[Any, list[Any]] = defaultdict(list)
        for node in forest.parent:
            groups[forest.find(node)].append(node)
        groups = {r: nodes for r, nodes in groups.items() if any(k == "n" for k, _ in nodes)}
        joined = {cid for nodes in groups.values() for kind, cid in nodes if kind == "c"}
        members = self._members(joined)
        if members is None:
            return False
        for nodes in groups.values():
            found = [pool.items[i] for kind, i in nodes if kind == "n"]
            for kind, cid in nodes:
                if kind == "c":
                    found += members[cid]
            self._place(found)
        return True

    # -- components ----------------------------------------------------------------------------

    def _members(self, cids: set[int]) -> dict[int, list[Telling]] | None:
        """The tellings of components (reading the other buckets they lie in), taken out of
        their buckets with their events; None when a bucket is broken."""
        spans = self.meta["spans"]
        need = {b for cid in cids for b in spans.get(str(cid), ())}
        if not self._load(need):
            return None
        members: dict[int, list[Telling]] = {cid: [] for cid in cids}
        for bucket in self.buckets.values():
            for key in [k for k, c in bucket.component.items() if c in members]:
                members[bucket.component.pop(key)].append(bucket.tellings.pop(key))
                bucket.changed = True
            for cid in cids & bucket.events.keys():
                del bucket.events[cid]
                bucket.changed = True
        for cid in cids:
            spans.pop(str(cid), None)
        return members

    def _place(self, members: list[Telling]) -> None:
        """Keep a component: its tellings in their buckets, its events in theirs."""
        if not members:
            return
        cid = self.meta["next"]
        self.meta["next"] = cid + 1
        names = set()
        for t in members:
            bucket = self._bucket(bucket_of(t.date))
            bucket.tellings[t.key], bucket.component[t.key] = t, cid
            names.add(bucket.name)
        for event in cluster_events(members):
            self._bucket(bucket_of(event.date)).events[cid].append(_as_dict(event))
        if len(names) > 1:
            self.meta["spans"][str(cid)] = sorted(names)

    def _bucket(self, name: str) -> _Bucket:
        bucket = self.buckets[name]
        bucket.changed = True
        return bucket

    def _save(self) -> None:
        """Write the changed buckets, then the summary that vouches for them."""
        serial = secrets.token_hex(8)  # never the serial of a row an earlier state wrote
        for name, bucket in sorted(self.buckets.items()):
            if not bucket.changed:
                continue
            self.rows.put(OUT + name, bucket.out())
            self.rows.put(name, f"{serial}\n{bucket.row()}")
            self.meta["serials"][name] = serial
        self.rows.put(META, json.dumps(self.meta, separators=(",", ":")))

    # -- reading -------------------------------------------------------------------------------

    def events(self) -> Iterable[dict[str, Any]]:
        """The timeline's events (as dictionaries), in order."""
        for name in sorted(self.meta["serials"]):
            out = self.rows.get(OUT + name)
            for _cid, event in json.loads(out) if out else ():
                yield event


def _as_dict(event: Event) -> dict[str, Any]:
    """An event as ``dataclasses.asdict`` gives it (without its deep copies)."""
    citations = [{f: getattr(c, f) for f in _CITATION_FIELDS} for c in event.citations]
    return {"date": event.date, "text": event.text, "citations": citations}


def _serial(row: str) -> str:
    return row[: row.index("\n")]


def _body(row: str) -> str:
    return row[row.index("\n") + 1 :]


def _connected(members: list[Telling]) -> list[list[Telling]]:
    """The linked parts of a set of tellings."""
    pool = Pool()
    for t in members:
        pool.add(t)
    forest = _Forest()
    for i in range(len(members)):
        forest.find(i)
        for j in pool.partners(i):
            if forest.find(i) != forest.find(j) and linked(members[i], members[j]):
                forest.union(i, j)
    parts: dict[int, list[Telling]] = defaultdict(list)
    for i in range(len(members)):
        parts[forest.find(i)].append(members[i])
    return list(parts.values())
