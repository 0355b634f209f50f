"""A yes/no question made of a name and common words ("Did Vell get out?") is answered only
by a sentence that says what it asks, not by any sentence naming Vell."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

PARK = """\
# Escape at the Orsa park

A female snow leopard called Tarn got out of her enclosure at the Orsa park.
The male, Vell, stayed in the enclosure throughout.
"""
park = page_desk("park", PARK)


def test_a_sentence_naming_someone_does_not_say_yes_to_what_it_does_not_say(park: Desk) -> None:
    assert park.ask("Did Vell get out?").abstained


def test_a_sentence_that_says_it_answers_yes(park: Desk) -> None:
    answer = park.ask("Did Tarn get out?")
    assert answer.answer.startswith("Yes —")
    assert "got out" in answer.citations[0].quote
