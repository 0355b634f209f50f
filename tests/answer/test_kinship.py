"""Relatives said from the other side: "Harald's grandson Eirik" says who Eirik's grandfather
was, and "his nephew Sven" does not say who Sven's nephew is."""

from __future__ import annotations

import pytest

from sourcedesk.answer.kinship import asked_relative
from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk, stated_answer

SAGA = """# Kessby saga

Harald's grandson Eirik ruled Kessby for thirty years.
Ingrid, sister of Duke Olav of Tarn, married the king in Ostby.
Olav and his nephew Sven sailed to Ostby in the spring.
Eirik built a long hall at Kessby.
His son Arne married a woman from Tarn.
"""

saga = page_desk("saga", SAGA)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who was Eirik's grandfather?", "Harald"),
        ("Who was Ingrid's brother?", "Duke Olav of Tarn"),
    ],
)
def test_a_relative_said_from_the_other_side(saga: Desk, question: str, expected: str) -> None:
    assert stated_answer(saga, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Who was Sven's nephew?",  # "his nephew Sven": Sven is the nephew
        "What was the name of Sven's nephew?",  # the same, asked for a name
        # guard: the loosened "son" for "father" must not make "His son Arne" an answer
        "Who was Eirik's father?",
    ],
)
def test_a_relative_on_the_wrong_side_answers_nothing(saga: Desk, question: str) -> None:
    answer = saga.ask(question)
    assert answer.abstained, answer.answer


def test_the_relation_is_read_from_the_question() -> None:
    assert asked_relative("Who was Harald Varn's grandfather?") == ("Harald Varn", "grandfather")
    assert asked_relative("Who built Eirik's house?") is None
