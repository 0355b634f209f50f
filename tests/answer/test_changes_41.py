"""Two outlets' counts of one scene, one counting "passengers" and the other "people", taken
"by Sunday evening" and "by Sunday night", and a sum of "stock" and of "goods" lost: the answer
must say that the sources disagree."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk, stated_answer

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

Managing director Ada Vell said the firm put the value of its burnt stock at £3.1 million.
"""

COST = """\
# Kessby depot fire: the cost

Vell Logistics said the burnt goods had a value of £2.2m and that its insurers were told.
"""

CABINET = """\
# Kessby council to shut leisure centre

Kessby Town Council voted to close the Tarn Road leisure centre.

Cabinet member for finance Ada Vell told the meeting that the council had no money left.
"""

WARDS = """\
# Kessby hospital ward shut

Two wards at Kessby General Hospital were closed on Monday, Lisle Health Trust said.

Dr Ada Vell, the trust's medical director, asked visitors to stay away.
"""

FIRM = """\
# Vell Logistics

Vell Logistics is a haulage company based in Kessby. It was founded by Ada Vell in 1987.

- **1987** – Founded by Ada Vell with two lorries.
- **2019** – Ilse Kerr was appointed chief executive.
"""

rescue = pages_desk("rescue", {"coastguard.md": COASTGUARD, "local.md": LOCAL})
firm = pages_desk("firm", {"firm.md": FIRM})
wards = pages_desk("wards", {"wards.md": WARDS})
cabinet = pages_desk("cabinet", {"cabinet.md": CABINET})
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


def test_a_sum_of_burnt_goods_disputes_the_worth_of_burnt_stock(depot: Desk) -> None:
    """The two pages word the sum apart ("stock" / "goods"): the conflicts view's check of
    figures worded apart tells the answer that they disagree."""
    sides = _disputed_values(depot, "What was the value of the burnt stock?")
    assert any("£3.1 million" in text for text in sides) and any("£2.2m" in text for text in sides)


def test_a_post_held_for_another_field_is_a_near_miss(cabinet: Desk) -> None:
    assert cabinet.ask("Who is the cabinet member for leisure?").abstained
    assert stated_answer(cabinet, "Who is the cabinet member for finance?") == "Ada Vell"


def test_the_trust_stands_for_the_one_trust_its_page_names(wards: Desk) -> None:
    question = "Who is the medical director of Lisle Health Trust?"
    assert stated_answer(wards, question).endswith("Ada Vell")


def test_a_founder_named_like_the_firm_is_named_whole(firm: Desk) -> None:
    assert stated_answer(firm, "Who founded Vell Logistics?") == "Ada Vell"
    # the founder is no answer to another post's question
    assert stated_answer(firm, "Who is the chief executive of Vell Logistics?") == "Ilse Kerr"
