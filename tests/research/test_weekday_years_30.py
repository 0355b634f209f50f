"""A day and month told with its weekday ("Friday 2 August") takes a year in which that day
is that weekday: the page's, not an older year the text mentioned before it."""

from __future__ import annotations

from sourcedesk.research.dates import tag_dates


def _values(text: str, anchor: str) -> dict[str, str | None]:
    return {m.text: m.value for m in tag_dates(text, anchor)}


def test_a_weekday_keeps_the_page_s_year_over_an_earlier_one() -> None:
    text = (
        "The plan, last updated in spring 2022, was never read. Join our vigil on Friday 2 August."
    )
    assert _values(text, "2024-08")["Friday 2 August"] == "2024-08-02"


def test_a_weekday_that_fits_the_narrative_year_keeps_it() -> None:
    text = "In 2019, on Monday 4 March, the Orsa plan was written."
    assert _values(text, "2025-02-20")["Monday 4 March"] == "2019-03-04"


def test_a_weekday_may_point_to_the_next_year() -> None:
    text = "The Tarvia hearing is set for Tuesday 6 January."
    assert _values(text, "2025-12-10")["Tuesday 6 January"] == "2026-01-06"
