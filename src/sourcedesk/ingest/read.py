"""Turn one input (a file, a URL, stdin bytes) into a `Document`, choosing the reader by content.

Also expands folders into the readable files under them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sourcedesk.errors import InputError
from sourcedesk.ingest import authors, genres
from sourcedesk.ingest.captions import captions_last
from sourcedesk.ingest.fetch import fetch
from sourcedesk.ingest.sniff import MAX_INPUT_BYTES, decode, gunzip, sniff_format
from sourcedesk.records import Document

READABLE_SUFFIXES = (
    ".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown", ".wiki", ".wikitext",
    ".mediawiki",
)  # fmt: skip
COMPRESSED_SUFFIXES = tuple(suffix + ".gz" for suffix in READABLE_SUFFIXES)
STDIN = "-"
# Files in a folder that describe the folder rather than being pages of the topic.
FOLDER_NOTES = ("readme", "license", "licence", "changelog")


@dataclass(frozen=True)
class RawInput:
    """The bytes of one input and where they came from."""

    origin: str
    data: bytes
    content_type: str | None = None


def read_document(raw: RawInput) -> Document:
    """Decode, sniff and read one input with the reader its content calls for."""
    text = decode(raw.origin, gunzip(raw.origin, raw.data))
    fmt = sniff_format(text, raw.origin, raw.content_type)
    reader = reader_for(fmt)
    doc = reader(text, raw.origin)
    if not doc.blocks:
        raise InputError(raw.origin, f"no article text found ({fmt} page)")
    return captions_last(with_author_and_genre(doc, text, fmt))


def with_author_and_genre(doc: Document, text: str, fmt: str) -> Document:
    """The document with who wrote it (when the reader did not say) and what kind of page
    it is, read from the page as it came (its markup, its front matter, its byline lines)."""
    lines = genres.page_lines(text, fmt)
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    opening = paragraphs[0] if paragraphs else ""
    author = doc.author if fmt != "wikitext" else None
    if author is None and fmt == "html":
        # up to the second paragraph: a standfirst may stand above the byline
        author = authors.html_byline(text, paragraphs[1] if len(paragraphs) > 1 else opening)
    if author is None and fmt == "markdown":
        author = authors.front_matter_author(text)
    first = None  # where the article's text opens among the lines, once found
    if author is None and fmt in ("html", "markdown", "text"):
        first = authors.first_body_line(lines, opening)
        author = authors.top_byline(lines, doc.title, first)
    doc = replace(doc, author=author)
    return genres.with_genre(doc, genres.guess_genre(doc, text, fmt, lines, first))


def reader_for(fmt: str) -> Callable[[str, str], Document]:
    """The reader of a format (its module is imported on first use)."""
    if fmt == "html":
        from sourcedesk.ingest.html import read_html

        return read_html
    if fmt == "wikitext":
        from sourcedesk.ingest.wikitext import read_wikitext

        return read_wikitext
    if fmt == "markdown":
        from sourcedesk.ingest.markdown import read_markdown

        return read_markdown
    from sourcedesk.ingest.text import read_text_capture

    return read_text_capture


def is_url(target: str) -> bool:
    """Whether an input names an http(s) page."""
    return target.lower().startswith(("http://", "https://"))


def expand(targets: list[str]) -> Iterator[str | InputError]:
    """Each input as given, folders replaced by the readable files under them (sorted)."""
    for target in targets:
        if target == STDIN or is_url(target):
            yield target
            continue
        path = Path(target)
        if path.is_dir():
            files = sorted(_readable_files(path))
            if not files:
                yield InputError(target, "folder holds no readable page (.txt, .html, .md, .wiki)")
            yield from (str(f) for f in files)
        else:
            yield target


def _readable_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            lowered = name.lower()
            if lowered.startswith((".", *FOLDER_NOTES)):
                continue
            if lowered.endswith(READABLE_SUFFIXES + COMPRESSED_SUFFIXES):
                yield Path(root) / name


def load(target: str) -> RawInput:
    """The bytes of one input: a file, a URL or standard input."""
    if target == STDIN:
        return RawInput("<stdin>", sys.stdin.buffer.read(MAX_INPUT_BYTES + 1))
    if is_url(target):
        data, content_type = fetch(target)
        return RawInput(target, data, content_type)
    path = Path(target)
    if not path.exists():
        raise InputError(target, "no such file or folder")
    if not path.is_file():
        raise InputError(target, "not a regular file")
    if path.stat().st_size > MAX_INPUT_BYTES:
        raise InputError(target, f"too large ({path.stat().st_size // 1048576} MB; cap is 20 MB)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(target, f"cannot read ({exc.strerror})") from exc
    return RawInput(str(path.resolve()), data)
