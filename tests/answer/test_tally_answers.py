"""A count's answer and the sources' agreement on it are about what the question counts:
the wounded are not the dead, and "the 1991 settlement" does not date a launch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

FIRST = """# Two killed in shooting at Tarrow depot

Police said a gunman killed two people and wounded a third at the Tarrow depot.

Kessel Foods launched its online grocery service on 3 May 2012.
"""

SECOND = """# Depot shooter charged

The woman who shot three co-workers at the Tarrow depot, killing two, was charged on Friday.

Merrow Stores argued that the Kessel Foods grocery service broke the 1991 settlement between the two firms.
"""

THIRD = """# Depot reopens

The Tarrow depot reopened on Monday, a week after two workers were killed there.

Kessel Foods launched its grocery service in 2012, the company said.
"""


@pytest.fixture(scope="module")
def depot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    pages = {"first.md": FIRST, "second.md": SECOND, "third.md": THIRD}
    with desk_of(tmp_path_factory, pages) as desk:
        yield desk


def test_a_count_of_the_dead_does_not_answer_how_many_were_wounded(depot: Desk) -> None:
    answer = depot.ask("How many people were wounded in the Tarrow depot shooting?")
    assert answer.abstained or not answer.answer.lower().startswith("two")


def test_a_count_of_those_shot_does_not_dispute_the_dead(depot: Desk) -> None:
    answer = depot.ask("How many people were killed in the Tarrow depot shooting?")
    assert stated_answer(depot, "How many people were killed in the Tarrow depot shooting?")
    assert "disagree" not in answer.answer


def test_a_year_that_dates_a_noun_does_not_dispute_a_date(depot: Desk) -> None:
    """Guard: "the 1991 settlement" is the settlement's year (a helper's desk showed it as a
    disagreement on when a store opened)."""
    answer = depot.ask("In what year did Kessel Foods launch its grocery service?")
    assert not answer.abstained
    assert "disagree" not in answer.answer and "1991" not in answer.answer


COURT = """# Merrow Stores loses its case

In May 2006 Merrow Stores lost the court case it brought against Kessel Foods, the High Court said.

Merrow Stores said it would appeal.
"""


@pytest.fixture(scope="module")
def court(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"court.md": COURT}) as desk:
        yield desk


def test_a_sentence_saying_the_opposite_answers_no(court: Desk) -> None:
    """ "Did they win?" is answered "No" by "they lost", with the sentence cited."""
    assert (
        stated_answer(court, "Did Merrow Stores win its court case against Kessel Foods?") == "No"
    )


def test_twice_is_a_count_of_times_and_disputes_another_count(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "married twice" answers "how many times" and stands against "married three times"."""
    pages = {
        "one.md": "# Ilsa Varn dies at 85\n\nThe painter Ilsa Varn was married twice and had one son.\n",
        "two.md": "# Remembering Ilsa Varn\n\nIlsa Varn was married three times, her agent said.\n",
    }
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("How many times was Ilsa Varn married?")
    assert not answer.abstained
    assert "disagree" in answer.answer
    assert "twice" in answer.answer.lower() and "three times" in answer.answer.lower()


STORM_PAGES = {
    "wire.md": "# Storm hits Varrow coast\n\nA storm struck the Varrow coast on Sunday, killing "
    "four people and injuring dozens more, officials said.\n",
    "daily.md": "# Varrow storm toll\n\nThe storm on the Varrow coast killed four people and "
    "injured 45, the coastguard said.\n",
    "local.md": "# Varrow mourns\n\nRescuers found the bodies of two more people who died in the "
    "Varrow coast storm.\n",
}


@pytest.fixture(scope="module")
def storm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, STORM_PAGES) as desk:
        yield desk


def test_an_exact_figure_answers_before_a_vague_one(storm: Desk) -> None:
    """ "injuring dozens more" and "injured 45" both answer; the count is the better answer."""
    stated = stated_answer(storm, "How many people were injured in the Varrow coast storm?")
    assert stated.startswith("45"), stated


def test_an_added_count_does_not_dispute_the_toll(storm: Desk) -> None:
    """ "two more people who died" adds to the toll; it is no rival count of the dead."""
    answer = storm.ask("How many people died in the Varrow coast storm?")
    assert (
        stated_answer(storm, "How many people died in the Varrow coast storm?")
        .lower()
        .startswith("four")
    )
    assert "disagree" not in answer.answer, answer.answer
