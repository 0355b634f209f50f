"""The facade every interface calls: a `Desk` adds sources, shows them, answers and researches.

The CLI and the web app parse input, call one method here and render the result; no logic lives
in them. Only `store/` touches the database.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from sourcedesk import config
from sourcedesk.errors import InputError, NotFound, UsageError
from sourcedesk.index.segment import assemble, count_words
from sourcedesk.ingest import metadata
from sourcedesk.ingest.prepare import Prepared, prepare_all, prepare_raw, worker_count
from sourcedesk.ingest.read import RawInput, expand
from sourcedesk.records import (
    AddResult,
    AddStatus,
    Answer,
    Claim,
    DateMention,
    Document,
    Entity,
    Event,
    Segmented,
    Source,
)
from sourcedesk.research import views
from sourcedesk.research.revisions import find_revision_of
from sourcedesk.store.base import Store
from sourcedesk.store.groups import grouped
from sourcedesk.store.sqlite import SQLiteStore, now_iso

ID_LENGTH = 12


@contextmanager
def _cycles_unchecked() -> Iterator[None]:
    """Pause the cyclic garbage collector while a question is answered: an answer makes no
    reference cycles worth collecting, but its many short-lived objects start collections that
    walk every cached sentence (a full one costs tens of milliseconds on a large desk). The
    objects still count, so the next allocation after the answer collects once. Left alone
    when the caller has paused it (or another thread's question has)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


Progress = Callable[[str, AddResult], None]


def open_store(location: str | Path) -> Store:
    """The store a desk location names: a postgresql:// URL or a SQLite file."""
    where = str(location)
    if where.startswith(("postgresql://", "postgres://")):
        from sourcedesk.store.postgres import PostgresStore  # optional backend

        return PostgresStore(where)
    return SQLiteStore(where)


def source_id(origin: str, content_hash: str) -> str:
    """A source's id: derived from where it came from and what it says."""
    return hashlib.sha256(f"{origin}\n{content_hash}".encode()).hexdigest()[:ID_LENGTH]


class Desk:
    """One research desk: its sources, their index, and the questions asked of them."""

    def __init__(self, location: str | Path | None = None, *, store: Store | None = None) -> None:
        self.location = str(location or config.DESK.value())
        self.store: Any = store or open_store(self.location)

    def close(self) -> None:
        """Release the store."""
        self.store.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- adding ------------------------------------------------------------------------------

    def add(
        self,
        targets: Iterable[str],
        *,
        published: str | None = None,
        progress: Progress | None = None,
        workers: int | None = None,
    ) -> list[AddResult]:
        """Add files, folders, URLs or `-` (stdin); one result per input, errors included.

        Pages are read and cleaned in worker processes when there are many; this process
        stores the finished pages in input order, a few to a transaction (`store/groups.py`),
        each source whole or not at all, and reports them once committed.
        """
        published_iso = _published(published)
        expanded = list(expand(list(targets)))
        count = worker_count(workers if workers is not None else config.WORKERS.value())
        size = getattr(self.store, "group_sources", 1)
        ready = prepare_all([t for t in expanded if isinstance(t, str)], count, size)
        inputs = ((t, None if isinstance(t, InputError) else next(ready)) for t in expanded)
        results: list[AddResult] = []
        for group in grouped(inputs, _prepared_chars, sources=size):
            results += self._store_group(group, published_iso, progress)
        self._research_after_add(count)
        return results

    def _store_group(
        self,
        group: list[tuple[str | InputError, Prepared | None]],
        published: str | None,
        progress: Progress | None,
    ) -> list[AddResult]:
        """Store inputs in one transaction and report them once committed. A failure undoes
        the group; its inputs are then stored one to a transaction, so the failing source is
        the only one left out (and its error raised, as without groups)."""
        try:
            with self.store.write_group():
                done = [self._stored(item, prepared, published) for item, prepared in group]
        except Exception:
            if len(group) == 1:
                raise
            return [r for one in group for r in self._store_group([one], published, progress)]
        if progress:
            for result in done:
                progress(result.origin, result)
        return done

    def _stored(
        self, item: str | InputError, prepared: Prepared | None, published: str | None
    ) -> AddResult:
        if isinstance(item, InputError):
            return AddResult(item.origin, "error", error=item.reason)
        assert prepared is not None  # every named input was prepared
        return self._store_prepared(prepared, published)

    def _store_prepared(self, prepared: Prepared, published: str | None) -> AddResult:
        if prepared.error or prepared.doc is None:
            return AddResult(origin=prepared.target, status="error", error=prepared.error)
        return self.add_document(
            prepared.origin, prepared.doc, published=published, display=prepared.target,
            segmented=prepared.seg, words=prepared.words,
            names=None if published else prepared.names,
        )  # fmt: skip

    def add_bytes(
        self, origin: str, data: bytes, *, published: str | None = None, content_type: str = ""
    ) -> AddResult:
        """Add one page given as bytes (an upload, a test), named by `origin`."""
        prepared = prepare_raw(origin, RawInput(origin, data, content_type or None))
        result = self._store_prepared(prepared, _published(published))
        self._research_after_add(1)
        return result

    def _research_after_add(self, workers: int) -> None:
        """Bring the research views up to date now when the desk is set to (`RESEARCH=add`);
        otherwise the first view after the change does it."""
        if config.RESEARCH.value() == "add":
            views.refresh(self.store, workers=workers)

    def add_document(
        self,
        origin: str,
        doc: Document,
        *,
        published: str | None = None,
        display: str = "",
        segmented: Segmented | None = None,
        words: int = 0,
        names: tuple[tuple[str, str, str, str], ...] | None = None,
    ) -> AddResult:
        """Store a read document, linking it to revisions and copies (one transaction).

        `segmented`, `words` and `names` (its alias rows) are what a worker process already
        computed from the document's text; they are computed here when not given.
        """
        if published:
            doc = replace(doc, published=published)
        seg = segmented or assemble(doc)
        content_hash = hashlib.sha256(seg.text.encode()).hexdigest()
        sid = source_id(origin, content_hash)
        shown = display or origin
        existing = self.store.get_source(sid)
        if existing:
            return AddResult(shown, "unchanged", sid, existing.title)
        source = self._new_source(sid, origin, doc, seg, content_hash, words)
        self.store.add_source(source, seg, doc.references, doc.removed)
        if names is not None and hasattr(self.store, "put_aliases"):
            self.store.put_aliases(sid, list(names))
        self._learn_names()
        status: AddStatus = (
            "duplicate" if source.duplicate_of else "revision" if source.revision_of else "added"
        )
        return AddResult(
            shown, status, sid, source.title,
            revision_of=source.revision_of, duplicate_of=source.duplicate_of,
        )  # fmt: skip

    def _new_source(
        self, sid: str, origin: str, doc: Document, seg: Segmented, content_hash: str, words: int
    ) -> Source:
        title = doc.title or Path(origin).stem or origin
        copies = self.store.find_by_hash(content_hash)
        duplicate_of = copies[0].id if copies else None
        revision = None
        if not duplicate_of:
            revision = find_revision_of(
                origin, title, seg.text, self.store.related(origin, title), publisher=doc.publisher
            )
        # A revision of an article is the same publisher's, when the new snapshot does not say
        publisher = doc.publisher or (revision.publisher if revision else None)
        return Source(
            id=sid, origin=origin, title=title, kind=doc.kind or "other",
            publisher=publisher, published=doc.published, language=doc.language,
            words=words or count_words(seg.text), text=seg.text, content_hash=content_hash,
            added_at=now_iso(), revision_of=revision.id if revision else None,
            duplicate_of=duplicate_of, reader=doc.reader, author=doc.author, genre=doc.genre,
        )  # fmt: skip

    def _learn_names(self) -> None:
        """Read the acronyms and aliases new sources define, for the answer engine."""
        if hasattr(self.store, "unscanned_for_aliases"):  # stores without alias tables skip it
            from sourcedesk.answer.retrieve import learn_aliases

            learn_aliases(self.store)

    def remove(self, id_or_prefix: str) -> Source:
        """Remove a source and everything derived from it."""
        source = self.source(id_or_prefix)
        with views.removing(self.store, source):
            self.store.delete_source(source.id)
        return source

    # -- reading -----------------------------------------------------------------------------

    def sources(self) -> list[Source]:
        """Every source's details, in the order added (without the clean text: use `source`)."""
        return self.store.source_details()

    def source(self, id_or_prefix: str) -> Source:
        """The source with this id or unique id prefix."""
        exact = self.store.get_source(id_or_prefix)
        if exact:
            return exact
        matches = self.store.resolve_id(id_or_prefix) if id_or_prefix else []
        if not matches:
            raise NotFound(f"{id_or_prefix}: no source with this id")
        if len(matches) > 1:
            raise NotFound(f"{id_or_prefix}: ambiguous id prefix ({len(matches)} sources)")
        found = self.store.get_source(matches[0])
        assert found is not None
        return found

    def show(self, id_or_prefix: str) -> dict[str, Any]:
        """A source with its clean text, sections, references and the lines cut from it."""
        source = self.source(id_or_prefix)
        return {
            **source_summary(source),
            "reader": source.reader,
            "text": source.text,
            "sections": [s.__dict__ for s in self.store.sections(source.id)],
            "references": [r.__dict__ for r in self.store.references(source.id)],
            "removed": self.store.removed(source.id),
        }

    # -- asking ------------------------------------------------------------------------------

    def ask(self, question: str, *, session: str | None = None) -> Answer:
        """Answer a question from the sources, citing them, or say they do not hold it."""
        from sourcedesk.answer.conversation import ask_in_session

        if not question.strip():
            raise UsageError("the question is empty")
        with _cycles_unchecked():
            return ask_in_session(self.store, question, session)

    def ask_batch(self, questions: Iterable[str]) -> Iterator[Answer]:
        """Answer many questions in order over one open index."""
        for question in questions:
            if question.strip():
                yield self.ask(question)

    # -- research ----------------------------------------------------------------------------

    def dates(self, id_or_prefix: str) -> list[DateMention]:
        """Every date expression in a source with its normalised value."""
        return views.dates(self.source(id_or_prefix))

    def research_stale(self, view: str | None = None) -> bool:
        """Whether the next timeline, claims or conflicts view (any, or the one named) first
        has to catch up with pages added or removed since (see the RESEARCH setting)."""
        return views.stale(self.store, view)

    def timeline(self) -> list[Event]:
        """Dated events merged across sources, sorted by date."""
        return views.timeline(self.store)

    def entities(self) -> list[Entity]:
        """People, organisations and places with aliases, roles and citations."""
        return views.entities(self.store)

    def claims(self) -> list[Claim]:
        """Statements with their independent voices: corroborated, single or conflict."""
        return views.claims(self.store)

    def conflicts(self) -> list[dict[str, Any]]:
        """Contradictions between sources, each side cited."""
        return views.conflicts(self.store)

    def diff(self, a: str, b: str) -> dict[str, Any]:
        """Sentence-level changes between two snapshots of one article."""
        return views.diff(self.store, self.source(a), self.source(b))

    def brief(self, fmt: str = "markdown") -> str:
        """A briefing of the desk as Markdown or a standalone HTML page."""
        from sourcedesk.report import briefing

        if fmt not in ("markdown", "html"):
            raise UsageError(f"--format {fmt!r}: choose markdown or html")
        data = briefing.BriefingData(
            self.sources(), self.timeline(), self.entities(), self.claims(), self.conflicts()
        )
        text = briefing.markdown(data)
        return (
            text
            if fmt == "markdown"
            else briefing.to_html(text, briefing.topic_title(data.sources))
        )

    def history(self, session: str) -> list[dict[str, Any]]:
        """The exchanges of a chat session."""
        return [turn.answer for turn in self.store.turns(session)]


def source_summary(source: Source) -> dict[str, Any]:
    """The contract's `sources` entry for one source."""
    return {
        "id": source.id,
        "origin": source.origin,
        "title": source.title,
        "kind": source.kind,
        "publisher": source.publisher,
        "published": source.published,
        "language": source.language,
        "words": source.words,
        "revision_of": source.revision_of,
        "duplicate_of": source.duplicate_of,
        "author": source.author,
        "genre": source.genre,
    }


def _prepared_chars(item: tuple[object, Prepared | None]) -> int:
    """Characters of clean text an input brings to its write group."""
    prepared = item[1]
    return len(prepared.seg.text) if prepared is not None and prepared.seg is not None else 0


def _published(value: str | None) -> str | None:
    if not value:
        return None
    parsed = metadata.parse_dateline(value)
    if not parsed:
        raise UsageError(f"--published {value!r}: not a date (try 2022-07-14)")
    return parsed
