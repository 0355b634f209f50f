"""Decide what an input is from its bytes: binary or text, its encoding, and its format.

The extension is a hint; the content decides. A `.txt` holding an HTML page is read as HTML, and a
`.html` that is really a PDF is refused as binary.
"""

from __future__ import annotations

import re
import zlib
from typing import Literal

import charset_normalizer

from sourcedesk.errors import InputError

Format = Literal["html", "wikitext", "markdown", "text"]

MAX_INPUT_BYTES = 20 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"
GZIP_WBITS = 16 + zlib.MAX_WBITS  # a gzip header and trailer around the deflate stream

# Leading bytes of common binary formats a person might add by mistake.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (GZIP_MAGIC, "a gzip archive holding no page"),  # a page in one is unpacked first
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
    (b"RIFF", "a media file"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"OggS", "an audio file"),
    (b"ID3", "an audio file"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

EXTENSION_HINTS: dict[str, Format] = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".wiki": "wikitext", ".wikitext": "wikitext", ".mediawiki": "wikitext",
    ".md": "markdown", ".markdown": "markdown",
    ".txt": "text", ".text": "text",
}  # fmt: skip

HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
HTML_TAG = re.compile(r"<(p|div|span|a|br|h[1-6]|li|ul|table|article|section|meta)\b[^>]*>", re.I)
WIKI_MARKUP = re.compile(r"\[\[[^\]\n]+\]\]|\{\{[^}\n]*|<ref[ >/]|^\{\|", re.M)
WIKI_HEADING = re.compile(r"^(={2,6})[^=\n]+\1\s*$", re.M)
MD_HEADING = re.compile(r"^#{1,6} \S", re.M)
MD_LINK = re.compile(r"\[[^\]\n]+\]\([^)\s]+\)|^\s*[-*] \S|^```", re.M)
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Every match of WIKI_MARKUP holds one of these (a cheap test spares plain text the regex scan).
WIKI_MARKS = ("[[", "{{", "<ref", "{|")

# A text whose share of control characters is above this is binary, whatever it decodes to.
MAX_CONTROL_SHARE = 0.01


def gunzip(origin: str, data: bytes) -> bytes:
    """A gzip-compressed page's bytes ("page.html.gz"), decompressed no further than the input
    cap (a small archive can unpack to gigabytes); other bytes as they are."""
    if not data.startswith(GZIP_MAGIC):
        return data
    unpacker = zlib.decompressobj(wbits=GZIP_WBITS)
    try:
        out = unpacker.decompress(data, MAX_INPUT_BYTES + 1)
    except zlib.error as exc:
        raise InputError(origin, f"damaged gzip archive ({exc})") from exc
    if len(out) > MAX_INPUT_BYTES or unpacker.unconsumed_tail:
        raise InputError(origin, "too large once decompressed (the cap is 20 MB)")
    if not unpacker.eof:
        raise InputError(origin, "damaged gzip archive (it ends before its page does)")
    return out


def check_binary(origin: str, data: bytes) -> None:
    """Refuse inputs that are binary formats rather than pages."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise InputError(origin, f"binary file ({what}), not a text page")


def decode(origin: str, data: bytes) -> str:
    """Decode page bytes: a BOM, else strict UTF-8, else charset-normalizer's best guess."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(origin, f"too large ({len(data) // (1024 * 1024)} MB; the cap is 20 MB)")
    check_binary(origin, data)
    text = _decode_bytes(data)
    if text is None:
        raise InputError(origin, "cannot decode: not text in any known encoding")
    if text and len(CONTROL.findall(text)) / len(text) > MAX_CONTROL_SHARE:
        raise InputError(origin, "binary content (control bytes), not a text page")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(origin, "empty page (nothing but whitespace)")
    return text


def _decode_bytes(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        return None
    best = charset_normalizer.from_bytes(data).best()
    return str(best) if best is not None else None


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of ASCII text is zero."""
    sample = data[:4096]
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    return max(even_zero, odd_zero) / half > 0.3 and min(even_zero, odd_zero) / half < 0.05


def sniff_format(text: str, name: str = "", content_type: str | None = None) -> Format:
    """The page format, from the content first and the name or content type as a hint."""
    head = text[:65536]
    if HTML_START.match(head.encode("utf-8", "ignore")) or len(HTML_TAG.findall(head)) >= 5:
        return "html"
    if content_type and "html" in content_type:
        return "html"
    wiki_marks = len(WIKI_MARKUP.findall(head)) if _holds_any(head, WIKI_MARKS) else 0
    if wiki_marks >= 3 or (wiki_marks >= 1 and WIKI_HEADING.search(head)):
        return "wikitext"
    hint = extension_hint(name)
    if hint == "wikitext" and wiki_marks:
        return "wikitext"
    if hint == "markdown" or (content_type and "markdown" in content_type):
        return "markdown"
    md_headings = len(MD_HEADING.findall(head)) if "#" in head else 0
    if md_headings >= 2 or (md_headings and MD_LINK.search(head)):
        return "markdown"
    return "text"


def _holds_any(text: str, marks: tuple[str, ...]) -> bool:
    return any(mark in text for mark in marks)


def extension_hint(name: str) -> Format | None:
    """The format a file name's extension suggests, if any ("page.html.gz" is a page)."""
    lowered = name.lower().removesuffix(".gz")
    for ext, fmt in EXTENSION_HINTS.items():
        if lowered.endswith(ext):
            return fmt
    return None
