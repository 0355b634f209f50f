"""Who is who, read from news phrasing: a sentence opening on an -ing verb names no one, an
owner before a name ("the Liberals' Ada Quint") is not part of it, a person "of" a party is
that person and that party, and a hall or a lottery is no person."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

PAGE = """\
# Harbour Party gains Lisle Green

By Jonas Pell | 15 March 2026

Ada Quint of Harbour Commons came third with 640 votes, behind Ilse Marr of the Market Party.

The Liberals' Ada Quint said she was disappointed.

Reopening Orsa will take at least two years, the chief executive said.

Reopening Orsa is not on the table, Ilse Marr said.

The count was held at the Wool Exchange, and the National Lottery paid for the new hall.
"""


def _people(tmp_path: Path) -> dict[str, int]:
    with Desk(tmp_path / "desk.sqlite") as desk:
        assert desk.add_bytes("page.md", PAGE.encode()).status == "added"
        return {e.name: e.mentions for e in desk.entities() if e.type == "person"}


def test_people_are_named_without_what_stands_around_them(tmp_path: Path) -> None:
    people = _people(tmp_path)
    assert people.get("Ada Quint") == 2, people
    assert "Ilse Marr" in people, people
    for not_a_person in ("Reopening Orsa", "Wool Exchange", "National Lottery", "Harbour Commons"):
        assert not_a_person not in people, people
    assert not any("Liberals" in name for name in people), people
