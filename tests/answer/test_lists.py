"""Questions asking for a number of things, and names with a possessive inside."""

from __future__ import annotations

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.answer.retrieve import SentenceWords
from sourcedesk.answer.spans import name_spans
from tests.answer.conftest import assert_citations_exact, desk_of

MARCH = """# The Orrin recognition

Orrin became the third state, after Chile and Norway, to recognise the independence of
the two breakaway provinces.
Kessel cut ties with Orrin because it had recognised the two breakaway provinces.
In May, Orrin recognised the separatist Tarn and Morrow People's Republics.
"""


def test_which_two_is_answered_by_a_sentence_naming_two_of_that_kind(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"orrin.md": MARCH}) as desk:
        answer = desk.ask("Which two breakaway provinces did Orrin recognise?")
        assert_citations_exact(desk, answer)
    stated = stated_part(answer.answer)
    assert "Tarn" in stated and "Morrow" in stated, answer.answer
    assert "Chile" not in stated


def test_a_plural_nouns_possessive_stays_inside_a_name() -> None:
    text = (
        "They met the Tarn People's Republic and the Kessel Women's Institute in Orrin's capital."
    )
    names = [text[a:b] for a, b, _ in name_spans(text, SentenceWords.of(text))]
    assert "Tarn People's Republic" in names
    assert "Kessel Women's Institute" in names
    assert "Orrin" in names  # a country's possessive still ends its name
