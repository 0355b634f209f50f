"""A sum asked in one currency is answered in that currency: "How many euros …?" by the euros,
not by the dollars beside them, and "in British pounds" asks for pounds, not for Britain."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of

HEIST = """\
Jewels taken in Lisk raid

Robbers took jewels worth $52 million (40 million euros) from a shop in Lisk on Monday.
Insurers put the loss at 35 million pounds, a spokeswoman said.
"""


@pytest.fixture(scope="module")
def heist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"heist.txt": HEIST}) as desk:
        yield desk


def test_a_sum_asked_in_euros_is_not_answered_in_dollars(heist: Desk) -> None:
    answer = heist.ask("How many euros were the jewels taken in Lisk worth?")
    assert stated_part(answer.answer).startswith("40 million"), answer.answer


def test_a_sum_asked_in_dollars_is_answered_in_dollars(heist: Desk) -> None:
    answer = heist.ask("How many dollars were the jewels taken in Lisk worth?")
    assert "52 million" in stated_part(answer.answer), answer.answer


def test_british_pounds_asks_for_pounds_not_for_britain(heist: Desk) -> None:
    answer = heist.ask("What did insurers put the Lisk loss at in British pounds?")
    assert not answer.abstained, answer.answer
    assert "35 million" in stated_part(answer.answer), answer.answer
