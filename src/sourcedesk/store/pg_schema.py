"""The PostgreSQL desk's schema: its numbered migrations and the rows of its sentence index.

A row of `sentence_spans` holds up to `GROUP_SENTENCES` consecutive sentences of one source,
keyed by the first one's key (`seq << KEY_BITS | position`): `spans` lists each sentence's
paragraph, start, end and section, and `tsv` is their tsvectors concatenated, sentence i's
positions labelled with weight `LABELS[i]`. `ts_filter(tsv, '{LABEL}')` gives back one
sentence's vector exactly (its positions shifted, which neither matching nor `ts_rank_cd`
sees), so a sentence is still what a search matches and ranks, while a row's 28 bytes of
header, its primary key entry, its GIN item pointers and a word repeated in neighbouring
sentences are paid once per group (at 1,000 generated pages the sentence index took 20.4 MB
instead of 26.2 MB). A group stops at `GROUP_CHARS` characters, so its positions stay far
below tsvector's 16,383 and a word would need to fill a quarter of its words to pass the 256
positions a lexeme keeps; a longer sentence is a group of its own, as before. `EXPAND` turns
a group row `g` into one row `sp` per sentence (`key`, `paragraph`, `start`, `end`,
`section`, `n`). A row of `paragraph_spans` holds every paragraph of one source (key
`seq << KEY_BITS`): `kinds`, and `spans` as rows of start, end and section; only the
`paragraphs` view reads it, since a sentence carries its section.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import groupby
from typing import Any

from sourcedesk.store.sql import KEY_BITS, KEY_MASK, span_joins

TS_CONFIG = "english"
SPAN_SEQ = f"(sp.key >> {KEY_BITS})"
# Sentences per row: one per tsvector weight label.
LABELS = "ABCD"
GROUP_SENTENCES = len(LABELS)
# Characters of text at most in a group of several sentences.
GROUP_CHARS = 2000

Migration = str | Callable[[Any], None]

# A group's positions as a constant of known size: the planner takes generate_series() for
# 1,000 rows, costs a source's few sentences in the millions and compiles them (JIT, +20 ms).
POSITIONS = "(VALUES " + ", ".join(f"({n})" for n in range(GROUP_SENTENCES)) + ")"

# A sentence's four values in `spans`: paragraph, start, end and the paragraph's section.
SPAN_VALUES = 4
EXPAND = (
    "CROSS JOIN LATERAL (SELECT g.key + i AS key, g.spans[4 * i + 1] AS paragraph, "
    'g.spans[4 * i + 2] AS start, g.spans[4 * i + 3] AS "end", g.spans[4 * i + 4] AS section, '
    f"i AS n FROM {POSITIONS} i(i) WHERE 4 * i < cardinality(g.spans)) sp"
)
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
# One sentence's own vector out of its group's, with its label; and relabelled A, as it was
# stored before sentences were grouped.
LABELLED_TSV = "ts_filter(g.tsv, ARRAY[substr('ABCD', sp.n + 1, 1)]::\"char\"[])"
SENTENCE_TSV = f"setweight({LABELLED_TSV}, 'A')"
# The labelled vector of a group of up to four texts (NULL where the group is shorter).
GROUP_TSV = " || ".join(
    f"coalesce(setweight(to_tsvector('{TS_CONFIG}', %s::text), '{label}'), '')" for label in LABELS
)
VIEWS = (
    "CREATE VIEW sentences AS "
    "SELECT sp.key AS id, src.id AS source_id, (sp.key - b.first)::integer AS idx, "
    "sp.paragraph, sp.start, sp.\"end\", coalesce(sec.heading, '') AS heading, src.title, "
    'substr(src.text, sp.start + 1, sp."end" - sp.start) AS text, '
    f"{SENTENCE_TSV} AS tsv "
    f"FROM sentence_spans g {EXPAND} {SPAN_JOINS}; "
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
    conn.execute(PACK_PARAGRAPHS + VIEWS)


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
)
