"""What an answer is made of: a lone noun with the "of" phrase that says what it is, a wind's
strength as a speed, and the posts a "heading" question looks for."""

from __future__ import annotations

from sourcedesk.answer.engine import stated_part
from sourcedesk.answer.variant_data import AGENT_NOUNS
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

FERRY = """\
# Orsa ferry runs aground

By Ada Quint | 4 May 2026

The Orsa ferry ran aground on the Kell Rocks on Friday evening.
"The wind was gusting to 45 knots and the swell was heavy," said Tomas Rusk, the coastguard's
duty officer.
The steering pump stopped working about six minutes before the ship struck the rocks.
Investigators later concluded that the grounding was caused by the failure of a worn seal in the
steering pump fitted by Halvik Marine.
"""

ferry = pages_desk("ferry", {"ferry.md": FERRY})


def test_a_lone_noun_answer_keeps_its_of_phrase(ferry: Desk) -> None:
    answer = ferry.ask("What did investigators conclude had caused the grounding?")
    stated = stated_part(answer.answer)
    assert stated == "Failure of a worn seal in the steering pump fitted by Halvik Marine", stated
    assert_citations_exact(ferry, answer)


def test_a_wind_s_strength_is_a_speed_not_a_time(ferry: Desk) -> None:
    answer = ferry.ask("How strong was the wind when the ship struck the rocks?")
    assert "minutes" not in stated_part(answer.answer), answer.answer
    plain = ferry.ask("How strong was the wind?")
    assert stated_part(plain.answer) == "45 knots", plain.answer


def test_heading_asks_for_the_same_posts_as_heads() -> None:
    assert AGENT_NOUNS["heading"] == AGENT_NOUNS["heads"]
    assert AGENT_NOUNS["leading"] == AGENT_NOUNS["leads"]
    assert AGENT_NOUNS["running"] == AGENT_NOUNS["runs"]
