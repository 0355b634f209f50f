"""Alias definitions are searched only where a cue is, and found exactly as a full scan finds them."""

from __future__ import annotations

from collections.abc import Iterator

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
]  # fmt: skip


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
