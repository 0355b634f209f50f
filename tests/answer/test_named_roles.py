"""A question that asks the name of someone by role ("What is the name of the judge …?") is
answered only by a sentence that names that role and a person, and a day is no name given
("a distress call early Saturday")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

HARBOUR = """# Trawler rescued off Marrin

The cutter Harlan picked up a distress call early Saturday from the trawler Gull Maid, a fishing boat sailing under a Danish flag.
The Harlan later towed the Gull Maid to Marrin harbour.
A judge ordered the two crewmen to surrender their licences and report to the Marrin Coastguard Office.
The Gull Maid's owner, Ellis Varga, thanked the crew of the Harlan.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"harbour.md": HARBOUR}) as desk:
        yield desk


def test_the_name_of_an_unnamed_skipper_is_not_a_day_or_a_ship(harbour: Desk) -> None:
    answer = harbour.ask(
        "What was the name of the skipper who sent the distress call from the Gull Maid?"
    )
    assert answer.abstained, answer.answer


def test_the_name_of_an_unnamed_judge_is_not_an_office(harbour: Desk) -> None:
    answer = harbour.ask(
        "What is the name of the judge who ordered the crewmen to surrender their licences?"
    )
    assert answer.abstained, answer.answer


def test_the_name_of_a_named_owner_answers(harbour: Desk) -> None:
    assert (
        stated_answer(harbour, "What is the name of the owner of the Gull Maid?") == "Ellis Varga"
    )


def test_a_nation_is_no_answer_to_which_university(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "remained in Wales to finish her course" names where, not which university."""
    page = (
        "# Harlow student remembered\n\nKatie Varn, who had a long-term boyfriend, remained in "
        "Wales to finish her film studies course.\n"
    )
    with desk_of(tmp_path_factory, {"student.md": page}) as desk:
        answer = desk.ask("Which university was Katie Varn studying at?")
    assert answer.abstained or "Wales" not in answer.answer.split(" — ")[0], answer.answer
