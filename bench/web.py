"""Load the web desk: concurrent clients asking questions over HTTP on loopback.

1. Corpus: an invented topic generated deterministically (seeded RNG): towns, people, bodies,
   dated events, figures; `--sentences` sentences (default 100k) in Markdown pages of
   SENTENCES_PER_PAGE sentences, added through `Desk.add_bytes`. The desk is cached under the
   system temp folder by corpus size, so a second run starts at once (`--rebuild` to redo it).
2. Server: `sourcedesk.interfaces.web.serve` in its own process on 127.0.0.1 (uvicorn, one
   process, the app's thread pool and desk pool), as `sourcedesk serve` runs it.
3. Clients: `--clients` asyncio clients, each with its own keep-alive connection and chat
   session (as the page does), POST /api/ask in a loop for `--seconds`; half the questions have
   an answer in the corpus, half are near misses. Errors are non-200 answers and exceptions.

    python bench/web.py [--sentences N] [--clients N] [--seconds S] [--rebuild] [--no-session]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sourcedesk.desk import Desk  # noqa: E402

SEED = 20240611
SENTENCES_PER_PAGE = 250
QUESTIONS = 400
SERVER_START_TIMEOUT_S = 60.0
SYLLABLES = ("ka", "lo", "mer", "vin", "tor", "sa", "bel", "dru", "fen", "ost", "ra", "lin",
             "gar", "mo", "ve", "thal", "cor", "nis", "pa", "zu")  # fmt: skip
ROLES = ("mayor", "treasurer", "harbour master", "chief engineer", "spokesperson", "director")
BODIES = ("council", "water board", "rail authority", "port company", "health trust", "museum")
ACTIONS = (
    ("opened", "a new bridge"), ("closed", "the old ferry line"), ("approved", "the budget"),
    ("rejected", "the tunnel plan"), ("repaired", "the sea wall"), ("sold", "the depot"),
)  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


def word(rng: random.Random, parts: int) -> str:
    """An invented proper name."""
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


@dataclass
class Fact:
    """One generated statement, and the question it answers."""

    sentence: str
    question: str


def make_fact(rng: random.Random) -> Fact:
    """A dated statement about an invented town, person and body."""
    town, person = word(rng, 3), f"{word(rng, 2)} {word(rng, 3)}"
    role, body = rng.choice(ROLES), rng.choice(BODIES)
    verb, thing = rng.choice(ACTIONS)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1950, 2024)
    figure = rng.randint(2, 900)
    kind = rng.randrange(3)
    if kind == 0:
        sentence = f"On {day} {month} {year}, the {body} of {town} {verb} {thing}, said {person}."
        question = f"When did the {body} of {town} say it {verb} {thing}?"
    elif kind == 1:
        sentence = (
            f"{person}, the {role} of the {town} {body}, said the work cost {figure} million."
        )
        question = f"Who is the {role} of the {town} {body}?"
    else:
        sentence = f"In {year}, {town} {verb} {thing} after {figure} residents signed a petition."
        question = f"Why did {town} decide it {verb} {thing}?"
    return Fact(sentence, question)


def near_miss(rng: random.Random) -> str:
    """A question about something the corpus never mentions."""
    return f"Who won the {rng.randint(1900, 2030)} chess final in {word(rng, 4)}?"


def corpus(sentences: int) -> tuple[list[bytes], list[str]]:
    """Markdown pages holding about `sentences` sentences, and the questions to ask of them."""
    rng = random.Random(SEED)
    pages, answerable = [], []
    for n in range(0, sentences, SENTENCES_PER_PAGE):
        facts = [make_fact(rng) for _ in range(min(SENTENCES_PER_PAGE, sentences - n))]
        answerable.append(facts[0].question)
        paragraphs = [
            " ".join(f.sentence for f in facts[i : i + 5]) for i in range(0, len(facts), 5)
        ]
        title = f"# {word(rng, 3)} {rng.choice(BODIES)} report {n // SENTENCES_PER_PAGE}"
        pages.append(("\n\n".join([title, *paragraphs]) + "\n").encode())
    questions = [
        q
        for pair in zip(answerable, [near_miss(rng) for _ in answerable], strict=True)
        for q in pair
    ]
    return pages, questions[:QUESTIONS]


def build_desk(path: Path, sentences: int, rebuild: bool) -> tuple[int, float]:
    """The desk of the generated corpus (cached); its sentence count and build seconds."""
    if rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    with Desk(path) as desk:
        if not desk.sources():
            pages, _ = corpus(sentences)
            for i, page in enumerate(pages):
                desk.add_bytes(f"bench-{i:04d}.md", page)
        count = desk.store.sentence_count()
    return count, time.perf_counter() - started


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(desk: Path, port: int) -> subprocess.Popen[bytes]:
    """`serve` in its own process, waited for until it answers."""
    code = f"from sourcedesk.interfaces.web import serve; serve({str(desk)!r}, '127.0.0.1', {port})"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    server = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/static/desk.css", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the web desk did not start")


@dataclass
class Tally:
    """What the clients saw."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    abstained: int = 0


async def client(
    base: str, n: int, questions: list[str], deadline: float, session: bool, tally: Tally
) -> None:
    """Ask questions in turn until the deadline, timing each."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        i = n * 7
        while time.monotonic() < deadline:
            body = {"question": questions[i % len(questions)]}
            if session:
                body["session"] = f"bench-{n}"
            started = time.perf_counter()
            try:
                response = await http.post("/api/ask", json=body)
                if response.status_code != 200:
                    tally.errors.append(f"HTTP {response.status_code}: {response.text[:80]}")
                else:
                    tally.latencies.append(time.perf_counter() - started)
                    tally.abstained += bool(response.json()["abstained"])
            except httpx.HTTPError as exc:
                tally.errors.append(f"{exc.__class__.__name__}: {exc}")
            i += 1


async def load(
    base: str, questions: list[str], clients: int, seconds: float, session: bool
) -> Tally:
    """Run the clients together for `seconds`."""
    tally = Tally()
    deadline = time.monotonic() + seconds
    await asyncio.gather(
        *(client(base, n, questions, deadline, session, tally) for n in range(clients))
    )
    return tally


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of values, in milliseconds."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(
    args: argparse.Namespace, sentences: int, build_s: float, tally: Tally, took: float
) -> None:
    """Print the Markdown table."""
    ok = len(tally.latencies)
    rows = [
        ("sentences in the desk", f"{sentences:,}"),
        ("desk build (cached when 0-ish)", f"{build_s:.1f} s"),
        ("clients × seconds", f"{args.clients} × {args.seconds:.0f} s"),
        ("sessions", "one per client" if args.session else "none"),
        ("answers", f"{ok:,} ({tally.abstained:,} abstained)"),
        ("throughput", f"{ok / took:.1f} answers/s"),
        ("latency p50", f"{percentile(tally.latencies, 0.50):.0f} ms"),
        ("latency p95", f"{percentile(tally.latencies, 0.95):.0f} ms"),
        ("latency p99", f"{percentile(tally.latencies, 0.99):.0f} ms"),
        ("latency mean", f"{1000 * statistics.fmean(tally.latencies or [float('nan')]):.0f} ms"),
        ("errors", f"{len(tally.errors)}"),
        ("cores", f"{os.cpu_count()}"),
    ]
    print("| web desk under load (loopback) | value |\n| --- | --- |")
    for name, value in rows:
        print(f"| {name} | {value} |")
    for error in sorted(set(tally.errors))[:5]:
        print(f"\nerror: {error}")


def main() -> None:
    """Build (or reuse) the desk, serve it, load it, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--desk", type=Path, help="where to keep the generated desk")
    parser.add_argument("--rebuild", action="store_true", help="regenerate the desk")
    parser.add_argument("--no-session", dest="session", action="store_false")
    args = parser.parse_args()
    desk = (
        args.desk or Path(tempfile.gettempdir()) / f"sourcedesk-bench-web-{args.sentences}.sqlite"
    )
    sentences, build_s = build_desk(desk, args.sentences, args.rebuild)
    _, questions = corpus(args.sentences)
    port = free_port()
    server = start_server(desk, port)
    base = f"http://127.0.0.1:{port}"
    try:
        httpx.post(f"{base}/api/ask", json={"question": questions[0]}, timeout=120)  # warm up
        started = time.monotonic()
        tally = asyncio.run(load(base, questions, args.clients, args.seconds, args.session))
        took = time.monotonic() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    report(args, sentences, build_s, tally, took)
    sys.exit(1 if tally.errors else 0)


if __name__ == "__main__":
    main()
