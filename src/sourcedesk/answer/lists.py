"""Questions that ask for a number of things ("which two regions ...?").

Such a question is answered by a sentence that names that many things side by side ("the
Arlen and Tessin People's Republics"), even when a sentence ranked above it only speaks of
"the two regions" or names things of another kind ("after Russia and Belarus" answers no
question about regions).
"""

from __future__ import annotations

import re
from itertools import pairwise

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.extractive import all_spans
from sourcedesk.answer.people_places import after_place_word, asks_person, is_country_word
from sourcedesk.answer.phrases import joins_names
from sourcedesk.answer.question import Question
from sourcedesk.answer.retrieve import Candidate, SentenceWords, Term
from sourcedesk.answer.spans import Span, token_range
from sourcedesk.answer.variants import fold

__all__ = ["asked_count", "coordinated_items", "fits"]

COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
COUNT_ASKED = re.compile(
    r"\b(?:which|what|the|name)\s+(two|both|three|four|five|six|[2-6])\b", re.IGNORECASE
)
ITEM_KINDS = ("name", "item")
# Focus nouns whose items are parts of a country, so a country is not one of them.
SUBNATIONAL_FOCUS = lx.words("regions provinces territories districts areas republics counties")


def asked_count(question: Question) -> int:
    """How many things the question asks for ("which two regions" -> 2), or 0."""
    match = COUNT_ASKED.search(question.text)
    if not match or not _counts_focus(question, match):
        return 0
    word = match.group(1).lower()
    return COUNTS.get(word, int(word) if word.isdigit() else 0)


def _counts_focus(question: Question, match: re.Match[str]) -> bool:
    """ "Which two regions" counts what is asked; "the two countries" in "What kind of
    relations did the two countries have?" counts the asker's subject, not the answer."""
    if not match.group(0).lower().startswith("the"):
        return True
    following = question.text[match.end() :].split()
    noun = following[0].strip("?,.").lower() if following else ""
    return bool(question.focus) and noun == question.focus.lower()


def coordinated_items(
    question: Question, terms: list[Term], cand: Candidate, count: int
) -> list[Span] | None:
    """At least `count` names of a sentence joined by commas or "and", or None."""
    text = cand.passage.text
    spans = sorted(
        (
            s
            for s in all_spans(question, terms, cand)
            if s.kind in ITEM_KINDS and fits(question, cand, s)
        ),
        key=lambda s: s.start,
    )
    runs: list[list[Span]] = []
    for left, right in pairwise(spans):
        joined = joins_names(text, left.end, right.start) and not _place_and_country(
            text, left, right
        )
        if joined and runs and runs[-1][-1] is left:
            runs[-1].append(right)
        elif joined:
            runs.append([left, right])
    kept = [of_the_asked_kind(question, run) for run in runs]
    fitting = [run for run in kept if len(run) >= count]
    return min(fitting, key=len) if fitting else None


def of_the_asked_kind(question: Question, run: list[Span]) -> list[Span]:
    """The items of a run but those a building's or a road's name shows to be of another kind
    than the asked one ("Which schools shut?": "Kestrel Lane Primary School and the B4170";
    "Which airlines …?": not "Aldermoor Airport"); a road's code is kept when a road is asked."""
    focus = fold(question.focus)
    asked = focus[:-1] if focus.endswith("s") and focus[:-1] in lx.STRUCTURE_HEADS else focus
    if not asked:
        return run

    def other_kind(span: Span) -> bool:
        head = fold(span.text.split()[-1]) if span.text.split() else ""
        if any(c.isdigit() for c in span.text):
            return asked not in ROAD_FOCUS  # "the B4170" is a road
        return head in lx.STRUCTURE_HEADS and head != asked

    return [span for span in run if not other_kind(span)]


ROAD_FOCUS = lx.words("road roads route routes highway motorway street streets")


def _place_and_country(text: str, left: Span, right: Span) -> bool:
    """Whether two names are a place and the country it lies in ("in Kessby, Wales"),
    not two items of a list."""
    return text[left.end : right.start].strip() == "," and is_country_word(fold(right.text))


def fits(question: Question, cand: Candidate, span: Span) -> bool:
    """A country is not one of the regions a question asks for, and a place is not one of the
    people ("her cousin Tomas Hale, who lives in Dover, Delaware")."""
    if question.focus in SUBNATIONAL_FOCUS and is_country_word(fold(span.text)):
        return False
    return not (_asks_people(question) and _placed(cand.passage.text, cand.words, span))


def _asks_people(question: Question) -> bool:
    """Whether the things asked for are people: "which siblings", "which officials"."""
    focus = question.focus.lower()
    singular = focus[:-1] if focus.endswith("s") else focus
    kin = focus in lx.KIN_NOUNS or singular in lx.KIN_NOUNS
    return kin or focus in lx.PEOPLE_WORDS or asks_person(question)


def _placed(text: str, words: SentenceWords, span: Span) -> bool:
    """Whether a name stands where a place does: after "in", "near" … ("in Nashville"), a
    country's name, or the larger place after a comma ("Nashville, Tennessee")."""
    first, _last = token_range(words, span.start, span.end)
    if first < 0:
        return False
    if after_place_word(words, first) or is_country_word(words.folded[first]):
        return True
    if first < 1 or text[words.ends[first - 1] : words.starts[first]].strip() != ",":
        return False
    run = first - 1  # the first word of the name before the comma
    while run > 0 and words.capitalised[run - 1] and words.ends[run - 1] + 1 == words.starts[run]:
        run -= 1
    return words.capitalised[first - 1] and after_place_word(words, run)
