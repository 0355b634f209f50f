"""Whether another source's figure or date fills the same slot as the answer's, though it
words the asked event otherwise ("Four vehicles went down with it" against "Five vehicles
fell with it"; "approved the takeover last Thursday" against "… on Wednesday").

`agreement.split` compares a peer with the answer only when its sentence covers nearly as much
of the question. A peer of the same slot covers less, because it words the event otherwise,
yet it disputes the answer: it counts the noun the question counts (or is in the same currency
or unit), or dates the asked event in the same clause as the question's words, and the two
sentences tell one scene in words beyond the question's. Figures counted at two times, a
figure the answer's own sentence gives of something else, or a narrower scope than the
question's are not of the slot.
"""

from __future__ import annotations

import re
from typing import Any

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.agreement import (
    COMMA_CLAUSE,
    FIGURE,
    NUMBER_WORD,
    SCALE_WORDS,
    asked_by_clause,
    compare,
    event_words,
    holds_value,
    names_in,
    number_value,
    same_unit,
    unsaid_share,
)
from sourcedesk.answer.figures import measures_asked_way
from sourcedesk.answer.question import Question
from sourcedesk.answer.span_context import clause_of
from sourcedesk.answer.variants import fold, stem, synonyms
from sourcedesk.research import claim_data
from sourcedesk.research.currencies import currency_of

# A figure in another source's sentence that counts the asked noun ("Four vehicles went down
# with it" against "Five vehicles fell with it") or is in the answer's currency disputes the
# answer though it words the event otherwise, when the two sentences share this many words
# besides the question's and cover at least this share of the question.
SLOT_SHARED_WORDS = 2
SLOT_FLOOR = 0.2
SLOT_UNSAID = 0.6  # ... and leave out at most this share of what the answer's sentence holds,
SLOT_SCENE_WORDS = 4  # unless they share this many words of one scene ("ferry launch … coal barge")
# A sum of money is told of many things (a bid, a price, a debt): a peer's sum must leave out
# less ("raised its offer … to 6.90 euros a share" against a share price of 5.85 euros).
SLOT_UNSAID_MONEY = 0.3
ALL_SAID = 0.05  # a peer counting the asked noun that says all the answer says of the question
SLOT_REACH = 3  # words after a figure that may name what it counts ("34 regional jet aircraft")
HOW_MANY_NOUN = re.compile(r"\bhow\s+many\s+([^\W\d_]+)", re.IGNORECASE)
CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")
MONEY_NOUNS = frozenset(("money", "cash"))
# The time a count was taken at: "By Monday morning", "As of Tuesday evening", "by 3 June".
_MONTH = "|".join(lx.MONTHS)
AS_OF = re.compile(
    rf"\b(?:by|as of|as at|up to)\s+((?:{'|'.join(lx.WEEKDAYS)}|today|yesterday|tonight)\b"
    rf"(?:\s+(?:morning|afternoon|evening|night)\b)?"
    rf"|\d{{1,2}}\s+(?:{_MONTH})\b|(?:{_MONTH})\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)
# Words of telling that any two reports share ("said", "according").
TELLING_WORDS = frozenset(re.findall(r"[a-z]+", claim_data.TELLING_VERBS)) | lx.words(
    "say according added"
)
# "How much debt …?": the noun a sum is asked of ("How much did it cost?" names none).
HOW_MUCH_NOUN = re.compile(
    rf"\bhow\s+much\s+(?!(?:{'|'.join(sorted(lx.AUXILIARIES))})\b)([^\W\d_]{{3,}})",
    re.IGNORECASE,
)


def same_slot(question: Question, terms: list[Any], best: Any, choice: Any) -> bool:
    """Whether a peer's figure answers the same count or sum as the best one: it counts the
    noun the question counts (or is in the same currency or unit), and the two sentences
    tell the same scene in words beyond the question's ("a city bus … a lorry … steel
    coils"). A peer that words the asked event otherwise ("went down" for "fell") covers
    too little of the question to be compared, yet disputes the answer."""
    if best.span is None or choice.span is None:
        return False
    if question.qtype == "when":
        return _same_dated_event(question, terms, best, choice)
    if question.qtype not in ("how_many", "how_much"):
        return False
    if compare(question, best.span, choice.span) is not False:
        return False
    if holds_value(question, choice.span, best.cand.passage.text):
        return False  # the answer's own sentence gives that figure too, of something else
    if counted_at_other_times(question, best, choice) or _scope_left_out(question, choice):
        return False
    if per_unit(best) != per_unit(choice):
        return False  # "each finder stands to receive £122,400" / "the museum received £250,000"
    if told_as_part(best) or told_as_part(choice):
        return False  # "will repay £52,000, the part of the award …": a part of the award
    if told_alike(question, best, choice):
        # "4,000 pounds of chlorine got out" / "2,300 pounds of chlorine escaped"; "as deep as
        # six metres" / "up to four metres deep": however little else of the question it holds
        return True
    if choice.cand.coverage < SLOT_FLOOR:
        return False
    unsaid = unsaid_share(terms, best.cand, choice.cand)
    shared = _shared_scene_words(question, best, choice)
    if _as_of(best.cand.passage.text) is not None:  # both counted "by Wednesday evening"
        shared += _as_of(best.cand.passage.text) == _as_of(choice.cand.passage.text)
    counted = HOW_MANY_NOUN.search(question.text)
    if counted:  # "How many vehicles …?": both figures count vehicles
        noun = _singular(fold(counted.group(1)))
        if not (_counts(best, noun) and _counts(choice, noun, people=True)):
            return False
        if unsaid > SLOT_UNSAID and shared < SLOT_SCENE_WORDS:
            return False
        if unsaid <= ALL_SAID:
            return True  # "46 patients were moved out of …" / "38 patients were relocated …"
    elif _same_currency(best.span, choice.span):  # a sum of money: of what the question asks
        measured = HOW_MUCH_NOUN.search(question.text)
        noun = measured.group(1).lower() if measured else ""
        named = noun and noun not in lx.STOPWORDS and noun not in MONEY_NOUNS
        one_word = _sums_of_one_word(terms, best, choice)
        limit = SLOT_UNSAID if one_word else SLOT_UNSAID_MONEY
        if unsaid > limit or (named and not _says(choice, noun)):
            return False  # "How much debt …?" is not answered by a price
        if one_word:
            return True  # "the cost of the hand recount at $18,400" / "the recount cost $21,000"
    elif unsaid > SLOT_UNSAID or not same_unit(best.span, choice.span):
        return False
    return shared >= SLOT_SHARED_WORDS


def per_unit(choice: Any) -> bool:
    """Whether a figure is told per one of something ("£30 a week", "£500 per household",
    "each finder stands to receive £122,400"): a rate or a share, not a total."""
    text, span = choice.cand.passage.text, choice.span
    return bool(
        PER_UNIT_AFTER.match(text, span.end)
        or EACH_BEFORE.search(text, max(0, span.start - EACH_REACH), span.start)
    )


PER_UNIT_AFTER = re.compile(
    r"\s*(?:(?:a|an|per|each|every)\s+(?!few\b|lot\b|total\b|further\b|more\b)[a-z]+\b"
    r"|each\b|apiece\b)",
    re.IGNORECASE,
)
EACH_REACH = 40  # characters before a figure where "each" may stand ("each finder … receive")
EACH_BEFORE = re.compile(r"\b(?:each|every|per)\b(?![^,;.]*[,;.])", re.IGNORECASE)


# A figure set out as a part of a whole ("£52,000, the part of the award spent on …").
PART_AFTER = re.compile(
    r",?\s+(?:the|a|its|their)\s+(?:portion|part|share|remainder|rest|balance|fraction)\s+of\b",
    re.IGNORECASE,
)


def told_as_part(choice: Any) -> bool:
    """Whether a figure is told as a part of something: its sum is no rival of the whole's."""
    return PART_AFTER.match(choice.cand.passage.text, choice.span.end) is not None


def told_alike(question: Question, best: Any, choice: Any) -> bool:
    """Whether two figures are plainly of one quantity however the event is worded: one unit
    of the thing the question measures, or of the dimension it asks."""
    if best.span is None or choice.span is None or HOW_MANY_NOUN.search(question.text):
        return False
    return _same_measured_thing(question, best, choice) or _same_way_measured(
        question, best, choice
    )


def _same_way_measured(question: Question, best: Any, choice: Any) -> bool:
    """Whether both figures, in one unit, measure the dimension the question asks ("How deep
    …?": "as deep as six metres", "up to four metres deep")."""
    return same_unit(best.span, choice.span) and all(
        measures_asked_way(question, c.cand.passage.text, c.span.start, c.span.end)
        for c in (best, choice)
    )


def _same_measured_thing(question: Question, best: Any, choice: Any) -> bool:
    """Whether the question names what it measures ("How much chlorine …?") and both figures,
    in one unit, measure it ("pounds of chlorine"): one quantity, told in other words."""
    measured = HOW_MUCH_NOUN.search(question.text)
    noun = _singular(fold(measured.group(1))) if measured else ""
    if not noun or noun in lx.STOPWORDS or noun in MONEY_NOUNS:
        return False
    return same_unit(best.span, choice.span) and _counts(best, noun) and _counts(choice, noun)


def _sums_of_one_word(terms: list[Any], best: Any, choice: Any) -> bool:
    """Whether both sums stand in a clause holding the same ordinary word of the question:
    "put the cost of the hand recount at $18,400" and "the recount cost the town about
    $21,000" price one thing, though the peer leaves out a word ("hand")."""

    def held(c: Any) -> set[str]:
        clause = clause_of(c.cand.passage.text, c.span.start, COMMA_CLAUSE)
        return asked_by_clause(terms, c.cand).get(clause, set())

    return bool((held(best) & held(choice)) - SUM_WORDS)


# Words that say a sum is a sum, or over what time, not what it is of: "A permit will cost
# £300 a year" and "running the plan will cost £150,000 a year" price two things.
SUM_WORDS = lx.words(
    """
    cost costs costing price prices priced pay pays paid spend spent fee fees charge charged
    worth value budget year years month months week weeks annual annually day days
    """
)


def counted_at_other_times(question: Question, best: Any, choice: Any) -> bool:
    """Whether two figures are a count taken at two times ("By Monday morning 37 patients …",
    "As of Tuesday evening, 164 patients …"), or the question asks for one time and the peer
    gives its figure as of no such time: a toll that rose, not two reports of one toll."""
    asked = _as_of(question.text)
    told = _as_of(best.cand.passage.text), _as_of(choice.cand.passage.text)
    if asked:  # "by Wednesday" asked: "by Wednesday night" is that time
        return told[1] is None or not (told[1] == asked or told[1].startswith(asked + " "))
    return None not in told and told[0] != told[1]


def _scope_left_out(question: Question, choice: Any) -> bool:
    """Whether the question bounds its count by a figure the peer does not give ("over its
    five operations", "the 2024 inspection"): "about 300 rounds … during the operation" is
    one operation's haul, not the total."""
    asked = _figures_in(question.text)
    return bool(asked) and not asked <= _figures_in(choice.cand.passage.text)


def _figures_in(text: str) -> set[float]:
    low = text.lower()
    found = [m.group(0) for m in FIGURE.finditer(low)] + NUMBER_WORD.findall(low)
    return {v for v in map(number_value, found) if v is not None}


def _as_of(text: str) -> str | None:
    """The time a count was taken at, an evening and that night as one ("by Wednesday
    evening" / "by Wednesday night")."""
    found = AS_OF.search(text)
    return " ".join(found.group(1).lower().split()).replace("night", "evening") if found else None


def _same_dated_event(question: Question, terms: list[Any], best: Any, choice: Any) -> bool:
    """Whether a peer's other date is of the asked event: it stands in the same clause as an
    ordinary word of the question ("reopened on 31 March" / "will reopen on 28 March"), the
    two sentences share words of one scene, and the peer covers some of the question."""
    if choice.cand.coverage < DATED_FLOOR or compare(question, best.span, choice.span) is not False:
        return False
    if RELATIVE_EVENT.search(question.text):
        return False  # "the last strike before this one": another source may date this one
    if holds_value(question, choice.span, best.cand.passage.text):
        return False  # the answer's sentence gives that date too, of something else
    if not (_time_of_asked_word(terms, best) and _time_of_asked_word(terms, choice)):
        return False
    return _shared_scene_words(question, best, choice) >= SLOT_SHARED_WORDS


def _time_of_asked_word(terms: list[Any], choice: Any) -> bool:
    """Whether a date stands between the same commas as ordinary words of the question: two
    of them, or the only one it has ("declared the water supply safe on 10 March", not
    "closed its intake on Monday … above the safe limit")."""
    clause = clause_of(choice.cand.passage.text, choice.span.start, COMMA_CLAUSE)
    held = asked_by_clause(terms, choice.cand).get(clause, set())
    return len(held) >= min(DATED_WORDS, len(event_words(terms))) and bool(held)


DATED_FLOOR = 0.3  # a peer dating the asked event in other words covers this share at least
DATED_WORDS = 2  # ordinary words of the question in the date's clause
RELATIVE_EVENT = re.compile(r"\b(?:last|previous)\b.*\b(?:before|since)\b", re.I)


def count_the_asked_noun(question: Question, best: Any, choice: Any) -> bool:
    """Whether two figures both count the noun a "How many …?" question asks about ("Twelve
    teapots went missing" / "Nine silver and copper teapots were reported stolen")."""
    counted = HOW_MANY_NOUN.search(question.text)
    if counted is None or best.span is None or choice.span is None:
        return False
    noun = _singular(fold(counted.group(1)))
    return _counts(best, noun, reach=NOUN_REACH) and _counts(choice, noun, reach=NOUN_REACH)


NOUN_REACH = 4  # words between a figure and its noun: "Nine silver and copper teapots"


def _says(choice: Any, word: str) -> bool:
    return stem(word) in {stem(w) for w in CONTENT_WORD.findall(choice.cand.passage.text)}


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# Nouns of people that another report may count as "people" ("41 passengers" / "48 people").
PEOPLE_COUNTED = claim_data.PEOPLE_NOUNS
PEOPLE = lx.words("people person")


def _counts(choice: Any, noun: str, people: bool = False, reach: int = SLOT_REACH) -> bool:
    """Whether a choice's figure counts `noun` or a word news uses for it ("homes" for
    "households"): in its span or in the words just after it; with `people`, a count of
    "people" counts a noun of people ("52 people" for "How many patients …?")."""
    text, span = choice.cand.passage.text, choice.span
    after = CONTENT_WORD.findall(text[span.end :])[:reach]
    nouns = {noun, *(_singular(other) for other in synonyms(noun))}
    if people and noun in PEOPLE_COUNTED:
        nouns |= PEOPLE
    return any(_singular(fold(w)) in nouns for w in CONTENT_WORD.findall(span.text) + after)


def _same_currency(a: Any, b: Any) -> bool:
    money = currency_of(a.text)
    return money is not None and money == currency_of(b.text)


def _shared_scene_words(question: Question, best: Any, choice: Any) -> int:
    """How many content words two sentences share besides the question's own."""
    asked = {stem(w) for w in CONTENT_WORD.findall(question.text)}
    units = {stem(w) for c in (best, choice) for w in CONTENT_WORD.findall(c.span.text)}

    def scene(choice: Any) -> set[str]:
        words = {fold(w) for w in CONTENT_WORD.findall(choice.cand.passage.text)}
        words -= lx.STOPWORDS | lx.WEAK_WORDS | SCALE_WORDS | TELLING_WORDS
        return {stem(w) for w in words} - asked - units

    return len(scene(best) & scene(choice))


def names_nobody_new(best: Any, choice: Any) -> bool:
    """Whether a peer names no one the answer's sentence leaves unnamed: "The company offered
    each passenger …" may stand for the asked company; "Tarnhold Airways … employs 3,200"
    tells of another."""
    return not names_in(choice.cand.words) - names_in(best.cand.words)
