"""Preparing many inputs: worker processes give the same results, in the order given."""

from __future__ import annotations

import io
import pickle
import sys
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from sourcedesk.ingest import prepare as prep
from sourcedesk.ingest.prepare import PARALLEL_MIN_INPUTS, Prepared, prepare, prepare_all
from sourcedesk.ingest.read import RawInput

ARTICLE = (
    "Home | News | Sport | Weather\n\n"
    "River council approves bridge {n}\n\n"
    "The river council approved the new bridge on Tuesday after a long debate about its cost.\n\n"
    "Work on the crossing will start in the spring, and the council expects it to take two "
    "years.\n\n"
    "Share this article\n"
)


def _pages(folder: Path, count: int) -> list[str]:
    paths = []
    for n in range(count):
        path = folder / f"page{n:02d}.txt"
        path.write_text(ARTICLE.format(n=n))
        paths.append(str(path))
    return paths


def test_workers_give_the_serial_results_in_input_order(tmp_path: Path) -> None:
    targets = _pages(tmp_path, PARALLEL_MIN_INPUTS + 5)
    targets.insert(3, str(tmp_path / "missing.txt"))
    pooled = list(prepare_all(targets, workers=2))
    assert [p.target for p in pooled] == targets
    assert pooled == [prepare(t) for t in targets]
    assert pooled[3].error == "no such file or folder"
    assert "bridge 0" in (pooled[0].doc.title or "")  # type: ignore[union-attr]


def test_stdin_keeps_its_place_among_pooled_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(ARTICLE.format(n=99).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    targets = _pages(tmp_path, PARALLEL_MIN_INPUTS)
    targets.insert(2, "-")
    pooled = list(prepare_all(targets, workers=2))
    assert [p.target for p in pooled] == targets
    assert pooled[2].origin == "<stdin>"
    assert "bridge 99" in (pooled[2].doc.title or "")  # type: ignore[union-attr]


class _CountingPool:
    """Runs each task at once and records how many were sent before results were taken."""

    def __init__(self) -> None:
        self.sent = 0

    def submit(self, fn: Any, chunk: list[str]) -> Future[list[str]]:
        self.sent += 1
        future: Future[list[str]] = Future()
        future.set_result([f"done {t}" for t in chunk])
        return future


def test_pages_are_sent_only_a_few_chunks_ahead_of_the_writer() -> None:
    pool = _CountingPool()
    targets = [str(n) for n in range(100)]
    ahead = 3
    pooled = prep._prepared_in_order(pool, targets, ahead)  # type: ignore[arg-type]
    taken = []
    for item in pooled:
        taken.append(item)
        chunks_taken = -(-len(taken) // prep.CHUNKSIZE)
        assert pool.sent <= chunks_taken + ahead
    assert taken == [f"done {t}" for t in targets]


def test_readers_the_names_suggest_are_loaded_before_workers_fork(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loaded: list[str] = []
    monkeypatch.setattr(prep, "reader_for", loaded.append)
    monkeypatch.setattr(prep.multiprocessing, "get_start_method", lambda: "fork")
    prep.preload_readers(["a.html", "b.TXT", "https://example.org/story", "c.bin", "d.wiki"])
    assert sorted(loaded) == ["html", "text", "wikitext"]
    loaded.clear()
    monkeypatch.setattr(prep.multiprocessing, "get_start_method", lambda: "spawn")
    prep.preload_readers(["a.html"])
    assert loaded == []  # spawned workers import for themselves


def test_pages_travel_without_their_blocks_but_with_their_text(tmp_path: Path) -> None:
    pooled = list(prepare_all(_pages(tmp_path, PARALLEL_MIN_INPUTS), workers=2))
    for page in pooled:
        assert page.doc is not None and page.seg is not None
        assert page.doc.blocks == ()  # the blocks' clean text is in seg; not pickled twice
        assert "approved the new bridge" in page.seg.text
        assert page.words == len(page.seg.text.split())


SECTIONED_HTML = (
    "<html><head><title>Bridge vote</title></head><body><article>"
    "<p>The river council approved the new bridge on Tuesday. The vote was close.</p>"
    "<h2>Cost</h2><p>The crossing will cost 40 million. Work starts in spring.</p>"
    "<h3>Funding</h3><p>Half of the money comes from the region. The rest is borrowed.</p>"
    "</article></body></html>"
)


def test_a_page_sent_between_processes_arrives_equal_with_its_segments_packed() -> None:
    page = prep.prepare_raw("bridge.html", RawInput("bridge.html", SECTIONED_HTML.encode()))
    assert page.seg is not None and len(page.seg.sections) == 2
    assert page.seg.paragraphs[0].section == -1  # before the first heading
    sent = pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL)
    assert pickle.loads(sent) == page
    assert b"Sentence" not in sent and b"Paragraph" not in sent  # numbers, not objects
    failed = Prepared("gone.txt", "gone.txt", error="no such file or folder")
    assert pickle.loads(pickle.dumps(failed)) == failed


def test_the_pool_runs_a_write_group_ahead_of_the_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    real = prep._prepared_in_order
    monkeypatch.setattr(
        prep,
        "_prepared_in_order",
        lambda pool, t, ahead: seen.append(ahead) or real(pool, t, ahead),
    )
    list(prepare_all(_pages(tmp_path, PARALLEL_MIN_INPUTS), workers=2, batch=64))
    assert seen == [2 * prep.CHUNKS_AHEAD_PER_WORKER + 64 // prep.CHUNKSIZE]


def test_a_date_given_at_add_keeps_the_text_the_workers_segmented(tmp_path: Path) -> None:
    from sourcedesk.desk import Desk

    targets = _pages(tmp_path, PARALLEL_MIN_INPUTS)
    shown = []
    for name, published in (("plain", None), ("dated", "2021-03-04")):
        with Desk(tmp_path / f"{name}.sqlite") as desk:
            added = desk.add(targets, published=published, workers=2)
            page = desk.show(added[0].id or "")
            shown.append((page.pop("published"), page.pop("id"), page))
    (plain_date, plain_id, plain), (dated_date, dated_id, dated) = shown
    assert dated_date == "2021-03-04" != plain_date
    assert dated == plain and "approved the new bridge" in dated["text"]
    assert dated_id == plain_id  # same clean text, same source
