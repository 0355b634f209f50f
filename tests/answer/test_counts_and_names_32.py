"""Counts and names as news writes them: "one of the three backup generators" answers "How
many … generators broke down?" (but "every one of their guests" counts nothing), "seven
and a half per cent" is one figure, "St Orsa's General Hospital" is one name, and "Cllr Vell"
is the "Ada Vell" another source names."""

from __future__ import annotations

from sourcedesk.answer.question import read_question
from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk, pages_desk

HOSPITAL = """\
# St Orsa's General Hospital rode out the blackout

At St Orsa's General Hospital, nine patients were moved to Tarnhold early on Monday after one of the three backup generators broke down.

Trustees put reserve money into the wing fund in 2021, drawn by a promised return of seven and a half per cent a year.

St Orsa's General Hospital is run by the Kellmarsh Health Trust.
"""
hospital = page_desk("hospital", HOSPITAL)

WEDDING = """\
# Caterer fined after the Lisle Hall wedding

"Our thoughts are with the couple and every one of their guests," the caterer's owner said.

About 120 guests attended the reception at Lisle Hall in June.
"""
wedding = page_desk("wedding", WEDDING)

council = pages_desk(
    "council",
    {
        "notice.md": """\
# Resignation of a councillor

Cllr Vell chaired the finance committee from May 2019 until May 2024.
""",
        "gazette.md": """\
# Finance chair quits

The finance committee, chaired by councillor Ada Vell, voted 5-2 to invest in the fund.
""",
    },
)


def test_a_possessive_pronoun_is_no_counted_noun() -> None:
    assert read_question("How many of its generators failed?").focus == "generators"
    assert read_question("How many of their staff were hurt?").focus == "staff"


def test_every_one_of_them_is_no_count(wedding: Desk) -> None:
    answer = wedding.ask("How many guests were there?")
    assert answer.answer.startswith("About 120"), answer.answer
    assert not answer.disagreements


def test_one_of_several_answers_how_many(hospital: Desk) -> None:
    answer = hospital.ask("How many of St Orsa's backup generators broke down?")
    assert answer.answer.lower().startswith("one")


def test_a_number_in_words_keeps_its_half(hospital: Desk) -> None:
    answer = hospital.ask("What yearly return did the wing fund promise?")
    assert answer.answer.lower().startswith("seven and a half per cent")


def test_a_saints_possessive_stays_inside_the_name() -> None:
    concepts = read_question("Who runs St Orsa's General Hospital?").concepts
    assert "St Orsa's General Hospital" in [c.surface for c in concepts]
    concepts = read_question("What did Halvik's Ada Vell say?").concepts
    assert "Ada Vell" in [c.surface for c in concepts]  # an owner before a person stays apart


def test_a_councillors_title_and_full_name_are_one_person(council: Desk) -> None:
    answer = council.ask("Who chaired the finance committee?")
    assert "Vell" in answer.answer
    assert not answer.disagreements


FUND = """\
# Fund founder detained

The fund was set up in 2016 by Lisle Brannock-Vey, 61, a former bond trader from Orsa.

A lawyer for Mr Brannock-Vey said his client denied any wrongdoing.
"""
fund = page_desk("fund", FUND)


def test_a_hyphened_surname_alone_asks_the_age_after_the_full_name(fund: Desk) -> None:
    assert fund.ask("How old is Brannock-Vey?").answer.startswith("61")


COMPENSATION = """\
# Compensation for the Vell outage

Selvany Grid has confirmed that households without power for more than 24 hours will receive:

an automatic payment of 85 crowns

Households cut off for more than 24 hours will get 85 crowns, plus 40 crowns for each further 12 hours, up to a maximum of 300 crowns.
"""
compensation = page_desk("compensation", COMPENSATION)


def test_the_most_paid_is_a_sum_not_a_span_of_time(compensation: Desk) -> None:
    answer = compensation.ask("What is the most a household can receive in compensation?")
    assert "24 hours" not in answer.answer.split(" — ")[0], answer.answer
