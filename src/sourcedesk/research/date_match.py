"""Steps 1 and 2 of date tagging: every rule matched, context-less matches dropped, overlaps
resolved.

Kept apart from the tagger (``dates``), which normalises what is found here: a `Hit` is one
rule match; bare years and bare month names are kept only in a date-like context ("in 2014",
"early May", not "1500 troops"), and of overlapping matches the longest wins.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from sourcedesk.research import date_patterns as P
from sourcedesk.research.date_regex import BOUNDARY_BEFORE, compile_rules
from sourcedesk.research.date_scan import Scanner

__all__ = ["Hit", "filter_context", "match_all", "resolve_overlaps"]

_YEAR_LIST_GAP = re.compile(r"\s*(?:,|and|or|to|through|–|—|-|&|,\s*and)\s*(?:in\s+)?", re.I)
_WORD_BEFORE = re.compile(r"([\w.©’']+)[^\w\n]*$")
_WORD_AFTER = re.compile(r"^\s*([A-Za-z]+)")
# What after a four-digit number makes it a clock time ("struck at 1353 (1023 GMT)", "1400
# hrs", "1353 local time"): a zone as written, in capitals ("the 2015 local elections" keeps
# its year), or these words.
_CLOCK_AFTER = re.compile(
    r"\s*(?:(?:" + "|".join(P.TIME_ZONES) + r"|Z|Zulu)\b|(?i:hrs|hours|local\s+time)\b)"
)
_LEADING_PUNCTUATION = re.compile(r"\s*[,:–—-]")
_NAME_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{2,})\s+$")


@dataclass
class Hit:
    """One rule match, later given a value."""

    rule: P.DateRule
    match: re.Match[str]
    order: int
    value: str | None = None

    @property
    def start(self) -> int:
        return self.match.start()

    @property
    def end(self) -> int:
        return self.match.end()

    def group(self, name: str) -> str | None:
        """A named group of the match, or None when the rule has no such group."""
        match = self.match
        return match.group(name) if name in match.re.groupindex else None


@cache
def _scanner() -> Scanner:
    return Scanner([regex for _, regex in compile_rules()], BOUNDARY_BEFORE)


def match_all(text: str) -> list[Hit]:
    """All matches of all rules (each rule tried only where it can start, ``date_scan``),
    in no particular order."""
    rules = compile_rules()
    return [Hit(rules[order][0], m, order) for order, m in _scanner().matches(text)]


def filter_context(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop bare years and bare months that are not in a date-like context, and the days of
    a weekly schedule ("open Monday to Friday")."""
    kept: list[Hit] = []
    year_ends: list[int] = [h.end for h in hits if h.group("year") and not h.rule.needs_context]
    schedules = [m.span() for m in _SCHEDULE.finditer(text)] if "day " in text else []
    for hit in sorted(hits, key=lambda h: h.start):
        if any(a <= hit.start and hit.end <= b for a, b in schedules):
            continue
        if kind_of_day(text, hit.start, hit.match.group(0)):
            continue  # "tested on a quiet Tuesday morning", "every Friday": no one day
        need = hit.rule.needs_context
        if need == "year" and not (
            _year_context(text, hit) or _follows_year(text, hit.start, year_ends)
        ):
            continue
        if need == "month" and not _month_context(text, hit):
            continue
        if need == "year":
            year_ends.append(hit.end)
        kept.append(hit)
    return kept


# "a quiet Tuesday", "every Friday", "any Monday": a kind of day, not a date
_ANY_DAY_BEFORE = re.compile(r"\b(?:a|an|any|every|each)\s+(?:[a-z]+\s+)?$")
_BARE_DAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+\w+)?")


def kind_of_day(text: str, start: int, found: str) -> bool:
    """Whether a weekday found at `start` is a kind of day, not a date ("on a quiet Tuesday",
    "every Friday")."""
    return _BARE_DAY.fullmatch(found) is not None and (
        _ANY_DAY_BEFORE.search(text, max(0, start - 24), start) is not None
    )


# A range of weekdays with no "from" before it and no week after it is a weekly schedule
# ("call Monday to Friday, 8 a.m. to 6 p.m."), no day ("ran from Monday to Friday last week").
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_SCHEDULE = re.compile(
    rf"(?<!from )\b{_DAY}s?\s+(?:to|through|thru|until|-|–)\s+{_DAY}s?\b"
    r"(?!\s+(?:last|next|this)\s+week)"
)


# A subtitle after a number in running text: "2001: A Space Odyssey", "1917: The Year …".
_TITLE_AFTER = re.compile(r":\s+(?:A|An|The)\s+[A-Z]")


def _word_before(text: str, start: int) -> str:
    """The word just before an offset, lower-cased ("" at the start of a line)."""
    window = text[max(0, start - 30) : start].rsplit("\n", 1)[-1]
    m = _WORD_BEFORE.search(window)
    return m.group(1).lower() if m else ""


def _year_context(text: str, hit: Hit) -> bool:
    """Whether a four-digit number reads as a year where it stands."""
    year = int(hit.group("year") or 0)
    if not 1000 <= year <= 2199 or _is_count(text, hit.end) or _is_clock(text, hit):
        return False
    if hit.group("mod"):
        return True
    before = text[max(0, hit.start - 2) : hit.start]
    if before.endswith(("(", "’s", "'s")) or _possessive_before(text, hit.start):
        return True
    line_start = hit.start == 0 or text[hit.start - 1] == "\n"
    if line_start and _LEADING_PUNCTUATION.match(text, hit.end):
        return True
    if _TITLE_AFTER.match(text, hit.end):
        return False  # "novels from 1984: The Tin Harbour to …": a title, not the year
    word = _word_before(text, hit.start)
    if word in P.YEAR_CONTEXT_BEFORE:
        return True
    named = _NAME_BEFORE.search(text[max(0, hit.start - 30) : hit.start])
    return bool(named) and P.NAMED_YEAR_RANGE[0] <= year <= P.NAMED_YEAR_RANGE[1]


def _possessive_before(text: str, start: int) -> bool:
    """Whether the text before `start`, spaces and tabs aside, ends in "'s" (no copy made)."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return text.endswith(("'s", "’s"), 0, k)


def _is_count(text: str, end: int) -> bool:
    """Whether the word after a number makes it a count ("1500 troops")."""
    m = _WORD_AFTER.match(text[end : end + 30])
    if not m:
        return False
    word = m.group(1)
    if word.lower() in P.COUNT_NOUNS:
        return True
    return word.islower() and word.endswith("s") and word not in P.NOT_PLURAL and len(word) > 3


def _is_clock(text: str, hit: Hit) -> bool:
    """Whether a four-digit number is a 24-hour clock time ("1023 GMT", "1400 hrs")."""
    digits = hit.group("year") or ""
    if int(digits[:2]) > 23 or int(digits[2:]) > 59:
        return False
    return _CLOCK_AFTER.match(text, hit.end) is not None


def _follows_year(text: str, start: int, year_ends: list[int]) -> bool:
    """Whether a number continues a list or range of years ("2009, 2011 and 2014")."""
    return any(end < start and _YEAR_LIST_GAP.fullmatch(text[end:start]) for end in year_ends)


def _month_context(text: str, hit: Hit) -> bool:
    """Whether a bare month name is used as a date ("in March", "early May")."""
    if hit.group("mod"):
        return True
    return _word_before(text, hit.start) in P.MONTH_CONTEXT_BEFORE


def resolve_overlaps(hits: list[Hit]) -> list[Hit]:
    """Keep the longest of overlapping matches (earlier rules win ties), in text order."""
    starts: list[int] = []  # the kept matches, which never overlap, by start
    ends: list[int] = []
    kept = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.order, h.start)):
        start, end = hit.start, hit.end
        before = bisect.bisect_left(starts, end) - 1  # the last kept match starting before end
        if before >= 0 and ends[before] > start:
            continue
        starts.insert(before + 1, start)
        ends.insert(before + 1, end)
        kept.append(hit)
    return sorted(kept, key=lambda h: h.start)
