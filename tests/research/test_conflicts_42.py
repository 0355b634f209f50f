"""Parts, schedules and how differing figures are told: a figure told of "Friday alone" is a
part of the weekend's total, "was due to open" stays in its clause, and the conflicts view
tells differing figures as something to check, not as reports that changed."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from sourcedesk.desk import Desk
from sourcedesk.interfaces.cli import cli
from sourcedesk.research.claims import extract_claims, source_text

WHOLE = """\
# Halvik book fair closes

By Mara Quint | 2 May 2026

Across the four days, 120 publishers took stands at the Halvik book fair in the old corn hall.
"""

PART = """\
# Halvik book fair opens its doors

By Jonas Pell | 5 May 2026

Friday alone was due to bring 60 publishers to the Halvik book fair in the corn hall.
"""

COUNT_A = """\
# Halvik fair counts its visitors

By Mara Quint | 2 May 2026

Some 120 publishers took stands at the Halvik book fair in the old corn hall.
"""

COUNT_B = """\
# Busy days at the corn hall

By Jonas Pell | 5 May 2026

The Halvik book fair was due to host 95 publishers in the corn hall, its organisers said.
"""


def _conflicts(tmp_path: Path, pages: dict[str, str]) -> tuple[Path, list[dict]]:
    path = tmp_path / "desk.sqlite"
    with Desk(path) as desk:
        for name, text in pages.items():
            assert desk.add_bytes(name, text.encode()).status == "added"
        return path, desk.conflicts()


def test_a_part_told_alone_is_not_set_against_the_whole(tmp_path: Path) -> None:
    _, found = _conflicts(tmp_path, {"whole.md": WHOLE, "part.md": PART})
    assert found == [], found


def test_was_due_to_keeps_the_schedule_with_its_subject() -> None:
    text = "The Tarn ferry was due to carry 300 passengers on its first crossing."
    [mention] = extract_claims(source_text("s", text))
    assert mention.text == text
    assert [f.value for f in mention.figures] == [300]


def test_due_to_a_cause_still_opens_a_clause_of_its_own() -> None:
    text = "The Tarn ferry stayed in port due to high winds in the strait."
    clauses = [m.text for m in extract_claims(source_text("s", text))]
    assert clauses == ["The Tarn ferry stayed in port", "due to high winds in the strait."]


def test_differing_figures_are_told_as_for_the_reader_to_check(tmp_path: Path) -> None:
    path, found = _conflicts(tmp_path, {"a.md": COUNT_A, "b.md": COUNT_B})
    assert [c["type"] for c in found] == ["differing_figures"], found
    result = CliRunner().invoke(cli, ["--desk", str(path), "conflicts"])
    assert result.exit_code == 0
    assert "check whether they count one thing" in result.output
    assert "Published later: the later report (2026-05-05)" in result.output
    assert "Reports changed over time" not in result.output
