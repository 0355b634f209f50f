"""Questions worded as readers word them, found by fresh testers on new topics: idioms for one
verb ("said sorry", "lost her life", "got it back", "at the controls"), a cause told in the
passive, an object asked before a "when" clause, "last year" on a dated page, a denial told as
"heard nothing", an interim report that is no final one, a pronoun that leads back to a name,
and reasons told with "arguing that"."""

from __future__ import annotations

import pytest

from sourcedesk.desk import Desk
from sourcedesk.index.sentences import split_sentences
from tests.answer.conftest import assert_citations_exact, page_desk, pages_desk, stated_answer

CABLE_CAR = """\
# Riders stranded as Orsa cable car stops over gorge

By Ilse Marr | 12 May 2025

A cable car on the Orsa ridge line came to a stop above the Kessby gorge on Friday evening
when its winch lost power.

Jonas Pell, the car's driver, talked the 31 riders through the wait.

Rope teams lowered the riders one by one; the last rider reached the valley floor at about
11.40pm.

Rides on the ridge line have been suspended until 30 May while engineers examine the winch.

Published on 2 June 2025, the board's interim report found that the outage had been caused by
a frayed power cable under the top station.

When the winch house was surveyed in April, engineers found damp in the motor casing.

Tarnhold Lifts, which runs the line, apologised to the riders on Saturday.

Last year the firm ran eleven cars on three lines.

Rides on the ridge line resumed on 3 June 2025.

An old car brought back into service after a long restoration now carries visitors on
Sundays.

Tomas Vell, a fitter who had been mending a gate at the top station when the power went, was
treated for a cut hand.

Ada Quint, a second fitter, was killed when she fell from the gantry.

The night guard said he heard nothing before the lights went out.
"""

cable_desk = page_desk("cable_desk", CABLE_CAR)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "said sorry" is one verb: apologised
        ("Who said sorry to the riders?", "Tarnhold Lifts"),
        # "lost her life": died, as "was killed" tells
        ("Which fitter lost her life?", "Ada Quint"),
        # "at the controls of": who drove it
        ("Who had been at the controls of the cable car?", "Jonas Pell"),
        # "final" is met by "last", "get to" by "reached"
        ("What time did the final rider get to the valley floor?", "11.40pm"),
        # "start running again": resumed
        ("When did rides on the ridge line start running again?", "3 June 2025"),
        # "halted" is met by "suspended", "preliminary" by "interim", "operate" by "ran"
        ("Until what date are rides on the ridge line halted?", "30 May"),
        ("On what day did the board put out its preliminary findings?", "2 June"),
        ("How many cars did the firm operate last year?", "eleven"),
    ],
)
def test_a_reader_s_own_words_meet_the_page_s(
    cable_desk: Desk, question: str, expected: str
) -> None:
    assert expected.lower() in stated_answer(cable_desk, question).lower()


def test_a_cause_told_in_the_passive_is_what_follows_caused_by(cable_desk: Desk) -> None:
    stated = stated_answer(cable_desk, "What caused the outage, according to the interim report?")
    assert stated.lower().startswith("a frayed power cable"), stated


def test_the_object_is_asked_before_a_when_clause(cable_desk: Desk) -> None:
    # "What fault did engineers find when …?" asks what they found, not who
    stated = stated_answer(
        cable_desk, "What fault did engineers find when the winch house was surveyed?"
    )
    assert "damp" in stated.lower(), stated


def test_what_someone_was_doing_is_the_act_told_in_the_progressive(cable_desk: Desk) -> None:
    stated = stated_answer(cable_desk, "What was Tomas Vell doing when the power went?")
    assert stated.lower().startswith("mending a gate"), stated


def test_heard_nothing_answers_no(cable_desk: Desk) -> None:
    answer = cable_desk.ask("Did the night guard hear anything?")
    assert_citations_exact(cable_desk, answer)
    assert answer.answer.startswith("No"), answer.answer


def test_an_interim_report_does_not_date_the_final_one(cable_desk: Desk) -> None:
    answer = cable_desk.ask("When will the board publish its final report?")
    assert answer.abstained, answer.answer


def test_a_restoration_resumes_no_service(cable_desk: Desk) -> None:
    # the old car's restoration shares a stem with "restored" but tells no resumption
    stated = stated_answer(cable_desk, "When did rides on the ridge line resume?")
    assert "3 June 2025" in stated, stated


MUSEUM = """\
# Missing clock back at Lisle museum

By Mara Quint | 20 March 2025

With some 48,000 visitors last year, the Lisle Museum is the busiest in the county.

On 14 March officers recovered the clock from a rented van parked in Kellmarsh.

Divers found the clock's key in the harbour a day later.

The clock was bequeathed to the museum in 1961 by Hedda Lorn, a watchmaker's widow.

A dog walker first alerted the museum's caretaker, who phoned the police.

Thirty households in Kellmarsh were evacuated for a night after a gas leak near the van.
"""

museum_desk = page_desk("museum_desk", MUSEUM)


def test_last_year_on_a_dated_page_is_the_year_before(museum_desk: Desk) -> None:
    assert "48,000" in stated_answer(museum_desk, "How many people visited the museum in 2024?")
    answer = museum_desk.ask("How many people visited the museum in 2025?")
    assert answer.abstained, answer.answer


def test_getting_a_thing_back_is_recovering_it(museum_desk: Desk) -> None:
    stated = stated_answer(museum_desk, "When did officers get the clock back?")
    assert stated.startswith("14 March"), stated


def test_the_people_opening_a_sentence_are_no_place(museum_desk: Desk) -> None:
    stated = stated_answer(museum_desk, "Where did officers find the missing clock?")
    assert "Kellmarsh" in stated, stated


def test_leaving_in_a_will_is_a_bequest(museum_desk: Desk) -> None:
    stated = stated_answer(museum_desk, "Who left the clock to the museum in her will?")
    assert stated == "Hedda Lorn", stated


def test_who_first_did_it_is_the_doer_before_the_verb(museum_desk: Desk) -> None:
    stated = stated_answer(museum_desk, "Who first alerted the caretaker?")
    assert "dog walker" in stated.lower(), stated


def test_leaving_their_homes_is_being_evacuated(museum_desk: Desk) -> None:
    stated = stated_answer(
        museum_desk, "How many Kellmarsh households left their homes for a night?"
    )
    assert stated.lower() == "thirty", stated


FLOOD = """\
# 2024 Vell valley flood

The 2024 Vell valley flood struck the Orsa road and the low farms of the Vell valley on the
night of 9 November 2024.
"""

flood_desk = pages_desk("flood_desk", {"flood.md": FLOOD})


def test_a_year_naming_the_event_gives_way_to_its_day(flood_desk: Desk) -> None:
    assert stated_answer(flood_desk, "When did the flood hit the Orsa road?") == ("9 November 2024")


def test_a_number_word_after_a_clock_time_opens_a_sentence() -> None:
    text = "A lorry was filmed on Kiln Road at 4:05 a.m. Three men were held on 2 June."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "A lorry was filmed on Kiln Road at 4:05 a.m.",
        "Three men were held on 2 June.",
    ]


DEPOT = """\
# Blaze at Orsa paint depot

By Tomas Vell | 18 March 2025

Orsa Paint Supplies was set up in 1987 by Hedda Lorn, its chairwoman.

Investigators say the blaze started in a battery store near the loading ramp of the depot.

About 300 tonnes of paint were stored at the depot when the blaze started.

Six people were taken to Kessby General Hospital after breathing in smoke.

Kellmarsh Water, which serves drinking water to about 40,000 homes in the valley, closed its
intake on the river for two days.

Crews extinguished the last of the blaze on 16 March.

Ada Quint, who runs Lisle Lodge, a hostel on Tanner Row, gave evidence to the inquiry.

Detectives named the investigation Operation Kestle.
"""

NOTICE = """\
# Regulator warned depot owner

By Mara Lisle | 20 March 2025

In June 2023 the river agency served Orsa Paint Supplies with a warning after its inspectors
found paint drums stacked beside a drain.
"""

depot_desk = pages_desk("depot_desk", {"depot.md": DEPOT, "notice.md": NOTICE})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the rest of the asked body's name ("Paint Supplies") founded nothing
        ("Who founded Orsa Paint Supplies?", "Hedda Lorn"),
        # "in which part of …" asks where within it
        ("In which part of the depot did the blaze start?", "battery store"),
        # "what quantity" asks how much
        ("What quantity of paint was kept at the depot?", "300 tonnes"),
        # "needed hospital treatment": taken to hospital
        ("How many people in all needed hospital treatment?", "six"),
        # "put out": extinguished
        ("When was the blaze put out?", "16 March"),
        # "code name": what it was named
        ("What was the code name of the investigation?", "Operation Kestle"),
        # a relative clause between the doer and its act
        ("What did Kellmarsh Water do to keep drinking water safe?", "closed its intake"),
        # a relative clause's object ("Lisle Lodge") and a street ("Tanner Row") did nothing
        ("Who gave evidence to the inquiry?", "Ada Quint"),
    ],
)
def test_more_of_a_reader_s_words(depot_desk: Desk, question: str, expected: str) -> None:
    assert expected.lower() in stated_answer(depot_desk, question).lower()


def test_found_as_the_past_of_find_founds_nothing(depot_desk: Desk) -> None:
    # "inspectors found paint drums" in June 2023 is no founding date to set against 1987
    answer = depot_desk.ask("In what year was Orsa Paint Supplies established?")
    assert_citations_exact(depot_desk, answer)
    assert answer.answer.startswith("1987") and "disagree" not in answer.answer, answer.answer


BALLOT = """\
# Vell council vote to be rerun

By Ilse Marr | 9 October 2025

The Vell council vote was held on 3 June 2025.

A judge ruled that a second vote would be held on 11 December.

Turnout was 38.6 per cent.

Jonas Pell, who manages the Orsa Lodge hostel, told the judge that some of its residents had
never voted.
"""

ballot_desk = page_desk("ballot_desk", BALLOT)


def test_a_date_ahead_is_asked_by_when_will(ballot_desk: Desk) -> None:
    answer = ballot_desk.ask("When will the second vote be held?")
    assert_citations_exact(ballot_desk, answer)
    assert answer.answer.startswith("11 December"), answer.answer
    assert "disagree" not in answer.answer, answer.answer  # the June vote was held, not planned


def test_voters_turning_out_is_the_turnout(ballot_desk: Desk) -> None:
    assert "38.6" in stated_answer(ballot_desk, "What share of voters turned out?")


def test_a_day_cut_from_its_date_is_no_turnout(ballot_desk: Desk) -> None:
    answer = ballot_desk.ask("What turnout did the December vote have?")
    assert answer.abstained or "38.6" in answer.answer, answer.answer


def test_who_is_in_charge_is_who_manages(ballot_desk: Desk) -> None:
    stated = stated_answer(ballot_desk, "Who is in charge at the Orsa Lodge hostel?")
    assert stated == "Jonas Pell", stated


BAKERY = """\
# Bid for Lisle bakery refused

By Jonas Marr | 3 April 2025

Tarn Holdings, owner of the Lisle bakery since 2009, made public its plan to shut the bakery
on 10 March 2025.

Kessby Mills offered £4.8 million for the bakery and said it would keep 140 jobs.

Its chief executive, Ada Brenn, said talks could still resume.

Tarn Holdings rejected the bid on 1 April 2025.

Staff secured three weeks' wages per year of employment.

The bakery stood on Kiln Lane for eighty years.

A fire broke out in the flour store at about 4.15pm on 2 June 2024.

The 2024 Lisle bakery fire burned through 900 square metres of the site in June 2024.

Ivo Rusk was sentenced to five years in prison on 9 January 2025 for starting it deliberately.
"""

bakery_desk = page_desk("bakery_desk", BAKERY)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When did Tarn Holdings announce the closure?", "10 March 2025"),
        ("How much money did Kessby Mills put on the table?", "£4.8 million"),
        ("How many posts did Kessby Mills promise to preserve?", "140"),
        ("What did the staff win?", "three weeks"),
        # "Its chief executive" is Kessby Mills's, named in the sentence before
        ("Who heads Kessby Mills?", "Ada Brenn"),
        ("Which street did the bakery stand on?", "Kiln Lane"),
        # "broke out" tells when a fire started or ignited
        ("When did the fire in the flour store first ignite?", "2 June 2024"),
        ("When was Ivo Rusk jailed?", "9 January 2025"),
    ],
)
def test_a_reader_s_words_for_a_closure(bakery_desk: Desk, question: str, expected: str) -> None:
    assert expected.lower() in stated_answer(bakery_desk, question).lower()


def test_a_rejection_answers_no_to_acceptance(bakery_desk: Desk) -> None:
    accepted = bakery_desk.ask("Did Tarn Holdings accept the bid?")
    assert_citations_exact(bakery_desk, accepted)
    assert accepted.answer.startswith("No"), accepted.answer
    assert bakery_desk.ask("Did Tarn Holdings reject the bid?").answer.startswith("Yes")


def test_on_purpose_is_deliberately(bakery_desk: Desk) -> None:
    answer = bakery_desk.ask("Was the fire started on purpose?")
    assert answer.answer.startswith("Yes"), answer.answer


def test_a_year_naming_the_event_is_no_amount(bakery_desk: Desk) -> None:
    stated = stated_answer(bakery_desk, "How much of the site did the fire burn?")
    assert "900 square metres" in stated and "2024" not in stated, stated


COURT = """\
# 2023 Kessby harbour fire

## Aftermath

Tomas Rusk, a dock hand, stood trial at Orsa Crown Court in May 2024. The crown said that
he had started the fire to hide a theft from the Kessby Harbour Board. In June 2024 a
jury found him guilty of arson.

He was sentenced to seven years, the longest term the court could give, on 2 August 2024.

Ilse Marr was sentenced to two years' imprisonment and Jonas Pell to one year for the
boatyard burglary.
"""

court_desk = page_desk("court_desk", COURT)


def test_a_pronoun_leads_back_to_the_person_named_before(court_desk: Desk) -> None:
    # "him" and "He" speak of Tomas Rusk, named two sentences and a paragraph back
    stated = stated_answer(court_desk, "What crime was Tomas Rusk found guilty of?")
    assert stated.lower() == "arson", stated
    stated = stated_answer(court_desk, "What jail term was Tomas Rusk handed?")
    assert stated.lower().startswith("seven years") and "August" not in stated, stated


def test_what_one_was_sentenced_to_is_not_the_next_party_s(court_desk: Desk) -> None:
    stated = stated_answer(court_desk, "What sentence was Ilse Marr given?")
    assert stated.lower() == "two years' imprisonment", stated


REASONS = """\
# Orsa quarry to shut

By Mara Quint | 4 April 2025

Tarn Holdings refused a £2.1m bid for the Orsa quarry on Monday, arguing that the price was
far too low.

The mayor called the closure a heavy loss and spoke of it as a sad day for the town.
"""

reasons_desk = page_desk("reasons_desk", REASONS)


def test_arguing_that_gives_the_doer_s_reason(reasons_desk: Desk) -> None:
    stated = stated_answer(reasons_desk, "Why did Tarn Holdings turn the bid down?")
    assert "far too low" in stated, stated


def test_spoken_of_as_is_no_reason(reasons_desk: Desk) -> None:
    answer = reasons_desk.ask("Why is the Orsa quarry being closed?")
    assert "sad day" not in answer.answer.split("—")[0], answer.answer


SANCTION = """\
# Orsa Rovers penalised

By Jonas Pell | 2 April 2025

Orsa Rovers went into administration on 11 March 2025.

Four days later the league took nine points off Orsa Rovers.
"""

sanction_desk = page_desk("sanction_desk", SANCTION)


def test_a_day_counted_from_the_one_before_answers_when(sanction_desk: Desk) -> None:
    # "Four days later" dates the deduction over its page: 15 March 2025
    stated = stated_answer(sanction_desk, "On what date did the league take the points?")
    assert "15 March 2025" in stated, stated


OUTBREAK = """\
# Mumps cases climb at Orsa college

By Ada Brenn | 20 May 2025

In all, nineteen students were infected before the college closed for a week.

Nurses gave 340 doses of the vaccine at a clinic in the sports hall.

Farmer Tomas Kerrow lost forty cattle when the river burst its banks.

Ada Vell will chair the inquiry into the college's response.

About 500 parents marched from the town hall to the college gates on Saturday.

Lisle & Co, the firm that audits the college, said the accounts were sound.
"""

outbreak_desk = page_desk("outbreak_desk", OUTBREAK)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many students caught mumps altogether?", "nineteen"),
        ("How many jabs were given in the sports hall?", "340"),
        ("Which farmer lost livestock?", "Tomas Kerrow"),
        ("Who will preside over the inquiry?", "Ada Vell"),
        # where a march started is where it came from, not where it went
        ("Where did the parents' march start?", "town hall"),
        ("Which company audits the college?", "Lisle & Co"),
    ],
)
def test_more_words_a_page_says_otherwise(
    outbreak_desk: Desk, question: str, expected: str
) -> None:
    assert expected.lower() in stated_answer(outbreak_desk, question).lower()


WARD = """\
# Boy with mumps leaves hospital

By Ada Brenn | 28 May 2025

A six-year-old pupil was admitted to Orsa Royal Infirmary on 16 May.

He was discharged on 24 May, his father said.

The county's last mumps outbreak, in 2019, began at a nursery in Kessby.
"""

ward_desk = page_desk("ward_desk", WARD)


def test_allowed_home_from_hospital_is_discharged(ward_desk: Desk) -> None:
    stated = stated_answer(ward_desk, "When was the pupil well enough to go home?")
    assert stated.startswith("24 May"), stated


def test_a_previous_one_is_the_last_one(ward_desk: Desk) -> None:
    stated = stated_answer(ward_desk, "Where did the previous mumps outbreak begin?")
    assert "nursery" in stated or "Kessby" in stated, stated


DAMAGE = """\
# Flood damage in Orsa

Damage: £9.2 million (first estimate)
"""

damage_desk = page_desk("damage_desk", DAMAGE)


def test_a_bill_asks_a_sum(damage_desk: Desk) -> None:
    assert (
        stated_answer(damage_desk, "What is the estimated bill for the damage?") == "£9.2 million"
    )


STANDING_DOWN = """\
# Vell mayor will not seek a third term

By Mara Quint | 3 November 2025

Ilse Marr told the Gazette she would not stand at the next election. "Twelve years is long
enough and my grandchildren deserve more of my time," she said.
"""

standing_desk = page_desk("standing_desk", STANDING_DOWN)


def test_the_doer_s_quoted_words_after_the_act_give_the_reason(standing_desk: Desk) -> None:
    stated = stated_answer(standing_desk, "Why did Ilse Marr decide not to run again?")
    assert "grandchildren" in stated, stated


RETURN = """\
# Kessby bus route back

By Jonas Pell | 2 June 2025

The route's longest-serving driver, Tova Rennick, kept her passengers calm during the flood.

The first bus back on the route on Monday was driven by Rennick.
"""

return_desk = page_desk("return_desk", RETURN)


def test_a_surname_answer_is_given_its_page_s_full_name(return_desk: Desk) -> None:
    stated = stated_answer(return_desk, "Who drove the first bus back on the route?")
    assert stated == "Tova Rennick", stated
