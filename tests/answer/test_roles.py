"""Who did what to whom: reversed roles, doers of passive verbs, names inside the question's own
phrase, and sentences that cannot answer because they lack one of the question's names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from sourcedesk.examples import example_folder
from sourcedesk.records import Answer
from tests.answer.conftest import desk_of, page_desk, stated_answer

HARBOUR = """# Tarn harbour

## Trade

In 2019, Valdoria exported fish worth 12 million krona to Brennmark.
In 2019, Brennmark exported timber worth 48 million krona to Valdoria.

## The bridges

The original Tarn Bridge opened on 2 May 1931.
The old bridge was demolished in April and May 2023.
Crowds walked across the new Tarn Bridge shortly after it opened on Saturday.
The new Tarn Bridge was opened to traffic on 1 March 2025 by Ilse Marwen, the harbour commissioner.

## The storm

Two fishermen drowned in the storm of 1987.
The drowned fishermen were named as Per Holmqvist and Ada Lindgren.

## Letters

Valdoria's Trade Minister Jon Aske wrote a long letter to the fishermen of the Grey Sound.
Brennmark state radio said that the country's Trade Minister Lena Ostby sent letters to the fishermen.

## Provinces

Valdoria's breakaway provinces declared independence in 1991.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A desk holding one short invented page."""
    with desk_of(tmp_path_factory, {"harbour.md": HARBOUR}) as desk:
        yield desk


_ask = stated_answer


def test_the_direction_of_a_sale_decides_which_sentence_answers(harbour: Desk) -> None:
    assert "12 million" in _ask(harbour, "How much did Valdoria sell to Brennmark in 2019?")
    assert "48 million" in _ask(harbour, "How much did Brennmark sell to Valdoria in 2019?")


def test_the_doer_of_a_passive_verb_answers_who(harbour: Desk) -> None:
    assert _ask(harbour, "Who opened the new bridge?") == "Ilse Marwen"


def test_an_original_bridge_is_the_old_one(harbour: Desk) -> None:
    assert "1931" in _ask(harbour, "When was the old bridge opened?")


def test_a_number_opening_the_sentence_is_not_a_person(harbour: Desk) -> None:
    stated = _ask(harbour, "Who drowned in the storm?")
    assert not stated.lower().startswith("two")


def test_a_sentence_lacking_the_asked_country_gives_way_to_one_that_has_it(harbour: Desk) -> None:
    answer = harbour.ask("Who is the Brennmark trade minister who sent letters to the fishermen?")
    assert not answer.abstained, answer.answer
    assert "Lena Ostby" in stated_part(answer.answer)
    assert "Jon Aske" not in answer.answer


def test_a_minister_of_a_country_the_page_never_names_is_not_invented(harbour: Desk) -> None:
    answer = harbour.ask("Who is the Lorvanian trade minister who sent letters to the fishermen?")
    assert answer.abstained


SURVEY = """# The Rook lighthouse

The first lighthouse on the Rook was built in 1859 to replace a beacon lost in the storms of 1852.[4]
Varnholm Harbour Board (VHB), the lighthouse's owner, rebuilt it in 1934 with new stone.
Harbour master Edda Voss told the board that the keepers would soon reach the limits of their
endurance.
"""


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A desk holding one short invented page with a reference mark."""
    with desk_of(tmp_path_factory, {"rook.md": SURVEY}) as desk:
        yield desk


def test_a_reference_mark_is_not_a_figure(survey: Desk) -> None:
    answer = survey.ask("How many keepers died when the beacon was lost in 1852?")
    assert answer.abstained, answer.answer


def test_the_asked_thing_named_in_full_is_not_who_led_it(survey: Desk) -> None:
    answer = survey.ask("Who chaired the board when the lighthouse was rebuilt in 1934?")
    assert answer.abstained, answer.answer


def test_what_someone_predicted_is_what_they_said(survey: Desk) -> None:
    answer = survey.ask("What did Edda Voss predict the keepers would soon reach?")
    assert not answer.abstained, answer.answer
    assert "limits of their endurance" in answer.answer.lower()


def test_the_owner_of_the_asked_thing_is_not_the_answer(harbour: Desk) -> None:
    answer = harbour.ask("Which breakaway provinces declared independence in 1991?")
    assert "Valdoria" not in stated_part(answer.answer)


def test_a_figure_does_not_say_what_goods_were_traded(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    page = b"# Trade\n\nIn 2020, Lorvania exported US$7,500 to Valdoria.\n".decode()
    with desk_of(tmp_path_factory, {"exports.md": page}) as desk:
        kinds = desk.ask("What goods made up most of Lorvania's exports to Valdoria in 2020?")
        total = desk.ask("How much did Lorvania export to Valdoria in 2020?")
    assert kinds.abstained, kinds.answer
    assert not total.abstained and "7,500" in total.answer


def test_the_sentence_that_defines_an_acronym_is_cited_first(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    page = (
        "# Port news\n\nPhoto: Varnholm Harbour Authority.\n\n"
        "Yesterday the Varnholm Harbour Authority (VHA) said that the northern quay would close"
        " for repairs until the spring.\n"
    )
    with desk_of(tmp_path_factory, {"port.md": page}) as desk:
        answer = desk.ask("What is the full name of VHA?")
    assert answer.answer.startswith("Varnholm Harbour Authority"), answer.answer
    assert "(VHA)" in answer.citations[0].quote


def test_the_date_a_statement_was_made_is_not_a_rival_date_for_the_event(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    path = tmp_path_factory.mktemp("lisk") / "desk.sqlite"
    with Desk(path) as desk:
        desk.add([str(example_folder())])
        fell = desk.ask("When did the Lisk Bridge collapse?")
        said = desk.ask("When did the safety board say the cables had corroded?")
        hurt = desk.ask("How many people were injured in the collapse?")
    assert fell.answer.startswith("14 November 2022") and not fell.disagreements, fell.answer
    assert not said.abstained and "September" in said.answer, said.answer
    # the example's injury count differs: four in four pages, five in the Courier's recap
    assert hurt.answer.startswith("Four") and "disagree" in hurt.answer, hurt.answer
    assert {side["text"].lower() for side in hurt.disagreements[0]["sides"]} == {"four", "five"}


def _ask_page(factory: pytest.TempPathFactory, page: str, question: str) -> Answer:
    """Ask one question of a desk holding one Markdown page."""
    with desk_of(factory, {"page.md": page}) as desk:
        return desk.ask(question)


def test_a_long_apposition_after_said_name_answers_who_is(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    page = (
        "# Border figures\n\n"
        '"The numbers are about right," said Elsa Grund, a professor of maritime trade at the'
        " University of Kessel who has tracked smuggling for twenty years.\n"
    )
    answer = _ask_page(tmp_path_factory, page, "Who is Elsa Grund?")
    assert answer.answer.startswith(
        "A professor of maritime trade at the University of Kessel —"
    ), answer.answer


def test_a_job_question_without_a_title_in_the_sentence_states_no_stray_words(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    page = "# Hello\n\nIf we have not met before, I am Ola Brandt and I have written online since 2010.\n"
    answer = _ask_page(tmp_path_factory, page, "What is Ola Brandt's job?")
    stated = stated_part(answer.answer).lower()
    assert answer.abstained or stated.startswith("if we have not met"), answer.answer


def test_a_sentence_opening_on_his_speaks_of_the_person_named_before_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    page = (
        "# Harbour inquiry\n\n"
        "Harbour master Ola Brandt resigned on Monday after the audit.\n\n"
        "His contract with the ferry company is under investigation by the Marine Audit Office.\n"
    )
    question = "Who investigates Ola Brandt's contract with the ferry company?"
    answer = _ask_page(tmp_path_factory, page, question)
    assert stated_part(answer.answer) == "Marine Audit Office", answer.answer


def test_who_was_done_to_is_the_subject_before_the_verb_not_a_relative_named_first(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    page = (
        "# Crash on the quay\n\n"
        "The son of former Harbour President Ada Maria von Morrow, Per Lund was injured in the"
        " crash, while another man was hurt trying to stop the driver, the Courier reported.\n"
    )
    answer = _ask_page(tmp_path_factory, page, "Who was injured in the crash?")
    assert stated_part(answer.answer) == "Per Lund", answer.answer


MATCH = (
    "# Harbour cup\n\n"
    "Ola Brandt and Per Lund won the decisive doubles to give Kessel the cup.\n"
    "The top seed Ada Morrow earlier defeated Tomas Vik in straight sets, after Lena Ostby had"
    " rallied to beat Ivo Rask in the opening match.\n"
)


def test_who_did_x_beat_is_the_one_x_defeated_not_another_players_opponent(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = _ask_page(tmp_path_factory, MATCH, "Who did Ada Morrow beat?")
    assert stated_part(answer.answer) == "Tomas Vik", answer.answer


def test_people_named_together_as_the_doers_are_given_together(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = _ask_page(tmp_path_factory, MATCH, "Who won the decisive doubles?")
    assert stated_part(answer.answer) == "Ola Brandt and Per Lund", answer.answer


LEADING_ROLE = """# Orvo limits tablet volume

Orvo's global vice-president of marketing for tablets, Lena Marsh, indicated that the update was free.

The update can be downloaded from Monday.
"""

leading_role = page_desk("leading_role", LEADING_ROLE)


def test_a_role_opening_the_sentence_before_the_name(leading_role: Desk) -> None:
    """ "X's vice-president of marketing, Lena Marsh, said": the role, not the verb after."""
    stated = stated_answer(leading_role, "Who is Lena Marsh?")
    assert stated.startswith("Orvo's global vice-president of marketing")
