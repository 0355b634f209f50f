"""The temporal tagger: each date form, relative forms with their anchor, narrative years."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sourcedesk.research.dates import event_date, tag_dates

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def values(text: str, anchor: str | None = None, *, news: bool = True) -> dict[str, str]:
    """Each tagged expression mapped to its value, offsets checked on the way."""
    found = {}
    for m in tag_dates(text, anchor, news=news):
        assert text[m.start : m.end] == m.text
        found[m.text] = m.value
    return found


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Talks opened on 9 January 1992 in Minsk.", "9 January 1992", "1992-01-09"),
        ("Talks opened on January 9, 1992 in Minsk.", "January 9, 1992", "1992-01-09"),
        ("Talks opened on the 9th of January 1992.", "the 9th of January 1992", "1992-01-09"),
        ("Talks opened on 9th January, 1992.", "9th January, 1992", "1992-01-09"),
        ("The file is dated 2022-07-13 in the archive.", "2022-07-13", "2022-07-13"),
        ("The letter is dated 13.07.2022 by the clerk.", "13.07.2022", "2022-07-13"),
        ("The letter is dated 13/07/2022 by the clerk.", "13/07/2022", "2022-07-13"),
        ("The letter is dated 07/13/2022 by the clerk.", "07/13/2022", "2022-07-13"),
        ("The office reopened Jul 14, 2022 after repairs.", "Jul 14, 2022", "2022-07-14"),
        ("The office reopened Sept. 3, 2021 after repairs.", "Sept. 3, 2021", "2021-09-03"),
        ("Wednesday, July 13, 2022 was hot.", "Wednesday, July 13, 2022", "2022-07-13"),
        ("Ties were cut in July 2022 over the vote.", "July 2022", "2022-07"),
        ("The bridge was finished in 2017 at last.", "2017", "2017"),
        ("Prices rose throughout the 1990s in the region.", "the 1990s", "199X"),
        ("Work resumes in summer 2023 once funds arrive.", "summer 2023", "2023-SU"),
        ("Sales fell in Q3 2021 across the chain.", "Q3 2021", "2021-Q3"),
        ("Output grew in the first half of 2020.", "the first half of 2020", "2020-H1"),
        ("The plant opened in mid-2011 near the coast.", "mid-2011", "2011"),
        ("It was the 20th century that changed it.", "the 20th century", "19"),
    ],
)
def test_absolute_and_partial_forms(text: str, expression: str, value: str) -> None:
    assert values(text, None, news=False).get(expression) == value


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value"),
    [
        ("The council said on Wednesday that it agreed.", "2022-07-14", "Wednesday", "2022-07-13"),
        ("The council met on Thursday as planned.", "2022-07-14", "Thursday", "2022-07-14"),
        ("The council will meet on Friday to vote.", "2022-07-14", "Friday", "2022-07-15"),
        # a past verb with its object before the day: the day before, whatever "will" follows
        (
            "Orsa Airport reopened its runway on Sunday, but who will pay is unclear.",
            "2025-03-10",
            "Sunday",
            "2025-03-09",
        ),
        ("The mayor resigned yesterday after the vote.", "2022-07-14", "yesterday", "2022-07-13"),
        ("The mayor resigns today, aides said.", "2022-07-14", "today", "2022-07-14"),
        ("The mayor resigned two days ago.", "2022-07-14", "two days ago", "2022-07-12"),
        ("Rents rose last month in the city.", "2022-07-14", "last month", "2022-06"),
        ("Rents rose last year in the city.", "2022-07-14", "last year", "2021"),
        ("Rents rose earlier this year.", "2022-07-14", "earlier this year", "2022"),
        ("Hearings continue next week in the court.", "2022-07-14", "next week", "2022-W29"),
        ("The station is now closed to the public.", "2022-07-14", "now", "PRESENT_REF"),
        ("It is currently closed to the public.", "2022-07-14", "currently", "PRESENT_REF"),
        ("Profits grew during the last quarter.", "2007-01-18", "the last quarter", "2006-Q4"),
    ],
)
def test_relative_forms_resolve_against_the_anchor(
    text: str, anchor: str, expression: str, value: str
) -> None:
    assert values(text, anchor).get(expression) == value


def test_relative_forms_without_an_anchor_are_left_out() -> None:
    assert values("The mayor resigned yesterday and left on Monday.", None) == {}


def test_unresolvable_relative_phrase_is_not_given_a_date() -> None:
    found = values("Days before the vote, the mayor resigned.", "2022-07-14")
    assert not any(v.startswith("20") for v in found.values())


def test_day_and_month_take_the_year_of_the_narrative() -> None:
    text = (
        "In October 2024, reports of the deployment emerged.\n\n"
        "On 23 October, the minister confirmed the reports. On 28 October, allies agreed.\n\n"
        "Copyright © 2026 Example Media"
    )
    found = values(text, None, news=False)
    assert found["23 October"] == "2024-10-23"
    assert found["28 October"] == "2024-10-28"


def test_a_year_of_how_something_began_dates_no_later_day_in_news() -> None:
    text = "The Orsa dairy, founded in 1988, stopped making cheese on 12 May after tests."
    assert values(text, "2025-05-20", news=True)["12 May"] == "2025-05-12"
    # an encyclopedia's narrative still takes it: "Founded in 1988, it opened on 12 May."
    told = values("Founded in 1988, the dairy opened its shop on 12 May.", None, news=False)
    assert told["12 May"] == "1988-05-12"


def test_a_time_of_day_after_a_month_is_not_a_day() -> None:
    found = values("Crews were done by 3 November 14:30 local time.", "2011-11-04")
    assert found == {"3 November": "2011-11-03"}


def test_a_month_after_last_month_is_told_from_the_day_of_writing() -> None:
    text = (
        "The warden retired in September 2006 after the first audit. A second audit began "
        "last September and widened in November, officials said. In early December the "
        "auditors advised the police."
    )
    undated = values(text, None, news=False)
    assert undated["September 2006"] == "2006-09"
    assert undated["November"] == "XXXX-11"
    assert undated["early December"] == "XXXX-12"
    dated = values(text, "2009-01-10")
    assert dated["last September"] == "2008-09"
    assert dated["November"] == "2008-11"
    # an anaphoric "the following year" still counts from the story's date
    later = values("The mill opened in March 2001. It closed in May the following year.", None)
    assert later["May"] == "2001-05"


def test_a_next_hearing_is_ahead_of_a_past_tense_clause() -> None:
    text = "The magistrate kept him in jail without bail until his next court hearing April 23."
    assert values(text, "2007-04-11") == {"April 23": "2007-04-23"}


def test_later_copyright_footer_does_not_date_the_narrative() -> None:
    text = "On 23 October, the minister confirmed the reports.\n\nCopyright © 2024 Example Media"
    assert values(text, None, news=False)["23 October"] == "XXXX-10-23"


def test_news_day_and_month_fall_back_to_the_anchor_year() -> None:
    text = "On February 21, the president signed the decree. On June 29, a second state followed."
    found = values(text, "2022-07-14")
    assert found["February 21"] == "2022-02-21"
    assert found["June 29"] == "2022-06-29"


def test_news_date_past_the_anchor_belongs_to_the_year_before() -> None:
    text = "The prototype took to the air for the first time on 11 December, two years late."
    assert values(text, "2010-01-25")["11 December"] == "2009-12-11"


def test_a_day_after_the_anchor_in_a_clause_with_an_adjective_in_ed_is_ahead() -> None:
    """ "residents interested in joining" tells nothing past: 9 May follows a page of 3 May."""
    text = "Starting May 9th, residents interested in joining the club can sign up online."
    assert values(text, "2021-05-03")["May 9th"] == "2021-05-09"


def test_a_month_still_to_come_follows_the_anchor() -> None:
    text = "The ferry has long been rumored to be launched sometime in June."
    assert values(text, "2021-05-03")["June"] == "2021-06"


def test_a_verb_of_the_past_before_which_does_not_date_the_clause_after() -> None:
    text = (
        "The park was closed for repairs, which makes sense given the storm, and it reopens"
        " to the public on June 2nd."
    )
    assert values(text, "2021-05-03")["June 2nd"] == "2021-06-02"


def test_a_past_day_told_after_the_anchor_stays_in_the_year_before() -> None:
    text = "The park closed for repairs on June 2nd after the storm."
    assert values(text, "2021-05-03")["June 2nd"] == "2020-06-02"


def test_the_next_year_of_a_narrative_follows_its_last_date() -> None:
    text = "The pair were taken in Varna in May 2015. The next year, a video of them surfaced."
    assert values(text, "2019-11-19")["The next year"] == "2016"


def test_over_the_next_year_looks_ahead_of_the_page() -> None:
    text = "Lisk was founded in August 2016. Fares will rise over the next year, the board said."
    assert values(text, "2019-11-19")["the next year"] == "2020"


def test_a_year_opening_a_title_is_no_date() -> None:
    text = "In films from 2061: A Cold Voyage to Harbour Nine, crews sleep through the trip."
    assert "2061" not in values(text, "2019-11-19")
    assert values("2001: The ferry company was founded.\nIt grew.", None)["2001"] == "2001"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Police called for calm on December 4.", "December 4", "2018-12-04"),
        ("He is charged with a shooting on December 4.", "December 4", "2018-12-04"),
        ("The court let the ruling stand on December 4.", "December 4", "2018-12-04"),
        ("Apple released that update on December 2.", "December 2", "2018-12-02"),
        ("Holm was given a life sentence on December 4.", "December 4", "2018-12-04"),
        ("The film was supposed to be released in May.", "May", "2019-05"),
        ("The phone, which was announced in October, goes on sale on December 4.",
         "December 4", "2019-12-04"),
        ("He was jailed in 2016 and stayed in prison for the next year.", "the next year", "2017"),
        ("He joined in 2012. He said the next year will be crucial.", "the next year", "2020"),
        # a day something was arranged for may lie ahead of the page, though arranged before it
        ("Dock workers have called a second walkout for December 4.", "December 4", "2019-12-04"),
        ("The union called a strike for Friday.", "Friday", "2019-11-22"),
        ("The union held a rally on November 4.", "November 4", "2019-11-04"),
        # the future of reported speech, for a month as for a day
        ("The harbour board said it would vote on the plan in December.", "December", "2019-12"),
        # a timetable told in the present sets days ahead, both ends of its stretch
        ("Extra boats run from Saturday to Monday.", "Saturday", "2019-11-23"),
        ("Extra boats run from Saturday to Monday.", "Monday", "2019-11-25"),
        ("Extra boats ran from Saturday to Monday.", "Monday", "2019-11-18"),
    ],
)  # fmt: skip
def test_the_tense_of_the_mentions_own_clause_places_a_yearless_date(
    text: str, expression: str, value: str
) -> None:
    assert values(text, "2019-11-19")[expression] == value


def test_news_sentence_year_overrides_the_anchor() -> None:
    text = (
        "The state signed decrees on February 25, 2021, and in early March, it opened an embassy."
    )
    assert values(text, "2022-07-14")["early March"] == "2021-03"


@pytest.mark.parametrize(
    "text",
    [
        "About 1,500 troops and 6,000 personnel were sent.",
        "Exports reached US$7,710 that year.",
        "Some 1500 troops were moved to the border.",
        "The plant employs 2000 workers on two shifts.",
        "Turnout was 2019 votes higher than before.",
        "The storm made landfall at 0640 (1140 GMT) near the port.",
        "The curfew began (2100 hrs) along the coast.",
    ],
)
def test_figures_are_not_years(text: str) -> None:
    assert not any(re.fullmatch(r"\d{4}", v) for v in values(text, None, news=False).values())


@pytest.mark.parametrize(
    "text",
    [
        # "local" and "Z" are clock words only as "local time" and a zone in capitals
        "She won the 2015 local elections by a wide margin.",
        "In 2019 local councils took over the ferries.",
        "The 2021 z-score tables were revised.",
    ],
)
def test_a_year_before_a_word_that_can_follow_a_clock_stays_a_year(text: str) -> None:
    assert any(re.fullmatch(r"\d{4}", v) for v in values(text, None, news=False).values())


def test_years_in_a_list_are_all_tagged() -> None:
    found = tag_dates("The jets arrive in 2009, 2011 and 2014.", None, news=False)
    assert [m.value for m in found] == ["2009", "2011", "2014"]


def test_event_date_reads_timex_values_as_iso_dates() -> None:
    assert event_date("2022-07-13") == "2022-07-13"
    assert event_date("2008-01-09TMO") == "2008-01-09"
    assert event_date("2006-Q4") == "2006"
    assert event_date("2022-W28") == "2022-07"
    assert event_date("199X") is None
    assert event_date("PRESENT_REF") is None


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_seed_news_page_resolves_wednesday_against_its_publication_date() -> None:
    text = _seed("004")
    weekdays = [m for m in tag_dates(text, "2022-07-14") if m.text == "Wednesday"]
    assert weekdays and {m.value for m in weekdays} == {"2022-07-13"}


def test_seed_revision_takes_the_year_of_its_narrative() -> None:
    text = _seed("001")
    found = {m.text: m.value for m in tag_dates(text, None, news=False)}
    assert found["23 October"] == "2024-10-23"
    assert found["4 November"] == "2024-11-04"


def test_seed_figures_are_not_tagged_as_years() -> None:
    text = _seed("000")
    tagged = {m.text for m in tag_dates(text, None, news=False)}
    assert not tagged & {"1,500", "6,000", "7,710", "500", "710"}


@pytest.mark.parametrize(
    ("text", "anchor", "expression", "value"),
    [
        (
            "The pier fell on 14 November last year.",
            "2023-09-13",
            "14 November last year",
            "2022-11-14",
        ),
        (
            "The pier fell on November 14 last year.",
            "2023-09-13",
            "November 14 last year",
            "2022-11-14",
        ),
        ("The pier reopens on 2 May next year.", "2023-09-13", "2 May next year", "2024-05-02"),
        ("The guild won four seats at last May's vote.", "2025-03-03", "last May", "2024-05"),
        ("The guild won four seats last February.", "2025-03-03", "last February", "2025-02"),
        ("The guild meets again next March.", "2025-03-03", "next March", "2026-03"),
        ("The mill closed in March last year.", "2025-03-03", "March last year", "2024-03"),
    ],
)
def test_month_and_day_with_a_relative_year(
    text: str, anchor: str, expression: str, value: str
) -> None:
    assert values(text, anchor).get(expression) == value


def test_past_tense_day_and_month_does_not_fall_after_publication() -> None:
    found = values("Work on the quay began on 4 March, the builder said.", "2025-03-03")
    assert found["4 March"] == "2024-03-04"


def test_present_tense_day_and_month_may_still_fall_just_after_publication() -> None:
    assert values("The quay opens on 4 March, the builder says.", "2025-03-03")["4 March"] == (
        "2025-03-04"
    )


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The trial was set for October 28, the clerk told the court.", "October 28"),
        ("The inquest was adjourned until 2 September.", "2 September"),
        ("She was remanded in custody to appear at the crown court on July 9.", "July 9"),
        ("The 31-year-old is due to enter a plea on 14 August.", "14 August"),
    ],
)
def test_a_hearing_set_in_past_tense_for_a_later_day_falls_after_the_page(
    text: str, expression: str
) -> None:
    """ "was set for October 28" in a page of June tells a day to come, not last October."""
    assert values(text, "2024-06-12")[expression].startswith("2024-")


def test_due_to_a_cause_does_not_point_forward() -> None:
    found = values("The match was called off due to snow on 4 March.", "2025-06-12")
    assert found["4 March"] == "2025-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "The delays on 4 August were due to a signal fault.",
        "He failed to appear at the crown court on 4 August.",
    ],
)
def test_a_cause_or_a_missed_hearing_tells_a_day_gone_by(text: str) -> None:
    """ "were due to a fault" gives a cause and "failed to appear" a day missed: in a page of
    June, 4 August is last year's."""
    assert values(text, "2025-06-12")["4 August"] == "2024-08-04"


def test_yearless_day_takes_the_year_of_a_later_date_in_its_paragraph() -> None:
    text = (
        "On 23 June, the envoys met in Portby.\n\n"
        "On February 21, the council of Eastland voted. It signed the pact on February 22, 2021."
    )
    found = values(text, None, news=False)
    assert found["February 21"] == "2021-02-21"
    assert found["23 June"] == "XXXX-06-23"  # the later year is in another paragraph


def test_a_later_date_that_comes_earlier_in_the_year_lends_no_year() -> None:
    text = "On 23 June, the envoys met. The pact was signed on 2 February 2021."
    assert values(text, None, news=False)["23 June"] == "XXXX-06-23"


def test_the_last_weekend_of_something_is_its_final_one_not_a_date_before_the_page() -> None:
    found = tag_dates("The award is presented on the last weekend of the regatta.", "2018-09-15")
    assert [m.text for m in found] == []
    found = tag_dates("The gallery closed last weekend.", "2018-09-15")
    assert [m.text for m in found] == ["last weekend"]


def test_a_day_said_on_is_past_though_the_clause_before_looks_ahead() -> None:
    text = "Halvik will face an independent inquiry, the regional government said on Sunday."
    assert values(text, "2026-03-09")["Sunday"] == "2026-03-08"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Halvik resigned on Tuesday last week.", "Tuesday last week", "2025-10-28"),
        ("The vote is on Tuesday next week.", "Tuesday next week", "2025-11-11"),
        ("On Friday of last week, talks failed.", "Friday of last week", "2025-10-31"),
    ],
)
def test_a_weekday_of_last_or_next_week(text: str, expression: str, value: str) -> None:
    assert values(text, "2025-11-04")[expression] == value


def test_a_deadline_set_in_the_past_tense_lies_ahead() -> None:
    text = "The board set a new deadline of September 15 for the report."
    assert values(text, "2026-03-09")["September 15"] == "2026-09-15"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The judge adjourned the hearing until December 5.", "December 5", "2023-12-05"),
        ("He said Orsa aimed to return the rocket to flight in June.", "June", "2024-06"),
        ("Orsa said it hoped to launch again in June.", "June", "2024-06"),
    ],
)
def test_an_adjournment_or_an_aim_looks_ahead(text: str, expression: str, value: str) -> None:
    anchor = "2023-09-12" if "adjourned" in text else "2024-03-14"
    assert values(text, anchor)[expression] == value


def test_a_deadline_dates_only_the_day_it_introduces() -> None:
    text = "The board opened its review on Monday and has set a deadline of May 28 for a ruling."
    found = values(text, "2025-03-19")
    assert found["Monday"] == "2025-03-17" and found["May 28"] == "2025-05-28"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The exams have already been pushed back two weeks, to 16 June.", "16 June", "2025-06-16"),
        ("The vote was delayed to 4 March.", "4 March", "2025-03-04"),
        ("The match was postponed because of rain on 3 June.", "3 June", "2024-06-03"),
    ],
)
def test_the_day_a_thing_is_moved_to_lies_ahead(text: str, expression: str, value: str) -> None:
    assert values(text, "2025-02-25")[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The gang has given the clinic until March 12 to pay.", "March 12", "2025-03-12"),
        ("The mayor said the town would hold a vigil on Friday.", "Friday", "2025-03-07"),
        ("Police said the man would appear in court on Monday.", "Monday", "2025-03-10"),
        ("He said he would never forget Friday night.", "Friday night", "2025-02-28TNI"),
        ("The road stayed closed until March 2.", "March 2", "2025-03-02"),
    ],
)
def test_a_time_allowed_and_a_reported_plan_look_ahead(
    text: str, expression: str, value: str
) -> None:
    assert values(text, "2025-03-04")[expression] == value


def test_the_days_of_a_weekly_schedule_are_no_dates() -> None:
    found = values(
        "Patients can call the helpline Monday to Friday, 8 a.m. to 6 p.m.", "2025-03-25"
    )
    assert "Monday" not in found and "Friday" not in found
    found = values("Talks ran from Monday to Friday last week.", "2025-03-25")
    assert "Monday" in found


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Orsa said it expected the merger to be complete by the end of November.",
            "the end of November",
            "2024-11",
        ),
        (
            "The club has suspended all fishing on the river until the end of May.",
            "the end of May",
            "2025-05",
        ),
        ("The board halted sailings until March 20 after the grounding.", "March 20", "2025-03-20"),
        ("The ferry was banned from the harbour in March last year.", "March last year", "2024-03"),
    ],
)
def test_what_is_expected_and_what_is_suspended_until_look_ahead(
    text: str, expression: str, value: str
) -> None:
    anchor = "2024-09-18" if "expected" in text else "2025-03-12"
    assert values(text, anchor)[expression] == value


def test_an_obligation_in_force_until_a_day_ends_ahead() -> None:
    text = (
        "Ada Venn said engineers had checked every bridge. However, residents must boil tap"
        " water before drinking it until at least 25 August, because ash had got into a"
        " reservoir."
    )
    assert values(text, "2024-08-22")["25 August"] == "2024-08-25"
    # a past obligation keeps its day in the past
    told = "The boil notice, which ran until 12 August, was lifted last week."
    assert values(told, "2024-08-22")["12 August"] == "2024-08-12"


def test_a_day_a_past_verb_governs_is_past_though_the_sentence_looks_ahead() -> None:
    text = (
        "The Halvik library will close for good at the end of August after the council voted"
        " on Tuesday night to shut the building."
    )
    assert values(text, "2024-03-13")["Tuesday night"] == "2024-03-12TNI"
    assert values("The hearing will be held on Friday.", "2024-03-13")["Friday"] == "2024-03-15"


def test_a_reported_plan_from_a_day_lies_ahead() -> None:
    text = (
        "Orsa Lines said it had cancelled all of its remaining sailings for the day and that a"
        " smaller ferry would run a reduced timetable from Sunday."
    )
    assert values(text, "2024-11-07")["Sunday"] == "2024-11-10"


LIVE_POSTS = """Orsa works leak: live updates

Wed 12 Jun, 3:40 p.m.

The order to stay indoors was lifted at 3:02 p.m. today, the county said.

Tue 11 Jun, 9:15 a.m.

Residents were told this morning to keep their windows shut.
"""


def test_a_live_blog_post_is_told_on_the_day_of_its_heading() -> None:
    found = values(LIVE_POSTS, "2024-06-11")
    assert found["today"] == "2024-06-12"
    assert found["this morning"].startswith("2024-06-11")


def test_a_date_inside_a_sentence_sets_no_post_day() -> None:
    text = "The inquiry opened on 12 June.\n\nThe minister spoke today in Halvik."
    assert values(text, "2024-06-20")["today"] == "2024-06-20"


def test_a_plan_that_had_been_due_lies_ahead_of_the_page() -> None:
    text = "The singer's first show at the Tarnhold arena had been due on Friday."
    assert values(text, "2024-02-06")["Friday"] == "2024-02-09"
