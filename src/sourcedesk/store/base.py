"""The storage contract every backend implements (SQLite, PostgreSQL).

Only `store/` touches a database. Each `add_source` is one transaction, or part of the open
`write_group`'s, which is committed whole or not at all: a source is stored with all its
sections, paragraphs and sentences, or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from sourcedesk.records import Passage, Reference, Segmented, Source


@dataclass(frozen=True)
class SectionRow:
    """A stored section heading with its range."""

    heading: str
    level: int
    start: int
    end: int


@dataclass(frozen=True)
class SentenceRow:
    """A stored sentence of one source."""

    source_id: str
    idx: int
    paragraph: int
    start: int
    end: int
    heading: str


@dataclass(frozen=True)
class Turn:
    """One question and answer of a chat session."""

    session: str
    n: int
    question: str
    resolved: str
    answer: dict


class Store(Protocol):
    """A desk's storage: sources, their segments, a keyword index and chat sessions."""

    def add_source(
        self,
        source: Source,
        segmented: Segmented,
        references: Sequence[Reference],
        removed: Sequence[str],
    ) -> None:
        """Store one source with everything derived from it, in one transaction."""

    group_sources: int  # how many sources `Desk.add` puts in one write group

    def write_group(self) -> AbstractContextManager[None]:
        """One transaction for the writes inside: committed together on leaving, or none of
        them when one failed (the error is raised)."""

    def delete_source(self, source_id: str) -> None:
        """Remove a source and everything derived from it."""

    def get_source(self, source_id: str) -> Source | None:
        """The source with exactly this id."""

    def resolve_id(self, prefix: str) -> list[str]:
        """Ids that start with `prefix`."""

    def list_sources(self) -> list[Source]:
        """All sources in the order they were added."""

    def source_details(self) -> list[Source]:
        """All sources in the order they were added, without their text (`text` is "")."""

    def find_by_hash(self, content_hash: str) -> list[Source]:
        """Sources whose clean text has this hash."""

    def sections(self, source_id: str) -> list[SectionRow]:
        """A source's sections in order."""

    def references(self, source_id: str) -> list[Reference]:
        """A source's parsed reference list."""

    def removed(self, source_id: str) -> list[str]:
        """The lines the cleaner cut from a source."""

    def sentences(self, source_id: str) -> list[SentenceRow]:
        """A source's sentences in order."""

    def search(self, match: str, limit: int) -> list[Passage]:
        """Sentences matching a full-text query, best first."""

    def add_turn(self, session: str, question: str, resolved: str, answer: dict) -> None:
        """Append one exchange to a chat session."""

    def turns(self, session: str) -> list[Turn]:
        """A chat session's exchanges in order."""

    def close(self) -> None:
        """Release the connection."""


def chunked(items: Iterable, size: int) -> Iterable[list]:
    """Split an iterable into lists of at most `size` items."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
