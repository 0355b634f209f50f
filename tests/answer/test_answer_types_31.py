"""A near miss whose only candidate is of the wrong kind abstains: a count is no percentage,
"twice" is no number of people, a person is no company, and a model name is no registration
(a registration is the code after its label)."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

NOTES = """\
# Kellmarsh valley notes

The harvest grew on 95 member farms in 2023.

The Vell choir sang twice in 2024 at the harbour festival.

Dr Ada Kell inspected the blocked drain on the logging road above the ridge.

The aircraft, a Tarvia C-64, caught fire at Kellmarsh on 3 March.

The second aircraft, registration G-TVLA, landed safely at Lisle.
"""
notes = page_desk("notes", NOTES)


def test_a_count_of_farms_is_no_percentage(notes: Desk) -> None:
    assert notes.ask("By what percentage did the harvest grow on the member farms?").abstained


def test_how_often_is_no_number_of_people(notes: Desk) -> None:
    question = "How many people came to hear the Vell choir at the harbour festival?"
    assert notes.ask(question).abstained


def test_a_titled_person_is_no_company(notes: Desk) -> None:
    assert notes.ask("Which company owns the logging road above the ridge?").abstained


def test_a_registration_is_the_code_after_its_label(notes: Desk) -> None:
    assert notes.ask("What registration did the aircraft that burned at Kellmarsh carry?").abstained
    answer = notes.ask("What registration did the aircraft that landed at Lisle carry?")
    assert answer.answer.startswith("G-TVLA")
