"""Two sources' sums for one thing dispute each other in an answer: "a £2.1m contract" is a sum
(its "m" no metre), so "a £2.6 million contract" on another page is the other side; two counts
of one event told with other verbs ("moved" / "transferred") are two sides; a rounded count
("roughly 4,200") agrees with the exact one; and "Which body decided the course times …?"
asks a body, not a time."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import pages_desk

CONTRACT = {
    "gazette.md": """\
# Kellmarsh high street to be resurfaced

In March the council awarded a £2.1m contract to resurface the high street.
""",
    "papers.md": """\
# Council papers, spring meeting

Councillors approved a £2.6 million contract to resurface the high street in March.
""",
}
contract = pages_desk("contract", CONTRACT)


def test_two_sums_for_one_contract_are_both_shown(contract: Desk) -> None:
    answer = contract.ask("How much is the resurfacing contract?")
    assert answer.disagreements, answer.answer
    assert "£2.1m" in answer.answer and "£2.6 million" in answer.answer, answer.answer


RESIDENTS = {
    "wire.md": """\
# Care home evacuated as flood water rises in Orsa

Nine residents of the Tarn Court care home were moved to the Selvany sports hall overnight.
""",
    "courier.md": """\
# Orsa flood: care home emptied

Twelve residents of Tarn Court were transferred to the sports hall, a care worker said.
""",
}
residents = pages_desk("residents", RESIDENTS)


def test_two_counts_of_one_move_told_with_other_verbs_are_both_shown(residents: Desk) -> None:
    answer = residents.ask("How many residents of Tarn Court were moved?")
    assert answer.disagreements, answer.answer
    assert "Nine" in answer.answer and "Twelve" in answer.answer, answer.answer


RULING = {
    "wire.md": """\
# Orsa half marathon times struck out

The Selvany Athletics Board ruled last week that the course times would not be recognised.

Roughly 4,200 runners completed the course, the organisers said.
""",
    "results.md": """\
# Orsa half marathon: the results

Finishers: 4,214; Course: Orsa harbour loop
""",
}
ruling = pages_desk("ruling", RULING)


def test_which_body_asks_the_body_not_the_times_after_its_verb(ruling: Desk) -> None:
    answer = ruling.ask("Which body decided the course times would not be recognised?")
    assert answer.answer.startswith("Selvany Athletics Board"), answer.answer


def test_a_rounded_count_agrees_with_the_exact_one(ruling: Desk) -> None:
    answer = ruling.ask("How many runners finished the course?")
    assert not answer.disagreements, answer.answer
    assert "2 sources agree" in answer.answer, answer.answer  # the results row's finishers too
