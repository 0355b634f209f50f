"""The calendar days that the dates of a source's sentences mean.

A date in a sentence ("Wednesday", "July 13", "last November") is resolved over its whole
source (its publication date, the year its narrative is in), as `sourcedesk dates` resolves it.
The answer states that day beside a relative date, and two sources agree on a "when" answer
when they date the event to the same day, however each writes it.
"""

from __future__ import annotations

from typing import Any

from sourcedesk.records import DateMention, Passage
from sourcedesk.research.date_match import match_all
from sourcedesk.research.dates import event_date
from sourcedesk.research.views import source_dates


class SourceDays:
    """Resolved dates of the sources one answer reads (each source tagged once, and only when
    a sentence asked about may hold a date: a year may be resolved from anywhere in its page,
    so a page is tagged whole)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.tagged: dict[str, list[DateMention]] = {}

    def day_at(self, passage: Passage, offset: int, end: int = 0) -> str | None:
        """The exact day (YYYY-MM-DD) of the date at an offset of a passage, or within the
        span up to `end` ("about 11pm on Sunday"), if it has one."""
        for mention in self._within(passage, offset, end):
            return event_date(mention.value)
        return None

    def year_at(self, passage: Passage, offset: int, end: int = 0) -> str | None:
        """The year of the date at an offset of a passage, as its source resolves it, if known
        ("Friday" in a page dated 2008 is in 2008; in an undated page its year is unknown)."""
        for mention in self._within(passage, offset, end):
            if mention.value[:4].isdigit():
                return mention.value[:4]
        return None

    def _within(self, passage: Passage, offset: int, end: int) -> list[DateMention]:
        """The date mentions at an offset of a passage, or overlapping its span to `end`."""
        begin = passage.start + offset
        stop = passage.start + max(end, offset + 1)
        return [
            m
            for m in self._mentions(passage.source_id)
            if m.start <= begin < m.end or (end and begin <= m.start < stop)
        ]

    def days_in(self, passage: Passage) -> set[str]:
        """The exact days of every date the passage gives."""
        found: set[str] = set()
        if not match_all(passage.text):
            return found  # no date in the sentence: its page need not be read
        for mention in self._mentions(passage.source_id):
            if passage.start <= mention.start < passage.end:
                day = event_date(mention.value)
                if day:
                    found.add(day)
        return found

    def _mentions(self, source_id: str) -> list[DateMention]:
        if source_id not in self.tagged:
            source = self.store.get_source(source_id)
            self.tagged[source_id] = source_dates(source) if source is not None else []
        return self.tagged[source_id]
