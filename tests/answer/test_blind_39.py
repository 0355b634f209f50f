"""Answers read from blind testers' topics (a bus strike, a council recount, a ferry firm),
checked on invented pages: a figure asked by a noun only a figure answers, a fare of another
class, a reason the sentence gives for another act, a sentence's subject placed nowhere."""

from __future__ import annotations

from sourcedesk.answer.engine import stated_part as stated
from sourcedesk.desk import Desk
from tests.answer.conftest import pages_desk

STRIKE = {
    "strike.md": """\
---
title: Halvik bus drivers back new pay deal
date: 2026-03-12
---

# Halvik bus drivers back new pay deal

Drivers at Tarn Coaches voted to accept a pay increase of 9 per cent over two years on Tuesday,
ending a strike that had lasted up to 13 hours a day on some routes.

Guild members voted by a large margin to accept the offer.

Jonas Pell, who chaired the guild for nineteen years, is retiring next month.

A single adult fare on the harbour route will rise to £3.20 from April, and a one-way ticket to
the airport will cost £9.
""",
    "recount.md": """\
---
title: Lisle council recount confirms result
date: 2026-05-09
---

# Lisle council recount confirms result

A recount confirmed that Mara Quint had won the Lisle North seat by 212 votes.

Quint, a former headteacher, first won the seat in 2019.

Turnout was 41 per cent, up from the last election.
""",
    "ferry.md": """\
---
title: Ferry firm silent on sale
date: 2026-02-02
---

# Ferry firm silent on sale

Orsa Ferries declined to comment on the sale of its last vessel.

The firm sold the vessel to pay its debts.
""",
}
strike = pages_desk("strike", STRIKE)


def test_a_pay_increase_is_the_share_not_the_hours(strike: Desk) -> None:
    assert stated(strike.ask("What pay increase did the drivers accept?").answer) == "9 per cent"


def test_a_reason_asked_as_what_reason_is_not_a_stretch_of_time(strike: Desk) -> None:
    assert strike.ask("What reason did Jonas Pell give for retiring?").abstained


def test_a_sentences_subject_is_no_place(strike: Desk) -> None:
    assert strike.ask("Where did the guild members vote?").abstained


def test_a_quantity_asked_is_never_a_word_or_a_year(strike: Desk) -> None:
    assert strike.ask("What was Quint's majority when she first won the seat?").abstained
    assert strike.ask("What was the turnout in 2019?").abstained
    assert stated(strike.ask("What was Quint's majority?").answer) == "212 votes"
    assert stated(strike.ask("What was the turnout?").answer) == "41 per cent"


def test_the_fare_of_another_class_is_no_answer(strike: Desk) -> None:
    assert strike.ask("What is the child fare on the harbour route?").abstained
    assert stated(strike.ask("What is the adult fare on the harbour route?").answer) == "£3.20"
    assert stated(strike.ask("How much does a one-way ticket to the airport cost?").answer) == "£9"


def test_the_purpose_of_another_act_is_no_reason(strike: Desk) -> None:
    assert strike.ask("Why did Orsa Ferries decline to comment?").abstained
    sold = strike.ask("Why did Orsa Ferries sell its last vessel?")
    assert stated(sold.answer).lower() == "to pay its debts"


def test_a_rate_of_change_is_no_share_of_a_group(strike: Desk) -> None:
    """ "a pay increase of 9 per cent" tells how pay changed, not how many drivers agreed."""
    assert strike.ask("What proportion of drivers voted for the deal?").abstained
    rate = stated(strike.ask("By what percentage will the drivers' pay increase?").answer)
    assert rate == "9 per cent"


MEETING = {
    "meeting.md": """\
---
title: Orsa ferry meeting
date: 2026-04-02
---

# Orsa ferry meeting

Turnout at the public meeting on the new ferry timetable was 312 residents.
""",
}
meeting = pages_desk("meeting", MEETING)


def test_a_turnout_counted_in_people_answers(meeting: Desk) -> None:
    assert stated(meeting.ask("What was the turnout at the public meeting?").answer) == (
        "312 residents"
    )
