"""A part and its whole ("Nineteen of the train's 80 wagons came off the rails") are one count of
the part, so a page giving 25 disputes 23, not 96; and a statement denied for one year does
not contradict one affirmed for another ("will not be held in 2026", "was held in June 2025")."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk
from sourcedesk.research.claim_values import figures

LEDGER = """\
# Freight train derails at Tarn crossing

By Ada Quint | 13 October 2025

Twenty-three of the train's 90 wagons were derailed near the Tarn crossing on Sunday night.
"""

DISPATCH = """\
# Tarn residents go home after derailment

By Jonas Pell | 17 October 2025

Shortly before midnight on Sunday, 25 wagons of the freight train were derailed near the Tarn crossing.
"""

REGATTA_NEWS = """\
# Regatta organisers apologise

By Ilse Marr | 9 September 2025

The organisers confirmed that the Orsa Regatta will not be held in 2026.
"""

REGATTA_WIKI = """\
# 2025 Orsa Regatta

The Orsa Regatta was held on 14 June 2025 on the Tarn estuary.
"""


def conflicts_of(tmp_path: Path, pages: dict[str, str]) -> list[dict]:
    with Desk(tmp_path / "desk.sqlite") as desk:
        for name, text in pages.items():
            assert desk.add_bytes(name, text.encode()).status == "added"
        return list(desk.conflicts())


def test_the_part_is_the_count_the_clause_tells() -> None:
    text = "Twenty-three of the train's 90 wagons came off the track."
    assert [f.value for f in figures(text, 0, len(text), [])] == [23.0]
    idiom = "Ziranag is one of the 43 worst-hit villages."
    assert 43.0 in [f.value for f in figures(idiom, 0, len(idiom), [])]  # the 43 is told


def test_a_count_against_a_part_not_its_whole(tmp_path: Path) -> None:
    found = conflicts_of(tmp_path, {"ledger.md": LEDGER, "dispatch.md": DISPATCH})
    sides = [sorted(side["value"] for side in c["sides"]) for c in found]
    assert sides == [["25", "Twenty-three"]], found


def test_a_denial_for_one_year_does_not_contradict_another_year(tmp_path: Path) -> None:
    found = conflicts_of(tmp_path, {"news.md": REGATTA_NEWS, "wiki.md": REGATTA_WIKI})
    assert found == [], found
