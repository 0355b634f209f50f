"""Hover cards inside a sentence (a photo, the name again, headlines) are not text of the page."""

from __future__ import annotations

from sourcedesk.ingest.html import read_html
from sourcedesk.ingest.inline_cards import without_inline_cards

CARD = (
    '<span class="rollover-people"><a href="/people/ada-voss">Ada Voss</a>'
    '<span class="rollover-people-block"><img src="/ada.jpg" alt="">'
    '<a href="/people/ada-voss">Ada Voss</a><a href="/news/1">Ferry fares rise again</a>'
    '<a href="/news/2">Harbour board meets</a> MORE</span></span>'
)
PAGE = f"""<html><head><title>Ferry vote</title></head><body><article>
<h1>Ferry vote</h1>
<p>The harbour board voted on Monday to keep the night ferry, said councillor {CARD}, who
chairs its transport committee.</p>
<p>The ferry carries about 900 people a night between Ostby and Kessby, and the board said the
service would run at least until the end of next year under the current timetable.</p>
<p>Fares will stay the same, the board said, although fuel costs rose by a fifth last year and
the operator had asked for an increase of ten per cent.</p>
<p>A <span class="tooltip">night ferry</span> is any crossing after ten in the evening.</p>
</article></body></html>"""


def test_a_hover_card_leaves_the_sentence_and_the_name_stays() -> None:
    doc = read_html(PAGE.encode(), "ferry.html")
    text = "\n".join(b.text for b in doc.blocks)
    assert "said councillor Ada Voss, who chairs its transport committee." in " ".join(text.split())
    assert "Ferry fares rise again" not in text
    assert "MORE" not in text


def test_a_classed_phrase_without_pictures_or_links_is_kept() -> None:
    doc = read_html(PAGE.encode(), "ferry.html")
    assert any("A night ferry is any crossing" in b.text for b in doc.blocks)


def test_a_page_without_cards_is_handed_on_unchanged() -> None:
    plain = PAGE.replace(CARD, "Ada Voss")
    assert without_inline_cards(plain) is plain
