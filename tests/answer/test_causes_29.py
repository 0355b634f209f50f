"""A cause told by "started by", "set off by" or "traced to" answers "What caused …?"."""

from __future__ import annotations

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

BLOG = """\
# The weekend the ridge burned

Farmers at the Orsa inn told me the ridge fire was started by sparks from a hay baler working
the top fields in the heat.
The chlorine leak at the Tarnhold works was set off by a rusted pipe flange, the union says.
The outbreak at the Kellmarsh school was traced to a batch of raw-milk cheese.
"""

desk = pages_desk("desk", {"blog.md": BLOG})


@pytest.mark.parametrize(
    ("question", "cause"),
    [
        ("What caused the ridge fire?", "sparks from a hay baler"),
        ("What caused the chlorine leak at the Tarnhold works?", "a rusted pipe flange"),
        ("What caused the outbreak at the Kellmarsh school?", "a batch of raw-milk cheese"),
    ],
)
def test_a_cause_told_by_a_passive_verb_answers(desk: Desk, question: str, cause: str) -> None:
    answer = desk.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.lower().startswith(cause.lower()), answer.answer
    assert_citations_exact(desk, answer)
