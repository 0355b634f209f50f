"""A question that points at one snapshot of a page ("…, according to the newer revision?")
is answered from that snapshot first; the pointer's words are not asked of the sentences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.answer.source_pointer import split_pointer
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, desk_of

FERRY = """# Kessby ferry

The Kessby ferry links the harbour with the island of Tarn.
{count} ferries ran each day between the harbour and the island in the summer timetable.
The crossing takes forty minutes in calm weather.
The harbour board owns the two boats that serve the route.
Tickets are sold at the quay office and on board.
"""
LATER = "A third boat joined the route in May after the council paid for it.\n"


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """The page as first captured (four ferries), then a later capture of it (six)."""
    with Desk(tmp_path_factory.mktemp("snapshots") / "desk.sqlite") as desk:
        assert desk.add_bytes("ferry-old.md", FERRY.format(count="Four").encode()).status == "added"
        later = desk.add_bytes("ferry-new.md", (FERRY.format(count="Six") + LATER).encode())
        assert later.status == "revision"
        yield desk


@pytest.mark.parametrize(
    ("pointer", "expected"),
    [
        ("according to the newer revision", "six"),
        ("according to the latest version", "six"),
        ("in the original version", "four"),
        ("according to the earlier snapshot", "four"),
    ],
)
def test_the_snapshot_pointed_at_answers_first(
    snapshots: Desk, pointer: str, expected: str
) -> None:
    answer = snapshots.ask(f"How many ferries ran each day, {pointer}?")
    assert not answer.abstained, answer.answer
    assert_citations_exact(snapshots, answer)
    assert stated_part(answer.answer).lower() == expected
    newer = {s.id for s in snapshots.sources() if s.revision_of}
    assert (answer.citations[0].source_id in newer) == (expected == "six")


def test_the_pointer_words_are_not_asked_of_the_sentences() -> None:
    assert split_pointer("What linked the harbour, according to the newer revision?") == (
        "What linked the harbour?",
        "newer",
    )
    assert split_pointer("Who owns the boats in the original version of the page?") == (
        "Who owns the boats?",
        "older",
    )
    # a question about the snapshot itself keeps its words; so does "the BBC version"
    assert split_pointer("What changed in the newer revision?")[1] is None
    assert split_pointer("What did they say in the BBC version?")[1] is None


TOWNS = """# Two towns

Kessby and Ostby signed a harbour pact in 1990.
The two towns had busy ferry trade as well as close fishing ties before the war.
"""


def test_a_kind_is_asked_not_a_list_or_a_count(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "the two towns" counts the asker's subject; "what kind of ties" asks for one kind, so
    the answer is not "Kessby and Ostby", the first two names side by side."""
    with desk_of(tmp_path_factory, {"towns.md": TOWNS}) as desk:
        answer = desk.ask("What kind of ties did the two towns have before the war?")
        assert not answer.abstained, answer.answer
        assert "fishing" in stated_part(answer.answer).lower()
        assert "Kessby" not in stated_part(answer.answer)


def test_a_sentence_both_snapshots_hold_is_offered_once_among_the_closest(
    snapshots: Desk,
) -> None:
    """An abstention's closest passages do not repeat a sentence a revision kept word for
    word: three different passages, not one of them twice."""
    answer = snapshots.ask("How much do tickets for the harbour boats to Brennmark cost?")
    assert answer.abstained
    quotes = [c.quote for c in answer.closest]
    assert len(quotes) == 3
    assert len(set(quotes)) == len(quotes)


def test_a_revision_that_says_the_same_is_quoted_once(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The later capture words the crossing's length anew: one article, one quote."""
    later = FERRY.format(count="Four").replace(
        "The crossing takes forty minutes in calm weather.",
        "In calm weather the crossing to Tarn takes forty minutes.",
    )
    with Desk(tmp_path_factory.mktemp("reworded") / "desk.sqlite") as desk:
        desk.add_bytes("ferry-old.md", FERRY.format(count="Four").encode())
        assert desk.add_bytes("ferry-new.md", (later + LATER).encode()).status == "revision"
        answer = desk.ask("What happened to the crossing?")
        assert_citations_exact(desk, answer)
    assert "forty minutes" in stated_part(answer.answer), answer.answer
    assert len(answer.citations) == 1, answer.citations


def test_snapshots_that_disagree_are_both_shown(snapshots: Desk) -> None:
    answer = snapshots.ask("How many ferries ran each day?")
    assert_citations_exact(snapshots, answer)
    sides = {side["text"].lower() for side in answer.disagreements[0]["sides"]}
    assert sides == {"four", "six"}, answer.answer
