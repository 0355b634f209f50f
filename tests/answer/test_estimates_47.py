"""Estimates: "What was the estimate …?" asks for a figure, and a sentence that tells the
revised figure beside the one an earlier estimate gave answers with the revised one."""

from __future__ import annotations

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

GALLERY = """\
# Lisle gallery counts the cost of the raid

By Hedda Lorn | 20 March 2026

Initial reports valued the stolen prints at £2.9m, but the Lisle Gallery Trust now puts their
value at £4.4 million.
Early reports counted six missing prints; the trust later revised the total to nine prints.
The council's engineers estimate that mending the broken roof will cost about £260,000 and
take four months.
Volunteers from 14 parish groups helped clear the damaged rooms.
"""

gallery = pages_desk("gallery", {"gallery.md": GALLERY})


def test_an_estimate_question_is_answered_by_the_figure(gallery: Desk) -> None:
    answer = gallery.ask("What was the engineers' estimate for mending the roof?")
    assert stated_part(answer.answer) == "About £260,000", answer.answer
    assert_citations_exact(gallery, answer)


def test_the_figure_an_earlier_estimate_gave_yields_to_the_new_one(gallery: Desk) -> None:
    answer = gallery.ask("How much are the stolen prints now reckoned to be worth?")
    assert stated_part(answer.answer) == "£4.4 million", answer.answer
    count = gallery.ask("How many prints were stolen in total?")
    assert stated_part(count.answer).lower() == "nine", count.answer


def test_a_question_about_the_earlier_estimate_still_gets_it(gallery: Desk) -> None:
    answer = gallery.ask("How much were the stolen prints first estimated to be worth?")
    assert stated_part(answer.answer) == "£2.9m", answer.answer


def test_a_count_asked_by_a_compound_noun_is_answered(gallery: Desk) -> None:
    answer = gallery.ask("How many parish groups sent volunteers?")
    assert stated_part(answer.answer) == "14", answer.answer


CLAIM = """\
# Tarn Air settles fuel spill claim

By Ilse Marr | 3 August 2025

Tarn Air, which had sought £480,000 from the fuel supplier, settled its claim in July for an
undisclosed sum.
"""

claim = pages_desk("claim", {"claim.md": CLAIM})


def test_a_sum_only_sought_is_not_what_was_received(claim: Desk) -> None:
    assert claim.ask("How much did Tarn Air settle its claim for?").abstained
    sought = claim.ask("How much had Tarn Air sought from the supplier?")
    assert stated_part(sought.answer) == "£480,000", sought.answer


DEAL = """\
# Exam board's software supplier named

By Tomas Rusk | 25 August 2025

The marking software is supplied under a deal with Kessby Systems, which employs about 300
people in Vell.
"""

deal = pages_desk("deal", {"deal.md": DEAL})


def test_a_value_asked_is_a_sum_not_a_headcount(deal: Desk) -> None:
    answer = deal.ask("What is the value of Kessby Systems' deal?")
    assert "300" not in answer.answer, answer.answer
