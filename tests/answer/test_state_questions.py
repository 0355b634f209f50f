"""Questions about how things stand get the sentence that says it, and agreement between
whole sentences counts what they say, not the question's words they share."""

from __future__ import annotations

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, desk_of, stated_answer


def test_state_of_relations_is_answered_with_the_whole_sentence(fiction: Desk) -> None:
    stated = stated_answer(
        fiction, "What is the state of relations between Brennmark and Valdoria?"
    )
    assert stated == "Brennmark severed diplomatic relations with Valdoria on 12 July 2022"


def test_how_relations_stand_is_answered_with_the_whole_sentence(fiction: Desk) -> None:
    stated = stated_answer(fiction, "How are relations between Brennmark and Valdoria?")
    assert stated.startswith("Brennmark severed diplomatic relations")


def test_nature_of_a_dispute_is_not_cut_to_one_word(fiction: Desk) -> None:
    stated = stated_answer(fiction, "What is the nature of the dispute over the Grey Sound?")
    assert "long dispute over fishing rights" in stated


def test_sentences_sharing_only_the_questions_words_do_not_agree(fiction: Desk) -> None:
    answer = fiction.ask("What is the state of relations between Brennmark and Valdoria?")
    assert_citations_exact(fiction, answer)
    assert "agree" not in answer.answer
    assert [c.quote for c in answer.citations] == [
        "Brennmark severed diplomatic relations with Valdoria on 12 July 2022."
    ]


def test_whole_sentences_saying_the_same_still_agree(fiction: Desk) -> None:
    answer = fiction.ask("What happened to relations between Valdoria and Brennmark in 1961?")
    assert_citations_exact(fiction, answer)
    assert "2 sources agree" in answer.answer
    assert all("established" in c.quote for c in answer.citations)


def test_the_status_of_relations_is_one_sentence_not_a_list(fiction: Desk) -> None:
    """ "status" is no plural: the answer is the sentence, not names gathered from several."""
    stated = stated_answer(
        fiction, "What is the status of relations between Brennmark and Valdoria?"
    )
    assert stated.startswith("Brennmark severed diplomatic relations"), stated


def test_a_reaction_is_the_sentence_that_tells_it_not_a_name_from_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # a reaction is a deed or a statement: a name or a noun cut from the sentence is none
    page = (
        "Kalvia recalls envoy\n\n"
        "In response to the Norland decision, Kalvia recalled its envoy from Tessby on Monday.\n"
    )
    with desk_of(tmp_path_factory, {"envoy.txt": page}) as desk:
        stated = stated_answer(desk, "What was Kalvia's reaction to the Norland decision?")
    assert stated.startswith("In response to the Norland decision, Kalvia recalled its envoy")
