"""Questions about the pages themselves: who published one, and when."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, desk_of

HERALD = """---
title: Harbour pilots strike over night tolls
publisher: Ostmere Herald
date: 2023-04-02
---

Pilots in Ostmere stopped work on Saturday over the new night tolls.
The strike closed the harbour for six hours.
"""

GAZETTE = """---
title: Varnholm guild reopens the old lighthouse
publisher: Varnholm Gazette
---

The guild of Varnholm reopened the lighthouse on the Rook after ten years.
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """Two invented news pages, one without a publication date."""
    with desk_of(tmp_path_factory, {"herald.md": HERALD, "gazette.md": GAZETTE}) as desk:
        yield desk


def test_when_a_page_was_published_comes_from_its_details(pages: Desk) -> None:
    answer = pages.ask("When was the Ostmere Herald story published?")
    assert not answer.abstained
    assert answer.answer.startswith("2 April 2023")
    assert_citations_exact(pages, answer)
    assert answer.citations[0].title == "Harbour pilots strike over night tolls"


def test_who_published_a_page_named_by_its_subject(pages: Desk) -> None:
    answer = pages.ask("Which newspaper published the report on the lighthouse reopening?")
    assert answer.answer.startswith("Varnholm Gazette")
    assert_citations_exact(pages, answer)


def test_a_page_without_a_date_is_not_given_one(pages: Desk) -> None:
    answer = pages.ask("When was the Varnholm Gazette article published?")
    assert answer.abstained
    assert "Varnholm guild reopens the old lighthouse" in answer.answer


def test_a_question_naming_no_page_goes_to_the_sentences(pages: Desk) -> None:
    answer = pages.ask("How long was the harbour closed?")
    assert not answer.abstained
    assert answer.answer.lower().startswith("six hours")


def test_a_question_about_what_was_published_is_about_the_content(pages: Desk) -> None:
    answer = pages.ask("What did the Ostmere Herald publish about the pilots?")
    assert not answer.answer.startswith("Ostmere Herald —"), answer.answer
