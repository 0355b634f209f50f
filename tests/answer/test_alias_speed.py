"""Alias definitions are searched only where a cue is, and found exactly as a full scan finds them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcedesk.answer import variant_data as data
from sourcedesk.answer import variants as var

# Pieces that make and break definitions: names, acronyms, brackets, cue phrases, barriers.
PIECES = [
    "The", "the", "Republic", "of", "Lorvania", "Harbour", "Safety", "Board", "Maritime",
    "Acoustic", "Ranging", "System", "ROL", "HSB", "MARS", "RoL", "TB2", "(", ")", "(ROL)",
    "(HSB)", ",", ", ", ".", ". ", " ", "  ", "\n", ";", ":", "’s", "'s", "-", "U.S.", "x",
    "2022", "also known as", "known as", "formerly", "commonly referred to as", "also called",
    "(also known as", "\u201c", "\u2019", "é", "Éire", "de", "la", "for", "and",
    "Harbour Safety Board (HSB)", "MARS (Maritime Acoustic Ranging System)",
    "ROL, also known as Lorvania", "Republic of Lorvania (formerly ROL)",
]  # fmt: skip
PATTERNS = [var._LONG_THEN_ACRONYM, var._ACRONYM_THEN_LONG, var._INTRODUCED]


def full_scan(text: str) -> Iterator[tuple[str, str]]:
    """The definitions found by running each pattern over the whole text (the old way)."""
    for match in var._LONG_THEN_ACRONYM.finditer(text):
        acronym = match.group(2)
        if data.ACRONYM_MIN_CHARS <= len(acronym) <= data.ACRONYM_MAX_CHARS:
            long = var._shortest_fit(acronym, match.group(1))
            if long:
                yield acronym, long
    for match in var._ACRONYM_THEN_LONG.finditer(text):
        if var.acronym_fits(match.group(1), match.group(2).split()):
            yield match.group(1), match.group(2)
    for match in var._INTRODUCED.finditer(text):
        first, second = var._no_article(match.group(1)), var._no_article(match.group(2))
        if var.alias_key(first) != var.alias_key(second):
            yield first, second


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.sampled_from(["", " "]))
def test_cued_search_finds_what_a_full_scan_finds(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    assert list(var.find_aliases(text)) == list(full_scan(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.sampled_from(["", " "]))
def test_each_pattern_matches_as_over_the_whole_text(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    brackets = var._cued_stretches(text, var._BRACKET_CUE, var._BRACKET_BARRIER)
    introduced = var._cued_stretches(text, var._INTRODUCED_CUE, var._INTRODUCED_BARRIER)
    for pattern, stretches in zip(PATTERNS, [brackets, brackets, introduced], strict=True):
        cued = [(m.span(), m.groups()) for m in var._matches(pattern, text, stretches)]
        assert cued == [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "He met the U.S. Harbour Safety Board (HSB) staff.",
        "Ann Vale, also known as the Vale, spoke; ROL (Republic of Lorvania) agreed.",
        "x;MARS (Maritime Acoustic Ranging System), y:ROL, formerly Lorvania",
        "Harbour Safety Board (HSB)",
    ],
)
def test_definitions_holding_stops_and_commas_or_at_the_ends(text: str) -> None:
    for pattern, cue, barrier in [
        (var._LONG_THEN_ACRONYM, var._BRACKET_CUE, var._BRACKET_BARRIER),
        (var._ACRONYM_THEN_LONG, var._BRACKET_CUE, var._BRACKET_BARRIER),
        (var._INTRODUCED, var._INTRODUCED_CUE, var._INTRODUCED_BARRIER),
    ]:
        cued = var._matches(pattern, text, var._cued_stretches(text, cue, barrier))
        assert [m.span() for m in cued] == [m.span() for m in pattern.finditer(text)]
    assert list(var.find_aliases(text)) == list(full_scan(text)) != []


def test_definitions_among_unrelated_brackets_and_commas_are_all_found() -> None:
    text = (
        "Prices rose (again), officials said, and the Harbour Safety Board (HSB) met. "
        "Its chair (Ann Vale) spoke; the Republic of Lorvania, also known as Lorvania, "
        "agreed. MARS (Maritime Acoustic Ranging System) buoys (pictured) were shown."
    )
    found = list(var.find_aliases(text))
    assert found == list(full_scan(text))
    assert set(found) == {
        ("HSB", "Harbour Safety Board"),
        ("MARS", "Maritime Acoustic Ranging System"),
        ("Republic of Lorvania", "Lorvania"),
    }


def test_a_long_name_across_a_sentence_end_is_read_as_before() -> None:
    # name words may run over ". " (initials, "U.S."): the shortest fitting tail is kept
    text = "He met Vale. Harbour Safety Board (HSB) staff."
    assert list(var.find_aliases(text)) == [("HSB", "Harbour Safety Board")]
