"""News words a researcher asks in other words: "completed" / "finished", "tainted" /
"contaminated", "heading" / "led by" / "chaired by", "demanded" / "asked for" (and, in the
table, "hired" / "appointed", "restarted" / "resumed")."""

from __future__ import annotations

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

REPORT = """\
# Orsa bridge works: what the council's report found

The council appointed Brannock Civils to repair the Orsa bridge in March 2023.
The repairs were finished on 14 November 2023, eight weeks late.
Ferry crossings at Tarnhold resumed on 2 December after a three-week stoppage.
Inspectors said the water in the Lisle had been contaminated by diesel from the depot.
A specialist fire investigation team, led by Inspector Ada Kellmarsh, has started work at the depot.
The gang asked for 40 bitcoin in a note left on the Tarvia servers.
The Selvany safety review is chaired by Ilse Brannock, a former rail inspector.
"""

desk = pages_desk("desk", {"report.md": REPORT})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When were the repairs completed?", "14 November 2023"),
        ("What had tainted the water in the Lisle?", "diesel"),
        ("Who is heading the fire investigation team?", "Ada Kellmarsh"),
        ("How many bitcoin did the gang demand?", "40"),
        ("Who is heading the Selvany safety review?", "Ilse Brannock"),
    ],
)
def test_a_question_in_other_news_words_is_answered(
    desk: Desk, question: str, expected: str
) -> None:
    answer = desk.ask(question)
    assert not answer.abstained, answer.answer
    assert expected.lower() in answer.answer.lower(), answer.answer
    assert_citations_exact(desk, answer)
