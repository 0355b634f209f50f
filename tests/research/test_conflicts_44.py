"""Dates of one deed told in the passive ("Ada Vell and Jonas Pell were arrested on 18
March"): the two named are its targets, so two pages that date it apart disagree."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

COURIER = """\
# Two held over Lisle gallery theft

By Ada Quint | 22 March 2025

Tomas Rusk, 34, and Hedda Lorn, 29, were arrested on Tuesday 18 March at a flat in the
Kessby area of the city.
"""

ENCYCLOPEDIA = """\
# 2025 Lisle gallery theft

Two suspects, Tomas Rusk and Hedda Lorn, were arrested on 19 March; a third man was
released without charge.
"""

SAME_DAY = """\
# Arrests in Lisle gallery theft

By Jonas Pell | 21 March 2025

Tomas Rusk and Hedda Lorn were arrested on Tuesday 18 March.
"""


def conflicts_of(tmp_path: Path, pages: dict[str, str]) -> list[dict]:
    with Desk(tmp_path / "desk.sqlite") as desk:
        for name, text in pages.items():
            assert desk.add_bytes(name, text.encode()).status == "added"
        return [c for c in desk.conflicts() if c["type"] == "date"]


def test_a_passive_deed_dated_apart_is_a_date_conflict(tmp_path: Path) -> None:
    found = conflicts_of(tmp_path, {"courier.md": COURIER, "theft.md": ENCYCLOPEDIA})
    assert len(found) == 1, found
    values = sorted(side["value"][-5:] for side in found[0]["sides"])
    assert values == ["03-18", "03-19"], found


def test_a_passive_deed_dated_alike_is_no_conflict(tmp_path: Path) -> None:
    assert conflicts_of(tmp_path, {"courier.md": COURIER, "same.md": SAME_DAY}) == []
