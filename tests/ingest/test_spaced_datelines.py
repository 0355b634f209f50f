"""Tokenized news captures write a clock with a space after its separator ("6: 07 PM",
"08. 23 BST", "7: 08 p. m."); their datelines still give the page's date."""

from __future__ import annotations

import pytest

from sourcedesk.ingest.metadata import parse_dateline


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Posted on March 4, 2016 5: 12: 40 PM GMT+01: 00", "2016-03-04"),
        ("Friday 11 June 2010 07. 45 BST", "2010-06-11"),
        ("Published: Monday, Sept. 6 2010 8: 15 p. m. MDT", "2010-09-06"),
    ],
)
def test_a_dateline_with_a_spaced_clock_gives_its_date(line: str, date: str) -> None:
    assert parse_dateline(line) == date


@pytest.mark.parametrize("line", ["Output rose 2. 5 percent in 2010", "The harbour vote 3. 2010"])
def test_a_sentence_with_a_spaced_figure_is_still_no_dateline(line: str) -> None:
    assert parse_dateline(line) is None


def test_a_spaced_decimal_is_no_clock() -> None:
    assert parse_dateline("Rose 2. 5 percent, 4 March 2019") is None
