"""The date rules compiled: ``date_patterns`` templates filled and factored into regexes.

Kept apart from the tagger (``dates``) because building the regular expressions is its own
job: placeholders filled from the word lists, alternations factored by their leading letters
(the same matches, fewer alternatives tried per position), and each rule bounded so that it
never matches inside a word or a number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from sourcedesk.research import date_patterns as P

__all__ = ["BOUNDARY_BEFORE", "compile_rules"]

# No rule matches right after a word character, a currency sign or a slash.
BOUNDARY_BEFORE = r"(?<![\w$€£¥#@/])"
_BOUNDARY_AFTER = r"(?![\w-]|[.,]\d|%)"


def _literal_ws(text: str) -> str:
    """A literal for a regex, spaces matching any run of white space."""
    return re.escape(text).replace(r"\ ", r"\s+")


def _alternation(words: list[str], *, capitalised: bool) -> str:
    """A regex alternation of words, longest first; capitalised words match case-sensitively.

    The words are factored by their leading letters (``J(?:an(?:uary)|u(?:ne|ly))``): the
    regex engine then tries a handful of first letters at each position instead of every word,
    and matches exactly what the flat alternation matches (see `_factored`)."""
    forms: list[tuple[str, str]] = []
    for word in sorted(words, key=len, reverse=True):
        abbreviation = any(other != word and other.startswith(word) for other in words)
        dot = r"\.?" if abbreviation else ""
        if capitalised:
            forms += [(word.capitalize(), dot), (word.upper(), dot)]
        else:
            forms.append((word, ""))
    body = _factored(forms, fold=not capitalised)
    return f"(?-i:{body})" if capitalised else body


def _factored(
    forms: list[tuple[str, str]], *, fold: bool, literal: Callable[[str], str] = _literal_ws
) -> str:
    """An alternation of (literal, regex tail) forms, tried in the order given, with forms
    that start with the same letter grouped under it (case-folded when `fold`).

    Forms that start with different letters cannot match at the same position, so grouping
    keeps the order in which the engine meets every form that can match there: the first
    that matches wins, as in the flat alternation. A form whose literal is used up (or does
    not start with an ASCII letter) is left where it stands, between the groups before and
    after it.
    """
    out: list[str] = []
    groups: dict[str, list[tuple[str, str]]] = {}

    def flush() -> None:
        for members in groups.values():
            if len(members) == 1:
                out.append(literal(members[0][0]) + members[0][1])
            else:
                rest = _factored([(w[1:], tail) for w, tail in members], fold=fold, literal=literal)
                out.append(literal(members[0][0][0]) + rest)
        groups.clear()

    for word, tail in forms:
        head = word[:1]
        if not (head.isascii() and head.isalpha()):
            flush()
            out.append(literal(word) + tail)
            continue
        groups.setdefault(head.lower() if fold else head, []).append((word, tail))
    flush()
    return "(?:" + "|".join(out) + ")"


# A named group of a rule that lists plain words or phrases: "(?P<rel>last|this|next)".
_WORD_GROUP = re.compile(r"\(\?P<(\w+)>([a-z]+(?: [a-z]+)*(?:\|[a-z]+(?: [a-z]+)*)+)\)")


def _factor_word_groups(pattern: str) -> str:
    """A rule's groups of plain words factored like `_alternation` (spaces stay single
    spaces, as written): the same matches, fewer alternatives tried per position."""

    def factor(m: re.Match[str]) -> str:
        forms = [(word, "") for word in m.group(2).split("|")]
        return f"(?P<{m.group(1)}>{_factored(forms, fold=True, literal=re.escape)})"

    return _WORD_GROUP.sub(factor, pattern)


# Minutes after a colon, then what closes a time of day: a zone, am/pm, "local", or the end of
# the clause.
CLOCK_AFTER_DAY = (
    r"\s?:\s?[0-5]\d(?![\d,])(?:\s*(?:[ap]\.?\s?m\b|[A-Z]{2,5}\b|local\b|hours?\b|h\b)"
    r"|\s*[.,;)]|\s*$)"
)


def _placeholders() -> dict[str, str]:
    """The regex fragments that fill the rule templates."""
    full_days = [w for w in P.WEEKDAYS if len(w) > 4 or w.endswith("day")]
    return {
        "MONTH": f"(?P<month>{_alternation(list(P.MONTHS), capitalised=True)})",
        # "November 14:30" is a time on some day of November, not the 14th; "January 25:
        # 50,000 protesters …" is the 25th
        "DAY": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|" + CLOCK_AFTER_DAY + ")",
        "YEAR": r"(?P<year>[12]\d{3})(?!\d)",
        "WEEKDAY": f"(?P<weekday>{_alternation(full_days, capitalised=True)})",
        "MOD": _factor_word_groups(rf"(?:(?P<mod>{P.MODIFIERS})[\s-]*)?"),
        "SEASON": _alternation(list(P.SEASONS), capitalised=False),
        "ORDINAL": _alternation(list(P.ORDINAL_WORDS), capitalised=False),
        "NUM": _alternation(list(P.NUMBER_WORDS), capitalised=False),
        "DAYWORD": f"(?P<dayword>{_alternation(list(P.DAY_WORDS), capitalised=False)})",
        "FUZZY": f"(?P<fuzzy>{_alternation(list(P.FUZZY), capitalised=False)})",
    }


@cache
def compile_rules() -> tuple[tuple[P.DateRule, re.Pattern[str]], ...]:
    """Each rule of ``date_patterns.RULES`` with its compiled, bounded regular expression."""
    fill = _placeholders()
    compiled = []
    for rule in P.RULES:
        body = re.sub(
            r"\{([A-Z]+)\}", lambda m: fill[m.group(1)], _factor_word_groups(rule.pattern)
        )
        regex = re.compile(BOUNDARY_BEFORE + f"(?:{body})" + _BOUNDARY_AFTER, re.I)
        compiled.append((rule, regex))
    return tuple(compiled)
