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
The shop had paid $3 million (21 million yuan) for the stones in March.
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


def test_a_sum_asked_in_yuan_is_answered_in_yuan(heist: Desk) -> None:
    answer = heist.ask("How many yuan had the Lisk shop paid for the stones?")
    assert stated_part(answer.answer).startswith("21 million"), answer.answer


def test_a_verb_that_is_also_a_currency_is_no_sum(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "They won 3 titles" holds no money: a money question finds nothing to answer there."""
    page = "Ostby Rovers\n\nThe Ostby Rovers won 3 titles in 2019 under coach Arne Tull.\n"
    with desk_of(tmp_path_factory, {"rovers.txt": page}) as desk:
        answer = desk.ask("How much did the Ostby Rovers pay coach Arne Tull?")
    assert answer.abstained, answer.answer


def test_what_a_film_grossed_is_a_sum_not_a_rank(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "gross" asks for money: "the fourth best grossing opening" gives none."""
    page = (
        "Harbour Lights\n\nHarbour Lights had the fourth best grossing opening weekend"
        " of any film this year.\nIts total takings reached $212 million by May.\n"
    )
    with desk_of(tmp_path_factory, {"film.txt": page}) as desk:
        opening = desk.ask("How much did Harbour Lights gross on its opening weekend?")
        total = desk.ask("How much had Harbour Lights grossed by May?")
    assert opening.abstained, opening.answer
    assert "$212 million" in stated_part(total.answer), total.answer


def test_a_currency_code_before_a_sum_stays_with_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    page = (
        "# Board meeting\n\nThe Halvik board has approved a EUR 6.8 million security programme"
        " for its three hospitals.\n"
    )
    with desk_of(tmp_path_factory, {"board.md": page}) as desk:
        answer = desk.ask("How much did the Halvik board approve for the security programme?")
    assert stated_part(answer.answer) == "EUR 6.8 million", answer.answer
