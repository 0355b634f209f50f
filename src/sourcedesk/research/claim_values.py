"""Values in claims: the dates and figures a clause states, and when two can be the same.

Dates come from ``research.dates.tag_dates`` (explicit dates only when it is missing); a
clause keeps both the resolved value and what its words state ("July 13" states no year).
Figures are numbers with what they count (the noun after them, a currency or percent) and
any bound ("at least", "about"). Two dates are compatible when their spans of days overlap;
two figures when they are equal within a tolerance or fit each other's bound.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache

from sourcedesk.records import DateMention
from sourcedesk.research import claim_data as D
from sourcedesk.research.claim_words import stem
from sourcedesk.research.count_events import is_event_unit
from sourcedesk.research.currencies import (
    AFTER_FIGURE_ONLY,
    CURRENCIES,
    SIGN,
    currency_of,
    currency_word,
)
from sourcedesk.research.tallies import (
    AGE_OF_SOMEONE,
    is_age,
    is_tally,
    named_age,
    tally_named,
    with_tallies,
)

__all__ = [
    "Figure",
    "ages_differ",
    "date_interval",
    "date_values_compatible",
    "dates_differ",
    "event_dates",
    "figures",
    "figures_compatible",
    "figures_differ",
    "is_age",
    "is_tally",
    "named_age",
    "stated_date",
    "tallies_differ",
    "tallies_in",
    "tally_named",
]

_EVENT_VALUE = re.compile(r"^(?:\d{4}|XXXX|\d{3}X)(?:-\d\d(?:-\d\d)?)?$")
_FIGURE = re.compile(
    r"(?<![\w\-/.])(?P<cur>(?i:" + SIGN.pattern + r"))?\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    # "121 m long" is metres: a spaced "m" or "k" multiplies only a sum of money ("€2.5 m")
    r"(?:(?(cur)\s?|(?:\s(?!(?:m|k)\b))?)(?P<mult>trillion|billion|million|thousand|hundred|bn|mn|m|k)\b)?"
    r"(?P<pct>\s?%|\s?per ?cent\b)?(?![\w/]|\.\d)"
)
# "forty-seven" and "forty seven" are one number: the tens word takes the unit after it.
_TENS = "|".join(w for w, v in D.NUMBER_WORDS.items() if 20 <= v < 100)
_ONES = "|".join(w for w, v in D.NUMBER_WORDS.items() if 1 <= v < 10)
_NUMBER_WORD = re.compile(
    rf"\b(?P<num>(?:{_TENS})[-\s](?:{_ONES})\b|"
    + "|".join(sorted(D.NUMBER_WORDS, key=len, reverse=True))
    + r")"
    r"(?:\s+(?P<mult>hundred|thousand|million|billion))?\b",
    re.I,
)
_YEAR_WORD = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)|'\d\d\b")
# Ages: "Mercer, 60," / "Mercer (60)" / "Mercer, aged 60"; "60-year-old Mercer", "a 60-year-old man"
MAX_AGE = 120
_NAME_RUN = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
_AGE_APPOSITIVE = re.compile(rf"(?P<name>{_NAME_RUN})\s*(?:,\s*aged\s+|[,(]\s*)$")
_AGE_CLOSE = re.compile(r"\s*[,)]")
_YEAR_OLD = re.compile(r"\s*-\s*years?\s*-\s*old\b|\s+years?\s+old\b", re.IGNORECASE)
_DESCRIBED = re.compile(rf"\s+(?P<who>{_NAME_RUN}|[a-z]+)")
_PERSON_AFTER_NAME = re.compile(r"\s+([a-z]+)\b")
_APPOSED_NAME = re.compile(rf",\s+(?P<name>{_NAME_RUN})\s*[,.]")
_NAME_BEFORE_AGE = re.compile(rf"(?P<name>{_NAME_RUN}),\s+an?\s+$")  # "Ada Voss, a 71-"
# Three or more digit groups set apart by single spaces: a phone number or a code.
_DIGIT_RUN = re.compile(r"(?<![\d,.])\d+(?: \d+){2,}(?![\d,.])")
_PHRASE_END = re.compile(r"[,;:()!?\[\]]|\.(?:\s|$)")
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?\b")
_MONTH_PREFIXES = tuple(m.lower() for m in calendar.month_abbr[1:])
_MONTHS = "january february march april may june july august september october november december"
_SIMPLE_DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})\s+)?(?P<month>" + "|".join(m.title() for m in _MONTHS.split()) + r")"
    r"(?:\s+(?P<d2>\d{1,2}))?,?\s+(?P<year>(?:1[5-9]|20)\d\d)\b|\b(?:in|since|by)\s+(?P<y>(?:1[5-9]|20)\d\d)\b"
)
_DECADE = re.compile(r"\d{3}0s")
# A period of years ("the 2021–22 season", "the 1914-18 war", "2019/2020"): no figure
_YEAR_PERIOD = re.compile(
    r"(?<![\d,.£$€])(?:1[5-9]|20)\d\d\s?[-–—/]\s?(?:(?:1[5-9]|20)\d\d|\d\d)(?![\d,.%])"
)
_ASCII_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_UNIT_WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")
FIGURE_TOLERANCE = 0.02  # relative difference below which two figures are the same
APPROX_TOLERANCE = 0.08  # ... when one of them is "about" or "nearly"
TALLY_MAX_RATIO = 10  # counts of one tally further apart than this are of two events
LEAP_YEAR = "2000"  # the year compared when neither date states one (29 February exists)


@dataclass(frozen=True)
class Figure:
    """A number in a clause with what it counts: `unit` is a stem, a currency or percent."""

    value: float
    unit: str
    text: str
    bound: str = ""  # "", "min", "max" or "approx"
    scope: frozenset[str] = frozenset()


# A clause that sets its figures in another season than the story's ("last year's final").
ANOTHER_TIME = re.compile(
    r"\b(?:last|previous|prior)\s+(?:year|season|summer|winter|spring|autumn|month|week)\b"
    r"|\ba\s+year\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)


def _another_time(clause: str) -> frozenset[str]:
    """The scope "another time" when a clause sets its figures in another season."""
    return frozenset(("another time",)) if ANOTHER_TIME.search(clause) else frozenset()


def event_dates(text: str, anchor: str | None = None) -> list[DateMention]:
    """The calendar dates of a text (``research.dates.tag_dates``, else explicit dates only)."""
    try:
        from sourcedesk.research.dates import tag_dates
    except ImportError:  # the date tagger is optional; fall back to explicit dates
        return _simple_dates(text)
    return [d for d in tag_dates(text, anchor, news=True) if _EVENT_VALUE.match(d.value)]


def _simple_dates(text: str) -> list[DateMention]:
    """Explicit dates only ("13 July 2022", "July 2022", "in 2014"): the tagger's fallback."""
    found = []
    for m in _SIMPLE_DATE.finditer(text):
        if m.group("y"):
            found.append(DateMention(m.group("y"), m.start("y"), m.end("y"), m.group("y")))
            continue
        month = _MONTHS.split().index(m.group("month").lower()) + 1
        day = m.group("d1") or m.group("d2")
        value = f"{m.group('year')}-{month:02d}" + (f"-{int(day):02d}" if day else "")
        found.append(DateMention(m.group(0), m.start(), m.end(), value))
    return found


def stated_date(mention: DateMention) -> str:
    """A date value keeping only what its words state: "on Wednesday" states no date, "July
    13" a month and day but no year ("XXXX-07-13"), "13 July 2022" all three."""
    words = mention.text.lower()
    has_year = bool(_YEAR_WORD.search(words)) or bool(_DECADE.search(words))
    has_month = any(m in words for m in _MONTH_PREFIXES) or bool(_NUMERIC_DATE.search(words))
    value = mention.value
    if not has_month:
        return value[:4] if has_year and _EVENT_VALUE.match(value[:4]) else ""
    if not has_year:
        return "XXXX" + value[4:] if len(value) > 4 else ""
    return value


def figures(text: str, start: int, end: int, dates: list[DateMention]) -> list[Figure]:
    """The figures of the clause text[start:end] (dates' numbers left out), each with what it
    counts, its bound and scope, and its tally when a tally verb governs it."""
    clause = text[start:end]
    found = _clause_figures(clause, [(d.start - start, d.end - start) for d in dates])
    return with_tallies(clause, found, events=True)


@lru_cache(maxsize=4096)
def tallies_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each figure of a sentence that counts a tally: where it stands and the tally's name
    ("Two people were killed and four were injured": (0, 3, "killed"), (27, 31, "injured"))."""
    found = _clause_figures(text, [])
    tallied = with_tallies(text, found)
    return tuple(
        (m.start(), m.end(), figure.unit.split(":")[0])
        for (_, m), figure in zip(found, tallied, strict=True)
        if is_tally(figure.unit)
    )


def _clause_figures(
    clause: str, dates: list[tuple[int, int]]
) -> list[tuple[Figure, re.Match[str]]]:
    """Each figure of a clause with its match, numbers inside `dates` (clause offsets) and
    times of day left out."""
    found = []
    codes = [(r.start(), r.end()) for r in _DIGIT_RUN.finditer(clause)]  # "0845 125 2222"
    codes += [(r.start(), r.end()) for r in _YEAR_PERIOD.finditer(clause)]  # "2021–22"
    for m in _figure_matches(clause):
        if any(a < m.end() and m.start() < b for a, b in dates + codes):
            continue
        value = _figure_value(m)
        if value is None or _clock_time(clause, m.start(), m.end()):
            continue
        if _leading_zero(m.group()):
            continue  # a code ("0845"), not a figure
        if _PART_AFTER.match(clause, m.end()) and _AND_BEFORE.search(clause, 0, m.start()):
            continue  # "Orsa and three other countries": the rest of a count, not all of it
        if _MULTIPLE_AFTER.match(clause, m.end()):
            continue  # "fills us three times over", "thirty times our June reading": a ratio
        unit = _age_unit(clause, m, value) or _figure_unit(clause, m)
        before = clause[max(0, m.start() - 25) : m.start()].lower()
        bound = next((b for p, b in D.FIGURE_BOUNDS.items() if before.rstrip().endswith(p)), "")
        near = set(_ASCII_WORD.findall(clause[max(0, m.start() - 30) : m.end() + 30].lower()))
        scope = frozenset(near & D.FIGURE_SCOPE_WORDS) | _another_time(clause)
        found.append((Figure(value, unit, m.group().strip(), bound, scope), m))
    return _parts_for_wholes(clause, found)


def _parts_for_wholes(
    clause: str, found: list[tuple[Figure, re.Match[str]]]
) -> list[tuple[Figure, re.Match[str]]]:
    """A part and its whole ("Nineteen of the train's 80 wagons came off the rails") as one
    figure: the part's value where the whole stands, so it counts the whole's noun and is
    the tally of the verb after it; what the clause tells, it tells of the part."""
    out = list(found)
    for whole in found:
        before = _WHOLE_BEFORE.search(clause, max(0, whole[1].start() - 60), whole[1].start())
        if before is None:
            continue
        part = next((f for f in out if f[1].end() == before.end("part")), None)
        if part is None or part is whole or part[0].value == 1:
            continue  # "one of the 43 worst-hit villages" tells the 43
        merged = replace(whole[0], value=part[0].value, text=part[0].text, bound=part[0].bound)
        out = [(merged, whole[1]) if f is whole else f for f in out if f is not part]
    return out


# "three times over", "thirty times our reading", "four times the limit": a multiple of
# something else, no count of its own
_MULTIPLE_AFTER = re.compile(
    r"\s+times\s+(?:over|the|our|their|its|his|her|as|more|higher|lower|greater|larger|bigger"
    r"|smaller|above|below|that|than|what)\b",
    re.IGNORECASE,
)
_WHOLE_BEFORE = re.compile(
    r"(?P<part>[\w-]+)\s+of\s+(?:(?:the|its|their|his|her|our|[A-Za-z][\w-]*['’]s)\s+)+$",
    re.IGNORECASE,
)
_PART_AFTER = re.compile(r"\s+(?:other|others|more|further|additional)\b", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)


def _figure_matches(clause: str) -> list[re.Match[str]]:
    """`_FIGURE`'s matches, then `_NUMBER_WORD`'s; each scan skipped when the clause cannot
    match (no digit; an ASCII clause without a number word: most clauses have neither)."""
    found = list(_FIGURE.finditer(clause)) if _DIGIT.search(clause) else []
    if not clause.isascii() or _number_word_in(clause.lower()):
        found += _NUMBER_WORD.finditer(clause)
    return found


def _number_word_in(lower: str) -> bool:
    """Whether a lower-cased ASCII clause has a number word as a word of its own (what
    `_NUMBER_WORD` needs: its word boundaries fall where letters meet other characters)."""
    return not _number_words().isdisjoint(_ASCII_WORD.findall(lower))


@cache
def _number_words() -> frozenset[str]:
    return frozenset(w.lower() for w in D.NUMBER_WORDS)


def _clock_time(clause: str, start: int, end: int) -> bool:
    """Whether a number is part of a time of day ("7: 35 am", "12:00")."""
    before, after = clause[:start].rstrip()[-1:], clause[end:].lstrip()[:1]
    return ":" in (before, after)


def _leading_zero(digits: str) -> bool:
    """Whether a number is written with a leading zero, as codes and phone numbers are."""
    return len(digits) > 1 and digits.startswith("0") and digits.isdigit()


def _figure_value(m: re.Match[str]) -> float | None:
    raw = m.group("num").lower()
    if raw in D.NUMBER_WORDS:
        value = float(D.NUMBER_WORDS[raw])
    elif raw[:1].isalpha():  # "forty-seven"
        value = float(sum(D.NUMBER_WORDS[w] for w in re.split(r"[-\s]+", raw)))
    else:
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            return None
    mult = (m.group("mult") or "").lower()
    return value * D.MULTIPLIERS.get(mult, 1.0)


def _age_unit(clause: str, m: re.Match[str], value: float) -> str:
    """ "age of <who>" for a person's age ("John Mercer, 60,", "60-year-old John Mercer", "a
    61-year-old man, John Mercer,"), AGE_OF_SOMEONE when whose is not told, "" for any other
    figure: two sources' ages are compared only for one person, and exactly."""
    groups = m.groupdict()
    if any(groups.get(g) for g in ("cur", "mult", "pct")) or not 0 < value <= MAX_AGE:
        return ""
    before, after = clause[: m.start()], clause[m.end() :]
    year_old = _YEAR_OLD.match(after)
    named = _AGE_APPOSITIVE.search(before)
    if named and (year_old or _AGE_CLOSE.match(after)):
        return _age_of(named.group("name"))  # "Mercer, 60,", "Mercer (60)", "Mercer, 60 years"
    if not year_old or not year_old.group().lstrip().startswith("-"):
        return ""
    who = _DESCRIBED.match(after, year_old.end())
    if who is None:
        return AGE_OF_SOMEONE
    described = who.group("who")
    noun = _PERSON_AFTER_NAME.match(after, who.end())  # "a 35-year-old Lisport man"
    if noun and noun.group(1).lower() in D.AGE_PERSON_NOUNS:
        described = noun.group(1)
    apposed = _APPOSED_NAME.match(after, noun.end() if noun else who.end())
    named_before = _NAME_BEFORE_AGE.search(before)
    if apposed and described.islower():
        described = apposed.group("name")  # "a 61-year-old man, John Mercer,"
    elif named_before and described.islower() and _names_a_person(before, named_before):
        described = named_before.group("name")  # "John Mercer, a 61-year-old man from …"
    if described.islower() and described not in D.AGE_PERSON_NOUNS:
        return AGE_OF_SOMEONE  # "a 60-year-old was hurt", "a 35-year-old plumber"
    return _age_of(described)


def _names_a_person(before: str, named: re.Match[str]) -> bool:
    """Whether the name set before "a 61-year-old" is a person's: two words or more, not
    after a preposition ("In Port Ellis, a 35-year-old man …" names a place)."""
    words = before[: named.start()].split()[-1:] + named.group("name").split()
    placed = words[0].lower() in D.PLACE_PREPOSITIONS  # "In Port Ellis, …"
    return len(named.group("name").split()) >= 2 and not placed


def _age_of(name: str) -> str:
    """The unit of a named person's age: the last two words of the name, lower-cased and
    without a possessive ("Police Chief Ada Voss's" -> "age of ada voss")."""
    words = re.sub(r"['’]s?$", "", name.rstrip(".")).lower().split()[-2:]
    return "age of " + " ".join(words) if words else AGE_OF_SOMEONE


def _figure_unit(clause: str, m: re.Match[str]) -> str:
    groups = m.groupdict()
    if groups.get("pct"):
        return "percent"
    currency = groups.get("cur")
    if currency:
        return currency_of(currency) or "money"
    phrase = _PHRASE_END.split(clause[m.end() : m.end() + 60], maxsplit=1)[0]
    following = _UNIT_WORD.findall(phrase)  # "injuring 80, officials said": no unit
    for k, word in enumerate(following[:4]):
        lower = word.lower()
        if k == 0 and word == "m":
            return "metr"  # "121 m long": a spaced "m" after a plain figure is metres
        if word[0].isupper() or lower in D.STOPWORDS or lower in D.MULTIPLIERS:
            continue
        if k == 0 and _participle_before_noun(lower, following[1:2]):
            continue  # "52 toppled trees" counts trees
        named = currency_word(lower) if k == 0 or lower not in AFTER_FIGURE_ONLY else None
        return named or stem(lower.split("-")[0])  # "5 million euros" is "eur"; "24 who won" no
    return ""


def _participle_before_noun(word: str, following: list[str]) -> bool:
    """Whether a word is a past participle standing before the noun a figure counts
    ("toppled trees", "stranded passengers"); "80 injured" alone counts the injured."""
    if not (word.endswith("ed") and len(word) >= 5) or not following:
        return False
    noun = following[0]
    return noun.islower() and noun not in D.STOPWORDS and not noun.endswith("ed")


def date_values_compatible(a: str, b: str) -> bool:
    """Whether two date values overlap; a missing year ("XXXX-07-13") takes the other's."""
    if a.startswith("XXXX") or b.startswith("XXXX"):
        year = next((v[:4] for v in (a, b) if v[:4].isdigit()), LEAP_YEAR)
        a, b = a.replace("XXXX", year, 1), b.replace("XXXX", year, 1)
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def date_interval(value: str, year_hint: int | None = None) -> tuple[int, int] | None:
    """The first and last day (ordinals) a date value can mean; unknown years take the hint."""
    m = re.match(r"^(\d{3}[\dX]|XXXX)(?:-(\d\d)(?:-(\d\d))?)?$", value)
    if not m:
        return None
    year_text, month, day = m.groups()
    if year_text == "XXXX":
        if year_hint is None:
            return None
        year_text = str(year_hint)
    if year_text.endswith("X"):
        first, last = int(year_text[:3] + "0"), int(year_text[:3] + "9")
        return date(first, 1, 1).toordinal(), date(last, 12, 31).toordinal()
    year = int(year_text)
    try:
        if day:
            d = date(year, int(month), int(day)).toordinal()
            return d, d
        if month:
            start = date(year, int(month), 1)
            end = date(year + (month == "12"), int(month) % 12 + 1, 1).toordinal() - 1
            return start.toordinal(), end
        return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    except ValueError:
        return None


def figures_compatible(a: Figure, b: Figure) -> bool:
    """Whether two figures can be the same count: equal within tolerance, or within a bound
    ("at least 50" fits 60); two bounds of one kind are compared as figures."""
    bounds = {a.bound, b.bound} & {"min", "max"}
    if bounds and a.bound != b.bound:
        return _within_bound(a, b) or _within_bound(b, a)
    if is_age(a.unit) and a.unit == b.unit and "approx" not in (a.bound, b.bound):
        return a.value == b.value  # nobody rounds an age: 60 and 61 are two
    if _exact_tallies(a, b):
        return a.value == b.value  # "209 passengers" and "212 passengers" are two counts
    tolerance = APPROX_TOLERANCE if "approx" in (a.bound, b.bound) else FIGURE_TOLERANCE
    largest = max(abs(a.value), abs(b.value))
    return largest == 0 or abs(a.value - b.value) <= tolerance * largest


EXACT_COUNT_BELOW = 1000  # a tally below this is counted, not rounded


def _exact_tallies(a: Figure, b: Figure) -> bool:
    """Whether two figures are exact counts of one tally: whole numbers below
    `EXACT_COUNT_BELOW`, neither hedged ("about", "at least")."""
    if not is_tally(a.unit) or a.unit != b.unit or a.bound or b.bound:
        return False
    return all(v == int(v) and abs(v) < EXACT_COUNT_BELOW for v in (a.value, b.value))


def _within_bound(bound: Figure, other: Figure) -> bool:
    if bound.bound == "min":
        return other.value >= bound.value or other.bound == "min"
    if bound.bound == "max":
        return other.value <= bound.value or other.bound == "max"
    return False


def dates_differ(a: Sequence[str], b: Sequence[str], aligned: bool = False) -> bool:
    """Whether two clauses state dates that cannot be the same: no date of one fits a date of
    the other, or, in near-identical wording (`aligned`), the dates differ one by one."""
    if not a or not b:
        return False
    if aligned and len(a) == len(b):
        pairs = zip(sorted(a), sorted(b), strict=True)
        return not all(date_values_compatible(x, y) for x, y in pairs)
    return not any(date_values_compatible(x, y) for x in a for y in b)


def figures_differ(a: Sequence[Figure], b: Sequence[Figure], aligned: bool = False) -> str:
    """ "value" when both count one thing differently, "scope" when scoped differently, else "".

    Figures count the same thing when they share a unit; in near-identical wording
    (`aligned`) the figures are compared one by one, units or not.
    """
    if aligned and len(a) == len(b) and a:
        pairs = zip(sorted(a, key=_by_value), sorted(b, key=_by_value), strict=True)
        if not all(
            figures_compatible(x, y) or _two_people(x, y) or _two_currencies(x, y) for x, y in pairs
        ):
            return "value"
    a, b = _by_base_unit(a), _by_base_unit(b)
    for unit in sorted(({f.unit for f in a} & {f.unit for f in b}) - {"", AGE_OF_SOMEONE}):
        mine = [f for f in a if f.unit == unit]
        theirs = [f for f in b if f.unit == unit]
        if any(figures_compatible(x, y) for x in mine for y in theirs):
            continue
        scoped = any(x.scope != y.scope for x in mine for y in theirs)
        return "scope" if scoped else "value"
    return ""


def _by_base_unit(found: Sequence[Figure]) -> list[Figure]:
    """The figures with a counted event's or measured thing's unit read as its plain unit
    ("~recount:usd" as "usd"): the key pairs tellings of one count, but two tellings matched
    by their words compare their figures as before, whatever each is said to be of."""
    return [replace(f, unit=f.unit.split(":", 1)[1]) if is_event_unit(f.unit) else f for f in found]


def _two_currencies(a: Figure, b: Figure) -> bool:
    """Whether two sums are in different currencies: $108 million may be 85 million euros
    (whatever each is said to be of: "~sale:usd")."""
    x, y = (f.unit.split(":", 1)[1] if is_event_unit(f.unit) else f.unit for f in (a, b))
    return x != y and x in CURRENCIES and y in CURRENCIES


def _two_people(a: Figure, b: Figure) -> bool:
    """Whether two figures are the ages of two people named differently (never compared)."""
    return named_age(a.unit) and named_age(b.unit) and a.unit != b.unit


def ages_differ(a: Sequence[Figure], b: Sequence[Figure]) -> bool:
    """Whether two clauses give one named person two ages ("Mercer, 60," and "61-year-old
    John Mercer")."""
    shared = {f.unit for f in a if named_age(f.unit)} & {f.unit for f in b}
    return any(
        not any(figures_compatible(x, y) for x in a if x.unit == unit for y in b if y.unit == unit)
        for unit in shared
    )


def tallies_differ(a: Sequence[Figure], b: Sequence[Figure]) -> str:
    """ "value" when two clauses give one tally different counts ("four were injured", "five
    people were hurt"); "scope" when the counts are so far apart (more than
    `TALLY_MAX_RATIO` times) that they more likely count two events; else ""."""
    shared = {f.unit for f in a if is_tally(f.unit)} & {f.unit for f in b if is_tally(f.unit)}
    found = ""
    for unit in sorted(shared):
        mine = [f for f in a if f.unit == unit]
        theirs = [f for f in b if f.unit == unit]
        if any(figures_compatible(x, y) for x in mine for y in theirs):
            continue
        values = [abs(f.value) for f in mine + theirs]
        if max(values) > TALLY_MAX_RATIO * max(min(values), 1):
            return "scope"
        found = "value"
    return found


def _by_value(figure: Figure) -> tuple[str, float]:
    return figure.unit, figure.value
