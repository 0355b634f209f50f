"""Sources agree or disagree only about the point asked: a date or a name a peer sentence
gives for another event is neither, and a date is read from the clause the question is about."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from sourcedesk.records import Answer
from tests.answer.conftest import assert_citations_exact, desk_of, stated_answer

TERMINAL = """# Harwick ferry terminal

The Harwick ferry terminal was opened in June 1958.
Its waiting hall was rebuilt in 1990.
"""

CLOSURE = """# Ferry news

The old Harwick ferry terminal was closed in October 2020.
Crowds had cheered when it opened, older residents recall.
"""

OTHER_OPENING = """# Coast almanac

The Harwick ferry terminal was opened in July 1959, the almanac says.
"""

SURVEY = """# Dredging survey

The 2019 dredging survey of the estuary took six weeks.
It was paid for by Harwick Water, the regional utility.
"""

SURVEY_COPY = """# Harbour board

A copy of the 2019 dredging survey was sent to Harwick County Council in May.
"""

LIGHTHOUSE = """# Skerry lighthouse

Marrow & Sons won the contract for the new lighthouse in January 2019, and work started in May 2019.
The lamp was first lit in 2021.
"""

CASES_AGENCY = """# Fever season

According to the agency, 1,204 cases were reported nationwide between 2012 and 2016, with 311 deaths.
"""

CASES_DIGEST = """# Health digest

Between 2012 and 2016 there were 1204 reported cases nationwide, including 311 deaths.
"""


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    pages = {"terminal.md": TERMINAL, "closure.md": CLOSURE, "survey.md": SURVEY,
             "survey-copy.md": SURVEY_COPY, "lighthouse.md": LIGHTHOUSE}  # fmt: skip
    with desk_of(tmp_path_factory, pages) as desk:
        yield desk


def test_a_date_of_another_event_is_no_disagreement(ferry: Desk) -> None:
    answer = ferry.ask("When was the Harwick ferry terminal opened?")
    assert_citations_exact(ferry, answer)
    assert answer.answer.startswith("June 1958")
    assert "disagree" not in answer.answer
    assert not answer.disagreements


def test_a_name_said_of_another_act_does_not_agree(ferry: Desk) -> None:
    answer = ferry.ask("Who paid for the 2019 dredging survey?")
    assert_citations_exact(ferry, answer)
    assert answer.answer.startswith("Harwick Water")
    assert "agree" not in answer.answer
    assert all("paid" in c.quote for c in answer.citations)


def test_the_date_comes_from_the_clause_the_question_is_about(ferry: Desk) -> None:
    assert stated_answer(ferry, "When did work on the new lighthouse start?") == "May 2019"
    assert stated_answer(ferry, "When did Marrow & Sons win the contract?") == "January 2019"


def test_another_date_for_the_same_event_is_still_a_disagreement(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = ask_over(
        tmp_path_factory,
        {"terminal.md": TERMINAL, "almanac.md": OTHER_OPENING},
        "When was the Harwick ferry terminal opened?",
    )
    assert "the sources disagree" in answer.answer
    sides = {side["text"] for side in answer.disagreements[0]["sides"]}
    assert sides == {"June 1958", "July 1959"}


def test_a_peer_stating_the_same_figure_agrees_whichever_figure_it_was_read_for(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = ask_over(
        tmp_path_factory,
        {"agency.md": CASES_AGENCY, "digest.md": CASES_DIGEST},
        "How many cases were reported nationwide between 2012 and 2016?",
    )
    assert answer.answer.startswith("1,204")
    assert "disagree" not in answer.answer
    assert "2 sources agree" in answer.answer


BUDGET_WIRE = """# Space agency budget

The agency's budget request for the coming year is $22.6bn, its largest yet.
"""

BUDGET_PAPER = """# Budget talks

The agency's budget request of $22.6 billion for the coming year is before lawmakers.
"""


def test_an_amount_with_its_scale_glued_on_is_stated_whole_and_agrees(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = ask_over(
        tmp_path_factory,
        {"wire.md": BUDGET_WIRE, "paper.md": BUDGET_PAPER},
        "How much is the agency's budget request for the coming year?",
    )
    assert answer.answer.startswith(("$22.6bn", "$22.6 billion"))
    assert "2 sources agree" in answer.answer


TOUR_WIRE = """# Tour announced

The band's anniversary run will have 30 dates across North America.
"""

TOUR_TICKETS = """# Tickets

Tickets for the anniversary run go on sale at 10 a.m. on Friday.
"""


def test_a_time_of_day_is_no_figure_to_dispute_a_count(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = ask_over(
        tmp_path_factory,
        {"wire.md": TOUR_WIRE, "tickets.md": TOUR_TICKETS},
        "How many dates will the anniversary run have?",
    )
    assert answer.answer.startswith("30")
    assert "disagree" not in answer.answer


FERRY_NEWS = """---
title: Ferry line closed
date: 2022-07-14
---

# Ferry line closed

The Harwick council announced on Wednesday that it closed the Orrin ferry line for good.
"""

FERRY_WIKI = """# Orrin ferry line

The Harwick council closed the Orrin ferry line on 13 July 2022.
"""


def test_sources_dating_the_event_to_the_same_day_agree_however_they_write_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "on Wednesday" in a page of Thursday 14 July 2022 is 13 July 2022."""
    answer = ask_over(
        tmp_path_factory,
        {"news.md": FERRY_NEWS, "wiki.md": FERRY_WIKI},
        "When did the Harwick council close the Orrin ferry line?",
    )
    assert "13 July 2022" in answer.answer
    assert "2 sources agree" in answer.answer


def ask_over(factory: pytest.TempPathFactory, pages: dict[str, str], question: str) -> Answer:
    """Ask a question of a fresh desk holding these pages; its citations checked exact."""
    with desk_of(factory, pages) as desk:
        answer = desk.ask(question)
        assert_citations_exact(desk, answer)
    return answer


WIRE_COPY_A = """# Ferry strike ends

The Tessby ferry strike ended on Tuesday after the union accepted a 4% pay rise, the harbour board said on Tuesday.
"""

WIRE_COPY_B = """# Strike over

The Tessby ferry strike ended on Tuesday after the union accepted a 4% pay rise, the harbour board said on 3 May.
"""


def test_a_copy_in_the_same_words_is_no_second_witness(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Both pages are cited, but a syndicated sentence is one voice, not two that agree."""
    answer = ask_over(
        tmp_path_factory,
        {"a.md": WIRE_COPY_A, "b.md": WIRE_COPY_B},
        "What pay rise did the union accept to end the Tessby ferry strike?",
    )
    assert "4%" in stated_part(answer.answer)
    assert len(answer.citations) == 2
    assert "agree" not in answer.answer


def test_more_pages_than_sources_says_why(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Three pages cited but two sources counted: the answer says a copy counts once."""
    other = "# Tessby pay deal\n\nUnion members accepted a 4% pay rise, ending the Tessby ferry strike.\n"
    answer = ask_over(
        tmp_path_factory,
        {"a.md": WIRE_COPY_A, "b.md": WIRE_COPY_B, "c.md": other},
        "What pay rise did the union accept to end the Tessby ferry strike?",
    )
    assert len(answer.citations) == 3, answer.answer
    assert "2 sources agree" in answer.answer and "copy" in answer.answer, answer.answer


HEIST_WIRE = """# Ostby heist

Armed robbers took jewels worth $108 million in the Ostby heist on Thursday.
"""

HEIST_PAPER = """# Jewel raid

Armed robbers took jewels worth 85 million euros in the Ostby heist on Thursday.
"""


def test_sums_in_two_currencies_are_not_set_against_each_other(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """$108 million and 85 million euros may be the same sum: the desk does not say they
    disagree."""
    answer = ask_over(
        tmp_path_factory,
        {"wire.md": HEIST_WIRE, "paper.md": HEIST_PAPER},
        "How much were the jewels taken in the Ostby heist worth?",
    )
    assert not answer.abstained, answer.answer
    assert "disagree" not in answer.answer


def test_a_year_of_other_parties_does_not_dispute_the_answer(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The question names no one, so the answer's page says whose relations they are; a
    sentence naming only other parties tells of other relations."""
    pages = {
        "relations.md": "# Varn–Osk relations\n\nFormal relations were established on 3 March 1994.\n",
        "breach.md": "# Osk cuts ties with Varn\n\nThe Kell Republic established formal relations"
        " with Dorna in 2011, officials said.\n",
    }
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("In what year were formal relations established?")
    assert "1994" in answer.answer and "disagree" not in answer.answer, answer.answer


def test_a_peer_that_leaves_a_name_to_its_title_may_disagree(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "General customers can expect the Tarn phone in May" on a page headed "Lisk Mobile
    …" speaks of Lisk Mobile's customers, so its May disputes the other page's June."""
    pages = {
        "adds.md": "# Lisk Mobile adds the Tarn phone\n\nThe Tarn phone is due to be"
        " available for Lisk Mobile customers in June for $99.\n",
        "orders.md": "# Lisk Mobile opens Tarn phone orders\n\nGeneral customers can expect the"
        " Tarn phone to become available some time in May.\n",
    }
    answer = ask_over(
        tmp_path_factory, pages, "When will the Tarn phone be available to Lisk Mobile customers?"
    )
    assert "disagree" in answer.answer, answer.answer
    assert "June" in answer.answer and "May" in answer.answer, answer.answer


def test_a_date_in_a_peers_other_clause_does_not_disagree(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "sign-up opening April 29th, with availability coming afterwards" dates the
    sign-up, not when the phone is available."""
    pages = {
        "adds.md": "# Lisk Mobile adds the Tarn phone\n\nThe Tarn phone is due to be"
        " available for Lisk Mobile customers in June for $99.\n",
        "orders.md": "# Lisk Mobile opens Tarn phone orders\n\nBusiness customers get first"
        " crack at the Tarn phone with sign-up opening April 29th, with availability for"
        " Lisk Mobile customers coming sometime afterwards.\n",
    }
    answer = ask_over(
        tmp_path_factory, pages, "When will the Tarn phone be available to Lisk Mobile customers?"
    )
    assert "June" in answer.answer and "April" not in answer.answer.split("[1]")[0], answer.answer


def test_a_denial_and_a_deed_do_not_agree(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "Lisk did not respond strongly" and "Lisk severed its ties" share many words but tell
    opposite things: no "2 sources agree"."""
    pages = {
        "a.md": "# Lisk–Orvel relations\n\nBecause trade talks between Orvel and Varna were"
        " thawing at the time, Lisk did not respond strongly to Orvel.\n",
        "b.md": "# Lisk cuts ties with Orvel\n\nAs trade talks between Orvel and Varna were"
        " thawing, Lisk severed its ties with Orvel.\n",
    }
    answer = ask_over(tmp_path_factory, pages, "How did Lisk respond to Orvel?")
    assert "agree" not in answer.answer.split("\n")[0], answer.answer
