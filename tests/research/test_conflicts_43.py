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


CALLED_OFF = """\
# Vell clinics hit by outage

By Ada Quint | 2 May 2026

Over the first fortnight the Vell clinics called off 860 operations and 2,100 clinic visits.
"""

CANCELLED = """\
# Outage wrecks Vell clinic lists

By Jonas Pell | 6 May 2026

Staff at the Vell clinics worked on paper for weeks.

680 planned operations and 2,100 clinic visits were cancelled.
"""

ADMITTED = """\
# Illness spreads in Orsa

By Ada Quint | 2 May 2026

In all, 140 cases were confirmed by tests, and 23 people were admitted to hospital.
"""

TREATED = """\
# Orsa illness: the count so far

By Jonas Pell | 6 May 2026

By Friday, health officials had recorded more than 130 infections, and 31 people
needed treatment in hospital.
"""

STAFF = """\
# Orsa ward stretched

By Mara Quint | 7 May 2026

Some 40 nurses at the hospital in Orsa worked double shifts during the outbreak.
"""


def _conflicts(tmp_path: Path, pages: dict[str, str]) -> list[dict]:
    with Desk(tmp_path / "desk.sqlite") as desk:
        for name, text in pages.items():
            assert desk.add_bytes(name, text.encode()).status == "added"
        return desk.conflicts()


def _values(conflict: dict) -> set[str]:
    return {side["value"] for side in conflict["sides"]}


def test_counts_called_off_and_cancelled_are_one_count(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, {"off.md": CALLED_OFF, "cancelled.md": CANCELLED})
    assert [_values(c) for c in found] == [{"860", "680"}], found


def test_counts_of_patients_told_apart_are_one_count(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, {"admitted.md": ADMITTED, "treated.md": TREATED})
    assert [_values(c) for c in found] == [{"23", "31"}], found


def test_staff_at_a_hospital_are_no_patients(tmp_path: Path) -> None:
    assert _conflicts(tmp_path, {"admitted.md": ADMITTED, "staff.md": STAFF}) == []
