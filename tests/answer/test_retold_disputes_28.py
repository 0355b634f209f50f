"""A source that tells the answer's figure in other words still disputes it: the rest of the
answer's sentence finds the retelling, and one quantity measured in one unit ("litres of
diesel") is the same slot however the event is worded ("spilled" / "leaked")."""

from __future__ import annotations

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, page_desk, pages_desk

INSPECTORS = """\
# Diesel spill at Orsa depot

Tarvia inspectors estimated that about 900 litres of diesel spilled into the Lisle before the
valve at the Orsa depot was shut on Tuesday night.
The depot's manager, Ivo Brannock, said the tank had been inspected in March.
"""

WATER_BOARD = """\
# Water board counts the cost of the Orsa depot leak

According to the Kellmarsh water board, some 1,400 litres of diesel leaked from the ruptured
tank at the Orsa depot.
Fishing on the lower Lisle has been suspended for a month.
"""

HARBOUR = """\
# Orsa depot reopens

The Orsa depot reopened on Friday after repairs costing 80,000 marks.
About 900 litres of rainwater were pumped from the bund during the repairs.
"""


desk = pages_desk(
    "desk", {"inspectors.md": INSPECTORS, "board.md": WATER_BOARD, "harbour.md": HARBOUR}
)


def test_a_quantity_told_in_other_words_disputes_the_answer(desk: Desk) -> None:
    answer = desk.ask("How much diesel spilled at the Orsa depot?")
    assert "disagree" in answer.answer, answer.answer
    assert "900 litres" in answer.answer and "1,400 litres" in answer.answer, answer.answer
    assert len(answer.disagreements) == 1
    assert_citations_exact(desk, answer)


def test_the_same_unit_of_another_thing_disputes_nothing(desk: Desk) -> None:
    answer = desk.ask("How much rainwater was pumped from the bund?")
    assert not answer.abstained, answer.answer
    assert "disagree" not in answer.answer, answer.answer
    assert not answer.disagreements


GULLY = """\
# Walkers buried in the Orsa gully

The slide left snow piled as deep as six metres in the bed of the Orsa gully, rescuers said.
"""

GULLY_INTERVIEW = """\
# Avalanche survivor speaks

One of the walkers, Tomas Lisle, told the Tarvia Post that the slide was about 300 metres
across and that the debris was up to four metres deep in places.
"""


gully = pages_desk("gully", {"gully.md": GULLY, "interview.md": GULLY_INTERVIEW})


SLIDE = """\
# The Orsa gully slide

The debris of the slide, some 300 metres across, was four metres deep in places.
"""
slide = page_desk("slide", SLIDE)


def test_a_figure_measured_another_way_does_not_answer_how_deep(slide: Desk) -> None:
    answer = slide.ask("How deep was the debris of the slide?")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("Four metres"), answer.answer


def test_two_depths_of_one_slide_disagree_though_one_was_told_to_a_paper(gully: Desk) -> None:
    answer = gully.ask("How deep was the snow left by the slide?")
    assert "disagree" in answer.answer, answer.answer
    assert "six metres" in answer.answer.lower() and "four metres" in answer.answer, answer.answer
    assert "300" not in answer.answer, answer.answer
    assert_citations_exact(gully, answer)


CLERK = """\
# Judge keeps found ballots in the Halvik count

Figures released by the Halvik clerk's office put the cost of the hand recount at $18,400,
most of it staff overtime and overnight security for the ballots.
"""

COUNT_WIKI = """\
# 2024 Halvik mayoral election

The election was decided by four votes after a hand count of every ballot.
The recount cost the town approximately $21,000.
"""


recount = pages_desk("recount", {"clerk.md": CLERK, "wiki.md": COUNT_WIKI})


def test_two_sums_of_one_cost_disagree_though_one_leaves_out_a_word(recount: Desk) -> None:
    answer = recount.ask("How much did the hand recount cost?")
    assert "disagree" in answer.answer, answer.answer
    assert "$18,400" in answer.answer and "$21,000" in answer.answer, answer.answer


HEAT_NEWS = """\
# Halvik hospital overwhelmed in heatwave

The thermometer at Orsa airfield reached 39.4C on Tuesday afternoon, the highest reading in the
county since records began.
In total, 46 patients were moved out of the Lisle Wing during the afternoon.
"""

HEAT_WIKI = """\
# 2024 Halvik heatwave

Temperatures peaked on 16 July, when a maximum of 38.7 °C was recorded at Orsa airfield.
Some 38 patients were relocated from the Lisle Wing over the course of the day.
"""


heat = pages_desk("heat", {"news.md": HEAT_NEWS, "wiki.md": HEAT_WIKI})


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("What was the highest temperature recorded at Orsa airfield?", ("39.4C", "38.7 °C")),
        ("How many patients were moved out of the Lisle Wing?", ("46", "38")),
    ],
)
def test_a_measure_or_a_count_told_in_other_words_disputes(
    heat: Desk, question: str, values: tuple[str, str]
) -> None:
    answer = heat.ask(question)
    assert "disagree" in answer.answer, answer.answer
    assert all(value in answer.answer for value in values), answer.answer
    assert_citations_exact(heat, answer)


RAIL_REPORT = """\
# Orsa derailment: inspectors publish interim report

The derailment released approximately 420 tonnes of wheat and an estimated 9,500 litres of
diesel fuel into the River Lisle.
"""

RAIL_NEWS = """\
# A month on, the Lisle still smells of diesel

When train 4Q17 left the track outside Orsa on 14 May, it dumped hundreds of tonnes of wheat
into the water along with around 14,000 litres of diesel, according to an estimate shared with
the Tarvia Post by people involved in the clean-up.
"""


rail = pages_desk("rail", {"report.md": RAIL_REPORT, "news.md": RAIL_NEWS})


def test_a_train_s_code_and_a_paper_quoted_are_no_other_parties(rail: Desk) -> None:
    answer = rail.ask("How much diesel fuel got into the river?")
    assert "disagree" in answer.answer, answer.answer
    assert "9,500 litres" in answer.answer and "14,000 litres" in answer.answer, answer.answer


BALLOTS_WIKI = """\
# 2024 Orsa mayoral election

During the recount, a sealed ballot box holding 28 ballots from Ward 3 was found in storage.
"""

BALLOTS_NEWS = """\
# Judge keeps found ballots in the Orsa count

The contest drew attention after a box of ballots from Ward 3 that had not been counted was
discovered during the recount.
"""


ballots = pages_desk("ballots", {"wiki.md": BALLOTS_WIKI, "news.md": BALLOTS_NEWS})


def test_a_figure_of_a_name_disputes_no_count(ballots: Desk) -> None:
    answer = ballots.ask("How many ballots were in the box that was found?")
    assert answer.answer.startswith("28"), answer.answer
    assert not answer.disagreements, answer.answer


GROUP = """\
# Halvik Health hit by cyber attack

Halvik Health, which runs three hospitals and a network of clinics in Tarvia, said its systems
had been encrypted on Tuesday.
"""

GROUP_LATER = """\
# Halvik hospital systems back online

Systems at St Orsa's Hospital and the other two hospitals run by Halvik Health came back on
Monday after seven weeks.
"""
group = pages_desk("group", {"attack.md": GROUP, "later.md": GROUP_LATER})


def test_the_other_two_are_part_of_the_count_not_another_count(group: Desk) -> None:
    answer = group.ask("How many hospitals does Halvik Health run?")
    assert answer.answer.startswith("Three"), answer.answer
    assert not answer.disagreements, answer.answer
