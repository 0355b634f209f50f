"""Two sources counting one thing differently are a conflict when a count in digits opens the
sentence ("14 people were hospitalized …"), as one spelled out did ("Eleven people …"). A
count at a clause's end ("…, killing three") is still no claim of its own (test_tallies)."""

from __future__ import annotations

from sourcedesk.research.claims import extract_claims, source_text
from sourcedesk.research.conflicts import FIGURE_KINDS, find_conflicts


def conflicts_between(a: str, b: str) -> list[dict]:
    sources = [source_text("a", a, title="Orsa leak"), source_text("b", b, title="Leak update")]
    return find_conflicts([m for s in sources for m in extract_claims(s)])


def test_a_count_in_digits_opening_its_sentence_conflicts_with_another() -> None:
    found = conflicts_between(
        "14 people were hospitalized after the leak at the Orsa works.",
        "Eleven people were hospitalized after the leak at the Orsa works.",
    )
    found = [c for c in found if c["type"] in FIGURE_KINDS]
    assert len(found) == 1, found
    assert {side["value"] for side in found[0]["sides"]} == {"14", "Eleven"}
    assert {cite["source_id"] for s in found[0]["sides"] for cite in s["citations"]} == {"a", "b"}


def test_one_count_told_twice_is_no_conflict() -> None:
    found = conflicts_between(
        "14 people were hospitalized after the leak at the Orsa works.",
        "Police say 14 people were hospitalized after the leak at the Orsa works.",
    )
    assert found == []
