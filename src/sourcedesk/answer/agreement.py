"""Which other sources say the same thing as the chosen answer, and which disagree with it.

A peer speaks to the asked point only when its sentence holds what the answer's sentence holds
of the question (`unsaid_share`): all of it to disagree, nearly all to agree.

A peer that words the asked event otherwise may still dispute the answer when its figure or
date fills the same slot (`slots.py`).

Two answers to a "when" question agree when their dates do not conflict (July 13 and 13 July
2022 agree; 2014 and 2017 do not); to a "how many/how much" question when their figures are the
same number; otherwise when their answer words overlap. Only sentences that cover the question
nearly as well as the chosen one are compared, and only one sentence per source is kept.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.corroboration import denies
from sourcedesk.answer.question import Question
from sourcedesk.answer.retrieve import Candidate, match_key
from sourcedesk.answer.span_context import clause_join, clause_most_asked, clause_of
from sourcedesk.answer.variants import fold, stem
from sourcedesk.research import claim_data
from sourcedesk.research import timeline_data as T
from sourcedesk.research.currencies import SIGN, currency_of
from sourcedesk.research.date_patterns import WEEKDAYS

PEER_COVERAGE = 0.7  # a peer covers at least this share of what the best one covers
PEER_FLOOR = 0.6
OVERLAP_AGREES = 0.5
# A peer's value speaks to the asked point when it holds what the best sentence holds
# (`unsaid_share`): all of it to dispute the answer, all but this share to agree with it.
HELD_CREDIT = 0.5
AGREE_UNSAID_SHARE = 0.34
YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
NOUN_AFTER = re.compile(r"\s+[a-z]")  # "the 1991 settlement", not "in 1991, ..."
# Number words as counts; "hundred" and "dozen" stay out ("hundreds of people" is no count of
# one hundred). "twice" is "two times": "married twice".
_WORD_NUMBERS = {
    word: value
    for word, value in claim_data.NUMBER_WORDS.items()
    if word not in ("hundred", "dozen")
} | {"twice": 2, "thrice": 3}
# The first number word of a text, with the unit of a compound ("twenty-five", "forty two")
WORD_NUMBER = re.compile(
    rf"\b(?:(?P<tens>{lx.TENS_WORDS})(?:[- ](?P<unit>{lx.UNIT_WORDS}))?"
    rf"|(?P<word>{'|'.join(sorted(_WORD_NUMBERS, key=len, reverse=True))}))\b"
)
FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion)\b|(?:bn|tn|mn|m|k)\b)?")
GLUED_SCALE = re.compile(r"\d(bn|tn|mn|m|k|b)\b")
# A peer's clauses also part at ", with": "sign-up opening May 3rd, with store sales
# following some weeks later" dates the sign-up, not the sales.
PEER_CLAUSE_JOIN = clause_join("with")
# The same, and a participle's clause after a comma (", ending with …", ", killing two").
EVENT_CLAUSE_JOIN = re.compile(
    PEER_CLAUSE_JOIN.pattern
    + r"|,\s+(?=(?!according|following|during|including|regarding|concerning)[a-z]+ing\s)"
)
# A sentence that opens on a participle's phrase ("Born in Nashville, …", "Raised in Ohio
# by her aunt, …"), up to its comma.
OPENING_PARTICIPLE = re.compile(
    r"\W*(?:Born|[A-Z][a-z]+(?:ed|en|ing))\s+(?:in|on|at|by|to|from|with|for|into|as|after|"
    r"before|during|near|under)\b[^,]{0,80},"
)  # not "Stephen King was born …" nor "Beijing opened …"
NUMBER_WORD = re.compile(rf"\b(?:{lx.NUMBER_WORD_ALTERNATION})\b")
DENIED_REACH = 4  # words after a denying verb that may hold what it denies ("declined to comment")
# "four more hikers", "the other two hospitals": a part, not the total ("four other people
# were injured", beside two killed, is the whole count of the injured)
INCREMENT_AFTER = re.compile(r"\s+(?:more|additional|further|extra)\b(?!\s+than\b)")
INCREMENT_BEFORE = re.compile(
    r"\b(?:another|an additional|a further|an extra|(?:the|its|their)\s+other)\s+$"
)
_GLUED = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
_SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SCALE_WORDS = frozenset(_SCALE)


# A figure that tells one deal or toll apart: a sum of money, or a number with its scale
# ("$30 million", "4.5 billion", "12,400"), not a small count, a size or a year.
OTHER_FIGURE = re.compile(
    r"[$£€]\s?\d[\d,.]*(?:\s+(?:million|billion|trillion))?"
    r"|\b\d[\d,.]*\s+(?:million|billion|trillion)\b|\b\d{1,3}(?:,\d{3})+\b",
    re.IGNORECASE,
)


def _same_other_figure(best: Any, choice: Any) -> bool:
    """Whether two sentences give one figure besides their answers: a sign they tell of the
    same deal, toll or event."""

    def figures(choice: Any) -> set[str]:
        text, span = choice.cand.passage.text, choice.span
        return {
            m.group().rstrip(".,").lower()
            for m in OTHER_FIGURE.finditer(text)
            if span is None or not (m.start() < span.end and span.start < m.end())
        }

    return bool(figures(best) & figures(choice))


def same_count_scene(question: Question, best: Any, choice: Any) -> bool:
    """Whether two counts are of one noun and told beside one other count of one noun ("212
    passengers and 14 crew" / "209 passengers, 14 crew"): two tellings of one scene, so the
    counts dispute each other however the sentences word the rest."""
    from sourcedesk.answer.figures import figure_noun  # late: figures reads this module

    if question.qtype != "how_many" or best.span is None or choice.span is None:
        return False
    nouns = [figure_noun(c.span.text, c.cand.passage.text[c.span.end :]) for c in (best, choice)]
    if nouns[0] is None or nouns[0] != nouns[1]:
        return False
    return bool(_companion_counts(best) & _companion_counts(choice))


def same_counted_event(question: Question, terms: list[Any], best: Any, choice: Any) -> bool:
    """Whether two figures count one event or measure one thing by the keys the conflicts view
    pairs them by (`research.count_events`): "Some 3,400 homes lost water" / "About 4,100
    households lost water", "a £2.1m contract" / "a £2.6 million contract"."""
    if best.span is None or choice.span is None:
        return False
    counted = question.qtype in ("how_many", "how_much")
    if not counted and not (best.span.kind == choice.span.kind == "number"):
        return False  # "What was the contract worth?" is answered by figures too
    from sourcedesk.answer.slots import counted_at_other_times  # late: cycle
    from sourcedesk.research.claim_values import figures_compatible  # late: research is heavier

    if counted_at_other_times(question, best, choice):
        return False  # "37 … by Monday morning" / "64 … as of Tuesday evening": a running count
    if unsaid_share(terms, best.cand, choice.cand) > EVENT_UNSAID:
        return False  # "a 31-mile detour" for lorries is not the drivers' diversion asked of
    mine, theirs = _event_figure(best), _event_figure(choice)
    if mine is None or theirs is None or mine.unit != theirs.unit:
        return False
    return not figures_compatible(mine, theirs)  # "more than £9,000" fits "£9,300"


def worded_apart_peer(question: Question, best: Any, choice: Any) -> bool:
    """Whether a peer's figure is the answer's told in other words by another article, by the
    conflicts view's checks (``research.figure_pairs``): "19 pupils … ill" / "27 children
    … reported symptoms", "put aside £150,000 to mend the roof" / "spending £260,000 on
    roof repairs"."""
    if question.qtype not in ("how_many", "how_much") or best.span is None or choice.span is None:
        return False
    if not (best.span.kind == choice.span.kind == "number"):
        return False
    from sourcedesk.answer.slots import counted_at_other_times  # late: cycle
    from sourcedesk.research.figure_pairs import worded_apart_in  # late: research is heavier

    if counted_at_other_times(question, best, choice):
        return False  # "by Monday morning" / "as of Tuesday evening": a running count
    return worded_apart_in(
        best.cand.passage.text, best.span.text, choice.cand.passage.text, choice.span.text
    )


# "How many employees does the group have?": a stock, which a page tells with one of these.
STOCK_QUESTION = re.compile(
    r"^\W*how\s+many\s+\w+\s+(?:does|do|did)\s+.+?\s+(?:have|employ|own|run|operate|hold)\b",
    re.IGNORECASE,
)
STOCK_WORDS = re.compile(
    r"\b(?:has|have|had|having|employ(?:s|ed|ing)?|owns?|owned|owning|runs?|running"
    r"|operat(?:es?|ed|ing)|holds?|holding|total\w*|with"
    r"|workforce|staff\s+of)\b|:",
    re.IGNORECASE,
)


def _event_count_for_a_stock(question: Question, choice: Any) -> bool:
    """Whether a peer counts the asked noun as the doers or sufferers of an event ("three
    of its drivers were checked by paramedics") while the question asks how many a body has."""
    if choice.span is None or not STOCK_QUESTION.match(question.text):
        return False
    return STOCK_WORDS.search(choice.cand.passage.text) is None


CLAUSE_EDGE = re.compile(r"[,;:—–]")
STATED_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _of_an_earlier_year(question: Question, choice: Any) -> bool:
    """Whether a peer's figure is told, in its own clause, of a year before its page came out
    ("four years earlier, in 2021, only 31% had voted") while the question names no year: another
    year's count, not another telling of the asked one."""
    span, text = choice.span, choice.cand.passage.text
    published = (choice.cand.passage.published or "")[:4]
    if span is None or not any(ch.isdigit() for ch in span.text) or not published.isdigit():
        return False
    if span.kind == "date" or STATED_YEAR.search(question.text):
        return False
    edges = [m.start() for m in CLAUSE_EDGE.finditer(text)]
    start = max((e for e in edges if e < span.start), default=0)
    end = min((e for e in edges if e >= span.end), default=len(text))
    years = [int(y) for y in STATED_YEAR.findall(text, start, end)]
    return bool(years) and all(y < int(published) for y in years)


def _event_figure(choice: Any) -> Any:
    """The figure of a choice's span with its counted event or measured thing, or None."""
    span = choice.span
    for figure in _event_figures(choice.cand.passage.text):
        if figure.text and figure.text in span.text:
            return figure
    return None


@functools.lru_cache(maxsize=256)
def _event_figures(text: str) -> tuple[Any, ...]:
    """A sentence's figures that count an event or measure a thing (read once a sentence: the
    answer's own is compared with each peer's)."""
    from sourcedesk.research.claim_values import figures  # late: research is heavier
    from sourcedesk.research.count_events import is_event_unit

    return tuple(f for f in figures(text, 0, len(text), []) if is_event_unit(f.unit))


COUNT_WITH_NOUN = re.compile(r"\b(\d[\d,]*)\s+([a-z]{3,})\b")


def _companion_counts(choice: Any) -> set[tuple[str, str]]:
    """The counts a sentence gives besides its answer, with the nouns they count."""
    text, span = choice.cand.passage.text, choice.span
    return {
        (m.group(1).replace(",", ""), m.group(2))
        for m in COUNT_WITH_NOUN.finditer(text)
        if not (m.start() < span.end and span.start < m.end())
    }


def _page_names_all(
    missing: list[Any], choice: Any, page_text: Callable[[str], str] | None
) -> bool:
    """Whether the peer's page names every name its sentence leaves out ("a ferry carrying 212
    passengers" on a page about the Orsa Star), so that a peer of the same scene is of the
    asked thing too."""
    if page_text is None or any(t.concept.kind != "name" for t in missing):
        return False
    text = page_text(choice.cand.passage.source_id).lower()
    return all(t.concept.surface.lower() in text for t in missing)


def split(
    question: Question,
    terms: list[Any],
    best: Any,
    choices: list[Any],
    whole: bool = False,
    same_day: Callable[[Any], bool] | None = None,
    page_words: Callable[[str], frozenset[str]] | None = None,
    echoed: frozenset[int] = frozenset(),
    page_text: Callable[[str], str] | None = None,
    day_of: Callable[[Any], str | None] | None = None,
) -> tuple[list, list, list]:
    """Peers of the best choice: (agreeing, unrelated, disagreeing), one per other source.
    `whole`: the answer is the best sentence itself, so a peer agrees only when its sentence
    says much the same beyond the question's own words. `same_day`: whether a peer's sentence
    dates something to the answer's day (resolved over its source). `page_words`: the folded
    words of a source's page, to tell whether a peer's parties are the answer page's too.
    `echoed`: the ids of peers found by the answer's sentence rather than the question's
    words; such a peer disputes the answer only where its value is plainly the same point's
    (`told_alike`, or one post's two names), as what it counts or dates may be another tally
    of the same scene ("64 guests who attended … have fallen ill"). `page_text`: a source's
    clean text, to tell whether a page that names another person names the answer's too
    (`rival_names`). `day_of`: the calendar day a choice's date means over its page, to set
    a relative answer ("the following day", read as 10 September) against a peer's date."""
    from sourcedesk.answer.rival_names import rival_name  # late: cycle
    from sourcedesk.answer.slots import (
        count_the_asked_noun,
        names_nobody_new,
        same_slot,
        told_alike,
        told_as_part,
    )

    agree, other, dispute = [], [], []
    seen = {best.cand.passage.source_id}
    floor, lowest = peer_floor(best), dispute_floor(best)
    for choice in choices:
        source = choice.cand.passage.source_id
        if choice is best or source in seen:
            continue
        # a peer giving the asked figure, date or post in other words disputes the answer
        # ("Presiding judge Miriam Oakhurst" / "before Judge Miriam Ashdown")
        echo = id(choice) in echoed
        count_scene = not whole and (
            same_count_scene(question, best, choice)
            or same_counted_event(question, terms, best, choice)
            or worded_apart_peer(question, best, choice)
        )
        slot = not whole and (
            _one_post_two_names(question, best, choice)
            or (
                same_slot(question, terms, best, choice)
                and (not echo or told_alike(question, best, choice) or count_scene)
            )
        )
        # a peer naming another person or place for the asked point ("the firm's head chef
        # Ida Fenn" / "head chef at the time, Ada Venn") on a page that never names the answer's
        rival = not whole and not slot and rival_name(question, terms, best, choice, page_text)
        # "212 passengers and 14 crew" / "209 passengers and 14 crew": one scene counted twice
        slot = slot or rival or count_scene
        if choice.cand.coverage < lowest and not slot:
            continue
        missing = choice.cand.missing_required(terms)
        # a name of the question's left out, unless "the company" stands for it or the peer's
        # page names it
        stands_in = slot and (
            names_nobody_new(best, choice)
            or (count_scene and _page_names_all(missing, choice, page_text))
        )
        if missing and not stands_in:
            continue
        if whole:
            verdict = sentences_agree(question, best.cand.passage.text, choice.cand.passage.text)
        else:
            verdict = compare(question, best.span, choice.span)
        if verdict is None and rival:
            verdict = False
        if (
            verdict is None
            and not whole
            and question.qtype == "when"
            and day_of is not None
            and not (_deictic(best.span) or _deictic(choice.span))
            and not _bound_of_a_period(choice)
        ):
            # "the following day" read as 10 September, against "11 September"
            verdict = _days_agree(day_of(best), day_of(choice))
        if verdict is False and holds_value(question, best.span, choice.cand.passage.text):
            verdict = True  # it gives the answer's figure too ("2917 cases, including 312 deaths")
        if (
            verdict is False
            and question.qtype in ("how_many", "how_much")
            and holds_value(question, choice.span, best.cand.passage.text)
        ):
            verdict = None  # "14 were hurt, three of them badly": the answer's own
            # sentence tells the peer's "Four passengers were badly hurt" as another count
        if verdict is False and not in_asked_clause(terms, choice):
            verdict = None  # "two … rescued, and two walkers … were hurt": not its count
        if verdict is False and _other_event_time(terms, best, choice):
            verdict = None  # "re-energised at 2.02 p.m., minutes before the fire was reported"
        if verdict is False and _event_count_for_a_stock(question, choice):
            verdict = None  # "three of its drivers were checked by paramedics": no head count
        if verdict is False and _of_an_earlier_year(question, choice):
            verdict = None  # "in 2021 only 31% had voted": another election's share
        if verdict is False and _figure_of_a_name(choice):
            verdict = None  # "a box of ballots from Ward 3": no count of ballots
        if verdict is False and _earlier_value(question, choice):
            verdict = None  # "fares began at £3 and rose in May"
        if verdict is False and is_increment(choice.cand.passage.text, choice.span):
            verdict = None  # "the bodies of four more hikers were found": not the whole toll
        if verdict is False and (told_as_part(best) or told_as_part(choice)):
            verdict = None  # "£52,000, the part of the award spent on …": a part, not the whole
        if verdict is False and part_count(choice.cand.passage.text, choice.span):
            verdict = None  # "with eleven other members": some of them, not how many there are
        if verdict is False and _picked_from_a_group(choice) and not _picked_from_a_group(best):
            verdict = None  # "One of the climbers brought down … has told of it": no count
        if verdict is False and _sought_value(choice) and not _sought_value(best):
            verdict = None  # "had asked for the fine to be cut to £4,000": sought, not set
        if verdict is False and _whole_including_asked(terms, choice):
            verdict = None  # "debts of around £18m, including a sum owed to the TRO": a whole
        if verdict is not None and _counts_other_tally(question, choice):
            verdict = None  # "stabbed four neighbours, killing one": four were not killed
        if verdict is False and question.qtype == "when" and _range_from(best, choice):
            verdict = True  # "closed … from 4 to 19 May": it began on the answer's day
        if verdict is False and question.qtype == "when" and _dates_a_later_clause(terms, choice):
            verdict = None  # "issued a notice …, after the parasite was found … on 9 September"
        if verdict is False and question.qtype == "when" and _dates_a_noun(choice):
            verdict = None  # "a breach of the 1987 accord": the accord's year
        if verdict is False and not rival and _of_other_parties(terms, best, choice, page_words):
            verdict = None  # "Kessel … established relations with Varnholm in 2011"
        if verdict is False and question.qtype == "when" and _event_elsewhere(terms, choice):
            verdict = None  # "winner in 2006 …, ending with the arrest of the driver"
        if (
            verdict is False
            and question.qtype == "when"
            and not AHEAD_QUESTION.search(question.text)
            and _only_intended(terms, choice)
        ):
            verdict = None  # "In August, the council chose three firms to build …": not built
        if (
            verdict is False
            and question.qtype == "when"
            and _dated_by_its_own_verb(terms, best) is True
            and _dated_by_its_own_verb(terms, choice) is False
        ):
            verdict = None  # "suspended her in March 2024 and appointed a panel": not its report
        if (
            verdict is False
            and question.qtype == "when"
            and not _dates_an_asked_word(terms, choice)
        ):
            verdict = None  # "X, the trading name of Y, was established in 2016": no restart
        if verdict is not True and same_day is not None and same_day(choice):
            # "on Wednesday" in a page of 14 July 2022 is the answer's 13 July; and a peer that
            # also says "opened on Saturday" (that day) dates something else with its "November
            # 2022" ("the bridge that fell in November 2022")
            verdict = True
        if verdict is not None:  # is its value of the same point as the answer's?
            unsaid = unsaid_share(terms, best.cand, choice.cand)
            # a disputing peer must say all the answer says, unless both tell one deal or
            # toll by the same other figure ("sold … for $30 million in 1957 / in 1967")
            same_figure = verdict is False and _same_other_figure(best, choice)
            allowed = AGREE_UNSAID_SHARE if verdict or same_figure else 0.0
            counted = question.qtype in ("how_many", "how_much") or _asks_measure(question)
            if (
                verdict is False
                and counted
                and (
                    same_unit(best.span, choice.span)
                    or count_the_asked_noun(question, best, choice)
                )
            ):
                allowed = UNIT_UNSAID_SHARE  # "212 millimetres" against "241 millimetres"
            if verdict is False and _both_clock_times(best.span, choice.span):
                allowed = UNIT_UNSAID_SHARE  # "sounded at 3:40 a.m." / "triggered … at 3:12 a.m."
            if unsaid > allowed and not (verdict is False and slot):
                verdict = None
        if verdict is False and echo and not slot:
            verdict = None  # found by the answer's scene, not plainly of its point
        if verdict is True and choice.cand.coverage < floor:
            verdict = None  # too little of the question to count as a witness
        if verdict is True:
            agree.append(choice)
            seen.add(source)
        elif verdict is False:
            dispute.append(choice)
            seen.add(source)
        else:
            other.append(choice)
    return agree, other, dispute


SUBORDINATE = re.compile(r"\b(?:after|before|when|once|following|until|because|since)\b", re.I)


CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|been|[a-z]{3,}ed)\b")


def _dates_a_later_clause(terms: list[Any], choice: Any) -> bool:
    """Whether a peer's date stands in a clause that a word such as "after" opens after the
    asked verb ("issued the notice on Friday, after samples taken on 9 September showed …"):
    the date of that other event."""
    from sourcedesk.answer.spans import question_positions  # late: cycle

    text, words, start = choice.cand.passage.text, choice.cand.words, choice.span.start
    verbs = [
        words.spans[p][1]
        for p, _ in question_positions(terms, words)
        if words.spans[p][1] <= start and lx.past_form(words.folded[p])
    ]
    opener = SUBORDINATE.search(text, max(verbs), start) if verbs else None
    # "after the parasite was found in samples taken on 9 May": a clause with its own verb;
    # "not reconnected until Thursday": the asked act's own date
    return opener is not None and CLAUSE_VERB.search(text, opener.end(), start) is not None


# "today", "yesterday": a page's own day, which often dates its report, not the asked event
DEICTIC = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b", re.I
)


BOUND_BEFORE = re.compile(
    r"\b(?:until|till|through|since|by|before|after)\s+(?:at\s+least\s+)?(?:the\s+)?$", re.I
)


NOT_REACH = 40  # characters before "until" that may hold its "not"


def _bound_of_a_period(choice: Any) -> bool:
    """Whether a peer's date bounds a period ("in force until at least Wednesday"): no date
    of the asked event itself."""
    if choice.span is None:
        return False
    text, start = choice.cand.passage.text, choice.span.start
    bound = BOUND_BEFORE.search(text, max(0, start - 30), start)
    if bound is None:
        return False
    # "were not reconnected until Thursday": the day it happened after all
    return NEGATION.search(text, max(0, bound.start() - NOT_REACH), bound.start()) is None


def _deictic(span: Any) -> bool:
    return span is not None and DEICTIC.search(span.text) is not None


def _days_agree(answer_day: str | None, peer_day: str | None) -> bool | None:
    """Whether two calendar days ("2024-09-10") are one, where both are known."""
    if not answer_day or not peer_day:
        return None
    return answer_day == peer_day


# Two figures with the same unit word ("millimetres", "hearing days") may dispute each other
# though the peer leaves out a little of what the answer's sentence holds of the question.
UNIT_UNSAID_SHARE = 0.3
EVENT_UNSAID = 0.5  # the share of the answer's sentence a peer counting one event may leave out
UNIT_WORD = re.compile(r"[^\W\d_]{3,}")
TEMPERATURE = re.compile(r"\d\s?(?:°\s?[CF]\b|C\b|degrees\b)")


def _figure_of_a_name(choice: Any) -> bool:
    """Whether a peer's answer is a figure that belongs to a name ("Ward 3", "Rescue 914")."""
    from sourcedesk.answer.figures import glued_to_name  # late: cycle

    span, words = choice.span, choice.cand.words
    first = next((k for k, (a, _) in enumerate(words.spans) if a == span.start), None)
    if first is None or not span.text[:1].isdigit():
        return False
    return glued_to_name(choice.cand.passage.text, words, first)


def _asks_measure(question: Question) -> bool:
    """ "What was the highest temperature …?": a measure asked by its noun."""
    from sourcedesk.answer.span_fit import asks_measure  # late: cycle

    return asks_measure(question)


def same_unit(a: Any, b: Any) -> bool:
    """Whether two figure spans end on the same unit word ("212 millimetres", "241 mm" not)."""
    if a is None or b is None:
        return False
    if TEMPERATURE.search(a.text) and TEMPERATURE.search(b.text):
        return True  # "39.4C" and "38.7 °C"
    words_a, words_b = UNIT_WORD.findall(fold(a.text)), UNIT_WORD.findall(fold(b.text))
    if not (words_a and words_b) or words_a[-1] != words_b[-1]:
        return False
    return words_a[-1] not in _SCALE and words_a[-1] not in lx.DURATION_UNITS  # no "million"


def _both_clock_times(a: Any, b: Any) -> bool:
    """Whether two spans are each a time of day: two times of one event dispute each other
    though the peer words the event differently."""
    if a is None or b is None:
        return False
    return clock_minutes(a.text) is not None and clock_minutes(b.text) is not None


COMMA_CLAUSE = re.compile(r"[,;:—–]")


def _other_event_time(terms: list[Any], best: Any, choice: Any) -> bool:
    """Whether a peer's time of day belongs to a clause without the question's words."""
    return _both_clock_times(best.span, choice.span) and not _time_of_asked_clause(terms, choice)


def _time_of_asked_clause(terms: list[Any], choice: Any) -> bool:
    """Whether a peer's time of day stands between the same commas as one of the question's
    words ("triggered the alarm at 3:12 a.m."), not in a clause of another event ("re-energised
    at 2.02 p.m., minutes before the fire was reported")."""
    from sourcedesk.answer.spans import question_positions  # late: cycle

    text, words = choice.cand.passage.text, choice.cand.words
    clause = clause_of(text, choice.span.start, COMMA_CLAUSE)
    return any(
        clause_of(text, words.spans[p][0], COMMA_CLAUSE) == clause
        for p, _ in question_positions(terms, words)
    )


def peer_floor(best: Any) -> float:
    """The least of the question a peer's sentence must cover to be compared with the answer."""
    return max(PEER_FLOOR, best.cand.coverage * PEER_COVERAGE)


def dispute_floor(best: Any) -> float:
    """The least a peer must cover to dispute the answer: never more than the answer's own
    sentence covers ("On which day of the week …?" is covered alike by "died on Friday" and
    "died Thursday"). Agreeing asks more: a weak sentence agreeing adds no witness."""
    return min(best.cand.coverage, peer_floor(best))


def _dates_a_noun(choice: Any) -> bool:
    """Whether a peer's date is a year standing before a noun it dates ("the 1991
    settlement"), not the date of what the sentence tells."""
    span, text = choice.span, choice.cand.passage.text
    if span is None or not YEAR.fullmatch(span.text):
        return False
    return T.ATTRIBUTIVE_BEFORE.search(text, 0, span.start) is not None and bool(
        NOUN_AFTER.match(text, span.end)
    )


def _of_other_parties(
    terms: list[Any],
    best: Any,
    choice: Any,
    page_words: Callable[[str], frozenset[str]] | None = None,
) -> bool:
    """Whether a peer tells of other parties than the answer: the question names no one, so
    the answer's page and sentence say whose relations or whose deal it is, and the peer
    names only others ("Relations were established in 1992" on a page about two countries
    against "Kessel … established relations with Varnholm"). A peer whose names the answer's
    page also writes (the mayor and the town the whole page is about) tells of the same."""
    if any(t.is_name for t in terms):
        return False
    title = {fold(w) for w in lx.LETTERS.findall(best.cand.passage.title)}
    told = names_in(best.cand.words) | title
    others = names_in(choice.cand.words) - _told_to(choice.cand.words, choice.cand.passage.text)
    others -= _named_after_figure(choice)
    if not others or others & told:
        return False
    page = page_words(best.cand.passage.source_id) if page_words else frozenset()
    return len(others & page) < PAGE_SHARED_NAMES * len(others)


def _named_after_figure(choice: Any) -> set[str]:
    """The names a peer gives only in clauses after its figure's ("should cost roughly £9m, the
    board said, and it will ask the Treasury Office for help"):
    what more it tells, not whose sum it is. Only for a figure: a date's parties may follow it."""
    span, text, words = choice.span, choice.cand.passage.text, choice.cand.words
    if span is None or span.kind != "number":
        return set()
    ends = COMMA_CLAUSE.search(text, span.end)
    if ends is None:
        return set()
    before = {
        low for low, start in zip(words.folded, words.starts, strict=True) if start < ends.start()
    }
    return names_in(words) - before


PAGE_SHARED_NAMES = 0.6  # share of a peer's names the answer's page writes too: the same parties
# "Ada Venn said …", "One walker, Ada Venn, told …", "…, the Ledger has learned"
TELLING = lx.words(
    "told said says learned learnt understands reported reports revealed estimated estimates "
    "calculated"
)
# Small words inside a teller's name ("the Institute for Coastal Studies at the University of
# Lisle estimated …").
TELLER_JOINERS = lx.words("of for at the and")


def _told_to(words: Any, text: str) -> set[str]:
    """The names of who tells a sentence and to whom ("One walker, Ada Venn, told the Post
    that …", "according to an estimate shared with the Ledger"): witnesses and reporters, not
    parties to what it tells. An "according to" phrase runs to its comma or the sentence's end."""
    folded, capital = words.folded, words.capitalised
    out = set()
    for i, low in enumerate(folded):
        if low in TELLING:  # the speaker, just before
            out.update(_teller_before(folded, capital, i))
        if low == "told":  # the paper told
            k = i + 1 + (folded[i + 1 : i + 2] == ["the"])
            while k < len(folded) and capital[k]:
                out.add(folded[k])
                k += 1
        if low == "according":  # all the phrase names
            comma = text.find(",", words.spans[i][1])
            stop = comma if comma >= 0 else len(text)
            out.update(
                folded[k]
                for k in range(i + 1, len(folded))
                if capital[k] and words.spans[k][0] < stop
            )
    return out


def _teller_before(folded: list[str], capital: list[bool], i: int) -> set[str]:
    """The capitalised words of the name right before word i, across the small words inside
    it ("the Institute for Coastal Studies at the University of Lisle")."""
    out = set()
    k = i - 1
    while k > 0:
        if capital[k]:
            out.add(folded[k])
            k -= 1
            continue
        j = k
        while j > 0 and k - j < TELLER_JOINS and folded[j] in TELLER_JOINERS:
            j -= 1
        if j == k or not capital[j]:
            break
        k = j
    return out


TELLER_JOINS = 2  # small words in a row inside one name ("at the")


def names_in(words: Any) -> set[str]:
    """The capitalised words of a sentence after its first, dates' names and codes ("Q42" of
    "train 7Q42") left out."""
    return {
        low
        for low, capital in zip(words.folded[1:], words.capitalised[1:], strict=True)
        if capital
        and low not in lx.CALENDAR_NAMES
        and low not in lx.STOPWORDS
        and not any(ch.isdigit() for ch in low)
    }


# "When will the works start?" asks a plan: "are scheduled to begin on 9 May" tells it
AHEAD_QUESTION = re.compile(
    r"\b(?:will|shall|due|expected|scheduled|planned|going\s+to|set\s+to)\b", re.IGNORECASE
)


def _only_intended(terms: list[Any], choice: Any) -> bool:
    """Whether the question's verb (its last ordinary word: "When was the bridge built?")
    stands in a peer only as what someone means to do ("shortlisted three companies to design
    and build a replacement"), so the peer's date is of something else."""
    from sourcedesk.answer.spans import is_anchor  # late: cycle

    ordinary = [t for t in terms if not t.is_name]
    if not ordinary:
        return False
    verb, words = ordinary[-1], choice.cand.words
    places = [p for p, key in enumerate(words.keys) if is_anchor(verb, key, words.folded[p])]
    return bool(places) and all(_after_to(words.folded, p) for p in places)


def _event_elsewhere(terms: list[Any], choice: Any) -> bool:
    """Whether the question's verb (its last ordinary word) stands in a peer only in another
    clause than the peer's date, a participle's clause counting apart ("Ortiz won an award in
    2004 for facing down a carjacker, ending with the carjacker's death"): the date is not of
    the event asked about."""
    from sourcedesk.answer.spans import is_anchor  # late: cycle

    ordinary = [t for t in terms if not t.is_name]
    if not ordinary or choice.span is None:
        return False
    verb, words, text = ordinary[-1], choice.cand.words, choice.cand.passage.text
    places = [p for p, key in enumerate(words.keys) if is_anchor(verb, key, words.folded[p])]
    opener = OPENING_PARTICIPLE.match(text)
    if opener and places and all(words.spans[p][0] < opener.end() for p in places):
        # "Born in Nashville, Page left … in 1950": the opening phrase has its own time
        return choice.span.start >= opener.end()
    own = clause_of(text, choice.span.start, EVENT_CLAUSE_JOIN)
    return bool(places) and all(
        clause_of(text, words.spans[p][0], EVENT_CLAUSE_JOIN) != own for p in places
    )


def _after_to(folded: list[str], p: int) -> bool:
    """ "to build", "to design and build"."""
    if p >= 1 and folded[p - 1] == "to":
        return True
    return p >= 3 and folded[p - 3] == "to" and folded[p - 1] in ("and", "or")


def is_increment(text: str, span: Any) -> bool:
    """Whether a figure counts an addition to a total ("two more victims", "another three",
    "five additional cases"), not the total itself."""
    after = text[span.end : span.end + 12].lower()
    before = text[max(0, span.start - 16) : span.start].lower()
    return INCREMENT_AFTER.match(after) is not None or INCREMENT_BEFORE.search(before) is not None


def _counts_other_tally(question: Question, choice: Any) -> bool:
    """Whether a peer's figure counts another tally than the one asked ("shot" for "How many
    were killed?")."""
    from sourcedesk.answer.figures import asked_tally, other_tally  # late: cycle

    span = choice.span
    return span is not None and other_tally(
        asked_tally(question), choice.cand.passage.text, span.start, span.end
    )


def in_asked_clause(terms: list[Any], choice: Any) -> bool:
    """Whether a peer's value stands in the clause of its sentence that holds most of the
    question (any clause, when no clause stands out)."""
    from sourcedesk.answer.spans import question_positions

    text, words = choice.cand.passage.text, choice.cand.words
    asked = clause_most_asked(text, words, question_positions(terms, words), PEER_CLAUSE_JOIN)
    return not asked or clause_of(text, choice.span.start, PEER_CLAUSE_JOIN) in asked


def event_words(terms: list[Any]) -> list[Any]:
    """The question's words that tell its event: not names, years or figures (light ones
    count too, unlike `retrieve.ordinary_terms`)."""
    return [t for t in terms if not t.is_name and t.concept.kind == "word"]


def asked_by_clause(terms: list[Any], cand: Candidate) -> dict[int, set[str]]:
    """For each clause of a sentence (between commas), the ordinary question words it holds."""
    return {clause: set(held) for clause, held in _asked_weights(terms, cand).items()}


def _asked_weights(terms: list[Any], cand: Candidate) -> dict[int, dict[str, float]]:
    """For each clause of a sentence (between commas), the question's event words it holds
    (their match keys) with their weights."""
    from sourcedesk.answer.spans import question_positions  # late: spans imports this module

    text, words = cand.passage.text, cand.words
    held: dict[int, dict[str, float]] = {}
    for p, weight in question_positions(event_words(terms), words):
        clause = held.setdefault(clause_of(text, words.spans[p][0], COMMA_CLAUSE), {})
        clause[words.keys[p]] = max(clause.get(words.keys[p], 0.0), weight)
    return held


MOST_ASKED_SHARE = 0.75  # a clause holding less of the question's weight than this asks less


def _most_asked_clauses(terms: list[Any], cand: Candidate) -> set[int]:
    """The clauses (between commas) that hold most of the question's event words by weight:
    in "no fresh bookings are taken for May, and guests who hold tickets may still attend",
    "Can ticket holders still come?" is asked of the second clause, and the first one's "no"
    denies something else."""
    totals = {clause: sum(held.values()) for clause, held in _asked_weights(terms, cand).items()}
    most = max(totals.values(), default=0.0)
    return {clause for clause, total in totals.items() if total >= MOST_ASKED_SHARE * most}


def _dates_an_asked_word(terms: list[Any], choice: Any) -> bool:
    """Whether a peer's date may be of the asked event: its clause (between commas) holds one
    of the question's ordinary words, or no verb of its own ("In 2015, …, the plant closed";
    "born in Portland, Maine, on 21 September"). "…, was established in 2016 by the chef"
    dates another event."""
    text, words = choice.cand.passage.text, choice.cand.words
    clause = clause_of(text, choice.span.start, COMMA_CLAUSE)
    if not event_words(terms) or clause in asked_by_clause(terms, choice.cand):
        return True
    inside = (
        p for p, (a, _) in enumerate(words.spans) if clause_of(text, a, COMMA_CLAUSE) == clause
    )
    return not any(_past_verb(words.folded[p]) for p in inside)


def _dated_by_its_own_verb(terms: list[Any], choice: Any) -> bool | None:
    """`spans.verb_dating` of a choice's date: True when the asked verb dates it ("the panel
    handed its report on 2 June"), False for another verb ("suspended her in March")."""
    from sourcedesk.answer.spans import question_positions, verb_dating  # late: cycle

    words = choice.cand.words
    anchors = {p for p, _ in question_positions(terms, words)}
    return verb_dating(words, choice.span.start, anchors)


def _past_verb(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 4) or word in lx.IRREGULAR_VERBS


def unsaid_share(terms: list[Any], best: Candidate, peer: Candidate) -> float:
    """The share of what the best sentence holds of the question (by weight) that a peer
    sentence does not: "the old bridge was demolished in 2023" lacks the "opened" of "the
    old bridge was opened in 1931", even when the sentence after it says "opened". Only a
    name may stand around the peer: in the sentences before ("It opened in 1929") or in its
    page's title when the peer names nobody else ("General consumers can expect the Q10 in
    May" on a page headed "T-Mobile …" says it of T-Mobile)."""
    held = {i: terms[i].weight for i, credit in best.matched.items() if credit >= HELD_CREDIT}
    unsaid = sum(
        weight for i, weight in held.items()
        if not (peer.matched.get(i) or (terms[i].is_name and peer.has_term(i)))
    )  # fmt: skip
    return unsaid / sum(held.values()) if held else 0.0


def compare(question: Question, a: Any, b: Any) -> bool | None:
    """True when two answer spans say the same, False when they conflict, None if unclear."""
    if a is None or b is None:
        return None
    if question.qtype == "when":
        clocks = clock_minutes(a.text), clock_minutes(b.text)
        if None not in clocks:  # "about 8.40pm" and "2045 GMT" are two times
            return clocks[0] == clocks[1]
        agreed = dates_agree(a.text, b.text)
        days = _weekday(a.text), _weekday(b.text)
        if agreed is None and None not in days:  # "died on Friday" and "died Thursday"
            return days[0] == days[1]
        return agreed
    tallies = _tally(a.text), _tally(b.text)
    if None not in tallies:  # "nine votes to three" and "6 votes to 5"; "3–2" and "2–1"
        return tallies[0] == tallies[1]
    figures = FIGURE_ONLY.fullmatch(a.text) and FIGURE_ONLY.fullmatch(b.text)
    # "What was the highest temperature …?" is answered by figures too ("39.4C", "38.7 °C")
    measured = _asks_measure(question) and FIGURE.search(a.text) and FIGURE.search(b.text)
    if question.qtype in ("how_many", "how_much") or figures or measured:  # "2.0" and "4.2"
        from sourcedesk.answer.figures import duration_seconds, measure_kind  # late: cycle

        lengths = duration_seconds(a.text), duration_seconds(b.text)
        if None not in lengths:  # "two hours" and "almost three hours"; "2 hours", "120 minutes"
            return lengths[0] == lengths[1]
        if measure_kind(a.text) != measure_kind(b.text):
            return None  # "150 metres" and "more than two years" measure two things
        x, y = number_value(a.text), number_value(b.text)
        if x is None or y is None or _kind_of_figure(a.text) != _kind_of_figure(b.text):
            return None  # "four" robbers and "$108 million" are not two answers to one count
        if x != y and _rounded(a.text, b.text) and abs(x - y) <= ROUNDED_SHARE * max(x, y):
            return True  # "roughly 4,200" rounds "4,214"
        if x != y and (_within_bound(a.text, y, x) or _within_bound(b.text, x, y)):
            return None  # "more than a thousand" fits 1,140: neither the same figure nor another
        return x == y
    if question.qtype in ("who", "which") and _other_part_of_one_name(a.text, b.text):
        return False  # "Judge Miriam Oakhurst" and "Judge Miriam Ashdown": one post, two names
    overlap = _overlap(a.text, b.text)
    return True if overlap >= OVERLAP_AGREES else None


TALLY = re.compile(
    rf"(?P<a>\d+|{lx.NUMBER_WORD_ALTERNATION})\s+votes?\s+to\s+(?P<b>\d+|{lx.NUMBER_WORD_ALTERNATION})"
    r"|(?P<c>\d+)\s?[–-]\s?(?P<d>\d+)",
    re.IGNORECASE,
)


def is_tally(text: str) -> bool:
    """Whether a span is a vote's or a score's two sides ("seven votes to two", "3–2")."""
    return _tally(text) is not None


def _tally(text: str) -> tuple[float, float] | None:
    """The two sides of a vote or a score a span is ("nine votes to three", "3–2"), or None."""
    match = TALLY.fullmatch(text.strip(" ."))
    if match is None:
        return None
    sides = [match.group(g) for g in ("a", "b") if match.group(g)] or [
        match.group("c"),
        match.group("d"),
    ]
    values = [number_value(side) for side in sides]
    return None if None in values else (values[0], values[1])  # type: ignore[return-value]


def _earlier_value(question: Question, choice: Any) -> bool:
    """Whether a peer's figure is told as what a sum or a count was before it changed
    ("fares began at £3 and rose in May", "originally offered £40", "from £40 to
    …"): another time's value, not another telling of the answer's, unless the question asks
    the first one."""
    if question.qtype not in ("how_many", "how_much") or FIRST_ASKED.search(question.text):
        return False
    text, start = choice.cand.passage.text, choice.span.start
    return EARLIER_BEFORE.search(text, max(0, start - EARLIER_REACH), start) is not None


EARLIER_REACH = 40  # characters before a figure that may tell it as the earlier value
EARLIER_BEFORE = re.compile(
    r"\b(?:initially|originally|at\s+first|first|previously|formerly|started\s+at|starting\s+at"
    r"|began\s+at|used\s+to)\b(?:\s+\w+){0,3}\s*$|\bfrom\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
FIRST_ASKED = re.compile(
    r"\b(?:initial(?:ly)?|original(?:ly)?|at\s+first|first|before|previous(?:ly)?|start(?:ed)?)\b",
    re.IGNORECASE,
)


def _within_bound(bounded: str, other: float, bound: float) -> bool:
    """Whether a figure said as a bound ("more than a thousand", "up to 40") holds the other
    figure's value (the bounds the conflicts view reads, `claim_data.FIGURE_BOUNDS`)."""
    low = " ".join(bounded.lower().split())
    kind = next((k for p, k in claim_data.FIGURE_BOUNDS.items() if low.startswith(p + " ")), "")
    if kind == "min":
        return other >= bound
    if kind == "max":
        return other <= bound
    return False


def _rounded(a: str, b: str) -> bool:
    """Whether either figure says it is rounded ("roughly 4,200", "about 200")."""
    return ROUNDED.match(a) is not None or ROUNDED.match(b) is not None


# A figure said to be rounded, and how far from another it may then lie and still agree.
ROUNDED = re.compile(
    r"\s*(?:about|around|roughly|some|approximately|approx\.?|nearly|almost|c\.)\s", re.I
)
ROUNDED_SHARE = 0.03


def _other_part_of_one_name(a: str, b: str) -> bool:
    """Whether two person's names of two words each share one of them and differ in the
    other: the same given name with another surname, or the reverse."""
    x, y = _name_words(a), _name_words(b)
    if len(x) != 2 or len(y) != 2:
        return False
    return (x[0] == y[0]) != (x[1] == y[1])


def _one_post_two_names(question: Question, best: Any, choice: Any) -> bool:
    """Whether both sentences give the asked post ("judge") right before the two names, one
    part of which differs: one post told with two names, whatever else the sentences say."""
    post = fold(question.focus or "")
    if not post or best.span is None or choice.span is None:
        return False
    if not _other_part_of_one_name(best.span.text, choice.span.text):
        return False
    return all(_post_before(c.cand.passage.text, c.span, post) for c in (best, choice))


def _post_before(text: str, span: Any, post: str) -> bool:
    """Whether the post stands just before the name or opens the answer ("Judge Ada Venn")."""
    words = re.findall(r"[^\W\d_]+", text[max(0, span.start - 40) : span.start])
    before = [fold(w) for w in words[-POST_REACH:]] + [fold(w) for w in span.text.split()[:1]]
    return post in before


POST_REACH = 2  # words between a post and the name it goes with ("judge Ada Venn")


def _name_words(text: str) -> list[str]:
    """A name's words without titles before it ("Judge", "Dr"); [] when a word is no name's."""
    words = [w.strip(".,'’") for w in text.split()]
    while words and fold(words[0]) in NAME_TITLES:
        words = words[1:]
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return []
    return [fold(w) for w in words]


NAME_TITLES = lx.TITLE_WORDS | lx.HONORIFICS | lx.words("judge justice professor")


# A figure and at most one word after it ("4.2", "$12 billion", "30 percent"), whatever was asked
FIGURE_ONLY = re.compile(
    r"(?:about |some |nearly |almost )?[$€£¥]?\d[\d,.]*(?:\s?%|\s?°\s?[CF]|\s?[a-z]+)?", re.I
)


def sentences_agree(question: Question, a: str, b: str) -> bool | None:
    """True when two sentences share most of what they say besides the question's words
    ("severed relations on 12 July" and "established relations in 1961" share only the
    question's "relations"), and both say it or both deny it ("Ukraine did not respond
    strongly" does not agree with "Ukraine severed relations"), else None: sentences are not
    set against each other."""
    if denies(a) != denies(b):
        return None
    asked = {fold(w) for w in re.findall(r"\w+", question.text)}
    overlap = _overlap(a, b, ignored=asked | lx.WEAK_WORDS)  # not "two countries" alone
    return True if overlap >= OVERLAP_AGREES else None


def holds_value(question: Question, span: Any, text: str) -> bool:
    """Whether a sentence states the answer's own value somewhere, whichever of its values
    was picked from it: the same figure, or the same date as written."""
    if span is None:
        return False
    if question.qtype in ("how_many", "how_much"):
        value = number_value(span.text)
        low = text.lower()
        return value is not None and (
            any(number_value(_with_sign(low, m)) == value for m in FIGURE.finditer(low))
            or (value >= 2 and any(number_value(w) == value for w in NUMBER_WORD.findall(low)))
        )  # "The three shop clerks, two men and a woman, died": three, told in words ("one"
        # stands in too many phrases to count)
    value = span.text.strip(" .,")
    told = [m.start() for m in re.finditer(re.escape(value), text, re.IGNORECASE)]
    if not told:
        return fold(value) in fold(text)  # written with other accents or quotes
    # "arrested on Tuesday, Dressler said at a briefing Wednesday": the day it was said
    return any(not lx.ATTRIBUTION.search(text[max(0, at - 50) : at]) for at in told)


def _with_sign(text: str, figure: re.Match[str]) -> str:
    """A figure with the currency sign written right before it ("£2m" of "from £2m to"): its
    scale letter means millions only after a sign ("2m" alone is metres)."""
    sign = SIGN.search(text, max(0, figure.start() - 3), figure.start())
    return text[sign.start() : figure.end()] if sign else figure.group(0)


def date_parts(text: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a date expression; None for the parts it does not give."""
    low = text.lower()
    year = re.search(r"\b(1\d{3}|20\d{2})\b", low)
    month = None
    for i, name in enumerate(lx.MONTHS, start=1):
        if re.search(rf"\b{name[:3]}", low):
            month = i
            break
    day = re.search(r"\b([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b", re.sub(r"\d{4}", "", low))
    return (
        int(year.group(1)) if year else None,
        month,
        int(day.group(1)) if day and month else None,
    )


def clock_minutes(text: str) -> int | None:
    """Minutes after midnight of the one time of day a span gives ("8.40pm", "20:45", "2045
    GMT", "9 p.m.", "noon"); None when it gives none, or a date besides."""
    times = list(lx.CLOCK.finditer(text))
    rest = lx.CLOCK.sub(" ", text)
    if len(times) != 1 or any(part is not None for part in date_parts(rest)):
        return None
    low = times[0].group(0).lower()
    if low in ("noon", "midnight"):
        return 12 * 60 if low == "noon" else 0
    digits = re.findall(r"\d+", low)
    if len(digits) == 1 and len(digits[0]) > 2:  # "2045 GMT"
        digits = [digits[0][:-2], digits[0][-2:]]
    hour, minute = int(digits[0]), int(digits[1]) if len(digits) > 1 else 0
    if AFTERNOON.search(low) and hour < 12:
        hour += 12
    elif MORNING.search(low) and hour == 12:
        hour = 0
    return hour * 60 + minute if hour < 24 and minute < 60 else None


AFTERNOON = re.compile(r"\dp\.?m\b|\sp\.?m\b")
MORNING = re.compile(r"\da\.?m\b|\sa\.?m\b")


def _weekday(text: str) -> int | None:
    """The day of the week a date names, when it is one and nothing more ("on Friday")."""
    words = text.strip(" .,").lower().split()
    if words and words[0] in WEEKDAY_LEADS:
        words = words[1:]
    return WEEKDAYS.get(words[0]) if len(words) == 1 else None


WEEKDAY_LEADS = lx.words("on last early late")


# A date that ends a span of days whose first day stands just before it ("from 3 to").
RANGE_OPENING = re.compile(r"\bfrom\s+(\d{1,2})\s*(?:to|until|till|-|–)\s*$", re.IGNORECASE)


def _range_from(best: Any, choice: Any) -> bool:
    """Whether a peer's date closes a span of days ("from 4 to 19 May 2024") that opens on
    the answer's day: the two tell one start."""
    if best.span is None or choice.span is None:
        return False
    text = choice.cand.passage.text
    opening = RANGE_OPENING.search(text, max(0, choice.span.start - 20), choice.span.start)
    if opening is None:
        return False
    start_day = re.sub(r"^\d{1,2}", opening.group(1), choice.span.text.strip(), count=1)
    return start_day != choice.span.text.strip() and dates_agree(best.span.text, start_day) is True


def dates_agree(a: str, b: str) -> bool | None:
    """Whether two dates can be the same day (None when they share no part to compare)."""
    pa, pb = date_parts(a), date_parts(b)
    shared = [(x, y) for x, y in zip(pa, pb, strict=True) if x is not None and y is not None]
    if not shared:
        return None
    return all(x == y for x, y in shared)


def _kind_of_figure(text: str) -> str:
    """What a figure measures, as far as its own text says: a sum of money (and which
    currency), a share, or a plain count or amount."""
    currency = currency_of(text)
    if currency:
        return "money:" + currency
    low = text.lower()
    return "share" if "%" in text or "percent" in low or "per cent" in low else "count"


def number_value(text: str) -> float | None:
    """The value of a figure: digits with separators, a scale word, or a small number word."""
    low = fold(text)
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)  # folding drops the point of "22.6bn"
    value = float(match.group(0).replace(",", "")) if match else _word_number(low)
    if value is None and A_SCALE.search(low):
        value = 1.0  # "a million people", "a thousand homes"
    if value is None:
        return None
    if not match and AND_A_HALF.search(low):
        value += 0.5  # "six and a half per cent"
    if not match and COUNTED_ON.search(low):
        return _counted_words(low) or value  # "four thousand two hundred"
    glued = GLUED_SCALE.search(text.lower())
    if glued and (len(glued.group(1)) > 1 or SIGN.search(text)):
        return value * _GLUED[glued.group(1)]  # "$22.6bn", "£48m" (a bare "41m" is metres)
    for word, scale in _SCALE.items():
        if word in low:
            value *= scale
    if not match and HUNDRED.search(low):
        value *= 100  # "two hundred", "two hundred thousand"
    return value


AND_A_HALF = re.compile(r"\band a half\b")
PART_AFTER = re.compile(r"\s+(?:other|others|more|further)\b", re.IGNORECASE)
# A count that goes with someone or something named before it ("with eleven other members",
# "Orsa and three other towns"), not "Five other people were injured" besides the dead.
PART_WITH = re.compile(
    r"\b(?:with|and|alongside|among)\s+(?:(?:the|its|their|his|her|[\w-]+['’]s?)\s+){0,2}$",
    re.IGNORECASE,
)  # "alongside the farm's three other ponies"


def _picked_from_a_group(choice: Any) -> bool:
    """Whether the choice's figure picks members out of a group ("One of the climbers", "two of
    its drivers") rather than counting the group."""
    return PICKED_FROM.match(choice.cand.passage.text, choice.span.end) is not None


PICKED_FROM = re.compile(r"\s+of\s+(?:the|its|their|his|her|those|these)\b", re.IGNORECASE)


def _sought_value(choice: Any) -> bool:
    """Whether the choice's figure is one somebody asked, appealed or called for ("an appeal to
    have the fine cut to £4,000", "the union is seeking 12%"), not one in force."""
    text = choice.cand.passage.text
    before = text[max(0, choice.span.start - SOUGHT_REACH) : choice.span.start]
    return SOUGHT_BEFORE.search(before) is not None


SOUGHT_REACH = 80
SOUGHT_BEFORE = re.compile(
    r"\b(?:appeal(?:ed|ing|s)?|ask(?:ed|ing|s)?|call(?:ed|ing|s)?\s+for|press(?:ed|ing)?\s+for|"
    r"push(?:ed|ing)?\s+for|sought|seek(?:ing|s)?|demand(?:ed|ing|s)?|propos(?:ed|ing|al|es)|"
    r"want(?:ed|ing|s)?|hop(?:ed|ing|es)|urg(?:ed|ing|es))\b[^.;:]{0,60}?"
    r"\b(?:to|for|of)\s+(?:about\s+|around\s+|just\s+|only\s+)?$",
    re.IGNORECASE,
)


def _whole_including_asked(terms: list[Any], choice: Any) -> bool:
    """Whether the choice's figure is a whole that the sentence then says includes what the
    question asks about ("debts of about £9m in all, including rent owed to the council" for
    "How much rent did the club owe the council?"): the asked words stand only after the
    "including"."""
    from sourcedesk.answer.spans import question_positions  # late: cycle

    text, words = choice.cand.passage.text, choice.cand.words
    found = INCLUDING.search(text, choice.span.end)
    if found is None:
        return False
    asked = [words.spans[p][0] for p, _ in question_positions(event_words(terms), words)]
    return bool(asked) and all(at >= found.end() for at in asked)


INCLUDING = re.compile(r"\b(?:including|includes|included|of\s+which)\b", re.IGNORECASE)


def part_count(text: str, span: Any) -> bool:
    """Whether a figure counts some besides one already named: "with eleven other members"."""
    before = text[max(0, span.start - 40) : span.start]
    return bool(PART_AFTER.match(text, span.end)) and bool(PART_WITH.search(before))


A_SCALE = re.compile(r"\ba (?:hundred|thousand|million|billion)\b")
# A number told in words that counts on after its scale ("four thousand two hundred").
COUNTED_ON = re.compile(
    rf"\b(?:hundred|thousand|million)\s+(?:and\s+)?(?:{lx.TENS_WORDS}|{lx.UNIT_WORDS}|ten|eleven"
    r"|twelve|\w+teen)\b"
)


def _counted_words(low: str) -> float | None:
    """The value of a run of number words with scales inside it: "three hundred and twelve"
    is 312, "four thousand two hundred" is 4,200."""
    total, current, seen = 0.0, 0.0, False
    for word in re.findall(r"[a-z]+", low):
        if word == "hundred":
            current = (current or 1.0) * 100
        elif word in _SCALE:
            total += (current or 1.0) * _SCALE[word]
            current = 0.0
        elif word in _COUNTING_VALUES:
            current += _COUNTING_VALUES[word]
        elif word in ("and", "a") or not seen:
            continue
        else:
            break  # "… two hundred signatures": the words after the number
        seen = True
    return total + current if seen else None


# Number words that count ("one" to "ninety"), not shares or multiples ("half", "twice").
_COUNTING_VALUES = {
    word: value
    for word, value in _WORD_NUMBERS.items()
    if value >= 1 and value == int(value) and word not in ("twice", "thrice")
}
HUNDRED = re.compile(r"\bhundred\b")


def _word_number(low: str) -> float | None:
    """The value of the first number word in a folded text: "twelve", "twenty-five"."""
    found = WORD_NUMBER.search(low)
    if found is None:
        return None
    if found.group("tens"):
        unit = found.group("unit")
        return float(_WORD_NUMBERS[found.group("tens")] + (_WORD_NUMBERS[unit] if unit else 0))
    return float(_WORD_NUMBERS[found.group("word")])


def _overlap(a: str, b: str, ignored: frozenset[str] | set[str] = frozenset()) -> float:
    wa = {fold(w) for w in re.findall(r"\w+", a)} - lx.STOPWORDS - ignored
    wb = {fold(w) for w in re.findall(r"\w+", b)} - lx.STOPWORDS - ignored
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def yes_or_no(
    question: Question, cand: Candidate, terms: list[Any] | None = None, *, plans: bool = True
) -> str:
    """Yes, unless the sentence negates what the question asserts (or the reverse), or says
    the opposite of one of its words ("Did they win?": "they lost"). With `plans` false, a
    thing told only as planned or possible counts as told."""
    words = set(cand.words.folded)
    contradicted = cand.contradicted(terms) if terms else []
    opposite = bool(contradicted)
    negated = (
        (_negation_in_scope(cand, terms) and not _negation_of_other_conjunct(cand, contradicted))
        # "declined to comment", "severed ties"; a denying verb that is the opposite of the
        # question's ("Did it accept the offer?": "rejected the offer") is counted once, below
        or (not opposite and _denying_verb(question, cand.words, cand.passage.text))
        or bool(words & lx.DOUBTING_WORDS)  # "it is unlikely to have been arson"
        or bool(words & ZERO_COUNTS)  # "Deaths: 0", "nobody was killed" answer "Was anyone killed?"
    )
    negated = (
        negated or other_object(question, cand) or _unrealised(question, cand, terms or [], plans)
    )
    if ASKED_BEFORE.search(question.text) and FIRST_TIME.search(cand.passage.text):
        negated = (
            True  # "Had it ever been cancelled before?": "the first cancellation in its history"
        )
    if opposite:
        negated = not negated  # "lost" for "win", and "did not lose" for "win" again
    if _denial_asked_untold(question, cand):
        negated = not negated  # "Has it ruled out recognising them?": "it recognised them"
    return "No" if negated != question.negated else "Yes"


def _negation_of_other_conjunct(cand: Candidate, contradicted: list[Any]) -> bool:
    """Whether every "not" before the word that says the opposite of the question's stands in
    an earlier conjunct ("were not touched and stayed open" for "Were the rooms closed?"): it
    denies that other predicate, not the opposite, which then says "No" alone."""
    if not contradicted:
        return False
    text, words = cand.passage.text, cand.words
    opposites = set().union(*(t.opposite for t in contradicted))
    places = [k for k, w in enumerate(words.folded) if stem(w) in opposites]
    if not places:
        return False
    at = words.spans[places[0]][0]
    before = [m for m in NEGATION.finditer(text) if m.start() < at]
    return bool(before) and all(CONJUNCT_JOIN.search(text, m.end(), at) is not None for m in before)


CONJUNCT_JOIN = re.compile(r"\b(?:and|but)\b")


def _denial_asked_untold(question: Question, cand: Candidate) -> bool:
    """Whether the question asks whether something was denied or held back ("Has North Korea
    ruled out recognising …?") and the sentence has no such phrase: it tells the thing done."""
    asked = [match_key(fold(w)) for w in re.findall(r"[\w'’]+", question.text)]
    said = [match_key(w) for w in cand.words.folded]
    for phrase in DENYING_PHRASES:
        keys = tuple(match_key(w) for w in phrase)  # "rule out" asked, "ruled out" said
        if _phrase_at(asked, keys) and not _phrase_at(said, keys):
            return True
    return False


def _phrase_at(keys: list[str], phrase: tuple[str, ...]) -> bool:
    return any(tuple(keys[i : i + len(phrase)]) == phrase for i in range(len(keys)))


# "an alarm that should have woken the crew", "was meant to close": what was due, not done
UNREALISED = re.compile(
    r"\b(?:should|would|could|might|ought\s+to)\s+have\s+(?:been\s+)?$"
    r"|\b(?:supposed|meant|designed|intended|expected)\s+to\s+(?:have\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)


def _unrealised(question: Question, cand: Candidate, terms: list[Any], plans: bool) -> bool:
    """Whether the question's verb stands in the sentence only as what should have happened
    ("a smoke alarm that should have woken the crew failed to sound" does not say it woke
    them) or, to a question of what happened or is so, only as what is planned, possible or
    to come ("The county plans to close the school" does not say it closed)."""
    from sourcedesk.answer.spans import question_positions  # late: cycle

    words, text = cand.words, cand.passage.text
    asks_what_is = plans and not ASKS_WHAT_MAY_BE.search(question.text)

    def before(p: int) -> tuple[int, int]:
        return max(0, words.spans[p][0] - 60), words.spans[p][0]

    def to_come(p: int) -> bool:
        return asks_what_is and IRREALIS.search(text, *before(p)) is not None

    verbs = [
        p
        for p, _ in question_positions(terms, words)
        if (_past_form(words.folded[p]) and words.folded[p] not in lx.AUXILIARIES) or to_come(p)
    ]
    return bool(verbs) and all(
        UNREALISED.search(text, *before(p)) is not None or to_come(p) for p in verbs
    )


# A question that itself asks of what may come or is planned ("Will …?", "Is it going to …?",
# "Does the county plan to …?"): a plan in the sentence answers it.
ASKS_WHAT_MAY_BE = re.compile(
    r"^\W*(?:will|would|could|may|might|shall|can|should)\b|\bgoing\s+to\b|\bplan"
    r"|\bintend|\bexpect|\blikely\b|\bset\s+to\b|\bdue\s+to\b|\bpropos|\bconsider",
    re.IGNORECASE,
)
# What a sentence only plans, weighs, hopes for or holds possible, right before the word: "plans
# to close", "is considering selling", "may take legal action", "said he would retire".
IRREALIS = re.compile(
    r"\b(?:may|might|could|would|will|shall|can)\s+(?:(?:not|also|still|soon|then|now|be|have)\s+)?"
    r"(?:[a-z-]+\s+){0,2}$"
    r"|\b(?:plans?|planned|planning|intends?|intended|intending|aims?|aimed|aiming|hopes?|hoped"
    r"|hoping|wants?|wanted|wanting|proposes?|proposed|proposing|proposals?|threatens?|threatened"
    r"|threatening|promised|promises?|pledged|pledges?|vowed|vows?|seeks?|sought|seeking|set|due"
    r"|poised|going|bid|attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|whether)\s+to\s+(?:be\s+)?"
    r"(?:[a-z-]+\s+){0,1}$"
    r"|\b(?:considering|weighing|mulling|exploring|contemplating|discussing)\s+(?:[a-z-]+\s+){0,1}$",
    re.IGNORECASE,
)


def _past_form(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in lx.IRREGULAR_VERBS


# "Deaths: 0", "nobody was hurt", "he heard nothing": none of what was asked
ZERO_COUNTS = frozenset(("0", "zero", "nobody", "nil", "nothing"))
# "Had … ever … before?", "… previously …?": asks about earlier times
ASKED_BEFORE = re.compile(
    r"\b(?:before|previously|earlier)\s*\??\s*$|\bever\b[^?]*\bbefore\b", re.I
)
# "the first cancellation in its history", "for the first time": nothing like it came before
FIRST_TIME = re.compile(
    r"\bfor\s+the\s+first\s+time\b"
    r"|\b(?:the|its|their)\s+first\s+\w+(?:\s+[\w-]+){0,5}?\s+in\s+(?:its|their|the\s+\w+['’]s)\s+"
    r"(?:history|\d+-year\s+history)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(rf"\b(?:{'|'.join(sorted(lx.NEGATIONS))})\b|n['’]t\b", re.IGNORECASE)
NEGATED_OTHER_WORDS = 3  # content words after a "no" that tell what else it denies


def _negation_in_scope(cand: Candidate, terms: list[Any] | None) -> bool:
    """Whether the sentence negates what the question asks: a "not" between the commas of a
    question word, or one whose own clause says too little to deny anything else. "Giving
    evidence in his own defence, he insisted he had no idea what …" gave evidence."""
    text = cand.passage.text
    found = list(NEGATION.finditer(text))
    asked_clauses = _most_asked_clauses(terms or [], cand) if found else set()
    if not asked_clauses:
        return bool(found)
    for negation in found:
        if _manner_after_verb(text, negation):
            continue  # "apologised “without reservation”": how, not whether
        if clause_of(text, negation.start(), COMMA_CLAUSE) in asked_clauses:
            if _after_but(text, cand, terms or [], negation.start()):
                continue  # "treated at the clinic but could not be saved": treated all the same
            if _asked_in_later_conjunct(text, cand, terms or [], negation.end()):
                continue  # "were not touched and stayed open": "Did they stay open?" — yes
            return True
        if _contrast_opening(text, negation):
            continue  # "judged 'on the evidence, not on rumour', and …": denies "rumour"
        if len(_own_clause_words(text, negation)) < NEGATED_OTHER_WORDS:
            return True  # "He did not, in the end, give evidence"
    return False


BUT = re.compile(r"\bbut\b", re.IGNORECASE)


def _asked_in_later_conjunct(text: str, cand: Candidate, terms: list[Any], at: int) -> bool:
    """Whether the question's words after a negation all stand past an "and" or "but" that
    follows it: the "not" denies an earlier predicate of the same subject."""
    from sourcedesk.answer.spans import question_positions  # late: cycle

    words = cand.words
    after = [
        words.spans[p][0]
        for p, _ in question_positions(event_words(terms), words)
        if words.spans[p][0] >= at
    ]
    return bool(after) and CONJUNCT_JOIN.search(text, at, min(after)) is not None


def _after_but(text: str, cand: Candidate, terms: list[Any], at: int) -> bool:
    """Whether a "but" stands between the question's last word before a negation and the
    negation: the "not" belongs to another predicate of the same subject."""
    from sourcedesk.answer.spans import question_positions  # late: cycle

    words = cand.words
    before = [
        words.spans[p][1] for p, _ in question_positions(terms, words) if words.spans[p][1] <= at
    ]
    after = [
        words.spans[p][0] for p, _ in question_positions(terms, words) if words.spans[p][0] > at
    ]
    return bool(before) and not after and BUT.search(text, max(before), at) is not None


def _contrast_opening(text: str, negation: re.Match[str]) -> bool:
    """Whether a "not" opens its comma clause and goes on with words of its own (", not on
    rumour"): it sets those words against what came before and denies nothing else."""
    before = COMMA_CLAUSE.split(text[: negation.start()])[-1]
    if re.search(r"[A-Za-z]", before) or negation.group().lower() != "not":
        return False
    rest = COMMA_CLAUSE.split(text[negation.end() :], maxsplit=1)[0]
    return any(w not in lx.STOPWORDS for w in re.findall(r"[a-z]+", rest.lower()))


MANNER_AFTER_VERB = re.compile(r"\b[a-z]+ed\s+[\"“‘']?$")  # "apologised “without …"


def _manner_after_verb(text: str, negation: re.Match[str]) -> bool:
    """Whether a "without" stands right after a past verb, telling how it was done."""
    return negation.group().lower() == "without" and bool(
        MANNER_AFTER_VERB.search(text, max(0, negation.start() - 30), negation.start())
    )


def _own_clause_words(text: str, negation: re.Match[str]) -> list[str]:
    """The content words of a negation's own clause, before and after it: "and the ferry
    fares are not changed" denies its own subject, "He did not, in the end, …" nothing yet."""
    before = COMMA_CLAUSE.split(text[: negation.start()])[-1]
    rest = COMMA_CLAUSE.split(text[negation.end() :], maxsplit=1)[0]
    return [w for w in re.findall(r"[a-z]+", f"{before} {rest}".lower()) if w not in lx.STOPWORDS]


def _denying_verb(question: Question, words: Any, text: str) -> bool:
    """Whether a verb that undoes or refuses ("declined", "severed", "suspended") governs the
    question's words: one of the next few words is a question word, and the question does not
    ask about that verb itself ("Were relations suspended?" is answered yes by "were
    suspended"; "Did North Korea recognise the regions?" is not denied by "Ukraine severed ties
    after North Korea recognised the regions")."""
    common = [w for w in re.findall(r"\w+", question.text.lower()) if w not in lx.STOPWORDS]
    # "Has the club stopped its trips?": "has suspended all outings" says yes; only a refusal
    # ("declined to stop") says no
    stopping = any(w in lx.NEGATING_VERBS or w in STOPPING_WORDS for w in common)
    denying = REFUSING_VERBS if stopping else lx.NEGATING_VERBS
    asked = {match_key(w) for w in common}
    folded = words.folded
    for i, word in enumerate(folded):
        against = word in CHOOSING_VERBS and folded[i + 1 : i + 2] == ["against"]
        if (word not in denying and not against) or match_key(word) in asked:
            continue
        if i and text[words.spans[i - 1][1] : words.spans[i][0]] == "-":
            continue  # "an open-ended strike": part of a word, no verb
        # what it denies is a thing said in common words, not a name ("severed ties with X"),
        # before a preposition opens what goes with the verb ("ended *with* an agreement")
        reach = AGAINST_REACH if against else DENIED_REACH
        for k in range(i + 1 + against, min(len(folded), i + 1 + against + reach)):
            if folded[k] in DENIAL_ENDS:
                break
            if match_key(folded[k]) in asked and not words.capitalised[k]:
                return True
        if not against and _passive_denial_of(folded, words.capitalised, i, asked):
            return True  # "the plan for a night timetable has been shelved"
        if not against and _refused_request_for(folded, words.capitalised, i, asked):
            return True  # "refused a request by Halvik for the county to meet its bills"
    return _denying_phrase(words, text, asked)


# Word runs that deny, hold back or leave undecided what follows them: "ruled out a cyber
# attack", "stopped short of apologising", "has yet to decide whether to hold an inquiry",
# "repaired rather than replaced".
DENYING_PHRASES = (
    ("ruled", "out"),
    ("rules", "out"),
    ("stopped", "short", "of"),
    ("stops", "short", "of"),
    ("fell", "short", "of"),
    ("falls", "short", "of"),
    ("yet", "to"),
    ("rather", "than"),
    ("instead", "of"),
    ("whether", "to"),
    ("whether", "or", "not", "to"),
)
PHRASE_REACH = 6  # words after a denying phrase that may hold what it denies
SUBJECT_REACH = 12  # words before a phrase that puts something off, within its clause
CLAUSE_MARK = re.compile(r"[,;:()]")


def _denying_phrase(words: Any, text: str, asked: set[str]) -> bool:
    """Whether a denying word run (`DENYING_PHRASES`) is followed within a few words of its
    clause by a question word in common words, and the question does not itself ask about the
    run ("Did the police rule out arson?"). "stopped short of apologising, but offered water"
    denies no offer."""
    folded, capital, spans = words.folded, words.capitalised, words.spans
    for i, word in enumerate(folded):
        for phrase in DENYING_PHRASES:
            if word != phrase[0] or tuple(folded[i : i + len(phrase)]) != phrase:
                continue
            if any(match_key(w) in asked for w in phrase):
                continue
            start = i + len(phrase)
            for k in range(start, min(len(folded), start + PHRASE_REACH)):
                gap = text[spans[k - 1][1] : spans[k][0]]
                if folded[k] in DENIAL_ENDS or _next_clause(folded, k) or CLAUSE_MARK.search(gap):
                    break
                if match_key(folded[k]) in asked and not capital[k]:
                    return True
        for phrase in PUT_OFF_PHRASES:
            placed = word == phrase[0] and tuple(folded[i : i + len(phrase)]) == phrase
            if placed and _said_before(words, text, i, asked):
                return True
    return False


def _next_clause(folded: list[str], k: int) -> bool:
    """Whether word `k` opens another predicate: "but", or "and" before a past verb ("ruled
    out an attack and called the failure mechanical")."""
    if folded[k] == "but":
        return True
    return folded[k] == "and" and k + 1 < len(folded) and _past_form(folded[k + 1])


# Word runs told after what they put off: "a plan to run a ferry was put on hold", "the
# strike has been called off".
PUT_OFF_PHRASES = (("on", "hold"), ("called", "off"), ("put", "off"))


def _said_before(words: Any, text: str, i: int, asked: set[str]) -> bool:
    """Whether a question word in common words stands before word `i` in its clause: a
    passive's subject may run long ("a relief bus for the outlying villages was put on
    hold")."""
    for k in range(i - 1, max(-1, i - 1 - SUBJECT_REACH), -1):
        if CLAUSE_MARK.search(text[words.spans[k][1] : words.spans[k + 1][0]]):
            return False
        if match_key(words.folded[k]) in asked and not words.capitalised[k]:
            return True
    return False


REQUEST_NOUNS = lx.words("application request bid claim demand appeal motion proposal call")
REQUEST_REACH = 14  # words a refused request may run on for ("an application by X for …")


def _refused_request_for(folded: list[str], capital: list[bool], i: int, asked: set[str]) -> bool:
    """Whether a denying verb refuses a request ("rejected an application …", "refused a bid
    …") that holds a question word: what was asked for did not happen."""
    k = i + 1
    if k < len(folded) and folded[k] in lx.words("a an the its their his her"):
        k += 1
    if k >= len(folded) or folded[k] not in REQUEST_NOUNS:
        return False
    return any(
        match_key(folded[j]) in asked and not capital[j]
        for j in range(k + 1, min(len(folded), k + 1 + REQUEST_REACH))
    )


PASSIVE_MARKS = lx.words("been was were is are be")


def _passive_denial_of(folded: list[str], capital: list[bool], i: int, asked: set[str]) -> bool:
    """Whether a passive denying verb ("has been shelved") follows, within a few words, a
    question word it is said of."""
    if i == 0 or folded[i - 1] not in PASSIVE_MARKS:
        return False
    return any(
        match_key(folded[k]) in asked and not capital[k]
        for k in range(max(0, i - 1 - DENIED_REACH), i - 1)
    )


DENIAL_ENDS = lx.words("with as in at by on")  # "the talks ended with an agreement": no denial
# "decided against dragging the fight into the appeals court": no appeal
CHOOSING_VERBS = lx.words("decided decides chose chooses opted opts voted votes advised")
AGAINST_REACH = 7
# Question words that ask whether something stopped: a refusing or ending verb then agrees.
STOPPING_WORDS = lx.words("stop stops stopped pause paused halt cease ceased quit close closed")
REFUSING_VERBS = lx.words("declined declines refused refuses denied denies rejected rejects")


def other_object(question: Question, cand: Candidate) -> bool:
    """Whether the sentence gives the question's verb another object after the same word:
    "Was Breck sentenced to death?" against "Breck was sentenced to life" is a no."""
    words = cand.words
    for match in VERB_OBJECT.finditer(question.text):
        verb, preposition, thing = (fold(g) for g in match.groups())
        if thing in lx.STOPWORDS or thing in words.folded or match_key(thing) in words.keys:
            continue  # the sentence has the object: no other one
        key = match_key(verb)
        for i, word_key in enumerate(words.keys):
            after = words.folded[i + 1 : i + 1 + OBJECT_REACH]
            if word_key == key and preposition in after:
                return True
    return False


# "<verb> to/of/with ... <object>" in a yes-or-no question ("sentenced to death").
VERB_OBJECT = re.compile(
    r"\b([a-z]{3,}(?:ed|en))\s+(to|of|with|for|as)\s+(?:the\s+|a\s+|an\s+)?([a-z]{3,})\b"
)
OBJECT_REACH = 4  # words between the verb and its preposition ("convicting Breck, 47, of")
