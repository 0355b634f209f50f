"""What the answer engine reads of a desk's vocabulary, kept while the desk is unchanged.

The number of sentences, how many sentences hold each term (FTS5's vocabulary on SQLite), the
sentences a prefix matches, and the near spellings of a name: read once per desk version, since
many questions share words ("election", "council") and a count costs a pass over the term's
posting list. A SQLite desk says when it changed (`PRAGMA data_version` for other connections'
commits, `total_changes` for this one's); a store that cannot say is read afresh every time.
"""

from __future__ import annotations

import sqlite3
import string
import weakref
from dataclasses import dataclass, field
from typing import Any

from sourcedesk.answer import variants as var

DOCS_KEPT = 100_000  # term counts kept per desk (they are read again when it changes)
VOCAB_WALK = 400  # vocabulary entries read to find a name's near spellings
WALK_KEEP = 4  # ... among the words that share this many first letters with it
PREFIX_WALK = 50  # vocabulary entries read to count the sentences a prefix matches
NEAR_KEEP = 2  # a near spelling of a name shares this many first letters


@dataclass
class DeskFacts:
    """What was read from one desk at one version: its size, term counts, aliases learned."""

    version: tuple[int, int]
    sentences: int | None = None
    docs: dict[str, int] = field(default_factory=dict)
    aliases_learned: bool = False


_FACTS: weakref.WeakKeyDictionary[Any, DeskFacts] = weakref.WeakKeyDictionary()


def desk_facts(store: Any) -> DeskFacts | None:
    """The facts kept for this store while the desk is unchanged (None: nothing is kept).

    A SQLite desk says when it changed (`PRAGMA data_version` for other connections' commits,
    `total_changes` for this one's); a store that cannot say is read afresh every time.
    """
    conn = getattr(store, "conn", None)
    if not isinstance(conn, sqlite3.Connection):
        return None
    try:
        version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        facts = _FACTS.get(store)
    except (sqlite3.Error, TypeError):
        return None
    if facts is None or facts.version != version or len(facts.docs) > DOCS_KEPT:
        facts = _FACTS[store] = DeskFacts(version)
    return facts


def sentence_count(store: Any) -> int:
    """The number of indexed sentences, counted again only when the desk has changed."""
    facts = desk_facts(store)
    try:
        if facts is None:
            return int(store.sentence_count())
        if facts.sentences is None:
            facts.sentences = int(store.sentence_count())
        return facts.sentences
    except (AttributeError, sqlite3.Error):
        return 0


def term_docs(store: Any, stems: list[str]) -> dict[str, int] | None:
    """Sentences holding each stem (absent: none), read once per desk version."""
    if not hasattr(store, "term_docs"):
        return None
    facts = desk_facts(store)
    known = facts.docs if facts is not None else {}
    missing = sorted({s for s in stems if s not in known})
    try:
        found = dict(store.term_docs(missing)) if missing else {}
    except sqlite3.Error:
        return None
    counts = {s: found.get(s, 0) for s in missing}
    if facts is not None:
        facts.docs.update(counts)
    out = {s: counts[s] if s in counts else known[s] for s in stems}
    return {s: n for s, n in out.items() if n}


def prefix_docs(store: Any, stem: str) -> int:
    """Sentences holding words that begin with `stem`, summed over the first `PREFIX_WALK`
    such words (a lower bound past them); 0 when the store cannot walk its vocabulary."""
    facts = desk_facts(store)
    key = stem + "*"
    if facts is not None and key in facts.docs:
        return facts.docs[key]
    try:
        held = sum(n for _, n in store.terms_between(stem, stem + "\uffff", PREFIX_WALK))
    except (AttributeError, sqlite3.Error):
        held = 0
    if facts is not None:
        facts.docs[key] = held
    return held


def near_in_vocabulary(store: Any, word: str) -> set[str]:
    """Desk words one edit or a short suffix away from an unknown name (same first letters).

    A vocabulary walk counts the sentences of every word it passes, and a walk over a name's
    first two letters passes words like "the" (its whole posting list). So only the words
    sharing the name's first `WALK_KEEP` letters are walked (they hold every spelling one edit
    away past those letters, and the longer and shorter ones); the spellings with an edit
    among the letters before are looked up one by one.
    """
    low = var.stem(word)
    if not hasattr(store, "terms_between"):
        return set()
    try:
        edits = term_docs(store, sorted(_one_edit(low, NEAR_KEEP, WALK_KEEP)))
        walked = store.terms_between(low[:WALK_KEEP], low[:WALK_KEEP] + "\uffff", VOCAB_WALK)
    except sqlite3.Error:
        return set()
    found = {*(edits or {}), *(term for term, _ in walked)}
    return {t for t in found if t[:NEAR_KEEP] == low[:NEAR_KEEP] and var.same_name(t, low)}


def _one_edit(word: str, first: int, last: int) -> set[str]:
    """Spellings one deletion, substitution or insertion away at positions `first` to
    `last - 1` (letters: a to z and the word's own) that are long enough to be a name."""
    letters = set(string.ascii_lowercase) | set(word)
    out: set[str] = set()
    for i in range(first, min(last, len(word) + 1)):
        out.update(word[:i] + c + word[i:] for c in letters)
        if i < len(word):
            out.add(word[:i] + word[i + 1 :])
            out.update(word[:i] + c + word[i + 1 :] for c in letters)
    out.discard(word)
    return {w for w in out if len(w) >= var.data.FUZZY_MIN_CHARS}
