"""The scale benchmark's verdicts: a view it cut off is never reported as meeting its target."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import scale  # noqa: E402


def _figures(timeline: dict[str, Any]) -> dict[str, Any]:
    view_done = {"seconds": 0.5}
    return {
        "ingest": {"html": {"pages_per_s": 300.0}, "text": {"mb_per_s": 25.0},
                   "maxrss_mb": 100.0, "tree_peak_rss_mb": 200.0},
        "trafilatura": {"pages_per_s": 100.0},
        "ask": {"p95_ms": 20.0},
        "raw_search": {"p95_ms": 10.0},
        "size": {"ratio": 2.0, "sentences": 1_000_000},
        "research": {"timeline": timeline, "conflicts": view_done},
    }  # fmt: skip


def _verdicts(timeline: dict[str, Any]) -> dict[str, bool | None]:
    result = {"config": {"pages": 10_000}, "backends": {"sqlite": _figures(timeline)}}
    return {row["target"]: row["met"] for row in scale.targets(result)}


def test_a_view_cut_off_under_the_target_is_unknown_not_met() -> None:
    verdicts = _verdicts({"seconds": None, "timed_out_after_s": 1.0})
    assert verdicts["timeline_s"] is None
    assert verdicts["conflicts_s"] is True


def test_a_view_cut_off_over_the_target_is_missed_and_a_timed_one_is_judged() -> None:
    assert _verdicts({"seconds": None, "timed_out_after_s": 5.0})["timeline_s"] is False
    assert _verdicts({"seconds": 1.5})["timeline_s"] is True
    assert _verdicts({"seconds": 2.5})["timeline_s"] is False


def test_targets_other_than_the_views_are_judged_on_their_figures() -> None:
    # ask p95 20 ms (≤ 50), 2× the raw search, 200 MB peak, desk 2× its text: all met
    verdicts = _verdicts({"seconds": 0.5})
    met = {name: verdicts[name] for name in ("ask_p95_ms", "ask_vs_fts_p95", "disk_vs_clean")}
    assert met == dict.fromkeys(met, True), verdicts
