"""Templates that write a date into an encyclopedia article's text read as the date."""

from __future__ import annotations

from sourcedesk.ingest.wikitext import read_wikitext


def test_an_as_of_template_writes_its_month_and_year() -> None:
    page = (
        "The Halvik caterer reopened in December. {{As of|2025|03}}, it holds a rating of four.\n"
    )
    text = " ".join(b.text for b in read_wikitext(page, "caterer.wiki").blocks)
    assert "As of March 2025, it holds a rating of four." in text, text


def test_a_template_after_a_reference_opens_a_sentence_of_its_own() -> None:
    page = (
        'The Halvik caterer reopened in December.<ref name="c">Tarvia Courier, 2024</ref>'
        "{{As of|2025|03}}, no settlement had been reached.\n"
    )
    text = " ".join(b.text for b in read_wikitext(page, "caterer.wiki").blocks)
    assert "in December. As of March 2025, no settlement" in text, text


def test_an_infobox_picture_s_upright_scale_is_no_fact() -> None:
    page = (
        "{{Infobox football club\n| clubname = Brannock Rovers\n| image = Crest.svg\n"
        "| upright = 0.6\n| founded = 1902\n}}\n"
        "'''Brannock Rovers''' is a football club in Tarvia.\n"
    )
    facts = [b.text for b in read_wikitext(page, "rovers.wiki").blocks if b.kind == "list_item"]
    assert facts == ["Clubname: Brannock Rovers", "Founded: 1902"], facts


def test_an_infobox_picture_s_caption_is_a_caption_block() -> None:
    page = (
        "{{Infobox bridge\n| name = Kellmarsh Bridge\n| image = Kellmarsh bridge 1931.jpg\n"
        "| caption = The bridge in 1931, the year it opened\n| carries = Road traffic\n}}\n"
        "The '''Kellmarsh Bridge''' is a road bridge over the Lisle in Tarvia.\n"
    )
    blocks = read_wikitext(page, "bridge.wiki").blocks
    captions = [b.text for b in blocks if b.kind == "caption"]
    assert captions == ["The bridge in 1931, the year it opened"], blocks
    facts = [b.text for b in blocks if b.kind == "list_item"]
    assert facts == ["Carries: Road traffic"], facts  # the name and the picture are no facts


def test_an_infobox_caption_without_a_picture_is_no_caption() -> None:
    page = (
        "{{Infobox bridge\n| name = Kellmarsh Bridge\n| caption = \n}}\n"
        "The '''Kellmarsh Bridge''' is a road bridge over the Lisle in Tarvia.\n"
    )
    assert not [b for b in read_wikitext(page, "bridge.wiki").blocks if b.kind == "caption"]
