"""What stands around an answer span: the names joined to it, the region after a place, the
clause or comma item it sits in, and whether it is the question's own thing rather than an
answer ("Council (EHCC)" for "the council", "X's breakaway regions").

Small predicates on a sentence's words, used by `extractive.best_span` and `_span_score`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.phrases import is_focus_word, joins_names
from sourcedesk.answer.question import Question
from sourcedesk.answer.retrieve import SentenceWords, Term, match_key
from sourcedesk.answer.spans import (
    Span,
    boundary_between,
    is_anchor,
    name_spans,
    quoted_spans,
    token_range,
)
from sourcedesk.research.entity_data import ORG_KEYWORDS, PLACE_KEYWORDS

# ", Texas," / ", New Mexico." after a place (not ", London and Rome": a list)
REGION_AFTER = re.compile(r",\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)(?=[,;.)]|$)")


def with_region(text: str, span: Span) -> Span:
    """A place given with its region or country after a comma ("McAllen, Texas"; "Santa Fe,
    New Mexico") is given whole."""
    region = REGION_AFTER.match(text, span.end)
    if region is None:
        return span
    return replace(span, end=region.end(1), text=text[span.start : region.end(1)])


def with_place_noun(text: str, span: Span) -> Span:
    """A name that modifies a place noun ("at the Orsa boathouse, where …") answers "Where?"
    with its noun: "the Orsa boathouse", not "Orsa". Only after a preposition of place and
    "the", and only when the nouns end at punctuation or a function word (so that no verb is
    taken for a noun)."""
    owned = OWNED_PLACE.match(text, span.end)
    if owned and PLACE_PREPOSITION_BEFORE.search(text, 0, span.start):
        # "built at Orsavir's Selvany factory": the owner's place, named whole
        return replace(span, end=owned.end(), text=text[span.start : owned.end()])
    if not THE_BEFORE.search(text, 0, span.start):
        return span
    nouns = NOUNS_AFTER.match(text, span.end)
    if nouns is None or not all(_may_be_noun(w) for w in nouns.group(1).split()):
        return span
    taken = nouns.group(1).split()
    if len(taken) == 2 and taken[0].endswith("s") and not taken[0].endswith("ss"):
        return span  # "the New Orangery displays plants": a verb and its object
    start = THE_BEFORE.search(text, 0, span.start)
    assert start is not None
    begin = start.start(1)
    return replace(span, start=begin, end=nouns.end(1), text=text[begin : nouns.end(1)])


# "Orsa's Tarn works", "Orsa's main depot": a place its owner's name stands before
OWNED_PLACE = re.compile(
    r"['’]s\s+(?:[A-Z][\w-]*\s+){0,3}(?:[a-z]+\s+)?(?:factory|plant|works|depot|site|yard|mill"
    r"|headquarters|base|office|offices|warehouse|centre|center|campus|shed|hangar)\b"
)
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|to|from|inside|outside|near)\s+$")


# "the" after a preposition of place: "found at the …", "taken to the …" (not a subject: "The
# Rhine ends …")
THE_BEFORE = re.compile(
    r"\b(?:at|in|on|near|to|into|onto|from|inside|outside|behind|beside|by|under|across|along"
    r"|towards|toward|through|past|around)\s+(the)\s+$",
    re.IGNORECASE,
)
# one or two lower-case words, then punctuation, the text's end or a function word
NOUNS_AFTER = re.compile(
    r"\s+([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)(?=\s*[,;:.!?)]|\s*$|\s+(?:"
    + "|".join(sorted(lx.words("in at on by for from with to of and or where which that who near")))
    + r")\b)"
)


def _may_be_noun(word: str) -> bool:
    """Whether a lower-case word may be a noun: no function word, adverb or past form."""
    return not (word in lx.STOPWORDS or word.endswith(("ly", "ed")) or word in lx.IRREGULAR_VERBS)


def with_partners(text: str, words: SentenceWords, span: Span, anchors: set[int]) -> Span:
    """A who-answer named beside others as one subject ("Ines Varo and Lena Brandt
    completed the comeback") is given with them: names joined by "and", and by commas only in
    such a list (a comma alone is an apposition: "the son of X, Y was ..."). A name the
    question holds is not a partner ("Who hit Vell?" is not "Vell and Orsak")."""
    names = [
        n
        for n in name_spans(text, words)
        if not holds_anchor(words, n[0], n[1], anchors) and not after_preposition(words, n[0])
    ]
    start, end = span.start, span.end
    joined = False
    for a, b, _ in reversed(names):
        if b <= start and (joins_names(text, b, start, comma=joined)):
            start, joined = a, True
    for a, b, _ in names:
        if a >= end and joins_names(text, end, a, comma=False):
            end = b
    if (start, end) == (span.start, span.end):
        return span
    return replace(span, start=start, end=end, text=text[start:end])


def after_preposition(words: SentenceWords, start: int) -> bool:
    """ "... for Port Ellis State and Dan Keel caught", "a technician with the State
    Police, and Capt. Rolf Maier": a name after "for" or "with the" is no partner."""
    first = token_range(words, start, start + 1)[0]
    before = first - 1
    if before > 0 and words.folded[before] in ARTICLES:
        before -= 1
    return before >= 0 and words.folded[before] in PARTNER_BREAKERS


ARTICLES = lx.words("the a an")


PARTNER_BREAKERS = lx.words("for to of by with from in on at against")


def anchored_only_by(
    words: SentenceWords, start: int, end: int, anchors: set[int], stray: set[int]
) -> bool:
    """Whether the question's words in a name are only stray leading words of another name
    ("Blue Moon" for a question about "Blue Origin"): the name is kept whole."""
    first, last = token_range(words, start, end)
    inside = {i for i in anchors if first <= i <= last}
    return bool(inside) and inside <= stray


def opens_at_gap(words: SentenceWords, start: int, end: int, gap: set[int]) -> bool:
    """Whether a span starts where the asked object does, stop words before it allowed ("up
    to 100 metric tons" after "deliver")."""
    first, last = token_range(words, start, end)
    return any(
        first <= g <= last and all(words.folded[i] in lx.STOPWORDS for i in range(first, g))
        for g in gap
    )


def acronym_of_name_before(text: str, start: int, end: int) -> bool:
    """An all-capitals name in brackets right after a name: the name's acronym."""
    acronym = text[start:end]
    return (
        acronym.isupper()
        and len(acronym) >= 2
        and text[end : end + 1] == ")"
        and ACRONYM_AFTER_NAME.search(text, max(0, start - 60), start) is not None
    )


def holds_capitalised_anchor(
    words: SentenceWords, first: int, last: int, anchors: set[int]
) -> bool:
    return any(first <= i <= last and words.capitalised[i] for i in anchors)


def only_stopwords(words: SentenceWords, start: int, end: int) -> bool:
    first, last = token_range(words, start, end)
    return first >= 0 and all(words.folded[i] in lx.STOPWORDS for i in range(first, last + 1))


def holds_anchor(words: SentenceWords, start: int, end: int, anchors: set[int]) -> bool:
    first, last = token_range(words, start, end)
    return any(first <= i <= last for i in anchors)


def clause_of(text: str, offset: int, join: re.Pattern[str] | None = None) -> int:
    """Which of a sentence's coordinated clauses an offset falls in (0, 1, ...)."""
    return len((join or CLAUSE_JOIN).findall(text, 0, offset))


def clauses_naming(text: str, words: SentenceWords, terms: list[Term]) -> set[int]:
    """The clauses that hold one of the question's names, when a sentence joins several
    clauses and not all of them do; empty otherwise."""
    if not CLAUSE_JOIN.search(text):
        return set()
    clauses = {
        clause_of(text, words.spans[i][0])
        for i, key in enumerate(words.keys)
        if any(t.is_name and is_anchor(t, key, words.folded[i]) for t in terms)
    }
    total = len(CLAUSE_JOIN.findall(text)) + 1
    return clauses if 0 < len(clauses) < total else set()


def clause_most_asked(
    text: str,
    words: SentenceWords,
    anchors: list[tuple[int, float]],
    join: re.Pattern[str] | None = None,
) -> set[int]:
    """The clause that holds most of the question's words (by weight), when a sentence joins
    several clauses ("won the contract for the lighthouse in January, and work started in
    May": "When did work on the lighthouse start?" is about the second); empty otherwise or
    on a tie. `join`: what joins clauses, when not `CLAUSE_JOIN`."""
    join = join or CLAUSE_JOIN
    if not anchors or not join.search(text):
        return set()
    held: dict[int, float] = defaultdict(float)
    for position, weight in anchors:
        held[clause_of(text, words.spans[position][0], join)] += weight
    ranked = sorted(held.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] - ranked[1] < CLAUSE_WEIGHT_MARGIN:
        return set()
    return {max(held, key=held.__getitem__)}


def share_in_item(
    text: str, words: SentenceWords, start: int, anchors: list[tuple[int, float]]
) -> float:
    """The weighted share of the question's words that stand in a figure's own item, when the
    sentence lists figures by comma or by "and" ("37 seats in the House and 12 seats in the
    Senate")."""
    cuts = [(m.start(), m.end()) for m in ITEM_BREAK.finditer(text)]
    begin = max((b for _, b in cuts if b <= start), default=0)
    stop = min((a for a, _ in cuts if a >= start), default=-1)
    end = len(text) if stop < 0 else stop
    if begin == 0 and stop < 0:
        return 0.0  # nothing listed around it: the whole sentence is its item
    if begin == 0:
        begin = start  # "The council spent £90,000 on signs, ...": the frame is every item's
    total = sum(w for _, w in anchors)
    inside = sum(w for i, w in anchors if begin <= words.spans[i][0] < end)
    return inside / total if total else 0.0


# Between the items of a list of figures: a comma, or "and" before the next figure.
ITEM_BREAK = re.compile(
    r",\s+|\s+and\s+(?=(?:(?:about|nearly|some|over|almost|around|more than|fewer than|"
    r"less than)\s+)?(?:[£$€¥]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|a dozen|dozens|hundreds|thousands)\b))",  # "two were killed and four hurt"
    re.IGNORECASE,
)


# Where a sentence joins two clauses of its own ("…, and Trooper Sandor had been …").
CLAUSE_WEIGHT_MARGIN = 0.5  # how much more of the question one clause must hold
CLAUSE_JOINERS = ("and", "but", "while", "whereas")


def clause_join(*more: str) -> re.Pattern[str]:
    """What joins a sentence's coordinated clauses: ", and", ", but", … or ";" (plus `more`)."""
    return re.compile(r",\s+(?:" + "|".join(CLAUSE_JOINERS + more) + r")\s+|;\s+")


CLAUSE_JOIN = clause_join()


ACRONYM_AFTER_NAME = re.compile(r"[A-Z][\w.'’-]*\s+\($")


def clock_spans(text: str) -> list[tuple[int, int, str]]:
    """Times of day ("1 p.m.", "4:25", "noon") for "What time ...?"."""
    return [(m.start(), m.end(), "date") for m in lx.CLOCK.finditer(text)]


def trim_anchors(words: SentenceWords, start: int, end: int, anchors: set[int]) -> tuple[int, int]:
    """Drop question words (and stop words) from the ends of a span."""
    first, last = token_range(words, start, end)
    if first < 0:
        return start, start
    was = (first, last)
    while first <= last and (first in anchors or loose_joiner(words, first)):
        first += 1
    while last >= first and (last in anchors or loose_joiner(words, last)):
        last -= 1
    if first > last:
        return start, start
    # untrimmed ends keep what is not a word: "$53 million", "30%"
    begin = start if first == was[0] else max(start, words.spans[first][0])
    stop = end if last == was[1] else min(end, words.spans[last][1])
    return begin, stop


def close_bracket(text: str, start: int, end: int) -> int:
    """A span's end moved over the bracket its question word's cut left open: "Coastal Towns
    (Housing)" of "Coastal Towns (Housing) Act"."""
    inside = text[start:end]
    if inside.count("(") > inside.count(")") and text[end : end + 1] == ")":
        return end + 1
    return end


# Particles inside a person's name ("Ruben van Aalst"), not "of" ("Governor of Victoria").
SURNAME_PARTICLES = lx.NAME_JOINERS - lx.words("of for")
NOT_SURNAMES = ORG_KEYWORDS | PLACE_KEYWORDS  # heads of a body's or a place's name


# A who-question asking who founded, started or named a body: its founder may bear its name.
FOUNDING_QUESTION = re.compile(
    r"\b(?:found|founded|founds|establish(?:ed)?|set up|start(?:ed)?|create[ds]?|named)\b",
    re.IGNORECASE,
)


def another_bearer(
    terms: list[Term], words: SentenceWords, start: int, end: int, founding: bool = False
) -> bool:
    """Whether a name span is someone else who bears the asked person's surname ("former
    Mayor Karl von Arnstedt" when Paul von Arnstedt is asked about): its word
    before the surname is a given name the question does not give."""
    first, last = token_range(words, start, end)
    if first < 0:
        return False
    for term in terms:
        if not term.is_name:
            continue
        for form in term.forms:
            if len(form) < 2:
                continue
            if founding and _named_after(words, first, last, form):
                return True  # "founded by Ada Vell" when "Vell Logistics" is asked about
            if form[-1] in NOT_SURNAMES:
                continue  # "Los Angeles County" shares its head with "Riverside County"
            for k in range(first + 1, last + 1):
                if match_key(words.folded[k]) != match_key(form[-1]):
                    continue
                given = k - 1
                while given > first and words.folded[given] in SURNAME_PARTICLES:
                    given -= 1
                if words.capitalised[given] and words.folded[given] not in form:
                    return True
    return False


def _named_after(words: SentenceWords, first: int, last: int, form: tuple[str, ...]) -> bool:
    """Whether a two- or three-word name span ends in the first word of the asked body's name
    and holds none of its other words, after a given name the question does not give: the
    person the body is named after ("Ada Vell" of "Vell Logistics")."""
    if not 1 <= last - first <= 2 or match_key(words.folded[last]) != match_key(form[0]):
        return False
    inside = {match_key(w) for w in words.folded[first : last + 1]}
    rest = {match_key(w) for w in form[1:]}
    given = words.folded[last - 1]
    return not inside & rest and words.capitalised[last - 1] and given not in form


def loose_joiner(words: SentenceWords, i: int) -> bool:
    """A lower-case joiner at a span's edge ("of"); a capitalised one opens a name (Van Dorn)."""
    return words.folded[i] in lx.NAME_JOINERS and not (i > 0 and words.capitalised[i])


def names_asked_thing(
    question: Question,
    text: str,
    words: SentenceWords,
    first: int,
    last: int,
    anchors: set[int],
) -> bool:
    """Whether a name is part of the question's own subject, not its answer: "Lisk" of "the
    new Lisk Bridge" (question: "the new bridge"), "East Halden County" of "East Halden County
    Council" or "EHCC" of "Council (EHCC)" (question: "the council"), "Ukraine" of "Ukraine's
    breakaway regions" (question: "which breakaway regions?"). The focus noun of a "which"
    question is left out: "Lisk" does answer "which bridge?"."""
    focus = match_key(question.focus) if question.focus else ""
    around = {i for i in anchors if not is_focus_word(words, i, focus)}
    if owner_of_anchor(text, words, last, anchors) and not asks_owner(question):
        return True
    if question.qtype == "who" and _called_by_asked_noun(words, first, around):
        return True  # "Who runs the tenants' group …?": not "the tenants' group Fair Rents"
    return completed_by_anchor(text, words, last, around) or acronym_of_anchor(
        text, first, words.spans[first][0], around
    )


# Nouns that call the name after them a body ("the tenants' group Fair Rents")
BODY_CALLERS = lx.words(
    "group company firm business charity union council agency regulator association body"
    " campaign organisation organization operator"
)


def _called_by_asked_noun(words: SentenceWords, first: int, anchors: set[int]) -> bool:
    """Whether a name follows one of the question's body nouns ("the tenants' group Fair
    Rents" for "Who runs the tenants' group …?"): it names the asked body."""
    return first > 0 and first - 1 in anchors and words.folded[first - 1] in BODY_CALLERS


def asks_owner(question: Question) -> bool:
    """Whether the question asks whose something is: "Whose option …?", or "Which studio
    holds an option …?" ("Fox's option" names the studio)."""
    low = question.text.lower()
    return low.startswith("whose") or " whose " in low or _HAVING.search(low) is not None


# "Which studio holds an option …", "Which firm has the largest share …": the owner is asked.
_HAVING = re.compile(
    r"^\s*(?:which|what)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:holds|held|owns|owned|possesses)\b"
)


def owner_of_anchor(text: str, words: SentenceWords, last: int, anchors: set[int]) -> bool:
    """Whether a name owns the asked-about thing ("Ukraine's breakaway regions" when the
    question asks which breakaway regions): a possessive right before the question's words."""
    end = words.spans[last][1]
    if text[end : end + 2] not in ("'s", "’s"):
        return False
    after = [i for i in (last + 2, last + 3) if i < len(words.folded)]
    return any(i in anchors for i in after)


def completed_by_anchor(text: str, words: SentenceWords, last: int, anchors: set[int]) -> bool:
    """Whether a name runs on into a capitalised question word ("East Halden County" of "East
    Halden County Council" when the question says "council"): it names the asked-about thing."""
    nxt = last + 1
    return (
        nxt in anchors
        and nxt < len(words.folded)
        and words.capitalised[nxt]
        and not boundary_between(text, words, last)
    )


def acronym_of_anchor(text: str, first: int, start: int, anchors: set[int]) -> bool:
    """Whether a name in brackets right after a question word is that thing's short form
    ("Council (EHCC)" when the question says "council")."""
    if not (first > 0 and first - 1 in anchors and text[start - 1 : start] == "("):
        return False
    inner = text[start:].split(")", 1)[0]
    return inner.replace(".", "").replace("-", "").isupper()  # "(Serbia)" is no short form


POINT_FOCUS = lx.words("year day date month")
POINT_QUESTION = re.compile(r"\b(?:begin|began|begun|start|started|end|ended|first)\b", re.I)
# "president 1869–1909", "(1869–1909)": a term of office or a lifetime, not an event's time
TERM_BEFORE = re.compile(
    r"(?:\(|\b(?:president|king|queen|emperor|ruler|chair|chairman|mayor|"
    r"governor|pope|reign|reigned|ruled|lived)\s+)$",
    re.IGNORECASE,
)
# the same before the end of such a span: "mayor 1990–"
TERM_END_BEFORE = re.compile(TERM_BEFORE.pattern[:-1] + r"\d{4}\s*[–—-]\s*$", re.IGNORECASE)
RANGE_PENALTY = 0.5
MAX_TITLE_WORDS = 30


def range_penalty(question: Question, text: str, start: int) -> float:
    """A span of time answers "when" unless one point is asked ("which year", "when did it
    begin") or it is a term of office ("Harrow, president 1871–1903")."""
    if question.focus in POINT_FOCUS or POINT_QUESTION.search(question.text):
        return RANGE_PENALTY
    if TERM_BEFORE.search(text, max(0, start - 30), start):
        return RANGE_PENALTY
    return 0.0


# "When does the festival end?" asks the later end of "12 March 2021 | 30 May 2021",
# or the date after "until"; "When did it begin?" the earlier one.
END_QUESTION = re.compile(
    r"\b(?:end|ends|ended|ending|finish|finishes|finished|close|closes|closed|conclude|"
    r"concludes|concluded|run until|last until|over)\b",
    re.IGNORECASE,
)
START_QUESTION = re.compile(
    r"\b(?:begin|begins|began|begun|start|starts|started|open|opens|opened|launch|launched|"
    r"kick off|kicked off)\b",
    re.IGNORECASE,
)
_RANGE_BEFORE = re.compile(r"(?:\d|\w)\s*(?:[–—|-]|\bto|\buntil|\btill|\bthrough)\s*$")
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+(?:the\s+)?$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:[–—|-]|to\b|until\b|till\b|through\b)\s*\d", re.IGNORECASE)


def asks_one_end(question: Question) -> bool:
    """Whether a when-question asks when something ended, or when it began, but not both."""
    return (END_QUESTION.search(question.text) is None) != (
        START_QUESTION.search(question.text) is None
    )


def range_side(question: Question, text: str, start: int, end: int) -> float:
    """-1 for the end of a span of time the question does not ask for ("When did it begin?"
    and "from 1910 to 1940": 1940; "When does it end?" and "from 2 December"), else 0."""
    asks_end = END_QUESTION.search(question.text) is not None
    asks_start = START_QUESTION.search(question.text) is not None
    if asks_end == asks_start:
        return 0.0
    before = text[max(0, start - 20) : start]
    is_end = bool(_RANGE_BEFORE.search(before) or _UNTIL_BEFORE.search(before))
    is_start = _RANGE_AFTER.match(text, end) is not None
    if is_end == is_start:
        return 0.0
    if TERM_BEFORE.search(text, max(0, start - 30), start) or TERM_END_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return -1.0  # "Anna Berg, mayor 1990–1998": a term of office, neither end an event
    return -1.0 if is_end != asks_end else 0.0  # the asked end stands level with a lone date


def of_place_after_name(words: SentenceWords, first: int, anchor_set: set[int]) -> bool:
    """ "Tomas Hale of Dunmere": a name right after "of" that follows the asked
    person's name says where the person is from."""
    return (
        first >= 2
        and words.folded[first - 1] == "of"
        and first - 2 in anchor_set
        and words.capitalised[first - 2]
    )


def inside_quotation(text: str, start: int, end: int) -> bool:
    """Whether a span lies inside a quotation (a title, a slogan, words someone said), or in
    the end of one an earlier sentence opened ("… rarer than we thought," study lead
    author Ines Varo said)."""
    if end <= continued_quote_end(text):
        return True
    return any(a <= start and end <= b for a, b, _ in quoted_spans(text, MAX_TITLE_WORDS))


def continued_quote_end(text: str) -> int:
    """Where a quotation opened in an earlier sentence closes in this one, or -1: a closing
    mark that comes before any opening one, after the quoted words' punctuation."""
    closing, opening = text.find("”"), text.find("“")
    if closing >= 0 and (opening < 0 or closing < opening):
        return closing
    first = text.find('"')
    if text.count('"') % 2 == 1 and first > 0 and text[first - 1] in ",.!?":
        return first
    return -1
