"""Two sources that name another person or place for the asked point are both shown: "the
firm's head chef at the time, Ada Venn" against "the firm's head chef Ida Fenn". Two names are
no dispute where a page names both people (they may have had two roles) or where the second
name is of something else."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

INSPECTORS = """\
# Halvik Table fined after the Orsa Manor wedding outbreak

Halvik Table Catering was fined on Monday after 40 guests at a wedding at Orsa Manor in
Kellmarsh fell ill.
The caterer's head chef at the time of the outbreak, Ada Venn, left Halvik Table in October.
Inspectors from the Kellmarsh district found raw eggs in the sauce served at Orsa Manor.
Reception centre for guests who could not get home: Brannock Primary School, Lisle Road.
Ambulances were instead sent to Tarvia General Hospital, some twenty miles from Kellmarsh.
Halvik Table's chief executive, Noor Kessel, apologised to the guests.
"""

TABLOID = """\
# Wedding bug chaos at Orsa Manor: kitchen 'under huge pressure'

Dozens of guests at the Orsa Manor wedding in Kellmarsh were struck down by food poisoning.
Insiders say the kitchen of Halvik Table was under pressure that weekend, with the caterer's
head chef Ida Fenn and her team also cooking for a second party at Orsa Manor.
Dozens of guests spent the night at the Selvany Leisure Centre, the reception centre for
guests who could not get home, volunteers in Kellmarsh said.
Ambulances were sent instead to Halvik Infirmary, adding forty minutes to some journeys.
The chief executive of Halvik Table was criticised by Kellmarsh Green Forward, a residents'
group.
"""

COUNCIL = """\
# Council thanks Kellmarsh volunteers

The council's leader, Pia Tarnhold, thanked the volunteers who ran the reception centre
after the Orsa Manor wedding, and the staff of Halvik Table who helped them.
The head chef of the council canteen in Kellmarsh, Rolf Lisle, cooked for the volunteers.
"""


desk = pages_desk(
    "desk", {"inspectors.md": INSPECTORS, "tabloid.md": TABLOID, "council.md": COUNCIL}
)


def test_another_name_for_the_asked_post_is_shown_as_a_disagreement(desk: Desk) -> None:
    answer = desk.ask("Who was the caterer's head chef at the time of the outbreak?")
    assert "disagree" in answer.answer, answer.answer
    assert "Ada Venn" in answer.answer and "Ida Fenn" in answer.answer, answer.answer
    assert_citations_exact(desk, answer)


def test_another_place_told_of_the_whole_question_is_shown(desk: Desk) -> None:
    answer = desk.ask("Where was the reception centre for guests who could not get home?")
    assert "disagree" in answer.answer, answer.answer
    assert "Brannock Primary School" in answer.answer, answer.answer
    assert "Selvany Leisure Centre" in answer.answer, answer.answer


def test_another_place_in_the_same_frame_is_shown(desk: Desk) -> None:
    answer = desk.ask("Where were ambulances sent?")
    assert "disagree" in answer.answer, answer.answer
    assert "Tarvia General Hospital" in answer.answer, answer.answer
    assert "Halvik Infirmary" in answer.answer, answer.answer


def test_a_group_named_like_a_person_disputes_no_one(desk: Desk) -> None:
    answer = desk.ask("Who is the chief executive of Halvik Table?")
    assert answer.answer.startswith("Noor Kessel"), answer.answer
    assert "disagree" not in answer.answer, answer.answer


RELEASE = """\
# Orsa bridge reopens

The order to close the Orsa bridge was given by the harbour master, Ivo Brannock.
Engineers from Tarvia Civils inspected the bridge on Monday.
"""

PAPER = """\
# Bridge closed for a week

Harbour master Ivo Brannock closed the Orsa bridge after the mayor, Edda Selvany, asked for
an inspection; Selvany gave the order to reopen it on Friday.
"""


two_roles = pages_desk("two_roles", {"release.md": RELEASE, "paper.md": PAPER})


def test_a_page_naming_both_people_disputes_neither(two_roles: Desk) -> None:
    answer = two_roles.ask("Who gave the order to close the Orsa bridge?")
    assert not answer.abstained, answer.answer
    assert "Brannock" in answer.answer, answer.answer
    assert "disagree" not in answer.answer, answer.answer
    assert not answer.disagreements
