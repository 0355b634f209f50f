"""A short answer must be of the kind asked: no holiday for where, no town for who, the
destination of a move for where to, people for a list of relatives, no participle clause for
who someone is, no person for which company."""

from __future__ import annotations

import pytest

from sourcedesk.answer.engine import stated_part
from tests.answer.conftest import desk_of

CUSTODY = """\
Osby man on suicide watch

A man accused in a Christmas party stabbing was held on suicide watch Monday, his family said.
His lawyer told the court the accused was put on suicide watch in the Kellan Remand Centre in Osby.
"""

SHOOTING = """\
Tarrin warehouse shooting

A gunman opened fire at a warehouse party in Tarrin on Friday, police said.
"""

MOVE = """\
Varga family to move

Ansel Varga said he is moving his whole family from Brisk to Lowmere next month.
"""

OBITUARY = """\
Marta Quell dies at 88

Marta Quell is survived by a sister, Ilse Dorn of Fenwick, and a brother, Otto Brand, who lives in Harrow, Kent.
"""

FLOOD = """# Flood at Fenwick

The flood cut off the farm of Ilse Dorn, leaving her without power for a week.
She said the water rose overnight.
"""

FIRE = """\
Dunmere depot fire

A 58-year-old Dunmere man - Peter Alan Rusk - was charged Saturday with arson in connection with the fire, Dunmere police said.
Dunmere police identified the building hit by the Friday night fire as the depot of Corlan Freight Ltd.
The company employs 40 people.
"""


def test_a_holiday_is_no_place(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"custody.txt": CUSTODY}) as desk:
        answer = desk.ask("Where is the accused being held on suicide watch?")
    assert stated_part(answer.answer) == "Kellan Remand Centre", answer.answer


def test_a_town_is_not_who_was_killed(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"shooting.txt": SHOOTING}) as desk:
        answer = desk.ask("Who was killed at the warehouse party?")
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Where is Ansel Varga moving his family?", "Lowmere"),
        ("Where is Ansel Varga moving from?", "Brisk"),
    ],
)
def test_a_move_is_answered_by_where_it_goes_unless_asked_where_from(
    tmp_path_factory: pytest.TempPathFactory, question: str, place: str
) -> None:
    with desk_of(tmp_path_factory, {"move.txt": MOVE}) as desk:
        answer = desk.ask(question)
    assert stated_part(answer.answer) == place, answer.answer


def test_a_list_of_relatives_names_people_not_where_they_live(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"obituary.txt": OBITUARY}) as desk:
        answer = desk.ask("Which of Marta Quell's siblings survived her?")
    stated = stated_part(answer.answer)
    assert "Ilse Dorn" in stated and "Otto Brand" in stated, answer.answer
    assert "Harrow" not in stated and "Kent" not in stated, answer.answer


def test_a_participle_after_a_name_is_not_who_they_are(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"flood.md": FLOOD}) as desk:
        answer = desk.ask("Who is Ilse Dorn?")
    assert not stated_part(answer.answer).lower().startswith("leaving"), answer.answer


def test_a_company_is_not_answered_by_a_person(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"fire.txt": FIRE}) as desk:
        answer = desk.ask("What is the name of the company where the Dunmere fire happened?")
    assert stated_part(answer.answer).startswith("Corlan Freight"), answer.answer
