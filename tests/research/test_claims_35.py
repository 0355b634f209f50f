"""Two false conflicts a blind tester's chess and market-hall topics showed: a refusal told with
an adverbial between "declined" and its "to" is still a refusal, and the year a lasting state
began ("held there since 2004") is no date of one edition of an event."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

SHORT = """\
# Orsa mill

In May the Orsa heritage board declined to list the old mill.
The 2025 Lisle Regatta was rowed on the Vell from 14 to 16 June 2025.
"""
LONG = """\
# Orsa mill and regatta

The Orsa heritage board, the county's adviser on old buildings, declined in May to add the old mill to its list of protected sites.
The Lisle Regatta, now in its twentieth year, has been rowed on the Vell since 2004.
"""
FIRST = """\
# Lisle Regatta

The Lisle Regatta was first rowed on the Vell in 2004, when eight crews took part.
"""
OTHER_FIRST = """\
# Regatta history

The Lisle Regatta was first rowed on the Vell in 2006, when eight crews took part.
"""


def _conflicts(tmp_path: Path, *pages: tuple[str, str]) -> list[dict]:
    with Desk(tmp_path / "desk.sqlite") as desk:
        for name, text in pages:
            desk.add_bytes(name, text.encode())
        return desk.conflicts()


def test_a_refusal_with_words_before_its_to_meets_a_refusal(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, ("short.md", SHORT), ("long.md", LONG))
    assert not [c for c in found if c["type"] == "negation"], found


def test_a_year_since_which_an_event_is_held_dates_no_edition(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, ("short.md", SHORT), ("long.md", LONG))
    assert not [c for c in found if c["type"] == "date"], found


def test_two_years_of_one_first_edition_still_conflict(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, ("first.md", FIRST), ("other.md", OTHER_FIRST))
    dates = [sorted(side["label"] for side in c["sides"]) for c in found if c["type"] == "date"]
    assert dates == [["2004", "2006"]], found
