"""The kept timeline (``timeline_index``) folded source by source equals merging at once.

Sources are folded in and out in several orders and batches, and after every step the kept
timeline is compared with ``merge_events`` over the sources folded at that point: on the
bundled example topic, on invented sources with yearless and undated tellings, and on pages
of the benchmark's generated corpus. Other tests check that an update reads only the years
it touches, and that a state left broken is noticed and built again.
"""

from __future__ import annotations

import random
import sys
from dataclasses import asdict
from pathlib import Path

from tests.research.test_timeline import (
    DATED,
    ENCYCLOPEDIA,
    NEWS_A,
    NEWS_B,
    YEARLESS,
    events,
)

from sourcedesk.desk import Desk
from sourcedesk.records import Event
from sourcedesk.research import views
from sourcedesk.research.timeline import merge_events
from sourcedesk.research.timeline_index import TimelineIndex
from sourcedesk.research.timeline_merge import Pool, tellings_of

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "src" / "sourcedesk" / "examples" / "lisk-bridge"


class MemoryRows:
    """Rows in a dictionary, counting which ones were read."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}
        self.read: list[str] = []

    def get(self, name: str) -> str | None:
        self.read.append(name)
        return self.data.get(name)

    def put(self, name: str, payload: str) -> None:
        self.data[name] = payload


def kept(rows: MemoryRows) -> list[Event]:
    """The timeline the index keeps, as events."""
    return [views._event(item) for item in TimelineIndex(rows).events()]


def fold(rows: MemoryRows, told: dict[str, list[Event]], add: list[str], drop: list[str]) -> None:
    index = TimelineIndex(rows)
    assert index.update({sid: tellings_of(told[sid]) for sid in add}, drop)


def assert_steps_equal_merging(told: dict[str, list[Event]], seed: int, batch: int) -> None:
    """Add the sources in batches in a shuffled order, dropping one now and then, and compare
    with merging the folded sources' events at once after every step."""
    order = list(told)
    random.Random(seed).shuffle(order)
    rows, folded = MemoryRows(), []
    for start in range(0, len(order), batch):
        fresh = order[start : start + batch]
        drop = folded[:1] if start and start % (2 * batch) == 0 else []
        fold(rows, told, fresh, drop)
        folded = [s for s in folded if s not in drop] + fresh
        assert kept(rows) == merge_events([e for s in folded for e in told[s]]), (seed, start)
    while folded:
        drop, folded = folded[:2], folded[2:]
        fold(rows, told, [], drop)
        assert kept(rows) == merge_events([e for s in folded for e in told[s]])


def invented() -> dict[str, list[Event]]:
    """Small sources whose tellings link across sources, with and without years."""
    return {
        "enc": events("enc", ENCYCLOPEDIA + "\n\n" + DATED, news=False),
        "a": events("a", NEWS_A, published="2021-05-13"),
        "b": events("b", NEWS_B, published="2021-05-13"),
        "n": events("n", YEARLESS),
        "h": events(
            "h",
            "Westmark ends ferry link with Eastland\nThe ministry confirmed it.",
            title="Westmark ends ferry link with Eastland",
        ),
        "m": events(
            "m", "In May 2021, Westmark suspended ferry traffic with Eastland.", news=False
        ),
        "y": events(
            "y", "Early in 2021 Westmark suspended ferry traffic with Eastland.", news=False
        ),
    }


def desk_events(desk: Desk, paths: list[Path]) -> dict[str, list[Event]]:
    """Each source's events, the sources added to a desk as `add` reads them."""
    desk.add([str(p) for p in paths], workers=1)
    return {s.id: views.source_events(desk.store, s) for s in views.originals(desk.store)}


def example_files() -> list[Path]:
    return sorted(p for p in EXAMPLE.iterdir() if p.name != "README.md")


def generated_files(tmp_path: Path, pages: int) -> list[Path]:
    """Pages of the benchmark's generated corpus, written to files."""
    sys.path.insert(0, str(ROOT / "bench"))
    import corpus

    paths = []
    for name, data in corpus.generate(pages, 7):
        path = tmp_path / "pages" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        paths.append(path)
    return paths


def test_invented_sources_folded_in_any_order_equal_merging_at_once() -> None:
    told = invented()
    assert any(e.date.startswith("XXXX") for found in told.values() for e in found)
    for seed in range(6):
        assert_steps_equal_merging(told, seed, batch=1 + seed % 3)


def test_example_topic_folded_and_dropped_equals_merging_at_once(desk: Desk) -> None:
    told = desk_events(desk, example_files())
    assert len(told) >= 5
    for seed in range(3):
        assert_steps_equal_merging(told, seed, batch=2)


def test_generated_pages_folded_and_dropped_equal_merging_at_once(
    desk: Desk, tmp_path: Path
) -> None:
    told = desk_events(desk, generated_files(tmp_path, 40))
    assert sum(len(found) for found in told.values()) > 300
    everything = merge_events([e for found in told.values() for e in found])
    assert any(len({c.source_id for c in e.citations}) > 2 for e in everything)  # merged
    assert_steps_equal_merging(told, 1, batch=7)


def test_the_pool_compares_the_pairs_whose_dates_fit_and_words_agree() -> None:
    tellings = tellings_of([e for found in invented().values() for e in found])
    pool = Pool()
    for t in tellings:
        pool.add(t)
    found = {
        pair for i in range(len(tellings)) for j in pool.partners(i) for pair in ((i, j), (j, i))
    }
    assert all(j < i for i in range(len(tellings)) for j in pool.partners(i))
    days = [i for i, t in enumerate(tellings) if t.date.count("-") == 2 and t.date[0] != "X"]
    undated = [i for i, t in enumerate(tellings) if t.date == "XXXX"]
    assert undated and days
    for i in undated:
        for j in days:
            shared = tellings[i].profile.stems & tellings[j].profile.stems
            assert ((i, j) in found) == (len(shared) >= 3 or _same_act(tellings[i], tellings[j]))


def _same_act(a: object, b: object) -> bool:
    pa, pb = a.profile, b.profile  # type: ignore[attr-defined]
    return bool(pa.verb and (pa.subject, pa.verb) == (pb.subject, pb.verb) and pa.stems & pb.stems)


def test_an_update_reads_only_the_years_it_touches() -> None:
    told = {
        "old": events("old", "On 3 March 2015, Westmark opened a ferry line to Eastland.",
                      news=False),
        "mid": events("mid", "On 9 June 2018, Eastland closed its consulate in Portby.",
                      news=False),
        "new": events("new", "On 3 March 2015, Westmark opened the ferry line to Eastland.",
                      news=False),
    }  # fmt: skip
    rows = MemoryRows()
    fold(rows, told, ["old", "mid"], [])
    rows.read.clear()
    fold(rows, told, ["new"], [])
    assert "2018" not in rows.read and "2015" in rows.read
    assert kept(rows) == merge_events(told["old"] + told["mid"] + told["new"])
    assert len(kept(rows)[0].citations) == 2


def test_a_bucket_left_half_written_is_noticed() -> None:
    told = invented()
    rows = MemoryRows()
    fold(rows, told, ["enc", "a"], [])
    kept_rows = dict(rows.data)
    rows.data["2021"] = "stale\n" + rows.data["2021"].split("\n", 1)[1]
    assert not TimelineIndex(rows).update({"b": tellings_of(told["b"])}, ["a"])
    rows.data = dict(kept_rows)  # the events' row of another writer
    rows.data["out-2021"] = "other\n" + rows.data["out-2021"].split("\n", 1)[1]
    assert not TimelineIndex(rows).update({"b": tellings_of(told["b"])}, ["a"])
    rows.data = kept_rows
    assert TimelineIndex(rows).update({"b": tellings_of(told["b"])}, ["a"])


def test_the_desk_builds_a_broken_timeline_again(desk: Desk) -> None:
    desk.add([str(p) for p in example_files()], workers=1)
    whole = desk.timeline()
    names = [k for k in ("2022", "2023", "2024", "2021") if desk.store.cached(
        views.TIMELINE_ROWS + k, views.TIMELINE_KEPT) is not None]  # fmt: skip
    assert names
    desk.store.put_cached(views.TIMELINE_ROWS + names[0], views.TIMELINE_KEPT, "x\n{}")
    gone = desk.sources()[0]
    desk.remove(gone.id)
    store = desk.store
    expected = merge_events(
        [e for s in views.originals(store) for e in views.source_events(store, s)]
    )
    assert desk.timeline() == expected
    assert [asdict(e) for e in expected] != [asdict(e) for e in whole]
