"""Follow-ups that leave out what the last question said ("At what time?", "For how long?",
"Which ones?", "And how many were unhurt?", "Why not?") ask about the last question's event,
and "Why?" after "Which firefighter was taken to hospital?" puts the answer in the asked place."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

RESERVOIR = """\
# Flood at the Orsa reservoir

The spillway at the Orsa reservoir failed at about 11:40 pm on 14 February 2024.
Nine walkers from the Tarnhold club were caught by the flood water below the dam.
Three of the walkers were taken to hospital, and six were unhurt.
Firefighter Ada Kellmarsh was taken to hospital with hypothermia after the rescue.
Two schools, Brannock Primary and Selvany Primary, closed on 15 February.
The ferry service on the lake was suspended for nine days, and 1,140 crossings were cancelled.
The walkers were found at the Orsa boathouse, where Ada Kellmarsh keeps two rescue boats.
Until the July 2024 inspection, Lisle Park's capacity was 4,200; it was then cut to 3,850.
The Halvik council did not appeal the ruling, because the legal costs would have emptied its reserves.
"""
reservoir = page_desk("reservoir", RESERVOIR)


def _follow_up(desk: Desk, first: str, then: str) -> tuple[str, str]:
    session = f"f-{abs(hash((first, then)))}"
    desk.ask(first, session=session)
    answer = desk.ask(then, session=session)
    return answer.resolved_question, answer.answer


def test_a_question_phrase_alone_asks_about_the_last_event(reservoir: Desk) -> None:
    resolved, answer = _follow_up(reservoir, "On what date did the spillway fail?", "At what time?")
    assert resolved == "At what time did the spillway fail?"
    assert "11:40" in answer


def test_a_count_without_its_noun_counts_what_the_last_question_counted(
    reservoir: Desk,
) -> None:
    resolved, answer = _follow_up(
        reservoir, "How many of the walkers were taken to hospital?", "And how many were unhurt?"
    )
    assert resolved == "How many of the walkers were unhurt?"
    assert answer.lower().startswith("six")


def test_why_puts_the_answer_where_the_question_phrase_was(reservoir: Desk) -> None:
    resolved, _ = _follow_up(
        reservoir, "Which firefighter was taken to hospital after the rescue?", "Why?"
    )
    assert resolved == "Why was Ada Kellmarsh taken to hospital after the rescue?"


def test_which_ones_after_a_count_names_the_counted_things(reservoir: Desk) -> None:
    resolved, answer = _follow_up(reservoir, "How many schools closed?", "Which ones?")
    assert resolved == "Which schools closed?"
    assert "Brannock Primary" in answer


def test_why_not_asks_why_the_thing_was_not_done(reservoir: Desk) -> None:
    resolved, answer = _follow_up(
        reservoir, "Did the Halvik council appeal the ruling?", "Why not?"
    )
    assert resolved == "Why didn't the Halvik council appeal the ruling?"
    assert "legal costs" in answer


def test_a_question_with_its_own_noun_is_asked_as_it_stands(reservoir: Desk) -> None:
    resolved, _ = _follow_up(
        reservoir, "How many of the walkers were taken to hospital?", "Which hospital?"
    )
    assert resolved == "Which hospital?"


def test_for_how_long_asks_a_span_of_time_not_a_count(reservoir: Desk) -> None:
    answer = reservoir.ask("For how long was the ferry service suspended?")
    assert answer.answer.lower().startswith("nine days")


def test_there_after_a_where_question_is_the_place_it_answered(reservoir: Desk) -> None:
    resolved, answer = _follow_up(
        reservoir, "Where were the walkers found?", "What does Ada Kellmarsh keep there?"
    )
    assert resolved == "What does Ada Kellmarsh keep at the Orsa boathouse?"
    assert "rescue boats" in answer


def test_it_after_a_figure_is_what_the_question_said_the_figure_was(reservoir: Desk) -> None:
    resolved, answer = _follow_up(
        reservoir,
        "What was Lisle Park's capacity cut to after the July 2024 inspection?",
        "And what was it before?",
    )
    assert resolved == "What was Lisle Park's capacity before?"
    assert "4,200" in answer
