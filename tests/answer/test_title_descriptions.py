"""A sentence may speak of its page's subject by the common noun that ends its name ("the
viaduct" on a page about the Orsa Viaduct) or as one of the page's key facts, though it names
other people; a sentence about another named thing still does not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of

VIADUCT = """\
# Orsa Viaduct

The Orsa Viaduct carries the Halvik railway across the Tarn gorge.

## History

Work began in 1931 after a flood washed away the old timber trestle.
The viaduct was designed by the engineer Lisle Brannock and opened in 1934.
"""

WIKI = """\
{{Infobox bridge
| name = Kellmarsh Footbridge
| designer = Tarvia Selmond
| opened = 1988
}}
'''Kellmarsh Footbridge''' is a footbridge over the Orsa in the town of Kellmarsh.

== History ==
It replaced a ferry that had run since the 1870s.
"""

DAM = """\
# Orsa Viaduct in winter

Snow closed the line for two days in January.
Tarvia Dam, upstream of the gorge, was designed by the engineer Selvany Orr.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    pages = {"viaduct.md": VIADUCT, "footbridge.wiki": WIKI}
    with desk_of(tmp_path_factory, pages) as built:
        yield built


def test_the_noun_ending_the_title_s_name_speaks_of_the_page_s_subject(desk: Desk) -> None:
    answer = desk.ask("Who designed the Orsa Viaduct?")
    assert answer.answer.startswith("Lisle Brannock"), answer.answer


def test_an_infobox_field_speaks_of_the_page_s_subject(desk: Desk) -> None:
    answer = desk.ask("Who designed the Kellmarsh Footbridge?")
    assert answer.answer.startswith("Tarvia Selmond"), answer.answer


def test_a_sentence_about_another_named_thing_still_does_not(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"dam.md": DAM}) as other:
        answer = other.ask("Who designed the Orsa Viaduct?")
    assert answer.abstained, answer.answer
