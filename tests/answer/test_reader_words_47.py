"""The reader's words against the writer's: a derived form the stemmer does not join
("admitted" / "admissions"), and the head of a compound the question asks for ("Which
emergency *service* …?")."""

from __future__ import annotations

from sourcedesk.answer import thesaurus
from sourcedesk.answer.engine import stated_part
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


REVIEW = """\
# Orsa review reports on bus collapse

By Jonas Pell | 14 November 2025

The independent review of the collapse, chaired by Dr Hedda Lorn, made 14 recommendations.
About 6,800 people were evacuated from Kessby and Vell during the floods.
"""

review = pages_desk("review", {"review.md": REVIEW})


def test_an_inquiry_asked_for_is_met_by_the_review_the_pages_name(review: Desk) -> None:
    answer = review.ask("Who chaired the inquiry into the collapse?")
    assert stated_part(answer.answer).endswith("Hedda Lorn"), answer.answer
    count = review.ask("How many recommendations were in the inquiry's report?")
    assert stated_part(count.answer) == "14", count.answer


def test_the_displaced_are_the_evacuated(review: Desk) -> None:
    answer = review.ask("How many people were displaced by the floods?")
    assert stated_part(answer.answer).startswith("About 6,800"), answer.answer


STRIKE = """\
# Orsa tram drivers walk out

By Ilse Marr | 3 March 2025

Tram stops across Orsa stood empty on Monday as drivers started an open-ended walkout over
pay; it is the network's first all-out stoppage for more than thirty years.
Orsa Trams put the fare revenue it lost over the ten days at £2.1 million.
Fuel from the depot was found in Kessby Brook, but none reached the River Tarn.
Orsa Trams will spend £3 million on a backup control room at Vell.
"""

strike = pages_desk("strike", {"strike.md": STRIKE})


def test_a_strike_is_a_walkout_and_a_ticket_a_fare(strike: Desk) -> None:
    answer = strike.ask("How much ticket revenue did Orsa Trams lose during the strike?")
    assert stated_part(answer.answer) == "£2.1 million", answer.answer


def test_open_ended_is_no_ending(strike: Desk) -> None:
    answer = strike.ask("Had there ever been an all-out strike on the network before?")
    assert answer.answer.startswith("Yes "), answer.answer


def test_a_stream_is_the_brook_the_pages_name(strike: Desk) -> None:
    answer = strike.ask("Was fuel from the depot found in a stream?")
    assert answer.answer.startswith("Yes "), answer.answer
    assert "Kessby Brook" in answer.citations[0].quote


def test_a_standby_room_is_the_backup_one(strike: Desk) -> None:
    answer = strike.ask("How much will Orsa Trams spend on a standby control room?")
    assert stated_part(answer.answer) == "£3 million", answer.answer


def test_an_opening_adverb_is_no_name() -> None:
    question = read_question("Altogether, how many people fell ill on the ship?")
    assert [c.kind for c in question.concepts if c.surface == "Altogether"] == ["word"]
    assert read_question("Halvik, how many staff were hurt?").concepts[0].kind == "name"


def test_a_yes_no_question_after_an_opening_time_clause_is_yes_no() -> None:
    question = read_question("When asked at the hearing, did the minister agree to resign?")
    assert question.qtype == "yes_no"
    assert read_question("After the vote, was the pier plan approved?").qtype == "yes_no"
    assert read_question("When was the pier, which had burned, rebuilt?").qtype == "when"
