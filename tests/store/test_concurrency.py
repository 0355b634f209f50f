"""Several processes write one desk while another reads it: every source ends whole or absent.

Each writer process opens its own store, adds its own sources (a transaction each) and removes
its first one; a reader process meanwhile checks that every source it sees has all its sentences
and that every passage it is given is the source's own text. Run on SQLite (one writer at a time,
others wait) and on a throwaway PostgreSQL cluster (writers truly concurrent).
"""

from __future__ import annotations

import multiprocessing
import queue
import time
from typing import Any

from sourcedesk.errors import DeskError
from tests.store.builders import source, story

WRITERS = 3
SOURCES_PER_WRITER = 4
SENTENCES = 40
DEADLINE_S = 90


def open_store(location: str) -> Any:
    """A store of the backend `location` names, on its own connection."""
    if location.startswith("postgresql://"):
        from sourcedesk.store.postgres import PostgresStore

        return PostgresStore(location)
    from sourcedesk.store.sqlite import SQLiteStore

    return SQLiteStore(location)


def marker(writer: int, n: int) -> str:
    """A word only source `n` of `writer` uses (letters only: every tokenizer keeps it whole)."""
    return f"Quarn{chr(97 + writer)}{chr(97 + n)}"


def source_id(writer: int, n: int) -> str:
    """The id of source `n` of `writer`."""
    return f"w{writer:02d}s{n:02d}00000000"[:12]


def write(location: str, writer: int, results: Any) -> None:
    """Add this writer's sources, reading between adds, then remove the first; report errors."""
    errors: list[tuple[str, str, str]] = []
    store = open_store(location)
    for n in range(SOURCES_PER_WRITER):
        seg = story(marker(writer, n), SENTENCES)
        try:
            title = f"Crossings of {marker(writer, n)}"  # readers search for its last word
            store.add_source(source(source_id(writer, n), seg, title=title), seg, [], [])
        except DeskError as exc:
            errors.append((source_id(writer, n), "DeskError", str(exc)))
        except Exception as exc:
            errors.append((source_id(writer, n), type(exc).__name__, str(exc)))
        errors += [("", "read", problem) for problem in check_reading(store)]
    try:
        store.delete_source(source_id(writer, 0))
    except Exception as exc:
        errors.append((source_id(writer, 0), type(exc).__name__, str(exc)))
    store.close()
    results.put(("writer", errors))


def read(location: str, done: Any, results: Any) -> None:
    """Read the desk over and over until the writers are done; report what was wrong."""
    store = open_store(location)
    problems: list[str] = []
    rounds = 0
    while not done.is_set() or rounds == 0:
        problems += check_reading(store)
        rounds += 1
    store.close()
    results.put(("reader", problems, rounds))


def check_reading(store: Any) -> list[str]:
    """Problems a reader would see now: a source with some of its sentences, a wrong passage."""
    problems = []
    for src in store.list_sources():
        found = store.search(f'"{src.title.split()[-1]}"', 2 * SENTENCES)
        rows = store.sentences(src.id)
        if store.get_source(src.id) is None:
            continue  # removed meanwhile: none of this has to hold any more
        if len(rows) != SENTENCES or len(found) != SENTENCES:
            problems.append(f"{src.id}: {len(rows)} sentences, {len(found)} found")
        problems += [
            f"{p.source_id}: wrong text at {p.start}"
            for p in found
            if p.text != src.text[p.start : p.end]
        ]
    return problems


def run_processes(location: str) -> tuple[list, list]:
    """Start the writers and the reader; the writers' reports and the reader's."""
    ctx = multiprocessing.get_context("spawn")
    results, done = ctx.Queue(), ctx.Event()
    reader = ctx.Process(target=read, args=(location, done, results))
    writers = [ctx.Process(target=write, args=(location, w, results)) for w in range(WRITERS)]
    for process in (reader, *writers):
        process.start()
    reports, deadline = [], time.monotonic() + DEADLINE_S
    while len(reports) < WRITERS + 1:
        if len(reports) == WRITERS:
            done.set()
        try:
            reports.append(results.get(timeout=max(0.1, deadline - time.monotonic())))
        except queue.Empty:
            break
    done.set()
    for process in (reader, *writers):
        process.join(timeout=10)
    return [r for r in reports if r[0] == "writer"], [r for r in reports if r[0] == "reader"]


def test_writers_and_a_reader_at_once_leave_every_source_whole(location: str) -> None:
    open_store(location).close()  # the schema exists before the processes race for it
    writers, readers = run_processes(location)
    assert len(writers) == WRITERS and len(readers) == 1, "a process did not report in time"
    errors = [e for _, reported in writers for e in reported]
    assert [e for e in errors if e[1] not in ("DeskError",)] == []
    failed = {sid for sid, _, _ in errors}
    assert all(location.rsplit("/", 1)[-1][:8] in message for _, _, message in errors)
    _, problems, rounds = readers[0]
    assert problems == [] and rounds >= 1
    store = open_store(location)
    expected = {
        source_id(w, n): marker(w, n)
        for w in range(WRITERS)
        for n in range(1, SOURCES_PER_WRITER)
        if source_id(w, n) not in failed
    }
    assert len(expected) >= WRITERS  # at least one source per writer got in
    assert {s.id for s in store.list_sources()} == set(expected)
    for sid, word in expected.items():
        text = store.get_source(sid).text
        assert len(store.sentences(sid)) == SENTENCES
        found = store.search(word, 2 * SENTENCES)
        assert len(found) == SENTENCES and all(text[p.start : p.end] == p.text for p in found)
    assert store.sentence_count() == SENTENCES * len(expected)
    for w in range(WRITERS):
        assert store.search(marker(w, 0), 5) == []
    store.close()
