"""Tallies: counts of people by what happened to them, compared across sources however the
sentences word them ("four were injured" against "five people were hurt")."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk
from sourcedesk.research.claim_values import figures, is_age, is_tally, tallies_in
from sourcedesk.research.claims import cluster_claims, extract_claims, source_text
from sourcedesk.research.conflicts import FIGURE_KINDS, find_conflicts, without_echoes

EXAMPLE = Path(__file__).resolve().parents[2] / "src" / "sourcedesk" / "examples" / "lisk-bridge"


def conflicts_of(*texts: str) -> list[dict]:
    sources = [source_text(f"s{n}", text) for n, text in enumerate(texts)]
    return find_conflicts([m for s in sources for m in extract_claims(s)])


def figure_conflicts(*texts: str) -> list[dict]:
    return [c for c in conflicts_of(*texts) if c["type"] == "figure"]


def test_two_counts_of_the_injured_in_different_words_conflict() -> None:
    found = figure_conflicts(
        "The ferry ran aground near Tollan pier on Sunday. Four other passengers, one of them "
        "a child, were hurt.",
        "Rescuers reached the stranded ferry within an hour. Five passengers were injured in "
        "the grounding, the coastguard said.",
    )
    assert len(found) == 1
    conflict = found[0]
    assert conflict["about"] == "passengers injured"
    assert [side["value"] for side in conflict["sides"]] == ["Four", "Five"]
    assert [side["citations"][0]["source_id"] for side in conflict["sides"]] == ["s0", "s1"]


def test_a_count_told_with_its_noun_left_out_is_a_count_of_people() -> None:
    found = figure_conflicts(
        "Two people were killed and six were injured when the crane fell.",
        "Seven people were hurt when a crane toppled onto the market stalls.",
    )
    assert [[s["value"] for s in c["sides"]] for c in found] == [["six", "Seven"]]
    assert found[0]["about"] == "people injured"


def test_the_same_count_in_other_words_is_corroboration() -> None:
    texts = (
        "Three people died when the crane fell onto the market.",
        "The collapse of the crane killed three people, police said.",
    )
    assert figure_conflicts(*texts) == []
    sources = [source_text(f"s{n}", t) for n, t in enumerate(texts)]
    claims = cluster_claims([m for s in sources for m in extract_claims(s)])
    assert max(c.voices for c in claims) == 2


def test_a_count_of_agencies_is_a_tally_and_an_age_is_none() -> None:
    # "agencies" is a counted noun (its stem only begins like "age"); "Brekke, 61," is an age
    text = "Three agencies were damaged in the storm, said Tomas Brekke, 61, the mayor."
    units = {f.text: f.unit for f in figures(text, 0, len(text), [])}
    assert is_tally(units["Three"]) and not is_age(units["Three"]), units
    assert is_age(units["61"]) and not is_tally(units["61"]), units


def test_the_parts_of_a_count_are_not_counts_of_their_own() -> None:
    assert (
        figure_conflicts(
            "Coastguards detained 9 Somali and 5 Kenyan men on the skiff.",
            "Fourteen men were detained on the skiff, the coastguard said.",
        )
        == []
    )
    assert (
        figure_conflicts(
            "Two of the three riders died in hospital.",
            "One rider died at the scene on Monday morning.",
        )
        == []
    )


def test_a_supposed_count_and_no_one_are_not_counts() -> None:
    assert (
        figure_conflicts(
            "There might have been two men killed, a neighbour told reporters.",
            "One man was killed in the blast.",
        )
        == []
    )
    assert (
        figure_conflicts(
            "No one was hurt when the roof gave way.",
            "Two people were hurt when the roof gave way.",
        )
        == []
    )


def test_counts_by_different_actors_or_far_apart_are_not_one_disagreement() -> None:
    assert (
        figure_conflicts(  # two parties' own tolls ("Local officials said …" only tells one)
            "The Varn Army killed 40 fighters near Osk.",
            "The Tarn Guard killed 25 fighters near Osk.",
        )
        == []
    )
    found = conflicts_of(
        "The 1998 quake killed 600 people across the valley.",
        "Ten people were killed when the quake struck the valley.",
    )
    assert [c["type"] for c in found if "killed" in c["about"]] == ["differing_figures"]


def test_the_example_topic_shows_its_injured_disagreement(tmp_path: Path) -> None:
    with Desk(tmp_path / "desk.sqlite") as desk:
        desk.add([str(path) for path in sorted(EXAMPLE.glob("0*"))])
        found = [c for c in desk.conflicts() if c["about"] == "people injured"]
    assert len(found) == 1
    sides = {s["value"].lower(): s for s in found[0]["sides"]}
    assert set(sides) == {"four", "five"}
    assert sides["four"]["voices"] == 2  # page 01 and its copy 06; the article 03 and its revision
    five = {c["source_id"] for c in sides["five"]["citations"]}
    assert len(five) == 1


def test_things_damaged_are_counted_by_their_head_noun() -> None:
    found = figure_conflicts(
        "The outage began after two subsea cables in the Varn Strait suffered damage.",
        "The calls failed after three submarine cables in the Varn Strait were damaged.",
    )
    assert [[s["value"] for s in c["sides"]] for c in found] == [["two", "three"]]
    assert found[0]["about"].endswith("cables damaged")


def test_an_age_is_no_count_and_another_clause_names_whose_count_it_is() -> None:
    assert (
        figure_conflicts(
            "Mara Vell, 43, is charged with the deaths at the depot.",
            "Two people were killed at the depot on Thursday.",
        )
        == []
    )
    assert (
        figure_conflicts(
            "Earlier this year, Osk Tarran opened fire at Halden College, killing three.",
            "Two people were killed at the depot on Thursday.",
        )
        == []
    )


def test_every_source_giving_a_side_counts_when_their_actors_overlap() -> None:
    found = figure_conflicts(
        "The outage began after two subsea cables in the Varn Sea suffered damage.",
        "Calls dropped when three subsea cables linking Osk with Tessby in the Varn Sea "
        "were damaged.",
        "The slowdown started after three submarine cables in the Varn Sea were damaged.",
    )
    assert len(found) == 1
    sides = {s["value"]: s["voices"] for s in found[0]["sides"]}
    assert sides == {"two": 1, "three": 2}


def test_a_verb_before_a_comma_does_not_count_the_figure_after_it() -> None:
    assert (
        figure_conflicts(
            "Of the 23 sailors detained, 12 are from Osk and 11 from Tessby.",
            "Coastguards detained 20 people on Saturday.",
        )
        == []
    )


def test_a_softer_echo_of_a_disagreement_is_shown_once() -> None:
    """ "two" against "three" cables, and "two" against "3 … between Osk and Tessby" typed as
    differing figures: the second only echoes the first; an unrelated one stays."""

    def conflict(kind: str, *cited: tuple[str, int]) -> dict:
        sides = [{"citations": [{"source_id": sid, "start": start}]} for sid, start in cited]
        return {"type": kind, "sides": sides}

    figure = conflict("figure", ("a", 0), ("b", 10))
    echo = conflict("differing_figures", ("a", 0), ("c", 5))
    other = conflict("differing_figures", ("d", 0), ("e", 7))
    assert without_echoes([figure, echo, other]) == [figure, other]


def counted_injured(*texts: str) -> list[list[str]]:
    """The values of each figure conflict (dated alike or not) about a count of the injured."""
    return [
        sorted(side["value"] for side in c["sides"])
        for c in conflicts_of(*texts)
        if c["type"] in FIGURE_KINDS and "injured" in c["about"]
    ]


def test_a_count_closing_its_clause_after_a_tally_verb_is_a_tally() -> None:
    """ "killing four and injuring 30." and "wounding another 25" count the injured."""
    assert counted_injured(
        "A gas blast tore through the Harlow Street market, killing four people and injuring 30.",
        "The Harlow Street market blast killed four people and left 25 injured, said police.",
    ) == [["25", "30"]]
    assert counted_injured(
        "The Harlow Street market blast killed four people and wounded another 25, officials said.",
        "Police said the Harlow Street market blast killed four people and hurt 30.",
    ) == [["25", "30"]]


def test_an_age_at_death_and_a_phone_number_are_no_counts() -> None:
    died = "Ilsa Varn, the painter of the Harlow murals, died at 85 on Monday."
    assert [f.unit for f in figures(died, 0, len(died), [])] == [""]
    phone = "Anyone who saw the blast should call Harlow police on 0845 121 7000 or 999."
    assert [f.text for f in figures(phone, 0, len(phone), [])] == ["999"]


def test_a_sum_in_any_currency_is_no_count() -> None:
    """ "5 million yuan of crops" is money destroyed, not five million things."""
    for currency in ("yuan", "rupees", "dollars"):
        text = f"The storm killed 12 and destroyed 5 million {currency} of crops."
        assert [t[2] for t in tallies_in(text)] == ["killed"], currency


def test_two_workforces_told_in_other_clauses_conflict() -> None:
    """A workforce is a count by what the actor does with people ("employs"), whatever else
    the two sentences say; "about" allows a rounding, not a tenth more."""
    found = figure_conflicts(
        "Halvik, founded in 1989, runs a fleet of 31 aircraft and employs 2,100 people.",
        "Halvik, which operates turboprop aircraft and employs about 1,900 people, has struggled.",
    )
    assert [[side["value"] for side in c["sides"]] for c in found] == [["2,100", "1,900"]]
    assert "employed" in found[0]["about"]


def test_a_rounded_workforce_agrees_with_the_exact_one() -> None:
    found = figure_conflicts(
        "Halvik employs 2,040 people at its plant in Lisle.",
        "Halvik, which employs about 2,000 people, makes tractors.",
    )
    assert found == []


def test_counts_aboard_joined_by_and_each_count_their_own_noun() -> None:
    found = figure_conflicts(
        "There were 412 passengers and 38 crew on board, the coastguard said.",
        "Revised figures showed that 436 passengers and 41 crew had been aboard when the ship "
        "went aground.",
    )
    assert len(found) == 1 and found[0]["about"] in ("crew aboard", "passengers aboard")
    assert [side["value"] for side in found[0]["sides"]] == ["412, 38", "436, 41"]


def test_a_spaced_m_after_a_plain_figure_is_metres_not_millions() -> None:
    def read(text: str) -> list[tuple[float, str]]:  # the unit, whatever the figure is of
        return [(f.value, f.unit.rsplit(":", 1)[-1]) for f in figures(text, 0, len(text), [])]

    assert read("The ferry was 121 m long.") == [(121.0, "metr")]
    assert read("The repairs cost €2.5 m.") == [(2_500_000.0, "eur")]
    assert read("The repairs cost £4m.") == [(4_000_000.0, "gbp")]


def test_who_only_tells_a_count_is_not_whose_count_it_is() -> None:
    found = figure_conflicts(
        "Nine people are still missing after the ferry sank.",
        "Five people remain missing, the Tarvia Coastguard said on Friday.",
    )
    assert [c["about"] for c in found] == ["people missing"]
    assert [side["value"] for side in found[0]["sides"]] == ["Nine", "Five"]


def test_counts_of_two_parties_stay_apart_though_one_teller_tells_both() -> None:
    found = figure_conflicts(
        "Nine crew of the Halvik Star remain missing, the Orsa Coastguard said.",
        "Five crew of the Tarnhold Dawn remain missing, the Orsa Coastguard said.",
    )
    assert found == []


def test_a_bare_count_of_houses_disputes_the_one_party_s_count_of_homes() -> None:
    found = conflicts_of(
        "The fire reached the edge of Halvik by nightfall. Seventeen homes were destroyed on "
        "Orsa Street, the Tarvia fire service said.",
        "The Halvik fire was contained on 16 August. Fourteen houses were destroyed.",
    )
    counts = [c for c in found if c["type"] in FIGURE_KINDS]
    assert [[side["value"] for side in c["sides"]] for c in counts] == [["Seventeen", "Fourteen"]]
    assert "destroyed" in counts[0]["about"]


def test_a_count_with_a_scene_of_its_own_stays_apart_from_another_party_s() -> None:
    found = conflicts_of(
        "Earlier this year, Osk Tarran opened fire at Halden College, killing three.",
        "Two people were killed at the depot in Lisle on Thursday.",
    )
    assert [c for c in found if c["type"] in FIGURE_KINDS] == []
