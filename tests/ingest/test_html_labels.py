"""A bold label that opens a paragraph or a box ("Summary", "Bottom line") is a heading above
it, not the first word of its first sentence."""

from __future__ import annotations

from sourcedesk.ingest.html import read_html

GUIDE_HTML = """<html><head><title>Ten ways to sleep better</title></head><body><article>
<h1>Ten ways to sleep better</h1>
<p>Many adults sleep less than the seven hours doctors suggest, and a few habits help most of them.</p>
<h2>1. Keep a schedule</h2>
<p>Going to bed at the same hour each night trains the body to expect sleep at that hour, surveys of night workers suggest.</p>
<blockquote><strong>Summary</strong> A fixed bedtime may help the body settle into sleep sooner.</blockquote>
<h2>2. Dim the screens</h2>
<p><b>Bottom line</b> Bright screens late at night can delay sleep by up to an hour in some trials.</p>
<p><strong>Editor's note:</strong> This guide was updated in May with two new trials.</p>
</article></body></html>"""


def test_a_bold_label_opening_a_box_is_a_heading() -> None:
    doc = read_html(GUIDE_HTML.encode(), "https://orrin.example/sleep")
    pairs = [(b.kind, b.text) for b in doc.blocks]
    assert ("heading", "Summary") in pairs, pairs
    assert ("heading", "Bottom line") in pairs, pairs
    texts = [b.text for b in doc.blocks]
    assert "A fixed bedtime may help the body settle into sleep sooner." in texts, texts
    assert any(t.startswith("Bright screens late at night") for t in texts), texts


def test_a_label_ending_in_a_colon_stays_with_its_sentence() -> None:
    doc = read_html(GUIDE_HTML.encode(), "https://orrin.example/sleep")
    texts = [b.text for b in doc.blocks]
    assert any(t.startswith("Editor's note: This guide") for t in texts), texts


DEALS_HTML = """<html><head><title>Today's best deals</title></head><body>
<section class="article-section"><section class="article-page">We bring you the best deals we found today on gadgets and games. Updated every day of the year.<p></p>
<h2>$15 off Tarn Buds</h2>
<a href="https://shop.example/buds" target="_blank"><output class="article-image-container"><img src="buds.jpg"></output></a>The new Tarn Buds block out the noise of a train, and their case charges them for a full day of listening on one charge.<br>
<ul><li><a href="https://shop.example/buds">Get them for $134.99</a></li></ul>
<h2>30% off the Harbour Lamp</h2>
<a href="https://shop.example/lamp" target="_blank"><output class="article-image-container"><img src="lamp.jpg"></output></a>The Harbour Lamp wakes you with a slow sunrise, and it is now cheaper than it has ever been at any shop.<br>
<ul><li><a href="https://shop.example/lamp">Get it for $59.99</a></li></ul>
</section></section></body></html>"""


def test_prose_written_loose_after_an_image_link_is_kept() -> None:
    doc = read_html(DEALS_HTML.encode(), "https://shop.example/deals")
    texts = " ".join(b.text for b in doc.blocks)
    assert "block out the noise of a train" in texts, texts
    assert "wakes you with a slow sunrise" in texts, texts


def test_a_bold_name_or_byline_opening_a_paragraph_stays_in_it() -> None:
    page = """<html><head><title>Ferry firm grows</title></head><body><article>
<h1>Ferry firm grows</h1>
<p><strong>Harbour Labs</strong> CEO Ada Brandt said on Monday that the company would open a second ferry route to Tarn next spring.</p>
<p>The route would carry about two thousand passengers a day, the company said in a statement on Monday.</p>
</article></body></html>"""
    doc = read_html(page.encode(), "https://news.example/ferry")
    texts = [b.text for b in doc.blocks]
    assert any(t.startswith("Harbour Labs CEO Ada Brandt said") for t in texts), texts


def test_a_link_with_words_of_its_own_stays_in_its_sentence() -> None:
    page = """<html><head><title>Singer leaves show</title></head><body><article>
<h1>Singer leaves show</h1>
<p><a href="https://news.example/quill">Mara Quill</a> told the judges on Monday that the six weeks on the show had been the hardest of her career.<br>She said she would tour again in the spring with her old band from Orrin.</p>
</article></body></html>"""
    doc = read_html(page.encode(), "https://news.example/show")
    texts = " ".join(b.text for b in doc.blocks)
    assert "Mara Quill told the judges" in texts, texts
