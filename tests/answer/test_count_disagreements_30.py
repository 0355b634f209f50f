"""Two sources that count one scene differently ("212 passengers and 14 crew" / "209
passengers and 14 crew") disagree, however else their sentences word it; a count of another
scene ("lifeboats took 38 passengers off") does not dispute the total."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

LEDGER = """\
# Ferry runs aground off Lisle

The Orsa Star ferry ran aground in thick fog off Lisle on Thursday morning.
The ferry was carrying 212 passengers and 14 crew when it struck, prompting the biggest rescue on that coast for years.
"""
COASTGUARD = """\
# Coastguard statement on the Orsa Star

The Orsa Star grounded on rocks off Lisle in fog on Thursday.
The Orsa Star had 209 passengers and 14 crew on board.
Lifeboat crews from Tarvia took 38 passengers off the Orsa Star by mid-morning.
"""
ferry = pages_desk("ferry", {"ledger.md": LEDGER, "coastguard.md": COASTGUARD})


def test_two_counts_of_one_scene_are_shown_as_a_disagreement(ferry: Desk) -> None:
    answer = ferry.ask("How many passengers were on board the Orsa Star?")
    assert_citations_exact(ferry, answer)
    assert "disagree" in answer.answer
    shown = answer.answer
    assert "209" in shown and "212" in shown
    assert "38" not in shown
