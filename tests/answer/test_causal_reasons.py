"""A why-question is answered by the cause a causal verb names, in either voice."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcedesk.desk import Desk

PAGE = """# Orrin ferry closure

## The decision

The Orrin ferry stopped running in September after eighty years of service.
The closure prompted complaints from traders in Callow about lost trade.
Falling passenger numbers and the rising cost of fuel caused the closure of the ferry, the
transport authority said.

## The pier

The old pier was closed for repairs in 2021.
Its collapse in 2022 was blamed on storm damage to the wooden piles.
"""


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    with Desk(tmp_path / "d.sqlite") as d:
        d.add_bytes("ferry.md", PAGE.encode())
        yield d


def test_active_voice_cause_is_the_subject(desk: Desk) -> None:
    answer = desk.ask("Why did the ferry close?")
    assert not answer.abstained
    assert answer.answer.startswith("Falling passenger numbers and the rising cost of fuel")
    assert "caused the closure" in answer.citations[0].quote


def test_passive_voice_cause_follows_the_verb(desk: Desk) -> None:
    answer = desk.ask("Why did the pier collapse?")
    assert not answer.abstained
    assert answer.answer.lower().startswith("storm damage to the wooden piles")


def test_an_effect_of_the_event_is_not_its_reason(desk: Desk) -> None:
    answer = desk.ask("Why did the ferry close?")
    assert "complaints" not in answer.answer


def test_what_happened_is_answered_with_the_whole_event(desk: Desk) -> None:
    answer = desk.ask("What happened to the old pier in 2022?")
    assert not answer.abstained
    assert answer.answer.startswith("Its collapse in 2022 was blamed on storm damage")


MONEY_PAGE = """# Callow harbour works

The new harbour wall took 18 months to build and cost £4.2 million, the council said.
The old wall had stood for 140 years.
"""


def test_a_cost_question_is_answered_with_a_sum_of_money(tmp_path: Path) -> None:
    with Desk(tmp_path / "m.sqlite") as desk:
        desk.add_bytes("harbour.md", MONEY_PAGE.encode())
        answer = desk.ask("How much did the new harbour wall cost?")
    assert "4.2 million" in answer.answer and "18 months" not in answer.answer


CAUSE_FRAMES_PAGE = """# Tarvia-3 launch failure

The Tarvia-3 rocket failed two minutes after lift-off on 9 May.
Inspectors found no evidence that the guidance software contributed to the failure.
The review board said in June that a cracked valve on the second stage caused the failure.
The board was set up to determine the cause of the failure and to recommend repairs.
"""


@pytest.fixture
def launch_desk(tmp_path: Path) -> Desk:
    with Desk(tmp_path / "d.sqlite") as d:
        d.add_bytes("launch.md", CAUSE_FRAMES_PAGE.encode())
        yield d


def test_the_cause_is_what_follows_said_that_not_the_speaker(launch_desk: Desk) -> None:
    answer = launch_desk.ask("Why did the Tarvia-3 rocket fail?")
    assert answer.answer.startswith("A cracked valve on the second stage"), answer.answer


def test_a_cause_denied_by_no_evidence_is_no_reason(launch_desk: Desk) -> None:
    answer = launch_desk.ask("What caused the failure?")
    assert "guidance software" not in answer.answer.split(" — ")[0], answer.answer
