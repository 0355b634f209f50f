"""A "which <thing>" question is not answered by a lone verb of the sentence: "Which regulator
penalised …?" is the regulator named, not "fined"; "Which chemical leaked …?" is not "shut"."""

from __future__ import annotations

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk, stated_answer

FINE = """\
# Halvik clinics fined over records

On 3 May the Tarvia Data Office fined Halvik Clinics 2 million marks over weak passwords.
The leak at the Orsa works was shut off at 10:20 on Tuesday, the plant said.
"""
fine = page_desk("fine", FINE)


def test_which_regulator_is_the_regulator_not_its_verb(fine: Desk) -> None:
    assert stated_answer(fine, "Which regulator penalised Halvik Clinics?") == (
        "Tarvia Data Office"
    )


def test_which_chemical_is_never_a_verb(fine: Desk) -> None:
    answer = fine.ask("Which chemical leaked out of the Orsa works?")
    assert not answer.answer.lower().startswith("shut"), answer.answer


BURGLARY = """\
# Four held over Orsa museum burglary

Detectives investigating the burglary at the Orsa museum in March have arrested four people.
Detective Inspector Mara Lisle, who is in charge of the case, said two paintings were safe.
Two detectives searched a lock-up in Halvik on Monday, and the detectives found a frame there.
"""
burglary = page_desk("burglary", BURGLARY)


def test_a_common_word_that_opens_a_sentence_is_no_officer_s_name(burglary: Desk) -> None:
    answer = burglary.ask("Which officer is in charge of the burglary investigation?")
    assert not answer.answer.startswith("Detectives"), answer.answer


WARD = """\
# Venn wins the Halvik recount

Councillor Ada Venn, who has represented Ward 2 since 2021, won the recount by four votes.
The inquiry's 146-page report on the Orsa dam spillway was published on Monday.
The Orsa dam's spillway chute is roughly 380 m long.
"""
ward = page_desk("ward", WARD)


@pytest.mark.parametrize(
    "question",
    [
        "How old is Ada Venn?",  # "Ward 2" is no age
        "How wide is the spillway chute of the Orsa dam?",  # "380 m long", "146-page"
    ],
)
def test_a_figure_of_another_kind_is_no_answer(ward: Desk, question: str) -> None:
    answer = ward.ask(question)
    assert answer.abstained, answer.answer


CLUB = """\
# Halvik walking club pauses its trips

The Orsa walking club has suspended all winter outings while it reviews its safety rules.
Ivo Brannock lost the recount by four votes and decided against taking the case to the
appeals court in Tarvia.
The Halvik council declined to stop the night buses to Lisle.
"""
club = page_desk("club", CLUB)


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("Has the Orsa walking club stopped its winter outings?", "Yes"),  # suspended
        ("Did Ivo Brannock take the case to the appeals court?", "No"),  # decided against
        ("Did the Halvik council stop the night buses to Lisle?", "No"),  # declined to
    ],
)
def test_stopping_and_choosing_against(club: Desk, question: str, stated: str) -> None:
    assert stated_answer(club, question) == stated
