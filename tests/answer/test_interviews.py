"""Interviews and FAQs: a question in the page is answered by the sentence after it."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact

FAQ = """# Ferry timetable questions

Q: Which harbour does the night ferry leave from?

A: The night ferry leaves from Kessel Quay, beside the old fish market.

Q: Can I bring a bicycle?

A: Bicycles travel free on every crossing.
"""


def test_the_sentence_after_a_question_in_the_page_answers_it(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.sqlite") as desk:
        desk.add_bytes("faq.md", FAQ.encode())
        answer = desk.ask("Which harbour does the night ferry leave from?")
        assert_citations_exact(desk, answer)
    assert not answer.abstained, answer.answer
    assert answer.citations[0].quote.startswith("A: The night ferry leaves from Kessel Quay")
    assert "Kessel Quay" in stated_part(answer.answer), answer.answer
