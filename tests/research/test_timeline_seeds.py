"""The seeds' timeline as a reader would list it: each event on its date, cited by every
source that tells it (the seeds are read from ../shared/seeds and skipped when absent)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import seed_files

from sourcedesk.desk import Desk
from sourcedesk.records import Event
from sourcedesk.research import views
from sourcedesk.research.timeline import events_for_source, merge_events, undated_events

# The seeds by their file prefix: two revisions of the encyclopedia article, three news pages
# (000 and 001 state no date of publication; 004 was published on 14 July 2022; 002 and 003
# state none).
ALL = {"000", "001", "002", "003", "004"}


def _prefixes(desk: Desk) -> dict[str, str]:
    """Source id -> seed file prefix."""
    return {s.id: Path(s.origin).name[:3] for s in desk.sources()}


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """The seeds added as they come."""
    files = seed_files()
    with Desk(tmp_path_factory.mktemp("plain") / "desk.sqlite") as desk:
        desk.add([str(f) for f in files])
        yield desk


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """The seeds, with the publication date the two undated news pages leave out stated."""
    files = seed_files()
    with Desk(tmp_path_factory.mktemp("published") / "desk.sqlite") as desk:
        desk.add([str(f) for f in files if f.name[:3] not in ("002", "003")])
        desk.add([str(f) for f in files if f.name[:3] in ("002", "003")], published="2022-07-14")
        yield desk


def _told(desk: Desk) -> list[tuple[str, str, frozenset[str]]]:
    """(date, text, citing seeds) of every event on a desk's timeline."""
    prefix = _prefixes(desk)
    return [
        (e.date, e.text, frozenset(prefix[c.source_id] for c in e.citations))
        for e in desk.timeline()
    ]


def _one(
    told: list[tuple[str, str, frozenset[str]]], date: str, *words: str
) -> tuple[str, frozenset[str]]:
    """The text and sources of the one event on a date whose text holds all the words."""
    found = [(t, s) for d, t, s in told if d == date and all(w in t.lower() for w in words)]
    assert len(found) == 1, (date, words, [(d, t[:60]) for d, t, _ in told if d == date])
    return found[0]


@pytest.mark.parametrize(
    ("date", "words", "sources"),
    [
        ("1992-01-09", ("established",), {"000", "001"}),  # relations established
        ("1998", ("embassy",), {"000", "001"}),  # the embassy in Kyiv closed
        ("2017", ("crimea",), {"000", "001"}),  # Crimea recognised as Russian
        ("2014", ("ossetia",), {"003"}),  # South Ossetia recognises the republics
        ("2022-02-21", ("putin",), {"003", "004"}),  # Russia: "days before" the invasion
        ("2022-02-22", ("russia", "diplomatic"), {"003"}),
        ("2022-02-25", ("abkhazian",), {"003"}),
        ("2022-06-29", ("syria",), {"003", "004"}),  # "last month" in a page of 14 July
        ("2024-10", ("trained",), {"000", "001"}),  # troop reports
        ("2024-10-23", ("austin",), {"000", "001"}),  # year told only in the narrative (001)
        ("2024-10-28", ("rutte",), {"000", "001"}),
        ("2024-11-04", ("kursk",), {"000", "001"}),
        ("2025-02-27", ("ri hi yong",), {"001"}),  # the newer revision only
        ("2025-11", ("ukrainian media",), {"001"}),  # troops reported in Ukraine
    ],
)
def test_seed_events_on_their_dates_cited_by_each_source(
    plain: Desk, date: str, words: tuple[str, ...], sources: set[str]
) -> None:
    assert _one(_told(plain), date, *words)[1] == sources


def test_seed_severance_is_one_event_cited_by_all_five_sources(plain: Desk) -> None:
    text, sources = _one(_told(plain), "2022-07-13", "severance")
    assert sources == ALL
    # 002 tells the day without a year, 003 only in its undated headline: the event says so
    assert "from other sources" in text


def test_seed_recognition_by_north_korea_stays_apart_from_the_severance(plain: Desk) -> None:
    told = _told(plain)
    recognition = [s for d, t, s in told if d == "2022-07-13" and "severance" not in t]
    assert recognition == [{"003", "004"}]  # 003's yearless "On July 13" dated by 004


def test_seed_days_before_the_invasion_is_not_the_day_of_the_invasion(plain: Desk) -> None:
    assert not [t for d, t, _s in _told(plain) if d == "2022-02-24"]


def test_seed_news_with_a_stated_publication_date_merges_the_same_events(
    published: Desk,
) -> None:
    told = _told(published)
    assert _one(told, "2022-07-13", "severance")[1] == ALL
    recognition = [s for d, t, s in told if d == "2022-07-13" and "severance" not in t]
    assert recognition == [{"002", "003", "004"}]
    assert _one(told, "2022-06-29", "syria")[1] == {"003", "004"}
    assert not any("from other sources" in t for _d, t, _s in told)  # every source dates it


def test_seed_timeline_merged_in_steps_equals_merged_at_once(plain: Desk) -> None:
    told = {
        s.id: events_for_source(
            s.id,
            s.text,
            views.spans(plain.store, s),
            published=s.published,
            news=s.kind == "news",
            origin=s.origin,
            title=s.title,
        )
        for s in views.originals(plain.store)
    }
    everything = merge_events([e for found in told.values() for e in found])
    ids = sorted(told)
    for size in range(1, len(ids)):
        for first in itertools.combinations(ids, size):
            before: list[Event] = [e for i in first for e in told[i]]
            after = [e for i in ids if i not in first for e in told[i]]
            assert merge_events(merge_events(before) + undated_events(before) + after) == (
                everything
            )
