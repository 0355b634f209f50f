"""Figures another source gives that are not a rival value of the asked one: a member picked
out of a group ("One of the hikers …"), a value somebody asked for ("… had asked for the
penalty to be lowered to nine points") and a whole that includes the asked part ("debts of
£18m in all, including a sum owed to …"). A real rival figure is still shown."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk


def page(title: str, day: str, body: str) -> str:
    return f"# {title}\n\nBy Tam Rell | {day}\n\n{body}\n"


PAGES = {
    "first.md": page(
        "Hikers brought down from Corrie Edge",
        "3 March 2025",
        "Rescuers brought seven hikers down from Corrie Edge on Sunday night. "
        "Two of the hikers were hurt in falls. "
        "The league took 12 points off Harl Athletic on Monday. "
        "The largest creditor of Harl Athletic is the revenue office, owed £6.2m in unpaid tax.",
    ),
    "second.md": page(
        "Hiker describes ordeal on Corrie Edge",
        "20 March 2025",
        "One of the hikers brought down from Corrie Edge has described the ordeal. "
        "A panel refused Harl Athletic, which had asked for the points taken off it by the league "
        "to be lowered to nine points. "
        "The total debts of Harl Athletic stand at around £18m, including a large sum owed to the "
        "revenue office.",
    ),
}

disputes = pages_desk("disputes", PAGES)


def _no_dispute(desk: Desk, question: str, expected: str) -> None:
    answer = desk.ask(question)
    assert answer.answer.startswith(expected), answer.answer
    assert "disagree" not in answer.answer and "earlier reports" not in answer.answer, answer.answer
    assert_citations_exact(desk, answer)


def test_one_picked_from_a_group_is_no_count_of_it(disputes: Desk) -> None:
    _no_dispute(disputes, "How many hikers were brought down from Corrie Edge?", "Seven")


def test_a_count_picked_from_a_group_by_its_own_deed_still_answers(disputes: Desk) -> None:
    answer = disputes.ask("How many hikers were hurt?")
    assert answer.answer.startswith("Two"), answer.answer


def test_a_value_appealed_for_is_no_rival(disputes: Desk) -> None:
    _no_dispute(disputes, "How many league points did Harl Athletic have taken off?", "12")


def test_a_whole_including_the_asked_part_is_no_rival(disputes: Desk) -> None:
    _no_dispute(disputes, "How much does Harl Athletic owe the revenue office?", "£6.2m")


RIVALS = {
    **PAGES,
    "third.md": page(
        "Nine hikers brought down",
        "4 March 2025",
        "Rescuers brought nine hikers down from Corrie Edge on Sunday night.",
    ),
}

rivals = pages_desk("rivals", RIVALS)


def test_a_rival_count_of_the_group_is_still_shown(rivals: Desk) -> None:
    answer = rivals.ask("How many hikers were brought down from Corrie Edge?")
    assert "disagree" in answer.answer or "earlier reports" in answer.answer, answer.answer
    assert {"seven", "nine"} <= set(answer.answer.lower().replace(",", " ").split()), answer.answer
