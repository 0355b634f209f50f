"""Race times, pages named by their subject, and the span a question points at.

A finishing time on a clock ("2:09:14") is one answer, whole, and never an age; "How big …?"
asks a sum as readily as a size; a page titled "2023 Orsa Marathon" answers for the race and
the year its sentences leave out; a role set before a name by a comma ("defended by a
barrister, Ivo Tarn,") answers "who" by the name; a question that
ends on a preposition is answered by that preposition's object; a body asked for is a body,
and a place asked for is a named place."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk, pages_desk

RESULTS = """\
# Orsa Marathon results

Ivo Tarn won the men's title in 2:09:14, a course best.

Position: 1; Women: Ada Vell; Time: 2:26:05

Tarn, 29, was running the route for the first time.

But Tarn, whom the sponsors had offered a course-best payment of 15,000 euros, will not be paid it.
"""
results = page_desk("results", RESULTS)


def test_a_finishing_time_is_given_whole(results: Desk) -> None:
    answer = results.ask("What was the winning time in the men's race?")
    assert answer.answer.startswith("2:09:14"), answer.answer


def test_how_long_a_runner_took_is_the_finishing_time(results: Desk) -> None:
    answer = results.ask("How long did Ivo Tarn take?")
    assert answer.answer.startswith("2:09:14"), answer.answer


def test_how_big_a_sum_was_is_the_sum(results: Desk) -> None:
    answer = results.ask("How big was the course-best payment the sponsors offered Tarn?")
    assert answer.answer.startswith("15,000 euros"), answer.answer


def test_no_age_is_read_from_a_time_or_a_results_row(results: Desk) -> None:
    answer = results.ask("How old is Ada Vell?")
    assert answer.abstained, answer.answer


TITLED = {
    "report.md": """\
# 2023 Orsa Marathon

Ivo Tarn was the fastest man on the day, finishing in 2:09:30.

Mara Kell took the women's title after a sprint on the quay.
""",
    "blog.md": """\
# A day in court over the Orsa Marathon

Stewards at the far cone will get their orders from the event director, Ada Vell, face to face from now on.
""",
}
titled = pages_desk("titled", TITLED)


def test_a_page_titled_with_the_race_and_year_answers_for_them(titled: Desk) -> None:
    answer = titled.ask("Who was the fastest man at the 2023 Orsa Marathon?")
    assert answer.answer.startswith("Ivo Tarn"), answer.answer


def test_another_year_of_the_titled_race_is_a_near_miss(titled: Desk) -> None:
    answer = titled.ask("Who was the fastest man at the 2021 Orsa Marathon?")
    assert answer.abstained, answer.answer


def test_a_page_named_by_its_subject_answers_for_it(titled: Desk) -> None:
    answer = titled.ask("Who is the event director of the Orsa Marathon?")
    assert answer.answer.startswith("Ada Vell"), answer.answer


HEARING = """\
# Runners' claim heard in Selvany

Kellmarsh Running was defended by a barrister, Ivo Tarn, who argued for most of the day.

Most of the complaints, centred on the Millgate quarter by the old docks, name a marshal from Halvik Events.

Orsa took her appeal against the ruling to the Selvany Sports Tribunal, saying runners should not pay for the organisers' mistake.

Investigators found that the missing distance came from the cone on Quay Road, which marshals had left in the wrong spot.
"""
hearing = page_desk("hearing", HEARING)


def test_who_is_answered_by_the_name_after_the_role(hearing: Desk) -> None:
    answer = hearing.ask("Who defended Kellmarsh Running at the hearing?")
    assert answer.answer.startswith("Ivo Tarn"), answer.answer


def test_a_question_ending_on_a_preposition_is_answered_by_its_object(hearing: Desk) -> None:
    answer = hearing.ask("Which part of town are the complaints centred on?")
    assert "Millgate" in answer.answer.split(" — ")[0], answer.answer


def test_a_body_asked_for_is_a_body(hearing: Desk) -> None:
    answer = hearing.ask("Which body heard Orsa's appeal?")
    assert answer.answer.startswith("Selvany Sports Tribunal"), answer.answer


def test_a_place_asked_for_is_a_named_place(hearing: Desk) -> None:
    answer = hearing.ask("Where was the cone that marshals put down wrongly?")
    assert answer.answer.startswith("Quay Road"), answer.answer
