"""Pages nobody tuned for: a lawyer named beside a client's lone surname, an acronym the page
spells out instead of writing, a schedule asked as "due", a nationality before a product, a
post asked as a "position", a long apposition, a place that opens an institution's name, a
time word or a speaker opening a sentence, and a page's own title that says whom a lone
surname means."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.agreement import holds_value
from sourcedesk.answer.engine import stated_part
from sourcedesk.answer.question import read_question
from sourcedesk.answer.spans import Span
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

THREAT_CASE = """\
Harbour man admits threatening councillor

Victor Mallin Jr., 58, pleaded guilty on Monday to threatening to harm Councillor Rhea Holm.
Holm posted a letter on Tuesday asking for mercy at Mallin's sentencing.
Dana P. Rourke, Mallin’s attorney, told reporters that her client never meant to hurt anyone.
His sentencing is scheduled for March 3, court records show.
"""

HIBERNATION = """\
Sleep study for long voyages

The Nordic Polar Institute says crews could sleep through most of a voyage to the outer stations.
Research team head Arvid Lunde says a sleeping crew would need far smaller ships.
"""

ALARMS = """\
Corvid and Haldex launch ward alarm service

Corvid, a provider of hospital software, announced a new North American ward alarm service with Haldex, a maker of patient monitors.
"""

AGENCY = """\
Lander contracts awarded

"We needed more builders," Ada Brandt, deputy director for exploration at the agency, said on Monday.
In the morning, lawmakers questioned Tomas Reed, a port specialist, and Jonas Pell, a senior policy adviser to Governor Mara Linde on the long budget talks with the dock and ferry unions.
"""

CAMPUS = """\
Tarnby on the brink

As the report came out, Tarnby Technical University was besieged by police vans that blocked every gate.
"""

OBITUARY = """\
Ines Varga, who swam for Calvia, dies at 88

Swimmer Ines Varga, who starred in several lavish water shows, has died.
Ines Varga died on Monday in Port Ellis, Calvia, her family said.
Varga's publicist, Tomas Brandt, told the Associated Press of her death on Monday.
Champion Varga did much to make the sport of synchronized diving popular.
"""

DEPOT = """\
Depot shooting

Minutes after a guard was sent home from the Orrin depot, she returned with a rifle.
Dora Finch says the guard accused of the shooting at the Orrin depot is a kind neighbour.
"""

SAFETY_BOARD = """\
Harbour board: cracked piers caused the quay collapse

Lena Ross, who chairs the Quayside Residents Group (QRG), said families wanted a full inquiry.
"""


PAINTER_BIO = """\
Ada Pell

Ada Pell was born on 3 May 1931 in Orrin, the youngest of four children.
"""

PAINTER_OBIT = """\
Ada Pell, painter of the Orrin coast, dies at 90

Born in Orrin, Pell left her post as a teacher to paint full time in 1958.
"""

SINGER_OBIT = """\
Ada Lorne, voice of the harbour songs, dies at 79

Singer Ada Lorne, who starred in many harbour revues, has died.
Lorne's publicist, Tomas Brandt, told the Associated Press of her death on Monday.
"""

RETAILER = """\
Harbour Hardware sales miss, shares fall

Harbour Hardware reported second-quarter results on Tuesday that fell short of estimates.
Profit in the second quarter was $1.3 billion, or $1.12 a share, while revenue rose 2.7 percent to $13.9 billion.
"""

OBSERVATORY = """\
Plumes over Tarn

The team watched the moon Tarn on 17 nights between March 2016 and May 2017.
During one such night — May 3, 2016 — they caught a strong signal of water vapour.
"We had a solid quarter," chairman, CEO and president Lena Voss said on Tuesday.
Looking ahead, the institute sees budget growth of 1.2 percent and staff growth of 4.5 percent next year.
"""

BANK_FIRE = """\
Three die in bank fire

Protesters threw petrol bombs into a bank in Orrin on Wednesday. Radio reports said the 3 bank employees inside were killed by the flames.
The 58-year-old Ana Vell "was the kindest of colleagues," a manager said.
"""

BANK_FIRE_WIRE = """\
Bank fire in Orrin

The three bank employees, two women and a man, died when protesters set fire to their bank in Orrin.
"""

WATER_STUDY = """\
Water on Tarn

"Life needs three ingredients. The scarcest, liquid water, is rare outside Vell," lead author Ada Brekke, who studies planets at the Orrin Institute, told reporters.
"""

POSTER_CAMPAIGN = """\
Orrin's poster campaign

The Orrin council launched a poster campaign against speeding in March.
The poster campaign cost the Orrin council £12,000, according to the Orrin Gazette.
"""

ARSON = """\
Arson charge

A man was charged with arson on Saturday after a blaze gutted the Harbour supermarket in Lindmere, Dorset.
Daniel Roake, 24, is accused of starting the blaze at the Harbour store in Lindmere on Friday.
Mr. Roake had been serving a 14-year sentence for burglary until his release last spring.
"""

RACKETEER = """\
Dock boss dies in prison

Dario Marsk had been jailed for 12 years after a racketeering conviction in Marlby in 1998.
"""

NOMINEE = """\
President names harbour commissioner

The president will nominate Lena Marsh as harbour commissioner, the White House said.
The president said his harbour commissioner pick has seen how the U. S. port system fails small towns.
"""

PATROL = """\
Navy ship foils raid

The patrol ship Tarn, on duty under the command of the Eastern Fleet, was escorting four grain carriers through the Northern Transit Corridor when the raid began.
"""

CASTING = """\
Smart TVs

Harbourtek was the first to release the casting feature for smart TVs back in March.
"""

PAGES = {
    "casting.txt": CASTING,
    "patrol.txt": PATROL,
    "racketeer.txt": RACKETEER,
    "nominee.txt": NOMINEE,
    "arson.txt": ARSON,
    "posters.txt": POSTER_CAMPAIGN,
    "water.txt": WATER_STUDY,
    "bank-wire.txt": BANK_FIRE_WIRE,
    "bank.txt": BANK_FIRE,
    "tarn.txt": OBSERVATORY,
    "hardware.txt": RETAILER,
    "lorne.txt": SINGER_OBIT,
    "pell.txt": PAINTER_BIO,
    "pell-obit.txt": PAINTER_OBIT,
    "case.txt": THREAT_CASE,
    "sleep.txt": HIBERNATION,
    "alarms.txt": ALARMS,
    "agency.txt": AGENCY,
    "campus.txt": CAMPUS,
    "obit.txt": OBITUARY,
    "depot.txt": DEPOT,
    "quay.txt": SAFETY_BOARD,
}


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, PAGES) as built:
        yield built


def test_a_sentencing_due_is_the_scheduled_one(desk: Desk) -> None:
    assert stated_answer(desk, "When is Mallin due to be sentenced?").startswith("March 3")


def test_an_acronym_with_other_letters_is_not_met(desk: Desk) -> None:
    answer = desk.ask("Who heads the NPA research team?")
    assert answer.abstained, answer.answer


def test_a_position_held_is_a_job(desk: Desk) -> None:
    answer = stated_answer(desk, "What position does Ada Brandt hold?")
    assert answer.lower().startswith("deputy director for exploration"), answer


def test_which_city_is_a_place_named(desk: Desk) -> None:
    answer = stated_answer(desk, "In which city did Ines Varga die?")
    assert answer.startswith("Port Ellis"), answer


def test_neither_a_time_word_nor_the_speaker_is_the_accused(desk: Desk) -> None:
    answer = desk.ask("Who is accused of the shooting at the Orrin depot?")
    told = stated_part(answer.answer)
    assert "Minutes" not in told and "Finch" not in told, answer.answer


def test_a_title_does_not_say_who_chairs_it_when_the_sentence_names_another_body(
    desk: Desk,
) -> None:
    answer = desk.ask("Who chairs the harbour board?")
    assert answer.abstained, answer.answer
    assert stated_answer(desk, "Who chairs the residents group?") == "Lena Ross"


def test_the_time_of_another_clause_does_not_dispute_a_birth_date(desk: Desk) -> None:
    answer = desk.ask("When was Ada Pell born?")
    assert stated_part(answer.answer).startswith("3 May 1931"), answer.answer
    assert not answer.disagreements, answer.answer


def test_which_city_is_neither_a_news_agency_nor_a_publicist(desk: Desk) -> None:
    answer = desk.ask("In which city did Ada Lorne die?")
    told = stated_part(answer.answer)
    assert "Press" not in told and "Brandt" not in told, answer.answer


def test_which_night_asks_when(desk: Desk) -> None:
    answer = stated_answer(
        desk, "On which night did the team catch the strong water vapour signal?"
    )
    assert answer.startswith("May 3, 2016"), answer


def test_a_list_of_titles_before_a_name_is_given_whole(desk: Desk) -> None:
    answer = stated_answer(desk, "What is Lena Voss's position?")
    assert answer.lower() == "chairman, ceo and president", answer


def test_the_head_of_a_compound_focus_asks_the_figure(desk: Desk) -> None:
    asked = read_question("What comparable staff growth does the institute expect next year?")
    assert asked.focus == "growth"
    answer = stated_answer(desk, "What staff growth does the institute expect next year?")
    assert answer == "4.5 percent", answer


def test_a_count_of_people_is_no_age(desk: Desk) -> None:
    answer = desk.ask("How old was the bank employee who was killed?")
    assert stated_part(answer.answer) != "3", answer.answer
    assert stated_answer(desk, "How old was Ana Vell?") == "58"


def test_a_peer_that_says_the_count_in_words_does_not_dispute_it(desk: Desk) -> None:
    answer = desk.ask("How many bank employees died in the Orrin fire?")
    assert not answer.disagreements, answer.answer
    question = read_question("How many people died in the fire?")
    told = "The three bank clerks two women and a man died in the fire."
    assert holds_value(question, Span(0, 1, "3", 1.0, "number"), told)
    assert not holds_value(question, Span(0, 1, "1", 1.0, "number"), "One of them was a child.")


def test_the_length_of_a_sentence_is_no_age(desk: Desk) -> None:
    answer = desk.ask("How old was Daniel Roake when he was released?")
    assert stated_part(answer.answer) != "14", answer.answer


STATED = [
    pytest.param(
        "Who is the lawyer representing Victor Mallin?",
        "Dana P. Rourke",
        id="a_lawyer_named_beside_the_clients_lone_surname",
    ),
    pytest.param(
        "Who heads the NPI research team?",
        "Arvid Lunde",
        id="an_acronym_the_page_spells_out_just_before",
    ),
    pytest.param(
        "Which company is Corvid working with on the ward alarm service?",
        "Haldex",
        id="a_nationality_before_a_product_is_no_company",
    ),
    pytest.param(
        "What role does Jonas Pell have?",
        "A senior policy adviser to Governor Mara Linde",
        id="a_long_apposition_gives_the_role_not_the_occasion",
    ),
    pytest.param(
        "Which university campus did police lay siege to in Tarnby?",
        "Tarnby Technical University",
        id="an_institution_whose_name_opens_with_the_asked_place",
    ),
    pytest.param(
        "Which sport did Ines Varga help popularise?",
        "Synchronized diving",
        id="a_lone_surname_is_the_person_the_title_names",
    ),
    pytest.param(
        "What was Harbour Hardware's revenue in the second quarter?",
        "$13.9 billion",
        id="a_level_asked_is_the_figure_it_rose_to_not_the_percentage",
    ),
    pytest.param(
        "Who was the lead author of the water study?",
        "Ada Brekke",
        id="a_name_at_the_end_of_a_quotation_from_the_sentence_before_is_nobody",
    ),
    pytest.param(
        "How much did the Orrin council pay for the poster campaign?",
        "£12,000",
        id="what_someone_paid_is_what_it_cost_them",
    ),
    pytest.param(
        "Which TV maker was first to release the casting feature?",
        "Harbourtek",
        id="a_maker_is_a_named_body_and_tvs_are_things",
    ),
    pytest.param(
        "Whom did the president pick as his nominee for harbour commissioner?",
        "Lena Marsh",
        id="capital_letters_before_a_noun_are_no_one",
    ),
    pytest.param(
        "Who has been charged with arson over the Harbour supermarket fire?",
        "Daniel Roake",
        id="a_county_after_a_town_is_no_one_charged",
    ),
]


@pytest.mark.parametrize(("question", "stated"), STATED)
def test_the_stated_answer(desk: Desk, question: str, stated: str) -> None:
    assert stated_answer(desk, question) == stated


def test_a_name_after_a_preposition_of_place_is_no_judge(desk: Desk) -> None:
    answer = desk.ask("Which judge sentenced Dario Marsk to 12 years in 1998?")
    assert answer.abstained, answer.answer  # "a conviction in Marlby" names no judge


def test_a_role_only_people_hold_is_no_place(desk: Desk) -> None:
    answer = desk.ask("Who was the commanding officer of the Tarn?")
    assert answer.abstained, answer.answer  # "the Northern Transit Corridor" is no officer
