"""A sum keeps the rate it is paid at ("€400,000 a month"), unless the question already asks
per what; a currency's code before a sum is part of the sum, never a name of its own; a
measure asked by its noun ("What was the turnout …?") is a figure, not a name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of

PAGE = """\
# Halvik terminal pause

Tarvia Terminals, which runs the North Quay, said the pause would cost it €400,000 a month.
Orsa Lines raised its offer for Kellmarsh Ferries to 7.40 euros a share on Wednesday.
Kellmarsh Ferries forecast annual savings of EUR 40 million by 2027.
"""


ELECTION = """\
{{Infobox election
| election_name = 2024 Halvik mayoral election
| election_date = 2 May 2024
| turnout       = 58.2%
| candidate1    = Orsa Kellmarsh
}}
The '''2024 Halvik mayoral election''' was held on 2 May 2024 to elect the mayor of Halvik.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"pause.md": PAGE, "election.wiki": ELECTION}) as built:
        yield built


def test_a_sum_keeps_its_rate(desk: Desk) -> None:
    answer = desk.ask("How much will the pause cost Tarvia Terminals?")
    assert answer.answer.startswith("€400,000 a month"), answer.answer


def test_a_rate_the_question_asks_is_not_repeated_or_left_dangling(desk: Desk) -> None:
    answer = desk.ask("How much per share did Orsa Lines offer for Kellmarsh Ferries?")
    assert answer.answer.startswith("7.40 euros — "), answer.answer


def test_a_currency_code_before_a_sum_is_no_name(desk: Desk) -> None:
    answer = desk.ask("What annual savings does Kellmarsh Ferries forecast?")
    assert answer.answer.startswith("EUR 40 million"), answer.answer


def test_a_measure_asked_by_its_noun_is_a_figure(desk: Desk) -> None:
    answer = desk.ask("What was the turnout in the 2024 election?")
    assert answer.answer.startswith("58.2%"), answer.answer
