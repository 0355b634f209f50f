"""Follow-ups that lean on the last question's phrases: "that study" is the study it named,
"And the deputy mayor?" widens its phrase, and "she" is never the company a who-question
asked about; with the causes and dates such follow-ups ask for."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import trimmed
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of

TRIAL = """\
Orsa pill trial

A phase 1 study of the Orsa pill began in April 2021 at Kell Hospital under the pharmacologist Tomas Velde.
In 2017 Ilse Brandt, who has led the neurology department at Lisle University since 2014, first made the compound.
Margit Soll has run Orsa Therapeutics since 2019.
The Orsa Therapeutics chief medical officer, Anders Rolle, repeated that heavy coffee drinking was the likeliest explanation for the raised liver readings.
"""

COUNCIL = """\
Lisle council

The mayor of Lisle is Greta Maas.
The deputy mayor of Lisle is Piet Varo.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"trial.txt": TRIAL, "council.txt": COUNCIL}) as built:
        yield built


def test_that_noun_is_the_phrase_the_last_question_used(desk: Desk) -> None:
    desk.ask("Which hospital ran the phase 1 study?", session="study")
    answer = desk.ask("Who led that study?", session="study")
    assert answer.resolved_question == "Who led the phase 1 study?", answer.resolved_question
    assert answer.answer.startswith("Tomas Velde"), answer.answer


def test_and_a_wider_phrase_replaces_the_words_it_ends_on(desk: Desk) -> None:
    desk.ask("Who is the mayor of Lisle?", session="mayor")
    answer = desk.ask("And the deputy mayor?", session="mayor")
    assert answer.resolved_question == "Who is the deputy mayor of Lisle?"
    assert answer.answer.startswith("Piet Varo"), answer.answer


def test_she_is_not_the_company_a_who_question_named(desk: Desk) -> None:
    desk.ask("Who chairs the board of Orsa Therapeutics?", session="company")
    answer = desk.ask("When did she take the job?", session="company")
    assert "Orsa Therapeutics" not in (answer.resolved_question or ""), answer.resolved_question


def test_since_when_asks_the_date_since_opens(desk: Desk) -> None:
    answer = desk.ask("Since when has Ilse Brandt led the neurology department?")
    assert answer.answer.startswith("2014"), answer.answer


def test_what_someone_blames_is_a_cause_told_as_an_explanation(desk: Desk) -> None:
    answer = desk.ask("What does Anders Rolle blame the raised liver readings on?")
    assert answer.answer.lower().startswith("heavy coffee drinking"), answer.answer


def test_who_runs_a_company_is_its_chief_not_the_title(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    bid = (
        "Tarnhold bid\n\n"
        '"We are proud of the regional flights," said Ingrid Solvay, Chief Executive of'
        " Tarnhold.\n"
    )
    depot = (
        "Kell depot opens\n\n"
        "John Marr, the vice president who is general manager of Orsa Cargo, opened a depot"
        " in Lisle.\n"
    )
    with desk_of(tmp_path_factory, {"bid.txt": bid, "depot.txt": depot}) as built:
        assert built.ask("Who runs Tarnhold?").answer.startswith("Ingrid Solvay")
        assert built.ask("Who runs Orsa Cargo?").answer.startswith("John Marr")


def test_who_is_the_subject_not_the_body_in_its_apposition(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    page = (
        "Coalition deal in Lisle\n\n"
        "Under the agreement, Greta Maas, the leader of Harbour Commons, will become first deputy"
        " mayor with responsibility for transport.\n"
    )
    with desk_of(tmp_path_factory, {"deal.txt": page}) as built:
        answer = built.ask("Who became first deputy mayor?")
    assert answer.answer.startswith("Greta Maas"), answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When did Varkel resign?", "April 2023"),
        ("What was Varkel cleared of?", "abuse of office"),
        ("Which watchdog opened the review?", "Marrish Competition Board"),
        ("By how much did Orsa shares drop?", "9 percent"),
    ],
)
def test_news_paraphrases_meet_the_words_the_pages_use(
    tmp_path_factory: pytest.TempPathFactory, question: str, expected: str
) -> None:
    page = (
        "Selvany ruling\n\n"
        "Tomas Varkel quit as mayor of Selvany in April 2023.\n"
        "Judge Ilse Brennvik acquitted Varkel of abuse of office on Thursday.\n"
        "The regulator, the Marrish Competition Board, opened a review of the Orsa deal.\n"
        "Shares in Orsa fell 9 percent on Monday.\n"
    )
    with desk_of(tmp_path_factory, {"ruling.txt": page}) as built:
        answer = built.ask(question)
    assert expected.lower() in answer.answer.lower(), answer.answer


@pytest.mark.parametrize(
    ("span", "stated"),
    [
        ("Piet VaroAP Photo/Mara Osk", "Piet Varo"),  # a caption's credit glued on in capture
        ("Ilse BrandtReuters/Kell Tam", "Ilse Brandt"),
        ("the AP wire", "the AP wire"),
        ("AP Photo/Mara Osk", "AP Photo/Mara Osk"),  # a credit alone is left as it is
    ],
)
def test_a_photo_credit_glued_to_a_name_is_no_part_of_the_answer(span: str, stated: str) -> None:
    assert trimmed(span) == stated


def test_a_company_asked_by_its_full_name_is_met_by_its_first_word(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    pages = {
        "bid.txt": (
            "Bid for Brannock\n\n"
            "Ingrid Solvay, chief executive of Tarnhold, said the offer was final.\n"
            "Brannock Air's chief executive Piet Aldane stepped down on Monday as it fought off"
            " a takeover attempt by Tarnhold Airways.\n"
        ),
    }
    with desk_of(tmp_path_factory, pages) as built:
        answer = built.ask("Who is the chief executive of Tarnhold Airways?")
    assert answer.answer.startswith("Ingrid Solvay"), answer.answer
