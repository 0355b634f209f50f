"""A question's number is met only where the sentence gives it as that number, and a measure
or a purchase may be asked in other words than the page's."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk, stated_answer

PAGE = """# Orvo unveils the Tessa 2 tablet

Orvo unveiled the Tessa 2 tablet in Kessel on 12 May 2021.

The Tessa 2 is only 6.1 millimetres thick, the thinnest tablet Orvo has made.

Sales figures released on 3 June showed that Orvo had sold a million tablets.

Orvo acquired the chip maker Marrow Labs for $40 million in 2019.
"""

tablets = page_desk("tablets", PAGE)


def test_a_model_number_is_not_met_by_the_day_of_a_date(tablets: Desk) -> None:
    """ "Tessa 3" is not in "figures released on 3 June"."""
    assert tablets.ask("When was the Tessa 3 released?").abstained


def test_a_day_the_question_gives_is_met_by_the_date(tablets: Desk) -> None:
    """Guard: "on 3 June" in the question is a day, met by the sentence's date."""
    assert not tablets.ask("What did the sales figures released on 3 June show?").abstained


def test_a_measure_is_asked_by_either_end_of_its_scale(tablets: Desk) -> None:
    assert "6.1 millimetres" in stated_answer(tablets, "How thin is the Tessa 2?")


def test_bought_is_met_by_acquired(tablets: Desk) -> None:
    assert "$40 million" in stated_answer(
        tablets, "How much did Orvo pay when it bought Marrow Labs?"
    )


SHOOTING = """# Worker charged after shooting at Tarrow depot

Mara Vell, 43, was charged on Friday with two counts of murder.

She returned to the third-floor break room with a handgun and opened fire.

Ten minutes later she walked out past a security guard at the gate.

Oskar Brann, who has worked at the depot for 37 years, said she had seemed calm.

Four people were in the break room when the shooting began.
"""

shooting = page_desk("shooting", SHOOTING)


def test_how_old_is_an_age_not_how_long_someone_worked(shooting: Desk) -> None:
    assert stated_answer(shooting, "How old is Mara Vell?").startswith("43")
    assert shooting.ask("How old is Oskar Brann?").abstained


def test_a_sum_of_money_is_not_answered_by_a_head_count(shooting: Desk) -> None:
    assert shooting.ask("How much bail was set for Mara Vell?").abstained


def test_a_fraction_word_glued_to_a_noun_counts_nothing(shooting: Desk) -> None:
    assert shooting.ask("How many shots did Mara Vell fire?").abstained


def test_a_number_opening_a_sentence_is_no_name(shooting: Desk) -> None:
    answer = shooting.ask("What was the name of the security guard at the gate?")
    assert answer.abstained or not answer.answer.startswith("Ten")


def test_an_age_after_a_name_is_no_count(shooting: Desk) -> None:
    answer = shooting.ask("How many people were charged with murder?")
    assert answer.abstained or not answer.answer.startswith("43")


KINDS = """# Depot shooting

Mara Vell became agitated and used profanity before she was suspended.

She had a Vantor handgun in her car, police said.
"""

kinds = page_desk("kinds", KINDS)


def test_what_kind_of_thing_needs_a_sentence_naming_that_thing(kinds: Desk) -> None:
    """ "What kind of gun?" is answered from the sentence with the handgun, never by
    "profanity"; "What kind of knife?" by nothing."""
    assert "Vantor" in stated_answer(kinds, "What kind of gun did Mara Vell have in her car?")
    answer = kinds.ask("What kind of knife did Mara Vell use?")
    assert answer.abstained or "profanity" not in answer.answer.lower()
