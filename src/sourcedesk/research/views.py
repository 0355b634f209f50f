"""Research views over a whole desk: the glue between the store and the pure research functions.

Each function reads what it needs from a store and calls one research module; the `Desk` facade
exposes them. Exact copies (`duplicate_of`) are left out: they are one voice with their original.

Work is cached in the store so a large desk stays quick: what is computed from one source (its
events) is kept per source and never recomputed; what spans the desk (the merged timeline,
entities, claims, conflicts) is kept with the desk's version and recomputed only after an add or
a removal.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TypeVar

from sourcedesk import __version__
from sourcedesk.records import Citation, Claim, DateMention, Entity, Event, Source
from sourcedesk.research.claims import SourceText, cluster_claims, extract_claims
from sourcedesk.research.dates import tag_dates
from sourcedesk.research.diff import diff_sources
from sourcedesk.research.entities import extract_entities
from sourcedesk.research.timeline import events_for_source, merge_events

# conflicts and copies import datasketch (and SciPy behind it: a second of start-up), so they
# are imported where they are used, not when the command starts.


def spans(store: Any, source: Source) -> list[tuple[int, int]]:
    """A source's sentence spans as stored at ingest."""
    return [(row.start, row.end) for row in store.sentences(source.id)]


def originals(store: Any) -> list[Source]:
    """Every source that is not an exact copy of another."""
    return [s for s in store.list_sources() if not s.duplicate_of]


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
    return tag_dates(source.text, source.published, news=source.kind == "news")


T = TypeVar("T")
# Cached results are only reused by the code that made them.
CODE_VERSION = __version__


def _desk_cached(
    store: Any,
    key: str,
    compute: Callable[[], list[T]],
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
) -> list[T]:
    """A desk-wide result from the cache when the desk has not changed since, else computed."""
    version = f"{store.version()}@{CODE_VERSION}"
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


def source_events(store: Any, source: Source) -> list[Event]:
    """The dated events one source tells, computed once per source and kept."""
    hit = store.derived(source.id, "events")
    if hit is not None:
        return [_event(item) for item in json.loads(hit)]
    events = events_for_source(
        source.id,
        source.text,
        spans(store, source),
        published=source.published,
        news=source.kind == "news",
        origin=source.origin,
        title=source.title,
    )
    store.put_derived(source.id, "events", json.dumps([asdict(e) for e in events]))
    return events


def timeline(store: Any) -> list[Event]:
    """Dated events from every source, merged across sources, sorted by date."""

    def compute() -> list[Event]:
        events = [e for source in originals(store) for e in source_events(store, source)]
        return merge_events(events)

    return _desk_cached(store, "timeline", compute, asdict, _event)


def entities(store: Any) -> list[Entity]:
    """People, organisations and places across the desk, most mentioned first."""

    def compute() -> list[Entity]:
        return extract_entities([(s.id, s.text, spans(store, s)) for s in originals(store)])

    return _desk_cached(store, "entities", compute, asdict, _entity)


def _mentions_and_groups(store: Any) -> tuple[list, list[list[str]]]:
    from sourcedesk.research.copies import group_copies

    texts = [source_text(store, s) for s in originals(store)]
    mentions = [m for t in texts for m in extract_claims(t)]
    return mentions, group_copies(texts)


def claims(store: Any) -> list[Claim]:
    """Statements with how many independent voices make them, and their status."""
    return _desk_cached(store, "claims", lambda: _claims_and_conflicts(store)[0], asdict, _claim)


def conflicts(store: Any) -> list[dict[str, Any]]:
    """Where sources contradict each other, both sides cited."""
    return _desk_cached(store, "conflicts", lambda: _claims_and_conflicts(store)[1], _plain, _plain)


def _claims_and_conflicts(store: Any) -> tuple[list[Claim], list[dict[str, Any]]]:
    """Both views from one extraction (they share its matching index); each is cached."""
    from sourcedesk.research.conflicts import find_conflicts

    mentions, groups = _mentions_and_groups(store)
    found_claims = cluster_claims(mentions, groups)
    found_conflicts = [
        {k: v for k, v in c.items() if not k.startswith("_")}
        for c in find_conflicts(mentions, groups)
    ]
    version = f"{store.version()}@{CODE_VERSION}"
    store.put_cached("claims", version, json.dumps([asdict(c) for c in found_claims]))
    store.put_cached("conflicts", version, json.dumps([_plain(c) for c in found_conflicts]))
    return found_claims, found_conflicts


def _plain(item: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(item, default=_to_json))


def _to_json(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot cache {type(value).__name__}")


def diff(store: Any, a: Source, b: Source) -> dict[str, Any]:
    """What changed between two snapshots of an article."""
    return diff_sources(source_text(store, a), source_text(store, b))
