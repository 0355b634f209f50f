"""How a question's wording meets the desk's: digits a page spells out ("3rd" and "third", "5"
and "five"), and a question's first word that is capitalised only because it opens the
question ("Beginning in what year …?") while the desk writes it in lower case."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import pages_desk, stated_answer

DUCHY = """\
# The Tarnhold succession

Under the rule of Duke Aldo Tarnhold's third son, Elric Vane, the duchy took Halvik in 1234.
Tarvia bought five new ferries from the Kellmarsh yards in 2019.
Orsa Lines has run night ferries to Lisle every summer since 2011.
The beginning of the service was slow, and the line lost money at the beginning of each season.
Selvany is the largest port of the duchy.
"""

HARBOUR = """\
# Brannock harbour

Brannock harbour was dredged in 2015, and Brannock has since taken larger boats.
"""


duchy = pages_desk("duchy", {"duchy.md": DUCHY, "harbour.md": HARBOUR})


def test_an_ordinal_in_digits_meets_the_spelled_ordinal(duchy: Desk) -> None:
    assert "Elric Vane" in stated_answer(duchy, "Who was Duke Aldo Tarnhold's 3rd son?")


def test_a_count_in_digits_meets_the_spelled_count(duchy: Desk) -> None:
    assert stated_answer(duchy, "Which country bought 5 ferries from Kellmarsh?") == "Tarvia"


def test_another_count_in_digits_is_still_a_near_miss(duchy: Desk) -> None:
    answer = duchy.ask("Which country bought 7 ferries from Kellmarsh?")
    assert answer.abstained, answer.answer


def test_an_opening_word_the_desk_writes_in_lower_case_is_no_name(duchy: Desk) -> None:
    answer = stated_answer(
        duchy, "Beginning in what year did Orsa Lines run night ferries to Lisle?"
    )
    assert answer == "2011"


def test_an_opening_name_the_desk_capitalises_stays_a_name(duchy: Desk) -> None:
    answer = duchy.ask("Brannock bought how many ferries from Kellmarsh?")
    assert answer.abstained, answer.answer
