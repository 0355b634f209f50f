"""A "how many" answer counts the thing the question counts: two wives are no children, an
ordinal ("a third successive patrol") or a fraction is no count, and the regions a question
names after its verb are not what it counts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

VALLEY = """# Elders of Marrowdale charged

Tobias Venn faces a count of wedding 14 women, and Aldo Prisk is accused of having married three women, the provincial prosecutor said.
Venn's count lists 14 wives; Prisk's count lists just three.
Prisk, a carpenter, has lived in the valley since 1988.
The coast guard cutter Harlan seized a smuggling boat on 2 May, in a third successive patrol since its arrival.
Cardonia recognised the two breakaway valleys after Westmark and Ossary had done so.
Officials say the number of affected farms is hard to estimate, but the valley has close to 9,000 such plots.
"""


@pytest.fixture(scope="module")
def valley(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"valley.md": VALLEY}) as desk:
        yield desk


def test_a_count_of_wives_does_not_answer_how_many_children(valley: Desk) -> None:
    answer = valley.ask("How many children does Aldo Prisk have?")
    assert answer.abstained, answer.answer


def test_the_count_the_question_asks_for_still_answers(valley: Desk) -> None:
    assert stated_answer(valley, "How many women is Aldo Prisk accused of marrying?") == "Three"


def test_an_ordinal_is_no_count(valley: Desk) -> None:
    answer = valley.ask("How many boats did the Harlan seize in May?")
    assert "third" not in answer.answer.split(" — ")[0].lower(), answer.answer


def test_a_count_of_another_noun_of_the_question_is_no_answer(valley: Desk) -> None:
    """ "the two breakaway valleys" counts valleys, not the countries asked for."""
    answer = valley.ask("How many countries had recognised the breakaway valleys before Cardonia?")
    assert not answer.answer.startswith("Two"), answer.answer


def test_such_does_not_hide_what_a_figure_counts(valley: Desk) -> None:
    answer = valley.ask("How many farms were affected in the valley?")
    assert not answer.answer.startswith("9,000"), answer.answer


def test_how_many_of_someones_people_is_answered_by_a_part(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "How many of Varn's friends …?" counts friends: "Seven of Varn's friends" answers."""
    page = (
        "# Varn remanded\n\nTom Varn was remanded by Harlow magistrates on Monday.\n"
        "Seven of Varn's friends attended the hearing as a show of support.\n"
    )
    with desk_of(tmp_path_factory, {"hearing.md": page}) as desk:
        question = "How many of Varn's friends came to the hearing to support him?"
        assert stated_answer(desk, question) == "Seven"


def test_people_on_board_may_be_the_people_the_question_counts(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Being on board tells where people were, not what befell them: "the 11 Orsan pirates on
    board" answers how many were captured."""
    page = (
        "# Pirates captured\n\nThe navy seized rifles from the 12 Halvik and 11 Orsan pirates on"
        " board the boats.\n"
    )
    with desk_of(tmp_path_factory, {"pirates.md": page}) as desk:
        assert stated_answer(desk, "How many Orsan pirates were captured?") == "11"


def test_the_count_of_the_asked_noun_not_the_one_after_and(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "412 passengers and 38 crew on board": 38 counts the crew; "aboard" is "on board"."""
    wire = (
        "# Ferry aground off Tarvia\n\nThe Halvik Star ran aground off Tarvia on Sunday night."
        "\n\nThere were 412 passengers and 38 crew on board the Halvik Star, the coastguard"
        " said.\n"
    )
    later = (
        "# Ferry count revised\n\nRevised figures showed that 436 passengers and 41 crew had"
        " been aboard the Halvik Star when it went aground.\n"
    )
    port = (
        "# Tarvia harbour\n\nThe harbour at Tarvia handles two million tonnes of cargo a year"
        " and is run by the Orsa port board.\n"
    )
    pages = {"wire.md": wire, "later.md": later, "port.md": port}
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("How many passengers were on board the Halvik Star?")
    assert stated_part(answer.answer) in ("412", "436"), answer.answer
    assert "412" in answer.answer and "436" in answer.answer, answer.answer
    assert "disagree" in answer.answer and "38" not in answer.answer, answer.answer


def test_the_figure_the_asked_verb_took_in_a_relative_clause(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "7.5 per cent, well short of the 12 per cent it had demanded": what was demanded."""
    page = (
        "# Strike ends\n\nThe Lisle teachers' union accepted a pay rise of 7.5 per cent over two"
        " years, well short of the 12 per cent it had demanded when the strike began.\n"
    )
    with desk_of(tmp_path_factory, {"strike.md": page}) as desk:
        stated = stated_answer(desk, "What pay rise had the union been demanding?")
    assert stated == "12 per cent"


def test_a_count_of_zero_answers_no(tmp_path_factory: pytest.TempPathFactory) -> None:
    wiki = (
        "{{Infobox event\n| name = Orsa Bend derailment\n| date = 4 March 2025\n| deaths = 0\n"
        "| injuries = 31\n}}\nThe '''Orsa Bend derailment''' occurred on 4 March 2025 when a"
        " train left the tracks.\n"
    )
    with desk_of(tmp_path_factory, {"orsa.wiki": wiki}) as desk:
        answer = desk.ask("Was anyone killed in the Orsa Bend derailment?")
    assert stated_part(answer.answer) == "No", answer.answer  # the infobox's "Deaths: 0"
