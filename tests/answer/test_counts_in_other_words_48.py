"""A count asked in the reader's words: when the top sentence names the very thing the question
counts and gives its figure, it answers though the question's verb is another word for the
sentence's ("blame" for "identified"); a count of the thing said of nothing the question asks
("fined") still abstains."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

BROOK = """\
# Brook pollution traced to farms

By Ada Quint | 4 August 2025

The agency's report named three farms upstream of the Orsa weir as where the slurry in the brook came from.

Inspectors tested the brook's water in five places during July.
"""

brook = pages_desk("brook", {"brook.md": BROOK})


def test_a_count_of_the_asked_thing_answers_in_other_words(brook: Desk) -> None:
    answer = brook.ask("How many farms upstream did the report blame?")
    assert answer.answer.startswith("Three"), answer.answer
    assert_citations_exact(brook, answer)


def test_a_count_of_the_thing_for_an_act_never_told_abstains(brook: Desk) -> None:
    assert brook.ask("How many farms along the brook were fined?").abstained
