"""Who wrote a page and what kind of page it is, read at ingest from each format."""

from __future__ import annotations

from sourcedesk.ingest.authors import signatory
from sourcedesk.ingest.read import RawInput, read_document

BODY = (
    "The Halvik ferry terminal reopened on Tuesday after a three-week closure for repairs to "
    "its landing stage, the harbour board said. Crossings to Tarnhold resume at the usual "
    "times, and the board expects the summer timetable to run in full from next month.\n\n"
    "Engineers found corrosion in two of the stage's support piles during a routine survey "
    "in March. Both were replaced, and the board said the work came in under its budget of "
    "four hundred thousand crowns.\n\n"
    "Passenger numbers on the route have grown by a fifth since the new vessels entered "
    "service two years ago, according to figures the board published last week."
)
PARAGRAPHS = "".join(f"<p>{p}</p>\n" for p in BODY.split("\n\n"))


def read(name: str, text: str):
    return read_document(RawInput(name, text.encode()))


def news_html(head: str = "", byline: str = "", after: str = "") -> str:
    return (
        "<html><head><title>Halvik ferry terminal reopens | Kellmarsh Gazette</title>"
        f"{head}</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Halvik ferry terminal reopens</h1>"
        f"{byline}<time datetime='2025-05-06'>6 May 2025</time>{PARAGRAPHS}</article>"
        f"{after}<footer>© 2025 Kellmarsh Gazette Ltd. All rights reserved.</footer>"
        "</body></html>"
    )


def test_html_author_from_meta_tag() -> None:
    doc = read("/p/a.html", news_html(head='<meta name="author" content="Orsa Brannock">'))
    assert doc.author == "Orsa Brannock"


def test_html_author_from_json_ld() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "Halvik ferry terminal reopens", "author": [{"@type": '
        '"Person", "name": "Orsa Brannock"}, {"@type": "Person", "name": "Tarvia Lisle"}]}'
        "</script>"
    )
    doc = read("/p/b.html", news_html(head=ld))
    assert doc.author == "Orsa Brannock, Tarvia Lisle"


def test_html_author_from_byline_element_without_role() -> None:
    byline = (
        '<div class="byline">By <a href="/authors/selvany">Mira Selvany</a>, Transport '
        "Correspondent</div>"
    )
    doc = read("/p/c.html", news_html(byline=byline))
    assert doc.author == "Mira Selvany"
    assert doc.genre == "news article" and doc.kind == "news"


def test_html_author_from_a_byline_under_the_standfirst() -> None:
    """A standfirst paragraph over the byline is no reason to stop looking for it."""
    standfirst = '<p class="standfirst">Landing stage repaired under budget, board says</p>'
    byline = '<div class="byline">By <a href="/staff/mara-quint">Mara Quint</a>, Reporter</div>'
    page = news_html(byline=standfirst + byline)
    doc = read("/p/s.html", page)
    assert doc.author == "Mara Quint"


def test_html_author_never_from_a_comment_or_a_teaser() -> None:
    after = (
        '<aside class="related"><h2>More stories</h2><div class="teaser"><a href="/x">Tarnhold '
        'quay sold</a><p class="byline">By Dorin Kellmarsh</p></div></aside>'
        '<section id="comments"><p class="comment-author">By Wenna Lisle</p>'
        "<p>Great news for the island.</p></section>"
    )
    doc = read("/p/d.html", news_html(after=after))
    assert doc.author is None


def capture(byline: str) -> str:
    return (
        "Kellmarsh Gazette\nHome | News | Sport | Contact\n\n"
        "Halvik ferry terminal reopens after repairs\n\n"
        f"{byline}\n6 May 2025\n\n{BODY}\n\n"
        "Related stories\nTarnhold quay sold to developer\nBy Dorin Kellmarsh\n\n"
        "© 2025 Kellmarsh Gazette Ltd\n"
    )


def test_text_capture_author_from_the_by_line_under_the_headline() -> None:
    doc = read("/p/e.txt", capture("By Mira Selvany and Orsa Brannock, Staff Reporters"))
    assert doc.author == "Mira Selvany, Orsa Brannock"


def test_text_capture_without_byline_takes_no_name_from_a_teaser_or_a_quote() -> None:
    quoted = BODY.replace(
        "the harbour board said.", '"By Friday we will be back to normal," said Tam Halvik.'
    )
    text = capture("").replace(BODY, quoted)
    doc = read("/p/f.txt", text)
    assert doc.author is None


def test_markdown_author_from_front_matter() -> None:
    text = f"---\ntitle: Halvik ferry terminal reopens\nauthor: Orsa Brannock\n---\n\n{BODY}\n"
    assert read("/p/g.md", text).author == "Orsa Brannock"


def test_markdown_author_from_an_emphasised_by_line() -> None:
    text = (
        "# Halvik ferry terminal reopens\n\n*By Tarvia Lisle, Harbour Editor · 6 May 2025 · "
        f"4 min read*\n\n{BODY}\n"
    )
    assert read("/p/h.md", text).author == "Tarvia Lisle"


def test_wikitext_has_no_author_and_is_an_encyclopedia_article() -> None:
    text = (
        "{{Infobox building\n| name = Halvik ferry terminal\n}}\n"
        "The '''Halvik ferry terminal''' is a ferry terminal in [[Halvik]].\n\n"
        "== History ==\n" + BODY.replace("\n\n", "\n\n") + "\n\n== References ==\n<references/>\n"
        "[[Category:Ferry terminals]]\n"
    )
    doc = read("/p/halvik.wiki", text)
    assert doc.author is None
    assert doc.genre == "encyclopedia article" and doc.kind == "encyclopedia"


def test_press_release_is_its_own_genre_and_not_news() -> None:
    text = (
        "# Brannock Ferries adds a third Tarnhold crossing\n\n**FOR IMMEDIATE RELEASE**\n\n"
        f"{BODY}\n\n## Notes to editors\n\n- Brannock Ferries runs four routes.\n\n"
        "**Media contact:** Press Office, Brannock Ferries\n\nENDS\n"
    )
    doc = read("/p/release.md", text)
    assert doc.genre == "press release"
    assert doc.kind == "other"


def test_statement_labelled_on_the_page_names_its_issuer() -> None:
    text = (
        "Selvany Water\nHome > Newsroom > Statements\n\n"
        "Statement from Selvany Water on the Halvik supply interruption\n\n"
        "Published: 6 May 2025\n\n"
        "We are sorry that our customers in Halvik were without water on Monday. Our crews "
        "worked through the night and we restored supply by six in the morning. We will "
        "review how we tell customers about interruptions, and we will publish what we find.\n"
        "\n" + BODY + "\n\n© 2025 Selvany Water plc\n"
    )
    doc = read("/p/statement.txt", text)
    assert doc.genre == "statement" and doc.kind == "other"
    assert doc.author == doc.publisher == "Selvany Water plc"


def test_a_statement_s_author_is_never_read_from_its_headline() -> None:
    text = (
        "Tarvia Water\nHome > News > Statements\n\n"
        "Statement from the Trustees: Chief Engineer\n\nPublished 6 May 2025\n\n"
        "Tarvia Water confirms that its Chief Engineer, Ada Orsa, told the Trustees on Friday that "
        "she will retire in the summer. The Trustees thank her for eleven years of service and "
        "will appoint a successor before she leaves.\n\n"
        'Brannock Lisle, Chair of the Trustees, said: "Ada has kept the Halvik works running '
        'through two droughts, and we are grateful."\n\n' + BODY + "\n\n© 2025 Tarvia Water\n"
    )
    doc = read("/p/board.txt", text)
    assert doc.genre == "statement"
    assert doc.author == "Tarvia Water", doc.author


def test_notice_to_passengers_is_a_statement() -> None:
    text = (
        "Orsa Air\nBook | Manage my booking | Help\n\nIMPORTANT PASSENGER INFORMATION\n"
        "Halvik flights suspended for runway works\n\nPublished: 6 May 2025\n\n"
        "Dear customer,\n\nWe have decided to suspend our Halvik flights while the runway is "
        "resurfaced. We are sorry for the trouble this causes, and we will rebook you free of "
        "charge on the next available flight or refund your ticket in full.\n\n"
        "We expect flights to resume on 20 May. We will email you if your booking changes.\n"
    )
    doc = read("/p/notice.txt", text)
    assert doc.genre == "statement" and doc.kind == "other"


def test_blog_post_by_posted_line_and_first_person() -> None:
    text = (
        "Tarnhold Tides\nHome | About me | Archive\n\n"
        "Posted on 6 May 2025 by Wenna Lisle | 12 comments\n\n"
        "What I learned riding every Halvik ferry in one day\n\n"
        "I set out at dawn with a flask and a notebook. My plan was simple: ride every "
        "crossing the Halvik terminal offers before it closed for the night. I made it onto "
        "eleven of the twelve, and I missed the last one by a minute.\n\n"
        "I have ridden these boats since I was a child, and I still think the Tarnhold run "
        "is the finest twenty minutes on the water anywhere in my part of the coast.\n\n"
        "Subscribe to Tarnhold Tides by email and never miss a post.\n"
    )
    doc = read("/p/blog.txt", text)
    assert doc.genre == "blog post" and doc.kind == "other"
    assert doc.author == "Wenna Lisle"


def test_newsletter_from_issue_number_and_mailing_furniture() -> None:
    text = (
        "[View this email in your browser](https://x.example/41) · [Forward to a friend]"
        "(https://x.example/f)\n\n# The Harbour Letter — Issue 41\n\n*by Orsa Brannock*\n\n"
        f"{BODY}\n\n*You are receiving this because you signed up at x.example. "
        "[Unsubscribe](https://x.example/u)*\n"
    )
    doc = read("/p/letter.md", text)
    assert doc.genre == "newsletter"
    assert doc.author == "Orsa Brannock"


def test_live_blog_from_title_and_markup() -> None:
    posts = "".join(
        f'<div class="live-update"><time>{t}</time><p>{p}</p></div>'
        for t, p in zip(("14:05", "13:40", "13:10"), BODY.split("\n\n"), strict=True)
    )
    markup = (
        "<html><head><title>LIVE: Halvik terminal reopens – updates | Kellmarsh Gazette</title>"
        '</head><body><article class="liveblog"><h1>LIVE: Halvik terminal reopens</h1>'
        f"{posts}</article></body></html>"
    )
    doc = read("/p/live.html", markup)
    assert doc.genre == "live blog" and doc.kind == "news"


def test_blog_title_is_the_post_not_the_site_name() -> None:
    markup = (
        "<html><head><title>Eleven crossings in one day &ndash; Tarnhold Tides</title></head>"
        '<body><header><h1 class="site-title"><a href="/">Tarnhold Tides</a></h1></header>'
        '<article class="post"><h2 class="entry-title">Eleven crossings in one day</h2>'
        '<div class="entry-meta">Posted on <time datetime="2025-05-06">May 6, 2025</time> by '
        "Wenna Lisle</div>" + PARAGRAPHS + "</article></body></html>"
    )
    doc = read("/p/tides.html", markup)
    assert doc.title == "Eleven crossings in one day"
    assert doc.blocks[0].text != "Eleven crossings in one day"
    assert doc.author == "Wenna Lisle"


COMMENTARY = (
    "Last month the Kellmarsh harbour board lost its appeal over the new berth, and most "
    "reports put the defeat down to a late planning form.\n\n"
    "I read the judgment differently: the board had never surveyed the eelgrass beds it "
    "promised to protect, so its own evidence said nothing about the harm it denied.\n\n"
    "The difference is practical. A late form can be fixed in a week; a proper survey of the "
    "beds needs a full growing season and a diver the board does not employ.\n"
)


def _commentary_post(furniture: str) -> str:
    return (
        "---\ntitle: What the Kellmarsh berth ruling says about surveys\n"
        "author: Orsa Brannock\ndate: 2025-05-05\n---\n\n"
        "[Selvany Law Notes](/) · [Home](/) · [Archive](/archive) · [About](/about)\n\n"
        "# What the Kellmarsh berth ruling says about surveys\n\n"
        f"*Orsa Brannock · 5 May 2025 · 6 min read*\n\n{COMMENTARY}\n---\n\n{furniture}\n\n"
        "### 2 comments\n\n**Halvik boatman** · 5 May 2025\nClear as ever, thanks.\n\n"
        "---\n\n© 2025 Selvany Law Notes. Views here are the writer's own.\n"
    )


def test_a_commentary_post_that_calls_itself_a_post_is_a_blog_post() -> None:
    furniture = "**Enjoyed this post?** Subscribe to Selvany Law Notes. [Subscribe](/subscribe)"
    doc = read("/p/ruling.md", _commentary_post(furniture))
    assert doc.genre == "blog post" and doc.kind == "other", (doc.genre, doc.kind)
    assert doc.author == "Orsa Brannock"


def test_a_news_page_with_comments_and_a_share_box_stays_news() -> None:
    page = _commentary_post("**Share this article:** [X](#) · [Email](#)").replace(
        " Views here are the writer's own.", ""
    )
    assert read("/p/ruling.md", page).genre != "blog post"


def test_a_name_under_a_contact_label_signs_nothing() -> None:
    ending = ["The council will consult residents on the new bus lanes until 30 June."]
    signed = [*ending, "Ilse Kerr", "Director of Planning"]
    assert signatory(signed) == "Ilse Kerr"
    # the press officer to call is no signatory (the label's pattern once held no word bounds)
    assert signatory([*ending, "Media enquiries", "Ilse Kerr", "Communications Manager"]) is None
