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


def test_role_from_a_title_before_the_name() -> None:
    found = entities(doc("a", "On Monday, U.S. Defense Secretary Lloyd Austin visited the base."))
    austin = find(found, "Lloyd Austin")
    assert austin.type == "person"
    assert austin.roles == ("U.S. Defense Secretary",)


def test_role_from_an_apposition() -> None:
    text = "Oleg Nikolenko, a spokesperson for the foreign ministry, wrote in a tweet."
    nikolenko = find(entities(doc("a", text)), "Oleg Nikolenko")
    assert nikolenko.roles == ("spokesperson for the foreign ministry",)


def test_role_with_a_lower_case_title_and_a_complement() -> None:
    found = entities(
        doc("a", "Harbour leader Anna Kowalczyk spoke first."),
        doc("b", "The Eastland Ambassador to Russia Tomas Varga presented a letter."),
    )
    assert find(found, "Anna Kowalczyk").roles == ("Harbour leader",)
    assert find(found, "Tomas Varga").roles == ("Eastland Ambassador to Russia",)


def test_hyphen_and_space_variants_are_one_person() -> None:
    found = entities(
        doc("a", "Ambassador Sin Hong Chol presented the document."),
        doc("b", "The ambassador, Sin Hong-chol, left Moscow."),
    )
    sin = find(found, "Sin Hong Chol")
    assert "Sin Hong-chol" in sin.aliases or sin.name == "Sin Hong-chol"
    assert sin.mentions == 2


def test_transliteration_variants_merge_by_a_general_rule() -> None:
    found = entities(
        doc("a", "President Volodymyr Zelensky spoke in Kyiv. Shelling hit Lugansk overnight."),
        doc("b", "President Volodymyr Zelenskyy spoke again. Troops left the Luhansk region."),
    )
    president = find(found, "Volodymyr Zelenskyy")
    assert {president.name, *president.aliases} == {"Volodymyr Zelensky", "Volodymyr Zelenskyy"}
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
        doc("a", "Leaders of the Donetsk People's Republic (DPR) met in the city."),
        doc("b", "The DPR said talks went well. The DPR embassy opened."),
    )
    dpr = find(found, "DPR")
    assert dpr.name == "Donetsk People's Republic"
    assert dpr.mentions == 3
    assert dpr.type == "place"


def test_country_aliases_from_the_table_join() -> None:
    found = entities(
        doc("a", "Talks with the Democratic People's Republic of Korea (DPRK) stalled."),
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
    assert find(found, "Sin Hong-chol") is find(found, "Sin Hong Chol")
    assert find(found, "DPR") is find(found, "Donetsk People's Republic")
    assert find(found, "Lugansk") is find(found, "Luhansk")


def test_seed_entities_carry_roles_from_titles_and_appositions() -> None:
    found = _seed_entities()
    assert "U.S. Defense Secretary" in find(found, "Lloyd Austin").roles
    assert "spokesperson for the foreign ministry" in find(found, "Oleg Nikolenko").roles
    assert find(found, "Volodymyr Zelenskyy").type == "person"
