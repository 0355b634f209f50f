"""A yes or no answers the question's predicate: a sentence that names the plant but says
nothing of closing it answers neither way, and one that says it will stay open answers "No"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of

REPORT = """\
Halvik to cut 1,200 jobs

Halvik Industries will cut 1,200 jobs at its Lisle plant, the company said on Tuesday.
Its boss, Anders Rolle, took over in 2018.
He said the plant would stay open.
A spokeswoman said no one was hurt when a crane toppled at the depot last week.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"halvik.txt": REPORT}) as built:
        yield built


def test_a_sentence_silent_on_the_predicate_gives_no_yes(desk: Desk) -> None:
    answer = desk.ask("Will the Lisle plant close?")
    assert answer.abstained, answer.answer


def test_the_opposite_of_the_predicate_answers_no(desk: Desk) -> None:
    answer = desk.ask("Will the plant close?")
    assert answer.answer.startswith("No"), answer.answer
    assert "stay open" in answer.citations[0].quote


def test_an_indefinite_subject_is_no_word_to_find_and_no_reason_to_abstain(desk: Desk) -> None:
    answer = desk.ask("Was anybody injured when the crane toppled?")
    assert answer.answer.startswith("No"), answer.answer


def test_a_role_before_a_name_set_off_by_commas(desk: Desk) -> None:
    answer = desk.ask("Who is Anders Rolle?")
    assert answer.answer.lower().startswith("its boss"), answer.answer
