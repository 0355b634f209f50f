"""Names given whole: a firm whose name ends in a word of the question ("Lisle Coaches" runs
the replacement coaches) and routes named by their two ends ("Tarnhold - Vell")."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

BUSES = """\
# Rail replacement in the Kellmarsh valley

While the bridge is shut, coaches run by Lisle Coaches, our contractor, link Tarnhold - Vell and Tarnhold - Selvany every hour.
"""
buses = page_desk("buses", BUSES)


def test_a_firm_is_named_whole_though_a_question_word_ends_its_name(buses: Desk) -> None:
    answer = buses.ask("Which firm runs the coaches while the bridge is shut?")
    assert answer.answer.startswith("Lisle Coaches")


def test_routes_are_named_by_both_their_ends(buses: Desk) -> None:
    answer = buses.ask("On which routes do the coaches run?")
    assert answer.answer.startswith("Tarnhold - Vell and Tarnhold - Selvany")
