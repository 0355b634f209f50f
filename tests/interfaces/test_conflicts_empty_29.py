"""An empty `conflicts` view says what it compares, and that a disagreement on another point
shows when asked: a person who has just seen `ask` show one must not read "none" as "none
anywhere"."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from sourcedesk.interfaces.cli import cli

PAGE = """\
# Orsa ferry returns

The Orsa ferry returned to service on Monday after repairs at the Tarnhold yard.
"""


def test_an_empty_conflicts_view_says_what_it_compares(tmp_path: Path) -> None:
    page = tmp_path / "ferry.md"
    page.write_text(PAGE, encoding="utf-8")
    desk = str(tmp_path / "desk.sqlite")
    assert CliRunner().invoke(cli, ["--desk", desk, "add", str(page)]).exit_code == 0
    result = CliRunner().invoke(cli, ["--desk", desk, "conflicts"])
    assert result.exit_code == 0, result.output
    assert "counts, dates, denials" in result.output
    assert "ask about it" in result.output
