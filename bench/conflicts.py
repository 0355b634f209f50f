"""Score conflict detection on FEVER-Symmetric and on conflicts planted in ECB+ articles.

FEVER-Symmetric (../shared/eval/fever-symmetric): each claim and its evidence sentence are
added as two sources; a REFUTES pair should yield a conflict citing both, a SUPPORTS pair
none. Precision and recall over pairs, and per detected type the share that is REFUTES.

Planted (../shared/eval/ecbplus): for an article, a second source is made from it with one
thing changed -- a date, a figure, an actor, or a negation inserted -- and put beside the
untouched articles of the same event cluster (the controls). A planted conflict is found when
a conflict of the planted type cites the changed sentence in both the article and its copy.
Against precision count every conflict among the untouched articles (scored once per
cluster, with the original), a planted change reported as another type, and any conflict
between the article and its copy away from the change.

Scale (`--scale N`): N pages -- the ECB+ articles and light-edit reprints of them -- read
into claims, grouped into copies, and checked for claims and conflicts as a whole desk.

    PYTHONPATH=src python bench/conflicts.py [--limit N] [--scale N] [--json-out PATH]
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sourcedesk.research.claim_values import event_dates
from sourcedesk.research.claims import ClaimMention, SourceText, cluster_claims, extract_claims
from sourcedesk.research.conflicts import find_conflicts
from sourcedesk.research.copies import group_copies
from sourcedesk.research.figure_pairs import worded_apart

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO.parent / "shared" / "eval"
FEVER = EVAL / "fever-symmetric" / "fever_symmetric_dev.jsonl"
ECBPLUS = EVAL / "ecbplus" / "docs.jsonl"
TYPES = ("date", "figure", "list", "negation")
SEED = 13
PROSE_MIN_WORDS = 6  # lower-case words a line needs to be a sentence rather than a dateline
MONTHS = tuple(calendar.month_name)[1:]
NAMES = ("Marta Lindqvist", "Tobias Erlander", "Ines Okafor", "Rafael Quintero", "Hana Sato")
AUXILIARIES = re.compile(r"\b(is|was|were|are|has|have|had|will|would|can|could)\b(?! not)")
FIGURE = re.compile(r"(?<![\w.,:/-])(\d{1,3}(?:,\d{3})+|\d+)(?=\s+[a-z])")
PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "``": '"', "''": '"'}


# -- FEVER -------------------------------------------------------------------------------------


def detokenise(text: str) -> str:
    """FEVER's tokenised Wikipedia text back to ordinary spacing."""
    for token, char in PTB.items():
        text = text.replace(token, char)
    text = re.sub(r"\s+([.,;:!?%)\]'])", r"\1", text)
    text = re.sub(r"([(\[$])\s+", r"\1", text)
    return re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d)\b", r"\1", text).strip()


def source(sid: str, text: str, title: str = "") -> SourceText:
    """A source with its sentences split by the desk's splitter."""
    from sourcedesk.index.sentences import split_sentences

    return SourceText(sid, title, text, sentences=tuple(split_sentences(text)), origin=sid)


def fever(limit: int | None) -> dict[str, Any]:
    """Conflict detection on claim/evidence pairs."""
    rows = [json.loads(line) for line in FEVER.open(encoding="utf-8")][:limit]
    found: Counter[str] = Counter()
    refutes: Counter[str] = Counter()
    tp = fp = 0
    for row in rows:
        claim = source("claim", detokenise(row["claim"]))
        evidence = source("evidence", detokenise(row["evidence"]))
        mentions = extract_claims(claim) + extract_claims(evidence)
        kinds = {c["type"] for c in find_conflicts(mentions) if _cites(c, "claim", "evidence")}
        kinds.discard("differing_figures")
        gold = row["gold_label"] == "REFUTES"
        for kind in kinds:
            found[kind] += 1
            refutes[kind] += gold
        if kinds:
            tp += gold
            fp += not gold
    positives = sum(r["gold_label"] == "REFUTES" for r in rows)
    return {
        "pairs": len(rows),
        "refutes": positives,
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, positives),
        "by_type": {
            k: {"found": found[k], "precision": _ratio(refutes[k], found[k])} for k in TYPES
        },
    }


def _cites(conflict: dict[str, Any], *source_ids: str) -> bool:
    cited = {c["source_id"] for side in conflict["sides"] for c in side["citations"]}
    return set(source_ids) <= cited


# -- planted conflicts -------------------------------------------------------------------------


def plant_date(text: str, rng: random.Random) -> tuple[str, int, int] | None:
    """The text with one written date in a sentence (not a dateline) moved: month + 4 or
    year - 3; the changed span."""
    written = [
        d for d in event_dates(text) if re.search(r"\d", d.text) and _in_prose(text, d.start)
    ]
    for mention in _shuffled(written, rng):
        old = mention.text
        month = next((m for m in MONTHS if m in old), None)
        if month:
            new = old.replace(month, MONTHS[(MONTHS.index(month) + 4) % 12])
        elif re.fullmatch(r"\d{4}", old):
            new = str(int(old) - 3)
        else:
            continue
        return _swap(text, mention.start, mention.end, new)
    return None


def plant_figure(text: str, rng: random.Random) -> tuple[str, int, int] | None:
    """The text with one counted figure ("120 people", "3,000 homes") changed."""
    dated = [(d.start, d.end) for d in event_dates(text)]
    figures = [m for m in FIGURE.finditer(text) if not any(s <= m.start() < e for s, e in dated)]
    for m in _shuffled(figures, rng):
        before = text[max(0, m.start() - 3) : m.start()]
        if re.search(r"[\d:/]|[A-Z][a-z]* $", before) or re.match(
            r"\s*(?:[ap]\. ?m|[ap]m)\b", text[m.end() :]
        ):
            continue  # part of a name ("Interstate 75"), a time, a date or a longer number
        value = int(m.group(1).replace(",", ""))
        if 1800 <= value <= 2100:
            continue  # a year the tagger missed, not a count
        new = value * 3 + 7
        return _swap(text, m.start(1), m.end(1), f"{new:,}" if "," in m.group(1) else str(new))
    return None


def plant_actor(text: str, rng: random.Random) -> tuple[str, int, int] | None:
    """The text with one person's full name replaced by another name."""
    names = list(re.finditer(r"(?<=[a-z,] )[A-Z][a-z]+ [A-Z][a-z]+(?= [a-z])", text))
    for m in _shuffled(names, rng):
        replacement = rng.choice([n for n in NAMES if n != m.group()])
        return _swap(text, m.start(), m.end(), replacement)
    return None


def plant_negation(text: str, rng: random.Random) -> tuple[str, int, int] | None:
    """The text with "not" inserted after one auxiliary verb."""
    for m in _shuffled(list(AUXILIARIES.finditer(text)), rng):
        line = text[text.rfind("\n", 0, m.start()) + 1 : text.find("\n", m.end())]
        if " not " in line or "n't" in line or "never" in line:
            continue
        return _swap(text, m.start(), m.end(), m.group() + " not")
    return None


PLANTERS: dict[str, Callable[[str, random.Random], tuple[str, int, int] | None]] = {
    "date": plant_date,
    "figure": plant_figure,
    "list": plant_actor,
    "negation": plant_negation,
}


def _a_count(text: str, start: int, end: int) -> bool:
    """Whether a number counts something, rather than being part of a name ("Interstate 75"),
    a time ("7: 35 am"), a date ("9 / 11") or a longer number ("31, 000")."""
    before = text[max(0, start - 20) : start]
    if re.search(r"[\d:/,]\s*$", before) or re.search(r"\b[A-Z][\w.]*\s$", before):
        return False
    return not re.match(r"\s*(?:[ap]\.\s?m\b|[ap]m\b|:|/)", text[end:])


def _in_prose(text: str, position: int) -> bool:
    """Whether a position is in a line of running text, not a dateline or a heading."""
    line = text[
        text.rfind("\n", 0, position) + 1 : (text.find("\n", position) + 1 or len(text) + 1) - 1
    ]
    return len(re.findall(r"[a-z]{2,}", line)) >= PROSE_MIN_WORDS


def _swap(text: str, start: int, end: int, new: str) -> tuple[str, int, int]:
    return text[:start] + new + text[end:], start, start + len(new)


def _shuffled(items: list[Any], rng: random.Random) -> list[Any]:
    items = list(items)
    rng.shuffle(items)
    return items


def planted(limit: int | None) -> dict[str, Any]:
    """Recall of planted conflicts and precision over everything reported."""
    clusters: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in ECBPLUS.open(encoding="utf-8"):
        doc = json.loads(line)
        clusters[doc["cluster"]].append(doc)
    rng = random.Random(SEED)
    planted_n: Counter[str] = Counter()
    detected: Counter[str] = Counter()
    reported: Counter[str] = Counter()
    control_conflicts: Counter[str] = Counter()
    examples: list[dict[str, Any]] = []
    control_differing = worded_apart_n = 0
    budget = limit if limit is not None else sum(len(d) for d in clusters.values())
    for name in sorted(clusters):
        docs = clusters[name][: max(0, budget)]
        budget -= len(docs)
        if not docs:
            break
        sources = [source(d["doc_name"], d["text"]) for d in clusters[name]]
        mentions = {s.id: extract_claims(s) for s in sources}
        groups = group_copies(sources)
        worded_apart_n += len(worded_apart(_all(mentions), groups))
        for conflict in find_conflicts(_all(mentions), groups):
            if conflict["type"] == "differing_figures":
                control_differing += 1
            else:
                control_conflicts[conflict["type"]] += 1
                reported[conflict["type"]] += 1
                if len(examples) < 10:
                    examples.append(_example(conflict))
        for doc, kind in ((d, k) for d in docs for k in TYPES):
            result = _trial(doc, kind, sources, mentions, rng)
            if result is None:
                continue
            planted_n[kind] += 1
            hit, others = result
            detected[kind] += hit
            reported[kind] += hit
            for other in others:
                reported[other] += 1
    return {
        "by_type": {
            k: {
                "planted": planted_n[k],
                "found": detected[k],
                "reported": reported[k],
                "precision": _ratio(detected[k], reported[k]),
                "recall": _ratio(detected[k], planted_n[k]),
                "control_conflicts": control_conflicts[k],
            }
            for k in TYPES
        },
        "examples_of_control_conflicts": examples,
        "control_differing_figures": control_differing,
        "control_worded_apart": worded_apart_n,
    }


def _trial(
    doc: dict[str, Any],
    kind: str,
    sources: list[SourceText],
    mentions: dict[str, list[ClaimMention]],
    rng: random.Random,
) -> tuple[bool, list[str]] | None:
    """Plant one change in a copy of `doc`; (found, types of the other conflicts on the copy)."""
    change = PLANTERS[kind](doc["text"], rng)
    if change is None:
        return None
    text, start, end = change
    copy = source(doc["doc_name"] + "#copy", text)
    copy_mentions = extract_claims(copy)
    everything = [*sources, copy]
    conflicts = find_conflicts(_all(mentions) + copy_mentions, group_copies(everything))
    hit = False
    others = []
    for conflict in conflicts:
        if not _cites(conflict, copy.id) or conflict["type"] == "differing_figures":
            continue
        on_plant = _covers(conflict, copy.id, start, end)
        with_original = _cites(conflict, doc["doc_name"])
        if on_plant and conflict["type"] == kind and with_original and not hit:
            hit = True
        elif _only(conflict, copy.id, doc["doc_name"]):
            others.append(conflict["type"])  # another type, or where nothing was changed
    return hit, others


def _only(conflict: dict[str, Any], *source_ids: str) -> bool:
    cited = {c["source_id"] for side in conflict["sides"] for c in side["citations"]}
    return cited <= set(source_ids)


def _covers(conflict: dict[str, Any], sid: str, start: int, end: int) -> bool:
    return any(
        c["source_id"] == sid and c["start"] <= start and end <= c["end"]
        for side in conflict["sides"]
        for c in side["citations"]
    )


def _all(mentions: dict[str, list[ClaimMention]]) -> list[ClaimMention]:
    return [m for ms in mentions.values() for m in ms]


def _example(conflict: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": conflict["type"],
        "sides": [
            (s["value"], s["citations"][0]["source_id"], s["text"][:160]) for s in conflict["sides"]
        ],
    }


# -- scale -------------------------------------------------------------------------------------


def scale(size: int) -> dict[str, Any]:
    """Seconds for each stage over a desk of `size` pages (articles and their reprints)."""
    docs = [json.loads(line) for line in ECBPLUS.open(encoding="utf-8")]
    rng = random.Random(SEED)
    pages = [source(d["doc_name"], d["text"]) for d in docs][:size]
    while len(pages) < size:
        doc = docs[len(pages) % len(docs)]
        words = doc["text"].split(" ")
        for _ in range(3):
            words[rng.randrange(len(words))] = rng.choice(["said", "the", "local"])
        pages.append(source(f"{doc['doc_name']}#{len(pages)}", " ".join(words)))
    timings: dict[str, Any] = {"pages": size}
    began = time.perf_counter()
    mentions = [m for page in pages for m in extract_claims(page)]
    timings["extract_s"] = round(time.perf_counter() - began, 1)
    began = time.perf_counter()
    groups = group_copies(pages)
    timings["copies_s"] = round(time.perf_counter() - began, 1)
    began = time.perf_counter()
    conflicts = find_conflicts(mentions, groups)
    timings["conflicts_s"] = round(time.perf_counter() - began, 1)
    began = time.perf_counter()
    claims = cluster_claims(mentions, groups)
    timings["claims_s"] = round(time.perf_counter() - began, 1)
    timings.update(mentions=len(mentions), conflicts=len(conflicts), claims=len(claims))
    return timings


# -- output ------------------------------------------------------------------------------------


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b else None


def _fmt(value: Any) -> str:
    return "–" if value is None else str(value)


def markdown(results: dict[str, Any]) -> Iterator[str]:
    """The results as Markdown tables."""
    f = results["fever"]
    yield f"## FEVER-Symmetric ({f['pairs']} pairs, {f['refutes']} REFUTES)\n"
    yield f"Any conflict: precision {_fmt(f['precision'])}, recall {_fmt(f['recall'])}\n"
    yield "| type | found | precision (share REFUTES) |"
    yield "| --- | ---: | ---: |"
    for kind, row in f["by_type"].items():
        yield f"| {kind} | {row['found']} | {_fmt(row['precision'])} |"
    p = results["planted"]
    yield "\n## Planted conflicts in ECB+ (controls: untouched articles of the cluster)\n"
    yield "| type | planted | found | reported | precision | recall | control conflicts |"
    yield "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
    for kind, row in p["by_type"].items():
        yield (
            f"| {kind} | {row['planted']} | {row['found']} | {row['reported']} | "
            f"{_fmt(row['precision'])} | {_fmt(row['recall'])} | {row['control_conflicts']} |"
        )
    yield (
        f"\nDiffering figures among the untouched articles (shown, not claimed as contradictions): "
        f"{p['control_differing_figures']}, of which {p['control_worded_apart']} worded apart "
        "(`figure_pairs`)."
    )
    if "scale" in results:
        yield "\n## Whole desk\n"
        yield "| " + " | ".join(results["scale"]) + " |"
        yield "|" + " ---: |" * len(results["scale"])
        yield "| " + " | ".join(str(v) for v in results["scale"].values()) + " |"
    yield f"\n{results['seconds']} s"


def main(argv: list[str] | None = None) -> int:
    """Run both benchmarks and print Markdown tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="FEVER pairs and ECB+ articles to use")
    parser.add_argument("--scale", type=int, help="also time a whole desk of this many pages")
    parser.add_argument("--json-out", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    if not FEVER.exists() or not ECBPLUS.exists():
        print(f"evaluation data not found under {EVAL}", file=sys.stderr)
        return 1
    began = time.perf_counter()
    results: dict[str, Any] = {"fever": fever(args.limit), "planted": planted(args.limit)}
    if args.scale:
        results["scale"] = scale(args.scale)
    results["seconds"] = round(time.perf_counter() - began, 1)
    print("\n".join(markdown(results)))
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
