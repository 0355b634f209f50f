"""A quotation cited whole: "What did she say?" answered by the sentence that closes a
quotation of three sentences quotes all three, not its last.

The sentence is the unit the index finds and cites; a quotation is the unit a reader means.
When the chosen sentence stands inside a quotation that opened in an earlier sentence, or
leaves one open that a later sentence closes, the citation is widened over those sentences
of the same paragraph. The widened passage is still a slice of the clean text, so the
citation invariant `clean_text[start:end] == quote` holds.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sourcedesk.records import Passage

MAX_SENTENCES_EACH_WAY = 4  # a quotation longer than this is cited from its nearer part
MAX_QUOTATION_CHARS = 1500  # bounded: the citation stays readable
OPENING_MARKS = "“"
CLOSING_MARKS = "”"
STRAIGHT_MARKS = '"'


def open_at(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether a quotation is open at `start` and at `end` of a paragraph's text. Curly marks
    say which way they face; straight marks toggle. An apostrophe is never a mark."""
    depth = 0
    open_start = False
    for i, ch in enumerate(text[:end]):
        if i == start:
            open_start = depth > 0
        if ch in OPENING_MARKS:
            depth = 1
        elif ch in CLOSING_MARKS:
            depth = 0
        elif ch in STRAIGHT_MARKS:
            depth = 1 - depth
    if start >= end:
        open_start = depth > 0
    return open_start, depth > 0


def widened(store: Any, passage: Passage) -> Passage:
    """The passage widened over the sentences of its paragraph that the quotation it stands
    in runs through; the passage itself when it holds no open quotation."""
    if not any(mark in passage.text for mark in OPENING_MARKS + CLOSING_MARKS + STRAIGHT_MARKS):
        return passage
    source = store.get_source(passage.source_id)
    if source is None or source.text[passage.start : passage.end] != passage.text:
        return passage
    near = [
        p
        for p in store.passages(
            passage.source_id,
            passage.sentence_no - MAX_SENTENCES_EACH_WAY,
            passage.sentence_no + MAX_SENTENCES_EACH_WAY,
        )
        if p.paragraph_no == passage.paragraph_no
    ]
    if not near:
        return passage
    # the quotation's state is read from the paragraph's start, which may lie further back
    begin = source.text.rfind("\n", 0, passage.start) + 1
    paragraph = source.text[begin : near[-1].end]
    inside_before, inside_after = open_at(paragraph, passage.start - begin, passage.end - begin)
    start, end = passage.start, passage.end
    if inside_before:  # the quotation opened in an earlier sentence
        start = _opening_sentence(near, paragraph, begin, passage)
    if inside_after:  # … or runs on into a later one
        end = _closing_sentence(near, paragraph, begin, passage)
    if (start, end) == (passage.start, passage.end) or end - start > MAX_QUOTATION_CHARS:
        return passage
    return replace(passage, start=start, end=end, text=source.text[start:end])


def _opening_sentence(near: list[Passage], paragraph: str, begin: int, passage: Passage) -> int:
    """The start of the nearest earlier sentence in which the quotation is not yet open."""
    start = passage.start
    for p in reversed([p for p in near if p.end <= passage.start]):
        start = p.start
        if not open_at(paragraph, p.start - begin, p.end - begin)[0]:
            return start
    return passage.start  # opened further back than we read: keep the sentence as it is


def _closing_sentence(near: list[Passage], paragraph: str, begin: int, passage: Passage) -> int:
    """The end of the nearest later sentence that closes the quotation."""
    for p in [p for p in near if p.start >= passage.end]:
        if not open_at(paragraph, p.start - begin, p.end - begin)[1]:
            return p.end
    return passage.end  # closed further on than we read, or never: keep the sentence
