"""A "not" that denies an earlier predicate of the sentence ("were not touched and stayed
open") answers neither "Were they shut?" nor "Did they stay open?" with its own polarity."""

from __future__ import annotations

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

CLINIC = """\
# Fire shuts Orsa clinic's ground floor

By Tam Rell | 4 April 2025

The ground-floor surgeries were evacuated after the fire on Tuesday night.

The maternity rooms on the second floor were not touched by the smoke and stayed open, the board said.

The pharmacy did not open and was closed until Friday.
"""

clinic = pages_desk("clinic", {"clinic.md": CLINIC})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Were the maternity rooms closed as well?", "No"),
        ("Did the maternity rooms stay open?", "Yes"),
        ("Were the maternity rooms touched by the smoke?", "No"),
        ("Did the pharmacy open before Friday?", "No"),
    ],
)
def test_a_not_of_an_earlier_predicate_keeps_its_own_polarity(
    clinic: Desk, question: str, expected: str
) -> None:
    answer = clinic.ask(question)
    assert answer.answer.startswith(expected), answer.answer
    assert_citations_exact(clinic, answer)
