"""Limits of the twenty-third session's rules, from a reviewer's counter-examples: each rule
must leave alone the sentences it was not written for."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

NEWS = """---
title: Orrin round-up
date: 2024-06-20
---

# Orrin round-up

Rusk was taken to Lisle General, where he remains in a stable condition.
The cup final was postponed due to heavy rain and played on 14 May in Lisle.
The Tarn bridge that was scheduled to open in March finally opened on 9 June.
Former Halvik CEO Ada Brand signed the Orrin ferry deal in 2010.
The council closed the Orrin library because of damp, and moved its books to the Lisle library
for sorting.
Vance Freight declined to comment on the strike.
Corvane's revenue grew $3 million to $20 million last year.
Rusk said : `` We have ordered 40 '' , adding that more would follow .
Tam Judge, the Orrin fire chief, said the blaze was under control.
Corvane, Brellix and Halden employ 300, 450 and 120 people in Harlow respectively.
The suspect was driving a silver Tarn Vela when he was stopped.
The rioting helped drive the krona below $1 on Friday.
LISLE — Ada Brand beat Petra Voss in three sets to reach the final.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"news.md": NEWS}) as built:
        yield built


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        # a hospital may go by its name alone
        ("To which hospital was Rusk taken?", "Lisle General"),
        # "due to heavy rain" is a cause, not a forecast
        ("When was the cup final played?", "14 May"),
        # the forecast's date is March; the bridge opened on 9 June
        ("When did the Tarn bridge open?", "9 June"),
        # a former holder still did what the question asks
        ("Who signed the Orrin ferry deal in 2010?", "Ada Brand"),
        # the reason follows the question's first telling, not "library" told again
        ("Why did the council close the Orrin library?", "Because of damp"),
        # a growth to a sum is no range
        ("What was Corvane's revenue last year?", "$20 million"),
        # '' closing a quotation is no inch mark
        ("How many has Rusk ordered?", "40"),
        # a surname that is also a role noun is a person
        ("Who is Tam Judge?", "The Orrin fire chief"),
        # "respectively" with a place after the values
        ("How many people does Halden employ in Harlow?", "120"),
        # a bound figure is no car
        ("What car was the suspect driving?", "Tarn Vela"),
        # a dateline in capitals before a dash is nobody
        ("Which player did Ada Brand beat to reach the final?", "Petra Voss"),
    ],
)
def test_the_new_rules_leave_these_answers_alone(desk: Desk, question: str, stated: str) -> None:
    assert stated_answer(desk, question).startswith(stated)


@pytest.mark.parametrize(
    "question",
    [
        "What did Harrow-Vance say about the strike?",  # a double name, not two names
    ],
)
def test_the_new_rules_do_not_make_these_answer(desk: Desk, question: str) -> None:
    answer = desk.ask(question)
    assert answer.abstained, answer.answer
