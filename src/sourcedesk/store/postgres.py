"""The team store: PostgreSQL through psycopg 3, with a tsvector/GIN sentence index.

Same contract as the SQLite store (see `store/base.py`): one transaction per source, numbered
migrations recorded in a table. Search takes the same query language as the SQLite store (the
FTS5 subset the answer engine writes: words, "phrases", prefix*, OR, AND, NOT, parentheses) and
translates it to a tsquery.

Sentences are keyed `seq << KEY_BITS | position` (so several writers need not agree on keys;
the view `sentence_blocks` gives every source the whole key range) in groups of up to four,
their tsvectors told apart by weight label, sixteen groups to a row of `sentence_spans` (see
`pg_schema.py`): a search finds rows through the GIN index over a row's lexemes, then matches
and ranks each sentence's own vector, as when every sentence had its own row. A source's
paragraphs are one row of `paragraph_spans`. The GIN index keeps its pending list
of unmerged entries to the 64 kB minimum: the default 4 MB list stays allocated once filled
(measured: a 0.5 MB index took 3.1 MB), and no list at all made adding a page 40% slower. The
views `sentences` and `paragraphs` keep the old columns for anyone reading the database with
SQL (a sentence's `tsv` there has its positions shifted by its group's earlier ones). The table
`term_docs` counts the sentences holding each lexeme (kept by the writers, per source added or
removed): the answer engine's term statistics, as fts5vocab gives them on SQLite.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from sourcedesk.errors import DeskError
from sourcedesk.records import Passage, Reference, Segmented, Source
from sourcedesk.store.base import SentenceRow
from sourcedesk.store.groups import GROUP_SOURCES
from sourcedesk.store.pg_schema import (
    EXPAND,
    GROUP_SENTENCES,
    HEADING_LOOKUP,
    MIGRATIONS,
    POSITIONS,
    ROW_SENTENCES,
    ROW_TSV,
    SPAN_JOINS,
    SPAN_SEQ,
    TS_CONFIG,
    group_sentences,
    group_spans,
    group_tsv,
    label_filter,
    row_firsts,
    row_groups,
)
from sourcedesk.store.sql import (
    KEY_BITS,
    KEY_MASK,
    PASSAGE_COLUMNS,
    SQLStore,
    TextCache,
    layout_rows,
    now_iso,
)

__all__ = ["MIGRATIONS", "PostgresStore", "fts_to_tsquery"]

# ts_rank_cd weights for D, C, B, A: every label counts as A did when each sentence had its
# own vector (the label says which sentence of a group a position belongs to).
RANK_WEIGHTS = "{1.0, 1.0, 1.0, 1.0}"
# How many indexed sentences hold each lexeme, kept up to date by the writers: the answer
# engine's term statistics (a count per question would cost a scan of the term's GIN entries).
# A sentence holds a lexeme when one of the lexeme's positions in its group carries the
# sentence's label. Lexemes are counted in lexeme order, so concurrent writers lock the rows in
# one order: a write group counts all its sources' lexemes in one statement, when it closes.
COUNT_TERMS = (
    "INSERT INTO term_docs (term, docs) "
    "SELECT lexeme, %s * count(*) FROM (SELECT DISTINCT g.key, v.j, u.lexeme, w "
    "FROM sentence_spans g, unnest(g.tsv) WITH ORDINALITY v(tsv, j), unnest(v.tsv) u, "
    "unnest(u.weights) w "
    f"WHERE g.key >= %s AND g.key < %s AND g.key >> {KEY_BITS} = ANY(%s)) found "
    "GROUP BY lexeme ORDER BY lexeme "
    "ON CONFLICT (term) DO UPDATE SET docs = term_docs.docs + excluded.docs"
)
# The sentences of a search: each sentence, of the groups holding the query's positive part
# `{group}` in the rows the GIN index finds for it `{row}`, whose own vector matches `q`
# (`OFFSET 0` keeps that vector computed once, not once to match and once to rank). A group can
# fail `q` while one of its sentences passes (`a & !b` with `b` in a neighbour), never
# `querytree(q)`, which leaves the negations out; a row is looked up with its phrases loosened
# to `&` (its index vector has no positions, so a phrase there would have to be rechecked).
# A sentence's position in its row `sp.m` is its group's first `g.firsts[v.j]` plus its label.
MATCHES = (
    "SELECT g.key + f.n AS key, g.spans, f.n, f.score FROM sentence_spans g "
    f"CROSS JOIN to_tsquery('{TS_CONFIG}', %s) q "
    "CROSS JOIN LATERAL (SELECT g.firsts[v.j] + sp.n AS n, "
    f"ts_rank_cd('{RANK_WEIGHTS}', sp.tsv, q) AS score "
    "FROM unnest(g.tsv) WITH ORDINALITY v(tsv, j) "
    f"CROSS JOIN LATERAL (SELECT sp.n, {label_filter('v.tsv', 'sp.n')} AS tsv "
    f"FROM {POSITIONS} sp(n) WHERE g.firsts[v.j] + sp.n < "
    "coalesce(g.firsts[v.j + 1], cardinality(g.spans) / 4) OFFSET 0) sp "
    "WHERE {group} sp.tsv @@ q) f WHERE {row} ORDER BY score DESC, key LIMIT %s"
)
# A source's rows of `sentence_spans`: key, spans, firsts, and the texts of the first, second,
# third and fourth sentence of each group (NULL past a group's end), made vectors here.
INSERT_ROW = (
    "INSERT INTO sentence_spans (key, spans, firsts, tsv) SELECT %s, %s, %s, "
    f"ARRAY(SELECT {group_tsv(['t.a', 't.b', 't.c', 't.d'])} "
    "FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[]) WITH ORDINALITY t(a, b, c, d, o) "
    "ORDER BY t.o)"
)
# The sentence row `sp` of key `w.key` in its row `g` (none when `g` ends before it, as the
# last row of an earlier source does for a source without sentences).
SENTENCE_AT = (
    "CROSS JOIN LATERAL (SELECT w.key, g.spans[4 * i + 1] AS paragraph, "
    'g.spans[4 * i + 2] AS start, g.spans[4 * i + 3] AS "end", g.spans[4 * i + 4] AS section '
    f"FROM (SELECT least(w.key - g.key, {ROW_SENTENCES})::integer AS i) i "
    "WHERE 4 * i < cardinality(g.spans)) sp"
)
# The sentence row `sp` of a match `f`.
MATCH_ROW = (
    "CROSS JOIN LATERAL (SELECT f.key, f.spans[4 * f.n + 1] AS paragraph, "
    'f.spans[4 * f.n + 2] AS start, f.spans[4 * f.n + 3] AS "end", '
    "f.spans[4 * f.n + 4] AS section) sp"
)
# One source's sentences at positions first..last: parameters (first - ROW_SENTENCES + 1,
# last, first, last, id); the rows that can hold them start at most that far before `first`.
SOURCE_SENTENCES = (
    "FROM sources src JOIN sentence_blocks b ON b.seq = src.seq "
    "JOIN sentence_spans g ON g.key >= b.first + %s AND g.key <= b.first + %s "
    f"{EXPAND} {HEADING_LOOKUP} "
    "WHERE sp.key - b.first BETWEEN %s AND %s AND src.id = %s ORDER BY sp.key"
)
# Advisory lock key that serialises migrations between processes.
MIGRATION_LOCK = 0x5D_E5_C0

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
    group_sources = GROUP_SOURCES  # sources `Desk.add` writes in one `write_group`

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.texts = TextCache()
        self._group_open = self._group_failed = False
        self._group_seqs: list[int] = []  # sources of the open write group, lexemes not counted
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
                    if callable(sql):
                        sql(self.conn)
                    else:
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
            with self._transaction():
                seq = self._insert_source(source, references, removed)
                self._insert_segments(seq, source, segmented)
        except psycopg.Error as exc:
            raise DeskError(f"{_redact(self.url)}: cannot write to the desk ({exc})") from exc

    @contextlib.contextmanager
    def write_group(self) -> Iterator[None]:
        """One transaction for every write inside: committed together on leaving, or rolled
        back whole when one of them failed (the error is raised; a failure caught inside the
        group still undoes it). The sources' lexemes are counted in `term_docs` once, as the
        group closes: one statement, in lexeme order, as for a single source, so concurrent
        writers still lock those rows in one order."""
        if self._group_open:
            yield
            return
        self._group_open, self._group_failed, self._group_seqs = True, False, []
        try:
            with self.conn.transaction():
                yield
                if self._group_failed:
                    raise DeskError(
                        f"{_redact(self.url)}: a write of the group failed; none of it was kept"
                    )
                if self._group_seqs:
                    self._count_terms(self._group_seqs, 1)
        finally:
            self._group_open = False

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """A transaction (a savepoint inside a write group, which then cannot commit)."""
        try:
            with self.conn.transaction():
                yield
        except BaseException:
            self._group_failed = self._group_open
            raise

    def _insert_segments(self, seq: int, source: Source, seg: Segmented) -> None:
        _, sentences = layout_rows(seq, seg)
        self._insert_layout_rows(seq, source.id, seg)
        if source.duplicate_of:
            return  # an exact copy is kept for reading but not indexed twice
        placed = [(*row, seg.paragraphs[row[1]].section) for row in sentences]
        rows = []
        for groups in row_groups(group_sentences(placed)):
            texts: list[list[str | None]] = [[] for _ in range(GROUP_SENTENCES)]
            for group in groups:
                for i in range(GROUP_SENTENCES):
                    texts[i].append(
                        source.text[group[i][2] : group[i][3]] if i < len(group) else None
                    )
            spans = [value for group in groups for value in group_spans(group)]
            rows.append(((seq << KEY_BITS) | groups[0][0][0], spans, row_firsts(groups), *texts))
        self.conn.cursor().executemany(INSERT_ROW, rows)
        self.conn.execute("INSERT INTO sentence_counts VALUES (%s, %s)", (seq, len(sentences)))
        if self._group_open:
            self._group_seqs.append(seq)  # counted with the group's other sources
        else:
            self._count_terms([seq], 1)

    def _insert_layout_rows(self, seq: int, sid: str, seg: Segmented) -> None:
        """Insert a source's sections, and its paragraphs packed in one row."""
        self.conn.cursor().executemany(
            'INSERT INTO sections (source_id, idx, heading, level, start, "end") '
            "VALUES (%s, %s, %s, %s, %s, %s)",
            [(sid, i, s.heading, s.level, s.start, s.end) for i, s in enumerate(seg.sections)],
        )
        if seg.paragraphs:
            self.conn.execute(
                "INSERT INTO paragraph_spans (key, kinds, spans) VALUES (%s, %s, %s)",
                (
                    seq << KEY_BITS,
                    [p.kind for p in seg.paragraphs],
                    [[p.start, p.end, p.section] for p in seg.paragraphs],
                ),
            )

    def _count_terms(self, seqs: list[int], sign: int) -> None:
        """Add (1) or take away (-1) the lexemes of these sources' sentences in `term_docs`.

        One key range around them all (with the sources picked out of it): a range the planner
        can estimate, where a join with the list of sources looked a thousand times larger and
        had every group's count JIT-compiled (0.2 s a statement).
        """
        low, high = min(seqs) << KEY_BITS, (max(seqs) + 1) << KEY_BITS
        self.conn.execute(COUNT_TERMS, (sign, low, high, seqs))

    def delete_source(self, source_id: str) -> None:
        """Remove a source and everything derived from it (the GIN index follows its rows)."""
        import psycopg

        try:
            with self._transaction():
                block = self._block(source_id)
                if block:
                    self._count_terms([block[0]], -1)
                self._delete_rows(source_id)
        except psycopg.Error as exc:
            raise DeskError(f"{_redact(self.url)}: cannot write to the desk ({exc})") from exc

    def search(self, match: str, limit: int) -> list[Passage]:
        """Sentences matching the query, best first (cover density rank)."""
        tsquery = fts_to_tsquery(match)
        if not tsquery:
            return []
        positive, loose = self.conn.execute(
            f"SELECT querytree(to_tsquery('{TS_CONFIG}', %s)), "
            f"querytree(to_tsquery('{TS_CONFIG}', %s))",
            (tsquery, tsquery.replace("<->", "&")),
        ).fetchone()
        params: list[Any] = [tsquery]
        group = row = ""  # only negations (every other word a stop word): read every group
        if positive != "T":
            group, params = "v.tsv @@ %s::tsquery AND", [*params, positive]
        if loose != "T":
            row, params = f"{ROW_TSV.format('g.tsv')} @@ %s::tsquery", [*params, loose]
        matches = MATCHES.replace("{group}", group).replace("{row}", row or "true")
        rows = self.conn.execute(
            f"SELECT {PASSAGE_COLUMNS.format(score='f.score')} FROM "
            f"({matches}) f {MATCH_ROW} {SPAN_JOINS} ORDER BY f.score DESC, f.key",
            [*params, limit],
        ).fetchall()
        return self._passages(rows)

    def sentences(self, source_id: str) -> list[SentenceRow]:
        """A source's indexed sentences in order."""
        rows = self.conn.execute(
            'SELECT src.id, sp.key - b.first, sp.paragraph, sp.start, sp."end", '
            f"coalesce(sec.heading, '') {SOURCE_SENTENCES}",
            (0, KEY_MASK, 0, KEY_MASK, source_id),
        )
        return [SentenceRow(*row) for row in rows]

    def passages(self, source_id: str, first: int, last: int) -> list[Passage]:
        """Sentences `first`..`last` (by position) of one source, as passages."""
        first, last = max(first, 0), min(last, KEY_MASK)
        rows = self.conn.execute(
            f"SELECT {PASSAGE_COLUMNS.format(score='0.0')} {SOURCE_SENTENCES}",
            (max(first - ROW_SENTENCES + 1, 0), last, first, last, source_id),
        ).fetchall()
        return self._passages(rows)

    def sentences_at(self, places: Sequence[tuple[str, int]]) -> list[Passage]:
        """The sentences at these (source_id, position) places, as passages (two queries)."""
        ids = sorted({sid for sid, _ in places})
        if not ids:
            return []
        seqs = dict(
            self.conn.execute("SELECT id, seq FROM sources WHERE id = ANY(%s)", (ids,)).fetchall()
        )
        keys = sorted(
            {
                (seqs[sid] << KEY_BITS) | idx
                for sid, idx in places
                if sid in seqs and 0 <= idx <= KEY_MASK
            }
        )
        if not keys:
            return []
        rows = self.conn.execute(
            f"SELECT {PASSAGE_COLUMNS.format(score='0.0')} FROM unnest(%s::bigint[]) w(key) "
            "CROSS JOIN LATERAL (SELECT g.key, g.spans FROM sentence_spans g WHERE g.key <= w.key "
            f"ORDER BY g.key DESC LIMIT 1) g {SENTENCE_AT} {SPAN_JOINS} ORDER BY sp.key",
            (keys,),
        ).fetchall()
        return self._passages(rows)

    def sentence_count(self) -> int:
        """How many sentences the index holds."""
        row = self.conn.execute(
            "SELECT coalesce(sum(sentences), 0) FROM sentence_counts"
        ).fetchone()
        return int(row[0])

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
