"""Segmentation: clean text, sections, paragraphs and sentences with exact offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcedesk.index.segment import assemble, clean_block, count_words, heading_level
from sourcedesk.records import Block, Document, Segmented

SEEDS = Path(__file__).resolve().parents[2] / "../shared/seeds"


def doc(*blocks: Block) -> Document:
    """A document made of the given blocks."""
    return Document(blocks=blocks)


def heading(text: str, level: int) -> Block:
    """A heading block."""
    return Block("heading", text, level)


def para(text: str) -> Block:
    """A paragraph block."""
    return Block("paragraph", text)


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (para("  Rain   fell\t\tall day.  "), "Rain fell all day."),
        (para("Rain fell\u00a0 all day."), "Rain fell all day."),
        (para("The minister said the\nplan would fail."), "The minister said the plan would fail."),
        (para("First line.\n\n\nSecond line."), "First line. Second line."),
        (para("- one\n-   two\n- three"), "- one\n- two\n- three"),
        (Block("list_item", "1. first\n2. second"), "1. first\n2. second"),
        (para("Close\nHome Share"), "Close\nHome Share"),
        (para("   \n\t\n"), ""),
        (heading("== History ==", 0), "History"),
        (heading("## Trade and  aid ##", 0), "Trade and aid"),
        (heading("Learning C#", 2), "Learning C#"),
        (heading("A heading\nover two lines", 2), "A heading over two lines"),
    ],
)
def test_clean_block(block: Block, expected: str) -> None:
    assert clean_block(block) == expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (heading("x", 3), 3),
        (heading("=== x ===", 0), 3),
        (heading("## x", 0), 2),
        (heading("x", 0), 2),
    ],
)
def test_heading_level(block: Block, expected: int) -> None:
    assert heading_level(block) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("Hello world", 2),
        ("don't stop", 2),
        ("North Korea–Ukraine relations", 4),
        ("About 3.5 million, or $1.2bn", 5),
        ("the U.S. envoy", 3),
        ("state-run news", 2),
        ("Дождь шёл весь день", 4),
        ("雨が降った", 5),
        ("— … • ***", 0),
    ],
)
def test_count_words(text: str, expected: int) -> None:
    assert count_words(text) == expected


def test_assemble_joins_blocks_and_places_sections() -> None:
    seg = assemble(
        doc(
            heading("Title", 1),
            para("Intro text. More intro."),
            heading("History", 2),
            para("Old times."),
            heading("Early years", 3),
            para("Very old."),
            heading("Trade", 2),
            para("Goods."),
        )
    )
    assert seg.text == (
        "Title\n\nIntro text. More intro.\n\nHistory\n\nOld times.\n\n"
        "Early years\n\nVery old.\n\nTrade\n\nGoods."
    )
    spans = {s.heading: seg.text[s.start : s.end] for s in seg.sections}
    assert spans["Title"] == seg.text
    assert spans["History"] == "History\n\nOld times.\n\nEarly years\n\nVery old.\n\n"
    assert spans["Early years"] == "Early years\n\nVery old.\n\n"
    assert spans["Trade"] == "Trade\n\nGoods."
    assert [s.level for s in seg.sections] == [1, 2, 3, 2]


def test_assemble_paragraphs_and_sentences() -> None:
    seg = assemble(
        doc(para("Before any heading."), heading("Facts", 2), para("Dr. Lee came. He left."))
    )
    kinds = [(p.kind, p.section, seg.text[p.start : p.end]) for p in seg.paragraphs]
    assert kinds == [
        ("paragraph", -1, "Before any heading."),
        ("heading", 0, "Facts"),
        ("paragraph", 0, "Dr. Lee came. He left."),
    ]
    found = [(seg.text[s.start : s.end], s.paragraph) for s in seg.sentences]
    assert found == [("Before any heading.", 0), ("Dr. Lee came.", 2), ("He left.", 2)]


def test_headings_have_no_sentences_and_empty_blocks_vanish() -> None:
    seg = assemble(doc(heading("Only. A heading.", 2), para("  "), para("Body.")))
    assert seg.text == "Only. A heading.\n\nBody."
    assert len(seg.paragraphs) == 2
    assert [seg.text[s.start : s.end] for s in seg.sentences] == ["Body."]


def test_list_block_gives_one_sentence_per_item() -> None:
    seg = assemble(doc(Block("list_item", "- first point\n- second point")))
    assert [seg.text[s.start : s.end] for s in seg.sentences] == ["- first point", "- second point"]


def test_empty_document() -> None:
    seg = assemble(doc())
    assert (seg.text, seg.sections, seg.paragraphs, seg.sentences) == ("", (), (), ())


# --- invariants -----------------------------------------------------------------------------


def check_segmented(seg: Segmented, blocks: tuple[Block, ...]) -> None:
    """Every offset indexes the clean text; paragraphs ordered; sentences in their paragraph."""
    text = seg.text
    kept = [b for b in blocks if clean_block(b)]
    assert len(seg.paragraphs) == len(kept)
    assert text == "\n\n".join(text[p.start : p.end] for p in seg.paragraphs)
    previous_end = -2
    for paragraph, block in zip(seg.paragraphs, kept, strict=True):
        assert paragraph.start == previous_end + 2
        assert text[paragraph.start : paragraph.end] == clean_block(block)
        assert "\n\n" not in text[paragraph.start : paragraph.end]
        previous_end = paragraph.end
        if paragraph.section >= 0:
            section = seg.sections[paragraph.section]
            assert section.start <= paragraph.start < paragraph.end <= section.end
    headings = [p for p in seg.paragraphs if p.kind == "heading"]
    assert [s.start for s in seg.sections] == [p.start for p in headings]
    for section, paragraph in zip(seg.sections, headings, strict=True):
        assert section.heading == text[paragraph.start : paragraph.end]
        assert section.start < section.end <= len(text)
    last = (-1, -1)
    for sentence in seg.sentences:
        paragraph = seg.paragraphs[sentence.paragraph]
        assert paragraph.kind != "heading"
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end
        assert (sentence.start, sentence.end) > last and sentence.start >= last[1]
        assert text[sentence.start : sentence.end] == text[sentence.start : sentence.end].strip()
        last = (sentence.start, sentence.end)


PIECES = st.sampled_from(
    [*"ab Z.!?\n\t-•", "U.S.", "Dr.", " The ", "== ", " ==", "## ", "\n\n", "  ", "3.5", "…"]
)
BLOCK_TEXT = st.lists(PIECES, max_size=25).map("".join)
BLOCKS = st.lists(
    st.builds(
        Block,
        st.sampled_from(["heading", "paragraph", "caption", "list_item", "quote"]),
        BLOCK_TEXT,
        st.integers(0, 4),
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(BLOCKS)
def test_assemble_invariants(blocks: list[Block]) -> None:
    check_segmented(assemble(doc(*blocks)), tuple(blocks))


def test_seed_captures_assemble_cleanly() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    for path in sorted(SEEDS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        chunks = [c for c in re.split(r"\n\s*\n", raw) if c.strip()]
        blocks = (heading(chunks[0], 1), *(para(c) for c in chunks[1:]))
        seg = assemble(doc(*blocks))
        check_segmented(seg, blocks)
        assert "  " not in seg.text and "\t" not in seg.text
        assert len(seg.sentences) >= 20
        assert count_words(seg.text) > 300


def test_a_bibliography_item_is_one_sentence_other_items_are_split() -> None:
    """A cited work names its author before its title's full stop; cut there, the author and
    the work would no longer stand in one sentence."""
    entry = 'Halloran, Ines. "Harbour Trade of the Tarn Coast". Kessby Press.'
    note = "Ferries ran daily. The quay closed in 1990."
    seg = assemble(
        doc(
            heading("Notes on the quay", 2),
            Block("list_item", note),
            heading("Further reading", 2),
            Block("list_item", entry),
        )
    )
    sentences = [seg.text[s.start : s.end] for s in seg.sentences]
    assert sentences == ["Ferries ran daily.", "The quay closed in 1990.", entry]
