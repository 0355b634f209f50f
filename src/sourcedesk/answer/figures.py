"""Figures as answers: spans of time for "how long", currency kept, figures that are no count.

"How long?" wants a unit of time or length ("less than 10 minutes", "two-day", "several more
years"), never a bare figure; "$8 billion" is given with its sign; "Fortune 100" is a name.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.agreement import number_value
from sourcedesk.answer.question import PART_COUNTED, Question, asks, asks_length_of_a_thing
from sourcedesk.answer.retrieve import SentenceWords
from sourcedesk.answer.spans import boundary_between
from sourcedesk.answer.variant_data import COMMON_ACRONYMS
from sourcedesk.answer.variants import fold, singular, stem, synonyms
from sourcedesk.research.currencies import ASKABLE_WORDS, currency_of

SHARE_CUES = ("percent", "percentage", "proportion", "share of", "fraction", "how much of")


def figures_whole(
    chunks: list[tuple[int, int, str]], figures: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Chunks and figures, a figure replacing the chunks that start inside it, after its
    currency sign or its qualifier ("8 billion" of "$8 billion")."""
    inside = {(a, b) for a, b, _ in chunks for s, e, _ in figures if s < a < e}
    return [c for c in chunks if (c[0], c[1]) not in inside] + figures


def with_durations(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Figures, and spans of time said in words ("for several more years") or on a clock with
    its seconds ("finished in 2:09:14")."""
    out = list(spans)
    out += [
        (m.start(), m.end(), "duration") for m in lx.ELAPSED.finditer(text) if is_elapsed(m.group())
    ]
    for match in lx.DURATION_PHRASE.finditer(text):
        a, b = match.span()
        overlapping = [span for span in out if span[0] < b and a < span[1]]
        if any(measures_duration(text[s:e]) for s, e, _ in overlapping):
            continue  # "10 minutes" is already there
        out = [span for span in out if span not in overlapping] + [(a, b, "duration")]
    return out


def duration_seconds(span: str) -> float | None:
    """How long a span of time lasts in seconds ("two hours", "90 minutes"), or None when the
    figure is not one."""
    seconds = SECONDS.get(_unit(span).removesuffix("s"))
    value = number_value(span)
    if value is None and ONE_UNIT.match(span):
        value = 1.5 if HALF_AFTER_UNIT.search(span.rstrip(". ")) else 1.0  # "an hour (and a half)"
    return None if seconds is None or value is None else value * seconds


ONE_UNIT = re.compile(r"(?:a|an)\s", re.IGNORECASE)


def measure_kind(span: str) -> str:
    """What a figure's unit measures: time, length, or anything else ("150 metres" and "two
    years" are no two answers to one question)."""
    if currency_of(span) is not None:
        return "other"  # "£2.1m" is a sum, its "m" no metre
    unit = _unit(span)
    if unit in lx.DURATION_UNITS:
        return "time"
    return "length" if unit in lx.LENGTH_UNITS else "other"


SECONDS = {
    "second": 1,
    "minute": 60,
    "hour": 3_600,
    "day": 86_400,
    "night": 86_400,
    "week": 604_800,
    "month": 2_629_800,
    "year": 31_557_600,
    "decade": 315_576_000,
}


def measures_duration(span: str) -> bool:
    """Whether a figure says how long: it carries a unit of time or length, or it is a time
    on a clock with its seconds ("2:09:14")."""
    if is_elapsed(span):
        return True
    return _unit(span) in lx.DURATION_UNITS or _unit(span) in lx.LENGTH_UNITS


def is_elapsed(span: str) -> bool:
    """Whether a span is a time on a clock with its seconds or their tenths ("2:09:14")."""
    found = lx.ELAPSED.fullmatch(span.strip())
    return found is not None and (span.count(":") == 2 or "." in span)


def other_currency(question: Question, span: str) -> bool:
    """Whether a sum is in another currency than the question asks for ("How many euros …?"
    is not answered by the "$108 million" beside "85 million euros")."""
    if question.qtype not in ("how_much", "how_many", "what", "which"):
        return False
    asked = _asked_currency(question.text)
    told = currency_of(span) if asked else None
    return told is not None and told != asked


def asks_sum(question: Question) -> bool:
    """Whether the question names a currency, and so asks for a sum of it."""
    return _asked_currency(question.text) is not None


@lru_cache(maxsize=1024)
def _asked_currency(text: str) -> str | None:
    """The currency the question asks the sum in ("how many euros", "in US dollars"); a sum
    the question gives ("What caused $20 million in damage?") asks for none."""
    asked = ASKED_CURRENCY.search(text)
    return currency_of(asked.group(0)) if asked else None


ASKED_CURRENCY = re.compile(
    r"\b(?:how\s+many|in)\s+(?:[a-z.]+\s+)?(?:"
    + "|".join(sorted(ASKABLE_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def fits_measure(question: Question, span: str) -> bool:
    """Whether a figure has the unit a "how long" / "how far" question asks for."""
    # the question's kind is read through `asks`, once a question: this runs for every span
    if asks(lx.DURATION_QUESTION, question):
        if span.lower().startswith("since "):
            return True  # "How long has she led it?": "since 2016"
        if LASTING.search(question.text):  # "How long did the flight last?": time, not miles
            return _unit(span) in lx.DURATION_UNITS or is_elapsed(span)
        if asks_length_of_a_thing(question.text):  # "How long is the cable?": not "two days"
            return _unit(span) in lx.LENGTH_UNITS
        return measures_duration(span)
    if asks(FAR_QUESTION, question):
        return _unit(span) in lx.LENGTH_UNITS
    sum_asked = question.focus.lower() in SUM_FOCUS or (
        question.focus.lower() == "value" and VALUE_OF.search(question.text) is not None
    )
    if (
        question.qtype == "how_much"
        and sum_asked
        and not asks(SHARE_ASKED, question)
        and not currency_of(span)
    ):
        return False  # "What sum did he put down?" is "$12,500", not "64" ballots
    counted = question.qtype == "how_many" or question.focus.lower() in COUNT_FOCUS
    if counted and _a_measure_not_asked(question, span):
        return False  # "What is the population of Lisle?" is not "19 kilometres"
    if asks(lx.SPEED_QUESTION, question):  # "How fast do they travel?": "6 m/s", not "63"
        return SPEED_SPAN.search(span) is not None
    if asks(WIND_QUESTION, question):  # "How strong was the wind?": "45 knots", "force 9"
        return SPEED_SPAN.search(span) is not None or WIND_SCALE.search(span) is not None
    if asks(TEMPERATURE_QUESTION, question):  # "How cold did it get?": "minus 9 degrees"
        return TEMPERATURE_SPAN.search(span) is not None
    if asks(SIZE_QUESTION, question):  # "the 41-metre-tall tower": a bare figure may do
        return _unit(span) in lx.LENGTH_UNITS or _unit(span).replace(".", "").isdigit()
    if asks(AGE_QUESTION, question):  # "How old?" is "55" or "55 years", not "28 people"
        unit = _unit(span)  # nor "the 2100 block of Quill Street"
        if span.lower() in AGE_WORDS:
            return True  # "at the age of seven", not "twice", "third" or "$363 million"
        return int(unit) <= MAX_AGE if unit.isdecimal() else unit in AGE_UNITS
    return True


# "What percentage of the reward …?": a share of a sum, not a sum
SHARE_ASKED = re.compile(
    r"\b(?:percent|percentage|per\s+cent|proportion|share|fraction|part)\b", re.IGNORECASE
)
# Nouns of a sum of money: asked by them, a figure is in a currency
SUM_FOCUS = lx.words(
    "sum fee fees price deposit fine bill salary wage wages ransom payout bail reward donation "
    "bribe"
)
# "the value of the contract": a sum, not "about 300 people" (not "What value does the
# spin take?", a quantity)
VALUE_OF = re.compile(r"\bvalue\s+of\b", re.IGNORECASE)


# Nouns whose size is a sum, a share or a count, never a stretch of time: "What pay increase
# …?" is not answered by "up to 13 hours", "What reason …?" by "nineteen years".
NO_TIME_FOCUS = lx.words(
    """
    increase increases rise rises raise raises cut cuts fare fares price prices cost costs fee
    fees wage wages salary salaries pay rent fine fines turnout share percentage proportion
    majority reason reasons cause causes purpose motive
    """
)


def time_for_no_time(question: Question, span: str) -> bool:
    """Whether a stretch of time answers a what-question whose focus is no time (see
    `NO_TIME_FOCUS`)."""
    if question.qtype not in ("what", "which") or not question.focus:
        return False
    heads = set(question.focus.lower().split()) | set(_focus_heads(question))
    return bool(heads & NO_TIME_FOCUS) and _unit(span) in lx.DURATION_UNITS


def _focus_heads(question: Question) -> list[str]:
    """The focus and the noun right after it ("pay increase": "increase")."""
    words = question.text.lower().replace("?", " ").split()
    focus = question.focus.lower()
    return [w for a, w in itertools.pairwise(words) if a == focus]


def population_untold(question: Question, text: str) -> bool:
    """Whether a sentence gives no number of people living somewhere, for "What is the
    population of Lisle?" ("a minibus carrying 11 pupils to Lisle" counts pupils)."""
    return question.focus.lower() == "population" and not LIVING_TOLD.search(text)


LIVING_TOLD = re.compile(
    r"\b(?:population|populations|inhabitants|live|lives|living|home\s+to"
    # "a town of about 12,000 people"
    r"|(?:town|city|village|hamlet|island|community|country|nation|borough|parish|district"
    r"|county|region)\s+of)\b",
    re.IGNORECASE,
)


def size_of_other_thing(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a bare figure asked as a size ("How wide …?") is hyphened to a noun that is no
    unit of length: "the 146-page report" is no width ("the 41-metre-tall tower" is a height)."""
    if not asks(SIZE_QUESTION, question) or not text[start:end].replace(",", "").isdigit():
        return False
    glued = HYPHENED_NOUN.match(text, end)
    return glued is not None and fold(glued.group(1)) not in lx.LENGTH_UNITS


HYPHENED_NOUN = re.compile(r"-([^\W\d_]+)")


def age_in_a_name(question: Question, text: str, words: SentenceWords, first: int) -> bool:
    """Whether "How old …?" meets a figure that is part of a name ("councillor for Ward 2")."""
    return AGE_QUESTION.search(question.text) is not None and glued_to_name(text, words, first)


# Numbers in words that may tell an age.
AGE_WORDS = lx.words(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    """
)


def counts_other_thing(question: Question, span: str) -> bool:
    """ "How many passengers?" is not answered by "17,446 kilometers": a figure measured in a
    unit that is not the thing counted, or a sum of money ("How many jobs?": "$63.1 billion")."""
    if question.qtype != "how_many" or not question.focus:
        return False
    unit = _unit(span)
    asked = _us_spelling(question.text.lower())
    if question.focus.lower() in MEASURE_UNITS and "%" in span:
        return True  # "How many tons of dust ...?" is not answered by "15%"
    if unit in MEASURE_UNITS and unit != question.focus.lower() and _us_spelling(unit) not in asked:
        return True
    return bool(lx.MONEY.search(span)) and not lx.asks_money(question.text)


# "in a town of about 24,000 people": the figure is the place's size, however near it stands
PLACE_OF_BEFORE = re.compile(
    r"\b(?:town|city|village|county|country|island|region|borough|district|parish|nation|state"
    r"|community|suburb|province)\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+"
    r"|almost\s+|just\s+(?:over|under)\s+|more\s+than\s+|over\s+|fewer\s+than\s+)?$",
    re.IGNORECASE,
)
POPULATION_ASKED = re.compile(
    r"\b(?:population|live|lives|living|lived|residents|inhabitants|people\s+in)\b", re.I
)


def population_not_asked(question: Question, text: str, start: int) -> bool:
    """Whether a count is a place's population ("a town of about 24,000 people") while the
    question counts those who did something ("How many people signed?")."""
    if question.qtype != "how_many" or asks(POPULATION_ASKED, question):
        return False
    return PLACE_OF_BEFORE.search(text, max(0, start - 40), start) is not None


def counts_other_noun(question: Question, span: str, after: str) -> bool:
    """Whether a figure counts a noun the question does not ask for ("roughly 400 737 Max jets"
    for "How many people were killed?"); `after` is the text after the figure, which may
    already hold its noun ("26 cases")."""
    if question.qtype != "how_many" or not question.focus:
        return False
    if UNNAMED_SOURCES.match(f"{span} {after}") and not UNNAMED_SOURCES.search(question.text):
        return True  # "Two people familiar with the investigation told …" count no patients
    if YEAR_OLD_AFTER.match(after) and not AGE_QUESTION.search(question.text):
        return True  # "A 37-year-old man has been charged" tells an age, not how many
    counted = figure_noun(span, after)
    return counted is not None and not _asked_noun(question, counted)


LARGE_QUESTION = re.compile(r"^\s*how (?:large|big)\b", re.IGNORECASE)


def counts_for_a_size(question: Question, span: str, after: str) -> bool:
    """Whether "How large is the site?" meets a count of things on it ("212 flowering
    spikes"): a size is told in a unit (hectares, metres) or a count of the asked thing."""
    if not asks(LARGE_QUESTION, question):
        return False
    counted = figure_noun(span, after)
    if counted is not None and {counted, counted + "s"} & lx.DURATION_UNITS:
        return True  # "How big was the crowd?" is not "a 40-minute delay"
    if counted is not None and question.focus.lower() in GATHERINGS:
        return counted in lx.UNITS or counted + "s" in lx.UNITS  # a crowd is no "14 miles"
    if counted is not None and _asked_collective(question):
        return False  # "How big was the museum's collection?": "8,000 prints"
    if counted is None or {counted, counted + "s", singular(counted)} & lx.UNITS:
        return False  # "the 11-hectare site", "40 acres"
    return not _asked_noun(question, counted) and counted not in PEOPLE_COUNTS


GATHERINGS = lx.words("crowd crowds audience audiences attendance turnout gathering")
# Wholes whose size is the count of what they hold
COLLECTIVES = lx.words(
    "collection collections fleet fleets workforce staff archive archives herd herds flock "
    "flocks membership population stock holdings"
)


def _asked_collective(question: Question) -> bool:
    """Whether a size question asks about a whole counted by its members ("the library's
    collection", "the airline's fleet")."""
    return any(c.kind == "word" and c.words[0] in COLLECTIVES for c in question.concepts)


def times_of_asked_act(question: Question, text: str, start: int, end: int) -> bool:
    """Whether "<verb> N times" counts what the question counts by its noun: "had been cited
    57 times" tells how many citations, "visited 40 times" how many visits."""
    if not TIMES_AFTER.search(text, start, end) and not TIMES_AFTER.match(text, end):
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 30) : start])
    if not before:
        return False
    verb, focus = before[-1].lower(), question.focus.lower()
    return stem(verb) == stem(focus) or bool(synonyms(focus) & {verb})


TIMES_AFTER = re.compile(r"\s*times\b")


# A report's unnamed informants, counted: "two people familiar with the talks", "three
# officials briefed on the plan".
UNNAMED_SOURCES = re.compile(
    r"(?:\S+\s+){1,2}?(?:people|persons|sources|officials|individuals|insiders)\s+"
    r"(?:familiar with|close to|briefed on|with (?:direct )?knowledge of)\b",
    re.IGNORECASE,
)


PARTITIVE = re.compile(r"\s+of\s+(?:them|those|these)\b", re.IGNORECASE)
EARLIER_FIGURE = re.compile(rf"(?:\d[\d,]*|\b(?:{lx.NUMBER_WORD_ALTERNATION}))\b", re.IGNORECASE)


def partitive_noun(text: str, start: int, end: int) -> str | None:
    """What "three of them" counts: the noun of the figure before it in the sentence
    ("arrested four people and charged three of them": people); None when the figure is no
    partitive or no earlier figure names its noun."""
    if not PARTITIVE.match(text, end):
        return None
    earlier = list(EARLIER_FIGURE.finditer(text, 0, start))
    if not earlier:
        return None
    last = earlier[-1]
    return figure_noun(last.group(0), text[last.end() : start])


def figure_noun(span: str, after: str) -> str | None:
    """The noun a figure span counts: its own last word ("26 cases") or the one after it."""
    words = span.rstrip(".,;:!?").split()  # "about 340 people." at a sentence's end
    held = (
        len(words) > 1
        and words[-1].isalpha()
        and words[-1].lower() not in lx.NUMBER_WORDS
        and words[-1].lower() not in SCALE_WORDS  # "six thousand" counts what follows it
    )
    glued = GLUED_MEASURE.match(after)
    if glued and not held:
        return glued.group(1).lower()  # "ten-horsepower engines" measures horsepower
    return _noun_form(words[-1].lower()) if held else counted_noun(after)


SCALE_WORDS = lx.words("hundred thousand million billion trillion")
# Words that name people alone ("five dead") but describe a noun that follows ("dead fish").
DESCRIBING_PEOPLE_WORDS = lx.words("dead injured wounded missing sick elderly young homeless")


def _plain_word_next(tokens: list[str], k: int) -> bool:
    """Whether token k is followed by a plain lower-case word that is no stop word."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].strip(',.;:!?)”"')
    return nxt.isalpha() and nxt.islower() and nxt not in lx.STOPWORDS


GLUED_MEASURE = re.compile(r"-([A-Za-z]+)\b(?!-)")  # "ten-horsepower", not "10-year-old"


# Words between a figure and the noun it counts: "400 737 Max jets", "195,600 full-time jobs"
_COUNT_FILLERS = lx.words("more than other others new additional extra of the its their such")
MAX_COUNT_GAP = 3  # words that may stand between a figure and what it counts
MIN_UNIT_CHARS = 4  # an asked word this long may end the counted one ("tons" of "gigatons")


def counted_noun(after: str) -> str | None:
    """The noun a figure counts, from the text right after it: the first plural (or people)
    word past figures, names, modifiers and fillers, within `MAX_COUNT_GAP` words; None when a
    stop word or punctuation comes first."""
    tokens = re.findall(r"[^\s]+", after[:80])[: MAX_COUNT_GAP + 1]
    for k, token in enumerate(tokens):
        word = token.strip(',.;:!?)”"')
        low = word.lower()
        if low in DESCRIBING_PEOPLE_WORDS and word == token and _plain_word_next(tokens, k):
            continue  # "six thousand dead fish" counts fish; "five dead" counts the dead
        if word != token and word.isalpha() and word.islower():
            return _noun_form(low)  # "346 people."
        if word != token:
            return None
        if word[:1].isdigit() or word[:1].isupper() or "-" in word or low in _COUNT_FILLERS:
            continue
        if not word.isalpha() or low in lx.STOPWORDS:
            return None
        if _noun_form(low) is not None:
            return low
        # "three reinforced concrete arches": a word that is no plural describes the noun
    return None


IRREGULAR_PLURALS = lx.words(
    "children grandchildren grandsons granddaughters men women feet teeth mice geese sheep "
    "fish deer salmon trout cattle aircraft"
)


def _noun_form(low: str) -> str | None:
    """A counted noun is plural ("jets") or a collective ("people"); anything else ("rose",
    "percent") is no count of a thing."""
    if low in lx.PEOPLE_WORDS or low in IRREGULAR_PLURALS:
        return low
    if low.endswith("s") and not low.endswith("ss"):
        return low
    return None


# Focus nouns any plural may instantiate ("How many organizations …?": "16 academies").
GENERAL_FOCUS = lx.words(
    "organizations organisations groups bodies entities things items types kinds units"
)


# What each person does once, counted by its noun: the verb a question asks it by.
PEOPLES_ACTS: dict[str, frozenset[str]] = {
    noun: frozenset(verbs.split())
    for nouns, verbs in (
        ("signatures signatories", "sign signed signing"),
        ("responses replies", "respond responded reply replied"),
        ("applications applicants", "apply applied"),
        ("objections", "object objected"),
        ("complaints", "complain complained"),
        ("votes", "vote voted"),
    )
    for noun in nouns.split()
}


MIN_COMPOUND_TAIL = 4  # letters of an asked noun that may end a compound one ("snuff-boxes")


def _asked_noun(question: Question, noun: str) -> bool:
    """Whether the question counts this noun: it says it (or its singular), or both are
    people ("How many people …?" answered by "12 civilians")."""
    if question.focus.lower() in GENERAL_FOCUS:
        return True
    asked = {w.strip("?,.'’").lower() for w in question.text.split()}
    singular = noun[:-1] if noun.endswith("s") else noun
    counted = _counted_words(question.text)
    if {noun, noun + "s", singular, singular + "es"} & counted:
        return True
    if synonyms(noun) & counted or any(noun in synonyms(word) for word in counted):
        return True  # "14 houses" for "How many homes …?"; "variations" for "changes"
    if any(len(word) >= MIN_COMPOUND_TAIL and noun.endswith(word) for word in counted):
        return True  # "four teacups" for "How many cups …?"
    if question.focus.lower() in KIN_COUNTS:
        return False  # "How many children …?" is not answered by "two women"
    if _animals_counted(asked, noun):
        return True  # "about 140 pets" for "How many animals …?"; "60 ewes" for sheep
    if any(len(a) >= MIN_UNIT_CHARS and noun.endswith(a) and a in lx.UNITS for a in asked):
        return True  # "1.5 gigatons" for "how many tons"
    # "How many Muslims …?": a people named by a capitalised plural counts as people
    people = bool(asked & PEOPLE_COUNTS) or PEOPLE_NAMED.match(question.text) is not None
    if people and asked & PEOPLES_ACTS.get(noun, frozenset()):
        return True  # "How many people signed?": "2,100 signatures", one each
    if not people or noun not in PEOPLE_COUNTS:
        return False
    # people nouns stand for each other ("500 employees" for workers), but those who enforce
    # and those they act on do not: "two residents" counts no officers
    return bool(asked & ENFORCERS) == (noun in ENFORCERS)


def _animals_counted(asked: set[str], noun: str) -> bool:
    """Whether a counted noun is among the animals asked for: any animal for "animals" or
    "livestock", a breed's females, males and young for the breed ("ewes" for "sheep")."""
    if asked & ANIMAL_CLASSES and noun in ANIMAL_COUNTS:
        return True
    return any(noun in ANIMAL_KINDS.get(word, frozenset()) for word in asked)


ANIMAL_KINDS: dict[str, frozenset[str]] = {
    "sheep": lx.words("ewes ewe lambs lamb rams ram"),
    "cattle": lx.words("cows cow bulls bull calves calf heifers bullocks steers"),
    "cows": lx.words("heifers calves"),
    "horses": lx.words("mares stallions foals ponies"),
    "pigs": lx.words("sows boars piglets hogs"),
    "goats": lx.words("nannies billies kids"),
    "chickens": lx.words("hens cockerels roosters chicks"),
    "birds": lx.words("hens chickens geese ducks swans gulls owls eagles"),
    "dogs": lx.words("puppies hounds"),
    "cats": lx.words("kittens"),
}
ANIMAL_CLASSES = lx.words("animals animal livestock pets creatures wildlife")
ANIMAL_COUNTS = (
    frozenset(ANIMAL_KINDS)
    | frozenset(word for kinds in ANIMAL_KINDS.values() for word in kinds)
    | lx.words("pets animals livestock dogs cats sheep cattle deer foxes rabbits tortoises fish")
)


ENFORCERS = lx.words(
    "officers police policemen troopers soldiers troops firefighters agents guards deputies"
)


def _counted_words(question: str) -> set[str]:
    """The words a "how many" question counts: those after "how many" up to the first stop
    word ("how many fire engines attended", not the "regions" of "how many countries had
    recognised the regions")."""
    part = PART_COUNTED.match(question)
    if part:
        return {part.group("noun").lower()}  # "How many of the people … were children?"
    match = HOW_MANY_WORDS.search(question)
    if not match:
        return set()
    counted = set()
    for word in match.group(1).lower().split()[:MAX_COUNTED_WORDS]:
        if word in lx.STOPWORDS:
            break
        counted.add(word.strip("?,.'’"))
    return counted


# "how many fire engines …", "how many of Varn's friends …": the words counted
HOW_MANY_WORDS = re.compile(
    r"\bhow\s+many\s+(?:(?:more|other|further|additional|extra)\s+)?"
    r"(?:of\s+(?:the|his|her|their|its|these|those|[\w-]+['’]s)\s+)?"
    r"([^?]*)",
    re.IGNORECASE,
)
MAX_COUNTED_WORDS = 4

PEOPLE_NAMED = re.compile(r"\s*(?i:how many)\s+(?:more\s+)?[A-Z]\w+s\b")


# People counted by their kinship, which no other people noun answers.
KIN_COUNTS = lx.words(
    "children kids sons daughters wives husbands grandchildren siblings brothers sisters"
)

# Nouns that count people, any of which answers a question counting people.
PEOPLE_COUNTS = lx.PEOPLE_WORDS | lx.words(
    """
    civilians soldiers troops workers employees staff passengers residents fans spectators
    visitors members students patients adults migrants refugees protesters officers
    casualties survivors inhabitants citizens voters individuals volunteers fighters deaths
    fatalities dead injured wounded officials experts delegates representatives scientists
    authors participants attendees guests staffers researchers
    militants rebels recruits players athletes tourists pilgrims immigrants families
    suspects defendants prisoners inmates detainees hostages victims witnesses jurors
    """
)


def _us_spelling(text: str) -> str:
    return text.replace("metre", "meter").replace("litre", "liter")


# Nouns whose size is a count of people ("What is the population of Lisle?")
COUNT_FOCUS = lx.words("population attendance crowd membership workforce headcount")


def _a_measure_not_asked(question: Question, span: str) -> bool:
    """Whether a figure is a length or a stretch of time the count question does not ask in
    ("How many kilometres …?" asks kilometres; "How many live there?" no distance)."""
    unit = _unit(span)
    if unit not in lx.LENGTH_UNITS and unit not in lx.DURATION_UNITS:
        return False
    asked = question.text.lower()
    return unit not in asked and unit.rstrip("s") not in asked


def _unit(span: str) -> str:
    """The last word of a figure, its unit if it has one ("512MHz": "mhz")."""
    plain = HALF_AFTER_UNIT.sub("", span.lower().rstrip(". "))  # "an hour and a half": hour
    return re.split(r"[\s-]+|(?<=\d)(?=[a-z])", plain)[-1]


HALF_AFTER_UNIT = re.compile(r"\s+and\s+a\s+half$")


LASTING = re.compile(
    r"\b(?:last|lasted|take|took|spend|spent|stay|stayed|remain|remained|wait|waited|run|ran)\b",
    re.IGNORECASE,
)
FAR_QUESTION = re.compile(r"^\s*how far\b", re.IGNORECASE)
SPEED_SPAN = re.compile(  # a speed, or a rate ("624MHz", "100 Mbps", "3,000 rpm")
    r"\d\s?(?:m/s|km/h|kmh|kph|mph|knots?|kt|[kMG]?Hz|[kMG]?bps|rpm)\b"
    r"|\b(?:kilomet(?:re|er)s?|miles|met(?:re|er)s)\s+(?:an|per|a)\s+(?:hour|second|minute)\b"
    r"|\bknots?\b|\bper\s+(?:second|minute|hour)\b",
    re.IGNORECASE,
)
# "How strong were the gusts?": a wind's strength is its speed or its force on a scale
WIND_QUESTION = re.compile(
    r"^\s*how (?:strong|powerful|fierce|violent|bad)\b[^?]*\b(?:winds?|gusts?|gales?|storms?)\b",
    re.IGNORECASE,
)
WIND_SCALE = re.compile(r"\b(?:force|category|beaufort)\s+\d", re.IGNORECASE)
TEMPERATURE_QUESTION = re.compile(r"^\s*how (?:cold|hot|warm)\b", re.IGNORECASE)
TEMPERATURE_SPAN = re.compile(
    r"\d\s?(?:°|º|degrees?\b|C\b|F\b)|\bdegrees?\b|\b(?:minus|below (?:zero|freezing))\b",
    re.IGNORECASE,
)
SIZE_QUESTION = re.compile(r"^\s*how (?:thick|thin|tall|wide|deep)\b", re.IGNORECASE)
AGE_QUESTION = re.compile(r"^\s*(?:how old|at (?:what|which) age)\b", re.IGNORECASE)
AGE_UNITS = lx.AGE_UNITS
# "How old was the girl …?": the one asked about is told by a plain noun, not a name
AGED_NOUN = re.compile(
    r"\s*(?i:how old (?:is|was|were|are|will)\s+(?:the|a|an|his|her|their|its))\s+([a-z]+)"
    r"(?:\s+([a-z]+))?"
)
# "How old was Voss's mother?": the mother is asked about, Voss only says whose mother
AGED_POSSESSED = re.compile(
    r"\s*(?i:how old (?:is|was|were|are|will be))\s+(?P<owner>[^?]+?)(?:'s|’s|'|’)\s+"
    r"(?P<noun>[a-z]+)\b"
)
# "29-year-old Voss faces ...", "a 61-year-old Lisport man": who the age describes, after it
YEAR_OLD_OWNER = re.compile(
    r"(?:-year-old|\s+years?\s+old)\s+(?P<who>(?:[A-Z][\w.'’-]*\s+)*[\w'’-]+)"
    r"(?P<apposition>,\s+(?:the\s+|a\s+)?[a-z][^,.;:]{0,40})?"
)
# "Patrick Voss Jr., 55, said ..." / "Voss (55)": a small bare number set off right after a name
AGE_APPOSITION = re.compile(r"[A-Z][\w.'’-]*\s*[,(]\s*$")
NAME_BEFORE_AGE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*[,(]\s*$")
AGE_CLOSE = re.compile(r"\s*[,)]")  # matched at the end of the span: no "^"
YEAR_OLD_AFTER = re.compile(r"-year-old\b|\s+years?\s+old\b", re.IGNORECASE)
MAX_AGE = 120
# Units after a bare figure that no age is said in (days and weeks are: "six weeks old")
NOT_AGE_UNITS = lx.words("second minute hour percent degree point game goal")
# A unit of time or length right after a bare figure: it measures that, never an age
UNIT_AFTER = re.compile(
    r"(?:-|\s)(?:"
    + "|".join(sorted(lx.LENGTH_UNITS | NOT_AGE_UNITS, key=len, reverse=True))
    + r")s?\b(?!-old|\s+old)",
    re.IGNORECASE,
)
OLD_AFTER = re.compile(r"(?:-|\s+)(?:old|of age)\b", re.IGNORECASE)
# A span of time that names a term, not an age: "a 12-year sentence", "a 25-year career".
TERM_AFTER = re.compile(r"\s?-\s?(?:year|month|week|day)s?\b(?!\s?-\s?old)", re.IGNORECASE)
STRETCH_AFTER = re.compile(
    r"\s+(?:prior|before|after|ago|later|earlier|since|into|from|on)\b", re.IGNORECASE
)
# "quite a three days", "the past six weeks", "within two days": a stretch of time, no age
STRETCH_BEFORE = re.compile(
    r"\b(?:a|an|the|past|last|next|within|over|in|after|before|during|first|initial|opening"
    r"|final|its|their)\s+$",
    re.IGNORECASE,
)
FOR_DURATION = re.compile(r"\bfor\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?$", re.I)
DIED_AT = re.compile(r"\b(?:dies|died|dead)\s+at\s+$", re.IGNORECASE)
# "How many of the wounded ...?": the part ("30 of the 80 wounded"), not the whole
PARTITIVE_QUESTION = re.compile(r"^\s*how many of\b", re.IGNORECASE)
PART_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?\d")
SUBSET_AFTER = re.compile(r"\s+of\s+(?:them|those|whom|these)\b", re.IGNORECASE)
WHOLE_AFTER = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+)?$")


def partitive_share(question: Question, text: str, start: int, end: int) -> float:
    """+1 for the part of "30 of the 80 wounded" when the question asks "how many of the
    wounded", -1 for the whole, 0 otherwise; -1 for a part of a count said before ("Four
    other people, two of them walking by, were injured") when the question asks no part."""
    if not asks(PARTITIVE_QUESTION, question):
        return -1.0 if SUBSET_AFTER.match(text, end) else 0.0
    if PART_OF.match(text, end):
        return 1.0
    if WHOLE_AFTER.search(text, max(0, start - 12), start):
        return -1.0
    return 0.0


def asked_tally(question: Question) -> str:
    """The tally a "How many?" question counts ("How many were wounded?": "injured"), or ""."""
    if question.qtype not in ("how_many", "how_much"):
        return ""
    return _tally_of_text(question.text)


@lru_cache(maxsize=1024)
def _tally_of_text(text: str) -> str:
    """The first tally a text names (asked once per question, not once per span)."""
    from sourcedesk.research.claim_values import tally_named  # late: research is heavier

    words = re.findall(r"[a-z]+", text.lower())
    # "the rescue centre", "an injury list": a tally word after a determiner names a thing
    named = (tally_named(w) for k, w in enumerate(words) if not (k and words[k - 1] in DETERMINERS))
    return next((t for t in named if t), "")


DETERMINERS = lx.words("the a an its their his her our this that these those")


def other_tally(tally: str, text: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) counts another tally than the asked one ("two
    men died and a third was wounded" for "How many were wounded?")."""
    if not tally:
        return False
    from sourcedesk.research.claim_values import tallies_in

    return any(
        a < end and start < b and t != tally and t not in TALLY_PLACES
        for a, b, t in tallies_in(text)
    )


# Tallies that tell where people were, not what happened to them: "the 11 pirates on board"
# may be the 11 captured.
TALLY_PLACES = frozenset(("aboard",))


def age_not_count(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a "How many?" figure is someone's age ("arrested Nora Vale, 32, of
    Tenth St."): a small number set off by commas right after a name."""
    if question.qtype != "how_many" or not text[start:end].isdigit():
        return False
    if int(text[start:end]) > MAX_AGE:
        return False
    named = AGE_APPOSITION.search(text, max(0, start - 40), start)
    return named is not None and AGE_CLOSE.match(text, end) is not None


OF_AFTER = re.compile(r"\s+of\s+[a-z]")


def duration_not_age(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a "How old?" span is how long something lasted ("has worked there for 37
    years", "a hectic three days for Lena", "within two days"), not an age ("six weeks old",
    "At 90 years, …", "The baby, just six weeks, …")."""
    if not asks(AGE_QUESTION, question):
        return False
    if FOR_DURATION.search(text, 0, start) is not None:
        return True
    if UNIT_AFTER.match(text, end) and not OLD_AFTER.match(text, end):
        return True  # "a 30 minute activity", "a 30-mile drive"
    if TERM_AFTER.match(text, end):
        return True  # "serving a 12-year sentence", "a 25-year career"
    if OF_AFTER.match(text, end) and _unit(text[start:end]) in AGE_UNITS:
        return True  # "declared three days of mourning", "after two weeks of talks"
    if _unit(text[start:end]) not in AGE_UNITS or OLD_AFTER.match(text, end):
        return False
    if STRETCH_AFTER.match(text, end):
        return True  # "Six months prior to the fire", "two weeks later"
    return STRETCH_BEFORE.search(text, max(0, start - 20), start) is not None


def count_not_age(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a "How old?" span counts people or things ("the 3 bank employees were …"):
    a number with a plural noun after it, no unit of age."""
    span = text[start:end].split()[-1] if text[start:end].split() else ""
    if not asks(AGE_QUESTION, question):
        return False
    # "Two girls saw …", "At least 38 shipping containers …"
    if not (span.isdigit() or lx.is_number_word(span)):
        return False
    if YEAR_OLD_AFTER.match(text, end) or OLD_AFTER.match(text, end):
        return False  # "The 27-year-old Varga"
    noun = figure_noun(text[start:end], text[end:])
    return noun is not None and noun not in lx.STOPWORDS and _unit(noun) not in AGE_UNITS


def states_age(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a span is the age a "How old?" question asks for, said the way news gives it:
    a bare number between commas or brackets after a person's name, or "55-year-old"."""
    if not asks(AGE_QUESTION, question):
        return False
    span = text[start:end]
    if re.fullmatch(r"\d{1,3}-year-old", span) or (
        span.isdigit() and YEAR_OLD_AFTER.match(text, end)
    ):
        # "a 9-year-old Port Ellis girl", "The 55-year-old is ...", unless it is another's
        if _another_kind_of_person(question, text, start):
            return False
        return _relative_asked(question, _described_after(text, start)) is not False
    if span.isdigit() and DIED_AT.search(text, max(0, start - 20), start):
        return True  # "Fred Voss, harbour pilot, dies at 75"
    named = AGE_APPOSITION.search(text, max(0, start - 40), start)
    return (
        span.isdigit()
        and int(span) <= MAX_AGE
        and named is not None
        and AGE_CLOSE.match(text, end) is not None
        and _named_asked(question, named.group(0), text[max(0, start - 40) : start])
    )


def may_dispute_age(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a peer's figure may dispute the age a "How old?" answer gives: only one said as
    an age ("Ruiz, 29,", "a 29-year-old", "aged 29"); "Aug. 2" or "the 3400 block" may not.
    Any figure may dispute an answer to another question."""
    if not asks(AGE_QUESTION, question):
        return True
    stated = states_age(question, text, start, end)
    return stated or YEAR_OLD_AFTER.match(text, end) is not None or _aged_before(text, start)


def uncued_age(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a bare number offered for "How old …?" is said as no age at all: not set off
    after a name, not "aged 54", "at 54", "was 54" or "54 years old" ("the 3, 8 and 19" are
    route numbers)."""
    span = text[start:end]
    if not asks(AGE_QUESTION, question) or not (span.isdigit() or lx.is_number_word(span)):
        return False  # "cut from five miles to two": no age
    if may_dispute_age(question, text, start, end) or AGE_APPOSITION.search(text, 0, start):
        return False
    return AGE_CUE_BEFORE.search(text, max(0, start - 12), start) is None


AGE_CUE_BEFORE = re.compile(
    r"\b(?:at|was|is|were|are|turned|turns|turning|reached|of|aged|age)\s+$", re.IGNORECASE
)
AGED_BEFORE = re.compile(
    r"\b(?:aged|age(?:\s+of)?|who\s+(?:was|is)|dies\s+at|died\s+at)\s+$", re.IGNORECASE
)


def _aged_before(text: str, start: int) -> bool:
    return AGED_BEFORE.search(text, max(0, start - 16), start) is not None


def _named_asked(question: Question, name: str, before: str) -> bool:
    """Whether the age set off after `name` is the one asked about ("Vantor, 51," is Vantor's age,
    not the girl's); for "How old was Vantor's mother?", `before` must tell the mother."""
    relative = _relative_asked(question, before)
    if relative is None and _described_before_name(question, before):
        return True  # "How old is the driver?": "The driver, Tomas Brannock, 52, …"
    return _asked_about(question, name) if relative is None else relative


def _described_before_name(question: Question, before: str) -> bool:
    """Whether the noun a "How old is the driver?" question asks about stands right before the
    name the age follows, as its apposition ("The driver, Tomas Brannock, 52,"); only when the
    question names nobody."""
    described = AGED_NOUN.match(question.text)
    if not described or any(c.kind == "name" for c in question.concepts):
        return False
    noun = described.group(2) or described.group(1)
    apposition = rf"\b{re.escape(noun)}s?\s*,\s*{NAME_BEFORE_AGE.pattern}"
    return re.search(apposition, before) is not None


# "How old is Halvik's CEO?": the post asked about, after its holder's owner
POST_REACH = 90  # characters before an age in which the post and its holder's name stand
AGED_POST = re.compile(
    r"\s*how old (?:is|was|were|are|will be)\s+[^?]+?(?:'s|’s)\s+(?P<post>[\w -]+?)\s*\?",
    re.IGNORECASE,
)


def _post_before_name(question: Question, before: str) -> bool:
    """Whether the post a "How old is Halvik's CEO?" question asks about stands before the name
    the age follows, as its apposition ("Its chief executive since 2019, Mara Quint, 54,")."""
    asked = AGED_POST.match(question.text)
    if asked is None:
        return False
    post = fold(asked.group("post"))
    posts = {post, *COMMON_ACRONYMS.get(post, ())}
    return any(
        re.search(rf"\b{re.escape(p)}\b[^,.;]{{0,30}},\s*{NAME_BEFORE_AGE.pattern}", before, re.I)
        for p in posts
    )


def others_age(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a "How old?" span is the age of someone the question does not ask about
    ("... convicting Vantor, 51, of abducting the girl" for "How old was the girl?")."""
    span = text[start:end]
    if not asks(AGE_QUESTION, question):
        return False
    if re.fullmatch(r"\d{1,3}-year-old", span) or YEAR_OLD_AFTER.match(text, end):
        if _another_kind_of_person(question, text, start):
            return True  # "a 29-year-old man and his sister" for "How old is the woman?"
        return _relative_asked(question, _described_after(text, start)) is False
    who = WHO_AT_AGE.search(text, max(0, start - 60), start)
    if span.isdigit() and who is not None:
        return not _asked_about(question, who.group(1))  # "Quint and Kerr, who at 22 …"
    aged = AGED_OWNER.search(text, max(0, start - 60), start)
    if span.isdigit() and aged is not None and _names_people(aged.group("who")):
        return not _aged_owner_asked(question, aged.group("who"))  # "Three men, aged 52 and 23"
    named = AGE_APPOSITION.search(text, max(0, start - 40), start)
    if not span.isdigit() or named is None or AGE_CLOSE.match(text, end) is None:
        return False
    if _post_before_name(question, text[max(0, start - POST_REACH) : start]):
        return False  # "How old is Halvik's CEO?": "Its chief executive, Mara Quint, 54,"
    before = text[max(0, start - 40) : start]
    whole = NAME_BEFORE_AGE.search(before)  # "Jonas Brekke Jr.," whole, not "Jr.,"
    return not _named_asked(question, whole.group(0) if whole else named.group(0), before)


# An age told with "aged" after who has it: "Three men, aged 52 and 23, were questioned".
AGED_OWNER = re.compile(
    r"(?P<who>(?:[\w'’-]+\s+){0,2}[\w'’-]+),?\s+aged\s+(?:\d{1,3}\s*(?:,|and|or|to)\s*)*$",
    re.IGNORECASE,
)
PLURAL_PEOPLE = {"men": "man", "women": "woman", "children": "child", "people": "person"}


PERSON_KINDS = lx.words("man woman boy girl child person")


def _another_kind_of_person(question: Question, text: str, start: int) -> bool:
    """Whether a "34-year-old" describes a kind of person ("man") other than the one a
    "How old is the woman …?" question asks about."""
    described = AGED_NOUN.match(question.text)
    owner = YEAR_OLD_OWNER.search(text, start, start + 80)
    if described is None or owner is None or owner.start() - start > 4:
        return False
    asked = PLURAL_PEOPLE.get(described.group(1), singular(described.group(1)))
    kind = fold(owner.group("who").split()[0])
    kind = PLURAL_PEOPLE.get(kind, singular(kind))
    return asked in PERSON_KINDS and kind in PERSON_KINDS and kind != asked


def _names_people(who: str) -> bool:
    """Whether the words before an "aged" end on a name or a noun of people ("Two men",
    "Ada Vell"), not on what they did ("has died in hospital")."""
    last = who.split()[-1]
    kind = fold(last)
    return last[:1].isupper() or PLURAL_PEOPLE.get(kind, singular(kind)) in PERSON_KINDS


def _aged_owner_asked(question: Question, who: str) -> bool:
    """Whether the people an "aged" figure follows are the ones a "How old …?" question asks
    about: the noun it asks by ("the woman") among them, or the name it asks by."""
    described = AGED_NOUN.match(question.text)
    if described is None or any(c.kind == "name" for c in question.concepts):
        return _asked_about(question, who)
    held = {PLURAL_PEOPLE.get(w, singular(w)) for w in re.findall(r"[\w'’]+", fold(who))}
    asked = [PLURAL_PEOPLE.get(w, singular(w)) for w in described.groups() if w]
    return any(w in held for w in asked)


# An age told in a relative clause on the name before it: "Ada Vell, who at 19 is …",
# "Kerr, who is 64, …"
WHO_AT_AGE = re.compile(
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*),\s+who\s+(?:is\s+|was\s+)?(?:at|aged)?\s*$"
)


def _described_after(text: str, start: int) -> str:
    """The words a "29-year-old" at `start` describes ("Voss faces", "Lisport man", "Ada
    Voss, mother of the suspect"), or "" when none follow it."""
    m = YEAR_OLD_OWNER.search(text, start, start + 80)
    return m.group(0) if m and m.start() - start <= 4 else ""


def _relative_asked(question: Question, described: str) -> bool | None:
    """For "How old was Voss's mother?": True when `described` (the words an age is told of)
    names the mother, False when it names only Voss, None when it names neither or the
    question asks no one's relative."""
    possessed = AGED_POSSESSED.match(question.text)
    if possessed is None or not described:
        return None
    told = set(re.findall(r"[\w'’-]+", fold(described)))
    told |= {re.sub(r"['’]s?$", "", w) for w in told}  # "Voss'", "Voss's" are Voss
    noun = possessed.group("noun").lower()
    if noun in told or noun + "s" in told:
        return True
    owner = set(re.findall(r"[\w'’-]+", fold(possessed.group("owner")))) - lx.STOPWORDS
    return False if owner & told else None


def _asked_about(question: Question, name: str) -> bool:
    """Whether the name an age follows (`name`: the words before the age) is the one the
    question asks about (or the question names nobody: "How old is the hunter?")."""
    names = [c for c in question.concepts if c.kind == "name"]
    head = re.findall(r"[\w'’]+", fold(name))  # "Brannock-Vey": the question splits it too
    described = AGED_NOUN.match(question.text)
    if described and not any(w in head for w in described.groups() if w):
        return False  # "How old were the girls who saw Marek …?": not "Marek, 27,"
    if not names:
        return not any(c.kind == "word" for c in question.concepts)
    return any(w in head for c in names for w in c.words)


def asks_share(question: Question) -> bool:
    return _share_asked(question.text.lower())


@lru_cache(maxsize=1024)
def _share_asked(low: str) -> bool:
    return any(cue in low for cue in SHARE_CUES)


def is_share(span: str) -> bool:
    return "%" in span or "per" in span.lower() or bool(lx.FRACTION.search(span))


def figure_like(text: str) -> bool:
    low = fold(text)
    return has_digit(text) or lx.is_number_word(low) or low in lx.ORDINALS


def glued_to_name(text: str, words: SentenceWords, first: int) -> bool:
    """Whether a figure is part of a name, not a count: glued to the capitalised word before
    it ("Fortune 100", "Boeing 747"), a model number ("787-9"), or a
    capitalised number word inside a name ("One Home Depot"); a title or a sentence's first
    word aside."""
    before = first - 1
    if first > 0 and words.capitalised[first] and words.folded[first] in lx.NUMBER_WORDS:
        return True
    if model_number(text, words.spans[first][0]):
        return True
    return (
        before > 0
        and words.capitalised[before]
        and words.folded[before] not in lx.TITLE_WORDS
        and words.folded[before] not in lx.MONTHS
        and not boundary_between(text, words, before)
    )


MODEL_NUMBER = re.compile(r"\d+-\d+\b(?!\s*(?:percent|per cent|%))")  # "787-9", "A350-900"


def model_number(text: str, start: int) -> bool:
    """ "Boeing's 787-9 Dreamliner": a model's number, never a count or an amount; "won 45-17,"
    is a score."""
    match = MODEL_NUMBER.match(text, start)
    if match is None:
        return False
    after = text[match.end() : match.end() + 2].lstrip()
    before = text[max(0, start - 3) : start].rstrip()
    return after[:1].isupper() or before[-1:].isupper() or before.endswith(("'s", "’s", "s'"))


SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")
SCORE_FOCUS = lx.words("score result scoreline")


def states_score(question: Question, span: str) -> bool:
    """ "What was the score?" is answered by "45-17"."""
    return question.focus in SCORE_FOCUS and SCORE.fullmatch(span.strip(" ,.;")) is not None


def has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def measured_from_anchor(words: SentenceWords, last: int, anchors: set[int]) -> bool:
    """Whether a figure is measured from a thing the question names: "13 miles east of
    Harrowgate", "5 km from the border" (a compass word may stand between)."""
    i = last + 1
    if i < len(words.folded) and (words.folded[i] in lx.DIRECTIONS or words.folded[i] == "away"):
        i += 1
    if i >= len(words.folded) or words.folded[i] not in MEASURED_FROM:
        return False
    i += 1
    while i < len(words.folded) and words.folded[i] in lx.STOPWORDS and i not in anchors:
        i += 1
    return i in anchors


MEASURED_FROM = lx.words("of from off outside beyond")  # "150 nautical miles off Aden"

# The words after a figure that tell which way it measures, by the dimension a question asks:
# "How deep …?" is "four metres deep" or "38 metres below the surface", not "300 metres
# across" nor "2.6 miles south-east of the headland" (a distance).
DIMENSION_TOLD = {
    "deep": lx.words("deep depth down below beneath underwater"),
    "wide": lx.words("wide width across broad"),
    "long": lx.words("long length"),
    "high": lx.words("high tall height above"),
    "thick": lx.words("thick thickness"),
}
DIMENSION_TOLD["tall"] = DIMENSION_TOLD["high"]
ASKED_DIMENSION = re.compile(r"\bhow\s+(deep|wide|long|high|tall|thick)\b", re.IGNORECASE)
_ANY_WAY = frozenset().union(*DIMENSION_TOLD.values()) | lx.DIRECTIONS | lx.words("away")


DIMENSION_REACH = 3  # words before a figure that may say which way it measures ("as deep as")


def measures_asked_way(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a figure's own words say it measures the asked dimension: "as deep as six
    metres", "a depth of 38 metres", "four metres deep"."""
    asked = ASKED_DIMENSION.search(question.text)
    if asked is None:
        return False
    before = [fold(w) for w in re.findall(r"[^\W\d_]+", text[max(0, start - 40) : start])]
    after = [fold(w) for w in re.findall(r"[^\W\d_]+", text[end : end + 20])][:1]
    told = DIMENSION_TOLD[asked.group(1).lower()]
    return bool(told.intersection(before[-DIMENSION_REACH:] + after))


def dimension_fit(question: Question, words: SentenceWords, last: int) -> int:
    """1 when a figure measures the way the question asks ("four metres deep"), -1 when it
    measures another way ("300 metres across", "2.6 miles south-east of …"), 0 when the
    sentence does not say."""
    asked = ASKED_DIMENSION.search(question.text)
    if asked is None or last + 1 >= len(words.folded):
        return 0
    told = words.folded[last + 1]
    if told not in _ANY_WAY:
        return 0
    return 1 if told in DIMENSION_TOLD[asked.group(1).lower()] else -1


MEASURE_UNITS = (
    lx.LENGTH_UNITS
    | lx.DURATION_UNITS
    | lx.words(
        """
    kg g tonnes tons tonne pounds lb ounces oz litres liters gallons hectares acres percent
    dollars euros magnitude mph kph degrees knots
    """
    )
)


def fits_unit(focus: str, text: str, start: int, end: int) -> bool:
    """Whether a span gives a measure that a unit noun asks for ("What was the sea temperature
    …?") with a fitting unit: "11 C", "45 metres"; not a table's bare "31", a height in no unit
    of length, or a temperature "under 100 metres". Other nouns ask no unit."""
    focus = focus.lower()
    if focus not in UNIT_MEASURES:
        return True
    unit = _unit_of_figure(text, start, end)
    if unit is None:
        return False
    if focus in LENGTH_MEASURES:
        return unit in lx.LENGTH_UNITS
    return focus != "temperature" or unit not in lx.LENGTH_UNITS | lx.DURATION_UNITS


UNIT_MEASURES = lx.words(
    "temperature speed height length width depth weight distance area volume altitude"
    " elevation wingspan diameter radius thickness"
)


def _unit_of_figure(text: str, start: int, end: int) -> str | None:
    """The unit a span's last figure carries, in the span or right after it ("11 C", "18
    knots", "45 metres"); None for "31" or a figure with no unit."""
    figures = list(FIGURE_TOLD.finditer(text, start, end))
    if not figures:
        return None
    after = UNIT_AFTER_FIGURE.match(text, figures[-1].end())
    unit = after.group(1).lower().rstrip(".") if after else ""
    return unit if unit in MEASURE_UNIT_WORDS else None


# a figure in digits, or in words ("six kilometres", "twenty-five metres")
FIGURE_TOLD = re.compile(
    rf"\d[\d.,]*|\b(?:{lx.TENS_WORDS}|{lx.UNIT_WORDS}|ten|eleven|twelve|\w+teen|hundred|thousand)"
    r"(?:-\w+)?\b",
    re.IGNORECASE,
)
MEASURE_UNIT_WORDS = MEASURE_UNITS | lx.words(
    "° º c f celsius fahrenheit km/h km/s m/s kmh kt rpm sq square"
)
LENGTH_MEASURES = lx.words(
    "height length width depth distance altitude elevation wingspan diameter radius thickness"
)
UNIT_AFTER_FIGURE = re.compile(r"\s?(°|º|[a-zA-Z]{1,12}(?:/[a-z]{1,2})?)")


LIST_SEPARATOR = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
LIST_END = re.compile(r"[;:.()]\s|[;:.()]?$")
MIN_LIST_ITEMS = 3
MAX_ITEM_WORDS = 8


def total_over_list(text: str, words: SentenceWords, start: int, anchors: set[int]) -> bool:
    """Whether a figure is a total over a list that the question's subject is one item of
    ("the bill reached £61 million once the demolition, the temporary footbridge, the clean-up
    and the buses are added": that is not what the footbridge cost)."""
    if not anchors:
        return False
    items = _list_items(text, start)
    if not items:
        return False
    positions = [words.spans[i][0] for i in anchors]
    return all(any(a <= at < b for a, b in items) for at in positions)


def _list_items(text: str, figure: int) -> list[tuple[int, int]]:
    """The items of the comma list that follows a figure in its sentence ("... once A, B, C
    and D are added"), or [] when there is none of three items or more."""
    after = text.find(" ", figure)
    opener = text.find(" ", after + 1) if after >= 0 else -1  # the list starts after the figure
    if opener < 0:
        return []  # "…, has died in hospital, aged 81.": nothing follows the figure
    stop = LIST_END.search(text, opener)
    region_end = stop.start() if stop else len(text)
    region = text[opener:region_end]
    if region.count(",") < MIN_LIST_ITEMS - 1:
        return []
    cuts = [m for m in LIST_SEPARATOR.finditer(region)]
    bounds = [0] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [len(region)]
    items = [(opener + a, opener + b) for a, b in zip(bounds, ends, strict=True)]
    inner = items[1:-1]  # the first and last carry the words around the list
    if len(items) < MIN_LIST_ITEMS or any(
        len(text[a:b].split()) > MAX_ITEM_WORDS for a, b in inner
    ):
        return []
    return inner
