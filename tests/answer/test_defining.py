"""Shapes of "what" answers: what a sentence calls a thing, whole objects, who the people are."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

VALLEY = """# The Tarn uplands

As the Tarn hills rose, a wide valley was carved out of the plateau; it is now known as the
Morrow Vale.
The hill people of the uplands were collectively known as the Varn.
The most trusted instrument for checking the old dam is the seepage gauge.
The upland railway is busy in summer and quiet in winter.
"""


@pytest.fixture(scope="module")
def uplands(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"tarn.md": VALLEY}) as desk:
        yield desk


_stated = stated_answer


def test_the_name_a_sentence_gives_the_thing_answers_what_thing(uplands: Desk) -> None:
    assert _stated(uplands, "What valley was carved out when the Tarn hills rose?") == "Morrow Vale"


def test_a_thing_defined_by_is_answers_even_with_question_words_inside(uplands: Desk) -> None:
    stated = _stated(uplands, "What instrument is used to check the old dam?")
    assert stated == "Seepage gauge"


def test_a_question_asking_the_term_takes_what_the_people_were_known_as(uplands: Desk) -> None:
    assert _stated(uplands, "What is the term for the hill people of the uplands?") == "Varn"


FERRY = """# Ferry fire

Two people were hurt on the Marrow Bridge landing, the Harbour Safety Board said on Monday,
naming them as Ola Brandt and Per Voss.
"""


def test_people_asked_for_are_not_a_board_a_bridge_or_a_town(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"ferry.md": FERRY}) as desk:
        stated = _stated(desk, "Who were the people who were hurt?")
    assert stated.startswith(("Ola Brandt", "Per Voss")), stated


MILL = """# Mill dispute

The council said the mill had broken the river rules by actively joining the reckless
northern dumping scheme in the past.
"""


def test_the_object_of_the_verb_a_question_ends_on_is_given_whole(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"mill.md": MILL}) as desk:
        stated = _stated(desk, "What did the council say the mill had joined?")
    assert "dumping scheme" in stated.lower(), stated


SURVEY = """# Drug prices

The Drug Enforcement Office provided the heroin data, and the University of Tarnford provided
the cannabis data.
"""


def test_a_name_holding_the_asked_noun_answers_which_and_is_given_whole(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"prices.md": SURVEY}) as desk:
        stated = _stated(desk, "Which university provided cannabis data?")
    assert stated == "University of Tarnford", stated


WEIGHING = """# Port checks

The port authority measures its seizures by weight, not by value, a spokesman said.
"""


def test_how_is_answered_by_the_phrase_a_manner_cue_opens(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"port.md": WEIGHING}) as desk:
        stated = _stated(desk, "How does the port authority measure seizures?")
    assert stated.lower().startswith("by weight"), stated


REVIEW = """# Ferry review

Former harbour staff called the launch not a failure, but “a slow-motion shipwreck” of a day.
The report on the delays is under review by the Marine Audit Office.
The harbour chief was criticised by the Valdorian press after the launch.
"""


def test_what_something_was_called_is_the_quotation_not_what_it_was_not(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"review.md": REVIEW}) as desk:
        stated = _stated(desk, "What did former harbour staff call the launch?")
    assert stated.lower() == "slow-motion shipwreck", stated


def test_a_demonym_describing_someone_is_not_who(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"review.md": REVIEW.replace("Valdorian", "British")}) as desk:
        answer = desk.ask("Who criticised the harbour chief?")
    assert not stated_part(answer.answer).startswith("British"), answer.answer


MODEL = """# A new sea model

"The road ahead is long now that the runs are done," Ola Brandt said of the simulations.
An international team has built the most detailed model of the northern sea, a simulation they
call SEA40.
SEA40 let the team watch storms form over decades.
SEA40 is the latest simulation made by the Harbour Climate Project.
"""


def test_what_something_is_called_takes_the_name_the_sentence_gives_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"model.md": MODEL}) as desk:
        called = _stated(desk, "What is the simulation called?")
        defined = _stated(desk, "What is SEA40?")
    assert called == "SEA40", called
    assert defined.lower().startswith("the latest simulation made by"), defined


def test_a_name_right_after_the_asked_noun_answers_which(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    page = (
        "# Sea study\n\nThe results are published in a pair of papers due out in the"
        " journal Harbour Review in March 2024.\n"
    )
    with desk_of(tmp_path_factory, {"sea.md": page}) as desk:
        stated = _stated(desk, "Which journal published the results?")
    assert stated == "Harbour Review", stated


DEATHS = """# Quay collapse

Relatives of the two people who died laid flowers on the quay.
Rusted bolts caused the collapse that killed two people in Kessel last May, the Harbour Safety
Board (HSB) said on Tuesday.
The ferry's driver, Ola Brandt, 34, and Per Lund, 67, a retired teacher, were killed.
"""


def test_people_who_died_are_named_people_not_the_board_or_a_sentence_opener(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"quay.md": DEATHS}) as desk:
        stated = _stated(desk, "Who were the people who died?")
    assert stated.startswith(("Ola Brandt", "Per Lund")), stated
