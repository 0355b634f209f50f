"""Copies of one story that differ only in how they write the same thing are not in conflict."""

from __future__ import annotations

from sourcedesk.research.claims import extract_claims, source_text
from sourcedesk.research.conflicts import find_conflicts

ORIGINAL = (
    "Corroded steel cables inside the main span of the Orrin Bridge caused the collapse, the "
    "Regional Safety Board (RSB) said on Tuesday. Water had been seeping into the ducts for "
    "decades, the investigators said, and nobody had looked inside the ducts since 1990. "
    "The corroded cables were replaced in 2021."
)
COPY = (
    "Corroded steel cables inside the main span of the Orrin Bridge caused the collapse, the "
    "Regional Safety Board (RSB) said on 12 September. Water had been seeping into the ducts "
    "for decades, investigators said. The ferry office was moved in 2019."
)
DENIAL = ORIGINAL.replace("caused the collapse", "did not cause the collapse")


def conflicts_between(a: str, b: str) -> list[dict]:
    sources = [source_text("a", a, published="2023-09-13"), source_text("b", b)]
    mentions = [m for s in sources for m in extract_claims(s)]
    return find_conflicts(mentions, [["a", "b"]])


def test_a_clause_only_one_copy_adds_is_not_a_denial() -> None:
    found = conflicts_between(ORIGINAL, COPY)
    assert [c["type"] for c in found if c["type"] in ("negation", "list")] == []


def test_a_real_denial_in_a_copy_is_still_found() -> None:
    found = conflicts_between(ORIGINAL, DENIAL)
    assert any(c["type"] == "negation" for c in found)


def test_a_date_of_a_relative_clause_does_not_date_the_statement() -> None:
    first = "The replacement for the bridge that fell in November 2022 opened on Saturday."
    second = "A replacement bridge opened on 1 March 2025."
    found = conflicts_between(first, second)
    assert [c for c in found if c["type"] == "date"] == []


def test_a_denial_of_another_point_is_no_conflict() -> None:
    # "No-one was injured" denies injuries; the police inquiry both sources tell is not denied.
    denied = (
        'No-one was injured in the crash, which is being investigated by police as "possibly '
        'deliberate".'
    )
    affirmed = 'Police are investigating the crash as "possibly deliberate".'
    sources = [source_text("a", denied), source_text("b", affirmed)]
    found = find_conflicts([m for s in sources for m in extract_claims(s)])
    assert [c for c in found if c["type"] == "negation"] == []


def test_a_denial_of_the_same_point_is_still_a_conflict() -> None:
    denied = "The driver of the lorry was not injured in the crash on the Elmsford road."
    affirmed = "The driver of the lorry was injured in the crash on the Elmsford road."
    sources = [source_text("a", denied), source_text("b", affirmed)]
    found = find_conflicts([m for s in sources for m in extract_claims(s)])
    assert [c["type"] for c in found] == ["negation"]


def negations_between(denied: str, affirmed: str) -> list[dict]:
    sources = [source_text("a", denied), source_text("b", affirmed)]
    found = find_conflicts([m for s in sources for m in extract_claims(s)])
    return [c for c in found if c["type"] == "negation"]


def test_a_denial_told_of_he_does_not_deny_what_a_named_person_does() -> None:
    """ "he told reporters he would not present the gala again" tells of last year's presenter,
    whoever he is; it does not deny that Mara Quill will present."""
    affirmed = "Mara Quill is to present the Harlow Gala in the spring."
    denied = (
        "Around 9 million viewers tuned in, up 2% on the previous show – he told reporters he "
        "would not present the Harlow Gala again."
    )
    assert negations_between(denied, affirmed) == []
    named = "Mara Quill told reporters she would not present the Harlow Gala in the spring."
    assert [c["type"] for c in negations_between(named, affirmed)] == ["negation"]
