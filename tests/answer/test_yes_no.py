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
