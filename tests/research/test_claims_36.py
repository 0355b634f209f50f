"""A false conflict a blind tester's lake topic showed: a multiple ("three times over", "thirty
times our June reading") is a ratio to something else, no count to set against another."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

INN = """\
# Orsa Rowing Regatta

The Orsa Rowing Regatta week normally fills the Tarn Arms three times over, its landlord said.
"""
LAB = """\
# Orsa Rowing Regatta water tests

At the Orsa Rowing Regatta course the lab found bacteria at levels roughly thirty times the May reading.
"""
COUNTS = """\
# Orsa Rowing Regatta entries

The Orsa Rowing Regatta drew 40 crews this year.
"""
OTHER_COUNTS = """\
# Orsa Rowing Regatta results

The Orsa Rowing Regatta drew 46 crews this year.
"""


def _conflicts(tmp_path: Path, *pages: tuple[str, str]) -> list[dict]:
    with Desk(tmp_path / "desk.sqlite") as desk:
        for name, text in pages:
            desk.add_bytes(name, text.encode())
        return desk.conflicts()


def test_two_multiples_of_other_things_are_no_conflict(tmp_path: Path) -> None:
    assert _conflicts(tmp_path, ("inn.md", INN), ("lab.md", LAB)) == []


def test_two_counts_of_one_thing_still_conflict(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, ("counts.md", COUNTS), ("other.md", OTHER_COUNTS))
    labels = [sorted(side["label"] for side in c["sides"]) for c in found]
    assert any("40" in " ".join(pair) and "46" in " ".join(pair) for pair in labels), found
