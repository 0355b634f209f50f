"""Wire reports name many people and places in one sentence: the piece a who-, how-old- or
when-question takes must be the one asked for, and another source's figure disputes the
answer only when it tells the same point."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from sourcedesk.records import Answer

ARREST = """\
Two held over granary fire

Mara Quill, 31, and Pol Denner, 40, were arrested Monday and were held without bail, charged with burning the Fenwick granary last spring, said Chief Inspector Ada Rowe.
"""

MILL_FIRE = """\
Two firefighters die in Kell Mill blaze

A fire broke out Friday at the Kell Mill in Dunmore, Idaho, killing a Dunmore firefighter and an Idaho Fire Service engineer.
Engineer Rolf Haber, a pump specialist with the Ostland Fire Service, and Capt. Ines Varo of the Dunmore Fire Brigade died as the roof of the Kell Mill fell in.
"""

GUARD_SHOT = """\
Night guard shot in Lisk

Teodor Vass was shot as he left his house in the 2200 block of Linden Street for his night shift at the Lisk depot.
"""

GUARD_PROFILE = """\
Who was Teodor Vass?

The 34-year-old Teodor Vass had guarded the Lisk depot for nine years.
"""

PATROL_DEATH = """\
Harbour guard killed

Harbour guard Nils Arno was killed in March 2011 while patrolling the Orrin docks.
"""

PATROL_MEDAL = """\
A guard remembered

Nils Arno was a Harbour Medal winner in 2009 for facing down a smuggler, ending in the smuggler's death and the seizure of his boat.
"""


def ask(tmp_path: Path, pages: dict[str, str], question: str) -> Answer:
    with Desk(tmp_path / "desk.sqlite") as desk:
        for name, text in pages.items():
            desk.add_bytes(name, text.encode())
        return desk.ask(question)


def test_the_speaker_closing_a_sentence_is_not_who_was_arrested(tmp_path: Path) -> None:
    answer = ask(
        tmp_path, {"arrest.txt": ARREST}, "Who was arrested over the Fenwick granary fire?"
    )
    assert not answer.abstained
    stated = stated_part(answer.answer)
    assert "Rowe" not in stated and ("Quill" in stated or "Denner" in stated), answer.answer


def test_a_who_question_naming_people_is_not_answered_by_their_service(tmp_path: Path) -> None:
    answer = ask(
        tmp_path, {"mill.txt": MILL_FIRE}, "Who were the two firefighters killed at the Kell Mill?"
    )
    stated = stated_part(answer.answer)
    assert "Service" not in stated and "Idaho" not in stated, answer.answer


def test_a_street_number_is_no_age_and_disputes_none(tmp_path: Path) -> None:
    pages = {"shot.txt": GUARD_SHOT, "profile.txt": GUARD_PROFILE}
    answer = ask(tmp_path, pages, "How old was Teodor Vass?")
    assert stated_part(answer.answer) == "34", answer.answer
    assert not answer.disagreements and "2200" not in answer.answer


def test_a_year_of_another_event_in_the_peer_disputes_no_date(tmp_path: Path) -> None:
    pages = {"death.txt": PATROL_DEATH, "medal.txt": PATROL_MEDAL}
    answer = ask(tmp_path, pages, "When was Nils Arno killed?")
    assert stated_part(answer.answer) == "March 2011", answer.answer
    assert not answer.disagreements, answer.answer


OBITUARY = """\
Harbour master Ode Lind dies at 91

Ode Lind, who ran the Orrin harbour for thirty years, died on Thursday aged 91, his family said.
"""

FEVER = """\
Trapper in Vell treated for marsh fever

Inner Vellmark health officials reported a case of marsh fever on Sunday.
Nowadays, marsh fever is easily treated with antibiotics.
Last year, two herders fell sick from eating the meat of a diseased Muskrat.
"""

TRAWLER = """\
Navy under fire over trawler

Last month, the Ostland navy was criticised for sinking a fishing trawler that pirates had seized.
"""


def test_a_bare_figure_does_not_answer_what_illness(tmp_path: Path) -> None:
    answer = ask(tmp_path, {"obit.txt": OBITUARY}, "What illness did Ode Lind die of?")
    stated = stated_part(answer.answer).lower()
    assert stated not in ("91", "aged 91", "thirty years"), answer.answer  # no figure as an illness


def test_the_name_of_someone_who_is_a_person_and_places_or_things_are_not(
    tmp_path: Path,
) -> None:
    answer = ask(
        tmp_path, {"fever.txt": FEVER}, "What is the name of the trapper who caught marsh fever?"
    )
    assert answer.abstained, answer.answer


def test_an_opening_time_word_is_no_name_of_a_ship(tmp_path: Path) -> None:
    answer = ask(tmp_path, {"trawler.txt": TRAWLER}, "Which Ostland ship sank the fishing trawler?")
    assert answer.abstained, answer.answer


QUAKE_EARLY = """\
Small quake near Vell

Earlier today a magnitude 2.0 earthquake, by early estimates, rattled Vell Ridge.
"""

QUAKE_MAIN = """\
Quake shakes Vell Ridge

A 4.2 magnitude earthquake rattled a lonely valley near Vell Ridge on Sunday morning.
"""

DEATH_FRIDAY = """\
Harbour pilot Ode Lind dead at 91

Ode Lind, who was known as the Grey Pilot, died on Friday.
"""

DEATH_THURSDAY = """\
Ode Lind, the Grey Pilot, dies

Ode Lind, who guided ships into Orrin for forty years under the name the Grey Pilot, died Thursday at his home, his family said.
"""

TIP_LINE = """\
Bomb at Orrin bank

People who saw anything should ring the tip line on 800-555-0142.
"""


def test_two_figures_sharing_a_digit_do_not_agree(tmp_path: Path) -> None:
    pages = {"early.txt": QUAKE_EARLY, "main.txt": QUAKE_MAIN}
    answer = ask(tmp_path, pages, "What was the magnitude of the earthquake?")
    assert "sources agree" not in answer.answer, answer.answer
    sides = {side["text"] for d in answer.disagreements for side in d["sides"]}
    assert sides == {"2.0", "4.2"}, answer.answer


def test_a_measure_asked_by_its_noun_is_a_figure(tmp_path: Path) -> None:
    question = "What was the magnitude of the earthquake near Vell Ridge?"
    answer = ask(tmp_path, {"main.txt": QUAKE_MAIN}, question)
    assert stated_part(answer.answer) == "4.2", answer.answer


def test_two_days_of_the_week_disagree(tmp_path: Path) -> None:
    pages = {"friday.txt": DEATH_FRIDAY, "thursday.txt": DEATH_THURSDAY}
    answer = ask(tmp_path, pages, "On which day did Ode Lind die?")
    sides = {side["text"] for d in answer.disagreements for side in d["sides"]}
    assert sides == {"Friday", "Thursday"}, answer.answer


def test_a_phone_number_is_given_whole(tmp_path: Path) -> None:
    answer = ask(tmp_path, {"tip.txt": TIP_LINE}, "What number is the tip line?")
    assert stated_part(answer.answer) == "800-555-0142", answer.answer


HOCKEY = """\
Lind's overtime goal lifts the Gulls

Ivo Lind's third goal of the night, 3:10 into overtime, was the winner, lifting the Orrin Gulls past the Kessby Otters 5-4 on Tuesday night.
Lind swept in a loose puck for his ninth goal of the season.
"""


def test_a_team_the_question_names_is_not_who_scored(tmp_path: Path) -> None:
    question = "Who scored the overtime winner for the Gulls against Kessby?"
    assert stated_part(ask(tmp_path, {"game.txt": HOCKEY}, question).answer) == "Ivo Lind"


def test_the_ordinal_of_the_latest_one_counts_them(tmp_path: Path) -> None:
    question = "How many goals does Ivo Lind have this season?"
    answer = ask(tmp_path, {"game.txt": HOCKEY}, question)
    assert stated_part(answer.answer).lower().startswith("ninth"), answer.answer


TRAINING = """\
Troops seen in Ostland

Reports in May said Marsh League soldiers were being trained at camps in Ostland's far north, as the Kessby Intelligence Office had claimed.
"""


def test_which_part_of_a_place_is_the_part_its_possessive_names(tmp_path: Path) -> None:
    question = "In which part of Ostland were Marsh League soldiers being trained?"
    answer = ask(tmp_path, {"troops.txt": TRAINING}, question)
    assert stated_part(answer.answer).lower() == "far north", answer.answer


RECOGNITION = """\
Marsh League cuts ties with Canada

The Marsh League is ending relations with Canada after Ottawa recognized the breakaway Fen Republic.
"""


def test_what_a_country_did_is_told_of_its_capital(tmp_path: Path) -> None:
    answer = ask(tmp_path, {"ties.txt": RECOGNITION}, "What did Canada do?")
    assert stated_part(answer.answer).lower().startswith("recognized the breakaway"), answer.answer


PIRATES = """\
Navy repels pirates

The pirate attack took place at sea about 140 nautical miles off Kessby, when the frigate Orla lay just 11 nautical miles from the cargo ship.
"""


def test_how_far_from_a_place_is_the_distance_measured_from_it(tmp_path: Path) -> None:
    question = "How far from Kessby did the pirate attack take place?"
    answer = ask(tmp_path, {"pirates.txt": PIRATES}, question)
    assert stated_part(answer.answer) == "About 140 nautical miles", answer.answer


BEDDING = """\
A man fell ill after changing his bedding

Going upstairs to bed had become a 30 minute climb for Ari Holm, his wife said.
"""

VALUATION = """\
Harbourworks cuts staff

After Harbourworks dropped its share sale, its valuation was slashed from $52 billion to just $9 billion.
"""


def test_a_figure_of_minutes_is_no_age(tmp_path: Path) -> None:
    answer = ask(tmp_path, {"bed.txt": BEDDING}, "How old is Ari Holm's wife?")
    assert "30" not in stated_part(answer.answer), answer.answer


def test_cut_to_asks_the_new_value_before_a_trailing_clause(tmp_path: Path) -> None:
    question = "What was the Harbourworks valuation cut to after it dropped its share sale?"
    answer = ask(tmp_path, {"value.txt": VALUATION}, question)
    assert stated_part(answer.answer) == "$9 billion", answer.answer


def test_the_latest_ordinal_does_not_count_last_season(tmp_path: Path) -> None:
    answer = ask(tmp_path, {"game.txt": HOCKEY}, "How many goals did Ivo Lind score last season?")
    assert answer.abstained, answer.answer


ARRESTS = """\
Two harbour leaders charged

The police arrested two Orrin residents, Ivo Sand, 52, and Per Alm, 44, on charges of smuggling.
"""


def test_a_count_of_residents_does_not_count_officers(tmp_path: Path) -> None:
    question = "How many officers did the police arrest?"
    answer = ask(tmp_path, {"arrests.txt": ARRESTS}, question)
    assert stated_part(answer.answer).lower() != "two", answer.answer


KICKOFF = """\
League moves the rematch

The league will move the teams' rematch in Orrin from a 4:25 start to a 1 p.m. kickoff.
"""


def test_a_now_question_takes_the_value_a_change_ends_on(tmp_path: Path) -> None:
    question = "What time will the rematch in Orrin now start?"
    answer = ask(tmp_path, {"rematch.txt": KICKOFF}, question)
    assert stated_part(answer.answer) == "1 p.m.", answer.answer


ARREST_WEDNESDAY = """\
Harbour leaders arrested

Ivo Sand and Per Alm were arrested early Wednesday by plainclothes officers, without a struggle.
"""

ARREST_TUESDAY = """\
Smuggling charges laid

Ivo Sand, 52, and Per Alm, 44, were arrested by police on Tuesday, the harbour minister said on Wednesday.
"""


def test_the_day_a_thing_was_said_is_not_the_day_it_happened(tmp_path: Path) -> None:
    pages = {"wed.txt": ARREST_WEDNESDAY, "tue.txt": ARREST_TUESDAY}
    answer = ask(tmp_path, pages, "On what day were Ivo Sand and Per Alm arrested?")
    sides = {side["text"] for d in answer.disagreements for side in d["sides"]}
    assert sides == {"Wednesday", "Tuesday"}, answer.answer


GAS_LEAK = """\
Two found dead

Police and firefighters went to the apartment yesterday after neighbours reported a strong smell of gas.
"""


def test_a_time_word_alone_answers_no_what_question(tmp_path: Path) -> None:
    question = "What did neighbours report before police went to the apartment?"
    answer = ask(tmp_path, {"gas.txt": GAS_LEAK}, question)
    assert stated_part(answer.answer).lower() != "yesterday", answer.answer


SUSPENSION = """\
League suspends two

Orrin DL Ivo Sand was also handed a one-game ban for pushing Kessby quarterback Per Alm over.
"""


def test_the_title_of_the_question_s_own_name_is_not_the_answer(tmp_path: Path) -> None:
    question = "Which Orrin player got a one-game ban for pushing Per Alm?"
    answer = ask(tmp_path, {"ban.txt": SUSPENSION}, question)
    assert stated_part(answer.answer) == "Ivo Sand", answer.answer
