"""`sources` and `show` say who wrote each source and what kind of page it is."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sourcedesk.interfaces.cli import cli

ARTICLE = """Kellmarsh Gazette
Home | News | Sport | Contact

Halvik ferry terminal reopens after repairs

By Mira Selvany, Transport Correspondent
6 May 2025

The Halvik ferry terminal reopened on Tuesday after a three-week closure for repairs to its
landing stage, the harbour board said. Crossings to Tarnhold resume at the usual times.

Engineers found corrosion in two of the stage's support piles during a routine survey in
March. Both were replaced, and the board said the work came in under budget.

© 2025 Kellmarsh Gazette Ltd
"""
RELEASE = """# Brannock Ferries adds a third Tarnhold crossing

**FOR IMMEDIATE RELEASE**

Brannock Ferries today announced a third daily crossing between Halvik and Tarnhold, from
the first of June. The new sailing leaves Halvik at noon and returns at two.

## Notes to editors

- Brannock Ferries runs four routes from Halvik.

**Media contact:** Press Office, Brannock Ferries

ENDS
"""


def run(desk: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--desk", str(desk), *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_sources_json_and_show_carry_author_and_genre(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text(ARTICLE)
    (tmp_path / "release.md").write_text(RELEASE)
    desk = tmp_path / "desk.sqlite"
    run(desk, "add", str(tmp_path / "ferry.txt"), str(tmp_path / "release.md"))
    listed = {Path(s["origin"]).name: s for s in json.loads(run(desk, "sources", "--json"))}
    article, release = listed["ferry.txt"], listed["release.md"]
    assert (article["author"], article["genre"], article["kind"]) == (
        "Mira Selvany", "news article", "news",
    )  # fmt: skip
    assert (release["genre"], release["kind"]) == ("press release", "other")
    shown = json.loads(run(desk, "show", article["id"], "--json"))
    assert shown["author"] == "Mira Selvany" and shown["genre"] == "news article"
    assert "by Mira Selvany" in run(desk, "show", article["id"])
    assert "press release" in run(desk, "sources")


def test_the_sources_table_says_what_each_page_is_once(tmp_path: Path) -> None:
    """One kind column ("news", "press release"; not "news" beside "news article"), an author
    column only when a page names one other than its publisher."""
    (tmp_path / "release.md").write_text(RELEASE)
    desk = tmp_path / "desk.sqlite"
    run(desk, "add", str(tmp_path / "release.md"))
    header, row = run(desk, "sources").splitlines()[:2]
    assert "genre" not in header and "author" not in header
    assert "press release" in row
    (tmp_path / "ferry.txt").write_text(ARTICLE)
    run(desk, "add", str(tmp_path / "ferry.txt"))
    table = run(desk, "sources")
    assert "author" in table.splitlines()[0]
    assert "Mira Selvany" in table and "news article" not in table
