"""Where an answer span starts and ends: never inside a hyphenated word, an acronym opening a
named event or journal kept, a "-based" place, and a role without the words around it."""

from __future__ import annotations

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, page_desk, stated_answer

PAGE = """# Kessby motor news

Orrin added a second model to its e-van range, and the 2021 Orrin e-van Glide made its debut at the KB Motor Show.

The trial, published in KMJ Case Notes, followed 40 drivers.

Ostby-based Marrow Freight, a carrier of 30 lorries, may buy the Glide.

Orrin chief Ada Venn, meanwhile, told reporters that sales would rise.

"Buyers will wait for the price to fall," said Lars Kroll, Director, Tessby Motor Research.
"""

motors = page_desk("motors", PAGE)


def test_a_place_is_not_cut_from_a_hyphenated_word(motors: Desk) -> None:
    stated = stated_answer(motors, "Where did the 2021 Orrin e-van Glide make its debut?")
    assert stated == "KB Motor Show"


def test_a_journal_an_acronym_opens_is_named_whole(motors: Desk) -> None:
    stated = stated_answer(motors, "In which journal was the case study on the drivers published?")
    assert stated == "KMJ Case Notes"


def test_a_body_based_somewhere_is_there(motors: Desk) -> None:
    assert stated_answer(motors, "Where is Marrow Freight based?") == "Ostby"


def test_a_role_leaves_out_a_linking_adverb(motors: Desk) -> None:
    assert stated_answer(motors, "Who is Ada Venn?") == "Orrin chief"


def test_a_bare_title_keeps_whose_title_it_is(motors: Desk) -> None:
    assert stated_answer(motors, "Who is Lars Kroll?") == "Director, Tessby Motor Research"


def test_who_is_takes_the_role_a_copula_gives(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = (
        "# Ad agencies\n\nThe campaign drew criticism, but Mira Lund’s response was calm.\n\n"
        "Lund is the CEO of KV, the Ostby ad agency that ran the harbour campaign.\n"
    )
    with desk_of(tmp_path_factory, {"ads.md": page}) as desk:
        assert stated_answer(desk, "Who is Mira Lund?") == "The CEO of KV"


def test_which_company_is_answered_by_a_name(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = (
        "# Ferry deal\n\nThe new Tessby ferry service will be run by Marrow Lines.\n\n"
        "The ferry company is expected to hire staff right away.\n"
    )
    with desk_of(tmp_path_factory, {"ferry.md": page}) as desk:
        assert stated_answer(desk, "Which company will run the Tessby ferry service?") == (
            "Marrow Lines"
        )
