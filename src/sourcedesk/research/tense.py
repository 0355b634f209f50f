"""Past-tense verbs, read word by word: one reader for the timeline (did this sentence report
something that happened?) and for dates (does a yearless day fall before the page's date?).

A regular -ed form is a past verb only when no auxiliary before it makes it a participle
("is expected", "will be named") and it is not one of the adjectives that end in -ed
("customers interested in", "a Paris-based firm").
"""

from __future__ import annotations

import re

from sourcedesk.research import timeline_data as T

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Forms of "be" in the past: a clause with one of them tells of the past ("was on 4 May").
PAST_OF_BE = frozenset({"was", "were"})
# Participles that also serve as prepositions before a noun phrase ("given the timing").
PREPOSITION_FORMS = frozenset({"given"})
HAVE_OR_BE = frozenset({"was", "were", "been", "is", "are", "be", "had", "has", "have"})
# For dates: -ed words that are adjectives or plans, not past acts ("customers interested in",
# "is expected", "scheduled for"); the timeline's list also leaves out clauses that are no
# events ("named", "called"), which still tell of the past.
DATE_NOT_PAST = frozenset({
    "hundred", "indeed", "need", "speed", "proceed", "exceed", "succeed", "breed", "bleed",
    "embed", "expected", "scheduled", "planned", "intended", "proposed", "supposed",
    "interested", "based", "related", "concerned", "involved", "experienced", "skilled",
    "talented", "aged", "unnamed", "undisclosed", "sophisticated", "complicated", "renowned",
})  # fmt: skip
# Past forms spelt like the present, which the timeline does not count ("let", "read").
DATE_PAST_EXTRA = frozenset({"let", "read"})
# Words before a form that make it no past: modals and "to" ("will be named", "to be held").
MODALS = frozenset({
    "be", "being", "will", "would", "could", "should", "may", "might", "must", "can", "shall",
    "to", "not",
})  # fmt: skip
DETERMINERS = frozenset({"the", "a", "an", "that", "this", "its", "his", "her", "their", "our"})


def past_verb(
    words: list[str],
    k: int,
    not_verbs: frozenset[str] = T.NOT_PAST_ED,
    auxiliaries: frozenset[str] = T.NOT_PAST_BEFORE,
) -> bool:
    """Whether the lower-cased word at position k is a verb in the past tense (not a
    participle). `not_verbs`: -ed words that are no past verb here; `auxiliaries`: words before
    a form that make it a participle of the present or the future."""
    word = words[k]
    before = words[k - 1] if k else ""
    if "-" in word:
        return False  # a compound modifier ("Western-supplied")
    if word in T.IRREGULAR_PAST:
        after = words[k + 1] if k + 1 < len(words) else ""
        if word in PREPOSITION_FORMS and after in DETERMINERS and before not in HAVE_OR_BE:
            return False  # "given the timing": a preposition ("was given the keys" is a verb)
        return before not in auxiliaries
    if not word.endswith("ed") or len(word) < 5 or word in not_verbs:
        return False
    return before not in auxiliaries and before not in ("the", "a", "an")


def tells_past(text: str) -> bool:
    """Whether a stretch of text tells something past ("work began", "was held", "is charged
    with a shooting"): read for dates, with a narrower list of -ed words that are no verbs
    than the timeline's, and "is"/"are" before a participle still telling of a past act."""
    words = [w.lower() for w in _WORD.findall(text)]
    return any(
        w in PAST_OF_BE or w in DATE_PAST_EXTRA or past_verb(words, k, DATE_NOT_PAST, MODALS)
        for k, w in enumerate(words)
    )
