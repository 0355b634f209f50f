"""Figures worded apart: two outlets giving one count or sum in different words are set side by
side as differing figures; a total against a part, another season's figure, an agreeing figure
elsewhere and two snapshots of one page are not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from sourcedesk.research.claims import extract_claims, source_text
from sourcedesk.research.conflicts import find_conflicts

GAZETTE = """\
# Flood closes two wards at Halvik General

Orsa Ward and Lisle Ward, which together hold 30 beds, were closed to patients on Monday after
water came through the roof.

The council is spending £150,000 to repair the flood damage to the Kessby library.

Halvik General has 400 beds in all.
"""

RADIO = """\
# Halvik hospital flood: what we know

The two flooded wards, Orsa and Lisle, have 46 beds between them, staff told us.

Repairs to the flood-hit Kessby library will cost the council £260,000, officials said.
"""

FESTIVAL_A = """\
# Tarn music weekend

Last year's festival on Tarn Green drew 12,000 visitors over the weekend.
"""

FESTIVAL_B = """\
# Crowds return to Tarn Green

Organisers said 21,000 visitors came to the festival on Tarn Green over the weekend.
"""


@pytest.fixture(scope="module")
def flood(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with Desk(tmp_path_factory.mktemp("flood") / "desk.sqlite") as desk:
        for name, text in {"gazette.md": GAZETTE, "radio.md": RADIO}.items():
            assert desk.add_bytes(name, text.encode()).status == "added"
        yield desk


def _values(conflict: dict) -> set[str]:
    return {side["value"] for side in conflict["sides"]}


def _checked(desk: Desk) -> list[dict]:
    found = desk.conflicts()
    for conflict in found:
        for side in conflict["sides"]:
            for c in side["citations"]:
                text = desk.store.get_source(c["source_id"]).text
                assert text[c["start"] : c["end"]] == c["quote"]
    return found


def test_beds_counted_in_other_words_are_differing_figures(flood: Desk) -> None:
    beds = [c for c in _checked(flood) if "46" in _values(c)]
    assert [c["type"] for c in beds] == ["differing_figures"]
    assert _values(beds[0]) == {"30", "46"}  # not the hospital's 400 beds: a total, not a part
    assert "beds" in beds[0]["about"]


def test_a_repair_bill_told_as_spending_and_as_a_cost_is_set_side_by_side(flood: Desk) -> None:
    sums = [c for c in _checked(flood) if "£260,000" in _values(c)]
    assert len(sums) == 1 and _values(sums[0]) == {"£150,000", "£260,000"}


def test_last_years_figure_is_no_contradiction_of_this_years(tmp_path) -> None:
    with Desk(tmp_path / "desk.sqlite") as desk:
        desk.add_bytes("a.md", FESTIVAL_A.encode())
        desk.add_bytes("b.md", FESTIVAL_B.encode())
        told = [c["type"] for c in desk.conflicts() if "21,000" in _values(c)]
        assert told in ([], ["differing_figures"])  # two seasons' crowds, never "figure"


def test_an_outlet_that_also_gives_the_other_figure_is_not_at_odds() -> None:
    """The second page gives 30 beds too: its 46 are of something else."""
    a = source_text("a", "Orsa Ward and Lisle Ward, which together hold 30 beds, were closed.")
    b = source_text(
        "b",
        "The two closed wards, Orsa and Lisle, have 46 beds between them. "
        "Only 30 beds on Orsa Ward and Lisle Ward were in use.",
    )
    found = find_conflicts([m for s in (a, b) for m in extract_claims(s)])
    assert not [c for c in found if "46" in _values(c)]


def test_copies_of_one_page_are_never_figures_worded_apart() -> None:
    a = source_text("a", "Orsa Ward and Lisle Ward, which together hold 30 beds, were closed.")
    b = source_text("b", "The two closed wards, Orsa and Lisle, have 46 beds between them.")
    mentions = [m for s in (a, b) for m in extract_claims(s)]
    assert [c["type"] for c in find_conflicts(mentions)] == ["differing_figures"]
    assert find_conflicts(mentions, [["a", "b"]]) == []


def _pairs_of(*texts: str) -> list[dict]:
    sources = [source_text(f"s{n}", text) for n, text in enumerate(texts)]
    return find_conflicts([m for s in sources for m in extract_claims(s)])


def test_two_bodies_of_one_kind_give_their_own_figures() -> None:
    """Two forums' own counts differ without contradicting each other."""
    found = _pairs_of(
        "The Orsa Business Forum said it had received 455 responses to its parking survey.",
        "The Tarn Business Forum said it had received 827 responses to its parking survey.",
    )
    assert [c["type"] for c in found] in ([], ["differing_figures"])


def test_a_count_by_wednesday_evening_meets_one_by_wednesday_night() -> None:
    found = _pairs_of(
        "By Wednesday evening, 19 pupils had been confirmed as having the bug.",
        "By Wednesday night, 27 children at Kessby Primary had reported symptoms of the bug.",
    )
    assert [(c["type"], {s["value"] for s in c["sides"]}) for c in found] == [
        ("differing_figures", {"19", "27"})
    ]


def test_stock_and_goods_lost_are_one_sum() -> None:
    found = _pairs_of(
        "Managing director Ada Vell said the warehouse stock lost overnight was worth £3.1 million.",
        "Vell Logistics valued the warehouse goods it lost at £2.2m, a spokesman said.",
    )
    assert [{s["value"] for s in c["sides"]} for c in found] == [{"£3.1 million", "£2.2m"}]


def test_jobs_in_doubt_and_staff_facing_their_loss_are_one_count() -> None:
    found = _pairs_of(
        "Orsa Foods will close its Kessby bakery, putting 212 jobs in doubt, a spokesman confirmed.",
        "The union will fight the closure of the Orsa Foods bakery in Kessby, where some 260 "
        "staff face losing their posts.",
    )
    assert [(c["type"], {s["value"] for s in c["sides"]}) for c in found] == [
        ("differing_figures", {"212", "260"})
    ]


def test_a_firms_sales_are_no_price_it_paid() -> None:
    found = _pairs_of(
        "Orsa Foods recorded sales of £12 million in 2023, the company said.",
        "Orsa Foods paid £9 million for Tarn Dairies in 2023.",
    )
    assert found == []


def test_a_pair_is_named_by_the_whole_name_both_sentences_give() -> None:
    found = _pairs_of(
        "On Friday night the Salt Lanterns played their set to 6,000 fans at Tarn Green.",
        "Some 8,500 people at Tarn Green watched the Salt Lanterns on Friday night.",
    )
    assert len(found) == 1 and found[0]["about"].startswith("Salt Lanterns, Tarn Green: people")


def test_a_participle_before_the_counted_noun_is_no_unit() -> None:
    """ "33 snapped branches" counts branches, as "21 broken branches" does."""
    found = _pairs_of(
        "Council crews hauled 21 broken branches off Tarn Road by Monday noon.",
        "Road gangs dragged 33 snapped branches off Tarn Road by Monday noon.",
    )
    assert [{s["value"] for s in c["sides"]} for c in found] == [{"21", "33"}]
