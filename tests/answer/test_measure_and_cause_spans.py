"""The part of a right sentence that answers: a measure asked by its noun is the figure with its
unit, a range of sums is given whole, and the reason for a charge is the deed, not a clause
that only goes on to say what followed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

PAGE = """---
title: Corvane K90 enters service
date: 2024-09-03
---

# Corvane K90 enters service

The K90 can fly for 8,100 nautical miles ( 15,000 kilometres ) with a full load, a range
beyond that of every rival freighter.
Talvik Air will pay between $ 40 million and $ 55 million ( about 37 million to 51 million
euros ) for each of its first four aircraft.
The deal caused a row about divided loyalties and led to charges against Talvik finance
chief Remi Osk for secretly paying a Corvane adviser.
Talvik's cargo revenue rose 12% to $4.1 billion last year.
The K90's hold stays below 4 °C on long flights.
Orsa Cargo leases the K70 and the K75 for $ 2 million and $ 3 million a month respectively.
The state of Tarvia, which holds a 30 percent stake in Talvik Air, opposes the lease.
Talvik Air has been barred from state contracts since May 2021 after breaking procurement rules.

Tarvia's transport minister said planes leased abroad cannot be registered at home.
"Because of that we advise our airlines not to lease planes abroad," he said.
Orsa Cargo favoured the K95 over the Brellix B7 and said that its larger door was a deciding factor.
Corvane wants lower costs and hopes to achieve this mainly through automation.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"k90.md": PAGE}) as built:
        yield built


def test_a_range_asked_by_its_noun_is_the_distance(desk: Desk) -> None:
    assert stated_answer(desk, "What is the range of the K90?") == "8,100 nautical miles"


def test_a_range_of_spaced_sums_is_given_whole(desk: Desk) -> None:
    answer = stated_answer(desk, "How much will Talvik Air pay for each aircraft?")
    assert answer.startswith("Between $ 40 million and $ 55 million")


def test_the_reason_for_a_charge_is_the_deed(desk: Desk) -> None:
    answer = stated_answer(desk, "Why was Remi Osk charged?")
    assert answer.startswith("For secretly paying a Corvane adviser")


def test_a_rise_to_a_sum_is_no_range(desk: Desk) -> None:
    assert stated_answer(desk, "By how much did Talvik's cargo revenue rise last year?") == "12%"


def test_a_temperature_keeps_its_degrees(desk: Desk) -> None:
    answer = stated_answer(desk, "What is the temperature of the K90's hold on long flights?")
    assert answer == "Below 4 °C"


@pytest.mark.parametrize(("plane", "monthly"), [("K70", "$ 2 million"), ("K75", "$ 3 million")])
def test_respectively_gives_each_item_its_own_value(desk: Desk, plane: str, monthly: str) -> None:
    question = f"How much does Orsa Cargo pay a month to lease the {plane}?"
    assert stated_answer(desk, question) == monthly


def test_what_measure_is_asked_by_its_noun_first(desk: Desk) -> None:
    assert stated_answer(desk, "What range does the K90 have?") == "8,100 nautical miles"
    assert stated_answer(desk, "What stake does Tarvia hold in Talvik Air?") == "30 percent"


def test_after_and_a_gerund_gives_the_deed(desk: Desk) -> None:
    answer = stated_answer(desk, "Why was Talvik Air barred from state contracts?")
    assert answer.startswith("After breaking procurement rules")


def test_because_of_that_points_to_the_sentence_before(desk: Desk) -> None:
    answer = desk.ask("Why does Tarvia's transport minister advise airlines not to lease abroad?")
    assert not answer.abstained, answer.answer
    assert "cannot be registered at home" in answer.answer
    quotes = [c.quote for c in answer.citations]
    assert any("cannot be registered at home" in q for q in quotes)


def test_what_a_sentence_calls_a_factor_is_the_reason(desk: Desk) -> None:
    answer = stated_answer(desk, "Why did Orsa Cargo favour the K95 over the Brellix B7?")
    assert answer.startswith("Its larger door")


def test_how_one_hopes_to_do_it_is_the_manner_of_doing_it(desk: Desk) -> None:
    answer = stated_answer(desk, "How does Corvane hope to achieve lower costs?")
    assert answer.startswith("Mainly through automation")
