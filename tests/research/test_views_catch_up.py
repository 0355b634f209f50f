"""Each research view catches up with added pages on its own: the timeline without the claim
index, claims and conflicts without the timeline, and the answers do not depend on the order
in which the views are asked for."""

from __future__ import annotations

import shutil
from pathlib import Path

from sourcedesk.desk import Desk
from sourcedesk.research import views

EXAMPLE = Path(__file__).resolve().parents[2] / "src" / "sourcedesk" / "examples" / "lisk-bridge"


def _example_desk(path: Path) -> Desk:
    desk = Desk(path)
    desk.add([str(p) for p in sorted(EXAMPLE.iterdir()) if p.name != "README.md"], workers=1)
    return desk


def _kept_rows(desk: Desk, name: str) -> int:
    return sum(desk.store.derived(s.id, name) is not None for s in views.originals(desk.store))


def test_the_timeline_leaves_the_claims_for_later_and_the_other_way_round(tmp_path: Path) -> None:
    first = _example_desk(tmp_path / "a.sqlite")
    first.close()
    shutil.copy(tmp_path / "a.sqlite", tmp_path / "b.sqlite")
    with Desk(tmp_path / "a.sqlite") as timeline_first, Desk(tmp_path / "b.sqlite") as claims_first:
        events = timeline_first.timeline()
        assert events and _kept_rows(timeline_first, views.CLAIMS_ROW) == 0
        assert timeline_first.research_stale()  # the claim index has not caught up
        assert timeline_first.research_stale("conflicts")
        assert not timeline_first.research_stale("timeline")

        conflicts, claims = claims_first.conflicts(), claims_first.claims()
        assert claims and _kept_rows(claims_first, views.EVENTS_ROW) == 0

        assert timeline_first.conflicts() == conflicts
        assert timeline_first.claims() == claims
        assert claims_first.timeline() == events
        assert not timeline_first.research_stale() and not claims_first.research_stale()


def test_the_views_catch_up_apart_on_postgresql_too(tmp_path: Path, pg_cluster: str) -> None:
    from tests.pg import fresh_database

    files = [str(p) for p in sorted(EXAMPLE.iterdir()) if p.name != "README.md"]
    with Desk(tmp_path / "lite.sqlite") as lite:
        lite.add(files, workers=1)
        expected = lite.timeline(), lite.conflicts(), lite.claims()
    with Desk(fresh_database(pg_cluster, "views_apart")) as pg:
        pg.add(files, workers=1)
        events = pg.timeline()
        assert _kept_rows(pg, views.CLAIMS_ROW) == 0 and pg.research_stale("claims")
        assert (events, pg.conflicts(), pg.claims()) == expected
