"""A stray word is no answer: when the desk finds no date, figure, name or other typed answer in
the sentence it picked, it states the sentence itself rather than one word of it ("Old mill" for
"At which point on the course did the water run out?"); testers found such one-word answers almost never right."""

from __future__ import annotations

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

RACE = """\
# Marathon day on the Wexley embankment

Runners said the aid tent beside the old mill ran out of water by late morning, long before \
the last walkers reached it.

The organisers were fined £40,000 in March after pleading guilty to two safety breaches at Dunmore Magistrates' Court.

Blackout cause: Overheated generator cable

Inspectors blamed the failure of a worn seal in the pump for the flooding of the start area.
"""

race = pages_desk("race", {"race.md": RACE})


def test_a_word_the_desk_cannot_type_is_told_with_its_whole_sentence(race: Desk) -> None:
    answer = race.ask("At which point on the course did the water run out?")
    stated = stated_part(answer.answer)
    assert not answer.abstained
    assert stated.lower() != "old mill", answer.answer
    assert "aid tent beside the old mill ran out of water" in stated, answer.answer
    assert_citations_exact(race, answer)


def test_typed_answers_stay_short(race: Desk) -> None:
    assert stated_part(race.ask("What penalty did the court give the organisers?").answer) == (
        "£40,000"
    )
    labelled = race.ask("What was the cause of the blackout?")
    assert stated_part(labelled.answer) == "Overheated generator cable", labelled.answer
