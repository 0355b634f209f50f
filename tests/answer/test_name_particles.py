"""Names with particles ("Van Der", "de la") are one name, and a sentence that opens on a
description of someone ("The former … star, 51,") speaks of whom the text named before it."""

from __future__ import annotations

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, page_desk, stated_answer

SHOW = """# Kessby dance final

Pieter Van Der Molen has been voted off the Kessby dance show.

The former “Harbour Lights” star, 51, lost a close race against singer Ada Lind on Monday.

Van Der Molen said he would return to the theatre in Ostby next spring.
"""


show = page_desk("show", SHOW)


def test_a_name_with_particles_is_met_whole(show: Desk) -> None:
    answer = show.ask("What was Pieter Van Der Molen voted off?")
    assert not answer.abstained, answer.answer
    assert "voted off the Kessby dance show" in answer.citations[0].quote


def test_the_surname_with_its_particles_stands_for_the_person(show: Desk) -> None:
    assert stated_answer(show, "Where will Pieter Van Der Molen return next spring?") == "Ostby"


def test_a_described_subject_is_the_one_named_before(show: Desk) -> None:
    """ "The former … star, 51," is Van Der Molen, named in the paragraph before."""
    answer = stated_answer(show, "Who did Pieter Van Der Molen lose a close race against?")
    assert answer == "Ada Lind"


PATIENT = """# A patient's story

"Some days I could not even reach the landing," wrote 43-year-old Ivar Lund of Kessby, Tarnland.
Lund lived in a damp, cold house with his wife and two dogs.
The judges Siv Aune, Per Holm and Ada Lind gave the dancers top marks.
Host Ola Brenn thanked the judges at the end of the night.
"""


patient = page_desk("patient", PATIENT)


def test_where_someone_is_from_is_the_place_after_of(patient: Desk) -> None:
    """ "Ivar Lund of Kessby, Tarnland" says where he is from; where he lived is another thing."""
    assert stated_answer(patient, "Where is Ivar Lund from?") == "Kessby, Tarnland"


def test_who_are_the_judges_lists_the_ones_named_together(patient: Desk) -> None:
    answer = stated_answer(patient, "Who are the judges?")
    assert answer == "Siv Aune, Per Holm and Ada Lind"


MARKET = """# Harbour shares

Shipping group Tarnline is breaking out this week.

The stock rose 3% after the shipping group acquired a majority stake in Kessby Ferries.

The strikes began quietly in May and were sparked by a proposed cut to harbour pay.
"""


market = page_desk("market", MARKET)


def test_the_stock_speaks_of_the_company_named_before(market: Desk) -> None:
    """ "The stock rose 3% after the shipping group acquired ...": Tarnline, named before."""
    answer = stated_answer(market, "What did Tarnline take a majority stake in?")
    assert answer == "Kessby Ferries"


def test_what_then_a_verb_asks_for_the_subject(market: Desk) -> None:
    """ "What sparked the strikes?": "sparked" is the verb, not the kind of thing asked."""
    answer = stated_answer(market, "What sparked the strikes?")
    assert "proposed cut" in answer.lower()  # not "began quietly in May"


ENVOY = (
    "# Envoy\n\nTarnland’s envoy to Ostby accused the harbour board of delays and warned that "
    "the Kessby ferry service would stop.\n"
)
FORT = (
    "# Fort\n\nThe council sold the old Kessby fort, dubbed the “Iron Box” by local "
    "fishermen held there during the Tarn War, in 1990.\n"
)


@pytest.mark.parametrize(
    ("page", "question", "expected"),
    [
        # a role of a place, not a name elsewhere in the sentence
        (ENVOY, "Who accused the harbour board of delays?", "Tarnland’s envoy to Ostby"),
        # the people after a passive verb's "by", said without a name
        (FORT, "Who dubbed the old fort the Iron Box?", "local fishermen"),
    ],
)
def test_who_is_said_without_a_name(
    tmp_path_factory: pytest.TempPathFactory, page: str, question: str, expected: str
) -> None:
    with desk_of(tmp_path_factory, {"page.md": page}) as desk:
        assert stated_answer(desk, question).lower() == expected.lower()


ENGINEER = """# Harbour engineer resigns

Helga Maren van Dorsten, the chief engineer of Tessby harbour, resigned on 3 May 2021.
Arne Sund and Lars Hove took over her duties.
"""

engineer = page_desk("engineer", ENGINEER)


def test_a_name_asked_without_its_middle_name_is_met(engineer: Desk) -> None:
    assert stated_answer(engineer, "When did Helga van Dorsten resign?") == "3 May 2021"


def test_the_left_out_middle_name_is_no_answer(engineer: Desk) -> None:
    stated = stated_answer(engineer, "What was Helga van Dorsten's job?")
    assert "Maren" not in stated
    assert "chief engineer" in stated


def test_two_people_are_not_one_name_with_a_middle_name(engineer: Desk) -> None:
    assert engineer.ask("When did Arne Hove take over?").abstained


LATER = """# Tessby mourns a harbour engineer

The daughter of former mayor Oskar van Dorsten, Helga Maren van Dorsten was found dead at home, while a neighbour was badly hurt trying to help, Kessby Radio reported on Wednesday.

She fell ill during a site visit led by van Dorsten at the Ostby Marine Works, where she worked as a welding engineer.
"""

later = page_desk("later", LATER)


def test_the_surname_alone_stands_for_a_name_given_with_a_middle_name(later: Desk) -> None:
    """The page gives the name whole once, with a middle name; after that, the surname alone."""
    assert "Ostby Marine Works" in stated_answer(later, "Where did Helga van Dorsten work?")


PROFILE = """# Tessby's new president

Harald Lund was sworn in as president of Tessby on 2 June 2021.
"""

CALL = """# The harbour call

Two aides listened in on President Lund's 14 July call with the Kessby harbour board.

Mr. Lund later said he had asked about the ferry fees.
"""


def test_a_titled_surname_is_the_person_another_page_names_in_full(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The second page never writes "Harald Lund"; the first does, and "President" marks him."""
    with desk_of(tmp_path_factory, {"profile.md": PROFILE, "call.md": CALL}) as desk:
        assert stated_answer(desk, "When did Harald Lund call the Kessby harbour board?") == (
            "14 July"
        )


WRITER = """\
The novelist nobody read

John Milo Vask was born in 1961 in a harbour town in the north.
"""


def test_a_middle_initial_meets_the_middle_name_written_whole(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"writer.txt": WRITER}) as desk:
        assert stated_answer(desk, "In what year was John M. Vask born?") == "1961"
