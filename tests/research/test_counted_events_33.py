"""The conflicts view sets two sources' figures for one count or sum side by side when no
tally list knows the verb: homes that lost water told as households, residents moved told as
transferred, a contract's value. What someone seeks or caps is no side."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

UTILITY = """\
# Water main bursts under Kellmarsh high street

About 4,100 households lost water on Tuesday after the main burst under the high street.
Nine residents of the Tarn Court care home were moved to the Selvany sports hall overnight.
The council awarded a £2.1m contract to replace the main in 2019.
The engineers' union is asking for a 12 percent rise for the repair crews.
"""
GAZETTE = """\
# Kellmarsh left dry as repair crews dig through the night

Some 3,400 homes across Kellmarsh lost water when the old main split on Tuesday morning.
Twelve residents were transferred from Tarn Court to the sports hall, a care worker said.
Councillors approved a £2.6 million contract for the replacement work in 2019.
The crews settled last year for a pay rise of 4 percent.
"""


def _conflicts(tmp_path: Path) -> list[dict]:
    with Desk(tmp_path / "desk.sqlite") as desk:
        desk.add_bytes("utility.md", UTILITY.encode())
        desk.add_bytes("gazette.md", GAZETTE.encode())
        return desk.conflicts()


def _values(conflicts: list[dict], about: str) -> list[list[str]]:
    return [sorted(side["value"] for side in c["sides"]) for c in conflicts if about in c["about"]]


def test_homes_and_households_that_lost_water_are_one_disputed_count(tmp_path: Path) -> None:
    found = _conflicts(tmp_path)
    assert _values(found, "lost water") == [["3,400", "4,100"]]


def test_residents_moved_and_transferred_are_one_disputed_count(tmp_path: Path) -> None:
    found = _conflicts(tmp_path)
    assert _values(found, "residents") == [["Nine", "Twelve"]]


def test_two_values_of_one_contract_are_a_conflict(tmp_path: Path) -> None:
    found = _conflicts(tmp_path)
    assert _values(found, "contract") == [["£2.1m", "£2.6 million"]]


def test_a_rise_sought_is_no_side_against_a_rise_agreed(tmp_path: Path) -> None:
    found = _conflicts(tmp_path)
    assert not [c for c in found if any("percent" in side["value"] for side in c["sides"])]


def test_an_age_set_after_a_name_and_an_article_is_that_persons(tmp_path: Path) -> None:
    with Desk(tmp_path / "desk.sqlite") as desk:
        desk.add_bytes(
            "wire.md",
            b"# Second death in Kellmarsh outbreak\n\nThe first to die, Ada Vell, a 71-year-old "
            b"woman from Orsa, was admitted to hospital on Monday.\n",
        )
        desk.add_bytes(
            "wiki.md",
            b"# Kellmarsh outbreak\n\nAda Vell, 78, a retired ferry pilot, was the first patient "
            b"to die.\n",
        )
        found = [c for c in desk.conflicts() if c["about"].endswith("age")]
    assert len(found) == 1 and "Ada Vell" in found[0]["about"]
    assert sorted(side["value"] for side in found[0]["sides"]) == ["71", "78"]
