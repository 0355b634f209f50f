"""A question that asks for a year is answered by a date that tells the year: in its words, or
as its page's date resolves it. A weekday in an undated page is no year."""

from __future__ import annotations

import pytest

from sourcedesk.answer.engine import stated_part
from tests.answer.conftest import desk_of

UNDATED = """\
Tarrow warehouse fire

A fire destroyed the Tarrow grain warehouse on Friday, firefighters said.
"""

DATED = """---
title: Tarrow warehouse fire
date: 2019-03-10
---

A fire destroyed the Tarrow grain warehouse on Friday, firefighters said.
"""

QUESTION = "In what year did the fire destroy the Tarrow grain warehouse?"


def test_a_weekday_in_an_undated_page_does_not_answer_what_year(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"fire.txt": UNDATED}) as desk:
        answer = desk.ask(QUESTION)
    assert answer.abstained, answer.answer
    assert "Friday" in answer.answer and "not the year" in answer.answer
    assert answer.closest, "the sentence that dates it by the day is offered"


def test_a_weekday_in_a_dated_page_answers_with_its_year(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"fire.md": DATED}) as desk:
        answer = desk.ask(QUESTION)
    assert not answer.abstained, answer.answer
    assert "2019" in stated_part(answer.answer), answer.answer


def test_a_year_the_sentence_before_gives_does_not_stand_for_other_years(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the figure is for 2010 to 2015: the 2019 of the sentence before is not its year
    page = (
        "Fever cases in Orlan\n\n"
        "Two cases of marsh fever were found in Orlan in March 2019. "
        "Across the region there were 310 cases between 2010 and 2015, with 42 deaths.\n"
    )
    with desk_of(tmp_path_factory, {"fever.txt": page}) as desk:
        answer = desk.ask("How many people died of marsh fever in Orlan in 2019?")
    assert answer.abstained, answer.answer
