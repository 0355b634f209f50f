"""Span shapes and ranking features: lists a focus noun opens, and sentences that hold the
question's words themselves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.answer.extractive import focus_list_spans
from sourcedesk.answer.retrieve import SentenceWords
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact

CHARTER = """# The Harbour Charter

## Principles

The Harbour Charter rests on the principles of open access, shared upkeep and fair tolls.
Members meet every spring in the town of Varnholm.

## Members

The guild of Varnholm joined the charter in 1911, after a long quarrel over tolls.
The charter was signed by the pilots of Ostmere, who kept the lighthouse on the Rook.
"""


@pytest.fixture(scope="module")
def charter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A desk holding one short invented page."""
    path = tmp_path_factory.mktemp("charter") / "desk.sqlite"
    with Desk(path) as desk:
        desk.add_bytes("charter.md", CHARTER.encode())
        yield desk


def _items(text: str, focus: str) -> list[str]:
    return [text[a:b] for a, b, _ in focus_list_spans(text, SentenceWords.of(text), focus)]


def test_focus_noun_opens_a_list_of_lower_case_items() -> None:
    text = "It rests on the principles of open access, shared upkeep and fair tolls."
    assert _items(text, "principles") == ["open access", "shared upkeep", "fair tolls"]


def test_no_list_without_the_focus_noun_or_a_second_item() -> None:
    assert _items("It rests on the principles of open access.", "principles") == []
    assert _items("Open access, shared upkeep and fair tolls.", "principles") == []
    assert _items("The principles of open access, shared upkeep.", "") == []


def test_list_question_states_every_lower_case_item(charter: Desk) -> None:
    answer = charter.ask("Which principles does the Harbour Charter rest on?")
    assert not answer.abstained, answer.answer
    stated = stated_part(answer.answer).lower()
    for item in ("open access", "shared upkeep", "fair tolls"):
        assert item in stated
    assert_citations_exact(charter, answer)


def test_sentence_holding_the_question_words_beats_its_neighbour(charter: Desk) -> None:
    answer = charter.ask("Who kept the lighthouse on the Rook?")
    assert not answer.abstained, answer.answer
    assert "Ostmere" in stated_part(answer.answer)
    assert "lighthouse" in answer.citations[0].quote
