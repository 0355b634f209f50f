"""Names given whole: a firm or a body whose name holds a word of the question ("Lisle
Coaches" runs the coaches, the "Office of Public Audit" audited the project) and routes named
by their two ends ("Tarnhold - Vell")."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

BUSES = """\
# Rail replacement in the Kellmarsh valley

While the bridge is shut, coaches run by Lisle Coaches, our contractor, link Tarnhold - Vell and Tarnhold - Selvany every hour.

In its report on the bridge project, the Kellmarsh Office of Public Audit faulted the council for "losing sight of the bill".
"""
buses = page_desk("buses", BUSES)


def test_a_firm_is_named_whole_though_a_question_word_ends_its_name(buses: Desk) -> None:
    answer = buses.ask("Which firm runs the coaches while the bridge is shut?")
    assert answer.answer.startswith("Lisle Coaches")


def test_routes_are_named_by_both_their_ends(buses: Desk) -> None:
    answer = buses.ask("On which routes do the coaches run?")
    assert answer.answer.startswith("Tarnhold - Vell and Tarnhold - Selvany")


def test_a_body_is_named_whole_though_it_holds_the_asked_act(buses: Desk) -> None:
    answer = buses.ask("Which body audited the bridge project?")
    assert answer.answer.startswith("Kellmarsh Office of Public Audit")
