"""The title of a book, a film or a report is the work's name: a quoted title answers it, and
someone named near the work (a relative, the author's spokesman) does not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

READING = """\
Harbour pilot Lorne Vask dies at 80

Lorne Vask died at home on Sunday.
Vask collapsed over a book he was reading in his chair, his son, Piet Vask Jr., told the Orrin Gazette.
"""

HOLDING = """\
Novelist Ada Brekke dies at 91

Ada Brekke died in her sleep on Friday, holding a copy of her novel "The Long Harbour", her daughter said.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"reading.txt": READING, "holding.txt": HOLDING}) as built:
        yield built


def test_a_works_title_is_its_quoted_name(desk: Desk) -> None:
    question = "What was the title of the novel Ada Brekke was holding when she died?"
    assert stated_answer(desk, question) == "The Long Harbour"


def test_the_title_of_a_work_is_no_one_named_near_it(desk: Desk) -> None:
    answer = desk.ask("What was the title of the book Lorne Vask was reading when he died?")
    assert answer.abstained, answer.answer  # "his son, Piet Vask Jr." names no book


FIRST_NOVEL = """\
The novelist nobody read

Correction: an earlier version of this article misnamed the first publisher of Lorne Vask's novel Web of Harbours.
"""


def test_the_title_of_someones_novel_is_its_name(tmp_path_factory: pytest.TempPathFactory) -> None:
    with desk_of(tmp_path_factory, {"novel.txt": FIRST_NOVEL}) as desk:
        question = "What was the title of Lorne Vask's first novel?"
        assert stated_answer(desk, question) == "Web of Harbours"
