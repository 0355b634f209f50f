"""The conflicts view sets two sources' counts of one scene side by side ("a ferry carrying
212 passengers and 14 crew" / "209 passengers and 14 crew on board the Orsa Star"), though only
one names the ship; a capacity ("certified to carry 350 passengers") and a
count of those taken off are no sides."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

LEDGER = """\
# Ferry runs aground off Lisle

The ferry was carrying 212 passengers and 14 crew when it ran aground in thick fog on Thursday.
Lifeboat crews lifted 38 passengers off the stern and carried them to the harbour.
"""
COASTGUARD = """\
# Coastguard statement on the Orsa Star

The Orsa Star grounded on rocks off Lisle in fog on Thursday.
The Orsa Star had 209 passengers and 14 crew on board.
The Orsa Star is certified to carry 350 passengers.
"""


def _passenger_conflicts(tmp_path: Path) -> list[dict]:
    with Desk(tmp_path / "desk.sqlite") as desk:
        desk.add_bytes("ledger.md", LEDGER.encode())
        desk.add_bytes("coastguard.md", COASTGUARD.encode())
        return [c for c in desk.conflicts() if "passenger" in c["about"]]


def test_two_counts_of_one_scene_are_a_conflict(tmp_path: Path) -> None:
    found = _passenger_conflicts(tmp_path)
    assert len(found) == 1
    assert sorted(side["value"] for side in found[0]["sides"]) == ["209", "212"]
