"""Verbs of blame name a cause ("engineers blamed a train for the collapse"), and two reports
whose tolls are spelled out in words ("twelve", "fifteen") disagree like figures do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of

FIRST_REPORT = """\
Footbridge collapse in Tarvia kills twelve

The Kellmarsh footbridge in Tarvia collapsed on Tuesday, killing twelve people, officials said.
Mayor Ilse Brandt opened a new school in the town last spring.
"""

SECOND_REPORT = """\
Toll rises after Kellmarsh footbridge failure

The Kellmarsh footbridge collapsed into the river and fifteen people died, the police said.
Engineers blamed an overloaded supply lorry for the collapse.
"""

FERRY = """\
Orrin ferry halted

Harbour officials attributed the cancellation of the morning ferry to thick fog on the estuary.
A broken winch was blamed for the delay of the evening crossing.
The union blamed the closure of the ticket office on staff shortages at the port.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    pages = {"first.txt": FIRST_REPORT, "second.txt": SECOND_REPORT, "ferry.txt": FERRY}
    with desk_of(tmp_path_factory, pages) as built:
        yield built


def test_blamed_object_is_the_cause(desk: Desk) -> None:
    answer = desk.ask("Why did the Kellmarsh footbridge collapse?")
    assert not answer.abstained, answer.answer
    assert answer.answer.lower().startswith("an overloaded supply lorry"), answer.answer


def test_what_caused_is_asked_like_why(desk: Desk) -> None:
    answer = desk.ask("What caused the collapse of the footbridge?")
    assert "overloaded supply lorry" in answer.answer, answer.answer


def test_attributed_to_names_the_cause_after_to(desk: Desk) -> None:
    answer = desk.ask("Why was the morning ferry cancelled?")
    assert answer.answer.lower().startswith("thick fog on the estuary"), answer.answer


def test_passive_blamed_for_names_the_subject(desk: Desk) -> None:
    answer = desk.ask("What caused the delay of the evening crossing?")
    assert answer.answer.lower().startswith("a broken winch"), answer.answer


def test_blamed_on_names_what_follows_on(desk: Desk) -> None:
    answer = desk.ask("Why did the ticket office close?")
    assert answer.answer.lower().startswith("staff shortages at the port"), answer.answer


def test_tolls_spelled_in_words_disagree(desk: Desk) -> None:
    answer = desk.ask("How many people died when the Kellmarsh footbridge collapsed?")
    assert "disagree" in answer.answer, answer.answer
    assert "twelve" in answer.answer.lower() and "fifteen" in answer.answer.lower()
    assert len(answer.citations) == 2


def test_a_compound_number_word_is_read_whole(tmp_path_factory: pytest.TempPathFactory) -> None:
    pages = {
        "a.txt": "Lisle marathon\n\nTwenty-one runners finished the Lisle marathon on Sunday.\n",
        "b.txt": "Lisle race day\n\nOnly twenty runners finished the Lisle marathon on Sunday.\n",
    }
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("How many runners finished the Lisle marathon?")
    assert "disagree" in answer.answer, answer.answer


def test_a_peer_about_the_same_parties_as_the_answer_page_disputes_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The answer's sentence names no one, but its page is about the mayor and the town the
    peer names: the two contract values are one point in dispute."""
    pages = {
        "gazette.txt": (
            "Treasurer tells court of cash\n\n"
            "Tomas Varkel, the former mayor of Selvany, is on trial in Ostrevan.\n"
            "The value of the harbour bridge contract was 43 million euros, the witness said.\n"
        ),
        "wire.txt": (
            "Mayor on trial\n\n"
            "Tomas Varkel, the former mayor of Selvany, went on trial accused of taking bribes"
            " from the builder that won a 38 million euro contract for the new harbour bridge.\n"
        ),
    }
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("What was the value of the harbour bridge contract?")
    assert "disagree" in answer.answer, answer.answer
    assert "43 million" in answer.answer and "38 million" in answer.answer


def test_the_cause_was_names_what_follows(tmp_path_factory: pytest.TempPathFactory) -> None:
    pages = {
        "inquiry.txt": (
            "Inquiry reports on Kestrel rocket\n\n"
            "The inquiry board met for six weeks in Lisle.\n"
            "It concluded that the most probable cause of the rocket failure was a fatigue crack"
            " in a weld of the oxygen tank.\n"
        ),
    }
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("Why did the rocket fail?")
    assert answer.answer.lower().startswith("a fatigue crack in a weld"), answer.answer


def test_for_this_reason_points_to_the_sentence_before(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    pages = {
        "verdict.txt": (
            "Verdict in Selvany trial\n\n"
            "It could not be established that Varkel swayed the committee's vote on the bridge.\n"
            "For this reason he was acquitted of abuse of office.\n"
        ),
    }
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("Why was Varkel acquitted of abuse of office?")
    assert "could not be established" in answer.answer, answer.answer
    assert any("could not be established" in c.quote for c in answer.citations)


def test_since_a_year_is_a_time_not_a_reason(tmp_path_factory: pytest.TempPathFactory) -> None:
    pages = {
        "dam.txt": (
            "Dam operator answers critics\n\n"
            "Tomas Erlend, a spokesman for Halvard Hydro, which has operated the dam since 1994,"
            " rejected the claim.\n"
        ),
    }
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("Why did Halvard Hydro reject the claim?")
    assert "1994" not in answer.answer, answer.answer


def test_two_figures_in_one_unit_dispute_though_one_sentence_says_a_little_more(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    pages = {
        "wire.txt": (
            "Korrin dam gives way\n\n"
            "The weather service said 212 millimetres of rain had fallen at the Korrin gauge above"
            " the dam in the 48 hours to Sunday evening.\n"
        ),
        "radio.txt": (
            "Korrin flood toll rises\n\n"
            "Figures showed that 241 millimetres of rain fell at the Korrin gauge in the 48 hours"
            " before the dam failed.\n"
        ),
    }
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask(
            "How much rain fell at the Korrin gauge in the 48 hours before the dam failed?"
        )
    assert "disagree" in answer.answer, answer.answer
    assert "212" in answer.answer and "241" in answer.answer


def test_a_reported_belief_names_the_cause_without_its_speaker(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    pages = {
        "blog.txt": (
            "What the trial leaves out\n\n"
            "She believes the drug itself is the more likely culprit for the raised liver readings.\n"
        ),
    }
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("What caused the raised liver readings?")
    assert answer.answer.lower().startswith("the drug itself"), answer.answer
