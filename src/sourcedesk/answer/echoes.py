"""Sentences of other sources that retell the answer's sentence in words of their own.

A source that disputes the answer often words the asked event otherwise ("2,300 pounds of
chlorine escaped" beside "4,000 pounds of chlorine got out"; "the crew left Orsa harbour"
beside "sailed from Kellmarsh"), so the question's words rank it low or miss it. The rest of
the answer's sentence (its scene: what the figure measures, who else is there, where it went)
finds it. The retellings found join the answer's peers, which `agreement.split` compares as
any other: a retelling disputes the answer only where its value fills the same slot.
"""

from __future__ import annotations

import re
from typing import Any

from sourcedesk.answer.lexicon import ROLE_NOUNS, STOPWORDS, WEAK_WORDS
from sourcedesk.answer.question import Question
from sourcedesk.answer.retrieve import Candidate, Term, scored_passages
from sourcedesk.answer.term_counts import term_docs
from sourcedesk.answer.variants import fold, stem

ECHO_LOOKED_AT = 20  # sentences the answer's scene words fetch
ECHO_WORDS = 8  # of the answer sentence's scene words, the rarest this many make the query
ECHOES_PER_SOURCE = 2
ECHO_SHARED = 2  # scene words a retelling shares with the answer's sentence
# Sentences the query's words may hold together: BM25 scores every match (about 2 µs each), so
# on a desk of a million sentences a scene of common words ("recovery", "fund", "floods")
# cost a tenth of a second or more a question. A scene whose rarest words are that common
# finds no retelling worth the time. At 20,000 the search still took about 11 ms a question on
# a million sentences; at 5,000, 7 ms, and `bench/scale.py` scores its questions as before.
ECHO_POSTINGS = 5_000
SCENE_WORD = re.compile(r"[^\W\d_]{3,}")


def echoes(
    store: Any, question: Question, terms: list[Term], best: Candidate, span: Any
) -> list[Candidate]:
    """Other sources' sentences that share the answer sentence's scene, scored for the
    question (at most `ECHOES_PER_SOURCE` a source)."""
    if span is None or not _may_be_retold(question):
        return []
    scene = _scene_words(best.passage.text, span)
    if len(scene) < ECHO_SHARED:
        return []
    rarest = _rarest(store, scene)
    if len(rarest) < ECHO_SHARED:
        return []
    query = " OR ".join(f'"{word}"' for word in rarest)
    taken: dict[str, int] = {}
    found = []
    for passage in store.search(query, ECHO_LOOKED_AT):
        source = passage.source_id
        if source == best.passage.source_id or taken.get(source, 0) >= ECHOES_PER_SOURCE:
            continue
        if len(scene.keys() & _scene_words(passage.text, None).keys()) < ECHO_SHARED:
            continue
        taken[source] = taken.get(source, 0) + 1
        found.append(passage)
    return scored_passages(store, question, terms, found) if found else []


def _may_be_retold(question: Question) -> bool:
    """Whether a retelling could dispute the answer (`agreement.split` lets a retelling dispute
    only a "how much" of one thing measured alike, a count told beside the same other count, or
    one post's two names). Other questions skip the extra query."""
    if question.qtype in ("how_much", "how_many"):
        return True  # a count disputes only when told beside the same other count
    return question.qtype in ("who", "which", "what") and question.focus in ROLE_NOUNS


def _rarest(store: Any, scene: dict[str, str]) -> list[str]:
    """The scene words the desk's sentences hold least often (longest first when unknown), as
    many as `ECHO_WORDS` whose sentences number `ECHO_POSTINGS` at most together."""
    docs = term_docs(store, list(scene)) or {}
    ranked = sorted(scene, key=lambda key: (docs.get(key, 0), -len(scene[key])))
    chosen: list[str] = []
    held = 0
    for key in ranked[:ECHO_WORDS]:
        held += docs.get(key, 0)
        if held > ECHO_POSTINGS:
            break
        chosen.append(scene[key])
    return chosen


def _scene_words(text: str, span: Any) -> dict[str, str]:
    """A sentence's content words outside the answer's span, by stem."""
    out: dict[str, str] = {}
    for match in SCENE_WORD.finditer(text):
        if span is not None and span.start <= match.start() < span.end:
            continue
        word = fold(match.group())
        if word not in STOPWORDS and word not in WEAK_WORDS:
            out.setdefault(stem(word), word)
    return out
