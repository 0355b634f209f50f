"""Other sources that tell what a whole-sentence answer tells, in their own words.

"What happened between A and B in 2022?" is answered by a sentence, not a value, and the peers
the answer was ranked against were found for the question's words: a news page that tells the
same event without the year ("A severed its ties with B after B recognised the separatist
regions") ranks below the encyclopedia's sentences or is not retrieved at all. So the answer's
own sentence is searched for. A sentence of another source says the same thing when it names
every name of the question (a question must name someone or something), shares at least
`MIN_SHARED` of the answer's other content words (stems; a synonym group of
`variant_data.SYNONYMS` counts as one word; counts, times and "country" do not count), and
`MIN_SHARE` of the shorter sentence's, and one of them is a word of the answer's main clause
(what happened, not why). Nothing here ever disagrees: two sentences that share less are
simply not cited.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import variants as var
from sourcedesk.answer.retrieve import SentenceWords, Term, match_key, match_terms
from sourcedesk.records import Passage

MIN_SHARED = 3  # content words besides the question's that the two sentences share
MIN_SHARE = 0.25  # ... and the share of the shorter sentence's content words they are
# Where the clause that tells what happened ends and a reason, a time or a description begins.
MAIN_CLAUSE_END = re.compile(
    r",?\s+(?:due to|because|after|since|following|as a result of|when|while|which|who|amid|"
    r"over|so that)\b",
    re.IGNORECASE,
)
MAIN_CLAUSE_CHARS = 20  # a joining word sooner than this opens the sentence ("After the war, …")
QUERY_WORDS = 12  # the answer's content words searched for
SEARCHED = 40  # sentences read from the index


def corroborating(
    store: Any, terms: list[Term], sentence: Passage, seen_sources: set[str]
) -> list[Passage]:
    """Sentences of sources not yet cited that tell what `sentence` tells, one per source."""
    asked = {key for term in terms for form in term.forms for key in _form_keys(form)}
    mine = _content(sentence.text) - asked
    main = _content(_main_clause(sentence.text)) - asked
    if len(mine) < MIN_SHARED or not main or not any(term.is_name for term in terms):
        return []  # with no name asked, sharing words is no evidence of one event
    found: list[Passage] = []
    seen = set(seen_sources)
    denied = denies(sentence.text)
    for peer in store.search(_query(sentence.text, asked), SEARCHED):
        if peer.source_id in seen or not _names_every_name(terms, peer.text):
            continue
        if denies(peer.text) != denied:
            continue  # "Ukraine did not respond strongly" is not "Ukraine severed relations"
        theirs = _content(peer.text) - asked
        shared = len(mine & theirs)
        enough = shared >= MIN_SHARED and shared >= MIN_SHARE * min(len(mine), len(theirs))
        if enough and main & theirs:
            found.append(peer)
            seen.add(peer.source_id)
    return found


def denies(text: str) -> bool:
    """Whether a sentence holds a negation ("not", "never", "didn't"): it then tells the
    opposite of one that holds none, however many words they share."""
    words = {var.fold(w) for w in re.findall(r"[\w'’]+", text)}
    return bool(words & lx.NEGATIONS) or any(w.endswith(("n't", "n’t")) for w in words)


def _main_clause(text: str) -> str:
    """The sentence up to where a reason, a time or a relative clause joins it: what it tells
    ("relations were suspended in July"), not why ("due to the recognition of ...")."""
    joined = MAIN_CLAUSE_END.search(text)
    return text[: joined.start()] if joined and joined.start() > MAIN_CLAUSE_CHARS else text


def _content(text: str) -> set[str]:
    """A sentence's content words as comparable keys: stems, a synonym group as its first word."""
    words = SentenceWords.of(text)
    return {
        _canonical(folded, key)
        for folded, key in zip(words.folded, words.keys, strict=True)
        if folded not in lx.STOPWORDS
        and folded not in lx.WEAK_WORDS
        and folded.isalpha()
        and len(folded) > 1
    }


@lru_cache(maxsize=8192)
def _canonical(folded: str, key: str) -> str:
    group = var.synonyms(folded)
    return "=" + min(group | {folded}) if group else key


def _form_keys(form: tuple[str, ...]) -> set[str]:
    return {_canonical(word, match_key(word)) for word in form} | set(form)


def _query(text: str, asked: set[str]) -> str:
    """An FTS query for any of the sentence's rarer-looking content words (longest first)."""
    words = SentenceWords.of(text).folded
    chosen = sorted(
        {w for w in words if w.isalpha() and w not in lx.STOPWORDS and w not in asked},
        key=lambda w: (-len(w), w),
    )[:QUERY_WORDS]
    return " OR ".join(f'"{w}"' for w in chosen)


def _names_every_name(terms: list[Term], text: str) -> bool:
    """Whether the text names each of the question's names in one of its forms."""
    names = [term for term in terms if term.is_name]
    return len(match_terms(names, SentenceWords.of(text))) == len(names)
