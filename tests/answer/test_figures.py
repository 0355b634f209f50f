"""Figures are stated with their currency sign and percent sign, as the source writes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, page_desk, stated_answer

PAGE = """# Border seizures

Agents say $53 million a week in goods is coming across the northern border.
About 12% of the crossings are checked by hand.
"""


def test_a_money_answer_keeps_its_currency_sign(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.sqlite") as desk:
        desk.add_bytes("border.md", PAGE.encode())
        money = desk.ask("How much in goods crosses the northern border each week?")
        share = desk.ask("What share of the crossings are checked by hand?")
    assert stated_part(money.answer) == "$53 million", money.answer
    assert stated_part(share.answer) == "About 12%" or stated_part(share.answer) == "12%", (
        share.answer
    )


FLEET = """# Kessby K2 grounding

The order matters for the Kessby maker, whose sales fell after two crashes of its new airliner that killed 157 people.

Its fleet of roughly 90 K2 jets around the world has been grounded since March.

A May study by the Tessby branch projected that the port rules the Ostby board has imposed would cut output by 0.25 percent, or $41.2 billion, lower pay by 0.19 percent and eliminate 1,250 full-time-equivalent jobs.
"""

fleet = page_desk("fleet", FLEET)


def test_a_count_of_another_thing_does_not_answer(fleet: Desk) -> None:
    """ "roughly 90 K2 jets" is no count of the people killed (the sentence that gives it
    does not name the K2, so the desk may only abstain)."""
    answer = fleet.ask("How many people were killed in the two K2 crashes?")
    assert "90" not in stated_part(answer.answer)


def test_a_sum_of_money_does_not_count_jobs(fleet: Desk) -> None:
    question = "How many jobs does the Tessby branch study say the Ostby port rules will eliminate?"
    assert stated_answer(fleet, question).startswith("1,250")


MATCH = """# Kessby beat Ostby

Ada Holt scored twice and Kessby Rovers rolled past Ostby Town, 3-1, on Tuesday night.

The previous three games between the clubs went to extra time.
"""

match = page_desk("match", MATCH)


def test_a_score_answers_what_the_score_was(match: Desk) -> None:
    """The sentence says nothing of a score or a game but gives one."""
    stated = stated_answer(match, "What was the score of Kessby Rovers' game against Ostby Town?")
    assert stated == "3-1"


def test_a_common_acronym_and_a_capitalised_money_word(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "GDP" is the gross domestic product, and the "Budget" of a name asks for no money."""
    page = (
        "# Port rules\n\nSeparately, the Kessby Budget Office projects that the port rules will "
        "reduce gross domestic product in the country by 0.4 percent by 2024.\n"
    )
    with desk_of(tmp_path_factory, {"rules.md": page}) as desk:
        question = (
            "By how much does the Kessby Budget Office expect the port rules to reduce GDP by 2024?"
        )
        assert stated_answer(desk, question) == "0.4 percent"


def test_a_unit_glued_to_its_figure_stays_with_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "624MHz", "8GB": the figure and its unit are one answer, not the name "MHz"."""
    page = (
        "# Varn X1 review\n\nThe Varn X1 phone has a full keyboard, GPS and a 624MHz processor.\n"
        "It takes memory cards of up to 8GB.\n"
    )
    with desk_of(tmp_path_factory, {"phone.md": page}) as desk:
        assert stated_answer(desk, "How fast is the Varn X1's processor?") == "624MHz"
        thick = desk.ask("How thick is the Varn X1?")  # a speed is no thickness
        assert thick.abstained or "MHz" not in thick.answer, thick.answer
