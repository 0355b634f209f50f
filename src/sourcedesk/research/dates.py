"""A rule-based temporal tagger: date expressions with exact offsets and TIMEX3 values.

Modelled on HeidelTime: the patterns live in ``date_patterns`` as data and each names the
normalisation function that reads its match. Tagging runs in three steps:

1. every rule is matched over the text; matches that need a date-like context (bare years,
   bare month names) are kept only where one is found;
2. overlapping matches are resolved, the longest first (steps 1 and 2 live in ``date_match``,
   the rules' regexes are built in ``date_regex``);
3. matches are normalised in reading order: explicit dates first, then expressions that need
   a reference -- a day and month without a year take the year of the narrative (the closest
   preceding explicit year in the paragraph, else earlier in the document; for news, the
   publication date), relative expressions ("on Wednesday", "last month") take the anchor,
   anaphoric ones ("the following day") the last date mentioned.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from sourcedesk.records import DateMention
from sourcedesk.research import date_patterns as P
from sourcedesk.research.date_match import Hit, filter_context, match_all, resolve_overlaps
from sourcedesk.research.date_regex import compile_rules
from sourcedesk.research.tense import tells_past

__all__ = ["compile_rules", "event_date", "tag_dates"]

_SENTENCE_BREAK = re.compile(r"[.!?](?:\s+|$)|\n")
_CLAUSE_END = re.compile(r"\bthat\b|\bwhich\b|;|[.!?](?:\s|$)|\n")
# "due to be launched sometime in June": the date belongs to what is still to be done.
_TO_BE_DONE = re.compile(r"\bto be (?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)(?:\s+[a-z]+){0,2}\s*$")
_PAST_BE = re.compile(r"\b(?:was|were)\b", re.I)
# "over the next year", "within the next month": a span ahead of the page's date.
_AHEAD_OF_NOW = re.compile(r"\b(?:over|within|in|during|for|throughout)\s+$", re.I)
MIN_CLAUSE_WORDS = 3  # a shorter stretch after "that" is a noun phrase ("that update on")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
_FUTURE_CUES = re.compile(P.FUTURE_CUES, re.I)
_SAID_ON = re.compile(P.SAID_ON, re.I)
_DEADLINE_BEFORE = re.compile(P.DEADLINE_BEFORE, re.I)
_UNTIL_BEFORE = re.compile(P.UNTIL_BEFORE, re.I)
_SCHEDULED_BEFORE = re.compile(P.SCHEDULED_BEFORE, re.I)
_STRETCH_END_BEFORE = re.compile(P.STRETCH_END_BEFORE, re.I)
_REPORTED_FUTURE_BEFORE = re.compile(P.REPORTED_FUTURE_BEFORE, re.I)
_TO_DO_AFTER = re.compile(P.TO_DO_AFTER)
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.,;:!?\"”)]|$|that\b)")
SAID_REACH = 40  # characters before a date that may hold the verb of saying it dates
_PART_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d\d)")
_YEAR_PART = re.compile(r"^\d{4}-(?:Q\d|H\d|SP|SU|FA|WI)$")
_ISO_WHOLE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")
_MONTH_DAY_OF = re.compile(r"^\d{4}-(\d\d)(?:-(\d\d))?")
EVENT_DATE_CACHE = 4096  # distinct values whose event date is kept


@dataclass(frozen=True)
class _Year:
    """An explicit year told in the text, a candidate year of the narrative."""

    start: int
    year: int
    paragraph: int
    frame: bool  # opens its sentence ("In 2014, ..."), so sets the time of what follows
    value: str = ""  # the whole date it belongs to ("2022-02-22")
    background: bool = False  # a bare year of how something began ("founded in 1988")


@dataclass
class _Context:
    """What normalisation needs to know about the document."""

    text: str
    anchor: date | None
    anchor_year: int | None
    news: bool
    month_first: bool
    paragraphs: list[int]
    years: list[_Year] = field(default_factory=list)
    last_ref: date | None = None
    last_ref_precision: str = ""  # "day", "month" or "year"
    deictic: list[int] = field(default_factory=list)  # starts of "last May", "this year"
    topic_year: int | None = None  # the year the article is about (see `tag_dates`)

    def paragraph(self, offset: int) -> int:
        """The index of the paragraph that holds an offset."""
        return bisect.bisect_right(self.paragraphs, offset) - 1


def told_as_of_its_date(kind: str) -> bool:
    """Whether a page is written as of its publication date (news, a statement, a post), so a
    day told without a year is read near that date; an encyclopedia tells a history, whose
    years its narrative gives."""
    return kind != "encyclopedia"


def tag_dates(
    text: str, anchor: str | None = None, *, news: bool = True, topic_year: int | None = None
) -> list[DateMention]:
    """Every date expression of a text with its offsets and normalised TIMEX3 value.
    `topic_year`: the year an encyclopedia article is about ("2025 Orsa landslide"), which a
    day told without a year in a paragraph that gives none is read in."""
    return list(_tag_dates_cached(text, anchor, news, topic_year))


@lru_cache(maxsize=8)
def _tag_dates_cached(
    text: str, anchor: str | None, news: bool, topic_year: int | None
) -> tuple[DateMention, ...]:
    """One source's dates are read by its events and by its claims: tag them once."""
    return tuple(_tag_dates(text, anchor, news=news, topic_year=topic_year))


def topic_year(title: str) -> int | None:
    """The one year a page's title names ("2025 Orsa mayoral election"), if it names one."""
    years = _TITLE_YEAR.findall(title)
    return int(years[0]) if len(set(years)) == 1 else None


_TITLE_YEAR = re.compile(r"\b(1[0-9]\d\d|20\d\d)\b")


def _tag_dates(
    text: str, anchor: str | None = None, *, news: bool = True, topic_year: int | None = None
) -> list[DateMention]:
    hits = resolve_overlaps(filter_context(text, match_all(text)))
    ctx = _make_context(text, anchor, news, hits)
    ctx.topic_year = topic_year
    for hit in hits:
        if hit.rule.normaliser in _EXPLICIT:
            hit.value = _NORMALISERS[hit.rule.normaliser](hit, ctx)
            _note_explicit_year(hit, ctx)
    page_anchor, post_day = ctx.anchor, None
    mentions = []
    for hit in hits:
        if hit.rule.normaliser not in _EXPLICIT:
            ctx.anchor = post_day or page_anchor  # a live blog's post is told on its own day
            hit.value = _NORMALISERS[hit.rule.normaliser](hit, ctx)
        post_day = _post_heading_day(text, hit) or post_day
        if hit.value is None:
            continue
        _note_reference(hit.value, ctx)
        mentions.append(DateMention(hit.match.group(0), hit.start, hit.end, hit.value))
    return mentions


def _update_stamp(text: str, hit: Hit) -> bool:
    """Whether a date is an update's stamp opening its paragraph ("UPDATE 20 May: …")."""
    start = text.rfind("\n", 0, hit.start) + 1
    stamp = _UPDATE_STAMP.match(text, start)
    if stamp is None or _STAMP_END.match(text, hit.end) is None:
        return False
    between = text[stamp.end() : hit.start]
    return all(w.lower() in P.WEEKDAYS for w in _LINE_WORD.findall(between))


def _post_heading_day(text: str, hit: Hit) -> date | None:
    """The day a live blog's post heading gives ("Wed 12 Jun, 3:40 p.m." on a line of its
    own): "today" and "this morning" in the post are that day, not the page's."""
    if not _ISO_DAY.match(hit.value or ""):
        return None
    start = text.rfind("\n", 0, hit.start) + 1
    if _update_stamp(text, hit):
        # "UPDATE 20 May: … He appeared in court on Monday": the update's own day
        return date.fromisoformat((hit.value or "")[:10])
    end = text.find("\n", hit.end)
    rest = text[start : end if end >= 0 else len(text)].replace(hit.match.group(0), " ")
    if any(w.lower().rstrip(".") not in _HEADING_WORDS for w in _LINE_WORD.findall(rest)):
        return None
    return date.fromisoformat((hit.value or "")[:10])


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A paragraph that opens on an update's stamp: "UPDATE 20 May:", "Update, Friday 17 May:"
_UPDATE_STAMP = re.compile(r"\s*(?:update[ds]?|latest|edit(?:ed)?)\b[,:]?\s*", re.IGNORECASE)
_STAMP_END = re.compile(r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\s*[:—–-]")
_LINE_WORD = re.compile(r"[^\W\d_]+")
# Words a post's dated heading may hold besides its date: a weekday, a time's marks.
_HEADING_WORDS = frozenset(P.WEEKDAYS) | {"a", "p", "m", "am", "pm", "at", "updated", "posted"}


@lru_cache(maxsize=EVENT_DATE_CACHE)
def event_date(value: str) -> str | None:
    """The ISO date (YYYY, YYYY-MM or YYYY-MM-DD) a TIMEX3 value stands for, if any."""
    week = _ISO_WEEK.match(value)
    if week:
        thursday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4)
        return f"{thursday.year:04d}-{thursday.month:02d}"
    if _YEAR_PART.match(value):
        return value[:4]
    m = _ISO_PREFIX.match(value)
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


# --- step 3: normalisation -------------------------------------------------------------------


def _parse_anchor(anchor: str | None) -> tuple[date | None, int | None]:
    """The anchor as a day (when day-precise) and its year."""
    m = _ISO_PREFIX.match(anchor or "")
    if not m:
        return None, None
    year, month, day = m.groups()
    if month and day:
        try:
            return date(int(year), int(month), int(day)), int(year)
        except ValueError:
            return None, int(year)
    return None, int(year)


def _make_context(text: str, anchor: str | None, news: bool, hits: list[Hit]) -> _Context:
    """Read the anchor, the paragraphs and the document's day/month order."""
    anchor_day, anchor_year = _parse_anchor(anchor)
    month_first = sum(h.rule.name.startswith("month_day") for h in hits) > sum(
        h.rule.name.startswith("day_month") for h in hits
    )
    paragraphs = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    deictic = [hit.start for hit in hits if _counts_from_now(hit)]
    return _Context(text, anchor_day, anchor_year, news, month_first, paragraphs, deictic=deictic)


def _counts_from_now(hit: Hit) -> bool:
    """ "Last September", "this year": told from the day of writing, not the story's year."""
    if hit.rule.name not in _DEICTIC_RULES:
        return False
    rel = (hit.group("rel") or "").lower()
    if rel not in P.DEICTIC_WORDS or P.OWNED_BEFORE.search(hit.match.string, 0, hit.start):
        return False  # "his last year as mayor" is his final one, not the year before this
    return hit.rule.name == "month_rel" or _unit_is_long(hit)


def _unit_is_long(hit: Hit) -> bool:
    return (hit.group("unit") or "").lower() in {"month", "year"}


def _note_explicit_year(hit: Hit, ctx: _Context) -> None:
    """Record an explicit year as a candidate year of the narrative."""
    if hit.value is None or not hit.group("year"):
        return
    words = ctx.text[max(0, hit.start - 60) : hit.start].lower().split()
    if any(word in P.NARRATIVE_YEAR_EXCLUDE for word in words[-P.NARRATIVE_EXCLUDE_WINDOW :]):
        return
    frame = len(ctx.text[_sentence_start(ctx.text, hit.start) : hit.start].split()) <= 2
    origin = _ORIGIN_BEFORE.search(ctx.text, max(0, hit.start - 40), hit.start)
    background = len(hit.value) == 4 and origin is not None
    year = _Year(
        hit.start, int(hit.value[:4]), ctx.paragraph(hit.start), frame, hit.value, background
    )
    ctx.years.append(year)


# "founded in 1988", "built in 1903", "set up in 2016": a bare year of how something began,
# told in passing; in a news page it dates no yearless day after it
_ORIGIN_BEFORE = re.compile(
    r"\b(?:founded|established|formed|built|opened|created|launched|incorporated|set\s+up"
    r"|started|owned\s+since|listed)\s+(?:in\s+)?$",
    re.IGNORECASE,
)


def _note_reference(value: str, ctx: _Context) -> None:
    """Remember the last precise date told, the reference of anaphoric expressions."""
    m = _ISO_WHOLE.match(value)
    if not m:
        return
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    ctx.last_ref = date(year, month, day)
    ctx.last_ref_precision = "day" if m.group(3) else "month" if m.group(2) else "year"


def _month_number(name: str | None) -> int:
    """The number of a month name or abbreviation."""
    return P.MONTHS[(name or "").lower().rstrip(".")]


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """An ISO value, or None when the date does not exist."""
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _norm_absolute(hit: Hit, ctx: _Context) -> str | None:
    """A full or month-and-year date written out."""
    raw_day = hit.group("day")
    day = int(raw_day) if raw_day else None
    return _fmt(int(hit.group("year") or 0), _month_number(hit.group("month")), day)


def _norm_numeric_ymd(hit: Hit, ctx: _Context) -> str | None:
    """A numeric year-month-day date (2022-07-13, 2022/7/13)."""
    return _fmt(
        int(hit.group("year") or 0), int(hit.group("month") or 0), int(hit.group("day") or 0)
    )


def _norm_numeric_ambiguous(hit: Hit, ctx: _Context) -> str | None:
    """A numeric day and month: day first unless impossible or the text writes months first."""
    a, b, raw_year = int(hit.group("a") or 0), int(hit.group("b") or 0), hit.group("year") or ""
    if len(raw_year) == 2 and hit.group("sep") != "/":
        return None
    year = int(raw_year) if len(raw_year) == 4 else _century_for(int(raw_year), ctx)
    day, month = (
        (b, a)
        if (a <= 12 < b) or (ctx.month_first and hit.group("sep") == "/" and b <= 12)
        else (a, b)
    )
    return _fmt(year, month, day) if month <= 12 else None


def _century_for(yy: int, ctx: _Context) -> int:
    """A two-digit year in the century that keeps it nearest before the anchor."""
    now = ctx.anchor_year or date.today().year
    year = now - now % 100 + yy
    return year - 100 if year > now + 10 else year


def _norm_year(hit: Hit, ctx: _Context) -> str | None:
    """A bare year."""
    return _fmt(int(hit.group("year") or 0))


def _norm_season(hit: Hit, ctx: _Context) -> str | None:
    """A season with its year, or relative to the anchor."""
    season = P.SEASONS[(hit.group("season") or "").lower()]
    if hit.group("year"):
        return f"{hit.group('year')}-{season}"
    if ctx.anchor_year is None:
        return None
    return f"{ctx.anchor_year + P.REL_SHIFT.get((hit.group('rel') or '').lower(), 0)}-{season}"


def _norm_quarter(hit: Hit, ctx: _Context) -> str | None:
    """A quarter with its year, or relative to the anchor."""
    if hit.group("year"):
        q = int(hit.group("q") or P.ORDINAL_WORDS[(hit.group("qord") or "").lower()])
        return f"{hit.group('year')}-Q{q}"
    if ctx.anchor is None:
        return None
    shift = P.REL_SHIFT.get(" ".join((hit.group("rel") or "").lower().split()), 0)
    index = ctx.anchor.year * 4 + (ctx.anchor.month - 1) // 3 + shift
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def _norm_half(hit: Hit, ctx: _Context) -> str | None:
    """A half year."""
    return f"{hit.group('year')}-H{1 if (hit.group('half') or '').lower() == 'first' else 2}"


def _norm_decade(hit: Hit, ctx: _Context) -> str | None:
    """A decade (the 1990s -> 199X)."""
    if hit.group("decade"):
        return f"{hit.group('decade')}X"
    digit = int(hit.group("decade2") or 0)
    now = ctx.anchor_year or date.today().year
    century = now // 100 if digit * 10 <= now % 100 else now // 100 - 1
    return f"{century}{digit}X"


def _norm_century(hit: Hit, ctx: _Context) -> str | None:
    """A century (the 20th century -> 19)."""
    raw = (hit.group("century") or "").lower()
    number = int(raw[:-2]) if raw[:1].isdigit() else P.ORDINAL_WORDS.get(raw, 0)
    return f"{number - 1:02d}" if number > 0 else None


def _norm_fuzzy(hit: Hit, ctx: _Context) -> str | None:
    """A vague reference: now, recently, in the future."""
    return P.FUZZY[" ".join((hit.group("fuzzy") or "").lower().split())]


def _norm_day_word(hit: Hit, ctx: _Context) -> str | None:
    """Today, yesterday, this morning ... from the anchor."""
    if ctx.anchor is None:
        return None
    offset, suffix = P.DAY_WORDS[" ".join((hit.group("dayword") or "").lower().split())]
    return (ctx.anchor + timedelta(days=offset)).isoformat() + suffix


def _sentence_start(text: str, offset: int) -> int:
    """The offset where the sentence holding an offset starts (looking back 300 characters)."""
    window = max(0, offset - 300)
    breaks = list(_SENTENCE_BREAK.finditer(text[window:offset]))
    return window + breaks[-1].end() if breaks else window


def _future_clause(hit: Hit, ctx: _Context) -> bool:
    """Whether the clause of a mention speaks of the future ("is set to open on Friday").

    Cues count before the mention in its sentence, and after it up to a subordinate clause
    ("announced Friday that it will ..." is past).
    """
    text = ctx.text
    if _DEADLINE_BEFORE.search(text, max(0, hit.start - SAID_REACH), hit.start):
        return True  # "a new deadline of September 15"
    if _arranged_for(hit, text) or _scheduled(hit, text):
        return True  # "called a strike for Friday", "services that run from Saturday": ahead
    if _UNTIL_BEFORE.search(text, max(0, hit.start - SAID_REACH), hit.start) and (
        _TO_DO_AFTER.match(text, hit.end)
    ):
        return True  # "has given the group until March 12 to pay"
    if _REPORTED_FUTURE_BEFORE.search(text, _sentence_start(text, hit.start), hit.start):
        return True  # "the mayor said the town would hold a vigil at the harbour on Friday"
    said = _SAID_ON.search(text, max(0, hit.start - SAID_REACH), hit.start)
    if said and (said.group("on") or _CLAUSE_CLOSE.match(text, hit.end)):
        return False  # "…, the ministry said on Sunday": when it was said (not "said the next
        # year will be crucial", where the date is what was said)
    before = text[_sentence_start(text, hit.start) : hit.start]
    if _governed_by_past(before):
        return False  # "will close in August after the council voted on Tuesday night"
    after = _CLAUSE_END.split(text[hit.end : hit.end + P.FUTURE_WINDOW], maxsplit=1)[0]
    if _FUTURE_CUES.search(before + " " + after) is not None:
        return True
    # "rumored to be released in May" looks ahead; "was supposed to be released in May" not
    return _TO_BE_DONE.search(before) is not None and not _PAST_BE.search(before)


# A verb in the past right before a date, with at most its preposition between: "voted on",
# "met", "died at"; not a participle after "be" ("will be held on Friday").
_PAST_BEFORE = re.compile(
    r"\b(?P<aux>[a-z]+)\s+(?P<verb>[a-z]{2,}ed|met|held|won|lost|took|made|began|came|went|"
    r"struck|fell|ran|left|sold|paid|sent|died)\s+"
    # "reopened the bridge on Sunday": an object between the past verb and its day
    r"(?:(?:(?!to\b|will\b|would\b|and\b|but\b)[\w'’-]+\s+){1,4}?(?:on|at|in|during|over)\s+"
    r"|(?:on|at|in|during|over)?\s*)(?:the\s+)?$",
    re.IGNORECASE,
)
# ... nor a present passive ("hearings are expected in June": ahead)
_PASSIVE_AUX = frozenset(
    ("be", "being", "been", "to", "will", "would", "shall", "should", "is", "are", "am")
)


def _governed_by_past(before: str) -> bool:
    found = _PAST_BEFORE.search(before[-60:])
    return found is not None and found.group("aux").lower() not in _PASSIVE_AUX


# A date something is arranged for ("a rally for 4 April", "booked for Friday"): the act of
# arranging may be past while the day itself is ahead.
_ARRANGED_FOR = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
_ARRANGED_KINDS = frozenset(("day_month", "weekday"))  # not "for the next year": a stretch


def _scheduled(hit: Hit, text: str) -> bool:
    """Whether a day is one a timetable told in the present sets ("services that run from
    Saturday to Monday": both days ahead of the page)."""
    if hit.rule.normaliser not in _ARRANGED_KINDS:
        return False
    window = max(0, hit.start - SCHEDULE_REACH)
    if _SCHEDULED_BEFORE.search(text, window, hit.start):
        return True
    stretch = _STRETCH_END_BEFORE.search(text, window, hit.start)
    if stretch is None:
        return False  # the second day of "from Saturday to Monday" follows its first
    first = _WEEKDAY_OR_DAY_END.search(text, window, stretch.start())
    return first is not None and bool(
        _SCHEDULED_BEFORE.search(text, max(0, first.start() - SCHEDULE_REACH), first.start())
    )


SCHEDULE_REACH = 40
_WEEKDAY_OR_DAY_END = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\s+[a-z]+)$", re.I
)


def _arranged_for(hit: Hit, text: str) -> bool:
    """Whether a day is one something is arranged for ("a rally for 4 April")."""
    return hit.rule.normaliser in _ARRANGED_KINDS and (
        _ARRANGED_FOR.search(text, max(0, hit.start - 8), hit.start) is not None
    )


def _past_clause(hit: Hit, ctx: _Context) -> bool:
    """Whether the clause of a mention tells something past ("work began on 4 March").

    The clause starts after the last comma, "that", "which" or ";" before the mention: in "it
    has been rumored for May, which fits Canada's launch on May 1st", no verb of the past
    stands before the launch.
    """
    text = ctx.text
    if _arranged_for(hit, text):
        return False  # "called a walkout for 4 April": the day may lie ahead
    sentence = text[_sentence_start(text, hit.start) : hit.start]
    clause = _CLAUSE_END.split(sentence)[-1]
    phrase = clause.rsplit(",", 1)[-1]
    # the shortest stretch before the mention that holds a clause's worth of words: after the
    # last comma ("The phone, which was announced in October, goes on sale on"), else after
    # "that"/"which", else the sentence ("Apple released that update on")
    before = next(
        (part for part in (phrase, clause) if len(part.split()) >= MIN_CLAUSE_WORDS), sentence
    )
    after = _CLAUSE_END.split(text[hit.end : hit.end + P.FUTURE_WINDOW], maxsplit=1)[0]
    return tells_past(before + " " + after)


def _nearest_year(month: int, day: int | None, ctx: _Context, hit: Hit) -> int:
    """The year that puts a day and month nearest the anchor, the past preferred.

    A clause that looks ahead may fall after the anchor; one told in the past tense may not.
    """
    assert ctx.anchor is not None
    stamp = _update_stamp(ctx.text, hit)  # "UPDATE 20 May:" on a page of 18 May: two days on
    future = not stamp and _future_clause(hit, ctx)
    past = not stamp and not future and _past_clause(hit, ctx)
    best: tuple[float, int] = (float("inf"), ctx.anchor.year)
    for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        try:
            when = date(year, month, day or 1)
        except ValueError:
            continue
        distance = (
            (when - ctx.anchor).days
            if day
            else (year - ctx.anchor.year) * 12 + month - ctx.anchor.month
        )
        ahead = distance > 0
        if ahead and past:
            continue
        penalised = ahead != future and distance and not stamp
        cost = abs(distance) * (P.FUTURE_PENALTY if penalised else 1.0)
        best = min(best, (cost, year))
    return best[1]


def _following_year(hit: Hit, month: int, day: int | None, ctx: _Context) -> int | None:
    """The year of the next full date in the paragraph, when the day and month come before it.

    "On February 21, ... on February 22, 2022": a narrative runs forward, so a yearless date
    told just before a dated one in the same paragraph shares its year.
    """
    paragraph = ctx.paragraph(hit.start)
    for y in ctx.years:
        if y.start <= hit.start or y.paragraph != paragraph:
            continue
        m = _MONTH_DAY_OF.match(y.value)
        if not m:
            return None
        if (month, day or 1) <= (int(m.group(1)), int(m.group(2) or 31)):
            return y.year
        return None
    return None


def _narrative_year(hit: Hit, month: int, day: int | None, ctx: _Context) -> int | None:
    """The year of a day and month told without one."""
    paragraph = ctx.paragraph(hit.start)
    before = _years_in_frame(hit, ctx)
    if ctx.news and ctx.anchor is not None:
        sentence = _sentence_start(ctx.text, hit.start)
        framing = [
            y.year
            for y in before
            if y.paragraph == paragraph and (y.start >= sentence or y.frame) and not y.background
        ]  # "The maker, founded in 1988, stopped output on 12 May": May of the page's year
        if framing and framing[-1] != ctx.anchor.year:
            return framing[-1]
        return _nearest_year(month, day, ctx, hit)
    in_paragraph = [y.year for y in before if y.paragraph == paragraph]
    if in_paragraph:
        return in_paragraph[-1]
    following = _following_year(hit, month, day, ctx)
    if following is not None:
        return following
    if ctx.topic_year is not None:
        return ctx.topic_year  # "2025 Orsa election": "Polls closed on 1 May", not 2019's
    return before[-1].year if before else ctx.anchor_year


def _years_in_frame(hit: Hit, ctx: _Context) -> list[_Year]:
    """The explicit years told before a mention, back to the last "last September" or "this
    year": after one, the story is told from the day of writing, and a year told before it
    ("resigned in September 2006. An inquiry began last September and widened in November")
    is not the year of what follows."""
    frame_start = -1
    at = bisect.bisect_left(ctx.deictic, hit.start)
    if at:
        frame_start = ctx.deictic[at - 1]
    return [y for y in ctx.years if frame_start < y.start < hit.start]


def _norm_day_month(hit: Hit, ctx: _Context) -> str | None:
    """A day and month, the year taken from the narrative (or, when a weekday is given with
    it, a year in which that day falls on that weekday)."""
    month, day = _month_number(hit.group("month")), int(hit.group("day") or 0)
    year = _year_of_weekday(hit, ctx, month, day, _narrative_year(hit, month, day, ctx))
    if year is None:
        return f"XXXX-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    return _fmt(year, month, day)


def _year_of_weekday(hit: Hit, ctx: _Context, month: int, day: int, year: int | None) -> int | None:
    """ "Friday 2 August" told after "spring 2022" in a page of August 2024: the narrative's
    year when the day falls on that weekday in it, else the nearest year around the page's
    that fits (2 August 2024 was a Friday, 2 August 2022 a Tuesday)."""
    named = WEEKDAY_BEFORE.search(ctx.text, max(0, hit.start - 12), hit.end)
    if named is None:
        return year
    target = P.WEEKDAYS.get(named.group(1).lower().rstrip("."))
    candidates = [year] if year is not None else []
    if ctx.anchor_year is not None:
        candidates += [ctx.anchor_year, ctx.anchor_year + 1, ctx.anchor_year - 1]
    for candidate in candidates:
        if candidate is not None and _weekday_of(candidate, month, day) == target:
            return candidate
    return year


WEEKDAY_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(P.WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+(?:the\s+)?\d",
    re.IGNORECASE,
)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _norm_day_month_rel_year(hit: Hit, ctx: _Context) -> str | None:
    """A day and month with a relative year ("14 November last year")."""
    month, day = _month_number(hit.group("month")), int(hit.group("day") or 0)
    if ctx.anchor_year is None:
        return f"XXXX-{month:02d}-{day:02d}" if 1 <= day <= 31 else None
    shift = P.REL_SHIFT.get((hit.group("rel") or "").lower(), 0)
    return _fmt(ctx.anchor_year + shift, month, day)


def _norm_month_rel(hit: Hit, ctx: _Context) -> str | None:
    """A month with a relative word ("last May", "next March", "May last year")."""
    month = _month_number(hit.group("month"))
    rel = (hit.group("rel") or "").lower()
    if hit.match.group(0).lower().endswith("year"):
        if ctx.anchor_year is None:
            return f"XXXX-{month:02d}"
        return _fmt(ctx.anchor_year + P.REL_SHIFT.get(rel, 0), month)
    if ctx.anchor is None:
        return None
    year = ctx.anchor.year
    if P.REL_SHIFT.get(rel, 0) < 0 and month >= ctx.anchor.month:
        year -= 1
    elif P.REL_SHIFT.get(rel, 0) > 0 and month <= ctx.anchor.month:
        year += 1
    return _fmt(year, month)


def _norm_month(hit: Hit, ctx: _Context) -> str | None:
    """A month name, the year taken from the narrative."""
    month = _month_number(hit.group("month"))
    year = _narrative_year(hit, month, None, ctx)
    return f"XXXX-{month:02d}" if year is None else _fmt(year, month)


def _shift(ref: date, unit: str, n: int) -> date:
    """A date moved by n days, weeks, months or years."""
    if unit == "day":
        return ref + timedelta(days=n)
    if unit.startswith("week"):
        return ref + timedelta(weeks=n)
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + n
        return date(index // 12, index % 12 + 1, 1)
    return date(ref.year + n * (10 if unit == "decade" else 1), 1, 1)


def _unit_value(when: date, unit: str) -> str:
    """The TIMEX3 value of the day, week, month or year holding a date."""
    if unit == "day":
        return when.isoformat()
    if unit.startswith("week"):
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if unit == "decade":
        return f"{when.year // 10:03d}X"
    return f"{when.year:04d}"


def _reference(rel: str, unit: str, ctx: _Context, ahead_of_now: bool = False) -> date | None:
    """The date a relative expression counts from: the narrative's last date or the anchor.

    "The next year" in a narrative counts from its last date ("abducted in March 2014. The
    next year, ..." is 2015); "over the next year" looks ahead from the page's date.
    """
    precise = {"day": ("day",), "week": ("day",), "month": ("day", "month")}.get(
        unit, ("day", "month", "year")
    )
    told_back = rel in P.ANAPHORIC_RELS or (
        rel == "the next" and not ahead_of_now and ctx.last_ref is not None
    )
    if told_back or unit == "day":
        return ctx.last_ref if ctx.last_ref_precision in precise else None
    return ctx.anchor


def _norm_relative_unit(hit: Hit, ctx: _Context) -> str | None:
    """Last month, next week, the following day ..."""
    rel = " ".join((hit.group("rel") or "").lower().split())
    unit = (hit.group("unit") or "").lower()
    if hit.group("pmod") and rel == "the":
        rel = "this"
    ahead_of_now = _future_clause(hit, ctx) or (
        _AHEAD_OF_NOW.search(ctx.text, max(0, hit.start - 20), hit.start) is not None
        and not _past_clause(hit, ctx)
    )  # "said the next year will be crucial"; "stayed in prison for the next year" is past
    ref = _reference(rel, unit, ctx, ahead_of_now)
    if ref is None or (unit == "day" and not rel.startswith(("the", "that"))):
        return None
    shift = P.REL_SHIFT.get(rel, 0)
    if rel in TRAILING_RELS and unit in TRAILING_PAST_HALF and not hit.group("pmod"):
        shift = 0 if TRAILING_PAST_HALF[unit](ref) else -1
    return _unit_value(_shift(ref, unit, shift), unit)


# "the past year", "the last decade": the stretch that ends at the reference, unlike "last
# year" (the calendar year before it). It is told as the calendar unit that holds most of it:
# the reference's own once the reference is past that unit's middle, else the one before.
TRAILING_RELS = frozenset(("the past", "the last"))
TRAILING_PAST_HALF: dict[str, Callable[[date], bool]] = {
    "year": lambda ref: ref.month >= 7,
    "decade": lambda ref: ref.year % 10 >= 5,
    "month": lambda ref: ref.day > 15,
    "week": lambda ref: ref.weekday() >= 3,
}


# "Black Friday", "Good Friday": a named day of the year, not the weekday of the page's week
# (not after a capitalised word: "Mayor Ada Black Thursday" is Thursday).
NAMED_DAY_BEFORE = re.compile(
    r"(?<![A-Z][\w.]\s)(?<![A-Z][\w.][\w.]\s)(?<![A-Z][\w.]{3}\s)"
    r"\b(?P<name>Black|Cyber|Giving|Good|Holy|Maundy|Ash|Easter|Palm|Shrove|Fat|Super|Blue)\s+$"
)
# Named days and where each falls: days after the US Thanksgiving (fourth Thursday of
# November) or after Easter Sunday; None where the calendar gives no one day ("Super Tuesday").
NAMED_DAY_OFFSETS: dict[tuple[str, int], tuple[str, int] | None] = {
    ("black", 4): ("thanksgiving", 1), ("cyber", 0): ("thanksgiving", 4),
    ("giving", 1): ("thanksgiving", 5), ("good", 4): ("easter", -2),
    ("holy", 3): ("easter", -3), ("maundy", 3): ("easter", -3), ("ash", 2): ("easter", -46),
    ("easter", 6): ("easter", 0), ("easter", 0): ("easter", 1), ("palm", 6): ("easter", -7),
    ("shrove", 1): ("easter", -47), ("fat", 1): ("easter", -47),
}  # fmt: skip


def _named_day(name: str, weekday: int, year: int) -> date | None:
    """The date of a named day in a year ("Black Friday" 2019: 29 November)."""
    where = NAMED_DAY_OFFSETS.get((name.lower(), weekday))
    if where is None:
        return None
    base, offset = where
    if base == "thanksgiving":
        first = date(year, 11, 1)
        start = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    else:
        start = _easter(year)
    return start + timedelta(days=offset)


def _easter(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


WEEK_SHIFT = {"last": -1, "this": 0, "next": 1}


def _norm_weekday(hit: Hit, ctx: _Context) -> str | None:
    """A weekday: the one on or before the anchor, after it when the clause looks ahead."""
    if ctx.anchor is None:
        return None
    target = P.WEEKDAYS[(hit.group("weekday") or "").lower().rstrip(".")]
    named = NAMED_DAY_BEFORE.search(ctx.text, max(0, hit.start - 12), hit.start)
    if named:  # "Black Friday" of the page's year
        day = _named_day(named.group("name"), target, ctx.anchor.year)
        return day.isoformat() if day else None
    rel = (hit.group("wrel") or "").lower()
    back = (ctx.anchor.weekday() - target) % 7
    week = (hit.group("wweek") or "").lower()
    if week:  # "Tuesday last week": that weekday in the week before (after) the anchor's
        monday = ctx.anchor - timedelta(days=ctx.anchor.weekday())
        when = monday + timedelta(days=target + 7 * WEEK_SHIFT[week])
    elif rel == "last":
        when = ctx.anchor - timedelta(days=back or 7)
    elif rel == "next":
        when = ctx.anchor + timedelta(days=(target - ctx.anchor.weekday()) % 7 or 7)
    elif rel == "this":
        when = ctx.anchor + timedelta(days=target - ctx.anchor.weekday())
    elif rel == "coming" or _future_clause(hit, ctx):
        when = ctx.anchor + timedelta(days=(target - ctx.anchor.weekday()) % 7)
    else:
        when = ctx.anchor - timedelta(days=back)
    return when.isoformat() + _PART_OF_DAY.get((hit.group("pod") or "").lower(), "")


def _norm_ago(hit: Hit, ctx: _Context) -> str | None:
    """Two days ago (from the anchor), three years later (from the last date told)."""
    raw = " ".join((hit.group("num") or "").lower().split())
    n = int(raw) if raw.isdigit() else P.NUMBER_WORDS.get(raw, 0)
    unit, direction = (hit.group("unit") or "").lower(), (hit.group("dir") or "").lower()
    if direction == "ago":
        ref, sign = ctx.anchor, -1
    elif direction in ("earlier", "later"):
        ref, sign = _reference("that", unit, ctx), (-1 if direction == "earlier" else 1)
    else:
        return None
    if ref is None or n == 0:
        return None
    return _unit_value(_shift(ref, unit, sign * n), unit)


_NORMALISERS = {
    "absolute": _norm_absolute,
    "numeric_ymd": _norm_numeric_ymd,
    "numeric_ambiguous": _norm_numeric_ambiguous,
    "year": _norm_year,
    "season": _norm_season,
    "quarter": _norm_quarter,
    "half": _norm_half,
    "decade": _norm_decade,
    "century": _norm_century,
    "fuzzy": _norm_fuzzy,
    "day_word": _norm_day_word,
    "day_month": _norm_day_month,
    "day_month_rel_year": _norm_day_month_rel_year,
    "month_rel": _norm_month_rel,
    "month": _norm_month,
    "relative_unit": _norm_relative_unit,
    "weekday": _norm_weekday,
    "ago": _norm_ago,
}
_DEICTIC_RULES = frozenset({"month_rel", "relative_unit"})
# Normalisers whose value needs nothing but the match: run first, they set narrative years.
_EXPLICIT = frozenset(
    {"absolute", "numeric_ymd", "numeric_ambiguous", "year", "half", "season", "quarter"}
)
