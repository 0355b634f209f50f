"""A code is asked by its label: "What was the flight number?" is the code after "flight", not
the "two" of "number two engine"; "Which runway …?" is "runway 09"; a reference is the whole
code after its label; "the number of people" is still a count."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

FIRE = """\
# Warning light at Lisle

Halvik Air flight HA618 to Vell had 44 people on board when a warning light for its number two engine came on as it accelerated along runway 09.

Captain Ilse Brannock aborted the departure at roughly 80 knots.

Witnesses should ring Lisle Police on 101 and give reference LPD/25/0412.
"""
fire = page_desk("fire", FIRE)


def test_a_flight_number_is_the_code_after_flight(fire: Desk) -> None:
    assert fire.ask("What was the flight number?").answer.startswith("HA618")


def test_which_runway_is_the_runway_and_its_number(fire: Desk) -> None:
    answer = fire.ask("Which runway was the aircraft on when the warning light came on?")
    assert answer.answer.lower().startswith("runway 09")


def test_the_number_of_things_is_still_a_count(fire: Desk) -> None:
    assert fire.ask("What is the number of people on board?").answer.startswith("44")
    assert fire.ask("What was the largest number of people on board?").answer.startswith("44")


def test_a_reference_is_the_whole_code_after_its_label(fire: Desk) -> None:
    answer = fire.ask("What is the reference number for witnesses?")
    assert answer.answer.startswith("LPD/25/0412")
