"""Subject questions against the voice of the answering sentence: a passive question ("What was
secured ...?") is answered after an active verb and before a passive one; an active question
("What damaged ...?") before an active verb and after a passive one's "by"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

QUAY = """# Quay works

Workers used a heavy chain to secure the old ferry at the quay in October.
The Tarn footpath had to be closed, too, because the flood had washed out its bridge.
The guild, led by Hanna Roos, stayed neutral in the dispute over the quay.
The harbour crane was damaged by a falling mast during the storm.
A small committee of fishermen sold the old nets to a museum in Kessby.
"""


@pytest.fixture(scope="module")
def quay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A desk holding one invented page."""
    with desk_of(tmp_path_factory, {"quay.md": QUAY}) as desk:
        yield desk


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was secured at the quay with a chain?", "old ferry"),  # active sentence
        ("What was sold to a museum in Kessby?", "old nets"),
        # guards (these passed before the voice rule too): passive sentences, an active question
        ("What had to be closed because of the flood?", "tarn footpath"),
        ("Which group was led by Hanna Roos?", "guild"),  # "the guild, led by ..."
        ("What damaged the harbour crane?", "falling mast"),  # active question, passive sentence
    ],
)
def test_the_asked_thing_is_found_on_its_side_of_the_verb(
    quay: Desk, question: str, expected: str
) -> None:
    assert stated_answer(quay, question).lower() == expected


def test_who_did_it_may_be_a_phrase_with_of(quay: Desk) -> None:
    """No name does it: the noun phrase before the verb, "of" and all, not the place after."""
    assert stated_answer(quay, "Who sold the old nets to a museum?").lower() == (
        "small committee of fishermen"
    )
