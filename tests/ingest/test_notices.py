"""A regulator's or company's notice saved as wrapped plain text is article text: its summary,
its table of labelled facts and its short sections stay, its reference line is no headline,
and a masthead above a site's menu is no headline either."""

from __future__ import annotations

from sourcedesk.ingest.text import read_text_capture
from sourcedesk.records import Document

# Wrapped at 70 columns, under a menu and a notice the capture left whole (wider lines).
NOTICE = """\
Skip to main content

Tarnhold Food Standards Office

Home | Alerts and recalls | Food businesses | Consumers | Guidance | About the office | Contact us
Search this site: [          ] [Go]

We use cookies to make this site work and to count visits. Read more in our cookie policy. [Accept]

----------------------------------------------------------------------

PRODUCT RECALL NOTICE
Halvik Dairies Ltd: Orsa Valley soft cheese 200 g (two lots)

Notice reference: FR-2025-118
Date issued: 03/04/2025
Notice type: Recall - do not eat

----------------------------------------------------------------------

Summary

Halvik Dairies Ltd is recalling two lots of Orsa Valley soft cheese
because the cheese may contain Listeria monocytogenes. Eating food
contaminated with the bacterium can cause a serious illness in older
people, pregnant women and people with weak immune systems.

Product details

  Product name:          Orsa Valley soft cheese
  Pack size:             200 g round
  Lot numbers:           L2291 and L2292
  Best before:           18/04/2025
  Made at:               Kellmarsh creamery
  First shipped:         14 March 2025
  Last shipped:          29 March 2025
  Quantity shipped:      about 6,400 packs

No other Halvik Dairies products are affected by this recall, and
other lots of the cheese may be eaten as normal.

Background

The office was told by a laboratory in Lisle that routine samples of
the cheese taken from a shop shelf had grown the bacterium. The firm
tested its retained samples of both lots and found the same result the
next morning, and it stopped all sales from the creamery at once.

Update - 9 April 2025

Inspectors visited the Kellmarsh creamery on 7 April and found that a
drain under the brining room had backed up during the week the lots
were made. The firm has agreed to keep the room closed until it has
been cleaned and tested three times in a row.

Contact
Telephone: 01632 960 118
Related notices
- FR-2025-117: Undeclared milk in Tarvia oat biscuits
Accessibility | Cookies | Privacy notice | Terms and conditions
"""


def _text(doc: Document) -> str:
    return "\n".join(block.text for block in doc.blocks)


def _kept(doc: Document, words: str) -> bool:
    return any(words in block.text for block in doc.blocks)


def test_a_wrapped_notice_keeps_its_summary_and_starts_with_its_first_sentence() -> None:
    doc = read_text_capture(NOTICE, "/tmp/tarnhold_notice.txt")
    first = next(block for block in doc.blocks if block.kind == "paragraph")
    assert first.text.startswith("Halvik Dairies Ltd is recalling two lots"), first
    assert _kept(doc, "pregnant women and people with weak immune systems.")
    assert _kept(doc, "tested its retained samples of both lots")


def test_a_notice_s_table_of_facts_is_kept_row_by_row() -> None:
    doc = read_text_capture(NOTICE, "/tmp/tarnhold_notice.txt")
    for row in ("Best before: 18/04/2025", "Made at: Kellmarsh creamery", "about 6,400 packs"):
        assert _kept(doc, row), row
    # each row stays a row: no two are run together as if the capture had wrapped them
    assert not _kept(doc, "200 g round Lot numbers")


def test_a_fact_s_date_in_the_table_stays_and_does_not_date_the_notice() -> None:
    doc = read_text_capture(NOTICE, "/tmp/tarnhold_notice.txt")
    assert _kept(doc, "First shipped: 14 March 2025")
    assert _kept(doc, "Last shipped: 29 March 2025")
    assert doc.published == "2025-04-03"


def test_an_update_note_s_dated_heading_stays_over_its_note() -> None:
    doc = read_text_capture(NOTICE, "/tmp/tarnhold_notice.txt")
    text = _text(doc)
    assert "Update - 9 April 2025\nInspectors visited the Kellmarsh creamery" in text


def test_a_reference_line_is_not_the_notice_s_title_and_its_furniture_goes() -> None:
    doc = read_text_capture(NOTICE, "/tmp/notice-reference-fr-2025-118.txt")
    assert doc.title == "Halvik Dairies Ltd: Orsa Valley soft cheese 200 g (two lots)"
    text = _text(doc)
    for furniture in ("Search this site", "cookie policy", "01632 960 118", "Undeclared milk"):
        assert furniture not in text, furniture


# A blog hard-wrapped at 72 columns: the blog's name and tagline stand above its menu.
BLOG = """\
THE KELLMARSH KITCHEN GARDEN
Growing food on a windy hillside

Home | About | Seed swaps | Archive | Contact

Posted on 4 May 2025 by Selvany Orsa | 6 comments

WHY MY BROAD BEANS FAILED THIS SPRING AND WHAT I WILL DO NEXT YEAR

Regular readers know that I sow broad beans in late autumn and leave
them to sit out the winter under a fleece. For six years it has worked,
and I have had the first pods of the season by the end of May. This
year the plants stood still in March and then most of them died.

I pulled a dozen up last weekend. The roots were black and soft, and
the soil around them smelled sour. A neighbour who has farmed the
valley for forty years took one look and said the bed had been wet for
too long, and that the winter rain had nowhere to go.

What I will change

Next autumn the beans go into a raised bed with a layer of grit under
the soil, and I will sow half of them in pots in the greenhouse as a
spare row. I will report back here in the spring, good or bad.
"""


def test_a_blog_s_name_above_its_menu_is_not_the_post_s_title() -> None:
    doc = read_text_capture(BLOG, "/tmp/kellmarsh_kitchen_garden_beans.txt")
    assert doc.title == "WHY MY BROAD BEANS FAILED THIS SPRING AND WHAT I WILL DO NEXT YEAR"
    assert doc.published == "2025-05-04"
    assert doc.blocks[0].text.startswith("Regular readers know that I sow broad beans")


# A station's page: its banner and slogan over the menu, the story's headline under it.
STATION = """\
TARVIA VALLEY RADIO 101.2
Music and news for the valley

On air | News | Travel | Weather | Competitions | Presenters | Contact

ON AIR NOW: Afternoons with Orsa Lind
[Listen live]  [Get the app]

------------------------------------------------------------
NEWS | Tuesday 6 May 2025

'It came up faster than anyone expected': river warden on the Lisle flood

Posted 09:20 by the newsroom

The warden who led the night watch on the river at Lisle has said the water rose faster than in any flood she had seen in twenty years on the job.

Warden Ilse Brannick was speaking on Tarvia Valley Radio this morning, two days after the river broke its banks above the old mill and flooded forty homes.

She said her team had moved sandbags to the mill lane twice in one night, and that volunteers from the rowing club had helped carry them.

[Listen again]  [Share]

MORE NEWS
> Tarvia road works start next week
"""


def test_a_station_s_banner_is_not_the_title_and_its_headline_is_not_lost() -> None:
    doc = read_text_capture(STATION, "/tmp/tarvia_valley_radio_page.txt")
    assert doc.title == "'It came up faster than anyone expected': river warden on the Lisle flood"
    assert "TARVIA VALLEY RADIO 101.2" in doc.removed
    assert doc.blocks[0].text.startswith("The warden who led the night watch")


MARINERS = """\
Tarnhold Port Authority

NOTICE TO MARINERS
Changes to the marks at the harbour entrance

Notice number: NM-2025-044
Issued: 12 June 2025

The two buoys that mark the south side of the Halvik bar channel have been moved forty metres to the east, the port authority said on Thursday.

Masters should keep to the marked channel and expect the depth at low water to be less than shown on older charts.

The buoys will stay in their new places until the survey of the bar is finished in the autumn.
"""


def test_a_reference_number_over_the_issue_date_is_not_the_headline() -> None:
    doc = read_text_capture(MARINERS, "/tmp/notice_number_nm_2025_044.txt")
    assert doc.title == "Changes to the marks at the harbour entrance"
    assert doc.published == "2025-06-12"
