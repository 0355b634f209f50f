"""What the SQLite and PostgreSQL stores share: the same tables, read the same way.

Queries are written with `?` placeholders; a backend whose driver uses another style says so in
`PLACEHOLDER`. Backend-specific parts (connecting, migrations, writing segments, the full-text
index, search, locking) stay in `sqlite.py` and `postgres.py`.

Sentences are rows of offsets only (`sentence_spans`): no row repeats a source id, a heading, a
title or the text itself. A source's sentences have consecutive keys, `first` .. `first + count
- 1` as its row of `sentence_blocks` says, so a sentence's position is `key - first`; each backend
says in `SPAN_SEQ` how a sentence row names its source's `seq`. Paragraph rows are keyed
`seq << KEY_BITS | position`. A passage's text is cut from its source's clean text in Python
(code points, as the offsets are) through a bounded cache: a source's text never changes under
its id.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sourcedesk.errors import DeskError
from sourcedesk.records import Passage, Reference, Segmented, Source
from sourcedesk.store.base import SectionRow, SentenceRow, Turn

SOURCE_COLUMNS = (
    "id, origin, title, kind, publisher, published, language, words, text, content_hash, "
    "added_at, revision_of, duplicate_of, reader, author, genre"
)
DETAIL_COLUMNS = SOURCE_COLUMNS.replace("words, text,", "words, '' AS text,")
# A paragraph key is `seq << KEY_BITS | position`. 2**24 positions per source is more than a 20 MB
# page (the input cap) can hold, since every paragraph or sentence takes at least two characters.
KEY_BITS = 24
KEY_MASK = (1 << KEY_BITS) - 1
# Characters of clean text kept in memory to cut passages from (about 32 MB of ASCII).
TEXT_CACHE_CHARS = 32_000_000

# The columns of a `Passage` (its text is cut in Python) from a sentence row `sp` joined by
# `span_joins`; the query fills in `{score}`.
PASSAGE_COLUMNS = (
    "src.id, sp.start, sp.\"end\", {score}, src.title, coalesce(sec.heading, ''), src.origin, "
    "sp.key - b.first, sp.paragraph, src.published"
)


# From a sentence row `sp` of source `src` to its heading `sec.heading`: the section of the
# sentence's paragraph (none outside any section).
HEADING_JOINS = (
    f"LEFT JOIN paragraph_spans p ON p.key = ((src.seq << {KEY_BITS}) | sp.paragraph) "
    "LEFT JOIN sections sec ON sec.source_id = src.id AND sec.idx = p.section"
)
# One source's sentences at positions first to last: parameters (first, last, last, id). The
# upper bound is one expression (the smaller of `last` and the source's end): with two bounds a
# planner may range over the key index up to `b.first + last` alone, past the source's end to
# the end of the table (317 ms a source on a 10,000-page desk instead of under 1 ms).
SOURCE_SENTENCES = (
    "FROM sources src JOIN sentence_blocks b ON b.seq = src.seq "
    "JOIN sentence_spans sp ON sp.key >= b.first + ? "
    "AND sp.key < b.first + CASE WHEN ? < b.count THEN ? + 1 ELSE b.count END "
    f"{HEADING_JOINS} WHERE src.id = ? ORDER BY sp.key"
)


def span_joins(span_seq: str) -> str:
    """Joins from a sentence row `sp` to its source `src`, its block `b` and its heading.

    The key range is redundant with `span_seq` but lets a planner reach the sentences of a source
    it found by id through the primary key (the `sentences` view is read both ways).
    """
    return (
        f"JOIN sources src ON src.seq = {span_seq} "
        "JOIN sentence_blocks b ON b.seq = src.seq AND sp.key >= b.first "
        f"AND sp.key < b.first + b.count {HEADING_JOINS}"
    )


def now_iso() -> str:
    """The current UTC time as an ISO string (seconds)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def paragraph_key(seq: int, idx: int) -> int:
    """The key of paragraph `idx` of the source with this `seq`."""
    if not 0 <= idx <= KEY_MASK:
        raise DeskError(f"paragraph {idx} is out of range (at most {KEY_MASK} per source)")
    return (seq << KEY_BITS) | idx


def layout_rows(seq: int, seg: Segmented) -> tuple[list[tuple], list[tuple]]:
    """Paragraph rows `(key, kind, start, end, section)` and sentence rows
    `(position, paragraph, start, end)` of one segmented source."""
    paragraphs = [
        (paragraph_key(seq, i), p.kind, p.start, p.end, p.section)
        for i, p in enumerate(seg.paragraphs)
    ]
    if len(seg.sentences) > KEY_MASK + 1:
        raise DeskError(f"{len(seg.sentences)} sentences: at most {KEY_MASK + 1} per source")
    sentences = []
    for i, sent in enumerate(seg.sentences):
        if not 0 <= sent.paragraph < len(seg.paragraphs):
            raise IndexError(f"sentence {i} points at paragraph {sent.paragraph}, which is missing")
        sentences.append((i, sent.paragraph, sent.start, sent.end))
    return paragraphs, sentences


class TextCache:
    """Clean texts by source id; the least recently used go past a character budget."""

    def __init__(self, budget: int = TEXT_CACHE_CHARS) -> None:
        self.budget = budget
        self._texts: OrderedDict[str, str] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def get_many(
        self, ids: Iterable[str], fetch: Callable[[list[str]], dict[str, str]]
    ) -> dict[str, str]:
        """The texts of these sources, fetching the ones not held (one call to `fetch`)."""
        wanted = set(ids)
        with self._lock:
            found = {i: self._texts[i] for i in wanted if i in self._texts}
            for i in found:
                self._texts.move_to_end(i)
        missing = sorted(wanted - found.keys())
        if missing:
            fetched = fetch(missing)
            found.update(fetched)
            with self._lock:
                for i, text in fetched.items():
                    self._put(i, text)
        return found

    def _put(self, source_id: str, text: str) -> None:
        if source_id in self._texts or len(text) > self.budget:
            return
        self._texts[source_id] = text
        self._chars += len(text)
        while self._chars > self.budget:
            _, dropped = self._texts.popitem(last=False)
            self._chars -= len(dropped)

    def forget(self, source_id: str) -> None:
        """Drop one source's text (it was removed)."""
        with self._lock:
            text = self._texts.pop(source_id, None)
            self._chars -= len(text) if text is not None else 0


class SQLStore:
    """Reading and caching methods shared by the SQL backends."""

    PLACEHOLDER = "?"
    SPAN_SEQ = "sp.seq"  # SQL naming the source `seq` of sentence row `sp`
    conn: Any
    texts: TextCache

    def _run(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Execute one statement with this driver's placeholder style."""
        if self.PLACEHOLDER != "?":
            sql = sql.replace("?", self.PLACEHOLDER)
        return self.conn.execute(sql, params)

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Execute one statement for each row of parameters."""
        if self.PLACEHOLDER != "?":
            sql = sql.replace("?", self.PLACEHOLDER)
        self.conn.cursor().executemany(sql, rows)

    def get_source(self, source_id: str) -> Source | None:
        """The source with exactly this id, or None."""
        row = self._run(
            f"SELECT {SOURCE_COLUMNS} FROM sources WHERE id = ?", (source_id,)
        ).fetchone()
        return Source(*row) if row else None

    def resolve_id(self, prefix: str) -> list[str]:
        """Ids starting with `prefix` (LIKE wildcards in the prefix are taken literally)."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._run(
            "SELECT id FROM sources WHERE id LIKE ? ESCAPE '\\' ORDER BY seq", (escaped + "%",)
        )
        return [row[0] for row in rows]

    def list_sources(self) -> list[Source]:
        """All sources, oldest first."""
        rows = self._run(f"SELECT {SOURCE_COLUMNS} FROM sources ORDER BY seq")
        return [Source(*row) for row in rows]

    def source_details(self) -> list[Source]:
        """All sources without their clean text (`text` is ""), oldest first: what listings,
        the briefing and page-details questions need, without reading every page."""
        rows = self._run(f"SELECT {DETAIL_COLUMNS} FROM sources ORDER BY seq")
        return [Source(*row) for row in rows]

    def find_by_hash(self, content_hash: str) -> list[Source]:
        """Sources whose clean text has this hash."""
        rows = self._run(
            f"SELECT {SOURCE_COLUMNS} FROM sources WHERE content_hash = ? ORDER BY seq",
            (content_hash,),
        )
        return [Source(*row) for row in rows]

    def related(self, origin: str, title: str) -> list[Source]:
        """Sources from the same origin or with the same title (revision candidates)."""
        rows = self._run(
            f"SELECT {SOURCE_COLUMNS} FROM sources WHERE origin = ? OR lower(title) = lower(?) "
            "ORDER BY seq",
            (origin, title),
        )
        return [Source(*row) for row in rows]

    def sections(self, source_id: str) -> list[SectionRow]:
        """A source's sections in order."""
        rows = self._run(
            'SELECT heading, level, start, "end" FROM sections WHERE source_id = ? ORDER BY idx',
            (source_id,),
        )
        return [SectionRow(*row) for row in rows]

    def references(self, source_id: str) -> list[Reference]:
        """A source's parsed references."""
        row = self._run("SELECT references_json FROM sources WHERE id = ?", (source_id,)).fetchone()
        return [Reference(**item) for item in json.loads(row[0])] if row else []

    def removed(self, source_id: str) -> list[str]:
        """The lines cut from a source by its reader."""
        row = self._run("SELECT removed_json FROM sources WHERE id = ?", (source_id,)).fetchone()
        return list(json.loads(row[0])) if row else []

    def sentences(self, source_id: str) -> list[SentenceRow]:
        """A source's indexed sentences in order."""
        rows = self._run(
            'SELECT src.id, sp.key - b.first, sp.paragraph, sp.start, sp."end", '
            f"coalesce(sec.heading, '') {SOURCE_SENTENCES}",
            (0, KEY_MASK, KEY_MASK, source_id),
        )
        return [SentenceRow(*row) for row in rows]

    def passages(self, source_id: str, first: int, last: int) -> list[Passage]:
        """Sentences `first`..`last` (by position) of one source, as passages."""
        rows = self._run(
            f"SELECT {PASSAGE_COLUMNS.format(score='0.0')} {SOURCE_SENTENCES}",
            (max(first, 0), min(last, KEY_MASK), min(last, KEY_MASK), source_id),
        ).fetchall()
        return self._passages(rows)

    def sentences_at(self, places: Sequence[tuple[str, int]]) -> list[Passage]:
        """The sentences at these (source_id, position) places, as passages (two queries)."""
        ids = sorted({sid for sid, _ in places})
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        blocks = {
            sid: (first, count)
            for sid, first, count in self._run(
                "SELECT src.id, b.first, b.count FROM sources src JOIN sentence_blocks b "
                f"ON b.seq = src.seq WHERE src.id IN ({marks})",
                ids,
            )
        }
        keys = sorted(
            {
                blocks[sid][0] + idx
                for sid, idx in places
                if sid in blocks and 0 <= idx < blocks[sid][1]
            }
        )
        if not keys:
            return []
        marks = ", ".join("?" * len(keys))
        rows = self._run(
            f"SELECT {PASSAGE_COLUMNS.format(score='0.0')} FROM sentence_spans sp "
            f"{span_joins(self.SPAN_SEQ)} WHERE sp.key IN ({marks}) ORDER BY sp.key",
            keys,
        ).fetchall()
        return self._passages(rows)

    def sentence_count(self) -> int:
        """How many sentences the index holds."""
        return int(self._run("SELECT count(*) FROM sentence_spans").fetchone()[0])

    def _passages(self, rows: Sequence[Sequence[Any]]) -> list[Passage]:
        """Passages from rows of `PASSAGE_COLUMNS`, their text cut from the source's text."""
        texts = self.texts.get_many({row[0] for row in rows}, self._fetch_texts)
        out = []
        for sid, start, end, score, title, heading, origin, idx, para, published in rows:
            if sid in texts:  # else removed by another writer since the rows were read
                text = texts[sid][start:end]
                out.append(Passage(sid, start, end, text, score, title, heading, origin, idx,
                                   para, published))  # fmt: skip
        return out

    def _fetch_texts(self, ids: list[str]) -> dict[str, str]:
        marks = ", ".join("?" * len(ids))
        return dict(self._run(f"SELECT id, text FROM sources WHERE id IN ({marks})", ids))

    def turns(self, session: str) -> list[Turn]:
        """A session's exchanges, oldest first."""
        rows = self._run(
            "SELECT session, n, question, resolved, answer_json FROM turns "
            "WHERE session = ? ORDER BY n",
            (session,),
        )
        return [Turn(s, n, q, r, json.loads(a)) for s, n, q, r, a in rows]

    def version(self) -> str:
        """Changes whenever a source is added or removed (ids of rows are never reused)."""
        count, top = self._run("SELECT count(*), coalesce(max(seq), 0) FROM sources").fetchone()
        return f"{count}:{top}"

    def derived(self, source_id: str, kind: str) -> str | None:
        """A cached payload computed from one source."""
        row = self._run(
            "SELECT payload FROM derived WHERE source_id = ? AND kind = ?", (source_id, kind)
        ).fetchone()
        return self._unpack(row[0]) if row else None

    def put_derived(self, source_id: str, kind: str, payload: str) -> None:
        """Cache a payload computed from one source (gone when the source is removed)."""
        self._run(
            "INSERT INTO derived VALUES (?, ?, ?) "
            "ON CONFLICT (source_id, kind) DO UPDATE SET payload = excluded.payload",
            (source_id, kind, self._pack(payload)),
        )

    def cached(self, key: str, version: str) -> str | None:
        """A cached desk-wide payload, if it was computed at this version."""
        row = self._run(
            "SELECT payload FROM desk_cache WHERE key = ? AND version = ?", (key, version)
        ).fetchone()
        return self._unpack(row[0]) if row else None

    def put_cached(self, key: str, version: str, payload: str) -> None:
        """Cache a desk-wide payload computed at `version`."""
        self._run(
            "INSERT INTO desk_cache VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE "
            "SET version = excluded.version, payload = excluded.payload",
            (key, version, self._pack(payload)),
        )

    def _pack(self, payload: str) -> Any:
        """A cached payload as this backend stores it (PostgreSQL's TOAST compresses by itself)."""
        return payload

    def _unpack(self, stored: Any) -> str:
        """A cached payload as it was given to `_pack`."""
        return str(stored)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def migrations(self) -> list[tuple[int, str]]:
        """The schema migrations applied to this desk."""
        return list(self._run("SELECT version, name FROM migrations ORDER BY version"))

    # -- writing (inside the backend's transaction) -------------------------------------------

    def _insert_source(
        self, source: Source, references: Sequence[Reference], removed: Sequence[str]
    ) -> int:
        """Insert the source row; its `seq` (the high bits of its rows' keys)."""
        refs = json.dumps([ref.__dict__ for ref in references], ensure_ascii=False)
        self._run(
            f"INSERT INTO sources ({SOURCE_COLUMNS}, references_json, removed_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                source.id, source.origin, source.title, source.kind, source.publisher,
                source.published, source.language, source.words, source.text,
                source.content_hash, source.added_at, source.revision_of, source.duplicate_of,
                source.reader, source.author, source.genre, refs,
                json.dumps(list(removed), ensure_ascii=False),
            ),
        )  # fmt: skip
        return int(self._run("SELECT seq FROM sources WHERE id = ?", (source.id,)).fetchone()[0])

    def _insert_layout(self, sid: str, seg: Segmented, paragraphs: Sequence[tuple]) -> None:
        """Insert a source's sections and paragraph rows."""
        self._run_many(
            'INSERT INTO sections (source_id, idx, heading, level, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(sid, i, s.heading, s.level, s.start, s.end) for i, s in enumerate(seg.sections)],
        )
        self._run_many(
            'INSERT INTO paragraph_spans (key, kind, start, "end", section) VALUES (?, ?, ?, ?, ?)',
            paragraphs,
        )

    def _block(self, source_id: str) -> tuple[int, int, int] | None:
        """A source's `seq` and the `first` key and `count` of its sentences (0, 0 if none)."""
        row = self._run(
            "SELECT src.seq, coalesce(b.first, 0), coalesce(b.count, 0) FROM sources src "
            "LEFT JOIN sentence_blocks b ON b.seq = src.seq WHERE src.id = ?",
            (source_id,),
        ).fetchone()
        return (int(row[0]), int(row[1]), int(row[2])) if row else None

    def _delete_rows(self, source_id: str) -> None:
        """Delete a source's rows and its links from other sources (the index is the caller's)."""
        block = self._block(source_id)
        if block:
            seq, first, count = block
            self._run(
                "DELETE FROM sentence_spans WHERE key >= ? AND key < ?", (first, first + count)
            )
            self._run(
                "DELETE FROM paragraph_spans WHERE key BETWEEN ? AND ?",
                (seq << KEY_BITS, (seq << KEY_BITS) | KEY_MASK),
            )
        self._run("DELETE FROM sections WHERE source_id = ?", (source_id,))
        self._run("UPDATE sources SET revision_of = NULL WHERE revision_of = ?", (source_id,))
        self._run("UPDATE sources SET duplicate_of = NULL WHERE duplicate_of = ?", (source_id,))
        self._run("DELETE FROM sources WHERE id = ?", (source_id,))
        self.texts.forget(source_id)
