"""The HTML, wikitext and Markdown readers keep the article's structure and drop the rest."""

from __future__ import annotations

import pytest

from sourcedesk.errors import InputError
from sourcedesk.ingest.html import read_html
from sourcedesk.ingest.markdown import read_markdown
from sourcedesk.ingest.wikitext import read_wikitext
from sourcedesk.records import Block

NEWS_HTML = """<!DOCTYPE html><html lang="en"><head>
<title>Ferry line to close | The Orrin Post</title>
<meta property="og:title" content="Ferry line to close after 80 years">
<meta property="og:site_name" content="The Orrin Post">
<meta property="article:published_time" content="2023-05-04T08:30:00Z">
<script>document.write('tracking')</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie">We use cookies to improve your experience. <a href="/ok">Accept</a></div>
<article><h1>Ferry line to close after 80 years</h1>
<p>The ferry between Orrin and Callow will stop running in September, the transport authority
said on Wednesday, ending a service that began in 1943.</p>
<h2>Falling passenger numbers</h2>
<p>Passenger numbers fell by a third over the last decade, according to the authority's annual
report, while the cost of running the two vessels doubled.</p>
<figure><img src="/img/ferry.jpg" alt="ferry"><figcaption>The ferry Callow Star leaving the
harbour in 2019. Photo: M. Dunne</figcaption></figure>
<p>"We looked at every option before taking this decision," said Ruth Okafor, the authority's
chief executive, adding that a bus link would replace the crossing.</p>
<ul><li>The last crossing is planned for 30 September.</li>
<li>Season tickets will be refunded in full.</li></ul>
</article>
<aside><h3>Related articles</h3><ul><li><a href="/a">Bridge plan shelved</a></li></ul></aside>
<footer>© 2023 The Orrin Post. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>"""


def test_html_reader_keeps_article_structure_and_metadata() -> None:
    doc = read_html(NEWS_HTML.encode(), "https://orrin.example/ferry")
    text = "\n".join(b.text for b in doc.blocks)
    assert "stop running in September" in text
    assert "bus link would replace the crossing" in text
    assert any(b.kind == "heading" and "Falling passenger" in b.text for b in doc.blocks)
    assert any(b.kind == "list_item" and "refunded in full" in b.text for b in doc.blocks)
    assert any(b.kind == "caption" and "Callow Star" in b.text for b in doc.blocks)
    assert "cookies" not in text and "Home" not in text and "All rights reserved" not in text
    assert "tracking" not in text
    assert doc.title and doc.title.startswith("Ferry line to close")
    assert doc.published == "2023-05-04"
    assert doc.publisher == "The Orrin Post"


def test_html_without_text_is_refused() -> None:
    with pytest.raises(InputError, match=r"no readable text|no article text"):
        read_html(b"<html><body><div><span></span></div></body></html>", "empty.html")


WIKITEXT = """{{Short description|Ferry service}}
{{Infobox ship
| name = Callow Star
| built = 1971
}}
'''The Orrin ferry''' was a [[ferry]] service between [[Orrin]] and [[Callow (town)|Callow]].<ref name="post">{{cite news |title=Ferry line to close after 80 years |work=The Orrin Post |date=4 May 2023 |url=https://orrin.example/ferry}}</ref>

== History ==
The service began in 1943 with a single boat.<ref>Hale, J. (1990). ''Boats of Orrin''. Lisk Press.</ref> It carried soldiers during the war.<ref name="post"/>
[[File:Callow Star.jpg|thumb|The ''Callow Star'' in 2019]]

=== Closure ===
* The last crossing was on 30 September 2023.
* A bus link replaced it.

== See also ==
* [[Transport in Orrin]]

== References ==
{{reflist}}

== External links ==
* [https://orrin.example Official site]

[[Category:Ferries]]
"""


def test_wikitext_reader_sections_refs_captions_and_no_templates() -> None:
    doc = read_wikitext(WIKITEXT, "orrin_ferry.wiki")
    text = "\n".join(b.text for b in doc.blocks)
    assert "was a ferry service between Orrin and Callow." in text
    assert "Infobox" not in text and "Category" not in text and "Transport in Orrin" not in text
    # the infobox's fields close the article as its key facts; "See also" links leave
    assert [b.text for b in doc.blocks if b.kind == "heading"] == [
        "History",
        "Closure",
        "Key facts",
    ]
    assert doc.blocks[-1] == Block("list_item", "Built: 1971")
    assert any(b.kind == "caption" and "Callow Star in 2019" in b.text for b in doc.blocks)
    assert any(b.kind == "list_item" and "30 September 2023" in b.text for b in doc.blocks)
    assert len(doc.references) == 2  # the named ref counts once
    first = doc.references[0]
    assert first.title == "Ferry line to close after 80 years"
    assert first.publisher == "The Orrin Post"
    assert first.url == "https://orrin.example/ferry"
    assert doc.kind == "encyclopedia"
    assert "Official site" not in text


MARKDOWN = """---
title: Statement on the ferry closure
date: 2023-05-05
---
# Statement on the ferry closure

The council **regrets** the closure of the [ferry](https://orrin.example).

## What happens next

- A bus link starts in October.
- Fares stay the same.

> We will keep Callow connected.
"""


def test_markdown_reader_front_matter_and_blocks() -> None:
    doc = read_markdown(MARKDOWN, "statement.md")
    assert doc.title == "Statement on the ferry closure"
    assert doc.published == "2023-05-05"
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert ("paragraph", "The council regrets the closure of the ferry.") in kinds
    assert ("heading", "What happens next") in kinds
    assert ("list_item", "A bus link starts in October.") in kinds
    assert ("quote", "We will keep Callow connected.") in kinds


def test_html_reader_drops_calls_to_action_inside_the_article_and_lists_them() -> None:
    page = NEWS_HTML.replace(
        "<h2>Falling passenger numbers</h2>",
        "<p>GET THE ORRIN POST APP BY CLICKING HERE</p><p>Also: See our ferry coverage</p>"
        "<h2>Falling passenger numbers</h2>",
    )
    doc = read_html(page.encode(), "https://orrin.example/ferry")
    text = "\n".join(b.text for b in doc.blocks)
    assert "CLICKING HERE" not in text
    assert "GET THE ORRIN POST APP BY CLICKING HERE" in doc.removed
    assert "Also: See our ferry coverage" in doc.removed
    assert "Passenger numbers fell by a third" in text


def test_html_reader_drops_a_widget_heading_left_inside_the_article() -> None:
    page = NEWS_HTML.replace(
        "<h2>Falling passenger numbers</h2>",
        "<h3>Most read in regional news</h3><h2>Falling passenger numbers</h2>",
    ).replace("<ul><li>The last", "<h2>More on the closure</h2><ul><li>The last")
    doc = read_html(page.encode(), "https://orrin.example/ferry")
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert "Most read in regional news" not in headings
    assert "Most read in regional news" in doc.removed
    assert "Falling passenger numbers" in headings
    assert "More on the closure" in headings  # a section of the article, not a widget


def test_html_reader_keeps_sentences_apart_across_an_empty_break_element() -> None:
    page = NEWS_HTML.replace(
        "ending a service that began in 1943.</p>",
        'ending a service that began in 1943.<div class="line-break"></div>The crossing took '
        "twenty minutes.</p>",
    )
    doc = read_html(page.encode(), "https://orrin.example/ferry")
    text = "\n".join(b.text for b in doc.blocks)
    assert "began in 1943. The crossing took twenty minutes." in text


BLOG_HTML = """<html><head><title>Harbour keeper signs</title></head><body>
<article><h1>Harbour keeper signs for record fee</h1>
<div class="post-body">
Orrin Town have paid a record fee of £7.2 million to sign the keeper Ada Brekke from Vell Rovers<br>
<br>
This frees the £3 million move of their old keeper to Tarnby<br>
<br>
Brekke will have a medical at the Orrin ground today before she signs a five-year contract with the club.<br>
<br>
The 23-year-old flew in from Vell last night and will spend the day on the formalities of the deal.<br>
<br>
About Orrin Town<br>
<br>
Orrin Town is a football club founded in 1881 that plays its home games at the harbour ground.
</div></article></body></html>"""


def test_html_reader_reads_a_blank_line_as_a_paragraph_break() -> None:
    doc = read_html(BLOG_HTML.encode(), "https://orrin.example/keeper")
    texts = [b.text for b in doc.blocks]
    assert any(t.endswith("from Vell Rovers") for t in texts), texts
    assert any(t.startswith("This frees the £3 million move") for t in texts), texts
    assert ("heading", "About Orrin Town") in [(b.kind, b.text) for b in doc.blocks]


def test_wikitext_figures_written_by_templates_stay_in_the_text() -> None:
    page = (
        "'''''Halvik Star'' sinking''' was the loss of a ferry on {{start date|2024|5|6}}.\n\n"
        "She was {{convert|96|m|ft}} long and sailed {{convert|12|to|14|km}} a day; her crew"
        " of {{val|31}} had served since {{circa|1990}}{{snd}}the longest in the fleet.\n"
    )
    doc = read_wikitext(page, "halvik.wiki")
    text = " ".join(b.text for b in doc.blocks)
    assert doc.title == "Halvik Star sinking"
    assert "on 6 May 2024." in text
    assert "She was 96 m long and sailed 12 to 14 km a day" in text
    assert "crew of 31 had served since c. 1990 – the longest" in text


def test_wikitext_content_table_rows_read_under_their_headers() -> None:
    page = (
        "Works taken from the gallery.\n\n"
        '{| class="wikitable"\n|+ Taken works\n! Title !! Painter !! Value\n|-\n'
        "| ''Grey Dunes'' || [[Ada Lisle]] || €2 million\n|-\n| ''Salt Road'' || Orsa Venn ||"
        " €600,000\n|}\n\n"
        '{| class="navbox"\n| [[Other article]]\n|}\n'
    )
    doc = read_wikitext(page, "works.wiki")
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert items == [
        "Title: Grey Dunes; Painter: Ada Lisle; Value: €2 million",
        "Title: Salt Road; Painter: Orsa Venn; Value: €600,000",
    ]
    assert "Other article" not in " ".join(b.text for b in doc.blocks)  # a layout table


def test_wikitext_infobox_pictures_and_layout_fields_leave() -> None:
    page = (
        "{{Infobox event\n| name = Tarvia flood\n| image = Flood.jpg\n| caption = The square\n"
        "| coordinates = {{coord|1|2}}\n| date = {{start date|2023|9|14}}\n| deaths = 4\n}}\n"
        "The '''Tarvia flood''' hit the town.\n"
    )
    doc = read_wikitext(page, "tarvia.wiki")
    facts = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert facts == ["Date: 14 September 2023", "Deaths: 4"]


BLOG_MARKDOWN = """# The Lisle Ledger

*Notes and grumbles from the old harbour town*

[Home](/) · [About](/about) · [Archive](/archive) · [Contact](/contact)

---

## Ferry fares rise again – what the council did not say

*Posted by Orsa Venn on 4 March 2025 · Transport, Lisle life*

The council approved a fare rise of 9% for the Tarvia crossing on Tuesday night, the third
rise in two years.

Councillor Ada Brannock said the ferry had lost 1.2 million crowns last year. She told the
meeting that fuel and repairs had cost far more than planned, and that the harbour board had
warned of a deeper loss if fares stayed where they were.

Regular passengers were less convinced. Several of them pointed out that the timetable had been
cut twice since the autumn, and that the evening crossing now leaves an hour earlier than it
did when the last rise was agreed.

The harbour board will publish its accounts in April. Until then, the council says, the rise
is the only way to keep both crossings running through the winter, when the Orsa boat carries
fewer than forty people a day and the fuel bill is at its highest.

| Ticket | Old fare | New fare |
|---|---|---|
| Adult single | 11 crowns | 12 crowns |

Tags: ferry, council, fares

### 2 Comments

> Harbour Watcher · 4 March 2025 at 18:02 They never tell us where the money goes, and the
> crossing is slower every year.

> Mara from Orsa · 4 March 2025 at 19:15 The rise was 8%, not 9%, I think? Either way it hurts.

Leave a comment

← Previous post: The pier repairs, again · Next post: Spring market returns →
"""


def test_markdown_blog_keeps_the_post_and_leaves_site_furniture() -> None:
    doc = read_markdown(BLOG_MARKDOWN, "lisle-ledger.md")
    text = "\n".join(b.text for b in doc.blocks)
    assert doc.title == "Ferry fares rise again – what the council did not say"
    assert doc.published == "2025-03-04"
    assert text.startswith("The council approved a fare rise of 9%")
    assert "lost 1.2 million crowns last year." in text
    assert "Ticket: Adult single; Old fare: 11 crowns; New fare: 12 crowns" in text
    for furniture in (
        "Archive",
        "Posted by",
        "Tags:",
        "Leave a comment",
        "Harbour Watcher",
        "Mara",
    ):
        assert furniture not in text, furniture


def test_markdown_notes_without_furniture_keep_every_block() -> None:
    notes = "# Field notes\n\nSetup: two desks.\n\nCounts\n\n- answered: 12\n- abstained: 3\n"
    doc = read_markdown(notes, "notes.md")
    assert doc.title == "Field notes"
    assert [b.text for b in doc.blocks] == [
        "Setup: two desks.",
        "Counts",
        "answered: 12",
        "abstained: 3",
    ]
