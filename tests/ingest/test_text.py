"""The plain-text cleaner keeps the article and cuts the page furniture, line by line."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sourcedesk.ingest.text import DENSITY, KEEP_ALL, RULES, read_text_capture
from sourcedesk.records import Document

CAPTURES = Path(__file__).resolve().parents[1] / "fixtures" / "captures"
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def capture(name: str) -> Document:
    """One of our fixture pages, cleaned."""
    return read_text_capture((CAPTURES / name).read_text(encoding="utf-8"), name)


def seed(prefix: str) -> Document:
    """One of the real seed captures, cleaned (skips when ../shared/seeds is absent)."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return read_text_capture(path.read_text(encoding="utf-8"), path.name)


def texts(doc: Document, kind: str | None = None) -> list[str]:
    return [b.text for b in doc.blocks if kind is None or b.kind == kind]


def kept(doc: Document, fragment: str) -> bool:
    return any(fragment in b.text for b in doc.blocks)


def cut(doc: Document, fragment: str) -> bool:
    return any(fragment in line for line in doc.removed)


# --- fixture pages: exact keep/drop behaviour --------------------------------------------


def test_news_page_loses_cookie_banner_menu_share_bar_and_footer() -> None:
    doc = capture("news_cookie_menu_share.txt")
    assert doc.reader == RULES
    assert doc.title == "Tram line to Harrowgate will close for two years, council confirms"
    assert doc.published == "2021-03-03"
    assert (doc.kind, doc.language) == ("news", "en")
    assert doc.publisher == "Harrowgate Evening Courier"
    assert len(texts(doc, "paragraph")) == 6
    assert kept(doc, "tracks are replaced") and kept(doc, "refunded in full")
    assert kept(doc, "hard news for the people who ride the tram")
    assert [(b.text, b.level) for b in doc.blocks if b.kind == "heading"] == [
        ("What happens next", 2)
    ]
    for furniture in (
        "We and our partners use cookies",
        "Accept all",
        "HomeNewsSportWeatherTravel",
        "Home > News > Regional",
        "By Mira Castell",
        "Share on Facebook",
        "Advertisement",
        "Related Articles",
        "Harbour festival moves to new dates",
        "Sign up to our daily newsletter",
        "Comments",
        "All rights reserved",
        "Terms of Use",
    ):
        assert cut(doc, furniture), furniture
        assert not kept(doc, furniture), furniture


def test_every_line_is_kept_cut_or_the_title_in_page_order() -> None:
    page = (CAPTURES / "news_cookie_menu_share.txt").read_text(encoding="utf-8")
    doc = read_text_capture(page)
    lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
    assert list(doc.removed) == [
        line for line in lines if line != doc.title and line not in texts(doc)
    ]


def test_mirror_encyclopedia_page_keeps_sections_and_parses_references() -> None:
    doc = capture("mirror_encyclopedia.txt")
    assert doc.title == "Orvel Island Lighthouse"
    assert (doc.kind, doc.publisher) == ("encyclopedia", "Wikipedia")
    assert doc.published is None  # an infobox date ("Constructed 3 June 1861") is no dateline
    assert texts(doc, "heading") == ["History", "Decline", "See also", "Bibliography"]
    assert texts(doc, "list_item")[:2] == [
        "Lighthouses of Brask Sound",
        "List of disused lighthouses",
    ]
    assert kept(doc, "Tidewater Press")
    assert [r.n for r in doc.references] == [1, 2, 3, 4]
    first = doc.references[0]
    assert (first.title, first.publisher, first.date) == (
        "Orvel light to go dark after 145 years",
        "Brask Sound Gazette",
        "2006-05-14",
    )
    for furniture in ("licensed under Creative Commons", "Redirected from", "Main article:"):
        assert cut(doc, furniture) and not kept(doc, furniture)
    for nav in ("Skerry Point", "Cape Malm", "Old Pier Light", "Location", "Constructed"):
        assert cut(doc, nav) and not kept(doc, nav)
    assert cut(doc, "Contents") and cut(doc, "2 Decline") and not kept(doc, "Contents")
    assert cut(doc, "Categories:")
    assert not kept(doc, "Storm damage survey")  # references are not blocks


def test_blog_loses_comments_subscribe_prompts_and_related_posts() -> None:
    doc = capture("blog_comments_related.txt")
    assert doc.title == "How I finally learned to bake rye bread"
    assert doc.published == "2019-10-12"
    assert len(texts(doc, "paragraph")) == 5
    assert kept(doc, "wait a full day before you cut it")
    for furniture in (
        "Sharing is caring",
        "Tags: bread",
        "You may also like",
        "A warming pot of soup",
        "3 comments",
        "Ferdinand says:",
        "much lighter than my usual attempts",
        "Leave a Reply",
        "Save my name",
        "Subscribe to our newsletter",
    ):
        assert cut(doc, furniture) and not kept(doc, furniture), furniture


def test_captions_bullet_summary_and_quote_keep_their_kinds() -> None:
    doc = capture("captions_bullets.txt")
    assert doc.published == "2022-07-14"
    assert texts(doc, "list_item") == [
        "A survey team has mapped 600 metres of a submerged harbour wall.",
        "The wall may be the oldest port structure found on this coast.",
    ]
    captions = texts(doc, "caption")
    assert len(captions) == 2
    assert "Photo: Ines Taro" in captions[0] and "Image Credit" in captions[1]
    assert texts(doc, "quote") == [
        "The stones were cut and fitted with a care we did not expect to find this early."
    ]
    assert kept(doc, "fourth season")
    for furniture in ("Advertisement", "subscribed to push alerts", "Next Article", "Menu"):
        assert cut(doc, furniture) and not kept(doc, furniture)


def test_a_page_rendered_twice_keeps_one_copy_and_records_the_repeat() -> None:
    doc = capture("repeated_twice.txt")
    paragraphs = texts(doc, "paragraph")
    assert len(paragraphs) == 4 and len(set(paragraphs)) == 4
    assert sum(1 for line in doc.removed if "single steel arch" in line) == 1
    assert doc.title == "Footbridge over the Amsel opens after three years"
    assert not kept(doc, "Footbridge over the Amsel opens")


# --- cascade and options ------------------------------------------------------------------


def test_markup_headings_give_levels_and_the_page_title() -> None:
    page = (
        "= Brask Sound =\n"
        "Brask Sound is a sheltered strait between two islands, known for its calm water.\n"
        "== Geography ==\n"
        "The sound is eleven kilometres long and nowhere deeper than forty metres.\n"
        "=== Islands ===\n"
        "Orvel Island lies at its northern end and Skerry Island at its southern end.\n"
    )
    doc = read_text_capture(page)
    assert doc.title == "Brask Sound"
    headings = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert headings == [("Geography", 2), ("Islands", 3)]


def test_too_little_prose_for_a_region_falls_back_to_density() -> None:
    doc = read_text_capture("Home\nContact\nThe office is closed today for the holiday.\nMenu\n")
    assert doc.reader == DENSITY
    assert texts(doc) == ["The office is closed today for the holiday."]


def test_no_prose_at_all_keeps_everything() -> None:
    doc = read_text_capture("Alpha\nBeta\nGamma\n")
    assert doc.reader == KEEP_ALL
    assert texts(doc) == ["Alpha", "Beta", "Gamma"]
    assert read_text_capture("").blocks == ()


def test_lines_seen_across_the_site_are_furniture() -> None:
    # a site's slogan: no pattern knows it ("… readers like you" would be an appeal by its words)
    promo = "Our reporters have covered every street of this valley since the paper was founded."
    page = (CAPTURES / "news_cookie_menu_share.txt").read_text(encoding="utf-8")
    page = page.replace("What happens next\n", f"{promo}\nWhat happens next\n")
    assert kept(read_text_capture(page), "every street of this valley")
    doc = read_text_capture(page, site_lines=Counter({promo: 5}))
    assert cut(doc, "every street of this valley") and not kept(doc, "every street of this valley")


ARTICLE = (
    "The harbour board has voted to keep the old crane on the quay as a listed monument.\n"
    "Engineers had warned that its rusted jib could not be saved without a full rebuild.\n"
    "Members said the crane was the last of its kind on the coast and worth the cost.\n"
)
TEASERS = (
    "Ferry fares to rise in spring\nMira Castell\n"
    "Operators blamed the price of fuel for the increase, the third in two years.\n"
    "New cycle lane opens on the ring road\nAnton Brisk\n"
    "The lane runs for four kilometres and is separated from traffic by a kerb.\n"
    "Library hours cut over winter\nJuniper Vale\n"
    "The central library will close at five on weekdays until the end of March.\n"
)


def test_teasers_after_a_furniture_cluster_are_cut() -> None:
    page = "Crane to stay\n" + ARTICLE + "Advertisement\nharbour\ncranes\n" + TEASERS
    doc = read_text_capture(page)
    assert texts(doc) == ARTICLE.split("\n")[:3]
    assert cut(doc, "Ferry fares to rise") and cut(doc, "four kilometres")


def test_headed_paragraphs_without_furniture_stay_in_the_article() -> None:
    page = "Crane to stay\n" + ARTICLE + TEASERS
    doc = read_text_capture(page)
    assert kept(doc, "four kilometres") and kept(doc, "close at five")


# --- the real seed captures ------------------------------------------------------------------


def test_seed_mirror_page_references_and_no_nav_box() -> None:
    doc = seed("000")
    assert doc.title == "North Korea–Ukraine relations"
    assert doc.kind == "encyclopedia"
    assert len(doc.references) == 21
    assert doc.references[0].date == "2022-07-13"
    assert "Ukrainian Scientists" in (doc.references[3].title or "")
    assert {"History", "Trade"} <= set(texts(doc, "heading"))
    for nav in ("Former states", "Multilateral relations", "Key people", "Diplomatic missions"):
        assert not kept(doc, nav) and cut(doc, nav)
    assert cut(doc, "creative commons") and not kept(doc, "Further information")


def test_seed_wikitext_like_capture_heading_levels() -> None:
    doc = seed("001")
    levels = {b.text: b.level for b in doc.blocks if b.kind == "heading"}
    assert levels["History"] == 2 and levels["Russo-Ukrainian war"] == 3
    assert levels["Russian invasion of Ukraine"] == 4
    assert "Koreans in Ukraine" in texts(doc, "list_item")
    assert not kept(doc, "Infobox")


def test_seed_news_pages_lose_comment_and_subscribe_prompts() -> None:
    iria = seed("002")
    for furniture in ("Leave a comment", "Related Articles", "Copyright ©", "research institute"):
        assert cut(iria, furniture) and not kept(iria, furniture)
    assert any("Image Credit" in text for text in texts(iria, "caption"))
    blitz = seed("003")
    raw = next(SEEDS.glob("003_*.txt")).read_text(encoding="utf-8").splitlines()
    repeated = [line for line in raw if line.strip() and raw.count(line) == 2]
    assert blitz.title == repeated[0]  # the headline the capture repeats above the story
    for furniture in ("Leave a Comment", "Click to comment", "Subscribe via Email", "Recommended"):
        assert cut(blitz, furniture) and not kept(blitz, furniture)


def test_seed_business_news_page_date_title_bullets_and_cookies() -> None:
    doc = seed("004")
    assert doc.published == "2022-07-14"
    assert (doc.title or "").startswith("Ukraine breaks diplomatic relations")
    assert doc.kind == "news"
    assert len(texts(doc, "list_item")) == 2
    assert any("AP Photo" in text for text in texts(doc, "caption"))
    assert cut(doc, "We use cookies") and not kept(doc, "cookie")
    assert not kept(doc, "Advertisement") and cut(doc, "blocked notifications")


def test_a_sentence_opening_with_previous_or_next_is_not_a_page_link() -> None:
    page = (
        "Crane to stay\n"
        + ARTICLE
        + "Next year the board will repaint the crane in its first colours.\n"
        "Previous repairs to the jib were paid for by the port's fishermen.\n"
        "Next article: Ferry fares to rise in spring\n« Previous\n"
    )
    doc = read_text_capture(page)
    assert kept(doc, "Next year the board") and kept(doc, "Previous repairs to the jib")
    assert cut(doc, "Next article: Ferry fares") and cut(doc, "« Previous")


def test_a_lead_that_lost_its_final_stop_stays_text_and_the_headline_stays_the_title() -> None:
    lead = (
        "The harbour board has voted to keep the old crane on the quay as a monument, "
        "its chairman said on Tuesday"
    )
    page = "Crane to stay on the quay\n" + lead + "\n" + ARTICLE
    doc = read_text_capture(page)
    assert doc.title == "Crane to stay on the quay"
    assert texts(doc)[0] == lead


def test_a_speaker_line_before_a_quote_is_article_text_not_a_comment_header() -> None:
    page = (
        "Crane to stay\n"
        + ARTICLE
        + "Harbour board chairman Ola Brandt said:\n"
        + '"The crane is part of who we are, and it stays where it has always stood."\n'
    )
    doc = read_text_capture(page)
    assert kept(doc, "Harbour board chairman Ola Brandt said:")
    assert kept(doc, "The crane is part of who we are")


def test_a_full_sentence_dense_with_names_is_article_text() -> None:
    page = (
        "Sleep study for long voyages\n\n"
        "The Halden Polar Institute says crews could sleep through most of a long voyage.\n\n"
        "Research team head Arvid Lunde says a sleeping crew would need far smaller ships.\n"
    )
    doc = read_text_capture(page, "sleep.txt")
    assert "Arvid Lunde says a sleeping crew" in "\n".join(b.text for b in doc.blocks)


def test_a_spaced_menu_a_consent_banner_and_a_press_release_tail_are_cut() -> None:
    """A link bar set apart by wide gaps, a consent banner that never says "cookie", and a
    release's contacts, legal notice and end mark are furniture; its "About" facts stay."""
    doc = capture("press_release_spaced_menu.txt")
    assert doc.title == "Orsa Therapeutics wins approval for its Kell pill"
    assert doc.published == "2025-12-10"  # the wire lead's dateline
    for furniture in (
        "Home News Politics",
        "store and access information on your device",
        "Media contacts",
        "press@orsa.example",
        "forward-looking statements that involve risks",
        "ENDS",
    ):
        assert not kept(doc, furniture), furniture
    assert kept(doc, "more than 1,200 patients")
    assert kept(doc, "It employs about 380 people.")


def test_a_comment_count_and_an_invitation_to_comment_end_the_article() -> None:
    page = (
        "Fire at Lisle depot\n\n"
        "Two workers were hurt when fire swept through the Halvik depot in Lisle late on Monday,"
        " the fire service said.\n\n"
        "The depot, which opened in 1987, stores paint for the building trade across Tarvia.\n\n"
        "Comments (23)\n"
        "Have your say - log in or register to comment. Comments are moderated.\n"
        "RiverRat77: My dad worked there for twenty years and always said it was unsafe.\n"
        "Jen_from_Kell: Thank you to everyone at the leisure centre last night.\n"
    )
    doc = read_text_capture(page, "depot.txt")
    assert kept(doc, "stores paint for the building trade")
    assert not kept(doc, "Have your say") and not kept(doc, "RiverRat77")
    assert not kept(doc, "Thank you to everyone")


def test_an_end_mark_set_between_dashes_is_cut() -> None:
    page = (
        "Halvik Lines opens a second route\n\n"
        "LISLE, 3 May 2025 - Halvik Lines said on Tuesday it would open a second ferry route"
        " between Lisle and Orsa in June, with two sailings a day.\n\n"
        "The company expects to carry 90,000 passengers a year on the new route, its chief"
        " executive told reporters at the harbour.\n\n"
        "-ENDS-\n"
    )
    doc = read_text_capture(page, "release.txt")
    assert kept(doc, "two sailings a day") and not kept(doc, "ENDS")


def test_a_wire_sign_off_is_cut() -> None:
    page = (
        "Dam gives way in Tessel valley\n\n"
        "LOWMERE, March 10 (Orsa Wire) - An earthen dam on the upper Tessel river gave way before"
        " dawn on Monday, flooding two villages, officials said.\n\n"
        "Reporting by the valley's own radio station showed water rising in the square by six,"
        " and residents said they had had no warning before it arrived.\n\n"
        "(Reporting by Ada Venn; Editing by Tomas Halvik)\n\n"
        "Our Standards: The Orsa Wire Trust Principles.\n"
    )
    doc = read_text_capture(page, "dam.txt")
    assert kept(doc, "Reporting by the valley's own radio station")
    assert not kept(doc, "Editing by Tomas Halvik") and not kept(doc, "Trust Principles")


def test_a_release_keeps_its_notes_to_editors_after_the_end_mark() -> None:
    page = (
        "HALVIK LINES\nPress Office\n\n"
        "Halvik Lines opens a second route\n\n"
        "LISLE, 3 May 2025 - Halvik Lines said on Tuesday it would open a second ferry route"
        " between Lisle and Orsa in June, with two sailings a day.\n\n"
        "The company expects to carry 90,000 passengers a year on the new route, its chief"
        " executive told reporters at the harbour.\n\n"
        "ENDS\n\n"
        "Notes to editors\n"
        "Halvik Lines was founded in 1962 and runs four ferries from Lisle, carrying about"
        " 600,000 passengers a year.\n\n"
        "Media contact: press@halvik.example | +00 41 555 0100\n"
    )
    doc = read_text_capture(page, "release.txt")
    assert kept(doc, "Halvik Lines was founded in 1962")
    assert not kept(doc, "ENDS") and not kept(doc, "press@halvik.example")


def test_a_dateline_set_apart_from_its_update_note_by_a_wide_gap_dates_the_page() -> None:
    page = (
        "Police arrest suspect as Orsa wildfire spreads\n\n"
        "By Ada Venn\n"
        "August 9, 2023 4:52 PM GMT+2   Updated 2 hours ago\n\n"
        "Police in Orsa arrested a man suspected of starting the wildfire on Tuesday, as the fire"
        " spread to 2,800 hectares and the number of people evacuated rose to 4,100.\n\n"
        "The suspect was detained at his home in Lisle on Tuesday evening, police said.\n"
    )
    doc = read_text_capture(page, "wire.txt")
    assert doc.published == "2023-08-09"
    assert kept(doc, "number of people evacuated rose to 4,100")


def test_a_field_and_its_date_set_apart_by_a_wide_gap_do_not_date_the_page() -> None:
    page = (
        "Orsa Bridge\n\n"
        "Carries      Halden Road\n"
        "Opened       2 May 1931\n\n"
        "The Orsa Bridge is a road bridge over the river Lisk in the town of Brennock, designed by"
        " the engineer Ada Venn and strengthened in 1978 for heavier lorries.\n\n"
        "Its central span fell into the river during the morning rush hour in November 2022.\n"
    )
    assert read_text_capture(page, "mirror.txt").published is None


WRAPPED_PAGE = """\
Tarnhold Daily  |  News  Business  Sport  |  Sign in

Brannock water board fined over reservoir leak at Halvik

By Ada Venn, Environment Reporter
Published 3 May 2024

The Brannock water board was fined 240,000 marks on Tuesday after a leak at the
Halvik reservoir flooded eleven farms along the lower valley, the regional court
in Lisle ruled, ending a case that had run for almost two years.

Judge Orsa Kellmarsh said the board had ignored three warnings from its own
engineers about cracks in the outlet tunnel, and that the flooding of the farms
could have been avoided had the tunnel been inspected when the first warning came
in.

How the leak was found
A shepherd on the Tarvia road noticed water running across the fields before
dawn and called the fire brigade, which found the outlet tunnel had split open
along a joint that engineers had patched in 2019.

--------------------------------------------------------------
  NEWSLETTER: Get the Tarnhold Daily briefing every morning.
--------------------------------------------------------------

(c) 2024 Tarnhold Daily. All rights reserved.
"""


def test_a_capture_wrapped_at_a_fixed_width_keeps_whole_paragraphs() -> None:
    doc = read_text_capture(WRAPPED_PAGE, "wrapped.txt")
    paragraphs = texts(doc, "paragraph")
    assert any(
        p.startswith("The Brannock water board was fined") and p.endswith("almost two years.")
        for p in paragraphs
    )
    assert kept(doc, "could have been avoided had the tunnel been inspected when the first warning")
    assert kept(doc, "engineers had patched in 2019.")
    assert texts(doc, "heading") == ["How the leak was found"]  # a short line stays apart
    assert cut(doc, "NEWSLETTER") and not kept(doc, "briefing every morning")
    assert doc.title == "Brannock water board fined over reservoir leak at Halvik"


def test_a_page_of_one_block_a_line_is_not_unwrapped() -> None:
    page = (
        "Brannock water board fined over reservoir leak\n"
        "The Brannock water board was fined 240,000 marks on Tuesday after a leak flooded farms.\n"
        "Judge Orsa Kellmarsh said the board had ignored three warnings from its own engineers.\n"
        "A shepherd on the Tarvia road noticed water running across the fields before dawn.\n"
        "The fire brigade found the outlet tunnel had split open along a patched joint.\n"
        "The board said it would appeal against the size of the fine.\n"
        "Farmers in the lower valley said they were still waiting for compensation.\n"
        "Related: Halvik reservoir to be drained for repairs\n"
    )
    doc = read_text_capture(page, "lines.txt")
    assert kept(doc, "Judge Orsa Kellmarsh said the board had ignored three warnings")
    assert not any("engineers. A shepherd" in b.text for b in doc.blocks)


def test_a_press_release_is_titled_by_its_headline_and_issued_by_its_letterhead() -> None:
    page = (
        "HALVIK WATER BOARD\n"
        "Head Office, Quay Street, Lisle\n\n"
        "PRESS RELEASE\n"
        "For immediate release\n"
        "12 March 2024\n\n"
        "RESERVOIR OUTLET REPAIRED AHEAD OF SCHEDULE\n\n"
        "The Halvik Water Board has finished repairing the outlet tunnel of the Tarvia reservoir"
        " two weeks ahead of schedule, the board said on Tuesday.\n\n"
        "Engineers replaced forty metres of lining and fitted new sensors along the joint that"
        " split open in January, flooding eleven farms.\n\n"
        "ENDS\n"
    )
    doc = read_text_capture(page, "release.txt")
    assert doc.title == "RESERVOIR OUTLET REPAIRED AHEAD OF SCHEDULE"
    assert doc.publisher == "Halvik Water Board"
    assert kept(doc, "two weeks ahead of schedule")
    banner = "Accept additional cookies   Reject additional cookies\n\n"
    assert read_text_capture(banner + page, "release.txt").publisher == "Halvik Water Board"


def test_a_standfirst_under_the_headline_does_not_take_the_title() -> None:
    page = (
        "Tarnhold Daily | News | Business | Sign in\n\n"
        "Brannock ferry operator refuses ransom as hackers leak passenger lists\n\n"
        "The gang's deadline ran out last week; analysts say the crew sat inside the network for"
        " a month\n\n"
        "By Ada Venn, Security Reporter\n"
        "Published 4 April 2024\n\n"
        "The crew that broke into the network of the Brannock ferry company last month has"
        " published what it took, a week after its deadline ran out.\n\n"
        "The operator said on Tuesday that it would not negotiate with criminals and had told"
        " the passengers whose details were leaked.\n"
    )
    doc = read_text_capture(page, "standfirst.txt")
    assert doc.title == "Brannock ferry operator refuses ransom as hackers leak passenger lists"


def test_a_service_page_loses_its_feedback_widget() -> None:
    page = (
        "Halvik Health Protection Unit\n\n"
        "Salmonella outbreak linked to Tarvia wedding\n\n"
        "The unit identified 71 cases of illness among guests at a wedding reception in Tarvia"
        " on 14 September, and traced the outbreak to a catering firm.\n\n"
        "Guests who feel unwell should contact their doctor and mention the wedding, the unit"
        " said in its update on Tuesday.\n\n"
        "Was this page helpful? Yes No\n"
        "Report a problem with this page\n"
    )
    doc = read_text_capture(page, "unit.txt")
    assert kept(doc, "identified 71 cases")
    assert cut(doc, "Was this page helpful") and cut(doc, "Report a problem")


def test_arrowed_teasers_and_tip_prompts_inside_an_article_are_cut() -> None:
    page = (
        "Tarnhold Glare | News | Showbiz\n\n"
        "Wedding guests struck down after Halvik reception\n\n"
        "Sixty-four guests fell ill after a wedding reception at Halvik Manor on Saturday, and"
        " health officials now say a catering firm is to blame.\n\n"
        "READ MORE:\n"
        ">> Groom's fury as best man's speech reveals a secret\n"
        ">> Diner's disgust at chain restaurant salad\n\n"
        "One guest said the whole family had been ill by Sunday night and wanted answers from"
        " the caterer, who has stopped taking bookings.\n\n"
        "Got a story? Email news@glare.example or message us.\n"
    )
    doc = read_text_capture(page, "glare.txt")
    assert kept(doc, "Sixty-four guests fell ill") and kept(doc, "stopped taking bookings")
    assert cut(doc, ">> Groom's fury") and cut(doc, "Got a story?")
