"""A follow-up's pronoun stands for the thing asked about, not for a value the desk answered:
"it" after "What time was the fire first reported?" is the fire, not "7:40 a.m.", and "they"
after "Which car park did the walkers leave from?" are the walkers, not the car park."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

MILL = """\
# Fire at the Orsa mill

The fire at the Orsa mill was first reported at 7:40 a.m. on Tuesday.
Crews from Halvik put the fire out at 11:15 a.m.
Four walkers set off from the Lisle Bridge car park at 9:10 p.m. to look at the smoke.
"""
mill = page_desk("mill", MILL)


def _follow_up(desk: Desk, first: str, then: str) -> str:
    session = f"f-{abs(hash((first, then)))}"
    desk.ask(first, session=session)
    return desk.ask(then, session=session).resolved_question


def test_it_after_a_time_is_the_thing_asked_about(mill: Desk) -> None:
    resolved = _follow_up(mill, "What time was the fire first reported?", "When was it put out?")
    assert resolved == "When was the fire put out?"


def test_they_after_a_place_are_the_question_s_subject(mill: Desk) -> None:
    resolved = _follow_up(
        mill, "Which car park did the walkers set off from?", "What time did they leave?"
    )
    assert resolved == "What time did the walkers leave?"
