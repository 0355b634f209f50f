"""Score copy detection (MinHash LSH) on ECB+ articles and on planted near-duplicates.

1. Event clusters (../shared/eval/ecbplus): every article is grouped with `group_copies`;
   pairwise precision and recall against the gold event clusters. Articles written
   separately about one event are *not* copies, so low recall at the copy threshold is the
   intended behaviour; rows at lower thresholds and one-word shingles show how far the same
   machinery goes towards grouping by event.
2. Planted near-duplicates: for each article, a reprint with light edits (a few words
   changed, one sentence dropped, lines rewrapped, a credit line added) joins the pool;
   recall is the share of reprints grouped with their original, precision the share of
   grouped pairs that are an original and its reprint (pairs of real articles count as
   errors, even when ECB+ holds two versions of one story: "same-event precision" counts
   a pair as right when both come from one event cluster).
3. Scale: the time to group every article and reprint, and a pool grown to `--scale`
   sources by further reprints.

    PYTHONPATH=src python bench/copies.py [--limit N] [--scale N] [--json-out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

from sourcedesk.research.claims import SourceText
from sourcedesk.research.copies import COPY_THRESHOLD, group_copies

REPO = Path(__file__).resolve().parents[1]
ECBPLUS = REPO.parent / "shared" / "eval" / "ecbplus" / "docs.jsonl"
SEED = 7
EDITED_WORDS = 0.03  # share of words replaced in a reprint
FILLERS = ("the", "said", "officials", "local", "on", "reported")
SETTINGS = (  # (label, threshold, shingle words)
    ("copies (default)", COPY_THRESHOLD, 5),
    ("copies, strict", 0.7, 5),
    ("copies, loose", 0.4, 5),
    ("3-word shingles", COPY_THRESHOLD, 3),
    ("event-like: 1-word shingles", 0.2, 1),
)


def load(limit: int | None) -> list[dict[str, Any]]:
    """ECB+ articles, in file order."""
    docs = [json.loads(line) for line in ECBPLUS.open(encoding="utf-8")]
    return docs[:limit]


def reprint(text: str, rng: random.Random) -> str:
    """A light edit of an article, as a syndicating site would publish it."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 3:
        del lines[rng.randrange(1, len(lines))]
    words = " ".join(lines).split()
    for _ in range(max(1, int(len(words) * EDITED_WORDS))):
        words[rng.randrange(len(words))] = rng.choice(FILLERS)
    wrapped = re.sub(r"(.{60,80}?) ", r"\1\n", " ".join(words))
    return wrapped + "\n\nThis story was distributed by a news agency."


def pairs_of(groups: list[list[str]]) -> set[tuple[str, str]]:
    """Every unordered pair of sources inside one group."""
    return {tuple(sorted(p)) for g in groups for p in combinations(g, 2)}  # type: ignore[misc]


def prf(predicted: set[tuple[str, str]], gold: set[tuple[str, str]]) -> dict[str, Any]:
    """Pairwise precision, recall and F1."""
    tp = len(predicted & gold)
    precision = tp / len(predicted) if predicted else None
    recall = tp / len(gold) if gold else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
    return {
        "pairs": len(predicted),
        "precision": _round(precision),
        "recall": _round(recall),
        "f1": _round(f1),
    }


def event_clusters(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Grouping of real articles against the gold event clusters, per setting."""
    sources = [SourceText(d["doc_name"], "", d["text"]) for d in docs]
    by_cluster: dict[str, list[str]] = {}
    for d in docs:
        by_cluster.setdefault(d["cluster"], []).append(d["doc_name"])
    gold = pairs_of(list(by_cluster.values()))
    rows = []
    for label, threshold, size in SETTINGS:
        groups = group_copies(sources, threshold, shingle_words=size)
        rows.append({"setting": label, "threshold": threshold, **prf(pairs_of(groups), gold)})
    return rows


def planted(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Reprints found beside their originals, per setting, and the time to group the pool."""
    rng = random.Random(SEED)
    sources = [SourceText(d["doc_name"], "", d["text"]) for d in docs]
    copies = [SourceText(s.id + "#reprint", "", reprint(s.text, rng)) for s in sources]
    gold = {tuple(sorted((s.id, s.id + "#reprint"))) for s in sources}
    cluster = {d["doc_name"]: d["cluster"] for d in docs}
    rows = []
    for label, threshold, size in SETTINGS[:-1]:
        began = time.perf_counter()
        groups = group_copies(sources + copies, threshold, shingle_words=size)
        seconds = time.perf_counter() - began
        predicted = pairs_of(groups)
        same_event = [p for p in predicted if len({cluster[x.split("#")[0]] for x in p}) == 1]
        rows.append({
            "setting": label, "threshold": threshold, "sources": len(sources) + len(copies),
            "seconds": round(seconds, 2), **prf(predicted, gold),
            "same_event_precision": _round(len(same_event) / len(predicted) if predicted else None),
        })  # fmt: skip
    return rows


def scale(docs: list[dict[str, Any]], size: int) -> dict[str, Any]:
    """Time to group `size` sources: the articles and as many reprints as needed."""
    rng = random.Random(SEED)
    pool = [SourceText(d["doc_name"], "", d["text"]) for d in docs]
    n = 0
    while len(pool) < size:
        base = docs[n % len(docs)]
        pool.append(SourceText(f"{base['doc_name']}#{n}", "", reprint(base["text"], rng)))
        n += 1
    began = time.perf_counter()
    groups = group_copies(pool)
    return {"sources": len(pool), "groups": len(groups),
            "seconds": round(time.perf_counter() - began, 2)}  # fmt: skip


def markdown(results: dict[str, Any]) -> Iterator[str]:
    """The results as Markdown tables."""
    yield f"## ECB+ articles vs gold event clusters ({results['articles']} articles)\n"
    yield "| setting | threshold | grouped pairs | precision | recall | F1 |"
    yield "| --- | ---: | ---: | ---: | ---: | ---: |"
    for row in results["event_clusters"]:
        yield (
            f"| {row['setting']} | {row['threshold']} | {row['pairs']} | "
            f"{_fmt(row['precision'])} | {_fmt(row['recall'])} | {_fmt(row['f1'])} |"
        )
    yield "\n## Planted reprints (light edits)\n"
    yield (
        "| setting | threshold | grouped pairs | precision | same-event precision | recall | F1"
        " | seconds |"
    )
    yield "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for p in results["planted"]:
        yield (
            f"| {p['setting']} | {p['threshold']} | {p['pairs']} | {_fmt(p['precision'])} | "
            f"{_fmt(p['same_event_precision'])} | {_fmt(p['recall'])} | {_fmt(p['f1'])} | "
            f"{p['seconds']} |"
        )
    if "scale" in results:
        s = results["scale"]
        yield f"\nScale: {s['sources']} sources grouped in {s['seconds']} s ({s['groups']} groups)"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _fmt(value: Any) -> str:
    return "–" if value is None else str(value)


def main(argv: list[str] | None = None) -> int:
    """Run the copy benchmarks and print Markdown tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="ECB+ articles to use")
    parser.add_argument("--scale", type=int, help="also time grouping a pool of this size")
    parser.add_argument("--json-out", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    if not ECBPLUS.exists():
        print(f"evaluation data not found: {ECBPLUS}", file=sys.stderr)
        return 1
    docs = load(args.limit)
    results: dict[str, Any] = {
        "articles": len(docs),
        "event_clusters": event_clusters(docs),
        "planted": planted(docs),
    }
    if args.scale:
        results["scale"] = scale(docs, args.scale)
    print("\n".join(markdown(results)))
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
