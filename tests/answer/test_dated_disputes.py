"""Two sources that date the asked event differently disagree, though one words it in other
terms; each side's weekday is shown with the date it means. A date of another event in a
clause with one of the question's words is no side."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of

WIRE = """\
---
title: Tarn board clears Orsa takeover of Kellmarsh Ferries
date: 2024-09-19
---

The Tarn Competition Board approved Orsa Lines' takeover of Kellmarsh Ferries on Wednesday, after a six-month review.
The board said the combined ferry company must sell its stake in the Halvik terminal.
"""

NEWSLETTER = """\
---
title: The Halvik ferry week
date: 2024-09-23
---

The Tarn Competition Board approved the Orsa Lines takeover of Kellmarsh Ferries last Thursday, ending a six-month review.
Board staff closed the Halvik terminal office on Friday after a storm warning, its review team said.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"wire.md": WIRE, "newsletter.md": NEWSLETTER}) as built:
        yield built


def test_two_dates_of_the_asked_event_disagree_and_show_their_days(desk: Desk) -> None:
    answer = desk.ask("On what day did the competition board approve the takeover?")
    assert "disagree" in answer.answer, answer.answer
    assert "18 September 2024" in answer.answer and "19 September 2024" in answer.answer
    assert "20 September" not in answer.answer, answer.answer
