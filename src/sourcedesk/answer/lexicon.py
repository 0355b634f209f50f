"""Word lists and patterns the answerer reads questions and sentences with (data only).

Nothing here is tuned to one desk: these are ordinary English function words, question words,
answer-shape patterns (dates, figures, names) and the cue phrases that introduce a reason.
"""

from __future__ import annotations

import re

from sourcedesk.research import currencies
from sourcedesk.research.date_patterns import TIME_ZONES


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a text, as a set (for word lists below)."""
    return frozenset(text.split())


STOPWORDS = words(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing done down during
    each else ever few for from further get gets got had has have having he her here
    hers herself him himself his how i if in into is it its itself just let lets me more
    most my myself no nor not now of off on once one only or other our ours ourselves
    out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up upon us very was we
    were what when where which while who whom whose why will with would you your yours
    yourself yourselves s t ll d ve re m according many much does did something anything
    someone anyone thing things kind type name called named known refer refers referred
    anybody somebody exactly precisely behalf
    """
)

# Auxiliaries that open a yes/no question and follow a question word ("when did ...").
AUXILIARIES = words(
    """
    is are was were am do does did has have had can could will would shall should may
    might must
    """
)

# Question words and the type each one asks for; longest phrases are tried first.
WH_PHRASES: tuple[tuple[str, str], ...] = (
    ("what was the reason", "why"),
    ("what is the reason", "why"),
    ("what were the reasons", "why"),
    ("for what reason", "why"),
    ("what reason", "why"),  # "What reason did she give for leaving?"
    ("what reasons", "why"),
    ("for what purpose", "why"),
    ("how come", "why"),
    ("what caused", "why"),
    ("what led to", "why"),
    ("what prompted", "why"),
    ("how many", "how_many"),
    ("how much", "how_much"),
    ("how long ago", "when"),
    ("how long", "how_much"),
    ("how quickly", "how_much"),  # "How quickly was the fire put out?": in how long
    ("how old", "how_much"),
    ("at what age", "how_much"),
    ("at which age", "how_much"),
    ("how far", "how_much"),
    ("how large", "how_much"),
    ("how big", "how_much"),
    ("how tall", "how_much"),
    ("how high", "how_much"),
    ("how often", "how_much"),
    ("how strong", "how_much"),
    ("how powerful", "how_much"),
    ("how severe", "how_much"),
    ("how deep", "how_much"),
    ("how heavy", "how_much"),
    ("how fast", "how_much"),
    ("how wide", "how_much"),
    ("how thick", "how_much"),
    ("how thin", "how_much"),
    ("how small", "how_much"),
    ("how short", "how_much"),
    ("how light", "how_much"),
    ("how narrow", "how_much"),
    ("how shallow", "how_much"),
    ("how low", "how_much"),
    ("how hot", "how_much"),
    ("how cold", "how_much"),
    ("since when", "when"),
    ("until when", "when"),
    ("what percentage", "how_much"),
    ("what percent", "how_much"),
    ("what proportion", "how_much"),
    ("what fraction", "how_much"),
    ("what share of", "how_much"),
    ("what amount", "how_much"),
    ("what number of", "how_many"),
    ("list", "list"),
    ("name the", "list"),
    ("when", "when"),
    ("where", "where"),
    ("whereabouts", "where"),  # "Whereabouts in town is the factory?"
    ("whom", "who"),
    ("whose", "who"),
    ("who", "who"),
    ("why", "why"),
    ("which", "which"),
    ("what", "what"),
    ("how", "how"),
)

# Parts of a day, asked as a time ("On which night …?") unless they describe the noun after
# them ("What was the night tour known as?").
PARTS_OF_DAY = words("night morning evening afternoon weekend")

# A "what/which NOUN" question takes the type its noun names.
FOCUS_TYPES: dict[str, str] = {
    **dict.fromkeys(
        [
            "year",
            "years",
            "date",
            "day",
            "month",
            "century",
            "decade",
            "era",
            "period",
            "time",
            "season",
            "week",
            "weekend",
            "night",
            "morning",
            "evening",
            "afternoon",
            "deadline",  # "What is the deadline for claims?": a date
        ],
        "when",
    ),
    **dict.fromkeys(
        [
            "country",
            "countries",
            "city",
            "cities",
            "place",
            "places",
            "region",
            "regions",
            "town",
            "towns",
            "location",
            "continent",
            "province",
            "area",
            "territory",
            "capital",
            "village",
            "river",
            "island",
            "street",  # "Which street is the depot on?": "a depot on Mill Lane"
            "road",
        ],
        "where",
    ),
    **dict.fromkeys(
        [
            "person",
            "people",
            "man",
            "woman",
            "men",
            "women",
            "president",
            "minister",
            "leader",
            "official",
            "ambassador",
            "spokesperson",
            "spokesman",
            "king",
            "queen",
            "emperor",
            "ruler",
            "author",
            "founder",
            "scientist",
            "writer",
            "secretary",
            "general",
            "commander",
            "chairman",
            "head",
            "politician",
            "diplomat",
            "director",
        ],
        "who",
    ),
    **dict.fromkeys(
        [
            "number",
            "amount",
            "quantity",  # "What quantity of chemicals was stored?": how much
            "bill",  # "What is the damage bill?": a sum
            "percentage",
            "share",  # "What share of voters turned out?": a figure
            "proportion",
            "fraction",
            "percent",
            "population",
            "size",
            "total",
            "figure",
            "cost",
            "price",
            "value",
            "sum",
            "revenue",
            "revenues",
            "profit",
            "profits",
            "income",
            "budget",
            "salary",
            "turnover",
            "earnings",
            "score",
            "bail",
            "bond",
            "fine",
            "fee",
            "fare",
            "rent",
            "valuation",
            "estimate",  # "the first estimate put the repair bill at …": a sum or a count
            "distance",  # "What distance separates the town from the dam?": a measure
            "length",
            "height",
            "depth",
            "width",
            "weight",  # "What weight of stone was dropped?": tonnes
            "speed",
            "debt",
            "deficit",
            "bonus",
        ],
        "how_much",
    ),
}

# Titles specific enough that a sentence without them is about someone else ("ambassador").
REQUIRED_TITLES = words(
    """
    ambassador minister president secretary spokesperson spokesman king queen emperor
    chancellor governor mayor senator general admiral envoy pope prime
    """
)

# Titles that open "<title> of <name>" in a question; the two are looked for apart.
ROLE_OPENERS = REQUIRED_TITLES | words(
    """
    ceo cfo coo cto chairman chairwoman chairperson chair director founder head chief owner
    editor
    """
)

# "What is X's job?" asks for a role or title.
# A page's key-fact row, "Label: value" ("Manager: Jonas Pell", "Built: 1851"): its label.
FACT_ROW = re.compile(r"^\s*([A-Za-z][^:;.]{0,39}):\s")
# Posts someone may take ("When did she become chief executive?").
POSTS = words(
    """
    leader chief ceo executive president chairman chairwoman chair director head manager mayor
    minister secretary governor editor captain coach principal commissioner premier speaker
    chancellor dean bishop pope king queen monarch emperor treasurer master chairperson
    """
)
ROLE_FOCUS = words(
    """
    job role position title post office occupation profession
    """
)

PERSON_PRONOUNS = frozenset(["he", "him", "his", "she", "her", "hers"])
THING_PRONOUNS = words(
    """
    it its that this they them their
    """
)
# Subject pronouns: after "did", "will" they are who does it, not the verb.
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | words("i you we she he")

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
MONTH_ABBREVIATIONS = [
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
HOLIDAYS = words(
    "christmas easter thanksgiving halloween hanukkah ramadan diwali passover eid advent lent xmas"
)
# Words that name a time of the calendar, never a person or a place ("a Christmas party").
CALENDAR_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | HOLIDAYS

NUMBER_WORDS = words(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen
    fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
    seventy eighty ninety hundred hundreds thousand thousands million millions billion
    billions trillion dozen dozens half third quarter single double triple twice thrice
    """
)

# A full month name takes no dot ("9 September." ends a sentence); an abbreviation may ("Sept.")
_MONTH = (
    r"(?:(?:"
    + "|".join(m.capitalize() for m in MONTH_ABBREVIATIONS)
    + r")\.?|"
    + "|".join(m.capitalize() for m in MONTHS)
    + r")"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d{3}|20\d{2})"
DATE_PATTERN = re.compile(
    rf"\b(?:{_DAY}\s+{_MONTH},?\s+{_YEAR}|{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_MONTH}\s+{_DAY}\b"
    rf"|{_DAY}\s+{_MONTH}|{_MONTH},?\s+{_YEAR}|(?:early|mid|late)[- ]{_YEAR}s?"
    rf"|(?:early|mid|late)[- ]{_MONTH}"
    rf"|{_YEAR}s?|\d{{1,2}}(?:st|nd|rd|th)\s+century|(?:[A-Z][a-z]+day)\b"
    rf"|(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}"
    rf"|(?:this|next|last|the)\s+(?:spring|summer|autumn|winter))(?!\w)"
)
# Units written glued to their figure ("512MHz", "16GB", "20km"); "m" and "b" are left out,
# as "$5m" and "3b" are more often millions and billions than metres or bytes.
GLUED_UNITS = words(
    """
    km cm mm kg mg ml mhz ghz hz khz gb mb tb kb mah mahr mp kbps mbps gbps kw mw gw kwh mwh
    mph kph kmh ft lb lbs oz
    """
)
# A compound number word ("twenty-one", "forty two"), one figure
TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
COMPOUND_NUMBER_WORD = rf"(?:{TENS_WORDS})[- ](?:{UNIT_WORDS})"
# Small figures as words, for a question's digits that a sentence spells out ("3" and "three",
# "3rd" and "third").
_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_ORDINAL_NUMBERS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
)
CARDINAL_WORDS: dict[int, str] = dict(enumerate(_SMALL_NUMBERS.split(" "))) | {
    10 * n: word for n, word in enumerate(TENS_WORDS.split("|"), start=2)
}
ORDINAL_WORDS: dict[int, str] = dict(enumerate(_ORDINAL_NUMBERS.split(" "), start=1))
# The number words as one regex alternation, longest first ("seventeen" before "seven"), after
# the compounds ("twenty-one" before "twenty").
NUMBER_WORD_ALTERNATION = "|".join(
    [COMPOUND_NUMBER_WORD, *sorted(NUMBER_WORDS, key=len, reverse=True)]
)
# The words that count on after a scale word ("two hundred" of "four thousand two hundred").
_COUNTING_WORDS = "|".join(
    [COMPOUND_NUMBER_WORD, *sorted(CARDINAL_WORDS.values(), key=len, reverse=True)]
)
_COMPOUND_NUMBER = re.compile(COMPOUND_NUMBER_WORD, re.IGNORECASE)


def is_number_word(text: str) -> bool:
    """Whether a text is one number word, compounds included ("two", "Twenty-one")."""
    low = text.lower()
    return low in NUMBER_WORDS or _COMPOUND_NUMBER.fullmatch(low) is not None


NUMBER_PATTERN = re.compile(
    # "39.4C", "38.7 °C": a temperature keeps its scale
    r"\b\d(?:[\d,.]*\d)?(?:\s?°\s?[CF]|C)\b"
    # "$22.6bn", "£48m", "€3k": an amount with its scale glued on
    r"|(?:US|A|C|NZ|HK)?[$€£¥]\s?\d(?:[\d,.]*\d)?(?:bn|tn|mn|m|k|b)(?!\w)"
    # "EUR 6.8 million", "USD 40": a currency's code before the figure belongs to it
    r"|(?:(?:US|A|C|NZ|HK)?[$€£¥]\s?|\b(?:EUR|USD|GBP|CHF|JPY|AUD|CAD|NZD|HKD|SGD|CNY|INR)\s)?"
    # ("1.2kg": no "1" cut before the decimal point; the glued unit's alternative reads it)
    r"\b\d(?:[\d,.]*\d)?(?![.,]\d)(?:\s?(?:%|per\s?cent|percent))?"
    r"(?:\s?(?:million|billion|trillion|thousand|hundred)|(?:bn|tn|mn|m))?(?!\w)"
    r"|\b\d(?:[\d,.]*\d)?(?=(?:" + "|".join(sorted(GLUED_UNITS, key=len, reverse=True)) + r")\b)"
    # a number word keeps its half and its share ("six and a half per cent"), and its
    # scale ("eight thousand", "a million"), and the words that follow a scale ("four
    # thousand two hundred", "three hundred and twelve")
    r"|\b(?:(?:" + NUMBER_WORD_ALTERNATION + r")|a(?=\s+(?:hundred|thousand|million|billion)\b))"
    r"(?:\s+(?:hundred|thousand|million|billion)\b)+"
    r"(?:(?:\s+and)?\s+(?:" + _COUNTING_WORDS + r")\b(?:\s+(?:hundred|thousand)\b)?)+"
    r"(?:\s+(?:per\s?cent|percent))?\b"
    r"|\b(?:(?:" + NUMBER_WORD_ALTERNATION + r")|a(?=\s+(?:hundred|thousand|million|billion)\b))"
    r"(?:\s+(?:hundred|thousand|million|billion)\b)*(?:\s+and\s+a\s+half)?"
    r"(?:\s+(?:per\s?cent|percent))?\b",
    re.IGNORECASE,
)
# Times of day ("1 p.m.", "4:25", "noon") and times on a clock ("2:09:14" of a race, whole):
# never a count, an amount or an age.
# British style writes "8.40pm"; a 24-hour time stands before its zone ("2045 GMT", "20:45 UTC").
CLOCK = re.compile(
    r"\b(?:\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\b"
    r"|noon|midnight"
    r"|[012]?\d[:.]?[0-5]\d\s?(?:" + "|".join(TIME_ZONES) + r")\b)",
    re.IGNORECASE,
)
# A time on a clock with its seconds ("2:09:14", "59:21.4"): how long a race or a task took.
ELAPSED = re.compile(r"\b(?:\d{1,2}:)?[0-5]?\d:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?\b(?!:)")
YEAR_PATTERN = re.compile(rf"\b{_YEAR}s?\b")
# Words as the index splits them, except that a figure such as 1,500 or 3.5 stays one token.
TOKEN_PATTERN = re.compile(r"(?:[^\W\d_]\.){2,}|\d+(?:[,.]\d+)*|[^\W_]+", re.UNICODE)

# Lower-case words that may sit inside a multi-word name ("Republic of Korea").
NAME_JOINERS = words(
    """
    of the de da del der van von al bin la le for
    """
)
# Capitalised words that open sentences or titles without being names.
NOT_NAMES = words(
    """
    the a an in on at of for and but or this that these those it its he she they we i
    you his her their our my as by to from with after before during when while if since
    however also there here then thus although though yet so what which who whom where
    why how mr mrs ms dr correction corrections update updated clarification disclosure
    nobody noone none everyone everybody someone somebody anyone anybody nothing everything
    """
)

# Acronyms of common nouns: a question's "TV network" names nothing a sentence must hold as a
# name ("to be carried on MSNBC" answers "Which TV network …?"). Those spelled out in
# `variant_data.COMMON_ACRONYMS` ("GDP") stay names, so that their long forms are met.
GENERIC_ACRONYMS = words(
    """
    tv tvs dna rna pc pcs ufo atm atms suv suvs hq cctv gps sms vip vips ngo ngos mp mps
    """
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
    "citing",  # "scuttled the talks, citing violence": the reason given
    "arguing that",  # "refused the bid, arguing that it was far too low"
    "complaining that",
    "on the grounds that",
    # a ruling's finding is its reason: "fined the board £2 million, finding that it had …"
    "finding that",
    "ruling that",
    "concluding that",
    "in honor of",  # "the shops shut in honor of the founding day"
    "in honour of",
    "in memory of",
    "in protest at",
    "in protest against",
    "in protest over",
    "for this reason",  # the reason is the sentence before (reasons.POINTS_BACK)
    "for that reason",
    "in order to",
    "so that",
    "since",
    "after",
    "over",
    "for",
    "as",
    "to",
    "saying",  # "refused the bid, saying the price was far too low"
)
# "X caused the collapse", "X led the firm to scrap it": the subject before one of these verbs
# is the reason for what follows.
CAUSE_VERBS = re.compile(
    r"\b(?:caused|cause|causes|led to|leads to|triggered|triggers|resulted in|results in"
    r"|brought about|was behind|were behind|contributed to"
    r"|(?:led|leads|prompted|forced|pushed)\s+(?:[\w'’-]+\s+){1,4}?to)\b"  # "led the firm to"
    # "a dry summer had allowed the blaze to spread"
    r"|\b(?:allowed|enabled|helped)\s+(?:the\s+|its\s+)?[\w'’-]+\s+to\b"
    # "…, prompting the band to sue": the clause before the participle is the cause
    r"|\s?,\s+(?:prompting|leading|forcing|pushing|causing|spurring)\s+(?:[\w'’-]+\s+){1,4}?to\b",
    re.IGNORECASE,
)
# Verbs that frame a question as asking a cause ("What did police blame the crash on?").
BLAME_WORDS = words("blame blames blamed blaming attribute attributes attributed attributing")
# "the collapse was caused by X": the reason follows one of these.
CAUSED_BY = re.compile(
    r"\b(?:caused by|triggered by|blamed on|attributed to|the result of"
    r"|a result of|down to"
    # "the fire was started by sparks from a baler", "set off by a rusted flange"
    r"|(?:started|sparked|set off|ignited|brought on) by|traced (?:back )?to)\b",
    re.IGNORECASE,
)
# "Engineers blamed a train for the collapse", "police attributed the crash to ice", "officials
# blamed the crash on ice": the verb's object or its second object is the cause, whichever of
# the two does not hold the question's words.
BLAMED_FOR = re.compile(
    r"\b(?:blamed|blames|blame|blaming)\s+(?!on\b|for\b)(.{2,120}?)\s+for\s+", re.I
)
BLAMED_ON = re.compile(
    r"\b(?:blamed|blames|blame|blaming|attributed|attributes|attribute|attributing)"
    r"\s+(?!on\b|to\b)(.{2,120}?)\s+(?:on|to)\s+",
    re.I,
)
# "A train was blamed for the collapse": the subject is the cause
WAS_BLAMED_FOR = re.compile(
    r"\s+(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?blamed\s+for\b", re.I
)
# A "how much" question about money ("How much did it cost?") is answered by a sum of money.
MONEY_QUESTION = re.compile(
    r"\b(?:cost|costs|costing|spend|spent|pay|paid|paying|pays|money|price|priced|worth|budget|funding|fund|fine|"
    r"fined|bill|charge|charged|fee|fees|salary|wage|revenue|profit|invest|invested|export|"
    r"exported|import|imported|sell|sold|buy|bought|raise|raised|bail|ransom|compensation|"
    r"damages|reward|loan|loans|grant|donation|donated|settlement|severance|pension|payout|"
    r"award|awards|awarded|owe|owes|owed|repay|repays|repaid|repaying|refund|refunded|reimburse\w*|"
    r"gross(?!\s+(?:domestic|national|margin|profit|income))|grossed|grosses|earn|earned|earns|"
    r"takings|box office|deficit|deficits|debt|debts|surplus|shortfall|turnover|overspend)\b",
)  # lower case only: "the Congressional Budget Office" asks no money
MONEY = currencies.MONEY  # a sign or a currency's name: "$", "euros", "5 billion won"
# Verbs of saying, as written in a sentence and in a question.
SAID_FORMS = "said says announced told reported stated added wrote confirmed claimed tweeted"
SAY_FORMS = "say announce tell report state confirm claim tweet write publish published"
# "How wide / tall / deep ...?": the adjective stays a (light) word of the question, as the
# sentence that answers often says it ("the 1,900-mile-wide moon", "330 metres tall").
DIMENSION_WORDS = words("wide tall high deep heavy big large thick thin")
# "How fast do the cabins travel?" asks a speed, which a sentence may tell by "speed" ("fast"
# stays a word of the question); "How fast did she run it?" asks how long, as "How quickly
# …?" does, and "How fast does it get to 62 mph?" too
SPEED_QUESTION = re.compile(
    r"^\s*how fast\s+(?:do|does|can|is|are)\b(?!.*\b(?:get|gets|reach|reaches|accelerate)\b)"
    r"|^\s*how fast\s+(?:was|were)\s+(?:\w+\s+){1,4}?\w+ing\b"  # "… was the ferry going?"
    r"|^\s*(?:\w+ly\s+)?(?:at\s+)?(?:what|which)\s+(?:\w+\s+)?speed\b",  # "Roughly what speed …?"
    re.IGNORECASE,
)
# "How far … on one charge?", "How long … on bail?": a measure is asked, whatever money word
MEASURE_HOW = re.compile(
    r"^\W*how\s+(?:far|long|old|fast|quickly|soon|often|"
    + "|".join(sorted(DIMENSION_WORDS))
    + r")\b",
    re.IGNORECASE,
)


# Words of a sentence about paying: a figure in it with an unknown word after it may be a sum
# in a currency no table knows ("will receive 1,500 marks in compensation").
MONEY_CUE = re.compile(
    r"\b(?:compensation|paid|pay|pays|payment|payments|cost|costs|fine|fined|worth|price|fee"
    r"|fees|salary|budget|grant|refund|refunds|reward|ransom|bribes?)\b",
    re.IGNORECASE,
)


def asks_money(question: str) -> bool:
    """Whether a question asks for a sum of money ("How much did it cost?", "What was the
    fine?"), not a measure ("How far can it travel on one charge?")."""
    if MONEY_QUESTION.search(question) is None:
        return False
    return MEASURE_HOW.match(question) is None or SIZE_OF_A_SUM.match(question) is not None


# "How did she vote?", "How did the Senate vote on the plan?": for or against, or the tally
VOTE_QUESTION = re.compile(
    r"\bvoted?\s*\?*$|^\W*how\s+(?:did|do|does|will|would|had|has|have)\b.*\bvote\b",
    re.IGNORECASE,
)
# "How large a deficit …?", "How big was the fine?": the size of a sum is the sum
SIZE_OF_A_SUM = re.compile(r"^\W*how\s+(?:large|big|high|small|low)\b", re.IGNORECASE)


# "..., the board said on 12 September": a date right after one of these dates the statement.
ATTRIBUTION = re.compile(
    rf"\b(?:{'|'.join(SAID_FORMS.split())})\s+"
    r"(?:(?:at|in|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,2})?"  # "said at a news conference"
    r"(?:on\s+|in\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
# "When did the board say ...?" asks for exactly such a date.
SAYING_QUESTION = re.compile(
    rf"\b(?:{'|'.join((SAID_FORMS + ' ' + SAY_FORMS).split())})\b", re.IGNORECASE
)
# Questions that ask what happened, not for a thing: the answer is the event's whole sentence.
EVENT_QUESTION = re.compile(
    r"\bwhat\s+(?:(?:has|had|have)\s+)?"
    r"(?:happened|happens|occurred|took place|went on|is going on"
    r"|(?:will|would|is\s+to|is\s+going\s+to)\s+happen|is\s+happening)\b",
    re.IGNORECASE,
)
# "What was the lawsuit about?": a topic, which the whole sentence tells, never one word
ABOUT_QUESTION = re.compile(r"^\W*what\s+(?:is|was|are|were)\s+.+\s+about\s*\?\s*$", re.I)
# "What happened between X and Y?", "What happened in Kessel?": an overview of events, which a
# page's opening sentences give ("What happened to the ground water?" asks about one thing).
OVERVIEW_QUESTION = re.compile(
    EVENT_QUESTION.pattern + r"\s*(?:\?|$|(?:between|in|at|during|with|on)\b)",
    re.IGNORECASE,
)
# Questions that ask how things stand ("What is the state of relations between …?", "How are
# relations between …?", "What is the nature of the dispute?"): a description, so the answer
# is the whole sentence that gives it, not a phrase cut from it.
STATE_QUESTION = re.compile(
    r"\bwhat\s+(?:is|was|are|were)\s+the\s+(?:current\s+|present\s+)?"
    r"(?:state|status|nature)\s+of\b"
    r"|\bwhat\s+(?:is|was|are|were)\s+the\s+(?:current\s+)?(?:relationship|relations|ties)\s+"
    r"between\b"
    r"|\bhow\s+(?:are|were|do|did)\s+(?:the\s+)?(?:relations|ties)\b"
    r"|\bwhat\s+(?:are|were)\s+(?:the\s+)?(?:relations|ties)\b[^?]*\blike\b",
    re.IGNORECASE,
)
# Openings of a sentence that gives the reason for the one before it.
REASON_OPENERS = re.compile(
    r"^(?:the reason|due to this|because of this|as a result"
    r"|(?:this|that|it|the \w+)\s+(?:was|is|came|comes|followed|follows|happened)\s+"
    r"(?:because|after|as|due to|in response|following|over|amid))",
    re.IGNORECASE,
)
NEGATIONS = words(
    """
    not no never neither nor none without n't cannot unable
    """
)

# Words of a title that come before a person's name ("Defense Secretary Ines Varo").
TITLE_WORDS = words(
    """
    president minister secretary ambassador general leader spokesperson spokesman
    official chairman chairwoman director chief head prime foreign defense defence
    deputy vice senator governor mayor king queen prince princess commander envoy
    representative former acting supreme state interior dr mr mrs ms sir lord
    """
)

# Titles a question may run into a person's name ("U.S. Attorney Lane Hollis"): a sentence may
# give the name without them ("said U.S. Attorney Mara Lane Hollis", "Hollis said"). Not "general"
# or "state", which open names of things ("General Electric", "State Department").
PERSON_TITLES = words(
    """
    president minister secretary attorney governor senator mayor ambassador chairman
    chairwoman director spokesman spokeswoman judge dr mr mrs ms sen gov rep
    """
)

# Lower-case nouns that stand in a title before a name ("army spokesman Piet Varga").
ROLE_NOUNS = TITLE_WORDS | words(
    """
    spokeswoman attorney judge prosecutor lawyer reporter correspondent editor analyst
    professor officer coach captain colonel lieutenant sergeant sheriff detective executive
    founder manager adviser advisor economist researcher scientist historian lawmaker
    chairperson commissioner inspector investigator superintendent curator
    district federal senior assistant regional associate managing national county
    quarterback defender striker goalkeeper midfielder pitcher linebacker player host
    presenter anchor singer actor actress pilot negotiator envoy mediator
    diplomat politician legislator writer novelist poet journalist photographer
    producer director musician composer engineer architect doctor surgeon nurse teacher
    consultant strategist commentator campaigner blogger premier chancellor owner expert
    driver farmer shopkeeper mechanic electrician builder labourer laborer firefighter
    skipper sailor publicist boss councillor councilor cofounder co-founder trustee auditor
    paramedic physician dean rector provost headteacher headmaster registrar ombudsman
    administrator organiser organizer activist lobbyist banker accountant clerk nominee
    incumbent delegate consul
    """
)
# Words a title before a name ends on ("Ambassador …", "CEO …").
TITLE_HEADS = ROLE_NOUNS | ROLE_OPENERS

# Role words that mostly modify the noun after them ("state religion", "district court",
# "chief executive"): no person is asked for by them alone.
MODIFYING_ROLES = words(
    """
    district federal senior assistant regional associate managing national county head chief
    foreign defense defence deputy vice prime state supreme former acting interior general
    executive office mission
    """
)

# "What does X stand for?" asks for the long form of a name; these words are not its content.
EXPANSION_CUES = ("stand for", "stands for", "short for", "full name", "abbreviation", "acronym")
EXPANSION_WORDS = words(
    """
    stand stands short full name abbreviation acronym
    """
)

# Words that carry little of a question's meaning: light verbs, vague nouns, hedges. They
# count LIGHT_WEIGHT of their IDF so that a paraphrase of them does not sink a good sentence.
# ("originally", "previously", "formerly" are no such adverbs: "What was it originally
# called?" is a near miss against its present name, which SQuAD's unanswerables test.)
LIGHT_WEIGHT = 0.3
# The particles of two-word verbs ("hand out", "shut down", "went back to")
PARTICLES = words("out up off down back over away")
LIGHT_WORDS = words(
    """
    say said says tell told make made makes take took taken give gave given get got put
    go went come came become became first last new main other various certain most
    mostly least value amount total part kind sort way thing things stuff happen
    happened reportedly allegedly actually really currently still already ever soon back
    mention mentioned according cited coverage article report reports story source
    sources page saying telling making taking giving getting gets going coming becoming
    try tries tried trying attempt attempted attempting decide decided decides
    eventually finally ultimately officially properly exactly roughly approximately apparently
    altogether overall yet
    """
)
# Adverbs that may stand between a subject and its verb ("a neighbour first raised the alarm",
# "Who first alerted …?"): the verb's doer is still the phrase before them.
VERB_ADVERBS = words("first later then also finally eventually initially originally actually")
FOCUS_WEIGHT = 0.3  # the noun after "what/which" names the answer's kind; it is often absent

# Irregular past forms and participles, read as their base verb when words are compared.
IRREGULAR_VERBS: dict[str, str] = {
    past: base
    for entry in words(
        """
    withdraw:withdrew,withdrawn break:broke,broken take:took,taken begin:began,begun
    fight:fought send:sent meet:met sell:sold buy:bought build:built win:won lose:lost
    lead:led hold:held give:gave,given make:made say:said tell:told write:wrote,written
    run:ran rise:rose,risen fall:fell,fallen draw:drew,drawn choose:chose,chosen
    speak:spoke,spoken become:became come:came go:went,gone see:seen think:thought
    bring:brought catch:caught teach:taught know:knew,known grow:grew,grown
    throw:threw,thrown fly:flew,flown freeze:froze,frozen steal:stole,stolen
    strike:struck,stricken sink:sank,sunk shoot:shot hide:hid,hidden pay:paid lay:laid
    seek:sought flee:fled forbid:forbade,forbidden hang:hung keep:kept swear:swore,sworn
    tear:tore,torn wear:wore,worn wake:woke,woken stand:stood understand:understood
    feel:felt deal:dealt mean:meant spend:spent lend:lent drive:drove,driven
    ride:rode,ridden eat:ate,eaten beat:beaten do:did,done get:got,gotten show:shown
    sing:sang,sung swim:swam,swum shake:shook,shaken forget:forgot,forgotten
    arise:arose,arisen sit:sat split:split spread:spread slay:slew,slain shut:shut put:put
    quit:quit let:let
    overtake:overtook,overtaken undertake:undertook,undertaken
    overthrow:overthrew,overthrown foresee:foresaw,foreseen withhold:withheld
    find:found hear:heard leave:left feed:fed bleed:bled bear:bore,borne dig:dug
    stick:stuck sweep:swept sleep:slept bend:bent spin:spun swing:swung ring:rang,rung
    drink:drank,drunk shrink:shrank,shrunk forgive:forgave,forgiven bite:bitten
    """
    )
    for base, forms in [entry.split(":")]
    for past in forms.split(",")
}


def past_form(word: str) -> bool:
    """A past verb or participle by its form: "charged", "built", "rebuilt" (folded, lower
    case)."""
    if word.endswith("ed") or word in IRREGULAR_VERBS:
        return True
    prefix = VERB_PREFIX.match(word)
    return prefix is not None and word[prefix.end() :] in IRREGULAR_VERBS


VERB_PREFIX = re.compile(r"(?:re|un|mis|over|out|under)(?=[a-z]{3})")


# An irregular verb's forms by its base ("eat" -> "ate", "eaten"), for searching.
VERB_FORMS: dict[str, frozenset[str]] = {}
for _past, _base in IRREGULAR_VERBS.items():
    VERB_FORMS[_base] = VERB_FORMS.get(_base, frozenset()) | {_past}

# Units a figure keeps in its answer ("1,986 m", "26 years", "48 million krona").
UNITS = (
    words(
        """
    m km cm mm metres meters metre meter kilometres kilometers miles mile ft feet foot inches
    inch millimetres millimeters millimetre millimeter centimetres centimeters yards yard
    kg g tonnes tons tonne pounds lb ounces oz litres liters gallons hectares acres sq
    years year months month days day hours hour minutes seconds weeks decades centuries
    people persons inhabitants residents soldiers troops members students percent per cent
    dollars euros krona kronor krone kroner crowns yen rubles roubles pesos francs rupees yuan
    magnitude mph kph degrees knots times
    grams gram kilograms kilogram milligrams kilos tons megawatts kilowatts watts gigawatts
    barrels bushels calories votes seats cases deaths megapixel megapixels km/h m/s km/s
    °c °f celsius fahrenheit decibels decibel
    """
    )
    | GLUED_UNITS
)  # "512MHz", "16GB" (not "v": "won 2 v 1")
# Words that make the next word a unit ("100 metric tons", "30 square miles").
UNIT_QUALIFIERS = words("metric square cubic nautical light short long working business calendar")
# Units a "how long" answer is measured in: time, or length ("How long is the bridge?").
DURATION_UNITS = words(
    """
    second seconds minute minutes hour hours day days night nights week weeks month months
    year years decade decades century centuries
    """
)
LENGTH_UNITS = words(
    """
    m km cm mm metres meters metre meter kilometres kilometers miles mile ft feet foot inches
    inch millimetres millimeters millimetre millimeter centimetres centimeters yards yard
    """
)
DURATION_QUESTION = re.compile(
    r"^\s*(?:for\s+)?how (?:long\b(?! ago)"
    r"|(?:quickly|fast)\s+(?:did|had|has|have|could|would|will|"
    r"(?:was|were)(?!(?:\s+\w+){1,4}\s+\w+ing\b))\b)",
    re.IGNORECASE,
)  # "How quickly did crews put it out?": in how long; "How quickly is it rising?" asks a rate
# "How fast was the bus moving?" asks a speed (see SPEED_QUESTION).
# "How fast did she run the course?": in how long, as "How quickly did …?" asks.
# Things laid out in space: "How long is the cable?" asks a length, not a time.
LONG_THINGS = words(
    """
    cable cables bridge bridges river rivers road roads tunnel tunnels wall walls runway
    runways track tracks pipeline pipelines border borders coast coastline beach trail trails
    route canal canals ship ships boat vessel train line lines corridor street highway
    motorway rope wire fence course island peninsula lake dam network detour detours
    diversion diversions channel channels chute chutes spillway spillways pipe pipes pier piers
    jetty platform platforms queue queues barrier barriers embankment
    """
)
# A span of time said in words ("several more years", "a few weeks", "two decades").
DURATION_PHRASE = re.compile(
    r"\b(?:several|a few|few|many|some|a couple of|an?|\d[\d,.]*|"
    + NUMBER_WORD_ALTERNATION
    + r")(?:\s+|-)(?:more\s+|further\s+|additional\s+|other\s+)?(?:"
    + "|".join(sorted(DURATION_UNITS, key=len, reverse=True))
    + r")\b(?:\s+and\s+a\s+half\b)?",  # "an hour and a half"
    re.IGNORECASE,
)

# Words that bound a figure and belong with it ("more than 2,500", "less than 10 minutes"):
# before a figure, and opening a figure span ("below 5 °C"), to read the figure alone.
_FIGURE_BOUNDS = (
    r"(?:no\s+)?(?:more|less|fewer)\s+than|about|around|nearly|almost|roughly|approximately"
    r"|at\s+least"
    r"|at\s+most|up\s+to|over|under|below|above"
)
FIGURE_QUALIFIER = re.compile(rf"\b(?:{_FIGURE_BOUNDS})\s+$", re.IGNORECASE)
LEADING_FIGURE_QUALIFIER = re.compile(rf"^(?:{_FIGURE_BOUNDS})\s+", re.IGNORECASE)
# Pronouns a verb takes as its object ("sentenced him", "achieve this").
OBJECT_PRONOUNS = words("him her it them")
DEMONSTRATIVE_OBJECTS = words("this that these those")

FRACTION_WORDS = words("half third quarter")  # number words that are no count
# A share said in words ("over half", "a majority"), besides FRACTION_WORDS and their plurals.
SHARE_IN_WORDS = FRACTION_WORDS | words("halves thirds quarters fifths majority minority")
REPEAT_WORDS = words("once twice thrice")  # how often a thing happened, never how many
ORDINALS = words(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth last
    """
)
RANK_FOCUS = words("rank ranking position place order")
# "What species of bat …?" asks the words before "bat"; a strain or a model is asked by name
KIND_WORDS = words("kind type sort form species breed variety model make")
FRACTION = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine)[- ](?:half|halves|third|thirds|"
    r"quarter|quarters|fifth|fifths|sixth|sixths|seventh|sevenths|eighth|eighths|ninth|ninths|"
    r"tenth|tenths)\b",
    re.IGNORECASE,
)

# Focus nouns of a question that asks what something is called ("what is the term for ...").
NAME_FOCUS = words("term name word nickname title")
# Words that never answer on their own ("However", "Must", "Best", "Similar"); an object that
# opens on one starts after it ("replaces the similar iPod Mini").
NEVER_ALONE = words(
    """
    however even must might may can could would should will shall also still yet thus hence
    therefore moreover nevertheless instead best worst least most more less better worse
    similar same former latest previous separate further additional different distinct
    another other extra
    """
)
# Nouns a "that" clause after them states the content of ("his vow that Britain would leave").
CONTENT_NOUNS = words(
    """
    vow promise pledge claim belief fear hope warning assertion allegation allegations news
    rumour rumor idea notion suggestion assurance argument theory view message conclusion
    finding accusation accusations threat demand statement
    """
)

# Words of a question that ask for persons ("who were the people who died?").
# Last words of names that are a kind of the asked thing: "6th Avenue" answers "what street?".
_STREETS = "street avenue road boulevard lane drive highway route square"
FOCUS_HEADS: dict[str, frozenset[str]] = {
    focus: words(heads)
    for focus, heads in {
        "street": _STREETS,
        "road": _STREETS,
        "highway": _STREETS,
        "hotel": "hotel inn suites motel lodge",
        "newspaper": "times post journal herald gazette tribune chronicle news",
        "paper": "times post journal herald gazette tribune chronicle news",
        "school": "school college university academy institute",
        "hospital": "hospital infirmary clinic hospice",
        "mountain": "mountain mount peak",
        "island": "island isle islands",
        "force": "police constabulary force service",  # "Which police force …?"
        "line": "line lines rail railway railways",  # "Which shipping line …?", "… Rail"
    }.items()
}

# Heads of a description that stands for whom the text named before ("The former … star, 42,",
# "The stock rose 3% ...").
DESCRIBED_SUBJECTS = words(
    """
    star actor actress singer player couple pair company firm suspect victim coach author
    director musician comedian politician lawmaker stock shares brand retailer carrier airline
    manufacturer maker bank lender insurer chain startup
    """
)

# Focus nouns that ask for a word itself ("Which word did the ministry use to belittle it?").
WORD_FOCUS = words(
    """
    word words term terms phrase phrases expression expressions nickname nicknames label
    labels slogan slogans epithet epithets adjective adjectives
    """
)
# "... use (to describe / to belittle) ...": how the word was used frames the question; the
# sentence says it another way ("called the move ‘miserable’").
# A run of letters: a word without its digits or marks ("Tarnhold's" gives "Tarnhold", "s").
LETTERS = re.compile(r"[^\W\d_]+")
WORD_USE_FRAME = re.compile(
    r"\b(?P<use>use|used|uses|using)\b"
    r"(?:\s+(?:\w+\s+){0,3}?(?:to|in order to)\s+(?P<verb>[a-z]+))?",
    re.IGNORECASE,
)
# "Where does X work?": the sentence that answers names the place of work ("X, a professor at
# the University of Kabul"), seldom the verb itself.
WORKPLACE_FRAME = re.compile(
    r"^\s*where\s+(?:do|does|did|has|have|had)\s+.+?\s+(?P<verb>work|worked|works|working)"
    r"\s*\??\s*$",
    re.IGNORECASE,
)

# "due to appear", "expected to rule": words that only say an act is planned, which a sentence
# tells in its own way ("will appear", "is to rule"). "due to" also gives a cause ("due to
# nuclear power"), so "due" is light only before a verb of this list.
SCHEDULE_FRAME = re.compile(
    r"\b(?:(?P<word>expected|scheduled|slated|poised)\s+to\s+"
    r"(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your)\b)[a-z]+"
    r"|(?P<due>due)\s+to\s+(?:be|appear|arrive|begin|start|open|close|face|return|land|leave"
    r"|meet|testify|stand|go|take|hear|rule|vote|sign|finish|end|launch|release|report|speak"
    r"|visit|resume|expire|retire|fly|deliver|enter|make|announce|decide|pay))\b"
)

# Focus nouns that ask for a named body or place, never for a figure ("which company?").
NAMED_FOCUS = words(
    """
    chain chains
    publication publications magazine magazines journal journals outlet outlets website websites
    company companies firm firms organisation organization organisations organizations
    group groups agency agencies bank banks party parties team teams country countries city
    cities town towns newspaper newspapers university universities department departments
    ministry ministries union unions club clubs airline airlines brand brands network
    station stations broadcaster broadcasters studio studios publisher publishers ship ships
    vessel vessels warship warships maker makers manufacturer manufacturers carmaker
    carmakers automaker automakers retailer retailers carrier carriers developer developers
    institution institutions employer employers model models
    """
)

# The nouns by which a question asks for a company or other body, which a place or a quoted
# title never answers ("Which company runs the ferry?").
BODY_FOCUS = words(
    """company companies firm firms organisation organization group agency bank union
    operator operators airline carrier maker manufacturer publisher broadcaster body bodies
    regulator watchdog contractor force forces retailer retailers supplier suppliers insurer
    insurers lender lenders"""
)

# Last words of the name of a body that an acronym may open ("NVA Security"), beside
# research.entity_data.ORG_KEYWORDS ("EVA Airways", "BBC News").
BODY_HEADS = words(
    """
    air international college energy oil gas industries security services airport
    """
)

# "What did X say / tell / write ...?": the answer is what was said.
# "What did she say?", "What did he tell reporters about it?" -- not "What did she say
# Starship could deliver?", which asks the object of "deliver".
WHAT_SAID_QUESTION = re.compile(
    r"^\s*what\s+(?:did|does|do|has|have|had|will|would)\b.*\b(?:say|tell|write|announce|"
    r"claim|add|state|warn|tweet|admit|acknowledge|concede|insist|argue|explain|deny|conclude|"
    r"find|rule|recommend|(?:show|reveal)(?=\s*(?:\?|$|about\b|of\b|on\b)))\b(?!\s+(?:(?!when|after|before|while|if|about)\w+\s+){0,3}"
    r"(?:could|would|will|can|should|might|"
    r"may|must|had|has|was|were|is|are)\b)",
    re.IGNORECASE,
)
# "What did the inquiry conclude / find?": only a sentence that tells its finding
# ("concluded that …") answers; a sentence merely about the inquiry does not.
FINDING_QUESTION = re.compile(
    r"^\s*what\s+(?:did|does|do|has|have|had|will|would)\b.*\b(?:conclude|find|rule"
    r"|(?:show|reveal)(?=\s*(?:\?|$|about\b|of\b|on\b)))\b",
    re.IGNORECASE,
)

# Words that end a name and mean nothing alone ("Tessel Co.", "Alan Smith Jr.").
NAME_TAILS = words("co inc ltd corp llc plc jr sr ii iii")

# Verbs that deny what follows them: "declined to comment" says no comment was made.
# Words that doubt what a sentence tells ("the fire is unlikely to have been set"): a "no".
DOUBTING_WORDS = words("unlikely improbable doubtful implausible")

NEGATING_VERBS = words(
    """
    declined declines refused refuses denied denies abandoned abandons dropped scrapped
    cancelled canceled rejected rejects failed fails halted suspended severed severs ended
    ends terminated terminates terminating revoked revokes withdrew withdrawn shelved shelves
    dismissed dismisses rebuffed rebuffs postponed postpones postpone deferred defers defer delay
    """
)

# Focus nouns answered only by a country ("which countries ...?").
COUNTRY_FOCUS = words("country countries nation nations")
# An institution or a building is named as itself, never by the state or country it is in.
INSTITUTION_FOCUS = words(
    """
    hospital hospitals school schools college colleges prison prisons jail church churches
    hotel hotels airport airports station stations stadium stadiums museum museums court
    courts store stores shop shops restaurant restaurants building buildings clinic clinics
    practice practices surgery surgeries pharmacy pharmacies
    depot depots factory factories warehouse warehouses terminal terminals garage garages
    """
)
# Focus nouns that never ask for a person: a body of people (a firm, a paper, a team), an
# institution or a building, a place.
# Things no person is: "What offence are prosecutors investigating?" is not "Maren Tolliver".
THING_FOCUS = words(
    """
    offence offense offences offenses crime crimes charge charges illness disease condition
    drug medicine product products substance weapon vehicle cause problem defect fault
    model models version versions error errors mistake mistakes flaw flaws
    """
)
PERSONLESS_FOCUS = (
    NAMED_FOCUS
    | INSTITUTION_FOCUS
    | THING_FOCUS
    | frozenset(k for k, v in FOCUS_TYPES.items() if v == "where")
)

# Titles of address that say nothing of a person's role.
HONORIFICS = words("dr mr mrs ms miss mx sir dame prof cllr")  # "Cllr": a councillor

# Acronyms that open a ship's (or a station's) name rather than standing for a body.
NAME_PREFIX_ACRONYMS = words("ins uss hms mv ss rms hmas hmcs nrp")

# Nouns for many things at once: "what gear did they find?" asks for a list.
MASS_NOUNS = words(
    """
    gear equipment luggage baggage furniture clothing machinery software hardware
    weaponry ammunition produce cargo
    """
)

# Prepositions that open where something is ("in a small laundry basket").
PLACE_PREPOSITIONS = words("in inside into at under beneath behind near outside on aboard")
# Nouns that follow a place preposition without naming a place ("at the expense of",
# "into contact with", "in the wake of").
NOT_PLACE_HEADS = words(
    """
    expense contact time times least most fact order addition part favour favor response
    charge power case effect effects terms touch way process meantime past future wake
    name behalf light view spite lieu accordance return exchange support opposition public
    private general particular total advance danger trouble fear doubt question turn
    interest interests line lines course end moment words word sum short detail details
    attempt attempts bid effort efforts hope hopes talks talk practice theory principle
    connection relation regard respect search pursuit memory honour honor celebration
    present reference references trade first suspicion charges grounds basis condition
    conditions bail probation parole average record duty strike display sale offer loan alert
    standby schedule purpose accident mistake error instructions orders behalf
    whether what which who whom whose how why when if
    """
)
# Words of time that a place preposition may open ("in the morning", "at night").
TIME_WORDS = words(
    """
    morning afternoon evening night day week month year years decade century weekend
    spring summer autumn fall winter moment hour hours minute minutes past future
    """
)
# Compass words that place one thing against another ("south of the capital").
DIRECTIONS = words(
    """
    north south east west northeast northwest southeast southwest north-east north-west
    south-east south-west
    """
)
# Heads too general to answer "who" by themselves ("the man who ...").
GENERIC_PEOPLE = words("man woman person people men women one someone anyone those")
# Words any two sentences on a topic share ("the two countries had trade relations" and
# "severed relations with the country"): no evidence that they tell one thing.
WEAK_WORDS = NUMBER_WORDS | TIME_WORDS | GENERIC_PEOPLE | words("country countries nation nations")
RELATIVE_PRONOUNS = words("who")  # "that" also follows verbs ("said that")

# Relatives, singular and plural: the people a kinship noun asks for ("which siblings").
KIN_NOUNS = words(
    """
    child children kid kids son sons daughter daughters wife wives husband husbands spouse
    spouses sibling siblings brother brothers sister sisters mother father parent parents
    grandchild grandchildren grandson grandsons granddaughter granddaughters grandmother
    grandfather grandparents uncle uncles aunt aunts nephew nephews niece nieces cousin cousins
    """
)
PEOPLE_WORDS = words("people person persons victims victim dead men women children residents")

# Last words of a name that make it a built place, not a person ("Lisk Bridge", "Union Station").
STRUCTURE_HEADS = words(
    """
    bridge street road avenue square station airport port harbour harbor tower building
    hospital school stadium park hall theatre theater church cathedral museum library dam
    canal tunnel highway motorway centre center mall market castle palace bay lake
    gallery galleries arena quay wharf dock docks pier terminal marina farm acre meadow moor
    estate crescent terrace
    """
)

# Capitalised nouns whose possessive stays inside a name ("People's Republic", "Women's Institute").
NAME_POSSESSORS = words("people workers women children men king queen veterans farmers")

# Words before a noun: "the final report", "its statement" (a noun, not the verb to report).
NOUN_MARKERS = words("the a an its their his her our this that final new first latest annual")

# "What did the ministry call the decision?": someone's word for a thing, which only a sentence
# that calls, names or describes it gives (not any name in a sentence about the decision). The
# verb has an object: "call for …" and "the name change" are no calling.
CALLED_BY_SOMEONE = re.compile(
    r"^\s*what\s+(?:did|does|do|has|have|had|will|would)\b.*\b(?P<verb>call|dub|name|term|label|"
    r"brand|describe)\s+(?:(?:the|a|an|it|its|this|that|these|those|him|her|them|his|their)\b|(?-i:[A-Z]))",
    re.I,
)
# "What was the reaction of X?": a deed or a statement, which only the whole sentence tells.
# Words of an age ("55 years old", "six weeks", "8-year-old").
AGE_UNITS = words("year years old month months week weeks day days")
REACTION_NOUNS = words("reaction reactions response responses reply replies")
# "How did X respond?": what was said of it, or else the whole sentence that tells the deed.
REACTION_QUESTION = re.compile(r"\b(?:react|reacted|respond|responded|reply|replied)\b", re.I)
# "How did X respond?" (not "How quickly did they respond?": a time)
HOW_REACTED = re.compile(
    r"^\s*how\s+(?:did|does|do|will|would|has|have|had|is|are|was|were)\b.*\b(?:react|reacted|"
    r"respond|responded|reply|replied)\b",
    re.I,
)
# "for the first time since 1965", "its first win since …": when it last happened, which
# "first" does not deny
FIRST_SINCE = re.compile(r"\bfirst\b(?:\s+[\w'’-]+){0,3}\s+since\b", re.IGNORECASE)
# Questions about what something was called: the answer is often a quotation.
CALLING_QUESTION = re.compile(
    r"\b(?:call|called|calls|describe|described|label|labelled|labeled|dub|dubbed|brand|branded)\b",
    re.IGNORECASE,
)

# Nouns a "what"/"which" question asks through for a figure ("What percentage …?", "Which year
# …?"); after any other noun ("Which part …?") a bare figure is no answer.
FIGURE_FOCUS = words(
    """
    number numbers percentage percent share proportion fraction ratio amount amounts figure
    figures total sum count score scores rate rates price prices cost costs value fee fees
    age population size temperature speed height length width depth weight distance area
    volume capacity year years decade decades century centuries date dates day days month
    months week weeks hour hours minute minutes time times period era season seasons
    number-one rank ranking position place grade level levels version edition episode chapter
    round stage floor gate platform route flight channel address frequency budget salary
    income revenue profit loss debt wage wages tax fine deficit surplus growth margin majority
    minority odds dose record tally range mileage power output horsepower torque degree
    degrees portion quantity mass energy voltage pressure density altitude elevation duration
    lifespan attendance turnout toll enrollment enrolment audience crowd viewership rating ratings
    vote votes
    circulation readership membership headcount stake stakes limit limits worth
    savings synergies compensation payout bonus reward ransom damages penalty penalties funding
    target targets increase increases hike hikes cut cuts reduction payment payments refund refunds
    estimate estimates forecast forecasts projection projections valuation valuations
    """
)
# Of those, the nouns only a figure answers, never a word: "What was the turnout?" is no
# "twice", "What was his majority when he first won?" no "former headteacher".
QUANTITY_FOCUS = words(
    """
    percentage percent proportion price prices cost costs fee fees fare fares population
    temperature speed height length width depth weight distance area salary income revenue
    profit loss debt wage wages fine deficit surplus margin majority turnout toll attendance
    membership headcount compensation payout ransom damages funding increase rise raise hike
    reduction payment payments refund refunds
    """
)

# Plural nouns that name one sum, not a list of things ("What annual savings …?").
MONEY_FOCUS = words("savings synergies damages earnings proceeds")

# What "which …?" asks for when it asks for a settlement, the narrowest place a page gives.
SETTLEMENT_FOCUS = words(
    """
    town towns city cities village villages suburb suburbs borough neighbourhood neighborhood
    district area place municipality community locality hamlet
    """
)
