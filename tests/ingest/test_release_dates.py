"""A press release's own release line ("For immediate release: Friday 4 April 2025", "Embargoed
until 00:01, …") dates the release, whether the line stays in the text or leaves it."""

from __future__ import annotations

from sourcedesk.ingest.markdown import read_markdown
from sourcedesk.ingest.text import read_text_capture

BODY = """\
The Halvik Ramblers Association today asked the county council to reopen the coast path between Orsa Point and the Kellmarsh steps, closed since the landslip in January.

The association says the council's own engineers found the path safe to use in March, and that walkers have been sent on a road without a pavement for three months.

"We have waited long enough," said Selvany Tarn, the association's chair. "The report says the path is safe. Open it."
"""

MARKDOWN_RELEASE = f"""\
[Home](/) | [About us](/about) | [Walks](/walks) | [News](/news) | [Join](/join)

# Ramblers ask council to reopen the Orsa coast path

**Halvik Ramblers Association — press release**
**For immediate release: Friday 4 April 2025**

---

{BODY}
[Read more news](/news) | [Download this release (PDF)](/files/release.pdf)
"""


def test_a_markdown_release_is_dated_by_its_release_line() -> None:
    doc = read_markdown(MARKDOWN_RELEASE, "/tmp/ramblers_release.md")
    assert doc.title == "Ramblers ask council to reopen the Orsa coast path"
    assert doc.published == "2025-04-04"
    assert doc.blocks[0].text.startswith("The Halvik Ramblers Association today asked")


TEXT_RELEASE = f"""\
HALVIK RAMBLERS ASSOCIATION

FOR IMMEDIATE RELEASE - Monday 7 April 2025

Ramblers ask council to reopen the Orsa coast path

{BODY}
ENDS
"""


def test_a_captured_release_is_dated_by_its_release_line() -> None:
    doc = read_text_capture(TEXT_RELEASE, "/tmp/ramblers_release.txt")
    assert doc.title == "Ramblers ask council to reopen the Orsa coast path"
    assert doc.published == "2025-04-07"
    assert doc.publisher == "Halvik Ramblers Association"


EMBARGOED = f"""\
Tarvia Water Board
Embargoed until 00:01, Tuesday 8 April 2025

Water board sets out plan for the Lisle reservoir

{BODY}
"""


def test_an_embargo_s_date_dates_the_release() -> None:
    doc = read_text_capture(EMBARGOED, "/tmp/tarvia_release.txt")
    assert doc.published == "2025-04-08"
