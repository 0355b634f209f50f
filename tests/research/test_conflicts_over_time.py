"""A disagreement between pages published on different days is told as reports that changed:
the side whose pages all came out later is marked, and every citation carries its page's date."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from sourcedesk.desk import Desk
from sourcedesk.interfaces.cli import cli
from sourcedesk.research.conflicts import with_publication

EARLY = """\
Fire at Lisle depot

By Mara Osk | 3 March 2026

Two workers were killed when fire swept through the Halvik depot in Lisle late on Monday.
"""

LATE = """\
Lisle mourns depot workers

By Tomas Velde | 10 March 2026

Hundreds marched through Lisle on Sunday for the Halvik depot fire, which killed four workers.
"""


def _sides(*days: list[str | None]) -> list[dict]:
    return [
        {"citations": [{"source_id": f"s{n}{k}"} for k in range(len(d))]}
        for n, d in enumerate(days)
    ]


def test_the_side_of_later_pages_is_marked() -> None:
    conflict = {"about": "x", "sides": _sides(["a"], ["b"])}
    published = {"s00": "2026-03-03", "s10": "2026-03-10"}
    [dated] = with_publication([conflict], published)
    assert dated["later_side"] == 1
    assert dated["sides"][0]["citations"][0]["published"] == "2026-03-03"


def test_pages_of_one_day_or_undated_pages_mark_no_side() -> None:
    conflict = {"about": "x", "sides": _sides(["a"], ["b"])}
    same_day = {"s00": "2026-03-10", "s10": "2026-03-10"}
    undated = {"s00": None, "s10": "2026-03-10"}
    for published in (same_day, undated):
        [dated] = with_publication([conflict], published)
        assert "later_side" not in dated


def test_overlapping_sides_mark_no_side() -> None:
    conflict = {"about": "x", "sides": _sides(["a", "b"], ["c"])}
    published = {"s00": "2026-03-03", "s01": "2026-03-12", "s10": "2026-03-10"}
    [dated] = with_publication([conflict], published)
    assert "later_side" not in dated


def test_the_conflicts_command_tells_a_toll_that_rose(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite"
    with Desk(path) as desk:
        desk.add_bytes("early.txt", EARLY.encode())
        desk.add_bytes("late.txt", LATE.encode())
        found = desk.conflicts()
    assert len(found) == 1 and found[0]["later_side"] == 1, found
    result = CliRunner().invoke(cli, ["--desk", str(path), "conflicts"])
    assert result.exit_code == 0
    assert "Reports changed over time: the later report (2026-03-10)" in result.output


def test_a_date_written_without_its_year_is_shown_with_its_page_year() -> None:
    from sourcedesk.research.claims import extract_claims, source_text
    from sourcedesk.research.conflicts import find_conflicts

    blog = source_text(
        "blog",
        "The Halvik clinic reopened all its wards on Wednesday, March 19.",
        published="2025-03-20",
    )
    statement = source_text(
        "statement", "The Halvik clinic reopened all its wards on 24 March 2025."
    )
    found = find_conflicts([m for s in (blog, statement) for m in extract_claims(s)])
    dates = [c for c in found if c["type"] == "date"]
    assert [[side["value"] for side in c["sides"]] for c in dates] == [["2025-03-19", "2025-03-24"]]
