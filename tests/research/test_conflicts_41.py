"""Two outlets' figures for one thing, worded apart: a sale's price, points docked, homes told
to boil water. Each pair must be set side by side as a conflict; a different deal or a place
counted beside the homes must not be."""

from __future__ import annotations

from typing import Any

from tests.research.test_conflicts import cited, conflicts_of, only

from sourcedesk.research.claims import source_text


def _figure_conflict(a: str, b: str) -> dict[str, Any]:
    """The one figure conflict of two one-sentence sources "a" and "b", citing both."""
    conflict = only(conflicts_of(source_text("a", a), source_text("b", b)), "figure")
    assert cited(conflict) == {"a", "b"}
    return conflict


def _values(conflict: dict[str, Any]) -> set[str]:
    return {side["value"] for side in conflict["sides"]}


def test_a_sale_price_told_as_sold_for_and_as_a_deal_worth_conflicts() -> None:
    conflict = _figure_conflict(
        "On 3 May 2025 Ada Vell sold the mill to Lisle Holdings for £6.1 million.",
        "Lisle Holdings completed its purchase of the mill from Ada Vell on 3 May, "
        "in a deal worth £4.8m.",
    )
    assert _values(conflict) == {"£6.1 million", "£4.8m"}


def test_what_a_buyer_will_pay_for_a_thing_is_its_sale_price() -> None:
    conflict = _figure_conflict(
        "The quarry is to be sold to Orsa Aggregates, a firm owned by the Tarn family, "
        "for £2.3 million.",
        "Under the terms agreed, Orsa Aggregates will pay £3 million for the quarry.",
    )
    assert _values(conflict) == {"£2.3 million", "£3 million"}


def test_two_sales_to_one_buyer_of_different_players_are_two_deals() -> None:
    a = source_text("a", "Kessby Town sold Jonas Pell to Heron Bay United for £210,000 in 2019.")
    b = source_text("b", "Kessby Town sold Ilse Kerr to Heron Bay United for £450,000.")
    assert not [c for c in conflicts_of(a, b) if c["type"] == "figure"]


def test_points_docked_and_points_deducted_are_one_penalty() -> None:
    conflict = _figure_conflict(
        "In March 2025 the league deducted six points from Kessby Town over unpaid wages.",
        "The league docked Kessby Town ten points in March as wages went unpaid.",
    )
    assert _values(conflict) == {"six", "ten"}


def test_homes_told_to_boil_water_and_homes_spending_days_boiling_it_conflict() -> None:
    conflict = _figure_conflict(
        "About 6,300 households in Halvik and three nearby villages were told to boil "
        "tap water after the filters failed.",
        "Some 8,900 homes around Halvik will spend a fourth day boiling their tap water.",
    )
    assert _values(conflict) == {"6,300", "8,900"}  # the villages are where, not how many homes
