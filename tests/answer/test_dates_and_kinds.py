"""Which of a sentence's dates tells the asked event, figures read past the first sentences,
and names that carry the asked kind ("the River Tolly" for "What river …?")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, desk_of, stated_answer

PRAISE = [
    "Fishermen praised the new harbour wall at the spring meeting.",
    "The new harbour wall shelters the inner basin from winter storms.",
    "Children walk along the new harbour wall on summer evenings.",
    "The new harbour wall was painted white by volunteers.",
    "Gulls gather on the new harbour wall every morning.",
    "A plaque on the new harbour wall names the builders.",
    "The new harbour wall can be seen from the church tower.",
    "Lamps along the new harbour wall were switched on in the autumn.",
    "Tourists photograph the new harbour wall from the beach.",
    "The new harbour wall has a walkway for anglers.",
    "The council says the new harbour wall has already saved the fish market.",
]

HARBOUR = "\n".join(
    [
        "# Tolly harbour",
        "",
        "The Tolly harbour wall was opened in 1902 and strengthened in 1961.",
        "The remaining sections of the old harbour wall were demolished in June 2021.",
        *PRAISE,
        "The new harbour wall, a curved concrete barrier 420 metres long, cost £9 million.",
        "Traffic crossed the River Tolly in the middle of Marrin on Sunday, for the first time since the old bridge fell.",
        "Work on the new harbour wall went on for more than two years.",
    ]
)

PLANS = """# Harbour plans

In May, the council chose two firms to design and build a second harbour wall.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"harbour.md": HARBOUR, "plans.md": PLANS}) as desk:
        yield desk


def test_the_date_told_right_after_the_asked_event_answers(harbour: Desk) -> None:
    """ "opened in 1902 and strengthened in 1961": 1961; and the sentence that says
    "demolished" does not answer "strengthened"."""
    assert stated_answer(harbour, "When was the old harbour wall strengthened?") == "1961"


def test_a_figure_is_searched_for_past_the_first_sentences(harbour: Desk) -> None:
    """Eleven sentences about the new wall rank above the one that gives its length."""
    answer = harbour.ask("How long is the new harbour wall?")
    assert_citations_exact(harbour, answer)
    assert answer.answer.startswith("420 metres"), answer.answer
    assert not answer.disagreements, answer.answer  # "more than two years" is no length


def test_a_name_that_holds_the_asked_kind_answers_what_river(harbour: Desk) -> None:
    assert stated_answer(harbour, "What river does the bridge cross?") == "River Tolly"


def test_what_a_council_means_to_do_is_not_when_it_was_done(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    built = """# Tolly harbour

The second harbour wall was built in March 1998.
"""
    pages = {"built.md": built, "plans.md": PLANS}
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("When was the second harbour wall built?")
        assert_citations_exact(desk, answer)
    assert answer.answer.startswith("March 1998"), answer.answer
    assert not answer.disagreements, answer.answer


BOARD = """# Tolly inquiry

The Coastal Structures Review Board (CSRB) found that the old wall had been undermined by the tide.[4]
The inquiry into the old harbour wall was opened by the CSRB in 2022.[5]
"""


def test_what_an_acronym_is_is_the_name_it_stands_for(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"board.md": BOARD}) as desk:
        answer = desk.ask("What is the CSRB?")
        assert_citations_exact(desk, answer)
    assert answer.answer.startswith("Coastal Structures Review Board —"), answer.answer
    assert answer.citations[0].quote.endswith(".[4]")  # the quote stays exact


def test_a_whole_sentence_answer_drops_its_reference_marks(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"board.md": BOARD}) as desk:
        answer = desk.ask("What happened to the old harbour wall?")
        assert_citations_exact(desk, answer)
    stated = answer.answer.split(" — ")[0]
    assert stated.endswith("in 2022") and "[5]" not in stated, answer.answer
    assert answer.citations[0].quote.endswith(".[5]")


def test_what_kind_of_thing_something_is_is_what_the_sentence_calls_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The answer calls it by another noun ("barrier", not "wall"), and sentences that say
    other things of the wall rank above it."""
    wall = "\n".join(
        [
            "# Tolly harbour",
            "",
            *PRAISE[:6],
            "The new harbour wall, a curved concrete barrier 420 metres long, cost £9 million.",
        ]
    )
    with desk_of(tmp_path_factory, {"wall.md": wall}) as desk:
        answer = desk.ask("What kind of wall is the new harbour wall?")
        assert_citations_exact(desk, answer)
    assert answer.answer.startswith("A curved concrete barrier 420 metres long"), answer.answer
