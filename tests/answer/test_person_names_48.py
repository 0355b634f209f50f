"""A question that asks for a person by a noun ("Which volunteer …?", "Which councillor …?") is
not answered by a name no person could bear: a firm joined by "&", an acronym, a name ending on a
building's or a body's word, or one bare word that is no known given name and has no title."""

from __future__ import annotations

import pytest

from sourcedesk.answer.engine import _common_word_opening
from sourcedesk.answer.people_places import not_a_persons_name
from sourcedesk.answer.question import read_question
from sourcedesk.answer.spans import Span
from sourcedesk.desk import Desk
from tests.answer.conftest import pages_desk

HUNT = """\
# Hunt for escaped pony on Larrow Moor

Volunteers from Harlow Leisure & Events brought drones to help the search.

The pony's owner, Tessa Brook, thanked the volunteers.

Mayor Quell said the moor would reopen on Friday.
"""

hunt = pages_desk("hunt", {"hunt.md": HUNT})


def test_a_firm_is_not_the_volunteer_asked_for(hunt: Desk) -> None:
    answer = hunt.ask("Which volunteer brought drones?")
    assert "Harlow Leisure" not in answer.answer, answer.answer


def test_people_and_titled_surnames_still_answer(hunt: Desk) -> None:
    assert hunt.ask("Who owns the pony?").answer.startswith("Tessa Brook")
    assert "Quell" in hunt.ask("Which mayor said the moor would reopen?").answer


@pytest.mark.parametrize(
    ("name", "impossible"),
    [
        ("Ember & Lime", True),
        ("TRWA", True),
        ("Greyfriars House", True),
        ("Northfell Mountain Railways", True),
        ("Larchby", True),
        ("Marta", False),  # a known given name may be someone's whole name in a story
        ("Ilse Varga", False),
        ("Judge Marchbank", False),
    ],
)
def test_names_no_person_could_bear(name: str, impossible: bool) -> None:
    assert not_a_persons_name(name) is impossible


def test_a_plural_noun_opening_its_sentence_is_no_firm() -> None:
    which = read_question("Which firm runs the ferry?")
    opening = Span(0, 5, "Booms", 0.3, "name")
    assert _common_word_opening(None, which, opening)
    assert not _common_word_opening(None, which, Span(0, 12, "Tarn Ferries", 0.3, "name"))
    assert not _common_word_opening(None, which, Span(20, 25, "Booms", 0.3, "name"))  # mid-sentence
    # a plain "Who …?" may be answered by a group ("Accountants study the books")
    assert not _common_word_opening(None, read_question("Who studies the books?"), opening)


FOOTBRIDGE = """\
# Footbridge opens over the Tarn

By Ada Quint | 9 February 2026

Army engineers built a temporary footbridge, which opened on Monday.

The army was called in after the council's own crews were overstretched.

See also

List of footbridges in Orsa
"""

footbridge = pages_desk("footbridge", {"footbridge.md": FOOTBRIDGE})


def test_a_common_word_opening_its_sentence_is_no_firm_or_place(footbridge: Desk) -> None:
    firm = footbridge.ask("Which firm built the temporary footbridge?")
    assert not firm.answer.startswith("Army"), firm.answer
    point = footbridge.ask("At which point on the river did the footbridge open?")
    assert not point.answer.startswith("List"), point.answer
