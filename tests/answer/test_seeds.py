"""Answers over the five real captures (skipped when ../shared/seeds is absent).

The questions are our own words; the checks name only short facts (a year, a name).
"""

from __future__ import annotations

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("When did North Korea and Ukraine establish bilateral relations?", "1992"),
        # the README's example: a desk about two countries' relations asks about theirs
        ("When were diplomatic relations established?", "1992"),
        ("In what year did North Korea close its embassy in Kyiv?", "1998"),
        ("Through which embassy was Ukraine accredited to North Korea?", "Beijing"),
        ("What does KCNA stand for?", "Korean Central News Agency"),
        ("When did Ukraine break off relations with North Korea?", "July 13"),
    ],
)
def test_seed_questions_are_answered_and_cited(
    seeds_desk: Desk, question: str, expect: str
) -> None:
    answer = seeds_desk.ask(question)
    assert not answer.abstained, answer.answer
    said = stated_part(answer.answer) + " " + answer.citations[0].quote
    assert expect in said
    assert_citations_exact(seeds_desk, answer)


@pytest.mark.parametrize(
    "question",
    [
        "When did North Korea reopen its embassy in Kyiv?",
        "When did Moldova cut diplomatic relations with North Korea?",
        "How many North Korean troops were sent to Russia in 2019?",
    ],
)
def test_seed_near_misses_abstain(seeds_desk: Desk, question: str) -> None:
    answer = seeds_desk.ask(question)
    assert answer.abstained, answer.answer
    assert_citations_exact(seeds_desk, answer)


def test_spelling_and_romanisation_variants_reach_the_same_passage(seeds_desk: Desk) -> None:
    british = seeds_desk.ask("When did North Korea recognise the Donetsk People's Republic?")
    russian = seeds_desk.ask("When did Russia recognise the Lugansk People's Republic?")
    for answer in (british, russian):
        assert not answer.abstained, answer.answer
        assert_citations_exact(seeds_desk, answer)
