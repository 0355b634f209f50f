"""Scale and speed of a desk on a generated corpus, beside the reference engines it wraps.

1. Corpus: ``corpus.generate(pages, seed)`` written to a temporary folder (or ``--corpus DIR``).
2. Ingest, in a fresh subprocess per backend (so its memory is its own): ``Desk.add`` of the
   HTML pages, then of the text captures; pages/s and MB/s of input for each; peak memory as
   ``getrusage`` maxrss of the process (and of its children) and as the sampled RSS of the
   whole process tree (what a worker pool would add up to).
3. Size: the desk on disk (SQLite file with its WAL; PostgreSQL database minus its empty size)
   against the UTF-8 size of the clean text it holds.
4. Ask: the desk opened once in this process; one warm-up question (timed on its own: the first
   ask reads alias definitions), then `--questions` generated questions, p50/p95 latency, share
   answered with the expected string and share of unanswerable ones abstained. Each question's
   raw searches (5.) run right after its ask, so both see the same machine load.
5. Reference engines on the same data: ``trafilatura.extract`` single-process over the same
   HTML pages (timed just before each backend's ingest, so both see the same machine load), and
   ``store.search`` with a plain OR query of each question's words (the raw FTS5 ``bm25()``
   query; tsvector/GIN on PostgreSQL), once with the content words (the target's reference)
   and once with every word, stop words too. Our figures are printed as ratios to them.
6. ``timeline`` and ``conflicts`` on the whole desk, each in a subprocess with a time limit.
7. Cold start: wall time of ``sourcedesk --help`` and ``sourcedesk ask`` (median of 3 runs;
   the console entry point run by this Python, without a shell wrapper).

    python bench/scale.py --pages 1000 [--backend sqlite|postgres|both --pg-url URL]
        [--questions 1000] [--corpus DIR] [--json-out PATH] [--profile DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "bench"), str(REPO)]

import corpus  # noqa: E402
from sourcedesk.answer.lexicon import STOPWORDS  # noqa: E402
from sourcedesk.answer.retrieve import CANDIDATES  # noqa: E402
from sourcedesk.desk import Desk  # noqa: E402

RESEARCH_TIMEOUT_S = 300
COLD_RUNS = 3
RSS_SAMPLE_S = 0.05
ALL_WORDS_QUESTIONS = 100  # the every-word raw search is slow on big desks: first N questions
REF_MAX_PAGES = 2000  # trafilatura reference: at most this many HTML pages, evenly spread
CLI_MAIN = "from sourcedesk.interfaces.cli import main; main()"
PROFILE_TOP = 20
KEEP_DESK_HELP = (
    "SQLite: build the desk here and keep it; reuse it if it exists "
    "(ingest figures are then those of the run that built it)"
)
SOURCE_ENV = "SOURCEDESK_BENCH_SOURCE"  # names the code measured when it is not a git checkout


# -- corpus -------------------------------------------------------------------------------------


def corpus_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """The HTML pages and text captures under a corpus folder, in page order."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    return [p for p in files if p.suffix == ".html"], [p for p in files if p.suffix == ".txt"]


def ensure_corpus(args: argparse.Namespace, tmp: Path) -> tuple[Path, dict[str, Any]]:
    """The corpus folder: the one given, or a fresh one generated (timed)."""
    if args.corpus and any(args.corpus.rglob("*.html")):
        return args.corpus, {"generated_s": None}
    folder = args.corpus or tmp / "corpus"
    started = time.perf_counter()
    files, size = corpus.write(args.pages, args.seed, folder)
    took = time.perf_counter() - started
    return folder, {"generated_s": round(took, 2), "files": files, "bytes": size}


def source_state() -> str:
    """The commit measured (with "+changes" when the working tree differs), or "unknown"."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "src"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return os.environ.get(SOURCE_ENV, "unknown")
    return commit + ("+changes" if dirty else "")  # fmt: skip


def _mb(paths: list[Path]) -> float:
    return sum(p.stat().st_size for p in paths) / 1e6


# -- ingest (subprocess) ------------------------------------------------------------------------


def ingest_worker(
    location: str, list_file: Path, profile: Path | None, workers: int | None
) -> dict[str, Any]:
    """Add the listed HTML then text pages to a desk; times, statuses and maxrss (in a child)."""
    lists = json.loads(list_file.read_text())
    if profile:
        workers = 1  # so the profile sees reading and cleaning, not a wait on the pool
    out: dict[str, Any] = {}
    profiler = _profiler(profile)
    with Desk(location) as desk:
        for label in ("html", "text"):
            started = time.perf_counter()
            results = desk.add(lists[label], workers=workers)
            out[label] = {
                "seconds": time.perf_counter() - started,
                "statuses": dict(Counter(r.status for r in results)),
                "errors": [f"{r.origin}: {r.error}" for r in results if r.error][:5],
            }
    if profiler:
        _dump_profile(profiler, profile, "ingest")
    out["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["children_maxrss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return out


def _profiler(profile: Path | None) -> Any:
    if not profile:
        return None
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()
    return profiler


def _dump_profile(profiler: Any, folder: Path | None, name: str) -> None:
    import pstats

    profiler.disable()
    assert folder is not None
    folder.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(folder / f"{name}.prof")
    with open(folder / f"{name}.txt", "w") as fh:
        stats = pstats.Stats(profiler, stream=fh).sort_stats("tottime")
        stats.print_stats(PROFILE_TOP)
        stats.sort_stats("cumulative").print_stats(PROFILE_TOP)


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) * 1024  # type: ignore[union-attr]
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError):
            continue
    return total


def run_worker(args: list[str], timeout: float | None = None) -> tuple[dict | None, int]:
    """Run this script as a worker; its JSON result (None on timeout) and its peak tree RSS."""
    command = [sys.executable, str(Path(__file__).resolve()), *args]
    # its own process group, so a cut-off also ends the worker processes it started
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, start_new_session=True)
    peak, started = 0, time.monotonic()
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        if timeout and time.monotonic() - started > timeout:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return None, peak
        time.sleep(RSS_SAMPLE_S)
    output = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise SystemExit(f"worker {args[:2]} failed with status {proc.returncode}")
    return json.loads(output.strip().splitlines()[-1]), peak


def measure_ingest(
    location: str, files: tuple[list[Path], list[Path]], tmp: Path, args: argparse.Namespace,
    profile: Path | None,
) -> dict[str, Any]:  # fmt: skip
    """Ingest figures: pages/s and MB/s per format, memory peaks."""
    html, text = files
    list_file = tmp / "files.json"
    list_file.write_text(json.dumps({"html": [str(p) for p in html],
                                     "text": [str(p) for p in text]}))  # fmt: skip
    extra = ["--profile", str(profile)] if profile else []
    extra += ["--workers", str(args.workers)] if args.workers else []
    result, peak = run_worker(["--worker", "ingest", "--desk", location,
                               "--files", str(list_file), *extra])  # fmt: skip
    assert result is not None
    for label, files in (("html", html), ("text", text)):
        part = result[label]
        part["pages"], part["mb"] = len(files), _mb(files)
        part["pages_per_s"] = len(files) / part["seconds"] if part["seconds"] else None
        part["mb_per_s"] = part["mb"] / part["seconds"] if part["seconds"] else None
    result["tree_peak_rss_mb"] = peak / 1048576
    return result


def _ingest_note(desk: Path) -> Path:
    return desk.with_name(desk.name + ".ingest.json")


def _note_ingest(desk: Path, figures: dict[str, Any]) -> None:
    """Keep a kept desk's ingest figures (and their trafilatura reference) beside it."""
    _ingest_note(desk).write_text(json.dumps(figures))


def kept_ingest(desk: Path) -> dict[str, Any]:
    """The ingest and trafilatura figures of the run that built a kept desk (marked reused)."""
    note = _ingest_note(desk)
    if not note.exists():
        raise SystemExit(f"{desk}: kept desk without {note.name}; remove it to build it again")
    figures = json.loads(note.read_text())
    if "ingest" not in figures:
        raise SystemExit(f"{note}: written by an older scale.py; remove the desk to build it again")
    figures["ingest"]["reused"] = True
    return figures


# -- size ---------------------------------------------------------------------------------------


def desk_bytes(location: str, empty: int = 0) -> int:
    """Bytes the desk takes: the SQLite file and its journal, or the database (minus empty)."""
    if location.startswith("postgresql://"):
        with Desk(location) as desk:
            size = desk.store.conn.execute("SELECT pg_database_size(current_database())")
            return int(size.fetchone()[0]) - empty
    path = Path(location)
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def clean_text_bytes(desk: Desk) -> int:
    """UTF-8 size of the clean text of every source."""
    if desk.location.startswith("postgresql://"):
        query = "SELECT coalesce(sum(octet_length(text)), 0) FROM sources"
    else:
        query = "SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM sources"
    return int(desk.store.conn.execute(query).fetchone()[0])


# -- ask and raw search -------------------------------------------------------------------------


def percentiles(samples: list[float]) -> dict[str, float]:
    """p50 and p95 (and mean) in milliseconds of samples in seconds."""
    if not samples:
        return {"p50_ms": 0.0, "p95_ms": 0.0, "mean_ms": 0.0}
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": statistics.median(ordered) * 1e3, "p95_ms": p95 * 1e3,
            "mean_ms": statistics.fmean(ordered) * 1e3}  # fmt: skip


def plain_or_query(question: str, content_only: bool = False) -> str:
    """The question's words as one FTS5 OR query (each quoted, so no word is an operator)."""
    words = dict.fromkeys(w.lower() for w in re.findall(r"\w+", question))
    kept = [w for w in words if not (content_only and w in STOPWORDS)] or list(words)
    return " OR ".join(f'"{w}"' for w in kept)


def _timed(call: Any, *args: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    value = call(*args)
    return value, time.perf_counter() - started


def measure_asks(desk: Desk, questions: list[corpus.Question], profile: Path | None) -> dict:
    """`Desk.ask` and the two raw searches, interleaved per question (so they share the load)."""
    _answer, first = _timed(desk.ask, questions[0].text)
    times: dict[str, list[float]] = {"ask": [], "raw_search": [], "raw_search_all_words": []}
    right = abstained = 0
    profiler = _profiler(profile)
    for n, question in enumerate(questions):
        answer, took = _timed(desk.ask, question.text)
        times["ask"].append(took)
        if question.expect:
            seen = " ".join([answer.answer or ""] + [c.quote for c in answer.citations[:1]])
            right += not answer.abstained and any(e in seen for e in question.expect)
        else:
            abstained += answer.abstained
        if profiler:
            continue  # the profile is of `ask` alone
        for key, content_only in (("raw_search", True), ("raw_search_all_words", False)):
            if not content_only and n >= ALL_WORDS_QUESTIONS:
                continue
            query = plain_or_query(question.text, content_only)
            times[key].append(_timed(desk.store.search, query, CANDIDATES)[1])
    if profiler:
        _dump_profile(profiler, profile, "ask")
    unanswerable = sum(1 for q in questions if not q.expect)
    ask = {**percentiles(times["ask"]), "first_ms": first * 1e3, "questions": len(questions),
           "answered_right": right / max(1, len(questions) - unanswerable),
           "unanswerable_abstained": abstained / max(1, unanswerable)}  # fmt: skip
    return {"ask": ask, "raw_search": percentiles(times["raw_search"]),
            "raw_search_all_words": percentiles(times["raw_search_all_words"])}  # fmt: skip


# -- research views and cold start --------------------------------------------------------------


def research_worker(location: str, view: str) -> dict[str, Any]:
    """Time one research view over the whole desk (run in a child)."""
    with Desk(location) as desk:
        started = time.perf_counter()
        items = getattr(desk, view)()
        return {"seconds": time.perf_counter() - started, "items": len(items)}


def measure_research(location: str, timeout: float) -> dict[str, Any]:
    """`timeline` and `conflicts` times, each in a subprocess cut off after `timeout` s."""
    out: dict[str, Any] = {}
    for view in ("timeline", "conflicts"):
        if timeout <= 0:
            out[view] = {"seconds": None, "skipped": True}
            continue
        result, peak = run_worker(["--worker", view, "--desk", location], timeout)
        out[view] = result or {"seconds": None, "timed_out_after_s": timeout}
        out[view]["peak_rss_mb"] = peak / 1048576
    return out


def measure_cold_start(location: str, question: str, runs: int) -> dict[str, float | None]:
    """Median wall time of `sourcedesk --help` and `sourcedesk ask` in fresh processes."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    commands = {
        "help_s": ["--help"],
        "ask_s": ["--desk", location, "ask", question],
    }
    out: dict[str, float | None] = {}
    for name, args in commands.items():
        if runs <= 0:
            out[name] = None
            continue
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", CLI_MAIN, *args], env=env, check=True,
                           capture_output=True)  # fmt: skip
            times.append(time.perf_counter() - started)
        out[name] = statistics.median(times)
    return out


def measure_trafilatura(html: list[Path], limit: int) -> dict[str, float]:
    """`trafilatura.extract` alone, single process, on the same HTML pages (our options)."""
    import trafilatura

    step = max(1, len(html) // max(1, limit))
    pages = [p.read_bytes() for p in html[::step][:limit]]
    if not pages:
        return {"pages": 0, "pages_per_s": 0.0, "mb_per_s": 0.0}
    options = {"with_metadata": True, "include_comments": False, "include_tables": True,
               "include_images": True}  # fmt: skip
    trafilatura.extract(pages[0], **options)  # warm-up: imports and caches
    started = time.perf_counter()
    for data in pages:
        trafilatura.extract(data, **options)
    took = time.perf_counter() - started
    mb = sum(len(d) for d in pages) / 1e6
    return {"pages": len(pages), "seconds": took, "pages_per_s": len(pages) / took,
            "mb_per_s": mb / took}  # fmt: skip


# -- backends -----------------------------------------------------------------------------------


@contextlib.contextmanager
def desk_location(
    backend: str, pg_url: str | None, tmp: Path, keep: Path | None = None
) -> Iterator[str]:
    """A fresh, empty desk for the backend: a SQLite file (at `keep` if given: it outlives the
    run, and a later run reuses it), or a new PostgreSQL database."""
    if backend == "sqlite":
        yield str(keep.resolve() if keep else tmp / "desk.sqlite")
        return
    from tests.pg import cluster, fresh_database, unavailable_reason

    if pg_url:
        yield fresh_database(pg_url, "sourcedesk_bench")
        return
    reason = unavailable_reason()
    if reason:
        raise RuntimeError(f"PostgreSQL unavailable: {reason}")
    with cluster() as url:
        yield fresh_database(url, "sourcedesk_bench")


def bench_backend(
    backend: str, args: argparse.Namespace, files: tuple[list[Path], list[Path]], tmp: Path,
    questions: list[corpus.Question],
) -> dict[str, Any]:  # fmt: skip
    """Every measurement on one fresh desk of one backend."""
    work = tmp / backend
    work.mkdir()
    with desk_location(backend, args.pg_url, work, args.keep_desk) as location:
        empty = desk_bytes(location) if backend == "postgres" else 0
        profile = args.profile / backend if args.profile else None
        if backend == "sqlite" and args.keep_desk and args.keep_desk.exists():
            out = kept_ingest(args.keep_desk)  # reused: ingest and its reference not measured
        else:
            out = {"trafilatura": measure_trafilatura(files[0], args.ref_pages)}
            out["ingest"] = measure_ingest(location, files, work, args, profile)
            if backend == "sqlite" and args.keep_desk:
                _note_ingest(args.keep_desk, out)
        on_disk = desk_bytes(location, empty)
        with Desk(location) as desk:
            clean = clean_text_bytes(desk)
            out["size"] = {"desk_mb": on_disk / 1e6, "clean_text_mb": clean / 1e6,
                           "ratio": on_disk / max(1, clean),
                           "sentences": desk.store.sentence_count()}  # fmt: skip
            out.update(measure_asks(desk, questions, profile))
        out["research"] = measure_research(location, args.research_timeout)
        out["cold_start"] = measure_cold_start(location, questions[0].text, args.cold_runs)
    return out


# -- report -------------------------------------------------------------------------------------

# (name, what, scale the issue sets it at, value from a backend's figures, bound, "min"/"max")
TARGETS: tuple[tuple[str, str, str, str, float, str], ...] = (
    ("html_vs_trafilatura", "HTML ingest pages/s ≥ 1.5× trafilatura.extract", "any", "x", 1.5,
     "min"),
    ("text_mb_per_s", "text captures ≥ 20 MB/s", "any", "MB/s", 20.0, "min"),
    ("ask_vs_fts_p95", "ask p95 ≤ 3× raw FTS p95", "1M sentences", "x", 3.0, "max"),
    ("ask_p95_ms", "ask p95 ≤ 50 ms", "1M sentences", "ms", 50.0, "max"),
    ("peak_memory_mb", "ingest peak memory ≤ 1 GB", "10k pages", "MB", 1024.0, "max"),
    ("disk_vs_clean", "desk on disk ≤ 2.5× clean text", "any", "x", 2.5, "max"),
    ("timeline_s", "timeline ≤ 2 s", "10k pages", "s", 2.0, "max"),
    ("conflicts_s", "conflicts ≤ 2 s", "10k pages", "s", 2.0, "max"),
)  # fmt: skip


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def target_values(figures: dict[str, Any]) -> dict[str, float | None]:
    """The value each target is judged on, from one backend's figures."""
    ingest, ask, research = figures["ingest"], figures["ask"], figures["research"]
    return {
        "html_vs_trafilatura": _ratio(ingest["html"]["pages_per_s"],
                                      figures["trafilatura"]["pages_per_s"]),
        "text_mb_per_s": ingest["text"]["mb_per_s"],
        "ask_vs_fts_p95": _ratio(ask["p95_ms"], figures["raw_search"]["p95_ms"]),
        "ask_p95_ms": ask["p95_ms"],
        "peak_memory_mb": max(ingest["maxrss_mb"], ingest["tree_peak_rss_mb"]),
        "disk_vs_clean": figures["size"]["ratio"],
        "timeline_s": _view_seconds(research["timeline"]),
        "conflicts_s": _view_seconds(research["conflicts"]),
    }  # fmt: skip


def _view_seconds(view: dict[str, Any]) -> float | None:
    """A view's time; when it was cut off, its time limit (a lower bound: see `_judge`)."""
    if view.get("skipped"):
        return None
    return view["seconds"] if view.get("seconds") is not None else view.get("timed_out_after_s")


LOWER_BOUNDS = {"timeline_s": "timeline", "conflicts_s": "conflicts"}


def _judge(value: float | None, bound: float, side: str, lower_bound: bool) -> bool | None:
    """Met, missed or unknown. A cut-off view's time is only a lower bound: it proves a
    "at most" target missed when it is already over, and proves nothing when it is under."""
    if value is None:
        return None
    if side == "min":
        return value >= bound
    if lower_bound and value <= bound:
        return None
    return value <= bound


def targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target per backend: the value measured and whether it is met (None: not measured)."""
    rows = []
    for backend, figures in result["backends"].items():
        values = target_values(figures)
        for name, what, scale, unit, bound, side in TARGETS:
            value = values[name]
            # a research view cut off by its time limit gives only a lower bound of its time
            cut_off = name in LOWER_BOUNDS and (
                figures["research"].get(LOWER_BOUNDS[name], {}).get("seconds") is None
            )
            met = _judge(value, bound, side, cut_off)
            rows.append({"backend": backend, "target": name, "what": what, "defined_at": scale,
                         "value": value, "unit": unit, "met": met,
                         "at_scale": at_scale(scale, result["config"]["pages"],
                                              figures["size"]["sentences"])})  # fmt: skip
    return rows


def at_scale(scale: str, pages: int, sentences: int) -> bool:
    """Whether a run is as large as the scale a target is set at ("any", "10k pages", ...)."""
    if scale == "any":
        return True
    number, unit = scale.split()
    needed = float(number[:-1]) * {"k": 1e3, "M": 1e6}[number[-1]]
    return (pages if unit == "pages" else sentences) >= needed


def _f(value: float | None, digits: int = 1, unit: str = "") -> str:
    return "—" if value is None else f"{value:,.{digits}f}{unit}"


def figure_rows(figures: dict[str, Any]) -> list[tuple[str, str]]:
    """(measure, figure) rows of the figures table for one backend."""
    ing, size, ask, raw = figures["ingest"], figures["size"], figures["ask"], figures["raw_search"]
    traf, every = figures["trafilatura"], figures["raw_search_all_words"]
    html_x = _ratio(ing["html"]["pages_per_s"], traf["pages_per_s"])
    research, cold = figures["research"], figures["cold_start"]
    return [
        ("trafilatura.extract alone, 1 process, pages/s (MB/s)",
         f"{_f(traf['pages_per_s'])} ({_f(traf['mb_per_s'], 2)})"),
        ("HTML ingest, pages/s (MB/s) [× trafilatura]" + (" (kept desk: built earlier)"
                                                           if ing.get("reused") else ""),
         f"{_f(ing['html']['pages_per_s'])} ({_f(ing['html']['mb_per_s'], 2)}) "
         f"[{_f(html_x, 2)}×]"),
        ("text ingest, pages/s (MB/s)",
         f"{_f(ing['text']['pages_per_s'])} ({_f(ing['text']['mb_per_s'], 2)})"),
        ("ingest maxrss / process tree peak, MB",
         f"{_f(ing['maxrss_mb'], 0)} / {_f(ing['tree_peak_rss_mb'], 0)}"),
        ("clean text, MB", _f(size["clean_text_mb"])),
        ("desk on disk, MB [× clean text]", f"{_f(size['desk_mb'])} [{_f(size['ratio'], 2)}×]"),
        ("sentences indexed", f"{size['sentences']:,}"),
        ("first ask, ms", _f(ask["first_ms"])),
        ("ask p50 / p95, ms", f"{_f(ask['p50_ms'])} / {_f(ask['p95_ms'])}"),
        ("raw search p50 / p95, ms: content words",
         f"{_f(raw['p50_ms'], 2)} / {_f(raw['p95_ms'], 2)}"),
        ("raw search p50 / p95, ms: every word",
         f"{_f(every['p50_ms'], 2)} / {_f(every['p95_ms'], 2)}"),
        ("ask ÷ raw search (content words), p50 / p95",
         f"{_f(_ratio(ask['p50_ms'], raw['p50_ms']), 1)}× / "
         f"{_f(_ratio(ask['p95_ms'], raw['p95_ms']), 1)}×"),
        ("answered right / unanswerable abstained",
         f"{ask['answered_right']:.0%} / {ask['unanswerable_abstained']:.0%}"),
        ("timeline, s", _research(research["timeline"])),
        ("conflicts, s", _research(research["conflicts"])),
        ("cold start `--help` / `ask`, s", f"{_f(cold['help_s'], 2)} / {_f(cold['ask_s'], 2)}"),
    ]  # fmt: skip


def _research(view: dict[str, Any]) -> str:
    if view.get("skipped"):
        return "not measured"
    if view.get("seconds") is None:
        return f"> {view['timed_out_after_s']:.0f} (cut off)"
    return f"{view['seconds']:.2f} ({view['items']} items)"


def markdown(result: dict[str, Any]) -> str:
    """The figures table (backends side by side) and the targets table."""
    backends = list(result["backends"])
    rows = {b: figure_rows(result["backends"][b]) for b in backends}
    cfg, corp = result["config"], result["corpus"]
    lines = [f"### {cfg['pages']:,} pages (seed {cfg['seed']}, source {cfg['source']}): "
             f"{corp['html_pages']:,} HTML "
             f"({corp['html_mb']:.1f} MB), {corp['text_pages']:,} text ({corp['text_mb']:.1f} MB),"
             f" {cfg['questions']} questions, {cfg['cpus']} CPUs, load "
             f"{cfg['load_average'][0]:.1f} at start", "",
             "| measure | " + " | ".join(backends) + " |",
             "|---" * (len(backends) + 1) + "|"]  # fmt: skip
    for i, (measure, _ours) in enumerate(rows[backends[0]]):
        lines.append(f"| {measure} | " + " | ".join(rows[b][i][1] for b in backends) + " |")
    lines += ["", "| target | set at | " + " | ".join(backends) + " |",
              "|---" * (len(backends) + 2) + "|"]  # fmt: skip
    by_target: dict[str, dict[str, dict]] = {}
    for row in result["targets"]:
        by_target.setdefault(row["what"], {})[row["backend"]] = row
    for what, per in by_target.items():
        cells = []
        for b in backends:
            row = per[b]
            mark = {True: "met", False: "NOT met", None: "not measured"}[row["met"]]
            if row["met"] is None and row["value"] is not None:
                mark = "unknown (cut off under the target)"
            if row["met"] and not row["at_scale"]:
                mark = "met at this size only"
            cells.append(f"{_f(row['value'], 2)} {row['unit']} — {mark}")
        scale = next(iter(per.values()))["defined_at"]
        lines.append(f"| {what} | {scale} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


# -- command line -------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line (a hidden --worker mode runs one measurement in a child process)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="sqlite")
    parser.add_argument("--pg-url", help="an existing server (a database is created in it)")
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, help="write (or reuse) the corpus here")
    parser.add_argument("--keep-desk", type=Path, help=KEEP_DESK_HELP)
    parser.add_argument("--json-out", type=Path)
    parser.add_argument("--profile", type=Path, help="cProfile ingest and ask; stats go here")
    parser.add_argument("--workers", type=int, help="ingest worker processes (default: desk's)")
    parser.add_argument("--ref-pages", type=int, default=REF_MAX_PAGES)
    parser.add_argument("--research-timeout", type=float, default=RESEARCH_TIMEOUT_S)
    parser.add_argument("--cold-runs", type=int, default=COLD_RUNS)
    parser.add_argument("--worker", choices=("ingest", "timeline", "conflicts"),
                        help=argparse.SUPPRESS)  # fmt: skip
    parser.add_argument("--desk", help=argparse.SUPPRESS)
    parser.add_argument("--files", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or one worker step) and print the tables."""
    args = parse_args(argv)
    if args.worker == "ingest":
        print(json.dumps(ingest_worker(args.desk, args.files, args.profile, args.workers)))
        return 0
    if args.worker:
        print(json.dumps(research_worker(args.desk, args.worker)))
        return 0
    backends = ("sqlite", "postgres") if args.backend == "both" else (args.backend,)
    with tempfile.TemporaryDirectory(prefix="sourcedesk-scale-") as name:
        tmp = Path(name)
        folder, generated = ensure_corpus(args, tmp)
        html, text = corpus_files(folder)
        questions = corpus.questions(args.pages, args.seed, args.questions)
        result: dict[str, Any] = {
            "config": {"pages": len(html) + len(text), "seed": args.seed,
                       "questions": len(questions), "cpus": os.cpu_count(),
                       "source": source_state(), "load_average": os.getloadavg()},
            "corpus": {**generated, "html_pages": len(html), "text_pages": len(text),
                       "html_mb": _mb(html), "text_mb": _mb(text)},
            "backends": {},
        }  # fmt: skip
        for backend in backends:
            print(f"-- {backend}: ingesting {len(html) + len(text)} pages", file=sys.stderr)
            result["backends"][backend] = bench_backend(backend, args, (html, text), tmp, questions)
    result["targets"] = targets(result)
    print(markdown(result))
    if args.json_out:
        args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
