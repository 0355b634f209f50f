"""Clause splitting for claims: a sentence cut into the clauses that each tell one event.

Kept apart from the reading of one clause (``claims``): where a sentence is cut (";",
", but", subordinators such as "after" or "due to", reported speech after its "that") is
decided on the characters alone, before any actor, frame or date of the clause is read.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Iterable
from functools import cache

from sourcedesk.research import claim_data as D

__all__ = ["LEADING_WORDS", "split_clauses"]

LEADING_WORDS = 3  # "Days before X, ..." still opens with its subordinate clause

_DATE_START = re.compile(
    r"(?:the\s+)?(?:\d|early|late|mid|" + "|".join(m.lower() for m in calendar.month_name[1:]) + ")"
)
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:" + "|".join(D.COORDINATORS) + r")\s|,\s+and\s+(?=(?:in|on|at|by|then|later)\s)"
    r"|,\s+(?=[a-z]+ing\s)"
)


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """A sentence cut into clauses: (start, end, denied) with `denied` for "X denied that ...".

    Main clauses end at ";", ", but", ", and in/on ..." and before ", <verb>ing"; a
    subordinate clause ("after ...", "due to ...") is a clause of its own, up to the next
    comma when it opens the sentence; reported speech keeps only what follows its "that".
    """
    lower = text[start:end].lower()
    cuts = {0, len(lower)}
    cuts.update(m.start() for m in _CLAUSE_BREAK.finditer(lower))
    for m in _subordinators(lower):
        if _starts_with_date(lower, m.end()) or _complement(lower, m):
            continue
        cuts.add(m.start())
        opening = lower[max(c for c in cuts if c <= m.start()) : m.start()]
        if len(opening.strip(' ,"“').split()) <= LEADING_WORDS:
            comma = lower.find(", ", m.end())
            if comma != -1:
                cuts.add(comma)
    denied_from = set()
    for m in _reporting_re().finditer(lower) if "that" in lower else ():
        cuts.add(m.end())
        if m.group("verb") in D.DENIAL_VERBS:
            denied_from.add(m.end())
    ordered = sorted(cuts)
    spans = []
    for a, b in itertools.pairwise(ordered):
        trimmed = _trim(text, start + a, start + b)
        if trimmed:
            spans.append((*trimmed, a in denied_from))
    return spans


@cache
def _subordinator_re() -> re.Pattern[str]:
    words = "|".join(re.escape(s) for s in D.SUBORDINATORS)
    return re.compile(r"(?:(?<=\s)|(?<=^)|(?<=,))(?:" + words + r")\s", re.I)


def _subordinators(lower: str) -> Iterable[re.Match[str]]:
    """`_subordinator_re`'s matches in a lower-cased sentence; none without one of its words
    (an ASCII sentence, where matching ignores case as lower-casing does: most sentences)."""
    if lower.isascii() and not any(w in lower for w in _subordinator_words()):
        return ()
    return _subordinator_re().finditer(lower)


@cache
def _subordinator_words() -> tuple[str, ...]:
    """The subordinators, without those holding a shorter one (found in them first)."""
    words = sorted({w.lower() for w in D.SUBORDINATORS}, key=len)
    return tuple(w for n, w in enumerate(words) if not any(v in w for v in words[:n]))


@cache
def _reporting_re() -> re.Pattern[str]:
    verbs = "|".join(sorted(D.REPORTING_VERBS, key=len, reverse=True))
    return re.compile(r"\b(?P<verb>" + verbs + r")\b[^.;\"“]{0,40}?\bthat\s")


# "was due to open", "is due to a fault": after a copula "due to" completes its clause (what
# is scheduled, or what caused it), and cutting there would leave "The show was" alone.
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|'s|’s)\s+$")


def _complement(lower: str, m: re.Match[str]) -> bool:
    """Whether a subordinator is the complement of a copula ("the ferry was due to sail
    with 300 cars"), not the opening of a clause of its own."""
    return m.group().strip() == "due to" and _COPULA_BEFORE.search(lower, 0, m.start()) is not None


def _starts_with_date(lower: str, position: int) -> bool:
    return bool(_DATE_START.match(lower, position))


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without surrounding spaces, commas, dashes and unbalanced quotes."""
    strip = " \t\n,;:—–-\"“”'‘’("
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip + ")":
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return (start, end) if end - start > 1 else None
