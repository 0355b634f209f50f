"""Figures that changed as a story developed are told as earlier reports, not as sources at
odds; and other sources' figures or names are a disagreement only when they are of the asked
point (the same post, a sum of the same kind)."""

from __future__ import annotations

from types import SimpleNamespace

from sourcedesk.answer.agreement import holds_value
from sourcedesk.answer.question import read_question
from sourcedesk.answer.rival_names import _posts_differ, post_of
from sourcedesk.answer.slots import per_unit
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

MONDAY = """\
# Food poisoning cases linked to Orsa street market

By Ada Quint | 2 June 2026

Fourteen people fell ill after eating at a stall at the Orsa street market, the county health
office said on Monday.
The stall, run by Halvik Grill, has been closed while inspectors test its fridges.
"""

THURSDAY = """\
# Orsa market outbreak grows

By Jonas Pell | 5 June 2026

The number of people who fell ill after eating at the Orsa street market stall has risen to
27, the county health office said.
Tomas Rusk, the health office's director, said samples from the stall's fridges were being
tested.
"""

CLOSING = """\
# Orsa market outbreak declared over

By Ilse Marr | 19 June 2026

The county health office declared the Orsa street market outbreak over on Friday.
In all, 34 people fell ill after eating at the Halvik Grill stall, and four of them were
treated in hospital.
Each of the affected families will receive £250 from the market's traders' fund, which holds
£6,000 in total.
Head teacher Ida Fenn said pupils at Orsa Primary had been told to wash their hands.
"""

TRADERS = """\
# Market traders rally round

By Hedda Lorn | 20 June 2026

The Orsa traders' association gave £6,000 to its fund after the outbreak.
Kessby Vell, chair of the traders' association, said the market would reopen on Saturday.
"""

market = pages_desk(
    "market",
    {"monday.md": MONDAY, "thursday.md": THURSDAY, "closing.md": CLOSING, "traders.md": TRADERS},
)


def test_a_count_that_grew_leads_with_the_latest_report_and_tells_the_earlier_ones(
    market: Desk,
) -> None:
    answer = market.ask("How many people fell ill after eating at the market stall?")
    assert answer.answer.startswith("34"), answer.answer
    assert "earlier reports gave other figures" in answer.answer, answer.answer
    assert "disagree" not in answer.answer, answer.answer
    assert "27" in answer.answer and "(5 June 2026)" in answer.answer, answer.answer
    assert answer.disagreements[0]["kind"] == "earlier reports"
    assert_citations_exact(market, answer)


def test_the_first_reported_count_leads_when_the_question_asks_for_it(market: Desk) -> None:
    answer = market.ask("How many people were initially reported ill after eating at the stall?")
    assert answer.answer.startswith("Fourteen"), answer.answer
    assert "later reports gave other figures" in answer.answer, answer.answer
    assert_citations_exact(market, answer)


def test_a_share_for_each_family_is_not_disputed_by_a_fund_total(market: Desk) -> None:
    answer = market.ask("How much will each affected family receive?")
    assert answer.answer.startswith("£250"), answer.answer
    assert not answer.disagreements, answer.answer


def test_two_people_in_two_posts_are_not_rival_answers(market: Desk) -> None:
    answer = market.ask("Who is the chair of the traders' association?")
    assert answer.answer.startswith("Kessby Vell"), answer.answer
    assert not answer.disagreements, answer.answer


UNDATED_A = """\
# Orsa ferry count

Twelve passengers were on the Orsa ferry when it struck the pier.
"""

UNDATED_B = """\
# Orsa ferry accident

Fifteen passengers were on the Orsa ferry when it struck the pier, the harbour office said.
"""

undated = pages_desk("undated", {"a.md": UNDATED_A, "b.md": UNDATED_B})


def test_figures_of_undated_pages_are_still_a_disagreement(undated: Desk) -> None:
    answer = undated.ask("How many passengers were on the ferry when it struck the pier?")
    assert "but the sources disagree" in answer.answer, answer.answer
    assert answer.disagreements[0]["kind"] == "disagree"


def _choice(text: str, answer: str) -> SimpleNamespace:
    """A sentence with its answer span, as the agreement checks read a choice."""
    start = text.index(answer)
    span = SimpleNamespace(start=start, end=start + len(answer), text=answer)
    return SimpleNamespace(cand=SimpleNamespace(passage=SimpleNamespace(text=text)), span=span)


def _text_span(text: str, name: str) -> tuple[str, SimpleNamespace]:
    choice = _choice(text, name)
    return text, choice.span


def test_a_name_s_post_is_read_before_it_or_in_an_apposition_after_it() -> None:
    assert post_of(
        *_text_span("Pupils stayed in, and head teacher Ida Fenn said so.", "Ida Fenn")
    ) == ("teacher")
    assert (
        post_of(*_text_span("Joan Kessby, chair of the breeders, said so.", "Joan Kessby"))
        == "chair"
    )
    told = "Ada Vell, the council's chief executive, said so."
    assert post_of(*_text_span(told, "Ada Vell")) == "executive"
    assert post_of(*_text_span("Council leader Tomas Rusk said so.", "Tomas Rusk")) == "leader"
    # a noun before a comma is no post: "at the time of the outbreak, Ada Venn"
    assert (
        post_of(*_text_span("The chef at the time of the outbreak, Ada Venn, left.", "Ada Venn"))
        == ""
    )
    assert post_of(*_text_span("The inquiry was led by Dr Ilse Marr.", "Ilse Marr")) == ""


def test_two_posts_are_two_jobs_unless_they_are_one_post_in_other_words() -> None:
    assert _posts_differ(["teacher"], ["chair"])
    assert _posts_differ(["executive"], ["leader"])
    assert not _posts_differ(["chair"], ["chairman"])
    assert not _posts_differ(["head"], ["chief"])
    assert not _posts_differ(["councillor", "leader"], ["councilman"])
    assert not _posts_differ(["teacher"], [])
    assert not _posts_differ(["councillor", "leader"], ["leader"])


def test_a_sum_for_each_one_is_a_rate_and_a_fund_is_a_total() -> None:
    text = "Under the deal each finder will get £12,200 and the landowner £30,600."
    assert per_unit(_choice(text, "£12,200"))
    assert per_unit(_choice("Families get £250 a week from the fund.", "£250"))
    assert not per_unit(_choice("The museum received £50,000 from a trust.", "£50,000"))
    assert not per_unit(_choice("The fund, a record, holds £6,000, a record sum.", "£6,000"))


def test_a_sum_in_millions_written_after_its_sign_is_found_in_the_other_sentence() -> None:
    question = read_question("How much did the council put in the relief fund?")
    span = SimpleNamespace(start=0, end=3, text="£2m")
    assert holds_value(question, span, "The council raised its relief fund from £2m to £3.5m.")
    # "2m" alone is two metres, not two million pounds
    assert not holds_value(question, span, "The water rose 2m in an hour.")
