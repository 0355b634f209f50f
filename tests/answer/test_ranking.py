"""Span shapes and ranking features: lists a focus noun opens, and sentences that hold the
question's words themselves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import _pairs_kept, stated_part
from sourcedesk.answer.phrases import focus_list_spans, verb_like
from sourcedesk.answer.question import read_question
from sourcedesk.answer.retrieve import Candidate, SentenceWords, match_terms, prepare_terms
from sourcedesk.answer.span_context import trim_anchors
from sourcedesk.answer.spans import number_spans
from sourcedesk.desk import Desk
from sourcedesk.records import Passage
from tests.answer.conftest import assert_citations_exact, page_desk, stated_answer

CHARTER = """# The Harbour Charter

## Principles

The Harbour Charter rests on the principles of open access, shared upkeep and fair tolls.
Members meet every spring in the town of Varnholm.

## Members

The guild of Varnholm joined the charter in 1911, after a long quarrel over tolls.
The charter was signed by the pilots of Ostmere, who kept the lighthouse on the Rook.

## Storms

On 2 April 1931 a great storm struck the harbour of Ostmere and the pilots later rebuilt the
whole lighthouse on the Rook with new stone.
The pilots rebuilt the lighthouse on the Rook in 1934.
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


def test_capitalised_joiner_stays_in_a_name() -> None:
    desk_text = "The ferry to Kessel leaves from Van Daalen Quay every morning."
    words = SentenceWords.of(desk_text)
    start = desk_text.index("Van")
    end = desk_text.index(" every")
    assert trim_anchors(words, start, end, set()) == (start, end)


def test_where_prefers_the_name_after_a_place_word(charter: Desk) -> None:
    answer = charter.ask("Where do the members meet every spring?")
    assert not answer.abstained, answer.answer
    assert "Varnholm" in stated_part(answer.answer)


def _candidate(text: str) -> Candidate:
    passage = Passage("s1", 0, len(text), text, 0.0)
    return Candidate(passage, SentenceWords.of(text))


def test_question_words_kept_together_count_as_pairs(charter: Desk) -> None:
    question = read_question("Who kept the old lighthouse on the Rook?")
    terms = prepare_terms(charter.store, question)
    together = _candidate("The pilots kept the old lighthouse on the Rook.")
    apart = _candidate("The lighthouse was old; the Rook kept pilots busy.")
    for cand in (together, apart):
        cand.matched = match_terms(terms, cand.words)
    assert _pairs_kept(terms, together) > _pairs_kept(terms, apart)


def test_a_date_next_to_the_question_words_beats_a_distant_one(charter: Desk) -> None:
    answer = charter.ask("When did the pilots rebuild the lighthouse on the Rook?")
    assert not answer.abstained, answer.answer
    assert "1934" in stated_part(answer.answer)


@pytest.mark.parametrize(
    ("text", "first", "last", "expected"),
    [
        ("the guild quickly built a granary", 2, 2, True),  # an adverb
        ("the guild quickly built a granary", 5, 5, False),  # "granary" is a thing
        ("they were analysing the tides", 2, 2, True),  # one participle
        ("a new building stood there", 1, 2, False),  # a noun phrase ending in -ing
        ("the granary", 1, 1, False),
        ("the guild began a granary", 2, 2, True),  # an irregular past form
        ("the guild later built it", 2, 2, True),  # a function word, not a thing
    ],
)
def test_adverbs_and_lone_participles_are_not_things(
    text: str, first: int, last: int, expected: bool
) -> None:
    assert verb_like(SentenceWords.of(text), first, last) is expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Between 30–75% of the catch was lost.", "30–75%"),
        ("The repairs took 3 to 5 years in all.", "3 to 5 years"),
        ("The toll was 12 krona.", "12 krona"),
        ("The canal carries one ninth of the flow.", "one ninth"),  # any fraction word
        ("Some two-thirds of the milk comes from the valley.", "two-thirds"),
    ],
)
def test_a_range_is_one_figure(text: str, figure: str) -> None:
    assert figure in [text[a:b].rstrip(".") for a, b, _ in number_spans(text)]


ORDER = """# Norair order for Halden H5 jets

Norair, which picked the Halden H5 over Vester's 707, is also buying 20 bigger 909 aircraft from Vester for $4 billion.

Halden has secured an order from Norair for up to 40 H5 jets, its new mid-range model.
"""

order = page_desk("order", ORDER)


def test_a_sentence_holding_all_of_the_question_answers_under_one_that_covers_too_little(
    order: Desk,
) -> None:
    """The sentence sharing only the names ranks first and covers too little; the one below
    it holds every word of the question and answers."""
    assert stated_answer(order, "How many H5 jets did Norair order from Halden?") == "Up to 40"


def test_a_near_miss_still_abstains_under_a_sentence_that_covers_too_little(order: Desk) -> None:
    """Guard: no sentence holds all of "How many 909 jets did Norair lease from Halden?"."""
    assert order.ask("How many 909 jets did Norair lease from Halden?").abstained
