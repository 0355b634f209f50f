"""Answers news writes in its usual shapes: an age after a name set off as the asked person's
apposition, a job asked as "What does X do?", a time of day for "When?" when no date is given,
and counts of animals said by their kind."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

CRASH = """\
# Derailment near Orsa

The driver, Tomas Brannock, 52, from Lisle, was taken to Kellmarsh General Hospital with cuts.
Local GP Dr Ilse Varo said her practice was taking far more calls from anxious families.
Three people were charged the next day: Arno Halvik, a former antiques dealer from Tarvia; Mina Fenn; and Ola Rusk.
The last passenger reached the shore at 11:20.
An animal rescue centre in Selvany took in about 140 pets during the evacuation.
Farmer Edda Tarn, who keeps sheep above the river, lost 60 ewes when the water rose.
"""
crash = page_desk("crash", CRASH)


def test_an_age_after_the_asked_person_s_name_is_their_age(crash: Desk) -> None:
    assert crash.ask("How old is the driver?").answer.startswith("52 —")


def test_what_someone_does_is_their_job(crash: Desk) -> None:
    assert crash.ask("What does Arno Halvik do?").answer.startswith("A former antiques dealer")


def test_a_title_before_a_name_is_given_without_the_honorific(crash: Desk) -> None:
    assert crash.ask("What does Ilse Varo do?").answer.startswith("Local GP —")


def test_when_is_answered_by_the_time_of_day_if_no_date_is_given(crash: Desk) -> None:
    assert crash.ask("When did the last passenger reach the shore?").answer.startswith("11:20")


def test_animals_are_counted_by_their_kind(crash: Desk) -> None:
    assert crash.ask("How many animals did the rescue centre take in?").answer.startswith(
        "About 140"
    )
    assert crash.ask("How many sheep did Edda Tarn lose?").answer.startswith("60")


def test_another_animal_is_no_count_of_the_asked_one(crash: Desk) -> None:
    assert crash.ask("How many cows did Edda Tarn lose?").abstained
