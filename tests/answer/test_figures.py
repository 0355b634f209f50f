"""Figures are stated with their currency sign and percent sign, as the source writes them."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk

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
