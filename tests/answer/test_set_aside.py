"""Questions that set known items aside ("Besides X and Y, where else ...?") are answered
with another item of the sentence's list, never a known one."""

from __future__ import annotations

import pytest

from sourcedesk.answer.siblings import set_aside
from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk, stated_answer

LAKE = """# Lake Morra

Lake Morra lies between the towns of Kessby, Ostby and Tarn.
The island in the lake is served by buses, ferries and a small airstrip.
Fishing and boat building remain the main trades on the shore, along with tourism.
"""


lake = page_desk("lake", LAKE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Besides Kessby and Ostby, which town lies on Lake Morra?", "tarn"),
        ("Along with buses and ferries, what serves the island in the lake?", "small airstrip"),
        ("Other than fishing and tourism, what is a main trade on the shore?", "boat building"),
    ],
)
def test_the_answer_is_another_item_of_the_list(lake: Desk, question: str, expected: str) -> None:
    assert stated_answer(lake, question).lower() == expected


def test_the_known_items_are_read_from_the_question() -> None:
    assert set_aside("Besides Kessby and Ostby, which town lies on the lake?") == [
        "Kessby",
        "Ostby",
    ]
    assert set_aside("In addition to the buses, ferries and trams, what runs?") == [
        "buses",
        "ferries",
        "trams",
    ]
    assert set_aside("Which town lies on the lake besides Kessby?") == []
