"""The conflicts view, from two blind testers' topics (a dock lockout, a drug trial): a sum said
to cost a party ("had cost the county economy an estimated $40 million") meets "the cost to
the economy at $25 million"; who estimated or said a figure, named at length, is no party to
it; a verb before its particle ("locked out about 610") keys the count; and neither a weekly
rate against a one-off payment nor "Orsa and three other towns" against "four towns" is a
dispute."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

COURIER = """\
# Dock deal ends Tarnhold lockout

Ivo Brannock, who chairs the Tarnhold Traders' Guild, said the dispute had cost the county economy an estimated $40 million.
Some 450 workers were locked out after Orsa Terminals closed the gates at Quay Road.
Most families are getting by on hardship payments of $250 a week.
The ferry now sails to Orsa and three other towns on the coast.
"""
ENCYCLOPEDIA = """\
# 2025 Tarnhold dock lockout

The Institute for Coastal Studies at the University of Lisle estimated the cost to the wider county economy at $25 million, mostly carried by fruit growers.
Orsa Terminals locked out about 610 dock employees at Quay Road in May 2024.
The final offer included:

- a one-off payment of $900 for each full-time employee
- a pay rise of 4 percent

The ferry sails to four towns on the coast.
"""


def _conflicts(tmp_path: Path) -> list[dict]:
    with Desk(tmp_path / "desk.sqlite") as desk:
        desk.add_bytes("courier.md", COURIER.encode())
        desk.add_bytes("encyclopedia.md", ENCYCLOPEDIA.encode())
        return desk.conflicts()


def _sides(conflicts: list[dict]) -> list[list[str]]:
    return [sorted(side["value"] for side in c["sides"]) for c in conflicts]


def test_two_estimates_of_what_the_lockout_cost_the_economy_conflict(tmp_path: Path) -> None:
    assert ["$25 million", "$40 million"] in _sides(_conflicts(tmp_path))


def test_workers_locked_out_and_employees_locked_out_are_one_count(tmp_path: Path) -> None:
    sides = _sides(_conflicts(tmp_path))
    assert any("450" in values and any("610" in v for v in values) for values in sides), sides


def test_a_weekly_rate_and_a_one_off_payment_are_no_dispute(tmp_path: Path) -> None:
    sides = _sides(_conflicts(tmp_path))
    assert not any("$250" in values for values in sides), sides


def test_three_other_towns_beside_a_named_one_do_not_dispute_four(tmp_path: Path) -> None:
    sides = _sides(_conflicts(tmp_path))
    assert not any("three" in values or "four" in values for values in sides), sides


def test_the_years_a_sum_is_spread_over_are_no_party_it_costs(tmp_path: Path) -> None:
    with Desk(tmp_path / "desk.sqlite") as desk:
        desk.add_bytes(
            "a.md", "# Audit\n\nThe depot will need another £48m over five years.\n".encode()
        )
        desk.add_bytes(
            "b.md",
            "# Clinic\n\nEngineers warned that the new clinic wing will need another £29m over "
            "three years before it opens in Lisle.\n".encode(),
        )
        assert desk.conflicts() == []
