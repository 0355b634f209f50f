"""Near misses that name the asked thing's kind: a deputy is not the chair, a fine is not the
deal's value, revenue is not savings, and three days of mourning are no one's age."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.question import read_question
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of

PAGE = """\
# Halvik harbour deal cleared

The Tarn Competition Board, chaired by Lisle Brannock since 2022, cleared Orsa Lines' takeover of Kellmarsh Ferries on Wednesday.
The board imposed conditions on Orsa Lines' takeover, valued at EUR 410 million, on Wednesday.
Orsa Lines said its annual savings reached EUR 12 million last year.
Mayor Selvany Tarvo declared three days of mourning after the pier collapse.
The board imposed a fine of EUR 2 million on Kellmarsh Ferries last year for late filings.
Membership of the Halvik Rowing Club costs EUR 90 to join.
Tarvia Orr was paid EUR 40,000 for her report on the harbour.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"deal.md": PAGE}) as built:
        yield built


@pytest.mark.parametrize(
    "question",
    [
        "Who is the deputy chair of the Tarn Competition Board?",
        "How large a fine did the board impose on Orsa Lines?",
        "What was Orsa Lines' annual revenue last year?",
        "How old is Mayor Selvany Tarvo?",
    ],
)
def test_a_near_miss_of_another_kind_abstains(desk: Desk, question: str) -> None:
    answer = desk.ask(question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("Who chairs the Tarn Competition Board?", "Lisle Brannock"),
        ("How large a fine did the board impose on Kellmarsh Ferries?", "EUR 2 million"),
        ("How much in annual savings did Orsa Lines report last year?", "EUR 12 million"),
        ("What fee do members pay to join the Halvik Rowing Club?", "EUR 90"),
        ("What was Tarvia Orr's fee for her report on the harbour?", "EUR 40,000"),
    ],
)
def test_the_asked_kind_is_still_answered(desk: Desk, question: str, stated: str) -> None:
    answer = desk.ask(question)
    assert answer.answer.startswith(stated), answer.answer


def test_a_plural_s_possessive_leaves_the_asked_noun_the_focus() -> None:
    question = read_question("What was Orsa Lines' annual revenue last year?")
    assert (question.qtype, question.focus) == ("how_much", "revenue")
