"""A link to another story set in capitals between an article's paragraphs is page furniture;
a line in capitals that is no link stays."""

from __future__ import annotations

from sourcedesk.ingest.html import read_html

STORY_HTML = """<html><head><title>Singer leaves the dance show</title></head><body><article>
<h1>Singer leaves the dance show</h1>
<p>The singer Mara Quill was voted off the dance show on Monday after six weeks in the contest.</p>
<p><strong><a href="https://news.example/other">HOST REVEALS SHOW WILL RETURN NEXT SPRING</a></strong></p>
<p>Quill told the judges that the weeks on the show had been the hardest of her career.</p>
<p>Her partner, Tomas Brandt, said he would dance again next season with a new partner.</p>
<p><strong>NO VOTES WERE LOST</strong></p>
<p>The show's producers said every vote cast by phone had been counted by Tuesday morning.</p>
</article></body></html>"""


def test_a_link_in_capitals_between_paragraphs_is_dropped() -> None:
    doc = read_html(STORY_HTML.encode(), "https://news.example/quill")
    texts = [b.text for b in doc.blocks]
    assert not any("HOST REVEALS" in t for t in texts), texts
    assert any(t.startswith("Quill told the judges") for t in texts), texts


def test_a_line_in_capitals_that_is_no_link_stays() -> None:
    doc = read_html(STORY_HTML.encode(), "https://news.example/quill")
    assert "NO VOTES WERE LOST" in [b.text for b in doc.blocks]


def test_a_capitals_subheading_that_a_contents_box_links_to_stays() -> None:
    page = """<html><head><title>What the council decided</title></head><body>
<nav><a href="#s1">THE VOTE</a> <a href="#s2">WHAT HAPPENS NEXT</a></nav><article>
<h1>What the council decided</h1>
<p>The Orrin council voted on Monday to keep the old ferry running for two more years.</p>
<p><strong>WHAT HAPPENS NEXT</strong></p>
<p>The ferry company must now publish a new timetable before the end of the spring.</p>
</article></body></html>"""
    doc = read_html(page.encode(), "https://news.example/council")
    assert "WHAT HAPPENS NEXT" in [b.text for b in doc.blocks]
