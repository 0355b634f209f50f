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
