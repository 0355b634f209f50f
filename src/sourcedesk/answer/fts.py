"""The FTS5 queries that find a question's candidate sentences (see `fts_queries`).

The queries use the FTS5 subset both stores take (words, "phrases", prefix*, OR, AND,
parentheses). On a small desk one OR query over the most informative terms' words finds the
candidates; on a large one, BM25 would score every sentence holding any of them, so the words
held by many sentences only rank the matches or are left to the re-ranking, and a strict query
first finds the sentences that hold every term.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sourcedesk.answer import variants as var
from sourcedesk.answer.lexicon import STOPWORDS

if TYPE_CHECKING:
    from sourcedesk.answer.retrieve import Term

FTS_MAX_WORDS = 20  # words in the OR query (rarest kept)
FTS_MIN_WEIGHT = 1.8  # terms this common (IDF below) are scored but not searched ...
FTS_MIN_TERMS = 3  # ... unless the question has fewer informative terms than this
FTS_MATCH_ROWS = 1_000  # on a large desk, only sentences holding the rarest words match ...
FTS_RANK_DOCS = 30_000  # ... words in more sentences than this are left to the re-ranking
FTS_STRICT_DOCS = 200_000  # a word the strict query may hold (only its count is read)
PREFIX_MIN_CHARS = 5


def fts_queries(terms: list[Term]) -> list[str]:
    """The FTS5 queries whose matches are the candidates, best first.

    On a small desk, one OR query (`fts_query`). When that query leaves frequent words out of
    the match, a strict query comes first: every informative term (any of its spellings) must
    be met, words held by more than `FTS_STRICT_DOCS` sentences aside. It is cheap (only full
    matches are scored) and finds the sentences that say everything, which the loose query can
    rank low: it names its rare words twice, so BM25 counts them twice, and a sentence that
    repeats one outranks one that holds the other words.
    """
    match, rank = _loose_words(terms)
    loose = _loose_query(match, rank)
    if not rank:
        return [loose] if loose else []
    strict = " AND ".join(c for c in (_strict_clause(t) for t in _informative(terms)) if c)
    return [strict, loose] if strict else [loose]


def _strict_clause(term: Term) -> str:
    """A term as one clause of the strict query: any of its spellings (the words of one) or
    synonyms. Words held by too many sentences are left out (a term of only such words too)."""
    docs = dict(term.docs)
    options = []
    for form in term.forms:
        kept = [
            t
            for t in (
                _bounded_token(term, w, docs) for w in form if w not in STOPWORDS or len(form) == 1
            )
            if t
        ]
        if kept:
            options.append(kept[0] if len(kept) == 1 else f"({' AND '.join(kept)})")
    formed = {w for form in term.forms for w in form}
    options += [_bounded_token(term, w, docs) for w in term.fts_words if w not in formed]
    unique = [o for o in dict.fromkeys(options) if o]
    return unique[0] if len(unique) == 1 else f"({' OR '.join(unique)})" if unique else ""


def _bounded_token(term: Term, word: str, docs: dict[str, int]) -> str:
    """The word's query token, or "" when too many sentences hold it to search it cheaply."""
    token = fts_token(term, word)
    limit = FTS_MATCH_ROWS if token.endswith("*") else FTS_STRICT_DOCS
    return token if token and docs.get(word, 0) <= limit else ""


def _informative(terms: list[Term]) -> list[Term]:
    """The terms searched: those informative enough, or the best few of a vague question.
    A term no sentence holds is searched last: its weight is high only because it matches
    nothing (on a small desk it would crowd out the words that do match)."""
    ranked = sorted(terms, key=lambda t: (not _held(t), -t.weight))
    informative = [t for t in ranked if t.weight >= FTS_MIN_WEIGHT and _held(t)]
    return informative if len(informative) >= FTS_MIN_TERMS else ranked[:FTS_MIN_TERMS]


def _held(term: Term) -> bool:
    """Whether some sentence holds one of the term's words (True when they were not counted)."""
    return not term.docs or any(held for _, held in term.docs)


def fts_query(terms: list[Term]) -> str:
    """One FTS5 query over the words of the most informative terms (names also as prefixes).

    BM25 scores every sentence the query matches, so a word held by many sentences makes the
    query cost its whole posting list. When the words' sentence counts add up to more than
    `FTS_MATCH_ROWS`, only sentences holding one of the rarest words (within that budget, at
    least the rarest) match; other words held by at most `FTS_RANK_DOCS` sentences still rank
    the matches (`(rare) AND (rare OR other)`), and every word counts in the re-ranking.
    """
    return _loose_query(*_loose_words(terms))


def _loose_query(match: list[str], rank: list[str]) -> str:
    if not rank:
        return " OR ".join(match)
    return f"({' OR '.join(match)}) AND ({' OR '.join(match + rank)})"


def _loose_words(terms: list[Term]) -> tuple[list[str], list[str]]:
    """The tokens that decide a match and those that only rank the matches (see `fts_query`)."""
    informative = _informative(terms)
    words: list[tuple[str, int | None]] = []
    for term in informative:
        docs = dict(term.docs) if term.docs else None
        for form in term.forms:
            words.extend(_fts_word(term, word, docs) for word in form if word not in STOPWORDS)
    for term in informative:  # synonyms come last: they are cut first
        docs = dict(term.docs) if term.docs else None
        words.extend(_fts_word(term, word, docs) for word in sorted(term.fts_words))
    unique: dict[str, int | None] = {}
    for token, held in words:
        if token and token not in unique and not _matches_nothing(token, held):
            unique[token] = held
    return _split_by_docs(list(unique.items())[:FTS_MAX_WORDS])


def _matches_nothing(token: str, held: int | None) -> bool:
    """Whether a word no sentence holds: it would only take a place in the query from a word
    that matches (a synonym group's other forms: "sever" where "cut" is not said)."""
    return held == 0 and not token.endswith("*")


def _fts_word(term: Term, word: str, docs: dict[str, int] | None) -> tuple[str, int | None]:
    """A word's FTS5 token and how many sentences hold it (None: not counted)."""
    return fts_token(term, word), None if docs is None else docs.get(word, 0)


def _split_by_docs(words: list[tuple[str, int | None]]) -> tuple[list[str], list[str]]:
    """The tokens that decide a match (rarest first, within `FTS_MATCH_ROWS` sentences) and
    those that only rank the matches; all of them match when they are few or not counted."""
    counts = [docs or 0 for _, docs in words]
    if any(docs is None for _, docs in words) or sum(counts) <= FTS_MATCH_ROWS:
        return [token for token, _ in words], []
    chosen: set[int] = set()
    budget = 0
    for i in sorted(range(len(words)), key=lambda i: counts[i]):
        if chosen and budget + counts[i] > FTS_MATCH_ROWS:
            break
        chosen.add(i)
        budget += counts[i]
    match = [token for i, (token, _) in enumerate(words) if i in chosen]
    rank = [
        token
        for i, (token, _) in enumerate(words)
        if i not in chosen and counts[i] <= _rank_limit(token)
    ]
    return match, rank


def _rank_limit(token: str) -> int:
    """The most sentences a token may hold to rank matches: a prefix costs as much as a match
    (the lists of all the words it begins are merged), a word only a count and a few seeks."""
    return FTS_MATCH_ROWS if token.endswith("*") else FTS_RANK_DOCS


def fts_token(term: Term, word: str) -> str:
    """One word as an FTS5 query token: quoted, or a prefix for a name the desk lacks."""
    token = "".join(var.tokens(word))
    if not token:
        return ""
    if term.is_name and not term.known and as_prefix(token):
        return f"{token}*"
    return f'"{token}"'


def as_prefix(token: str) -> bool:
    """Whether a word of a name the desk lacks is searched as a prefix."""
    return len(token) >= PREFIX_MIN_CHARS and token.isalpha()
