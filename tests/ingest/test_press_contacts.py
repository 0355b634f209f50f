"""A release's or statement's press contacts are furniture wherever the page sets them: a
"Media enquiries: press office, <phone>" line, or a "Media enquiries" heading over the contact
details. A question-and-answer section's answer that names whom to contact stays."""

from __future__ import annotations

from sourcedesk.ingest.html import read_html
from sourcedesk.ingest.markdown import read_markdown
from sourcedesk.ingest.text import read_text_capture

BODY = [
    "Halvik District Council has reopened the Tarnhold road after a week of repairs to the "
    "retaining wall that failed in the storm on 3 March.",
    "Engineers from the council worked through the weekend to rebuild forty metres of the wall, "
    "and the road will run under temporary lights until the end of April.",
    "The leader of the council, Ada Kellmarsh, thanked residents of Orsa and Lisle for their "
    "patience while the diversion added half an hour to their journeys.",
]

STATEMENT = "\n\n".join(
    [
        "Tarnhold road reopens after wall repairs",
        "Published: 12 March 2025",
        *BODY,
        "Councillor Ada Kellmarsh\nLeader, Halvik District Council",
        "Media enquiries: press office, 01632 960 771",
        "Share this page: Facebook X Email",
    ]
)


def test_a_media_enquiries_line_with_a_phone_number_is_cut() -> None:
    doc = read_text_capture(STATEMENT, "statement.txt")
    texts = [b.text for b in doc.blocks]
    assert not any("01632 960 771" in t for t in texts), texts
    assert "Media enquiries: press office, 01632 960 771" in doc.removed
    assert BODY[-1] in texts


RELEASE_MD = f"""# Halvik District Council

## Tarnhold road reopens after wall repairs

**Date:** 12 March 2025

{BODY[0]}

{BODY[1]}

{BODY[2]}

## Notes to editors

- The Tarnhold road is the only road between Orsa and the rest of the district.
- Media enquiries: press office, Halvik District Council, 01632 960 771 (9am to 5pm, Monday to Friday).

---

[Contact us](/contact) | [Privacy notice](/privacy)
"""


def test_a_release_keeps_its_notes_to_editors_without_the_press_line() -> None:
    doc = read_markdown(RELEASE_MD, "release.md")
    texts = [b.text for b in doc.blocks]
    assert "The Tarnhold road is the only road between Orsa and the rest of the district." in texts
    assert not any("01632 960 771" in t for t in texts), texts


def _html(tail: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return f"""<html><head><title>Tarnhold road reopens | Halvik District Council</title>
<meta property="article:published_time" content="2025-03-12T09:00:00+00:00"></head>
<body><main><h1>Tarnhold road reopens after wall repairs</h1>{paragraphs}{tail}</main>
<footer><p>&copy; 2025 Halvik District Council</p></footer></body></html>"""


def test_a_media_enquiries_heading_leaves_with_the_contact_details_under_it() -> None:
    doc = read_html(
        _html(
            "<h2>Media enquiries</h2>"
            "<p>Council press office: press@halvik.example | 01632 960 771 "
            "(out of hours: 01632 960 772)</p>"
        ),
        "release.html",
    )
    texts = [b.text for b in doc.blocks]
    assert "Media enquiries" not in texts, texts
    assert not any("press@halvik.example" in t for t in texts), texts
    assert BODY[-1] in texts


def test_an_faq_answer_naming_whom_to_contact_stays() -> None:
    doc = read_html(
        _html(
            "<h2>Questions and answers</h2>"
            "<h3>Who can I ask about the diversion?</h3>"
            "<p>Our highways team can be reached at roads@halvik.example. You can also ring "
            "the council's main line.</p>"
        ),
        "release.html",
    )
    texts = [b.text for b in doc.blocks]
    assert any(t.startswith("Our highways team can be reached at") for t in texts), texts


def test_a_reporter_s_contact_line_still_leaves() -> None:
    doc = read_html(
        _html("<p>Ada Brell can be reached at ada.brell@orsa-post.example.</p>"), "news.html"
    )
    assert not any("can be reached" in b.text for b in doc.blocks)
