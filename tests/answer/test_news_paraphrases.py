"""Questions worded as people ask them find sentences worded as news writes them: "stepped
down" is "resigned" (not in "… when X steps down?"), "take place" is "held", "take the oath"
is "sworn in", "put off" is "postponed", "challenge" is "contest", "yearly" is "annual",
"sweetened" is "raised". And who did what an apposition's verb says is the name the
apposition describes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.question import read_question
from sourcedesk.answer.variants import synonyms
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of

PAGE = """\
# Orsa Lines recall

Lisle Brannock, the chief executive of Orsa Lines, resigned on Thursday after the ferry recall.
The regulator proposed a fine of 2 million crowns, and Orsa Lines has 28 days to contest it.
The count was held at the Halvik Sports Hall on 16 May 2025.
Selvany Tarvo was sworn in as mayor of Halvik on 2 June 2025.
The council postponed the pier repairs in 2020, citing budget pressures after the flood year.
Orsa Lines expects annual cost savings of EUR 12 million by 2027.
Kellmarsh Ferries has raised its offer for Orsa Lines to 7.40 euros a share.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"recall.md": PAGE}) as built:
        yield built


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("Who resigned as chief executive of Orsa?", "Lisle Brannock"),
        ("How many days does Orsa Lines have to challenge the fine?", "28 days"),
        ("Where did the count take place?", "Halvik Sports Hall"),
        ("When did Selvany Tarvo take the oath of office?", "2 June 2025"),
        ("Why did the council put off the pier repairs?", "Citing budget pressures"),
        ("How much in yearly cost savings does Orsa Lines expect?", "EUR 12 million"),
        ("How much per share is Kellmarsh Ferries paying under its sweetened offer?", "7.40 euros"),
    ],
)
def test_a_question_in_other_words_finds_the_news_wording(
    desk: Desk, question: str, stated: str
) -> None:
    answer = desk.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.split(" — ")[0].startswith(stated), answer.answer


@pytest.mark.parametrize(
    ("asked", "written"),
    [
        ("When did Tarvo take the oath of office?", "sworn"),
        ("Where did the count take place?", "held"),
        ("Who stepped down as mayor?", "resigned"),
        ("When did Tarvo step down?", "resign"),
    ],
)
def test_a_phrasal_verb_is_read_as_the_verb_news_writes(asked: str, written: str) -> None:
    words = {w for c in read_question(asked).concepts for w in c.words}
    assert written in words, words


def test_a_step_down_in_a_clause_of_time_is_read_as_written() -> None:
    question = read_question("Who will take over when Tarvo steps down?")
    words = {w for c in question.concepts for w in c.words}
    assert "resigns" not in words, words


def test_what_took_place_is_not_read_as_what_was_held() -> None:
    words = {w for c in read_question("What took place at the harbour?").concepts for w in c.words}
    assert "held" not in words, words


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("challenge", "contest"),
        ("yearly", "annual"),
        ("restriction", "limit"),
        ("delayed", "postponed"),
        ("put", "postponed"),
        ("redirected", "diverted"),
    ],
)
def test_news_synonyms(word: str, other: str) -> None:
    assert other in synonyms(word)
