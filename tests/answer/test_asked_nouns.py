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
Varek, 31, grinned as guards took him out of the courtroom in Osby on Friday.
"""

SENTENCING = APPEAL + "Judge Hella Brandt sentenced Varek to life in prison on Friday.\n"

RIOT = """\
Three die in Kessby depot blaze

Two women and a man died when rioters threw petrol bombs into a Corvan depot in Kessby.
One of the women was pregnant, Valdorian police said.
Three people died in the depot fire, a pregnant woman among them, Reuters reported.
The fire spread from Marten Street to the Kessby town hall within the hour.
"""

SHOOTING = """\
Officer shot in Osby

Officer Dan Ferris was shot and killed while knocking at a flat door in Osby on Tuesday.
"""

BROADCAST = """\
Harbour awards get a new host

Ilse Marwen's choice as host signals a fresh start for the harbour awards after years of falling ratings.
"""


LED = "Varek led away\n\nWearing a grey suit, Varek was led from the courtroom on Friday.\n"
DAM = "Osby dam at risk\n\nIt comes after local Osby academics warned that the dam could fail.\n"


@pytest.mark.parametrize(
    ("page", "question"),
    [
        # a court is not which judge
        (APPEAL, "Which judge sentenced Tomas Varek?"),
        # a verb opening the sentence is no one
        (LED, "Which lawyer led Varek from the courtroom?"),
        # a place, a people or a wire service is no woman's name
        (RIOT, "What was the name of the pregnant woman who died in the depot fire?"),
        (RIOT, "What is the name of the woman who was pregnant?"),
        # "shot" is how he died, not the kind of gun; the page names no gun at all
        (SHOOTING, "What kind of gun was used to kill Officer Dan Ferris?"),
        # a named thing is neither an owner ("Marwen's choice") nor a plain noun ("ratings")
        (BROADCAST, "Which TV network is broadcasting the harbour awards?"),
        # "local" of "local academics" names no academic
        (DAM, "Which academic has been warning that the Osby dam could fail?"),
    ],
)
def test_an_answer_of_another_kind_is_refused(
    tmp_path_factory: pytest.TempPathFactory, page: str, question: str
) -> None:
    with desk_of(tmp_path_factory, {"page.txt": page}) as desk:
        answer = desk.ask(question)
    assert answer.abstained, answer.answer


def test_the_judge_named_is_which_judge(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"sentencing.txt": SENTENCING}) as desk:
        answer = desk.ask("Which judge sentenced Tomas Varek?")
    assert stated_part(answer.answer).endswith("Hella Brandt"), answer.answer


def test_a_street_named_is_still_what_street(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"riot.txt": RIOT}) as desk:
        answer = desk.ask("From which street did the fire spread to the town hall?")
    assert stated_part(answer.answer) == "Marten Street", answer.answer


WITNESSES = """\
Officer shot in Osby

Tomas Varek, 31, was later discovered in a garden shed two streets from the shooting.
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


STABBING = """\
Two found dead in Lerwick flat

The bodies of Ilsa Moor, 52, and of the suspect's father, Henrik Tallis, 74, were found on Friday.
"""
CHARGED = """\
Lerwick man charged

Police said 29-year-old Tallis is charged with two murders after his father and a friend were found.
"""


def test_the_age_of_the_one_whose_relative_is_asked_is_no_answer(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "Tallis's father": the father is asked about; "29-year-old Tallis" is the son's age
    pages = {"stabbing.txt": STABBING, "charged.txt": CHARGED}
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("How old was Tallis's father?")
        assert stated_part(answer.answer) == "74", answer.answer
        assert not answer.disagreements, answer.disagreements
        assert stated_part(desk.ask("How old is Ilsa Moor?").answer) == "52"


CRASH = """\
Crash in the Orlan hills

Two soldiers were killed when their helicopter came down in Norway, the Swedish army said.
The Varn Front denied any part in the crash.
A herder and his wife were treated for lung fever caused by Tessella bacteria.
"""


@pytest.mark.parametrize(
    "question",
    [
        # the person the noun after "the name(s) of" asks for, not a group or a germ
        "What were the names of the two soldiers killed in the crash?",
        "What is the name of the wife treated for lung fever?",
    ],
)
def test_the_name_of_a_person_is_no_group_or_thing(
    tmp_path_factory: pytest.TempPathFactory, question: str
) -> None:
    with desk_of(tmp_path_factory, {"crash.txt": CRASH}) as desk:
        answer = desk.ask(question)
    assert answer.abstained, answer.answer
