"""Pipeline stage: turn a `Document` into its clean text with sections, paragraphs, sentences.

The clean text is the document's blocks, normalised and joined by one blank line ("\\n\\n").
Every offset in the returned `Segmented` indexes that text exactly; the store saves the text
and these spans, and every citation is a slice of it.

Normalisation of one block: runs of spaces and tabs become one space, each line is stripped,
empty lines go, and a newline inside a block survives only where its lines are separate items
(a list, a run of short unpunctuated lines); wrapped lines are joined with a space. A heading
keeps only its text, on one line, without wiki (`== x ==`) or Markdown (`## x`) markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from sourcedesk.index.sentences import is_item_break, looks_hard_wrapped, split_sentences
from sourcedesk.ingest.boilerplate import BIBLIOGRAPHY_HEADINGS
from sourcedesk.records import Block, Document, Paragraph, Section, Segmented, Sentence

BLOCK_SEPARATOR = "\n\n"
# Level given to a heading block that states none and has no markup to count.
DEFAULT_HEADING_LEVEL = 2
HEADING_MARKS = "=#"

# Ideographs and kana are counted one word each: those scripts do not put spaces between words.
_IDEOGRAPH = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def assemble(doc: Document) -> Segmented:
    """Build the clean text of a document and its sections, paragraphs and sentences."""
    pieces = [(block, clean) for block in doc.blocks if (clean := clean_block(block))]
    text = BLOCK_SEPARATOR.join(clean for _, clean in pieces)
    paragraphs: list[Paragraph] = []
    headings: list[tuple[str, int, int]] = []  # heading text, level, start
    position = 0
    for block, clean in pieces:
        if block.kind == "heading":
            headings.append((clean, heading_level(block), position))
        section = len(headings) - 1
        paragraphs.append(Paragraph(block.kind, position, position + len(clean), section))
        position += len(clean) + len(BLOCK_SEPARATOR)
    return Segmented(
        text=text,
        sections=_sections(headings, len(text)),
        paragraphs=tuple(paragraphs),
        sentences=_sentences(text, paragraphs, _cited_sections(headings)),
    )


def clean_block(block: Block) -> str:
    """The clean text of one block: spaces collapsed, stripped, item lines kept apart."""
    if block.kind == "heading":
        return _strip_heading_markup(" ".join(block.text.split()))
    if "\n" not in block.text:  # one line (most blocks): only its spaces to collapse
        return " ".join(block.text.split())
    return normalise_lines(block.text.split("\n"))


def normalise_lines(lines: Sequence[str]) -> str:
    """Join a block's lines (none holding a newline): a newline between separate items, else
    one space."""
    kept = [line for line in (" ".join(raw.split()) for raw in lines) if line]
    if not kept:
        return ""
    wrapped = looks_hard_wrapped(kept)
    parts = [kept[0]]
    for previous, line in pairwise(kept):
        parts.append("\n" if is_item_break(previous, line, wrapped) else " ")
        parts.append(line)
    return "".join(parts)


def heading_level(block: Block) -> int:
    """A heading's level: the block's own, else the count of its `=` or `#` marks."""
    if block.level > 0:
        return block.level
    text = block.text.strip()
    marks = len(text) - len(text.lstrip(HEADING_MARKS))
    return marks if marks else DEFAULT_HEADING_LEVEL


def count_words(text: str) -> int:
    """Count words in any script: letter/digit runs, plus each CJK ideograph or kana."""
    ideographs = len(_IDEOGRAPH.findall(text))
    return ideographs + len(_WORD.findall(_IDEOGRAPH.sub(" ", text) if ideographs else text))


def _strip_heading_markup(text: str) -> str:
    """Remove `== x ==` and `## x` markup around a heading's text."""
    if len(text) > 1 and text[0] == "=" and text[-1] == "=":
        return text.strip("=").strip()
    if text.startswith("#"):
        body = text.lstrip("#")
        if not body or body[0] == " ":
            body = body.strip()
            trailing = body.rstrip("#")
            return trailing.strip() if trailing.endswith(" ") else body
    return text


def _sections(headings: list[tuple[str, int, int]], text_end: int) -> tuple[Section, ...]:
    """Sections from each heading to the next heading of the same or a higher level."""
    ends = [text_end] * len(headings)
    open_sections: list[int] = []  # indices of headings whose section has not ended yet
    for index, (_, level, start) in enumerate(headings):
        while open_sections and headings[open_sections[-1]][1] >= level:
            ends[open_sections.pop()] = start
        open_sections.append(index)
    return tuple(
        Section(heading, level, start, end)
        for (heading, level, start), end in zip(headings, ends, strict=True)
    )


def _cited_sections(headings: list[tuple[str, int, int]]) -> frozenset[int]:
    """The sections that list works cited ("Bibliography", "Further reading")."""
    return frozenset(
        index
        for index, (heading, _, _) in enumerate(headings)
        if " ".join(heading.lower().split()).strip(":") in BIBLIOGRAPHY_HEADINGS
    )


def _sentences(
    text: str, paragraphs: Sequence[Paragraph], cited: frozenset[int] = frozenset()
) -> tuple[Sentence, ...]:
    """The sentences of every paragraph that is not a heading.

    An item of a bibliography is one citation, not prose: split at its full stops, "Varnum,
    Peter." would be cut from the title of the work it names.
    """
    return tuple(
        Sentence(start, end, index)
        for index, paragraph in enumerate(paragraphs)
        if paragraph.kind != "heading"
        for start, end in _paragraph_sentences(text, paragraph, cited)
    )


def _paragraph_sentences(
    text: str, paragraph: Paragraph, cited: frozenset[int]
) -> list[tuple[int, int]]:
    """A paragraph's sentence spans; a bibliography item is one."""
    if paragraph.kind == "list_item" and paragraph.section in cited:
        return [(paragraph.start, paragraph.end)] if text[paragraph.start : paragraph.end] else []
    return split_sentences(text, paragraph.start, paragraph.end)
