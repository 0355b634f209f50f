"""Two sources that give one count or sum differently disagree, though one words the event
otherwise ("went down" for "sank") or names the asker's company only as "the company"; a
figure told of something else (a normal week's traffic, a share price, the late ballots in
the answer's own sentence) is no side."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, desk_of

ARTICLE = """\
# Halvik pier collapse

The old pier at Halvik collapsed on the evening of 3 May 2024 during a spring storm.
Five boats sank with it: a ferry launch, three fishing smacks and a coal barge.
Around 300 boats use Halvik harbour in a normal summer week.
Tarnhold Lines offered each family on the quay a relief payment of £900 and free storage.
"""

WIRE = """\
# Pier gives way in Halvik storm

HALVIK, May 4 - Part of the Halvik pier gave way in a storm on Friday evening, the harbour master said.
Four boats went down with it, among them a ferry launch and a coal barge, the harbour master said.
Tarnhold Lines said on Monday it would offer each family £600 as a relief grant, on top of free storage of their furniture.
"""

COUNT = """\
# Halvik vote count ends

The commission received 3,900 ballots by post and rejected 310 of them as late.
"""

CASE = """\
# Court hears Halvik ballot case

At the heart of the case were 310 ballots by post that the commission rejected because they arrived late.
"""

SALVAGE_MONDAY = """\
# Salvage at Halvik

By Monday morning 37 boats had been towed clear of the harbour mouth by the Orsa salvage crews, a coastguard spokesman said.
"""

SALVAGE_TUESDAY = """\
# Halvik harbour reopens

As of Tuesday evening, 64 boats had been towed clear by the Orsa salvage crews, the coastguard said.
"""

PAGES = {
    "article.md": ARTICLE,
    "wire.md": WIRE,
    "count.md": COUNT,
    "case.md": CASE,
    "monday.md": SALVAGE_MONDAY,
    "tuesday.md": SALVAGE_TUESDAY,
}


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, PAGES) as built:
        yield built


def test_a_count_worded_otherwise_in_another_source_disputes_the_answer(desk: Desk) -> None:
    answer = desk.ask("How many boats sank at Halvik?")
    assert answer.answer.lower().startswith(("five", "four")), answer.answer
    assert "disagree" in answer.answer, answer.answer
    assert "Five" in answer.answer and "Four" in answer.answer, answer.answer
    assert "300" not in answer.answer, answer.answer
    assert_citations_exact(desk, answer)


def test_a_sum_offered_by_the_company_named_otherwise_disputes_the_answer(desk: Desk) -> None:
    answer = desk.ask("How much is Tarnhold Lines offering each family?")
    assert "disagree" in answer.answer, answer.answer
    assert "£900" in answer.answer and "£600" in answer.answer, answer.answer


def test_a_figure_the_answer_s_own_sentence_gives_of_something_else_is_no_side(
    desk: Desk,
) -> None:
    answer = desk.ask("How many ballots did the commission receive by post?")
    assert answer.answer.startswith("3,900"), answer.answer
    assert "disagree" not in answer.answer, answer.answer


def test_a_count_taken_at_another_time_is_no_side(desk: Desk) -> None:
    answer = desk.ask("How many boats had been towed clear by Monday morning?")
    assert answer.answer.startswith("37"), answer.answer
    assert "disagree" not in answer.answer, answer.answer
