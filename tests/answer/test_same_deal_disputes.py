"""Two reports that tell one deal by the same figure but give it different years disagree,
though one leaves out a detail of the question; a report of another deal does not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of

OBITUARY = """\
Shipyard heir Mara Quill dies at 80

Mara Quill sold one of the family's Orrin shipyards for a reported $40 million in 1988, her brother said.
"""

PROFILE = """\
Mara Quill and the sea

The big Tarn ferries came from her Orrin shipyard, which Mara's generation sold for $40 million in 1998.
"""

OTHER_DEAL = """\
Quill hotel changes hands

The Quill family sold its Orrin hotel for $2 million in 2001.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    pages = {"obituary.txt": OBITUARY, "profile.txt": PROFILE, "hotel.txt": OTHER_DEAL}
    with desk_of(tmp_path_factory, pages) as built:
        yield built


def test_the_same_deal_told_with_another_year_is_a_disagreement(desk: Desk) -> None:
    answer = desk.ask("In what year did Mara Quill sell the family's Orrin shipyard?")
    assert answer.answer.startswith("1988"), answer.answer
    assert "disagree" in answer.answer and "1998" in answer.answer, answer.answer
    assert "2001" not in answer.answer, answer.answer
