"""Whether a span can be of the kind a question asks for: a country, a count of the asked
things, a span of time, the date of the asked event, a name of the asked kind.

Small tests the extractive answerer (`extractive.py`) applies to each candidate span: "Which
country …?" takes no "in the world"; "Which part …?" takes no "Ten" of "Ten fire engines";
"How many years ago …?" takes "12 years ago"; "opened in 1931 and strengthened in 1978" gives
1978 for "strengthened"; "What river …?" prefers "the River Lisk"; "At which hospital …?"
takes no newspaper; a former holder is no holder of a post; an expected date tells nothing
that happened; who took delivery is the name after "to".
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.people_places import is_country_word, person_shaped
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
    if MOST_ASKED.match(question.text):
        return False  # "What is the most X can get?" asks a figure
    return not {focus, singular(focus)} & (lx.UNITS | lx.DURATION_UNITS)


@lru_cache(maxsize=1024)
def asks_measure(question: Question) -> bool:
    """Whether a "what"/"which" question asks for a measure by its noun ("What was the
    magnitude of the quake?"), which a figure gives, not "shook a remote area"."""
    focus = (question.focus or "").lower()
    if question.qtype == "what" and MOST_ASKED.match(question.text):
        return True  # "What is the most a small business can get?": "up to £2,000"
    if question.qtype != "what" or focus not in MEASURE_FOCUS:
        return False
    # "What was the magnitude …?", "What range is expected …?"; not "What tax did the council
    # approve?", a kind of tax
    # "Orsa Park's capacity", "the desalination plant's original budget"
    shapes = rf"(?:is|was|are|were)\s+(?:[\w'’-]+\s+){{1,5}}?{focus}\b"
    if focus not in KINDS_TOO:  # "What inflation rate was quoted …?"
        shapes += rf"|(?:[a-z]+\s+){{0,2}}?{focus}\b"
    return re.match(rf"^\W*what\s+(?:{shapes})", question.text, re.I) is not None


MOST_ASKED = re.compile(
    r"^\W*what\s+(?:is|was|are|were)\s+the\s+(?:most|maximum|least|minimum)\s+"
    r"(?:a|an|the|that|it|he|she|they|one|any|anyone|anybody|someone|money)\b",
    re.IGNORECASE,
)
MONEY_WORDS = lx.words(
    "compensation payment payments payout pay paid grant refund fine salary award damages bonus"
)


@lru_cache(maxsize=1024)
def asks_most_money(question: Question) -> bool:
    """Whether "What is the most …?" asks the largest sum of money: a word of the question
    is paid money ("… may a family be paid in compensation?")."""
    if question.qtype != "what" or not MOST_ASKED.match(question.text):
        return False
    return bool(set(re.findall(r"[a-z]+", question.text.lower())) & MONEY_WORDS)


# A rate's unit after a figure or in a question ("£95 per night", "… for a room per night?");
# "a"/"an" count only before a unit of time ("twice a week"), not "a room".
RATE_UNIT = re.compile(
    r"\b(?:per|each|every)\s+(?P<any>night|day|week|month|year|hour|minute|head|person|"
    r"passenger|household|room|mile|kilometre|km|litre|tonne)\b"
    r"|\b(?:a|an)\s+(?P<time>night|day|week|month|year|hour|minute)\b",
    re.IGNORECASE,
)


def other_rate(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a figure is a rate of another unit than the question asks ("up to £20 per day"
    for "… pay for a room per night?"): read in the figure and in the words right after it."""
    asked = {_unit(found) for found in RATE_UNIT.finditer(question.text)}
    if not asked:
        return False  # "… for each household for every day …?": either unit is asked
    told = RATE_UNIT.search(text, start, min(len(text), end + RATE_REACH))
    return told is not None and _unit(told) not in asked


RATE_REACH = len(" a night")  # a rate's words right after the figure


def _unit(found: re.Match[str]) -> str:
    return (found.group("any") or found.group("time")).lower()


KINDS_TOO = lx.words("tax fee")  # measures whose noun also names a kind ("what tax …?")


MEASURE_FOCUS = lx.words(
    """
    magnitude amount total percentage proportion ratio price cost value fee population size
    temperature speed height length width depth weight distance area volume capacity budget
    salary revenue profit loss debt wage tax deficit surplus tally mileage horsepower torque
    altitude elevation range wingspan payload diameter radius thickness stake limit
    turnout attendance toll savings compensation ransom payout rate target payment refund
    """
)


def bare_figure(span: str) -> bool:
    """Whether a span is a figure and nothing else ("95", "1,200", "two")."""
    if BARE_DIGITS.fullmatch(span):
        return True
    return lx.is_number_word(span)  # a hot path: no folding


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


# Places a name rarely gives without saying what it is ("Lisle General Hospital"); a school
# or a church often goes by its name alone ("Yale").
FACILITY_FOCUS = lx.words(
    """
    hospital hospitals prison prisons jail airport airports stadium stadiums museum museums
    court courts hotel hotels restaurant restaurants building buildings
    """
)
INSTITUTION_HEADS = (
    lx.INSTITUTION_FOCUS
    | lx.STRUCTURE_HEADS
    | lx.words("clinic infirmary university academy institute centre center prison penitentiary")
)


def not_the_facility(question: Question, name: str) -> bool:
    """Whether a name cannot be the hospital, prison or airport a question asks for: its own
    words do not say what it is ("Lisle General Hospital") and it names another kind of thing
    ("The New York Times", a person); "Lisle General" alone may be the hospital."""
    if question.focus not in FACILITY_FOCUS:
        return False
    folded = [fold(w) for w in name.split()]
    if any(match_key(w) in INSTITUTION_HEADS or w in INSTITUTION_HEADS for w in folded):
        return False
    if (folded and folded[-1] in PAPER_HEADS) or EVENT_WORDS.intersection(folded):
        return True
    return person_shaped(name)


# Last words of the names of papers, and words of the names of events: no hospital or
# building bears them ("The New York Times", "French Wars of Religion").
PAPER_HEADS = lx.words(
    "times post journal news herald tribune gazette courier chronicle telegraph guardian"
    " observer express mirror mail standard review magazine press reuters"
)
EVENT_WORDS = lx.words(
    "revolution war wars crisis treaty act agreement accord games olympics cup championship"
    " festival"
)


FORMER_TITLE = re.compile(
    r"\b(?:former|ex-|onetime|one-time)\s*(?:(?-i:[A-Z][\w.'’&-]*)\s+|(?:chief|executive|officer"
    r"|president|chairman|chairwoman|ceo|head|director|minister|secretary|vice|general|manager"
    r"|coach|boss|leader|'s|’s)\s+){1,5}$",
    re.IGNORECASE,
)
FORMER_ASKED = re.compile(r"\b(?:former|ex-|previous|earlier|once|first|before)\b", re.I)


def held_formerly(question: Question, text: str, start: int) -> bool:
    """Whether a name's title says the post is no longer theirs ("Former Halvik CEO Ada
    Brand"), where the question does not ask about a former holder."""
    if FORMER_ASKED.search(question.text) or not _asks_a_post(question):
        return False  # "Who signed the deal in 2010?" may well be the former CEO
    return FORMER_TITLE.search(text, max(0, start - 60), start) is not None


@lru_cache(maxsize=1024)
def _asks_a_post(question: Question) -> bool:
    """Whether a who-question asks who holds a post ("Who is Halvik's chief executive?")."""
    words = {w for c in question.concepts for w in c.words}
    return bool(words & (lx.ROLE_NOUNS | lx.ROLE_OPENERS))


FORECAST_BEFORE = re.compile(
    r"\b(expected|scheduled|slated|planned|due(?!\s+to\s+(?!be\b))|forecast|projected)\b"
    r"[^.;,]{0,40}$",  # "due to heavy rain" is a cause
    re.IGNORECASE,
)
FORECAST_ASKED = re.compile(
    r"\b(?:expect\w*|schedul\w*|plan\w*|due|slated|set to|will|forecast\w*|projected)\b", re.I
)
PAST_ASKED = re.compile(r"\b(?:did|was|were|had)\b", re.IGNORECASE)


def share_for_a_count(question: Question, span: str) -> bool:
    """Whether a percentage is offered for a count of things ("How many drones …?"); a count
    of people may be a share of them ("How many died?": "10–15%" of the town)."""
    focus = (question.focus or "").lower()
    return question.qtype == "how_many" and "%" in span and focus not in COUNTED_PEOPLE


COUNTED_PEOPLE = lx.GENERIC_PEOPLE | lx.words("deaths victims population inhabitants residents")


def forecast_for_a_fact(question: Question, text: str, start: int) -> bool:
    """Whether a date the sentence only expects ("expected in late 2006") answers a question
    about what happened ("When was it actually released?"); not where a verb that happened
    stands between ("scheduled to open in March, it finally opened on 9 June")."""
    if not PAST_ASKED.search(question.text) or FORECAST_ASKED.search(question.text):
        return False
    cue = FORECAST_BEFORE.search(text, max(0, start - 50), start)
    if cue is None:
        return False
    gap = text[cue.end(1) : start].split()
    return not any(
        w.endswith("ed") and (k == 0 or gap[k - 1].lower() not in ("be", "been", "being"))
        for k, w in enumerate(gap)
    )


def unqualified(span: str) -> str:
    """A figure without its bound and its currency sign ("below $1": "1")."""
    bare = lx.LEADING_FIGURE_QUALIFIER.sub("", span).strip()
    return bare.lstrip("$€£").strip() if bare[:1] in "$€£" else bare


# "Which airline took delivery of …?", "Who received …?": the one a thing went to
RECEIVER_QUESTION = re.compile(
    r"\b(?:took|take|takes|taking)\s+delivery\b|\breceiv(?:e|ed|es|ing)\b"
    r"|\b(?:was|were)\s+(?:given|awarded|handed|sold)\b",
    re.IGNORECASE,
)
GIVING = r"delivered|handed|sold|awarded|gave|presented|transferred|shipped|supplied|donated"
GIVER_QUESTION = re.compile(rf"^\W*(?:who|which\s+\w+)\s+(?:{GIVING})\b", re.IGNORECASE)
GIVING_VERB = re.compile(rf"\b(?:{GIVING}|delivers|hands|sells|awards|gives)\b", re.IGNORECASE)


def receiver_side(question: Question, text: str, start: int, end: int) -> int:
    """+1 for a name on the side of a giving the question asks for, -1 for one on the other
    side, else 0. "Corvane delivered the first K95 to Orsa Cargo": Orsa Cargo took delivery
    (the name after "to" behind the giving verb), Corvane delivered it (the name before)."""
    receiver = RECEIVER_QUESTION.search(question.text) is not None
    if not receiver and GIVER_QUESTION.search(question.text) is None:
        return 0
    giving = GIVING_VERB.search(text)
    if giving is None:
        return 0
    side = 0
    if end <= giving.start():
        side = -1
    elif start > giving.end() and re.search(
        r"\bto\s+(?:the\s+)?$", text[max(0, start - 8) : start]
    ):
        side = 1
    return side if receiver else -side


def title_only(text: str) -> bool:
    """Whether a name is only a title or role ("CEO", "Chief Executive")."""
    words = [fold(w) for w in text.split()]
    return bool(words) and all(w in lx.ROLE_NOUNS or w in lx.ROLE_OPENERS for w in words)


def whole_role(text: str) -> bool:
    """Whether a role span is a whole title ("assistant district attorney"), not a piece of
    a longer phrase cut at a small word ("official in the")."""
    words = text.split()
    return bool(words) and all(w.lower() not in lx.STOPWORDS for w in (words[0], words[-1]))
