"""A page whose title names its subject: questions about that subject, answered or not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, desk_of

PROFILE = """---
title: Meet Ines Valdor, new chief executive at Harrowgate
date: 2021-03-02
---

# Meet Ines Valdor, new chief executive at Harrowgate

Harrowgate is glad to name Ines Valdor, a long-time engineer here, as its new President
and CEO.
I block out mornings for meetings and afternoons for calls.
My days start early.
I also use Taskboard, a tool that clears the smaller items off my list.
Last year the Northern Trade Gazette named her a Rising Leaders Award recipient.
Our new service, called Parcelwise, lets shops send parcels for a flat monthly fee.
"""


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"profile.md": PROFILE}) as desk:
        yield desk


def _answer(desk: Desk, question: str) -> str:
    answer = desk.ask(question)
    assert_citations_exact(desk, answer)
    return "" if answer.abstained else stated_part(answer.answer)


def test_a_title_of_an_organisation_is_looked_for_apart(profile: Desk) -> None:
    assert _answer(profile, "Who is the new CEO of Harrowgate?") == "Ines Valdor"
    assert _answer(profile, "Who is the new CFO of Harrowgate?") == ""


def test_the_answer_may_be_the_only_other_name_in_a_sentence(profile: Desk) -> None:
    assert _answer(profile, "What tool does Ines Valdor use for small items?") == "Taskboard"


def test_receiving_is_not_meeting(profile: Desk) -> None:
    stated = _answer(profile, "What award did Ines Valdor receive?")
    assert "meetings" not in stated.lower()
    assert "Rising Leaders" in stated or stated == "", stated


def test_what_is_a_name_gets_what_the_sentence_says_about_it(profile: Desk) -> None:
    stated = _answer(profile, "What is Parcelwise?")
    assert "flat monthly fee" in stated, stated


OBITUARY = """# Harbour boss Tomas Vellard dies

Tomas Vellard, who ran the harbour for thirty years, died in hospital on Monday.
It was the same hospital where his rival, Piet Haran, died in 2009.
Haran died in 2009 at age 64.
"""

LATE_AGE = """# Harbour boss dies

One of the port's most feared bosses, Tomas "the Crane" Vellard, who stayed out of jail for most
of his life, has died in hospital, aged 81.
"""


@pytest.fixture(scope="module")
def obituary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"obituary.md": OBITUARY}) as desk:
        yield desk


@pytest.fixture(scope="module")
def late_age(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"late-age.md": LATE_AGE}) as desk:
        yield desk


def test_a_sentence_opening_with_another_name_of_the_page_is_not_about_the_title(
    obituary: Desk,
) -> None:
    # the title names Vellard, but "Haran died … at age 64" is Haran's age: a near miss
    assert _answer(obituary, "How old was Tomas Vellard when he died?") == ""
    assert _answer(obituary, "How old was Piet Haran when he died?") == "64"


def test_an_age_that_ends_a_sentence_of_many_commas_is_no_list_total(late_age: Desk) -> None:
    assert _answer(late_age, "How old was Tomas Vellard when he died?") == "81"


FILM = """---
title: Director still in talks for HARBOUR LIGHTS sequel, THE LONG TIDE; date may slip
---

Marlow is facing an issue with the sequel's scheduled May 3, 2027 release date.
The studio behind the first film, Marlow, had booked the date last spring.
"""


def test_a_sentence_opening_with_a_name_that_does_not_do_the_asked_act_keeps_the_title(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"film.md": FILM}) as desk:
        assert _answer(desk, "When is The Long Tide due in theaters?") == "May 3, 2027"


GROUP_CASE = """---
title: Harbour boss Tomas Vellard sentenced to life in prison
---

All five of those charged over the dock fraud were convicted, receiving prison sentences of between two and 20 years.
Harbour boss Tomas Vellard was sentenced on Tuesday to life in prison for ordering the fraud.
"""


def test_a_sentence_about_a_group_is_not_about_the_titles_person(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"group.md": GROUP_CASE}) as desk:
        stated = _answer(desk, "What sentence did Tomas Vellard receive?")
    assert "life in prison" in stated.lower(), stated
