"""A section heading that is also a site's menu word ("Money", "Politics") stays a heading when
it stands alone between two paragraphs of the story, in a plain-text capture as in Markdown;
the same words in a menu (one after another, over the headline) are still cut."""

from __future__ import annotations

from sourcedesk.ingest.read import RawInput, read_document
from sourcedesk.records import Document

PARAGRAPHS = [
    "I ran the Kellmarsh ferry for twenty years, so I read the inspectors' report on the "
    "Halvik with more than a passing interest and a growing sense of recognition.",
    "The hull was already thin in places when I left, and the company knew it, because the "
    "crew told them so every winter at the refit.",
    "I will leave the accounts to others, but two figures stand out: the refit budget was cut "
    "twice, and the charter now costs more than the repairs would have.",
    "Nobody at Tarvia Ferries has explained why the repairs were put off for so long, and the "
    "inspectors in Selvany did not ask.",
]
HEADINGS = ["The hull", "Money", "Politics"]


def _page(mark: str) -> str:
    body = "".join(f"\n\n{mark}{h}\n\n{p}" for h, p in zip(HEADINGS, PARAGRAPHS[1:], strict=True))
    return (
        f"Lisle Notes\n\nHome\n\nMoney\n\nPolitics\n\nAbout\n\n{'# ' if mark else ''}"
        f"Why the Halvik failed\n\n{PARAGRAPHS[0]}{body}\n"
    )


def _headings(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if b.kind == "heading"]


def test_a_markdown_post_keeps_a_section_heading_that_is_a_menu_word() -> None:
    doc = read_document(RawInput("halvik.md", _page("## ").encode()))
    assert _headings(doc) == HEADINGS, doc.blocks
    assert all(p in [b.text for b in doc.blocks] for p in PARAGRAPHS)


def test_a_capture_keeps_a_section_heading_that_is_a_menu_word() -> None:
    doc = read_document(RawInput("halvik.txt", _page("").encode()))
    assert _headings(doc) == HEADINGS, doc.blocks


def test_the_same_words_in_the_menu_above_the_headline_are_still_cut() -> None:
    for name, mark in (("halvik.md", "## "), ("halvik.txt", "")):
        doc = read_document(RawInput(name, _page(mark).encode()))
        texts = [b.text for b in doc.blocks]
        assert texts.count("Money") <= 1 and "Home" not in texts and "About" not in texts, texts
        assert texts.index(PARAGRAPHS[0]) == 0, texts
