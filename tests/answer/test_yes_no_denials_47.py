"""Yes/no answers told by words that deny without a "not": a thing ruled out, stopped short
of, not yet decided, done instead of another, put on hold or dismissed."""

from __future__ import annotations

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

OUTAGE = """\
# Taps run dry across Orsa

By Hedda Lorn | 4 March 2026

Some 9,000 homes in Orsa lost their water supply on Monday when a pump failed at the Kessby
station.
On Tuesday the police ruled out a cyber attack and called the failure mechanical.
Orsa Water's head, Ada Quint, brushed aside the calls for her to step down and dismissed
demands for her resignation.
The council has yet to decide whether to hold an inquiry into the failure.
The firm stopped short of apologising, but handed out bottled water at three depots.
Engineers chose to repair the old pump rather than replace it.
A relief bus service for the outlying villages was put on hold because of its cost.
"""

outage = pages_desk("outage", {"outage.md": OUTAGE})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did the police think the failure was a cyber attack?", "No"),
        ("Did Ada Quint resign?", "No"),
        ("Has the council ordered an inquiry?", "No"),
        ("Did the firm apologise?", "No"),
        ("Was the old pump replaced?", "No"),
        ("Is the relief bus service running?", "No"),
    ],
)
def test_words_that_deny_without_a_not_answer_no(
    outage: Desk, question: str, expected: str
) -> None:
    answer = outage.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(f"{expected} "), answer.answer
    assert_citations_exact(outage, answer)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the denial keeps to its own clause: "stopped short of apologising, but handed out …"
        ("Did the firm hand out bottled water?", "Yes"),
        ("Was the old pump repaired?", "Yes"),
        ("Did the police call the failure mechanical?", "Yes"),
        # the question asks about the denying words themselves
        ("Did the police rule out a cyber attack?", "Yes"),
    ],
)
def test_what_the_denial_does_not_reach_is_still_a_yes(
    outage: Desk, question: str, expected: str
) -> None:
    answer = outage.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(f"{expected} "), answer.answer


PLANS = """\
# Vell school to shut

By Jonas Pell | 2 June 2026

The county plans to close Vell Primary School next summer, officials said on Monday.
The county is also considering selling the school's playing fields to a builder.
Head teacher Tomas Rusk told parents he would retire when the summer term ends.
A petition against the closure has gathered 2,300 names.
"""

plans = pages_desk("plans", {"plans.md": PLANS})


@pytest.mark.parametrize(
    "question",
    [
        "Has the school been closed?",
        "Were the playing fields sold?",
        "Has Tomas Rusk retired?",
    ],
)
def test_a_thing_only_planned_is_not_told_as_done(plans: Desk, question: str) -> None:
    answer = plans.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("No: only planned or possible so far"), answer.answer
    assert_citations_exact(plans, answer)


def test_a_question_about_the_plan_is_answered_by_it(plans: Desk) -> None:
    assert plans.ask("Does the county plan to close the school?").answer.startswith("Yes ")
    assert plans.ask("Will the school close?").answer.startswith("Yes ")
    assert plans.ask("Has the petition gathered names?").answer.startswith("Yes ")


VERDICT = """\
# Kessby trial ends

By Ilse Marr | 8 October 2026

Jonas Pell, the harbour master, was acquitted of all charges on Tuesday.
The ferry's engineer died in hospital two days after the fire.
Ada Quint, the port's chief executive, resigned in early October.
"""

verdict = pages_desk("verdict", {"verdict.md": VERDICT})


@pytest.mark.parametrize(
    "question",
    [
        "Was Jonas Pell convicted?",
        "Did the ferry's engineer survive?",
        "Did Ada Quint remain in her post after the report?",
    ],
)
def test_the_opposite_outcome_answers_no(verdict: Desk, question: str) -> None:
    answer = verdict.ask(question)
    assert answer.answer.startswith("No "), answer.answer


PLEA = """\
# Lorry driver denies tunnel crash charge

By Hedda Lorn | 8 May 2025

Jonas Pell, who drove the lorry, has pleaded not guilty to careless driving; his trial is set
for the autumn.
"""

plea = pages_desk("plea", {"plea.md": PLEA})


def test_a_plea_does_not_answer_whether_he_was_convicted(plea: Desk) -> None:
    assert not plea.ask("Was Jonas Pell convicted?").answer.startswith("No ")
    assert plea.ask("Did Jonas Pell plead guilty?").answer.startswith("No ")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the question asks whether something was held back; the sentence tells it done
        ("Has the firm ruled out handing out bottled water?", "No"),
        # the sentence holds the phrase the question asks about
        ("Did the police rule out a cyber attack?", "Yes"),
    ],
)
def test_a_denial_asked_about_is_answered_by_whether_it_was_told(
    outage: Desk, question: str, expected: str
) -> None:
    answer = outage.ask(question)
    assert answer.answer.startswith(f"{expected} "), answer.answer
