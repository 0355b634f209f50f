"""Choosing the reader by content, decoding every common encoding, refusing binaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcedesk.errors import InputError
from sourcedesk.ingest.sniff import decode, sniff_format

ARTICLE = "The harbour reopened on Monday after repairs that took two years to finish."


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "page.txt", "html"),
        ("<html><head><title>t</title></head><body>x</body></html>", "noext", "html"),
        ("'''Lisk''' is a [[town]].<ref>x</ref>\n== History ==\nText.", "page.txt", "wikitext"),
        ("== History ==\nPlain text with a heading.\n", "page.txt", "text"),
        ("# Title\n\nSome text.\n", "notes.md", "markdown"),
        ("# One\n\n[a link](http://x)\n\n## Two\n\ntext", "noext", "markdown"),
        (ARTICLE, "page.html.txt", "text"),
    ],
)
def test_format_is_sniffed_from_content(text: str, name: str, expected: str) -> None:
    assert sniff_format(text, name) == expected


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1", "cp1252", "utf-16"])
def test_common_encodings_decode(encoding: str) -> None:
    text = "Café owners in Zürich said the “new” rules cost €12,000 — more than planned."
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("€", "EUR ").replace("—", "-")
    data = text.encode(encoding)
    assert decode("page.txt", data) == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"   \n\t\n  ", "empty"),
        (b"", "empty"),
        (bytes(range(256)) * 8, "decode"),
    ],
)
def test_bad_bytes_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode("bad.bin", data)
    assert reason.lower() in caught.value.reason.lower() or "binary" in caught.value.reason


def test_oversize_input_is_refused() -> None:
    with pytest.raises(InputError, match="too large"):
        decode("big.txt", b"a" * (20 * 1024 * 1024 + 1))


def test_a_gzipped_page_is_read_and_its_folder_lists_it(tmp_path: Path) -> None:
    import gzip

    from sourcedesk.ingest.read import RawInput, expand, read_document

    page = f"<html><head><title>Harbour</title></head><body><p>{ARTICLE}</p></body></html>"
    path = tmp_path / "harbour.html.gz"
    path.write_bytes(gzip.compress(page.encode("utf-8")))
    doc = read_document(RawInput(str(path), path.read_bytes()))
    assert ARTICLE in " ".join(block.text for block in doc.blocks)
    assert [Path(str(p)).name for p in expand([str(tmp_path)])] == ["harbour.html.gz"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00garbage", "damaged gzip"),
        ("gzip-bomb", "too large once decompressed"),
        ("gzip-pdf", "PDF"),
    ],
)
def test_a_bad_gzip_archive_is_refused_with_a_reason(data: object, reason: str) -> None:
    import gzip

    from sourcedesk.ingest.read import RawInput, read_document

    if data == "gzip-bomb":
        data = gzip.compress(b"<p>" + b"a" * (21 * 1024 * 1024))
    elif data == "gzip-pdf":
        data = gzip.compress(b"%PDF-1.7\n1 0 obj")
    assert isinstance(data, bytes)
    with pytest.raises(InputError) as caught:
        read_document(RawInput("page.html.gz", data))
    assert reason in caught.value.reason
