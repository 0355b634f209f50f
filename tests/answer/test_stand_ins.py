"""News names a thing once and then writes it another way: "the store" after "the Kellmarsh
supermarket", "these aircraft" after "the K90, a long-range cargo plane", "the FAB" after "the
Federal Audit Bureau", or nothing at all in a short report whose title names it. The sentence
that answers must still be found and the answer stand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.retrieve import SentenceWords, in_sequence
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

FIRE = """---
title: Major fire in Orrinford
date: 2025-03-09
---

# Major fire in Orrinford

Fire crews from Dunley and Averton were called to a blaze at the Kellmarsh supermarket in
Orrinford early on Sunday.
The fire has gutted most of the building.
Three fire engines went to the store after passers-by called the fire service at 5am.
Later crews asked for a water carrier from Penmoor for extra water, firefighter meals
and salvage kit.
"""

COURT = """---
title: Man charged after Orrinford fire
date: 2025-03-10
---

# Man charged after Orrinford fire

A man has been charged over the fire that gutted a supermarket in Orrinford.
Tam Rusk, 31, of Orrinford, was charged with arson on Monday.
He was refused bail and will appear at Penmoor Magistrates Court on Tuesday.
At the first hearing, deputy prosecutor Lina Varga described Rusk as a careful planner.
Markets in Penmoor were closed on Monday in honor of the town's founding day.
"""

PLANE = """---
title: Corvane unveils its K90 freighter
date: 2024-05-14
---

# Corvane unveils its K90 freighter

Corvane unveiled the K90, a long-range cargo plane that can carry 140 tonnes, at a ceremony in
Lisle on Tuesday.
The company said the first deliveries would start in 2027.
Halden Air has ordered eight of these aircraft and plans to fly them from Lisle.
"""

FAULT = """---
title: Software fault on the Corvane K90's first flight
date: 2024-11-02
---

# Software fault on the Corvane K90's first flight

Corvane has confirmed a software fault on the K90 cargo plane's first flight.
The fault was minor and affected the engine controls.
Test pilots shut down one engine as a precaution.
The crew landed safely after ninety minutes.
The problem has been fixed, according to Corvane spokeswoman Ines Marlow-Hart.
She said the plane had logged about forty hours since.
"""

TENDER = """---
title: Audit body orders new tram tender
date: 2023-06-05
---

# Audit body orders new tram tender

The Federal Audit Bureau on May 2 called for a new tender for the Lisle tram contract.
The FAB said the first tender had favoured one bidder.
Oren Hask , a transport lawyer at Lisle University , said the ruling was overdue .
"""

PAGES = {
    "fire.md": FIRE,
    "court.md": COURT,
    "plane.md": PLANE,
    "fault.md": FAULT,
    "tender.md": TENDER,
}


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, PAGES) as built:
        yield built


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        # "the store" stands for the Kellmarsh supermarket named two sentences before
        ("What time was the fire at the Kellmarsh store reported to the fire service?", "5am"),
        # "these aircraft" stand for the K90, which the page calls "a long-range cargo plane"
        ("How many K90s has Halden Air ordered?", "Eight"),
        # a short report names its subject in the title and lead, then goes on without it
        ("Which Corvane spokeswoman said the K90 problem had been fixed?", "Ines Marlow-Hart"),
        # the page writes "the FAB" after naming the Federal Audit Bureau, never defining it
        ("On what date did the FAB call for a new tender?", "May 2"),
    ],
)
def test_a_thing_written_another_way_is_still_found(desk: Desk, question: str, stated: str) -> None:
    assert stated_answer(desk, question).startswith(stated)  # the citation is checked exact


def test_due_to_appear_is_told_as_will_appear(desk: Desk) -> None:
    assert stated_answer(desk, "Which court is the arson suspect due to appear before?") == (
        "Penmoor Magistrates Court"
    )


def test_a_role_asked_by_its_noun_is_the_title_before_the_name(desk: Desk) -> None:
    answer = stated_answer(desk, "What is Lina Varga's role in the Rusk case?")
    assert answer.lower() == "deputy prosecutor"


def test_an_apposition_after_a_spaced_comma_is_the_role(desk: Desk) -> None:
    # a tokenized capture sets its commas apart: "Oren Hask , a transport lawyer at …"
    assert stated_answer(desk, "Who is Oren Hask?") == "A transport lawyer at Lisle University"


def test_a_purpose_clause_that_repeats_a_question_word_is_the_reason(desk: Desk) -> None:
    # "firefighter" is told again inside the "for" clause; the clause is still the reason
    answer = stated_answer(desk, "Why did firefighters ask for a water carrier from Penmoor?")
    assert answer.startswith("For extra water")


def test_in_honor_of_gives_a_reason(desk: Desk) -> None:
    answer = stated_answer(desk, "Why were markets in Penmoor closed on Monday?")
    assert answer.startswith("In honor of the town's founding day")


@pytest.mark.parametrize(
    "question",
    [
        "How many K90s has Talvik Airways ordered?",  # another buyer
        "Which Corvane spokeswoman said the K70 problem had been fixed?",  # another plane
        "On what date in 2019 did the FAB call for a new tender?",  # another year
    ],
)
def test_near_misses_of_stand_ins_abstain(desk: Desk, question: str) -> None:
    answer = desk.ask(question)
    assert answer.abstained, answer.answer


def test_a_one_word_form_is_in_a_text_only_when_written_there() -> None:
    # a country's capital is one of its forms; a title that names neither does not name it
    words = SentenceWords.of("North Tarvia–Ostland relations")
    assert not in_sequence(("lisle",), words)
    assert in_sequence(("ostland",), words)
