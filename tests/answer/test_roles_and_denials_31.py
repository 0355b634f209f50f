"""Who someone is now, not what they were; a spokesperson named without the verb that quotes
them; "What is the deadline?" answered by a date; "Did anyone die?" answered "No" by "No one
was killed." after the scene is set; "providing" read as "offer" in a refusal."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

AIRLINE = """\
# Tarvia Regional Airways

Tarvia Regional Airways is a regional airline headquartered in Lisle.

Harriet Orsa, formerly head of finance at the carrier, was appointed chief executive in 2020.

"The seed did nothing it was sold to do," said Mira Talvik, who represents the Kellmarsh Growers' Union.

On 9 May 2024 a hangar fire broke out at Lisle airfield. Staff left the building within minutes. No one was killed. Two mechanics needed treatment for smoke inhalation.

Send your expense claim to us no later than 30 April 2024, with receipts.

We are unable to offer a replacement bus to Vell Harbour or Tarn Point.
"""
airline = page_desk("airline", AIRLINE)


def test_a_role_someone_took_up_beats_the_one_they_left(airline: Desk) -> None:
    answer = airline.ask("What is Harriet Orsa's job?")
    assert answer.answer.lower().startswith("chief executive")


def test_a_spokesperson_is_named_without_the_verb_that_quotes_them(airline: Desk) -> None:
    answer = airline.ask("Who represents the Kellmarsh Growers' Union?")
    assert answer.answer.startswith("Mira Talvik")


def test_a_deadline_is_a_date(airline: Desk) -> None:
    answer = airline.ask("What is the deadline for expense claims?")
    assert answer.answer.startswith("30 April 2024")


def test_nobody_killed_answers_whether_anyone_died(airline: Desk) -> None:
    answer = airline.ask("Did anyone die as a result of the hangar blaze?")
    assert not answer.abstained
    assert answer.answer.startswith("No")


def test_a_refusal_to_offer_answers_whether_it_is_provided(airline: Desk) -> None:
    answer = airline.ask("Will the airline provide a bus to Vell Harbour?")
    assert answer.answer.startswith("No")
