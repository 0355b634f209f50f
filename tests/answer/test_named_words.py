"""Questions about a word itself ("Which word did X use ...?") and about a section of the page
("... listed in the bibliography?"), answered from invented pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, page_desk, stated_answer

HARBOUR = """# Tarn harbour dispute

The council voted in March to close the old quay at Kessby for two years.
The harbour board called the council's plan to close the quay ‘reckless’.
The council had rejected the so-called ‘emergency’ levy that the harbour board proposed.
The board said the closure would cost the fishing fleet its winter moorings.

## Further reading

- Halloran, Ines. "Harbour Trade of the Tarn Coast". Kessby Press.
- Moe, Henrik (2019). "Ferries of the North Sound". Ostby Books.
"""


harbour = page_desk("harbour", HARBOUR)


def test_which_word_is_the_quoted_word_the_thing_was_called(harbour: Desk) -> None:
    """How the word was used ("to criticise") is the question's frame, not a word the sentence
    must hold; the word is the quotation "called ... ‘reckless’" ends on, not the object."""
    question = "Which word did the harbour board use to criticise the council's plan?"
    assert stated_answer(harbour, question).lower() == "reckless"


def test_so_called_does_not_name_the_thing(harbour: Desk) -> None:
    """ "the so-called ‘emergency’ levy" doubts a name; it does not say what anyone called
    the council's plan."""
    answer = stated_answer(harbour, "What did the harbour board call the council's plan?")
    assert answer.lower() == "reckless"


def test_a_work_listed_in_the_named_section_answers_with_its_author(harbour: Desk) -> None:
    """The question names the section ("in further reading"), so its entries meet that
    words; the author is written surname first, as citations are."""
    question = "Whose work on the Tarn coast is listed under further reading?"
    assert stated_answer(harbour, question) == "Halloran, Ines"
    question = "Whose book on ferries of the North Sound is listed under further reading?"
    assert stated_answer(harbour, question) == "Moe, Henrik"


def test_which_word_abstains_when_no_word_is_given(harbour: Desk) -> None:
    """The sentences say what the closure would cost the fleet, but give no word for it."""
    answer = harbour.ask("Which word did the council use to describe the winter moorings?")
    assert answer.abstained, answer.answer


TRADE = """# Ostby Rovers sign Lund

Pelle Lund joined the Ostby Rovers in a July trade with Lisk United last season.
With news from Ostby Rovers GM Tom Berg of a new offer, the trade talk about Lund ended.
Lisk United's option would trump the Rovers' hold on Lund, say sources.
"""


@pytest.fixture(scope="module")
def trade(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"trade.md": TRADE}) as desk:
        yield desk


def test_a_name_holding_the_questions_own_name_is_not_which_club(trade: Desk) -> None:
    """ "Ostby Rovers GM" names the question's club, not the one that traded him."""
    answer = trade.ask("Which club traded Pelle Lund to the Rovers?")
    assert "Lisk United" in stated_part(answer.answer), answer.answer


def test_whose_option_it_is_answers_which_club_holds_it(trade: Desk) -> None:
    answer = trade.ask("Which club holds an option on Pelle Lund that trumps the Rovers' hold?")
    assert "Lisk United" in stated_part(answer.answer), answer.answer


def test_which_station_asks_for_a_name(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = "Lund offer\n\nThe offer was first reported on Friday by the radio station Lisk FM.\n"
    with desk_of(tmp_path_factory, {"offer.txt": page}) as desk:
        answer = desk.ask("Which radio station first reported the offer?")
    assert stated_part(answer.answer) == "Lisk FM", answer.answer


def test_who_leads_is_answered_by_the_leader(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = (
        'Sleep study\n\n"Hibernation could change spaceflight," explains Orbis Team Leader'
        " Jana Novak, who joined the agency in 2009.\nThe Orbis team met in Lisk in May and"
        " agreed on a plan for the next study.\n"
    )
    with desk_of(tmp_path_factory, {"sleep.txt": page}) as desk:
        assert stated_part(desk.ask("Who leads the Orbis team?").answer) == "Jana Novak"


def test_a_quoted_name_is_given_whole(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The campaign is called "Ana Roth Stays", though the question names Ana Roth too."""
    page = (
        'Roth sequel\n\nFans launched the "Ana Roth Stays" campaign to show support for the'
        " director, and a petition has been circulating online since Monday.\n"
    )
    with desk_of(tmp_path_factory, {"roth.txt": page}) as desk:
        answer = desk.ask("What was the name of the fan campaign supporting Ana Roth?")
    assert stated_part(answer.answer).strip('"“”') == "Ana Roth Stays", answer.answer


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Orvel founder Ada Berg said the deal would close in May.", "Ada Berg"),
        ("Ada Berg, the founder of Orvel, said the deal would close in May.", "Ada Berg"),
        ('"Orvel will change," said Rick Varn, founder and president of Lisk Data.', None),
    ],
)
def test_the_founder_answers_who_founded_only_when_it_is_the_asked_ones(
    tmp_path_factory: pytest.TempPathFactory, sentence: str, expected: str | None
) -> None:
    """A founder of another firm does not say who founded Orvel."""
    page = f"Orvel deal\n\nOrvel agreed to buy Tessa Data for $3 billion on Monday.\n{sentence}\n"
    with desk_of(tmp_path_factory, {"orvel.txt": page}) as desk:
        answer = desk.ask("Who founded Orvel?")
    if expected is None:
        assert answer.abstained, answer.answer
    else:
        assert stated_part(answer.answer) == expected, answer.answer
