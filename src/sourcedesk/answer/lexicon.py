"""Word lists and patterns the answerer reads questions and sentences with (data only).

Nothing here is tuned to one desk: these are ordinary English function words, question words,
answer-shape patterns (dates, figures, names) and the cue phrases that introduce a reason.
"""

from __future__ import annotations

import re

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing done down during each else
    ever few for from further get gets got had has have having he her here hers herself him
    himself his how i if in into is it its itself just let lets me more most my myself no nor
    not now of off on once one only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those
    through to too under until up upon us very was we were what when where which while who whom
    whose why will with would you your yours yourself yourselves s t ll d ve re m
    according many much does did something anything someone anyone thing things kind type name
    called named known refer refers referred
    """.split()
)

# Auxiliaries that open a yes/no question and follow a question word ("when did ...").
AUXILIARIES = frozenset(
    "is are was were am do does did has have had can could will would shall should may might must".split()
)

# Question words and the type each one asks for; longest phrases are tried first.
WH_PHRASES: tuple[tuple[str, str], ...] = (
    ("what was the reason", "why"),
    ("what is the reason", "why"),
    ("what were the reasons", "why"),
    ("for what reason", "why"),
    ("for what purpose", "why"),
    ("how come", "why"),
    ("what caused", "why"),
    ("what led to", "why"),
    ("what prompted", "why"),
    ("how many", "how_many"),
    ("how much", "how_much"),
    ("how long ago", "when"),
    ("how long", "how_much"),
    ("how old", "how_much"),
    ("how far", "how_much"),
    ("how large", "how_much"),
    ("how big", "how_much"),
    ("how tall", "how_much"),
    ("how high", "how_much"),
    ("how often", "how_much"),
    ("since when", "when"),
    ("until when", "when"),
    ("what percentage", "how_much"),
    ("what percent", "how_much"),
    ("what proportion", "how_much"),
    ("what fraction", "how_much"),
    ("what amount", "how_much"),
    ("what number of", "how_many"),
    ("list", "list"),
    ("name the", "list"),
    ("when", "when"),
    ("where", "where"),
    ("whom", "who"),
    ("whose", "who"),
    ("who", "who"),
    ("why", "why"),
    ("which", "which"),
    ("what", "what"),
    ("how", "how"),
)

# A "what/which NOUN" question takes the type its noun names.
FOCUS_TYPES: dict[str, str] = {
    **dict.fromkeys(
        "year years date day month century decade era period time season week".split(), "when"
    ),
    **dict.fromkeys(
        "country countries city cities place places region regions town towns "
        "location continent province area territory capital village river island".split(),
        "where",
    ),
    **dict.fromkeys(
        "person people man woman men women president minister leader official ambassador "
        "spokesperson spokesman king queen emperor ruler author founder scientist writer "
        "secretary general commander chairman head politician diplomat director".split(),
        "who",
    ),
    **dict.fromkeys(
        "number amount percentage percent population size total figure cost price value "
        "sum".split(),
        "how_much",
    ),
}

# "What is X's job?" asks for a role or title.
ROLE_FOCUS = frozenset("job role position title post office occupation profession".split())

# Words that make a trailing "that/it/this" question a follow-up about the earlier event.
EVENT_VERBS = frozenset("happen happened occur occurred take took place start started".split())
PERSON_PRONOUNS = frozenset("he him his she her hers".split())
THING_PRONOUNS = frozenset("it its that this they them their".split())

MONTHS = (
    "january february march april may june july august september october november december"
).split()
MONTH_ABBREVIATIONS = "jan feb mar apr jun jul aug sep sept oct nov dec".split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

NUMBER_WORDS = frozenset(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions trillion dozen dozens
    half third quarter several few single double triple first second fourth fifth
    """.split()
)

_MONTH = r"(?:" + "|".join(m.capitalize() for m in MONTHS + MONTH_ABBREVIATIONS) + r")\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d{3}|20\d{2})"
DATE_PATTERN = re.compile(
    rf"\b(?:{_DAY}\s+{_MONTH},?\s+{_YEAR}|{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_MONTH}\s+{_DAY}\b"
    rf"|{_DAY}\s+{_MONTH}|{_MONTH},?\s+{_YEAR}|(?:early|mid|late)[- ]{_YEAR}s?"
    rf"|{_YEAR}s?|\d{{1,2}}(?:st|nd|rd|th)\s+century|(?:[A-Z][a-z]+day)\b"
    rf"|(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR})(?!\w)"
)
NUMBER_PATTERN = re.compile(
    r"(?:(?:US|A|C|NZ|HK)?[$€£¥]\s?)?\b\d[\d,.]*(?:\s?(?:%|per\s?cent|percent))?"
    r"(?:\s(?:million|billion|trillion|thousand|hundred))?\b"
    r"|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
YEAR_PATTERN = re.compile(rf"\b{_YEAR}s?\b")
# Words as the index splits them, except that a figure such as 1,500 or 3.5 stays one token.
TOKEN_PATTERN = re.compile(r"\d+(?:[,.]\d+)*|[^\W_]+", re.UNICODE)

# Lower-case words that may sit inside a multi-word name ("Republic of Korea").
NAME_JOINERS = frozenset("of the de da del der van von al bin la le for".split())
# Capitalised words that open sentences or titles without being names.
NOT_NAMES = frozenset(
    """
    the a an in on at of for and but or this that these those it its he she they we i you his
    her their our my as by to from with after before during when while if since however also
    there here then thus although though yet so what which who whom where why how mr mrs ms dr
    """.split()
)

# Phrases that introduce a reason inside a sentence ("... due to X").
REASON_CUES: tuple[str, ...] = (
    "because of",
    "because",
    "due to",
    "owing to",
    "as a result of",
    "as a consequence of",
    "in response to",
    "in retaliation for",
    "on the grounds that",
    "in order to",
    "so that",
    "since",
    "after",
    "over",
    "for",
    "as",
    "to",
)
# Openings of a sentence that gives the reason for the one before it.
REASON_OPENERS = re.compile(
    r"^(?:this was because|this is because|the reason|that was because|due to this|because of "
    r"this|this followed|this came after|the move (?:came|followed)|it (?:came|followed))",
    re.IGNORECASE,
)
NEGATIONS = frozenset("not no never neither nor none without n't cannot".split())

# Words of a title that come before a person's name ("Defense Secretary Lloyd Austin").
TITLE_WORDS = frozenset(
    """
    president minister secretary ambassador general leader spokesperson spokesman official
    chairman chairwoman director chief head prime foreign defense defence deputy vice senator
    governor mayor king queen prince princess commander envoy representative former acting
    supreme state interior dr mr mrs ms sir lord
    """.split()
)

# "What does X stand for?" asks for the long form of a name; these words are not its content.
EXPANSION_CUES = ("stand for", "stands for", "short for", "full name", "abbreviation", "acronym")
EXPANSION_WORDS = frozenset("stand stands short full name abbreviation acronym".split())
