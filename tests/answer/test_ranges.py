"""A figure given as a range ("between 3,000 and 5,000 routes") is answered whole; who told a
report (", Orrin Telecom said.") is not where it happened."""

from __future__ import annotations

import pytest

from sourcedesk.answer.spans import number_spans
from tests.answer.conftest import desk_of, stated_answer

OUTAGE = """\
Outage

The sensors reported that between 3,000 and 5,000 routes in the region were offline early on Friday.
"""


def test_a_range_between_two_figures_is_the_answer(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"outage.txt": OUTAGE}) as desk:
        assert stated_answer(desk, "How many routes were offline?") == "Between 3,000 and 5,000"


def test_years_bounding_a_stretch_are_no_figure_range() -> None:
    text = (
        "Fares rose between 5 and 7 percent, and between 2010 and 2015 the ferry lost $3 million."
    )
    assert [text[a:b] for a, b, _ in number_spans(text)] == [
        "between 5 and 7 percent",
        "$3 million",
    ]


CABLE_CUT = """\
Cut cables slow the web

Phone and internet links between Orrin and Tarn were disrupted on Friday after two undersea cables were damaged in the Grey Sound, Orrin Telecom said.
"""


def test_who_told_it_is_not_where_it_happened(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"cut.txt": CABLE_CUT}) as desk:
        answer = desk.ask("Where in the Grey Sound were the undersea cables damaged?")
    assert "Telecom" not in answer.answer.split(" — ")[0], answer.answer
