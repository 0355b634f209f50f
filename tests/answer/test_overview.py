"""Overview questions ("What happened between X and Y?", "What is the relationship between
X and Y?") are answered by the sentence that opens the page's account, quoted whole."""

from __future__ import annotations

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, page_desk

PAGE = """# Valdoria–Tessby relations

Relations between Valdoria and Tessby were suspended in May 2021 after Valdoria recognised the breakaway Orrin republic.

The two countries had traded grain and timber since 1994.

Because this was happening as Valdoria and Orrin grew closer, Tessby's reaction was mild.

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


def _news_page(n: int) -> str:
    """A news page whose opening sentence tells the event once, and whose later sentences
    name both countries again and again, so a plain word search ranks them first."""
    later = "\n\n".join(
        f"Valdorian and Tessby officials met again in round {k} of the Valdoria Tessby grain"
        f" talks, and Valdoria and Tessby traded notes on Tessby grain quotas for Valdoria."
        for k in range(1, n + 1)
    )
    return (
        "# Tessby breaks with Valdoria\n\n"
        "Tessby cut diplomatic ties with Valdoria on Monday after Valdoria recognised the Orrin"
        " republic.\n\n" + later + "\n"
    )


def test_an_overview_takes_the_lede_that_a_word_search_ranks_low(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"break.md": _news_page(12)}) as desk:
        answer = desk.ask("What happened between Valdoria and Tessby?")
    assert answer.citations[0].quote.startswith("Tessby cut diplomatic ties"), answer.answer


def test_sentences_sharing_only_counts_and_countries_are_not_told_as_agreeing(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "The two countries had grain trade …" and "… the two countries' envoys met …" share
    only "two", "countries" and one more word: no second source tells the same thing."""
    first = (
        "# Valdoria and Tessby\n\n"
        "The two countries had long grain trade as well as ferry links before the Orrin war"
        " between Valdoria and Tessby.\n"
    )
    second = (
        "# Envoys meet\n\n"
        "Envoys of the two countries, Valdoria and Tessby, met in Orrin to discuss the war.\n"
    )
    with desk_of(tmp_path_factory, {"a.md": first, "b.md": second}) as desk:
        answer = desk.ask("What happened between Valdoria and Tessby?")
    assert "agree" not in answer.answer, answer.answer
