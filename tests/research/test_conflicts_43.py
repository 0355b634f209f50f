"""A period of years is no figure: "2021–22" told with a dash in one source and a hyphen in
another sets no "22" against a "2021"."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

SEASONS = """\
# Orsa clinics count the cost of the outage

By Ada Quint | 2 May 2026

The outage cost the Orsa clinics £6.2 million in the 2021–22 accounting year and another £1.9
million in 2022–23.
"""

ACCOUNTS = """\
# Outage bill for Orsa clinics

By Jonas Pell | 5 May 2026

Yearly books show the outage cost the Orsa clinics £6.2 million in the 2021-22 accounting year.
"""


def test_a_period_of_years_is_no_differing_figure(tmp_path: Path) -> None:
    with Desk(tmp_path / "desk.sqlite") as desk:
        for name, text in {"seasons.md": SEASONS, "accounts.md": ACCOUNTS}.items():
            assert desk.add_bytes(name, text.encode()).status == "added"
        found = desk.conflicts()
    assert found == [], found
