"""The team store: PostgreSQL through psycopg 3, with a tsvector/GIN sentence index.

Same contract as the SQLite store (see `store/base.py`): one transaction per source, numbered
migrations recorded in a table. Search takes the same query language as the SQLite store (the
FTS5 subset the answer engine writes: words, "phrases", prefix*, OR, AND, NOT, parentheses) and
translates it to a tsquery.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from sourcedesk.errors import DeskError
from sourcedesk.records import Passage, Reference, Segmented, Source
from sourcedesk.store.sql import SQLStore, now_iso

TS_CONFIG = "english"
# Advisory lock key that serialises migrations between processes.
MIGRATION_LOCK = 0x5D_E5_C0

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "initial schema",
        """
        CREATE TABLE sources (
            seq BIGSERIAL UNIQUE,
            id TEXT PRIMARY KEY,
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
            idx INTEGER NOT NULL, heading TEXT NOT NULL, level INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            PRIMARY KEY (source_id, idx)
        );
        CREATE TABLE paragraphs (
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, kind TEXT NOT NULL, start INTEGER NOT NULL,
            "end" INTEGER NOT NULL, section INTEGER NOT NULL,
            PRIMARY KEY (source_id, idx)
        );
        CREATE TABLE sentences (
            id BIGSERIAL PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL, paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            heading TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,
            tsv tsvector NOT NULL
        );
        CREATE INDEX sentences_source ON sentences(source_id, idx);
        CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);
        CREATE TABLE turns (
            session TEXT NOT NULL, n INTEGER NOT NULL, question TEXT NOT NULL,
            resolved TEXT NOT NULL, answer_json TEXT NOT NULL, at TEXT NOT NULL,
            PRIMARY KEY (session, n)
        )
        """,
    ),
    (
        "index titles and origins for revision lookups",
        """
        CREATE INDEX sources_title ON sources(lower(title));
        CREATE INDEX sources_origin ON sources(origin)
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
        )
        """,
    ),
)

QUERY_TOKEN = re.compile(r'"[^"]*"|\(|\)|[^\s()"]+')
WORD = re.compile(r"\w+")


def fts_to_tsquery(match: str) -> str:
    """Translate the FTS5 query subset into PostgreSQL tsquery syntax."""
    out: list[str] = []
    for token in QUERY_TOKEN.findall(match):
        term = _translate_token(token)
        if term is None:
            continue
        if term in ("|", "&", "&!"):
            if out and out[-1] not in ("|", "&", "&!", "("):
                out.append(term)
            continue
        if out and out[-1] not in ("|", "&", "&!", "(") and term != ")":
            out.append("&")
        out.append(term)
    while out and out[-1] in ("|", "&", "&!"):
        out.pop()
    return " ".join(out)


def _translate_token(token: str) -> str | None:
    if token in ("(", ")"):
        return token
    if token in ("OR", "AND", "NOT"):
        return {"OR": "|", "AND": "&", "NOT": "&!"}[token]
    if token.startswith('"'):
        words = WORD.findall(token)
        return "(" + " <-> ".join(words) + ")" if words else None
    if ":" in token and not token.endswith("*"):
        token = token.split(":", 1)[1]  # column filters are not supported: search all columns
    words = WORD.findall(token)
    if not words:
        return None
    if token.endswith("*"):
        return "(" + " <-> ".join(words) + ":*)"
    return words[0] if len(words) == 1 else "(" + " <-> ".join(words) + ")"


class PostgresStore(SQLStore):
    """A desk in a PostgreSQL database, shared by a team."""

    PLACEHOLDER = "%s"

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        try:
            self.conn: Any = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise DeskError(f"{_redact(url)}: cannot connect ({exc})") from exc
        self._migrate()

    def _migrate(self) -> None:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            done = {row[0] for row in self.conn.execute("SELECT version FROM migrations")}
            for version, (name, sql) in enumerate(MIGRATIONS, start=1):
                if version not in done:
                    self.conn.execute(sql)
                    self.conn.execute(
                        "INSERT INTO migrations VALUES (%s, %s, %s)", (version, name, now_iso())
                    )

    def add_source(
        self,
        source: Source,
        segmented: Segmented,
        references: Sequence[Reference],
        removed: Sequence[str],
    ) -> None:
        """Store one source and its segments in one transaction."""
        import psycopg

        try:
            with self.conn.transaction():
                self._insert_source(source, references, removed)
                self._insert_segments(source, segmented)
        except psycopg.Error as exc:
            raise DeskError(f"{_redact(self.url)}: cannot write to the desk ({exc})") from exc

    def _insert_segments(self, source: Source, seg: Segmented) -> None:
        sid = source.id
        with self.conn.cursor() as cur:
            cur.executemany(
                'INSERT INTO sections (source_id, idx, heading, level, start, "end") '
                "VALUES (%s, %s, %s, %s, %s, %s)",
                [(sid, i, s.heading, s.level, s.start, s.end) for i, s in enumerate(seg.sections)],
            )
            cur.executemany(
                'INSERT INTO paragraphs (source_id, idx, kind, start, "end", section) '
                "VALUES (%s, %s, %s, %s, %s, %s)",
                [(sid, i, p.kind, p.start, p.end, p.section) for i, p in enumerate(seg.paragraphs)],
            )
            if source.duplicate_of:
                return
            rows = []
            for i, sent in enumerate(seg.sentences):
                para = seg.paragraphs[sent.paragraph]
                heading = seg.sections[para.section].heading if para.section >= 0 else ""
                text = seg.text[sent.start : sent.end]
                rows.append((sid, i, sent.paragraph, sent.start, sent.end, heading, source.title,
                             text, text, heading, source.title))  # fmt: skip
            cur.executemany(
                "INSERT INTO sentences "
                '(source_id, idx, paragraph, start, "end", heading, title, text, tsv) '
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, "
                f"setweight(to_tsvector('{TS_CONFIG}', %s), 'A') || "
                f"setweight(to_tsvector('{TS_CONFIG}', %s), 'B') || "
                f"setweight(to_tsvector('{TS_CONFIG}', %s), 'C'))",
                rows,
            )

    def delete_source(self, source_id: str) -> None:
        """Remove a source and everything derived from it."""
        with self.conn.transaction():
            self.conn.execute(
                "UPDATE sources SET revision_of = NULL WHERE revision_of = %s", (source_id,)
            )
            self.conn.execute(
                "UPDATE sources SET duplicate_of = NULL WHERE duplicate_of = %s", (source_id,)
            )
            self.conn.execute("DELETE FROM sources WHERE id = %s", (source_id,))

    def search(self, match: str, limit: int) -> list[Passage]:
        """Sentences matching the query, best first (cover density rank, weighted columns)."""
        tsquery = fts_to_tsquery(match)
        if not tsquery:
            return []
        rows = self.conn.execute(
            'SELECT s.source_id, s.start, s."end", s.text, '
            "ts_rank_cd('{0.2, 0.2, 0.4, 1.0}', s.tsv, q) AS score, s.title, s.heading, "
            "src.origin, s.idx, s.paragraph, src.published "
            f"FROM sentences s JOIN sources src ON src.id = s.source_id, "
            f"to_tsquery('{TS_CONFIG}', %s) q WHERE s.tsv @@ q ORDER BY score DESC, s.id LIMIT %s",
            (tsquery, limit),
        ).fetchall()
        return [Passage(*row) for row in rows]

    def add_turn(self, session: str, question: str, resolved: str, answer: dict) -> None:
        """Append one exchange to a session (serialised per session by a row lock)."""
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (session,))
            n = self.conn.execute(
                "SELECT coalesce(max(n), 0) + 1 FROM turns WHERE session = %s", (session,)
            ).fetchone()[0]
            self.conn.execute(
                "INSERT INTO turns VALUES (%s, %s, %s, %s, %s, %s)",
                (session, n, question, resolved, json.dumps(answer, ensure_ascii=False), now_iso()),
            )

    # -- caches of derived data ------------------------------------------------------------


def _redact(url: str) -> str:
    """A connection URL without its password."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)
