"""Back matter: reference lists (found and parsed into their parts), "See also" and bibliography.

A citation line comes in a few common shapes, all handled by `parse_reference`:

- cite style: `Author, A. (2018-02-01). "Title". Publisher. Retrieved 2024-10-21.`
- no author: `"Title". Publisher. 2021-03-02. Archived from the original on …`
- plain: `Title - Publisher` (or `|`, `–`), with or without a URL;
- short: `Brandt, Lund & Okafor 2019, p. 12` (kept as text; no title).

`find_reference_lists` locates numbered entries ("1. …", "^ …", "[1] …") under a References /
Notes / Citations heading, or a run of "^"/"[n]" entries without one. `back_matter_blocks` keeps
the "See also" and bibliography blocks after an article as a heading and list items.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sourcedesk.ingest import boilerplate as bp
from sourcedesk.ingest.metadata import parse_dateline
from sourcedesk.records import Block, Reference

_ENTRY = re.compile(bp.REFERENCE_ENTRY)
_BULLET = re.compile(bp.BULLET_PATTERN)
_CITATION = re.compile(bp.CITATION_EVIDENCE)
_BACKLINKS = re.compile(r"^(?:[a-z]{1,2}\s+){1,12}(?=[\"“A-Z0-9])")  # "^ a b c" jump letters
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"”]+", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“](?P<title>.+?)[\"”](?=[.,;:]\s|[.,;:]?$)")
_AUTHOR_DATE = re.compile(r"^[^\"“]{2,200}?\((?P<date>[^()]{4,30})\)\.?\s*")
_TAIL = re.compile(
    r"\b(?:retrieved|accessed|archived|archive date|access-date)\b.*$|\{\{.*$|\bcs1 maint\b.*$",
    re.IGNORECASE,
)
_SEGMENT = re.compile(r"(?<!\b\w)\.\s+")  # split at ". " but not after an initial ("U.S. ")
_PLAIN_SPLIT = re.compile(r"\s+[-–—|]\s+")
_ISOISH = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2} \w+ \d{4}\b|\b\w+ \d{1,2}, \d{4}\b")


@dataclass(frozen=True)
class ReferenceList:
    """Where a reference list lies in a page's lines: heading line (or -1) and [start, end)."""

    heading: int
    start: int
    end: int
    references: tuple[Reference, ...]


def parse_reference(n: int, text: str) -> Reference:
    """A citation line split into title, publisher, ISO date and URL (what can be found)."""
    text = " ".join(text.split())
    body = strip_entry_marker(text)
    url_match = _URL.search(body)
    url = url_match.group(0).rstrip(".,;)") if url_match else None
    core = _TAIL.sub("", _URL.sub(" ", body)).strip(" .,;")
    title, publisher, date = _split_citation(core)
    return Reference(
        n=n,
        text=body,
        title=title,
        publisher=publisher,
        date=date or _first_date(core),
        url=url,
    )


def strip_entry_marker(text: str) -> str:
    """A reference line without its number, caret or backlink letters."""
    match = _ENTRY.match(text)
    body = text[match.end() :] if match else text
    body = body.lstrip("^↑ ")
    return _BACKLINKS.sub("", body).strip()


def _split_citation(core: str) -> tuple[str | None, str | None, str | None]:
    date = None
    author_date = _AUTHOR_DATE.match(core)
    if author_date:
        date = parse_dateline(author_date.group("date"))
    quoted = _QUOTED.search(core)
    if quoted:
        after = core[quoted.end() :]
        return quoted.group("title").strip(), _first_name_segment(after), date
    if author_date and date:
        segments = _segments(core[author_date.end() :])
        title = segments[0] if segments else None
        return title, _first_name_segment(". ".join(segments[1:])), date
    parts = _PLAIN_SPLIT.split(core)
    if len(parts) >= 2 and all(parts):
        return " - ".join(parts[:-1]).strip(), parts[-1].strip(), date
    segments = [s for s in _segments(core) if not parse_dateline(s)]
    if len(segments) >= 2:
        return segments[0], segments[1], date
    return None, None, date


def _segments(text: str) -> list[str]:
    return [s.strip(" .,;") for s in _SEGMENT.split(text) if s.strip(" .,;")]


def _first_name_segment(text: str) -> str | None:
    """The first segment that is a name (not a date, page number or access note)."""
    for segment in _segments(text):
        if parse_dateline(segment) or re.fullmatch(r"(?:pp?\.?\s*)?[\d\s,–-]+", segment):
            continue
        if re.match(r"(?:in|pp?|vol|no|isbn|doi|issn)\b", segment, re.IGNORECASE):
            continue
        return segment.strip(" ,;:")
    return None


def _first_date(text: str) -> str | None:
    for match in _ISOISH.finditer(text):
        value = parse_dateline(match.group(0))
        if value:
            return value
    return None


def is_reference_entry(line: str) -> bool:
    """Whether a line starts like a reference-list entry ("1. …", "^ …", "[1] …")."""
    return _ENTRY.match(line) is not None


def _entry_number(line: str) -> int | None:
    match = _ENTRY.match(line)
    if match is None:
        return None
    number = match.group(1) or match.group(2)
    return int(number) if number else None


def find_reference_lists(lines: Sequence[str]) -> list[ReferenceList]:
    """Every reference list in a page's lines (blank lines allowed between entries)."""
    found: list[ReferenceList] = []
    i = 0
    while i < len(lines):
        heading = lines[i].strip().strip(":").lower() in bp.REFERENCE_HEADINGS
        start = _next_nonblank(lines, i + 1) if heading else i
        end = _entries_end(lines, start, caret_only=not heading)
        if end > start and (heading or _count_entries(lines, start, end) >= 2):
            refs = _parse_entries(lines, start, end, first_n=_numbered(found))
            found.append(ReferenceList(i if heading else -1, start, end, refs))
            i = end
            continue
        i += 1
    return found


def find_reference_list(lines: Sequence[str]) -> ReferenceList | None:
    """The first reference list in a page's lines, or None."""
    lists = find_reference_lists(lines)
    return lists[0] if lists else None


def _numbered(found: list[ReferenceList]) -> int:
    return sum(len(r.references) for r in found) + 1


def _next_nonblank(lines: Sequence[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _entries_end(lines: Sequence[str], start: int, caret_only: bool) -> int:
    """The end of the run of entries starting at `start` (exclusive; trailing blanks dropped)."""
    end = i = start
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if not is_reference_entry(line) or (caret_only and line[0].isdigit()):
            break
        i += 1
        end = i
    return end


def _count_entries(lines: Sequence[str], start: int, end: int) -> int:
    return sum(1 for line in lines[start:end] if line.strip())


def _parse_entries(
    lines: Sequence[str], start: int, end: int, first_n: int
) -> tuple[Reference, ...]:
    refs: list[Reference] = []
    for line in lines[start:end]:
        if not line.strip():
            continue
        number = _entry_number(line.strip())
        n = number if number is not None else first_n + len(refs)
        refs.append(parse_reference(n, line))
    return tuple(refs)


class BackMatterLine(Protocol):
    """What the back-matter finder reads of a classified page line (the cleaner's lines)."""

    text: str
    gap: bool  # a blank line came before it
    words: int
    prose: bool
    bullet: bool
    furniture: bool
    reference: bool
    level: int  # heading level given by markup, 0 if none


_L = TypeVar("_L", bound=BackMatterLine)


def back_matter_blocks(
    lines: Sequence[_L], end: int, heading_text: Callable[[_L], str]
) -> dict[int, Block]:
    """After the article (from line `end`): "See also" and bibliography blocks, by line number."""
    blocks: dict[int, Block] = {}
    i = end
    while i < len(lines):
        name = _name(heading_text(lines[i]))
        cited = name in bp.BIBLIOGRAPHY_HEADINGS
        if (name in bp.SEE_ALSO_HEADINGS or cited) and not lines[i].furniture:
            items = _back_matter_items(lines, i + 1, cited, heading_text)
            if items:
                blocks[i] = Block("heading", heading_text(lines[i]), lines[i].level or 2)
                blocks.update(items)
                i = max(items)
        i += 1
    return blocks


def _back_matter_items(
    lines: Sequence[_L], start: int, cited: bool, heading_text: Callable[[_L], str]
) -> dict[int, Block]:
    """The items under a back-matter heading: bulleted or short lines (citations if `cited`)."""
    items: dict[int, Block] = {}
    for i in range(start, min(len(lines), start + bp.APPENDIX_MAX_ITEMS)):
        line = lines[i]
        if line.level or line.reference or line.furniture or is_section_name(heading_text(line)):
            break
        if items and line.gap and not line.bullet:
            break
        looks_cited = line.bullet or _CITATION.search(line.text) is not None
        short_item = line.words <= bp.APPENDIX_ITEM_MAX_WORDS and not line.prose
        if not (looks_cited if cited else line.bullet or short_item):
            break
        items[i] = Block("list_item", _BULLET.sub("", line.text, count=1).strip() or line.text)
    return items


def is_section_name(heading: str) -> bool:
    """Whether a heading names a reference or other encyclopedic section ("Notes", "History")."""
    name = _name(heading)
    return name in bp.REFERENCE_HEADINGS or name in bp.ENCYCLOPEDIA_SECTIONS


def _name(heading: str) -> str:
    return " ".join(heading.lower().split()).strip(":")
