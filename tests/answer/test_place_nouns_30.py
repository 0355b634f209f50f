"""A where-answer named by a name that modifies a place noun is the whole place ("the Orsa
boathouse", not "Orsa"); a name followed by a verb or standing alone is kept as it is."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

LAKE = """\
# Rescue on Lake Orsa

The walkers were found at the Orsa boathouse, where they had sheltered from the storm.
The Tarnhold rowers set off from Lisle on Sunday morning.
The Selvany team said the boats were taken to the Kellmarsh slipway.
"""
lake = page_desk("lake", LAKE)


def test_a_name_before_a_place_noun_is_given_with_the_noun(lake: Desk) -> None:
    answer = lake.ask("Where were the walkers found?")
    assert answer.answer.startswith("The Orsa boathouse")


def test_a_town_alone_is_given_alone(lake: Desk) -> None:
    answer = lake.ask("Where did the Tarnhold rowers set off from?")
    assert answer.answer.startswith("Lisle —")


def test_a_place_noun_before_the_sentence_end_is_taken_too(lake: Desk) -> None:
    answer = lake.ask("Where were the boats taken?")
    assert answer.answer.startswith("The Kellmarsh slipway")
