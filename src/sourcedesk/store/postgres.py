"""The team store: PostgreSQL through psycopg 3, with a tsvector/GIN sentence index.

Same contract as the SQLite store (see `store/base.py`): one transaction per source, numbered
migrations recorded in a table. Search takes the same query language as the SQLite store (the
FTS5 subset the answer engine writes: words, "phrases", prefix*, OR, AND, NOT, parentheses) and
translates it to a tsquery.

A sentence is a row of offsets and a tsvector of its text (weight A) in `sentence_spans`, keyed
`seq << KEY_BITS | position` (so several writers need not agree on keys; the view
`sentence_blocks` gives every source the whole key range). The GIN index keeps its pending list
of unmerged entries to the 64 kB minimum: the default 4 MB list stays allocated once filled
(measured: a 0.5 MB index took 3.1 MB), and no list at all made adding a page 40% slower. The
view `sentences` keeps the old columns for anyone reading the database with SQL. The table
`term_docs` counts the sentences holding each lexeme (kept by the writers, per source added or
removed): the answer engine's term statistics, as fts5vocab gives them on SQLite.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from sourcedesk.errors import DeskError
from sourcedesk.records import Passage, Reference, Segmented, Source
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

TS_CONFIG = "english"
SPAN_SEQ = f"(sp.key >> {KEY_BITS})"
# ts_rank_cd weights for D, C, B, A: the sentence text is weight A.
RANK_WEIGHTS = "{0.2, 0.2, 0.4, 1.0}"
# How many indexed sentences hold each lexeme, kept up to date by the writers: the answer
# engine's term statistics (a count per question would cost a scan of the term's GIN entries).
# Lexemes are counted in lexeme order, so concurrent writers lock the rows in one order.
COUNT_TERMS = (
    "INSERT INTO term_docs (term, docs) "
    "SELECT u.lexeme, %s * count(*) FROM sentence_spans sp, unnest(sp.tsv) u "
    "WHERE sp.key >= %s AND sp.key < %s GROUP BY u.lexeme ORDER BY u.lexeme "
    "ON CONFLICT (term) DO UPDATE SET docs = term_docs.docs + excluded.docs"
)
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
    (
        "compact sentence index: offsets keyed by source, tsvector of the sentence text only",
        f"""
        CREATE TABLE sentence_spans (
            key BIGINT PRIMARY KEY,
            paragraph INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            tsv tsvector NOT NULL
        );
        INSERT INTO sentence_spans
            SELECT (src.seq << {KEY_BITS}) | s.idx, s.paragraph, s.start, s."end",
                setweight(to_tsvector('{TS_CONFIG}', s.text), 'A')
            FROM sentences s JOIN sources src ON src.id = s.source_id;
        CREATE INDEX sentence_spans_tsv ON sentence_spans USING GIN (tsv)
            WITH (gin_pending_list_limit = 64);
        CREATE TABLE paragraph_spans (
            key BIGINT PRIMARY KEY, kind TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, section INTEGER NOT NULL
        );
        INSERT INTO paragraph_spans
            SELECT (src.seq << {KEY_BITS}) | p.idx, p.kind, p.start, p."end", p.section
            FROM paragraphs p JOIN sources src ON src.id = p.source_id;
        DROP TABLE sentences;
        DROP TABLE paragraphs;
        CREATE VIEW sentence_blocks AS
            SELECT seq, seq << {KEY_BITS} AS first, {KEY_MASK + 1} AS count FROM sources;
        CREATE VIEW sentences AS
            SELECT sp.key AS id, src.id AS source_id, (sp.key - b.first)::integer AS idx,
                sp.paragraph, sp.start, sp."end", coalesce(sec.heading, '') AS heading,
                src.title, substr(src.text, sp.start + 1, sp."end" - sp.start) AS text, sp.tsv
            FROM sentence_spans sp {span_joins(SPAN_SEQ)};
        CREATE VIEW paragraphs AS
            SELECT src.id AS source_id, (p.key & {KEY_MASK})::integer AS idx, p.kind, p.start,
                p."end", p.section
            FROM paragraph_spans p JOIN sources src ON src.seq = (p.key >> {KEY_BITS})
        """,
    ),
    (
        "term statistics: sentences per lexeme, kept by the writers",
        """
        CREATE TABLE term_docs (term TEXT PRIMARY KEY, docs INTEGER NOT NULL);
        INSERT INTO term_docs SELECT word, ndoc FROM ts_stat('SELECT tsv FROM sentence_spans')
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
    SPAN_SEQ = SPAN_SEQ

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.texts = TextCache()
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
                seq = self._insert_source(source, references, removed)
                self._insert_segments(seq, source, segmented)
        except psycopg.Error as exc:
            raise DeskError(f"{_redact(self.url)}: cannot write to the desk ({exc})") from exc

    def _insert_segments(self, seq: int, source: Source, seg: Segmented) -> None:
        paragraphs, sentences = layout_rows(seq, seg)
        self._insert_layout(source.id, seg, paragraphs)
        if source.duplicate_of:
            return  # an exact copy is kept for reading but not indexed twice
        self._run_many(
            'INSERT INTO sentence_spans (key, paragraph, start, "end", tsv) '
            f"VALUES (?, ?, ?, ?, setweight(to_tsvector('{TS_CONFIG}', ?), 'A'))",
            [
                ((seq << KEY_BITS) | i, para, start, end, source.text[start:end])
                for i, para, start, end in sentences
            ],
        )
        self._count_terms(seq, 1)

    def _count_terms(self, seq: int, sign: int) -> None:
        """Add (1) or take away (-1) the lexemes of a source's sentences in `term_docs`."""
        self.conn.execute(COUNT_TERMS, (sign, seq << KEY_BITS, (seq + 1) << KEY_BITS))

    def delete_source(self, source_id: str) -> None:
        """Remove a source and everything derived from it (the GIN index follows its rows)."""
        import psycopg

        try:
            with self.conn.transaction():
                block = self._block(source_id)
                if block:
                    self._count_terms(block[0], -1)
                self._delete_rows(source_id)
        except psycopg.Error as exc:
            raise DeskError(f"{_redact(self.url)}: cannot write to the desk ({exc})") from exc

    def search(self, match: str, limit: int) -> list[Passage]:
        """Sentences matching the query, best first (cover density rank)."""
        tsquery = fts_to_tsquery(match)
        if not tsquery:
            return []
        rows = self.conn.execute(
            f"SELECT {PASSAGE_COLUMNS.format(score='f.score')} FROM ("
            f"SELECT key, ts_rank_cd('{RANK_WEIGHTS}', tsv, q) AS score "
            f"FROM sentence_spans, to_tsquery('{TS_CONFIG}', %s) q WHERE tsv @@ q "
            "ORDER BY score DESC, key LIMIT %s) f "
            f"JOIN sentence_spans sp ON sp.key = f.key {span_joins(SPAN_SEQ)} "
            "ORDER BY f.score DESC, f.key",
            (tsquery, limit),
        ).fetchall()
        return self._passages(rows)

    def term_docs(self, terms: Sequence[str]) -> dict[str, int]:
        """How many indexed sentences hold each stemmed term: the answer engine's IDF weights,
        as fts5vocab gives them on SQLite, read from `term_docs`. A term is looked up as stored,
        then through the English stemmer (the engine stems with Porter, PostgreSQL with
        Snowball, and the two now and then differ)."""
        wanted = sorted({t for t in terms if t})
        if not wanted:
            return {}
        rows = self.conn.execute(
            "SELECT w, coalesce(nullif(exact.docs, 0), stemmed.docs) FROM unnest(%s::text[]) AS w "
            "LEFT JOIN term_docs exact ON exact.term = w "
            f"LEFT JOIN term_docs stemmed ON stemmed.term = (ts_lexize('{TS_CONFIG}_stem', w))[1]",
            (wanted,),
        )
        return {term: int(docs) for term, docs in rows if docs}

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
