"""An age is asked as "How old …?" or "At what age …?"; both take the age the page gives."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.question import read_question
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

RETIRED = """\
Doctor retires early

Leon Marsk, a surgeon from Port Ellis, retired from surgery at age 44 after saving for twenty years.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"retired.txt": RETIRED}) as built:
        yield built


@pytest.mark.parametrize(
    "question", ["At what age did Leon Marsk retire?", "How old was Leon Marsk when he retired?"]
)
def test_an_age_asked_either_way_is_the_age(desk: Desk, question: str) -> None:
    assert read_question(question).qtype == "how_much"
    assert stated_answer(desk, question) == "44"


HOST = """\
Ada Lorne to host the Harbour Awards again

Ada Lorne has hosted the Harbour Awards twice, and her third show drew more than $36 million in advertising.
"""


def test_twice_third_or_a_sum_is_no_age(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"host.txt": HOST}) as desk:
        answer = desk.ask("How old is Ada Lorne?")
    assert answer.abstained, answer.answer


SURVIVED = """\
Harbour pilot Lorne Vask dies at 80

Vask is survived by his wife, Ada Vask; his brother, Piet; and nine grandchildren.
"""


def test_a_count_of_grandchildren_is_no_age(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"survived.txt": SURVIVED}) as desk:
        answer = desk.ask("How old was Vask's wife Ada?")
    assert answer.abstained, answer.answer  # "nine grandchildren" counts them
