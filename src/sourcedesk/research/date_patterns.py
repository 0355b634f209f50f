"""Data for the temporal tagger: names, cue words and the rules' regular expressions.

Modelled on HeidelTime's resources: each rule is a pattern plus the name of the normalisation
function that turns a match into a TIMEX3 value. The patterns are templates; the placeholders
``{MONTH}``, ``{DAY}``, ``{YEAR}``, ``{WEEKDAY}``, ``{MOD}``, ``{NUM}`` and ``{UNIT}`` are filled in
from the tables below by ``dates.compile_rules``. Nothing in this module has behaviour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Month words that are also ordinary English words: only taken as a month when written with a
# capital and in a date-like context.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "sep", "dec"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2,
    "several": 3, "a few": 3, "few": 3,
}  # fmt: skip

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "last": 4,
}  # fmt: skip

# Fuzzy references and their TIMEX3 values.
FUZZY: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present day": "PRESENT_REF", "recently": "PAST_REF",
    "more recently": "PAST_REF", "in the past": "PAST_REF", "formerly": "PAST_REF",
    "in the future": "FUTURE_REF", "in the coming days": "FUTURE_REF",
    "in the coming weeks": "FUTURE_REF", "in the coming months": "FUTURE_REF",
}  # fmt: skip

# "today", "yesterday" ...: offset in days from the anchor, and a TIMEX3 part-of-day suffix.
DAY_WORDS: dict[str, tuple[int, str]] = {
    "today": (0, ""), "tonight": (0, "TNI"), "yesterday": (-1, ""), "tomorrow": (1, ""),
    "the day before yesterday": (-2, ""), "the day after tomorrow": (2, ""),
    "this morning": (0, "TMO"), "this afternoon": (0, "TAF"), "this evening": (0, "TEV"),
    "last night": (-1, "TNI"), "yesterday morning": (-1, "TMO"),
    "yesterday afternoon": (-1, "TAF"), "yesterday evening": (-1, "TEV"),
}  # fmt: skip

# "last month", "next week": the shift each relational word applies to its unit.
REL_SHIFT: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "this": 0, "current": 0,
    "next": 1, "coming": 1, "following": 1, "earlier this": 0, "later this": 0,
    "the last": -1, "the past": -1, "the previous": -1, "the next": 1, "the coming": 1,
    "the following": 1, "the same": 0, "that": 0,
}  # fmt: skip

# Relational words that refer back to the last date of the narrative, not to the anchor.
ANAPHORIC_RELS: frozenset[str] = frozenset({"the previous", "the following", "the same", "that"})

# Words before a bare four-digit number that make it a year.
YEAR_CONTEXT_BEFORE: frozenset[str] = frozenset({
    "in", "since", "by", "of", "from", "until", "till", "through", "during", "before",
    "after", "circa", "c.", "ca.", "early", "mid", "late", "year", "the", "this", "that",
    "its", "his", "her", "their", "'s", "’s", "between", "spring", "summer", "autumn",
    "fall", "winter", "season", "end", "beginning", "start", "middle"
})  # fmt: skip

# Words before a bare month name that make it a month (not a verb or a name).
MONTH_CONTEXT_BEFORE: frozenset[str] = frozenset({
    "in", "since", "by", "of", "from", "to", "until", "till", "through", "during", "before",
    "after", "early", "mid", "late", "last", "next", "this", "that", "each", "every",
    "throughout", "between", "and", "or"
})  # fmt: skip

# Words after a four-digit number that make it a count, not a year.
COUNT_NOUNS: frozenset[str] = frozenset({
    "people", "personnel", "staff", "men", "women", "children", "police", "troops",
    "soldiers", "employees", "workers", "jobs", "units", "km", "miles", "metres", "meters",
    "feet", "kg", "tonnes", "tons", "dollars", "euros", "pounds", "hours", "minutes",
    "seconds", "votes", "cases", "deaths"
})  # fmt: skip

# Time zones written after a time of day ("1023 GMT"), shared with the answer's clock pattern.
TIME_ZONES: tuple[str, ...] = (
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "MST",
    "MDT", "PST", "PDT", "IST", "JST", "AEST", "AEDT", "MSK", "SAST", "WAT", "EAT",
)  # fmt: skip
# Words that end in "s" but are not plural counts, after a year ("in 2014 was ...").
NOT_PLURAL: frozenset[str] = frozenset({
    "was", "is", "has", "as", "its", "this", "his", "thus", "us", "plus", "less", "across",
    "perhaps", "whereas"
})  # fmt: skip

# Cues that a clause speaks of the future: a bare weekday or day-month then points forward.
FUTURE_CUES: str = (
    r"\b(?:will|won't|shall|'ll|is to|are to|is due|are due|due to be|had been due|scheduled|"
    r"is expected|are expected|(?:was|were) expected to|plans? to|planned|upcoming|is set to|"
    r"are set to|was set to|"
    r"going to|"
    r"to be held|intends? to|(?:'s|’s) due to|(?<!failed )(?<!refused )to appear|to stand trial|"
    r"to be sentenced|(?:set|slated|pencil?led in|fixed|listed|adjourned|postponed|"
    r"put off|rescheduled) (?:for|until|to)|pending (?:his|her|their|a|the) (?:next )?\w+|"
    r"next (?:\w+ )?(?:hearing|appearance|meeting|session|trial|vote|election|round|match)|"
    # an intention told in any tense looks ahead: "aimed to return it to flight in June"
    r"(?:aim|hope|intend|vow|pledge|promise)(?:s|ed|d)? to|"
    # "said it expected the merger to be complete by the end of November": that lies ahead
    r"expect(?:s|ed)? (?:\w+ ){1,3}?to|"
    # "adjourned the hearing until December 5": the day the case comes back; "suspended all
    # fishing until the end of May": the day it resumes
    r"(?:adjourn|postpon|remand|defer|suspend|halt|ban)\w*\b[^.;]{0,40}?\b(?:until|till)|"
    # "residents must boil their water until at least 25 August": an obligation in force now
    # ends ahead
    r"(?:must|should|has to|have to|are (?:asked|advised|told) to|is (?:asked|advised|told) to)"
    r"\b[^.;]{0,60}?\b(?:until|till))\b"
)
# "set a new deadline of September 15": the date right after it lies ahead (the cue covers
# only the date it introduces, not others in the clause); so does the day a thing is moved to
DEADLINE_BEFORE: str = (
    r"\bdeadline\s+(?:of|for|on)\s+$"
    # "pushed back two weeks, to 16 June": the day something was moved to lies ahead
    r"|\b(?:(?:pushed|put|moved) back|brought forward|delayed|postponed)\b[^.;]{0,30}?\bto\s+$"
)
# "has given the group until March 12 to pay": a time allowed for something to be done lies
# ahead (the date is "until"'s, and an infinitive follows it).
UNTIL_BEFORE: str = r"\buntil\s+$"
# A timetable told in the present ("services that run from Saturday", "the show opens on 4 May"):
# a day a thing is scheduled for, ahead of the page; a second day of its stretch goes with it
# ("from Saturday to Monday").
SCHEDULED_BEFORE: str = (
    r"\b(?:opens|open|starts|start|begins|begin|runs|run|resumes|resume|reopens|reopen|"
    r"takes\s+place|take\s+place|kicks\s+off|departs|depart|sails|sail)\s+"
    r"(?:again\s+)?(?:on|from)\s+(?:the\s+)?$"
)
STRETCH_END_BEFORE: str = r"\s+(?:to|until|till|through|and)\s+$"
# The future of reported speech: "the mayor said the town would hold a vigil … on Friday"
# (not "said he would never forget Friday night": the day follows "on", "by", "from", "in" …).
REPORTED_FUTURE_BEFORE: str = (
    r"\b(?:said|says|announced|added|promised)\b[^.;]{0,120}\bwould\s+(?!never\b)"
    r"[^.;]{0,60}\b(?:on|by|from|in|during|before)\s+$"
)
TO_DO_AFTER: str = r"\s+to\s+[a-z]+"
# A verb of saying right before a date: the date is when it was said, in the past ("…will face
# an inquiry, the government said on Sunday").
SAID_ON: str = (
    r"\b(?:said|announced|confirmed|reported|added|stated|wrote|disclosed|revealed|warned|"
    r"told\s+(?:[\w-]+\s+){0,2}?)\s*,?\s*(?P<on>on\s+|late\s+|early\s+|last\s+)?$"
)

# Words shortly before an explicit year that keep it from setting the year of the narrative:
# "since 2014" starts a state, a copyright or retrieval year dates the page, not the story.
# Words before a year that keep it from framing the dates after it: a birth year frames no
# other event ("Born March 29, 1931, in Orrin; died December 19 at …" is this year's death).
NARRATIVE_YEAR_EXCLUDE: frozenset[str] = frozenset(
    {"since", "©", "copyright", "(c)", "retrieved", "archived", "accessed", "born", "b."}
)
NARRATIVE_EXCLUDE_WINDOW: int = 4  # words

# A year right after a capitalised name ("Expo 2010", "WWDC 2005") in this range.
NAMED_YEAR_RANGE: tuple[int, int] = (1900, 2099)

# How far after a mention (in characters) a future cue may stand in the same clause.
FUTURE_WINDOW: int = 80

# Relative words that count from the day of writing ("last May", "this year"), unlike "the
# following year" or "that month", which count from the story's last date.
DEICTIC_WORDS: frozenset[str] = frozenset({"last", "this", "next", "past", "coming", "current"})
# A word that makes "last year" someone's ("his last year there", "the club's last season").
OWNED_BEFORE = re.compile(r"\b(?:his|her|its|their|our|my|your|whose|the|a)\s+$|['’]s\s+$", re.I)

# Modifiers of a period ("early March", "mid-2011", "the end of 2022").
MODIFIERS: str = (
    r"early|mid|late|the end of|the beginning of|the start of|the middle of|the turn of|"
    r"the first half of|the second half of|the spring of|the summer of|the autumn of|"
    r"the fall of|the winter of"
)

# The precision a yearless day-month is allowed to drift from the anchor: a future date
# costs this many times its distance unless the clause speaks of the future.
FUTURE_PENALTY: float = 2.5


@dataclass(frozen=True)
class DateRule:
    """One pattern of the tagger and the normaliser that reads its match."""

    name: str
    pattern: str
    normaliser: str
    needs_context: str = ""  # "year" or "month": the match is only kept in a date-like context


_SEP = r"\s*,?\s*"
RULES: tuple[DateRule, ...] = (
    DateRule(
        "iso_date",
        r"(?P<year>[12]\d{3})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:T[\d:.+Z-]+)?",
        "numeric_ymd",
    ),
    DateRule(
        "ymd_slash", r"(?P<year>[12]\d{3})/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)", "numeric_ymd"
    ),
    DateRule(
        "numeric_dmy",
        r"(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<year>[12]\d{3}|\d{2})",
        "numeric_ambiguous",
    ),
    DateRule(
        "day_month_year",
        r"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}" + _SEP + r"{YEAR}",
        "absolute",
    ),
    DateRule(
        "month_day_year",
        r"(?:{WEEKDAY},?\s+)?{MONTH}\s+(?:the\s+)?{DAY}" + _SEP + r"{YEAR}",
        "absolute",
    ),
    DateRule("day_month", r"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}", "day_month"),
    DateRule("month_day", r"(?:{WEEKDAY},?\s+)?{MONTH}\s+(?:the\s+)?{DAY}", "day_month"),
    DateRule(
        "day_month_rel_year",
        r"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH},?\s+(?P<rel>last|this|next)\s+year",
        "day_month_rel_year",
    ),
    DateRule(
        "month_day_rel_year",
        r"(?:{WEEKDAY},?\s+)?{MONTH}\s+(?:the\s+)?{DAY},?\s+(?P<rel>last|this|next)\s+year",
        "day_month_rel_year",
    ),
    DateRule("month_year", r"{MOD}{MONTH}" + _SEP + r"(?:of\s+)?{YEAR}", "absolute"),
    DateRule("month_rel_year", r"{MOD}{MONTH},?\s+(?P<rel>last|this|next)\s+year", "month_rel"),
    DateRule("month_rel", r"(?P<rel>last|this|next|past|coming)\s+{MONTH}", "month_rel"),
    DateRule("month", r"{MOD}{MONTH}", "month", needs_context="month"),
    DateRule("season_year", r"{MOD}(?P<season>{SEASON})(?:\s+of)?\s+{YEAR}", "season"),
    DateRule(
        "season_rel",
        r"(?:(?P<rel>last|next|this|the coming|the past)\s+)(?P<season>{SEASON})",
        "season",
    ),
    DateRule(
        "quarter",
        r"(?:Q(?P<q>[1-4])|the\s+(?P<qord>first|second|third|fourth)\s+quarter)"
        r"(?:\s+(?:of\s+)?{YEAR})",
        "quarter",
    ),
    DateRule(
        "quarter_rel",
        r"(?P<rel>the last|the past|the previous|last|this|the current|next|the next|"
        r"the coming)\s+quarter",
        "quarter",
    ),
    DateRule("half_year", r"the\s+(?P<half>first|second)\s+half\s+of\s+{YEAR}", "half"),
    DateRule("year_range", r"{YEAR}[–-](?P<year2>[12]\d{3})\b", "year", needs_context="year"),
    DateRule("year", r"{MOD}{YEAR}", "year", needs_context="year"),
    DateRule("decade", r"(?:the\s+)?{MOD}(?P<decade>[12]\d{2})0s\b", "decade"),
    DateRule("decade_short", r"the\s+{MOD}['’]?(?P<decade2>\d)0s\b", "decade"),
    DateRule(
        "century",
        r"the\s+{MOD}(?P<century>\d{1,2}(?:st|nd|rd|th)|{ORDINAL})\s+century",
        "century",
    ),
    DateRule("day_word", r"{DAYWORD}", "day_word"),
    DateRule(
        "relative_unit",
        r"(?P<rel>earlier this|later this|the last|the past|the previous|the next|the coming|"
        r"the following|the same|last|past|previous|this|current|next|coming|that)\s+"
        # "the last weekend of the fair" is its final one, not the one before the page
        r"(?P<unit>week(?:end)?|month|year|day|decade)(?!\s+of\b)",
        "relative_unit",
    ),
    DateRule(
        "period_of_rel",
        r"(?P<pmod>the (?:beginning|start|end|middle) of|(?:early|late|mid)[\s-]?)\s*"
        r"(?P<rel>this|last|next|the)\s+(?P<unit>week|month|year)",
        "relative_unit",
    ),
    DateRule(
        "weekday",
        r"(?:(?P<wrel>last|next|this|past|coming)\s+)?{WEEKDAY}"
        r"(?:\s+(?P<pod>morning|afternoon|evening|night))?"
        # "on Tuesday last week": the weekday of that week
        r"(?:,?\s+(?:of\s+)?(?P<wweek>last|next|this)\s+week\b)?",
        "weekday",
    ),
    DateRule(
        "ago",
        r"(?P<num>\d{1,3}|{NUM})\s+(?P<unit>day|week|month|year)s?\s+"
        # "two days later than planned" compares with a plan: no day of its own
        r"(?P<dir>ago|earlier|later)(?!\s+than\b)",
        "ago",
    ),
    DateRule("fuzzy", r"{FUZZY}", "fuzzy"),
)
