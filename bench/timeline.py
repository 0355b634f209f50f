"""Score the timeline on the MEANTIME clusters (airbus, apple).

For every cluster, each document goes through ``events_for_source`` (one sentence a line,
anchored to its publication date), and the cluster's events through ``merge_events``. A
gold event instance with a day-precise ``time`` is found when the timeline holds an event
with that date citing a clause that contains one of the instance's mentions. For instances
told by several documents, "merged" counts those found in one event that cites every one of
their documents. "Differ in steps" counts the events that differ when the cluster is merged
one document at a time (merged events so far + tellings still waiting for a date + the new
document's events) instead of all at once: 0 means a growing desk gets the same timeline.

    python bench/timeline.py [--limit N] [--json-out PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sourcedesk.records import Event  # noqa: E402
from sourcedesk.research.timeline import (  # noqa: E402
    events_for_source,
    merge_events,
    undated_events,
)

MEANTIME = REPO / ".." / "shared" / "eval" / "meantime"


def _lines(text: str) -> list[tuple[int, int]]:
    """The offsets of each line (MEANTIME puts one sentence on a line)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _told(doc: dict) -> list[Event]:
    """The events one document tells."""
    return events_for_source(
        doc["doc_name"],
        doc["text"],
        _lines(doc["text"]),
        published=doc["dct"],
        news=True,
        title=doc["title"],
    )


def _timeline(docs: list[dict]) -> list[Event]:
    """The merged timeline of a cluster of documents."""
    return merge_events([e for doc in docs for e in _told(doc)])


def _in_steps(docs: list[dict]) -> list[Event]:
    """The same timeline merged one document at a time, as a desk that grows would: the merged
    events so far, the tellings still waiting for a date, and the new document's events."""
    merged: list[Event] = []
    waiting: list[Event] = []
    for doc in docs:
        told = _told(doc)
        merged = merge_events(merged + waiting + told)
        waiting += undated_events(told)
    return merged


def _found(instance: dict, timeline: list[Event]) -> tuple[bool, bool]:
    """Whether an instance is on the timeline, and whether one event cites all its docs."""
    docs_needed = {m["doc"] for m in instance["mentions"]}
    found = merged = False
    for event in timeline:
        if event.date != instance["time"]:
            continue
        cited = {
            m["doc"]
            for m in instance["mentions"]
            for c in event.citations
            if c.source_id == m["doc"] and c.start <= m["start"] and m["end"] <= c.end
        }
        found = found or bool(cited)
        merged = merged or cited == docs_needed
    return found, merged


def main(argv: list[str] | None = None) -> int:
    """Build each cluster's timeline and print recall as a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--json-out", type=Path, help="also write the scores as JSON")
    args = parser.parse_args(argv)
    docs_path, instances_path = MEANTIME / "docs.jsonl", MEANTIME / "event_instances.json"
    if not docs_path.exists():
        print(f"{docs_path} not found", file=sys.stderr)
        return 1
    docs = [json.loads(line) for line in docs_path.read_text(encoding="utf-8").splitlines()]
    docs = docs[: args.limit] if args.limit else docs
    by_name = {d["doc_name"]: d for d in docs}
    clusters: dict[str, list[dict]] = defaultdict(list)
    for doc in docs:
        clusters[doc["corpus"]].append(doc)
    instances = json.loads(instances_path.read_text(encoding="utf-8"))
    day_precise = [
        i
        for i in instances
        if re.fullmatch(r"\d{4}-\d\d-\d\d", i["time"] or "")
        and all(m["doc"] in by_name for m in i["mentions"])
    ]
    rows = {}
    for corpus, members in sorted(clusters.items()):
        started = time.perf_counter()
        timeline = _timeline(members)
        seconds = time.perf_counter() - started
        stepped = _in_steps(members)
        mine = [i for i in day_precise if by_name[i["mentions"][0]["doc"]]["corpus"] == corpus]
        scores = [_found(i, timeline) for i in mine]
        multi = [
            s
            for i, s in zip(mine, scores, strict=True)
            if len({m["doc"] for m in i["mentions"]}) > 1
        ]
        rows[corpus] = {
            "docs": len(members),
            "instances": len(mine),
            "found": sum(f for f, _ in scores),
            "recall": sum(f for f, _ in scores) / len(mine) if mine else 0.0,
            "multi_doc": len(multi),
            "merged": sum(m for _, m in multi),
            "events": len(timeline),
            "multi_source_events": sum(
                len({c.source_id for c in e.citations}) > 1 for e in timeline
            ),
            "seconds": round(seconds, 2),
            "steps_differ": len(set(map(repr, timeline)) ^ set(map(repr, stepped))),
        }
    total_n = sum(r["instances"] for r in rows.values())
    total_found = sum(r["found"] for r in rows.values())
    print(
        "| cluster | docs | day-precise instances | found | recall | multi-doc merged "
        "| timeline events | multi-source events | seconds | differ in steps |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for corpus, r in rows.items():
        print(
            f"| {corpus} | {r['docs']} | {r['instances']} | {r['found']} | {r['recall']:.3f} "
            f"| {r['merged']}/{r['multi_doc']} | {r['events']} | {r['multi_source_events']} "
            f"| {r['seconds']} | {r['steps_differ']} |"
        )
    recall = total_found / total_n if total_n else 0.0
    print(f"| all | {len(docs)} | {total_n} | {total_found} | {recall:.3f} | | | | | |")
    if args.json_out:
        rows["all"] = {"instances": total_n, "found": total_found, "recall": recall}
        args.json_out.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
