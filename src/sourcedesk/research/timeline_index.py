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
  written with (a bucket written by an update that did not finish, or by another process
  at the same time, is noticed), and the buckets of the components whose tellings lie in
  more than one;
- a bucket per year (``2022``; ``XXXX`` for tellings without a year): its tellings (each
  record JSON text of its own, decoded only when the telling is compared or its component
  changes), their dates, components and stems, and an index of them by stem;
- ``out-`` + bucket: the events dated in that year with their components and sort keys, in
  order. The timeline is these rows in year order.

An update reads the buckets its tellings can link into: their year (and the next or
previous one for a day near New Year, which links to the days around it), the ``XXXX``
bucket, and the buckets of the components they join. A telling without a year can take the
year of any day, so one of those makes the update read every bucket. In a bucket, a new
telling is compared only with the kept ones that hold one of its stems but its two commonest
(a pair sharing three stems always shares one of those) or its subject and verb, and whose
dates fit; only those are decoded.
"""

from __future__ import annotations

import gc
import json
import secrets
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import fields
from datetime import date, timedelta
from itertools import islice
from typing import Any, Protocol

from sourcedesk.records import Citation, Event
from sourcedesk.research import timeline_data as T
from sourcedesk.research.timeline_merge import (
    Pool,
    Telling,
    cluster_events,
    dates_may_fit,
    event_key,
    linked,
)
from sourcedesk.research.timeline_words import Profile

__all__ = ["Rows", "TimelineIndex", "decode_profile", "encode_profile"]

# 6: an encyclopedia article's yearless days read in its title's year (events-4); 5: a news
# page's yearless days not dated by "founded in 1988" (events-3); 4: a statement's or a post's
# yearless days read by its own date (events-2)
FORMAT = 6
META = "meta"
OUT = "out-"
_CITATION_FIELDS = tuple(f.name for f in fields(Citation))
# one encoder for every kept record (what json.dumps with these options writes)
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
_PENDING = -1  # the component of a telling not placed yet
Ref = tuple[str, int]  # a telling: its bucket and its position there


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


def _act(p: Profile) -> str:
    """The term of a clause's subject doing its verb ("" without a verb)."""
    return f"\t{p.subject} {p.verb}" if p.verb else ""


class _Bucket:
    """The tellings of one year, in parallel lists by position, and its events.

    A telling's record stays JSON text until the telling is compared or placed; its date,
    component, stems and source are at hand. ``post`` lists the positions by stem (and by
    subject and verb). Removed tellings are marked dead and left out when the bucket is saved.
    """

    def __init__(self, name: str, row: str | None, out: str | None) -> None:
        data = json.loads(row) if row else {}
        self.name = name
        self.sources: dict[str, list[str]] = data.get("src", {})
        self.recs: list[str] = data.get("rec", [])
        self.sids: list[str] = data.get("sid", [])
        self.dates: list[str] = data.get("date", [])
        self.cids: list[int] = data.get("cid", [])
        self.stems: list[str] = data.get("stems", [])  # "stem stem ...", then "\tsubject verb"
        self.post: dict[str, list[int]] = data.get("post", {})
        self.out: list[list[Any]] = json.loads(out) if out else []  # [sort key, cid, event]
        self.decoded: dict[int, Telling] = {}
        self.dead: set[int] = set()
        self.changed = False
        self.kept = len(self.recs)  # tellings before this are placed; those after are new

    def append(self, t: Telling) -> int:
        """Keep a new telling (not placed yet); its position."""
        assert t.citation is not None
        c, p = t.citation, t.profile
        pos = len(self.recs)
        self.sources.setdefault(c.source_id, [c.origin, c.title])
        self.recs.append(_COMPACT.encode(
            [c.start, c.end, c.quote, t.text, t.placed, t.bounded, sorted(p.actors),
             sorted(p.names), p.precision]
        ))  # fmt: skip
        self.sids.append(c.source_id)
        self.dates.append(t.date)
        self.cids.append(_PENDING)
        self.stems.append(" ".join(sorted(p.stems)) + _act(p))
        for term in _terms(self.stems[pos]):
            self.post.setdefault(term, []).append(pos)
        self.decoded[pos] = t
        self.changed = True
        return pos

    def telling(self, pos: int) -> Telling:
        """The telling at a position, decoded."""
        found = self.decoded.get(pos)
        if found is None:
            start, end, quote, text, placed, bounded, actors, names, precision = json.loads(
                self.recs[pos]
            )
            sid = self.sids[pos]
            origin, title = self.sources[sid]
            words, _, act = self.stems[pos].partition("\t")
            subject, _, verb = act.partition(" ")
            profile = Profile(frozenset(words.split()), frozenset(actors), frozenset(names),
                              subject, verb, precision)  # fmt: skip
            citation = Citation(0, sid, start, end, quote, origin, title)
            found = Telling(citation, self.dates[pos], text, -1, placed, bounded, profile)
            self.decoded[pos] = found
        return found

    def row(self) -> str:
        """The bucket's tellings as a payload (dead ones left out)."""
        keep = [i for i in range(len(self.recs)) if i not in self.dead]
        if self.dead:
            self.recs = [self.recs[i] for i in keep]
            self.sids = [self.sids[i] for i in keep]
            self.dates = [self.dates[i] for i in keep]
            self.cids = [self.cids[i] for i in keep]
            self.stems = [self.stems[i] for i in keep]
            self.post = {}
            for pos, joined in enumerate(self.stems):
                for term in _terms(joined):
                    self.post.setdefault(term, []).append(pos)
            live = set(self.sids)
            self.sources = {sid: v for sid, v in self.sources.items() if sid in live}
            self.dead, self.decoded = set(), {}
        data = {"src": self.sources, "rec": self.recs, "sid": self.sids, "date": self.dates,
                "cid": self.cids, "stems": self.stems, "post": self.post}  # fmt: skip
        return _COMPACT.encode(data)

    def out_row(self) -> str:
        """The bucket's events in order, each with its sort key and component."""
        self.out.sort(key=lambda item: item[0])
        return _COMPACT.encode(self.out)


def _terms(joined: str) -> list[str]:
    """What a telling is indexed by: its stems, and its subject and verb."""
    words, tab, act = joined.partition("\t")
    found = words.split()
    if tab:
        found.append(tab + act)
    return found


def _as_dict(event: Event) -> dict[str, Any]:
    """An event as ``dataclasses.asdict`` gives it (without its deep copies)."""
    citations = [{f: getattr(c, f) for f in _CITATION_FIELDS} for c in event.citations]
    return {"date": event.date, "text": event.text, "citations": citations}


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
            if serial is not None and (
                row is None or out is None or _serial(row) != serial or _serial(out) != serial
            ):
                return False
            self.buckets[name] = _Bucket(name, row and _body(row), out and _body(out))
        return True

    def update(self, added: dict[str, list[Telling]], removed: Iterable[str]) -> bool:
        """Fold sources' tellings in and removed sources out; False when the kept state
        was found broken (the caller folds every source into a fresh index)."""
        # the cyclic collector is paused: an update makes hundreds of thousands of objects
        # that live until it ends (none in cycles), which its full collections would walk
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._update(added, removed)
        finally:
            if enabled:
                gc.enable()

    def _update(self, added: dict[str, list[Telling]], removed: Iterable[str]) -> bool:
        folded = self.meta["sources"]
        gone = [sid for sid in removed if sid in folded]
        new = {sid: ts for sid, ts in added.items() if sid not in folded or sid in gone}
        need = {b for sid in gone for b in folded[sid]}
        for ts in new.values():
            for t in ts:
                reach = _reach(t.date)
                need |= reach if reach else set(self.meta["serials"]) | {T.YEARLESS}
        if not self._load(need) or not self._remove(set(gone)):
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

    def _remove(self, gone: set[str]) -> bool:
        """Drop removed sources' tellings and split their components among those left."""
        if not gone:
            return True
        affected: set[int] = set()
        for bucket in self.buckets.values():
            for pos, sid in enumerate(bucket.sids):
                if sid in gone and pos not in bucket.dead:
                    bucket.dead.add(pos)
                    affected.add(bucket.cids[pos])
                    bucket.changed = True
        members = self._members(affected)
        if members is None:
            return False
        for refs in members.values():
            for part in _connected([self._telling(r) for r in refs]):
                self._place([refs[i] for i in part])
        return True

    # -- adding --------------------------------------------------------------------------------

    def _add(self, new: list[Telling]) -> bool:
        """Link new tellings with each other and with the kept ones; place the components
        they make or join."""
        if not new:
            return True
        for bucket in self.buckets.values():
            bucket.kept = len(bucket.recs)
        refs: list[Ref] = []
        for t in new:
            bucket = self.buckets[bucket_of(t.date)]
            refs.append((bucket.name, bucket.append(t)))
        forest = _Forest()  # nodes: a new telling's position, or ("c", cid) for a component
        pool = Pool()
        for t in new:
            pool.add(t)
        parent = forest.parent
        kept = any(bucket.kept for bucket in self.buckets.values())  # else none to compare
        for i, t in enumerate(new):
            mine = forest.find(i)  # its set's root, followed through the unions below
            for j in pool.partners(i):
                if parent[j] == mine:
                    continue  # joined already (j < i: in the forest since its own turn)
                theirs = forest.find(j)
                if mine != theirs and linked(t, new[j]):
                    forest.parent[mine] = theirs  # `union`, both roots known
                    mine = theirs
            for ref in self._kept_partners(t) if kept else ():
                cid = self.buckets[ref[0]].cids[ref[1]]
                if forest.find(i) != forest.find(("c", cid)) and linked(t, self._telling(ref)):
                    forest.union(i, ("c", cid))
        groups: dict[Any, list[Any]] = defaultdict(list)
        for node in list(forest.parent):
            groups[forest.find(node)].append(node)
        joined = {node[1] for nodes in groups.values() for node in nodes if type(node) is tuple}
        members = self._members(joined)
        if members is None:
            return False
        for nodes in groups.values():
            found = [refs[node] for node in nodes if type(node) is int]
            for node in nodes:
                if type(node) is tuple:
                    found += members[node[1]]
            self._place(found)
        return True

    def _kept_partners(self, t: Telling) -> list[Ref]:
        """The kept tellings a new one is compared with: in the buckets its date reaches,
        those that hold one of its stems but the two commonest there (or its subject and
        verb), whose dates fit and that share enough words (see ``Pool``)."""
        mine = t.profile
        buckets = [self.buckets[b] for b in sorted(_reach(t.date) or self.buckets)
                   if b in self.buckets and self.buckets[b].kept]  # fmt: skip
        if not buckets:
            return []
        common = sorted(mine.stems, key=lambda s: -sum(len(b.post.get(s, ())) for b in buckets))
        probe = common[T.MIN_SHARED_WORDS - 1 :]
        act = _act(mine)
        if act:
            probe.append(act)
        found: list[Ref] = []
        for bucket in buckets:
            seen: set[int] = set()
            for term in probe:
                # positions are kept in order; the new tellings (at the end) are not placed
                posted = bucket.post.get(term, ())
                seen.update(islice(posted, bisect_left(posted, bucket.kept)))
            for pos in sorted(seen):
                if bucket.cids[pos] == _PENDING or pos in bucket.dead:
                    continue
                if not dates_may_fit(t.date, bucket.dates[pos]):
                    continue
                words, _, theirs = bucket.stems[pos].partition("\t")
                if (act and act == "\t" + theirs) or len(
                    mine.stems.intersection(words.split())
                ) >= T.MIN_SHARED_WORDS:
                    found.append((bucket.name, pos))
        return found

    # -- components ----------------------------------------------------------------------------

    def _telling(self, ref: Ref) -> Telling:
        return self.buckets[ref[0]].telling(ref[1])

    def _members(self, cids: set[int]) -> dict[int, list[Ref]] | None:
        """The live tellings of components (reading the other buckets they lie in), their
        events let go; None when a bucket is broken."""
        spans = self.meta["spans"]
        if not self._load({b for cid in cids for b in spans.get(str(cid), ())}):
            return None
        members: dict[int, list[Ref]] = {cid: [] for cid in cids}
        for bucket in self.buckets.values():
            for pos, cid in enumerate(bucket.cids):
                if cid in members and pos not in bucket.dead:
                    members[cid].append((bucket.name, pos))
            if any(item[1] in members for item in bucket.out):
                bucket.out = [item for item in bucket.out if item[1] not in members]
                bucket.changed = True
        for cid in cids:
            spans.pop(str(cid), None)
        return members

    def _place(self, refs: list[Ref]) -> None:
        """Keep a component: its tellings marked with it, its events in their buckets."""
        if not refs:
            return
        cid = self.meta["next"]
        self.meta["next"] = cid + 1
        for name, pos in refs:
            bucket = self.buckets[name]
            bucket.cids[pos] = cid
            bucket.changed = True
        for event in cluster_events([self._telling(r) for r in refs]):
            bucket = self.buckets[bucket_of(event.date)]
            bucket.out.append([list(event_key(event)), cid, _as_dict(event)])
            bucket.changed = True
        names = {name for name, _ in refs}
        if len(names) > 1:
            self.meta["spans"][str(cid)] = sorted(names)

    def _save(self) -> None:
        """Write the changed buckets, then the summary that vouches for them."""
        serial = secrets.token_hex(8)  # never the serial of a row an earlier state wrote
        for name, bucket in sorted(self.buckets.items()):
            if not bucket.changed:
                continue
            self.rows.put(OUT + name, f"{serial}\n{bucket.out_row()}")
            self.rows.put(name, f"{serial}\n{bucket.row()}")
            self.meta["serials"][name] = serial
        self.rows.put(META, json.dumps(self.meta, separators=(",", ":")))

    # -- reading -------------------------------------------------------------------------------

    def events(self) -> Iterable[dict[str, Any]]:
        """The timeline's events (as dictionaries), in order."""
        for name in sorted(self.meta["serials"]):
            out = self.rows.get(OUT + name)
            for _key, _cid, event in json.loads(_body(out)) if out else ():
                yield event


def _serial(row: str) -> str:
    return row[: row.index("\n")]


def _body(row: str) -> str:
    return row[row.index("\n") + 1 :]


def _connected(members: list[Telling]) -> list[list[int]]:
    """The linked parts of a set of tellings, as positions in it."""
    pool = Pool()
    for t in members:
        pool.add(t)
    forest = _Forest()
    for i in range(len(members)):
        forest.find(i)
        for j in pool.partners(i):
            if forest.find(i) != forest.find(j) and linked(members[i], members[j]):
                forest.union(i, j)
    parts: dict[int, list[int]] = defaultdict(list)
    for i in range(len(members)):
        parts[forest.find(i)].append(i)
    return list(parts.values())
