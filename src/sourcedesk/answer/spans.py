"""Answer-shaped spans of a sentence: dates, figures, ordinals, names and word chunks.

Each generator returns ``(start, end, kind)`` offsets into the sentence; `extractive` scores
them against the question. Names are runs of capitalised words ("Donetsk People's Republic",
"Sin Hong-chol"); chunks are short runs of words the question does not hold.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from itertools import pairwise

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import thesaurus
from sourcedesk.answer.phrases import range_end, verb_like, with_unit
from sourcedesk.answer.retrieve import SentenceWords, Term, match_key
from sourcedesk.answer.variants import demonym_country, same_name, singular
from sourcedesk.research.currencies import CURRENCIES, currency_of
from sourcedesk.research.date_match import kind_of_day
from sourcedesk.research.dates import tag_dates
from sourcedesk.research.entity_data import GIVEN_NAMES, ORG_KEYWORDS, THING_KEYWORDS
from sourcedesk.stemming import stem

MAX_CHUNK_TOKENS = 8
TAGGER_ANCHOR = "2000-01-01"
BOUNDARY = re.compile(r"[;:()\[\]\"“”–—]|,\s|\s-\s")
NAME_SYLLABLE_CHARS = 4
POSSESSIVE = re.compile(r"['’]s?\b")


@dataclass(frozen=True)
class Span:
    """Answer words inside a sentence: [start, end) offsets into `text`, and how good."""

    start: int
    end: int
    text: str
    score: float
    kind: str = ""  # date, number, name, reason, role, alias, chunk; reason-next: offsets
    # and text are those of the sentence after the candidate
    focused: bool = False  # stands next to the noun the question asks about ("two *units*")
    slotted: bool = False  # fills the asked verb's place ("What damaged the crane?": its doer)


def around(text: str, start: int, end: int) -> str:
    """A figure with a few characters either side, where its currency is written."""
    return text[max(0, start - MONEY_CONTEXT) : end + MONEY_CONTEXT]


# Characters either side of a figure in which its currency may stand ("£48m", "710 euros").
MONEY_CONTEXT = 12


def date_spans(text: str, ends: bool = False) -> list[tuple[int, int, str]]:
    """Date expressions in a sentence: the answer patterns, and what the date tagger finds
    ("In October", "last week"; resolved against the source when the answer is stated).
    Dates that bound a span of time are joined into it; with `ends`, each end is a span too
    ("When does it end?")."""
    spans = [
        (m.start(), m.end())
        for m in lx.DATE_PATTERN.finditer(text)
        if not kind_of_day(text, m.start(), m.group(0))
    ]
    tagged = list(_tagged_dates(text))
    # "Two weeks later the board fined the firm": a day counted from one its page gave before,
    # which the sentence alone cannot date (the answer is dated over its page)
    tagged += [m.span() for m in COUNTED_FROM_BEFORE.finditer(text)]
    for start, end in tagged:
        inside = [(a, b) for a, b in spans if start <= a and b <= end]
        if inside and PERIOD_PART.match(text, start):
            spans = [s for s in spans if s not in inside]  # "the end of 2026", not "2026"
        if not any(a < end and start < b for a, b in spans):
            spans.append((start, end))
    joined = _ranges(text, _weekdays_joined(text, sorted(spans)))
    joined = [_with_clock(text, a, b) for a, b in joined]
    if len(joined) > 1:  # "The 2025 Orsa landslide … struck on 14 October 2025": the day
        joined = [(a, b) for a, b in joined if not _year_naming_event(text, a, b, joined)]
    if ends:
        joined += [span for span in spans if span not in joined]
    return [(a, b, "date") for a, b in joined]


NAMING_YEAR = re.compile(r"(?:^|\bthe\s+)(\d{4})\s+[A-Z\w]", re.IGNORECASE)


def _naming_year(text: str, start: int, end: int) -> bool:
    """Whether a number is a year that opens an event's name ("The 2024 Orsa fire")."""
    year = text[start:end]
    return (
        len(year) == 4
        and year.isdigit()
        and NAMING_YEAR.search(text[max(0, start - 4) : end + 2]) is not None
    )


def _year_naming_event(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a bare year only names the event ("The 2025 Orsa landslide") while another date
    of the sentence tells that year more exactly."""
    if not _naming_year(text, start, end):
        return False
    return any((a, b) != (start, end) and text[start:end] in text[a:b] for a, b in spans)


COUNTED_FROM_BEFORE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?:days?|weeks?|months?)\s+(?:later|earlier|afterwards)\b(?!\s+than\b)",
    re.IGNORECASE,
)


# A part of a period the tagger reads with it: "the end of 2026", "early 2027", "mid-2011".
PERIOD_PART = re.compile(
    r"(?:the\s+(?:end|beginning|start|middle|turn|first\s+half|second\s+half)\s+of|early|mid|late)"
    r"\b",
    re.IGNORECASE,
)


_CLOCK_TIME = (
    r"(?:(?:about|around|approximately|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?"
    r"\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"
)
CLOCK_ON = re.compile(rf"{_CLOCK_TIME}\s+on\s+$", re.IGNORECASE)
AT_CLOCK = re.compile(rf",?\s+at\s+{_CLOCK_TIME}", re.IGNORECASE)


def _with_clock(text: str, start: int, end: int) -> tuple[int, int]:
    """A day with the time of day told beside it, one span: "about 11pm on Sunday",
    "Tuesday at 4.40 a.m."."""
    before = CLOCK_ON.search(text, max(0, start - 40), start)
    if before:
        return before.start(), end
    after = AT_CLOCK.match(text, end)
    if after and _weekday(text[start:end]):
        return start, after.end()
    return start, end


def _weekdays_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A weekday and the date after it, one span: "Tuesday, Sept. 10"."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        joined = out and text[out[-1][1] : start] in (", ", " ") and _calendar(text[start:end])
        if joined and _weekday(text[slice(*out[-1])]):
            out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


def _weekday(span: str) -> bool:
    return span.lower() in lx.WEEKDAYS


def _calendar(span: str) -> bool:
    """Whether a date span is a day of the calendar ("12 May", "Sept. 10"), not "the last day"."""
    first = span.split()[0].rstrip(".,").lower() if span.split() else ""
    return first[:1].isdigit() or first in lx.MONTHS or first in lx.MONTH_ABBREVIATIONS


# Between the two ends of a span of time: "1775–1795", "1960 to 2000", "1960 and 2000" (this
# one only after "between").
RANGE_DASH = re.compile(r"\s*[–—-]\s*|\s+(?:to|until|till|through)\s+(?:the\s+)?")
RANGE_AND = re.compile(r"\s+and\s+(?:the\s+)?")
RANGE_OPENER = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)
SHORT_YEAR_END = re.compile(r"[–-]\d{2}\b")  # "1973–74"


def _ranges(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Dates joined into the span of time they bound ("between 1960 and 2000")."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _joins_range(text, out[-1], start):
            first = out.pop()[0]
            opener = RANGE_OPENER.search(text, max(0, first - 14), first)
            out.append((opener.start() if opener else first, end))
            continue
        short = SHORT_YEAR_END.match(text, end) if YEAR_END.search(text, start, end) else None
        out.append((start, short.end() if short else end))
    return out


def _joins_range(text: str, previous: tuple[int, int], start: int) -> bool:
    gap = text[previous[1] : start]
    if RANGE_DASH.fullmatch(gap):
        return True
    return bool(RANGE_AND.fullmatch(gap)) and bool(
        RANGE_OPENER.search(text, max(0, previous[0] - 14), previous[0])
    )


YEAR_END = re.compile(r"\b\d{4}$")


@functools.lru_cache(maxsize=4096)
def _tagged_dates(text: str) -> tuple[tuple[int, int], ...]:
    # Any anchor lets relative dates be found; their value is worked out over the whole source.
    mentions = tag_dates(text, TAGGER_ANCHOR)
    return tuple((m.start, m.end) for m in mentions if m.value[:1].isdigit() or m.value[:1] == "X")


def number_spans(text: str) -> list[tuple[int, int, str]]:
    """Figures in a sentence (currency, thousands, per cent), dates' numbers excluded."""
    dates = [(s, e) for s, e, _ in date_spans(text) if not _counted_year(text, s, e)]
    dates += [(m.start(), m.end()) for m in lx.CLOCK.finditer(text)]  # "10 a.m." counts nothing
    out = [(m.start(), m.end(), "number") for m in lx.FRACTION.finditer(text)]
    out += [(m.start(), m.end(), "number") for m in PHONE_NUMBER.finditer(text)]  # whole
    for m in lx.NUMBER_PATTERN.finditer(text):
        if any(s <= m.start() < e for s, e in dates) and m.group(0)[:1] not in "$€£":
            continue
        if _naming_year(text, m.start(), m.end()):
            continue  # "The 2024 Orsa fire" names the fire's year, it counts nothing
        if any(s <= m.start() < e for s, e, _ in out) or footnote_mark(text, m.start(), m.end()):
            continue
        if text[max(0, m.start() - 1) : m.start()] == "#":
            continue  # "the #1 movie" is a rank, not an amount or an age
        if MODEL_CODE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # "a Tarn T-220 jet": a model's code, not 220 of anything
        if _in_reference(text, m.start(), m.end()):
            continue  # "application 24/01187/FUL" counts nothing
        if DAY_BEFORE_DATE.match(text, m.end()) and m.group(0).isdigit() and int(m.group(0)) <= 31:
            continue  # "between 3 and 8 June": the first day of a stretch of dates
        start = _qualified_start(text, _signed_start(text, m.start()))
        money = any(sign in text[max(0, m.start() - 2) : m.end()] for sign in "$€£")
        changed = CHANGE_BEFORE.search(text, max(0, m.start() - 16), m.start())
        end = m.end() if changed else range_end(text, m.end(), money)
        between = BETWEEN_BEFORE.search(text, max(0, start - 10), start)
        other = BETWEEN_AND.match(text, end) if between else None
        if between and other:  # "between 2,000 and 4,000 berths": the range is the answer
            start, end = between.start(), other.end()
        ratio = RATIO_TAIL.match(text, end) if _small_count(text[start:end]) else None
        end = with_unit(text, ratio.end() if ratio else end)
        scale = TEMPERATURE_SCALE.match(text, end)
        end = scale.end() if scale and DEGREES_END.search(text, start, end) else end
        tally = VOTE_TALLY_TAIL.match(text, end) if VOTES_END.search(text, start, end) else None
        out.append((start, tally.end() if tally else end, "number"))  # "nine votes to three"
    return _joined_durations(text, out)


def _joined_durations(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Durations joined by "and" read as one ("four years and three months"), not as two
    figures of which either may be taken alone."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        if out and _one_duration(text, out[-1], span):
            out[-1] = (out[-1][0], span[1], "number")
        else:
            out.append(span)
    return out


def _one_duration(text: str, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
    if text[first[1] : second[0]] not in (" and ", ", "):
        return False
    units = [
        text[a:b].split()[-1].lower() if text[a:b].split() else "" for a, b, _ in (first, second)
    ]
    return all(unit in lx.DURATION_UNITS for unit in units)


MODEL_CODE_BEFORE = re.compile(r"\b[A-Z]{1,3}-$")  # "T-220", "MK-4"

# After the first day of a stretch of days: its other end, a day and a month ("and 8 June").
DAY_BEFORE_DATE = re.compile(
    r"(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|till)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?:{'|'.join(lx.MONTHS)})\b",
    re.IGNORECASE,
)


def _small_count(figure: str) -> bool:
    """Whether a figure is a bare small count that a ratio may follow ("one", "3")."""
    low = figure.lower().split()[-1] if figure.split() else ""
    return low in lx.CARDINAL_WORDS.values() or (low.isdigit() and len(low) <= 3)


MINUS_BEFORE = re.compile(r"\bminus\s+$", re.IGNORECASE)
DEGREES_END = re.compile(r"\bdegrees?$", re.IGNORECASE)
TEMPERATURE_SCALE = re.compile(r"\s+(?:Celsius|Fahrenheit|centigrade|C|F)\b")


def _signed_start(text: str, start: int) -> int:
    """A figure's start moved over the "minus" before it ("minus 9 degrees")."""
    sign = MINUS_BEFORE.search(text, max(0, start - 8), start)
    return sign.start() if sign else start


VOTES_END = re.compile(r"\bvotes?$", re.IGNORECASE)
VOTE_TALLY_TAIL = re.compile(rf"\s+to\s+(?:\d+|{lx.NUMBER_WORD_ALTERNATION})\b", re.IGNORECASE)


SLASHED_TOKEN = re.compile(r"[\w/.-]*")


def _in_reference(text: str, start: int, end: int) -> bool:
    """Whether a number is one part of a reference written with slashes and letters or with
    two slashes ("24/01187/FUL", "HR/2024/17"), which counts nothing."""
    if text[start - 1 : start] != "/" and text[end : end + 1] != "/":
        return False
    left = start
    while left > 0 and (text[left - 1].isalnum() or text[left - 1] in "/.-"):
        left -= 1
    token = SLASHED_TOKEN.match(text, left)
    whole = token.group() if token else ""
    return whole.count("/") >= 2 or any(ch.isalpha() for ch in whole)


# A bare year-shaped number that counts: after a verb of being or having, before a plain
# word ("there were 1204 reported cases"), not after "in", "since" or a month.
COUNTED_YEAR_BEFORE = re.compile(r"\b(?:were|was|are|is|had|have|has|about|some)\s+$", re.I)
COUNTED_YEAR_AFTER = re.compile(r"\s+[a-z]+")


def _counted_year(text: str, start: int, end: int) -> bool:
    """Whether a date span is a bare four-digit number used as a count."""
    if not text[start:end].isdigit():
        return False
    before = COUNTED_YEAR_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and COUNTED_YEAR_AFTER.match(text, end) is not None


# What a sum is paid per ("€400,000 a month", "6.90 euros a share", "£12 per head").
RATE_NOUN = (
    r"\s+(?:year|month|week|day|hour|night|share|head|person|tonne|ton|barrel|litre|liter"
    r"|kilogram|kg|annum|capita)\b"
)
RATE_AFTER = re.compile(r"\s+(?:a|an|per|each)" + RATE_NOUN, re.IGNORECASE)
RATE_NOUN_AFTER = re.compile(RATE_NOUN, re.IGNORECASE)


def sum_without_currency(text: str, start: int, end: int) -> bool:
    """Whether a figure in no currency the tables know may still be a sum: it is scaled ("64
    million marks", "410 million dalers"), or written in digits with a word after it in a
    sentence about pay ("will receive 1,500 marks in compensation"); never a count of people or
    things ("1.2 million passengers") nor a measure."""
    figure = text[start:end]
    if currency_of(figure):
        return False
    word = WORD_AFTER_FIGURE.match(text, end)
    after = word.group(1).lower() if word else ""
    if after in COUNTED_NOT_MONEY | lx.UNITS | lx.STOPWORDS or PEOPLE_PLURAL.search(after):
        return False
    if SCALED.search(figure):
        return True
    return bool(after) and any(ch.isdigit() for ch in figure) and bool(lx.MONEY_CUE.search(text))


def _currency_word(question_text: str, text: str, start: int, end: int, word: str) -> bool:
    """Whether the word after a figure names a currency the tables do not know, to be stated
    with it: a sum is asked, not the things the word names ("How many drones …?": "4
    million", the drones being asked)."""
    if not word.islower() or not sum_without_currency(text, start, end):
        return False
    asked = {w.lower() for w in re.findall(r"[^\W\d_]+", question_text)}
    if "many" in asked or singular(word.lower()) in {singular(w) for w in asked}:
        return False
    return lx.asks_money(question_text)


COUNTED_NOT_MONEY = lx.GENERIC_PEOPLE | lx.words(
    """
    passengers residents customers users visitors households homes jobs workers employees
    members voters patients students children subscribers viewers fans tourists pupils
    teachers tickets copies units vehicles cars flights journeys trips downloads votes
    """
)
WORD_AFTER_FIGURE = re.compile(r"\s+([A-Za-z]+)\b")
# "312 rowers", "60 claimants", "12 investors": people who do something, counted
PEOPLE_PLURAL = re.compile(r"(?:[a-z]{3}(?:ers|ors|ists|ians|ants))$")
SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|bn|mn)\b", re.IGNORECASE)
BARE_FIGURE_END = re.compile(r"(?:\d|illion|ousand)$")  # no unit yet: not "7.5 per cent"


def stated_sum(question_text: str, text: str, start: int, end: int) -> str:
    """A figure as the answer states it: a sum with the rate it is paid at, which changes what
    it says ("€400,000 a month", "£43,389 per annum"), unless the question already asks per
    what ("How much per share …?"); never ending on a bare "per"."""
    figure = text[start:end]
    named = WORD_AFTER_FIGURE.match(text, end) if BARE_FIGURE_END.search(figure) else None
    if named and _currency_word(question_text, text, start, end, named.group(1)):
        return figure + named.group(0)  # "64 million marks": a currency of its own
    after_per = figure.lower().endswith(" per")
    if not (after_per or currency_of(text[max(0, start - 4) : end])):
        return figure
    rate = (RATE_NOUN_AFTER if after_per else RATE_AFTER).match(text, end)
    asked = {w.lower() for w in re.findall(r"[^\W\d_]+", question_text)}
    if rate and not {w.lower() for w in rate.group(0).split()} & asked - {"a", "an", "per"}:
        return figure + rate.group(0)
    return figure[:-4] if after_per else figure


# "cut from £52m to £9m", "grew $3 million to $20 million": a change, not a range
CHANGE_BEFORE = re.compile(
    r"\b(?:from|by|grew|rose|fell|increased|decreased|jumped|dropped|climbed|declined|cut|raised"
    r"|lowered|reduced|slashed|boosted|slid|surged)\s+(?:[A-Z]{0,3}[$€£]\s?)?$",
    re.IGNORECASE,
)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
BETWEEN_AND = re.compile(  # "between $ 4 million and $ 9 million": a spaced sum, its scale
    r"\s+and\s+(?:(?:[$€£]\s?)?\d(?:[\d,.]*\d)?(?:\s?%|\s+(?:thousand|million|billion|trillion)\b)?"
    r"|(?:" + lx.NUMBER_WORD_ALTERNATION + r")\b)",  # "between two and ten days"
    re.IGNORECASE,
)
# "one in every four homes", "one in 20 patients": a share told as a ratio, whole.
RATIO_TAIL = re.compile(
    r"\s+in\s+(?:every\s+)?(?:\d{1,3}(?!\d)|(?:" + lx.NUMBER_WORD_ALTERNATION + r")\b)",
    re.IGNORECASE,
)


# "800-800-3855", "(503) 555-0100", "877-LAPD-24-7": one number to call, no figures
PHONE_NUMBER = re.compile(
    r"(?<![\w-])(?:1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.\s]\d{4}(?![\w-])"
    r"|(?<![\w-])\d{3}-[A-Z]{4,7}(?:-[A-Z0-9]{1,4})+(?![\w-])"
    r"|(?<![\w-])0\d{2,4}(?:[ -]\d{3,4}){1,2}(?![\w-])"  # "0800 470 1190", "01632 960 448"
    r"|(?<![\w+])\+\d{1,3}(?:[ -]\d{1,4}){2,4}(?![\w-])"  # "+44 20 7946 0958"
)


def _qualified_start(text: str, start: int) -> int:
    """Move a figure's start over the words that bound it ("more than 2,500")."""
    match = lx.FIGURE_QUALIFIER.search(text, max(0, start - QUALIFIER_REACH), start)
    if match and RISEN_UP_TO.search(text, max(0, match.start() - RISE_REACH), match.end()):
        return start  # "the payment went up to 90 crowns": what it became, no bound
    return match.start() if match else start


QUALIFIER_REACH = 20
RISE_REACH = 12  # characters before "up to" that may hold the verb that rose
RISEN_UP_TO = re.compile(
    r"\b(?:go|goes|went|gone|going|shot|shoots|climbed|climbs|moved|moves|jumped|jumps)\s+up\s+to\s+$",
    re.IGNORECASE,
)


def owned_part_spans(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """The part of a named place a sentence gives for "Which part of Russia …?": the words
    after its possessive ("in Russia's far east") or before "of" it ("the north of Russia")."""
    out = []
    for name in names:
        owned = r"\b" + re.escape(name) + r"['’]s\s+((?:[a-z][\w-]*\s*){1,3})"
        for m in re.finditer(owned, text):
            end = _before_function_word(text, m.start(1), m.end(1))
            if end > m.start(1) and PART_WORDS & set(text[m.start(1) : end].lower().split()):
                out.append((m.start(1), end, "content"))
        before = r"\bthe\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s+" + re.escape(name) + r"\b"
        for m in re.finditer(before, text):
            if PART_WORDS & set(m.group(1).lower().split()):
                out.append((m.start(1), m.end(1), "content"))
    return out


# Words that name a part of a place ("far east", "the north", "eastern border region")
PART_WORDS = lx.DIRECTIONS | lx.words(
    "northern southern eastern western central northeastern northwestern southeastern"
    " southwestern far coast coastal interior heartland border borders region outskirts"
)


def _before_function_word(text: str, start: int, end: int) -> int:
    """Where a run of lower-case words stops: before its first function word."""
    stop = start
    for word in re.finditer(r"[a-z][\w-]*", text[start:end]):
        if word.group(0) in lx.STOPWORDS:
            break
        stop = start + word.end()
    return stop


NOT_COUNTS = lx.words("last next final latest")  # "his last goal of the season" counts nothing


def running_count_spans(text: str, noun: str) -> list[tuple[int, int, str]]:
    """ "her fourth try of the season", "its 12th win": the ordinal of an owner's latest one
    tells how many it has, for "How many goals does he have?"."""
    if not noun:
        return []
    one = singular(noun)
    pattern = (
        r"\b(?:his|her|its|their|[A-Z][\w'’-]*['’]s)\s+("
        + "|".join(sorted(lx.ORDINALS - NOT_COUNTS))
        + r"|\d+(?:st|nd|rd|th))\s+(?:[a-z-]+\s+)?"
        + re.escape(one)
        + r"\s+(?:of\s+the\s+(?:season|year|campaign|tournament)|this\s+(?:season|year))\b"
    )
    return [(m.start(1), m.end(), "number") for m in re.finditer(pattern, text, re.IGNORECASE)]


def ordinal_spans(text: str) -> list[tuple[int, int, str]]:
    """Ordinal words and numbers ("third", "2nd") for questions about a rank."""
    pattern = r"\b(?:" + "|".join(sorted(lx.ORDINALS)) + r"|\d+(?:st|nd|rd|th))\b"
    return [(m.start(), m.end(), "number") for m in re.finditer(pattern, text, re.IGNORECASE)]


def name_spans(text: str, words: SentenceWords) -> list[tuple[int, int, str]]:
    """Runs of capitalised words (with 'of', 'the' ... inside) in a sentence."""
    out = []
    i = 0
    n = len(words.folded)
    while i < n:
        if not _name_word(words, i) or _opening_adverb(text, words, i):
            i += 1
            continue
        if _plural_acronym(text, words, i):
            i += 1
            continue  # "smart TVs", "PCs": a common noun in capitals
        if _abbreviated_genus(text, words, i):
            out.append((words.spans[i][0], words.spans[i + 1][1], "name"))
            i += 2
            continue  # "E. coli", "S. aureus": one name, not the letter "E"
        j = i
        while j + 1 < n:
            if _ampersand_inside(text, words, j):
                j += 1  # "Pellam & Rusk Consulting Engineers"
                continue
            if _bracketed_inside(text, words, j):
                j += 2  # "the Coastal Towns (Housing) Act": one name
                continue
            if boundary_between(text, words, j):
                break
            if _and_inside_body(words, i, j):
                j += 2  # "the Medicines and Devices Safety Agency"
                continue
            if _acronym_then_word(text, words, j):
                break  # "UN Ana Reyl": an acronym ends a name before a capitalised word
            if _plural_acronym(text, words, j + 1):
                break  # "Harbourtek TVs": the maker's name, then the things it makes
            if _name_word(words, j + 1) or _name_syllable(text, words, j + 1):
                j += 1
            elif (
                _possessive_inside(words, j)
                or _saints_possessive(words, i, j)
                or _titles_possessive(words, i, j)
            ):
                j += 2  # "People's Republic", "Children's Hospital", "St Orsa's General …"
            elif (
                j + 2 < n
                and words.folded[j + 1] in lx.NAME_JOINERS
                and _name_word(words, j + 2)
                and not boundary_between(text, words, j + 1)
            ):
                j += 2
            else:
                break
        if _numbered_name(text, words, i, j):
            j += 1  # "Rescue 914", "Highway 9", "Terminal 5"
        while _hyphened_code(text, words, j):
            j += 1  # "Brannock HP-9", "COVID-19": the model's or the strain's number is its name's
        if not _modifier(text, words.spans[j][1]):
            first = _numbered_place(text, words, i, j)
            out.append((words.spans[first][0], words.spans[j][1], "name"))
        i = j + 1
    return _cited_author(text, out)


def _numbered_name(text: str, words: SentenceWords, i: int, j: int) -> bool:
    """Whether a number right after a one-word name ends it ("the helicopter Rescue 914",
    "Highway 9"): a plain number of one to three digits, then no capital (a score line,
    "Halvik 2 Tarvia 1") and no counted noun ("Lisle 12 students"), after no date's word."""
    k = j + 1
    if j != i or k >= len(words.folded) or not re.fullmatch(r"\d{1,3}", words.folded[k]):
        return False
    if words.folded[j] in lx.CALENDAR_NAMES or text[words.spans[j][1] : words.spans[k][0]] != " ":
        return False
    if re.match(r"[/.:,-]\d", text[words.spans[k][1] :]):
        return False  # "Resolution 43/53", "Article 5.2": the number is part of a code
    after = k + 1
    if after < len(words.folded) and text[words.spans[k][1] : words.spans[after][0]] == " ":
        nxt = words.folded[after]
        counted = nxt.endswith("s") or nxt in lx.PEOPLE_WORDS  # "12 students", "12 people"
        return not (words.capitalised[after] or counted)
    return True


def _hyphened_code(text: str, words: SentenceWords, j: int) -> bool:
    """Whether a hyphen glues a number to word j of a name ("HP-9", "C-64", "A350-900")."""
    k = j + 1
    return (
        k < len(words.folded)
        and words.folded[k][:1].isdigit()
        and text[words.spans[j][1] : words.spans[k][0]] == "-"
        and (words.capitalised[j] or words.folded[j][:1].isdigit())
    )


def _ampersand_inside(text: str, words: SentenceWords, j: int) -> bool:
    """Whether an ampersand joins two capitalised words into one name ("Procter & Gamble")."""
    gap = text[words.spans[j][1] : words.spans[j + 1][0]]
    return gap.strip() == "&" and _name_word(words, j) and _name_word(words, j + 1)


def _bracketed_inside(text: str, words: SentenceWords, j: int) -> bool:
    """Whether one capitalised word in brackets stands inside a name, between two of its
    words ("Coastal Towns (Housing) Act")."""
    if j + 2 >= len(words.folded):
        return False
    before = text[words.spans[j][1] : words.spans[j + 1][0]]
    after = text[words.spans[j + 1][1] : words.spans[j + 2][0]]
    return before == " (" and after == ") " and all(_name_word(words, k) for k in (j, j + 1, j + 2))


BODY_NAME_REACH = 5  # words after "and" that may end a body's name on its keyword


def _and_inside_body(words: SentenceWords, i: int, j: int) -> bool:
    """Whether "and" after a run opened by "the" joins it to the rest of one body's name: the
    words after "and" run on to a keyword of bodies ("the Seafarers and Dockers Union", "the
    Rail and Signal Workers' Guild"); "Halvik and Tarvia" stay two."""
    n = len(words.folded)
    opened = words.folded[i] == "the" or (i > 0 and words.folded[i - 1] == "the")
    if j + 2 >= n or words.folded[j + 1] != "and":
        return False
    k, last = j + 2, -1
    while k < min(n, j + 2 + BODY_NAME_REACH) and _name_word(words, k):
        last = k
        k += 2 if _possessive_inside(words, k) else 1
    if last < 0 or (k < n and words.capitalised[k]):
        return False
    # the keyword ends the name: "Union Pacific Railroad" after "and" is a name of its own;
    # "the Road and Rail Workers union" ends on the body's noun in lower case
    ends_on_kind = words.folded[last] in ORG_KEYWORDS
    kind_after = k < n and words.folded[k] in ORG_KEYWORDS
    # without "the", only a public service's head noun joins ("Orsa Fire and Rescue Service")
    return (opened and (ends_on_kind or kind_after)) or words.folded[last] in SERVICE_HEADS


SERVICE_HEADS = frozenset(("service", "services", "authority", "trust", "commission"))


# A citation that opens on its author, surname first: "Halden, Piet. "Harbour ..."" or
# "Marsh, Ola (2019-04-02)."
_CITED_AFTER_AUTHOR = re.compile(r"\.?\s*(?:[\"“‘']|\(\d{4})")


def _cited_author(text: str, names: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join a citation's inverted author ("Halden, Piet") into one name."""
    if len(names) < 2 or names[0][0] != 0 or text[names[0][1] : names[1][0]] != ", ":
        return names
    surname, given = names[0], names[1]
    if len(text[surname[0] : surname[1]].split()) > 1 or len(text[given[0] : given[1]].split()) > 3:
        return names
    if not _CITED_AFTER_AUTHOR.match(text, given[1]):
        return names
    return [(surname[0], given[1], "name"), *names[2:]]


def is_cited_author(text: str, start: int, end: int) -> bool:
    """Whether a span is the inverted author a citation opens on ("Halden, Piet")."""
    return start == 0 and ", " in text[start:end] and bool(_CITED_AFTER_AUTHOR.match(text, end))


def _numbered_place(text: str, words: SentenceWords, i: int, j: int) -> int:
    """Where a name starts when a number opens it: a street or a building ("6th Avenue",
    "10 Downing Street"); else word i."""
    if words.folded[j] not in lx.STRUCTURE_HEADS or i == 0 or boundary_between(text, words, i - 1):
        return i
    k = i - 1
    if words.folded[k] in ORDINAL_SUFFIXES and k > 0 and words.spans[k - 1][1] == words.spans[k][0]:
        k -= 1  # "6th" is read as "6" and "th"
    return k if words.folded[k].isdigit() else i


ORDINAL_SUFFIXES = lx.words("st nd rd th")


def _opening_adverb(text: str, words: SentenceWords, i: int) -> bool:
    """ "Unfortunately, ...": an adverb opening the sentence before a comma is no name."""
    end = words.spans[i][1]
    if i == 0 and words.folded[i] in OPENING_ADVERBS:
        return True  # "Instead of ...", "Meanwhile the council ..."
    if i == 0 and words.folded[i] in OPENING_TIME_WORDS and _time_follows(text, words, i):
        return True  # "Last month, …", "Tonight, …"; not "Tonight Show", "Soon Ho Park"
    if i == 0 and len(words.folded) > 1 and words.folded[1] in PRONOUN_AFTER_OPENER:
        return True  # "Among them, the old courthouse …": a preposition, no name
    return i == 0 and words.folded[i].endswith("ly") and text[end : end + 1] == ","


OPENING_ADVERBS = lx.words(
    """
    instead however meanwhile still later earlier afterwards afterward nevertheless moreover
    furthermore therefore otherwise then now today yesterday overall finally separately
    ultimately eventually again indeed thus hence besides nonetheless likewise similarly
    nowadays recently currently initially
    """
)


OPENING_TIME_WORDS = lx.words("last next tonight tomorrow soon once")
PRONOUN_AFTER_OPENER = lx.words("them those these him us")
TIME_NOUNS = lx.DURATION_UNITS | lx.words("season spring summer autumn fall winter weekend")


def _time_follows(text: str, words: SentenceWords, i: int) -> bool:
    end = words.spans[i][1]
    after = words.folded[i + 1] if i + 1 < len(words.folded) else ""
    return text[end : end + 1] == "," or after in TIME_NOUNS


def _possessive_inside(words: SentenceWords, j: int) -> bool:
    """Word j is a plural noun's possessive inside a name ("Donetsk People's Republic")."""
    return words.folded[j] in lx.NAME_POSSESSORS and _possessive_then_name(words, j)


def _saints_possessive(words: SentenceWords, i: int, j: int) -> bool:
    """Word j is a saint's possessive inside a name that opens on "St" or "Saint" ("St Orsa's
    General Hospital", "Saint Mary's Church"), a name word after it."""
    return j == i + 1 and words.folded[i] in SAINT_WORDS and _possessive_then_name(words, j)


SAINT_WORDS = lx.words("st saint ste")


def _titles_possessive(words: SentenceWords, i: int, j: int) -> bool:
    """Word j is a possessive inside a work's title that opens on a capital "The" in mid
    sentence ("is The Ferryman's Daughter, painted in 1871"), a name word after it."""
    opens = i > 0 and words.folded[i] == "the" and words.capitalised[i]
    return j == i + 1 and opens and _possessive_then_name(words, j)


def _possessive_then_name(words: SentenceWords, j: int) -> bool:
    """Word j takes a possessive "'s" and a name word follows it."""
    return (
        j + 2 < len(words.folded)
        and words.folded[j + 1] == "s"
        and words.spans[j + 1][0] - words.spans[j][1] == 1
        and _name_word(words, j + 2)
    )


def _acronym_then_word(text: str, words: SentenceWords, j: int) -> bool:
    here = text[words.spans[j][0] : words.spans[j][1]]
    after = text[words.spans[j + 1][0] : words.spans[j + 1][1]]
    if here.lower() in lx.NAME_PREFIX_ACRONYMS:
        return False  # "INS Velkar", "USS Cole": the prefix is part of the name
    if not (here.isupper() and len(here) > 1 and not after.isupper()):
        return False
    head = _run_head(words, j + 1)
    # "EVA Airways", "LA Auto Show": one name
    return head not in lx.BODY_HEADS and head not in ORG_KEYWORDS and head not in ACRONYM_NAME_HEADS


# Last words of a name an acronym may open ("LA Auto Show", "US Open", "BMJ Case Reports").
ACRONYM_NAME_HEADS = THING_KEYWORDS | lx.words(
    "show fair week open marathon reports review letters proceedings magazine notes bulletin"
    " digest annals quarterly"
)


def _run_head(words: SentenceWords, i: int) -> str:
    """The last word of the run of capitalised words starting at word i."""
    while i + 1 < len(words.folded) and words.capitalised[i + 1]:
        i += 1
    return words.folded[i]


# "Sacramento-based McClatchy", "a London-headquartered bank": where the body is
_BASED_IN = re.compile(r"\b([A-Z][\w.’']*(?:\s[A-Z][\w.’']*){0,2})-(?:based|headquartered)\b")


def based_spans(text: str) -> list[tuple[int, int, str]]:
    """The place a body is "-based" in: a name glued to "based" by a hyphen."""
    return [(m.start(1), m.end(1), "name") for m in _BASED_IN.finditer(text)]


def _modifier(text: str, end: int) -> bool:
    """A name glued to a lower-case word by a hyphen is an adjective ("Moscow-backed")."""
    return bool(re.match(r"-[a-z]", text[end : end + 2]))


def _name_syllable(text: str, words: SentenceWords, i: int) -> bool:
    """A short lower-case part joined by a hyphen belongs to the name (Sin Hong-chol)."""
    start = words.spans[i][0]
    return (
        start > 0
        and text[start - 1] == "-"
        and words.spans[i - 1][1] == start - 1
        and len(words.folded[i]) <= NAME_SYLLABLE_CHARS
    )


PLURAL_ACRONYM = re.compile(r"[A-Z]{2,4}s")


def _plural_acronym(text: str, words: SentenceWords, i: int) -> bool:
    """Whether word i is an acronym in the plural ("TVs", "SUVs"): things, not a name."""
    start, end = words.spans[i]
    return PLURAL_ACRONYM.fullmatch(text[start:end]) is not None


def _name_word(words: SentenceWords, i: int) -> bool:
    low = words.folded[i]
    if _initial(words, i) or _inner_capital(words, i):
        return True  # "Henrik A. Moe", "The We Company": not the article, not the pronoun
    if not words.capitalised[i] or low in lx.NOT_NAMES or low in lx.MONTHS or low in lx.WEEKDAYS:
        return False
    if low in MONTH_ABBREVIATIONS and i + 1 < len(words.folded) and words.folded[i + 1].isdigit():
        return False  # "Nov. 18", "Dec 12": a date
    if i == 0 and low in lx.NUMBER_WORDS and not _capitalised_next(words, i):
        return False  # "Ten minutes later ...": a number opening the sentence
    if i == 0 and not _capitalised_next(words, i) and _common_word(low):
        return _acts_next(words)  # "Perhaps more significant …"; "Sharp said …" is a name
    if i == 0 and _post_noun_next(words, low):
        return False  # "Station commander Leona Markby": the first word of a post, no name
    if low in CURRENCY_CODES and i + 1 < len(words.folded) and words.folded[i + 1][:1].isdigit():
        return False  # "EUR 180 million": a sum's currency, no name
    return not (i == 0 and low in lx.STOPWORDS)


def _common_word(low: str) -> bool:
    """Whether a word that opens a sentence alone is capitalised only for that: an adjective
    or adverb of the dictionary ("Perhaps", "Decisive"), not one it writes with a capital
    ("Japanese"), and no given name. A dictionary noun may still be a name ("Bramble",
    "Marsh"), and a plural noun may answer ("Accountants study …")."""
    if low in GIVEN_NAMES:
        return False
    parts = thesaurus.parts_of_speech(low)
    return bool(parts) and not set(parts) & set("nvP")


def _post_noun_next(words: SentenceWords, low: str) -> bool:
    """Whether an opening dictionary noun is followed by a post in lower case ("Station
    commander …", "Site manager …"): the two words are a title."""
    if len(words.folded) < 2 or words.capitalised[1] or words.folded[1] not in lx.ROLE_NOUNS:
        return False
    parts = thesaurus.parts_of_speech(low)
    return "n" in parts and "P" not in parts and low not in GIVEN_NAMES


def _acts_next(words: SentenceWords) -> bool:
    """Whether the sentence's second word is an auxiliary or a verb of saying, so that its
    first is a doer ("Sharp said …", "Young was …"): a surname may be a dictionary word."""
    return len(words.folded) > 1 and words.folded[1] in ACTING_NEXT


ACTING_NEXT = lx.AUXILIARIES | frozenset(lx.SAID_FORMS.split())


def _capitalised_next(words: SentenceWords, i: int) -> bool:
    return i + 1 < len(words.folded) and words.capitalised[i + 1]


MONTH_ABBREVIATIONS = frozenset(lx.MONTH_ABBREVIATIONS)
CURRENCY_CODES = frozenset(code for code in CURRENCIES if len(code) == 3)


def _inner_capital(words: SentenceWords, i: int) -> bool:
    """A capitalised short word inside a run of capitals in mid-sentence ("The We Company",
    "told The Hill"): part of the name."""
    if i == 0 or i + 1 >= len(words.folded) or not words.capitalised[i]:
        return False
    if not words.capitalised[i + 1] or words.spans[i + 1][0] - words.spans[i][1] != 1:
        return False
    if words.folded[i] == "the":
        return words.folded[i + 1] not in lx.NOT_NAMES or _inner_capital(words, i + 1)
    return words.capitalised[i - 1] and words.folded[i - 1] == "the"


def _abbreviated_genus(text: str, words: SentenceWords, i: int) -> bool:
    """One capital letter, a full stop and a lower-case word ("E. coli"): a species named
    with its genus cut to a letter."""
    nxt = i + 1
    return (
        nxt < len(words.folded)
        and len(words.folded[i]) == 1
        and words.capitalised[i]
        and text[words.spans[i][1] : words.spans[nxt][0]] == ". "
        and not words.capitalised[nxt]
        and words.folded[nxt].isalpha()
        and len(words.folded[nxt]) >= 3
    )


def _initial(words: SentenceWords, i: int) -> bool:
    """One capital letter with a full stop, between two capitalised words."""
    return (
        0 < i < len(words.folded) - 1
        and len(words.folded[i]) == 1
        and words.capitalised[i]
        and words.capitalised[i - 1]
        and words.capitalised[i + 1]
        and words.spans[i + 1][0] - words.spans[i][1] == 2  # ". "
    )


def boundary_between(text: str, words: SentenceWords, i: int) -> bool:
    """Whether punctuation parts word i from the next (the sentence's end always does)."""
    if i < 0 or i + 1 >= len(words.spans):
        return True
    gap = text[words.spans[i][1] : words.spans[i + 1][0]]
    return bool(BOUNDARY.search(gap + " ")) or len(gap) > 2


def chunk_spans(text: str, words: SentenceWords, anchors: set[int]) -> list[tuple[int, int, str]]:
    """Runs of up to a few words that the question does not hold, between boundaries."""
    out = []
    n = len(words.folded)
    for i in range(n):
        if i in anchors or words.folded[i] in lx.STOPWORDS:
            continue
        if i > 0 and _inside_name(text, words, i - 1):
            continue  # "Long" of "Long Beach" is no answer
        for j in range(i, min(n, i + MAX_CHUNK_TOKENS)):
            if j in anchors or (j > i and boundary_between(text, words, j - 1)):
                break
            if words.folded[j] not in lx.STOPWORDS and not _inside_name(text, words, j):
                out.append((words.spans[i][0], words.spans[j][1], "chunk"))
    return out


def _inside_name(text: str, words: SentenceWords, j: int) -> bool:
    """Whether words j and j + 1 are both capitalised and stand together (one name)."""
    return (
        j + 1 < len(words.folded)
        and words.capitalised[j]
        and words.capitalised[j + 1]
        and j > 0
        and not boundary_between(text, words, j)
    )


MAX_PHRASE_WORDS = 5
MAX_QUOTED_WORDS = 12  # a title or a slogan
MAX_SAID_WORDS = 60  # what someone said
# A short quotation: "…", “…” or ‘…’ (a closing ’ followed by a letter is an apostrophe; a
# page may close with ‘ by mistake).
QUOTATION = re.compile(
    r"(?<![\w])(?:\"(?P<a>[^\"]{2,120})\"|“(?P<b>[^”]{2,120})”|‘(?P<c>[^‘]{2,120}?)[’‘](?![\w]))"
)


def said_spans(text: str) -> list[tuple[int, int, str]]:
    """What a sentence reports someone said: its quotations, or the clause after "said
    (that)", "told reporters (that)" ... up to the sentence's end."""
    out = [(a, b, "said") for a, b, _ in quoted_spans(text, MAX_SAID_WORDS)]
    out += _quotation_part(text)
    for match in SAID_CLAUSE.finditer(text):
        end = len(text.rstrip(' .!?"”’'))
        joined = NEXT_ACT.search(text, match.end(), end)
        if joined:
            end = joined.start()  # "found cracking in the chute and recommended that …"
        clause = text[match.end() : end]
        if clause.count('"') % 2 or clause.count("“") > clause.count("”"):
            end += len(text[end:]) - len(text[end:].lstrip('"”'))  # 'was "not fit for use"'
        if end - match.end() > MIN_SAID_CHARS:
            out.append((match.end(), end, "said"))
    return out


def _quotation_part(text: str) -> list[tuple[int, int, str]]:
    """The part of a quotation a sentence holds when the quotation opened in an earlier
    sentence (`We will fight it," Vell said.`) or runs on into a later one (`Vell said:
    "It is a sad day.`): the sentence's one quotation mark says which."""
    marks = [i for i, ch in enumerate(text) if ch in QUOTE_MARKS]
    if len(marks) != 1:
        return []
    mark = marks[0]
    closing = text[mark] == "”" or (text[mark] == '"' and mark > 0 and not text[mark - 1].isspace())
    start, end = (0, mark) if closing else (mark + 1, len(text.rstrip()))
    part = text[start:end]
    start += len(part) - len(part.lstrip())
    end -= len(part) - len(part.rstrip(" ,"))
    return [(start, end, "said")] if end - start > MIN_SAID_CHARS else []


QUOTE_MARKS = frozenset('"“”')

# A second act joined to the first ("found X and recommended Y"): what was found ends there.
NEXT_ACT = re.compile(
    r",?\s+and\s+(?:then\s+)?(?:recommended|urged|called|ordered|said|warned|concluded|ruled"
    r"|found|noted|added|asked|advised)\b"
)
SAID_CLAUSE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|wrote|announced|claimed|added|stated|warned"
    r"|admitted|acknowledged|conceded|insisted|argued|explained|denied|concluded|found|ruled"
    r"|recommended|show|reveal)"
    r"\s+(?:that\s+)"
    # a finding may be told without "that": "a census found otters at half their old number"
    r"|\b(?:found|finds|showed|shows|revealed|reveals)\s+(?:that\s+)?(?=[a-z\d])",
)
MIN_SAID_CHARS = 10


def quoted_spans(text: str, max_words: int = MAX_QUOTED_WORDS) -> list[tuple[int, int, str]]:
    """Short quotations, without their marks: titles, themes and slogans are quoted."""
    out = []
    for match in QUOTATION.finditer(text):
        group = next(g for g in ("a", "b", "c") if match.group(g) is not None)
        if len(match.group(group).split()) <= max_words:
            out.append((match.start(group), match.end(group), "quoted"))
    return out


def relative_head_spans(
    text: str,
    words: SentenceWords,
    anchors: set[int],
    verbs: set[int],
    agent_verbs: set[int] | None = None,
) -> list[tuple[int, int, str]]:
    """Who does what the question asks: the phrase a relative clause on the question's verb
    (at `verbs`) hangs from ("a family friend who spotted the car" answers "who spotted the
    car?"), or the phrase right before that verb; and a passive's doer after it or after one of
    its synonyms (`agent_verbs`: "alerted … by a teacher" for "Who tipped off …?")."""
    out = []
    for i in range(1, len(words.folded) - 1):
        if words.folded[i] not in lx.RELATIVE_PRONOUNS or i + 1 not in verbs:
            continue
        if boundary_between(text, words, i - 1) and text[words.spans[i - 1][1]] != ",":
            continue
        if words.folded[i - 1] in lx.GENERIC_PEOPLE:
            named = NAMED_AFTER_CLAUSE.search(text, words.spans[i][1])
            if named and named.start() - words.spans[i][1] <= CLAUSE_REACH:
                out.append((named.start(1), named.end(1), "doer"))  # "the man who ..., X,"
            continue
        head = _aged_name(text, words, i - 1)  # "Joel Marten, 33, who resides at ..."
        if head != i - 1:
            end = words.spans[head][1]
            out.extend((a, b, "doer") for a, b, _ in name_spans(text, words) if b == end)
            continue
        first = _phrase_start(text, words, head, anchors)
        if first is None:
            continue
        out.append((words.spans[first][0], words.spans[head][1], "doer"))
    agents = _agent_spans(text, words, verbs if agent_verbs is None else agent_verbs)
    return out + _subject_spans(text, words, anchors, verbs) + agents


def _agent_spans(text: str, words: SentenceWords, verbs: set[int]) -> list[tuple[int, int, str]]:
    """The doer after a passive verb's "by", said without a name ("nicknamed the Kettle by
    French sailors held there"): its words up to a verb, a stop word or a clause end."""
    out = []
    n = len(words.folded)
    for i in sorted(verbs):
        reach = range(i + 1, min(n - 1, i + 1 + AGENT_WINDOW))
        by = next((k for k in reach if words.folded[k] == "by"), -1)
        if by < 0 or CLAUSE_MARK.search(text, words.spans[i][1], words.spans[by][0]):
            continue  # quotation marks may stand between: "dubbed the “Hanoi Hilton” by"
        first = by + 1 + (words.folded[by + 1] in ARTICLES)
        last = first - 1
        while (
            last + 1 < n
            and last + 1 - first < MAX_AGENT_WORDS
            and not _ends_agent(words, last + 1)
            and (last < first or not boundary_between(text, words, last))
        ):
            last += 1
        if last < first or any(words.capitalised[k] for k in range(first + 1, last + 1)):
            continue  # a name is found by name_spans ("by the late Ivo Brandt")
        if last + 1 < n and words.folded[last + 1] == "of":
            continue  # "by the work of X": X did it
        if APPOSED_NAME.match(text, words.spans[last][1]):
            continue  # "defended by a barrister, Ivo Tarn,": the name answers who
        if OWNED_ROLE_NAMED.match(text, words.spans[last][1]):
            continue  # "requested by the board's finance chief, Ada Vell,": Ada Vell
        if not words.capitalised[last] and names_people(words.folded[last]):
            # "American servicemen", "a quantity surveyor", "the UK government"
            last = _with_home_place(text, words, last)  # "a teacher in Lisle"
            out.append((words.spans[first][0], words.spans[last][1], "doer"))
    return out


def _with_home_place(text: str, words: SentenceWords, last: int) -> int:
    """The end of a doer's noun with the place after it ("a teacher in Lisle", "a driver from
    Tarn Quay"): the place tells which one."""
    k = last + 1
    if k + 1 >= len(words.folded) or words.folded[k] not in ("in", "from", "at"):
        return last
    if boundary_between(text, words, last) or not words.capitalised[k + 1]:
        return last
    end = k + 1
    while (
        end + 1 < len(words.folded)
        and words.capitalised[end + 1]
        and not boundary_between(text, words, end)
    ):
        end += 1
    return end


# A person's name set after a role by a comma: "a barrister, Ivo Tarn," (two words at least).
APPOSED_NAME = re.compile(r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}(?=\s*[,.;]|\s+who\b)")
# "the board's finance chief, Ada Vell,": a body's post, then its holder's name.
OWNED_ROLE_NAMED = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,3}[a-z-]+" + APPOSED_NAME.pattern)


def names_people(head: str) -> bool:
    """Whether a common noun names people or a body of them (not "mechanics", "a storm")."""
    return (
        head in lx.PEOPLE_WORDS
        or head in lx.ROLE_NOUNS
        or head in PEOPLE_BODIES
        or head.endswith(PEOPLE_ENDINGS)
    )


PEOPLE_BODIES = lx.words(
    "government police council committee board court army navy team staff crew public family "
    "officials authorities agency ministry maid maids"
)
PEOPLE_ENDINGS = (
    "er",
    "ers",
    "or",
    "ors",
    "ist",
    "ists",
    "ian",
    "ians",
    "men",
    "man",
    "ant",
    "ants",
)


def _ends_agent(words: SentenceWords, k: int) -> bool:
    low = words.folded[k]
    return low in lx.STOPWORDS or low in lx.IRREGULAR_VERBS or low.endswith(("ed", "ing"))


def _aged_name(text: str, words: SentenceWords, last: int) -> int:
    """The name an age is set off after ("Marten, 33, who ..."): its last word, else `last`."""
    name = last - 1
    aged = words.folded[last].isdigit() and name >= 0 and words.capitalised[name]
    if aged and text[words.spans[name][1] : words.spans[last][0]].strip() == ",":
        return name
    return last


# "the man who took the boy, Ivo Vantor, was ...": the name after the clause.
NAMED_AFTER_CLAUSE = re.compile(r",\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)\s*,")
CLAUSE_REACH = 80


def _subject_spans(
    text: str, words: SentenceWords, anchors: set[int], verbs: set[int]
) -> list[tuple[int, int, str]]:
    """The noun phrase right before the question's verb in the past ("the French artist
    collective designed it"): who did it, said without a name."""
    out = []
    for i in sorted(verbs):
        low = words.folded[i]
        if i < 2 or (not low.endswith("ed") and low not in lx.IRREGULAR_VERBS):
            continue
        if words.folded[i - 1] in SUBJECT_PRONOUNS:
            out.extend(_opening_subject(text, words, anchors))  # "A New York man ... he threatened"
            continue
        if text[words.spans[i - 1][1] : words.spans[i][0]].strip() == ",":
            out.extend(_named_before_apposition(text, words, i - 1))
            continue
        last = i - 1
        if words.folded[last] in lx.VERB_ADVERBS and last >= 2:
            last -= 1  # "A dog walker first alerted the police"
        if words.capitalised[last] and last not in anchors:
            role = _role_of_place(words, last)
            if role is not None:  # "Chile's ambassador to Norway warned ..."
                out.append((words.spans[role][0], words.spans[last][1], "doer"))
            continue
        if last in anchors or words.folded[last] in lx.STOPWORDS:
            continue
        first = _phrase_start(text, words, last, anchors)
        if first is not None and first >= 2 and words.folded[first - 1] == "of":
            head = _phrase_start(text, words, first - 2, anchors)  # "a committee of fishermen"
            first = head if head is not None else first
        if first is None or first == 0 or words.folded[first - 1] not in ARTICLES:
            continue
        if first >= 2 and words.folded[first - 2] in PHRASE_PREPOSITIONS:
            continue  # "shortly after the raid tied ...": the arrest is no doer
        if "by" in words.folded[i + 1 : i + 1 + AGENT_REACH]:
            continue  # "the move announced on Monday by Halden": the move was announced
        out.append((words.spans[first][0], words.spans[last][1], "doer"))
    return out


def _named_before_apposition(
    text: str, words: SentenceWords, last: int
) -> list[tuple[int, int, str]]:
    """The name an apposition ending at word `last` describes, which is who did what the verb
    after it says ("Aldous Fenrick, the chief executive of Pellamore, resigned": Fenrick)."""
    opened = text.rfind(",", 0, words.spans[last][0])
    if opened < 0 or "," in text[opened + 1 : words.spans[last][0]]:
        return []
    described = text[opened + 1 : words.spans[last][1]].split()
    if not described or described[0].lower() not in ARTICLES | APPOSITION_OPENERS:
        return []  # "Halvik, Tarvia and Orsa, signed …" is a list, not an apposition
    return [(a, b, "doer") for a, b, _ in name_spans(text, words) if b == opened]


# ("Ada Vell, who manages the home, gave evidence": a relative clause set off the same way)
APPOSITION_OPENERS = lx.words("its his her their our who whose which")


def _role_of_place(words: SentenceWords, last: int) -> int | None:
    """Where a subject like "China's ambassador to Britain" starts when it ends on the name
    at `last`: a role noun, "to" / "of" / "for" / "at", then the name (else None)."""
    j = last
    while j > 0 and words.capitalised[j - 1]:
        j -= 1
    if j < 2 or words.folded[j - 1] not in ROLE_LINKS or words.folded[j - 2] not in lx.ROLE_NOUNS:
        return None
    if words.capitalised[j - 2]:
        return None  # "the Southern District of Ohio": one name, found whole elsewhere
    start = j - 2
    if start >= 2 and words.folded[start - 1] == "s" and words.capitalised[start - 2]:
        start -= 2  # "Chile's"
    return start


ROLE_LINKS = lx.words("to of for at")
CLAUSE_MARK = re.compile(r"[,;:.!?()]")
# words between the question's verb and a passive's "by" ("warned late that Sunday evening by")
AGENT_WINDOW = 7
MAX_AGENT_WORDS = 4
SUBJECT_PRONOUNS = lx.words("he she they")
AGENT_REACH = 4  # words between a passive verb and its "by"
PHRASE_PREPOSITIONS = lx.words(
    "after before since during following despite amid among at in on of for from with by"
)


def _opening_subject(
    text: str, words: SentenceWords, anchors: set[int]
) -> list[tuple[int, int, str]]:
    """The noun phrase a sentence opens with after an article ("A New York man pleaded ..."),
    which a later "he" refers back to."""
    if len(words.folded) < 3 or words.folded[0] not in ARTICLES:
        return []
    last = 0
    for k in range(1, min(len(words.folded), 1 + MAX_PHRASE_WORDS)):
        low = words.folded[k]
        if k in anchors or low in lx.STOPWORDS or boundary_between(text, words, k - 1):
            break
        if not words.capitalised[k] and (low.endswith("ed") or low in lx.IRREGULAR_VERBS):
            break  # the sentence's verb
        last = k
    return [(words.spans[1][0], words.spans[last][1], "doer")] if last else []


ARTICLES = lx.words("the a an this")


SPEECH_VERBS = lx.words(lx.SAID_FORMS)


def labelled_code_spans(
    text: str, words: SentenceWords, label: str, *, with_label: bool
) -> list[tuple[int, int, str]]:
    """A code that follows its label ("Flight HA618", "runway 09", "reference LPD/25/0412"):
    the code alone answers "What was the flight number?", the label and code "Which runway
    …?"."""
    out = []
    labels = {label, label + "s"}
    for k in range(len(words.folded) - 1):
        if words.folded[k] not in labels:
            continue
        if text[words.spans[k][1] : words.spans[k + 1][0]] not in (" ", "\u00a0"):
            continue  # "runway, 27 people": no label
        end = k + 1
        if _named_number(text, words, end):
            end += 1  # "callsign Lifeguard 37"
        while end + 1 < len(words.folded) and _code_joined(text, words, end):
            end += 1  # "Flight HA-618", "reference LPD/25/0412"
        code = text[words.spans[k + 1][0] : words.spans[end][1]]
        lettered = end > k + 1 and code.isupper()  # "registration G-KLSM"
        if not lettered and not any(ch.isdigit() for ch in code):
            continue  # "the runway was closed": no code
        if CODE_END.match(text, words.spans[end][1]):
            continue  # "the top 4–5%", "route 9 km": a figure, no code
        start = words.spans[k][0] if with_label else words.spans[k + 1][0]
        out.append((start, words.spans[end][1], "code"))
    return out


CODE_END = re.compile(
    r"[–-]\d|\s?(?:%|per\s*cent\b|percent\b|km|m|kg|mph|kph|ft|mm|cm|mi|miles|metres|meters)\b"
)


def labelled_value_spans(text: str, label: str) -> list[tuple[int, int, str]]:
    """The value a table row or a fact box gives under the asked label ("Dates: 3–24 February;
    Turnout: 71%; In favour: 87%" gives "71%" for the turnout)."""
    if ":" not in text:
        return []
    out = []
    wanted = {label, label + "s", label.rstrip("s")}
    for found in LABELLED_VALUE.finditer(text):
        told = re.findall(r"[\w'’-]+", found.group("key"))
        if len(told) > MAX_LABEL_WORDS or any(w[:1].isupper() for w in told[1:]):
            continue  # "Judge Ida Fenn: The defendant will rise." is a speaker, no label
        if {w.lower() for w in told} & wanted:
            out.append((found.start("value"), found.end("value"), "code"))
    return out


def other_label(text: str, start: int, question: str) -> bool:
    """Whether a figure is the value of a row's label that the question does not ask for
    ("Position: 1" of a results row is no age, no count)."""
    if ":" not in text[max(0, start - 3) : start]:
        return False
    asked = {stem(w.lower()) for w in re.findall(r"[\w'’-]+", question)}
    for found in LABELLED_VALUE.finditer(text):
        if found.start("value") <= start < found.end("value"):
            told = {stem(w.lower()) for w in re.findall(r"[\w'’-]+", found.group("key"))}
            return len(told) <= MAX_LABEL_WORDS and not told & asked  # "Finishers" / "finish"
    return False


def in_row_label(text: str, start: int, end: int, who: bool = False) -> bool:
    """Whether a span lies in the label of a "Key: value" row ("Event" of "Date: 5 March;
    Event: …", "Elimination" of "Elimination half-life: ~11 hours"): a column's name, never
    an answer. A lone pair with a long value is a speaker's line or a list item's name ("Ada
    Vell: The court will rise.", "Tarn Buds Pro: the best earbuds for runners, …"); for
    `who`, any lone pair may be a speaker's."""
    if ":" not in text:
        return False
    pairs = list(LABELLED_VALUE.finditer(text))
    row = len(pairs) > 1 and pairs[0].start() == 0  # "Date: 5 March; Event: …"
    return any(
        found.start("key") <= start
        and end <= found.end("key")
        and (row or (_fact_value(found.group("value")) and not (who and _speaker(found))))
        for found in pairs
    )


def _speaker(pair: re.Match[str]) -> bool:
    """Whether a lone pair's key may be who speaks ("Ada Vell: …"): capitalised words only,
    where a label holds a lower-case word ("Key people: …")."""
    return all(w[:1].isupper() for w in pair.group("key").split())


def labelled_value(text: str, asked: frozenset[str]) -> Span | None:
    """The value of a lone "Key: value" fact whose key holds an asked word (match keys):
    "Cause: Overloaded extension lead" answers "What caused the fire?" whole, not with its
    capitalised first word."""
    pairs = list(LABELLED_VALUE.finditer(text))
    if len(pairs) != 1 or pairs[0].start() != 0 or not _fact_value(pairs[0].group("value")):
        return None
    found = pairs[0]
    keys = {match_key(w.lower()) for w in re.findall(r"[A-Za-z]+", found.group("key"))}
    if not keys & asked:
        return None
    start, end = found.span("value")
    return Span(start, end, text[start:end], LABELLED_SCORE, "chunk", True)


LABELLED_SCORE = 1.0


def _fact_value(value: str) -> bool:
    """Whether a lone pair's value is a fact ("~11 hours"), not a sentence said or written
    after a name ("The defendant will rise.")."""
    return len(value.split()) <= SHORT_VALUE_WORDS and not SAID_OPENING.match(value)


SHORT_VALUE_WORDS = 4
SAID_OPENING = re.compile(r"(?:The|A|An|I|We|He|She|They|It|You|This|That|There)\b")


MAX_LABEL_WORDS = 4
# "Key: value" pairs of a flattened table row or fact box, separated by semicolons.
LABELLED_VALUE = re.compile(
    r"(?:^|;\s*)(?P<key>[A-Z][^:;.]{0,40}?):\s*(?P<value>[^;:]*?[^;:\s.])\.?\s*(?=;|$)"
)


def _named_number(text: str, words: SentenceWords, k: int) -> bool:
    """Whether word k is a capitalised word that a number completes ("Lifeguard 37")."""
    return (
        k + 1 < len(words.folded)
        and words.capitalised[k]
        and words.folded[k + 1].isdigit()
        and text[words.spans[k][1] : words.spans[k + 1][0]] == " "
    )


def _code_joined(text: str, words: SentenceWords, k: int) -> bool:
    """Whether a hyphen or a slash glues word k to the next into one code."""
    return text[words.spans[k][1] : words.spans[k + 1][0]] in ("-", "/")


def _phrase_start(text: str, words: SentenceWords, last: int, anchors: set[int]) -> int | None:
    """The first word of the noun phrase that ends on word `last` (articles left out)."""
    first = None
    i = last
    while i >= 0 and last - i < MAX_PHRASE_WORDS:
        if words.folded[i] in lx.STOPWORDS or i in anchors or words.folded[i] in SPEECH_VERBS:
            break  # '"…," said Mira Talvik, who speaks for …': the phrase is the name
        first = i
        if i == 0 or boundary_between(text, words, i - 1):
            break
        i -= 1
    return first


DAY_PARTS = lx.words("morning afternoon evening night day eve")


# Participles whose "in" tells what covers a thing, not where it is.
WRAPPED_IN = lx.words(
    "wrapped covered dressed clad coated soaked smeared drenched caked bathed swathed packed"
)


def _after_going(words: SentenceWords, i: int) -> bool:
    """Whether "to" at `i` follows a verb of going ("had gone below to her cabin", "went back
    to the bridge"): where someone then was."""
    k = i - 1
    while k >= 0 and words.folded[k] in lx.PARTICLES:
        k -= 1
    return k >= 0 and words.folded[k] in GOING_VERBS


GOING_VERBS = lx.words(
    "went gone going go goes returned retreated retired withdrew walked ran fled moved headed"
    " marched set travelled traveled sailed drove flew"
)


def locative_spans(
    text: str, words: SentenceWords, anchors: set[int], moved: bool = False
) -> list[tuple[int, int, str]]:
    """Where, said with common nouns ("in a small laundry basket") or against another place
    ("south of the capital Kabul"), and where to after a verb of moving (`moved`: "taken to a
    rest centre"); names alone come from `name_spans`."""
    out = []
    n = len(words.folded)
    for i in range(n - 1):
        low = words.folded[i]
        direction = low in lx.DIRECTIONS and words.folded[i + 1] == "of"
        placed = low in lx.PLACE_PREPOSITIONS or (
            low in ("to", "from") and (moved or _after_going(words, i))
        )  # "marched from the town hall to the gates": where it set out and where it went
        if not (direction or placed) or boundary_between(text, words, i):
            continue
        if low == "in" and i > 0 and words.folded[i - 1] in WRAPPED_IN:
            continue  # "wrapped in towels": what covers it, not where it is
        if low == "on" and i > 0 and words.folded[i - 1] in ACTING:
            continue  # "acting on information from the public": why, not where
        j = i + 2 if direction else i + 1
        end = _phrase_end(text, words, j, anchors)
        if end is None:
            continue
        if end + 2 < n and words.folded[end + 1] == "of" and not boundary_between(text, words, end):
            end = _phrase_end(text, words, end + 2, anchors) or end  # "the back of the car"
        names = any(words.capitalised[k] for k in range(j, end + 1))
        if names and not direction:
            continue  # "in Vessa": the name is the answer, found by name_spans
        end = _relative_place_end(text, words, j, end)
        if any(_not_place_word(words.folded[k]) for k in range(j, end + 1)):
            continue  # "at the expense of", "into contact with", "in 2005": no place
        particle = end + 1 < n and words.folded[end + 1] in ("up", "out", "off", "down")
        if low == "to" and end > j and (lx.past_form(words.folded[end]) or particle):
            end -= 1  # "to a rest centre set up in …": the place, not "set"
        if (
            end + 1 < n
            and words.folded[end + 1] in DAY_PARTS
            and not boundary_between(text, words, end)
        ):
            continue  # "on race morning", "on polling day": a time, no place
        out.append((words.spans[i][0], words.spans[end][1], "locative"))
    return out


ACTING = lx.words("act acts acted acting")


# Words that set a place against another ("the car park beside the east gate"); a noun
# phrase run on to one of them goes on through the place it names.
RELATIVE_PLACE_WORDS = lx.words("beside behind near opposite alongside next outside")


def _relative_place_end(text: str, words: SentenceWords, j: int, end: int) -> int:
    """The end of a place phrase that runs on to "beside", "opposite", "next to": through the
    place named after it, question words included (they only locate the answer), or before
    the dangling word when nothing follows."""
    low = words.folded[end]
    if end <= j or low not in RELATIVE_PLACE_WORDS or boundary_between(text, words, end):
        return end
    after = end + 2 if low == "next" and words.folded[end + 1 : end + 2] == ["to"] else end + 1
    if low == "next" and after == end + 1:
        return end  # "the next stop": an adjective
    placed = _phrase_end(text, words, after, set())
    return placed if placed is not None else end - 1


def _ends_phrase(words: SentenceWords, k: int) -> bool:
    """An adverb, or a verb form not followed by the noun it modifies ("fishing nets")."""
    low = words.folded[k]
    if low.endswith("ly"):
        return True
    nxt = k + 1
    ends = nxt >= len(words.folded) or words.folded[nxt] in lx.STOPWORDS
    return ends and verb_like(words, k, k)


def _not_place_word(low: str) -> bool:
    return (
        low in lx.NOT_PLACE_HEADS
        or low[:1].isdigit()
        or low in lx.MONTHS
        or low in lx.WEEKDAYS
        or low in lx.TIME_WORDS
        or low in lx.NUMBER_WORDS  # "in two versions"
    )


def _phrase_end(text: str, words: SentenceWords, j: int, anchors: set[int]) -> int | None:
    """The last word of a noun phrase starting at word j: articles and adjectives, then nouns,
    up to a stop word, a question word or punctuation."""
    n = len(words.folded)
    while j < n and words.folded[j] in ARTICLES_AND_POSSESSIVES:
        j += 1
    end = None
    k = j
    while k < n and k - j < MAX_PHRASE_WORDS:
        owner = end is not None and _possessive_s(text, words, k)  # "the plant's north gate"
        owner = owner or (end is not None and _hyphen_joined(text, words, end))  # "a lock-up"
        if not owner and (
            words.folded[k] in lx.STOPWORDS
            or k in anchors
            or _ends_phrase(words, k)
            or (k > j and words.folded[k] in lx.PLACE_PREPOSITIONS)  # "towels inside a garage"
        ):
            if end is not None and _hyphen_joined(text, words, end):
                return None  # "in its e-tron range": a phrase never ends inside a word
            break  # "into the ground periodically induces ...": the phrase ends at the verb
        end = k
        if boundary_between(text, words, k) if k + 1 < n else True:
            break
        k += 1
    return end


def _possessive_s(text: str, words: SentenceWords, k: int) -> bool:
    """Whether word k is the "s" of a possessive glued to the word before ("plant's")."""
    return words.folded[k] == "s" and text[words.spans[k - 1][1] : words.spans[k][0]] in ("'", "’")


def _hyphen_joined(text: str, words: SentenceWords, k: int) -> bool:
    """Whether word k and the next are one hyphenated word ("e-tron", "Sacramento-based")."""
    end = words.spans[k][1]
    return k + 1 < len(words.spans) and text[end : words.spans[k + 1][0]] == "-"


ARTICLES_AND_POSSESSIVES = lx.words("a an the his her its their our my your this that these those")


def footnote_mark(text: str, start: int, end: int) -> bool:
    """A reference mark such as "[4]" is no figure."""
    return text[start - 1 : start] == "[" and text[end : end + 1] == "]"


def question_positions(terms: list[Term], words: SentenceWords) -> list[tuple[int, float]]:
    """Token positions of the sentence that match a question term, with the term's weight."""
    out = []
    named = []  # positions of words of the question's names
    # each word stands for the first term it is an anchor of
    flags = anchor_flags(terms, words)
    for pos, row in enumerate(zip(*flags, strict=True)):
        if True in row:
            term = terms[row.index(True)]
            out.append((pos, term.weight))
            if term.is_name:
                named.append((pos, term.weight))
    return sorted(out + _middle_names(words, named))


def _middle_names(words: SentenceWords, named: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """The one capitalised word between two words of a question's name, which the question
    left out ("Anton" of "Paul Anton von Arnstedt" asked as "Paul von Arnstedt"): a
    part of the name, never its answer."""
    found = []
    for (a, weight), (b, _) in pairwise(named):
        between = [k for k in range(a + 1, b) if words.folded[k] not in lx.NAME_JOINERS]
        if len(between) == 1 and words.capitalised[between[0]]:
            found.append((between[0], weight))
    return found


def stray_name_words(terms: list[Term], words: SentenceWords, anchors: set[int]) -> set[int]:
    """Anchors that are only a leading word of a several-word name of the question, standing
    without the rest ("Blue" of "Blue Moon" for "Blue Origin")."""
    return {
        pos
        for pos in anchors
        for term in terms
        if is_anchor(term, words.keys[pos], words.folded[pos])
        and _stray_name_word(term, words, pos)
    }


def _stray_name_word(term: Term, words: SentenceWords, pos: int) -> bool:
    """A leading word of a several-word name standing without the rest ("Blue" of "Blue
    Moon" is not "Blue Origin"); the last word alone still counts (a surname, a head)."""
    if not term.is_name or all(len(form) < 2 for form in term.forms):
        return False  # a name known only by one-word forms has no leading word to stray
    low = words.folded[pos]
    if any(low == form[-1] or match_key(low) == match_key(form[-1]) for form in term.forms):
        return False
    neighbours = [i for i in (pos - 1, pos + 1) if 0 <= i < len(words.folded)]
    return not any(is_anchor(term, words.keys[i], words.folded[i]) for i in neighbours)


def is_anchor(term: Term, key: str, low: str) -> bool:
    """Whether a sentence word (its match key and folded form) stands for a question term.
    A people's name met for its country ("American" for the asked "US") is no anchor: it
    counts for the match, but "surplus American ship" stays one phrase."""
    memo = term.anchor_memo
    found = memo.get((key, low))
    if found is None:
        found = memo[key, low] = _stands_for(term, key, low) and not (
            term.is_name and low not in term.concept.words and _demonym(low)
        )
    return found


def anchor_flags(terms: list[Term], words: SentenceWords) -> list[list[bool]]:
    """For each term, `is_anchor` of each word of a text, its memo read here (every word of
    every candidate is asked of every term: a call each cost more than the look-up)."""
    pairs = list(zip(words.keys, words.folded, strict=True))
    out = []
    for term in terms:
        memo = term.anchor_memo
        flags = []
        for pair in pairs:
            found = memo.get(pair)
            flags.append(is_anchor(term, *pair) if found is None else found)
        out.append(flags)
    return out


def _stands_for(term: Term, key: str, low: str) -> bool:
    if key in term.form_keys or low in term.form_words or key in term.loose:
        return True
    return term.is_name and any(
        word[:1] == low[:1] and same_name(low, word) for word in term.form_words
    )


@functools.lru_cache(maxsize=20_000)
def _demonym(low: str) -> bool:
    return demonym_country(low) is not None


DATED_VERB_REACH = 10  # words back from a date to the verb it dates


def verb_dating(words: SentenceWords, start: int, anchors: set[int]) -> bool | None:
    """Whether the nearest past-tense verb before a date at `start` is a word of the question
    ("the board published its review on 28 April": True) or another verb ("retired on 3 May":
    False); None when no verb stands before it ("In 2015, … the plant closed")."""
    first, _ = token_range(words, start, start + 1)
    for k in range(first - 1, max(-1, first - 1 - DATED_VERB_REACH), -1):
        low = words.folded[k]
        if low in lx.STOPWORDS or low in lx.AUXILIARIES or not lx.past_form(low):
            continue
        return k in anchors
    return None


def token_range(words: SentenceWords, start: int, end: int) -> tuple[int, int]:
    """The first and last token overlapping [start, end), or (-1, -1)."""
    first = bisect.bisect_right(words.ends, start)
    last = bisect.bisect_left(words.starts, end) - 1
    return (first, last) if first <= last else (-1, -1)
