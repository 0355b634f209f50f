"""Yes-or-no answers: a sentence that doubts what the question asks says "No"."""

from __future__ import annotations

import pytest

from tests.answer.conftest import desk_of, stated_answer


def test_a_sentence_that_doubts_it_answers_no(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = """# Marrowdale cable cut

The valley's telephone company says the cause of the cut is still unclear, but it is unlikely to have been sabotage.
"""
    with desk_of(tmp_path_factory, {"cable.md": page}) as desk:
        stated = stated_answer(
            desk, "Did the telephone company believe the cable was cut by sabotage?"
        )
    assert stated == "No", stated


def test_a_verb_that_ends_what_is_asked_answers_no_unless_it_is_asked(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "severed diplomatic relations" says no to "still in relations?", yes to "Were relations
    suspended?" when the sentence says they were, and denies nothing it does not govern."""
    page = """# Brennmark cuts ties

Brennmark severed diplomatic relations with Valdoria after Valdoria recognised the Ossary republic.
Trade talks between the two were suspended in March.
"""
    with desk_of(tmp_path_factory, {"ties.md": page}) as desk:
        assert (
            stated_answer(desk, "Are Brennmark and Valdoria still in diplomatic relations?") == "No"
        )
        assert stated_answer(desk, "Were the trade talks between the two suspended?") == "Yes"
        assert stated_answer(desk, "Did Valdoria recognise the Ossary republic?") == "Yes"


def test_a_verb_that_ends_with_what_is_asked_does_not_deny_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "The talks ended with an agreement on fishing" says yes: what follows "with" is what
    the ending brought, not what it ended."""
    page = "# Harbour talks\n\nThe harbour talks ended with an agreement on fishing quotas.\n"
    with desk_of(tmp_path_factory, {"talks.md": page}) as desk:
        stated = stated_answer(desk, "Was there an agreement on fishing quotas at the talks?")
    assert stated == "Yes"
