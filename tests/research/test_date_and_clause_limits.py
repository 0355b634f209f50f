"""Where this session's date, timeline, sentence, cleaning and conflict rules stop: each case
is ordinary text a reviewer found the first version of a rule got wrong."""

from __future__ import annotations

from tests.research.test_dates import values
from tests.research.test_timeline import events

from sourcedesk.index.sentences import split_sentences
from sourcedesk.ingest.text import read_text_capture
from sourcedesk.research.claims import extract_claims, source_text
from sourcedesk.research.conflicts import find_conflicts


def test_a_day_and_a_colon_before_a_figure_is_still_a_day() -> None:
    text = (
        "Timeline of the crisis in 2011:\nJanuary 25: 50,000 protesters gather in the square.\n"
        "March 19: 77 percent approve the amendments."
    )
    found = values(text, None, news=False)
    assert found["January 25"] == "2011-01-25"
    assert found["March 19"] == "2011-03-19"


def test_someones_last_year_is_no_year_before_the_page() -> None:
    text = "In 2001, his last year as mayor, Ruud Ganz signed the bill on 4 March."
    assert values(text, "2011-11-04")["4 March"] == "2001-03-04"


def test_the_past_year_is_the_stretch_up_to_the_page_not_last_year() -> None:
    text = "Ferries made a splash over the past year, and fares rose last year."
    found = values(text, "2019-11-19")
    assert found["the past year"] == "2019"
    assert found["last year"] == "2018"
    assert (
        values("In the past week, two ferries sank.", "2019-11-22")["the past week"] == "2019-W47"
    )
    assert values("Fares rose over the past year.", "2019-02-10")["the past year"] == "2018"


def test_a_named_day_of_the_year_is_its_own_date_not_the_weekday_before_the_page() -> None:
    text = "Shoppers queued for Black Friday deals, and prices fell again on Cyber Monday."
    assert values(text, "2019-11-18") == {"Friday": "2019-11-29", "Monday": "2019-12-02"}
    assert values("The ferry did not sail on Good Friday.", "2026-04-10")["Friday"] == "2026-04-03"
    assert values("The ferry sank on Friday.", "2019-11-18")["Friday"] == "2019-11-15"
    # a surname before a weekday is no named day
    said = values("The statement was released by Mayor Ada Black Thursday.", "2019-11-22")
    assert said["Thursday"] == "2019-11-21"


def test_a_birth_year_frames_no_later_date() -> None:
    text = "Born March 29, 1931, in Orrin; died December 19 at the harbour hospital."
    assert values(text, "2005-12-20")["December 19"] == "2005-12-19"


def test_and_in_a_year_opens_a_clause_of_its_own() -> None:
    text = "The steel plant closed in 2005 and in 2008 the site was sold to a developer."
    found = events("x", text, news=False)
    assert [e.text for e in found] == [
        "The steel plant closed in 2005",
        "The site was sold to a developer.",
    ]


def test_a_comparison_with_an_era_or_a_flight_number_is_still_the_days_news() -> None:
    text = (
        "Stocks fell worldwide on Monday after the downgrade.\n\n"
        "The index lost 634 points, its biggest one-day drop since the 1980s.\n\n"
        "Harbour Air Flight 1549 struck a flock of geese after takeoff from the city airport.\n"
    )
    told = " ".join(e.text for e in events("x", text, published="2011-08-09"))
    assert "634 points" in told and "Flight 1549" in told, told


def test_a_unit_letter_and_a_stop_end_a_sentence_before_a_number() -> None:
    text = "Bubka raised the record to 6.14 m. 21 years passed before anyone beat it."
    assert len(split_sentences(text)) == 2


def test_a_byline_with_its_time_is_still_cut() -> None:
    page = (
        "Ruler steps down\n\n"
        "By Tom Perry and Dina Zayed, Reuters. Updated Friday, February 11, 2011, 6:06 PM ET.\n\n"
        "The ruler resigned on Friday and handed power to the army after weeks of protests in "
        "the capital.\n\n"
        "The army said it would hand power to an elected government within six months.\n"
    )
    kept = "\n".join(b.text for b in read_text_capture(page, "x.txt").blocks)
    assert "Dina Zayed" not in kept


def test_strikes_on_a_group_do_not_make_it_a_place() -> None:
    a = source_text("a", "Air strikes on Hamas killed at least 12 people on Tuesday.")
    b = source_text("b", "Air strikes in Gaza killed at least 15 people on Tuesday.")
    mentions = [m for s in (a, b) for m in extract_claims(s)]
    assert [c["type"] for c in find_conflicts(mentions, [])] == ["figure"]
