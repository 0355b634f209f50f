"""Conflicts between sources: each type pinned, both sides cited, paraphrases left alone."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from tests.research.test_claims import seed_sources

from sourcedesk.research.claims import SourceText, cluster_claims, extract_claims, source_text
from sourcedesk.research.conflicts import conflicts_for_question, find_conflicts
from sourcedesk.research.copies import group_copies


def conflicts_of(*sources: SourceText, copies: bool = False) -> list[dict[str, Any]]:
    """The conflicts among small sources, every citation checked against its source."""
    texts = {s.id: s.text for s in sources}
    mentions = [m for s in sources for m in extract_claims(s)]
    found = find_conflicts(mentions, group_copies(list(sources)) if copies else [])
    for conflict in found:
        assert len(conflict["sides"]) >= 2
        for side in conflict["sides"]:
            for c in side["citations"]:
                assert texts[c["source_id"]][c["start"] : c["end"]] == c["quote"]
    return found


def voices_of_largest_claim(*sources: SourceText) -> int:
    """How many voices the best-supported claim of these sources has (they were compared)."""
    claims = cluster_claims([m for s in sources for m in extract_claims(s)])
    return max(c.voices for c in claims)


def cited(conflict: dict[str, Any]) -> set[str]:
    return {c["source_id"] for side in conflict["sides"] for c in side["citations"]}


def only(found: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    assert [c["type"] for c in found] == [kind], found
    return found[0]


def test_same_event_with_different_dates_is_a_date_conflict() -> None:
    a = source_text("a", "Kalvia cut ties with Norland on 4 March 2021.")
    b = source_text("b", "Kalvia severed diplomatic relations with Norland on 9 April 2021.")
    conflict = only(conflicts_of(a, b), "date")
    assert cited(conflict) == {"a", "b"}
    assert {s["value"] for s in conflict["sides"]} == {"2021-03-04", "2021-04-09"}


def test_dates_at_different_precision_agree() -> None:
    a = source_text("a", "Kalvia cut ties with Norland on 4 March 2021.")
    b = source_text("b", "Kalvia severed diplomatic relations with Norland in 2021.")
    c = source_text("c", "Kalvia broke off relations with Norland on Wednesday.")
    assert conflicts_of(a, b, c) == []
    assert voices_of_largest_claim(a, b, c) == 3


def test_same_count_with_different_figures_is_a_figure_conflict() -> None:
    a = source_text("a", "The Varna flood destroyed 1,200 homes in the Osk valley last spring.")
    b = source_text("b", "The Varna flood destroyed 3,400 homes in the Osk valley last spring.")
    conflict = only(conflicts_of(a, b), "figure")
    assert {s["value"] for s in conflict["sides"]} == {"1,200", "3,400"}


def test_the_place_a_count_was_made_is_not_whose_count_it_is() -> None:
    a = source_text(
        "a",
        "A strong quake struck near the port of Orrin in September, killing at least seven "
        "residents and hurting 40.",
    )
    b = source_text(
        "b", "That quake killed at least five residents and hurt almost 50 in September."
    )
    conflict = only(conflicts_of(a, b), "figure")
    assert cited(conflict) == {"a", "b"}


def test_a_side_of_a_country_is_a_place_of_a_count() -> None:
    a = source_text(
        "a",
        "A strong quake struck southern Kalvia in September, killing at least seven residents "
        "and hurting 40, 15 of them near Vell.",
    )
    b = source_text("b", "That quake killed at least five residents in September.")
    assert only(conflicts_of(a, b), "figure")


def test_counts_in_two_places_of_one_kind_are_two_events() -> None:
    a = source_text("a", "The storm killed at least seven people on Vell island in March.")
    b = source_text("b", "The storm killed at least two people on Orr island in March.")
    assert [c["type"] for c in conflicts_of(a, b)] != ["figure"]


def test_figures_of_different_years_are_differing_figures() -> None:
    a = source_text("a", "In 2019, Kalvia exported grain worth $40 million to Norland.")
    b = source_text("b", "In 2020, Kalvia exported grain worth $65 million to Norland.")
    found = conflicts_of(a, b)
    assert [c["type"] for c in found] == ["differing_figures"]
    claims = cluster_claims([m for s in (a, b) for m in extract_claims(s)])
    assert all(c.status != "conflict" for c in claims)  # not a contradiction


def test_a_sum_written_with_a_sign_and_in_words_is_one_currency() -> None:
    """ "$13.9 billion" and "13.2 billion dollars" are two prices in one currency: they
    disagree, where a sum in euros would not be set against them."""
    a = source_text("a", "Orvel agreed to buy Tessa Data for $13.9 billion in cash on Monday.")
    b = source_text(
        "b", "Orvel agreed to buy Tessa Data for 13.2 billion dollars in cash on Monday."
    )
    c = source_text("c", "Orvel agreed to buy Tessa Data for 9.1 billion euros in cash on Monday.")
    conflict = only(conflicts_of(a, b), "figure")
    assert cited(conflict) == {"a", "b"}
    assert not [f for f in conflicts_of(a, c) if f["type"] == "figure"]


def test_one_person_given_two_ages_is_a_figure_conflict_about_their_age() -> None:
    a = source_text("a", "Police in Osk charged Tomas Brekke, 60, with arson on Tuesday.")
    b = source_text("b", "A 61-year-old man, Tomas Brekke, was charged with arson in Osk.")
    c = source_text("c", "Police in Osk charged 60-year-old Tomas Brekke with arson on Tuesday.")
    conflict = only(conflicts_of(a, b, c), "figure")
    assert conflict["about"] == "Tomas Brekke: age"
    assert sorted(s["value"] for s in conflict["sides"]) == ["60", "61"]
    assert cited(conflict) == {"a", "b", "c"}


def test_ages_of_two_people_are_not_contradicted() -> None:
    a = source_text("a", "Police in Osk charged Tomas Brekke, 60, with arson on Tuesday.")
    b = source_text("b", "Police in Osk charged Ines Brekke, 34, with arson on Tuesday.")
    assert conflicts_of(a, b) == []


def test_bounds_and_estimates_are_not_contradicted() -> None:
    a = source_text("a", "The Varna flood destroyed at least 1,200 homes in the Osk valley.")
    b = source_text("b", "The Varna flood destroyed 1,350 homes in the Osk valley.")
    c = source_text("c", "The Varna flood destroyed about 1,300 homes in the Osk valley.")
    assert conflicts_of(a, b, c) == []
    assert voices_of_largest_claim(a, b, c) == 3


def test_affirmed_against_denied_is_a_negation_conflict() -> None:
    a = source_text("a", "Mayor Ilse Varga signed the harbour treaty with Norland.")
    b = source_text("b", "Mayor Ilse Varga did not sign the harbour treaty with Norland.")
    conflict = only(conflicts_of(a, b), "negation")
    assert {s["value"] for s in conflict["sides"]} == {"affirmed", "denied"}


def test_negation_of_something_else_is_no_conflict() -> None:
    a = source_text("a", "Mayor Ilse Varga signed the harbour treaty with Norland.")
    b = source_text("b", "Mayor Ilse Varga signed the harbour treaty, not only the fishing pact.")
    c = source_text("c", "Ilse Varga said the harbour treaty with Norland was not her idea.")
    assert conflicts_of(a, b, c) == []
    assert voices_of_largest_claim(a, b) == 2


THIRD_TO_RECOGNISE = (
    "Freedonia became the third state, after Kalvia and Estmark, to recognise the Osk "
    "republic. It did so on 10 May 2021."
)


def test_ordinal_claim_checked_against_dated_acts_of_others() -> None:
    claim = source_text("claim", THIRD_TO_RECOGNISE)
    other = source_text(
        "other",
        "Kalvia recognised the Osk republic on 2 January 2021. On 2 March 2021, Norland "
        "recognised the Osk republic as well. Freedonia recognised the Osk republic on "
        "10 May 2021.",
    )
    conflict = only(conflicts_of(claim, other), "ordinal")
    assert cited(conflict) == {"claim", "other"}
    assert conflict["sides"][0]["citations"][0]["source_id"] == "claim"
    rivals = [side["value"] for side in conflict["sides"][1:]]
    assert rivals == ["norland"]  # Kalvia is a named predecessor, Norland is not
    # a reader sees what each side says, not internal ids
    labels = [side["label"] for side in conflict["sides"]]
    assert labels == ["the third to recognise", "Norland did it earlier"]


def test_the_rank_label_reads_the_verb_after_the_rank() -> None:
    # "went to Ostby and became the third state … to recognise": not "the third to Ostby"
    claim = source_text(
        "claim",
        "Freedonia went to Ostby and became the third state, after Kalvia, to recognise the "
        "Osk republic. It did so on 10 May 2021.",
    )
    other = source_text(
        "other",
        "Kalvia recognised the Osk republic on 2 January 2021. On 2 March 2021, Norland "
        "recognised the Osk republic as well. Freedonia recognised the Osk republic on "
        "10 May 2021.",
    )
    conflict = only(conflicts_of(claim, other), "ordinal")
    assert conflict["sides"][0]["label"] == "the third to recognise"


def test_the_only_one_to_do_it_is_checked_against_doing_it_to_the_same_object() -> None:
    """ "the only carrier to offer the Tarn phone with no annual contract" ranks offering the
    phone; a club offering a player a contract is another act."""
    claim = source_text(
        "claim",
        "Lisk Mobile is the only major carrier to offer the Tarn phone with no annual"
        " contract plus unlimited calls.",
    )
    other = source_text(
        "other", "The Ostby Rovers have offered a four-year contract to Pelle Lund, the club said."
    )
    assert [c for c in conflicts_of(claim, other) if c["type"] == "ordinal"] == []


def test_a_rival_named_by_its_demonym_before_a_title_is_shown_as_its_place() -> None:
    claim = source_text("claim", THIRD_TO_RECOGNISE)
    other = source_text(
        "other",
        "Kalvia recognised the Osk republic on 2 January 2021. On 2 March 2021, Vostarian "
        "President Ida Marr recognised the Osk republic as well. Freedonia recognised the Osk "
        "republic on 10 May 2021.",
    )
    conflict = only(conflicts_of(claim, other), "ordinal")
    # "Vostarian President Ida Marr": Vostaria did it, not "Vostarian"
    assert [side["label"] for side in conflict["sides"]][1:] == ["Vostaria did it earlier"]


def test_ordinal_claim_consistent_with_others_is_no_conflict() -> None:
    claim = source_text(
        "claim", "Freedonia became the first state to recognise the Osk republic in 2019."
    )
    other = source_text("other", "Norland recognised the Osk republic on 2 March 2021.")
    assert conflicts_of(claim, other) == []


def test_lists_disagreeing_on_who_did_it_are_a_list_conflict() -> None:
    a = source_text("a", "Kalvia, Estmark and Norland signed the Osk water accord in Varna.")
    b = source_text("b", "Kalvia, Estmark and Freedonia signed the Osk water accord in Varna.")
    conflict = only(conflicts_of(a, b), "list")
    assert cited(conflict) == {"a", "b"}


def test_copy_naming_someone_else_is_a_list_conflict() -> None:
    story = (
        "The council met on Monday to discuss the harbour. "
        "Harbour master Ilse Varga opened the new pier in front of three hundred guests. "
        "The pier cost the town two years of repairs and much debate."
    )
    a = source_text("a", story)
    b = source_text("b", story.replace("Ilse Varga", "Tomas Brenn"))
    conflict = only(conflicts_of(a, b, copies=True), "list")
    assert cited(conflict) == {"a", "b"}


def test_copy_that_only_adds_a_name_is_no_conflict() -> None:
    story = (
        "The council met on Monday to discuss the harbour. "
        "Harbour master Ilse Varga opened the new pier with the Osk Ferry Company in front of "
        "three hundred guests. The pier has 13 berths in Kalvia and the U. K."
    )
    a = source_text("a", story)
    b = source_text(
        "b",
        story.replace("Osk Ferry Company", "Osk Ferry Company (OFC)").replace(
            "the U. K.", "the UK"
        ),
    )
    assert [c for c in conflicts_of(a, b, copies=True) if c["type"] == "list"] == []


def test_paraphrases_are_not_conflicts() -> None:
    sources = [
        source_text("a", "Kalvia cut ties with Norland on 4 March 2021."),
        source_text("b", "On 4 March, Kalvia severed diplomatic relations with Norland."),
        source_text("c", "Kalvia breaks diplomatic relations with Norland, officials said."),
        source_text("d", "Kalvia is terminating relations with Norland over its Osk policy."),
    ]
    assert conflicts_of(*sources) == []
    assert voices_of_largest_claim(*sources) == 4


def test_revisions_of_one_article_do_not_conflict() -> None:
    old = source_text("old", "Kalvia cut ties with Norland on 4 March 2021.")
    new = source_text("new", "Kalvia cut ties with Norland on 5 March 2021.", revision_of="old")
    assert conflicts_of(old, new) == []
    assert [c["type"] for c in conflicts_of(old, replace(new, revision_of=None))] == ["date"]


def test_conflicts_for_question_picks_those_touching_it() -> None:
    found = conflicts_of(
        source_text("a", "Kalvia cut ties with Norland on 4 March 2021."),
        source_text("b", "Kalvia severed diplomatic relations with Norland on 9 April 2021."),
        source_text("c", "The Varna flood destroyed 1,200 homes in the Osk valley."),
        source_text("d", "The Varna flood destroyed 3,400 homes in the Osk valley."),
    )
    assert {c["type"] for c in found} == {"date", "figure"}
    (picked,) = conflicts_for_question("When did Kalvia cut ties with Norland?", found)
    assert picked["type"] == "date"
    assert conflicts_for_question("Who won the chess final?", found) == []


def test_seeds_disagree_on_who_recognised_before_north_korea() -> None:
    sources = seed_sources()
    mentions = [m for s in sources for m in extract_claims(s)]
    found = find_conflicts(mentions, group_copies(sources))
    ordinal = [c for c in found if c["type"] == "ordinal" and "North Korea" in c["about"]]
    assert ordinal, found
    claim_side, *rivals = ordinal[0]["sides"]
    assert {c["source_id"] for c in claim_side["citations"]} == {"002"}
    assert {c["source_id"] for side in rivals for c in side["citations"]} & {"003", "004"}
    # Nothing the sources merely word differently is reported as a contradiction.
    assert {c["type"] for c in found} <= {"ordinal", "differing_figures"}
    picked = conflicts_for_question("Which states recognised the republics first?", found)
    assert ordinal[0] in picked
