"""A wikitext snapshot is dated by what its editors dated in it: a current-event tag, a
maintenance tag's month, an "as of" statement, the month a source was read. The text was
written on or after each, so the newest is the snapshot's date; a citation's own date (the
source's) and an infobox's dates (the event's) are not."""

from __future__ import annotations

from sourcedesk.ingest.wikitext import read_wikitext

LEAD = (
    "The '''Tarnhold weir failure''' was the collapse of a weir on the Lisle at Tarnhold "
    "on 3 March 2023.<ref>{{cite news |title=Weir gives way |work=Selvany Post "
    "|date=4 March 2023}}</ref>\n"
)
INFOBOX = "{{Infobox event\n| name = Tarnhold weir failure\n| date = {{start date|2023|3|3}}\n}}\n"


def _published(page: str) -> str | None:
    return read_wikitext(page, "weir.wiki").published


def test_a_current_event_tag_dates_the_snapshot() -> None:
    page = "{{Current event|date=3 March 2023}}\n" + INFOBOX + LEAD
    # not the cited report's later day (4 March): that is the source's date
    assert _published(page) == "2023-03-03"


def test_the_newest_maintenance_date_dates_the_snapshot() -> None:
    later = "Repairs were still under way.{{Citation needed|date=August 2024}}\n"
    page = "{{Use dmy dates|date=May 2024}}\n" + INFOBOX + LEAD + later
    assert _published(page) == "2024-08"


def test_a_source_read_later_dates_the_snapshot() -> None:
    cited = (
        "The weir reopened in June.<ref>{{cite web |title=Weir reopens |publisher=Kellmarsh "
        "Rivers Trust |date=2 June 2023 |access-date=14 October 2023}}</ref>\n"
    )
    # the month only: the page was written on or after the day its source was read
    assert _published(INFOBOX + LEAD + cited) == "2023-10"
