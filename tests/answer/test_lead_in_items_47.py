"""Items listed under a lead-in ("It made three recommendations:") answer a question that asks
for several things, each item cited; a question for one thing, or a list without a lead-in,
is answered as before."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

REVIEW = """\
# Orsa pier collapse

## Review

The Lorn review into the collapse was published on 4 June 2026. It found that the pier's
piles had not been inspected for eleven years. It made three main recommendations:

* a yearly inspection of every pier pile below the waterline;
* a public register of the state of each seaside structure;
* a fund of £2 million for urgent repairs.

The council accepted all three in July.
"""

review = pages_desk("review", {"review.md": REVIEW})


def test_the_items_under_a_lead_in_answer_what_was_recommended(review: Desk) -> None:
    answer = review.ask("What changes did the review call for?")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith(
        "A yearly inspection of every pier pile below the waterline; a public register of the "
        "state of each seaside structure; a fund of £2 million for urgent repairs"
    ), answer.answer
    quotes = [c.quote for c in answer.citations]
    assert any(q.endswith("recommendations:") for q in quotes), quotes
    assert len(quotes) == 4, quotes
    assert_citations_exact(review, answer)


def test_a_question_for_one_thing_is_not_answered_by_the_list(review: Desk) -> None:
    answer = review.ask("When was the review published?")
    assert answer.answer.startswith("4 June 2026"), answer.answer
