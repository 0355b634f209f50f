"""Read, clean and segment inputs, in worker processes when there are many.

Preparing a page (decode, sniff, extract, clean, segment) is pure CPU work with no database access,
so it runs in a process pool while the one writer (the `Desk`) commits finished pages in order.
A prepared page carries its document without the blocks: the segmented text holds what the writer
stores, and the blocks would double what is pickled between processes (`Prepared`). Its
paragraphs and sentences travel as flat arrays of numbers, not as one pickled object each
(sending and receiving a page cost the worker and the writer more than storing it did).
"""

from __future__ import annotations

import multiprocessing
import os
from array import array
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import islice

from sourcedesk.answer.retrieve import alias_rows
from sourcedesk.errors import InputError
from sourcedesk.index.segment import assemble, count_words
from sourcedesk.ingest.read import STDIN, RawInput, is_url, load, read_document, reader_for
from sourcedesk.ingest.sniff import extension_hint
from sourcedesk.records import Document, Paragraph, Segmented, Sentence
from sourcedesk.workers import worker_pool

# Below this many inputs a pool costs more to start than it saves.
PARALLEL_MIN_INPUTS = 8
# Inputs a worker is sent at a time.
CHUNKSIZE = 4
# Chunks per worker sent ahead of the writer: enough to keep every worker busy while the writer
# commits, few enough that finished pages do not pile up in memory when the writer is slower.
CHUNKS_AHEAD_PER_WORKER = 4
# Numbers of a packed paragraph (start, end, section; its kind apart) and of a packed sentence.
PARAGRAPH_FIELDS = 3
SENTENCE_FIELDS = 3
ARRAY_TYPE = "q"  # 64-bit signed: offsets, indices and -1 (no section)


@dataclass(frozen=True)
class Prepared:
    """One input read and segmented, or the reason it could not be."""

    target: str
    origin: str
    doc: Document | None = None  # its metadata, references and cut lines; blocks left out
    seg: Segmented | None = None
    error: str | None = None
    words: int = 0  # words of the clean text
    names: tuple[tuple[str, str, str, str], ...] = ()  # aliases the text defines (alias_rows)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        """Pickled with its segments packed (`pack_segments`)."""
        packed = pack_segments(self.seg) if self.seg is not None else None
        fields = (self.target, self.origin, self.doc, packed, self.error, self.words, self.names)
        return (_unpickled, fields)


def _unpickled(
    target: str, origin: str, doc: Document | None, packed: tuple | None, *rest: object
) -> Prepared:
    seg = unpack_segments(packed) if packed is not None else None
    return Prepared(target, origin, doc, seg, *rest)  # type: ignore[arg-type]


def pack_segments(seg: Segmented) -> tuple:
    """A segmented text as its text, sections, paragraph kinds and two arrays of numbers."""
    paragraphs = array(ARRAY_TYPE)
    for p in seg.paragraphs:
        paragraphs.extend((p.start, p.end, p.section))
    sentences = array(ARRAY_TYPE)
    for s in seg.sentences:
        sentences.extend((s.start, s.end, s.paragraph))
    return (seg.text, seg.sections, tuple(p.kind for p in seg.paragraphs), paragraphs, sentences)


def unpack_segments(packed: tuple) -> Segmented:
    """The `Segmented` that `pack_segments` packed (equal to the original)."""
    text, sections, kinds, paragraphs, sentences = packed
    n, m = PARAGRAPH_FIELDS, SENTENCE_FIELDS
    return Segmented(
        text, sections,
        tuple(map(Paragraph, kinds, paragraphs[0::n], paragraphs[1::n], paragraphs[2::n])),
        tuple(map(Sentence, sentences[0::m], sentences[1::m], sentences[2::m])),
    )  # fmt: skip


def prepare_raw(target: str, raw: RawInput) -> Prepared:
    """Read and segment bytes already loaded."""
    try:
        doc = read_document(raw)
    except InputError as exc:
        return Prepared(target, raw.origin, error=exc.reason)
    seg = assemble(doc)
    return Prepared(
        target, raw.origin, replace(doc, blocks=()), seg,
        words=count_words(seg.text), names=tuple(alias_rows(seg.text)),
    )  # fmt: skip


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


def prepare_all(targets: list[str], workers: int, batch: int = 1) -> Iterator[Prepared]:
    """Prepared inputs in the order given; a process pool when it pays off.

    `batch` is how many pages the caller takes before it stops to store them (its write
    group): that many more are sent ahead, so the workers keep preparing while it writes.
    """
    parallel = [t for t in targets if t != STDIN]
    if workers <= 1 or len(parallel) < PARALLEL_MIN_INPUTS:
        yield from (prepare(t) for t in targets)
        return
    stdin = [prepare(t) for t in targets if t == STDIN]  # stdin belongs to this process
    preload_readers(parallel)
    ahead = workers * CHUNKS_AHEAD_PER_WORKER + -(-batch // CHUNKSIZE)
    with worker_pool(workers) as pool:
        pooled = _prepared_in_order(pool, parallel, ahead)
        for target in targets:
            yield stdin.pop(0) if target == STDIN else next(pooled)


def preload_readers(targets: list[str]) -> None:
    """Import the readers the targets' names suggest, before worker processes are forked.

    Forked workers then share them instead of each importing trafilatura (a quarter of a
    second) or compiling the text cleaner's patterns again. The content still decides the
    reader: a page whose name misleads costs its worker the import, nothing more.
    """
    if multiprocessing.get_start_method() != "fork":
        return
    for fmt in {"html" if is_url(t) else extension_hint(t) for t in targets}:
        if fmt:
            reader_for(fmt)


def prepare_chunk(targets: list[str]) -> list[Prepared]:
    """Prepare several inputs (one task of a worker process)."""
    return [prepare(target) for target in targets]


def _prepared_in_order(
    pool: ProcessPoolExecutor, targets: list[str], ahead: int
) -> Iterator[Prepared]:
    """The targets prepared by the pool, in order, with at most `ahead` chunks sent ahead."""
    chunks = (targets[i : i + CHUNKSIZE] for i in range(0, len(targets), CHUNKSIZE))
    pending = deque(pool.submit(prepare_chunk, chunk) for chunk in islice(chunks, ahead))
    while pending:
        finished = pending.popleft().result()
        pending.extend(pool.submit(prepare_chunk, chunk) for chunk in islice(chunks, 1))
        yield from finished
