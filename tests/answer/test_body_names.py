"""A body's name may hold "and" or "&" ("the Harbours and Ferries Safety Agency", "Orsa &
Tarn Consulting Engineers"); two names joined by "and" outside such a name stay two."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.retrieve import SentenceWords
from sourcedesk.answer.spans import name_spans
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of

PAGE = """\
# Ferry recall at Halvik

The Harbours and Ferries Safety Agency ordered Kellmarsh Lines on Monday to withdraw two ferries from service.
The 2021 survey of the ferries was carried out by Orsa & Tarn Consulting Engineers.
Halvik and Tarvia will share the cost of replacement boats.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"recall.md": PAGE}) as built:
        yield built


def test_a_body_s_name_keeps_its_and(desk: Desk) -> None:
    answer = desk.ask("Which agency ordered the ferries withdrawn?")
    assert "Harbours and Ferries Safety Agency" in answer.answer.split(" — ")[0], answer.answer


def test_a_name_with_an_ampersand_is_one_answer(desk: Desk) -> None:
    answer = desk.ask("Which firm carried out the 2021 survey of the ferries?")
    assert answer.answer.startswith("Orsa & Tarn Consulting Engineers"), answer.answer


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Halvik and Tarvia will share the cost.", ["Halvik", "Tarvia"]),
        ("The Halvik and Tarvia councils met.", ["Halvik", "Tarvia"]),
        ("He joined the Seafarers and Dockers Union in 1990.", ["Seafarers and Dockers Union"]),
        ("Among them, the Orsa Water Tower survived.", ["Orsa Water Tower"]),
        # a public service's name runs across its "and" without "the" before it
        ("Kessby Fire and Rescue Service sent drones.", ["Kessby Fire and Rescue Service"]),
        ("the Road and Bus Drivers union met.", ["Road and Bus Drivers"]),
        # an indefinite pronoun opening a sentence is no name
        ("Nobody was hurt, but Ada Quint was shaken.", ["Ada Quint"]),
        # nor the first word of a post in lower case ("Site manager …"); a surname still is
        ("Site manager Ilse Marr led the search.", ["Ilse Marr"]),
        ("Marsh said the plan was sound.", ["Marsh"]),
    ],
)
def test_and_joins_names_only_inside_a_body_s_name(sentence: str, names: list[str]) -> None:
    found = [sentence[a:b] for a, b, _ in name_spans(sentence, SentenceWords.of(sentence))]
    assert found == names
