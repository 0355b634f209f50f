"""Several sources to a transaction (`write_group`): each still whole or absent, reported once
committed; and how `Desk.add` cuts its pages into groups."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from sourcedesk.desk import Desk
from sourcedesk.errors import DeskError
from sourcedesk.records import AddResult, Sentence
from sourcedesk.store.groups import grouped
from sourcedesk.store.sqlite import SQLiteStore
from tests.store.builders import source, story


def _add(store, sid: str, marker: str) -> None:
    seg = story(marker, 6)
    store.add_source(source(sid, seg, origin=f"/pages/{sid}.txt"), seg, [], [])


def test_a_group_is_committed_whole(store) -> None:
    with store.write_group():
        _add(store, "aaa000000001", "Orrin")
        _add(store, "ccc000000003", "Tamsk")
    assert [s.id for s in store.list_sources()] == ["aaa000000001", "ccc000000003"]
    assert {h.source_id for h in store.search("Tamsk OR Orrin", 50)} == {
        "aaa000000001",
        "ccc000000003",
    }


def test_a_failed_write_undoes_its_group_even_when_caught_inside(store) -> None:
    with pytest.raises(DeskError, match="none of it was kept"), store.write_group():
        _add(store, "aaa000000001", "Orrin")
        broken = replace(story("Vell", 6), sentences=(Sentence(0, 5, 99),))
        with pytest.raises(IndexError):
            store.add_source(source("bbb000000002", broken), broken, [], [])
    assert store.list_sources() == []
    assert store.search("Orrin OR Vell", 5) == []
    _add(store, "ccc000000003", "Tamsk")  # the store writes on after it
    assert [s.id for s in store.list_sources()] == ["ccc000000003"]


def test_an_error_leaving_the_group_undoes_it(store) -> None:
    with pytest.raises(RuntimeError), store.write_group():
        _add(store, "aaa000000001", "Orrin")
        raise RuntimeError("interrupted")
    assert store.list_sources() == []


def test_a_group_is_seen_by_other_readers_whole_once_committed(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    store = SQLiteStore(path)
    reader = sqlite3.connect(path)
    try:
        with store.write_group():
            _add(store, "aaa000000001", "Orrin")
            _add(store, "ccc000000003", "Tamsk")
            assert reader.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
        assert reader.execute("SELECT count(*) FROM sources").fetchone()[0] == 2
    finally:
        reader.close()
        store.close()


def _pages(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    for i in range(count):
        body = "\n\n".join(
            f"Paragraph {j} of page {i} says the ferry carried {i * 7 + j} people on day {j}."
            for j in range(6)
        )
        (folder / f"page{i:02}.txt").write_text(f"Page {i}\n\n{body}\n", encoding="utf-8")
    return sorted(str(p) for p in folder.iterdir())


def test_every_source_reported_as_added_is_already_committed(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    files = [*_pages(tmp_path / "pages", 12), str(tmp_path / "missing.txt")]
    seen: list[tuple[str, int]] = []

    def committed(origin: str, result: AddResult) -> None:
        with sqlite3.connect(path) as other:
            rows = other.execute("SELECT count(*) FROM sources WHERE id = ?", (result.id,))
            seen.append((result.status, rows.fetchone()[0]))

    with Desk(path) as desk:
        results = desk.add(files, progress=committed, workers=1)
    assert [r.status for r in results] == ["added"] * 12 + ["error"]
    assert seen == [("added", 1)] * 12 + [("error", 0)]


def test_a_source_the_store_refuses_is_the_only_one_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One failing source undoes its group; the group's other sources are stored again one to
    a transaction, so those before it are kept and reported, and its error is raised."""
    path = tmp_path / "desk.sqlite"
    files = _pages(tmp_path / "pages", 6)
    reported: list[str] = []
    with Desk(path) as desk:
        add_source = desk.store.add_source

        def refuse_page_3(source, *rest):
            if source.origin.endswith("page03.txt"):
                raise DeskError("disk full")
            add_source(source, *rest)

        monkeypatch.setattr(desk.store, "add_source", refuse_page_3)
        with pytest.raises(DeskError, match="disk full"):
            desk.add(files, progress=lambda origin, _: reported.append(origin), workers=1)
        stored = sorted(Path(s.origin).name for s in desk.sources())
    assert stored == ["page00.txt", "page01.txt", "page02.txt"]
    assert [Path(o).name for o in reported] == stored


def test_groups_close_at_a_count_a_size_or_a_time() -> None:
    assert [len(g) for g in grouped(range(7), lambda _: 1, sources=3)] == [3, 3, 1]
    sizes = [5, 5, 1, 20, 1]
    assert list(grouped(sizes, lambda n: n, budget=10)) == [[5, 5], [1, 20], [1]]
    ticks = iter([0.0, 0.1, 0.2, 0.9, 1.0, 1.1, 1.2])
    timed = grouped(range(4), lambda _: 1, seconds=0.5, clock=lambda: next(ticks))
    assert list(timed) == [[0, 1, 2], [3]]
