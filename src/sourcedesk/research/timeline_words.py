"""Event wording for merging: what a clause says, as content stems, actors, subject and verb.

``profile`` reads a clause's main clause (no leading date phrase or subordinate clause, no
aside, no closing attribution, nothing after a subordinator) and keeps its content words:
folded (accents, -ise spellings, transliterations), stemmed, synonyms of event words made one
("cut ties" = "severed relations"), and country names, capitals and demonyms turned into one
actor token per country. ``overlap`` measures what two profiles share.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from sourcedesk.research import date_patterns, entity_data
from sourcedesk.research import timeline_data as T
from sourcedesk.stemming import stem

__all__ = ["Profile", "overlap", "profile"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_WORD_CHAR = re.compile(r"\w")
# Words of dates, left out of the words compared.
CALENDAR_WORDS: frozenset[str] = frozenset(
    {*date_patterns.MONTHS, *date_patterns.WEEKDAYS, *T.TIME_WORDS}
)
DATE_WORD = r"\d{4}|month|week|year|day|yesterday|today|" + "|".join(
    sorted((*date_patterns.MONTHS, *date_patterns.WEEKDAYS), key=len, reverse=True)
)
_LEADING_DATE_PHRASE = re.compile(
    rf"^\s*(?:(?:{T.DATE_PHRASE_OPENERS})\s+)?(?:the\s+)?[^,;]{{0,25}}?\b(?:{DATE_WORD})\b"
    r"[^,;]{0,20},\s+",
    re.I,
)
PROFILE_CACHE_SIZE = 50_000
_MONTH = "|".join(m.capitalize() for m in sorted(date_patterns.MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(d.capitalize() for d in date_patterns.WEEKDAYS if len(d) > 3)
# What a clause's words say of a date's precision, finest first.
_PRECISIONS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (
        3,
        re.compile(
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b|\b(?:{_MONTH})\.?\s+\d{{1,2}}\b"
            rf"|\b\d{{4}}-\d\d-\d\d\b|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\b(?:{_WEEKDAY})\b"
            r"|\b(?:today|yesterday|tomorrow|tonight)\b"
        ),
    ),
    (2, re.compile(rf"\b(?:{_MONTH})\b|\b(?:last|this|next|previous) month\b", re.I)),
    (1, re.compile(r"\b[12]\d{3}\b|\b(?:last|this|next|previous) year\b", re.I)),
)


@dataclass(frozen=True)
class Profile:
    """What merging compares: content stems, country actors, and subject and verb."""

    stems: frozenset[str]
    actors: frozenset[str]  # countries, by their table
    names: frozenset[str] = frozenset()  # stems of capitalised words: who and where
    subject: str = ""  # the name that opens the main clause
    verb: str = ""  # the first content word after it
    precision: int = 0  # of the finest date the clause states: 3 a day ... 0 none


def _fold(word: str) -> str:
    """A word lower-cased, accents and British -ise spellings folded."""
    word = unicodedata.normalize("NFKD", word.replace("’", "'"))
    word = word.encode("ascii", "ignore").decode().lower().removesuffix("'s")
    return re.sub(r"is(e|ed|es|ing|ation)$", r"iz\1", word)


@cache
def _actor_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """A regex of country names, aliases, capitals and demonyms, and each form's country."""
    table: dict[str, str] = {}
    for name, capital, demonyms, aliases in entity_data.COUNTRIES:
        for form in (name, capital, *demonyms, *aliases):
            table[form] = "actor" + re.sub(r"\W", "", name.lower())
    forms = sorted(table, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(_word_start, forms)) + r")(?![\w-])"), table


def _word_start(form: str) -> str:
    """A form as a regex matching where ``\\b`` before it would. A form opening with a word
    character starts a word when the character before it is none: that is tested after its
    first character (``(?<!\\w.)``), so that the pattern opens with a character and the
    regex engine skips to the places it can match instead of trying every position."""
    if _WORD_CHAR.match(form):
        return re.escape(form[0]) + r"(?<!\w.)" + re.escape(form[1:])
    return r"\b" + re.escape(form)


def _with_actors(text: str) -> tuple[str, set[str]]:
    """A text with every country name replaced by one token per country, and those tokens."""
    pattern, table = _actor_pattern()
    found: set[str] = set()

    def swap(m: re.Match[str]) -> str:
        found.add(table[m.group(0)])
        return table[m.group(0)]

    return pattern.sub(swap, text), found


def _core(text: str) -> str:
    """The main clause of a clause: without a leading date phrase or subordinate clause, an
    aside set off by dashes, a closing attribution, or what follows a subordinator."""
    text = T.ASIDE.sub(" ", text.replace("’", "'"))
    text = T.TRAILING_ATTRIBUTION.sub("", text)
    for opener in (_LEADING_DATE_PHRASE, T.LEADING_SUBORDINATE):
        m = opener.match(text)
        if m and len(_WORD.findall(text[m.end() :])) >= T.MIN_MAIN_CLAUSE_WORDS:
            text = text[m.end() :]
    m = T.SUBORDINATORS.search(text)
    if m and len(_WORD.findall(text[: m.start()])) >= T.MIN_MAIN_CLAUSE_WORDS:
        return text[: m.start()]
    return text


@lru_cache(maxsize=1 << 16)
def _content(word: str) -> str:
    """The stem a word is compared by ("" when it is not compared), folded across
    transliterations (Lugansk / Luhansk)."""
    folded = _fold(word)
    if folded.startswith("actor"):
        return folded
    if folded in T.STOPWORDS or folded in T.LIGHT_WORDS or folded in CALENDAR_WORDS:
        return ""
    if len(folded) <= 2:
        return ""
    stemmed = stem(T.EVENT_SYNONYMS.get(folded, folded))
    return T.TRANSLITERATION.sub(lambda m: T.TRANSLITERATION_FOLDS[m.group(0)], stemmed)


@lru_cache(maxsize=PROFILE_CACHE_SIZE)
def profile(text: str) -> Profile:
    """The content stems, actors, subject and verb of a clause's main clause."""
    core, actors = _with_actors(_core(text))
    words = _WORD.findall(core)
    stems = [_content(w) for w in words]
    names = {
        s for w, s in zip(words, stems, strict=True) if s and (w[0].isupper() or w[:5] == "actor")
    }
    subject = verb = ""
    if stems and stems[0] in names:
        subject = stems[0]
        verb = next((s for w, s in zip(words[1:], stems[1:], strict=True) if s and w.islower()), "")
    content = frozenset(s for s in stems if s)
    told = _stated_precision(text)
    return Profile(content, frozenset(actors), frozenset(names), subject, verb, told)


def _stated_precision(text: str) -> int:
    """How precisely a clause states a date (3 a day, 2 a month, 1 a year, 0 none), read from
    its words alone so that it is the same wherever the clause is merged."""
    for precision, pattern in _PRECISIONS:
        if pattern.search(text):
            return precision
    return 0


def overlap(a: Profile, b: Profile) -> float:
    """The share of the smaller clause's content words the two share (counted against at
    least ``MIN_PROFILE_WORDS`` words, so that tiny clauses do not match everything)."""
    if not a.stems or not b.stems:
        return 0.0
    smaller = min(len(a.stems), len(b.stems))
    return len(a.stems & b.stems) / max(smaller, T.MIN_PROFILE_WORDS)
