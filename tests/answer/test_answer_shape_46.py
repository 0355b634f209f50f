"""What an answer is made of: a lone noun with the "of" phrase that says what it is, a wind's
strength as a speed, and the posts a "heading" question looks for."""

from __future__ import annotations

from sourcedesk.answer.asked_posts import names_a_body, names_a_group
from sourcedesk.answer.engine import stated_part
from sourcedesk.answer.question import read_question
from sourcedesk.answer.variant_data import AGENT_NOUNS
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

FERRY = """\
# Orsa ferry runs aground

By Ada Quint | 4 May 2026

The Orsa ferry ran aground on the Kell Rocks on Friday evening.
"Wind gusts reached 45 knots and the sea was rough," said Tomas Rusk, the coastguard's duty
officer.
Its steering failed some six minutes before the vessel hit the reef.
Investigators later concluded that the grounding was caused by the breakdown of a worn seal in
the steering pump fitted by Halvik Marine.
"""

ferry = pages_desk("ferry", {"ferry.md": FERRY})


def test_a_lone_noun_answer_keeps_its_of_phrase(ferry: Desk) -> None:
    answer = ferry.ask("What did investigators conclude had caused the grounding?")
    stated = stated_part(answer.answer)
    assert stated == "Breakdown of a worn seal in the steering pump fitted by Halvik Marine", stated
    assert_citations_exact(ferry, answer)


def test_a_wind_s_strength_is_a_speed_not_a_time(ferry: Desk) -> None:
    answer = ferry.ask("How strong was the wind as the vessel hit the reef?")
    assert "minutes" not in stated_part(answer.answer), answer.answer
    plain = ferry.ask("How strong was the wind?")
    assert stated_part(plain.answer) == "45 knots", plain.answer


def test_heading_asks_for_the_same_posts_as_heads() -> None:
    assert AGENT_NOUNS["heading"] == AGENT_NOUNS["heads"]
    assert AGENT_NOUNS["leading"] == AGENT_NOUNS["leads"]
    assert AGENT_NOUNS["running"] == AGENT_NOUNS["runs"]


PARK = """\
# Lynx loose near Vell after storm

By Jonas Pell | 3 March 2026

A lynx escaped from the Vell wildlife park on Sunday night after a storm brought down part of
its fence.
Pupils at Vell Primary stayed indoors on Monday, and head teacher Ida Fenn said the park had
phoned the school within the hour.
Keepers searched the woods near the park all night.
"""

FARMERS = """\
# Farmers told to bring in flocks

By Hedda Lorn | 4 March 2026

Sheep farmers around Vell were told to keep their flocks indoors.
Ada Vell, the park's director, said keepers had combed the woods since first light.
"""

park = pages_desk("park", {"park.md": PARK, "farmers.md": FARMERS})


def test_someone_in_another_post_does_not_answer_who_heads_it(park: Desk) -> None:
    answer = park.ask("Who heads the wildlife park?")
    assert stated_part(answer.answer) == "Ada Vell", answer.answer
    assert_citations_exact(park, answer)


RETURN = """\
# Tarn Ridge residents go home

By Ada Quint | 18 August 2026

LISLE — Residents of Tarn Ridge went back to their houses on Thursday, six days after a
wildfire emptied the village, as the power company whose cable crosses the ridge admitted a
fault.
The power company said its engineers were checking every pole on the line.
"""

returning = pages_desk("returning", {"return.md": RETURN})


def test_a_group_or_a_body_holds_no_post_a_head_is_asked_for() -> None:
    asked = read_question("Who is the power company's chief executive?")
    assert names_a_group(asked, "Residents of Tarn Ridge")
    assert not names_a_group(asked, "Hedda Lorn")
    assert names_a_body(asked, "Orsa Bank Staff Union")
    assert names_a_body(asked, "Confederation of Orsa Chess")
    # a body may own or run a service: "Who owns the ferry?" may be a company
    assert not names_a_body(read_question("Who owns the Orsa ferry?"), "Tarn Shipping Group")


def test_a_group_does_not_answer_who_holds_a_post(returning: Desk) -> None:
    answer = returning.ask("Who is the power company's chief executive?")
    assert answer.abstained, answer.answer


RECOUNT = """\
# Recount ordered in Orsa mayoral race

By Ada Quint | 10 November 2026

The runner-up, Tomas Rusk, lodged a deposit of $12,500 with the county to pay for a hand recount.
He also wants the 64 rejected ballots counted in the recount.
If the result stands, 40% of the deposit will be refunded to him.
"""

recount = pages_desk("recount", {"recount.md": RECOUNT})


def test_a_sum_asked_for_is_an_amount_of_money_not_a_count(recount: Desk) -> None:
    asked = "What sum did Rusk have to hand over to get the ballots counted?"
    answer = recount.ask(asked)
    assert stated_part(answer.answer) == "$12,500", answer.answer
    assert_citations_exact(recount, answer)
    share = recount.ask("What percentage of the deposit will be refunded if the result stands?")
    assert "%" in stated_part(share.answer) or "per cent" in share.answer, share.answer


GROUNDING = """\
# Orsa Star grounding

The ferry Orsa Star ran aground on the Kell Rocks outside Lisle harbour on 6 March 2026.
The ferry was built at Halvik in 1998.
Before the 2026 refit, the Orsa Star carried about 90,000 passengers a year between Lisle and
Kessby.
"""

grounding = pages_desk("grounding", {"grounding.md": GROUNDING})


def test_a_question_bounded_by_a_year_is_not_answered_by_a_later_event(grounding: Desk) -> None:
    before = grounding.ask("Had the Orsa Star ever run aground before 2026?")
    assert before.abstained, before.answer
    assert "2026 or later" in before.answer, before.answer
    within = grounding.ask("Did the Orsa Star run aground in 2026?")
    assert within.answer.startswith("Yes"), within.answer
    # "Before the 2026 refit" is itself before 2026
    carried = grounding.ask(
        "Did the Orsa Star carry passengers between Lisle and Kessby before 2026?"
    )
    assert carried.answer.startswith("Yes"), carried.answer


LEAK = """\
# Exam paper leaked online

By Jonas Pell | 9 June 2026

Photos of the questions spread on a chat app on Sunday, and the exam board was warned shortly
before midnight by a teacher in Lisle.
The board cancelled the exam on Monday morning.
"""

leak = pages_desk("leak", {"leak.md": LEAK})


def test_a_passive_doer_named_by_a_noun_and_a_place_answers_who(leak: Desk) -> None:
    answer = leak.ask("Who first tipped off the exam board about the leak?")
    assert stated_part(answer.answer) == "Teacher in Lisle", answer.answer
    assert_citations_exact(leak, answer)


VALLEY = """\
# Landslide cuts off Tarn Hope

By Hedda Lorn | 11 March 2026

A landslide closed the Tarn Hope railway on Sunday night.
About 212 people live in Tarn Hope, which relies on the line to reach Lisle, 19 kilometres down
the valley.
On Tuesday a minibus carried 11 pupils down to Lisle.
"""

valley = pages_desk("valley", {"valley.md": VALLEY})


def test_a_population_is_a_count_of_people_living_there(valley: Desk) -> None:
    home = valley.ask("What is the population of Tarn Hope?")
    assert stated_part(home.answer) == "About 212 people", home.answer
    # neither the distance to Lisle nor a minibus's pupils are its population
    assert valley.ask("What is the population of Lisle?").abstained


def test_a_when_question_bounded_by_a_year_is_not_answered_by_a_later_date(valley: Desk) -> None:
    answer = valley.ask("When did the Tarn Hope railway last close for a landslide before 2026?")
    assert answer.abstained and "2026 or later" in answer.answer, answer.answer


BANK = """\
# Orsa Bank outage

By Ada Quint | 3 June 2026

Ilse Marr, Orsa Bank's chief technology officer, told reporters a faulty update was to blame.
Tomas Rusk, regional organiser for the Orsa Bank Staff Union, said staff were exhausted.
"""

BANK_SORRY = """\
# Orsa Bank apologises

By Jonas Pell | 5 June 2026

Customers were locked out of their accounts for three days.
Hedda Lorn, the bank's chief executive, apologised to customers on Wednesday.
"""

bank = pages_desk("bank", {"bank.md": BANK, "sorry.md": BANK_SORRY})


def test_the_boss_is_the_chief_executive_not_another_officer_or_a_union(bank: Desk) -> None:
    answer = bank.ask("Who is the boss of Orsa Bank?")
    assert stated_part(answer.answer) == "Hedda Lorn", answer.answer
    assert_citations_exact(bank, answer)


REPAIRS = """\
# Tarn Hope line to reopen

By Hedda Lorn | 20 March 2026

The operator now expects the work to cost £5.3 million, up from the £3.9m it gave on Monday.
Engineers have cleared most of the mud from the cutting above the village.
A temporary road opened on Monday, and the first minibus took pupils down to Lisle.
Residents said the helicopter flights had kept the village going for a fortnight.
"""

REPAIRS_WIKI = """\
# Tarn Hope landslide

The Tarn Hope landslide closed the mountain railway to Tarn Hope in March 2026.

== Repairs ==
Work on the cutting took eleven weeks, and the line reopened in June 2026.
In the end the rebuilding work cost £6.2 million altogether.
"""

repairs = pages_desk("repairs", {"repairs.md": REPAIRS, "wiki.md": REPAIRS_WIKI})


def test_what_a_bill_came_to_in_the_end_is_the_final_sum(repairs: Desk) -> None:
    answer = repairs.ask("What did the rebuilding work cost in the end?")
    assert stated_part(answer.answer) == "£6.2 million", answer.answer
    latest = repairs.ask("How much does the operator now expect the work to cost?")
    assert stated_part(latest.answer).startswith("£5.3 million"), latest.answer


def test_what_a_sum_came_to_is_asked_as_how_much_and_its_earlier_value_is_not_it() -> None:
    from sourcedesk.answer.extractive import _told_as_before

    asked = read_question("What did the rebuilding bill come to?")
    assert asked.qtype == "how_much"
    assert read_question("What did the talks lead to?").qtype == "what"
    text = "The operator now expects £5.3 million, up from the £3.9m it gave on Monday."
    assert _told_as_before(asked, text, text.index("£3.9m"))
    assert not _told_as_before(asked, text, text.index("£5.3 million"))
