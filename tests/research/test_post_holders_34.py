"""The conflicts view names two sources' different holders of one post ("name" conflicts): the
lead investigator of a trial, who led an inquiry. A body's post is compared only when both pages
say whose it is, and a page that names both people tells of both, in whatever roles."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

RELEASE = """\
# Vellmark provides update on LARK-2 trial of orsavir

Vellmark has paused dosing in LARK-2, its trial of orsavir, after two volunteers in Selvany fell ill.
"Every volunteer deserves clear information," said Professor Ada Vell of Lisle University, the lead investigator of LARK-2.
The inquiry into the dosing error was led by Mara Quint of the Selvany health board.
Chief executive Tomas Brandt said the company would publish its findings.
"""
ENCYCLOPEDIA = """\
# Orsavir

Orsavir is an experimental pill developed by Vellmark, a Lisle drug firm, for chronic cough.
Its LARK-2 trial enrolled 900 volunteers in Selvany and Tarvia.
The lead investigator of LARK-2 is Professor Ivo Kerr of the University of Selvany.
The inquiry into the dosing error was led by Jonas Pell, a retired judge.
Ilse Orsa, chief executive of the Selvany health board, welcomed the pause.
"""


def _conflicts(tmp_path: Path, *pages: tuple[str, str]) -> list[dict]:
    with Desk(tmp_path / "desk.sqlite") as desk:
        for name, text in pages:
            desk.add_bytes(name, text.encode())
        return [c for c in desk.conflicts() if c["type"] == "name"]


def test_two_pages_naming_other_holders_of_one_post_conflict(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, ("release.md", RELEASE), ("encyclopedia.md", ENCYCLOPEDIA))
    sides = {c["about"]: sorted(s["value"] for s in c["sides"]) for c in found}
    assert sides.get("lead investigator") == ["Ada Vell", "Ivo Kerr"], sides
    assert sides.get("inquiry led by") == ["Jonas Pell", "Mara Quint"], sides
    for conflict in found:
        for side in conflict["sides"]:
            for citation in side["citations"]:
                assert side["value"] in citation["quote"]


def test_heads_of_two_bodies_are_no_conflict(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, ("release.md", RELEASE), ("encyclopedia.md", ENCYCLOPEDIA))
    assert not [c for c in found if c["about"] == "chief executive"], found


def test_a_page_that_names_both_people_tells_of_both(tmp_path: Path) -> None:
    both = ENCYCLOPEDIA + "Ada Vell of Lisle University advised the trial's safety board.\n"
    found = _conflicts(tmp_path, ("release.md", RELEASE), ("encyclopedia.md", both))
    assert not [c for c in found if c["about"] == "lead investigator"], found
