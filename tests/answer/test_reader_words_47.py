"""The reader's words against the writer's: a derived form the stemmer does not join
("admitted" / "admissions"), and the head of a compound the question asks for ("Which
emergency *service* …?")."""

from __future__ import annotations

from sourcedesk.answer import thesaurus
from sourcedesk.answer.question import read_question
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

CLINIC = """\
# Shortage hits Orsa clinics

By Ilse Marr | 12 March 2026

Doctors at Orsa General have recorded a sharp rise in admissions of patients with poorly
controlled blood pressure since the pills ran short.
The health board said a second supplier would ship tablets from Kessby next week.
"""

clinic = pages_desk("clinic", {"clinic.md": CLINIC})


def test_a_derived_form_meets_the_word_it_comes_from() -> None:
    assert "admission" in thesaurus.derived("admitted")
    assert "decision" in thesaurus.derived("decide")
    assert thesaurus.derived("zzzz") == frozenset()


def test_a_question_in_a_verb_is_answered_by_the_noun_derived_from_it(clinic: Desk) -> None:
    answer = clinic.ask("Were more patients admitted to Orsa General?")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Yes "), answer.answer
    assert "admissions" in answer.citations[0].quote
    assert_citations_exact(clinic, answer)


def test_the_asked_kind_is_the_last_noun_before_the_verb() -> None:
    assert read_question("Which emergency service searched the woods?").focus == "service"
    assert read_question("Which pressure group has called for a review?").focus == "group"
    assert read_question("How many diesel generators were flown in?").focus == "generators"
    assert read_question("How many crew members were aboard?").focus == "crew"
    assert read_question("Which team won the cup?").focus == "team"
