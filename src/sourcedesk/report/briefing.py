"""A briefing to take away: sources, timeline, who is who, what is corroborated, what conflicts.

Every statement in the briefing is a quote or a short description with a footnote pointing at the
source and character range it came from. HTML output escapes all source text.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sourcedesk.records import Citation, Claim, Entity, Event, Source
from sourcedesk.research.claim_data import NONE_FOUND

MAX_EVENTS = 40
MAX_ENTITIES = 15
MAX_CLAIMS = 12
MAX_CONFLICTS = 10


@dataclass
class Footnotes:
    """Numbered footnotes shared by the whole briefing (one per distinct passage)."""

    numbers: dict[tuple[str, int, int], int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def mark(self, source_id: str, start: int, end: int, label: str) -> str:
        """The footnote marker for a passage, adding the note the first time."""
        key = (source_id, start, end)
        if key not in self.numbers:
            self.numbers[key] = len(self.notes) + 1
            self.notes.append(f"{label}, `{source_id}` chars {start}–{end}")
        return f"[^{self.numbers[key]}]"


@dataclass(frozen=True)
class BriefingData:
    """Everything a briefing shows, gathered from the desk."""

    sources: list[Source]
    timeline: list[Event]
    entities: list[Entity]
    claims: list[Claim]
    conflicts: list[dict[str, Any]]


def topic_title(sources: list[Source]) -> str:
    """The briefing's title: the encyclopedia article's title, else the most common title."""
    for source in sources:
        if source.kind == "encyclopedia":
            return source.title
    counts = Counter(s.title for s in sources)
    return counts.most_common(1)[0][0] if counts else "Briefing"


def markdown(data: BriefingData) -> str:
    """The briefing as Markdown with footnoted citations."""
    notes = Footnotes()
    titles = {s.id: s.title for s in data.sources}
    lines = [f"# Briefing: {topic_title(data.sources)}", ""]
    lines += _sources_section(data.sources)
    lines += _timeline_section(data.timeline, notes, titles)
    lines += _entities_section(data.entities)
    lines += _claims_section(data.claims, notes, titles)
    lines += _conflicts_section(data.conflicts, notes, titles)
    lines += ["## Notes", ""] + [f"[^{i}]: {note}" for i, note in enumerate(notes.notes, 1)]
    return "\n".join(lines) + "\n"


def _cite(c: Citation | dict, notes: Footnotes, titles: dict[str, str]) -> str:
    item = c if isinstance(c, dict) else c.__dict__
    label = titles.get(item["source_id"], item["source_id"])
    return notes.mark(item["source_id"], item["start"], item["end"], label)


def _sources_section(sources: list[Source]) -> list[str]:
    lines = [f"## Sources ({len(sources)})", ""]
    for s in sources:
        meta = ", ".join(x for x in (s.kind, s.publisher, s.published) if x)
        link = (
            f" — revision of `{s.revision_of}`"
            if s.revision_of
            else f" — copy of `{s.duplicate_of}`"
            if s.duplicate_of
            else ""
        )
        lines.append(f"- `{s.id}` **{_md(s.title)}** ({meta}){link}")
    return [*lines, ""]


def _timeline_section(events: list[Event], notes: Footnotes, titles: dict[str, str]) -> list[str]:
    if not events:
        return []
    lines = ["## Timeline", ""]
    for event in events[:MAX_EVENTS]:
        marks = "".join(_cite(c, notes, titles) for c in event.citations)
        lines.append(f"- **{event.date}** {_md(event.text)}{marks}")
    if len(events) > MAX_EVENTS:
        lines.append(f"- … {len(events) - MAX_EVENTS} more events (`sourcedesk timeline`)")
    return [*lines, ""]


def _entities_section(entities: list[Entity]) -> list[str]:
    if not entities:
        return []
    lines = ["## Who is who", "", "| name | type | roles | mentions |", "| --- | --- | --- | --- |"]
    for e in entities[:MAX_ENTITIES]:
        name = _md(e.name) + (f" ({', '.join(_md(a) for a in e.aliases)})" if e.aliases else "")
        lines.append(f"| {name} | {e.type} | {_md('; '.join(e.roles))} | {e.mentions} |")
    return [*lines, ""]


def _claims_section(claims: list[Claim], notes: Footnotes, titles: dict[str, str]) -> list[str]:
    strong = [c for c in claims if c.status == "corroborated"][:MAX_CLAIMS]
    if not strong:
        return []
    lines = ["## Corroborated by several sources", ""]
    for claim in strong:
        marks = "".join(_cite(c, notes, titles) for c in claim.citations[:6])
        lines.append(f"- {_md(claim.text)} — {claim.voices} independent sources{marks}")
    return [*lines, ""]


def _conflicts_section(
    conflicts: list[dict[str, Any]], notes: Footnotes, titles: dict[str, str]
) -> list[str]:
    if not conflicts:
        return ["## Where sources disagree", "", NONE_FOUND, ""]
    lines = ["## Where sources disagree", ""]
    for conflict in conflicts[:MAX_CONFLICTS]:
        lines.append(f"- **{_md(conflict['about'])}** ({conflict.get('type', 'conflict')})")
        for n, side in enumerate(conflict["sides"]):
            marks = "".join(_cite(c, notes, titles) for c in side["citations"])
            later = " (the later report)" if conflict.get("later_side") == n else ""
            lines.append(f"  - “{_md(side['text'])}”{marks}{later}")
    return [*lines, ""]


def _md(text: str) -> str:
    """Source text made inert for Markdown: no markup, no HTML."""
    escaped = html.escape(text, quote=False)
    for char in "\\`*_[]|":
        escaped = escaped.replace(char, "\\" + char)
    return " ".join(escaped.split())


def to_html(markdown_text: str, title: str) -> str:
    """A standalone HTML page of a briefing (rendered with markdown-it, raw HTML disabled)."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown_text)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )


STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fafafa;color:#222}"
    "main{max-width:52rem;margin:0 auto;padding:1rem 1.5rem;background:#fff}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}"
    "code{background:#f0f0f0;padding:0 .2rem}"
)
