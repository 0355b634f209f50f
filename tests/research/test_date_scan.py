"""The date rules tried only where they can start find what each rule's full scan finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcedesk.research.date_match import _scanner
from sourcedesk.research.date_regex import BOUNDARY_BEFORE, compile_rules
from sourcedesk.research.date_scan import Scanner, heads
from sourcedesk.research.dates import tag_dates

TRICKY = (
    "On 4 March 2022 and the 1st of May; mid-2011, Q3 2020, the first half of 2019, in the "
    "1990s, the ’90s, the 19th century. Two weeks ago, last week, a few days later, "
    "yesterday evening. ſeptember 3 (long s), \u212aelvin, Sept. 4, the fırst quarter of 2020 "
    "(dotless i), ＭＡＲ 2020, ٢٠٢٠ and ９ (other digits), 12/03/2021, 2021-03-12T10:00Z, "
    "2014–2016, at\u00a0present, in\u2003the past, x2014, $2014, 2014%, \U0001d7ce\U0001d7cf."
)
WORDS = (
    "the", "of", "early", "last", "next", "this", "a", "few", "days", "ago", "in", "March",
    "May", "may", "Monday", "2014", "4th", "12", "Q2", "quarter", "spring", "century", "’",
    "-", ",", ".", "/", "K", "ſ", "\u00a0", "\n", "today", "morning", "present", "ı",
)  # fmt: skip


def full_scan(text: str) -> list[tuple[int, tuple[int, int], dict[str, str | None]]]:
    """Every rule's matches from a scan of the whole text (rule, span, groups)."""
    return sorted(
        (i, m.span(), m.groupdict())
        for i, (_, regex) in enumerate(compile_rules())
        for m in regex.finditer(text)
    )


def scanned(text: str) -> list[tuple[int, tuple[int, int], dict[str, str | None]]]:
    return sorted((i, m.span(), m.groupdict()) for i, m in _scanner().matches(text))


def test_tricky_text_gives_the_same_matches() -> None:
    assert scanned(TRICKY) == full_scan(TRICKY)
    assert len(scanned(TRICKY)) > 20


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from([" ", "", "  ", "\t"]))
def test_word_soups_give_the_same_matches(words: list[str], gap: str) -> None:
    text = gap.join(words)
    assert scanned(text) == full_scan(text)


def test_the_tagger_reads_dates_through_the_scanner() -> None:
    values = [m.value for m in tag_dates("It opened on 4 March 2022 and closed in May 2023.")]
    assert values == ["2022-03-04", "2023-05"]


def test_heads_of_a_pattern() -> None:
    assert heads(re.compile(r"(?:early\s+)?[12]\d{3}", re.I), 3) == {"ear", "000"}
    assert heads(re.compile(r"\w+day"), 3) is None  # may start with any letter


def test_a_rule_that_may_start_anywhere_is_scanned_whole() -> None:
    rules = [re.compile(BOUNDARY_BEFORE + r"\w+day"), re.compile(BOUNDARY_BEFORE + r"x")]
    found = sorted(
        (i, m.span()) for i, m in Scanner(rules, BOUNDARY_BEFORE).matches("Sunday x today xx")
    )
    assert found == [(0, (0, 6)), (0, (9, 14)), (1, (7, 8)), (1, (15, 16))]
