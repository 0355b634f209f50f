"""A figure's caption is kept as a `caption` block beside the paragraph it sits next to on the
page, also when the figure opens the article under its header (the element before it, a share
bar, is no part of the article): it then goes before the paragraph after it."""

from __future__ import annotations

from sourcedesk.ingest.html import read_html

FIRST = (
    "Ada Orsa still keeps the ledger of the Kellmarsh ferry, a book of names and fares written "
    "in her small hand through the winter the bridge was shut."
)
SECOND = (
    "The bridge closed in January after divers found a crack in its second pier, and for nine "
    "weeks the ferry was the only way across the Lisle."
)


def _page(head: str, middle: str = "") -> bytes:
    return f"""<html><head><title>The winter of the Kellmarsh ferry | Tarvia Courier</title>
<meta property="article:published_time" content="2025-02-08T08:00:00+00:00"></head>
<body><main><article><h1>The winter of the Kellmarsh ferry</h1>
<ul class="share"><li><a href="#">Share</a></li><li><a href="#">Email</a></li></ul>
{head}<p>{FIRST}</p>{middle}<p>{SECOND}</p>
<p>The ferry made its last crossing on the day the bridge reopened, with the mayor aboard.</p>
</article></main></body></html>""".encode()


FIGURE = (
    "<figure><img src='/img/orsa.jpg' alt=''><figcaption>Ada Orsa at the ferry's wheel in "
    "February. Photograph: Tarvia Courier</figcaption></figure>"
)


def test_a_figure_opening_the_article_keeps_its_caption_before_the_first_paragraph() -> None:
    blocks = read_html(_page(FIGURE), "feature.html").blocks
    texts = [b.text for b in blocks]
    caption = "Ada Orsa at the ferry's wheel in February. Photograph: Tarvia Courier"
    assert caption in texts, texts
    assert blocks[texts.index(caption)].kind == "caption"
    assert texts.index(caption) + 1 == texts.index(FIRST), texts


def test_a_figure_between_paragraphs_keeps_its_caption_after_the_one_above() -> None:
    texts = [b.text for b in read_html(_page("", FIGURE), "feature.html").blocks]
    caption = "Ada Orsa at the ferry's wheel in February. Photograph: Tarvia Courier"
    assert texts.index(caption) == texts.index(FIRST) + 1, texts
