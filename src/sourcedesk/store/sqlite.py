"""The embedded store: one SQLite file in WAL mode with an FTS5 sentence index.

Schema changes are numbered migrations recorded in the `migrations` table. Sentences keep their
text in an ordinary table; `sentence_fts` is an external-content FTS5 index over it (porter
stemming, diacritics folded), so a bm25() query returns rowids that join back to offsets.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from sourcedesk.errors import DeskError
from sourcedesk.records import Passage, Reference, Segmented, Source
from sourcedesk.store.sql import SQLStore, now_iso

BUSY_TIMEOUT_MS = 30_000

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
)


class SQLiteStore(SQLStore):
    """A desk in one SQLite file (or `:memory:`)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
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
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
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
            for version, (name, sql) in enumerate(MIGRATIONS, start=1):
                if version in done:
                    continue
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    for statement in sql.split(";"):
                        if statement.strip():
                            self.conn.execute(statement)
                    self.conn.execute(
                        "INSERT INTO migrations VALUES (?, ?, ?)", (version, name, now_iso())
                    )
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
        except sqlite3.OperationalError as exc:
            raise DeskError(f"{self.path}: cannot prepare the desk ({exc})") from exc
        except sqlite3.DatabaseError as exc:
            raise DeskError(f"{self.path}: the desk file is corrupt ({exc})") from exc

    # -- writing -------------------------------------------------------------------------

    def add_source(
        self,
        source: Source,
        segmented: Segmented,
        references: Sequence[Reference],
        removed: Sequence[str],
    ) -> None:
        """Store one source and its segments in a single transaction."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self._insert_source(source, references, removed)
                self._insert_segments(source, segmented)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise DeskError(f"{self.path}: cannot write to the desk ({exc})") from exc

    def _insert_segments(self, source: Source, seg: Segmented) -> None:
        sid = source.id
        self.conn.executemany(
            'INSERT INTO sections (source_id, idx, heading, level, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(sid, i, s.heading, s.level, s.start, s.end) for i, s in enumerate(seg.sections)],
        )
        self.conn.executemany(
            'INSERT INTO paragraphs (source_id, idx, kind, start, "end", section) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(sid, i, p.kind, p.start, p.end, p.section) for i, p in enumerate(seg.paragraphs)],
        )
        if source.duplicate_of:
            return  # an exact copy is kept for reading but not indexed twice
        rows = []
        for i, sent in enumerate(seg.sentences):
            para = seg.paragraphs[sent.paragraph]
            heading = seg.sections[para.section].heading if para.section >= 0 else ""
            text = seg.text[sent.start : sent.end]
            rows.append((sid, i, sent.paragraph, sent.start, sent.end, heading, source.title, text))
        self.conn.executemany(
            'INSERT INTO sentences (source_id, idx, paragraph, start, "end", heading, title, text) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self.conn.execute(
            "INSERT INTO sentence_fts (rowid, text, heading, title) "
            "SELECT rowid, text, heading, title FROM sentences WHERE source_id = ?",
            (sid,),
        )

    def delete_source(self, source_id: str) -> None:
        """Remove a source, its segments and its index entries in one transaction."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute(
                "INSERT INTO sentence_fts (sentence_fts, rowid, text, heading, title) "
                "SELECT 'delete', rowid, text, heading, title FROM sentences WHERE source_id = ?",
                (source_id,),
            )
            self.conn.execute("DELETE FROM sentences WHERE source_id = ?", (source_id,))
            self.conn.execute("DELETE FROM paragraphs WHERE source_id = ?", (source_id,))
            self.conn.execute("DELETE FROM sections WHERE source_id = ?", (source_id,))
            self.conn.execute(
                "UPDATE sources SET revision_of = NULL WHERE revision_of = ?", (source_id,)
            )
            self.conn.execute(
                "UPDATE sources SET duplicate_of = NULL WHERE duplicate_of = ?", (source_id,)
            )
            self.conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    # -- reading -------------------------------------------------------------------------

    def search(self, match: str, limit: int) -> list[Passage]:
        """Sentences matching an FTS5 query, best bm25 first (text weighs most).

        Ranking happens inside the index; only the rows kept are joined to their sources.
        """
        try:
            rows = self.conn.execute(
                'SELECT s.source_id, s.start, s."end", s.text, f.score, s.title, s.heading,'
                " src.origin, s.idx, s.paragraph, src.published FROM ("
                "SELECT rowid, bm25(sentence_fts, 1.0, 0.3, 0.2) AS score FROM sentence_fts "
                "WHERE sentence_fts MATCH ? ORDER BY score LIMIT ?) f "
                "JOIN sentences s ON s.rowid = f.rowid JOIN sources src ON src.id = s.source_id "
                "ORDER BY f.score",
                (match, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise DeskError(f"search query {match!r} failed: {exc}") from exc
        return [
            Passage(sid, start, end, text, -score, title, heading, origin, idx, para, published)
            for sid, start, end, text, score, title, heading, origin, idx, para, published in rows
        ]

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

    # -- caches of derived data ------------------------------------------------------------

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
        """Indexed sources whose alias definitions have not been read yet."""
        rows = self.conn.execute(
            "SELECT id FROM sources WHERE duplicate_of IS NULL "
            "AND id NOT IN (SELECT source_id FROM aliases_scanned) ORDER BY seq"
        )
        return [row[0] for row in rows]

    def put_aliases(self, source_id: str, pairs: Sequence[tuple[str, str, str, str]]) -> None:
        """Record a source's (short_key, long_key, short, long) alias definitions."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute("DELETE FROM aliases WHERE source_id = ?", (source_id,))
            self.conn.executemany(
                "INSERT INTO aliases VALUES (?, ?, ?, ?, ?)",
                [(source_id, *pair) for pair in pairs],
            )
            self.conn.execute("INSERT OR IGNORE INTO aliases_scanned VALUES (?)", (source_id,))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

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

    def sentences_at(self, places: Sequence[tuple[str, int]]) -> list[Passage]:
        """The sentences at these (source_id, position) places, as passages (one query)."""
        wanted = sorted(set(places))
        if not wanted:
            return []
        marks = " OR ".join("(s.source_id = ? AND s.idx = ?)" for _ in wanted)
        rows = self.conn.execute(
            'SELECT s.source_id, s.start, s."end", s.text, 0.0, s.title, s.heading, src.origin,'
            " s.idx, s.paragraph, src.published FROM sentences s "
            "JOIN sources src ON src.id = s.source_id "
            f"WHERE {marks}",
            [value for place in wanted for value in place],
        ).fetchall()
        return [Passage(*row) for row in rows]
