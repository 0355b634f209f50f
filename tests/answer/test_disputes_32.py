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

About 48,000 households lost power after a fire at the Tarnhold substation on Sunday night.

Engineers from Selvany Grid rerouted supplies through two other substations.
""",
        "courier.md": """\
# Tarnhold in the dark

Some 41,000 homes across the valley lost power when the blaze at the substation took hold late on Sunday.

Volunteers opened the Brannock school hall as a warm space.
""",
    },
)


def test_homes_and_households_counted_apart_are_a_disagreement(outage: Desk) -> None:
    answer = outage.ask("How many households lost power after the substation fire?")
    assert answer.disagreements, answer.answer
    values = answer.answer
    assert "48,000" in values and "41,000" in values


council = pages_desk(
    "council",
    {
        "wire.md": """\
# Council fund loss: police arrest fund manager

Ada Vell, who leads the opposition Civic group on the Orsa council, voted against the investment.
""",
        "wiki.md": """\
# Orsa council investment

Councillors Ada Vell and Tomas Kerr voted against the investment.
""",
    },
)


def test_a_person_is_no_rival_answer_to_which_group(council: Desk) -> None:
    answer = council.ask("Which group does Ada Vell lead?")
    assert answer.answer.startswith("Civic"), answer.answer
    assert not answer.disagreements
