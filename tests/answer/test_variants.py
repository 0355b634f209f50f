"""Spelling and name variants, and the aliases a text defines."""

from __future__ import annotations

import pytest

from sourcedesk.answer import variants as var


@pytest.mark.parametrize(
    ("word", "other"),
    [("recognise", "recognize"), ("organisation", "organization"), ("colour", "color")],
)
def test_spelling_variants_both_ways(word: str, other: str) -> None:
    assert other in var.spelling_variants(word)
    assert word in var.spelling_variants(other)


@pytest.mark.parametrize(
    ("name", "other"),
    [("Luhansk", "lugansk"), ("Tarnovskyy", "tarnovsky"), ("Kyiv", "kiev")],
)
def test_transliteration_variants(name: str, other: str) -> None:
    assert other in var.transliteration_variants(name)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("korea", "korean", True),
        ("tarnovsky", "tarnovskyy", True),
        ("lugansk", "luhansk", True),
        ("austria", "australia", False),
        ("iran", "iraq", False),
    ],
)
def test_same_name(a: str, b: str, same: bool) -> None:
    assert var.same_name(a, b) is same


def test_aliases_defined_in_text() -> None:
    text = (
        "The Republic of Lorvania (ROL) signed. The Harbour Safety Board (HSB) objected. "
        "It uses MARS (Maritime Acoustic Ranging System) buoys. "
        "The ROL (commonly referred to as Lorvania) agreed."
    )
    pairs = set(var.find_aliases(text))
    assert ("ROL", "Republic of Lorvania") in pairs
    assert ("HSB", "Harbour Safety Board") in pairs
    assert ("MARS", "Maritime Acoustic Ranging System") in pairs
    assert ("ROL", "Lorvania") in pairs


def test_parenthesis_that_is_not_an_acronym_is_ignored() -> None:
    assert list(var.find_aliases("The Tarn Bridge (TB2) cost more than the Old Mill (XYZ).")) == []


def test_capitals_and_nationalities_point_at_countries() -> None:
    assert var.capital_country("Pyongyang") == "North Korea"
    assert var.capital_country("Kessel") is None
    assert var.demonym_country("American") == "United States"


def test_fold_drops_accents_and_acronym_dots() -> None:
    assert var.fold("Zaporizhzhia") == "zaporizhzhia"
    assert var.fold("Pérez") == "perez"
    assert var.fold("U.S.") == "us"
    assert var.fold("3.5") == "3.5"


@pytest.mark.parametrize(
    ("demonym", "country"),
    [("North Korean", "North Korea"), ("Cuban", "Cuba"), ("Syrian", "Syria"), ("Median", None)],
)
def test_regular_demonyms_are_undone_only_into_known_countries(
    demonym: str, country: str | None
) -> None:
    from sourcedesk.answer.variants import demonym_country

    assert demonym_country(demonym) == country
