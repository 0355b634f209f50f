"""Sources with exact segments for store tests, built from headings and sentences."""

from __future__ import annotations

from dataclasses import replace

from sourcedesk.records import Paragraph, Section, Segmented, Sentence, Source

Block = tuple[str, list[str]]  # ("heading", [text]) or ("paragraph", [sentence, ...])


def segment(blocks: list[Block]) -> Segmented:
    """Clean text (blocks joined by a blank line, sentences by a space) and its exact segments."""
    text, sections, paragraphs, sentences = "", [], [], []
    for kind, parts in blocks:
        if text:
            text += "\n\n"
        start = len(text)
        if kind == "heading":
            sections.append(Section(parts[0], 2, start, start))
        section = len(sections) - 1
        for i, sentence in enumerate(parts):
            text += "" if i == 0 else " "
            if kind != "heading":
                sentences.append(Sentence(len(text), len(text) + len(sentence), len(paragraphs)))
            text += sentence
        paragraphs.append(Paragraph("heading" if kind == "heading" else "paragraph", start,
                                    len(text), section))  # fmt: skip
    sections = [replace(s, end=len(text)) for s in sections]
    return Segmented(text=text, sections=tuple(sections), paragraphs=tuple(paragraphs),
                     sentences=tuple(sentences))  # fmt: skip


def source(sid: str, seg: Segmented, title: str = "Orrin ferry", **changes: object) -> Source:
    """A source record for a segmented text."""
    base = Source(
        id=sid, origin=f"/pages/{sid}.txt", title=title, kind="news", publisher=None,
        published="2023-10-01", language="en", words=len(seg.text.split()), text=seg.text,
        content_hash="h-" + sid, added_at="2026-11-28T00:00:00+00:00",
    )  # fmt: skip
    return replace(base, **changes)


def story(marker: str, sentences: int, per_paragraph: int = 3) -> Segmented:
    """A made-up article: a lead paragraph, then a headed section; every sentence names `marker`."""
    lines = [
        f"The {marker} ferry of Zürich made crossing number {n} in {1900 + n % 100}."
        for n in range(sentences)
    ]
    lead, rest = lines[:per_paragraph], lines[per_paragraph:]
    blocks: list[Block] = [("paragraph", lead), ("heading", [f"Crossings of {marker}"])]
    blocks += [
        ("paragraph", rest[i : i + per_paragraph]) for i in range(0, len(rest), per_paragraph)
    ]
    return segment(blocks)
