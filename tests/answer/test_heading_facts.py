"""A list of products or tips tells some facts only in its headings ("Tarn Buds for $149"):
a heading that names what the question names may answer it, cited like a sentence."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

GIFT_GUIDE = """---
title: Best gadgets of the year
date: 2026-11-20
---

# Best gadgets of the year

Our editors picked the gadgets they used most this year.

## Tarn Buds for $149

The Tarn Buds finally fixed the fit problems of the first pair, and their case now charges
without a cable.

## Velo Drone Mini for $399

With a range of up to 4 km, the little drone outflies models twice its price.

## Tarn Phone 3 Max for $999

The biggest Tarn Phone 3 has the longest battery life of any phone we tried.

## Harbour Lamp

The Harbour Lamp wakes you with a slow sunrise and costs less than a dinner out.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"gadgets.md": GIFT_GUIDE}) as built:
        yield built


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("How much do the Tarn Buds cost?", "$149"),
        ("What is the price of the Velo Drone Mini?", "$399"),
    ],
)
def test_a_price_told_only_in_a_heading_is_found(desk: Desk, question: str, stated: str) -> None:
    assert stated_answer(desk, question) == stated  # the citation is checked exact


def test_a_heading_without_a_price_gives_none(desk: Desk) -> None:
    answer = desk.ask("How much does the Harbour Lamp cost?")
    assert answer.abstained, answer.answer


def test_a_longer_product_name_in_a_heading_is_another_product(desk: Desk) -> None:
    answer = desk.ask("What is the price of the regular Tarn Phone 3?")
    assert answer.abstained, answer.answer  # "Tarn Phone 3 Max for $999" is the bigger one
