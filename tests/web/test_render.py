"""The pure pieces behind the pages: reader blocks and highlights, answer markers, notes, diffs."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi) is not installed")

from sourcedesk.interfaces.serialize import reader_blocks, split_at, valid_range
from sourcedesk.interfaces.web.render import answer_pieces, linked_notes, word_diff
from sourcedesk.interfaces.web.views import upload_name

TEXT = "Ferry news\n\nThe ferry stops in May. Buses replace it.\n\nReactions\n\nPeople are cross."
SECTIONS = [
    {"heading": "Reactions", "level": 2, "start": TEXT.index("Reactions"), "end": len(TEXT)}
]


def test_blocks_keep_offsets_and_mark_headings() -> None:
    blocks = reader_blocks(TEXT, SECTIONS)
    assert [(b.kind, TEXT[b.start : b.end]) for b in blocks] == [
        ("paragraph", "Ferry news"),
        ("paragraph", "The ferry stops in May. Buses replace it."),
        ("heading", "Reactions"),
        ("paragraph", "People are cross."),
    ]


def test_the_marked_pieces_are_exactly_the_range() -> None:
    start = TEXT.index("The ferry")
    end = TEXT.index("May.") + 4
    blocks = reader_blocks(TEXT, SECTIONS, (start, end))
    marked = [p.text for b in blocks for p in b.pieces if p.marked]
    assert marked == [TEXT[start:end]]
    assert "".join(p.text for p in blocks[1].pieces) == TEXT[blocks[1].start : blocks[1].end]


def test_a_range_across_blocks_marks_each_part() -> None:
    pieces = split_at("abcdef", 2, 6, (0, 4))
    assert [(p.text, p.marked) for p in pieces] == [("cd", True), ("ef", False)]
    assert valid_range("abc", 1, 9) is None and valid_range("abc", 2, 2) is None
    assert valid_range("abc", 0, 3) == (0, 3)


def test_answer_markers_become_citation_links() -> None:
    cite = {"n": 1, "source_id": "abc", "start": 0, "end": 3, "quote": "The"}
    pieces = answer_pieces("In May [1]; see [2].", [cite])
    assert pieces == [("In May ", None), ("[1]", cite), ("; see [2].", None)]


def test_footnotes_naming_a_passage_link_to_it() -> None:
    text = "It closed.[^1][^2]\n\n[^1]: Gazette, `abc123` chars 5–9\n[^2]: a note\n"
    out = linked_notes(text)
    assert "[[1]](/sources/abc123?start=5&end=9#passage)[2]" in out
    assert "1. Gazette, [`abc123` chars 5–9](/sources/abc123?start=5&end=9#passage)" in out
    assert "2. a note" in out


def test_word_diff_marks_what_changed() -> None:
    runs = word_diff({"text": "On 23 October 2024, he said"}, "On 23 October, he said")
    assert [t.strip() for t, k in runs if k == "del"] == ["2024"]
    assert [k for _, k in runs if k != "same"] == ["del"]
    assert "".join(t for t, k in runs if k != "ins") == "On 23 October 2024, he said"
    assert "".join(t for t, k in runs if k != "del") == "On 23 October, he said"


@pytest.mark.parametrize(
    ("given", "kept"),
    [("../../etc/passwd", "passwd"), ("C:\\Users\\me\\page.html", "page.html"), ("", "upload"),
     ("a\x00b.txt", "ab.txt")],
)  # fmt: skip
def test_upload_names_are_base_names(given: str, kept: str) -> None:
    assert upload_name(given) == kept
