"""Figures that changed as a story developed: which report's figure leads the answer, and how
the others are told.

A count or a sum in news reports often grows from one article to the next ("14 people fell
ill" on Monday, "27" on Thursday, "34" in the closing report). Two such figures are no
contradiction between sources: they are one story told at two times. So for a "how many" or
"how much" question whose sources give other figures for the asked point (`agreement.split`'s
disputing peers):

- the answer leads with the figure of the latest published report, or of the earliest when
  the question asks what was first said ("How many were first reported missing?",
  "What was the initial estimate?"), unless fewer sources give that figure than give the
  answer's (four reports of four injured against one recap's five: four leads, and the
  recap is shown as disagreeing);
- when every other figure comes from reports published before the answer's (after it, for
  a question about what was first said), the answer says "earlier reports gave …" ("later
  reports …") with each report's date, instead of "the sources disagree". Figures of undated
  pages, of reports on both sides, or of later reports against a figure that leads by its
  sources, are still shown as a disagreement.

Dates, names and posts are not handled here: two dates for one event are seldom an update.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sourcedesk.answer.question import Question

C = TypeVar("C")

COUNTED_TYPES = frozenset(("how_many", "how_much"))
# "What was the initial estimate?", "How many were first reported missing?", "at first"
FIRST_ASKED = re.compile(
    r"\b(?:initial|initially|originally|original|at\s+first|first\s+(?:reported|estimated|"
    r"given|put|said|thought|feared|announced|measured|counted|quoted|published|stated)|"
    r"early\s+estimates?|earliest|first\s+estimates?|to\s+begin\s+with|at\s+the\s+(?:start|outset))\b",
    re.IGNORECASE,
)
EARLIER, LATER = "earlier", "later"


def _published(choice: Any) -> str:
    return choice.cand.passage.published or ""


def _before(a: str, b: str) -> bool:
    """Whether date a is strictly before date b, at the precision both give (ISO dates:
    "2025-03" is before "2025-04-02"; "2025-03" and "2025-03-14" are not ordered)."""
    size = min(len(a), len(b))
    return bool(a and b) and a[:size] < b[:size]


def asks_first(question: Question) -> bool:
    return FIRST_ASKED.search(question.text) is not None


def leading_report(
    question: Question,
    best: C,
    disputes: Sequence[C],
    answers: Callable[[C], bool],
    voices: Callable[[C], int],
) -> C | None:
    """The disputing choice whose figure should lead instead of the best's: from the latest
    published report (the earliest, for a question about what was first said) and given by
    at least as many sources (`voices`); None when the best is that report's, the question
    counts nothing, or dates are missing."""
    if question.qtype not in COUNTED_TYPES or not disputes or not _published(best):
        return None
    first = asks_first(question)
    lead = best
    for choice in disputes:
        day = _published(choice)
        ahead = _before(day, _published(lead)) if first else _before(_published(lead), day)
        if ahead and answers(choice) and voices(choice) >= voices(best):
            lead = choice
    return None if lead is best else lead


def told_over_time(question: Question, best: Any, disputes: Sequence[Any]) -> str:
    """EARLIER when every disputing figure comes from a report published before the
    answer's, LATER when the question asks what was first said and every one comes after
    it, else "" (a disagreement)."""
    if question.qtype not in COUNTED_TYPES or not disputes:
        return ""
    day = _published(best)
    if asks_first(question):
        return LATER if all(_before(day, _published(c)) for c in disputes) else ""
    return EARLIER if all(_before(_published(c), day) for c in disputes) else ""
