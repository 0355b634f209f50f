"""What the SQLite and PostgreSQL stores share: the same tables, read the same way.

Queries are written with `?` placeholders; a backend whose driver uses another style says so in
`PLACEHOLDER`. Backend-specific parts (connecting, migrations, writing segments, the full-text
index, search, locking) stay in `sqlite.py` and `postgres.py`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sourcedesk.records import Passage, Reference, Source
from sourcedesk.store.base import SectionRow, SentenceRow, Turn

SOURCE_COLUMNS = (
    "id, origin, title, kind, publisher, published, language, words, text, content_hash, "
    "added_at, revision_of, duplicate_of, reader"
)


def now_iso() -> str:
    """The current UTC time as an ISO string (seconds)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class SQLStore:
    """Reading and caching methods shared by the SQL backends."""

    PLACEHOLDER = "?"
    conn: Any

    def _run(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Execute one statement with this driver's placeholder style."""
        if self.PLACEHOLDER != "?":
            sql = sql.replace("?", self.PLACEHOLDER)
        return self.conn.execute(sql, params)

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
            'SELECT source_id, idx, paragraph, start, "end", heading FROM sentences '
            "WHERE source_id = ? ORDER BY idx",
            (source_id,),
        )
        return [SentenceRow(*row) for row in rows]

    def passages(self, source_id: str, first: int, last: int) -> list[Passage]:
        """Sentences `first`..`last` (by position) of one source, as passages."""
        rows = self._run(
            'SELECT s.source_id, s.start, s."end", s.text, 0.0, s.title, s.heading, src.origin,'
            " s.idx, s.paragraph, src.published FROM sentences s "
            "JOIN sources src ON src.id = s.source_id "
            "WHERE s.source_id = ? AND s.idx BETWEEN ? AND ? ORDER BY s.idx",
            (source_id, first, last),
        ).fetchall()
        return [Passage(*row) for row in rows]

    def sentence_count(self) -> int:
        """How many sentences the index holds."""
        return int(self._run("SELECT count(*) FROM sentences").fetchone()[0])

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
        return row[0] if row else None

    def put_derived(self, source_id: str, kind: str, payload: str) -> None:
        """Cache a payload computed from one source (gone when the source is removed)."""
        self._run(
            "INSERT INTO derived VALUES (?, ?, ?) "
            "ON CONFLICT (source_id, kind) DO UPDATE SET payload = excluded.payload",
            (source_id, kind, payload),
        )

    def cached(self, key: str, version: str) -> str | None:
        """A cached desk-wide payload, if it was computed at this version."""
        row = self._run(
            "SELECT payload FROM desk_cache WHERE key = ? AND version = ?", (key, version)
        ).fetchone()
        return row[0] if row else None

    def put_cached(self, key: str, version: str, payload: str) -> None:
        """Cache a desk-wide payload computed at `version`."""
        self._run(
            "INSERT INTO desk_cache VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE "
            "SET version = excluded.version, payload = excluded.payload",
            (key, version, payload),
        )

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def migrations(self) -> list[tuple[int, str]]:
        """The schema migrations applied to this desk."""
        return list(self._run("SELECT version, name FROM migrations ORDER BY version"))

    def _insert_source(
        self, source: Source, references: Sequence[Reference], removed: Sequence[str]
    ) -> None:
        refs = json.dumps([ref.__dict__ for ref in references], ensure_ascii=False)
        self._run(
            f"INSERT INTO sources ({SOURCE_COLUMNS}, references_json, removed_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                source.id, source.origin, source.title, source.kind, source.publisher,
                source.published, source.language, source.words, source.text,
                source.content_hash, source.added_at, source.revision_of, source.duplicate_of,
                source.reader, refs, json.dumps(list(removed), ensure_ascii=False),
            ),
        )  # fmt: skip
