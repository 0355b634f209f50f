"""A period of years is no figure: "the 2023–24 financial year" told with a dash in one
source and a hyphen in another sets no "24" against a "2023"."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

YEARLY = """\
# Orsa clinics count the cost of the outage

By Ada Quint | 2 May 2026

The clinics' accounts show the outage cost £6.2 million in the 2023–24 financial year and a
further £1.9 million in 2024–25.
"""

ACCOUNTS = """\
# Outage bill for Orsa clinics

By Jonas Pell | 5 May 2026

Annual accounts show the outage cost the Orsa clinics £6.2 million in the 2023-24 financial
year.
"""


def test_a_period_of_years_is_no_differing_figure(tmp_path: Path) -> None:
    with Desk(tmp_path / "desk.sqlite") as desk:
        for name, text in {"yearly.md": YEARLY, "accounts.md": ACCOUNTS}.items():
            assert desk.add_bytes(name, text.encode()).status == "added"
        found = desk.conflicts()
    assert found == [], found
