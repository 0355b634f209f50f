"""A person named once with their post and then by the post alone: "The chief executive
resigned on Thursday" tells Mara Vell's resignation on a page that gave her as "Tarn Water's
chief executive, Mara Vell". Someone else with another post is not told of by it."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

TARN = """\
# Tarn Water plant: costs climb again

Tarn Water's chief executive, Mara Vell, defended the desalination plant at a meeting in Orsa on Monday, 3 March 2025.

The plant was meant to open in 2024 but is now two years late.

Councillors asked why the budget had risen to 410 million crowns.

The chief executive resigned on Thursday, 6 March 2025, three days after the meeting.

Her deputy, Tomas Brannock, will lead the company until a successor is found.
"""
tarn = page_desk("tarn", TARN)

HALVIK = """\
# Halvik hospital ran on generators through the outage

Dr Ilse Kellmarsh, the hospital's medical director, praised the night staff.

The fire at the Tarnhold substation began at 2.10am on 4 March 2025.

The director said no patient was harmed during the 19-hour outage.

Grid operator Selvany Power said 48,000 homes lost supply.
"""
halvik = page_desk("halvik", HALVIK)


def test_a_post_stands_for_the_person_named_with_it(tarn: Desk) -> None:
    answer = tarn.ask("When did Mara Vell resign?")
    assert "6 March 2025" in answer.answer.split(" — ")[0]
    assert "resigned" in answer.citations[0].quote


def test_a_yes_no_question_reads_the_post_as_the_person(tarn: Desk) -> None:
    assert tarn.ask("Did Mara Vell resign?").answer.startswith("Yes")


def test_a_person_with_another_post_is_not_told_of(tarn: Desk) -> None:
    assert tarn.ask("When did Tomas Brannock resign?").abstained


def test_a_post_after_the_name_stands_for_it_too(halvik: Desk) -> None:
    answer = halvik.ask("What did Ilse Kellmarsh say about patients?")
    assert not answer.abstained
    assert "no patient was harmed" in answer.answer


ORSA = """\
# Orsa transit chief quits over tram delays

ORSA, June 3 (WPA) – The head of the Orsa Transit Board resigned on Tuesday, 3 June 2025, a week after an audit of the tram extension.

Selma Tarvia, 61, head of the board since 2018, told staff she took responsibility for the delays.

The extension should open in 2027.
"""
orsa_lead = page_desk("orsa_lead", ORSA)


def test_a_lead_names_the_post_and_the_next_sentence_the_person(orsa_lead: Desk) -> None:
    answer = orsa_lead.ask("When did Selma Tarvia resign?")
    assert "3 June 2025" in answer.answer.split(" — ")[0]
