"""Timeline events: dated clauses of one source, merged across sources."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcedesk.records import Event
from sourcedesk.research.timeline import events_for_source, merge_events, undated_events
from sourcedesk.research.timeline_words import _actor_pattern

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a small test text: split after ". " and at line breaks."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in re.finditer(r".+?(?:\.(?=\s|$)|$)", line.group(0)):
            piece = m.group(0).strip()
            if piece:
                s = text.index(piece, start)
                out.append((s, s + len(piece)))
                start = s + len(piece)
    return out


def events(
    source_id: str, text: str, published: str | None = None, news: bool = True, title: str = ""
) -> list[Event]:
    """Events of one small source, with every citation checked against the text."""
    found = events_for_source(
        source_id, text, spans(text), published=published, news=news, title=title
    )
    for event in found:
        for c in event.citations:
            assert text[c.start : c.end] == c.quote
            assert c.source_id == source_id
    return found


ENCYCLOPEDIA = (
    "Harbour relations\n\n"
    "Relations between Eastland and Westmark were established on March 3, 1994. "
    "In 2001, Eastland closed its consulate in Portby due to budget cuts.\n\n"
    "On 12 May 2021, Westmark announced the suspension of ferry traffic with Eastland. "
    "The two states share a long border."
)
NEWS_A = (
    "Westmark halts ferries to Eastland\n"
    "Westmark's transport ministry said on Wednesday that it halted all ferry traffic with "
    "Eastland after a dispute over fishing quotas.\n"
    "Eastland's navy held drills near Portby on Monday, officials said."
)
NEWS_B = (
    "Ferries stop\n"
    "Westmark suspended ferry traffic with Eastland on May 12, the ministry announced in a "
    "statement.\n"
    "Separately, Eastland opened a new container terminal on May 12 in the north."
)


def test_dated_sentences_become_events_with_the_clause_as_text() -> None:
    found = events("enc", ENCYCLOPEDIA, news=False)
    by_date = {e.date: e for e in found}
    assert by_date["1994-03-03"].text.startswith("Relations between Eastland and Westmark")
    assert by_date["2001"].text.startswith("Eastland closed its consulate")
    assert by_date["2021-05-12"].text.startswith("Westmark announced the suspension")
    assert all(len(e.citations) == 1 and e.citations[0].n == 0 for e in found)


def test_a_year_before_a_noun_after_their_does_not_date_the_sentence() -> None:
    """ "the closing song of their 1976 record" dates the record, not the encore."""
    text = (
        "Lisk Harbour Band reunion\n"
        "Ola Dahl returned at the encore with an unplanned cover of the closing song of their"
        " 1976 record.\n"
        "The band toured Norland in 1980, playing forty shows."
    )
    found = events("band", text, published="2019-11-20")
    assert "1976" not in [e.date for e in found], [(e.date, e.text) for e in found]
    assert "1980" in [e.date for e in found]


def test_undated_sentences_are_not_events() -> None:
    found = events("enc", ENCYCLOPEDIA, news=False)
    assert not any("long border" in e.citations[0].quote for e in found)


def test_relative_weekday_in_news_is_dated_from_publication() -> None:
    found = events("a", NEWS_A, published="2021-05-13")
    dates = {e.date for e in found}
    assert "2021-05-12" in dates  # on Wednesday
    assert "2021-05-10" in dates  # on Monday


def test_an_undated_lead_sentence_about_an_earlier_era_is_no_event_of_the_day() -> None:
    text = (
        "Swimmer Ines Varga dies at 88\n"
        "Champion swimmer Ines Varga has died peacefully at her home.\n"
        "Varga became a favourite pin-up of sailors in World War II and stayed famous.\n"
        "She starred in water shows across the 1950s and toured with her sister.\n"
    )
    found = events("a", text, published="2013-06-07")
    told = " ".join(e.text for e in found)
    assert "has died" in told
    assert "pin-up" not in told and "water shows" not in told, told


def test_a_year_after_since_does_not_date_the_sentence() -> None:
    text = "Deputies stood in silence to honour the first deaths at a rally in Varna since 1991."
    assert [e.date for e in events("x", text, news=False)] == []


def test_a_sentence_with_two_dated_clauses_gives_two_events() -> None:
    text = "The treaty was signed on 4 April 2019, and in early June 2020, the envoys met again."
    found = events("x", text, news=False)
    assert [e.date for e in found] == ["2019-04-04", "2020-06"]
    assert found[1].text.startswith("The envoys met again")


def test_coordinated_dates_keep_their_clause_whole() -> None:
    text = "The tribunal fined the mill in 2011 and 2013, according to its annual reports."
    found = events("x", text, news=False)
    assert [e.date for e in found] == ["2011", "2013"]
    assert all(e.citations[0].quote == text for e in found)
    assert not any(e.text.startswith("According") for e in found)


def test_a_time_after_a_month_is_not_its_day() -> None:
    text = "Power returned to every district as of 7 November 03: 00 GMT, the utility said."
    assert [e.date for e in events("x", text, published="2011-11-07")] == ["2011-11-07"]


def test_datelines_and_reference_entries_are_not_events() -> None:
    text = (
        "Jul 15, 2022, 06:10 IST\n"
        "Doe, Jane (2022-07-13). Ferry dispute widens. Retrieved 2022-07-14.\n"
        "The ferry dispute widened on July 13, 2022, when both sides recalled envoys."
    )
    found = events("x", text, news=False)
    assert [e.date for e in found] == ["2022-07-13"]
    assert "recalled envoys" in found[0].citations[0].quote


def test_plans_after_publication_are_not_events() -> None:
    text = "The agency will launch the probe on 3 September 2030, officials said."
    assert events("x", text, published="2022-07-14") == []


def test_same_event_from_several_sources_is_merged_and_cites_each() -> None:
    merged = merge_events(
        events("enc", ENCYCLOPEDIA, news=False)
        + events("a", NEWS_A, published="2021-05-13")
        + events("b", NEWS_B, published="2021-05-13")
    )
    ferries = [e for e in merged if e.date == "2021-05-12" and "ferry" in e.text.lower()]
    assert len(ferries) == 1
    cited = {c.source_id for c in ferries[0].citations}
    assert cited == {"enc", "a", "b"}
    assert [c.n for c in ferries[0].citations] == list(range(1, len(ferries[0].citations) + 1))


def test_different_events_on_the_same_day_stay_apart() -> None:
    merged = merge_events(events("b", NEWS_B, published="2021-05-13"))
    same_day = [e for e in merged if e.date == "2021-05-12"]
    assert len(same_day) == 2
    assert any("container terminal" in e.text for e in same_day)


def test_timeline_is_sorted_with_partial_dates_first_in_their_period() -> None:
    items = [
        Event("2021-05-12", "Ferries halted.", ()),
        Event("2021", "A quiet year began.", ()),
        Event("1994-03-03", "Relations established.", ()),
        Event("2021-05", "Talks failed.", ()),
    ]
    assert [e.date for e in merge_events(items)] == ["1994-03-03", "2021", "2021-05", "2021-05-12"]


def test_merging_is_deterministic() -> None:
    pool = events("a", NEWS_A, published="2021-05-13") + events("b", NEWS_B, published="2021-05-13")
    assert merge_events(pool) == merge_events(list(reversed(pool)))


def test_a_month_and_a_day_merge_only_when_the_wording_agrees_strongly() -> None:
    month = events("m", "In May 2021, Westmark suspended ferry traffic with Eastland.", news=False)
    day = events("d", "On 12 May 2021, Westmark suspended ferry traffic with Eastland.", news=False)
    other = events("o", "On 20 May 2021, Eastland opened a new container terminal.", news=False)
    merged = merge_events(month + day + other)
    assert [(e.date, len(e.citations)) for e in merged] == [("2021-05-12", 2), ("2021-05-20", 1)]


# --- the real seeds --------------------------------------------------------------------------


def _seed_events() -> list[Event]:
    """Events of the five captures: long raw lines split into sentences."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    from sourcedesk.index.sentences import split_sentences

    setup = {"000": (None, False), "001": (None, False), "003": ("2022-07-14", True)}
    setup["004"] = ("2022-07-14", True)
    found = []
    for prefix, (published, news) in setup.items():
        text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
        long_lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]{80,}", text)]
        sentences = [s for a, b in long_lines for s in split_sentences(text, a, b)]
        told = events_for_source(prefix, text, sentences, published=published, news=news)
        assert all(
            text[e.citations[0].start : e.citations[0].end] == e.citations[0].quote for e in told
        )
        found += told
    return merge_events(found)


def test_seed_timeline_merges_the_severance_across_sources() -> None:
    timeline = _seed_events()
    severance = [
        e
        for e in timeline
        if e.date == "2022-07-13" and {"000", "001", "004"} <= {c.source_id for c in e.citations}
    ]
    assert len(severance) == 1


def test_seed_timeline_dates_narrative_and_explicit_events() -> None:
    timeline = _seed_events()
    dated = {(e.date, frozenset(c.source_id for c in e.citations)) for e in timeline}
    assert ("1992-01-09", frozenset({"000", "001"})) in dated
    assert ("2024-10-23", frozenset({"000", "001"})) in dated
    assert any(d == "2025-02-27" for d, _ in dated)


# --- tellings placed by other sources --------------------------------------------------------

DATED = "On 3 March 2021, Westmark severed diplomatic relations with Eastland over the border."
YEARLESS = "Westmark's move to cut ties with Eastland came on 3 March, officials said."


def test_a_yearless_day_takes_the_year_of_the_same_event_in_another_source() -> None:
    merged = merge_events(events("enc", DATED, news=False) + events("n", YEARLESS))
    assert [(e.date, {c.source_id for c in e.citations}) for e in merged] == [
        ("2021-03-03", {"enc", "n"})
    ]
    assert "year or date from other sources" in merged[0].text
    assert merged[0].citations[0].source_id == "enc"  # the source that states the year first


def test_a_yearless_day_nobody_dates_is_left_out_but_kept_for_later() -> None:
    told = events("n", YEARLESS)
    assert [e.date for e in told] == ["XXXX-03-03"]
    assert merge_events(told) == []
    assert undated_events(told) == told


def test_a_yearless_day_with_other_actors_or_words_stays_out() -> None:
    other = "On 3 March 2021, Northland opened a container terminal in its capital."
    assert [
        e.date for e in merge_events(events("o", other, news=False) + events("n", YEARLESS))
    ] == ["2021-03-03"]


def test_an_undated_headline_joins_the_event_another_source_dates() -> None:
    headline = "Westmark severs diplomatic relations with Eastland\nThe border dispute went on for months, officials said."
    title = "Westmark severs diplomatic relations with Eastland"
    merged = merge_events(events("enc", DATED, news=False) + events("n", headline, title=title))
    sources = [{c.source_id for c in e.citations} for e in merged]
    assert sources == [{"enc", "n"}]


def test_days_before_a_date_leave_its_month() -> None:
    text = "Days before Westmark's March 24 vote, Eastland recognized the republic of Norland."
    assert [e.date for e in events("n", text, published="2021-06-01")] == ["2021-03"]
    text = "Days before the vote on 3 March 2021, Eastland recognized the republic of Norland."
    assert [e.date for e in events("n", text, published="2021-06-01")] == ["2021"]  # not March


def test_a_state_doing_the_same_thing_in_a_month_and_on_a_day_is_one_event() -> None:
    day = events("d", "On 29 June 2021, Westmark decided to recognize both coastal republics.")
    month = events(
        "m",
        "Last month, Westmark also recognized the independence of Norland and Southmark.",
        published="2021-07-14",
    )
    merged = merge_events(day + month)
    assert [(e.date, len(e.citations)) for e in merged] == [("2021-06-29", 2)]


def test_a_telling_of_two_events_does_not_join_them() -> None:
    cut = events("a", "On 13 July 2021, Westmark cut diplomatic ties with Eastland.", news=False)
    recognized = events(
        "b", "On 13 July 2021, Eastland recognized the independence of Norland.", news=False
    )
    both = events(
        "c",
        "On 13 July 2021, Westmark severed ties with Eastland after Eastland recognized Norland.",
        news=False,
    )
    merged = merge_events(cut + recognized + both)
    assert sorted(len(e.citations) for e in merged) == [1, 2]
    severance = next(e for e in merged if len(e.citations) == 2)
    assert {c.source_id for c in severance.citations} == {"a", "c"}


def test_transliterated_names_count_as_the_same_word() -> None:
    a = events("a", "On 2 May 2021, shelling hit Lugansk and the Donetsk rail yard.", news=False)
    b = events("b", "On 2 May 2021, shelling hit Luhansk and the Donetsk rail yard.", news=False)
    assert len(merge_events(a + b)) == 1


# --- news told without a date ----------------------------------------------------------------

OPENING = (
    "Harbour board quits\n"
    "The harbour board of Portby resigned after a vote of no confidence, officials said.\n"
    "The chair of the board left the building by a side door without comment.\n"
    '"We will appeal against the vote in the courts," a spokesperson said.\n'
    "The board is meeting again next week to choose a new chair for the port.\n"
    "Dock workers cheered outside the harbour office as the members walked out."
)


def test_past_tense_news_is_placed_on_or_before_publication_and_says_so() -> None:
    found = events("n", OPENING, published="2021-05-13", news=True)
    placed = {e.citations[0].quote: e for e in found if "on or before" in e.text}
    chair = "The chair of the board left the building by a side door without comment."
    assert chair in placed
    assert any(q.startswith("Dock workers cheered") for q in placed)
    assert all(e.date == "2021-05-13" for e in placed.values())
    assert "on or before 13 May 2021" in placed[chair].text
    assert not any(q.startswith(('"We will', "The board is meeting")) for q in placed)


def test_undated_news_takes_the_day_the_page_tells_it_on() -> None:
    text = (
        "Ferry halted\n"
        "Westmark halted all ferry traffic with Eastland on Wednesday, the ministry said.\n"
        "Westmark halted the ferry traffic with Eastland to press its claim on the quotas."
    )
    found = events("n", text, published="2021-05-13")
    assert {e.date for e in found} == {"2021-05-12"}
    assert not any("on or before" in e.text for e in found)


def test_news_without_a_publication_date_places_nothing_on_its_own() -> None:
    found = events("n", OPENING, title="Harbour board quits")
    assert [e.date for e in found] == ["XXXX", "XXXX"]  # headline and lead
    assert merge_events(found) == []


def test_on_or_before_publication_joins_a_day_told_elsewhere_shortly_before() -> None:
    news = events(
        "n",
        "Ferry halted\nWestmark halted ferry traffic with Eastland over fishing quotas.",
        published="2021-05-13",
    )
    dated = events(
        "enc", "On 12 May 2021, Westmark halted ferry traffic with Eastland.", news=False
    )
    merged = merge_events(news + dated)
    assert [(e.date, len(e.citations)) for e in merged] == [("2021-05-12", 2)]
    assert "on or before" not in merged[0].text


# --- merging in steps ------------------------------------------------------------------------


def _step_sources() -> dict[str, list[Event]]:
    return {
        "enc": events("enc", ENCYCLOPEDIA + "\n\n" + DATED, news=False),
        "a": events("a", NEWS_A, published="2021-05-13"),
        "b": events("b", NEWS_B, published="2021-05-13"),
        "n": events("n", YEARLESS),
        "m": events(
            "m", "In May 2021, Westmark suspended ferry traffic with Eastland.", news=False
        ),
    }


def test_merging_merged_events_with_new_ones_equals_merging_all_at_once() -> None:
    told = _step_sources()
    everything = merge_events([e for found in told.values() for e in found])
    names = sorted(told)
    for size in range(1, len(names)):
        for first in itertools.combinations(names, size):
            before = [e for n in first for e in told[n]]
            after = [e for n in names if n not in first for e in told[n]]
            stepped = merge_events(merge_events(before) + undated_events(before) + after)
            assert stepped == everything, first


def test_merging_is_idempotent() -> None:
    told = [e for found in _step_sources().values() for e in found]
    once = merge_events(told)
    assert merge_events(once) == once


def test_past_tense_background_after_the_opening_is_not_placed() -> None:
    background = "The harbour office first opened its doors to the public in the old customs house."
    found = events("n", OPENING + "\n" + background, published="2021-05-13")
    assert not [e for e in found if e.citations[0].quote == background]


_ACTOR_PIECES = ["Kyiv", "Ukraine", "Ukrainian", "North Korea", "Korean", "Russia", "Paris"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_ACTOR_PIECES),
            st.text(alphabet="aZé_-' \n.1ßÉ", max_size=3),
        ),
        max_size=12,
    )
)
def test_country_names_are_found_exactly_where_a_word_boundary_before_them_allows(
    pieces: list[str],
) -> None:
    """The actor regex tests the word start after a name's first character, for speed: it
    swaps the same names as the plain ``\\b(?:names)`` regex ("Ukraine" in "xUkraine" is no
    name, in "-Ukraine" or "é Ukraine" it is)."""
    pattern, table = _actor_pattern()
    forms = sorted(table, key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")
    text = "".join(pieces)
    assert pattern.sub("#", text) == plain.sub("#", text)


def test_a_clause_cut_from_its_subject_is_told_with_it() -> None:
    text = (
        "Norvale recognised the two republics in 2014, establishing ties with Kessel in May "
        "2017 and with Orrin in May 2019."
    )
    found = {e.date: e for e in events("x", text, news=False)}
    assert found["2014"].text.startswith("Norvale recognised the two republics")
    assert found["2017-05"].text.startswith("Norvale recognised the two … establishing ties")


def test_so_far_keeps_its_so() -> None:
    text = "So far, Halvik has received five orders for the K9 since its launch in February 2000."
    (event,) = events("x", text, news=False)
    assert event.text.startswith("So far, Halvik has received")


@pytest.mark.parametrize(
    ("text", "date", "starts"),
    [
        (
            "Halvik cut 200 jobs in March 2019, and shares fell 5% in June 2020.",
            "2020-06",
            "Shares fell",
        ),
        (
            "The bridge collapsed in March 2018; officials reopened it in July 2019.",
            "2019-07",
            "Officials reopened",
        ),
        (
            "In 2015, Halvik bought Norr, and later sold it in 2019.",
            "2019",
            "Halvik bought Norr … later sold",
        ),
    ],
)
def test_a_cut_clause_with_its_own_subject_is_told_alone(text: str, date: str, starts: str) -> None:
    found = {e.date: e for e in events("x", text, news=False)}
    assert found[date].text.startswith(starts)
