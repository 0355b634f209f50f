"""Two outlets' counts of one scene, one counting "passengers" and the other "people", taken
"by Sunday evening" and "by Sunday night", and a sum of "stock" and of "goods" lost: the answer
must say that the sources disagree."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

COASTGUARD = """\
# Orsa Star rescue

Coastguards rescued 41 passengers from the Orsa Star off Tarn Point on Sunday after the ferry
lost power.
"""

LOCAL = """\
# Ferry drama at Tarn Point

Some 48 people were lifted from the stricken Orsa Star off Tarn Point after the ferry lost
power, the coastguard said.
"""

EVENING = """\
# Orsa Star rescue

By Sunday evening, coastguards had rescued 41 passengers from the Orsa Star off Tarn Point.
"""

NIGHT = """\
# Ferry drama at Tarn Point

By Sunday night, 48 people had been rescued from the stricken Orsa Star, the coastguard said.
"""

DEPOT = """\
# Blaze at Kessby depot

Fire swept through the Vell Logistics depot at Kessby overnight.

In a statement, managing director Ada Vell said the firm reckoned the value of the stock lost in
the fire at £3.1 million.
"""

COST = """\
# Kessby depot fire: the cost

Vell Logistics put the value of the goods it lost at £2.2m and said the building was insured.
"""

rescue = pages_desk("rescue", {"coastguard.md": COASTGUARD, "local.md": LOCAL})
depot = pages_desk("depot", {"depot.md": DEPOT, "cost.md": COST})
overnight = pages_desk("overnight", {"evening.md": EVENING, "night.md": NIGHT})


def _disputed_values(desk: Desk, question: str) -> set[str]:
    answer = desk.ask(question)
    assert not answer.abstained, answer.answer
    assert_citations_exact(desk, answer)
    assert "disagree" in answer.answer, answer.answer
    (dispute,) = answer.disagreements
    return {side["text"] for side in dispute["sides"]}


def test_a_count_of_people_disputes_a_count_of_passengers_in_one_scene(rescue: Desk) -> None:
    sides = _disputed_values(rescue, "How many passengers were rescued from the Orsa Star?")
    assert any("41" in text for text in sides) and any("48" in text for text in sides)


def test_a_count_by_sunday_night_is_one_taken_by_sunday_evening(overnight: Desk) -> None:
    sides = _disputed_values(overnight, "How many passengers had been rescued by Sunday?")
    assert any("41" in text for text in sides) and any("48" in text for text in sides)


def test_a_sum_of_goods_lost_disputes_the_value_of_the_stock_lost(depot: Desk) -> None:
    """The two pages word the sum apart ("stock" / "goods"): the conflicts view's check of
    figures worded apart tells the answer that they disagree."""
    sides = _disputed_values(depot, "What was the value of the stock lost in the fire?")
    assert any("£3.1 million" in text for text in sides) and any("£2.2m" in text for text in sides)
