"""Research views over a whole desk: the glue between the store and the pure research functions.

Each function reads what it needs from a store and calls one research module; the `Desk`
facade exposes them. Exact copies (`duplicate_of`) are left out: they are one voice with their
original.

Work is kept in the store so that a large desk stays quick, at two levels:

- per source, computed once when the source is added (`prepare`): its dated events (with the
  profile merging compares of each clause), its claim mentions (``claim_codec``) and its
  MinHash signature;
- per desk, updated when sources are added or removed (`refresh`): the claim index
  (``claim_index``: matched pairs, conflicts) folds the new sources' mentions in and drops the
  removed ones without recomputing the rest; the timeline index (``timeline_index``) folds the
  new sources' tellings into its kept components and splits those a removed source leaves
  (see `_refresh_timeline`). The views' answers (timeline, conflicts, claims, entities) are
  kept with the desk's version, so a call after an add reads them.

Each view catches up only with what it reads: `timeline` prepares the new sources' events and
folds the timeline; `claims` and `conflicts` prepare their claim mentions and fold the claim
index (`refresh(timeline=..., claims=...)`).
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields
from typing import Any, TypeVar

import numpy as np

from sourcedesk import __version__
from sourcedesk.records import (
    PICTURE_CAPTIONS,
    Citation,
    Claim,
    DateMention,
    Entity,
    Event,
    Source,
)
from sourcedesk.research.claim_codec import CODEC_VERSION, StoredMentions, encode_mentions
from sourcedesk.research.claim_state import (
    STATE_VERSION,
    ClaimState,
    SourceEntry,
    decode_signature,
    encode_signature,
    ref,
)
from sourcedesk.research.claims import ClaimMention, SourceText, extract_claims
from sourcedesk.research.dates import tag_dates, told_as_of_its_date, topic_year
from sourcedesk.research.diff import diff_sources
from sourcedesk.research.entities import extract_entities
from sourcedesk.research.post_holders import post_conflicts
from sourcedesk.research.timeline import events_for_source
from sourcedesk.research.timeline_index import FORMAT as TIMELINE_FORMAT
from sourcedesk.research.timeline_index import TimelineIndex, decode_profile, encode_profile
from sourcedesk.research.timeline_merge import Telling, tellings_of
from sourcedesk.research.timeline_words import Profile, profile
from sourcedesk.workers import worker_pool

# conflicts and copies import datasketch (and SciPy behind it: a second of start-up), so they
# are imported where they are used, not when the command starts.

T = TypeVar("T")
# Cached results are only reused by the code that made them.
CODE_VERSION = __version__
# Rows kept per source (`derived`) and per desk (`desk_cache`).
# "events-4": an encyclopedia article's yearless days are read in its title's year ("2025 Orsa
# landslide"), and an update's stamp ("UPDATE 20 May:") dates its paragraph; "events-3": a news
# page's yearless days are not dated by a year of how something began ("founded in 1988");
# "events-2": a statement's or a post's are read by its date
EVENTS_ROW, CLAIMS_ROW, PAIRS_ROW, SIGNATURE_ROW = "events-4", "claims", "claim-pairs", "copy-sig"
CLAIM_STATE, CLAIM_STATE_AT, SIGNATURES = "claim-state", "claim-state-at", "claim-signatures"
# "entities-2": places, pieces of longer names and titles before names are read apart from
# persons; a desk made by older code reads its entities again at the first view
ENTITIES_ROW = "entities-2"
NAME_CONFLICTS = "name-conflicts-1"  # `post_holders`; the number changes with its reading
WORDED_APART = "worded-apart-1"  # `figure_pairs`; the number changes with its reading
CONFLICT_SHARD, CONFLICT_SHARDS = "claim-conflicts-", 64  # conflicts kept in rows by key
# the claim index's rows are read by the same code, over mentions read the same way
KEPT = f"{CODE_VERSION}/{STATE_VERSION}/{CODEC_VERSION}"
TIMELINE_ROWS, TIMELINE_KEPT = "timeline-", f"{CODE_VERSION}/{TIMELINE_FORMAT}"
_NO_SIGNATURE = ""
# What `prepare` computes per source: the timeline reads EVENTS_ROW, claims and conflicts
# CLAIMS_ROW (the copy signature is kept with it).
TIMELINE_PARTS, CLAIM_PARTS = frozenset({EVENTS_ROW}), frozenset({CLAIMS_ROW})
ALL_PARTS = TIMELINE_PARTS | CLAIM_PARTS
PARALLEL_MIN_SOURCES = 8  # fewer new sources are read in this process
PARALLEL_CHUNK = 4
FOLD_CHUNK = 500
_CITATION_FIELDS = tuple(f.name for f in fields(Citation))


def spans(store: Any, source: Source) -> list[tuple[int, int]]:
    """A source's sentence spans as stored at ingest."""
    return [(row.start, row.end) for row in store.sentences(source.id)]


def story_spans(store: Any, source: Source) -> list[tuple[int, int]]:
    """A source's sentence spans less its picture captions, which date what a picture shows
    ("The east dome in 2019"), not an event of the story."""
    return _story_of(store.sentences(source.id))


def _story_of(rows: list[Any]) -> list[tuple[int, int]]:
    return [(row.start, row.end) for row in rows if row.heading != PICTURE_CAPTIONS]


def _both_spans(store: Any, source: Source) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A source's sentence spans, all and without captions (`story_spans`), read once."""
    rows = store.sentences(source.id)
    return [(row.start, row.end) for row in rows], _story_of(rows)


def originals(store: Any) -> list[Source]:
    """Every source that is not an exact copy of another."""
    return [s for s in store.list_sources() if not s.duplicate_of]


def original_details(store: Any) -> list[Source]:
    """`originals` without their clean text (`with_text` reads it when a source is worked on):
    a refresh after a few adds need not read every page of a large desk."""
    return [s for s in store.source_details() if not s.duplicate_of]


def with_text(store: Any, source: Source) -> Source:
    """The source with its clean text (read from the store when `source` is details only)."""
    if source.text:
        return source
    return store.get_source(source.id) or source


def source_text(store: Any, source: Source) -> SourceText:
    """The record the cross-source functions read."""
    return SourceText(
        id=source.id,
        title=source.title,
        text=source.text,
        published=source.published,
        sentences=tuple(spans(store, source)),
        revision_of=source.revision_of,
        duplicate_of=source.duplicate_of,
        origin=source.origin,
    )


def dates(source: Source) -> list[DateMention]:
    """Every date expression in one source, resolved against its publication date."""
    return source_dates(source)


def source_dates(source: Source) -> list[DateMention]:
    """A source's dates, read as of its publication date (news) or in its title's year (an
    encyclopedia article about one year's event)."""
    news = told_as_of_its_date(source.kind)
    topic = None if news else topic_year(source.title)
    return tag_dates(source.text, source.published, news=news, topic_year=topic)


# -- per source --------------------------------------------------------------------------------


def prepare(
    store: Any, sources: list[Source], workers: int = 1, parts: frozenset[str] = ALL_PARTS
) -> None:
    """Compute and keep what the desk-wide views read of each source that lacks it, in
    worker processes when there are many: `parts` names which rows (EVENTS for the
    timeline; CLAIMS, with the copy signature, for claims and conflicts)."""
    _prepare_items(store, [(s, parts) for s in sources], workers)


def _missing(store: Any, source: Source, parts: frozenset[str]) -> frozenset[str]:
    """The parts a source's kept rows lack (a source's signature goes with its claims)."""
    return frozenset(p for p in parts if store.derived(source.id, p) is None)


def _prepare_items(store: Any, wanted: list[tuple[Source, frozenset[str]]], workers: int) -> None:
    """Compute the rows each source lacks of those it is wanted for, and keep them."""
    todo = []
    for source, parts in wanted:
        missing = set() if source.duplicate_of else _missing(store, source, parts)
        if missing:
            todo.append((with_text(store, source), frozenset(missing)))
    items = [(s, *_both_spans(store, s), parts) for s, parts in todo]
    if workers > 1 and len(items) >= PARALLEL_MIN_SOURCES:
        with worker_pool(workers) as pool:
            done = list(pool.map(_per_source, items, chunksize=PARALLEL_CHUNK))
    else:
        done = [_per_source(item) for item in items]
    for (source, _), rows in zip(todo, done, strict=True):
        for name, row in rows:
            store.put_derived(source.id, name, row)


def _per_source(
    item: tuple[Source, list[tuple[int, int]], list[tuple[int, int]], frozenset[str]],
) -> list[tuple[str, str]]:
    """One source's kept rows of the wanted parts (in a worker): its events; its claim
    mentions and copy signature."""
    source, sentences, story, parts = item
    rows = []
    if EVENTS_ROW in parts:
        events = events_for_source(
            source.id, source.text, story, published=source.published,
            news=told_as_of_its_date(source.kind), origin=source.origin, title=source.title,
            language=source.language,
        )  # fmt: skip
        rows.append((EVENTS_ROW, _events_row(events)))
    if CLAIMS_ROW in parts:
        from sourcedesk.research.copies import signature_values

        record = SourceText(
            source.id, source.title, source.text, source.published, tuple(sentences),
            source.revision_of, source.duplicate_of, source.origin,
        )  # fmt: skip
        values = signature_values(source.text)
        rows.append((CLAIMS_ROW, encode_mentions(extract_claims(record))))
        rows.append((SIGNATURE_ROW, _NO_SIGNATURE if values is None else encode_signature(values)))
    return rows


def _events_row(events: list[Event]) -> str:
    """A source's events as kept, each with the profile merging reads of its clause."""
    return json.dumps(
        [{**_event_fields(e), "profile": encode_profile(profile(e.citations[0].quote))}
         for e in events]
    )  # fmt: skip


def _event_fields(event: Event) -> dict[str, Any]:
    """`dataclasses.asdict` of an event (its fields are plain values), without its deep copy."""
    return {
        "date": event.date,
        "text": event.text,
        "citations": [
            {name: getattr(c, name) for name in _CITATION_FIELDS} for c in event.citations
        ],
    }


def source_events(store: Any, source: Source) -> list[Event]:
    """The dated events one source tells, computed once per source and kept."""
    return [_event(item) for item in _source_event_items(store, source)]


def source_tellings(store: Any, source: Source) -> list[Telling]:
    """A source's events as the tellings merging compares (profiles as kept)."""
    items = _source_event_items(store, source)
    kept: dict[str, Profile] = {
        item["citations"][0]["quote"]: decode_profile(item["profile"])
        for item in items
        if "profile" in item and item["citations"]
    }
    return tellings_of([_event(item) for item in items], lambda q: kept.get(q) or profile(q))


def _source_event_items(store: Any, source: Source) -> list[dict[str, Any]]:
    hit = store.derived(source.id, EVENTS_ROW)
    if hit is not None:
        return list(json.loads(hit))
    source = with_text(store, source)
    events = events_for_source(
        source.id,
        source.text,
        story_spans(store, source),
        published=source.published,
        news=told_as_of_its_date(source.kind),
        origin=source.origin,
        title=source.title,
        language=source.language,
    )
    row = _events_row(events)
    store.put_derived(source.id, EVENTS_ROW, row)
    return list(json.loads(row))


def _signature(store: Any, source: Source) -> np.ndarray | None:
    """A source's MinHash signature, computed once and kept."""
    hit = store.derived(source.id, SIGNATURE_ROW)
    if hit is not None:
        return decode_signature(hit) if hit != _NO_SIGNATURE else None
    from sourcedesk.research.copies import signature_values

    values = signature_values(with_text(store, source).text)
    store.put_derived(source.id, SIGNATURE_ROW, _NO_SIGNATURE if values is None
                      else encode_signature(values))  # fmt: skip
    return values


def _entry(source: Source) -> SourceEntry:
    linked = tuple(x for x in (source.revision_of, source.duplicate_of) if x)
    return SourceEntry(source.id, -1, linked, title=source.title, origin=source.origin)


class _Rows:
    """What the claim index reads per source, from the store (`claim_index.Loader`)."""

    def __init__(self, store: Any, sources: dict[str, Source]) -> None:
        self.store, self.sources = store, sources

    def _source(self, sid: str) -> Source:
        found = self.sources.get(sid)
        found = with_text(self.store, found) if found else self.store.get_source(sid)
        self.sources[sid] = found
        return found

    def mentions(self, entry: SourceEntry) -> StoredMentions:
        """A source's mentions from its row (extracted and kept when it has none yet)."""
        source = self._source(entry.id)
        row = self.store.derived(entry.id, CLAIMS_ROW)
        found = None if row is None else self._read(row, source, entry)
        if found is None or not found.valid:
            row = encode_mentions(extract_claims(source_text(self.store, source)))
            self.store.put_derived(entry.id, CLAIMS_ROW, row)
            found = self._read(row, source, entry)
        return found

    def _read(self, row: str, source: Source, entry: SourceEntry) -> StoredMentions:
        return StoredMentions(row, source.id, source.text, title=source.title,
                              origin=source.origin, linked=entry.linked)  # fmt: skip

    def signature(self, entry: SourceEntry) -> np.ndarray | None:
        """A source's MinHash signature values."""
        return _signature(self.store, self._source(entry.id))

    def pairs(self, entry: SourceEntry) -> list[tuple[int, int]]:
        """The matched pairs kept with a source."""
        row = self.store.derived(entry.id, PAIRS_ROW)
        return [(i, j) for i, j in json.loads(row)] if row else []

    def put_pairs(self, entry: SourceEntry, pairs: list[tuple[int, int]]) -> None:
        """Keep matched pairs with a source."""
        self.store.put_derived(entry.id, PAIRS_ROW, json.dumps(pairs, separators=(",", ":")))


# -- keeping the desk-wide views up to date ----------------------------------------------------


def refresh(
    store: Any,
    gone: dict[str, list[ClaimMention]] | None = None,
    workers: int = 0,
    *,
    timeline: bool = True,
    claims: bool = True,
) -> None:
    """Bring the claim index (unless `claims` is False) and the merged timeline (unless
    `timeline` is False) up to the desk's sources (folding in the added ones, dropping the
    removed ones), and keep the views' answers. Each prepares only what it reads of the new
    sources (`workers` processes when there are many; 0: one per core)."""
    version = store.version()
    do_claims = claims and store.cached(CLAIM_STATE_AT, KEPT) != version
    do_timeline = timeline and store.cached("timeline", _stamp(version)) is None
    if not (do_claims or do_timeline):
        return
    sources = original_details(store)
    state = _load_state(store) if do_claims else None
    _prepare_items(
        store, _wanted(store, sources, state, do_timeline), workers or os.cpu_count() or 1
    )
    if state is not None:
        _refresh_claims(store, state, sources, version, gone or {})
    if do_timeline:
        _refresh_timeline(store, sources, version)


def _wanted(
    store: Any, sources: list[Source], state: ClaimState | None, timeline: bool
) -> list[tuple[Source, frozenset[str]]]:
    """The sources an update folds in, each with the parts it needs prepared: claims for
    those the claim index (`state`, when it is updated) lacks, events for those the timeline
    lacks (when it is updated)."""
    known = {s.id for s in state.sources} if state is not None else None
    folded = TimelineIndex(_TimelineRows(store)).sources() if timeline else None
    wanted = []
    for source in sources:
        parts: frozenset[str] = frozenset()
        if known is not None and source.id not in known:
            parts |= CLAIM_PARTS
        if folded is not None and source.id not in folded:
            parts |= TIMELINE_PARTS
        if parts:
            wanted.append((source, parts))
    return wanted


@contextmanager
def removing(store: Any, source: Source) -> Iterator[None]:
    """Around the removal of a source: its mentions are read before it goes, then the views
    are updated without it."""
    gone = {}
    if not source.duplicate_of and store.derived(source.id, CLAIMS_ROW) is not None:
        gone[source.id] = _Rows(store, {source.id: source}).mentions(_entry(source)).all()
    yield
    refresh(store, gone, timeline=False)  # the removed mentions are only known now


def _load_state(store: Any) -> ClaimState:
    hit = store.cached(CLAIM_STATE, KEPT)
    state = ClaimState.from_json(hit) if hit is not None else None
    return state or ClaimState()


def _refresh_claims(
    store: Any,
    state: ClaimState,
    sources: list[Source],
    version: str,
    gone: dict[str, list[ClaimMention]],
) -> None:
    from sourcedesk.research.claim_index import update

    hit = store.cached(SIGNATURES, KEPT) if state.sources else None
    signatures = {int(k): decode_signature(v) for k, v in json.loads(hit).items()} if hit else {}
    if hit is None:
        state = ClaimState(next_sn=state.next_sn)  # no signatures kept: fold the desk again
    rows = _Rows(store, {s.id: s for s in sources})
    live = [_entry(s) for s in sources]
    for cut in _chunks(live, {s.id for s in state.sources}):
        fresh = not state.sources
        state, report = update(state, live[:cut], rows, signatures, gone)
        gone = {}
        _keep_conflicts(store, report.conflicts, fresh=fresh or bool(report.rebuilt))
    state.desk_version = version
    kept = {k: encode_signature(v) for k, v in signatures.items()}
    store.put_cached(SIGNATURES, KEPT, json.dumps(kept))
    store.put_cached(CLAIM_STATE, KEPT, state.to_json())
    store.put_cached(CLAIM_STATE_AT, KEPT, version)


def _chunks(live: list[SourceEntry], known: set[str]) -> list[int]:
    """Where to cut the desk so that each update folds at most FOLD_CHUNK new sources (what an
    update holds in memory grows with them): new sources come after the folded ones."""
    new_at = [i for i, s in enumerate(live) if s.id not in known]
    if not new_at or any(s.id in known for s in live[new_at[0] :]):
        return [len(live)]
    return [new_at[k] for k in range(FOLD_CHUNK, len(new_at), FOLD_CHUNK)] + [len(live)]


def _shard(key: str) -> str:
    return f"{CONFLICT_SHARD}{zlib.crc32(key.encode()) % CONFLICT_SHARDS}"


def _keep_conflicts(store: Any, changed: dict[str, Any], fresh: bool) -> None:
    """Write the conflicts an update made or let go into their shards (all of them when the
    desk was folded from nothing)."""
    by_shard: dict[str, dict[str, Any]] = {}
    for key, item in changed.items():
        by_shard.setdefault(_shard(key), {})[key] = item
    names = [f"{CONFLICT_SHARD}{n}" for n in range(CONFLICT_SHARDS)] if fresh else by_shard
    for name in names:
        hit = None if fresh else store.cached(name, KEPT)
        rows = json.loads(hit) if hit else {}
        for key, item in by_shard.get(name, {}).items():
            if item is None:
                rows.pop(key, None)
            else:
                rows[key] = item
        store.put_cached(name, KEPT, json.dumps(rows, ensure_ascii=False))


def conflicts_of(items: Iterable[list[Any]]) -> list[dict[str, Any]]:
    """Kept conflicts ([first mention, key, conflict]) in the order their first mention comes,
    less those that only echo another (`conflicts.without_echoes`)."""
    from sourcedesk.research.conflicts import without_echoes

    return without_echoes([c for _, _, c in sorted(items, key=lambda item: item[:2])])


def _kept_conflicts(store: Any) -> list[dict[str, Any]]:
    items: list[list[Any]] = []
    for n in range(CONFLICT_SHARDS):
        hit = store.cached(f"{CONFLICT_SHARD}{n}", KEPT)
        items.extend(json.loads(hit).values() if hit else ())
    return conflicts_of(items)


class _TimelineRows:
    """The timeline index's rows, kept in the desk cache (`timeline_index.Rows`)."""

    def __init__(self, store: Any) -> None:
        self.store = store

    def get(self, name: str) -> str | None:
        """A row of the index."""
        hit = self.store.cached(TIMELINE_ROWS + name, TIMELINE_KEPT)
        return None if hit is None else str(hit)

    def put(self, name: str, payload: str) -> None:
        """Keep a row of the index."""
        self.store.put_cached(TIMELINE_ROWS + name, TIMELINE_KEPT, payload)


def _refresh_timeline(store: Any, sources: list[Source], version: str) -> None:
    """Fold the added sources' events into the kept timeline and the removed ones out
    (``timeline_index``): the work grows with the changed sources and the years they tell
    of, not with the desk. A state that was left broken is built again from every source."""
    if store.cached("timeline", _stamp(version)) is not None:
        return
    rows = _TimelineRows(store)
    index = TimelineIndex(rows)
    live = {s.id: s for s in sources}
    folded = index.sources()
    added = {s.id: source_tellings(store, s) for s in sources if s.id not in folded}
    if not index.update(added, folded - live.keys()):
        index = TimelineIndex(rows, fresh=True)
        index.update({s.id: source_tellings(store, s) for s in sources}, ())
    store.put_cached("timeline", _stamp(version), "kept")


# -- the views ---------------------------------------------------------------------------------


def _stamp(version: str) -> str:
    """A desk version as the cache keeps it: a new timeline format makes every kept view stale."""
    return f"{version}@{CODE_VERSION}/{TIMELINE_FORMAT}"


def _desk_cached(
    store: Any,
    key: str,
    compute: Callable[[], list[T]],
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
) -> list[T]:
    """A desk-wide result from the cache when the desk has not changed since, else computed."""
    version = _stamp(store.version())
    hit = store.cached(key, version)
    if hit is not None:
        return [decode(item) for item in json.loads(hit)]
    value = compute()
    store.put_cached(key, version, json.dumps([encode(v) for v in value], ensure_ascii=False))
    return value


def _citations(items: list[dict[str, Any]]) -> tuple[Citation, ...]:
    return tuple(Citation(**c) for c in items)


def _event(item: dict[str, Any]) -> Event:
    return Event(item["date"], item["text"], _citations(item["citations"]))


def _entity(item: dict[str, Any]) -> Entity:
    return Entity(
        item["name"], item["type"], tuple(item["aliases"]), tuple(item["roles"]),
        item["mentions"], _citations(item["citations"]),
    )  # fmt: skip


def _claim(item: dict[str, Any]) -> Claim:
    return Claim(
        item["text"], item["status"], item["voices"], _citations(item["citations"]),
        tuple(item["about"]),
    )  # fmt: skip


def stale(store: Any, view: str | None = None) -> bool:
    """Whether the desk changed since its research views (or the one named: "timeline",
    "claims" or "conflicts") were last brought up to date."""
    version = store.version()
    claims = view != "timeline" and store.cached(CLAIM_STATE_AT, KEPT) != version
    return claims or (
        view in (None, "timeline") and store.cached("timeline", _stamp(version)) is None
    )


def timeline(store: Any) -> list[Event]:
    """Dated events from every source, merged across sources, sorted by date."""
    refresh(store, claims=False)  # claims and conflicts catch up when they are asked for
    return [_event(item) for item in TimelineIndex(_TimelineRows(store)).events()]


def entities(store: Any) -> list[Entity]:
    """People, organisations and places across the desk, most mentioned first."""

    def compute() -> list[Entity]:
        sources = originals(store)
        docs = [(s.id, s.text, spans(store, s)) for s in sources]
        return extract_entities(docs, [s.language for s in sources])

    return _desk_cached(store, ENTITIES_ROW, compute, asdict, _entity)


def conflicts(store: Any) -> list[dict[str, Any]]:
    """Where sources contradict each other, both sides cited: the claims index's conflicts,
    then pages naming different holders of one post (`post_holders`)."""
    if store.cached(CLAIM_STATE_AT, KEPT) != store.version():
        refresh(store, timeline=False)  # the timeline catches up when it is asked for
    kept = _kept_conflicts(store)
    return dated(store, kept + _worded_apart(store, kept) + _name_conflicts(store))


def _worded_apart(store: Any, kept: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Figures of one thing worded apart by two articles (`figure_pairs`), kept while the desk
    is unchanged."""
    from sourcedesk.research.figure_pairs import worded_apart

    def compute() -> list[dict[str, Any]]:
        state = _load_state(store)
        mentions, _ = _all_mentions(state, _Rows(store, {s.id: s for s in originals(store)}))
        return worded_apart(mentions, state.copy_groups(), kept)

    return _desk_cached(store, WORDED_APART, compute, lambda c: c, lambda c: c)


def _name_conflicts(store: Any) -> list[dict[str, Any]]:
    """Pages naming different holders of one post, kept while the desk is unchanged."""

    def compute() -> list[dict[str, Any]]:
        sources = store.list_sources()
        return post_conflicts(sources, {s.id: store.sentences(s.id) for s in sources})

    return _desk_cached(store, NAME_CONFLICTS, compute, lambda c: c, lambda c: c)


def dated(store: Any, conflicts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Conflicts with their pages' publication dates (`conflicts.with_publication`)."""
    from sourcedesk.research.conflicts import with_publication

    return with_publication(conflicts, {s.id: s.published for s in store.source_details()})


def claims(store: Any) -> list[Claim]:
    """Statements with how many independent voices make them, and their status."""
    return _desk_cached(store, "claims", lambda: _claims(store), asdict, _claim)


def _claims(store: Any) -> list[Claim]:
    refresh(store, timeline=False)
    return claims_of(_load_state(store), _Rows(store, {s.id: s for s in originals(store)}))


def claims_of(state: ClaimState, rows: Any) -> list[Claim]:
    """Claims from a claim index: every kept pair checked again, clusters, statuses."""
    from sourcedesk.research.claim_match import MentionIndex
    from sourcedesk.research.claims import claims_of_index

    mentions, refs = _all_mentions(state, rows)
    groups, aliases, links = state.copy_groups(), state.alias_pairs(), state.links()
    at = {r: i for i, r in enumerate(refs)}
    kept = {(at[i], at[j]) for s in state.sources for i, j in rows.pairs(s)
            if i in at and j in at}  # fmt: skip
    checker = MentionIndex(mentions, groups, aliases=aliases, links=links, key_counts=state.df)
    index = MentionIndex(mentions, groups, aliases=aliases, links=links, key_counts=state.df,
                         generic=checker.verified(sorted(kept)))  # fmt: skip
    disputed = {at[r] for entry in state.conflicts.values() if entry["kind"] != "differing_figures"
                for r in entry["members"] if r in at}  # fmt: skip
    return claims_of_index(index, disputed)


def _all_mentions(state: ClaimState, rows: Any) -> tuple[list[ClaimMention], list[int]]:
    mentions: list[ClaimMention] = []
    refs: list[int] = []
    for entry in state.sources:
        found = rows.mentions(entry)
        mentions.extend(found)
        refs.extend(ref(entry.sn, i) for i in range(len(found)))
    return mentions, refs


def diff(store: Any, a: Source, b: Source) -> dict[str, Any]:
    """What changed between two snapshots of an article."""
    return diff_sources(source_text(store, a), source_text(store, b))
