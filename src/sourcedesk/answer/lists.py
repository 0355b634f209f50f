"""Questions that ask for a number of things ("which two regions ...?").

Such a question is answered by a sentence that names that many things side by side ("the
Donetsk and Luhansk People's Republics"), even when a sentence ranked above it only speaks of
"the two regions" or names things of another kind ("after Russia and Belarus" answers no
question about regions).
"""

from __future__ import annotations

import re
from itertools import pairwise

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.extractive import all_spans
from sourcedesk.answer.people_places import is_country_word
from sourcedesk.answer.phrases import joins_names
from sourcedesk.answer.question import Question
from sourcedesk.answer.retrieve import Candidate, Term
from sourcedesk.answer.spans import Span
from sourcedesk.answer.variants import fold

__all__ = ["asked_count", "coordinated_items"]

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
            if s.kind in ITEM_KINDS and _fits(question, s)
        ),
        key=lambda s: s.start,
    )
    runs: list[list[Span]] = []
    for left, right in pairwise(spans):
        joined = joins_names(text, left.end, right.start)
        if joined and runs and runs[-1][-1] is left:
            runs[-1].append(right)
        elif joined:
            runs.append([left, right])
    fitting = [run for run in runs if len(run) >= count]
    return min(fitting, key=len) if fitting else None


def _fits(question: Question, span: Span) -> bool:
    """A country is not one of the regions a question asks for."""
    return not (question.focus in SUBNATIONAL_FOCUS and is_country_word(fold(span.text)))
