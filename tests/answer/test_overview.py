"""Overview questions ("What happened between X and Y?", "What is the relationship between
X and Y?") are answered by the sentence that opens the page's account, quoted whole."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

PAGE = """# Valdoria–Tessby relations

Relations between Valdoria and Tessby were suspended in May 2021 after Valdoria recognised the breakaway Orrin republic.

The two countries had traded grain and timber since 1994.

Because this was happening while relations between Valdoria and Orrin were thawing, Tessby did not respond strongly.

In 2023 two Valdorian ships were seized near Tessby.
"""

relations = page_desk("relations", PAGE)


def test_what_happened_is_answered_by_the_opening_account(relations: Desk) -> None:
    answer = relations.ask("What happened between Valdoria and Tessby?")
    assert not answer.abstained
    assert answer.citations[0].quote.startswith("Relations between Valdoria and Tessby")


def test_what_is_the_relationship_is_a_sentence_not_a_number(relations: Desk) -> None:
    answer = relations.ask("What is the relationship between Valdoria and Tessby?")
    assert not answer.abstained
    assert not answer.answer.lower().startswith("two")
    assert answer.citations[0].quote.startswith("Relations between Valdoria and Tessby")


def test_what_happened_to_something_is_an_overview_too(relations: Desk) -> None:
    """ "What happened to relations …?" is not answered by a sentence that says "happening"."""
    answer = relations.ask("What happened to relations between Valdoria and Tessby?")
    assert not answer.abstained
    assert answer.citations[0].quote.startswith("Relations between Valdoria and Tessby")
