"""Official notices and posts read as a reader sees them: a post's byline without "By" names
its author, a notice's dated updates keep their dates, a council's or a water company's
notice is its issuer's statement signed by its official, a newsroom's call-outs and
syndication notes are cut, a blog's name is its publisher, and a notice's lists of links go."""

from __future__ import annotations

from sourcedesk.ingest.read import RawInput, read_document
from sourcedesk.records import Document


def read(name: str, text: str) -> Document:
    return read_document(RawInput(name, text.encode()))


def clean_text(doc: Document) -> str:
    return "\n".join(block.text for block in doc.blocks)


POST_BODY = (
    "I walked the Millgate towpath every morning for eleven years before the lock keepers "
    "left, and I have never seen the water so low as it was on Sunday. The basin below the "
    "second lock was little more than a ditch of mud, with the moorings lying on their sides."
    "\n\nThe trust says the cause is a failed sluice at the Orsavir feeder. That may be so, but "
    "the sluice was reported as sticking in the spring, and nobody came to look at it until "
    "the boats were already aground.\n\n## What I would ask the trust\n\n"
    "Why was the spring report not acted on? Who decided that the feeder could wait until "
    "the autumn survey? I will put both questions to the open meeting next week and report "
    "back here.\n"
)


def test_a_posts_byline_without_by_names_its_author() -> None:
    page = (
        "[Selvany Notes](/) · [Archive](/archive) · [About](/about)\n\n"
        "# The towpath in a dry week\n\n"
        "**Mara Quint** · 4 March 2025 · 6 min read\n\n"
        f"{POST_BODY}\n"
        "© 2025 Mara Quint · Selvany Notes · [Privacy](/privacy)\n"
    )
    doc = read("towpath.md", page)
    assert doc.author == "Mara Quint"
    assert "6 min read" not in clean_text(doc)


def test_a_capture_s_byline_of_parts_with_a_role_names_its_author() -> None:
    page = (
        "Kellmarsh Weekly\n\nHome | News | Sport | Opinion\n\n"
        "Low water strands boats at the Millgate basin\n\n"
        "Jonas Pell, Rivers Editor | 4 March 2025 | 5 min read\n\n"
        + POST_BODY.replace("## What I would ask the trust\n\n", "")
    )
    doc = read("towpath.txt", page)
    assert doc.author == "Jonas Pell"


def test_an_html_byline_element_of_a_name_and_a_date_names_its_author() -> None:
    paragraphs = "".join(
        f"<p>{p}</p>" for p in POST_BODY.split("\n\n") if not p.startswith("#")
    ).replace("\n", " ")
    page = (
        "<html><head><title>The towpath in a dry week</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/archive'>Archive</a></nav><article>"
        "<h1>The towpath in a dry week</h1>"
        "<p class='byline'>Ilse Kerr · 4 March 2025</p>"
        f"{paragraphs}</article></body></html>"
    )
    doc = read("towpath.html", page)
    assert doc.author == "Ilse Kerr"


def test_a_name_beside_a_date_alone_is_no_author_but_beside_a_reading_time_it_is() -> None:
    body = POST_BODY.replace("## What I would ask the trust\n\n", "")
    dateline = read(
        "a.txt", f"Low water at the basin\n\nKellmarsh Harbour · 4 March 2025\n\n{body}"
    )
    assert dateline.author is None  # "Kellmarsh Harbour" may be where the story is told
    signed = read("c.txt", f"Low water at the basin\n\nIlse Kerr · 4 March 2025 · 3 min\n\n{body}")
    assert signed.author == "Ilse Kerr"


UPDATES_NOTICE = """\
Skip to main content
Vellmark Water
Menu
Report a leak
Home
Pay your bill
Your account

This site sets cookies so that it works properly. Accept all cookies   Decline optional ones

Home > Water quality > Incidents > Do not drink notice: Millgate

Do not drink notice: Millgate and Orsavir

Last updated: 14 May 2025, 3:10pm

Latest update - 14 May 2025
We have now lifted the notice for all homes in Millgate. Households there may drink from the tap again, and we suggest letting the kitchen tap run for two minutes first.

The notice stays in place in Orsavir while we finish flushing the pipes on the hill. Please keep using bottled water there until we tell you otherwise.

Earlier updates

9 May 2025
Samples from the Millgate reservoir have now been clear for three days in a row. We expect to lift the notice in Millgate early next week if the next samples are clear as well.

6 May 2025
We have asked about 4,200 homes in Millgate and Orsavir not to drink their tap water after a fuel spill upstream of the intake at Selvany Bridge. We are sorry for the trouble this causes.

Advice for customers
- Do not drink the tap water or use it for cooking until we tell you the notice is lifted.
- You can use the water for washing, bathing and flushing toilets as normal.

Is this information useful?  Yes  No

Vellmark Water
About us
Careers
Privacy notice
Terms and conditions
© Vellmark Water 2025
"""


def test_a_notice_s_dated_update_headings_stay_over_their_paragraphs() -> None:
    doc = read("notice.txt", UPDATES_NOTICE)
    text = clean_text(doc)
    for heading in ("Latest update - 14 May 2025", "9 May 2025", "6 May 2025"):
        assert heading in text
        assert heading not in doc.removed
    assert text.index("9 May 2025") < text.index("Samples from the Millgate reservoir")
    assert text.index("6 May 2025") < text.index("We have asked about 4,200 homes")
    for furniture in (
        "Pay your bill",
        "Accept all cookies",
        "Is this information useful",
        "Careers",
    ):
        assert furniture not in text
    assert "Last updated: 14 May 2025, 3:10pm" in doc.removed


def test_a_water_company_s_notice_to_its_customers_is_its_statement() -> None:
    doc = read("notice.txt", UPDATES_NOTICE)
    assert doc.genre == "statement"
    assert doc.kind == "other"
    assert doc.author == "Vellmark Water"


COUNCIL_NOTICE = """\
Skip to main content
Kellmarsh District Council
Search this site
Menu
Council tax
Home
Parking
Bins and recycling
Contact us

Some cookies are needed for this website to run.
Allow extra cookies   Refuse extra cookies

Home > Roads > Traffic orders > Public notice

Public notice: Millgate Road weight limit

Published: 2 June 2025

Notice is hereby given: on 28 May 2025 the Cabinet of Kellmarsh District Council resolved to make an order restricting vehicles over 7.5 tonnes from using Millgate Road between the Orsavir roundabout and the Selvany Lane junction.

The order comes into force on 1 September 2025. Access for loading and for farm vehicles will be exempt, and the restriction will be signed at both ends of the road.

1. Reasons for the order

The road is narrow, has no footway for most of its length and passes the Millgate primary school. Heavy vehicles have damaged the verges and the bridge parapet twice in the last year.

2. Objections

Objections to the order may be sent in writing to the council no later than three weeks after this notice appears, giving the reasons.

Ilse Kerr
Director of Corporate Governance
Kellmarsh District Council
Council Offices, Market Square, Kellmarsh KM1 2AB

Documents
Plan of the Millgate Road weight limit (PDF, 840KB)
Cabinet report: Millgate Road (PDF, 1.1MB)
Cabinet minutes, 28 May 2025 (PDF, 320KB)

Related pages
Apply for a dispensation
Roadworks in the district
Traffic orders

Is this information useful?
No   Yes

Find us on
Instagram   Facebook   X
© Kellmarsh District Council 2025
"""


def test_a_council_s_public_notice_is_a_statement_signed_by_its_official() -> None:
    doc = read("council.txt", COUNCIL_NOTICE)
    assert doc.genre == "statement"
    assert doc.kind == "other"
    assert doc.author == "Ilse Kerr"
    assert "Director of Corporate Governance" in clean_text(doc)


def test_a_notice_s_lists_of_documents_and_related_pages_are_cut_whole() -> None:
    text = clean_text(read("council.txt", COUNCIL_NOTICE))
    assert "Objections to the order may be sent in writing" in text
    for link in (
        "Documents",
        "Plan of the Millgate Road weight limit (PDF, 840KB)",
        "Cabinet report: Millgate Road (PDF, 1.1MB)",
        "Cabinet minutes, 28 May 2025 (PDF, 320KB)",
        "Related pages",
        "Apply for a dispensation",
        "Roadworks in the district",
    ):
        assert link not in text.split("\n")


NEWS_BODY = (
    "Kellmarsh District Council has approved a weight limit on Millgate Road after residents "
    "complained that heavy lorries were damaging the bridge over the Orsavir brook.",
    "The cabinet voted on Wednesday to ban vehicles over 7.5 tonnes from the road from "
    "September, with exemptions for farm traffic and deliveries to homes on the route.",
    "Councillor Jonas Pell, who represents Millgate, said the decision was long overdue and "
    "thanked the parents who had collected signatures outside the primary school.",
    "Hauliers had argued that the diversion through Selvany would add twenty minutes to each "
    "journey, but the council's officers said the extra distance was less than three miles.",
)


def _news_page(after: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in NEWS_BODY)
    return (
        "<html><head><title>Lorry ban approved for Millgate Road | Kellmarsh Echo</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        "<h1>Lorry ban approved for Millgate Road</h1>"
        "<p class='byline'>By Mara Quint, Local Democracy Reporter</p>"
        "<time datetime='2025-05-29'>29 May 2025</time>"
        f"{paragraphs}{after}</article>"
        "<footer>© 2025 Kellmarsh Echo Ltd. All rights reserved.</footer></body></html>"
    )


def test_a_newsroom_s_call_outs_and_syndication_note_are_cut() -> None:
    callouts = (
        "Are you affected by the lorry ban? Ring our news desk on 01632 960 118 or send us "
        "a message.",
        "Get in touch with our newsroom to share your story: call 01632 960 118.",
        "This story was produced by Mara Quint for the Local Democracy Reporting Service, a "
        "scheme funded by a public broadcaster that places reporters in regional newsrooms.",
    )
    doc = read("echo.html", _news_page("".join(f"<p><em>{c}</em></p>" for c in callouts)))
    text = clean_text(doc)
    assert "Hauliers had argued" in text
    for callout in callouts:
        assert callout not in text


def test_a_blog_s_name_in_its_menu_and_footer_is_its_publisher() -> None:
    page = (
        "[Selvany Notes](/) · [Archive](/archive) · [About](/about)\n\n"
        "# The towpath in a dry week\n\n"
        "*Posted by Mara Quint on 4 March 2025*\n\n"
        f"{POST_BODY}\n"
        "---\n\n© 2025 Mara Quint · Selvany Notes · Made with a home-built site tool and far "
        "too much coffee and tea · [Privacy](/privacy)\n"
    )
    doc = read("towpath.md", page)
    assert doc.publisher == "Selvany Notes"
    assert doc.author == "Mara Quint"
