"""A picture that opens a wiki section (an infobox's or a thumbnail's) floats beside the
section's first paragraph: its caption stays a caption, after that paragraph, so the article
opens on its lead sentence and not on the caption.
A picture after a paragraph keeps its place."""

from __future__ import annotations

from sourcedesk.ingest.wikitext import read_wikitext

LEAD = "The '''Kellmarsh Bridge''' is a road bridge over the Lisle in Tarvia."
LEAD_TEXT = "The Kellmarsh Bridge is a road bridge over the Lisle in Tarvia."
INFOBOX = (
    "{{Infobox bridge\n| name = Kellmarsh Bridge\n| image = Kellmarsh bridge 1931.jpg\n"
    "| caption = The bridge in 1931, the year it opened\n| carries = Road traffic\n}}\n"
)
HISTORY = "The first crossing at Kellmarsh was a ferry run by the Orsa family."


def _blocks(page: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in read_wikitext(page, "bridge.wiki").blocks]


def test_the_article_opens_on_its_lead_not_on_the_infobox_caption() -> None:
    blocks = _blocks(f"{INFOBOX}{LEAD}\n\n== History ==\n{HISTORY}\n")
    assert blocks[0] == ("paragraph", LEAD_TEXT), blocks
    assert blocks[1] == ("caption", "The bridge in 1931, the year it opened"), blocks


def test_a_thumbnail_opening_a_section_follows_the_section_s_first_paragraph() -> None:
    thumb = "[[File:Kellmarsh ferry.jpg|thumb|The Orsa ferry at Kellmarsh in 1890]]\n"
    blocks = _blocks(f"{LEAD}\n\n== History ==\n{thumb}{HISTORY}\n")
    at = blocks.index(("heading", "History"))
    assert blocks[at + 1 : at + 3] == [
        ("paragraph", HISTORY),
        ("caption", "The Orsa ferry at Kellmarsh in 1890"),
    ], blocks
