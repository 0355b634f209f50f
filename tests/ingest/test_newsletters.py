"""Newsletters saved as plain text: the issue's date line under the masthead dates the issue,
and a sponsor's box is an advertisement, not part of the issue's stories."""

from __future__ import annotations

from sourcedesk.ingest.text import read_text_capture, unwrap

STORY = """The Tarvia transit authority has approved the Kellmarsh tram
extension after a two-year review, clearing the way for work to
begin on the first three kilometres of track next spring.

The board voted five to two in favour. Two members said the cost
estimate of 48 million crowns was still too uncertain to commit
to, and asked for a fresh figure before contracts are signed.

Residents of Orsa Street, where the line will run past the old
market, told us they had been waiting for a decision since the
plan was first floated in 2019.

Work on the depot at Brannock is due to start first, with the
first trams expected to carry passengers in the autumn of 2027
if the schedule holds.
"""

ISSUE = f"""RAILS & ROADS
A weekly letter on how the people of Tarvia get about town
Issue #58 -- Thursday 6 February 2025

View this email in your browser | Forward to a friend

1. KELLMARSH TRAMS GET THE GREEN LIGHT

{STORY}
Unsubscribe | Update preferences
"""


def test_a_date_line_under_a_tagline_is_not_wrapped_into_it() -> None:
    lines = unwrap(ISSUE.split("\n"))
    assert "Issue #58 -- Thursday 6 February 2025" in lines, lines[:4]


def test_a_newsletter_issue_is_dated_by_its_issue_line() -> None:
    doc = read_text_capture(ISSUE, "rails-and-roads-58.txt")
    assert doc.published == "2025-02-06", (doc.title, doc.removed)
    assert doc.kind == "news"


SPONSORED = f"""RAILS & ROADS
Issue #59 -- Thursday 13 February 2025

Morning, all. This week the Kellmarsh tram board's vote, and a word
from the people who keep this letter free to read.

=== THIS WEEK'S ISSUE IS SUPPORTED BY HALVIK CARGO BIKES ===
Moving parcels across Lisle? Halvik Cargo Bikes carry 120 kg and
fold into a van. Book a test ride this month for a free helmet.
>> halvik.example/ride
==========================================================

1. KELLMARSH TRAMS GET THE GREEN LIGHT

{STORY}
=== SPONSOR: THE SELVANY STREETS FORUM ===
Two days, forty speakers and one question: who owns the street?
Rails & Roads readers save 20% with the code RAILS20.
==========================================================

2. IN BRIEF

Buses in Orsa will run every ten minutes on Saturdays from March,
the operator said on Monday, after a trial last autumn.
"""


def test_a_sponsor_s_box_is_cut_with_its_label() -> None:
    doc = read_text_capture(SPONSORED, "rails-and-roads-59.txt")
    text = "\n".join(b.text for b in doc.blocks)
    assert "Halvik Cargo Bikes carry" not in text and "RAILS20" not in text, text
    assert any("Halvik Cargo Bikes carry" in line for line in doc.removed), doc.removed
    assert "The board voted five to two in favour." in text
    assert "Buses in Orsa will run every ten minutes" in text
    assert doc.published == "2025-02-13"


def test_a_story_about_sponsorship_stays() -> None:
    story = STORY.replace(
        "The board voted",
        "The extension is supported by a grant from the Tarvia rail fund.\n\nThe board voted",
    )
    doc = read_text_capture(ISSUE.replace(STORY, story), "rails-and-roads-58.txt")
    assert "The extension is supported by a grant from the Tarvia rail fund." in [
        b.text for b in doc.blocks
    ]
