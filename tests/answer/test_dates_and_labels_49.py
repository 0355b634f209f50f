"""Dates and figures of the wrong grain: "What day …?" wants the day of the asked deed, not
the decade of another one in the sentence; a report's own dateline dates no event; "two days
later than planned" is no date; "Tower 2" gives no height."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

TOWERS = {
    "towers.md": """\
---
title: Second Orsa tower felled
date: 2025-06-10
---

# Second Orsa tower felled

The 96-metre tower, one of three put up at Orsa in the early 1970s, was felled by explosives on Sunday 8 June.

Tower 2 was taken down by excavators over nine weeks.

The council hoped to open the footpath "later today" and was unable to say when the bypass would be usable again.

The gale hit the valley two days later than planned, so the crews halted work.
""",
    "report.md": """\
---
title: Inspectors blame wiring for Orsa blast fault
date: 2025-07-02
---

# Inspectors blame wiring for Orsa blast fault

ORSA, 2 July 2025 — The blast that brought down the Orsa tower last month was thrown off course by a damaged wire, inspectors have found.
""",
}

towers = pages_desk("towers", TOWERS)


def test_a_day_asked_is_the_day_of_the_deed(towers: Desk) -> None:
    answer = towers.ask("What day was the tower felled?")
    assert answer.answer.startswith("Sunday"), answer.answer
    assert "8 June 2025" in answer.answer.split(" — ")[0], answer.answer
    assert_citations_exact(towers, answer)


def test_a_dateline_dates_no_event(towers: Desk) -> None:
    # "last month" names no day, but the report's own "2 July 2025" is no better answer
    answer = towers.ask("On what date was the blast that brought down the Orsa tower?")
    assert "2 July" not in answer.answer.split(" — ")[0], answer.answer


def test_days_later_than_planned_is_no_date(towers: Desk) -> None:
    answer = towers.ask("When did the gale hit the valley?")
    assert not answer.answer.lower().startswith("two days later"), answer.answer


def test_a_numbered_name_gives_no_height(towers: Desk) -> None:
    answer = towers.ask("How high was the tower taken down by excavators?")
    assert not answer.answer.startswith("2 "), answer.answer
    assert not answer.answer.startswith("2 —"), answer.answer


def test_a_time_said_unknown_dates_nothing_after_it(towers: Desk) -> None:
    answer = towers.ask("When was the bypass usable again?")
    assert answer.abstained, answer.answer
