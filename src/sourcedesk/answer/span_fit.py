"""Whether a span can be of the kind a question asks for: a country, a count of the asked
things, a span of time, the date of the asked event, a name of the asked kind.

Small tests the extractive answerer (`extractive.py`) applies to each candidate span: "Which
country …?" takes no "in the world"; "Which part …?" takes no "Ten" of "Ten fire engines";
"How many years ago …?" takes "12 years ago"; "opened in 1931 and strengthened in 1978" gives
1978 for "strengthened"; "What river …?" prefers "the River Lisk".
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.people_places import is_country_word
from sourcedesk.answer.phrases import is_focus_word
from sourcedesk.answer.question import Question
from sourcedesk.answer.retrieve import SentenceWords, match_key
from sourcedesk.answer.variants import fold, singular

DATE_GAP = 3  # words from the asked verb to its date: "strengthened in 1978", "opened on the 4th"
DATE_LINKS = frozenset(("in", "on", "at", "the", "by", "during", "early", "late", "mid"))


def no_country(question: Question, kind: str, span: str) -> bool:
    """Whether a span cannot answer "which country": it is neither a name nor a country."""
    if question.qtype not in ("where", "which", "what") or question.focus not in lx.COUNTRY_FOCUS:
        return False
    return kind not in ("name", "named") and not is_country_word(fold(span))


def counts_other_things(question: Question, text: str, end: int) -> bool:
    """Whether a figure counts things that a "what"/"which" question does not ask for: "In
    which part of the building …?" is not answered by the "Ten" of "Ten fire engines"."""
    focus = (question.focus or "").lower()
    if question.qtype not in ("what", "which") or not focus or _may_ask_figure(question):
        return False
    counted = COUNTED_NOUN.match(text, end)
    return counted is not None and fold(counted.group(1)) not in lx.DURATION_UNITS | {focus}


@lru_cache(maxsize=1024)
def asks_other_than_figure(question: Question) -> bool:
    """Whether a "what"/"which" question names a kind of thing no bare figure is ("What
    illness …?", "Which ship …?"), so the "95" of "at the age of 95" cannot answer it."""
    focus = (question.focus or "").lower()
    if question.qtype not in ("what", "which") or not focus or _may_ask_figure(question):
        return False
    return not {focus, singular(focus)} & (lx.UNITS | lx.DURATION_UNITS)


def asks_measure(question: Question) -> bool:
    """Whether a "what"/"which" question asks for a measure by its noun ("What was the
    magnitude of the quake?"), which a figure gives, not "shook a remote area"."""
    focus = (question.focus or "").lower()
    if question.qtype != "what" or focus not in MEASURE_FOCUS:
        return False
    # "What was the magnitude …?", "What range is expected …?"; not "What tax did the council
    # approve?", a kind of tax
    shapes = rf"(?:is|was|are|were)\s+(?:\w+\s+){{1,3}}?{focus}\b"
    if focus not in KINDS_TOO:
        shapes += rf"|{focus}\b"
    return re.match(rf"^\W*what\s+(?:{shapes})", question.text, re.I) is not None


KINDS_TOO = lx.words("tax fee")  # measures whose noun also names a kind ("what tax …?")


MEASURE_FOCUS = lx.words(
    """
    magnitude amount total percentage proportion ratio price cost value fee population size
    temperature speed height length width depth weight distance area volume capacity budget
    salary revenue profit loss debt wage tax deficit surplus tally mileage horsepower torque
    altitude elevation range wingspan payload diameter radius thickness stake limit
    """
)


def bare_figure(span: str) -> bool:
    """Whether a span is a figure and nothing else ("95", "1,200", "two")."""
    if BARE_DIGITS.fullmatch(span):
        return True
    return span.isalpha() and span.lower() in lx.NUMBER_WORDS  # a hot path: no folding


BARE_DIGITS = re.compile(r"\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?")  # "95", "1,200", "2-1"


def _may_ask_figure(question: Question) -> bool:
    """Whether any word of the question may ask for a figure ("the lowest ranking", "how many
    … by August 2010")."""
    asked = set(re.findall(r"[a-z]+", question.text.lower()))
    return bool(asked & lx.FIGURE_FOCUS) or HOW_MANY.search(question.text) is not None


HOW_MANY = re.compile(r"\bhow (?:many|much)\b", re.IGNORECASE)
COUNTED_NOUN = re.compile(r"\s+(?:[a-z]+\s+)?([a-z]{3,}s)\b")  # "Ten fire engines"


def counts_time(question: Question) -> bool:
    """Whether a "how many" question counts units of time ("How many years ago …?", "How many
    days did it last?"), whose answer is a span of time, even one read as a date."""
    return question.qtype == "how_many" and (question.focus or "").lower() in lx.DURATION_UNITS


def right_after_asked(words: SentenceWords, start: int, anchors: set[int]) -> bool:
    """Whether a date follows a past form of one of the question's words with only a
    preposition or an article between ("strengthened in 1978", "signed on 4 May")."""
    first = bisect.bisect_left(words.starts, start)
    k = first - 1
    while k >= 0 and first - k <= DATE_GAP and words.folded[k] in DATE_LINKS:
        k -= 1
    if k < 0 or k >= first - 1 or k not in anchors:
        return False
    said = words.folded[k]  # a past form tells the event: "strengthened", not "will close"
    return said.endswith(("ed", "en")) or said in lx.IRREGULAR_VERBS


def holds_focus(question: Question, words: SentenceWords, first: int, last: int) -> bool:
    """Whether a name holds the asked kind as one of its capitalised words ("River Lisk" for
    "What river …?", "Mount Carrow" for "Which mountain …?")."""
    after = re.search(rf"\b{re.escape(question.focus)}\s+(\w+)", question.text, re.IGNORECASE)
    if after and after.group(1).lower() not in lx.STOPWORDS:
        return False  # "What was the Warsaw Pact war plan?" asks for a plan, not a war
    focus = match_key(question.focus)
    return any(
        words.capitalised[i] and is_focus_word(words, i, focus) for i in range(first, last + 1)
    )
