"""The data behind each page and its JSON twin, and the pool of desks requests borrow.

A view function takes a desk (or the pool, for writes) and request values, calls the `Desk`
facade and returns JSON-ready values; the routes render them as JSON or through a template.
Research views call a Desk method only when it exists, so pages light up as the stages land.
"""

from __future__ import annotations

import inspect
import queue
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from fastapi import Request, UploadFile

from sourcedesk.desk import Desk
from sourcedesk.errors import InputError, SourcedeskError, UsageError
from sourcedesk.ingest.fetch import fetch
from sourcedesk.ingest.sniff import MAX_INPUT_BYTES
from sourcedesk.interfaces import serialize as ser
from sourcedesk.interfaces.web.guard import PublicOnlyTransport, check_url

POOL_SIZE = 4  # open desks (SQLite connections) shared by request threads
MAX_QUESTION_CHARS = 1000
SESSION_NAME = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")
# The research views other stages add to the Desk, by method name, with their page title.
RESEARCH = {
    "timeline": "Timeline",
    "entities": "People & organisations",
    "claims": "Claims",
    "conflicts": "Conflicts",
    "diff": "Diff of two revisions",
    "brief": "Briefing",
    "dates": "Dates",
    "ask": "Asking",
}


class Unavailable(SourcedeskError):
    """A research view whose Desk method has not landed yet."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{RESEARCH.get(name, name)} is not available yet")
        self.name = name


class DeskPool:
    """Open desks lent to one request at a time; writes are serialised by one lock."""

    def __init__(self, location: str, size: int = POOL_SIZE) -> None:
        self.location = location
        self._idle: queue.LifoQueue[Desk] = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(size)
        self._write = threading.Lock()
        self._idle.put(Desk(location))  # fail at start-up on an unusable desk

    @contextmanager
    def reading(self) -> Iterator[Desk]:
        """Borrow a desk for the length of a request."""
        with self._slots:
            try:
                desk = self._idle.get_nowait()
            except queue.Empty:
                desk = Desk(self.location)
            try:
                yield desk
            finally:
                self._idle.put(desk)

    @contextmanager
    def writing(self) -> Iterator[Desk]:
        """Borrow a desk to add or remove sources, one writer at a time."""
        with self._write, self.reading() as desk:
            yield desk

    def close(self) -> None:
        """Close every idle desk."""
        while not self._idle.empty():
            self._idle.get_nowait().close()


@dataclass
class Settings:
    """What `create_app` was told: the desk, its token and its URL policy."""

    pool: DeskPool
    token: str | None
    allow_private_urls: bool
    allowed_hosts: frozenset[str] | None
    static: dict[str, bytes] = field(default_factory=dict)


def settings(request: Request) -> Settings:
    """The app's settings, from a request."""
    return request.app.state.settings  # type: ignore[no-any-return]


def research(desk: Desk, name: str, *args: Any) -> Any:
    """A research view from the Desk as JSON, or Unavailable while its method is missing."""
    method = getattr(desk, name, None)
    if not callable(method):
        raise Unavailable(name)
    if name == "brief" and "format" in inspect.signature(method).parameters:
        return method(format="markdown")
    return ser.to_json(method(*args))


def timeline_view(desk: Desk, entity: str | None, source: str | None) -> list[dict[str, Any]]:
    """Timeline events, keeping those that cite `source` and mention `entity` when given."""
    events: list[dict[str, Any]] = research(desk, "timeline")
    if source:
        events = [e for e in events if any(c["source_id"] == source for c in e["citations"])]
    if entity:
        names = entity_names(desk, entity)
        events = [e for e in events if _mentions(e, names)]
    return events


def entity_names(desk: Desk, entity: str) -> list[str]:
    """The name and aliases of the entity called `entity` (just the name when unknown)."""
    try:
        entities = research(desk, "entities")
    except Unavailable:
        entities = []
    for item in entities:
        if entity in (item["name"], *item.get("aliases", ())):
            return [item["name"], *item.get("aliases", ())]
    return [entity]


def _mentions(event: dict[str, Any], names: list[str]) -> bool:
    texts = [event.get("text", ""), *(c.get("quote", "") for c in event.get("citations", []))]
    lowered = " ".join(texts).lower()
    return any(name.lower() in lowered for name in names if name)


def add_uploads(pool: DeskPool, files: list[UploadFile], published: str | None) -> list[Any]:
    """Add uploaded files as sources; one result each, errors included."""
    results = []
    with pool.writing() as desk:
        for upload in files:
            name = upload_name(upload.filename)
            data = upload.file.read(MAX_INPUT_BYTES + 1)
            results.append(desk.add_bytes(name, data, published=published or None,
                                          content_type=upload.content_type or ""))  # fmt: skip
    return [ser.add_result_json(r) for r in results]


def upload_name(filename: str | None) -> str:
    """The origin recorded for an upload: the file's base name, never a path."""
    name = PurePosixPath((filename or "").replace("\\", "/")).name
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip()[:200]
    return name or "upload"


def add_url(conf: Settings, url: str, published: str | None) -> dict[str, Any]:
    """Fetch a public page and add it; InputError when it cannot be fetched or read."""
    url = check_url(url, conf.allow_private_urls)
    transport = None if conf.allow_private_urls else PublicOnlyTransport()
    data, content_type = fetch(url, transport=transport)
    with conf.pool.writing() as desk:
        result = desk.add_bytes(url, data, published=published or None, content_type=content_type)
    if result.status == "error":
        raise InputError(url, result.error or "cannot be read")
    return ser.add_result_json(result)


def ask_view(pool: DeskPool, question: str, session: str | None) -> dict[str, Any]:
    """Ask the desk a question in a session."""
    if session is not None and not SESSION_NAME.match(session):
        raise UsageError("session: letters, digits and _.:- only, at most 80 characters")
    if not question.strip():
        raise UsageError("the question is empty")
    if len(question) > MAX_QUESTION_CHARS:
        raise UsageError(f"the question is longer than {MAX_QUESTION_CHARS} characters")
    with pool.reading() as desk:
        try:
            answer = desk.ask(question, session=session)
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith("sourcedesk."):
                raise
            raise Unavailable("ask") from exc
    return {**ser.answer_json(answer), "session": session}


def history_view(desk: Desk, session: str) -> list[dict[str, Any]]:
    """The turns of a session, oldest first (empty for a session never used)."""
    if not SESSION_NAME.match(session):
        return []
    return [ser.to_json(turn) for turn in desk.history(session)]
