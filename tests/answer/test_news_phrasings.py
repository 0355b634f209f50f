"""Phrasings common in news copy: a reason given with "citing", what someone admitted, where
someone works said as "a professor at", and a sentence that goes on about whom the sentence
before named ("The 61-year-old is ...")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, page_desk, stated_answer

PAGE = """# Ferry talks collapse

Negotiators for the Orlan ferry union and the port authority met in Tessby on Monday.
They were close to a deal when Governor Alma Reyes halted the talks on Friday, citing safety fears.

Port officials later admitted that the harbour had lost twice as many sailings as first reported.

Two mediators, Piet Lorens and Cara Vint, both lecturers at the Tessby Maritime College, had led the talks.

A fisherman who rescued three passengers from the ferry was honoured by the council.
The 61-year-old is the second Tessby resident to receive the medal this year.
"""

talks = page_desk("talks", PAGE)


def test_a_reason_given_with_citing_answers_why(talks: Desk) -> None:
    assert stated_answer(talks, "Why did Reyes halt the talks?") == "Citing safety fears"


def test_what_someone_admitted_is_the_clause_they_admitted(talks: Desk) -> None:
    stated = stated_answer(talks, "What did port officials admit?")
    assert "lost twice as many sailings" in stated


def test_where_someone_works_is_the_place_after_their_role(talks: Desk) -> None:
    stated = stated_answer(talks, "Where do Lorens and Vint work?")
    assert stated == "Tessby Maritime College"


def test_an_age_given_in_the_next_sentence_answers_how_old(talks: Desk) -> None:
    assert stated_answer(talks, "How old is the fisherman?") == "61"


BOARD = """# Harbour board

Like most public bodies, the harbour board divides itself into committees which oversee the quays.
"""

board = page_desk("board", BOARD)


def test_a_question_ending_on_a_preposition_takes_its_object(board: Desk) -> None:
    assert stated_answer(board, "What does the harbour board divide itself into?") == "Committees"


COURT = """# Kidnapper sentenced

Police released footage of officers freeing a 9-year-old Tessby boy who was taken from a park.
After a short trial, a jury in Tessby took less than an hour to convict Arno Felt, 47, of kidnapping the boy.
"""

court = page_desk("court", COURT)


def test_an_age_set_off_after_a_name_is_that_persons(court: Desk) -> None:
    assert stated_answer(court, "How old is Arno Felt?") == "47"


def test_the_age_of_someone_else_does_not_answer_how_old_the_asked_one_is(court: Desk) -> None:
    assert stated_answer(court, "How old was the kidnapped boy?") == "9"


LIGHTHOUSE = """# Skerry lighthouse

The Skerry lighthouse was first lit in 1871 and welcomed 12,000 visitors last year.
Keepers lived at the Skerry lighthouse until 1989, when its lamp was automated for 3,000 pounds.
Its owners say the Skerry lighthouse has survived 14 great storms.
Built from local granite, the 41-metre-tall Skerry lighthouse can be seen from 30 kilometres away.
"""

lighthouse = page_desk("lighthouse", LIGHTHOUSE)


def test_how_tall_finds_the_sentence_that_says_tall(lighthouse: Desk) -> None:
    assert stated_answer(lighthouse, "How tall is the Skerry lighthouse?").startswith("41")


STABBING = """# Doctor stabbed in Tessby

The son of former mayor Ruben van Aalst, Jonas van Aalst was stabbed during a lecture at the Tessby clinic, where he worked as a surgeon.
A court later sentenced the attacker to twelve years, the Tessby Herald reported.
"""

stabbing = page_desk("stabbing", STABBING)


def test_a_passive_without_its_doer_does_not_say_who_did_it(stabbing: Desk) -> None:
    assert stabbing.ask("Who stabbed Jonas van Aalst?").abstained


def test_a_speaker_closing_the_sentence_did_not_do_the_deed(stabbing: Desk) -> None:
    """ "..., the Tessby Herald reported": who told it, not who attacked him."""
    assert stabbing.ask("Who attacked Jonas van Aalst?").abstained


CLINIC = """# Clinic

Former mayor Ruben van Aalst praised the Tessby clinic, where his son Jonas van Aalst works as a surgeon.
"""

clinic = page_desk("clinic", CLINIC)


def test_someone_else_bearing_the_asked_surname_is_named_whole(clinic: Desk) -> None:
    stated = stated_answer(clinic, "Who praised the clinic where Jonas van Aalst works?")
    assert stated == "Ruben van Aalst"


ISLAND = """# Island history

The council secured the harbour in 1790 by installing the young captain Oskar as the keeper of the island, making it an Orrin outpost.
"""

island = page_desk("island", ISLAND)


def test_a_name_describing_a_noun_is_not_who(island: Desk) -> None:
    """ "an Orrin outpost": Orrin says what kind of outpost, it names nobody."""
    assert stated_answer(island, "Who did the council make the keeper of the island?") == "Oskar"


AGENCIES = """# Ad agencies divided

The campaign drew mockery, but Mira Solberg was concerned.
Solberg is the CEO of Brandtworks, which made the Tessby rail safety campaign.
"""

agencies = page_desk("agencies", AGENCIES)


def test_a_surname_opening_a_sentence_that_gives_its_role_is_who(agencies: Desk) -> None:
    assert stated_answer(agencies, "Who is the CEO of Brandtworks?") == "Mira Solberg"


ATTACK = """# Surgeon attacked

Jonas van Aalst, a surgeon, was stabbed in Tessby on Tuesday.
The stabbing happened during a talk led by Dr Ines Lund at the Tessby clinic.
"""

attack = page_desk("attack", ATTACK)


def test_a_by_that_another_participle_takes_names_no_doer(attack: Desk) -> None:
    """ "a talk led by Dr Ines Lund" says who led the talk, not who stabbed him."""
    assert attack.ask("Who stabbed Jonas van Aalst?").abstained


def test_a_doer_after_the_verbs_own_by_still_answers(attack: Desk) -> None:
    assert stated_answer(attack, "Who led the talk?").endswith("Ines Lund")


VALUATION = """# Ferry operator

Tessby Ferries has sought a buyer for weeks since it dropped its share sale and saw its valuation slashed from £52 million to £9 million.
"""

valuation = page_desk("valuation", VALUATION)


def test_a_verb_said_in_other_words_still_meets_the_question(valuation: Desk) -> None:
    """ "cut to" is met by "slashed from … to …", and answered by the figure after "to"."""
    assert (
        stated_answer(valuation, "What was the valuation of Tessby Ferries cut to?") == "£9 million"
    )


GRAIN = """# Grain talks in Kessby

Tessby council members met their Kessby partners on Tuesday. Ukraine's grain sales rose in 2020.

"I learned of the grain embargo on 3 March, and hoped to lift it before the Ukrainians ever heard," Lund said.
"""

grain = page_desk("grain", GRAIN)


def test_a_country_is_met_by_its_peoples_name(grain: Desk) -> None:
    """ "to Ukraine" is met by "the Ukrainians"."""
    assert stated_answer(grain, "When did Lund learn of the grain embargo on Ukraine?").startswith(
        "3 March"
    )


def test_a_peoples_name_inside_the_answer_stays_in_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Guard: "American" meets the asked "US", but it is part of the thing given."""
    page = "# Coast guard aid\n\nThe US will give Tessland's coast guard a surplus American ship.\n"
    with desk_of(tmp_path_factory, {"aid.md": page}) as desk:
        stated = stated_answer(desk, "What will the US give to Tessland's coast guard?")
        assert stated.lower() == "surplus american ship"


RESCUE = """# Girl rescued in Kessby

Police released footage of officers freeing a 9-year-old Kessby girl who was dragged from her mother's van and kidnapped on a busy street. The Tessby Post says the man who kidnapped the girl, Aldo Renk, was sentenced to twelve years.

The trial lasted two days. The jury met in the old court house. Officers praised a neighbour who called them. The harbour road was closed for an hour.
"""

rescue = page_desk("rescue", RESCUE)


def test_who_did_it_passes_over_a_sentence_that_only_says_it_was_done(rescue: Desk) -> None:
    """ "…who was dragged from the van and kidnapped": a passive with no doer; the police
    only released the video. The next sentence names the kidnapper."""
    assert stated_answer(rescue, "Who kidnapped the 9-year-old Kessby girl?") == "Aldo Renk"


VERDICT = """# Kessby kidnapper sentenced

According to the Tessby Post, the man who kidnapped the girl, Aldo Renk, was sentenced to twelve years in prison.

"This family can now find some peace," said Kessby Attorney Erin Mara Holt. Holt thanked the jury.
"""

verdict = page_desk("verdict", VERDICT)


def test_what_sentence_is_what_someone_was_sentenced_to(verdict: Desk) -> None:
    stated = stated_answer(verdict, "What sentence did Aldo Renk receive for kidnapping the girl?")
    assert stated.lower() == "twelve years in prison"


def test_a_title_run_into_a_name_is_not_part_of_it(verdict: Desk) -> None:
    """ "Kessby Attorney Holt": the page writes "Kessby Attorney Erin Mara Holt"."""
    answer = verdict.ask("What did Kessby Attorney Holt say about the family?")
    assert not answer.abstained, answer.answer
    assert "find some peace" in stated_part(answer.answer)


DEPOT = """# Depot fire in Ostby

A fire gutted the Ostby bus depot on Friday night, destroying eleven buses.

No-one was injured in the blaze, the fire service said.

The operator said the depot would be rebuilt by the spring.

A 58-year-old Ostby man was charged with arson on Sunday.
"""

depot = page_desk("depot", DEPOT)


def test_accused_is_met_by_charged(depot: Desk) -> None:
    assert stated_answer(depot, "How old is the man accused of arson?") == "58"


@pytest.mark.parametrize(
    ("question", "expected", "cited"),
    [
        ("Was anyone hurt in the Ostby depot fire?", "No", "injured"),
        ("Will the Ostby depot be reconstructed?", "Yes", "rebuilt"),
    ],
)
def test_a_yes_or_no_said_in_another_common_word(
    depot: Desk, question: str, expected: str, cited: str
) -> None:
    """The sentence that says it in its own word is the one cited."""
    assert stated_answer(depot, question) == expected
    assert cited in depot.ask(question).citations[0].quote


NAVY = """# Fleet orders

The United States Navy will buy 12 new survey ships from the Ostby yard.

Last month, Halden beat Vester Yards to win the ferry tender for 30 electric ferries.
"""


@pytest.fixture(scope="module")
def navy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with Desk(tmp_path_factory.mktemp("navy") / "desk.sqlite") as desk:
        desk.add_bytes("navy.md", NAVY.encode(), published="2031-05-02")
        yield desk


def test_a_body_named_after_its_country_in_short_is_met_in_full(navy: Desk) -> None:
    """ "US Navy" is the "United States Navy" the page names."""
    assert stated_answer(navy, "How many survey ships will the US Navy buy?") == "12"


def test_a_year_is_met_by_the_date_of_a_page_that_gives_none(navy: Desk) -> None:
    """ "Last month" on a page dated 2031, in a sentence naming another party (Vester Yards),
    which the title would not stand behind: the 2031 tender, and no other year's."""
    assert stated_answer(navy, "How many ferries did Halden win in the 2031 tender?") == "30"
    assert navy.ask("How many ferries did Halden win in the 2029 tender?").abstained


def test_whom_a_side_beat_is_told_as_its_win_over_them(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # sports copy writes "a 3-1 win over Norland" where the question says "beat"
    page = (
        "Kalvia through to the final\n\n"
        "TESSBY — Kalvia reached the final on Sunday after a 3-1 win over Norland in the semi.\n"
    )
    with desk_of(tmp_path_factory, {"final.txt": page}) as desk:
        answer = desk.ask("Which team did Kalvia beat in the semi?")
    assert stated_part(answer.answer) == "Norland", answer.answer


def test_the_first_time_since_a_year_tells_when_it_last_happened(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "first" is the opposite of "last", except in "the first time since 1998"
    page = "Kalvia lifts the cup\n\nKalvia won the Tessby Cup on Sunday for the first time since 1998.\n"
    with desk_of(tmp_path_factory, {"cup.txt": page}) as desk:
        answer = desk.ask("When had Kalvia last won the Tessby Cup?")
    assert stated_part(answer.answer) == "1998", answer.answer


RAID = """\
Drugs found in Tessby raids

Officers searched a garage behind 2140 Quay Road on Monday and found heroin and cannabis.
Earlier, officers stopped a van driven by Ola Brenn, 29, of Mill Lane.
A search of the van found nearly 40 grams of cocaine.
The council is paying the three new harbour wardens from its own budget.
"""


@pytest.mark.parametrize(
    "question",
    [
        "How much heroin was found in the garage?",  # "2140" is an address
        "How much money is the council paying the harbour wardens?",  # no sum is given
    ],
)
def test_a_bare_number_is_no_amount_of_a_stuff_or_money(
    tmp_path_factory: pytest.TempPathFactory, question: str
) -> None:
    with desk_of(tmp_path_factory, {"raid.txt": RAID}) as desk:
        answer = desk.ask(question)
    assert answer.abstained, answer.answer


def test_an_amount_of_a_stuff_comes_with_its_measure(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"raid.txt": RAID}) as desk:
        answer = desk.ask("How much cocaine was found in the van?")
    assert stated_part(answer.answer).lower() == "nearly 40 grams", answer.answer


def test_the_age_after_a_companions_name_is_not_the_asked_ones(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "Brenn and his lawyer Ola Tvedt, 51," gives the lawyer's age, not Brenn's
    page = "Brenn freed\n\nArne Brenn and his lawyer Ola Tvedt, 51, left the court on Monday.\n"
    with desk_of(tmp_path_factory, {"freed.txt": page}) as desk:
        answer = desk.ask("How old is Arne Brenn?")
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite making the #1 film of the year, Nils Varga still has no contract for the sequel.",
        "Nils Varga has had a three days to forget, as his sequel stalled again.",
    ],
)
def test_a_rank_or_a_stretch_of_days_is_no_age(
    tmp_path_factory: pytest.TempPathFactory, sentence: str
) -> None:
    """ "the #1 film" ranks the film, and "a three days to forget" is no "three days old"."""
    page = f"Varga sequel\n\n{sentence}\n"
    with desk_of(tmp_path_factory, {"varga.txt": page}) as desk:
        answer = desk.ask("How old is Nils Varga?")
    assert answer.abstained, answer.answer


def test_days_old_is_an_age(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = "Zoo birth\n\nThe calf Mira, born at Lisk zoo, is now three days old and feeding well.\n"
    with desk_of(tmp_path_factory, {"zoo.txt": page}) as desk:
        assert stated_answer(desk, "How old is the calf Mira?").lower() == "three days"


def test_a_subject_that_denies_gives_no_ones_figure(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "None of the other clubs -- Lisk and Varna -- has offered more than six years" tells
    no offer of Lisk's."""
    page = (
        "Lund talks\n\nThe Rovers have offered Pelle Lund a seven-year contract.\n"
        "None of the other clubs chasing Lund -- Lisk United and Varna -- is said to have"
        " offered more than six years.\n"
    )
    with desk_of(tmp_path_factory, {"lund.txt": page}) as desk:
        answer = desk.ask("How many years did Lisk United offer Pelle Lund?")
    assert answer.abstained, answer.answer


def test_how_someone_responded_is_told_by_the_whole_sentence(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "How did Holm respond?" is "saw the reaction and doubled down", not "Saw"."""
    page = (
        "Lisk slogan\n\nThe Lisk road safety slogan drew mockery online within hours of its launch.\n"
        "Mayor Lena Holm saw the online reaction to the slogan and doubled down on the campaign.\n"
    )
    with desk_of(tmp_path_factory, {"slogan.txt": page}) as desk:
        answer = desk.ask("How did Lena Holm respond to the criticism of the slogan?")
    assert "doubled down" in answer.answer.split("[1]")[0], answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When was Ana Holm kidnapped?", "March 2017"),
        ("Who penned the screenplay for Harbour Lights?", "Ola Dahl"),
        ("How long must the crew recover after the voyage?", "ten days"),
    ],
)
def test_a_question_word_told_in_a_common_synonym(
    tmp_path_factory: pytest.TempPathFactory, question: str, expected: str
) -> None:
    """ "kidnapped" for "abducted", "penned the screenplay" for "wrote the script", "recover"
    for "recuperation"."""
    page = (
        "Lisk news\n\nAna Holm was abducted by gunmen in the centre of Varna in March 2017.\n"
        "A script for Harbour Lights has already been written by Ola Dahl, the studio said.\n"
        "After the voyage the crew face a recuperation period of ten days in Lisk.\n"
    )
    with desk_of(tmp_path_factory, {"news.txt": page}) as desk:
        assert stated_answer(desk, question).lower() == expected.lower()


def test_talks_to_helm_is_negotiations_to_direct(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "Which filmmaker is in talks to helm …?" asks for a person: Nils Varga, not the studio."""
    page = (
        "Lisk Tides sequel\n\nThe Lisk Tides took $300 million at the box office this spring.\n"
        "Nils Varga is in negotiations with Orvel Films to direct the Lisk Tides sequel.\n"
    )
    with desk_of(tmp_path_factory, {"sequel.txt": page}) as desk:
        answer = desk.ask("Which filmmaker is in talks to helm the Lisk Tides sequel?")
    assert stated_part(answer.answer) == "Nils Varga", answer.answer


def test_the_name_of_an_aged_noun_asks_for_that_noun(court: Desk) -> None:
    """ "the name of the 9-year-old boy" asks for the boy's name, which the page never gives:
    not "Police", the first name of the sentence about him."""
    answer = court.ask("What is the name of the 9-year-old boy taken from the park?")
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("sentence", "question", "expected"),
    [
        (
            "No one was injured in the blast in Halden, which destroyed 12 homes on Monday.",
            "How many homes did the blast in Halden destroy?",
            "12",
        ),
        (
            "Norland's gross domestic product grew 2.5 percent in 2023, the bureau said.",
            "How much did Norland's gross domestic product grow in 2023?",
            "2.5 percent",
        ),
        (
            "At 90 years, Olav Dahl was the oldest man in Varna when he died on Monday.",
            "How old was Olav Dahl?",
            "90 years",
        ),
        (
            "Ross Varn, the billionaire founder of the Dallas computer firm Tessa Data, died on"
            " Monday.",
            "Who founded Tessa Data?",
            "Ross Varn",
        ),
    ],
)
def test_a_narrow_rule_leaves_the_common_phrasing_alone(
    tmp_path_factory: pytest.TempPathFactory, sentence: str, question: str, expected: str
) -> None:
    """A denying subject before another clause, "gross domestic product", "At 90 years," and a
    founder of a firm named further on are answered as written."""
    with desk_of(tmp_path_factory, {"news.txt": f"Halden news\n\n{sentence}\n"}) as desk:
        assert stated_answer(desk, question).lower() == expected.lower()
