"""Answers of the asked shape: a saint's possessive inside a hospital's name, a body's name
for "which company", a sum for "What is it worth?", a sum in a currency the desk's pages use
but no table knows ("64 million marks"), and no count of passengers for a sum."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of

PAGE = """\
# Halvik ferry recall

The Tarn Safety Board ordered Kellmarsh Ferries Holdings on Monday to recall two lots of its marine engine Orsa, after tests found cracks in engines made at its Halvik yard.
The campaign centred on the Halvik container terminal expansion, a 120 million euro project agreed in 2023.
Most of the injured were taken to St Aldric's General Hospital in the old town.
The contract to refit the Halvik yard is worth 64 million marks, according to board papers.
Kellmarsh Ferries carried about 1.2 million passengers last year.
Each passenger of the Orsa Star will receive 1,500 marks in compensation.
The Halvik dockers accepted a pay rise of 6.5 per cent spread over two years.
Launch customer Tarvia Air has ordered twelve of the new Orsa engines.
Brannock Works will begin building the Orsa engine in 2026, and it should enter airline service in 2027.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"recall.md": PAGE}) as built:
        yield built


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("Which hospital took most of the injured?", "St Aldric's General Hospital"),
        ("Which company makes the recalled marine engines?", "Kellmarsh Ferries Holdings"),
        ("What is the contract to refit the Halvik yard worth?", "64 million marks"),
        ("What is the Halvik container terminal expansion worth?", "120 million euro"),
        ("How much compensation will each passenger of the Orsa Star receive?", "1,500 marks"),
        ("Which airline is the launch customer of the Orsa engine?", "Tarvia Air"),
    ],
)
def test_the_answer_has_the_asked_shape(desk: Desk, question: str, stated: str) -> None:
    answer = desk.ask(question)
    assert answer.answer.startswith(stated), answer.answer


def test_a_count_of_passengers_is_no_sum(desk: Desk) -> None:
    answer = desk.ask("How much was Kellmarsh Ferries fined last year?")
    assert "passengers" not in answer.answer.split(" — ")[0], answer.answer


def test_a_figure_with_its_unit_takes_no_word_after_it(desk: Desk) -> None:
    answer = desk.ask("What pay rise did the Halvik dockers accept?")
    assert answer.answer.split(" — ")[0] == "6.5 per cent", answer.answer
