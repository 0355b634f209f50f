"""Merging events across sources: the same event told several times becomes one entry.

``merge_events`` works on tellings: each citation of each input event, with the date its
event has. Two tellings are linked when their dates fit and their main clauses say the same
(``timeline_words.profile``):

- the same date: half the content words of the smaller clause shared, at least three, and
  no two different sets of countries as actors (words are not weighted by how many tellings
  share them: a weight that depends on the whole desk would let a new source undo an earlier
  merge);
- one date refining the other (a month and a day in it): the same with 70% shared, or the
  same country doing the same thing ("Syria recognized ..." / "Syria decided to recognize");
- a day and month without a year (``XXXX-07-13``) and the same day and month dated in another
  source, with a country in common and half shared: the telling takes that year;
- an undated headline of a news page without a publication date (``XXXX``) and a day dated in
  another source, with a country in common and 70% shared: it is cited on that event;
- a news clause placed on or before its publication day and a day up to three days earlier
  in another source (70% shared), or another such clause (half shared).

Linked tellings form one event (connected components); a component holding two days that
cannot both be right is split, each telling going to the day it fits and reads most like.
The event takes the most specific date and the wording of its best-dated telling, cited
first; where some tellings gave no year or date, it says the date comes from the others.

Merging is the same whether events arrive at once or in steps: ``merge_events(merged + new)``
equals merging everything, as long as the tellings a merge could not place yet
(``undated_events`` of the earlier events) are passed again with the new events. One case
stays order-sensitive: a telling linked to two days that cannot both be right goes to the day
it reads most like, and a merge made before the second day arrived is not undone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain, islice
from typing import Any

from sourcedesk.records import Citation, Event
from sourcedesk.research import timeline_data as T
from sourcedesk.research.timeline_words import DATE_WORD, Profile, overlap, profile

__all__ = [
    "Pool",
    "Telling",
    "cluster_events",
    "linked",
    "merge_events",
    "tellings_of",
    "undated_events",
]

DATE_CACHE = 20_000  # distinct dates whose comparison lists are kept
_EXPLICIT_YEAR = re.compile(r"\b[12]\d{3}\b")
_ANY_DATE_WORD = re.compile(rf"\b(?:{DATE_WORD})\b", re.I)


@dataclass(frozen=True)
class Telling:
    """One citation of an input event, with that event's date."""

    citation: Citation | None  # None for an event given without citations
    date: str
    text: str | None  # the event's description when this citation carries it
    group: int  # which input event it came from
    placed: bool  # its input event carried the note that others placed some of its tellings
    bounded: bool  # placed on or before its page's publication day, not dated by its words
    profile: Profile

    @property
    def key(self) -> tuple[str, int, int]:
        """What identifies a telling: the cited span (the event, when it cites nothing)."""
        if self.citation is None:
            return ("", self.group, 0)
        return (self.citation.source_id, self.citation.start, self.citation.end)

    @property
    def quote(self) -> str:
        """The cited words (the description, when it cites nothing)."""
        return self.citation.quote if self.citation else self.text or ""


def _unplaced(when: str) -> bool:
    """Whether a date lacks its year (``XXXX-MM-DD``) or is missing (``XXXX``)."""
    return when.startswith(T.YEARLESS)


def _is_day(when: str) -> bool:
    """Whether a date is a day with its year."""
    return when.count("-") == 2 and not _unplaced(when)


def undated_events(events: list[Event]) -> list[Event]:
    """The events no year or date was found for, which ``merge_events`` leaves out until
    another source places them: keep them beside a merged timeline and pass them again."""
    return [e for e in events if _unplaced(e.date)]


# --- tellings --------------------------------------------------------------------------------


def _expand(events: list[Event], read: Callable[[str], Profile] = profile) -> list[Telling]:
    """Every citation of every event as a telling; a span cited twice is kept once, in the
    dated event with the most citations that holds it. `read` gives a quote's profile."""
    best: dict[tuple[str, int, int], tuple[tuple, Telling]] = {}
    for g, event in enumerate(sorted(events, key=_event_key)):
        text = event.text
        placed = text.endswith(" " + T.PLACED_NOTE)
        if placed:
            text = text[: -len(T.PLACED_NOTE) - 1]
        # a group is placed on or before publication only when all its tellings are
        bounded = T.ON_OR_BEFORE.search(text) is not None and _is_day(event.date)
        cited: tuple[Citation | None, ...] = event.citations or (None,)
        for i, c in enumerate(cited):
            citation = c and Citation(0, c.source_id, c.start, c.end, c.quote, c.origin, c.title)
            quote = c.quote if c else text
            own = text if i == 0 else None
            telling = Telling(citation, event.date, own, g, placed, bounded, read(quote))
            rank = (_unplaced(event.date), -len(cited), i)
            kept = best.get(telling.key)
            if kept is None or rank < kept[0]:
                best[telling.key] = (rank, telling)
    return [t for _rank, t in sorted(best.values(), key=lambda item: _telling_order(item[1]))]


def _telling_order(t: Telling) -> tuple:
    """A fixed order of tellings (by date, then by cited span)."""
    return (_date_key(t.date), t.key)


# --- linking ---------------------------------------------------------------------------------


def _days_apart(a: str, b: str) -> int:
    """How many days day b comes after day a."""
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def _relation(a: Telling, b: Telling) -> str:
    """How the dates of two tellings fit: "same", "refined", "yearless", "undated",
    "bounded" or "" (they do not)."""
    if a.bounded or b.bounded:
        return _bounded_relation(a, b)
    if _unplaced(a.date) or _unplaced(b.date):
        return _unplaced_relation(a.date, b.date)
    if a.date == b.date:
        return "same"
    n = min(len(a.date), len(b.date))
    return "refined" if a.date[:n] == b.date[:n] else ""


def _bounded_relation(a: Telling, b: Telling) -> str:
    """Two news clauses placed on or before publication, or one and a day dated elsewhere."""
    if not (_is_day(a.date) and _is_day(b.date)):
        return ""
    if a.bounded and b.bounded:
        return "same" if abs(_days_apart(a.date, b.date)) <= T.STORY_DAYS else ""
    bound, other = (a, b) if a.bounded else (b, a)
    return "bounded" if 0 <= _days_apart(other.date, bound.date) <= T.STORY_DAYS else ""


def _unplaced_relation(a: str, b: str) -> str:
    """A date without its year, or no date, and another date."""
    if _unplaced(a) and _unplaced(b):
        return "same" if a == b and len(a) > len(T.YEARLESS) else ""
    placed, other = (b, a) if _unplaced(a) else (a, b)
    if other == T.YEARLESS:
        return "undated" if _is_day(placed) else ""
    return "yearless" if placed[4:] == other[4:] else ""


def _linked(a: Telling, b: Telling) -> bool:
    """Whether two tellings tell the same event."""
    relation = _relation(a, b)
    if not relation or (relation != "same" and relation != "refined" and a.key[0] == b.key[0]):
        return False
    pa, pb = a.profile, b.profile
    if pa.actors and pb.actors and not pa.actors & pb.actors:
        return False
    if relation in ("yearless", "undated") and not pa.names & pb.names:
        return False  # placing a telling by another source needs someone in common
    if relation == "refined" and not (pa.precision and pb.precision):
        return False  # a clause that states no date refines no other
    if relation == "refined" and pa.verb and (pa.subject, pa.verb) == (pb.subject, pb.verb):
        return True
    if len(pa.stems & pb.stems) < T.MIN_SHARED_WORDS:
        return False
    # a day and a month told in other words need more in common; which is which is read from
    # the clauses, not from their events' dates, which a merge refines
    stated = {pa.precision, pb.precision} - {0}  # a clause with no date took its event's
    refined = relation in ("undated", "bounded") or len(stated) > 1
    needed = T.REFINED_DATE_OVERLAP if refined else T.SAME_DATE_OVERLAP
    return overlap(pa, pb) >= needed


def _index_keys(when: str) -> list[tuple[str, str]]:
    """The lists of a `Pool` a telling of this date goes in: its date, each coarser date it
    refines ("finer"), and for a day with its year its day-month and the list of all days."""
    if when == T.YEARLESS:
        return [("undated", "")]
    if _unplaced(when):
        return [("date", when)]
    keys = [("date", when)] + [("finer", c) for c in _coarser(when)]
    if _is_day(when):
        keys += [("day-month", when[4:]), ("days", "")]
    return keys


def _partner_keys(when: str) -> list[tuple[str, str]]:
    """The lists holding the tellings a telling of this date may be linked with: the same
    date, a coarser or finer one, the days just before and after it (see _relation), a
    yearless day and that day-month in some year, an undated telling and any day."""
    if when == T.YEARLESS:
        return [("days", "")]
    if _unplaced(when):
        return [("date", when), ("day-month", when[4:])]
    keys = [("date", when), ("finer", when)] + [("date", c) for c in _coarser(when)]
    if _is_day(when):
        near = _days_after(when, 1) + _days_after(when, -1)
        keys += [("date", d) for d in near]
        keys += [("date", T.YEARLESS + when[4:]), ("undated", "")]
    return keys


def dates_may_fit(when: str, other: str) -> bool:
    """Whether a telling of date `other` is in the lists a `Pool` searches for a telling of
    date `when`: whether merging compares the two at all."""
    return not _partner_set(when).isdisjoint(_index_set(other))


@lru_cache(maxsize=DATE_CACHE)
def _partner_set(when: str) -> frozenset[tuple[str, str]]:
    return frozenset(_partner_keys(when))


@lru_cache(maxsize=DATE_CACHE)
def _partner_key_tuple(when: str) -> tuple[tuple[str, str], ...]:
    return tuple(dict.fromkeys(_partner_keys(when)))


@lru_cache(maxsize=DATE_CACHE)
def _index_set(when: str) -> frozenset[tuple[str, str]]:
    return frozenset(_index_keys(when))


def _coarser(when: str) -> list[str]:
    """The coarser dates a date refines: 2022-07-13 -> 2022-07, 2022."""
    return [when[:k] for k, ch in enumerate(when) if ch == "-"]


def _days_after(when: str, step: int = 1) -> list[str]:
    """The days up to STORY_DAYS after a day (before it with step -1): a news clause placed
    on or before publication may stand for them (see _relation)."""
    try:
        day = date.fromisoformat(when)
    except ValueError:
        return []
    reach = range(1, T.STORY_DAYS + 1)
    try:
        return [(day + timedelta(days=k * step)).isoformat() for k in reach]
    except OverflowError:
        return []


class Pool:
    """Tellings indexed by date and word, to find the pairs merging compares.

    Only tellings whose dates may fit (`_partner_keys`) and that share enough words (at least
    ``MIN_SHARED_WORDS`` stems, or the same subject doing the same thing) are compared, so
    merging stays near-linear in the number of tellings: a year of coverage is not compared
    pair by pair. Whether two tellings are compared depends on the two alone, so a pool of
    some tellings finds the same pairs among them as a pool of more.

    Two clauses sharing n stems share one of the first len - n + 1 stems of each in any fixed
    order, so each telling is indexed (and looks others up) by its rarest stems only, rarity
    counted over the pool when it is first searched (prefix filtering): the common words of
    a desk's story, which most tellings of a year hold, are never walked through.
    """

    def __init__(self) -> None:
        """An empty pool."""
        self.items: list[Telling] = []
        self._lists: dict[tuple[str, str], list[int]] = defaultdict(list)
        self._postings: dict[tuple[str, str], dict[Any, list[int]]] = {}
        self._counts: defaultdict[str, int] | None = None  # stem rarity, fixed when searched
        self._terms_of: dict[int, list[Any]] = {}
        self._stems: list[frozenset[str]] = []  # each telling's stems, and its subject and verb
        self._acts: list[tuple[str, str] | None] = []

    def add(self, telling: Telling) -> int:
        """Put a telling in the pool; its index."""
        i = len(self.items)
        self.items.append(telling)
        p = telling.profile
        self._stems.append(p.stems)
        self._acts.append((p.subject, p.verb) if p.verb else None)
        for key in _index_keys(telling.date):
            self._lists[key].append(i)
            postings = self._postings.get(key)
            if postings is not None:
                for term in self._terms(i):
                    postings.setdefault(term, []).append(i)
        return i

    def _terms(self, i: int) -> list[Any]:
        """What a telling is indexed and looked up by: its rarest stems (all but the
        MIN_SHARED_WORDS - 1 commonest), and its subject and verb."""
        found = self._terms_of.get(i)
        if found is not None:
            return found
        if self._counts is None:
            self._counts = defaultdict(int)
            for t in self.items:
                for s in t.profile.stems:
                    self._counts[s] += 1
        counts, p = self._counts, self.items[i].profile
        keep = len(p.stems) - T.MIN_SHARED_WORDS + 1
        terms: list[Any] = []
        if keep > 0:  # by rarity, then by the stem (a stable sort of the sorted stems)
            terms = sorted(p.stems)
            terms.sort(key=counts.__getitem__)  # a stem not counted counts 0 (a defaultdict)
            del terms[keep:]
        if p.verb:
            terms.append((p.subject, p.verb))
        self._terms_of[i] = terms
        return terms

    def _postings_of(self, key: tuple[str, str]) -> dict[Any, list[int]]:
        postings = self._postings.get(key)
        if postings is None:
            postings = {}
            terms_of = self._terms_of
            for j in self._lists.get(key, ()):
                for term in terms_of.get(j) or self._terms(j):
                    posted = postings.get(term)
                    if posted is None:
                        postings[term] = [j]
                    else:
                        posted.append(j)
            self._postings[key] = postings
        return postings

    def partners(self, i: int) -> list[int]:
        """The tellings put in the pool before telling i that it is compared with, in order
        (each pair is found once, from its later telling)."""
        walked = []
        terms = self._terms(i)
        lists, kept = self._lists, self._postings
        for key in _partner_key_tuple(self.items[i].date):
            if key in lists:
                postings = kept.get(key)
                if postings is None:
                    postings = self._postings_of(key)
                for posted in filter(None, map(postings.get, terms)):
                    if posted[0] < i:  # in the order put in: those before i first
                        walked.append(islice(posted, bisect_left(posted, i)))
        # A telling is in at most one of the lists a date searches (`_partner_keys` against
        # `_index_keys`), so its count is how many terms it shares with telling i: three
        # mean three stems or the same subject and verb, and no stems need comparing.
        shared = Counter(chain.from_iterable(walked))
        stems, acts, need = self._stems, self._acts, T.MIN_SHARED_WORDS
        mine, act = stems[i], acts[i]
        if act is None:
            found = [j for j, n in shared.items() if n >= need or len(mine & stems[j]) >= need]
        else:
            found = [
                j
                for j, n in shared.items()
                if n >= need or acts[j] == act or len(mine & stems[j]) >= need
            ]
        found.sort()
        return found


class _Forest:
    """Union-find over telling indices (the smaller index represents a set)."""

    def __init__(self, n: int) -> None:
        """n singletons."""
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The representative of i's set."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        """Join the sets of i and j."""
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _components(tellings: list[Telling]) -> list[list[int]]:
    """Tellings of one input event together, and linked tellings together."""
    forest = _Forest(len(tellings))
    first: dict[int, int] = {}
    for i, t in enumerate(tellings):
        forest.union(i, first.setdefault(t.group, i))
    pool = Pool()
    for t in tellings:
        pool.add(t)
    for i in range(len(tellings)):
        for j in pool.partners(i):
            if forest.find(i) != forest.find(j) and _linked(tellings[i], tellings[j]):
                forest.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(tellings)):
        groups[forest.find(i)].append(i)
    return list(groups.values())


# --- clusters --------------------------------------------------------------------------------


def _fits(t: Telling, anchor: str) -> bool:
    """Whether a telling's date may stand for an anchor day or period."""
    if t.bounded:
        return _is_day(anchor) and 0 <= _days_apart(anchor, t.date) <= T.STORY_DAYS
    if t.date == T.YEARLESS:
        return _is_day(anchor)
    if _unplaced(t.date):
        return anchor[4:] == t.date[4:]
    return anchor.startswith(t.date)


def _anchors(members: list[int], tellings: list[Telling]) -> list[str]:
    """The dates a component may stand for: those no other date refines (tellings placed on
    or before publication count only when nothing else dates the component)."""
    dated = [tellings[i] for i in members if not _unplaced(tellings[i].date)]
    dates = {t.date for t in dated if not t.bounded}
    if not dates:
        return [min(t.date for t in dated)] if dated else []
    return sorted(d for d in dates if not any(o != d and o.startswith(d) for o in dates))


def _split(members: list[int], tellings: list[Telling]) -> list[tuple[str, list[int]]]:
    """A component as clusters: one per anchor date, each telling with the anchor it fits
    and reads most like."""
    anchors = _anchors(members, tellings)
    clusters: dict[str, list[int]] = {a: [] for a in anchors}
    by_date: dict[str, list[Telling]] = defaultdict(list)
    for i in members:
        by_date[tellings[i].date].append(tellings[i])
    everyone = [tellings[i] for i in members]
    # a telling fitting several anchors is compared with the tellings dated at each
    against = {a: by_date.get(a) or everyone for a in anchors}
    for i in members:
        fitting = [a for a in anchors if _fits(tellings[i], a)]
        if len(fitting) > 1:

            def score(anchor: str, i: int = i) -> tuple[float, str]:
                return (_closest(tellings[i], against[anchor]), anchor)

            fitting = [max(fitting, key=score)]
        if fitting:
            clusters[fitting[0]].append(i)
    return [(a, c) for a, c in clusters.items() if c]


def _closest(t: Telling, others: list[Telling]) -> float:
    """The most a telling reads like any of others (``overlap``, which is at most 1: the
    search stops at a telling it reads exactly like)."""
    best = 0.0
    for other in others:
        best = max(best, overlap(t.profile, other.profile))
        if best >= 1.0:
            break
    return best


def _strength(t: Telling) -> int:
    """How well a telling states its date: 0 with a year, 1 with a date word, 2 with none,
    3 when only placed on or before publication."""
    if t.bounded:
        return 3
    if _EXPLICIT_YEAR.search(t.quote):
        return 0
    return 1 if _ANY_DATE_WORD.search(t.quote) else 2


def _central(members: list[Telling], anchor: str) -> Telling:
    """The telling whose wording the event takes: dated at the event's date, stating its
    date best, of a readable length."""
    own = [t for t in members if t.date == anchor and not _unplaced(t.date)] or members
    # the least of (no description, _strength, distance from IDEAL_WORDS, key), each part
    # computed only for the tellings the parts before leave tied
    own = [t for t in own if t.text is not None] or own
    if len(own) > 1:
        strengths = [_strength(t) for t in own]
        least = min(strengths)
        own = [t for t, s in zip(own, strengths, strict=True) if s == least]

    def rank(t: Telling) -> tuple:
        return (abs(len(t.quote.split()) - T.IDEAL_WORDS), t.key)

    return min(own, key=rank)


def _event(anchor: str, members: list[Telling]) -> Event:
    """One event from the tellings of a cluster, the central telling cited first."""
    central = _central(members, anchor)
    rest = sorted((t for t in members if t is not central), key=lambda t: t.key)
    cited = [t.citation for t in (central, *rest) if t.citation is not None]
    citations = tuple(
        Citation(n, c.source_id, c.start, c.end, c.quote, c.origin, c.title)
        for n, c in enumerate(cited, start=1)
    )
    text = central.text if central.text is not None else central.quote
    if any(t.placed or _unplaced(t.date) for t in members):
        text = f"{text} {T.PLACED_NOTE}"
    return Event(anchor, text, citations)


def tellings_of(events: list[Event], read: Callable[[str], Profile] = profile) -> list[Telling]:
    """The tellings of one source's events, as ``merge_events`` reads them (`read` gives a
    quote's profile, e.g. one kept with the source)."""
    return _expand(events, read)


def linked(a: Telling, b: Telling) -> bool:
    """Whether two tellings tell the same event (for a pair a `Pool` proposes)."""
    return _linked(a, b)


def cluster_events(members: list[Telling]) -> list[Event]:
    """The events of one component of linked tellings (one per date it splits into)."""
    return [
        _event(a, [members[i] for i in c]) for a, c in _split(list(range(len(members))), members)
    ]


def event_key(event: Event) -> tuple:
    """The order of a timeline: by date (missing parts first in their period), then wording."""
    return _event_key(event)


def merge_events(events: list[Event]) -> list[Event]:
    """The same event told several times merged into one citing every source, sorted by date.

    Tellings no source dates fully (``undated_events``) are left out unless merged.
    """
    tellings = _expand(events)
    merged = []
    for members in _components(tellings):
        for anchor, cluster in _split(members, tellings):
            merged.append(_event(anchor, [tellings[i] for i in cluster]))
    return sorted(merged, key=_event_key)


def _date_key(when: str) -> tuple[int, ...]:
    """A date as numbers, missing parts first in their period; unplaced dates last."""
    numbers = [10_000 if p == T.YEARLESS else int(p) for p in when.split("-")] + [0, 0]
    return tuple(numbers[:3])


def _event_key(event: Event) -> tuple:
    """Sort key: the date with missing parts first in their period, then the wording."""
    first = event.citations[0] if event.citations else None
    return (
        *_date_key(event.date),
        event.text,
        first.source_id if first else "",
        first.start if first else 0,
    )
