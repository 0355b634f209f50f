"""Chat sessions: follow-ups resolved against earlier turns, history kept in the desk."""

from __future__ import annotations

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, desk_of


@pytest.mark.parametrize(
    ("first", "follow_up", "resolved", "stated"),
    [
        (
            "When did Valdoria close its embassy in Kessel?",
            "Why?",
            "Why did Valdoria close its embassy in Kessel?",
            "budget cuts",
        ),
        (
            "Why did Brennmark sever relations with Valdoria?",
            "When did that happen?",
            "When did Brennmark sever relations with Valdoria?",
            "12 July 2022",
        ),
        (
            "Who confirmed Ilse Marwen's visit?",
            "What is his job?",
            "What is Tomas Kerrigan's job?",
            "Defence Secretary",
        ),
        (
            "Who is the Valdorian foreign minister?",
            "When did she visit Kessel?",
            "When did Ilse Marwen visit Kessel?",
            "May 2020",
        ),
        (
            "When did the Republic of Lorvania recognise Eastmark?",
            "And the other one?",
            "When did the Republic of Lorvania recognise Westmark?",
            "2 February 2024",
        ),
        (
            "When did the Republic of Lorvania recognise Eastmark?",
            "And Westmark?",
            "When did the Republic of Lorvania recognise Westmark?",
            "2 February 2024",
        ),
        (  # "Why?" after a yes/no question asks why it is so, in lower case after "Why"
            "Did Valdoria close its embassy in Kessel?",
            "Why?",
            "Why did Valdoria close its embassy in Kessel?",
            "budget cuts",
        ),
        (  # "she" after a question about her job is she, without the possessive's mark
            "What is Ilse Marwen's job?",
            "When did she visit Kessel?",
            "When did Ilse Marwen visit Kessel?",
            "May 2020",
        ),
        (  # "it" after a when-question is what the question named, not the date answered
            "When did Valdoria withdraw its ambassador from Kessel?",
            "Why did it withdraw the ambassador?",
            "Why did Valdoria withdraw the ambassador?",
            "fishing rights",
        ),
    ],
)
def test_follow_up_is_resolved_and_answered(
    fiction: Desk, first: str, follow_up: str, resolved: str, stated: str
) -> None:
    session = f"t-{abs(hash((first, follow_up)))}"
    fiction.ask(first, session=session)
    answer = fiction.ask(follow_up, session=session)
    assert answer.question == follow_up
    assert answer.resolved_question == resolved
    assert stated in stated_part(answer.answer)
    assert_citations_exact(fiction, answer)


def test_without_a_session_a_follow_up_stands_alone(fiction: Desk) -> None:
    fiction.ask("When did Valdoria close its embassy in Kessel?")
    answer = fiction.ask("Why?")
    assert answer.abstained


def test_history_keeps_each_turn_as_printed(fiction: Desk) -> None:
    fiction.ask("When did Valdoria close its embassy in Kessel?", session="history")
    fiction.ask("Why?", session="history")
    turns = fiction.history("history")
    assert [t["question"] for t in turns] == [
        "When did Valdoria close its embassy in Kessel?",
        "Why?",
    ]
    assert turns[1]["resolved_question"] == "Why did Valdoria close its embassy in Kessel?"
    assert turns[1]["citations"][0]["quote"]
    assert set(turns[0]) >= {"question", "answer", "abstained", "citations"}


def test_he_after_an_unanswered_who_is_not_a_name_from_the_question(fiction: Desk) -> None:
    """ "Who was Valdoria's ambassador to Mars?" goes unanswered, so "he" stays whoever it was:
    not Valdoria, not Mars."""
    session = "unanswered-who"
    first = fiction.ask("Who was Valdoria's ambassador to Mars?", session=session)
    assert first.abstained, first.answer
    answer = fiction.ask("How old was he?", session=session)
    assert answer.resolved_question == "How old was he?", answer.resolved_question


def test_she_after_an_unanswered_who_did_is_the_one_the_question_named(fiction: Desk) -> None:
    """ "Who did Ilse Marwen marry?" goes unanswered, but "she" is still Ilse Marwen."""
    session = "unanswered-who-did"
    first = fiction.ask("Who did Ilse Marwen marry?", session=session)
    assert first.abstained, first.answer
    answer = fiction.ask("When did she visit Kessel?", session=session)
    assert answer.resolved_question == "When did Ilse Marwen visit Kessel?"


SINGER = """\
Ada Lorne, voice of the harbour songs, dies at 79

Actress Ada Lorne died on Thursday in Port Ellis, her family said.
Lorne's publicist, Tomas Brandt, confirmed her death on Friday.
Brandt said he had worked for the singer since 1990.
Brandt said he would miss her voice most.
"""
RALLY = """\
Orrin man admits threats

An Orrin man pleaded guilty on Monday to threatening Councillor Rhea Holm.
"""


def test_she_is_the_woman_in_view_not_the_man_the_answer_named(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"lorne.txt": SINGER, "rally.txt": RALLY}) as desk:
        first = desk.ask("Who was the publicist of Ada Lorne?", session="s")
        assert stated_part(first.answer) == "Tomas Brandt", first.answer
        answer = desk.ask("When did she die?", session="s")
        assert answer.resolved_question == "When did Ada Lorne die?"
        assert stated_part(answer.answer).startswith("Thursday"), answer.answer
        desk.ask("Who threatened Councillor Rhea Holm?", session="t")
        answer = desk.ask("How old is he?", session="t")
        assert "Orrin" not in answer.resolved_question, answer.resolved_question


COURSE = """\
Designer Mara Quill on going online

While running her design firm, Mara Quill bought an online course called Selling Lessons.
The course cost her close to $2,000, Quill said.
"""


def test_her_after_a_verb_is_the_person_not_her_possessions(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"course.txt": COURSE}) as desk:
        desk.ask("Which online course did Mara Quill buy?", session="c")
        answer = desk.ask("How much did it cost her?", session="c")
        assert "Mara Quill's" not in answer.resolved_question, answer.resolved_question
        assert "Mara Quill" in answer.resolved_question, answer.resolved_question


def test_he_is_no_product_the_question_named(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"course.txt": COURSE}) as desk:
        desk.ask("Which TV did the author buy to try out HarbourCast 2?", session="p")
        answer = desk.ask("How much did he pay for it?", session="p")
        assert "HarbourCast" not in answer.resolved_question.split(" for ")[0], (
            answer.resolved_question
        )


ARSON_CHARGE = """\
Man charged over Harbourmart fire

A Wellton man was charged with arson over the blaze at the Harbourmart store in Wellton.
"""


def test_he_is_not_a_shop_the_question_named(tmp_path_factory: pytest.TempPathFactory) -> None:
    from sourcedesk.answer.conversation import _person

    previous = "Who was charged with arson after the Harbourmart fire?"
    place = {"answer": "Oslo — according to Man charged [1].", "abstained": False}
    with desk_of(tmp_path_factory, {"charge.txt": ARSON_CHARGE}) as desk:
        assert _person(desk.store, place, previous, "m") != "Harbourmart"
        asked = "When did Ada Lorne visit the Harbourmart store?"
        assert _person(desk.store, place, asked, "f") == "Ada Lorne"


def test_it_is_never_a_whole_sentence_the_last_answer_quoted(fiction: Desk) -> None:
    fiction.ask("What did Moscow announce about Brennmark timber?", session="whole")
    answer = fiction.ask("Where was it announced?", session="whole")
    assert "tariffs on Brennmark timber on 3 May" not in answer.resolved_question
    assert "Moscow" in answer.resolved_question


@pytest.mark.parametrize(
    ("stated", "resolved"),
    [
        # a piece of a clause stands for nothing: the follow-up is asked as it is
        ("Leaving the bridge unable", "When did crew members complain about it?"),
        ("To Kestmouth on Monday", "When did crew members complain about it?"),
        # a thing, even one word ending like a verb, is what "it" stands for
        ("The steering system", "When did crew members complain about The steering system?"),
        ("Funding", "When did crew members complain about Funding?"),
    ],
)
def test_it_stands_for_a_stated_thing_not_a_piece_of_a_clause(stated: str, resolved: str) -> None:
    from sourcedesk.answer.conversation import resolve_follow_up
    from sourcedesk.store.base import Turn

    answer = {"answer": f"{stated} — according to Ferry inquiry [1].", "abstained": False}
    turn = Turn("s", 1, "What does the crew union blame?", "", answer)
    question = "When did crew members complain about it?"
    assert resolve_follow_up(None, question, [turn])[0] == resolved


def test_and_before_a_whole_question_opens_no_ellipsis() -> None:
    from sourcedesk.answer.conversation import resolve_follow_up
    from sourcedesk.store.base import Turn

    answer = {"answer": "3.5 million euros — according to Orsa Courier [1].", "abstained": False}
    turn = Turn("s", 1, "How much aid did the governor pledge in euros?", "", answer)
    resolved = resolve_follow_up(None, "And who pledged money in the other currency?", [turn])
    assert resolved[0] == "Who pledged money in the other currency?"
    ellipsis = resolve_follow_up(None, "And the mayor?", [turn])
    assert ellipsis[0] == "How much aid did the mayor pledge in euros?"


def test_it_after_how_often_is_the_subject_asked_not_the_frequency(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    page = (
        "# Halvik library service\n\n"
        "The mobile library will visit Halvik twice a week, on Tuesdays and Fridays.\n"
        "The new mobile library service will start on Monday 2 September 2024.\n"
    )
    with desk_of(tmp_path_factory, {"library.md": page}) as desk:
        desk.ask("How often will the mobile library visit Halvik?", session="often")
        answer = desk.ask("When does it start?", session="often")
    assert answer.resolved_question == "When does the mobile library start?"
    assert "2 September 2024" in answer.answer, answer.answer
