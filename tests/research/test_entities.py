"""Entities: people, organisations and places, their aliases, roles and citations."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sourcedesk.records import Entity
from sourcedesk.research.entities import extract_entities

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def doc(source_id: str, text: str) -> tuple[str, str, list[tuple[int, int]]]:
    """A document with sentence spans (split after '. ', not after an initial like 'U.S.')."""
    pattern = r".+?(?:(?<![A-Z]\.[A-Z])\.(?=\s|$)|$)"
    spans = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return (
        source_id,
        text,
        [(s + 1, e) if text[s] == " " else (s, e) for s, e in spans if text[s:e].strip()],
    )


def entities(*docs: tuple[str, str, list[tuple[int, int]]]) -> list[Entity]:
    """Entities of some documents, every citation checked against its text."""
    texts = {source_id: text for source_id, text, _ in docs}
    found = extract_entities(list(docs))
    for entity in found:
        for c in entity.citations:
            assert texts[c.source_id][c.start : c.end] == c.quote
    return found


def find(found: list[Entity], name: str) -> Entity:
    """The entity with a name or alias (either apostrophe)."""
    for entity in found:
        forms = {f.replace("’", "'") for f in (entity.name, *entity.aliases)}
        if name.replace("’", "'") in forms:
            return entity
    raise AssertionError(f"{name} not among {[e.name for e in found]}")


def with_role(found: list[Entity], role: str) -> Entity:
    """The one entity that holds a role."""
    holders = [e for e in found if role in e.roles]
    assert len(holders) == 1, (role, [e.name for e in holders])
    return holders[0]


def test_role_from_a_title_before_the_name() -> None:
    found = entities(doc("a", "On Monday, U.S. Defense Secretary Paul Verran visited the base."))
    verran = find(found, "Paul Verran")
    assert verran.type == "person"
    assert verran.roles == ("U.S. Defense Secretary",)


def test_role_from_an_apposition() -> None:
    text = "Ilse Marten, a spokesperson for the port authority, said so in a post."
    marten = find(entities(doc("a", text)), "Ilse Marten")
    assert marten.roles == ("spokesperson for the port authority",)


def test_role_with_a_lower_case_title_and_a_complement() -> None:
    found = entities(
        doc("a", "Harbour leader Anna Kowalczyk spoke first."),
        doc("b", "The Eastland Ambassador to Russia Tomas Varga presented a letter."),
    )
    assert find(found, "Anna Kowalczyk").roles == ("Harbour leader",)
    assert find(found, "Tomas Varga").roles == ("Eastland Ambassador to Russia",)


def test_hyphen_and_space_variants_are_one_person() -> None:
    found = entities(
        doc("a", "Ambassador Ro Min Gyu presented the document."),
        doc("b", "The ambassador, Ro Min-gyu, left Moscow."),
    )
    ro = find(found, "Ro Min Gyu")
    assert "Ro Min-gyu" in ro.aliases or ro.name == "Ro Min-gyu"
    assert ro.mentions == 2


def test_transliteration_variants_merge_by_a_general_rule() -> None:
    found = entities(
        doc("a", "President Bohdan Koretsky spoke in Kyiv. Shelling hit Lugansk overnight."),
        doc("b", "President Bohdan Koretskyy spoke again. Troops left the Luhansk region."),
    )
    president = find(found, "Bohdan Koretskyy")
    assert {president.name, *president.aliases} == {"Bohdan Koretsky", "Bohdan Koretskyy"}
    city = find(found, "Luhansk")
    assert "Lugansk" in {city.name, *city.aliases}
    assert city.type == "place"


def test_distinct_names_with_similar_letters_stay_apart() -> None:
    found = entities(
        doc("a", "Minister Kim Jong Un met Minister Kim Jong Il. Later Kim Jong Un left.")
    )
    names = {e.name for e in found}
    assert {"Kim Jong Un", "Kim Jong Il"} <= names


def test_acronym_defined_in_text_joins_its_long_form() -> None:
    found = entities(
        doc("a", "Leaders of the Varnian People's Republic (VPR) met in the city."),
        doc("b", "The VPR said talks went well. The VPR embassy opened."),
    )
    vpr = find(found, "VPR")
    assert vpr.name == "Varnian People's Republic"
    assert vpr.mentions == 3
    assert vpr.type == "place"


def test_country_aliases_from_the_table_join() -> None:
    found = entities(
        doc(
            "a",
            "Talks between Eastland and the Democratic People's Republic of Korea (DPRK) stalled.",
        ),
        doc("b", "North Korea rejected the offer. The DPRK later agreed."),
    )
    korea = find(found, "North Korea")
    assert {"DPRK", "North Korea"} <= {korea.name, *korea.aliases}
    assert korea.name == "Democratic People's Republic of Korea"
    assert korea.type == "place"


def test_surname_only_mentions_attach_to_the_full_name() -> None:
    found = entities(
        doc("a", "Prime Minister Erika Lindqvist arrived. Later, Lindqvist spoke to reporters."),
    )
    lindqvist = find(found, "Erika Lindqvist")
    assert lindqvist.mentions == 2
    assert "Lindqvist" in lindqvist.aliases


def test_organisations_by_keyword_and_places_by_cue() -> None:
    found = entities(
        doc(
            "a", "The Korean Central News Agency reported fighting in Kursk. The Kursk region fell."
        ),
    )
    assert find(found, "Korean Central News Agency").type == "organisation"
    assert find(found, "Kursk").type == "place"


def test_citations_one_per_sentence_and_ranked_by_mentions() -> None:
    found = entities(
        doc("a", "Eastland closed the port. Eastland and Westmark met. Westmark agreed."),
        doc("b", "Eastland signed."),
    )
    eastland = found[0]
    assert eastland.name == "Eastland"
    assert eastland.mentions == 3
    assert [c.n for c in eastland.citations] == [1, 2, 3]
    assert [e.mentions for e in found] == sorted((e.mentions for e in found), reverse=True)


def test_sentence_openers_and_demonyms_are_not_entities() -> None:
    found = entities(doc("a", "However, Ukrainian officials agreed. Meanwhile the talks ended."))
    names = {e.name for e in found}
    assert not names & {"However", "Ukrainian", "Meanwhile"}


# --- the real seeds --------------------------------------------------------------------------


def _seed_entities() -> list[Entity]:
    """Entities of the five captures: long raw lines split into sentences."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    from sourcedesk.index.sentences import split_sentences

    docs = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]{60,}", text)]
        docs.append(
            (path.name[:3], text, [s for a, b in lines for s in split_sentences(text, a, b)])
        )
    return entities(*docs)


def test_seed_entities_merge_aliases_across_sources() -> None:
    found = _seed_entities()
    korea = find(found, "North Korea")
    assert {"DPRK", "North Korea"} <= {korea.name, *korea.aliases}
    envoy = with_role(found, "North Korean Ambassador to Russia")  # hyphen in one source only
    assert any(r.startswith("North Korea’s") for r in envoy.roles)  # the other source's title
    spellings = {envoy.name, *envoy.aliases}
    assert len(spellings) == 2 and len({f.replace("-", " ").lower() for f in spellings}) == 1
    assert find(found, "DPR") is find(found, "Donetsk People's Republic")
    assert find(found, "Lugansk") is find(found, "Luhansk")


def test_seed_entities_carry_roles_from_titles_and_appositions() -> None:
    found = _seed_entities()
    for role in ("U.S. Defense Secretary", "spokesperson for the foreign ministry"):
        holder = with_role(found, role)
        assert holder.type == "person" and len(holder.name.split()) == 2, holder.name
    assert find(found, "Volodymyr Zelenskyy").type == "person"


# --- typing single words by their context ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Westmark condemned the annexation of Norland by its neighbour last spring.",
        "The court annexed Norland to the province after the vote.",
        "Eastland recognised Norland as part of Westmark in the treaty.",
        "Troops crossed the Norland peninsula before dawn.",
    ],
)
def test_a_single_word_is_a_place_by_its_context(text: str) -> None:
    assert find(entities(doc("a", text)), "Norland").type == "place"


def test_a_compass_word_and_a_name_make_a_place() -> None:
    found = entities(doc("a", "The envoys of South Varnia signed the pact with Eastland."))
    assert find(found, "South Varnia").type == "place"


def test_a_demonym_used_as_a_modifier_makes_its_name_a_place() -> None:
    text = "Velorian President Ana Ruiz arrived. Veloria signed the accord the same day."
    found = entities(doc("a", text))
    assert find(found, "Veloria").type == "place"
    assert find(found, "Ana Ruiz").roles == ("Velorian President",)


def test_a_compound_of_known_names_is_not_an_entity() -> None:
    found = entities(
        doc("a", "The Russia-Ukraine war dragged on. The Russia-Ukraine talks failed.")
    )
    assert "Russia-Ukraine" not in {e.name for e in found}


def test_a_name_glued_to_a_credit_is_cut() -> None:
    found = entities(doc("a", "Harbour leader Ivo MarshAP Photo/Ola Berg spoke to the crowd."))
    assert find(found, "Ivo Marsh").roles == ("Harbour leader",)


def test_an_organisation_followed_by_a_person_is_two_names() -> None:
    found = entities(
        doc("a", "Foreign Minister Lena Vos spoke first."),
        doc("b", "The talks ended. Foreign Ministry Lena Vos said the talks would resume."),
    )
    assert find(found, "Lena Vos").mentions == 2
    assert not [e for e in found if "Ministry Lena" in e.name]


def test_a_lone_keyword_joins_the_only_organisation_that_ends_in_it() -> None:
    text = (
        "The Portby Harbour Authority (PHA) met on Monday. The Authority said fees would rise. "
        "Later the Authority denied it."
    )
    authority = find(entities(doc("a", text)), "Portby Harbour Authority")
    assert "Authority" in authority.aliases
    assert authority.mentions == 3


def test_an_acronym_with_its_long_form_after_takes_that_type() -> None:
    found = entities(
        doc(
            "a", "The army used HIRAS (High Range Artillery System) near Portby. HIRAS fired twice."
        )
    )
    hiras = find(found, "HIRAS")
    assert hiras.type == "other"
    assert "High Range Artillery System" in {hiras.name, *hiras.aliases}


def test_a_role_phrase_names_no_organisation() -> None:
    found = entities(doc("a", "Ida Brennan, Leader of Portby Harbour Council, resigned."))
    assert not [e for e in found if e.name.startswith("Leader")]


def test_former_stays_in_the_role() -> None:
    found = entities(doc("a", "The critics included former Eastland diplomat Ola Berg, who wrote."))
    assert find(found, "Ola Berg").roles == ("former Eastland diplomat",)


def test_seed_entities_are_typed_by_their_context() -> None:
    found = _seed_entities()
    for place in ("Crimea", "South Ossetia", "Abkhazia", "Kursk"):
        assert find(found, place).type == "place", place
    assert find(found, "HIMARS").type != "organisation"
    assert find(found, "Kim Jong Un").roles == ("North Korean leader",)
    assert with_role(found, "Ukrainian Foreign Minister").mentions == 2
    names = {e.name for e in found}
    assert not {"Russia-Ukraine", "Ministry", "Kim Jong UnAP"} & names
    diplomat = with_role(found, "former Ukrainian diplomat")
    assert diplomat.type == "person" and len(diplomat.name.split()) == 2, diplomat.name
