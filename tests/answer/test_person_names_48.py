"""A question that asks for a person by a noun ("Which volunteer …?", "Which councillor …?") is
not answered by a name no person could bear: a firm joined by "&", an acronym, a name ending on a
building's or a body's word, or one bare word that is no known given name and has no title."""

from __future__ import annotations

import pytest

from sourcedesk.answer.engine import _plural_noun_opening
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
    assert _plural_noun_opening(which, opening)
    assert not _plural_noun_opening(which, Span(0, 12, "Tarn Ferries", 0.3, "name"))
    assert not _plural_noun_opening(which, Span(20, 25, "Booms", 0.3, "name"))  # mid-sentence
    # a plain "Who …?" may be answered by a group ("Accountants study the books")
    assert not _plural_noun_opening(read_question("Who studies the books?"), opening)
