"""A two-word verb in the question ("come out") meets the one word a sentence says it with
("launched"), "happen" meets "occurred"; and where something happened ("at the X Clinic") is
not who it happened to."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from sourcedesk.records import Answer
from tests.answer.conftest import desk_of, stated_answer

REVIEW = """\
Earbuds review

Since the Tarn earbuds first launched in 2017, the company has sold millions of pairs.
The robbery occurred on Friday night at the Harbour Arcade in Orrin, police said.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"review.txt": REVIEW}) as built:
        yield built


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("In what year did the original Tarn earbuds come out?", "2017"),
        ("Where did the robbery happen?", "Harbour Arcade"),
    ],
)
def test_a_two_word_verb_meets_its_one_word_synonym(desk: Desk, question: str, stated: str) -> None:
    assert stated_answer(desk, question) == stated


CLINIC = """\
Doctor killed in clinic

The stabbing happened on Tuesday evening at the Lindenhof-Klinik in Orrin, where the victim worked as a surgeon.
"""


def test_a_name_after_at_the_is_where_not_who(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"clinic.txt": CLINIC}) as desk:
        answer = desk.ask("Who was stabbed in Orrin?")
    assert answer.abstained, answer.answer  # "at the Lindenhof-Klinik" names no victim


DATELINED = """\
Navy foils raid on grain carriers

Orrin / Port Ellis: A navy patrol ship foiled a raid on four grain carriers on Friday, capturing 12 raiders.
"""


def test_a_dateline_names_no_ship(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"raid.txt": DATELINED}) as desk:
        answer = desk.ask("Which navy ship foiled the raid on the grain carriers?")
    assert answer.abstained, answer.answer  # "Orrin / Port Ellis:" is where it was filed


CABLE = """\
Cut cable slows the web

Repairs to the damaged undersea cable between Orrin and Tarn will take several days, the operator said.
"""


def test_how_long_a_thing_is_asks_a_length_not_a_time(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"cable.txt": CABLE}) as desk:
        answer = desk.ask("How long is the damaged undersea cable?")
        repair = desk.ask("How long will repairs to the damaged cable take?")
    assert answer.abstained, answer.answer  # "several days" is no length
    assert not repair.abstained and stated_part(repair.answer).lower() == "several days"


SILENCE = """\
The lost ferry

No one had heard from the crew since 2019, when the Tarn owners tried to sell the ferry to a firm in Orrin.
"""


def test_a_denial_of_something_else_is_not_reported_as_the_answer_denied(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"silence.txt": SILENCE}) as desk:
        answer = desk.ask("How much did the Tarn owners ask for the ferry?")
    assert answer.abstained, answer.answer
    assert "none of them" not in answer.answer, answer.answer


CORRECTED = """\
The novelist nobody read

Correction, Nov. 15, 2026: This article misnamed the first publisher of Lorne Vask's novel Web of Harbours.
"""


def test_an_editorial_label_or_a_date_is_no_publisher(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"corrected.txt": CORRECTED}) as desk:
        answer = desk.ask("Which publisher first put out Lorne Vask's novel Web of Harbours?")
    assert answer.abstained, answer.answer  # neither "Correction" nor "Nov. 15" publishes


def test_the_agency_of_a_dateline_with_its_date_is_no_answer(tmp_path: Path) -> None:
    """ "KESTMOUTH, March 3 (Orsa Wire) - …": the agency in brackets filed the report."""
    page = (
        "# Ferry aground in the strait\n\nKESTMOUTH, March 3 (Orsa Wire) - A passenger ferry"
        " carrying 450 people ran aground in the Varrow Strait late on Sunday, killing three"
        " people.\n\nRescue boats lifted 430 people from the water through the night.\n"
    )
    answer = _ask_page(tmp_path, page, "Who operates the ferry that ran aground?")
    assert "Orsa Wire" not in answer.answer, answer.answer


def test_a_place_name_does_not_answer_which_company(tmp_path: Path) -> None:
    page = (
        "# Ferry aground\n\nA passenger ferry carrying 450 people ran aground and partly capsized"
        " in the Orsa Strait late on Sunday, killing at least three people.\n\nHalvik Lines,"
        " which runs six ferries between the mainland and the islands, said in a brief statement"
        " that it was working with the coastguard.\n"
    )
    answer = _ask_page(tmp_path, page, "Which company runs the ferry that ran aground?")
    assert stated_part(answer.answer) == "Halvik Lines", answer.answer


def test_which_adjective_noun_asks_for_the_noun(tmp_path: Path) -> None:
    """ "Which criminal gang …?" asks for a gang, not for a criminal."""
    page = (
        "# Hospital hack\n\nA criminal gang calling itself Grey Heron has claimed the attack on"
        " the Orsa hospital group, and is demanding a ransom of 180 bitcoin.\n\nThe gang behind"
        " the attack, Grey Heron, is demanding the ransom by 12 March.\n\nThe group said its"
        " records system had been shut down since Sunday.\n"
    )
    answer = _ask_page(tmp_path, page, "Which criminal gang said it was behind the hack?")
    assert stated_part(answer.answer) == "Grey Heron", answer.answer


def test_a_name_inside_a_quoted_title_does_not_answer_which_company(tmp_path: Path) -> None:
    page = (
        "# Gallery theft\n\nThe centrepiece of the haul, Venn's \"The Ferryman's Daughter\", is"
        " insured for €6 million, according to two people familiar with the policy.\n"
    )
    answer = _ask_page(tmp_path, page, "Which company insured the stolen painting?")
    assert "Daughter" not in stated_part(answer.answer), answer.answer


def _ask_page(tmp_path: Path, page: str, question: str) -> Answer:
    """The answer of a fresh desk holding one invented Markdown page."""
    with Desk(tmp_path / "d.sqlite") as desk:
        desk.add_bytes("page.md", page.encode())
        return desk.ask(question)
