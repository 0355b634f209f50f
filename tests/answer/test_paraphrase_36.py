"""Answers read from three blind testers' topics (a chemical leak, a retracted crop study, an
engine fire) and checked on invented pages: a place set against another ("beside the depot's
east gate"), the noun of a doer met by its verb ("the owner" as "owned by"), a speed asked
with "what speed", "sent" told as "diverted", a which-question about an institution answered
by a name, a sum paid back and the grant behind a study (a part of a whole is no rival of
the whole)."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import pages_desk

DEPOT = {
    "wire.md": """\
---
title: Fumes at the Halvik depot send staff outside
date: 2026-04-14
---

# Fumes at the Halvik depot send staff outside

Staff left the building when the alarm sounded at 6:40 a.m.

They waited in the car park beside the depot's east gate until the fire crews arrived.

Kellmarsh Mill is owned by Orsavir Foods, which makes flour and bran at the site.

I want to thank the panel for its careful work, and to thank Dr Kerr for raising her concerns.

Ilse Kerr, a chemist at the Selvany Marine Institute, first raised the alarm.
""",
}
depot = pages_desk("depot", DEPOT)

LINE = {
    "line.md": """\
# Train stop

The driver braked hard as the train reached the bend, and all 40 passengers (36 adults and four crew) left by the rear doors.

Several inbound ferries were diverted to Millgate while the harbour was shut.
""",
}
line = pages_desk("line", LINE)

GRANT = {
    "statement.md": """\
---
title: Lisle College statement on the Tarn study
date: 2026-05-02
---

# Lisle College statement on the Tarn study

The trial was paid for by a £300,000 grant from the Orsa Trust.

The college will repay £52,000, the portion of the grant that was spent on the flawed field work.
""",
}
grant = pages_desk("grant", GRANT)


def stated(answer_text: str) -> str:
    """The stated answer: the part before the attribution or the citation marks."""
    return answer_text.split(" — ")[0].split(" [")[0]


def test_a_place_set_against_another_is_given_whole(depot: Desk) -> None:
    answer = depot.ask("Where did the depot staff wait after the alarm?")
    assert stated(answer.answer) == "In the car park beside the depot's east gate"


def test_the_owner_is_told_as_owned_by(depot: Desk) -> None:
    answer = depot.ask("Which company is the owner of Kellmarsh Mill?")
    assert stated(answer.answer) == "Orsavir Foods", answer.answer


def test_what_speed_takes_no_bare_count(line: Desk) -> None:
    answer = line.ask("Roughly what speed had the train reached when the driver braked?")
    assert answer.abstained, answer.answer


def test_sent_is_told_as_diverted_and_incoming_as_inbound(line: Desk) -> None:
    answer = line.ask("Where were incoming ferries sent while the harbour was shut?")
    assert stated(answer.answer) == "Millgate", answer.answer


def test_which_institution_is_answered_by_a_name(depot: Desk) -> None:
    answer = depot.ask("At which institution does Ilse Kerr work?")
    assert stated(answer.answer) == "Selvany Marine Institute", answer.answer


def test_a_sum_paid_back_is_no_rival_of_the_whole_grant(grant: Desk) -> None:
    answer = grant.ask("How much money will the college pay back?")
    assert stated(answer.answer) == "£52,000", answer.answer
    assert not answer.disagreements


def test_the_grant_behind_a_trial_is_its_award(grant: Desk) -> None:
    answer = grant.ask("How large was the grant behind the trial?")
    assert stated(answer.answer) == "£300,000", answer.answer
    assert not answer.disagreements
