"""Answer shapes and question reading: "yet" asks nothing of its own, a "when she was caught"
clause only sets the time, an official's salary is a sum, a post's title or a law's name is
nobody, and a yearly rate is no rival of one day's count."""

from __future__ import annotations

from sourcedesk.answer.engine import stated_part
from sourcedesk.answer.question import asks_length_of_a_thing, read_question
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

LIFT = """\
# Orsa cable car falls onto rocks

By Tomas Rusk | 9 February 2026

The Orsa cable car carries around 280,000 people a year, its operator says.
On Sunday the cable car fell onto rocks below the upper station while carrying nine people.
The cabin's painting, Winter Lake, has not been recovered.
Vell, the park's lynx, had no injuries, keepers said after the recapture on Monday.
Tarn Council's planning official, Ilse Marr, said the line would stay shut.
The Lift Safety (Orsa) Act of 2019 sets out how often cables must be inspected.
Repairs to the concrete chute under the line will take about three weeks.
Engineers checked every joint of the 420-metre concrete chute.
"""

lift = pages_desk("lift", {"lift.md": LIFT})


def test_yet_asks_nothing_a_sentence_must_hold(lift: Desk) -> None:
    answer = lift.ask("Has Winter Lake been recovered yet?")
    assert answer.answer.startswith("No "), answer.answer
    assert_citations_exact(lift, answer)


def test_a_time_clause_with_a_pronoun_only_sets_the_time(lift: Desk) -> None:
    answer = lift.ask("Was the park's lynx hurt when she was recaptured?")
    assert answer.answer.startswith("No "), answer.answer


def test_a_post_holder_s_salary_asks_a_sum() -> None:
    question = read_question("What was the planning official's yearly salary?")
    assert (question.qtype, question.focus) == ("how_much", "salary")
    assert read_question("What is the minister's name?").qtype == "who"


def test_a_salary_the_pages_never_give_is_not_answered_with_a_name(lift: Desk) -> None:
    assert lift.ask("What was the planning official's yearly salary?").abstained


def test_a_law_s_name_is_nobody(lift: Desk) -> None:
    answer = lift.ask("Who set out how often cables must be inspected?")
    assert "Lift Safety" not in answer.answer, answer.answer


def test_a_yearly_figure_does_not_dispute_one_trip_s_count(lift: Desk) -> None:
    answer = lift.ask("How many people was the cable car carrying when it fell?")
    assert stated_part(answer.answer).lower().startswith("nine"), answer.answer
    assert "280,000" not in answer.answer, answer.answer


def test_what_drove_someone_to_act_asks_why() -> None:
    assert read_question("What drove the ringleader to plan the raid?").qtype == "why"
    assert read_question("What led the council to shut the line?").qtype == "why"
    assert read_question("What forced the ship to the harbour?").qtype == "what"


def test_how_long_a_chute_is_asks_its_length(lift: Desk) -> None:
    assert asks_length_of_a_thing("How long is the stone overflow channel?")
    assert not asks_length_of_a_thing("How long was the channel closed?")
    answer = lift.ask("How long is the concrete chute?")
    assert stated_part(answer.answer) in ("420-metre", "420 metres"), answer.answer


COURT = """\
# Orsa planner jailed

By Jonas Pell | 16 December 2025

A review of the council's planning work, chaired by former ombudsman Dr Hedda Lorn, began in
the spring.
The case was heard at Orsa Crown Court before Judge Ida Fenn, who sentenced the planner.
"""

court = pages_desk("court", {"court.md": COURT})


def test_which_judge_is_the_name_titled_judge_not_another_post_s_holder(court: Desk) -> None:
    answer = court.ask("Which judge heard the case?")
    assert stated_part(answer.answer) == "Judge Ida Fenn", answer.answer
    assert not answer.disagreements, answer.answer


DAM = """\
# Kessby evacuated below cracked dam

By Ada Quint | 17 November 2024

Kessby, the nearest village, lies six kilometres below the dam.
About 17,400 litres of water a minute were pouring through the crack on Sunday.
"""

dam = pages_desk("dam", {"dam.md": DAM})


def test_a_distance_asked_by_its_noun_is_a_length_in_words_or_digits(dam: Desk) -> None:
    answer = dam.ask("What distance separates Kessby from the dam?")
    assert stated_part(answer.answer) == "Six kilometres", answer.answer


def test_a_figure_in_no_unit_of_length_is_no_distance(dam: Desk) -> None:
    answer = dam.ask("Over what distance was the water pouring through the crack?")
    assert "17,400" not in answer.answer, answer.answer


TALKS = """\
# Orsa tram strike talks resume

By Tomas Rusk | 6 March 2025

Orsa City Trams and the Tram and Bus Workers union held talks at the mediation service's rooms
on Kessby Row on Wednesday.
The driver, 58, whose home was on Marr Close, died in hospital on Friday.
Kessby Fire and Rescue Service sent drones to search the depot roof.
"""

talks = pages_desk("talks", {"talks.md": TALKS})


def test_which_street_is_answered_by_a_street_not_a_union(talks: Desk) -> None:
    answer = talks.ask("In which street were the talks held?")
    assert stated_part(answer.answer) == "Kessby Row", answer.answer


def test_a_street_is_no_one_s_name(talks: Desk) -> None:
    answer = talks.ask("Who was the 58-year-old driver who died?")
    assert "Marr Close" not in answer.answer, answer.answer


def test_a_service_s_name_runs_across_its_and(talks: Desk) -> None:
    answer = talks.ask("Which service sent drones to search the depot roof?")
    assert stated_part(answer.answer) == "Kessby Fire and Rescue Service", answer.answer


CLOSURES = """\
# Blast shuts schools near Orsa

By Hedda Lorn | 14 October 2025

Vell Lane Primary School and the B4170 were shut on Tuesday after the blast.
Flights by Tarn Air and Kessby Jet, and the Orsa Airport café, were halted for the day.
"""

closures = pages_desk("closures", {"closures.md": CLOSURES})


def test_a_list_leaves_out_things_of_another_kind(closures: Desk) -> None:
    schools = closures.ask("Which schools were shut after the blast?")
    assert "B4170" not in schools.answer, schools.answer
    assert stated_part(schools.answer) == "Vell Lane Primary School", schools.answer


DIGGERS = """\
# Nesting site cleared at Tarn Flats

By Jonas Pell | 20 May 2024

Two excavators operated by Kessby Groundworks, a Vell firm hired by the developer, cleared the
nesting site on 14 May.
"""

diggers = pages_desk("diggers", {"diggers.md": DIGGERS})


def test_a_firm_is_not_the_person_asked_for(diggers: Desk) -> None:
    person = diggers.ask("Which worker drove the excavators?")
    assert "Kessby Groundworks" not in person.answer, person.answer
    doer = diggers.ask("Who operated the excavators?")
    assert stated_part(doer.answer) == "Kessby Groundworks", doer.answer


ROOF = """\
# Orsa market roof gives way

By Ilse Marr | 4 February 2024

The collapse led to the closure of the market hall and an inquiry into its inspections.
A trader was hurt on Saturday when the market roof collapsed under deep snow.
"""

roof = pages_desk("roof", {"roof.md": ROOF})


def test_why_is_the_load_a_structure_failed_under_not_what_its_failure_caused(
    roof: Desk,
) -> None:
    answer = roof.ask("Why did the roof collapse?")
    assert stated_part(answer.answer).startswith("Under deep snow"), answer.answer


HALL = """\
# Vell hall ceiling falls

By Jonas Pell | 5 February 2024

Around 400 people were in Vell market hall when part of its ceiling fell on Saturday.
"""

HALL_LATER = """\
# Vell hall to stay shut

By Hedda Lorn | 9 February 2024

The ceiling of Vell market hall, which fell on Saturday injuring 12 people, had not been
checked since 2019.
"""

hall = pages_desk("hall", {"hall.md": HALL, "later.md": HALL_LATER})


def test_a_count_of_the_injured_does_not_dispute_a_count_of_people_present(hall: Desk) -> None:
    answer = hall.ask("Roughly how many people were in Vell market hall when its ceiling fell?")
    assert stated_part(answer.answer) == "Around 400 people", answer.answer
    assert not answer.disagreements, answer.answer


BOARD = """\
# Safety board blames worn bolts

By Jonas Pell | 12 May 2026

"The bolts had worn through long before the storm," said Dr Ilse Marr, the board's chief
investigator.
Hedda Lorn, who chairs the board, expects to publish the full findings in October.
"""

board = pages_desk("board", {"board.md": BOARD})


def test_a_rank_before_a_post_asks_that_post_not_a_head(board: Desk) -> None:
    answer = board.ask("Who is the board's chief investigator?")
    assert stated_part(answer.answer).endswith("Ilse Marr"), answer.answer
