"""A Markdown page's own headline is its title, not the site or issuer named above it: a
release's headline under its letterhead and "Press release" line, a blog post's heading over
its "Posted by … on …" line; the fields set one to a line in bold stay apart."""

from __future__ import annotations

from sourcedesk.ingest.markdown import read_markdown
from sourcedesk.ingest.metadata import parse_dateline

RELEASE = """\
# Orsa Valley Lifeboat Crew

**Press release - for immediate use**
**Date:** 14 March 2025
**Contact:** Lisle Brannock, Press Officer - press@orsalifeboat.example - 0100 555 0199

---

## Two anglers rescued from the Halvik sandbar as the tide turned

Orsa Valley Lifeboat Crew can confirm that two anglers cut off by the rising tide on the Halvik sandbar yesterday evening were brought safely ashore.

The crew launched at 18:40 after a call from a walker on the cliff path, and reached the pair twelve minutes later, when the water was already at their knees.

Both men were checked by paramedics at the Tarnhold slipway and needed no further treatment.

**ENDS**

---

### Notes to editors

- Orsa Valley Lifeboat Crew was founded in 1921 and has 30 volunteer members.

*Follow us on social media for updates. Share this release: [Facebook] [X] [Email]*

(c) 2025 Orsa Valley Lifeboat Crew. Registered charity.
"""


def test_a_release_is_titled_by_its_headline_and_dated_by_its_date_field() -> None:
    doc = read_markdown(RELEASE, "orsa_release.md")
    text = "\n".join(b.text for b in doc.blocks)
    assert doc.title == "Two anglers rescued from the Halvik sandbar as the tide turned"
    assert doc.published == "2025-03-14"
    assert doc.kind == "news"
    assert text.startswith("Orsa Valley Lifeboat Crew can confirm"), text[:60]
    assert "was founded in 1921" in text
    for furniture in ("ENDS", "Share this release", "Press release", "Contact:"):
        assert furniture not in text, furniture


BLOG = """\
[Home](/) | [Match Reports](/reports) | [Opinion](/opinion) | [About](/about)

# The Tarvia Terrace
*Independent Tarvia Rovers fan blog since 2012 - not affiliated with the club*

---

## Three months in: who is really running the Rovers?

**Posted by Selvany Orsa on Monday 7 April 2025** · 6 min read · Tags: #rovers #stadium #protest #board

---

Well. That was a month.

When the new owners took the keys to Brannock Lane in January, they promised that nothing important would change, and that the supporters' trust would be asked before anything did.

Since then the manager has gone, the ticket prices have risen twice, and a brochure for a new ground on the edge of town has been shown to the trust board without a word to anyone else.

The trust says members will vote on any move, and the ballot is expected to open in the summer.
"""


def test_a_blog_post_s_heading_over_its_posted_by_line_is_the_title_and_dates_it() -> None:
    doc = read_markdown(BLOG, "tarvia_terrace_2025-04-07.md")
    assert doc.title == "Three months in: who is really running the Rovers?"
    assert doc.published == "2025-04-07"
    assert doc.blocks[0].text == "Well. That was a month."


def test_a_long_byline_with_its_date_in_one_part_dates_the_page() -> None:
    line = "Posted by Selvany Orsa on Monday 7 April 2025 · 6 min read · Tags: #a #b #c #d"
    assert parse_dateline(line) == "2025-04-07"
