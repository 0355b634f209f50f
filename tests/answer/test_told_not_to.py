"""A "not" that someone was told ("households told not to drink the water", "the
do-not-drink notice") is the instruction asked about, not a denial the answer must hold."""

from __future__ import annotations

import pytest

from sourcedesk.answer.question import read_question
from tests.answer.conftest import desk_of


@pytest.mark.parametrize(
    ("question", "negated"),
    [
        ("How many households were told not to drink tap water?", False),
        ("How many homes are covered by the do-not-drink notice?", False),
        ("Who did not vote for the plan?", True),
    ],
)
def test_an_instruction_s_not_is_no_denial(question: str, negated: bool) -> None:
    assert read_question(question).negated is negated


def test_the_instruction_is_answered(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = (
        "# Halvik water notice\n\n"
        "The water company closed its Halvik intake after the spill on Monday.\n"
        "It told 3,200 households in the town to drink bottled water instead of tap water.\n"
    )
    with desk_of(tmp_path_factory, {"water.md": page}) as desk:
        answer = desk.ask("How many households were told not to drink the tap water?")
    assert answer.answer.startswith("3,200"), answer.answer
