"""The embedded store: one SQLite file in WAL mode with an FTS5 sentence index.

Schema changes are numbered migrations recorded in the `migrations` table. A sentence is a row of
offsets in `sentence_spans` (see `store/sql.py` for its key); `sentence_fts` indexes the text of
each sentence only (porter stemming, diacritics folded), as an external-content FTS5 table over
the view `sentences`, which cuts the text from the source with substr(). The view keeps the old
columns for anyone reading the file with SQL; the store itself reads offsets and cuts the text in
Python, because substr() stops at a NUL character. Deleting from the index needs the text that
was indexed: `delete_source` cuts it from the source again.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from sourcedesk.errors import DeskError
from sourcedesk.records import Passage, Reference, Segmented, Source
from sourcedesk.store.groups import GROUP_SOURCES
from sourcedesk.store.sql import (
    KEY_BITS,
    KEY_MASK,
    PASSAGE_COLUMNS,
    SQLStore,
    TextCache,
    layout_rows,
    now_iso,
    span_joins,
)

BUSY_TIMEOUT_MS = 30_000
TOKENIZER = "porter unicode61 remove_diacritics 2"

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "initial schema",
        """
        CREATE TABLE sources (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            publisher TEXT,
            published TEXT,
            language TEXT,
            words INTEGER NOT NULL,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            added_at TEXT NOT NULL,
            revision_of TEXT,
            duplicate_of TEXT,
            reader TEXT NOT NULL DEFAULT '',
            references_json TEXT NOT NULL DEFAULT '[]',
            removed_json TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX sources_hash ON sources(content_hash);
        CREATE TABLE sections (
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            heading TEXT NOT NULL,
            level INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (source_id, idx)
        );
        CREATE TABLE paragraphs (
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            section INTEGER NOT NULL,
            PRIMARY KEY (source_id, idx)
        );
        CREATE TABLE sentences (
            rowid INTEGER PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            heading TEXT NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX sentences_source ON sentences(source_id, idx);
        CREATE VIRTUAL TABLE sentence_fts USING fts5(
            text, heading, title,
            content='sentences', content_rowid='rowid',
            tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TABLE turns (
            session TEXT NOT NULL,
            n INTEGER NOT NULL,
            question TEXT NOT NULL,
            resolved TEXT NOT NULL,
            answer_json TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (session, n)
        );
        """,
    ),
    (
        "answer support: term vocabulary and aliases the sources define",
        """
        CREATE VIRTUAL TABLE sentence_vocab USING fts5vocab(sentence_fts, 'col');
        CREATE TABLE aliases (
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            short_key TEXT NOT NULL,
            long_key TEXT NOT NULL,
            short TEXT NOT NULL,
            long TEXT NOT NULL
        );
        CREATE INDEX aliases_short ON aliases(short_key);
        CREATE INDEX aliases_long ON aliases(long_key);
        CREATE TABLE aliases_scanned (
            source_id TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE
        );
        """,
    ),
    (
        "index titles and origins for revision lookups",
        """
        CREATE INDEX sources_title ON sources(lower(title));
        CREATE INDEX sources_origin ON sources(origin);
        """,
    ),
    (
        "caches for derived research data",
        """
        CREATE TABLE derived (
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            PRIMARY KEY (source_id, kind)
        );
        CREATE TABLE desk_cache (
            key TEXT PRIMARY KEY,
            version TEXT NOT NULL,
            payload TEXT NOT NULL
        );
        """,
    ),
    (
        "compact sentence index: offsets only, FTS over the sentence text only",
        f"""
        CREATE TABLE sentence_blocks (
            seq INTEGER PRIMARY KEY REFERENCES sources(seq) ON DELETE CASCADE,
            first INTEGER NOT NULL,
            count INTEGER NOT NULL
        );
        CREATE TABLE sentence_spans (
            key INTEGER PRIMARY KEY,
            seq INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE TEMP TABLE numbered AS
            SELECT row_number() OVER (ORDER BY src.seq, s.idx) AS key, src.seq, s.idx,
                s.paragraph, s.start, s."end", s.text
            FROM sentences s JOIN sources src ON src.id = s.source_id;
        INSERT INTO sentence_blocks
            SELECT seq, min(key), count(*) FROM numbered GROUP BY seq;
        INSERT INTO sentence_spans SELECT key, seq, paragraph, start, "end" FROM numbered;
        CREATE TABLE paragraph_spans (
            key INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            section INTEGER NOT NULL
        );
        INSERT INTO paragraph_spans
            SELECT (src.seq << {KEY_BITS}) | p.idx, p.kind, p.start, p."end", p.section
            FROM paragraphs p JOIN sources src ON src.id = p.source_id;
        DROP TABLE sentence_vocab;
        DROP TABLE sentence_fts;
        CREATE VIRTUAL TABLE sentence_fts USING fts5(
            text, content='sentences', content_rowid='rowid', tokenize='{TOKENIZER}'
        );
        INSERT INTO sentence_fts (rowid, text) SELECT key, text FROM numbered;
        DROP TABLE numbered;
        DROP TABLE sentences;
        DROP TABLE paragraphs;
        CREATE VIEW sentences AS
            SELECT sp.key AS rowid, src.id AS source_id, sp.key - b.first AS idx, sp.paragraph,
                sp.start, sp."end", coalesce(sec.heading, '') AS heading, src.title,
                substr(src.text, sp.start + 1, sp."end" - sp.start) AS text
            FROM sentence_spans sp {span_joins("sp.seq")};
        CREATE VIEW paragraphs AS
            SELECT src.id AS source_id, p.key & {KEY_MASK} AS idx, p.kind, p.start, p."end",
                p.section
            FROM paragraph_spans p JOIN sources src ON src.seq = (p.key >> {KEY_BITS});
        CREATE VIRTUAL TABLE sentence_vocab USING fts5vocab(sentence_fts, 'col');
        """,
    ),
    (
        "who wrote a source and what kind of page it is",
        """
        ALTER TABLE sources ADD COLUMN author TEXT;
        ALTER TABLE sources ADD COLUMN genre TEXT;
        """,
    ),
)
# Migrations that may leave much of the file free, and the free share that makes a vacuum worth it.
RECLAIMING = frozenset({5})
VACUUM_FREE_SHARE = 0.25
# FTS5 merges its segments as sources come and go and frees the pages of the merged ones; they are
# reused, but a big merge can leave a large share of the file free for a while. After a write,
# free pages past this share (and this count) are given back (auto_vacuum = INCREMENTAL).
TRIM_FREE_SHARE = 0.05
TRIM_MIN_PAGES = 32
# Cached research payloads (JSON, often megabytes) are stored compressed: level 1 packs them 5 to 9
# times smaller (measured), at 4 ms a megabyte. (PostgreSQL compresses large values by itself.)
CACHE_COMPRESSION = 1
# Ids per `IN (...)` list (SQLite allows 32,766 parameters; smaller lists keep statements short).
ID_BATCH = 500
# The write-ahead log is cut back to this size after a checkpoint (it keeps its largest size else).
WAL_LIMIT_BYTES = 4 * 1024 * 1024


class SQLiteStore(SQLStore):
    """A desk in one SQLite file (or `:memory:`)."""

    group_sources = GROUP_SOURCES  # sources `Desk.add` writes in one `write_group`

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        self.texts = TextCache()
        self._group_open = self._group_failed = False
        self.conn = self._connect(readonly)
        self._migrate()

    def _connect(self, readonly: bool) -> sqlite3.Connection:
        try:
            if readonly:
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None)
            else:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly and self.path != ":memory:":
                # Only a file without tables can switch (an old desk switches when vacuumed).
                conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DeskError(f"{self.path}: not a usable desk ({exc})") from exc
        return conn

    def _migrate(self) -> None:
        try:
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            done = {row[0] for row in self.conn.execute("SELECT version FROM migrations")}
            applied = [
                version
                for version, (name, sql) in enumerate(MIGRATIONS, start=1)
                if version not in done and self._apply(version, name, sql)
            ]
            if RECLAIMING.intersection(applied) and self.path != ":memory:":
                self._vacuum()
        except sqlite3.OperationalError as exc:
            raise DeskError(f"{self.path}: cannot prepare the desk ({exc})") from exc
        except sqlite3.DatabaseError as exc:
            raise DeskError(f"{self.path}: the desk file is corrupt ({exc})") from exc

    def _vacuum(self) -> None:
        """Give the space a migration freed back to the file system, if nobody is in the way."""
        free = self.conn.execute("PRAGMA freelist_count").fetchone()[0]
        if free <= VACUUM_FREE_SHARE * self.conn.execute("PRAGMA page_count").fetchone()[0]:
            return
        # On failure the desk works as it is; it is only larger than it needs to be.
        with contextlib.suppress(sqlite3.OperationalError):
            self.conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            self.conn.execute("VACUUM")

    def _trim(self) -> None:
        """Give free pages back to the file system when they are a noticeable share of the file."""
        if self.conn.in_transaction:
            return  # executescript would commit a caller's open transaction
        free = self.conn.execute("PRAGMA freelist_count").fetchone()[0]
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        if free >= TRIM_MIN_PAGES and free > TRIM_FREE_SHARE * pages:
            # Another writer in the way only delays this to a later write. (A plain execute()
            # steps the pragma once, which frees one page; executescript runs it through.)
            with contextlib.suppress(sqlite3.OperationalError):
                self.conn.executescript("PRAGMA incremental_vacuum;")

    def _apply(self, version: int, name: str, sql: str) -> bool:
        """Apply one migration in its own transaction; False if another process just did."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.conn.execute(
                "SELECT 1 FROM migrations WHERE version = ?", (version,)
            ).fetchone():
                self.conn.execute("ROLLBACK")
                return False
            for statement in sql.split(";"):
                if statement.strip():
                    self.conn.execute(statement)
            self.conn.execute("INSERT INTO migrations VALUES (?, ?, ?)", (version, name, now_iso()))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return True

    # -- writing -------------------------------------------------------------------------

    def add_source(
        self,
        source: Source,
        segmented: Segmented,
        references: Sequence[Reference],
        removed: Sequence[str],
    ) -> None:
        """Store one source and its segments in a single transaction (inside `write_group`,
        the group's)."""
        try:
            with self._transaction():
                seq = self._insert_source(source, references, removed)
                self._insert_segments(seq, source, segmented)
        except sqlite3.OperationalError as exc:
            raise DeskError(f"{self.path}: cannot write to the desk ({exc})") from exc
        self._trim()

    @contextlib.contextmanager
    def write_group(self) -> Iterator[None]:
        """One transaction for every write inside: committed together on leaving, or rolled
        back whole when one of them failed (the error is raised; a failure caught inside the
        group still undoes it). Nested groups join the outer one.

        No savepoint per source: FTS5 writes its pending index data out at every savepoint,
        one index segment per source; a group writes one (measured: a quarter less writer
        time than a savepoint per source).
        """
        if self._group_open:
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._group_open, self._group_failed = True, False
        try:
            yield
            if self._group_failed:
                raise DeskError(f"{self.path}: a write of the group failed; none of it was kept")
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:  # a failed statement may have ended it already
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._group_open = False
        self._trim()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """A transaction of its own (BEGIN IMMEDIATE), or a part of the open write group."""
        if self._group_open:
            try:
                yield
            except BaseException:
                self._group_failed = True  # the group cannot keep half a write
                raise
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _insert_segments(self, seq: int, source: Source, seg: Segmented) -> None:
        paragraphs, sentences = layout_rows(seq, seg)
        self._insert_layout(source.id, seg, paragraphs)
        if source.duplicate_of:
            return  # an exact copy is kept for reading but not indexed twice
        # Keys follow on from the highest in use: the FTS index stores rowid gaps, so dense keys
        # keep it small. The write lock (BEGIN IMMEDIATE) makes the block this writer's alone.
        first = self.conn.execute("SELECT coalesce(max(key), 0) + 1 FROM sentence_spans")
        first = int(first.fetchone()[0])
        self.conn.execute(
            "INSERT INTO sentence_blocks VALUES (?, ?, ?)", (seq, first, len(sentences))
        )
        self.conn.executemany(
            'INSERT INTO sentence_spans (key, seq, paragraph, start, "end") VALUES (?, ?, ?, ?, ?)',
            [(first + i, seq, para, start, end) for i, para, start, end in sentences],
        )
        self.conn.executemany(
            "INSERT INTO sentence_fts (rowid, text) VALUES (?, ?)",
            [(first + i, source.text[start:end]) for i, _, start, end in sentences],
        )

    def delete_source(self, source_id: str) -> None:
        """Remove a source, its segments and its index entries in one transaction."""
        try:
            with self._transaction():
                self._unindex(source_id)
                self._delete_rows(source_id)
        except sqlite3.OperationalError as exc:
            raise DeskError(f"{self.path}: cannot write to the desk ({exc})") from exc
        self._trim()

    def _unindex(self, source_id: str) -> None:
        """Take a source's sentences out of the index, giving FTS5 the text it indexed."""
        block = self._block(source_id)
        if not block or not block[2]:
            return
        _, first, count = block
        text = self.conn.execute("SELECT text FROM sources WHERE id = ?", (source_id,))
        text = text.fetchone()[0]
        spans = self.conn.execute(
            'SELECT key, start, "end" FROM sentence_spans WHERE key >= ? AND key < ?',
            (first, first + count),
        ).fetchall()
        self.conn.executemany(
            "INSERT INTO sentence_fts (sentence_fts, rowid, text) VALUES ('delete', ?, ?)",
            [(key, text[start:end]) for key, start, end in spans],
        )

    # -- caches of derived data ----------------------------------------------------------

    def put_derived(self, source_id: str, kind: str, payload: str) -> None:
        """Cache a payload computed from one source (compressed; gone with the source)."""
        super().put_derived(source_id, kind, payload)
        self._trim()

    def put_cached(self, key: str, version: str, payload: str) -> None:
        """Cache a desk-wide payload computed at `version` (compressed; replaces the old one)."""
        super().put_cached(key, version, payload)
        self._trim()

    def _pack(self, payload: str) -> bytes:
        return zlib.compress(payload.encode(), CACHE_COMPRESSION)

    def _unpack(self, stored: str | bytes) -> str:
        # Desks written before payloads were compressed hold plain text.
        return zlib.decompress(stored).decode() if isinstance(stored, bytes) else stored

    # -- reading -------------------------------------------------------------------------

    def search(self, match: str, limit: int) -> list[Passage]:
        """Sentences matching an FTS5 query, best bm25 first.

        Ranking happens inside the index; only the rows kept are joined to their sources.
        """
        try:
            rows = self.conn.execute(
                f"SELECT {PASSAGE_COLUMNS.format(score='-f.score')} FROM ("
                "SELECT rowid AS key, bm25(sentence_fts) AS score FROM sentence_fts "
                "WHERE sentence_fts MATCH ? ORDER BY score, rowid LIMIT ?) f "
                f"JOIN sentence_spans sp ON sp.key = f.key {span_joins(self.SPAN_SEQ)} "
                "ORDER BY f.score, f.key",
                (match, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise DeskError(f"search query {match!r} failed: {exc}") from exc
        return self._passages(rows)

    def holds(self, match: str) -> bool:
        """Whether `search` would find any sentence for an FTS5 query: the first match is
        enough, unranked (ranking scores every match; for a common word, milliseconds)."""
        try:
            row = self.conn.execute(
                "SELECT 1 FROM (SELECT rowid AS key FROM sentence_fts WHERE sentence_fts MATCH ?) "
                f"f JOIN sentence_spans sp ON sp.key = f.key {span_joins(self.SPAN_SEQ)} LIMIT 1",
                (match,),
            ).fetchone()
        except sqlite3.OperationalError as exc:
            raise DeskError(f"search query {match!r} failed: {exc}") from exc
        return row is not None

    def source_counts(self, match: str, limit: int) -> Counter[str]:
        """How many of the sentences `search(match, limit)` finds each source holds, counted
        without making passages; ranked only when more than `limit` sentences match."""
        inner = "SELECT rowid AS key FROM sentence_fts WHERE sentence_fts MATCH ?"
        params: tuple[str | int, ...] = (match,)
        try:
            matched = self.conn.execute(f"SELECT count(*) FROM ({inner})", params).fetchone()[0]
            if matched > limit:
                inner = (
                    "SELECT rowid AS key, bm25(sentence_fts) AS score FROM sentence_fts "
                    "WHERE sentence_fts MATCH ? ORDER BY score, rowid LIMIT ?"
                )
                params = (match, limit)
            rows = self.conn.execute(
                f"SELECT src.id, count(*) FROM ({inner}) f JOIN sentence_spans sp ON "
                f"sp.key = f.key {span_joins(self.SPAN_SEQ)} GROUP BY src.id",
                params,
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise DeskError(f"search query {match!r} failed: {exc}") from exc
        return Counter(dict(rows))

    # -- chat sessions -------------------------------------------------------------------

    def add_turn(self, session: str, question: str, resolved: str, answer: dict) -> None:
        """Append one exchange to a session."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            n = self.conn.execute(
                "SELECT coalesce(max(n), 0) + 1 FROM turns WHERE session = ?", (session,)
            ).fetchone()[0]
            self.conn.execute(
                "INSERT INTO turns VALUES (?, ?, ?, ?, ?, ?)",
                (session, n, question, resolved, json.dumps(answer, ensure_ascii=False), now_iso()),
            )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # -- answer support (added for answer/) -----------------------------------------------

    def term_docs(self, terms: Sequence[str]) -> dict[str, int]:
        """How many indexed sentences hold each (stemmed, folded) term in their text."""
        wanted = sorted(set(terms))
        if not wanted:
            return {}
        marks = ", ".join("?" * len(wanted))
        rows = self.conn.execute(
            f"SELECT term, doc FROM sentence_vocab WHERE col = 'text' AND term IN ({marks})",
            wanted,
        )
        return {term: int(doc) for term, doc in rows}

    def terms_between(self, low: str, high: str, limit: int) -> list[tuple[str, int]]:
        """Index terms in [low, high) with their sentence counts (a bounded vocabulary walk)."""
        rows = self.conn.execute(
            "SELECT term, doc FROM sentence_vocab WHERE col = 'text' AND term >= ? AND term < ? "
            "LIMIT ?",
            (low, high, limit),
        )
        return [(term, int(doc)) for term, doc in rows]

    def unscanned_for_aliases(self) -> list[str]:
        """Indexed sources whose alias definitions have not been read yet.

        The first query reads the index of ids only: a source row holds the source's text, so
        a scan of the table (or a look at `duplicate_of`, stored after the text) reads it all.
        Before it, two counts say whether any source is pending at all (scanned rows go with
        their source): the writer asks after every source it stores, and the search for the
        pending ones takes 3.4 ms on a 10,000-source desk, the counts 0.1 ms.
        """
        if not self.conn.execute(
            "SELECT (SELECT count(*) FROM sources) > (SELECT count(*) FROM aliases_scanned)"
        ).fetchone()[0]:
            return []
        rows = self.conn.execute(
            "SELECT seq, id FROM sources WHERE id NOT IN (SELECT source_id FROM aliases_scanned)"
        ).fetchall()
        pending = [sid for _, sid in sorted(rows)]
        copies: set[str] = set()
        for at in range(0, len(pending), ID_BATCH):
            batch = pending[at : at + ID_BATCH]
            marks = ", ".join("?" * len(batch))
            copies.update(
                row[0]
                for row in self.conn.execute(
                    f"SELECT id FROM sources WHERE id IN ({marks}) AND duplicate_of IS NOT NULL",
                    batch,
                )
            )
        return [sid for sid in pending if sid not in copies]

    def put_aliases(self, source_id: str, pairs: Sequence[tuple[str, str, str, str]]) -> None:
        """Record a source's (short_key, long_key, short, long) alias definitions."""
        with self._transaction():
            self.conn.execute("DELETE FROM aliases WHERE source_id = ?", (source_id,))
            self.conn.executemany(
                "INSERT INTO aliases VALUES (?, ?, ?, ?, ?)",
                [(source_id, *pair) for pair in pairs],
            )
            self.conn.execute("INSERT OR IGNORE INTO aliases_scanned VALUES (?)", (source_id,))

    def aliases(self, keys: Sequence[str]) -> list[tuple[str, str]]:
        """(short, long) alias pairs whose short or long key is one of `keys`."""
        wanted = sorted(set(keys))
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        rows = self.conn.execute(
            f"SELECT DISTINCT short, long FROM aliases WHERE short_key IN ({marks}) "
            f"OR long_key IN ({marks})",
            wanted + wanted,
        )
        return [(short, long) for short, long in rows]
