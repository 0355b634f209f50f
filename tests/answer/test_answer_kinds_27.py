"""Answers of the asked kind, from news wording:

- a figure of unnamed informants or an age counts nothing asked; "charged two of them" counts
  those charged, and a figure told of another year answers no count of the asked year;
- a place names no engineer, "its first ten days" is no age, and a measure needs its unit;
- "houses" answer "homes", a worth asked "in total" is a sum, "Along which road …?" asks for a
  road, and "In what year …?" is not answered by the "years" of "two years later";
- a "no" in another clause denies nothing asked, and a ruling's finding is its reason;
- a work's title keeps its possessive ("The Shepherd's Daughter"), and a name the number that
  ends it ("Rescue 914");
- a day of the month answers before the month alone; pleading guilty is admitting;
- one post given two names is a disagreement; a date told of something else in its own
  clause is not.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, desk_of

REPORT = """\
# Hackers leak Halvik clinic files

Two people familiar with the investigation said the Orsa gang asked for 900,000 marks in exchange for a decryption key and a promise to delete the stolen data.
The Halvik Clinic Group, which runs four clinics across the county of Tarvia, spotted the attack on 12 March, when an on-call engineer noticed that files on a pharmacy server had been renamed.
Seventeen homes near the clinic were cut off from the water supply during the repairs.
Taken together, the three stolen servers are estimated to be worth about 40,000 marks.
"""

WIKI = """\
# Halvik clinic attack

The Halvik clinic attack was a ransomware attack on the Halvik Clinic Group in March 2024.
Fourteen houses were cut off from the water supply during the repairs.
"""

TABLOID = """\
# Cyber crooks raid Halvik clinics

The gang is accused of raiding the clinics in March, when three servers worth a whopping 90,000 marks were stolen.
"""

ARSON = """\
# Arrests over Halvik boatyard fire

Police investigating the fire at the Halvik boatyard arrested five people on Monday and charged two of them with arson.
A 41-year-old man has been charged with handling stolen goods taken from the yard.
The boatyard's owner said the fire destroyed nine boats and the main workshop.
"""

TRIAL = """\
# Halvik harbour master cleared

Giving evidence in his own defence last week, the former harbour master Ivo Brannock insisted he had no idea what his cousin was charging the port.
His deputy, Orsa Lisle, did not, in the end, give evidence at the trial.
Presiding judge Mara Kellmarsh thanked the jurors for their careful service and closed the case.
"""

TRIAL_WIKI = """\
# Ivo Brannock

Ivo Brannock is a former harbour master of Halvik.
His trial opened at the Tarvia Regional Court in May 2024 before Judge Mara Selvany.
"""

FIRE = """\
# Halvik fire contained

Crews cut a firebreak along the Lisle Road, which held on Monday night and saved the southern half of the town.
A recovery fund set up by the mayor, Tomas Brannock, raised more than 400,000 marks in its first ten days.
"""

FINE = """\
# Halvik clinic group fined

In June the Tarvia data regulator fined the Halvik Clinic Group 2.1 million marks, finding that the group had not protected its patient records with strong passwords.
The clinic group said it would not appeal.
"""

MUSEUM = """\
# Paintings stolen from Halvik museum

Thieves took four paintings from the Halvik town museum overnight.
The museum was founded in 1887 by a group of salt merchants and opened to the public two years later in a former customs house.
The most valuable of the missing pictures is The Shepherd's Daughter, painted in 1871 by Ada Kellmarsh, which experts put at about 2 million marks.
"""

CATERER = """\
# Halvik caterer fined

Brannock Table Ltd, which trades as Brannock Table Catering, was fined 48,000 marks after a wedding outbreak.
The firm resumed trading on 2 December 2024 after council officers were satisfied that the problems had been put right.
"""

CATERER_WIKI = """\
# Brannock Table Catering

Brannock Table Catering, the trading name of Brannock Table Ltd, was established in 2016 by the chef Ada Venn.
"""

LIBRARY = """\
# Halvik library to close

The Halvik branch library recorded 96,000 visits in 2019, compared with 61,500 in 2023, a fall of more than a third.
"""

FERRY = """\
# Halvik ferry aground

Visibility at the scene of the grounding was under 100 metres in thick fog, and it stayed below 200 metres over the sea for most of the morning.
Treated at the scene of the grounding: 31
The ferry's top speed is 18 knots.
"""

PAGES = {
    "ferry.md": FERRY,
    "library.md": LIBRARY,
    "caterer.md": CATERER,
    "caterer_wiki.md": CATERER_WIKI,
    "museum.md": MUSEUM,
    "fine.md": FINE,
    "fire.md": FIRE,
    "report.md": REPORT,
    "wiki.md": WIKI,
    "tabloid.md": TABLOID,
    "arson.md": ARSON,
    "trial.md": TRIAL,
    "trial_wiki.md": TRIAL_WIKI,
}


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, PAGES) as built:
        yield built


def test_unnamed_informants_count_no_asked_people(desk: Desk) -> None:
    answer = desk.ask("How many patients had their data stolen?")
    assert answer.abstained, answer.answer
    assert "Two" not in answer.answer


def test_a_place_in_the_sentence_names_no_engineer(desk: Desk) -> None:
    for question in (
        "What was the name of the on-call engineer who noticed the renamed files?",
        "What was the name of the engineer who noticed the renamed files?",
    ):
        answer = desk.ask(question)
        assert answer.abstained, answer.answer
        assert "Tarvia" not in answer.answer


def test_houses_answer_homes_and_a_count_of_houses_disputes_one_of_homes(desk: Desk) -> None:
    answer = desk.ask("How many homes were cut off from the water supply?")
    assert "disagree" in answer.answer, answer.answer
    assert "Seventeen" in answer.answer and "Fourteen" in answer.answer, answer.answer
    assert_citations_exact(desk, answer)


def test_a_worth_asked_in_total_is_a_sum(desk: Desk) -> None:
    answer = desk.ask("What were the stolen servers worth in total?")
    assert "40,000 marks" in answer.answer, answer.answer
    assert "90,000" in answer.answer and "disagree" in answer.answer, answer.answer


def test_an_age_is_no_count_and_the_figure_after_the_asked_verb_is(desk: Desk) -> None:
    answer = desk.ask("How many suspects were charged with arson?")
    assert answer.answer.startswith("Two"), answer.answer
    assert "41" not in answer.answer
    assert_citations_exact(desk, answer)
    other = desk.ask("How many suspects were charged with handling stolen goods?")
    assert not other.answer.startswith("41"), other.answer


def test_a_negation_in_another_clause_does_not_answer_no(desk: Desk) -> None:
    answer = desk.ask("Did Ivo Brannock give evidence in his own defence?")
    assert answer.answer.startswith("Yes"), answer.answer
    denied = desk.ask("Did Orsa Lisle give evidence at the trial?")
    assert denied.answer.startswith("No"), denied.answer


def test_one_post_given_two_surnames_is_a_disagreement(desk: Desk) -> None:
    answer = desk.ask("Which judge presided over the trial of the harbour master?")
    assert "disagree" in answer.answer, answer.answer
    assert "Mara Kellmarsh" in answer.answer and "Mara Selvany" in answer.answer, answer.answer
    assert_citations_exact(desk, answer)


def test_a_which_question_after_a_preposition_asks_for_its_noun(desk: Desk) -> None:
    answer = desk.ask("Along which road did crews cut a firebreak?")
    assert answer.answer.startswith("Lisle Road"), answer.answer


def test_a_stretch_of_days_is_no_one_s_age(desk: Desk) -> None:
    answer = desk.ask("How old is the mayor, Tomas Brannock?")
    assert answer.abstained, answer.answer


def test_a_ruling_s_finding_is_its_reason(desk: Desk) -> None:
    answer = desk.ask("Why did the data regulator fine the Halvik Clinic Group?")
    assert not answer.abstained, answer.answer
    assert "had not protected its patient records" in answer.answer, answer.answer


def test_a_work_s_title_keeps_its_possessive(desk: Desk) -> None:
    answer = desk.ask("Which of the stolen pictures was the most valuable?")
    assert answer.answer.startswith("The Shepherd's Daughter"), answer.answer


def test_the_years_of_a_relative_date_do_not_answer_in_what_year(desk: Desk) -> None:
    answer = desk.ask("In what year was the museum established?")
    assert answer.answer.startswith("1887"), answer.answer
    opened = desk.ask("In what year did the museum open to the public?")
    assert "1889" in opened.answer, opened.answer


def test_a_date_in_a_clause_without_the_asked_event_disputes_nothing(desk: Desk) -> None:
    answer = desk.ask("On what date did Brannock Table start trading again?")
    assert answer.answer.startswith("2 December 2024"), answer.answer
    assert "disagree" not in answer.answer, answer.answer


def test_the_figure_of_the_asked_year_answers_a_count_of_that_year(desk: Desk) -> None:
    answer = desk.ask("How many visits did the Halvik branch library record in 2023?")
    assert answer.answer.startswith("61,500"), answer.answer
    earlier = desk.ask("How many visits did the Halvik branch library record in 2019?")
    assert earlier.answer.startswith("96,000"), earlier.answer


def test_a_measure_is_a_figure_with_its_unit(desk: Desk) -> None:
    answer = desk.ask("What was the sea temperature at the scene of the grounding?")
    assert answer.abstained, answer.answer
    assert desk.ask("What is the ferry's top speed?").answer.startswith("18 knots")


def answers_alone(
    factory: pytest.TempPathFactory, pages: dict[str, str], *questions: str
) -> list[str]:
    """The answers of a desk holding only these pages (a ranking that the module's other
    pages would sway)."""
    with desk_of(factory, pages) as desk:
        return [desk.ask(question).answer for question in questions]


def test_a_day_of_the_month_answers_before_the_month_alone(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    pages = {
        "kite.md": "# Halvik strike week one\n\nThe union has also warned that if no deal is"
        " struck, its members will stop marking from late April.\n",
        "wiki.md": "# 2024 Halvik college strike\n\nThe marking boycott the union threatened,"
        " due to have started on 22 April, was suspended while talks went on.\n",
    }
    (answer,) = answers_alone(
        tmp_path_factory, pages, "From what date did the union threaten to stop marking?"
    )
    assert answer.startswith("22 April"), answer


def test_pleading_guilty_is_admitting(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = (
        "# Halvik caterer in court\n\nAt Tarvia Magistrates' Court on 11 March 2025, Brannock"
        " Table Ltd pleaded guilty to three offences under food hygiene regulations.\n"
        "Before the outbreak the company held the top hygiene rating of five.\n"
    )
    (answer,) = answers_alone(
        tmp_path_factory, {"court.md": page}, "How many offences did the company admit?"
    )
    assert answer.startswith("Three"), answer


def test_a_name_keeps_the_number_that_ends_it(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = (
        "# Halvik ferry rescue\n\nThe coastguard helicopter, callsign Rescue 914, flew four"
        " injured passengers to Lisle General Hospital.\n"
        "Traffic was diverted onto Highway 9 south towards Tarvia.\n"
    )
    callsign, road = answers_alone(
        tmp_path_factory,
        {"rescue.md": page},
        "What was the helicopter's callsign?",
        "Which road was traffic diverted onto?",
    )
    assert callsign.startswith("Rescue 914"), callsign
    assert road.startswith("Highway 9"), road
