"""The PostgreSQL desk's schema: its numbered migrations and the rows of its sentence index.

Sentences are grouped by up to `GROUP_SENTENCES` consecutive sentences of one source, and a
group's vector is their tsvectors concatenated, sentence i's positions labelled with weight
`LABELS[i]`: `ts_filter(vector, '{LABEL}')` gives back one sentence's vector exactly (its
positions shifted, which neither matching nor `ts_rank_cd` sees), so a sentence is still what
a search matches and ranks, while a word repeated in neighbouring sentences is stored once. A
group stops at `GROUP_CHARS` characters, so its positions stay far below tsvector's 16,383 and
a word would need to fill a quarter of its words to pass the 256 positions a lexeme keeps; a
longer sentence is a group of its own.

A row of `sentence_spans` (since migration 8) holds up to `ROW_GROUPS` consecutive groups of
one source, keyed by its first sentence's key (`seq << KEY_BITS | position`): `spans` lists
each sentence's paragraph, start, end and section, `firsts` the row position of each group's
first sentence, and `tsv` the groups' vectors, an array large enough for TOAST to compress
(lz4 where the server has it) and keep out of line. The GIN index is over the row's lexemes
(`ROW_TSV`, an expression, nothing stored): a search finds rows through it, then groups whose
vector holds the query's positive part, then sentences. At 1,000 generated pages this takes
the sentence index from 20.4 MB to 14.1 MB (rows 2.0 MB, vectors compressed out of line
10.8 MB, GIN 1.3 MB), with the same vectors as before. `EXPAND` turns a row `g` into one row
`sp` per sentence (`key`, `paragraph`, `start`, `end`, `section`, `n` its position in the
row). A row of `paragraph_spans` holds every paragraph of one source (key `seq << KEY_BITS`):
`kinds`, and `spans` as rows of start, end and section; only the `paragraphs` view reads it,
since a sentence carries its section.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import groupby
from typing import Any

from sourcedesk.store.sql import KEY_BITS, KEY_MASK, span_joins

TS_CONFIG = "english"
SPAN_SEQ = f"(sp.key >> {KEY_BITS})"
# Sentences per group: one per tsvector weight label.
LABELS = "ABCD"
GROUP_SENTENCES = len(LABELS)
# Characters of text at most in a group of several sentences.
GROUP_CHARS = 2000
# Groups per row of `sentence_spans`. Measured at 1,000 generated pages (sentence index, MB;
# the engine's searches for 300 questions, total against one group a row): 8 groups 16.5 MB,
# 16 groups 14.3 MB (1.3-1.4x the search time), 32 groups 12.6 MB (1.5x); one group a row
# took 20.4 MB. A row below about 2 kB is never compressed, so fewer groups save little.
ROW_GROUPS = 16
ROW_SENTENCES = GROUP_SENTENCES * ROW_GROUPS

Migration = str | Callable[[Any], None]


def _positions(count: int) -> str:
    """Positions 0 .. count - 1 as a constant of known size: the planner takes generate_series()
    for 1,000 rows, costs a source's few sentences in the millions and compiles them (JIT)."""
    return "(VALUES " + ", ".join(f"({n})" for n in range(count)) + ")"


# A group's sentences, and a row's.
POSITIONS = _positions(GROUP_SENTENCES)
ROW_POSITIONS = _positions(ROW_SENTENCES)

# A sentence's four values in `spans`: paragraph, start, end and the paragraph's section.
SPAN_VALUES = 4


def _expand(positions: str) -> str:
    return (
        "CROSS JOIN LATERAL (SELECT g.key + i AS key, g.spans[4 * i + 1] AS paragraph, "
        'g.spans[4 * i + 2] AS start, g.spans[4 * i + 3] AS "end", g.spans[4 * i + 4] AS section, '
        f"i AS n FROM {positions} i(i) WHERE 4 * i < cardinality(g.spans)) sp"
    )


# A row `g` of `sentence_spans` as one row `sp` per sentence.
EXPAND = _expand(ROW_POSITIONS)
# From a sentence row `sp` of source `src` to its heading `sec.heading`, row by row (`LIMIT 1`
# keeps the planner from flattening it into a hash join that reads every section).
HEADING_LOOKUP = (
    "LEFT JOIN LATERAL (SELECT s.heading FROM sections s WHERE s.source_id = src.id "
    "AND s.idx = sp.section LIMIT 1) sec ON true"
)
# Joins from a sentence row `sp` to its source `src`, its block `b` and its heading.
SPAN_JOINS = (
    f"JOIN sources src ON src.seq = (sp.key >> {KEY_BITS}) "
    f"JOIN sentence_blocks b ON b.seq = src.seq {HEADING_LOOKUP}"
)


def label_filter(vector: str, index: str) -> str:
    """SQL: the vector of sentence `index` (0-3) of a group, out of the group's `vector`."""
    return f"ts_filter({vector}, ARRAY[substr('{LABELS}', {index} + 1, 1)]::\"char\"[])"


def group_tsv(texts: Sequence[str]) -> str:
    """SQL: the labelled vector of a group of up to four texts (NULL where it is shorter)."""
    return " || ".join(
        f"coalesce(setweight(to_tsvector('{TS_CONFIG}', {text}), '{label}'), '')"
        for text, label in zip(texts, LABELS, strict=True)
    )


# The function that the GIN index is over: every lexeme of a row's group vectors, without
# positions, merged by `tsvector || tsvector` (52 us a row of sixteen groups; a DISTINCT over
# unnested lexemes took 340 us). Its search_path is fixed, as a restore runs with none.
ROW_TSV_FUNCTION = (
    "CREATE AGGREGATE sentence_tsv_union(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector); "
    "CREATE FUNCTION sentence_row_tsv(tsvector[]) RETURNS tsvector LANGUAGE sql IMMUTABLE "
    "STRICT PARALLEL SAFE COST 1000 SET search_path FROM CURRENT "
    "AS $$ SELECT sentence_tsv_union(strip(v)) FROM unnest($1) v $$"
)
# A search must read only the rows the GIN index finds: with statistics on the index's
# expression, a planner that reckons a query matches most rows reads them all and computes
# each row's lexemes instead (540 ms instead of 86 ms for a plain OR of six common words at
# 1,000 pages). Without them it takes a few percent for each word (`tsquery_opr_selec_no_stats`)
# and goes through the index; the function's cost keeps it there for long ORs.
ROW_INDEX = (
    "CREATE INDEX sentence_spans_tsv ON sentence_spans USING GIN (sentence_row_tsv(tsv)) "
    "WITH (gin_pending_list_limit = 64); "
    "ALTER INDEX sentence_spans_tsv ALTER COLUMN 1 SET STATISTICS 0"
)
ROW_TSV = "sentence_row_tsv({})"  # of a column of vectors
# Sentence `sp.n` of row `g`: its group `f.j` (the last group starting at or before it), and
# its own vector relabelled A, as it was stored when every sentence had its own row.
SENTENCE_TSV = (
    f"(SELECT setweight({label_filter('g.tsv[f.j]', 'sp.n - f.s')}, 'A') FROM (SELECT s, j "
    "FROM unnest(g.firsts) WITH ORDINALITY f(s, j) WHERE s <= sp.n ORDER BY j DESC LIMIT 1) f)"
)
SENTENCES_VIEW = (
    "CREATE VIEW sentences AS "
    "SELECT sp.key AS id, src.id AS source_id, (sp.key - b.first)::integer AS idx, "
    "sp.paragraph, sp.start, sp.\"end\", coalesce(sec.heading, '') AS heading, src.title, "
    'substr(src.text, sp.start + 1, sp."end" - sp.start) AS text, '
    f"{SENTENCE_TSV} AS tsv "
    f"FROM sentence_spans g {EXPAND} {SPAN_JOINS}"
)
# The views as migration 6 made them, one group a row.
GROUP_VIEWS = (
    "CREATE VIEW sentences AS "
    "SELECT sp.key AS id, src.id AS source_id, (sp.key - b.first)::integer AS idx, "
    "sp.paragraph, sp.start, sp.\"end\", coalesce(sec.heading, '') AS heading, src.title, "
    'substr(src.text, sp.start + 1, sp."end" - sp.start) AS text, '
    f"setweight({label_filter('g.tsv', 'sp.n')}, 'A') AS tsv "
    f"FROM sentence_spans g {_expand(POSITIONS)} {SPAN_JOINS}; "
    "CREATE VIEW paragraphs AS "
    "SELECT src.id AS source_id, i AS idx, p.kinds[i + 1] AS kind, p.spans[i + 1][1] AS start, "
    'p.spans[i + 1][2] AS "end", p.spans[i + 1][3] AS section FROM paragraph_spans p '
    f"JOIN sources src ON src.seq = (p.key >> {KEY_BITS}) "
    "CROSS JOIN LATERAL generate_series(0, cardinality(p.kinds) - 1) i"
)
# Old rows to new: the paragraphs of each source packed in one row; then the old tables go.
PACK_PARAGRAPHS = (
    "CREATE TABLE paragraph_packs (key BIGINT PRIMARY KEY, kinds TEXT[] NOT NULL, "
    "spans INTEGER[] NOT NULL); "
    f"INSERT INTO paragraph_packs SELECT (key >> {KEY_BITS}) << {KEY_BITS}, "
    'array_agg(kind ORDER BY key), array_agg(ARRAY[start, "end", section] ORDER BY key) '
    f"FROM paragraph_spans GROUP BY key >> {KEY_BITS}; "
    "DROP VIEW sentences; DROP VIEW paragraphs; DROP TABLE sentence_spans; "
    "DROP TABLE paragraph_spans; "
    "ALTER TABLE sentence_groups RENAME TO sentence_spans; "
    "ALTER INDEX sentence_groups_pkey RENAME TO sentence_spans_pkey; "
    "ALTER TABLE paragraph_packs RENAME TO paragraph_spans; "
    "ALTER INDEX paragraph_packs_pkey RENAME TO paragraph_spans_pkey; "
    "CREATE INDEX sentence_spans_tsv ON sentence_spans USING GIN (tsv) "
    "WITH (gin_pending_list_limit = 64); "
)


def group_sentences(sentences: Sequence[tuple[int, ...]]) -> list[list[tuple[int, ...]]]:
    """Consecutive sentence rows `(position, paragraph, start, end, section)` of one source, in
    groups of at most `GROUP_SENTENCES` and, when more than one, `GROUP_CHARS` characters."""
    groups: list[list[tuple[int, ...]]] = []
    chars = 0
    for row in sentences:
        length = row[3] - row[2]
        if groups and len(groups[-1]) < GROUP_SENTENCES and chars + length <= GROUP_CHARS:
            groups[-1].append(row)
            chars += length
        else:
            groups.append([row])
            chars = length
    return groups


def group_spans(group: Sequence[tuple[int, ...]]) -> list[int]:
    """The `spans` column of a group: paragraph, start, end and section of each sentence."""
    return [value for row in group for value in row[1 : 1 + SPAN_VALUES]]


def regroup(conn: Any) -> None:
    """Migration: one row per sentence becomes one per group of sentences, and one row per
    paragraph one per source."""
    conn.execute(
        "CREATE TABLE sentence_groups (key BIGINT PRIMARY KEY, spans INTEGER[] NOT NULL, "
        "tsv tsvector NOT NULL)"
    )
    rows = conn.execute(
        'SELECT sp.key, sp.paragraph, sp.start, sp."end", p.section FROM sentence_spans sp '
        f"JOIN paragraph_spans p ON p.key = ((sp.key >> {KEY_BITS}) << {KEY_BITS}) | sp.paragraph "
        "ORDER BY sp.key"
    )
    old_vector = "coalesce((SELECT setweight(tsv, '{}') FROM sentence_spans WHERE key = %s), '')"
    insert = (
        "INSERT INTO sentence_groups (key, spans, tsv) VALUES (%s, %s, "
        + " || ".join(old_vector.format(label) for label in LABELS)
        + ")"
    )
    values = []
    for seq, source_rows in groupby(rows.fetchall(), key=lambda row: row[0] >> KEY_BITS):
        first = seq << KEY_BITS
        positioned = [(row[0] & KEY_MASK, *row[1:]) for row in source_rows]
        for group in group_sentences(positioned):
            keys: list[int | None] = [first + row[0] for row in group]
            keys += [None] * (GROUP_SENTENCES - len(keys))
            values.append((keys[0], group_spans(group), *keys))
    conn.cursor().executemany(insert, values)
    conn.execute(PACK_PARAGRAPHS + GROUP_VIEWS)


def row_groups(groups: Sequence[Sequence[Any]]) -> list[Sequence[Sequence[Any]]]:
    """A source's groups, in order, `ROW_GROUPS` to a row of `sentence_spans`."""
    return [groups[i : i + ROW_GROUPS] for i in range(0, len(groups), ROW_GROUPS)]


def row_firsts(groups: Sequence[Sequence[Any]]) -> list[int]:
    """The `firsts` column of a row: the row position of each group's first sentence."""
    firsts, n = [], 0
    for group in groups:
        firsts.append(n)
        n += len(group)
    return firsts


def _lz4(conn: Any) -> bool:
    """Whether the server compresses with lz4 (PostgreSQL 14 or later, built with it)."""
    row = conn.execute(
        "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
    ).fetchone()
    return bool(row and row[0])


# Migration 8: the group rows of each source, `ROW_GROUPS` to a row, vectors copied as they are.
PACK_ROWS = (
    "INSERT INTO sentence_rows (key, spans, firsts, tsv) "
    "SELECT min(key), string_to_array(string_agg(array_to_string(spans, ','), ',' ORDER BY key), "
    "',')::integer[], array_agg(first ORDER BY key), array_agg(tsv ORDER BY key) "
    "FROM (SELECT key, spans, tsv, r, (sum(cardinality(spans) / 4) OVER (PARTITION BY "
    f"key >> {KEY_BITS}, r ORDER BY key) - cardinality(spans) / 4)::smallint AS first "
    f"FROM (SELECT key, spans, tsv, (row_number() OVER (PARTITION BY key >> {KEY_BITS} "
    f"ORDER BY key) - 1) / {ROW_GROUPS} AS r FROM sentence_spans) numbered) placed "
    f"GROUP BY key >> {KEY_BITS}, r"
)


def pack_rows(conn: Any) -> None:
    """Migration: one row per group of sentences becomes one per `ROW_GROUPS` groups, their
    vectors in an array that TOAST compresses, and the GIN index one over each row's lexemes."""
    compression = " COMPRESSION lz4" if _lz4(conn) else ""
    conn.execute(
        "CREATE TABLE sentence_rows (key BIGINT PRIMARY KEY, spans INTEGER[] NOT NULL, "
        f"firsts SMALLINT[] NOT NULL, tsv tsvector[]{compression} NOT NULL)"
    )
    conn.execute(PACK_ROWS)
    conn.execute(
        f"{ROW_TSV_FUNCTION}; DROP VIEW sentences; DROP TABLE sentence_spans; "
        "ALTER TABLE sentence_rows RENAME TO sentence_spans; "
        "ALTER INDEX sentence_rows_pkey RENAME TO sentence_spans_pkey; "
        f"{ROW_INDEX}; {SENTENCES_VIEW}"
    )


MIGRATIONS: tuple[tuple[str, Migration], ...] = (
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
    (
        "sentences four to a row, told apart by tsvector weight; paragraphs one row per source",
        regroup,
    ),
    (
        "sentences per source, for a quick count of the index",
        f"""
        CREATE TABLE sentence_counts (
            seq BIGINT PRIMARY KEY REFERENCES sources(seq) ON DELETE CASCADE,
            sentences INTEGER NOT NULL
        );
        INSERT INTO sentence_counts
            SELECT key >> {KEY_BITS}, sum(cardinality(spans) / {SPAN_VALUES}) FROM sentence_spans
            GROUP BY key >> {KEY_BITS}
        """,
    ),
    (
        "sixteen groups of sentences to a row, their vectors compressed; GIN over a row's lexemes",
        pack_rows,
    ),
    (
        "who wrote a source and what kind of page it is",
        """
        ALTER TABLE sources ADD COLUMN IF NOT EXISTS author TEXT;
        ALTER TABLE sources ADD COLUMN IF NOT EXISTS genre TEXT
        """,
    ),
)
