"""A capture's headline is its title, not the masthead above it: a question that opens the
article's run, a headline of two short sentences over its byline, and a consent banner's
prose that must not pass for the article's first paragraph."""

from __future__ import annotations

from sourcedesk.ingest.text import read_text_capture

ARTICLE = """\
Seven days after the storm reached the Halvik coast, the harbour office says the sea wall held along most of its length and failed in only two places.

Engineers from the Tarnhold survey office walked the wall on Tuesday with the harbour master and counted two breaches, both near the old ferry slip.

"The wall did what it was built to do for most of the night," the harbour master said. "Where it failed, it had been patched before."

Repairs are expected to take until the end of the month, and the ferry slip will stay closed until then, the office said.
"""

QUESTION_HEADLINE = f"""\
TARNHOLD OUTDOORS  -  walking the north since 1990
[Menu]  Routes  Gear  Skills  Conditions  Shop  |  Search

Conditions > Coast > Features

The Halvik sea wall, a week on: why did it fail where it did?

Orsa Kellmarsh, Coast Editor | 3 Mar 2025 | 5 min read

{ARTICLE}"""


def test_a_question_headline_over_its_byline_is_the_title_not_the_masthead() -> None:
    doc = read_text_capture(QUESTION_HEADLINE, "/tmp/tarnhold_outdoors_capture.txt")
    assert doc.title == "The Halvik sea wall, a week on: why did it fail where it did?"
    assert doc.published == "2025-03-03"
    assert doc.blocks[0].text.startswith("Seven days after the storm"), doc.blocks[0]


COLUMN = f"""\
Skip to main content
LISLE LEDGER
Subscribe now - first month $1 | Sign in | e-Edition
OPINION | COLUMNISTS

The Halvik sea wall was a warning. The council should listen.

By Selvany Orsa
Ledger columnist
Sunday, March 9, 2025

{ARTICLE}"""


def test_a_column_s_headline_of_two_sentences_over_its_byline_is_the_title() -> None:
    doc = read_text_capture(COLUMN, "/tmp/lisle_column.txt")
    assert doc.title == "The Halvik sea wall was a warning. The council should listen."
    assert doc.published == "2025-03-09"


CONSENT = f"""\
Brannock Courier

We value your privacy
We and our 120 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers, for personalised ads and content, ad and content measurement and audience insights. You may click to consent to our and our partners' processing as described above, or click to refuse consent.
[ACCEPT ALL]   [MANAGE PREFERENCES]   [REJECT ALL]

Home | News | Sport | Farming | Opinion | Jobs | Subscribe
Search the Courier...

NEWS > LOCAL

'It held where it was new': Halvik sea wall failed at two old patches

By Kellmarsh Tarvia, Chief Reporter
Friday, 7 March 2025, 6:05 am

{ARTICLE}"""


def test_a_consent_banner_its_buttons_the_search_box_and_breadcrumb_are_cut() -> None:
    doc = read_text_capture(CONSENT, "/tmp/brannock_courier_capture.txt")
    text = "\n".join(b.text for b in doc.blocks)
    assert doc.title == "'It held where it was new': Halvik sea wall failed at two old patches"
    for furniture in ("partners", "ACCEPT ALL", "Search the Courier", "NEWS > LOCAL", "privacy"):
        assert furniture not in text, furniture
    assert text.startswith("Seven days after the storm"), text[:80]


SHARE_BAR_UNDER_BYLINE = f"""\
Skip to main content
Orsa Gazette
Home  News  Sport  Business  Community  Jobs  Motors  E-edition
Log in | Register

We value your privacy
This site keeps small files on your device so that it works. Press "Accept cookies" to allow them.
Accept cookies   Customise   Reject all

Sport > Football > Orsa Rovers

Supporters' pledges top £120,000 as councillors move to shield the stadium

By Ilse Marr | 12 April 2024, 7:05am | Updated 12 April 2024, 10:40am

Share  f  X  in  Email

{ARTICLE}"""


def test_a_share_bar_under_the_byline_is_no_title_and_no_text() -> None:
    doc = read_text_capture(SHARE_BAR_UNDER_BYLINE, "/tmp/orsa_gazette_capture.txt")
    assert doc.title == "Supporters' pledges top £120,000 as councillors move to shield the stadium"
    assert not any("Share" in block.text for block in doc.blocks)


SHARE_BAR_ONE_A_LINE = f"""\
Skip to main content
Vell Courier
Home
News
Sport
Log in

Cookies on this site
This site keeps small files on your device so that it works. Press "Accept cookies" to allow them.
Accept cookies
Cookie settings

News › Education

Corrected marks reach 4,100 pupils as colleges hold their places

Some families say the fix came a week too late

By Hedda Lorn, Education Reporter
Friday 22 August 2025, 7:20pm

Share
Facebook
X
WhatsApp
Copy link

{ARTICLE}"""


def test_a_share_bar_set_one_item_a_line_is_no_title() -> None:
    doc = read_text_capture(SHARE_BAR_ONE_A_LINE, "/tmp/vell_courier_capture.txt")
    assert doc.title == "Corrected marks reach 4,100 pupils as colleges hold their places"
    assert doc.published == "2025-08-22"


DECKED = f"""\
Skip to main content
Halvik Post
Home
News
Sport
Accept cookies

COAST

Sea wall breached in two places as storm repairs begin
Engineers blame old patches for the breaches near the ferry slip

By Orsa Kellmarsh, Coast Correspondent
Tuesday 4 March 2025, 7:00 am
Share
Save
Gift this article
Listen to this article

{ARTICLE}"""


def test_a_share_bar_label_is_not_the_title_and_the_deck_is_kept() -> None:
    doc = read_text_capture(DECKED, "/tmp/halvik_post_capture.txt")
    assert doc.title == "Sea wall breached in two places as storm repairs begin"
    first = doc.blocks[0].text
    assert first == "Engineers blame old patches for the breaches near the ferry slip", first
    assert doc.blocks[1].text.startswith("Seven days after the storm")
    assert not any("Gift" in b.text or "Listen" in b.text for b in doc.blocks)
