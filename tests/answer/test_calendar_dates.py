"""A 'when' answer told relatively or without a year also states the calendar date it means."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcedesk.answer.engine import readable_date
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

NEWS = """---
title: Harbour board closes the ferry office
date: 2023-05-04
---
# Harbour board closes the ferry office

The harbour board closed the ferry office in Callow on Tuesday, citing falling ticket sales.
"""

NARRATIVE = """# Orrin ferry

## History

In 2019 the service was cut to two crossings a day. On 3 March the board announced a review of
the timetable. The review was published in June.
"""


@pytest.mark.parametrize(
    ("iso", "shown"),
    [("2022-07-13", "13 July 2022"), ("2024-10", "October 2024"), ("1998", "1998")],
)
def test_readable_date(iso: str, shown: str) -> None:
    assert readable_date(iso) == shown


def test_weekday_answer_states_the_date_it_means(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.sqlite") as desk:
        desk.add_bytes("news.md", NEWS.encode())
        answer = desk.ask("When did the harbour board close the ferry office?")
    assert not answer.abstained
    assert answer.answer.startswith("Tuesday (2 May 2023)")


def test_yearless_answer_takes_the_narrative_year(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.sqlite") as desk:
        desk.add_bytes("ferry.md", NARRATIVE.encode())
        answer = desk.ask("When did the board announce a review of the timetable?")
    assert not answer.abstained
    assert answer.answer.startswith("3 March 2019")


VISIT = """---
title: Senator tours the dam
date: 2019-10-13
---
# Senator tours the dam

In October, Senator Ada Morrow visited the Kessel dam and called for more inspectors.
"""

PLAN_OLD = """---
title: Inspectors promise a report
date: 2023-02-01
---
# Inspectors promise a report

The inspectors expect to publish their final report next year.
"""

PLAN_NEW = """---
title: Inspectors delay their report
date: 2025-03-01
---
# Inspectors delay their report

The inspectors said last month that their final report is now expected in the summer, because
new documents arrived.
"""


def test_a_month_alone_answers_when_with_the_year_it_means(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.sqlite") as desk:
        desk.add_bytes("visit.md", VISIT.encode())
        answer = desk.ask("When did Ada Morrow visit the dam?")
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("October 2019"), answer.answer


def test_now_asks_for_the_newest_sources_answer_not_when_it_was_said(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.sqlite") as desk:
        desk.add_bytes("old.md", PLAN_OLD.encode())
        desk.add_bytes("new.md", PLAN_NEW.encode())
        answer = desk.ask("When is the inspectors' final report now expected?")
    assert not answer.abstained, answer.answer
    assert answer.answer.lower().startswith("the summer") or answer.answer.startswith("Summer")


FESTIVAL = """# Kessby lantern festival

Forty lanterns will light up the old harbour for the third year in a row.

The 3rd Kessby Lantern Festival runs 2 December 2022 – 15 January 2023.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When does the 3rd Kessby Lantern Festival end?", "15 January 2023"),
        ("When does the 3rd Kessby Lantern Festival begin?", "2 December 2022"),
    ],
)
def test_the_asked_end_of_a_span_of_dates(
    tmp_path_factory: pytest.TempPathFactory, question: str, expected: str
) -> None:
    with desk_of(tmp_path_factory, {"festival.md": FESTIVAL}) as desk:
        assert stated_answer(desk, question) == expected


MARKET = """# Varna winter market

Stalls from twelve countries fill the square by the town hall.

The Varna Winter Market can be visited until 12 March 2024.
"""


def test_until_a_date_answers_when_it_ends(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "until 12 March" tells the end the question's "end" asks for, in other words."""
    with desk_of(tmp_path_factory, {"market.md": MARKET}) as desk:
        assert stated_answer(desk, "When does the Varna Winter Market end?") == "12 March 2024"
        opening = desk.ask("When does the Varna Winter Market open?")
    assert opening.abstained, opening.answer  # an end date is no opening date


RAID = """# Ostby jewel raid

Armed robbers raided the Marrow jewellers in Ostby on Thursday afternoon, police said.

The raid began shortly after the shop opened its doors to a customer.
"""


def test_what_time_is_never_answered_by_a_day(tmp_path_factory: pytest.TempPathFactory) -> None:
    """No sentence gives the hour: the desk does not offer "Thursday" instead."""
    with desk_of(tmp_path_factory, {"raid.md": RAID}) as desk:
        answer = desk.ask("At what time did the robbers raid the Marrow jewellers in Ostby?")
        assert answer.abstained, answer.answer


def test_what_time_of_year_is_answered_by_a_date(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = "# Kessby fair\n\nThe Kessby fair is held every year in early June.\n"
    with desk_of(tmp_path_factory, {"fair.md": page}) as desk:
        assert "June" in stated_answer(desk, "What time of year is the Kessby fair held?")
