"""Dates of one deed told in the passive ("Ada Vell and Jonas Pell were detained on 7
April"): the two named are its targets, so two pages that date it apart disagree."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

COURIER = """\
# Pair detained after Lisle boatyard raid

By Ada Quint | 10 April 2025

Tomas Rusk and Hedda Lorn were detained by harbour police on Monday 7 April as they left a bar
near the marina.
"""

ENCYCLOPEDIA = """\
# 2025 Lisle boatyard raid

The yard's owner said two of his former staff, Tomas Rusk and Hedda Lorn, were detained on 8
April; a third suspect was never found.
"""

SAME_DAY = """\
# Boatyard raid: two held

By Jonas Pell | 9 April 2025

Harbour police said Tomas Rusk and Hedda Lorn were detained on Monday 7 April.
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
    assert values == ["04-07", "04-08"], found


def test_a_passive_deed_dated_alike_is_no_conflict(tmp_path: Path) -> None:
    assert conflicts_of(tmp_path, {"courier.md": COURIER, "same.md": SAME_DAY}) == []
