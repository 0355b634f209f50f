"""What sits above or around a news article's first paragraph: the section label above the
headline, the date stamp under it, and the site's name in the page title and footer."""

from __future__ import annotations

import pytest

from sourcedesk.ingest.html import read_html
from sourcedesk.ingest.metadata import guess_publisher
from sourcedesk.records import Document

WIRE_PAGE = """<html><head><title>Tram derails near Halvik, 12 hurt | Tarnhold Press Agency</title></head>
<body><nav><a href="/">Home</a> <a href="/regions">Regions</a></nav><article>
<p class="kicker">Transport &amp; Cities</p>
<h1>Tram derails near Halvik depot, at least 12 hurt</h1>
<p class="dateline"><time datetime="2025-03-04T11:20:00Z">March 4, 2025 11:20 AM GMT</time> &middot; Updated 2 hours ago</p>
<p>HALVIK, March 4 (TPA) - A tram left the rails on a bend near the Halvik depot on Tuesday morning, injuring at least 12 people, the city's transport office said.</p>
<p>The two-car tram was running its first trip of the day when its front bogie jumped the rail, the office said in a statement.</p>
<p>Repairs to the bend are expected to take at least a week, and buses will replace the line until then.</p>
</article><footer><p>Contact us | Privacy</p></footer></body></html>"""


def test_section_label_headline_and_date_stamp_are_not_article_text() -> None:
    doc = read_html(WIRE_PAGE.encode(), "tram.html")
    texts = [b.text for b in doc.blocks]
    assert texts[0].startswith("HALVIK, March 4 (TPA) - A tram left the rails"), texts
    assert not any("Transport & Cities" in t or "Updated" in t for t in texts), texts
    assert doc.title == "Tram derails near Halvik depot, at least 12 hurt"


def test_the_site_named_at_the_end_of_the_page_title_is_the_publisher() -> None:
    assert read_html(WIRE_PAGE.encode(), "tram.html").publisher == "Tarnhold Press Agency"
    untitled = WIRE_PAGE.replace(" | Tarnhold Press Agency", "")
    assert read_html(untitled.encode(), "tram.html").publisher is None


def test_the_page_title_s_site_name_wins_over_a_bare_host_name() -> None:
    canonical = WIRE_PAGE.replace(
        "</title>", '</title><link href="https://tarnholdpress.example/tram" rel="canonical">'
    )
    assert read_html(canonical.encode(), "tram.html").publisher == "Tarnhold Press Agency"


def test_a_long_headline_before_a_dash_is_not_the_site_s_name() -> None:
    dashed = WIRE_PAGE.replace(
        "<title>Tram derails near Halvik, 12 hurt | Tarnhold Press Agency</title>",
        "<title>Tram leaves the rails on a bend near the Halvik depot, twelve hurt - Tarnhold"
        " Press Agency</title>",
    )
    assert read_html(dashed.encode(), "tram.html").publisher == "Tarnhold Press Agency"


def test_a_short_opening_paragraph_that_is_a_sentence_stays() -> None:
    page = WIRE_PAGE.replace(
        '<p class="kicker">Transport &amp; Cities</p>', "<p>Buses run again.</p>"
    )
    texts = [b.text for b in read_html(page.encode(), "tram.html").blocks]
    assert "Buses run again." in texts, texts


@pytest.mark.parametrize(
    ("notice", "publisher"),
    [
        (
            "(c) 2025 Kellmarsh Courier Ltd, Quay Street, Kellmarsh. All rights reserved.",
            "Kellmarsh Courier Ltd",
        ),
        ("(c) Orsa Valley Radio 2025", "Orsa Valley Radio"),
        ("© 2023 Brannock Notes · Powered by a small server", "Brannock Notes"),
        ("© 2024 KRA - Kellmarsh Research Agency", "KRA - Kellmarsh Research Agency"),
        (
            "The Lisle Ledger is published by Lisle Arts Media. © 2024 All rights reserved.",
            "Lisle Arts Media",
        ),
        ("Tarvia Today is a trading name of Selvany Digital Ltd. © 2024", "Selvany Digital Ltd"),
        ("© 2024 Halvik Press Agency. All rights reserved.", "Halvik Press Agency"),
    ],
)
def test_the_publisher_is_the_name_in_the_notice_without_address_tagline_or_year(
    notice: str, publisher: str
) -> None:
    assert guess_publisher(Document(blocks=(), removed=(notice,))) == publisher


LIVE_PAGE = """<html><head><title>Halvik strike live | Tarnhold Courier</title>
<meta property="article:published_time" content="2024-03-04T07:00:00+00:00"></head>
<body><article><h1>Halvik strike live: dockers walk out over pay</h1>
<p class="byline">Last updated <time datetime="2024-03-04T18:05">Monday 4 March 2024, 18:05</time></p>
<section><h3><time datetime="2024-03-04T18:05">18:05</time> That is all from us today</h3>
<p>We are wrapping up our live coverage of the first day of the dock strike at Halvik for the evening.</p></section>
<section><h3><time datetime="2024-03-04T14:45">14:45</time> Ferry terminal shuts early</h3>
<p>The Halvik ferry terminal closed its doors at 2pm because too few staff had reported for work.</p></section>
<section><h3><time datetime="2024-03-04T07:05">07:05</time> Pickets in place before dawn</h3>
<p>Pickets gathered at the main dock gate before dawn, with braziers lit against the cold wind.</p></section>
</article></body></html>"""


def test_a_live_blog_keeps_the_time_of_each_update_and_its_date() -> None:
    doc = read_html(LIVE_PAGE.encode(), "live.html")
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert "14:45 Ferry terminal shuts early" in headings, headings
    assert "07:05 Pickets in place before dawn" in headings, headings
    assert doc.published == "2024-03-04"


POSTS = "".join(
    f'<article class="post"><time>{t}</time>\n<h3>{h}</h3>\n<p>{p}</p></article>\n'
    for t, h, p in (
        (
            "07:31",
            "Reports of ferry aground",
            "We are receiving reports that a ferry has gone aground off Halvik in thick fog this morning.",
        ),
        (
            "07:52",
            "Coastguard confirms rescue",
            "The coastguard has confirmed that the vessel is the Orsa Dawn, with more than two hundred people aboard.",
        ),
        (
            "09:15",
            "First passengers ashore",
            "The first group of passengers has been landed at Lisle, where volunteers have set up a rest centre.",
        ),
    )
)
POSTS_PAGE = f"""<html><head><title>Live: ferry aground off Halvik | Tarnhold News</title>
<meta property="article:published_time" content="2024-11-07T07:31:00+00:00"></head>
<body><main><h1>Live: ferry aground off Halvik</h1>{POSTS}</main></body></html>"""


def test_a_live_blog_s_posts_each_keep_their_heading_and_time() -> None:
    doc = read_html(POSTS_PAGE.encode(), "live.html")
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings[-3:] == [
        "07:31 Reports of ferry aground",
        "07:52 Coastguard confirms rescue",
        "09:15 First passengers ashore",
    ], headings


UPDATES = "".join(
    f'<article class="update"><time datetime="{iso}">{shown}</time>\n{head}<p>{text}</p></article>\n'
    for iso, shown, head, text in (
        (
            "2024-11-08T15:40",
            "Fri 8 Nov, 3:40 p.m.",
            "",
            "We are wrapping up our live coverage of the Halvik ferry grounding for today.",
        ),
        (
            "2024-11-08T15:02",
            "Fri 8 Nov, 3:02 p.m.",
            "<h3>Ferry refloated</h3>",
            "Tugs refloated the Orsa Dawn on the afternoon tide today, the harbour master said.",
        ),
        (
            "2024-11-07T09:15",
            "Thu 7 Nov, 9:15 a.m.",
            "",
            "The first group of passengers has been landed at Lisle, where a rest centre is open.",
        ),
        (
            "2024-11-07T07:31",
            "Thu 7 Nov 2024, 7:31 a.m.",
            "",
            "We are receiving reports that a ferry has gone aground off Halvik in thick fog.",
        ),
    )
)
UPDATES_PAGE = f"""<html><head><title>Live: ferry aground off Halvik | Tarnhold News</title>
<meta property="article:published_time" content="2024-11-07T07:31:00+00:00"></head>
<body><main><h1>Live: ferry aground off Halvik</h1>
<p class="byline">Tarnhold News digital team</p>
<section class="updates">{UPDATES}</section></main></body></html>"""


def test_a_live_blog_s_untitled_posts_keep_their_times_in_page_order() -> None:
    doc = read_html(UPDATES_PAGE.encode(), "live.html")
    assert doc.title == "Live: ferry aground off Halvik"
    texts = [b.text for b in doc.blocks]
    assert texts[:4] == [
        "Fri 8 Nov, 3:40 p.m.",
        "We are wrapping up our live coverage of the Halvik ferry grounding for today.",
        "Fri 8 Nov, 3:02 p.m. Ferry refloated",
        "Tugs refloated the Orsa Dawn on the afternoon tide today, the harbour master said.",
    ], texts
    assert "Thu 7 Nov 2024, 7:31 a.m." in texts
