"""A "where" question about a thing the sources name as a venue ("Where was the rest centre?":
"taken to the Tarnhold Leisure Centre") is answered by the venue's whole name, though its last
word is the question's; and a top sentence without the question's "not" gives way to one
that has it."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

COUNCIL = """\
# Orsa flood: council update

Stranded drivers were taken to the Tarnhold Leisure Centre, which the council opened as a
rest centre on Monday night.
Sandbags are available from the depot on Kellmarsh Road.
"""

RADIO = """\
# Orsa flood: what we know

He said about 90 people - drivers, nurses and residents who were away from home when the
water rose - spent that night at the Brannock Community Hall, the council's emergency centre.
Emergency centre for people who could not get home: Selvany Hall, Orsa Road
"""

desk = pages_desk("desk", {"council.md": COUNCIL, "radio.md": RADIO})


def test_a_venue_named_for_the_asked_thing_answers_where(desk: Desk) -> None:
    answer = desk.ask("Where was the rest centre?")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Tarnhold Leisure Centre"), answer.answer
    assert_citations_exact(desk, answer)


def test_a_sentence_with_the_questions_not_answers(desk: Desk) -> None:
    answer = desk.ask("Where was the emergency centre for people who could not get home?")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Selvany Hall"), answer.answer


ROOF = """\
# Tarnhold arena roof collapse

About 1,100 m² of the Tarnhold arena roof fell into the hall on Tuesday, engineers said.
A 40 m³ water tank on the roof burst as it fell.
"""

roof = pages_desk("roof", {"roof.md": ROOF})


def test_an_area_keeps_its_square_mark(roof: Desk) -> None:
    answer = roof.ask("How much of the Tarnhold arena roof fell?")
    assert not answer.abstained, answer.answer
    assert "1,100 m²" in answer.answer, answer.answer
    assert_citations_exact(roof, answer)
