""" "What" questions that ask a sum, a finding, a maximum or a reason in other words: "What did
the scheme cost?", "What did the report conclude?", "What is the most a business can get?",
"What was the firm cited for?", "What was the target?"."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

REPAIRS = """\
# Bridge repairs at Orsa

Traffic returned to the Orsa bridge in December, and the final cost of the scheme came to £5.1 million.
Readers have sent £18,500 so far to the flood appeal in Lisle and Tarvia, which has a target of £25,000.
Small firms in Lisle hit by the closure may claim a recovery grant of up to £2,000.
In 2022 the agency cited Halvik Chemicals for failing to keep its emergency plan up to date, its files show.
The Selvany report, out in January 2025, concluded that the heat plan was "not fit for purpose".
"""
repairs = page_desk("repairs", REPAIRS)


def test_what_something_cost_is_a_sum(repairs: Desk) -> None:
    assert repairs.ask("What did the repair scheme cost in the end?").answer.startswith(
        "£5.1 million"
    )


def test_what_a_report_concluded_is_the_clause_it_concluded_with_its_quote_closed(
    repairs: Desk,
) -> None:
    answer = repairs.ask("What did the report conclude about the heat plan?").answer
    assert answer.startswith('The heat plan was "not fit for purpose" —')


def test_the_most_someone_can_get_is_a_figure(repairs: Desk) -> None:
    answer = repairs.ask("What is the most a small firm can claim from the recovery grant?")
    assert answer.answer.startswith("Up to £2,000")


def test_what_a_firm_was_cited_for_is_the_reason(repairs: Desk) -> None:
    answer = repairs.ask("What was Halvik Chemicals cited for by the agency in 2022?").answer
    assert answer.startswith("For failing to keep its emergency plan up to date")


def test_a_target_is_a_figure(repairs: Desk) -> None:
    assert repairs.ask("What was the target of the appeal?").answer.startswith("£25,000")


REVIEW = """\
# The Tarvia review

The Tarvia review will cost $40,000 and should report by the autumn.
Councillors said they expected the review to be thorough.
"""
review = page_desk("review", REVIEW)


def test_a_finding_not_yet_told_is_not_the_sentence_about_the_review(review: Desk) -> None:
    assert review.ask("What did the Tarvia review conclude?").abstained
