"""Links that only lead elsewhere ("Read more", "Download the checklist (PDF)"), a paywall's
prompt and a newsletter's "In this issue" are no text of the page: they leave it (listed as
cut), while the stories' own headings and paragraphs stay."""

from __future__ import annotations

from sourcedesk.ingest.markdown import read_markdown
from sourcedesk.ingest.text import read_text_capture
from sourcedesk.records import Document

NEWSLETTER = """\
[View this email in your browser](https://halvik.example/issues/58) | [Forward to a friend](https://halvik.example/forward)

# The Halvik Harbour Letter

**Issue 58 · 6 March 2025 · Weekly news for the boat owners of Halvik**

*Edited by Orsa Kellmarsh*

---

## In this issue

- New mooring fees: what changes in April
- The slipway closure
- Also: the spring regatta

---

## New mooring fees: what changes in April

The harbour board has set next year's mooring fees, and most berth holders will pay about eight per cent more from the first of April.

Boats under eight metres keep their old rate for one more year, the board said, after owners of small craft asked for time to plan.

[Download the fee table (PDF)](https://halvik.example/files/fees-2025.pdf)

## The slipway closure

The public slipway at Tarnhold Quay will close for three weeks in May while its surface is relaid. Owners are asked to book lifts at the boatyard instead. [Read more](https://halvik.example/news/slipway)

---

*Got a story? Email the editor at editor@halvik.example.*

[Unsubscribe](https://halvik.example/unsubscribe)
"""


def _text(doc: Document) -> str:
    return "\n".join(block.text for block in doc.blocks)


def test_a_newsletter_s_contents_label_is_not_its_title() -> None:
    doc = read_markdown(NEWSLETTER, "/tmp/halvik_letter_58.md")
    assert doc.title == "The Halvik Harbour Letter"
    assert doc.published == "2025-03-06"


def test_a_newsletter_s_first_story_keeps_its_heading() -> None:
    doc = read_markdown(NEWSLETTER, "/tmp/halvik_letter_58.md")
    assert doc.blocks[0].text == "New mooring fees: what changes in April", doc.blocks[0]
    assert doc.blocks[0].kind == "heading"


def test_read_more_and_download_links_leave_the_text_and_are_listed_as_cut() -> None:
    doc = read_markdown(NEWSLETTER, "/tmp/halvik_letter_58.md")
    text = _text(doc)
    assert "Read more" not in text
    assert "Download the fee table" not in text
    assert "Download the fee table (PDF)" in doc.removed
    assert "Owners are asked to book lifts at the boatyard instead." in text
    assert "Edited by Orsa Kellmarsh" in doc.removed


CAPTURE = """\
THE TARVIA DAILY
News | Sport | Business | Opinion | Lifestyle | Puzzles
Subscribe   Sign in   Search

Ferry fares to rise by a fifth on the Lisle crossing

Operator blames fuel costs as islanders warn of a lifeline priced out of reach

By Selvany Orsa, Transport Reporter
Tuesday 4 March 2025, 7:00 am

Ferry fares on the crossing between Lisle and the Tarvia mainland will rise by about a fifth from next month, the operator said on Monday, blaming the cost of fuel and a new crew agreement.

A return ticket for a car and driver will go up from 48 to 57 crowns, and foot passengers will pay 9 crowns instead of 7.5, according to the new timetable published on the operator's website.

------------------------------------------------------------
You've read all of your free articles for this month.
Subscribe today for just 10 crowns a month for your first year
and enjoy unlimited access to the island journalism you rely on.
[SUBSCRIBE]     Already a subscriber? [Sign in]
------------------------------------------------------------

Islanders' groups said the rise would fall hardest on people who cross every day for work or hospital visits, and asked the regional council to step in.

The operator said discounts for residents would stay and that it would review the fares again in the autumn.

Download the full fare table (PDF, 120 KB)

Related stories
- Lisle harbour works delayed
"""


def test_a_paywall_prompt_wrapped_in_a_box_leaves_the_text_whole() -> None:
    doc = read_text_capture(CAPTURE, "/tmp/tarvia_daily_ferry.txt")
    text = _text(doc)
    for prompt in ("free articles", "Subscribe today", "unlimited access", "SUBSCRIBE"):
        assert prompt not in text, prompt
    assert "and enjoy unlimited access to the island journalism you rely on." in doc.removed
    assert "Islanders' groups said the rise would fall hardest" in text
    assert "Download the full fare table" not in text
    # the standfirst opens the text, as an HTML page's does; the byline is a cut line
    assert doc.title == "Ferry fares to rise by a fifth on the Lisle crossing"
    standfirst = "Operator blames fuel costs as islanders warn of a lifeline priced out of reach"
    assert doc.blocks[0].text == standfirst
    assert "By Selvany Orsa, Transport Reporter" in doc.removed
