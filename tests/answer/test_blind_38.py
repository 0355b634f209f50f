"""Answers read from blind testers' topics (an airline's grounded fleet, a pier fire, ...),
checked on invented pages: a company spoken of only as "the company" or "its" two or three
sentences after its name."""

from __future__ import annotations

from sourcedesk.answer.engine import stated_part as stated
from sourcedesk.desk import Desk
from tests.answer.conftest import pages_desk

RESULTS = {
    "results.md": """\
---
title: Builders report mixed year
date: 2026-05-14
---

# Builders report mixed year

Tarvia Homes reported a pre-tax loss of £12m for the year to March, against a profit of £30m a
year earlier. The company blamed higher building costs and a slower market in the north. Its
chief executive, Mara Quint, said the firm would cut 200 jobs and close two regional offices.

Meanwhile Kellmarsh Partners, a rival builder based in Orsa, said its order book was at a record
high. The firm's finance director, Jonas Pell, told analysts that margins would recover next
year. Kellmarsh employs about 1,400 people.
""",
}
results = pages_desk("results", RESULTS)


def test_its_chief_executive_two_sentences_on_is_the_named_companys(results: Desk) -> None:
    answer = results.ask("Who is the chief executive of Tarvia Homes?")
    assert stated(answer.answer) == "Mara Quint"


def test_the_firms_plans_told_through_references_answer_for_it(results: Desk) -> None:
    assert stated(results.ask("How many jobs will Tarvia Homes cut?").answer) == "200"
    assert stated(results.ask("How many offices will Tarvia Homes close?").answer) == "Two"


def test_another_companys_chief_executive_is_still_not_told(results: Desk) -> None:
    assert results.ask("Who is the chief executive of Kellmarsh Partners?").abstained
    assert results.ask("How many jobs will Kellmarsh Partners cut?").abstained
