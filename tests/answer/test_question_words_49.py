"""Question wording that had made the desk abstain on a sentence that answers: a hyphened
"no-entry zone" is no denial, "How many other …" counts the noun after "other", and "Its chair"
leads the body the sentence before names."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

QUARRY = """\
# Blast at Tarn quarry shakes homes

By Ada Quint | 12 June 2025

An exclusion zone of 250 metres was drawn around the quarry face before the blast on Sunday.

Inspectors visited all 9 dairy farms inside the exclusion zone and found no damage.

Three workers were injured by flying stones.

Lorries on Gallow Lane, operated by Harl Stone, carried the spoil to the tip.

The Tarn Valley Residents' Trust welcomed the inquiry. Its chair, Ines Varro, said homes had shaken for a full minute.
"""

quarry = pages_desk("quarry", {"quarry.md": QUARRY})


def test_a_no_entry_zone_is_no_denial(quarry: Desk) -> None:
    answer = quarry.ask("What width was the no-entry zone drawn around the quarry face?")
    assert answer.answer.startswith("250 metres"), answer.answer
    assert_citations_exact(quarry, answer)


def test_a_count_of_other_things_counts_the_noun_after_other(quarry: Desk) -> None:
    answer = quarry.ask("How many other dairy farms were inside the exclusion zone?")
    assert answer.answer.startswith("9"), answer.answer


def test_its_chair_heads_the_body_named_just_before(quarry: Desk) -> None:
    answer = quarry.ask("Who heads the residents' trust?")
    assert answer.answer.startswith("Ines Varro"), answer.answer
    assert_citations_exact(quarry, answer)


def test_a_real_denial_in_the_question_still_needs_one(quarry: Desk) -> None:
    assert quarry.ask("Which farms were not visited by inspectors?").abstained


def test_a_street_is_no_firm(quarry: Desk) -> None:
    answer = quarry.ask("Which company ran the lorries that took the spoil to the tip?")
    assert answer.answer.startswith("Harl Stone"), answer.answer


def test_ended_up_only_says_how_things_turned_out(quarry: Desk) -> None:
    answer = quarry.ask("All told, how many people there ended up hurt?")
    assert answer.answer.startswith("Three"), answer.answer
