"""A table row's labelled value answers its label ("Turnout: 64%"); an owner's "'s" does not
end the asked noun ("the ferry terminal's original budget"); a date joined by "and" to
another act is that act's ("approved in May 2018 and signed on 2 October 2018"); a length
changed "from 2.1 km to 2.6 km" is 2.6 km now."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

TERMINAL = """\
# Kellmarsh ferry terminal

The Kellmarsh ferry terminal, on the north quay, was given a budget of £84 million in 2017.

The harbour board approved the design in May 2018 and signed a building contract with Orsa Marine on 2 October 2018.

Survey work found soft clay under the quay, and the breakwater was redesigned and lengthened from 2.1 km to 2.6 km.

Vote: Dockers' ballot; Dates: 4–20 March; Turnout: 64%; In favour: 78%; Outcome: Overtime ban.
"""
terminal = page_desk("terminal", TERMINAL)


def test_a_table_row_gives_the_value_under_the_asked_label(terminal: Desk) -> None:
    assert terminal.ask("What was the turnout in the dockers' ballot?").answer.startswith("64%")


def test_an_owners_s_does_not_end_the_asked_noun(terminal: Desk) -> None:
    answer = terminal.ask("What was the ferry terminal's original budget?")
    assert answer.answer.startswith("£84 million")


def test_a_date_before_and_another_act_is_that_acts(terminal: Desk) -> None:
    answer = terminal.ask("When was the building contract signed?")
    assert answer.answer.startswith("2 October 2018")


def test_a_changed_length_is_the_length_reached(terminal: Desk) -> None:
    answer = terminal.ask("How long is the breakwater after the redesign?")
    assert answer.answer.startswith("2.6 km")
    before = terminal.ask("How long was the breakwater before the redesign?")
    assert before.answer.startswith("2.1 km")
