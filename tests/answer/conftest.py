"""A small fictional desk (three Markdown pages about two invented countries) for answer tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from sourcedesk.records import Answer

ENCYCLOPEDIA = """# Valdoria–Brennmark relations

Valdoria–Brennmark relations are the foreign relations between Valdoria and Brennmark.

## History

Diplomatic relations between Valdoria and Brennmark were established on 4 March 1961.
The Valdorian embassy in Osterholm was accredited to Brennmark as well.
In 1987, Valdoria closed its embassy in Kessel due to severe budget cuts that followed the end
of the Northern Pact.

Valdoria withdrew its ambassador from Kessel in 2005.
This was because of a long dispute over fishing rights in the Grey Sound.

## Trade

In 2019, Brennmark exported timber worth 48 million krona to Valdoria.
The Tarn Bridge between the two countries cost 210 million krona to build.

## People

Ilse Marwen, the Valdorian foreign minister, visited Kessel in May 2020.
Defence Secretary Tomas Kerrigan confirmed the visit a day later.
The Republic of Lorvania (ROL) is a small neighbour of both countries.
The Republic of Lorvania recognised Eastmark on 8 August 2023.
The Republic of Lorvania recognised Westmark on 2 February 2024.
Oleksandr Horodnyy, the envoy of Brennmark, resigned on 2 June 2021.
"""

NEWS = """---
title: Brennmark breaks off ties to Valdoria
date: 2022-07-13
---

# Brennmark breaks off ties to Valdoria

Brennmark severed diplomatic relations with Valdoria on 12 July 2022.
The decision came after Valdoria recognized the breakaway Eastmark and Westmark republics.
The two countries first established diplomatic relations in 1961.
The Tarn Bridge, finished in 1999, cost 260 million krona.
Moscow announced new tariffs on Brennmark timber on 3 May 2021.
Kessel harbour was modernised in 2004.
"""

DIGEST = """# Northern digest

Relations between Valdoria and Brennmark were established in 1961, the digest recalls.
Fishing fleets from both countries crowd the Grey Sound every spring.
"""

PAGES = {"valdoria-wiki.md": ENCYCLOPEDIA, "brennmark-news.md": NEWS, "digest.md": DIGEST}


@contextmanager
def desk_of(factory: pytest.TempPathFactory, pages: dict[str, str]) -> Iterator[Desk]:
    """A fresh desk in a temporary folder holding these pages (name -> Markdown text)."""
    with Desk(factory.mktemp("desk") / "desk.sqlite") as desk:
        for name, text in pages.items():
            result = desk.add_bytes(name, text.encode())
            assert result.status == "added", result
        yield desk


@pytest.fixture(scope="module")
def fiction(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A desk holding the three fictional pages (built once per test module)."""
    path: Path = tmp_path_factory.mktemp("fiction") / "desk.sqlite"
    desk = Desk(path)
    for name, text in PAGES.items():
        result = desk.add_bytes(name, text.encode())
        assert result.status == "added", result
    yield desk
    desk.close()


def assert_citations_exact(desk: Desk, answer: Answer) -> None:
    """Every citation (and closest passage) quotes its source's clean text exactly."""
    numbers = [c.n for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1))
    for c in (*answer.citations, *answer.closest):
        source = desk.store.get_source(c.source_id)
        assert source is not None
        assert source.text[c.start : c.end] == c.quote


def stated_answer(desk: Desk, question: str) -> str:
    """The answer stated for a question the desk must answer, its citations checked exact."""
    answer = desk.ask(question)
    assert not answer.abstained, answer.answer
    assert_citations_exact(desk, answer)
    return stated_part(answer.answer)


def page_desk(name: str, page: str) -> Any:
    """A module fixture named `name`: a desk holding one invented page (each page gets its own
    desk, so the sentences of one page never compete with another's)."""
    return pages_desk(name, {f"{name}.md": page})


def pages_desk(name: str, pages: dict[str, str]) -> Any:
    """A module fixture named `name`: a desk holding these invented pages (name -> text)."""

    @pytest.fixture(scope="module", name=name)
    def fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
        with desk_of(tmp_path_factory, pages) as desk:
            yield desk

    return fixture
