"""JSON shapes shared by the CLI and the web API, and the reader's view of a source's text.

The CLI's `--json` output and the web API's bodies come from these functions, so both agree on
the contract in DESIGN.md. `reader_blocks` cuts a clean text into headings and paragraphs and
splits them at a highlighted range, so templates escape plain strings and never mark up source
text themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields, is_dataclass
from typing import Any

from sourcedesk.desk import source_summary
from sourcedesk.records import AddResult, Answer

__all__ = [
    "Piece",
    "ReaderBlock",
    "add_result_json",
    "answer_json",
    "reader_blocks",
    "source_summary",
    "split_at",
    "to_json",
    "valid_range",
]

# A block of clean text: lines up to the next blank line (paragraphs are joined by "\n\n").
BLOCK = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def add_result_json(result: AddResult) -> dict[str, Any]:
    """The contract's JSON for one `add` outcome (optional keys only when set)."""
    out: dict[str, Any] = {
        "id": result.id,
        "origin": result.origin,
        "title": result.title,
        "status": result.status,
    }
    for key in ("error", "revision_of", "duplicate_of"):
        if getattr(result, key):
            out[key] = getattr(result, key)
    return out


def answer_json(answer: Answer) -> dict[str, Any]:
    """The contract's JSON for an answer."""
    out: dict[str, Any] = {
        "question": answer.question,
        "answer": answer.answer,
        "abstained": answer.abstained,
        "citations": [asdict(c) for c in answer.citations],
    }
    if answer.closest:
        out["closest"] = [asdict(c) for c in answer.closest]
    if answer.disagreements:
        out["disagreements"] = to_json(list(answer.disagreements))
    if answer.resolved_question and answer.resolved_question != answer.question:
        out["resolved_question"] = answer.resolved_question
    return out


def to_json(value: Any) -> Any:
    """Records (dataclasses), tuples and mappings turned into plain JSON values, recursively."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json(v) for v in value]
    return value


@dataclass(frozen=True)
class Piece:
    """A run of clean text, marked when it lies inside the highlighted range."""

    text: str
    marked: bool


@dataclass(frozen=True)
class ReaderBlock:
    """A heading or paragraph of a clean text with its offsets, cut into pieces."""

    kind: str  # "heading" or "paragraph"
    level: int
    start: int
    end: int
    pieces: tuple[Piece, ...]


def reader_blocks(
    text: str, sections: Iterable[Mapping[str, Any]], mark: tuple[int, int] | None = None
) -> list[ReaderBlock]:
    """The blocks of a clean text; a block starting at a section's offset is its heading."""
    levels = {int(s["start"]): int(s["level"]) for s in sections}
    blocks = []
    for match in BLOCK.finditer(text):
        start, end = match.span()
        level = levels.get(start, 0)
        kind = "heading" if level else "paragraph"
        blocks.append(ReaderBlock(kind, level, start, end, split_at(text, start, end, mark)))
    return blocks


def split_at(text: str, start: int, end: int, mark: tuple[int, int] | None) -> tuple[Piece, ...]:
    """`text[start:end]` cut where it meets the range `mark`, marking the part inside it."""
    if not mark or mark[1] <= start or mark[0] >= end:
        return (Piece(text[start:end], False),)
    inside = (max(start, mark[0]), min(end, mark[1]))
    pieces = (
        Piece(text[start : inside[0]], False),
        Piece(text[inside[0] : inside[1]], True),
        Piece(text[inside[1] : end], False),
    )
    return tuple(p for p in pieces if p.text)


def valid_range(text: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """`(start, end)` when it is a non-empty range inside `text`, else None."""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    return start, end
