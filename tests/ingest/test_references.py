"""Citation lines are split into title, publisher, date and URL; reference lists are found."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sourcedesk.ingest.references import (
    find_reference_list,
    find_reference_lists,
    parse_reference,
    strip_entry_marker,
)


def test_cite_style_with_authors_date_title_publisher_and_access_date() -> None:
    ref = parse_reference(
        4,
        'Lunn, Marta (1998-02-01). "The keepers of Orvel". Island Histories. Retrieved 2019-11-30.',
    )
    assert (ref.n, ref.title, ref.publisher, ref.date) == (
        4,
        "The keepers of Orvel",
        "Island Histories",
        "1998-02-01",
    )


def test_cite_style_without_authors_takes_the_publication_not_the_archive_date() -> None:
    ref = parse_reference(
        1,
        '"Ferry to stop in September". Orrin Post. 13 July 2022. Archived from the original on '
        "2023-01-05. Retrieved 2023-08-02.",
    )
    assert (ref.title, ref.publisher, ref.date) == (
        "Ferry to stop in September",
        "Orrin Post",
        "2022-07-13",
    )


def test_title_with_inner_quotes_and_initials_in_the_publisher() -> None:
    ref = parse_reference(
        2, '""Not one more winter" — harbour board closes the light". U.S. Coast Desk. 2006-05-14.'
    )
    assert ref.title == '"Not one more winter" — harbour board closes the light'
    assert ref.publisher == "U.S. Coast Desk"


@pytest.mark.parametrize(
    ("line", "title", "publisher"),
    [
        (
            "Ferry line to close after 80 years - The Orrin Post",
            "Ferry line to close after 80 years",
            "The Orrin Post",
        ),
        ("Lights of the Sound | Tidewater Press", "Lights of the Sound", "Tidewater Press"),
    ],
)
def test_plain_title_and_publisher(line: str, title: str, publisher: str) -> None:
    ref = parse_reference(1, line)
    assert (ref.title, ref.publisher) == (title, publisher)


def test_url_is_taken_out_of_the_line() -> None:
    ref = parse_reference(3, "Ferry timetable - Orrin Post https://orrin.example/ferry/2022.")
    assert ref.url == "https://orrin.example/ferry/2022"
    assert (ref.title, ref.publisher) == ("Ferry timetable", "Orrin Post")


def test_short_citation_keeps_its_text_and_claims_no_title() -> None:
    ref = parse_reference(5, "Holm 2001, p. 12.")
    assert ref.text == "Holm 2001, p. 12."
    assert ref.title is None and ref.publisher is None


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("  12. ^ Holm 2001.", "Holm 2001."),
        ("[3] Holm 2001.", "Holm 2001."),
        ("^ a b c Holm 2001.", "Holm 2001."),
        ("↑ Holm 2001.", "Holm 2001."),
    ],
)
def test_entry_markers_are_stripped(line: str, body: str) -> None:
    assert strip_entry_marker(line) == body


def test_reference_list_under_a_heading_keeps_its_numbers() -> None:
    lines = [
        "The light went dark in 2006.",
        "References",
        "",
        "  1. ^ Holm 2001, p. 4.",
        "  2. Lunn 1998.",
        "",
        "Bibliography",
    ]
    found = find_reference_list(lines)
    assert found is not None
    assert (found.heading, found.start, found.end) == (1, 3, 5)
    assert [(r.n, r.text) for r in found.references] == [(1, "Holm 2001, p. 4."), (2, "Lunn 1998.")]


def test_caret_entries_without_a_heading_form_a_list_but_numbered_lines_do_not() -> None:
    carets = ["Some text.", "^ Holm 2001.", "^ Lunn 1998.", "After."]
    assert [r.n for r in find_reference_lists(carets)[0].references] == [1, 2]
    steps = ["1. Mix the dough.", "2. Let it rise.", "3. Bake it."]
    assert find_reference_lists(steps) == []


@given(st.integers(min_value=1, max_value=999), st.text(max_size=200))
def test_parse_reference_never_fails_and_keeps_the_number(n: int, text: str) -> None:
    ref = parse_reference(n, text)
    assert ref.n == n
    assert ref.text == strip_entry_marker(" ".join(text.split()))
