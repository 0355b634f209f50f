"""Question words a sentence says in other words, read by all-MiniLM-L6-v2 in context.

A person asks in their own words: "Which solicitor speaks for the relatives of the crew?" is
answered by "Families of the crew, represented by the solicitor Ines Varro, …"; "When did the
barge leave the lock?" by "The boat cleared the lock at dawn". Spelling variants, stems
and WordNet's synonyms (`retrieve.py`) meet some of these; the rest are left unmet and the
sentence falls short of the share of the question it must cover, so the desk abstains though
it holds the answer.

Here each unmet ordinary word of the question (a word, not a name, year, figure or title) is
compared with the sentence's words through the encoder's contextual word vectors (the last
layer, averaged over a word's pieces: the idea of BERTScore, Zhang et al. 2020); a word whose
best match reaches `ALIGN_MIN` counts as said. Names are never matched so (a "Harrowmere Dam"
is no "Harrowmere Reservoir"), and every other check of `abstain.py` still applies.

Needs the `[semantic]` extra and the model package (`dense.available()`); the
`SOURCEDESK_PARAPHRASE` setting turns it off. Without them `aligned_terms` returns nothing.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

import numpy as np

from sourcedesk.answer import dense
from sourcedesk.answer.lexicon import NUMBER_WORDS, STOPWORDS
from sourcedesk.answer.retrieve import Candidate, Term, ordinary_terms
from sourcedesk.answer.variants import fold
from sourcedesk.config import PARAPHRASE

# The least cosine between a question word's and a sentence word's contextual vectors for the
# sentence to say the question's word ("relatives" / "families" 0.68, "jurors" / "jury" 0.66,
# "overflow" / "spillway" 0.56). Chosen on the testers' graded questions (bench/README.md).
ALIGN_MIN = 0.55
STATES_KEPT = 2048  # word vectors of this many texts are kept (questions and sentences)

_LOCK = threading.Lock()
_STATES: OrderedDict[str, tuple[list[str], Any]] = OrderedDict()


def enabled() -> bool:
    """Whether unmet question words are looked for in other words: on unless the setting says
    off, and only where the model package is installed."""
    return PARAPHRASE.value().strip() not in ("0", "off", "false", "no") and dense.available()


def aligned_terms(question_text: str, terms: list[Term], cand: Candidate) -> dict[int, float]:
    """The question's unmet ordinary words that a word of the sentence says in other words,
    each with full credit (index into `terms`)."""
    unmet = unmet_words(terms, cand)
    if not unmet or not enabled():
        return {}
    asked_words, asked = _word_states(question_text)
    said_words, said = _word_states(cand.passage.text)
    content = [i for i, word in enumerate(said_words) if _content_word(word)]
    if not content:
        return {}
    said = said[content]
    folded = [fold(word) for word in asked_words]
    aligned = {}
    for index in unmet:
        places = [p for p, word in enumerate(folded) if word in terms[index].concept.words]
        if not places:
            continue
        vector = asked[places].mean(axis=0)  # a term of two words: both words' vectors
        vector /= max(float(np.linalg.norm(vector)), 1e-12)
        if float((said @ vector).max()) >= ALIGN_MIN:
            aligned[index] = 1.0
    return aligned


def unmet_words(terms: list[Term], cand: Candidate) -> list[int]:
    """The question's ordinary words (not names, years, figures or titles) that the sentence
    and its neighbours do not meet."""
    return [
        i
        for i in ordinary_terms(terms)
        if not cand.word_credit(i) and not NUMBER_WORDS.intersection(terms[i].concept.words)
    ]  # a number told in words ("eight libraries") is a figure: no other figure says it


def _content_word(word: str) -> bool:
    return len(word) > 2 and word.isalpha() and word not in STOPWORDS


def _word_states(text: str) -> tuple[list[str], Any]:
    """`Encoder.word_states` of a text, kept for texts asked about again."""
    with _LOCK:
        found = _STATES.get(text)
        if found is not None:
            _STATES.move_to_end(text)
            return found
    found = dense.encoder().word_states(text)
    with _LOCK:
        _STATES[text] = found
        while len(_STATES) > STATES_KEPT:
            _STATES.popitem(last=False)
    return found
