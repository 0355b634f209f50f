"""A question that asks for someone or something by a noun gets an answer of that kind, or
none: "Which judge …?" is not answered by a court, "the name of the woman" not by a street or
a nationality, "What street …?" not by a verb phrase or a figure, "What kind of gun …?" not by
a sentence without a gun."""

from __future__ import annotations

import pytest

from sourcedesk.answer.engine import stated_part
from tests.answer.conftest import desk_of

APPEAL = """\
Varek sentenced to life

Tomas Varek's sentence will be appealed automatically to the Northland Supreme Court.
Varek, 31, smiled as he was led from the courtroom in Osby on Friday.
"""

SENTENCING = APPEAL + "Judge Hella Brandt sentenced Varek to life in prison on Friday.\n"

RIOT = """\
Three die in Kessby depot blaze

Two women and a man died when rioters threw petrol bombs into a Corvan depot in Kessby.
One of the women was pregnant, Valdorian police said.
Three people, one of them a pregnant woman, died in the depot fire, Reuters reported.
The fire spread from Marten Street to the Kessby town hall within the hour.
"""

SHOOTING = """\
Officer shot in Osby

Officer Dan Ferris was shot and killed after knocking on a door in Osby on Tuesday.
"""

BROADCAST = """\
Harbour awards get a new host

Ilse Marwen's choice as host heralds a new direction for the harbour awards after years of falling ratings.
"""


def test_a_court_is_not_which_judge(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"appeal.txt": APPEAL}) as desk:
        answer = desk.ask("Which judge sentenced Tomas Varek?")
    assert answer.abstained, answer.answer


def test_the_judge_named_is_which_judge(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"sentencing.txt": SENTENCING}) as desk:
        answer = desk.ask("Which judge sentenced Tomas Varek?")
    assert stated_part(answer.answer).endswith("Hella Brandt"), answer.answer


def test_a_verb_opening_the_sentence_is_no_one(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = "Varek led away\n\nWearing a grey suit, Varek was led from the courtroom on Friday.\n"
    with desk_of(tmp_path_factory, {"led.txt": page}) as desk:
        answer = desk.ask("Which lawyer led Varek from the courtroom?")
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What was the name of the pregnant woman who died in the depot fire?",
        "What is the name of the woman who was pregnant?",
    ],
)
def test_a_place_or_a_people_is_no_womans_name(
    tmp_path_factory: pytest.TempPathFactory, question: str
) -> None:
    with desk_of(tmp_path_factory, {"riot.txt": RIOT}) as desk:
        answer = desk.ask(question)
    assert answer.abstained, answer.answer


def test_a_kind_of_thing_needs_the_thing(tmp_path_factory: pytest.TempPathFactory) -> None:
    # "shot" is how he died, not the kind of gun; the page names no gun at all
    with desk_of(tmp_path_factory, {"shooting.txt": SHOOTING}) as desk:
        answer = desk.ask("What kind of gun was used to kill Officer Dan Ferris?")
    assert answer.abstained, answer.answer


def test_a_named_thing_is_not_an_owner_or_a_plain_noun(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"broadcast.txt": BROADCAST}) as desk:
        answer = desk.ask("Which TV network is broadcasting the harbour awards?")
    assert answer.abstained, answer.answer


def test_a_street_named_is_still_what_street(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"riot.txt": RIOT}) as desk:
        answer = desk.ask("From which street did the fire spread to the town hall?")
    assert stated_part(answer.answer) == "Marten Street", answer.answer


WITNESSES = """\
Officer shot in Osby

Tomas Varek, 31, was found hiding in a house a few doors away from the shooting.
Two girls saw the officer fall from the window of a flat across the road.
"""


def test_an_age_of_someone_else_named_in_the_question_is_no_answer(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the question names Varek, but asks how old the girls were
    with desk_of(tmp_path_factory, {"witnesses.txt": WITNESSES}) as desk:
        answer = desk.ask("How old were the girls who saw Varek shoot the officer?")
        assert answer.abstained, answer.answer
        assert stated_part(desk.ask("How old is Tomas Varek?").answer) == "31"


def test_a_person_of_a_place_is_still_a_person(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = "Inquiry opened\n\nThe inquiry was opened in 1955 by Senator Halvard Brekke of Osmark.\n"
    with desk_of(tmp_path_factory, {"inquiry.txt": page}) as desk:
        answer = desk.ask("Which senator opened the inquiry?")
    assert "Halvard Brekke" in stated_part(answer.answer), answer.answer
