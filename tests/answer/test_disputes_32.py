"""Two sources that count one thing in other words dispute each other: "homes" are the
"households" the question counts."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import pages_desk

outage = pages_desk(
    "outage",
    {
        "wire.md": """\
# Substation fire cuts power across Tarnhold

A fire at the Tarnhold substation on Sunday night cut the electricity of about 48,000 households.

Engineers from Selvany Grid rerouted supplies through two other substations.
""",
        "courier.md": """\
# Tarnhold in the dark

The Sunday night fire at the substation cut the electricity of some 41,000 homes in the valley.

Volunteers opened the Brannock school hall as a warm space.
""",
    },
)


def test_homes_and_households_counted_apart_are_a_disagreement(outage: Desk) -> None:
    answer = outage.ask("How many households had their electricity cut by the substation fire?")
    assert answer.disagreements, answer.answer
    values = answer.answer
    assert "48,000" in values and "41,000" in values


council = pages_desk(
    "council",
    {
        "wire.md": """\
# Council fund loss: police arrest fund manager

Ada Vell, who leads the Civic group on the Orsa council, opposed the investment.
""",
        "wiki.md": """\
# Orsa council investment

Two councillors, Ada Vell and Tomas Kerr, opposed the investment.
""",
    },
)


def test_a_person_is_no_rival_answer_to_which_group(council: Desk) -> None:
    answer = council.ask("Which group does Ada Vell lead?")
    assert answer.answer.startswith("Civic"), answer.answer
    assert not answer.disagreements
