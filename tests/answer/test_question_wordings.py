"""A question says things its own way: "buying" for "the purchase of", "the Corvane chief
executive" for the CEO, "the Norland-Ostmark talks" for talks between the two. The sentence
that says it otherwise must still answer, and a question whose kind of answer the sentence
does not hold must not take another kind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

PAGE = """---
title: Halden Air orders K90 freighters
date: 2024-06-12
---

# Halden Air orders K90 freighters

Halden Air has negotiated the purchase of 12 new Corvane K90 freighters.
Ilse Dorn, the Corvane chief executive, said the order showed the plane's appeal.
Talks between Ostmark and Norland on a ferry treaty stalled because of a fishing dispute.
After the crash landing, the co-pilot was flown to Lisle General Hospital.
Tam Rusk, the pilot, told the Lisle Courier that he had been treated for burns.
In 2019 Halvik added a camera to its drones, prompting Corvane to sue it again in 2020.
The K90 has a 12.5 '' cockpit screen.
Halvik sold 4 million drones in the quarter, a growth of 30 % on the year.
The K95 is expected to enter service in late 2027.
The chief counsel of the company, Iva Lorne, said the name belongs to Corvane.
In Tarvia, owners brought a group suit against Halvik over drone noise.
Drones sold in Ostmark are already quieter, since its rules cap drone noise at 85 decibels.
Kettle Brew said it will give K90 passengers wi-fi at no charge.
Pia Ostrander, CEO of Halden Air, said the freighters would fly from Lisle.
Officers are treating a blaze that gutted a hangar owned by Halden Air in Lisle as "suspicious".
Corvane Aircraft on Tuesday delivered the first Corvane K95 freighter to Orsa Cargo in Lisle.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"order.md": PAGE}) as built:
        yield built


def test_a_verb_form_no_synonym_lists_meets_its_group(desk: Desk) -> None:
    assert stated_answer(desk, "How many K90 freighters is Halden Air buying?") == "12"


def test_who_is_the_holder_of_a_post_asks_for_the_person(desk: Desk) -> None:
    assert stated_answer(desk, "Who is the Corvane chief executive?") == "Ilse Dorn"


def test_a_hyphenated_pair_of_names_meets_them_apart(desk: Desk) -> None:
    answer = stated_answer(desk, "Why did the Norland-Ostmark talks stall?")
    assert answer.startswith("Because of a fishing dispute")


def test_a_hospital_is_named_as_one(desk: Desk) -> None:
    assert stated_answer(desk, "To which hospital was the co-pilot flown?") == (
        "Lisle General Hospital"
    )


def test_a_newspaper_is_no_hospital(desk: Desk) -> None:
    answer = desk.ask("At which hospital was Tam Rusk treated?")
    assert answer.abstained, answer.answer


def test_a_participle_gives_the_cause_before_it(desk: Desk) -> None:
    answer = stated_answer(desk, "What prompted Corvane to sue Halvik again in 2020?")
    assert "Halvik added a camera to its drones" in answer


def test_inches_written_as_two_apostrophes_are_a_size(desk: Desk) -> None:
    assert stated_answer(desk, "How big is the K90's cockpit screen?") == "12.5 ''"


def test_how_many_is_a_count_not_a_growth_rate(desk: Desk) -> None:
    assert stated_answer(desk, "How many drones did Halvik sell in the quarter?") == "4 million"


def test_an_expected_date_is_no_date_of_what_happened(desk: Desk) -> None:
    assert desk.ask("When did the K95 enter service?").abstained
    assert stated_answer(desk, "When is the K95 expected to enter service?").startswith("Late 2027")


def test_it_after_an_unanswered_question_is_what_that_question_named(desk: Desk) -> None:
    first = desk.ask("Who designed the K95's wings?", session="unanswered")
    assert first.abstained, first.answer
    follow_up = desk.ask("When was it expected to enter service?", session="unanswered")
    assert "K95" in follow_up.resolved_question


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("Which Corvane lawyer said the name belongs to Corvane?", "Iva Lorne"),
        ("In which state was the group suit over drone noise brought?", "Tarvia"),
        ("What is the legal noise limit for drones sold in Ostmark?", "85 decibels"),
        ("Which coffee chain will give K90 passengers wi-fi?", "Kettle Brew"),
        ("Who is the Halden Air CEO?", "Pia Ostrander"),  # "CEO of Halden Air"
    ],
)
def test_which_noun_takes_a_thing_of_that_kind(desk: Desk, question: str, stated: str) -> None:
    assert stated_answer(desk, question) == stated


def test_how_is_it_treated_is_what_it_is_treated_as(desk: Desk) -> None:
    answer = stated_answer(desk, "How are officers treating the hangar blaze?")
    assert answer.lower().startswith("suspicious")


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("Which airline took delivery of the first Corvane K95?", "Orsa Cargo"),
        ("Who delivered the first K95?", "Corvane Aircraft"),
    ],
)
def test_the_receiver_is_the_one_it_went_to(desk: Desk, question: str, stated: str) -> None:
    assert stated_answer(desk, question) == stated
