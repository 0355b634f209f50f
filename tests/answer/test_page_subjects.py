"""A name the page keeps coming back to stands behind a sentence that leaves it out, only
where nothing else could be meant."""

from __future__ import annotations

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, page_desk, stated_answer

PAGE = """# Sleeping crews would need smaller ships

The Kessby Space Office (KSO) has studied how sleeping crews would change a voyage to Orrin.

KSO asked its design team to plan a ship for six sleepers. The KSO team said the pods would be kept cold.

The study found the ship's mass could be cut by a quarter by removing the crew quarters.

Their pods would be darkened during the projected 200-day Tessby-Orrin cruise.

KSO will present the plan in Ostby next year. Mira Holt leads the design team. Mira Holt said the pods were safe. Mira Holt will travel to Ostby.

Halden decided to fund both Marrow missions on 3 May.
"""

sleepers = page_desk("sleepers", PAGE)


def test_a_name_the_page_keeps_naming_stands_behind_a_sentence(sleepers: Desk) -> None:
    """ "The study found …" is the KSO study: the page names KSO four times."""
    stated = stated_answer(
        sleepers, "How long would the Tessby to Orrin cruise take in the KSO study?"
    )
    assert stated.startswith("200-day")


def test_a_sentence_naming_another_party_is_not_filled_in(sleepers: Desk) -> None:
    """Guard: "Halden decided to fund both Marrow missions" names Marrow where KSO would stand."""
    assert sleepers.ask("When did Halden and KSO agree to fund the missions?").abstained


def test_a_person_is_never_filled_in(sleepers: Desk) -> None:
    """Guard: the page names Mira Holt three times, but the study's finding is not hers."""
    answer = sleepers.ask("How long would the Tessby to Orrin cruise take, according to Mira Holt?")
    assert answer.abstained


def test_a_lone_name_stands_behind_a_sentence_that_says_the_rest(sleepers: Desk) -> None:
    """KSO is the question's only name: the sentence must say most of the rest of it."""
    stated = stated_answer(
        sleepers, "By how much could the ship's mass be cut, according to the KSO study?"
    )
    assert "quarter" in stated.lower()


def test_a_lone_name_the_page_seldom_names_is_not_filled_in(sleepers: Desk) -> None:
    """Guard: the page names Halden once; its study is not the one that found the cut."""
    answer = sleepers.ask(
        "By how much could the ship's mass be cut, according to the Halden study?"
    )
    assert answer.abstained


LAYOFFS = """# Tarrowco to cut jobs this week

Tarrowco will lay off about 900 of its staff this week, the company said.

Tarrowco workers have spent weeks waiting for news of the cuts.

Someone close to the plans told Kessel Trade Daily that staff in the finance and human resources departments are to begin receiving notices on Monday.

Tarrowco had planned to sell shares in the spring.
"""

layoffs = page_desk("layoffs", LAYOFFS)


def test_which_departments_are_the_kinds_before_the_noun(layoffs: Desk) -> None:
    """ "the finance and human resources departments" answers "which departments?", and the
    outlet the source spoke to is no other party standing where the company would."""
    stated = stated_answer(
        layoffs, "Which Tarrowco departments will begin receiving notices on Monday?"
    )
    assert stated.lower().startswith("finance and human resources")


FIRE = """# Night fire in Norby

A Briskmart store in Norby was destroyed by fire on Friday night, police said.

Kessmart, a rival chain, offered its car park to the emergency crews.

Police said the cause of the fire was not yet known.

More than 40 firefighters fought the blaze that gutted the store.
"""

fire = page_desk("fire", FIRE)


def test_a_description_stands_for_the_name_its_page_used_it_with(fire: Desk) -> None:
    """ "the store" after "A Briskmart store": the page names Brisk Foods only once."""
    stated = stated_answer(fire, "How many firefighters fought the Briskmart blaze?")
    assert stated.lower() == "more than 40"


def test_a_description_does_not_stand_for_a_name_used_without_it(fire: Desk) -> None:
    """Guard: Kessmart is named on the page, but never as "the store"."""
    assert fire.ask("How many firefighters fought the Kessmart blaze?").abstained


RAIDS = """# Six held in drug raids

Staff report

Police arrested six people on Monday during a drug inquiry at a house near the harbour.

Officers from the Norby Police Department later stopped a van on Quay Street.

Aldmoor County deputies searched a garage the same evening.
"""

raids = page_desk("raids", RAIDS)


def test_the_noun_a_question_puts_after_the_name_stands_for_it_on_its_page(
    raids: Desk,
) -> None:
    """ "Norby police": a local report writes "Police arrested …" and names the Norby Police
    Department once, in a later sentence."""
    assert stated_answer(raids, "How many people did Norby police arrest?").lower() == "six people"


def test_a_noun_the_page_never_names_with_the_name_does_not_stand_for_it(raids: Desk) -> None:
    """Guard: the page names Aldmoor County only with its deputies, never with police."""
    assert raids.ask("How many people did Aldmoor County police arrest?").abstained


QUAKE = """# Small quake rattles hill towns

A magnitude 4.1 quake shook Orrin and Delby early on Sunday.

"Shelves rattled for a good while," said Mara Quist, manager of Tolland's bakery.

Residents of Fenby, further north, said they barely felt it.
"""

quake = page_desk("quake", QUAKE)


def test_a_place_the_sentence_before_names_stands_behind_it(quake: Desk) -> None:
    """News names the town once and goes on, a paragraph to a sentence: the manager's
    sentence follows the one that names Orrin."""
    assert stated_answer(quake, "Who manages Tolland's bakery in Orrin?") == "Mara Quist"


def test_a_place_named_far_from_the_sentence_does_not_stand_behind_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Guard: with the town named five sentences away, the manager may work anywhere."""
    filler = "".join(f"\nAftershock number {n} was smaller still.\n" for n in range(1, 5))
    page = QUAKE.replace("early on Sunday.\n", "early on Sunday.\n" + filler)
    with desk_of(tmp_path_factory, {"quake.txt": page}) as desk:
        assert desk.ask("Who manages Tolland's bakery in Orrin?").abstained


VARNOW = """\
Ilse Varnow dies at 90

Ilse Varnow, the harbour photographer, died on Sunday.
Varnow was born in Osby in 1934.
Varnow married twice.
When her second marriage ended, she moved to Fenwick.
After leaving Chapel school, she wanted to teach and was turned down because she lacked a diploma.
Varnow later opened a studio by the harbour.
"""


def test_she_on_a_page_about_the_person_stands_for_her_name(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"varnow.txt": VARNOW}) as desk:
        answer = desk.ask("Why was Varnow turned down when she wanted to become a teacher?")
    assert stated_part(answer.answer) == "Because she lacked a diploma", answer.answer


def test_she_beside_another_persons_name_does_not_stand_for_the_asked_person(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    page = VARNOW.replace(
        "After leaving Chapel school, she wanted",
        "After leaving school with Tomas Brell, she wanted",
    )
    with desk_of(tmp_path_factory, {"varnow.txt": page}) as desk:
        answer = desk.ask("Why was Varnow turned down when she wanted to become a teacher?")
    assert answer.abstained, answer.answer
