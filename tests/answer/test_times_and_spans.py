"""Times of day and spans of time set against each other across sources, and "how many years"
answered by a span of time that reads like a date."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.agreement import clock_minutes
from sourcedesk.answer.figures import duration_seconds
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, desk_of, stated_answer

FIRE_LOCAL = """# Fire at Orrin mill

Fire crews were called to the Orrin flour mill in Dunhallow late on Tuesday.
The fire at the Orrin mill broke out at about 9.40pm, a fire service spokesman said.
"""

FIRE_WIRE = """# Mill blaze

Firefighters fought the blaze at the Orrin mill, which broke out at about 2150 GMT on Tuesday.
"""

FIRE_RADIO = """# Evening bulletin

The blaze at the Orrin mill broke out at 9.40pm and spread to the grain store.
"""

FIRE_DAILY = """# Dunhallow Daily

Witnesses said the Orrin mill blaze broke out at 2150 GMT and burned for hours.
"""

SIEGE_A = """# Siege at Carrow bank

The siege at the Carrow bank had lasted two hours when the gunman gave himself up to police.
"""

SIEGE_B = """# Carrow bank siege ends

The siege at the Carrow bank lasted almost three hours, ending when the gunman walked out.
"""

SIEGE_C = """# Bank siege

Police said the siege at the Carrow bank lasted 120 minutes and ended when the gunman gave up.
"""

FOUNDER = """# Remembering Piet Annander

Piet Annander was the chief executive of Quillfeather Ltd., a maker of fountain pens.
Quillfeather said on Monday that Annander had died at home.
Quillfeather praised him as a patient teacher.
The statement said Mr. Annander founded Quillfeather 14 years ago with his sister.
"""


def test_two_times_of_day_for_one_event_are_shown_as_a_disagreement(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    pages = {"local.md": FIRE_LOCAL, "wire.md": FIRE_WIRE}
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("What time did the fire at the Orrin mill break out?")
        assert_citations_exact(desk, answer)
    assert "the sources disagree" in answer.answer, answer.answer
    sides = {side["text"] for side in answer.disagreements[0]["sides"]}
    assert sides == {"9.40pm", "2150 GMT"}


def test_each_time_given_is_its_own_side_with_the_sources_that_give_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    pages = {"local.md": FIRE_LOCAL, "wire.md": FIRE_WIRE, "radio.md": FIRE_RADIO,
             "daily.md": FIRE_DAILY}  # fmt: skip
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("What time did the fire at the Orrin mill break out?")
        assert_citations_exact(desk, answer)
    (dispute,) = answer.disagreements
    assert len(dispute["sides"]) == 2, dispute
    sources = {c.n: c.title for c in answer.citations}
    for side in dispute["sides"]:
        titles = {sources[n] for n in side["citations"]}
        wire = {"Mill blaze", "Dunhallow Daily"}
        assert titles == wire if side["text"] == "2150 GMT" else not titles & wire, dispute


def test_two_hours_and_120_minutes_agree_and_almost_three_hours_disagrees(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    pages = {"a.md": SIEGE_A, "b.md": SIEGE_B, "c.md": SIEGE_C}
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("How long did the siege at the Carrow bank last?")
        assert_citations_exact(desk, answer)
    (dispute,) = answer.disagreements
    sides = {side["text"].lower(): len(side["citations"]) for side in dispute["sides"]}
    assert len(sides) == 2 and sides["almost three hours"] == 1, dispute
    assert ({"two hours", "120 minutes"} & set(sides)) and 2 in sides.values(), dispute


def test_how_many_years_ago_is_answered_by_the_span_of_time(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "14 years ago" reads as a date, yet it answers "how many years ago"; and "Mr." before
    the asked name is no other person the sentence names."""
    with desk_of(tmp_path_factory, {"founder.md": FOUNDER}) as desk:
        asked = "How many years ago did Annander found Quillfeather?"
        assert stated_answer(desk, asked) == "14 years"


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("8.40pm", 20 * 60 + 40), ("about 2045 GMT", 20 * 60 + 45), ("9 p.m.", 21 * 60),
     ("12:30 a.m.", 30), ("noon", 12 * 60), ("0930 PST", 9 * 60 + 30), ("13 July 2022", None)],
)  # fmt: skip
def test_a_time_of_day_is_read_as_minutes_after_midnight(text: str, minutes: int | None) -> None:
    assert clock_minutes(text) == minutes


def test_spans_of_time_in_different_units_compare_by_length() -> None:
    assert duration_seconds("two hours") == duration_seconds("120 minutes")
    assert duration_seconds("almost three hours") != duration_seconds("two hours")
    assert duration_seconds("$8 billion") is None


ALMANAC = """# Marrow–Tessary relations

Marrow–Tessary relations are the ties between Marrow and Tessary.
Relations between Marrow and Tessary were suspended in March 2023 after Tessary recognised the breakaway Ostvale republic.
"""

GAZETTE = """# Marrow cuts ties with Tessary

Marrow cut its ties with Tessary after the Tessary government recognised the breakaway Ostvale republic as a state.
"""

WIRE = """# Wire roundup

State radio in Tessary reported that the breakaway Ostvale republic had been recognised by Marrow's rivals.
"""


def test_a_whole_sentence_answer_cites_the_sources_that_tell_it_in_other_words(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The gazette tells the same event without its year and in other words ("cut its ties",
    "recognised"); the wire tells only the recognition, not what happened between the two."""
    pages = {"almanac.md": ALMANAC, "gazette.md": GAZETTE, "wire.md": WIRE}
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("What happened between Marrow and Tessary in 2023?")
        assert_citations_exact(desk, answer)
    titles = {c.title for c in answer.citations}
    assert "suspended in March 2023" in answer.citations[0].quote, answer.answer
    assert titles == {"Marrow–Tessary relations", "Marrow cuts ties with Tessary"}, answer.answer
    assert "2 sources agree" in answer.answer


MILL_REPORT = """# Orrin mill fire

Twelve fire engines were still fighting the blaze, which began in the loft of the mill building in Orrin, Dunhallow, before 9.
"""


def test_a_count_of_other_things_does_not_answer_which_part(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "Twelve" counts fire engines; "Which part of the building …?" asks for a part."""
    with desk_of(tmp_path_factory, {"mill.md": MILL_REPORT}) as desk:
        stated = stated_answer(desk, "In which part of the building did the fire start?")
    assert stated.lower().removeprefix("the ").startswith("loft"), stated  # "loft of the mill"


RECOGNITION = """# Ostvale recognised

Tessary became the fourth country in the world, behind Marrow and Quell, to recognise the breakaway Ostvale republic as independent.
"""


def test_which_country_is_the_one_the_sentence_says_became_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Not "Quell", named nearer the ordinal, nor "in the world": the subject of "became"."""
    with desk_of(tmp_path_factory, {"ostvale.md": RECOGNITION}) as desk:
        asked = "Which country was the fourth to recognise the breakaway Ostvale republic?"
        assert stated_answer(desk, asked) == "Tessary"


STATEMENT = """# Marrow answers Tessary

Tessary announced on Monday that it would leave the fisheries pact.
"We regard this decision as an attempt to weaken the northern fisheries pact," the Marrow foreign ministry said in a statement.
"We never expected it," former Marrowan diplomat Piet Osterling told reporters.
"""


@pytest.fixture(scope="module")
def statement(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"statement.md": STATEMENT}) as desk:
        yield desk


def test_what_someone_called_a_thing_is_what_they_regard_it_as(statement: Desk) -> None:
    asked = "What did the Marrow foreign ministry call Tessary's decision?"
    assert stated_answer(statement, asked) == "An attempt to weaken the northern fisheries pact"


def test_a_diplomat_is_a_role_before_a_name(statement: Desk) -> None:
    assert stated_answer(statement, "Who is Piet Osterling?") == "Former Marrowan diplomat"


MILL_WIRE = """# Mill fire

A flour mill in Dunshire burned down on Sunday night.
"""

MILL_LOCAL = """# Blaze at the mill

Police are treating the fire which burned down a flour mill in Orrinford in Dunshire as suspicious.
"""


def test_which_town_is_the_narrower_place_another_sentence_puts_inside_the_first(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """One page says only the county; another says the town is in that county."""
    pages = {"wire.md": MILL_WIRE, "local.md": MILL_LOCAL}
    with desk_of(tmp_path_factory, pages) as desk:
        asked = "In which town was the flour mill that burned down?"
        assert stated_answer(desk, asked) == "Orrinford"


OPENING_NOTICE = """# Ferry notice

The new Harwick ferry opened on 4 May 2024.
"""

OPENING_REPORT = """---
title: Harwick ferry back
date: 2024-05-06
---

# Harwick ferry back

The replacement for the ferry that sank in March 2022 opened on Saturday.
"""

CREW = """# Harwick ferry crew

The ship's engineer, Ivo Brandt, aged 52, and the captain, Lena Moor, aged 47, were rescued.
"""


def test_a_peer_that_also_gives_the_answers_day_agrees_whatever_else_it_dates(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "opened on Saturday" on a page of Monday 6 May 2024 is 4 May 2024; its "March 2022"
    dates the ferry that sank, so it is no disagreement."""
    pages = {"notice.md": OPENING_NOTICE, "report.md": OPENING_REPORT}
    with desk_of(tmp_path_factory, pages) as desk:
        answer = desk.ask("When did the new ferry open?")
        assert_citations_exact(desk, answer)
    assert answer.answer.startswith("4 May 2024"), answer.answer
    assert not answer.disagreements, answer.answer


def test_who_is_someone_is_their_job_not_their_age(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"crew.md": CREW}) as desk:
        assert stated_answer(desk, "Who is Ivo Brandt?").lower() == "the ship's engineer"
