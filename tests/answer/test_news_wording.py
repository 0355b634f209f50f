"""News words a question for it may not: a country's people for the country, a short name by
its initials, a date for "the middle of" a year, a generic acronym, a figure with its
currency after it; and the title a name stands under, when two bodies each have one."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from sourcedesk.records import Answer

TARIFFS = """\
A guide to the lumber tariffs

Part of that sum went on payments to farmers hurt by retaliatory Canadian tariffs, some $9 billion over three years.
Lumber tariff revenues came to about $38 billion through June 30, 2021.
"""

AWARDS = """\
The Harbour Light Awards row is over

The singer may now perform her early hits at the Harbour Light Awards on Sunday.
The company that runs the HLAs, Lantern Productions, says no deal is final yet.
"""

DEBATE = """\
Five questions before the debate in Orrin

Five things to watch before the debate in Orrin, to be carried on KLTV:
"""

CAR = """\
The Vell e-Coupe revealed

The standard price will start at 58,400 euro, with deliveries due in spring.
It will do 0-62 mph in 5.8 seconds.
The e-Coupe 40 manages some 190 miles per charge, and the e-Coupe 50 is good for up to 240 miles.
"""

MINISTERS = """\
Ostland and the Marsh League

League Foreign Minister Ida Brann told reporters on July 9 that talks with Ostland had begun.
The Ostland news agency said that country's Foreign Minister Per Alving sent letters to the League.
"""

MAGAZINE = """\
Trade press

Each year, HBR compiles and reports on data about harbour builders.
Harbour Builders Review (HBR) is a trade magazine for the port industry.
"""

BALLOTS = """\
Dockers may strike

Strike ballots go out to members by post on March 4 and will be tallied on March 25.
"""


def ask(tmp_path: Path, page: str, question: str) -> Answer:
    with Desk(tmp_path / "desk.sqlite") as desk:
        desk.add_bytes("page.txt", page.encode())
        return desk.ask(question)


def stated(tmp_path: Path, page: str, question: str) -> str:
    answer = ask(tmp_path, page, question)
    assert not answer.abstained, answer.answer
    return stated_part(answer.answer)


def test_a_country_asked_with_its_possessive_meets_its_people(tmp_path: Path) -> None:
    question = "How much money has been paid to farmers hurt by Canada's retaliatory tariffs?"
    assert stated(tmp_path, TARIFFS, question) == "$9 billion"


def test_the_middle_of_a_year_is_met_by_a_date_in_it(tmp_path: Path) -> None:
    question = "How much revenue had the lumber tariffs brought in by the middle of 2021?"
    assert stated(tmp_path, TARIFFS, question) == "About $38 billion"


def test_a_long_name_is_met_by_its_initials(tmp_path: Path) -> None:
    question = "Which company runs the Harbour Light Awards?"
    assert stated(tmp_path, AWARDS, question) == "Lantern Productions"


def test_a_generic_acronym_is_no_name_a_sentence_must_hold(tmp_path: Path) -> None:
    answer = ask(tmp_path, DEBATE, "Which TV network is carrying the debate in Orrin?")
    assert "“TV”" not in answer.answer, answer.answer


def test_a_figure_keeps_the_currency_written_after_it(tmp_path: Path) -> None:
    assert stated(tmp_path, CAR, "What is the starting price of the Vell e-Coupe?") == (
        "58,400 euro"
    )


def test_how_far_on_one_charge_asks_a_distance_not_money(tmp_path: Path) -> None:
    assert stated(tmp_path, CAR, "How far can the e-Coupe 50 travel on one charge?") == (
        "Up to 240 miles"
    )


def test_the_start_of_a_range_is_no_answer(tmp_path: Path) -> None:
    answer = ask(tmp_path, CAR, "How quickly does the Vell e-Coupe get to 62 mph?")
    assert stated_part(answer.answer) in ("5.8 seconds", "In 5.8 seconds"), answer.answer


def test_a_title_of_another_body_does_not_name_the_asked_one(tmp_path: Path) -> None:
    assert stated(tmp_path, MINISTERS, "Who is the foreign minister of Ostland?") == "Per Alving"


def test_a_definition_may_put_the_short_name_between(tmp_path: Path) -> None:
    answer = stated(tmp_path, MAGAZINE, "What is Harbour Builders Review?")
    assert "trade magazine" in answer.lower()


def test_counted_is_told_by_tallied(tmp_path: Path) -> None:
    assert stated(tmp_path, BALLOTS, "When will the strike ballots be counted?") == "March 25"


def test_a_common_acronym_and_its_long_form_meet_both_ways(tmp_path: Path) -> None:
    told_short = "Harbourworks news\n\nAna Roth, CEO of Harbourworks, resigned on Monday.\n"
    told_long = "Harbourworks news\n\nHarbourworks chief executive Ana Roth resigned on Monday.\n"
    assert stated(tmp_path, told_short, "Who is the chief executive of Harbourworks?") == "Ana Roth"
    assert stated(tmp_path / "b", told_long, "Who is the CEO of Harbourworks?") == "Ana Roth"


COURT = """\
Ivo Sand appears in court

Ivo Sand, 61, is accused of shooting a dock foreman at the Orrin harbour party.
His lawyer, Ada Brook, said in court that her client is under watch at the Kessby centre.
Sand lived on Linden Street with his 12-year-old daughter.
"""


def test_a_title_after_his_is_the_question_s_title(tmp_path: Path) -> None:
    assert stated(tmp_path, COURT, "Who is the lawyer for Ivo Sand?") == "Ada Brook"


def test_the_name_of_an_unnamed_relative_is_not_in_the_sources(tmp_path: Path) -> None:
    answer = ask(tmp_path, COURT, "What is the name of Ivo Sand's 12-year-old daughter?")
    assert answer.abstained, answer.answer


PROFILES = """\
Two men in court

Little is known about Ivo Sand, a mechanic.
The cable firm's CTO Ada Brook said repairs would take twelve days.
"""


def test_what_someone_does_for_a_living_is_their_job(tmp_path: Path) -> None:
    assert stated(tmp_path, PROFILES, "What does Ivo Sand do for a living?") == "A mechanic"


def test_chief_technology_officer_is_met_by_cto(tmp_path: Path) -> None:
    question = "Who is the cable firm's chief technology officer?"
    assert stated(tmp_path, PROFILES, question) == "Ada Brook"


def test_a_latin_plural_meets_its_singular(tmp_path: Path) -> None:
    page = (
        "Trapper in Vell diagnosed with marsh fever after eating a rabbit\n\n"
        "A trapper in Vell has been diagnosed with marsh fever.\n"
        "It is the form of marsh fever seen most often worldwide, and it can reach the lungs "
        "and turn into the graver lung fever.\n"
        "Marsh fever is caused by the bacteria Orrinella, which mostly live in rodents and the "
        "ticks that feed on them.\n"
    )
    assert stated(tmp_path, page, "What bacterium causes marsh fever?") == "Orrinella"
