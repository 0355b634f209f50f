"""A question about the level before a change ("What was the capacity before?") is answered by
the figure the change started from; the level reached still answers the plain question, and a
range of values stays whole."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

GROUND = """\
# Orsa Park

Following a July 2024 inspection, Orsa Park's licensed capacity was cut from 4,200 to 3,850 fans.
Temperatures in the Tarnhold hall ranged from 12 to 15 degrees before the heating failed.
"""
ground = page_desk("ground", GROUND)


def test_before_a_change_is_the_figure_it_started_from(ground: Desk) -> None:
    assert ground.ask("What was Orsa Park's capacity before?").answer.startswith("4,200")
    assert ground.ask("What was the capacity before the inspection?").answer.startswith("4,200")


def test_the_level_reached_answers_what_it_was_cut_to(ground: Desk) -> None:
    assert ground.ask("What was Orsa Park's capacity cut to?").answer.startswith("3,850")


def test_a_range_of_values_is_given_whole(ground: Desk) -> None:
    answer = ground.ask("What was the temperature in the Tarnhold hall before the heating failed?")
    assert "12 to 15" in answer.answer
