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
DETERMINERS = frozenset({"the", "a", "an", "that", "this", "its", "his", "her", "their", "our"})


def past_verb(words: list[str], k: int) -> bool:
    """Whether the lower-cased word at position k is a verb in the past tense (not a participle)."""
    word = words[k]
    before = words[k - 1] if k else ""
    if "-" in word:
        return False  # a compound modifier ("Western-supplied")
    if word in T.IRREGULAR_PAST:
        after = words[k + 1] if k + 1 < len(words) else ""
        if word in PREPOSITION_FORMS and after in DETERMINERS:
            return False  # "given the timing", "considering": a preposition, not a verb
        return before not in T.NOT_PAST_BEFORE
    if not word.endswith("ed") or len(word) < 5 or word in T.NOT_PAST_ED:
        return False
    return before not in T.NOT_PAST_BEFORE and before not in ("the", "a", "an")


def tells_past(text: str) -> bool:
    """Whether a stretch of text holds a verb in the past tense ("work began", "was held")."""
    words = [w.lower() for w in _WORD.findall(text)]
    return any(w in PAST_OF_BE or past_verb(words, k) for k, w in enumerate(words))
