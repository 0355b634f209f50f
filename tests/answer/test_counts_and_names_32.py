"""Counts and names as news writes them: "one of the two spare pumps" answers "How many …
pumps failed?" (but "every one of the passengers" counts nothing), "six
and a half per cent" is one figure, "St Orsa's General Hospital" is one name, and "Cllr Vell"
is the "Ada Vell" another source names."""

from __future__ import annotations

from sourcedesk.answer.question import read_question
from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk, pages_desk

HOSPITAL = """\
# St Orsa's General Hospital rode out the blackout

Nine patients at St Orsa's General Hospital were taken to Tarnhold on Monday when one of the two spare water pumps failed.

In 2021 the wing fund told the trustees to expect a yield of six and a half per cent each year from its bonds.

St Orsa's General Hospital is run by the Kellmarsh Health Trust.
"""
hospital = page_desk("hospital", HOSPITAL)

WEDDING = """\
# Ferry firm fined after the Lisle crossing

"We are sorry for every one of the passengers on board," the ferry firm's owner said.

About 120 passengers were on the evening crossing to Lisle in June.
"""
wedding = page_desk("wedding", WEDDING)

council = pages_desk(
    "council",
    {
        "notice.md": """\
# Resignation of a councillor

Cllr Vell chaired the finance committee for five years until May 2024.
""",
        "gazette.md": """\
# Finance chair quits

The plan was approved in March by the finance committee, chaired by councillor Ada Vell.
""",
    },
)


def test_a_possessive_pronoun_is_no_counted_noun() -> None:
    assert read_question("How many of its generators failed?").focus == "generators"
    assert read_question("How many of their staff were hurt?").focus == "staff"


def test_every_one_of_them_is_no_count(wedding: Desk) -> None:
    answer = wedding.ask("How many passengers were there?")
    assert answer.answer.startswith("About 120"), answer.answer
    assert not answer.disagreements


def test_one_of_several_answers_how_many(hospital: Desk) -> None:
    answer = hospital.ask("How many of St Orsa's spare water pumps failed?")
    assert answer.answer.lower().startswith("one")


def test_a_number_in_words_keeps_its_half(hospital: Desk) -> None:
    answer = hospital.ask("What yearly yield did the wing fund tell trustees to expect?")
    assert answer.answer.lower().startswith("six and a half per cent")


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

Lisle Brannock-Vey, 61, who started the fund after a career in shipping, was questioned by police.

Mr Brannock-Vey has not commented.
"""
fund = page_desk("fund", FUND)


def test_a_hyphened_surname_alone_asks_the_age_after_the_full_name(fund: Desk) -> None:
    assert fund.ask("How old is Brannock-Vey?").answer.startswith("61")


COMPENSATION = """\
# Vell outage: compensation for families confirmed

Selvany Grid has confirmed that families without supply for two days or longer will receive:

a single payment of 60 crowns

The regulator said the scheme was fair.

Families cut off for two days or longer get 60 crowns, then 25 crowns a day, with a ceiling of 200 crowns.
"""
compensation = page_desk("compensation", COMPENSATION)


def test_the_most_paid_is_a_sum_not_a_span_of_time(compensation: Desk) -> None:
    answer = compensation.ask("What is the maximum a family can receive as compensation?")
    assert "two days" not in answer.answer.split(" — ")[0], answer.answer
