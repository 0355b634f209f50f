"""Score the temporal tagger on MEANTIME (English) against a dateparser baseline.

Each document is tagged with its publication date (``dct``) as the anchor. Gold = its DATE
timexes. A gold expression is recalled when a predicted one overlaps it; value accuracy is
measured on the recalled ones; precision counts predictions that overlap a gold DATE, over
the part MEANTIME annotates (the title, the dateline and the first sentences: lines 0-5);
predictions overlapping a gold TIME, DURATION or SET are left out (another TIMEX3 type).
Values compare after dropping unspecified trailing parts (``200X`` = ``200``,
``2011-06-XX`` = ``2011-06``). The baseline's datetimes are cut to the gold's precision.

    python bench/dates.py [--limit N] [--json-out PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sourcedesk.research.dates import tag_dates  # noqa: E402

DOCS = REPO / ".." / "shared" / "eval" / "meantime" / "docs.jsonl"

Prediction = tuple[int, int, str]  # start, end, value
ANNOTATED_LINES = 6  # MEANTIME annotates timexes in the first six lines of each document only


def _same_value(predicted: str, gold: str) -> bool:
    """Whether two TIMEX3 values agree once unspecified trailing parts are dropped."""

    def trim(value: str) -> str:
        return re.sub(r"(?:-XX)+$|X+$", "", value)

    return trim(predicted) == trim(gold)


def _ours(text: str, dct: str | None) -> list[Prediction]:
    """The tagger's mentions."""
    return [(m.start, m.end, m.value) for m in tag_dates(text, dct, news=True)]


def _to_gold_precision(when: datetime, gold: str) -> str:
    """A datetime written at the precision of a gold value."""
    if re.fullmatch(r"\d{4}-W\d\d.*", gold):
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if re.fullmatch(r"\d{4}", gold):
        return f"{when.year:04d}"
    if re.fullmatch(r"\d{4}-\d\d", gold):
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()


def _baseline(text: str, dct: str | None) -> list[Prediction]:
    """dateparser.search.search_dates, relative to the publication date."""
    from dateparser.search import search_dates

    settings: dict = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if dct:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(dct)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["en"], settings=settings) or []
    out, cursor = [], 0
    for phrase, when in found:
        start = text.find(phrase, cursor)
        if start < 0:
            continue
        cursor = start + len(phrase)
        out.append((start, cursor, when.isoformat()))
    return out


def _line_offset(text: str, n: int) -> int:
    """The offset where line n starts (the text's length when it has fewer lines)."""
    offset = 0
    for _ in range(n):
        offset = text.find("\n", offset) + 1
        if offset == 0:
            return len(text)
    return offset


def _score(docs: list[dict], tagger: Callable[[str, str | None], list[Prediction]]) -> dict:
    """Recall, value accuracy and precision of one tagger over the documents."""
    gold_n = recalled = correct = predicted_n = predicted_ok = 0
    started = time.perf_counter()
    for doc in docs:
        predictions = tagger(doc["text"], doc["dct"])
        dates = [t for t in doc["timexes"] if t["type"] == "DATE"]
        others = [t for t in doc["timexes"] if t["type"] != "DATE"]
        for gold in dates:
            gold_n += 1
            hit = [p for p in predictions if p[0] < gold["end"] and gold["start"] < p[1]]
            if not hit:
                continue
            recalled += 1
            value = hit[0][2]
            if "T" in value and len(value) > 10 and tagger is _baseline:
                value = _to_gold_precision(datetime.fromisoformat(value), gold["value"])
            correct += _same_value(value, gold["value"])
        annotated_end = _line_offset(doc["text"], ANNOTATED_LINES)
        for start, end, _ in predictions:
            if start >= annotated_end or any(t["start"] < end and start < t["end"] for t in others):
                continue
            predicted_n += 1
            predicted_ok += any(t["start"] < end and start < t["end"] for t in dates)
    return {
        "gold": gold_n,
        "recall": recalled / gold_n if gold_n else 0.0,
        "value_accuracy": correct / recalled if recalled else 0.0,
        "precision": predicted_ok / predicted_n if predicted_n else 0.0,
        "predicted": predicted_n,
        "seconds": round(time.perf_counter() - started, 2),
    }


def main(argv: list[str] | None = None) -> int:
    """Run both taggers and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--json-out", type=Path, help="also write the scores as JSON")
    args = parser.parse_args(argv)
    if not DOCS.exists():
        print(f"{DOCS} not found", file=sys.stderr)
        return 1
    docs = [json.loads(line) for line in DOCS.read_text(encoding="utf-8").splitlines()]
    docs = docs[: args.limit] if args.limit else docs
    rows = {"sourcedesk.dates": _score(docs, _ours), "dateparser baseline": _score(docs, _baseline)}
    gold = rows["sourcedesk.dates"]["gold"]
    print(f"MEANTIME English, {len(docs)} documents, {gold} DATE timexes\n")
    print("| tagger | recall | value accuracy | precision | predicted | seconds |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, r in rows.items():
        print(
            f"| {name} | {r['recall']:.3f} | {r['value_accuracy']:.3f} | {r['precision']:.3f} "
            f"| {r['predicted']} | {r['seconds']} |"
        )
    if args.json_out:
        args.json_out.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
