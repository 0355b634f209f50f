"""Research views over a whole desk: the glue between the store and the pure research functions.

Each function reads what it needs from a store and calls one research module; the `Desk` facade
exposes them. Exact copies (`duplicate_of`) are left out: they are one voice with their original.
"""

from __future__ import annotations

from typing import Any

from sourcedesk.records import DateMention, Entity, Event, Source
from sourcedesk.research.claims import SourceText, cluster_claims, extract_claims
from sourcedesk.research.conflicts import find_conflicts
from sourcedesk.research.copies import group_copies
from sourcedesk.research.dates import tag_dates
from sourcedesk.research.diff import diff_sources
from sourcedesk.research.entities import extract_entities
from sourcedesk.research.timeline import events_for_source, merge_events


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


def timeline(store: Any) -> list[Event]:
    """Dated events from every source, merged across sources, sorted by date."""
    events: list[Event] = []
    for source in originals(store):
        events.extend(
            events_for_source(
                source.id,
                source.text,
                spans(store, source),
                published=source.published,
                news=source.kind == "news",
                origin=source.origin,
                title=source.title,
            )
        )
    return merge_events(events)


def entities(store: Any) -> list[Entity]:
    """People, organisations and places across the desk, most mentioned first."""
    return extract_entities([(s.id, s.text, spans(store, s)) for s in originals(store)])


def _mentions_and_groups(store: Any) -> tuple[list, list[list[str]]]:
    texts = [source_text(store, s) for s in originals(store)]
    mentions = [m for t in texts for m in extract_claims(t)]
    return mentions, group_copies(texts)


def claims(store: Any) -> list:
    """Statements with how many independent voices make them, and their status."""
    mentions, groups = _mentions_and_groups(store)
    return cluster_claims(mentions, groups)


def conflicts(store: Any) -> list[dict[str, Any]]:
    """Where sources contradict each other, both sides cited."""
    mentions, groups = _mentions_and_groups(store)
    return [
        {k: v for k, v in c.items() if not k.startswith("_")}
        for c in find_conflicts(mentions, groups)
    ]


def diff(store: Any, a: Source, b: Source) -> dict[str, Any]:
    """What changed between two snapshots of an article."""
    return diff_sources(source_text(store, a), source_text(store, b))
