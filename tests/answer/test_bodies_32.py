"""A body asked for is not the place it is based in: "Which company runs the bus network?"
is not answered by "Orsa" of "headquartered in Orsa", and an acronym answer comes with the
name its page spells it out as."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk, pages_desk

BUSES = """\
# Buses back on the road after the depot fire

Tarn Bus Network (TBN) said most routes ran normally by Tuesday.

TBN, which has its head office in Orsa and operates the regional bus network, said 80% of its fleet was back in service.
"""
buses = page_desk("buses", BUSES)


def test_a_company_is_not_the_town_it_is_based_in(buses: Desk) -> None:
    answer = buses.ask("Which company operates the regional bus network?")
    assert not answer.answer.startswith("Orsa"), answer.answer
    # the acronym the sentence gives, with the name its page spells it out as
    assert answer.answer.startswith("TBN (Tarn Bus Network)"), answer.answer


THEFT = """\
# Two held over museum theft

ORSA, May 2 (TNA) - Detectives looking into the theft of a silver chalice from the Orsa museum arrested two men at a flat in Vell on Friday.

Tarn Police said its officers were looking into the theft of the chalice.
"""
theft = page_desk("theft", THEFT)


def test_a_police_force_is_named_by_its_force(theft: Desk) -> None:
    answer = theft.ask("Which police force is looking into the theft?")
    assert answer.answer.startswith("Tarn Police"), answer.answer


SUBSTATION = """\
# Review ordered after the Vell substation fire

The energy minister ordered a review of the Vell substation fire on Tuesday.

Tarn Power puts the cost of the roof repairs at 9 million crowns.
"""
substation = page_desk("substation", SUBSTATION)


def test_the_cost_of_something_else_is_no_answer(substation: Desk) -> None:
    assert substation.ask("What will the review cost?").abstained
    answer = substation.ask("How much will the roof repairs cost?")
    assert answer.answer.startswith("9 million crowns"), answer.answer


two_pages = pages_desk(
    "two_pages",
    {
        "census.md": """\
# Housing in Tarnhold

The Tarnhold Statistics Council (TSC) counted 41,000 homes in the borough in 2020.
""",
        "rowing.md": """\
# Rowing on the Orsa

The rowing club of TSC won the Orsa regatta in 2023 for the third year running.
""",
    },
)


def test_an_acronym_is_spelt_out_only_by_its_own_page(two_pages: Desk) -> None:
    answer = two_pages.ask("Whose rowing club won the Orsa regatta in 2023?")
    assert answer.answer.startswith("TSC —"), answer.answer
