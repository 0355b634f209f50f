"""A picture's caption is no opening of the article: marked by its markup (a figure's
figcaption, a wiki thumbnail) or by the photo credit that closes it (a wire picture line set as
a paragraph, a capture's line under a photo), it follows the article's text without its
credit, and a credit alone is listed among the cut lines. A sentence that merely mentions a
photo, or a slash, stays where it is."""

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


def _after_article(text: str, caption: str) -> bool:
    """Whether a caption (less its credit) follows the article's last paragraph."""
    return caption in text and text.index(caption) > text.index(THIRD)


def _html(figure: str) -> str:
    return f"""<html><head><title>Tarvia ferry withdraws Halvik | Tarvia News Agency</title>
<meta property="article:published_time" content="2025-03-04T09:00:00+00:00"></head>
<body><article><h1>Tarvia ferry withdraws Halvik</h1>
{figure}<p>{LEDE}</p><p>{SECOND}</p><p>{THIRD}</p>
<p>The company did not say what the charter would cost.</p></article></body></html>"""


CAPTION_TOLD = "The ferry Halvik leaves Kellmarsh harbour on the Lisle crossing, March 2, 2025."


def test_a_figcaption_follows_the_article_without_its_credit() -> None:
    doc = _read(
        "ferry.html",
        _html(f"<figure><img src='h.jpg' alt=''><figcaption>{WIRE_CAPTION}</figcaption></figure>"),
    )
    text = _text(doc)
    assert text.startswith("KELLMARSH, March 4 (TNA)"), text[:120]
    assert _after_article(text, CAPTION_TOLD), text
    assert "TNA/Ada Selvany" not in text


def test_a_wire_picture_line_set_as_a_paragraph_is_a_caption_by_its_credit() -> None:
    doc = _read("ferry.html", _html(f"<img src='h.jpg' alt=''><p>{WIRE_CAPTION}</p>"))
    text = _text(doc)
    assert text.startswith("KELLMARSH, March 4 (TNA)"), text[:120]
    assert _after_article(text, CAPTION_TOLD), text


def test_a_credit_span_beside_a_picture_is_no_paragraph() -> None:
    figure = (
        "<div class='pic'><img src='h.jpg' alt=''>"
        f"<span class='credit'>{BYLINE_CREDIT}</span></div>"
    )
    doc = _read("ferry.html", _html(figure))
    assert BYLINE_CREDIT not in _text(doc)
    assert BYLINE_CREDIT in doc.removed
    assert LEDE in _text(doc)


def test_a_capture_s_line_under_a_photo_is_cut_by_its_credit() -> None:
    capture = (
        f"Tarvia ferry withdraws Halvik\n\nBy Ada Selvany\n\n{LEDE}\n\n{WIRE_CAPTION}\n\n"
        f"{SECOND}\n\n{STAFF_CAPTION}\n\n{THIRD}\n"
    )
    doc = _read("ferry.txt", capture)
    text = _text(doc)
    assert all(p in text for p in (LEDE, SECOND, THIRD)), text
    assert _after_article(text, CAPTION_TOLD), text
    assert _after_article(text, "Passengers queue at the Selvany quay on Monday.")
    assert "Courier staff" not in text


def test_a_wiki_thumbnail_caption_leaves_the_lead() -> None:  # and follows the article
    page = (
        "The '''Halvik''' is a ferry on the Lisle crossing in Tarvia.\n"
        "[[File:Halvik 2023.jpg|thumb|The Halvik at Kellmarsh, August 2023]]\n"
        "It was built in 1979 at the Brannock yard.\n\n== History ==\nThe ship entered "
        "service in 1980 and has carried passengers between Kellmarsh and Selvany since.\n"
    )
    text = _text(_read("halvik.wiki", page))
    assert text.index("The Halvik at Kellmarsh, August 2023") > text.index("since"), text


def test_a_markdown_picture_and_the_line_under_it_are_no_paragraph() -> None:
    page = (
        f"# Tarvia ferry withdraws Halvik\n\n{LEDE}\n\n![The Halvik](halvik.jpg)\n"
        "*The Halvik at Kellmarsh harbour in March. Photo: Ada Selvany*\n\n"
        f"{SECOND}\n\n{THIRD}\n"
    )
    text = _text(_read("ferry.md", page))
    assert "The Halvik " not in text[:12] and "Ada Selvany" not in text
    assert _after_article(text, "The Halvik at Kellmarsh harbour in March."), text


def test_sentences_that_mention_a_photo_or_a_slash_stay() -> None:
    kept = [
        "Photos taken by the crew in January were shown to the inspectors on Monday.",
        "Traffic to the quay was diverted onto the A40/M4 link for the day.",
        "The crossing runs 24/7 in summer, the company said.",
    ]
    capture = f"Tarvia ferry withdraws Halvik\n\n{LEDE}\n\n" + "\n\n".join(kept) + f"\n\n{SECOND}\n"
    text = _text(_read("ferry.txt", capture))
    assert all(line in text for line in kept), text


def test_the_label_words_are_what_every_labelled_credit_holds() -> None:
    """The quick word test before the credit search never turns a caption away: each literal
    every match needs holds a label word, and the letters a case-blind search takes for an
    ASCII one that lower-casing does not make one are the ones the test looks for."""
    import re

    from sourcedesk.ingest import captions
    from sourcedesk.ingest.needles import needles

    required = needles(captions.LABELLED_CREDIT.pattern)
    assert required
    assert all(any(w in n.lower() for w in captions.CREDIT_LABEL_WORDS) for n in required)
    letters = re.compile("[a-z]", re.IGNORECASE)
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    apart = {ch for ch in letters.findall(every) if not ("a" <= ch.lower() <= "z")}
    assert apart <= captions._FOLDED_APART


def test_a_credit_spelt_with_odd_letters_is_still_read() -> None:
    from sourcedesk.ingest.captions import LABELLED_CREDIT, is_credit_caption

    for text in (
        "The quay on Monday. PHOTO: Courier staff",
        "The quay on Monday. Illuſtration: Ada Orsa",
        "The quay on Monday. İmage: Ada Orsa",
        "The quay on Monday. Pıcture: Ada Orsa",
        "The quay on Monday. TNA/Ada Selvany",
        "The quay on Monday, they said.",
    ):
        expected = LABELLED_CREDIT.search(text) is not None or "/" in text
        assert is_credit_caption(text) == expected, text
