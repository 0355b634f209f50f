"""Pick the words of a sentence that answer the question, by the shape the question asks for.

`best_span(question, terms, candidate)` returns a `Span` (offsets into the sentence) with a
score; the shape comes from the question type:

- when: a date expression; how many / how much: a figure (with its unit or currency);
- who / where: a capitalised name the question does not already hold; a job or role when the
  question asks "what is X's job" or "who is X";
- why: the clause a reason cue opens ("due to ...", "because ...", "after ..."), or the next
  sentence when it opens with "This was because ...";
- what / which: what the sentence calls the asked-about thing ("known as X", "<focus> is X"),
  a name holding the focus noun, else the nearest run of words the question does not hold;
- how: the phrase a manner cue opens ("by weight"), else as "what";
- "What does ACR stand for?": the long form the sources define.

Spans near the question's matched words score higher (inverse token distance, IDF-weighted).
The spans themselves come from `spans` (dates, figures, names, chunks), `phrases` (lists,
definitions, manners) and `shapes` (long forms, roles, reasons).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import variants as var
from sourcedesk.answer.agreement import PICKED_FROM, date_parts, is_tally, part_count
from sourcedesk.answer.figures import (
    AGE_QUESTION,
    ASKED_DIMENSION,
    PARTITIVE_QUESTION,
    UNIT_MEASURES,
    age_in_a_name,
    age_not_count,
    asked_tally,
    asks_share,
    asks_sum,
    count_not_age,
    counts_for_a_size,
    counts_other_noun,
    counts_other_thing,
    dimension_fit,
    duration_not_age,
    figure_like,
    figure_noun,
    figures_whole,
    fits_measure,
    fits_unit,
    glued_to_name,
    has_digit,
    is_share,
    measured_from_anchor,
    model_number,
    other_currency,
    other_tally,
    others_age,
    partitive_share,
    population_not_asked,
    population_untold,
    size_of_other_thing,
    states_age,
    states_score,
    time_for_no_time,
    times_of_asked_act,
    total_over_list,
    uncued_age,
    with_durations,
)
from sourcedesk.answer.kinship import REVERSED, asked_relative, relative_span
from sourcedesk.answer.objects import (
    after_final_word,
    asked_preposition,
    asked_verb,
    question_ending,
    verb_without_preposition,
    whole_object,
)
from sourcedesk.answer.people_places import (
    PERSON_NOUNS,
    PLACE_BONUS,
    WORKPLACE_BONUS,
    after_place_word,
    agent_bonus,
    asks_person_by_noun,
    at_workplace,
    before_asked_word,
    describes_noun,
    is_country_word,
    names_no_person,
    person_of_body,
    person_score,
    person_shaped,
    region_name,
    verb_form,
    who_adjustment,
)
from sourcedesk.answer.person_names import NOT_PERSON_HEADS
from sourcedesk.answer.phrases import (
    ACTION_QUESTION,
    APPELLATION,
    AS_VERB_QUESTION,
    NAME_OF_QUESTION,
    RANGE_TAIL,
    REGARDED_AS,
    action_spans,
    clause_start,
    defining_spans,
    described_subject_spans,
    fame_spans,
    focus_list_spans,
    is_focus_word,
    manner_spans,
    named_thing_bonus,
    regarded_as_spans,
    verb_complement_spans,
    verb_like,
)
from sourcedesk.answer.question import Question, asks
from sourcedesk.answer.respectively import item_place, value_list
from sourcedesk.answer.retrieve import (
    IN_CHARGE,
    Candidate,
    SentenceWords,
    Term,
    body_name,
    match_key,
)
from sourcedesk.answer.shapes import (
    WORK_NOUNS,
    WORK_TITLE,
    alias_span,
    asks_expansion,
    asks_role,
    reason_span,
    role_span,
)
from sourcedesk.answer.siblings import set_aside, sibling_item
from sourcedesk.answer.span_context import (
    FOUNDING_QUESTION,
    acronym_of_name_before,
    anchored_only_by,
    another_bearer,
    asks_one_end,
    asks_owner,
    clause_join,
    clause_most_asked,
    clause_of,
    clauses_naming,
    clock_spans,
    close_bracket,
    holds_capitalised_anchor,
    inside_quotation,
    names_asked_thing,
    of_place_after_name,
    only_stopwords,
    opens_at_gap,
    range_penalty,
    range_side,
    share_in_item,
    trim_anchors,
    with_partners,
    with_place_noun,
    with_region,
)
from sourcedesk.answer.span_fit import (
    asks_measure,
    asks_most_money,
    asks_other_than_figure,
    bare_figure,
    counts_other_things,
    counts_time,
    forecast_for_a_fact,
    held_formerly,
    holds_focus,
    no_country,
    not_the_facility,
    other_rate,
    receiver_side,
    right_after_asked,
    share_for_a_count,
    title_only,
    unqualified,
    whole_role,
)
from sourcedesk.answer.spans import (
    MONTH_ABBREVIATIONS,
    POSSESSIVE,
    Span,
    around,
    based_spans,
    boundary_between,
    chunk_spans,
    date_spans,
    in_row_label,
    is_anchor,
    is_cited_author,
    labelled_code_spans,
    labelled_value,
    labelled_value_spans,
    locative_spans,
    name_spans,
    names_people,
    number_spans,
    ordinal_spans,
    other_label,
    owned_part_spans,
    question_positions,
    quoted_spans,
    relative_head_spans,
    running_count_spans,
    said_spans,
    stray_name_words,
    sum_without_currency,
    token_range,
    verb_dating,
)
from sourcedesk.answer.variants import fold, singular
from sourcedesk.answer.voice import doer_untold, verb_slot_bonus, verb_uses
from sourcedesk.index import abbreviations
from sourcedesk.research.currencies import currency_of
from sourcedesk.research.dates import tag_dates
from sourcedesk.research.entity_data import GIVEN_NAMES, ORG_KEYWORDS, PLACE_KEYWORDS

LENGTH_PENALTY = 0.02
MIN_COMPOUND_HEAD = 3  # a focus noun this long may end a compound ("gun" of "handgun")
KIND_OF = re.compile(
    r"\b(?:kinds?|types?|sorts?|forms?|species|breeds?|varieties|variety)\s+of\s+(\w+)"
    r"(?:\s+(\w+))?",
    re.I,
)
FOCUS_BONUS = 0.5
SLOT_BONUS = 0.15
NAME_OF_KIND_BONUS = 0.3
DATE_AFTER_ASKED_BONUS = 0.3
FOCUS_WINDOW = 3  # the focus noun stands this close to the answer ("the town of X", "X troops")
TYPE_MISS = -1.0  # a span without the shape the question asks for
BODY_NAME_BONUS = 0.1  # a name shaped as a body's ("… Pharmaceuticals") for "which company?"
YEAR_ONLY = re.compile(r"^\d{4}s?$")
WORD_FIGURE_PENALTY = 0.3
DAY_WANTED_PENALTY = 0.3
NAME_BONUS = 0.1  # "which X" is most often answered by a name
FOCUS_OF_BONUS = 0.15  # "Which charge …?": the phrase after "charge of"
WHOLE_PHRASE_BONUS = 0.05  # a chunk that is a whole phrase, not a piece of one
QUOTED_FOCUS = lx.words(
    """
    word words term phrase expression slogan nickname quote theme title motto tagline
    song album film movie book novel poem play series painting
    """
)
# "Korean Central News Agency (KCNA)" defines the acronym; a photo credit only names the agency.
NEGATED_PENALTY = 0.5
LEADING_ARTICLE = re.compile(r"(?:(?:an?|the)\s+)?$", re.IGNORECASE)
ARTICLES = lx.words("a an the")
ITEM_BONUS = 0.5  # an item of a list the focus noun opens ("the principles of A, B and C")
DEFINED = ("named", "copula", "content", "regarded")
UNNAMING_KINDS = frozenset(
    ("number", "date", "duration", "manner", "said", "action")
)  # never a name
# Things asked by a noun that a common noun rarely answers: "the guild" may be which group,
# but "ratings" is no TV network.
PROPER_NAMED_FOCUS = lx.STRUCTURE_HEADS | lx.words("network newspaper airline brand")
MANNER_BONUS = 0.5  # "by ...", "using ..." answers "how"
DEFINED_BONUS = 0.5  # what a sentence calls the asked-about thing ("known as X", "<focus> is X")
CURRENCY_SIGNS = tuple("$€£¥")
QUOTES = "\"'“”‘’«»"
VERB_LIKE_PENALTY = 0.2
APPOSITION_WORDS = 5  # words of "a mobile marketing company" after a name
NAMES_FOCUS_BONUS = 0.4  # a name that holds the focus noun or stands right before it
RELATIVE_BONUS = 0.2  # "a family friend who spotted the car": the doer the question asks for
FINAL_GAP_BONUS = 0.3  # the words right after the verb a question ends on ("... reach?")
STRANDED_GAP_FACTOR = 3  # ... or after the preposition it ends on ("... swap them for?")


def _proximity(first: int, last: int, anchors: list[tuple[int, float]]) -> float:
    if not anchors:
        return 0.0
    total = sum(w for _, w in anchors)
    near = 0.0
    for pos, weight in anchors:
        gap = first - pos if pos < first else pos - last if pos > last else 0
        near += weight / (1 + max(gap, 0))
    return near / total


def _overlaps_question(words: SentenceWords, first: int, last: int, anchors: set[int]) -> float:
    if first < 0:
        return 0.0
    return sum(1 for i in range(first, last + 1) if i in anchors) / (last - first + 1)


# -- scoring ------------------------------------------------------------------------------------
# "announced on May 4 that it was closing ...": the date of the act announced
ANNOUNCED_AS_DONE = re.compile(r"\W*(?:that\s+)?\w+\s+(?:was|were)\s+\w+ing\b")


ATTRIBUTION_REACH = 50  # "…, Brandt said at a briefing Friday"


def _attribution_date(text: str, start: int) -> bool:
    """Whether a date is the date of a statement ("..., the board said on 12 September")."""
    return bool(lx.ATTRIBUTION.search(text[max(0, start - ATTRIBUTION_REACH) : start]))


def _asks_saying(question: Question) -> bool:
    """ "When did the board say ...?" (a verb), not "When is its final report due?" (a noun)."""
    text = question.text
    for match in lx.SAYING_QUESTION.finditer(text):
        before = text[: match.start()].split()
        previous = fold(before[-1]) if before else ""
        if previous not in lx.NOUN_MARKERS and not previous.endswith(("'s", "’s")):
            return True
        pronoun = previous in ("that", "this", "it") and len(before) > 1
        if pronoun and fold(before[-2]) in lx.AUXILIARIES:
            return True  # "When was that announced?": "that" is what was said
    return False


# "Since when …?", "Since what year …?": the date a "since" opens
SINCE_ASKED = re.compile(r"\W*since\s+(?:when|what|which)\b", re.IGNORECASE)
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)


def _sum_shaped(text: str, start: int, end: int) -> bool:
    """Whether a figure may be a sum of money: in a currency, or in one the currency table
    does not know (`sum_without_currency`)."""
    return bool(lx.MONEY.search(around(text, start, end))) or sum_without_currency(text, start, end)


HOW_MANY_TIMES = re.compile(r"\bhow\s+many\s+times\b", re.IGNORECASE)


def _in_side_clause(
    text: str, words: SentenceWords, first: int, last: int, anchors: set[int]
) -> bool:
    """Whether a span stands in a relative clause set off by commas that holds none of the
    question's words ("Ada Orsa, who has chaired the club since 2019, filed …"): it
    tells of something else about the person."""
    start = first
    while start > 0 and words.folded[start - 1] not in RELATIVE_OPENERS:
        if text[words.spans[start - 1][1] : words.spans[start][0]].strip() in (",", ";", "("):
            return False  # the clause began before any "who"
        start -= 1
    if start == 0:
        return False
    opener = start - 1
    set_off = text[words.spans[opener - 1][1] : words.spans[opener][0]].strip() == ","
    if words.folded[opener] == "which" and not set_off:
        return False  # "the contract which was signed on …" restricts: it tells the asked act
    end = last
    while end + 1 < len(words.folded) and not text[
        words.spans[end][1] : words.spans[end + 1][0]
    ].strip().startswith((",", ";", ")")):
        end += 1
    return not any(k in anchors for k in range(opener, end + 1))


RELATIVE_OPENERS = lx.words("who which whose")


def _before_asked_conjunct(words: SentenceWords, last: int, anchors: set[int]) -> bool:
    """Whether a date ends a clause that "and" joins to the question's own act ("approved in
    March 2019 and signed …": March is when it was approved, not signed)."""
    k = last + 1
    if k >= len(words.folded) or words.folded[k] not in CLAUSE_JOINS:
        return False
    return any(j in anchors for j in (k + 1, k + 2))


CLAUSE_JOINS = lx.words("and but then")
PARTICIPLE_REACH = 8  # words from the asked participle to its date


def _after_asked_participle(
    question: Question, text: str, words: SentenceWords, first: int
) -> bool:
    """Whether a date follows, in its clause, the participle a "When was X rebuilt?" question
    ends on: the date of that act, not of another the sentence tells first."""
    if not PASSIVE_WHEN.match(question.text):
        return False
    ending = question_ending(question).split()
    if not ending or not lx.past_form(ending[-1]):
        return False
    asked = var.stem(ending[-1])
    for k in range(first - 1, max(-1, first - PARTICIPLE_REACH - 1), -1):
        if var.stem(words.folded[k]) == asked:
            return True
        if text[words.spans[k][1] : words.spans[k + 1][0]].strip()[:1] in (",", ";"):
            return False
    return False


# past acts only: "When is the report now expected?" asks a plan, whose dates may differ
PASSIVE_WHEN = re.compile(r"^\s*when\s+(?:was|were|has|have|had)\b", re.IGNORECASE)


def _times_for_a_count(question: Question, span: str) -> bool:
    """Whether "twice" would answer a count of things ("How many times …?" it answers)."""
    return (
        question.qtype == "how_many"
        and span.lower() in lx.REPEAT_WORDS
        and not HOW_MANY_TIMES.search(question.text)
    )


def _told_share(span: str) -> bool:
    """A share in figures or words: "30 per cent", "30–60%", "over half", "a third", "one in
    every five"."""
    return (
        is_share(span)
        or bool(lx.SHARE_IN_WORDS.intersection(span.lower().split()))
        or RATIO.search(span) is not None
    )


# "one in five", "1 in 4", "one in every ten": a share told as a ratio.
RATIO = re.compile(r"\b(?:one|\d+)\s+in\s+(?:every\s+)?(?:\d+|[a-z]+)\b", re.IGNORECASE)


# A question asking "where" in so many words, not "Which country …?" (a subject may answer that).
WHERE_ASKED = re.compile(r"\s*(?:(?:from|to|in|at)\s+)?where\b", re.IGNORECASE)

# Nouns only a code answers ("What was the aircraft's registration?": "G-KLSM", never a word).
CODE_FOCUS = lx.words("registration callsign postcode")
PERCENT_ASKED = re.compile(
    r"\bwhat\s+(?:percentage|per\s*cent|percent|share|proportion)\b", re.IGNORECASE
)
# A share of a group of people or things asked: "What proportion of drivers …?"
GROUP_SHARE_ASKED = re.compile(
    r"\bwhat\s+(?:percentage|proportion|share|fraction)\s+of\b", re.IGNORECASE
)
# A change told right before a share ("a pay increase of 9 per cent"): a rate, no part of a group.
CHANGE_BEFORE = re.compile(
    r"\b(?:increase|rise|raise|hike|cut|fall|drop|growth|decline|reduction)\s+of\s+"
    r"(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
BARE_YEAR = re.compile(r"(?:in\s+)?(?:1[5-9]\d\d|20\d\d)", re.IGNORECASE)
KIND_WORDS = lx.words("type types kind kinds sort sorts form forms")  # "What type of wages …?"
KIND_NUMBER_WORDS = lx.words("single double triple sole lone")  # "a single fare": a kind
NO_CHARGE = lx.words("free nothing unchanged")  # "What is the fare for children?": "free"


def _no_quantity(question: Question, span_text: str) -> bool:
    """Whether a what- or how-much question asks a `lexicon.QUANTITY_FOCUS` noun and the span
    holds no figure (a bare year is none either)."""
    if (
        question.qtype not in ("what", "which", "how_much")
        or question.focus.lower() not in lx.QUANTITY_FOCUS
        or not _quantity_asked(question)
    ):
        return False
    if BARE_YEAR.fullmatch(span_text.strip()):
        return True  # "What was her majority when she first won?" is no "2019"
    low = span_text.lower().replace("-", " ").split()
    return not has_digit(span_text) and not any(
        (lx.is_number_word(w) or w in lx.SHARE_IN_WORDS or w in NO_CHARGE)
        and w not in lx.REPEAT_WORDS
        and w not in KIND_NUMBER_WORDS
        for w in low
    )


def _asks_quantity_noun(question: Question) -> bool:
    """Whether a what- or which-question asks a quantity by its noun right after the question
    word ("What payment …?", "What was the turnout?")."""
    return (
        question.qtype in ("what", "which")
        and question.focus.lower() in lx.QUANTITY_FOCUS
        and _quantity_asked(question)
    )


def _quantity_asked(question: Question) -> bool:
    """Whether the quantity noun comes right after the question word ("What was the turnout?",
    "How much is the fare?"), not after "type of" ("What type of wages …?" asks a kind) nor
    after the question's subject ("The majority of jobs are what?")."""
    words = question.text.lower().replace("?", " ").split()
    focus = question.focus.lower()
    if not words or words[0] not in ("what", "which", "how") or focus not in words[:6]:
        return False
    return not KIND_WORDS.intersection(words[: words.index(focus)])


def _titled_person(kind: str, words: SentenceWords, first: int, last: int) -> bool:
    """Whether a name is a person's, told by a title that opens it or stands right before it
    ("Dr Ada Kell", "Mayor Ines Varo"): no company."""
    if kind not in ("name", "chunk") or first < 0:
        return False
    titles = [first - 1] if first > 0 else []  # "Mayor" before "Ines Varo"
    if last > first:
        titles.append(first)  # "Dr Ada Kell": the title, then the name
    return any(words.capitalised[k] and words.folded[k] in PERSON_TITLES for k in titles)


PERSON_TITLES = lx.HONORIFICS | lx.words("professor mayor councillor judge inspector")
PLACE_WORDS_BEFORE = lx.words("in at near")  # "based in Orsa": a place, not the body


BOUND_ASKED = re.compile(
    r"\b(?P<side>before|prior\s+to|after|since)\s+(?P<bound>[^?]+)", re.IGNORECASE
)
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}$")


def _beyond_the_bound(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a date is on the wrong side of the bound a when-question sets, or is the bound
    itself ("When was it last audited before May 2024?" is neither "May 2024" nor "4 June
    2024"). Dates are compared as far as both tell them (a year against a month: its year)."""
    side, limit = _date_bound(question.text)
    if not limit:
        return False
    told = [m.value for m in tag_dates(text) if m.start <= start < m.end or start <= m.start < end]
    if not told or not ISO_DATE.match(told[0]):
        return False
    value = told[0]
    common = min(len(limit), len(value))
    if side in ("before", "prior to"):
        return value[:common] >= limit[:common]
    return value[:common] <= limit[:common]


@functools.lru_cache(maxsize=256)
def _date_bound(question_text: str) -> tuple[str, str]:
    """The side and the date ("before", "2024-05") of a question's bound, read once per
    question; ("", "") when it sets none."""
    bound = BOUND_ASKED.search(question_text)
    if bound is None:
        return "", ""
    told = bound.group("bound")
    limits = [m.value for m in tag_dates(told) if ISO_DATE.match(m.value)]
    years = [m.group(0) for m in lx.YEAR_PATTERN.finditer(told) if m.group(0).isdigit()]
    limit = (limits or years or [""])[0]  # "before 2025": a bare year is read as one
    return " ".join(bound.group("side").lower().split()), limit


MODEL_ASKED = re.compile(r"^\W*(?:what|which)\s+(?:model|make|brand)s?\b", re.IGNORECASE)


def _model_shaped(words: SentenceWords, kind: str, first: int, last: int) -> bool:
    """Whether a span may name a model or a make: a name not placed by "in" or "at" ("a
    depot in Orsa" names a place), a code, or words with a digit ("VT-68", "Tarn 400")."""
    if kind in ("name", "code", "quoted", "named"):
        return not _after_place_word(words, first)
    opens = words.capitalised[first] or any(ch.isdigit() for ch in words.folded[first])
    return opens and any(  # not "three of its Tarn 40": a count of the model
        any(ch.isdigit() for ch in words.folded[i]) for i in range(first, last + 1)
    )


def _on_after_asked(words: SentenceWords, first: int, anchors: set[int]) -> bool:
    """Whether a name follows "on" right after one of the question's words ("stuck on Halvik
    Isle"): the place the asked thing happened on."""
    return first >= 2 and words.folded[first - 1] in ("on", "onto") and first - 2 in anchors


def _after_place_word(words: SentenceWords, first: int) -> bool:
    """Whether a name stands right after "in", "at" or "near" ("headquartered in Orsa")."""
    return first > 0 and words.folded[first - 1] in PLACE_WORDS_BEFORE


COLOUR_FOCUS = lx.words("colour colours color colors")
_COLOUR = (
    r"(?:(?:light|dark|pale|deep|bright|dull)[\s-])?"
    r"(?:red|green|blue|yellow|white|black|purple|pink|orange|brown|grey|gray|violet|cream"
    r"|gold|golden|silver|crimson|scarlet|maroon|turquoise|beige|lilac|mauve|indigo|navy"
    r"|ochre|amber|magenta|khaki|tan|bluish|purplish)(?:dish|ish)?"
)
# "bluish-green", "red and white", "dark blue": a colour, or colours joined
COLOURS = re.compile(rf"\b{_COLOUR}(?:(?:-|\s+(?:and|or|to)\s+|,\s+){_COLOUR})*\b", re.I)
ROUTE_FOCUS = lx.words("route routes line lines link links connection connections")
_PLACE = r"[A-Z][\w'’]+(?:\s[A-Z][\w'’]+){0,3}"
_ROUTE = rf"{_PLACE}\s*[-–—]\s*{_PLACE}"
# Routes named by their ends: "Lisle - Vell", "the Lisle–Vell and Lisle–Orsa lines".
# Routes named by number: "the 3, 8, 19 and 61", "the X2 and the 5"
_ROUTE_NO = r"(?:the\s+)?[A-Z]?\d{1,3}[A-Z]?"
NUMBERED_ROUTES = re.compile(
    rf"(?:(?<=\bthe\s)|(?<=:\s)|(?<=\broutes\s)|(?<=\bRoutes\s))"
    rf"{_ROUTE_NO}(?:,\s*{_ROUTE_NO})*,?\s+(?:and|or)\s+{_ROUTE_NO}\b(?![.,]\d)"
)
ROUTE_LIST = re.compile(rf"{_ROUTE}(?:(?:,\s*|,?\s+and\s+){_ROUTE})*")


@functools.lru_cache(maxsize=1024)
def _code_asked(question: Question) -> str:
    """How a question asks for a code by its label: "code" when only a code answers ("the
    flight number", "the registration"), "which" when "Which runway …?" may be answered by
    "runway 09" (or else by other words), "" when it asks none."""
    label = question.focus.lower()
    if question.qtype not in ("what", "which") or not label:
        return ""
    if label in CODE_FOCUS or re.search(rf"\b{re.escape(label)}\s+numbers?\b", question.text, re.I):
        return "code"
    return "which" if question.qtype == "which" and not asks_measure(question) else ""


def _shape_spans(question: Question, text: str, words: SentenceWords, anchors: set[int]):
    qtype = question.qtype
    if HOW_OFTEN_ASKED.match(question.text):
        return [(m.start(), m.end(), "frequency") for m in FREQUENCY.finditer(text)]
    if qtype in ("what", "which") and question.focus.lower() in COLOUR_FOCUS:
        return [(m.start(), m.end(), "chunk") for m in COLOURS.finditer(text)]
    if qtype in ("what", "which") and question.focus.lower() in ROUTE_FOCUS:
        routes = [(m.start(), m.end(), "name") for m in ROUTE_LIST.finditer(text)]
        routes += [(m.start(), m.end(), "name") for m in NUMBERED_ROUTES.finditer(text)]
        if routes:
            return routes  # "on the Lisle - Vell and Lisle - Orsa routes": both, whole
    if qtype in ("what", "which") and question.focus and not question.plural_focus:
        values = labelled_value_spans(text, question.focus.lower())
        if values:
            return values  # "Turnout: 71%" of a table's row for "What was the turnout?"
    code_asked = _code_asked(question)
    if code_asked:  # "What was the flight number?": "HA618"; "Which runway …?": "runway 09"
        codes = labelled_code_spans(
            text, words, question.focus.lower(), with_label=code_asked == "which"
        )
        if codes or code_asked == "code":
            return codes
    if qtype == "when" and question.focus in CLOCK_FOCUS:
        if NOT_CLOCK.search(question.text):
            return date_spans(text)  # "What time period …?", "What time of year …?"
        return clock_spans(text)  # "At what time …?": "5.30pm", never "Thursday"
    if qtype == "when" and LAST_ASKED.search(question.text):
        since = [d for d in date_spans(text) if FIRST_SINCE.search(text, 0, d[0])]
        if since:
            return since  # "When had X last won?": "its first win since 1998"
    if qtype == "when" and SINCE_ASKED.match(question.text):
        since = [d for d in date_spans(text) if SINCE_BEFORE.search(text, 0, d[0])]
        if since:
            return since  # "Since when has she led it?": "… has led it since 2014"
    if qtype == "when":
        found = date_spans(text, ends=asks_one_end(question))
        if found or question.focus in DAY_FOCUS:
            return found
        return clock_spans(text)  # "When did the last passenger land?": "at 11:20", no date
    if qtype in ("how_many", "how_much"):
        spans = number_spans(text)
        if qtype == "how_many" and not EARLIER_PERIOD.search(question.text):
            # "her fourth try of the season": four so far (this season's, not last season's)
            spans += running_count_spans(text, (question.focus or "").lower())
        if asks(lx.DURATION_QUESTION, question) or counts_time(question):
            spans = with_durations(text, spans)  # "How many years ago …?": "12 years ago"
        if asks(lx.DURATION_QUESTION, question) and PERFECT_ASKED.search(question.text):
            spans += _since_spans(text)  # "How long has she led it?": "since 2016"
        if (
            qtype == "how_much"
            and lx.asks_money(question.text)
            and not asks_share(question)
            and not CHANGE_ASKED.search(question.text)
        ):  # "How much of Poland's income …?" asks a share of the money, not a sum; "By how
            # much have takings fallen?" is told by "40 per cent" as well as by a sum
            spans = [s for s in spans if _sum_shaped(text, s[0], s[1])]
        elif qtype == "how_much" and _asks_amount_of_stuff(question):
            area = question.focus.lower() in AREA_FOCUS  # "How much land …?": "40 acres"
            spans = [s for s in spans if _measured(text[s[0] : s[1]], area)]  # not "2134 Mill Rd"
        return spans
    if question.focus in lx.RANK_FOCUS:
        return ordinal_spans(text)
    if asks_most_money(question):  # "What is the most a guest is paid a night?": a sum
        return [s for s in number_spans(text) if _sum_shaped(text, s[0], s[1])]
    if _asks_quantity_noun(question):  # "What payment can firms claim?": "£300", not the deed
        sums = [s for s in number_spans(text) if _sum_shaped(text, s[0], s[1])]
        if sums:
            return sums
    if qtype == "what" and ACTION_QUESTION.match(question.text):
        return action_spans(question, text)  # "What did Ukraine do?": its act, no noun
    if qtype == "what" and lx.WHAT_SAID_QUESTION.search(question.text):
        return said_spans(text)  # "What did he say?": the quotation or the clause said
    if _asks_name(question):  # "What is X called?": what the sentence calls it, or a name
        if lx.CALLED_BY_SOMEONE.match(question.text) and not CALLING.search(text):
            return []  # "What did the ministry call the move?": a sentence that calls it so
        named = defining_spans(text, words, question.focus, True) + name_spans(text, words)
        if lx.CALLED_BY_SOMEONE.match(question.text):
            named = regarded_as_spans(text) + named  # "We view this decision as …"
        return _quotes_whole(quoted_spans(text), named)  # "entitled ‘Jewels after Jewels’"
    if qtype == "who":
        verbs = _main_verb_positions(question, words)
        # a passive's doer may follow the verb's synonym ("alerted … by a teacher" for "Who
        # tipped off …?"); a subject or a relative clause only the verb itself
        agent_verbs = _main_verb_positions(question, words, synonyms=True)
        return name_spans(text, words) + relative_head_spans(
            text, words, anchors, verbs, agent_verbs
        )
    if qtype == "where":
        names = name_spans(text, words)
        described = described_subject_spans(text, words, question.focus or "", names)
        moved = MOVED_QUESTION.search(question.text) is not None  # "Where were they taken?"
        places = locative_spans(text, words, anchors, moved)
        return described + names + based_spans(text) + places
    if qtype == "which" and not question.focus:
        return name_spans(text, words)
    if question.plural_focus or qtype == "list":
        return focus_list_spans(text, words, question.focus) + name_spans(text, words)
    figures = [f for f in number_spans(text) if not counts_other_things(question, text, f[1])]
    spans = figures_whole(chunk_spans(text, words, anchors), figures)
    spans = fame_spans(question, text) + spans  # "What is X known for?"
    if qtype == "how":
        complements = verb_complement_spans(question, text)
        if lx.VOTE_QUESTION.search(question.text):
            # "How did the group vote?": "against", "by 11 votes to six", never "in March"
            verdicts = [(m.start(), m.end(), "manner") for m in VOTE_VERDICTS.finditer(text)]
            tallies = [f for f in figures if is_tally(text[f[0] : f[1]])]
            return complements + verdicts + tallies
        spans = complements + manner_spans(text) + spans
        if AS_VERB_QUESTION.search(question.text):
            spans = regarded_as_spans(text) + spans  # "treating the fire as suspicious"
    if qtype == "how" and lx.REACTION_QUESTION.search(question.text):
        spans = said_spans(text) + spans  # "How did the mayor react?": what he said of it
    wants_names = qtype in ("what", "which") or _names_a_thing(question)
    names = name_spans(text, words) if wants_names else []
    if _body_focus(question):
        names += _bodies_of_people(text, names)  # "Jonas Pell of Kellmarsh Partners": the firm
    if qtype == "which" or _names_a_thing(question):
        spans = names + spans
    if qtype in ("what", "which") and not _asks_kind(question):
        asks_name = _asks_name(question) or question.focus in lx.NAME_FOCUS
        spans = defining_spans(text, words, question.focus, asks_name) + spans
        spans = described_subject_spans(text, words, question.focus or "", names) + spans
    if qtype in ("what", "which") and question.focus in PART_FOCUS:
        owned = owned_part_spans(text, _asked_names(question))  # "Russia's far east"
        placed = _without_preposition(text, locative_spans(text, words, anchors))
        if PART_WITHIN.match(question.text):
            return owned + placed  # "In which part of the mill …?": "in its drying loft"
        spans = owned + spans
    if lx.CALLING_QUESTION.search(question.text):
        spans = regarded_as_spans(text) + spans  # "we view this decision as …"
    if question.focus in QUOTED_FOCUS or lx.CALLING_QUESTION.search(question.text):
        # "the central theme ‘The Tide Keeps Time’"; "called the plan ‘reckless’"
        spans = _quotes_whole(quoted_spans(text), spans)
    return spans


def _person_of_body(person: str, body: str) -> bool:
    """Whether "X of Y" names a person of a body ("Ada Vell of Kellmarsh Partners")."""
    return person_shaped(person) or (len(person.split()) in (2, 3) and body_name(body))


def _bodies_of_people(text: str, names: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The body after "of" in a name that opens on a person ("Ada Vell of Kellmarsh Partners"), as a
    name of its own: "Which firm …?" is answered by the firm."""
    out = []
    for start, end, _ in names:
        person, of, body = text[start:end].partition(" of ")
        if of and body and _person_of_body(person, body):
            out.append((start + len(person) + len(of), end, "name"))
    return out


def _asks_amount_of_stuff(question: Question) -> bool:
    """ "How much heroin was found?": an amount of a stuff, which a bare number never gives
    (an address, an age); not "How much of …?", "How much longer …?" or a time."""
    focus = question.focus.lower()
    if not focus or focus in lx.UNITS or focus in lx.TIME_WORDS or focus in SHARE_WORDS:
        return False
    return re.match(r"\s*how\s+much\s+" + re.escape(focus) + r"\b", question.text, re.I) is not None


def _measured(span: str, area: bool) -> bool:
    """Whether a figure comes with a measure: a unit (of area, where an area is asked), a
    share or a currency."""
    words = re.findall(r"[a-z]+", span.lower())
    if area:
        return any(w in AREA_UNITS for w in words) or "km²" in span or "%" in span
    if lx.MONEY.search(span) or "%" in span:
        return True
    return any(w in STUFF_UNITS or w in lx.FRACTION_WORDS for w in words)  # "two-thirds"


AREA_FOCUS = lx.words("land area territory space ground")
AREA_UNITS = lx.words("acres acre hectares hectare square sq") | lx.FRACTION_WORDS
SHARE_WORDS = lx.words("percentage percent share proportion fraction portion part")
STUFF_UNITS = (
    lx.UNITS
    - lx.DURATION_UNITS
    - lx.words("people persons inhabitants residents soldiers troops members students")
    - lx.words("cases deaths votes seats times")
)  # a measure of a stuff: not a time ("five years"), not a head count
LAST_ASKED = re.compile(r"\blast\b", re.I)
FIRST_SINCE = re.compile(
    lx.FIRST_SINCE.pattern + r"\s+$", re.I
)  # right before the date it ends with


def _fraction_word(text: str, start: int, end: int, partitive: bool) -> bool:
    """ "third" of "third-floor" or "a third successive strike", "half" of "half the town": a
    fraction word is no count, unless a "how many of …" question asks for a share."""
    if text[start:end].lower() not in lx.FRACTION_WORDS:
        return False
    return text[end : end + 1] == "-" or not partitive


def _quotes_whole(
    quotes: list[tuple[int, int, str]], spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Quotations, and the other spans except pieces of a quotation ("Medium" of "The Medium
    is the Message")."""
    defined = {(a, b) for a, b, kind in spans if kind in DEFINED}
    quotes = [q for q in quotes if (q[0], q[1]) not in defined]  # "known as the 'bagman'"
    regarded = [(a, b) for a, b, kind in spans if kind == "regarded"]
    # "“We see this ruling as a blow …,” the office said": what it is seen as, not all it said
    quotes = [q for q in quotes if not any(q[0] <= a and b <= q[1] for a, b in regarded)]
    pieces = {
        (a, b)
        for a, b, kind in spans
        for s, e, _ in quotes
        if s <= a and b <= e and kind not in DEFINED
    }
    return quotes + [span for span in spans if (span[0], span[1]) not in pieces]


def _told_as_before(question: Question, text: str, start: int) -> bool:
    """Whether a figure is told as what a sum or count was before it changed ("up from the
    £3.9m", "originally £40"), for a how-many / how-much question that does not ask the first."""
    from sourcedesk.answer import agreement  # late: cycle

    if question.qtype not in ("how_many", "how_much"):
        return False
    if agreement.FIRST_ASKED.search(question.text):
        return False
    if CHANGED_FROM.search(text, max(0, start - agreement.EARLIER_REACH), start):
        return True
    return EARLIER_ESTIMATE.search(text, max(0, start - ESTIMATE_REACH), start) is not None


def _sum_only_sought(question: Question, text: str, start: int) -> bool:
    """Whether a figure is what someone sought or demanded ("which had sought £650,000") and
    the question asks what was got or paid, not what was asked for."""
    if question.qtype not in ("how_many", "how_much"):
        return False
    for asked in SEEKING_ASKED.finditer(question.text):
        before = question.text[max(0, asked.start() - 8) : asked.start()].lower().split()
        if not before or before[-1] not in ("its", "the", "a", "their", "his", "her", "that"):
            return False  # "How much did it seek?"; "settled its claim" asks no claim
    return SOUGHT_BEFORE.search(text, max(0, start - SOUGHT_REACH), start) is not None


SOUGHT_BEFORE = re.compile(
    r"\b(?:sought|seeking|seeks|seek|demanded|demanding|demands|requested|requesting"
    r"|asked\s+for|asking\s+for|bid\s+for|hoped\s+for)\s+(?:up\s+to\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
SEEKING_ASKED = re.compile(
    r"\b(?:seek|seeks|sought|seeking|demand|demanded|demanding|request|requested|ask|asked"
    r"|asking|want|wanted|claim|claimed|claiming|hope|hoped)\b",
    re.IGNORECASE,
)
SOUGHT_REACH = 30


def rate_unasked(question: Question, text: str, end: int) -> bool:
    """Whether a figure is told for each year, week or day ("280,000 people a year") and a
    how-many / how-much question asks no such rate."""
    if question.qtype not in ("how_many", "how_much"):
        return False
    return bool(PERIOD_RATE.match(text, end)) and not ASKED_RATE.search(question.text)


# "280,000 people a year", "£30 a week", "200 per day": a figure for each period
PERIOD_RATE = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}(?:a|an|per|each|every)\s+(?:year|month|week|day|night|hour"
    r"|minute|season|annum|decade)\b",
    re.IGNORECASE,
)
ASKED_RATE = re.compile(
    r"\b(?:a|an|per|each|every)\s+(?:year|month|week|day|night|hour|minute|season|annum|decade)\b"
    r"|\b(?:annual(?:ly)?|yearly|monthly|weekly|daily|hourly|nightly|rate|usually|normally"
    r"|typically|average)\b",
    re.IGNORECASE,
)


# "now £4m, against an earlier estimate of £3m", "Initial reports counted six prints; …": the
# figure an earlier report or estimate gave, in the same clause
EARLIER_ESTIMATE = re.compile(
    r"\b(?:initial|initially|earlier|early|first|original|originally|previous|previously|old)"
    r"\s+"
    r"(?:[\w-]+\s+)?(?:reports?|estimates?|figures?|forecasts?|valuations?|counts?|totals?"
    r"|tally|projections?|assessments?|accounts?)\b[^;.:]{0,80}$",
    re.IGNORECASE,
)
ESTIMATE_REACH = 120  # characters before a figure that may tell it as an earlier report's


# "up from the £3.9m", "revised from 40", "originally £40": a figure before it changed (not
# "donations from around 4,200 people", nor "the first 40 people")
CHANGED_FROM = re.compile(
    r"\b(?:up|down|rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|climbed"
    r"|revised|raised|cut|lowered)\s+(?:\w+\s+){0,2}?from\s+(?:an?\s+|the\s+)?$"
    r"|\b(?:initially|originally|at\s+first|previously|formerly|started\s+at|began\s+at)"
    r"\b(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)


def _main_verb_positions(
    question: Question, words: SentenceWords, synonyms: bool = False
) -> set[int]:
    """Where the sentence holds the verb right after "Who" ("Who *designed* it?"): a doer
    is looked for only there, not at a verb of another clause ("when the county
    strengthened it" does not say who led the council)."""
    asked = question.text.split()
    if len(asked) < 2 or not question.concepts or asked[0].lower() != "who":
        return set()
    concepts = list(question.concepts)
    if len(asked) > 2 and fold(asked[1]) in lx.VERB_ADVERBS:  # "Who first alerted the coastguard?"
        asked = asked[1:]
        concepts = [c for c in concepts if c.words != (fold(asked[0]),)]
    verb = fold(asked[1].strip("?,."))
    if not concepts or concepts[0].words != (verb,):
        return set()
    keys = {match_key(verb)} | ({match_key(w) for w in var.synonyms(verb)} if synonyms else set())
    return {i for i, k in enumerate(words.keys) if k in keys}


def _origin_of_a_move(question: Question, words: SentenceWords, first: int, last: int) -> bool:
    """Whether a place is where a move starts ("from Atlanta to Washington") and the question
    does not ask where from."""
    if first < 1 or words.folded[first - 1] != "from" or FROM_QUESTION.search(question.text):
        return False
    if EARLIER_PLACE.search(question.text):
        return False  # "Where had the capital been before the king moved it?": where from
    after = words.folded[last + 1 : last + 4]
    return "to" in after


def _calendar_name(words: SentenceWords, first: int, last: int) -> bool:
    """Whether a name is only words of the calendar ("Christmas", "Easter Monday")."""
    return all(words.folded[k] in lx.CALENDAR_NAMES for k in range(first, last + 1))


def _whole_phrase(
    text: str, words: SentenceWords, first: int, last: int, anchors: set[int]
) -> bool:
    """Whether a run of words is bounded on both sides (punctuation, a stop word, a
    question word or the sentence's edge) rather than cut out of a longer phrase."""

    def edge(i: int, gap_at: int) -> bool:
        if i < 0 or i >= len(words.folded):
            return True
        return (
            i in anchors or words.folded[i] in lx.STOPWORDS or boundary_between(text, words, gap_at)
        )

    return edge(first - 1, first - 1) and edge(last + 1, last)


SETTLEMENT_FOCUS = lx.words("city cities town towns village villages capital")
# Quantities asked as a level, which a percentage of change does not give.
LEVEL_FOCUS = lx.words(
    """
    revenue revenues sales profit profits income earnings price prices cost costs budget
    salary debt population value worth spending funding deficit turnover
    """
)
CHANGE_ASKED = re.compile(
    r"\b(?:by how much|rise|rose|fall|fell|grow|grew|increase|decrease|drop|change)", re.I
)


def _asks_level(question: Question) -> bool:
    """Whether the question asks a quantity's level ("What was its revenue?"), not a change."""
    return question.focus.lower() in LEVEL_FOCUS and CHANGE_ASKED.search(question.text) is None


def _level_reached(question: Question, kind: str, text: str, start: int) -> bool:
    """Whether a figure is the level the asked quantity changed to ("revenue rose 4.1 percent
    to $12.6 billion")."""
    if kind != "number" or not _asks_level(question):
        return False
    focus = question.focus.lower()
    before = text[max(0, start - LEVEL_REACH) : start]
    within = r"(?:[^.;,]|[.,]\d)*"  # the clause, decimal points and thousands aside
    return re.search(rf"\b{re.escape(focus)}\w*\b{within}\bto\s+$", before, re.I) is not None


LEVEL_REACH = 80  # characters between the quantity's name and the level it reached


def _side_of_change(question: Question, kind: str, text: str, start: int, end: int) -> int:
    """For a question about the level before a change ("What was its capacity before?"), +1
    for the figure a change started from ("cut from 4,200 to 3,850": 4,200) and -1 for the
    one it reached; 0 otherwise."""
    if kind != "number":
        return 0
    earlier = 1 if EARLIER_ASKED.search(question.text) else -1
    if earlier < 0 and not CHANGE_VERB.search(text, max(0, start - CHANGE_VERB_REACH), start):
        return 0  # "from 12 to 15 degrees" is a range; "lengthened from 1.2 km to 1.9 km" a change
    if CHANGE_FROM.search(text, 0, start) and FIGURE_TO.match(text, end):
        return earlier
    if CHANGE_TO.search(text, 0, start) and FROM_BEFORE.search(text, 0, start):
        return -earlier  # "How long is the tunnel?": 1.9 km, the length it was changed to
    return 0


CHANGE_VERB = re.compile(
    r"\b(?:rais|increas|ris|rose|cut|reduc|fell|fall|grew|grow|lengthen|extend|expand|lower|"
    r"drop|climb|jump|shorten|widen|narrow|slash|boost|doubl|halv)\w*\s+(?:\w+\s+){0,3}?from\b",
    re.IGNORECASE,
)
CHANGE_VERB_REACH = 60  # characters before a figure in which its change's verb stands


EARLIER_ASKED = re.compile(
    r"\b(?:before|previously|originally|initially|formerly|at first|used to|until then)\b",
    re.IGNORECASE,
)
FIGURE_TO = re.compile(r"\s+to\s+(?:about\s+|around\s+)?[$£€]?\d")
FROM_BEFORE = re.compile(r"\bfrom\s+[$£€]?\d[\d,.]*\s*\w*\s+to\s+(?:about\s+|around\s+)?$", re.I)


def _share_for_level(question: Question, kind: str, span: str) -> bool:
    """Whether a percentage is offered for a level ("What was its revenue?")."""
    return (
        kind == "number" and is_share(span) and not asks_share(question) and _asks_level(question)
    )


@functools.lru_cache(maxsize=1024)
def _asks_work_title(question: Question) -> bool:
    return WORK_TITLE.search(question.text) is not None


def _names_no_work(words: SentenceWords, first: int, name: str) -> bool:
    """Whether a name is someone's or a body's ("his son, Piet Vask", "the Orrin Gazette"),
    not a work's title ("Her debut novel, The Harbour Club, …" names the novel)."""
    if first > 0 and words.folded[first - 1] in WORK_NOUNS:
        return False
    return _after_role(words, first) or person_shaped(name) or body_name(name)


def _after_role(words: SentenceWords, first: int) -> bool:
    """Whether a name follows a role noun ("her publicist, Mara Quint"): a person's."""
    return first > 0 and words.folded[first - 1] in PERSON_NOUNS  # not "2028 host Los Angeles"


def _nationality_for_body(question: Question, kind: str, name: str) -> bool:
    """Whether a name ending in a nationality adjective is offered for a named body."""
    if kind != "name" or question.focus not in lx.NAMED_FOCUS or question.focus in lx.COUNTRY_FOCUS:
        return False
    return var.demonym_country(name.split()[-1]) is not None


GROUP_FOCUS = lx.words("group body bodies force forces")  # may be told in plain words


def _body_focus(question: Question) -> bool:
    return question.focus.lower() in lx.BODY_FOCUS


def _built_place(words: SentenceWords, first: int, last: int) -> bool:
    """Whether a name of two words or more ends on a built place's word ("Quay Road"); not
    "Harbour" alone, the first word of "Harbour master Ilse Norgaard"."""
    return last > first and words.folded[last] in lx.STRUCTURE_HEADS


def _vague_place(words: SentenceWords, first: int, last: int) -> bool:
    """Whether a locative names no place: no capitalised word, and a head such as "place",
    "area" or "scene" ("left in the wrong spot", "at the scene")."""
    if any(words.capitalised[k] for k in range(first, last + 1)):
        return False
    return words.folded[last] in VAGUE_PLACES


VAGUE_PLACES = lx.words("place places area areas spot location position site scene way ground")


def _asks_a_thing(question: Question) -> bool:
    """Whether a which-question asks for a body or a place, not a person ("Which hospital …?")."""
    focus = question.focus.lower()
    if question.qtype != "which" or not focus or focus in PERSON_NOUNS:
        return False
    return _body_focus(question) or focus in lx.STRUCTURE_HEADS or focus in ORG_KEYWORDS


def _person_speaking(text: str, words: SentenceWords, first: int, last: int) -> bool:
    """Whether a name is someone speaking ("Ada Vell said none of …"): a verb of saying
    follows it, and it holds no word of a body or a place ("the Office of Public Audit
    said", "St Orsa Medical Center says" are a body and a hospital speaking)."""
    if not SPEAKER_AFTER.match(text, words.spans[last][1]):
        return False
    held = set(words.folded[first : last + 1])
    return not held & (ORG_KEYWORDS | lx.STRUCTURE_HEADS | BODY_WORDS)


BODY_WORDS = lx.words("center centre office authority police service council board")
# A name that a verb of saying follows is someone speaking ("Ada Vell said none of …").


def _asks_a_body(question: Question) -> bool:
    """Whether a question asks for a body of people; "What force …?" may ask a physical one."""
    return _body_focus(question) and question.focus.lower() not in ("force", "forces")


# "Where were they taken / sent / moved?": a place told after "to" ("taken to a reception
# centre in the sports hall")
MOVED_QUESTION = re.compile(
    r"\b(?:taken|sent|moved|brought|flown|driven|carried|transferred|evacuated|relocated"
    r"|diverted|rehoused|go|went|gone)"
    r"(?:\s+(?:while|when|after|before|during|once|until|as)\b[^?]*)?\s*\??$",
    re.IGNORECASE,
)


def moved_to(question: Question) -> bool:
    """Whether a where-question asks where to: "Where were they taken / sent …?"."""
    return question.qtype == "where" and asks(MOVED_QUESTION, question)


def _person_named(text: str, start: int, end: int) -> bool:
    """Whether a name of two or three words is a person's: it opens on a given name, or an
    age follows it ("Jonas Pell, 58,"), or a post stands before it ("its managing director,
    Jonas Pell"); and it ends on no word of a place or a body ("Victoria Park", "George
    Street")."""
    parts = text[start:end].split()
    before = text[max(0, start - 20) : start].split()
    titled = bool(before) and before[-1].lower().rstrip(".") in NAME_TITLES  # "Captain Vell"
    if not (1 if titled else 2) <= len(parts) <= 3 or not all(p[:1].isupper() for p in parts):
        return False
    last = parts[-1].lower()
    if last in PLACE_KEYWORDS or last in ORG_KEYWORDS or last in lx.STRUCTURE_HEADS:
        return False
    aged = AGE_AFTER_NAME.match(text, end) is not None
    posted = POST_BEFORE_NAME.search(text, max(0, start - 40), start) is not None
    return parts[0].lower() in GIVEN_NAMES or aged or posted or titled


AGE_AFTER_NAME = re.compile(r",\s*\d{1,3}\s*,")
BODY_LINKS = lx.words("from by with for")  # "retired from Orsa Ferries": a body, no place
# Titles and ranks that stand before a person's name only ("Captain Ilse Marr")
NAME_TITLES = (
    lx.PERSON_TITLES
    | lx.HONORIFICS
    | lx.words(
        "captain capt sheriff professor sergeant sgt inspector constable detective "
        "superintendent supt colonel col major lieutenant lt admiral commander councillor "
        "reverend rev father sister dame lady lord sir"
    )
)
POST_BEFORE_NAME = re.compile(
    r"\b(?:director|executive|chief|chair|chairman|chairwoman|spokesman|spokeswoman|"
    r"spokesperson|manager|leader|head|president|secretary|minister|officer|founder|owner)"
    r"\s*,\s*$",
    re.IGNORECASE,
)


FIGURE_RANGE = re.compile(r"\d\s*(?:to|-|–)\s*\d")


def _holds_figure(span: str) -> bool:
    """Whether a chunk holds a figure, in digits or words: a piece of a number span."""
    return any(ch.isdigit() for ch in span) or any(
        w in lx.NUMBER_WORDS for w in re.findall(r"[a-z]+", span.lower())
    )


NAME_INNER_JOINERS = lx.NAME_JOINERS | lx.words("and")


def _cuts_a_name(words: SentenceWords, first: int, last: int) -> bool:
    """Whether a chunk ends or starts inside a capitalised name joined by "of", "for" or
    "and" ("School" or "Nursing Studies" of "School of Nursing Studies")."""
    caps, folded = words.capitalised, words.folded
    ends_inside = (
        caps[last]
        and last + 2 < len(folded)
        and folded[last + 1] in NAME_INNER_JOINERS
        and caps[last + 2]
    )
    starts_inside = first >= 2 and caps[first] and folded[first - 1] in NAME_INNER_JOINERS
    return ends_inside or (starts_inside and caps[first - 2] and first - 2 > 0)


# What a "how many" question counts when a tally ("11 votes to six", "3-1") may answer it
TALLY_COUNTED = re.compile(
    r"\b(?:votes?|voted|voting|ballots?|goals?|points?|runs?|seats?|score|scored)\b", re.I
)
# Kinds of place a name usually says outright ("River Tarn", "Halvik Bay", "Mill Lane")
NAMED_GEOGRAPHY = lx.words(
    "river rivers lake lakes loch bay island islands mountain mountains hill hills valley street"
    " streets road roads avenue lane canal estuary"
)


def _names_the_feature(question: Question, words: SentenceWords, first: int, last: int) -> bool:
    """Whether a span names the asked kind of place: it holds the kind ("River Tarn") or the
    kind follows it ("the Tarn river")."""
    if holds_focus(question, words, first, last):
        return True
    focus = match_key(question.focus.lower())
    return last + 1 < len(words.keys) and match_key(words.folded[last + 1]) == focus


def _counted_focus(question: Question) -> bool:
    """Whether a what-question asks a count or a tally ("the vote", "the turnout"), which a
    number span tells whole, not a chunk holding part of it."""
    return question.qtype in ("what", "which") and question.focus.lower() in TALLY_FOCUS


TALLY_FOCUS = lx.words(
    "vote votes tally turnout majority margin score scores attendance population count total"
)


# "of those who responded", "of the residents who replied": a share of a group told before it
SHARE_OF_GROUP = re.compile(r"\bof\s+(?:those|the\s+\w+)\s+(?:who|that)\s+", re.IGNORECASE)
SHARE_OF_GROUP_REACH = 60  # characters before a share that may name its group


def _share_of_asked_group(text: str, words: SentenceWords, start: int, anchors: set[int]) -> bool:
    """Whether a share follows the group the question counts ("of those who replied, 51
    per cent …" for "How many people replied?"): it is a part of them, not their count."""
    if "%" not in text[start : start + 12] and "per cent" not in text[start : start + 16]:
        return False
    groups = list(SHARE_OF_GROUP.finditer(text, max(0, start - SHARE_OF_GROUP_REACH), start))
    return bool(groups) and any(groups[-1].end() <= words.spans[k][0] < start for k in anchors)


HOW_OFTEN_ASKED = re.compile(r"^\W*how\s+(?:often|frequently)\b", re.IGNORECASE)
_PERIODS = (
    r"day|week|month|year|hour|minute|morning|evening|night|fortnight|weekday|weekend"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
# "every Wednesday", "every two hours", "twice a week", "three times a year", "weekly"
FREQUENCY = re.compile(
    rf"\bevery\s+(?:(?:other|\w+)\s+)?(?:{_PERIODS})s?\b"
    rf"|\b(?:once|twice|\w+\s+times)\s+(?:a|an|per|each)\s+(?:{_PERIODS})\b"
    r"|\b(?:daily|weekly|monthly|yearly|annually|hourly|fortnightly|nightly)\b"
    r"|\b\d+(?:\.\d+)?\s?(?:%|per\s?cent)(?:\s+of\s+the\s+time)?",  # "71 per cent of the time"
    re.IGNORECASE,
)
CAUSE_ASKED = re.compile(r"\bcaus(?:e|ed|es)\b", re.IGNORECASE)  # "What caused it to stop?"
VOTE_VERDICTS = re.compile(
    r"\bunanimously\b|\bin favou?r\b|\bagainst\b|\babstained\b", re.IGNORECASE
)


def _inside_asked_phrase(
    text: str, words: SentenceWords, first: int, last: int, anchors: set[int]
) -> bool:
    """Whether words stand between two of the question's words in one phrase ("the Orsa
    [water treatment] works" when the question says "the Orsa works"): they describe the
    asked thing, they do not answer about it."""
    inside = words.folded[first : last + 1]
    if any(w in lx.STOPWORDS or lx.past_form(w) or w.endswith("ing") for w in inside):
        return False  # "Brennmark severed ties with …": a verb between them tells something
    return _phrase_reaches_anchor(text, words, first, -1, anchors) and _phrase_reaches_anchor(
        text, words, last, 1, anchors
    )


def _phrase_reaches_anchor(
    text: str, words: SentenceWords, k: int, step: int, anchors: set[int]
) -> bool:
    """Whether the words next to word k, one way, run without a break or a stop word on
    to a question word."""
    while True:
        edge = k if step > 0 else k - 1
        k += step
        if k < 0 or k >= len(words.folded) or boundary_between(text, words, edge):
            return False
        if k in anchors:
            return True
        if words.folded[k] in lx.STOPWORDS:
            return False


def _describes_focus_after_a(
    question: Question, words: SentenceWords, first: int, last: int
) -> bool:
    """Whether lower-case words stand between "a" and the which-question's focus noun ("a
    municipal depot"): they describe some such thing, they do not say which."""
    focus = question.focus.lower()
    if question.qtype != "which" or not focus or last + 1 >= len(words.folded):
        return False
    lead = words.folded[first - 1] if first else ""
    return (
        lead in ("a", "an")
        and match_key(words.folded[last + 1]) == match_key(focus)
        and not any(words.capitalised[k] for k in range(first, last + 1))
    )


PROPER_NAME_FOCUS = frozenset(("name", "names", "nickname", "nicknames"))
WHAT_NAME = re.compile(r"\W*(?:what|which)\s+(?:nick)?names?\b", re.IGNORECASE)


def _capitalised_in(text: str, start: int, end: int) -> bool:
    """Whether a span holds a capital letter (a name's), quotation marks aside."""
    return any(ch.isupper() for ch in text[start:end])


def _named_other_measure(question: Question, text: str, start: int) -> bool:
    """Whether a figure follows "a <measure> of" that the question does not ask ("on a
    turnout of 64%", "a majority of 1,204"): it is that measure, not the asked one."""
    found = MEASURE_OF.search(text, max(0, start - 40), start)
    return found is not None and found.group(1).lower() not in question.text.lower()


MEASURE_OF = re.compile(
    r"\b(turnout|majority|margin|rate|inflation|interest|discount|deposit)\s+of\s+"
    r"(?:(?:about|around|some|just|nearly|almost|over|under)\s+)?$",
    re.IGNORECASE,
)


def _asked_labels(question: Question, terms: list[Term]) -> frozenset[str]:
    """The match keys a fact row's label must hold to answer a what- or why-question: the
    focus noun's ("What was the cause …?"), or a cause's for "Why …?"."""
    if question.qtype == "why":
        return CAUSE_LABELS
    counted = question.focus.lower() in COUNT_FOCUS or COUNT_OF.search(question.text)
    if question.qtype in ("what", "which") and counted:
        # "What was the number of fatalities?": "Deaths: 3"
        return frozenset(
            k for t in terms for form in t.forms for w in form for k in (match_key(w),)
        ) | frozenset(k for t in terms for k in t.loose)
    if question.qtype in ("what", "which") and question.focus:
        return frozenset((match_key(question.focus.lower()),))
    return frozenset()


COUNT_FOCUS = lx.words("number total count tally figure toll")
COUNT_OF = re.compile(r"\b(?:number|total|count|tally|toll)\s+of\b", re.IGNORECASE)


CAUSE_LABELS = frozenset(match_key(w) for w in ("cause", "causes", "reason", "reasons"))


def _a_person(kind: str, text: str, words: SentenceWords, start: int, end: int) -> bool:
    """Whether a span names a person, so no body: a lower-case role ("technical director"),
    a person's name, or a name right after a role ("director, Ada Vell")."""
    span = text[start:end]
    if kind == "chunk":
        last = span.split()[-1].lower() if span.split() else ""
        return span[:1].islower() and last in lx.ROLE_NOUNS
    if kind != "name":
        return False
    return person_shaped(span) or _after_role(words, token_range(words, start, end)[0])


def _owner_of_focus(question: Question, text: str, end: int) -> bool:
    """Whether a span is the owner of the question's focus noun, which follows its "'s"
    ("the centre's vet"): the owner does not say which one the focus is."""
    owned = POSSESSIVE.match(text, end)
    if not question.focus or owned is None:
        return False
    after = re.match(r"\s+(\w+)", text[owned.end() :])
    return after is not None and match_key(after.group(1).lower()) == match_key(question.focus)


def _around_the_focus(question: Question, words: SentenceWords, first: int) -> bool:
    """Whether a span stands right after the which-question's own focus noun and "'s" ("the
    depot's north shed"), or after "in" when the noun is some such thing ("a depot in Orsa"):
    it names a part of that thing or where it is, not which one it is. "its embassy in
    Beijing" does say which embassy."""
    focus = question.focus.lower()
    if question.qtype != "which" or not focus or first < 2:
        return False
    link, head = words.folded[first - 1], first - 2
    if match_key(words.folded[head]) != match_key(focus):
        return False
    return link == "s" or (link == "in" and _indefinite_before(words, head))


WHERE_ON = re.compile(r"^\W*where\s+(?:on|in|at|inside)\s+(?:the|this|that|its)\s+([\w-]+)", re.I)


# An address's street right before a name: the name is its town ("Mill Lane, Lisle")
STREET_BEFORE = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?:Lane|Road|Street|Avenue|Way|Drive|Close|Square|Row|Place|Terrace)"
    r",\s*$"
)
STREET_WORDS = lx.words("road street lane avenue drive close way crescent terrace row")
# … or a ground's name ("Kellmarsh Park, Orsa")
ADDRESS_BEFORE = re.compile(
    STREET_BEFORE.pattern.replace("Terrace)", "Terrace|Park|Stadium|Ground|Arena|Hall)")
)
UNTIL_ASKED = re.compile(r"^\W*(?:until|till|up\s+to)\s+(?:what|which|when)\b", re.I)
UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|to)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
WHO_AFTER = re.compile(r",\s+who\b")  # "Ada Vell, who chairs …": a person
LEGAL_FORMS = lx.words("llp llc ltd ltd. plc inc inc. corp corp. gmbh ag sa")
POST_ACRONYMS = lx.words("ceo cfo coo cto")


def _acronym_for_post(question: Question, span_text: str) -> bool:
    """Whether a bare acronym is offered for whoever holds a post the question names ("Who was
    the chief executive before …?"): a post is held by a person."""
    if not (span_text.isupper() and span_text.isalpha() and len(span_text) <= 6):
        return False
    return any(
        c.words[-1] in lx.ROLE_NOUNS or c.words[-1] in POST_ACRONYMS
        for c in question.concepts
        if c.words
    )


def _part_of_asked_place(question: Question, text: str, end: int) -> bool:
    """Whether "Where on the reserve …?" meets a place told as a part of that reserve ("on
    the eastern edge of the reserve")."""
    asked = WHERE_ON.match(question.text)
    if asked is None:
        return False
    place = re.escape(asked.group(1))
    return re.match(rf"\s+of\s+(?:the|this|that|its)\s+{place}\b", text[end:], re.I) is not None


def _indefinite_before(words: SentenceWords, head: int) -> bool:
    """Whether "a" or "an" opens the noun phrase a noun ends ("a municipal depot")."""
    for k in range(head - 1, max(-1, head - 4), -1):
        if words.folded[k] in ("a", "an"):
            return True
        if words.capitalised[k] or words.folded[k] in lx.STOPWORDS:
            return False
    return False


FOCUS_STEM_CHARS = 5  # letters a word must share with the focus noun to be its own form


def _focus_itself(question: Question, span_text: str) -> bool:
    """Whether a one-word span is a form of the which-question's own focus noun ("Bacterial"
    for "Which bacterium …?"): it names the kind asked about, not which one."""
    focus, word = question.focus.lower(), span_text.lower()
    if question.qtype != "which" or not focus or " " in word or word == focus:
        return False
    shared = next((k for k, (a, b) in enumerate(zip(focus, word, strict=False)) if a != b), None)
    shared = min(len(focus), len(word)) if shared is None else shared
    return shared >= FOCUS_STEM_CHARS and shared >= min(len(focus), len(word)) - 3


# A lead told by a figure and what it counts ("by 12 points", "a majority of 41 seats")
MARGIN_FIGURE = re.compile(
    r"(?:\d|\b(?:" + lx.NUMBER_WORD_ALTERNATION + r")\b)[\w,.-]*\s*(?:per\s*cent|%|"
    r"(?:percentage\s+)?points?|votes?|goals?|seats?|runs?|wickets?|lengths?|strokes?|shots?)\b",
    re.IGNORECASE,
)


def _a_margin(span_text: str) -> bool:
    """Whether a span tells a margin: a tally ("11 votes to six") or a counted lead."""
    return is_tally(span_text) or MARGIN_FIGURE.search(span_text) is not None


MARGIN_FOCUS = lx.words("margin tally")  # told by figures only ("a majority" may be words)
NUMBERED_LABEL = re.compile(r"\b[A-Za-z]+\s+\d+[A-Za-z]?$")  # ends on its number


def _asks_a_thing_not_a_figure(question: Question) -> bool:
    """Whether a which-question's focus is a plain noun that no figure or date names ("which
    team", "which lifts"), not one a figure may ("which year", "which route", "which floor")."""
    focus = question.focus.lower()
    if question.qtype != "which" or not focus or " " in focus:
        return False
    head = focus[:-1] if focus.endswith("s") and focus[:-1] in lx.FIGURE_FOCUS else focus
    return not (
        head in lx.FIGURE_FOCUS
        or head in lx.TIME_WORDS
        or head in lx.CALENDAR_NAMES
        or head in DAY_FOCUS
        or head in lx.UNITS
    )


def _names_a_body(head: str) -> bool:
    """Whether a common noun can name a body of people ("the tribunal", "the council")."""
    return head in ORG_KEYWORDS or head in lx.BODY_FOCUS or names_people(head)


def _agent_body(
    question: Question, kind: str, text: str, words: SentenceWords, start: int, end: int
) -> bool:
    """Whether a name asked as a firm is named whole, though a question word ends it: "Which
    firm runs the coaches?" is "Lisle Coaches" of "coaches run by Lisle Coaches, our
    contractor", not "Lisle"."""
    if kind != "name" or not _body_focus(question):
        return False
    first, last = token_range(words, start, end)
    if last <= first:
        return False
    if any(words.folded[k] in ORG_KEYWORDS for k in range(first, last)):
        return True  # "Which body audited it?": "the Lisle Audit Office"
    lead = words.folded[max(0, first - 2) : first]
    return "by" in lead or any(w in AGENT_BODY_LEADS for w in lead)


AGENT_BODY_LEADS = lx.words("partner operator contractor firm company subsidiary supplier")


# "Which airline is the 787's launch customer?": the asked body is the noun after the verb.
COPULAR_WHICH = re.compile(r"^\W*(?:which|what)\s+\w+(?:\s+\w+)?\s+(?:is|was|are|were)\b", re.I)


def _names_other_thing(
    question: Question, words: SentenceWords, first: int, anchors: set[int]
) -> bool:
    """Whether a name offered for a body stands right after a common noun of the question
    ("its marine engine Orsa"): it names that thing, not the body asked for. Not when the
    question says the body is that noun ("Which airline is the launch customer?")."""
    if not _body_focus(question) or COPULAR_WHICH.match(question.text):
        return False
    if first < 1 or first - 1 not in anchors or words.capitalised[first - 1]:
        return False
    if lx.past_form(words.folded[first - 1]):
        return False  # "appointed Kessby Civil": the verb's object, no noun it names
    return words.folded[first - 1] not in lx.BODY_FOCUS


# Last words of the name of a piece of land or water ("Stowe Hill", "Orsa Bay"), no body's.
LANDFORM_HEADS = lx.words(
    "hill hills mount mountain lake bay heath forest moor ridge cape beach estuary creek glen"
)


def _place_for_body(question: Question, kind: str, name: str) -> bool:
    """Whether a place's name ("Varrow Strait", "Tessel Valley") is offered for a body."""
    if kind != "name" or not _body_focus(question):
        return False
    last = name.split()[-1].lower()
    return last in (PLACE_KEYWORDS | LANDFORM_HEADS) - ORG_KEYWORDS or (
        " " in name and last in lx.STRUCTURE_HEADS - ORG_KEYWORDS  # "Selvany Retail Park"
    )


# "one of the old trams": a single one picked out of them, no count of them
ONE_OF = re.compile(r"(?:one|1)\s+of\s+(?:the|its|his|her|their|our|these|those)\b", re.I)
# A sum in brackets right after another: the same sum in another currency
CONVERTED_SUM = re.compile(
    r"(?:[$€£]\s?\d|\d\s*(?:pounds|euros?|dollars|francs|krona|kronor))[^()]{0,20}\(\s*(?:about\s+|around\s+)?$",
    re.I,
)
INCLUDED_BEFORE = re.compile(
    r"\b(?:including|included|includes|of\s+which|among\s+them)\s+(?:an?\s+|the\s+|some\s+)?$",
    re.IGNORECASE,
)


def _included_sum(text: str, start: int) -> bool:
    """Whether a sum is told as a part of one the sentence gave before it ("bought it for £27m,
    including a £9m grant")."""
    before = text[:start]
    return INCLUDED_BEFORE.search(before) is not None and any(c.isdigit() for c in before)


def _names_part(question: Question, text: str, end: int) -> bool:
    """Whether the question names what follows a sum told as a part ("… including a £9m grant
    from the Clean Transit Fund" for "How much did the Clean Transit Fund cover?")."""
    after = text[end:].lower()
    return any(c.kind == "name" and c.surface.lower() in after for c in question.concepts)


WORKS_NOUNS = lx.words("factory factories plant plants works site depot yard mine warehouse")


def _names_a_works(words: SentenceWords, last: int) -> bool:
    """Whether a name stands before a lower-case works noun ("its Millgate factory"): it names
    the works or where it is, not the body that runs it."""
    after = last + 1
    return (
        after < len(words.folded)
        and not words.capitalised[after]
        and (words.folded[after] in WORKS_NOUNS)
    )


# A question that asks for a count of some besides others ("How many other …?").
PART_ASKED = re.compile(r"\b(?:other|others|more|further|else)\b", re.IGNORECASE)
TEAM_FOCUS = lx.words("team teams club clubs side sides squad squads crew crews")


EVENT_FOCUS = lx.words(
    """competition competitions tournament tournaments league leagues cup cups race races
    event events festival festivals championship championships"""
)


# Things asked by their kind that no figure is ("What error …?", "Which drug …?")
UNCOUNTED_THINGS = lx.THING_FOCUS - lx.words("model models version versions")


def _no_figure_asked(question: Question, kind: str) -> bool:
    """Whether a figure (or a date) cannot be the event or the thing a question asks for."""
    focus = question.focus.lower()
    return (focus in EVENT_FOCUS and kind in ("number", "date")) or (
        focus in UNCOUNTED_THINGS and kind == "number"
    )


TEAM_TAILS = lx.words(
    "rangers united town city athletic rovers wanderers albion county fc afc rfc hotspur"
)
EVENT_HEADS = lx.words(
    """cup league championship championships trophy games open prize award awards festival
    race marathon series tournament contest derby classic final finals shield plate"""
)


def _built_place_for_event(question: Question, kind: str, name: str) -> bool:
    """Whether a built place's or a place's name ("Kellmarsh Park") is offered for an event."""
    if kind not in ("name", "chunk") or question.focus.lower() not in EVENT_FOCUS:
        return False
    if " " not in name or not name[:1].isupper():
        return False
    last = name.split()[-1].lower()
    return last in lx.STRUCTURE_HEADS or last in PLACE_KEYWORDS


def _coarser_than_asked(question: Question, span_text: str) -> bool:
    """Whether a date names no day ("the mid-1980s", "March 2025") when the question asks for a
    day or a date: another date of the sentence that does is the better answer."""
    if question.qtype != "when" or question.focus.lower() not in DAY_ASKED:
        return False
    if date_parts(span_text)[2] is not None:
        return False
    said = set(re.findall(r"[a-z]+", span_text.lower()))
    return not said & (TIME_WORDS | DAY_WORDS | frozenset(lx.WEEKDAYS))


DAY_ASKED = lx.words("day date")
# "the following day", "two days later", "last night": a day, told from another one
DAY_WORDS = lx.words("day days night morning afternoon evening")


def _measure_asked(question: Question) -> bool:
    """Whether the question asks a size or a sum ("How high …?", "How much …?"), not an age
    ("at age 44" is no label)."""
    if asks(AGE_QUESTION, question):
        return False
    return question.qtype == "how_much" or asks(ASKED_DIMENSION, question)


def _numbered_item(text: str, words: SentenceWords, first: int, titled: bool = False) -> bool:
    """Whether a bare figure follows a singular noun as its number ("barrier 14", "gate 3",
    "no. 14"): a label, not a count. `titled`: the noun may be capitalised ("Tower 4"), not a
    month or a day ("March 14")."""
    if first < 1 or not words.folded[first].isdigit() or boundary_between(text, words, first - 1):
        return False
    before = words.folded[first - 1]
    if before in ("no", "number", "nos"):
        return True
    after = first + 1
    counted = (
        after < len(words.folded)
        and not boundary_between(text, words, first)
        and (words.folded[after] == "of" or words.folded[after] not in lx.STOPWORDS)
        and not verb_form(words.folded[after])
    )
    return (
        not counted  # "buy 12 new ships" counts ships; "barrier 14 gave way" names one
        and before.isalpha()
        and (not words.capitalised[first - 1] or (titled and before not in DAY_NAMES))
        and not before.endswith("s")
        and before not in lx.STOPWORDS
        and before not in lx.AUXILIARIES
        and before not in QUANTITY_WORDS
        and not verb_form(before)
        and not before.endswith(("ly", "ing"))
    )


# Words that qualify a count before it ("almost 40", "a further 12", "a total 38")
QUANTITY_WORDS = lx.words(
    """almost around about roughly circa least most another further extra additional total
    all just only plus minus some over under than to up nearly approximately exactly"""
)


MODIFIER_ALONE = 0.05


def _modifier_without_noun(words: SentenceWords, text: str, first: int, last: int) -> bool:
    """Whether a one-word chunk stands before the rest of its noun phrase, with nothing
    between ("a free Tarn CO-9", "the gas boiler"): alone it describes, it names nothing."""
    after = last + 1
    if first != last or after >= len(words.folded) or boundary_between(text, words, last):
        return False
    nxt = words.folded[after]
    return nxt not in lx.STOPWORDS and nxt not in lx.AUXILIARIES and not verb_form(nxt)


AGAINST_BEFORE = re.compile(r"\b(?:against|versus|vs\.?|v\.?)\s+(?:the\s+)?$", re.IGNORECASE)


def _opponent(question: Question, text: str, start: int) -> bool:
    """Whether a who-answer is the side played against ("scored … against Tarvia Town"),
    which the question does not ask for."""
    if re.search(
        r"\b(?:against|versus|vs|play|played|face|faced|beat|lose|lost)\b", question.text, re.I
    ):
        return False
    return AGAINST_BEFORE.search(text, max(0, start - 12), start) is not None


def _built_place_for_team(question: Question, kind: str, name: str) -> bool:
    """Whether a built place's name ("Kellmarsh Hall", "Quay Road") is offered for a team."""
    if kind != "name" or question.focus.lower() not in TEAM_FOCUS or " " not in name:
        return False
    return name.split()[-1].lower() in lx.STRUCTURE_HEADS


def _names_a_thing(question: Question) -> bool:
    """ "What port / which city ..." (not "what kind of ..."): most often a name."""
    return bool(question.focus) and question.qtype == "what" and not _asks_kind(question)


def _asks_name(question: Question) -> bool:
    """ "What is the name of ...", "What is X called?", "What has Boeing named the aircraft?"
    ask for a name."""
    low = question.text.lower()
    return (
        "name of" in low
        or "'s name" in low
        or "’s name" in low
        or low.rstrip(" ?").endswith(("called", "named", "entitled", "titled"))
        or bool(NAMING_VERB.search(low))
    )


CALLING = re.compile(
    r"(?<![-‑])\b(?:call|calls|called|calling|dub|dubs|dubbed|name|names|named|term|terms|termed|"
    r"label|labels|labell?ed|brand|brands|branded|nicknamed|known\s+as|referred\s+to\s+as)\b|"
    + REGARDED_AS.pattern,
    re.I,
)


NAMING_VERB = re.compile(
    r"^what\b.*\b(?:named|called|dubbed|call|dub)\s+(?:the|a|an|it|its|their|his|her)\b"
    r"|^what\b.*\bknown as(?:\s+(?:during|in|at|before|after|until|by)\b.*)?\s*\??$"
)


# "What time will the game now start?", "the new price": the value a change ends on
NEW_VALUE_QUESTION = re.compile(r"\b(?:now|new|newly|instead)\b", re.IGNORECASE)
CHANGE_FROM = re.compile(r"\bfrom\s+(?:a|an|the)?\s*$", re.IGNORECASE)
CHANGE_TO = re.compile(r"\bfrom\b.{1,60}\bto\s+(?:a|an|the)?\s*$", re.IGNORECASE)


def _change_side(text: str, start: int) -> int:
    """+1 for the value a "from X to Y" change ends on, -1 for the one it leaves, else 0."""
    before = text[max(0, start - 80) : start]
    if CHANGE_TO.search(before):
        return 1
    if CHANGE_FROM.search(before) and " to " in text[start : start + 60]:
        return -1
    return 0


def _range_cut(
    kept: tuple[int, int], untrimmed: tuple[int, int], text: str, earlier: bool = False
) -> bool:
    """Whether cutting the question's words off a figure left the start of a range ("0" of
    "0-62 mph"); a whole "from 150 mph to 110 mph" keeps either end, and a question about the
    level before a change (`earlier`) may take the figure it changed from ("cut from 4,200 to
    3,850")."""
    if RANGE_TAIL.match(text, kept[1]) is None:
        return False
    if earlier and CHANGE_FROM.search(text, 0, kept[0]):
        return False
    return kept[1] != untrimmed[1] or bare_figure(text[kept[0] : kept[1]])  # a chunk "0"


EARLIER_PERIOD = re.compile(
    r"\b(?:last|previous|prior)\s+(?:season|year|campaign|term)\b|\bin\s+\d{4}\b", re.I
)
PART_FOCUS = lx.words("part region area section portion side corner")
PART_WITHIN = re.compile(r"^\W*(?:in|at)\s+(?:which|what)\s+\w+\s+of\b", re.IGNORECASE)


def _without_preposition(
    text: str, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Place phrases without their opening preposition ("in the loft": "the loft")."""
    out = []
    for start, end, kind in spans:
        gap = text.find(" ", start, end)
        if gap > 0:
            out.append((gap + 1, end, kind))
    return out


def _asked_names(question: Question) -> list[str]:
    return [c.surface for c in question.concepts if c.kind == "name"]


def all_spans(question: Question, terms: list[Term], cand: Candidate) -> list[Span]:
    """Every answer-shaped span of a sentence that is not the question's own words (lists)."""
    text, words = cand.passage.text, cand.words
    anchors = question_positions(terms, words)
    anchor_set = {p for p, _ in anchors}
    out = []
    for start, end, kind in _shape_spans(question, text, words, anchor_set):
        untrimmed = (start, end)
        if not _whole_name(question, words, start, end, kind):
            start, end = trim_anchors(words, start, end, anchor_set)
            end = close_bracket(text, start, end)
        if start >= end or _range_cut((start, end), untrimmed, text):
            continue  # "0" of "0-62 mph" once the question's "62 mph" is cut
        first, last = token_range(words, start, end)
        if kind == "name" and names_asked_thing(question, text, words, first, last, anchor_set):
            continue
        out.append(Span(start, end, text[start:end], 0.0, kind))
    if question.focus in lx.COUNTRY_FOCUS:  # "which countries ...": countries only
        out = [span for span in out if is_country_word(fold(span.text))]
    items = [span for span in out if span.kind == "item"]
    return items or out


def best_span(question: Question, terms: list[Term], cand: Candidate) -> Span | None:
    """The best answer span of one candidate sentence, or None when it has none."""
    span = _best_span(question, terms, cand)
    if span is None or span.kind not in RESPECTIVE_KINDS or "respectively" not in cand.passage.text:
        return span
    return _respective(terms, cand, span)


RESPECTIVE_KINDS = frozenset(("number", "name", "date"))


def _respective(terms: list[Term], cand: Candidate, span: Span) -> Span:
    """The value in the question's item's place of a "respectively" list, when the span is
    one of those values ("the 2GB and 4GB models cost $149 and $199 respectively": $199 for
    the 4GB model)."""
    text, words = cand.passage.text, cand.words
    found = number_spans(text) if span.kind == "number" else name_spans(text, words)
    if span.kind == "date":
        found = date_spans(text)
    values = value_list(text, [(s, e) for s, e, _ in found])  # "… in Harlow respectively"
    if not any(s <= span.start < e for s, e in values):
        return span
    for position, _weight in question_positions(terms, words):
        if words.folded.count(words.folded[position]) > 1:
            continue  # "gb" of "2GB and 4GB" tells no item apart
        place, size = item_place(words, text, position, values[0][0])
        if size == len(values):
            start, end = values[place]
            return replace(span, start=start, end=end, text=text[start:end])
    return span


def _best_span(question: Question, terms: list[Term], cand: Candidate) -> Span | None:
    text = cand.passage.text
    words = cand.words
    labelled = labelled_value(text, _asked_labels(question, terms)) if ":" in text else None
    if labelled is not None:
        return labelled  # "What was the cause of the fire?": "Cause: Overloaded extension lead"
    if question.qtype == "why":
        return reason_span(cand, terms, not CAUSE_ASKED.search(question.text))
    if asks_expansion(question):
        return alias_span(terms, cand)
    if asks_role(question):
        # "What is X's job?" / "Who is X?": a title or an apposition, never a stray chunk
        role = role_span(terms, cand)
        if role is not None and question.focus in lx.ROLE_FOCUS and whole_role(role.text):
            return replace(role, focused=True)  # "What is X's role in the case?": the role
        return role
    if question.qtype == "yes_no" or doer_untold(question, terms, words):
        return None  # "X was stabbed" does not say who stabbed X
    sibling = _sibling_span(question, text)
    if sibling is not None:
        return sibling  # "Besides Germany and Switzerland, where else ...?": "... and Austria"
    relative = asked_relative(question.text)
    found = relative_span(text, *relative) if relative else None
    if found == REVERSED:
        return None  # "his nephew Arno" does not say who Arno's nephew is
    if isinstance(found, tuple):  # "Varek's grandson Tomas": Tomas's grandfather
        return Span(found[0], found[1], text[found[0] : found[1]], SIBLING_SCORE, "name", True)
    anchors = question_positions(terms, words)
    anchor_set = {p for p, _ in anchors}
    gap = after_final_word(question, terms, text, words)
    if verb_without_preposition(question, terms, text, words, gap):
        return None  # "What was he charged with?": not "was arrested and later charged."
    # "... trade the paintings for?": only the preposition's object can answer
    stranded = asked_preposition(question)
    gap_bonus = FINAL_GAP_BONUS * (STRANDED_GAP_FACTOR if stranded else 1)
    named_clauses = clauses_naming(text, words, terms)
    asked_clause = set() if named_clauses or question.qtype not in VALUE_TYPES else (
        clause_most_asked(text, words, anchors)
    )  # fmt: skip
    verb_clauses = _asked_verb_clauses(question, terms, text, words)
    # "What was destroyed?": the answer's side of the verb depends on the sentence's voice
    uses = verb_uses(question, terms, words) if question.slot == "subject" else []
    # the object stands after the sentence's match of the asked verb, not after any question
    # word ("The organiser, whose chief is Ada Vell, apologised … and offered …")
    # ("… the heaviest penalty it may impose." ends on the verb: no object is placed)
    placed = any(g < len(words.folded) for g in gap)
    verb_placed = bool(uses) or (placed and _ends_on_verb(question, terms))
    best: Span | None = None
    best_rank = 0.0
    stray = stray_name_words(terms, words, anchor_set)
    timed = asks(lx.DURATION_QUESTION, question)
    paid = asks_most_money(question)  # "What is the maximum a family may be paid in compensation?"
    earlier = EARLIER_ASKED.search(question.text) is not None  # read once, not for every span
    founding = question.qtype == "who" and FOUNDING_QUESTION.search(question.text) is not None
    if _focus_left_unnamed(question, text):
        return None  # "A contractor was picked …" names none for "Which contractor …?"
    name_asked = question.focus in PROPER_NAME_FOCUS or WHAT_NAME.match(question.text) is not None
    for start, end, kind in _shape_spans(question, text, words, anchor_set):
        person = (
            person_of_body(text[start:end]) if kind == "name" and _asks_someone(question) else ""
        )
        if person:
            end = start + len(person)  # "Ilse Kerr of Orsa Police": the person, not the force
        # "Ruben van Aalst" is someone other than the asked Jonas van Aalst: named whole, not
        # cut to "Ruben"
        other_name = kind == "name" and (
            anchored_only_by(words, start, end, anchor_set, stray)
            or another_bearer(terms, words, start, end, founding)
        )
        untrimmed = (start, end)
        whole = kind == "code" or _agent_body(question, kind, text, words, start, end)
        if not other_name and not whole and not _whole_name(question, words, start, end, kind):
            start, end = trim_anchors(words, start, end, anchor_set)  # "runway 09" stays whole
            end = close_bracket(text, start, end)
        if start >= end or (kind == "name" and _name_tail(text[start:end])):
            continue  # "Co" left of "Tessel Co." once the question's "Tessel" is cut
        if in_row_label(text, start, end, who=question.qtype == "who"):
            continue  # "Event" of "Date: 5 March; Event: …" names a column
        if question.qtype == "where" and _cut_before_asked(
            text, words, (start, end), untrimmed, anchor_set
        ):
            continue  # "at a crowded" of "at a crowded hearing": the asked hearing, no place
        if kind == "number" and _picked_from_asked_group(question, text, words, end, anchor_set):
            continue  # "One of the climbers brought down … has told of it": no count
        if question.qtype == "where" and kind == "name" and _opening_plural_doer(words, start):
            continue  # "Divers found …": people doing the deed, no place
        person_asked = question.qtype == "who" or asks_person_by_noun(question)
        if (
            (person_asked or _body_focus(question))
            and kind == "name"
            and _street_name(text, words, start, end)
        ):
            continue  # "a hostel on Tanner Row": a street is nobody, and no firm or body
        street_asked = question.focus.lower() in STREET_WORDS
        road_named = kind == "name" and (
            _street_name(text, words, start, end) or any(c.isdigit() for c in text[start:end])
        )  # "Tanner Row", "Highway 9", "the B4170"
        if street_asked and not road_named:
            continue  # "In which street …?": not a union's name, nor "in the cab"
        if (
            kind == "name"
            and question.qtype == "who"
            and (
                _rest_of_asked_name(words, untrimmed, (start, end))
                or _rest_of_asked_body(words, untrimmed, (start, end))
            )
        ):
            continue  # "Penguins" of "Pittsburgh Penguins" when the question says "Pittsburgh"
        if (
            kind == "name"
            and question.qtype in ("which", "what")
            and _front_of_name_cut(text, words, untrimmed, (start, end), anchor_set)
            and not _name_before_focus(question)
            and not _names_asked_noun(question, words, *untrimmed)
        ):
            continue  # "Which contractor serviced the Halvik tower?" is not "Cold Stores" of
            # "Halvik Cold Stores", the tower's owner
        if _range_cut((start, end), untrimmed, text, earlier):
            continue  # "0" of "0-62 mph" once the question's "62 mph" is cut
        if (
            only_stopwords(words, start, end)
            and not (question.qtype == "how_many" and _one_of_counted(words, end, anchor_set))
            # "voted against." whole, not "against" left of "against the deal"
            and not (kind == "manner" and text[slice(*untrimmed)].lower() in ("for", "against"))
        ):
            continue  # "by the announcement" once "announcement" is cut: nothing is left
        if no_country(question, kind, text[start:end]):
            continue  # "Which country was the third …?": not "in the world"
        if paid and currency_of(text[start:end]) is None:
            continue  # a sum, not "more than 24 hours" of the payment's terms
        if kind == "number" and other_rate(question, text, *untrimmed):
            continue  # "… for a room per night?" is not "up to £20 per day" for food
        if name_asked and not _capitalised_in(text, start, end):
            continue  # "What name did keepers give the otter?": not "caught near"
        if _body_focus(question) and _a_person(kind, text, words, start, end):
            continue  # "Which body is investigating?": not "its technical director, Ada Vell"
        if timed and not fits_measure(question, text[start:end]):
            continue  # "How long was the runway closed?": "five hours", never "09" of "Runway 09"
        score = _span_score(
            question, text, words, anchors, anchor_set, start, end, kind, verb_placed
        )
        # the span fills the asked verb's or the question's last preposition's place
        slotted = bool(stranded) and _after_word(words, start, stranded)
        if score is not None and uses:
            slot_bonus = verb_slot_bonus(question, uses, words, *token_range(words, start, end))
            score += slot_bonus
            slotted = slot_bonus > 0
        if (
            score is not None
            and kind in ("name", "chunk")
            and _hands_the_act_on(question, words, end, anchor_set)
        ):
            score -= OTHER_CLAUSE_PENALTY  # "the board hired Orsa Build to mend the pier"
        if kind in ("named", "name") and _names_another_one(question, text, start):
            continue  # "the zoo's three other otters, one of them named Pip"
        if (
            score is not None
            and kind == "name"
            and question.qtype == "who"
            and _of_a_person(text, start)
        ):
            score -= FOCUS_BONUS  # "Ada Quint of the Green Party has won": not the party
        if score is not None and kind == "number" and _named_other_measure(question, text, start):
            score -= FOCUS_BONUS  # "81% backed a walkout, on a turnout of 70%": a turnout
        if score is not None and kind == "number" and _whole_of_a_part(question, text, start, end):
            score -= FOCUS_BONUS  # "the other 60 of the depot's 250 drivers will be moved"
        if score is not None and kind == "number" and _part_of_a_whole(question, text, end):
            score += FOCUS_BONUS  # … and the 110 are those the sentence tells of
        if score is not None and kind in FIGURE_KINDS and named_clauses:
            # "..., and Trooper Sandor ... for 11 years": the figure of the clause that names him
            score += SAME_CLAUSE_BONUS * (clause_of(text, start) in named_clauses)
        if score is not None and kind in FIGURE_KINDS and asked_clause:
            # "won the contract in January, and work started in May": "When did work start?"
            score -= OTHER_CLAUSE_PENALTY * (clause_of(text, start) not in asked_clause)
        if score is not None and kind == "number" and verb_clauses:
            # "owns 40 aircraft in all, so the grounded jets …": 40 were not grounded
            score -= OTHER_VERB_CLAUSE_PENALTY * (
                clause_of(text, start, VERB_CLAUSE_JOIN) not in verb_clauses
            )
        if (
            score is not None
            and kind == "date"
            and _state_since(question, text, words, start, anchor_set)
        ):
            continue  # "has kept big cats there since 2017" dates no escape
        # "opened in 1931 and strengthened in 1978": which of the sentence's dates, not which
        # sentence (the bonus orders spans but is not kept in the span's score)
        placed = kind == "date" and right_after_asked(words, start, anchor_set)
        tiebreak = DATE_AFTER_ASKED_BONUS if placed else 0.0
        if kind == "date" and not placed and verb_dating(words, start, anchor_set) is True:
            # "retired on 3 May, days after the board published its review on 28 April"
            tiebreak = DATE_OF_VERB_BONUS
        if score is not None and kind == "number" and not _asks_name(question):
            # "£90,000 on signs, £40,000 on the ticket office": the figure of the item asked
            score += ITEM_FIGURE_BONUS * share_in_item(text, words, start, anchors)
        if score is not None and kind == "number" and _asked_verb_after(words, end, anchor_set):
            score += FOCUS_BONUS  # "the 12 per cent it had demanded": what the asked verb took
        if score is not None and _names_focus_of(question, words, start, end):
            score += FOCUS_OF_BONUS  # "Which charge …?": "the charge of abuse of office"
        if (
            score is not None
            and kind not in ("regarded", "said")
            and opens_at_gap(words, start, end, gap)
        ):  # a clause said is whole: "found cracks and recommended …" ends at "and"
            whole = whole_object(text, words, end, anchor_set)
            if not _describes_focus(question, words, token_range(words, start, whole)[1]):
                score += gap_bonus
                end = whole
                slotted = True
        if score is not None and (best is None or score + tiebreak > best_rank):
            best_rank = score + tiebreak
            best = Span(
                start,
                end,
                text[start:end],
                score,
                kind,
                _focused(question, text, words, start, end),
                slotted,
            )
    if best is not None and not fits_measure(question, best.text):
        return None  # "How long?" with no span of time in the sentence: it does not answer
    if best is not None and best.kind == "name" and question.qtype == "who":
        best = with_partners(text, words, best, anchor_set)
    if best is not None and best.kind == "name" and question.qtype == "where":
        best = with_place_noun(text, with_region(text, best))
    return best


LONE_PREPOSITIONS = lx.words("among amongst amid amidst despite")
ARTICLES = lx.words("a an the its their his her our")


def _after_word(words: SentenceWords, start: int, word: str) -> bool:
    """Whether the span at `start` follows `word`, an article or a possessive between them
    ("divides itself into committees" for "… divide itself into?")."""
    first = token_range(words, start, start + 1)[0] - 1
    while first >= 0 and words.folded[first] in ARTICLES:
        first -= 1
    return first >= 0 and words.folded[first] == word


def _cuts_a_date(text: str, start: int, end: int) -> bool:
    """Whether a span ends or starts inside a date ("… on 4" of "on 4 December 2025")."""
    return any(a < end < b or a < start < b for a, b in _date_ranges(text))


@functools.lru_cache(maxsize=256)
def _date_ranges(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(found.span() for found in lx.DATE_PATTERN.finditer(text))


def _street_name(text: str, words: SentenceWords, start: int, end: int) -> bool:
    """Whether a name is a street's ("Tanner Row", "Smith" of "Smith's Yard")."""
    last = token_range(words, start, end)[1]
    return words.folded[last] in STREET_WORDS or OWNED_STREET.match(text, end) is not None


# "Smith's Yard", "Tanner's Row": a street named after an owner (the street heads of
# STREET_WORDS, capitalised, and a yard)
OWNED_STREET = re.compile(
    r"['’]s\s+(?:" + "|".join(sorted(w.capitalize() for w in STREET_WORDS | {"yard"})) + r")\b"
)


def _picked_from_asked_group(
    question: Question, text: str, words: SentenceWords, end: int, anchor_set: set[int]
) -> bool:
    """Whether a figure picks members out of the group a "how many" question counts, the
    question's deed told inside the group's own description ("One of the climbers brought
    down from the crag has told of it" for "How many climbers were brought down?"): the
    figure counts those who told of it. "Two of the climbers were hurt" still counts the hurt."""
    if question.qtype != "how_many" or asks(PARTITIVE_QUESTION, question):
        return False
    if PICKED_FROM.match(text, end) is None:
        return False
    first = bisect.bisect_left(words.starts, end)
    for k in range(first, len(words.folded)):
        word = words.folded[k]
        if word in lx.AUXILIARIES or word in GROUP_VERB_STOPS:
            return False  # the group's own verb: what is told of those picked
        if k in anchor_set and not words.capitalised[k] and lx.past_form(word):
            return True
    return False


GROUP_VERB_STOPS = lx.words("said says told tells spoke speaks described describes")


def _opening_plural_doer(words: SentenceWords, start: int) -> bool:
    """Whether a capitalised word is only the sentence's opening plural noun before its verb
    ("Divers found a crack", "Investigators believe …"): a common noun, no name."""
    if start != words.spans[0][0] or len(words.folded) < 2 or words.capitalised[1]:
        return False
    low, after = words.folded[0], words.folded[1]
    plural = len(low) > 4 and low.endswith("s") and not low.endswith(("ss", "us", "is"))
    return plural and (lx.past_form(after) or after in PRESENT_REPORTING)


PRESENT_REPORTING = lx.words("say believe think warn fear expect suspect estimate")


# What joins a clause whose figure the asked verb may not count: ", so", ", because" …
VERB_CLAUSE_JOIN = clause_join("so", "because", "although", "though")
OTHER_VERB_CLAUSE_PENALTY = 0.6
# "the ferry", "on it", "throughout Europe": a question ending on no verb
NOT_BEFORE_A_VERB = (
    (lx.STOPWORDS - lx.PRONOUNS) | lx.PLACE_PREPOSITIONS | lx.words("across throughout within")
)
# "How many jets did the airline ground?": the question ends on the verb that takes the count.
COUNTED_BY_VERB = re.compile(
    r"^\W*how\s+(?:many|much)\b.*\b(?:did|do|does|will|would|can|could|has|have|had)\b",
    re.IGNORECASE,
)


def _asked_verb_clauses(
    question: Question, terms: list[Term], text: str, words: SentenceWords
) -> set[int]:
    """For "How many …?" with an asked verb, the clauses of a sentence that hold that verb
    (empty when the sentence has one clause or does not hold the verb)."""
    if question.qtype not in ("how_many", "how_much") or not VERB_CLAUSE_JOIN.search(text):
        return set()
    if not COUNTED_BY_VERB.match(question.text):
        return set()
    told = question.text.rstrip(" ?").split()
    ending = [w.lower() for w in told]
    if len(ending) < 2 or ending[-2] in NOT_BEFORE_A_VERB:
        return set()  # "… worked on the ferry?" ends on a noun
    if told[-1][:1].isupper():
        return set()  # "… spread throughout Europe?" ends on a name
    term = next((t for t in terms if t.concept.words == (ending[-1],)), None)
    if term is None:
        return set()
    return {
        clause_of(text, words.spans[i][0], VERB_CLAUSE_JOIN)
        for i, key in enumerate(words.keys)
        if is_anchor(term, key, words.folded[i])
    }


PARTITIVE_REACH = 5  # words after "one of" that may hold the counted things
NOT_A_COUNT_BEFORE = lx.words("every each any no")


def _one_of_counted(words: SentenceWords, end: int, anchors: set[int]) -> bool:
    """Whether a span of one number word ("one") opens "one of the two spare pumps",
    the things counted being a plural of the question's: a count of a part, where "one of
    those charged" (no counted noun) says nothing of how many."""
    last = token_range(words, end - 1, end)[1]
    folded = words.folded
    if last + 1 >= len(folded) or folded[last + 1] != "of":
        return False
    if last > 0 and folded[last - 1] in NOT_A_COUNT_BEFORE:
        return False  # "every one of the passengers"
    reach = range(last + 2, min(len(folded), last + 2 + PARTITIVE_REACH))
    return any(k in anchors and folded[k].endswith("s") for k in reach)


RELATIVE_FILLERS = lx.words("it he she they we that which had has have was were been is are")


def _asked_verb_after(words: SentenceWords, end: int, anchors: set[int]) -> bool:
    """Whether a relative clause right after a figure holds the question's verb, the figure its
    object ("the 12 per cent it had demanded", "the $4 million that they paid")."""
    last = token_range(words, end - 1, end)[1]
    for k in range(last + 1, min(len(words.folded), last + 5)):
        if k in anchors:
            return k > last + 1 and words.folded[k] not in lx.STOPWORDS
        if words.folded[k] not in RELATIVE_FILLERS:
            return False
    return False


def _names_focus_of(question: Question, words: SentenceWords, start: int, end: int) -> bool:
    """Whether a span is the whole phrase after "<the asked noun> of" ("Which charge …?": "a
    charge of abuse of office", not "abuse" alone)."""
    focus = question.focus.lower().rstrip("s")
    if question.qtype not in ("which", "what", "where") or not focus:
        return False  # "Which towns …?" is read as where: "the towns of Orsa and Lisle"
    first, last = token_range(words, start, end)
    return (
        first >= 2
        and words.folded[first - 1] == "of"
        and words.folded[first - 2].rstrip("s") == focus
        and not _of_joins(words, last + 1)  # "abuse" of "abuse of office" goes on
    )


def _inner_of(words: SentenceWords, i: int, first: int, last: int) -> bool:
    """An "of" inside a chunk between two nouns ("abuse of office"), after no verb."""
    return first < i < last and _of_joins(words, i) and not verb_like(words, i - 1, i - 1)


def _of_joins(words: SentenceWords, i: int) -> bool:
    """Whether word i is an "of" joining two words of one noun phrase ("abuse of office",
    "theft of paintings")."""
    return (
        0 < i < len(words.folded) - 1
        and words.folded[i] == "of"
        and words.folded[i - 1] not in lx.STOPWORDS
        and words.folded[i + 1] not in lx.STOPWORDS
    )


def _sibling_span(question: Question, text: str) -> Span | None:
    """The item the sentence names beside the ones the question sets aside, if any."""
    known = set_aside(question.text)
    place = sibling_item(text, known) if known else None
    if place is None:
        return None
    start, end = place
    return Span(start, end, text[start:end], SIBLING_SCORE, "item", True)


def _quoted_reaction(question: Question, kind: str) -> bool:
    return kind == "said" and lx.REACTION_QUESTION.search(question.text) is not None


def _rest_of_asked_name(
    words: SentenceWords, whole: tuple[int, int], kept: tuple[int, int]
) -> bool:
    """Whether a name cut of the question's own capitalised words leaves one plural word of
    it: that word names the question's team ("Pittsburgh Penguins"), not another party
    ("Chile Tomas Hale" leaves a whole name, "Australian Government" a body)."""
    if kept == whole:
        return False
    first, last = token_range(words, *whole)
    kept_first, kept_last = token_range(words, *kept)
    cut = [i for i in range(first, last + 1) if not kept_first <= i <= kept_last]
    rest = words.folded[kept_first]
    plural = rest.endswith("s") and not rest.endswith("ss")  # a team: "Penguins", "Rangers"
    if any(words.folded[i] in lx.TITLE_HEADS for i in range(first, last + 1)):
        return False  # "New York Mayor Adams": a title before a surname, no team
    return (
        kept_first == kept_last and plural and bool(cut) and all(words.capitalised[i] for i in cut)
    )


# Last words of the name of a place of work ("Orsa Dye Works"), besides bodies',
# places' and buildings' heads.
WORKS_HEADS = NOT_PERSON_HEADS | lx.words("works plant mill factory refinery mine quarry depot")


def _rest_of_asked_body(
    words: SentenceWords, whole: tuple[int, int], kept: tuple[int, int]
) -> bool:
    """Whether a name cut of the question's capitalised words at its front leaves the rest
    of a body's or a works' name ("Dye Works" of "Orsa Dye Works" when the question says
    "Orsa", "Chemical Storage" of "Orsa Chemical Storage"): the asked thing, no one who
    answers "Who …?" (a rest holding a given name or a title may be someone: "Mayor Ada
    Vell" of "Orsa Mayor Ada Vell")."""
    first, last = token_range(words, *whole)
    kept_first, kept_last = token_range(words, *kept)
    if kept == whole or kept_last != last or kept_first <= first:
        return False
    if not all(words.capitalised[i] for i in range(first, kept_first)):
        return False
    if words.folded[last] in WORKS_HEADS:
        return True
    rest = range(kept_first, kept_last + 1)
    return all(words.capitalised[i] for i in rest) and not any(
        words.folded[i] in GIVEN_NAMES or words.folded[i] in ANY_TITLE
        for i in range(first, last + 1)
    )


# Titles before a person's name, whole or cut short ("Governor", "Gov.", "Sen.")
ANY_TITLE = lx.TITLE_WORDS | lx.TITLE_HEADS | abbreviations.TITLES


def _cut_before_asked(
    text: str,
    words: SentenceWords,
    span: tuple[int, int],
    untrimmed: tuple[int, int],
    anchors: set[int],
) -> bool:
    """Whether a place phrase in plain words stops where the question's own noun goes on
    ("at a crowded" of "at a crowded hearing", the hearing being asked where)."""
    start, end = span
    if not text[start:end].islower():
        return False
    if end < untrimmed[1]:
        return True
    last = token_range(words, start, end)[1]
    nxt = last + 1
    return (
        nxt in anchors
        and words.folded[nxt].isalpha()  # "in the housing bubble 2001–2007": a year follows
        and text[end : words.spans[nxt][0]] == " "
    )


def _front_of_name_cut(
    text: str,
    words: SentenceWords,
    whole: tuple[int, int],
    kept: tuple[int, int],
    anchors: set[int],
) -> bool:
    """Whether a name lost its first capitalised words to the question's, or follows one of
    them with only a space between, keeping the rest of the same name: the question's own
    party ("Cold Stores" of "Halvik Cold Stores"), not another."""
    first = token_range(words, *whole)[0]
    kept_first = token_range(words, *kept)[0]
    if kept != whole:
        return kept_first > first and all(words.capitalised[i] for i in range(first, kept_first))
    before = first - 1
    return (
        before >= 0
        and before in anchors
        and words.capitalised[before]
        and text[words.spans[before][1] : words.spans[first][0]] == " "
    )


def _ends_on_verb(question: Question, terms: list[Term]) -> bool:
    """Whether the word a question's object is asked after is a verb ("… offered?"), not a
    name ("… on Pettigrew?") or a noun after its article ("… joined the war?")."""
    term = terms[asked_verb(question, terms)]
    if term.is_name:
        return False
    before = re.search(rf"(\w+)\s+{re.escape(term.concept.surface)}\b", question.text, re.I)
    return before is None or before.group(1).lower() not in OBJECT_OPENERS


OBJECT_OPENERS = lx.words("the a an his her its their our my your this that these those")


def _names_asked_noun(question: Question, words: SentenceWords, start: int, end: int) -> bool:
    """Whether a name holds the question's focus noun, or the noun right after it, as a
    capitalised word ("Tarnby Technical University" for "Which university campus …?"): it is
    of the asked kind."""
    if not question.focus:
        return False
    after = re.search(rf"\b{re.escape(question.focus)}\s+([a-z]+)", question.text)
    asked = {match_key(question.focus)} | ({match_key(after.group(1))} if after else set())
    first, last = token_range(words, start, end)
    return any(words.capitalised[i] and words.keys[i] in asked for i in range(first, last + 1))


def _name_before_focus(question: Question) -> bool:
    """Whether the question puts a capitalised name right before its focus noun ("Which
    Halvik plant …?"): the answer may then be the rest of that name."""
    focus = question.focus
    if not focus:
        return False
    named = re.search(rf"(?<=\s)[A-Z][\w'’-]*\s+{re.escape(focus)}\b", question.text)
    return named is not None  # not "Which" that opens the question


def _name_tail(span: str) -> bool:
    return fold(span).rstrip(".") in lx.NAME_TAILS


SAME_CLAUSE_BONUS = 0.2
STRANDED_OBJECT_BONUS = 0.3  # the object of the preposition a question ends on
RANGE_ENDS = {"to": "from", "from": "to"}  # the other end of "from X to Y"
OTHER_CLAUSE_PENALTY = 0.2
EARLIER_PLACE = re.compile(r"\b(?:before|previously|originally|formerly)\b", re.I)
FROM_QUESTION = re.compile(r"\bfrom\s*\?\s*$", re.IGNORECASE)  # "Where is X from?"
# "Where did the march start / set off / begin?": where a move began
START_ASKED = re.compile(
    r"\b(?:start|starts|started|begin|begins|began|set\s+off|sets\s+off|depart|departs|departed"
    r"|leave|leaves|left)\s*\?\s*$",
    re.IGNORECASE,
)
DATE_RANGE = re.compile(r"\d\s*[–—-]\s*\d|\b(?:to|and|until|through)\b")
SIBLING_SCORE = 1.0  # another item of the list that holds the question's known ones
TITLE_NAME_PENALTY = 0.5


ITEM_FIGURE_BONUS = 0.3  # the figure in the comma item that holds the question's words
FIGURE_KINDS = frozenset(("number", "date", "duration"))
VALUE_TYPES = frozenset(("when", "how_many", "how_much"))  # questions that ask for a figure
AGE_WORDS = lx.words("age aged ages")
ACRONYM_PENALTY = 0.6
CLOCK_FOCUS = lx.words("time hour")
DAY_FOCUS = lx.words("date day year month week decade century")  # "On what date …?"

NOT_CLOCK = re.compile(
    r"\btime\s+(?:period|frame|span|of\s+(?:the\s+)?(?:year|season|month|week))|\bera\b"
    r"|\b(?:during|in|since|until|by)\s+what\s+time\b",
    re.IGNORECASE,
)


RANK_WORDS = lx.words("number no")  # "the number one buyer": a rank, not a count


def _names_focus(
    question: Question, text: str, words: SentenceWords, first: int, last: int
) -> bool:
    """Whether a name holds the focus noun (or a head standing for it) or comes right before
    it: "Quayside Suites hotel" names the hotel, "Marlow Park's" does not."""
    key = match_key(question.focus)
    return any(is_focus_word(words, i, key) for i in range(first, last + 1)) or (
        _described_as_focus(text, words, last, key)
    )


def _described_as_focus(text: str, words: SentenceWords, last: int, key: str) -> bool:
    """ "Zentri, a mobile marketing company": an apposition says what the name is."""
    end = words.spans[last][1]
    if not re.match(r",\s+(?:an?|the)\s", text[end:]):
        return False
    window = range(last + 2, min(len(words.folded), last + 2 + APPOSITION_WORDS))
    for i in window:
        if is_focus_word(words, i, key):
            return True
        if i + 1 < len(words.folded) and boundary_between(text, words, i):
            return False
    return False


def _whole_name(question: Question, words: SentenceWords, start: int, end: int, kind: str) -> bool:
    """A name that holds the question's focus noun is given whole: "University of Colorado"
    answers "which university?", "Tessin Basin" "what basin?". What someone said, and what
    someone did, is quoted whole, the question's words in it too."""
    if kind in DEFINED or kind in ("said", "action"):
        return True
    if kind == "name" and _venue_of_asked_thing(question, words, start, end):
        return True
    if kind == "quoted" and _asks_a_name(question):
        return True  # the name of the campaign: "Mira Talvik Is Boss", not "Is Boss"
    if kind != "name" or not question.focus:
        return False
    first, last = token_range(words, start, end)
    key = match_key(question.focus)
    return first >= 0 and any(is_focus_word(words, i, key) for i in range(first, last + 1))


VENUE_LEADS = lx.PLACE_PREPOSITIONS | lx.words("to from")


def _venue_of_asked_thing(question: Question, words: SentenceWords, start: int, end: int) -> bool:
    """Whether a name in a place phrase ends on the noun a "where" question asks of ("Where
    was the reception centre?": "spent the night at the Selvany Leisure Centre"): the venue
    is the answer, whole, though its last word is the question's."""
    if question.qtype != "where":
        return False
    first, last = token_range(words, start, end)
    if first < 1 or last <= first or not words.capitalised[last]:
        return False
    asked = {match_key(w) for w in lx.LETTERS.findall(question.text.lower())}
    if match_key(words.folded[last]) not in asked:
        return False
    lead = first - 1 - (words.folded[first - 1] == "the" and first > 1)
    return words.folded[lead] in VENUE_LEADS


def _object_of(words: SentenceWords, first: int, preposition: str, place: bool) -> bool:
    """Whether a span starting at word `first` is the preposition's object; for a place, an
    article may stand between ("centred on the Millgate quarter" for "… centred on?")."""
    before = first - 1
    if place and before > 0 and words.folded[before] in ("the", "a", "an"):
        before -= 1
    return words.folded[before] == preposition


def _span_score(
    question: Question,
    text: str,
    words: SentenceWords,
    anchors: list[tuple[int, float]],
    anchor_set: set[int],
    start: int,
    end: int,
    kind: str = "",
    verb_placed: bool = False,
) -> float | None:
    first, last = token_range(words, start, end)
    span_text = text[start:end]  # read by most checks below: cut once
    if first < 0 or text[end : end + 1] in CURRENCY_SIGNS:
        return None  # "US" of "US$7,710" is part of a figure
    overlap = _overlaps_question(words, first, last, anchor_set)
    named = kind == "quoted" and _asks_a_name(question)  # "the Ana Roth Stays campaign"
    # "Which university … in Port Ellis?": "Port Ellis Technical University" adds a word
    named = named or (
        kind == "name"
        and _whole_name(question, words, start, end, kind)
        and _adds_a_name_word(question, words, first, last, anchor_set)
    )
    if overlap > 0.5 and not ((named or kind in DEFINED) and kind != "content" and overlap < 1):
        return None
    if kind == "copula" and not _new_predicate(text, words, first, last, anchor_set):
        return None
    if kind == "chunk" and _inside_asked_phrase(text, words, first, last, anchor_set):
        return None  # "water treatment" of "the Orsa water treatment works"
    if kind == "chunk" and _cuts_a_name(words, first, last):
        return None  # "School" of "the School of Nursing Studies"
    asks_thing = asks(APPELLATION, question) and not asks(NAMING_VERB, question, lower=True)
    if kind == "named" and (
        asks_thing  # "which district is known as X?" asks the thing, not its name
        or _mostly_question(question, words, first, last, anchor_set)
    ):
        return None
    if (
        (question.qtype in ("who", "where") or _asks_named_thing(question))
        and kind == "name"
        and _calendar_name(words, first, last)
    ):
        return None  # "at an office Christmas party": a time, neither who, where nor which firm
    if _asks_named_thing(question) and (
        not _may_name(words, first, last, kind, question.focus.lower())
        or (POSSESSIVE.match(text, end) and not asks_owner(question))
    ):  # "Jackman's choice": whose, not which network; "Fox's option" for "which … holds"
        return None  # "What street …?" is answered neither by "killed two women" nor "two"
    if _no_quantity(question, span_text):
        return None
    if asks_person_by_noun(question) and not _may_name_person(text, start, end, kind):
        return None  # "Which judge …?" is answered neither by "the Supreme Court" nor "waist"
    if _asks_work_title(question) and (
        kind not in ("name", "quoted")
        or (kind == "name" and _names_no_work(words, first, span_text))
    ):
        return None  # "the title of the book he was reading" is neither "son" nor "Ike Varo"
    if (
        question.qtype not in ("where", "who")
        and not _asks_someone(question)
        and _dateline_name(text, end)
    ):
        return None  # "Orrin / Port Ellis: A navy ship foiled …": where it was filed from
    if question.qtype != "where" and _dash_dateline(text, end):
        return None  # "LISLE — Ada Brand beat …": where the report was filed, no one
    if (
        _asks_someone(question)
        and kind == "name"
        and _in_place(words, first)
        and not _stranded_preposition(question, words.folded[first - 1])
        and not person_shaped(span_text)
        and not (first > 1 and words.folded[first - 2] in lx.TITLE_WORDS)
    ):
        return None  # "Which judge …?" is not "Orrin" of "a conviction in Orrin"
    if question.qtype == "where" and kind == "name" and _person_by_label(text, start, span_text):
        return None  # "Where did she get her doctorate?" is not "Doctoral advisor: Ernst Lind"
    if (
        question.qtype == "who"
        and kind == "name"
        and _charge_held_by_body(question, text, start, end)
    ):
        return None  # "Who is in charge of the foundation?": a person, not "the Institute for …"
    if _asks_someone(question) and kind == "name" and _in_home_address(text, start):
        return None  # "Tomas Kerr, 41, of Mill Road, Halvik, was charged": not "Halvik"
    if _asks_someone(question) and kind == "name" and describes_noun(text, start, end):
        return None  # "Whom did she pick?" is not "U. S" of "the U. S. health system"
    if _asks_someone(question) and kind == "name" and GROUP_OWNS_NOUN.match(text, end):
        return None  # "the woman who died" is not "Legionnaires" of "Legionnaires' disease"
    score = _proximity(first, last, anchors)
    if kind == "code":
        return score + FOCUS_BONUS  # "runway 09", "Flight HA618": the asked label's code
    if asks_other_than_figure(question) and bare_figure(unqualified(span_text)):
        return None  # "What illness did he die of?" is not "95", nor "What car …?" "below $1"
    if _asks_someone(question) and _letters_before_name(text, words, start, end, last):
        return None  # "DL" of "Dunmere DL Tom Baskin": a position, the name follows
    if question.qtype == "which" and _role_of_asked_name(text, words, first, last, anchor_set):
        return None  # "Which Dunmere player …?" is not "Harlow quarterback" of Ivo Brandt
    if _bare_time_word(question, span_text):
        return None  # "What led police to the apartment?" is not "Yesterday"
    if kind == "chunk" and span_text.lower().split()[0] in LONE_PREPOSITIONS:
        return None  # "Unsecured creditors, among them …": "among (them)" is no answer
    if kind == "chunk" and _cuts_a_date(text, start, end):
        return None  # "took place on 4" of "on 4 December 2025": a date cut, no answer
    if asks_measure(question) and (kind == "chunk" or not figure_like(span_text)):
        # "What was the magnitude?" is "4.2", not "shook a remote area"; "What is its range?"
        # is "9,000 miles", not "fly for 9,000 miles"
        score += TYPE_MISS / 2
    measured = asks_measure(question) or (
        question.qtype == "how_much" and question.focus.lower() in UNIT_MEASURES
    )  # "Over what distance was the river fouled?": "3 km", not "17,400"
    if measured and not fits_unit(question.focus, text, start, end):
        return None  # "What was the sea temperature?" is not "31" of a table's row
    if kind == "chunk":
        score -= LENGTH_PENALTY * (last - first)  # a name or a figure is as long as it is
    if kind == "regarded" and question.qtype == "how":
        score += FOCUS_BONUS  # "How are police treating it?": what they treat it as
    if kind == "name":
        score += FOCUS_BONUS * receiver_side(question, text, start, end)  # "delivered … to X"
    if question.focus:
        # a defined span stands in a clause that holds the focus, however far from it
        near = kind in DEFINED or _focus_bonus(question, words, first, last, kind, text=text) > 0
        if near and question.qtype == "when" and RELATIVE_SPAN.search(span_text):
            # "In what year …?" is not answered by the "years" of "two years later"
            near = _focus_bonus(question, words, first, last, kind, inside=False) > 0
        if near and asks_measure(question) and not figure_like(span_text):
            near = False  # "a range greater than …": the measure is the figure, not "greater"
        near = near or (kind == "number" and _elided_count(question, text, start, end))
        score += FOCUS_BONUS if near else 0.0
        if kind == "name" and holds_focus(question, words, first, last):
            score += NAME_OF_KIND_BONUS  # "What river …?": "the River Lisk", not "Traffic"
    if question.qtype == "who" and kind == "name" and held_formerly(question, text, start):
        score += TYPE_MISS / 2  # "Who is Halvik's chief?": not "former Halvik chief Ada Brand"
    asked = agent_nouns(question)
    asked_title = any(i in anchor_set or words.folded[i] in asked for i in range(first, last + 1))
    if (
        question.qtype == "who"
        and kind == "name"
        and asked_title
        and _only_titles(words, first, last)
    ):
        return None  # "Who runs X?": "Chief Executive" is what was asked, not who
    if kind == "doer" and _role_of_a_name_before(text, words, first, last):
        return None  # "Ada Vell, the board's chief auditor, who led …": Ada Vell led it
    if question.qtype == "who":
        subject = _slot_bonus("subject", words, first, last, anchor_set) > 0
        adjustment = who_adjustment(question, text, words, anchor_set, (start, end), subject)
        if adjustment is None:
            return None
        score += adjustment
        if kind == "name" and inside_quotation(text, start, end):
            score -= TITLE_NAME_PENALTY  # "Harbour Trade" of a quoted title is nobody
        if kind == "name" and _apposition_object(text, start, end):
            score -= TITLE_NAME_PENALTY  # "Ada Osk, the leader of Harbour Commons, will …"
        if kind == "name" and _apposition_object(text, start, end, RELATIVE_OBJECT_OF):
            return None  # "Ada Osk, who runs Orsa House, gave …": Orsa House gave nothing
        if kind == "name" and is_cited_author(text, start, end):
            score += FOCUS_BONUS  # a work listed: "Halloran, Ines. "Harbour Trade ..."."
    if kind == "name" and names_asked_thing(question, text, words, first, last, anchor_set):
        return None
    if _asks_kind(question) and _right_before_focus(question, words, last):
        score += FOCUS_BONUS  # "what kind of district?" -> "business district"
    elif _asks_kind(question) and not _names_the_kind(question, words):
        return None  # "What kind of gun?" is not answered by a sentence without a gun
    if question.focus in QUOTED_FOCUS and _quoted(text, start, end):
        score += FOCUS_BONUS
    elif asks(lx.CALLING_QUESTION, question) and _quoted(text, start, end, loose=True):
        score += FOCUS_BONUS  # "What did the aides call it?" -> "an articulated lorry crash"
    if question.slot and not verb_placed and not asked_preposition(question):
        # with "... trade the paintings for?" the object asked for is the preposition's
        score += _slot_bonus(question.slot, words, first, last, anchor_set)
    if states_score(question, span_text):
        score += FOCUS_BONUS  # "rolled past Port Ellis State, 38-10"
    score += FOCUS_BONUS * partitive_share(question, text, start, end)  # "30 of the 80"
    if states_age(question, text, start, end):
        score += FOCUS_BONUS  # "Patrick Voss Jr., 55, ...": the age, not "up to 10 years"
    elif others_age(question, text, start, end):
        return None  # "Vantor, 51," is not how old the girl was
    elif uncued_age(question, text, start, end):
        return None  # "the 3, 8 and 19" are routes, not how old anyone is
    if kind == "number" and age_in_a_name(question, text, words, first):
        return None  # "councillor for Ward 2 since 2021" is no age
    if (
        kind == "number"
        and asks(AGE_QUESTION, question)
        and other_label(text, start, question.text)
    ):
        return None  # "Position: 1" of a results row is not how old anyone is
    if kind == "number" and _told_as_before(question, text, start):
        score += TYPE_MISS / 2  # "now £5.3m, up from £3.9m on Monday": the new one
    if kind == "number" and _sum_only_sought(question, text, start):
        return None  # "had sought £650,000 … settled for an undisclosed sum": not what it got
    if kind == "number" and rate_unasked(question, text, end):
        score += TYPE_MISS / 2  # "280,000 people a year" is no count of one trip's riders
    if kind == "number" and population_untold(question, text):
        return None  # "a minibus carrying 11 pupils" is no town's population
    if kind == "number" and size_of_other_thing(question, text, start, end):
        return None  # "How wide is the chute?" is not "the 146-page report"
    if PERCENT_ASKED.search(question.text) and not _told_share(span_text):
        return None  # "By what percentage did the harvest grow?" is not "140" farms
    if GROUP_SHARE_ASKED.search(question.text) and CHANGE_BEFORE.search(text, 0, start):
        return None  # "What proportion of drivers …?" is not "a pay increase of 9 per cent"
    if _times_for_a_count(question, span_text):
        return None  # "How many people came?" is not "twice"
    if asks_share(question) and is_share(span_text):
        score += FOCUS_BONUS  # "what percentage / how much of" is answered by a share
    elif share_for_a_count(question, span_text):
        return None  # "How many drones did it sell?" is a count, not "a growth of 50 %"
    elif question.qtype == "how_many" and _share_of_asked_group(text, words, start, anchor_set):
        return None  # "of those who replied, 51 per cent …": not how many replied
    if kind == "date" and _coarser_than_asked(question, span_text):
        score -= FOCUS_BONUS  # "What day was it blown up?": "Friday 3 May", not "the mid-1980s"
    if kind == "date" and forecast_for_a_fact(question, text, start):
        return None  # "When was it released?" is not "expected in late 2006"
    if counts_other_noun(question, span_text, text[end:]) and not times_of_asked_act(
        question, text, start, end
    ):
        return None  # "roughly 400 jets" is no count of people, however close it stands
    if question.qtype == "how_many" and is_tally(span_text) and not asks(TALLY_COUNTED, question):
        return None  # "How many students took part?" is not "11 votes to six"
    if kind == "number" and population_not_asked(question, text, start):
        return None  # "in a town of about 24,000 people" counts no one who signed
    if kind == "number" and counts_for_a_size(question, span_text, text[end:]):
        return None  # "How large is the site?" is not "180 nests" counted on it
    if duration_not_age(question, text, start, end) or age_not_count(question, text, start, end):
        return None  # "has worked there for 37 years" is no age; "Vale, 32," no count
    if count_not_age(question, text, start, end):
        return None  # "the 3 shop workers were trapped inside" is no age
    if other_tally(asked_tally(question), text, start, end):
        return None  # "two people have been killed" for "How many were wounded?"
    partitive = asks(PARTITIVE_QUESTION, question)  # "how many of …": a share
    if question.qtype == "how_many" and _fraction_word(text, start, end, partitive):
        return None  # "the third-floor break room", "a third successive strike" count nothing
    if question.qtype == "how_many" and not partitive and counts_other_thing(question, span_text):
        return None  # nor are "142 metres" or "$63.1 billion"
    told_year = _year_of_figure(question, text, end)
    if told_year is not None:  # "96,000 visits in 2019, compared with 61,500 in 2023"
        score += FOCUS_BONUS if told_year in question.text else TYPE_MISS / 2
    if other_currency(question, span_text):
        score += TYPE_MISS
    elif question.qtype in ("what", "which") and kind != "number" and asks_sum(question):
        score += TYPE_MISS  # "What was the loss in pounds?" asks for a sum
    if time_for_no_time(question, span_text):
        return None  # "What pay increase …?" is no "13 hours"
    if not fits_measure(question, span_text) or counts_other_thing(question, span_text):
        score += TYPE_MISS  # "How long will they stay?" is not answered by "13,000"
    elif question.qtype == "how_much" and kind != "duration" and not has_digit(span_text):
        score -= WORD_FIGURE_PENALTY  # amounts are written in digits; "two" is rarely one
    if question.qtype == "how_many" and YEAR_ONLY.match(span_text):
        score += TYPE_MISS / 2
    elif question.focus.lower() in MARGIN_FOCUS and is_tally(span_text):
        score += FOCUS_BONUS  # "By what margin …?": "seven votes to two" before a sum
    elif question.focus.lower() in MARGIN_FOCUS and not _a_margin(span_text):
        # "By what margin did it pass?": a tally or a lead, not "by legislation", 2018 nor
        # "more than five decades"
        return None
    elif (
        _counted_focus(question)
        and kind == "chunk"
        and _holds_figure(span_text)
        and not FIGURE_RANGE.search(span_text)  # "from 12 to 15 degrees": a range, kept whole
    ):
        score += TYPE_MISS / 2  # "What was the vote?": the tally, not "2023" nor "eight"
    if (
        question.qtype == "when"
        and _attribution_date(text, start)
        and not _asks_saying(question)
        and not ANNOUNCED_AS_DONE.match(text, end)
    ):
        return None  # "the board said on 12 September": when it was said, not when it happened
    if question.qtype == "when" and POSSESSIVE.match(text, end + (text[end : end + 1] == " ")):
        score -= DAY_WANTED_PENALTY  # "this year's conference": it names the event, not when
    if question.qtype == "when" and _in_side_clause(text, words, first, last, anchor_set):
        score -= 2 * OTHER_CLAUSE_PENALTY  # "X, who has chaired it since 2019, filed …"
    if question.qtype == "when" and _before_asked_conjunct(words, last, anchor_set):
        score -= OTHER_CLAUSE_PENALTY  # "approved in March 2019 and signed it on 11 July 2019"
    if question.qtype == "when" and _after_asked_participle(question, text, words, first):
        score += SLOT_BONUS  # "a gale in 1887 felled the spire, rebuilt in 1890"
    if question.qtype == "when":
        score += FOCUS_BONUS * range_side(question, text, start, end)  # "until 20 January"
        if UNTIL_ASKED.match(question.text) and not UNTIL_BEFORE.search(text, 0, start):
            score -= FOCUS_BONUS  # "Until what date …?": "until 31 March", not "this week"
    if (
        question.qtype == "when"
        and kind == "date"
        and _beyond_the_bound(question, text, start, end)
    ):
        return None  # "When was it last audited before May 2024?" is not "May 2024"
    if question.qtype == "when" and kind == "date" and DATE_RANGE.search(span_text):
        score -= range_penalty(question, text, start)  # "1869–1909" after a title: a term
    if question.qtype == "when" and YEAR_ONLY.match(span_text):
        # a full date beats a bare year, all the more when the question asks for a day
        score -= DAY_WANTED_PENALTY if question.focus in ("date", "day") else 0.05
    if kind == "name" and (question.qtype == "which" or _names_a_thing(question)):
        score += NAME_BONUS
    if kind == "name":
        score += named_thing_bonus(question, text, start, end)  # "What is the cat's name?"
    if question.focus in lx.NAMED_FOCUS and kind == "name":
        score += agent_bonus(words, first, anchor_set)  # "sold by NVA Security": which company
    if question.focus in lx.COUNTRY_FOCUS and not is_country_word(fold(span_text)):
        score += TYPE_MISS / 2  # "which country?" is answered by a country
    if question.focus in lx.PERSONLESS_FOCUS and _titled_person(kind, words, first, last):
        return None  # "Which company owns the road?" is never "Dr Ada Kell"
    if (
        question.focus in lx.BODY_FOCUS
        and kind in ("name", "chunk")
        and _after_place_word(words, first)
    ):
        if first == last and question.qtype == "which" and words.capitalised[first]:
            return None  # "Which agency is investigating?": not "Orsa" of "a depot in Orsa"
        score += TYPE_MISS  # "Which company runs it?": not "Orsa" of "headquartered in Orsa"
    if (
        kind in ("name", "chunk", "locative")
        and question.focus.lower() in NAMED_GEOGRAPHY
        and _after_place_word(words, first)
        and not _names_the_feature(question, words, first, last)
    ):
        return None  # "Which river …?" is not "Selvany" of "a pumping station in Selvany"
    if asks(MODEL_ASKED, question) and not _model_shaped(words, kind, first, last):
        return None  # "What model of bus …?" is "Tarn 40", not "Orsa hired three"
    if question.focus in lx.THING_FOCUS and (
        kind == "locative" or (kind == "name" and _after_place_word(words, first))
    ):
        return None  # "What model of bus burned?": not "Orsa" of "at a depot in Orsa"
    if (
        question.focus in lx.PERSONLESS_FOCUS
        and kind == "name"
        and (person_shaped(span_text) or WHO_AFTER.match(text, end) is not None)
    ):
        score += TYPE_MISS  # "the name of the company?" is not answered by "Eric Kirk"
    if question.focus in lx.INSTITUTION_FOCUS and kind == "name" and region_name(span_text):
        score += TYPE_MISS  # nor "the name of the hospital?" by "California"
    if (
        question.focus in lx.INSTITUTION_FOCUS
        and kind in ("name", "chunk")
        and first > 0
        and words.folded[first - 1] == "in"
        and question.focus.lower().rstrip("s") not in fold(span_text)
    ):
        return None  # "Which hospital …?" is not "Harrowby" of "hospitalised in Harrowby"
    if (
        question.focus in lx.INSTITUTION_FOCUS
        and kind in ("name", "chunk")
        and (
            fold(span_text).split()[-1] in STREET_WORDS
            or (" " not in span_text and fold(span_text) in GIVEN_NAMES)
        )
    ):
        return None  # nor "Mill Road", where the family lives, nor "Jonas", who was treated
    if question.focus in lx.INSTITUTION_FOCUS and kind == "name" and title_only(span_text):
        return None  # nor "At which hospital …?" by "CEO"
    if kind == "name" and not_the_facility(question, span_text):
        return None  # nor by "The New York Times" or a person
    if question.focus in lx.NAMED_FOCUS and kind == "locative" and span_text.islower():
        score += TYPE_MISS  # "In which city did she die?" is not "in several spectacular …"
    if kind == "chunk" and _describes_focus_after_a(question, words, first, last):
        return None  # "At which depot …?": not "municipal" of "at a municipal depot"
    if question.qtype == "where" and span_text.lower() in LEGAL_FORMS:
        return None  # "Where is it based?" is never the "LLP" of "Kellmarsh Partners LLP"
    if question.qtype == "who" and _acronym_for_post(question, span_text):
        return None  # "Who was the chief executive?" is no "MPA" (a body, by its initials)
    if kind == "locative" and _part_of_asked_place(question, text, end):
        score += FOCUS_BONUS  # "Where on the reserve …?": "on the eastern edge of the reserve"
    if _around_the_focus(question, words, first):
        return None  # "At which depot …?": not "Orsa" of "a depot in Orsa"
    if _focus_itself(question, span_text):
        return None  # "Which bacterium …?" is not "Bacterial" of "Bacterial contamination"
    if question.focus in lx.NAMED_FOCUS and kind == "chunk" and span_text.islower():
        score += TYPE_MISS  # "At which institution does she work?" is not "thank"
    if question.focus in SETTLEMENT_FOCUS and kind in ("name", "locative"):
        if body_name(span_text):
            return None  # nor "the Associated Press", to which her death was confirmed
        if _after_role(words, first):
            return None  # nor "her publicist, Mara Quint"
    if _share_for_level(question, kind, span_text):
        score += TYPE_MISS / 2  # "What was its revenue?": "$12.6 billion", not "rose 4.1 percent"
    elif _level_reached(question, kind, text, start):
        score += FOCUS_BONUS  # "… as revenue rose 4.1 percent to $12.6 billion"
    score += FOCUS_BONUS * _side_of_change(question, kind, text, start, end)
    if _nationality_for_body(question, kind, span_text):
        score += TYPE_MISS  # "which company?" is not "North American" of "a North American …"
    if _place_for_body(question, kind, span_text):
        score += TYPE_MISS  # "which company runs the ferry?" is not "Varrow Strait"
    person, of, body = span_text.partition(" of ")
    if kind == "name" and of and _body_focus(question) and _person_of_body(person, body):
        score += TYPE_MISS  # "Which firm …?" is "Kellmarsh Partners", not "Ada Vell of …"
    if kind in ("name", "chunk") and _body_focus(question) and STREET_BEFORE.search(text, 0, start):
        return None  # "Which company …?" is not the town of "a yard on Mill Lane, Lisle"
    if kind == "name" and _body_focus(question) and _names_a_works(words, last):
        score += TYPE_MISS  # "Which company built it?" is not "Millgate" of "its Millgate factory"
    if _built_place_for_event(question, kind, span_text) or (
        question.focus.lower() in EVENT_FOCUS
        and (_after_place_word(words, first) or ADDRESS_BEFORE.search(text, 0, start))
    ):
        return None  # "What competition …?" is not "Kellmarsh Park, Orsa", where it is
    if question.qtype in ("what", "which") and _no_figure_asked(question, kind):
        return None  # "What competition …?" is no "40 minutes", "What error …?" no "17 years"
    if (
        question.focus.lower() in EVENT_FOCUS
        and kind in ("name", "chunk")
        and not (EVENT_HEADS & set(fold(span_text).split()))
    ):
        if kind == "chunk" or fold(span_text).split()[-1] in TEAM_TAILS:
            return None  # "What competition …?" is never "Vell Rangers", a team
        score += TYPE_MISS  # "What competition …?" is told by its name: "the Orsa Cup"
    if (
        kind == "chunk"
        and not _asks_kind(question)
        and _modifier_without_noun(words, text, first, last)
    ):
        score -= MODIFIER_ALONE  # "free" of "a free Tarn CO-9", "gas" of "their gas boiler"
    if question.qtype == "who" and _opponent(question, text, start):
        score += TYPE_MISS  # "Who scored Lisle's equaliser?": not "against Tarvia Town"
    if _built_place_for_team(question, kind, span_text):
        return None  # "Which team won the final?" is not "Kellmarsh Hall" where it was played
    if kind == "name" and _body_focus(question) and body_name(span_text):
        score += BODY_NAME_BONUS  # "which company?": "Pellamore Pharmaceuticals", not its drug
    if kind == "name" and _names_other_thing(question, words, first, anchor_set):
        score += TYPE_MISS / 2  # "Which company makes the engines?": not "its engine Orsa"
    if _body_focus(question) and kind == "name" and inside_quotation(text, start, end):
        score += TYPE_MISS  # "which company insured it?" is not "Daughter" of a quoted title
    if question.focus in lx.NAMED_FOCUS and figure_like(span_text):
        score += TYPE_MISS / 2  # "which company?" is not answered by "close to 1,000"
    elif (
        question.qtype == "which"
        and bool(question.focus)
        and (_clause_chunk(kind, words, first, last) or _lone_verb(kind, words, first, last))
    ):
        return None  # nor "which ship?" by "navy drew criticism", "which show?" by "presented …"
    elif (
        question.qtype == "which"
        and _body_focus(question)
        and question.focus.lower() not in GROUP_FOCUS
        and kind == "chunk"
        and span_text.islower()
    ):
        return None  # "Which union speaks for …?" is no "gas release": a body is named
    elif question.qtype == "which" and question.focus in lx.NAMED_FOCUS and kind != "name":
        score += TYPE_MISS / 2  # "which group?" may still be "the guild, led by …"
    elif question.focus in lx.INSTITUTION_FOCUS and kind == "chunk":
        return None  # "At which hospital …?" is a hospital's name, never "CEO underwent"
    elif question.qtype == "which" and question.focus in lx.ROLE_NOUNS and kind == "chunk":
        return None  # "Which Halvik executive said …?" is someone, never "Belongs"
    if kind == "number" and measured_from_anchor(words, last, anchor_set):
        score += SLOT_BONUS  # "How far from Harrowgate?" -> "13 miles east of Harrowgate"
    if kind == "number" and question.qtype == "how_many" and _numbered_item(text, words, first):
        return None  # "crush barrier 14 gave way" names a barrier, it counts none
    if (
        kind == "number"
        and span_text.isdigit()
        and _measure_asked(question)
        and _numbered_item(text, words, first, True)
    ):
        return None  # "Tower 4 was taken down" names a tower: no height
    if kind == "number" and question.qtype == "how_many" and ONE_OF.match(text, start):
        if not any(a > last and verb_form(words.folded[a]) for a in anchor_set):
            return None  # "fans asked to keep one of the old trams" counts no trams
        score += TYPE_MISS / 2  # "one of its two pumps failed": one failed, of two
    if kind == "number" and question.qtype == "how_much":
        fit = dimension_fit(question, words, last)  # "How deep …?": "4 metres deep"
        if fit < 0:
            return None  # "How wide is the chute?" is not "380 m long", "300 m across" no depth
        score += SLOT_BONUS * fit
        if _prices_asked_noun(text, words, last, anchor_set):
            score += SLOT_BONUS  # "a £9 million footbridge": what the footbridge costs
        if CONVERTED_SUM.search(text, 0, start):
            score += TYPE_MISS / 2  # "3.4 million pounds ($4.5 million)": the sum as told first
        if _included_sum(text, start) and not _names_part(question, text, end):
            score += TYPE_MISS / 2  # "for £27m, including a £9m grant": the grant is a part
    if (
        question.qtype == "how_many"
        and kind == "number"
        and part_count(text, Span(start, end, span_text, 0.0, kind))
        and not PART_ASKED.search(question.text)
    ):
        return None  # "How many players has the club?" is not "with nine other players"
    if question.qtype == "how_many" and _counts_doers(words, last, anchor_set):
        score += FOCUS_BONUS  # "… and four were injured": the count of those the verb tells
    elif (
        question.qtype == "how_many"
        and kind == "number"
        and figure_noun(span_text, text[end:]) is None
        and _counts_objects(words, first, anchor_set, question)
    ):
        score += FOCUS_BONUS  # "arrested five people and charged two of them": two charged
    if kind == "number" and glued_to_name(text, words, first):
        if question.qtype == "how_many" and not _counts_a_noun_after(words, first, text):
            return None  # "ballots from Ward 3 that …": a name, never the count asked
        score += TYPE_MISS / 2  # "Fortune 100 brands": a name, not a count
    if question.qtype in ("how_much", "how_many") and total_over_list(
        text, words, start, anchor_set
    ):
        return None  # "£61 million once A, the footbridge, C and D are added": not its cost
    if kind == "number" and question.qtype == "how_many" and model_number(text, start):
        return None  # "Boeing's 737-8 jets"
    if question.qtype == "how_many" and first > 0 and words.folded[first - 1] in AGE_WORDS:
        score += TYPE_MISS / 2  # "512,000 people age 16 and older": 16 is an age
    if question.qtype == "how_many" and first > 0 and words.folded[first - 1] in RANK_WORDS:
        score += TYPE_MISS / 2  # "the number one buyer of A380s"
    if kind == "name" and _named_after_focus(question, words, first):
        score += FOCUS_BONUS  # "the journal Monthly Notices ...", "the town of Brennock"
    elif kind == "name" and question.focus and _names_focus(question, text, words, first, last):
        score += NAMES_FOCUS_BONUS  # "Quayside Suites", "6th Avenue" for "what street?"
    elif kind == "name" and question.focus and _right_before_focus(question, words, last):
        score += NAMES_FOCUS_BONUS / 2  # "Quayside Suites hotel"; "the Minneapolis agency X"
    elif kind == "name" and question.focus and POSSESSIVE.match(text, end):
        score -= NAMES_FOCUS_BONUS  # "Marlow Park's ... hotel": the owner, not the thing asked
    elif kind == "chunk" and _owner_of_focus(question, text, end):
        score -= NAMES_FOCUS_BONUS  # "Which vet …?": "the centre's vet, Dr Ada Vell": not "centre"
    if kind == "item":
        score += ITEM_BONUS
    if kind in DEFINED:
        score += DEFINED_BONUS
    if kind == "said" and _told_by_asked_verb(words, first, anchor_set):
        score += SLOT_BONUS  # "What did it recommend?": "… and recommended that X", not "found Y"
    if kind == "manner" or (_quoted_reaction(question, kind) and _quoted(text, start, end)):
        score += MANNER_BONUS  # "by ...", "using ..."; the words someone reacted with
    if (
        question.qtype == "where"
        and kind == "name"
        and holds_capitalised_anchor(words, first, last, anchor_set)
        and not _venue_of_asked_thing(question, words, start, end)
    ):
        return None  # "Where will the ROKR be sold?" is not "Motorola ROKR E1"
    if (
        question.qtype == "which"
        and kind == "name"
        and holds_capitalised_anchor(
            words, first, last, _named_anchors(question, words, anchor_set)
        )
        and not _place_before_focus(question, words, start, end, anchor_set)
    ):
        return None  # "Which club traded him to the Hawks?": not "Port Ellis Hawks GM"
        # (the focus may stand in the name: "Which fault …?" "Tessin Fault")
    origin = (
        kind == "name"
        and FROM_QUESTION.search(question.text) is not None
        and of_place_after_name(words, first, anchor_set)
    )
    if question.qtype == "where" and kind == "name" and _person_named(text, start, end):
        return None  # "Where is the firm based?" is never "Jonas Pell", its director
    if question.qtype == "where" and kind == "name" and SPEAKER_AFTER.match(text, end):
        return None  # "…, Orrin Telecom said.": who told it, not where it happened
    if (
        question.qtype == "where"
        and kind == "name"
        and first > 0
        and words.folded[first - 1] in BODY_LINKS
        and FROM_QUESTION.search(question.text) is None
        and body_name(span_text)
    ):
        score += TYPE_MISS  # "Where was the captain?" is not "retired from Orsa Ferries"
    if question.qtype == "where" and _origin_of_a_move(question, words, first, last):
        score -= 2 * PLACE_BONUS  # "moving from Atlanta to Washington": where to, unless "from?"
    if question.qtype == "where" and START_ASKED.search(question.text):
        # "Where did the march start?": "marched from the square to the ground", the square
        before = words.folded[first - 1] if first else ""
        score += 2 * PLACE_BONUS if before == "from" else -2 * PLACE_BONUS if before == "to" else 0
    if question.qtype == "where" and (
        kind == "locative" or after_place_word(words, first) or origin
    ):
        score += PLACE_BONUS  # "Tomas Hale of Dunmere" (origin): where he is from
        if first >= 2 and first - 2 in anchor_set:
            score += PLACE_BONUS  # "the northern border near Dunmere": where the border is
    elif question.qtype == "where" and before_asked_word(text, words, last, anchor_set):
        score += PLACE_BONUS  # "the Minneapolis ad agency X" is based in Minneapolis
    elif question.qtype == "where" and kind == "name" and _built_place(words, first, last):
        score += PLACE_BONUS  # "the turnaround point on Quay Road": a road is a place
    elif question.qtype == "where" and kind == "name" and _on_after_asked(words, first, anchor_set):
        score += PLACE_BONUS  # "left walkers stuck on Halvik Isle": the island they were on
    elif question.qtype == "where" and not is_country_word(fold(span_text)):
        if first == 0 and WHERE_ASKED.match(question.text):
            return None  # "Guild members voted …": the sentence's subject, placed nowhere
        score -= PLACE_BONUS  # "according to Lise Arno": a name not placed anywhere
    if lx.WORKPLACE_FRAME.match(question.text) and at_workplace(words, first):
        score += WORKPLACE_BONUS
    if first > 0:
        stranded = asked_preposition(question)
        if stranded and _object_of(words, first, stranded, question.qtype == "where"):
            # "Where are they from?" -> "from Inner Mongolia"; "What was it cut to?" ->
            # "from $52 million to $9 million"
            score += PLACE_BONUS if question.qtype == "where" else STRANDED_OBJECT_BONUS
        elif stranded and words.folded[first - 1] == RANGE_ENDS.get(stranded):
            score -= STRANDED_OBJECT_BONUS  # "cut to?" is not answered by "from $52 million"
    if asks(NEW_VALUE_QUESTION, question):
        score += STRANDED_OBJECT_BONUS * _change_side(text, start)  # "from 4:25 to 1 p.m."
    if question.qtype == "where" and kind == "locative" and _vague_place(words, first, last):
        score -= PLACE_BONUS  # "left in the wrong spot" names no place
    if kind == "locative" and words.folded[first] == "to" and MOVED_QUESTION.search(question.text):
        score += PLACE_BONUS  # "Where were they taken?": "taken by coach to a rest centre"
    if kind == "name" and first and words.folded[first - 1] == "to" and moved_to(question):
        score += PLACE_BONUS  # "Where were crews sent?": "sent instead to Orsa General"
    if kind == "name" and _asks_a_thing(question) and _person_speaking(text, words, first, last):
        return None  # "Which hospital treated them?" is not "Ada Vell" of "Ada Vell said …"
    figure_chunk = (
        kind == "chunk"
        and any(ch.isdigit() for ch in span_text)
        and not NUMBERED_LABEL.search(span_text.rstrip(".,;"))  # "number 14", "Ward 3"
    )
    if (kind in ("number", "date", "duration") or figure_chunk) and _asks_a_thing_not_a_figure(
        question
    ):
        return None  # "Which rescue team …?", "Which other lifts …?": not "3.2 km", "20 minutes"
    if kind in ("number", "date") and _asks_a_body(question) and question.qtype == "which":
        return None  # "Which regulator imposed the penalty?" is not "€2.4 million"
    if kind == "chunk" and _asks_a_body(question) and not _names_a_body(words.folded[last]):
        score -= FOCUS_BONUS  # "Which body heard the appeal?" is not "the decision"
    if kind == "doer" and first == last and words.folded[first].endswith("ly"):
        return None  # "a wholly owned unit of X": "wholly" tells how, never who
    if kind == "doer":
        score += RELATIVE_BONUS
    if _negated(words, first) and not question.negated:
        score -= NEGATED_PENALTY  # "not a car crash, but a lorry crash"
    if kind == "chunk" and first == last and words.folded[first] in lx.NEVER_ALONE:
        return None  # "However", "Even", "Must", "Best": no answer on their own
    if kind == "chunk" and verb_like(words, first, last):
        score -= VERB_LIKE_PENALTY
    if kind in ("name", "chunk") and acronym_of_name_before(text, start, end):
        score -= ACRONYM_PENALTY  # "Varden Athletic Center (VAC)": the name, not its letters
    if kind == "chunk" and _whole_phrase(text, words, first, last, anchor_set):
        score += WHOLE_PHRASE_BONUS
    return score


def _new_predicate(
    text: str, words: SentenceWords, first: int, last: int, anchors: set[int]
) -> bool:
    """Whether "<subject> is <span>" tells something new: the question's words stand in the
    subject ("the most useful instrument ... is the steam engine indicator"), not in the span
    ("the Tower District is the center of the LGBT community" answers nothing about a center)."""
    if last in anchors:
        return False
    clause = words.spans[first][0]
    begin = clause_start(text, clause)
    before = [i for i in anchors if i < first and words.spans[i][0] >= begin]
    inside = [i for i in anchors if first <= i <= last]
    return len(before) > len(inside)


def _mostly_question(
    question: Question, words: SentenceWords, first: int, last: int, anchors: set[int]
) -> bool:
    """A "known as" phrase made of the question's own words (the focus noun aside) is what the
    question says of the thing, not its name."""
    focus = match_key(question.focus) if question.focus else ""
    content = [i for i in range(first, last + 1) if words.folded[i] not in lx.STOPWORDS]
    own = [i for i in content if i in anchors and not is_focus_word(words, i, focus)]
    if (
        content
        and len(own) == len(content) - 1
        and any(is_focus_word(words, i, focus) for i in content)
    ):
        return True  # "and the Indian warship" for "Which Indian warship …?": the question
    return len(own) * 2 > len(content)


def _named_after_focus(question: Question, words: SentenceWords, first: int) -> bool:
    """Whether a name stands right after the question's focus noun ("of" between allowed)."""
    if not question.focus or first < 1:
        return False
    before = first - 1
    if words.folded[before] in ("the", "a", "an") and before > 0:
        before -= 1  # "A navy patrol ship, the INS Velkar"
    if words.folded[before] == "of" and before > 0:
        before -= 1
    return is_focus_word(words, before, match_key(question.focus))


def _negated(words: SentenceWords, first: int) -> bool:
    """Whether "not"/"never" stands right before a span (articles between)."""
    i = first - 1
    while i >= 0 and words.folded[i] in ARTICLES:
        i -= 1
    return i >= 0 and words.folded[i] in lx.NEGATIONS


def _quoted(text: str, start: int, end: int, loose: bool = False) -> bool:
    """Whether a span is a whole quotation ("loose": an article and a final stop may stand
    inside the quotation marks)."""
    if loose:
        article = LEADING_ARTICLE.search(text[:start])
        start -= len(article.group(0)) if article else 0
        end = end + (1 if text[end : end + 1] in ".,!?" else 0)
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    return bool(before) and before in QUOTES and bool(after) and after in QUOTES


def _asks_a_name(question: Question) -> bool:
    """Whether the question asks what something is called: a title, a slogan, "the name of"."""
    return question.focus in QUOTED_FOCUS or asks(NAME_OF_QUESTION, question)


def _adds_a_name_word(
    question: Question, words: SentenceWords, first: int, last: int, anchor_set: set[int]
) -> bool:
    """Whether a name holds a capitalised word that is neither the question's nor its focus."""
    focus = match_key(question.focus) if question.focus else ""
    return any(
        words.capitalised[i] and i not in anchor_set and not is_focus_word(words, i, focus)
        for i in range(first, last + 1)
    )


def _place_before_focus(
    question: Question, words: SentenceWords, start: int, end: int, anchor_set: set[int]
) -> bool:
    """Whether the question's names in a name that holds the focus are the place that opens
    it: "Which university … in Port Ellis?" is "Port Ellis Technical University"."""
    if not _whole_name(question, words, start, end, "name"):
        return False
    first, last = token_range(words, start, end)
    named = sorted(_named_anchors(question, words, anchor_set) & set(range(first, last + 1)))
    if not named or named[0] != first or named != list(range(first, named[-1] + 1)):
        return False
    place = " ".join(words.folded[i] for i in named)
    told_as_place = re.search(rf"\b(?:in|at|near)\s+{re.escape(place)}\b", question.text, re.I)
    return named[-1] < last and (told_as_place is not None or region_name(place.title()))


def _named_anchors(question: Question, words: SentenceWords, anchor_set: set[int]) -> set[int]:
    """Where the question's names (not its common words or focus noun) stand in a sentence."""
    named = {w for c in question.concepts if c.kind == "name" for w in c.words}
    focus = match_key(question.focus) if question.focus else ""
    return {
        i for i in anchor_set if words.folded[i] in named and not is_focus_word(words, i, focus)
    }


def _asks_named_thing(question: Question) -> bool:
    """ "Which network …?", "What street …?": a thing that goes by a name."""
    focus = question.focus.lower()
    named = focus in lx.NAMED_FOCUS or focus in lx.STRUCTURE_HEADS
    return named and question.qtype in ("what", "which") and not _asks_kind(question)


def _may_name(words: SentenceWords, first: int, last: int, kind: str, focus: str) -> bool:
    """Whether a span may give a thing that goes by a name: no figure or date, no lone
    nationality ("Greek"), no verb phrase ("killed two women", "years of falling"); a chunk
    holds a name or the asked noun, or, where a common noun may say which ("the guild" for
    which group), is one the sentence introduces with "the"."""
    if kind in UNNAMING_KINDS:
        return False
    if kind == "name" and first == last:
        return not is_country_word(words.folded[first])
    if kind != "chunk":
        return True
    if verb_like(words, first, first) or verb_like(words, last, last):
        return False
    key = match_key(focus)
    if any(
        (words.capitalised[i] and i > 0 and not _calendar_word(words, i))
        or is_focus_word(words, i, key)
        for i in range(first, last + 1)
    ):
        return True
    definite = first > 0 and words.folded[first - 1] == "the"
    return definite and focus not in PROPER_NAMED_FOCUS


def _calendar_word(words: SentenceWords, i: int) -> bool:
    """Whether a capitalised word names a country or a time of the calendar ("Nov." of "Nov.
    15"), no name of a thing."""
    low = words.folded[i].rstrip(".")
    return is_country_word(low) or low in lx.CALENDAR_NAMES or low in MONTH_ABBREVIATIONS


TIME_WORDS = lx.words("yesterday today tonight tomorrow now")  # with DAY_NAMES
TIME_FOCUS = lx.words("day days date dates month months time year years week weeks season")


# A plural name owning the plain noun after it: a group's or an eponym's, no one person.
GROUP_OWNS_NOUN = re.compile(r"['’]\s+[a-z]{3,}")


@functools.lru_cache(maxsize=1024)
def _asks_someone(question: Question) -> bool:
    """ "Who …?", "Which player …?", "the name of the judge": a person is asked."""
    focus = question.focus.lower()
    if question.qtype == "where":
        return False  # "In which state …?": "state" is also a title word ("state secretary")
    return question.qtype == "who" or focus in lx.ROLE_NOUNS or asks_person_by_noun(question)


DATELINE_REACH = 60  # characters a dateline's colon may stand from the sentence's start
# A dateline that opens a sentence: place names (with "/" or ",") right before a colon.
DATELINE_HEAD = re.compile(r"^\W*[A-Z][\w.'’-]*(?:(?:\s*[/,]\s*|\s+)[A-Z][\w.'’-]*)*$")


# A dateline in capitals before a dash: "LISLE —", "PORT ELLIS, Tarvia (AP) -", "KESTMOUTH,
# March 3 (Meridian Wire) -": the agency in brackets filed the report, it is no answer.
DASH_DATELINE = re.compile(
    r"^\W*[A-Z][A-Z.'’ -]*[A-Z](?:,\s*(?:[A-Z][\w.]*(?:\s+\d{1,2})?(?:,\s*\d{4})?"
    r"|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?))?"  # "LISLE, Aug. 18" / "LISLE, 3 November 2025"
    r"\s*(?:\([^)]{1,30}\)\s*[—–-]|[—–]|(?<=\s)-)\s"  # "LISLE - …" with a plain hyphen
)
SPEAKER_AFTER = re.compile(r"\s+(?:said|says|reported|reports|told|announced|added)\b")


def _dash_dateline(text: str, end: int) -> bool:
    """Whether a span ends inside a dateline in capitals before a dash ("LISLE —")."""
    dashed = DASH_DATELINE.match(text)
    return dashed is not None and end <= dashed.end()


def _dateline_name(text: str, end: int) -> bool:
    """Whether a name ends a dateline that opens the sentence ("Orrin / Port Ellis: …"); a
    where-question may still take it, and a speaker's name before a colon is someone."""
    colon = text.find(":", 0, DATELINE_REACH)
    if end > colon or not text[colon + 1 : colon + 3].strip()[:1].isupper():
        return False  # "Tarn Buds Pro: the best earbuds for runners" is a list item's name
    return DATELINE_HEAD.match(text[:colon]) is not None


# Words after which a name is where something is, not who did it.
PLACE_PREPOSITIONS = lx.words("in at near outside inside within into across throughout")


def _stranded_preposition(question: Question, preposition: str) -> bool:
    """Whether the question ends with, or asks about work at, what the preposition brings
    ("Who did protesters throw eggs at?", "Who did she work for before …?")."""
    text = question.text.lower().rstrip(" ?")
    return text.endswith(f" {preposition}") or WORKED_FOR.search(text) is not None


WORKED_FOR = re.compile(r"\bwork(?:s|ed|ing)?\s+(?:for|at|with|in)\b")


def _in_place(words: SentenceWords, first: int) -> bool:
    """Whether a name follows a preposition of place ("convicted in Orrin", "stabbed at the
    Harbour Clinic")."""
    k = first - 1
    if k > 0 and words.folded[k] == "the":
        k -= 1
    return k >= 0 and words.folded[k] in PLACE_PREPOSITIONS


# "Tomas Kerr, 41, of Mill Road, Halvik, …": where a person named with an age lives.
HOME_ADDRESS = re.compile(r",\s*(?:aged\s+)?\d{1,3},\s+(?:of|from)\s+")
ADDRESS_REACH = 60  # characters an address runs on after its "of"
CLAUSE_GOES_ON = re.compile(r",\s+[a-z]")  # ", was charged": the address has ended


# Verbs whose object does what follows its "to" ("the board hired Orsa Build to mend …").
CONTROL_VERBS = lx.words(
    "appoint appointed appoints hire hired hires contract contracted commission commissioned "
    "choose chose chosen pick picked select selected engage engaged task tasked instruct "
    "instructed employ employed"
)
CONTROL_REACH = 6  # words from the verb to its "to", and from "to" to the asked word


def _hands_the_act_on(
    question: Question, words: SentenceWords, end: int, anchors: set[int]
) -> bool:
    """Whether a name is the subject of a verb that hands the asked act to its object ("Orsa
    Council appointed Kessby Civil to carry out repairs" for "Which company will repair …?"):
    the object does it, not the name."""
    if question.qtype not in ("who", "which") or question.slot not in ("subject", ""):
        return False
    folded = words.folded
    _, last = token_range(words, end - 1, end)
    k = last + 1
    if k >= len(folded) or folded[k] not in CONTROL_VERBS:
        return False
    to = next(
        (i for i in range(k + 2, min(len(folded), k + CONTROL_REACH)) if folded[i] == "to"), -1
    )
    return to > 0 and any(p in anchors for p in range(to + 1, min(len(folded), to + CONTROL_REACH)))


def asks_named_kind(question: Question) -> bool:
    """Whether a "Which …?" question asks the name of a person or a body ("Which police
    officer …?", "Which contractor …?")."""
    return question.qtype == "which" and (
        asks_person_by_noun(question) or singular(question.focus.lower()) in NAMED_KINDS
    )


def _focus_left_unnamed(question: Question, text: str) -> bool:
    """Whether a sentence tells of the asked kind only as "a contractor", "an engineering
    firm" with no name beside it ("A contractor was picked last week to rebuild the Orsa pier,
    … on the Tarn estuary" for "Which contractor …?"): the other names are not its name."""
    focus = question.focus.lower()
    if not asks_named_kind(question):
        return False
    said = list(re.finditer(rf"\b{re.escape(focus)}\b", text, re.IGNORECASE))
    if not said:
        return False
    for m in said:
        before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() : m.end() + 3]
        named_before = re.search(
            r"[A-Z][\w'’.-]*,?\s+(?:(?:is|was)\s+)?an?\s+(?:[\w-]+\s+)?$", before
        )
        if not INDEFINITE_FOCUS.search(before) or after.startswith(",") or named_before:
            return False  # "the contractor", "a contractor, Kessby Civil,", "Kessby, a contractor"
    return True


# Kinds of body or person a "Which …?" question asks the name of.
NAMED_KINDS = (
    lx.ROLE_NOUNS
    | ORG_KEYWORDS
    | lx.words(
        "contractor consultancy firm supplier charity operator business developer builder "
        "manufacturer agency organisation organization"
    )
)
INDEFINITE_FOCUS = re.compile(r"(?:^|\W)an?\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)


# "Ada Quint of the Green Party", "Jonas Pell of Kessby Civil": a person and where they belong.
PERSON_OF = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+of\s+(?:the\s+)?$")


def _of_a_person(text: str, start: int) -> bool:
    """Whether a name follows a person's name and "of" ("Ada Quint of the Green Party"): the
    body the person belongs to, not the one a "Who …?" question asks for."""
    before = PERSON_OF.search(text, max(0, start - 60), start)
    if before is None:
        return False
    head = before.group(0).split(" of")[0].split()
    return not any(fold(w) in ORG_KEYWORDS or fold(w) in lx.STRUCTURE_HEADS for w in head)


# "60 of the depot's 250 drivers", "four of its 12 boats": a part, then the whole it is of.
PART_OF_WHOLE = re.compile(
    r"\b(?:\d[\d,]*|" + lx.NUMBER_WORD_ALTERNATION + r")\s+of\s+(?:the\s+|its\s+|their\s+|our\s+"
    r"|[A-Za-z][\w-]*['’]s?\s+)+$",
    re.IGNORECASE,
)
WHOLE_ASKED = re.compile(r"\b(?:in total|in all|altogether|overall|total)\b", re.IGNORECASE)


def _whole_of_a_part(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a figure is the whole a part of it is told of ("the other 60 of the depot's
    250 drivers will be moved to Lisle"): what the sentence says of the part is not
    said of the whole, unless the question asks a total."""
    if question.qtype != "how_many" or WHOLE_ASKED.search(question.text):
        return False
    told = PART_OF_WHOLE.search(text, max(0, start - 40), start) is not None
    return told and PREDICATE_AFTER.match(text, end) is not None


WHOLE_AFTER_PART = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|[A-Za-z][\w-]*['’]s?\s+)+"
    r"(?:\d[\d,]*|" + lx.NUMBER_WORD_ALTERNATION + r")\b",
    re.IGNORECASE,
)


def _part_of_a_whole(question: Question, text: str, end: int) -> bool:
    """Whether a figure is a part told with its whole after it ("60 of the depot's 250
    drivers"), for a question that asks no total."""
    if question.qtype != "how_many" or WHOLE_ASKED.search(question.text):
        return False
    whole = WHOLE_AFTER_PART.match(text, end)
    return whole is not None and PREDICATE_AFTER.match(text, whole.end()) is not None


# The figure and noun of a part and its whole, then the verb told of the part: "60 of the
# depot's 250 drivers will be moved", "five of the twelve gates at the east end were shut"
# (in "freed 3 of the 8 buses held back last month" the participle tells the whole).
PREDICATE_AFTER = re.compile(
    r"\s*[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,8}?\s+"
    r"(?:will|would|was|were|are|is|have|has|had|could|may|might|must|shall|should|can)\b",
    re.IGNORECASE,
)


ROW_LABEL_BEFORE = re.compile(r"(?:^|;\s*)(?P<label>[A-Za-z][\w -]*?)\s*:\s*$")


def _person_by_label(text: str, start: int, name: str) -> bool:
    """Whether a name is a person's by its look or by its row's label ("Doctoral advisor:
    Ernst Lind"): no answer to where."""
    if person_shaped(name):
        return True
    label = ROW_LABEL_BEFORE.search(text, max(0, start - 40), start)
    return label is not None and label.group("label").lower().split()[-1] in lx.ROLE_NOUNS


VERB_AFTER_COUNT = re.compile(r"\s+(?:were|was|are|is|have|had)\b", re.IGNORECASE)


def _elided_count(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a bare count leaves out the noun a count before it in the sentence gave ("About
    50 workers left the building and two were kept in hospital": two workers), the noun a
    how-many question counts."""
    focus = question.focus.lower()
    if question.qtype != "how_many" or not focus or not VERB_AFTER_COUNT.match(text, end):
        return False
    if not (text[start:end].isdigit() or lx.is_number_word(text[start:end].lower())):
        return False
    return _count_of(focus).search(text, 0, start) is not None


@functools.lru_cache(maxsize=256)
def _count_of(noun: str) -> re.Pattern[str]:
    """A count of `noun`, up to two words between ("About 50 night-shift workers")."""
    number = r"(?:\d[\d,]*|" + lx.NUMBER_WORD_ALTERNATION + ")"
    return re.compile(rf"\b{number}\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b", re.IGNORECASE)


def _charge_held_by_body(question: Question, text: str, start: int, end: int) -> bool:
    """Whether a body's name is offered for who is "in charge of" something: a person holds a
    charge ("Dr Ada Vell, the foundation's chief executive")."""
    if IN_CHARGE.search(question.text) is None:
        return False
    return any(fold(w) in ORG_KEYWORDS for w in text[start:end].split())  # not "William of Orsa"


# Questions a "since" date may answer: when a state began ("When did she join?").
STATE_BEGUN = re.compile(
    r"\b(?:since|how\s+long|first|last|start\w*|begin\w*|began|begun|open\w*|become|became|join\w*"
    r"|found\w*|establish\w*|set\s+up|take\s+over|took\s+over|appoint\w*|elect\w*|serv\w*"
    r"|li?ve[sd]?|living|work\w*|run|ran|lead|led|own\w*)\b",
    re.IGNORECASE,
)


def _state_since(
    question: Question, text: str, words: SentenceWords, start: int, anchors: set[int]
) -> bool:
    """Whether a date a when-question is offered opens another state with "since" ("which
    has kept big cats there since 2017") while the question asks when something happened:
    none of the question's words stands just before it ("has been closed since 6 May" does
    date "When was the road closed?")."""
    if question.qtype != "when" or STATE_BEGUN.search(question.text):
        return False
    if SINCE_BEFORE_DATE.search(text, max(0, start - 12), start) is None:
        return False
    first, _ = token_range(words, start, start + 1)
    return not any(first - SINCE_REACH <= p < first for p in anchors if not words.capitalised[p])


SINCE_REACH = 4  # words before "since" in which the asked state's verb stands


DATE_OF_VERB_BONUS = 0.1  # a date whose nearest verb before it is the asked one


OTHER_BEFORE = re.compile(r"\b(?:other|another)\s+[\w-]+(?:\s+[\w-]+)?\s*,[^,.;]{0,40}$", re.I)


def _names_another_one(question: Question, text: str, start: int) -> bool:
    """Whether a name is told of "other" ones of the asked kind ("shares the house with two
    otters, one of them named Pip"), while the question asks no other one."""
    if re.search(r"\b(?:other|another)\b", question.text, re.IGNORECASE):
        return False
    return OTHER_BEFORE.search(text, max(0, start - 80), start) is not None


def _in_home_address(text: str, start: int) -> bool:
    """Whether a span stands in the home address news gives after a person's age ("Tomas
    Kerr, 41, of Mill Road, Halvik, was charged"): where the person lives, never who."""
    opening = None
    for m in HOME_ADDRESS.finditer(text, max(0, start - ADDRESS_REACH), start + 1):
        if m.end() <= start:
            opening = m
    return opening is not None and CLAUSE_GOES_ON.search(text, opening.end(), start) is None


def _letters_before_name(text: str, words: SentenceWords, start: int, end: int, last: int) -> bool:
    """Whether a span is a short abbreviation in capitals right before a capitalised name."""
    span = text[start:end]
    nxt = last + 1
    if not (span.isupper() and len(span) <= MAX_PREFIX_LETTERS and nxt < len(words.folded)):
        return False
    run = nxt
    while run + 1 < len(words.folded) and words.capitalised[run + 1]:
        run += 1
    following = text[words.spans[nxt][0] : words.spans[run][1]]
    return (
        words.capitalised[nxt]
        and not boundary_between(text, words, last)
        and person_score(following) > 0  # "DL Tom Baskin", not "USC Trojans"
    )


MAX_PREFIX_LETTERS = 3


def _role_of_asked_name(
    text: str, words: SentenceWords, first: int, last: int, anchors: set[int]
) -> bool:
    """Whether a span is the title a question's own name bears ("Harlow quarterback" in
    "… for shoving Harlow quarterback Ivo Brandt"), or the team before that title."""
    size = len(words.folded)

    def names_asked(i: int) -> bool:
        return i < size and i in anchors and words.capitalised[i]

    # the role must be the sentence's, not the question's ("Which show does Fallon host?" is
    # answered by "Tonight Show host Jimmy Fallon")
    if words.folded[last] in lx.ROLE_NOUNS and last not in anchors and names_asked(last + 1):
        return not boundary_between(text, words, last)
    role = last + 1
    return (
        role < size
        and words.folded[role] in lx.ROLE_NOUNS
        and role not in anchors
        and not words.capitalised[role]
        and names_asked(role + 1)
        and not boundary_between(text, words, last)
        and not boundary_between(text, words, role)
    )


def _bare_time_word(question: Question, span: str) -> bool:
    """Whether a what/which answer is a time word or a date alone, when no time is asked
    ("What engine type powers it?" is not "3 March 2025")."""
    focus = question.focus.lower()
    if question.qtype not in ("what", "which") or focus in TIME_FOCUS:
        return False
    low = span.lower()  # a hot path: the time words are plain ASCII
    if low in TIME_WORDS or low in DAY_NAMES:
        return True
    return bool(focus) and focus not in DATED_FOCUS and DATE_ONLY.match(low) is not None


# Nouns a date may answer beside TIME_FOCUS ("What is the deadline for claims?").
DATED_FOCUS = lx.words(
    """
    deadline deadlines anniversary birthday start end opening launch release expiry cutoff
    schedule timetable timing period era century decade weekend night morning evening
    afternoon hour moment occasion
    """
)
_MONTH = "|".join(lx.MONTHS)
# A date and nothing else: "3 March 2025", "March 3, 2025", "Monday, 3 March", "March 2025".
DATE_ONLY = re.compile(
    rf"^(?:(?:{'|'.join(lx.WEEKDAYS)}),?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH})"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?$"
)


def _clause_chunk(kind: str, words: SentenceWords, first: int, last: int) -> bool:
    """A chunk of words that holds a verb, a function word or a day ("navy drew criticism",
    "Friday night on the team"), or a day alone: a piece of a clause or a time, no name of a
    thing."""
    span = range(first, last + 1)
    if kind in ("chunk", "name") and all(words.folded[i] in DAY_NAMES for i in span):
        return True
    return (
        kind == "chunk"
        and last > first
        and any(
            (
                verb_like(words, i, i)
                and not words.folded[i].endswith("ing")  # "ski jumping"
                and not _participle_modifier(words, i, first)
            )
            or words.folded[i] in SAYING_WORDS
            or (words.folded[i] in lx.STOPWORDS and not _inner_of(words, i, first, last))
            or words.folded[i] in DAY_NAMES
            for i in span
        )
    )


def _counts_a_noun_after(words: SentenceWords, figure: int, text: str = "") -> bool:
    """Whether a lower-case word that is no stopword follows a figure: "in Venice 22 times"
    counts times, "from Ward 3 that …" names a ward, "at Gate 3; driver arrested" a gate."""
    after = figure + 1
    if after >= len(words.folded) or words.capitalised[after]:
        return False
    if text and boundary_between(text, words, figure):
        return False
    return words.folded[after] not in lx.STOPWORDS


def _lone_verb(kind: str, words: SentenceWords, first: int, last: int) -> bool:
    """One word with a verb's form ("fined", "shut", "allows"): no name of a thing ("Which
    regulator penalised …?" is not "fined")."""
    return kind == "chunk" and first == last and verb_like(words, first, last)


def _participle_modifier(words: SentenceWords, i: int, first: int) -> bool:
    """A participle that opens a chunk after "of", "the" or "a" describes the noun after it
    ("the sport of synchronized swimming", "an armed robbery")."""
    return i == first and i > 0 and words.folded[i - 1] in MODIFIER_OPENERS


MODIFIER_OPENERS = lx.words("of the a an")
DAY_NAMES = frozenset(lx.MONTHS) | frozenset(lx.WEEKDAYS)  # a holiday ("Diwali") may be asked


SAYING_WORDS = lx.words(lx.SAID_FORMS + " " + lx.SAY_FORMS)


def _may_name_person(text: str, start: int, end: int, kind: str) -> bool:
    """Whether a span may be a person's name: a name (or a named list item) that names no
    body, place or people."""
    named = kind == "name" or (kind in ("item", "named") and text[start : start + 1].isupper())
    return named and (
        not names_no_person(text, start, end) or bool(person_of_body(text[start:end]))
    )


def _asks_kind(question: Question) -> bool:
    return asks(ASKS_KIND, question, lower=True)


ASKS_KIND = re.compile("(?:" + "|".join(re.escape(k) for k in sorted(lx.KIND_WORDS)) + ") of")


def _describes_focus(question: Question, words: SentenceWords, last: int) -> bool:
    """ "make good on her oft-stated vow": words before a vow or a claim describe it; the
    answer is what it says (its "that" clause), not how it is described."""
    return (
        question.focus.lower() in lx.CONTENT_NOUNS
        and not _asks_kind(question)
        and _right_before_focus(question, words, last)
    )


def _names_the_kind(question: Question, words: SentenceWords) -> bool:
    """Whether the sentence holds the noun a "what kind of X?" question asks about, or a
    compound of it ("handgun" for "gun")."""
    found = KIND_OF.search(question.text)
    said = [w.lower() for w in found.groups() if w] if found else []
    nouns = [match_key(w) for w in said if w not in lx.STOPWORDS]  # not "was" of "gun was"
    nouns = [n for n in nouns if n]
    return not nouns or any(
        is_focus_word(words, i, noun) or words.keys[i].endswith(noun)
        for noun in nouns
        for i in range(len(words.keys))
    )


# "Ada Osk, the leader of Harbour Commons, …": the name an apposition's noun is told of
APPOSITION_OF = re.compile(
    r"[A-Z][\w'’-]+,\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:of|at|for|in)\s+$"
)
# "Ada Vell, who manages Orsa House, gave …": the relative clause's object is no doer
RELATIVE_OBJECT_OF = re.compile(r"[A-Z][\w'’-]+,\s+who\s+(?:[\w'’-]+\s+){1,3}?$")


def _apposition_object(
    text: str, start: int, end: int, opener: re.Pattern[str] = APPOSITION_OF
) -> bool:
    """Whether a name stands inside an apposition set off by commas after another name, as
    the object of its noun: it tells who the first name is, and is not itself the subject."""
    before = opener.search(text, max(0, start - APPOSITION_REACH), start)
    return before is not None and text[end : end + 1] == ","


APPOSITION_REACH = 80


@functools.lru_cache(maxsize=1024)
def agent_nouns(question: Question) -> frozenset[str]:
    """The nouns for the doer of a who-question's verbs ("runs": chief, executive, head …)."""
    nouns = (var.data.AGENT_NOUNS.get(w, frozenset()) for c in question.concepts for w in c.words)
    return frozenset().union(*nouns)


# "Ada Vell, the board's " / "Ada Vell, its ": a name, then the words before its post
NAME_THEN_POST = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:[A-Z][\w-]*['’]s\s+|[A-Z]{2,6}['’]s\s+)?$"
)


def _role_of_a_name_before(text: str, words: SentenceWords, first: int, last: int) -> bool:
    """Whether a span is only a post set in apposition after a name ("Ada Vell, the Orsa
    board's chief auditor, who ran the audit"): the name, not the post, did it."""
    return _only_titles(words, first, last) and (
        NAME_THEN_POST.search(text, 0, words.spans[first][0]) is not None
    )


def _only_titles(words: SentenceWords, first: int, last: int) -> bool:
    titles = lx.TITLE_HEADS | lx.TITLE_WORDS
    return all(
        words.folded[i] in titles or words.folded[i] in ("of", "the")
        for i in range(first, last + 1)
    )


def _right_before_focus(question: Question, words: SentenceWords, last: int) -> bool:
    focus = match_key(question.focus)
    if last + 1 >= len(words.keys):
        return False
    compound = len(focus) >= MIN_COMPOUND_HEAD and words.keys[last + 1].endswith(focus)
    return is_focus_word(words, last + 1, focus) or compound  # "handgun" for "gun"


def _slot_bonus(slot: str, words: SentenceWords, first: int, last: int, anchors: set[int]) -> float:
    """A subject stands just before the question's words, an object just after them."""
    step, edge = (1, last) if slot == "subject" else (-1, first)
    i = edge + step
    while 0 <= i < len(words.folded) and words.folded[i] in lx.STOPWORDS and i not in anchors:
        i += step
    return SLOT_BONUS if i in anchors else 0.0


# "four were injured", "12 have died": a bare count that the question's verb follows
COUNT_LINKS = lx.words("were was are is have has had been")
COUNT_OTHERS = lx.words("other others more")


def _counts_doers(words: SentenceWords, last: int, anchors: set[int]) -> bool:
    """Whether a figure stands right before the question's verb, only "were" / "have been"
    between: it counts those the verb is said of."""
    k = last + 1
    while k < len(words.folded) and words.folded[k] in COUNT_OTHERS:
        k += 1  # "four others were injured"
    linked = k
    while k < len(words.folded) and k - linked < 2 and words.folded[k] in COUNT_LINKS:
        k += 1
    return k > linked and k in anchors


# Measures told with a unit: a bare figure gives none of them.
def _year_of_figure(question: Question, text: str, end: int) -> str | None:
    """The year a figure is told of right after it ("96,000 visits in 2019"), when the
    question asks a count or sum of a year; else None."""
    if question.qtype not in ("how_many", "how_much") or not YEAR_IN.search(question.text):
        return None
    told = FIGURE_YEAR_AFTER.match(text, end)
    return told.group(1) if told else None


YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# "… visits in 2019", "… in 2023": the year a figure is given for, a few words after it
FIGURE_YEAR_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+in\s+((?:19|20)\d\d)\b")


def _counts_objects(
    words: SentenceWords, first: int, anchors: set[int], question: Question
) -> bool:
    """Whether a figure stands right after a lower-case word of the question other than its
    counted noun ("charged two of them"): it counts those the question's verb acts on."""
    k = first - 1
    while k >= 0 and words.folded[k] in OBJECT_FILLERS:
        k -= 1
    if k < 0 or k not in anchors or words.capitalised[k]:
        return False
    verb = words.folded[k]
    told = verb.endswith("ed") or verb in lx.IRREGULAR_VERBS  # "charged two", "took three"
    return told and verb != fold(question.focus or "")


OBJECT_FILLERS = lx.words("another a further more than at least some about nearly almost over")


def _focused(question: Question, text: str, words: SentenceWords, start: int, end: int) -> bool:
    """Whether the span is the kind of thing the focus noun names: the noun stands near it, or
    it has the shape ("45-17" is a score)."""
    first, last = token_range(words, start, end)
    if states_score(question, text[start:end]):
        return True
    if _priced(question, text, start):
        return True  # "How much does X cost?": "X for $149" gives the price
    return bool(question.focus) and _focus_bonus(question, words, first, last) > 0


PRICE_QUESTION = re.compile(
    r"^\W*(?:how much (?:does|did|do|will|is|are|was|were)\b.*\b(?:cost|costs|sell|retail)\b"
    r"|what (?:is|was|are|were) the (?:price|cost)\b|what price\b)",
    re.IGNORECASE,
)
PRICE_BEFORE = re.compile(r"\b(?:for|at|costs?|priced at|sells for)\s+$", re.IGNORECASE)


def _priced(question: Question, text: str, start: int) -> bool:
    """Whether a sum of money is a price said the way a list gives it ("Tarn Buds for $149")
    and the question asks a price."""
    return (
        text[start : start + 1] in ("$", "£", "€")
        and PRICE_BEFORE.search(text, max(0, start - 12), start) is not None
        and PRICE_QUESTION.match(question.text) is not None
    )


def _name_part(words: SentenceWords, i: int) -> bool:
    return words.capitalised[i] or any(ch.isdigit() for ch in words.folded[i])


def _focus_bonus(
    question: Question,
    words: SentenceWords,
    first: int,
    last: int,
    kind: str = "",
    inside: bool = True,
    text: str = "",
) -> float:
    """FOCUS_BONUS when the focus noun stands near the span (or in it, unless `inside` is
    False), else 0. Given the `text`, a figure's focus must stand in its clause: "Tarn,
    31, who is rated 2580" rates him 2580, not 31."""
    focus = match_key(question.focus)
    after = last
    while kind == "number" and after + 1 < len(words.keys) and _name_part(words, after + 1):
        after += 1  # "50 Airbus A350-900 jets": the jets are counted past the model's name
    window = range(max(0, first - FOCUS_WINDOW), min(len(words.keys), after + FOCUS_WINDOW + 1))
    if kind == "number" and _counts_another_noun(words, first, after, focus, window.stop):
        return 0.0  # "412 passengers and 38 crew": 38 counts the crew, not the passengers
    places = (i for i in window if inside or not first <= i <= after)
    if any(
        is_focus_word(words, i, focus)
        and not _origin_of(words, i, first)
        and not (
            text and _figure(words, first, after, kind) and _parted(text, words, i, first, after)
        )
        for i in places
    ):
        return FOCUS_BONUS
    whole = _whole_of_part(words, first) if kind == "number" else None
    if whole is not None and any(is_focus_word(words, i, focus) for i in whole):
        return FOCUS_BONUS  # "a purse of £60,000, of which the champion gets £25,000"
    return 0.0


def _figure(words: SentenceWords, first: int, last: int, kind: str) -> bool:
    """Whether a span is a figure: a number span, or a chunk of digits."""
    digits = any(ch.isdigit() for k in range(first, last + 1) for ch in words.folded[k])
    return kind == "number" or (kind == "chunk" and digits)


def _parted(text: str, words: SentenceWords, i: int, first: int, last: int) -> bool:
    """Whether punctuation stands between the span of words first..last and word i after it
    (a focus word before the figure may be taken up by it: "640 homes …, 212 of them")."""
    return i > last and any(boundary_between(text, words, k) for k in range(last, i))


def _origin_of(words: SentenceWords, focus_at: int, first: int) -> bool:
    """Whether the span after a focus noun tells where it comes from, not which it is: "a team
    from Millgate" names no team."""
    return first == focus_at + 2 and words.folded[focus_at + 1] == "from"


# "How long has she led it?", "How long had they been …?": a time since which it holds
PERFECT_ASKED = re.compile(r"^\s*how long (?:has|have|had)\b", re.IGNORECASE)
SINCE_BEFORE_DATE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _since_spans(text: str) -> list[tuple[int, int, str]]:
    """Dates after "since", with it: "has chaired it since 2016" answers how long."""
    out = []
    for start, end, _ in date_spans(text):
        since = SINCE_BEFORE_DATE.search(text, max(0, start - 8), start)
        if since:
            out.append((since.start(), end, "duration"))
    return out


def _told_by_asked_verb(words: SentenceWords, first: int, anchors: set[int]) -> bool:
    """Whether the verb a said clause hangs from (before its "that") is a question word."""
    verb = first - 1
    if verb >= 0 and words.folded[verb] == "that":
        verb -= 1
    return verb >= 0 and verb in anchors


def _prices_asked_noun(text: str, words: SentenceWords, last: int, anchors: set[int]) -> bool:
    """Whether a sum stands between an article and the question's noun as its price ("a
    £9 million footbridge"; not "rose 12% to $4.1 billion last year")."""
    nxt = last + 1
    if nxt >= len(words.folded) or nxt not in anchors or words.capitalised[nxt]:
        return False
    figure = text[max(0, words.spans[last][0] - 12) : words.spans[last][1]]
    return currency_of(figure) is not None and PRICE_ARTICLE.search(figure) is not None


PRICE_ARTICLE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+[$€£¥]", re.IGNORECASE)


PART_REACH = 6  # words from "of which" to the part's figure


def _whole_of_part(words: SentenceWords, first: int) -> range | None:
    """The words before "of which" / "of whom" when a figure stands in that clause: the part
    is a part of what they name, so it is a figure of their noun too."""
    for k in range(first - 1, max(1, first - PART_REACH) - 1, -1):
        if words.folded[k] in ("which", "whom") and words.folded[k - 1] == "of":
            return range(max(0, k - 1 - FOCUS_WINDOW - 2), k - 1)
    return None


RELATIVE_SPAN = re.compile(r"\b(?:later|earlier|ago|after|before|on)\s*$", re.IGNORECASE)


def _counts_another_noun(
    words: SentenceWords, first: int, last: int, focus: str, stop: int
) -> bool:
    """Whether a figure joined by "and" to a count of the focus noun counts a noun of its own
    ("412 passengers and 38 crew"): the focus noun stands before the "and", another after."""
    nxt = last + 1
    joined = first >= 2 and words.folded[first - 1] in ("and", "or", "plus")
    if not joined or not is_focus_word(words, first - 2, focus):
        return False
    if nxt >= len(words.keys) or words.folded[nxt] in lx.STOPWORDS or words.capitalised[nxt]:
        return False
    if is_focus_word(words, nxt, focus) or not words.folded[nxt].isalpha():
        return False
    return not any(is_focus_word(words, i, focus) for i in range(nxt, stop))
