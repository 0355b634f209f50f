"""A picture's caption is no sentence of the article: marked by its markup (a figure's
figcaption, a wiki thumbnail) or by the photo credit that closes it (a wire picture line set as
a paragraph, a capture's line under a photo), it leaves the clean text and is listed among
the cut lines. A sentence that merely mentions a photo, or a slash, stays."""

from __future__ import annotations

from sourcedesk.index.segment import assemble
from sourcedesk.ingest.read import RawInput, read_document
from sourcedesk.records import Document

LEDE = (
    "KELLMARSH, March 4 (TNA) - The Tarvia ferry company said on Tuesday it would withdraw "
    "its oldest vessel from the Lisle crossing after an inspection found corrosion in its hull."
)
SECOND = (
    "The Halvik, built in 1979, carried about 900 passengers a day between Kellmarsh and "
    "Selvany, the company said, and would be replaced by a chartered ship from April."
)
THIRD = (
    "Brannock Orsa, who has captained the ship for eleven years, said the crew had expected "
    "the decision since the inspectors came aboard in January."
)
WIRE_CAPTION = (
    "The ferry Halvik leaves Kellmarsh harbour on the Lisle crossing, March 2, 2025. "
    "TNA/Ada Selvany"
)
STAFF_CAPTION = "Passengers queue at the Selvany quay on Monday. Picture: Courier staff"
BYLINE_CREDIT = "Ada Selvany/Tarvia News Agency"


def _read(name: str, page: str) -> Document:
    return read_document(RawInput(name, page.encode()))


def _text(doc: Document) -> str:
    return assemble(doc).text


def _html(figure: str) -> str:
    return f"""<html><head><title>Tarvia ferry withdraws Halvik | Tarvia News Agency</title>
<meta property="article:published_time" content="2025-03-04T09:00:00+00:00"></head>
<body><article><h1>Tarvia ferry withdraws Halvik</h1>
{figure}<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>
<p>The company did not say what the charter would cost.</p></article></body></html>"""


def test_a_figcaption_with_its_credit_is_cut_from_the_text_and_listed() -> None:
    doc = _read(
        "ferry.html",
        _html(f"<figure><img src='h.jpg' alt=''><figcaption>{WIRE_CAPTION}</figcaption></figure>"),
    )
    text = _text(doc)
    assert text.startswith("KELLMARSH, March 4 (TNA)"), text[:120]
    assert "leaves Kellmarsh harbour" not in text
    assert WIRE_CAPTION in doc.removed


def test_a_wire_picture_line_set_as_a_paragraph_is_a_caption_by_its_credit() -> None:
    doc = _read("ferry.html", _html(f"<img src='h.jpg' alt=''><p>{WIRE_CAPTION}</p>"))
    assert "leaves Kellmarsh harbour" not in _text(doc)
    assert WIRE_CAPTION in doc.removed


def test_a_credit_span_beside_a_picture_is_no_paragraph() -> None:
    figure = (
        "<div class='pic'><img src='h.jpg' alt=''>"
        f"<span class='credit'>{BYLINE_CREDIT}</span></div>"
    )
    doc = _read("ferry.html", _html(figure))
    assert BYLINE_CREDIT not in _text(doc)
    assert LEDE in _text(doc)


def test_a_capture_s_line_under_a_photo_is_cut_by_its_credit() -> None:
    capture = (
        f"Tarvia ferry withdraws Halvik\n\nBy Ada Selvany\n\n{LEDE}\n\n{WIRE_CAPTION}\n\n"
        f"{SECOND}\n\n{STAFF_CAPTION}\n\n{THIRD}\n"
    )
    doc = _read("ferry.txt", capture)
    text = _text(doc)
    assert "leaves Kellmarsh harbour" not in text and "queue at the Selvany quay" not in text
    assert all(p in text for p in (LEDE, SECOND, THIRD)), text


def test_a_wiki_thumbnail_caption_leaves_the_lead() -> None:
    page = (
        "The '''Halvik''' is a ferry on the Lisle crossing in Tarvia.\n"
        "[[File:Halvik 2023.jpg|thumb|The Halvik at Kellmarsh, August 2023]]\n"
        "It was built in 1979 at the Brannock yard.\n\n== History ==\nThe ship entered "
        "service in 1980 and has carried passengers between Kellmarsh and Selvany since.\n"
    )
    doc = _read("halvik.wiki", page)
    assert "August 2023" not in _text(doc)
    assert "The Halvik at Kellmarsh, August 2023" in doc.removed


def test_a_markdown_picture_and_the_line_under_it_are_no_paragraph() -> None:
    page = (
        f"# Tarvia ferry withdraws Halvik\n\n{LEDE}\n\n![The Halvik](halvik.jpg)\n"
        "*The Halvik at Kellmarsh harbour in March. Photo: Ada Selvany*\n\n"
        f"{SECOND}\n\n{THIRD}\n"
    )
    text = _text(_read("ferry.md", page))
    assert "Kellmarsh harbour in March" not in text and "The Halvik " not in text[:12]
    assert SECOND in text


def test_sentences_that_mention_a_photo_or_a_slash_stay() -> None:
    kept = [
        "Photos taken by the crew in January were shown to the inspectors on Monday.",
        "Traffic to the quay was diverted onto the A40/M4 link for the day.",
        "The crossing runs 24/7 in summer, the company said.",
    ]
    capture = f"Tarvia ferry withdraws Halvik\n\n{LEDE}\n\n" + "\n\n".join(kept) + f"\n\n{SECOND}\n"
    text = _text(_read("ferry.txt", capture))
    assert all(line in text for line in kept), text
