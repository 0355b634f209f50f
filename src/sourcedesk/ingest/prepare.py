"""Read, clean and segment inputs, in worker processes when there are many.

Preparing a page (decode, sniff, extract, clean, segment) is pure CPU work with no database access,
so it runs in a process pool while the one writer (the `Desk`) commits finished pages in order.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from sourcedesk.errors import InputError
from sourcedesk.index.segment import assemble
from sourcedesk.ingest.read import STDIN, RawInput, load, read_document
from sourcedesk.records import Document, Segmented

# Below this many inputs a pool costs more to start than it saves.
PARALLEL_MIN_INPUTS = 8
CHUNKSIZE = 4


@dataclass(frozen=True)
class Prepared:
    """One input read and segmented, or the reason it could not be."""

    target: str
    origin: str
    doc: Document | None = None
    seg: Segmented | None = None
    error: str | None = None


def prepare_raw(target: str, raw: RawInput) -> Prepared:
    """Read and segment bytes already loaded."""
    try:
        doc = read_document(raw)
    except InputError as exc:
        return Prepared(target, raw.origin, error=exc.reason)
    return Prepared(target, raw.origin, doc, assemble(doc))


def prepare(target: str) -> Prepared:
    """Load, read and segment one input named by a path or URL."""
    try:
        raw = load(target)
    except InputError as exc:
        return Prepared(target, target, error=exc.reason)
    return prepare_raw(target, raw)


def worker_count(setting: str | int | None = None) -> int:
    """Worker processes to use: the setting, or one per core (0 or unset)."""
    wanted = int(setting or 0)
    return wanted if wanted > 0 else os.cpu_count() or 1


def prepare_all(targets: list[str], workers: int) -> Iterator[Prepared]:
    """Prepared inputs in the order given; a process pool when it pays off."""
    parallel = [t for t in targets if t != STDIN]
    if workers <= 1 or len(parallel) < PARALLEL_MIN_INPUTS:
        yield from (prepare(t) for t in targets)
        return
    stdin_first = [prepare(t) for t in targets if t == STDIN]  # stdin belongs to this process
    yield from stdin_first
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(prepare, parallel, chunksize=CHUNKSIZE)
