"""Answers read from three blind testers' topics (an esports final, a market hall pulled down
for a bus station, a chess open) and the earlier whey-spill set: words told in other words
("recover fully" as "a full recovery", "leaked" as "escaped", "knock out" as "beating", a
shortened name), spans that keep their whole ("five to seven years", "an hour and a half",
"eight votes to four", "since 2016"), the part of a whole ("of which the winner takes"), the
date of the asked act in a sentence of two, a "not" that only sets two things apart, a plan
dated ahead of its page, and vote tallies set side by side."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import pages_desk

MARSH = {
    "report.md": """\
# Tarn marsh spill: a year on

Ecologists expect a full recovery of the Tarn marsh to need three to four years.

About 40,000 litres of diesel escaped from the Halvik depot into the Brannock on 2 May.

A 2023 census by the Orsa Trust found otter numbers near half their old level.

Tarnhold Dairies has been owned since 2011 by the Vellmark Group.

A gale in 1962 broke the north pier, which was rebuilt to a plainer plan in 1965.

Ada Vell, who leads the council, said mending the baths would have cost at least 4 million pounds.

The Orsa baths have been closed to the town's swimmers since May 2021.

In May 2021 the baths were closed after engineers found cracks in the pool tank.

The council will build a £12.5 million bus interchange on the depot site.

Fixing up the old bus depot would have cost at least 3 million pounds, Vell said.

The interchange will have 14 bays.

The interchange should open in 2027.

One steward, Ivo Tarn, 41, was taken to Lisle General Hospital in Orsa with smoke inhalation.

A 2018 inspection by Tarvia Engineering found rust in the sluice gates and recommended that the seals be replaced.

The fault lay with the marker on Quay Road, where a buoy was put in the wrong spot on regatta morning.
""",
}
marsh = pages_desk("marsh", MARSH)

CUP = {
    "wire.md": """\
# Kellmarsh Cup final halted when the lights failed

The Orsa Sports Trust founded the Kellmarsh Cup in 2014.

Race three will be rowed again from the start on 4 May.

Spectators stood an hour and a half in the rain until the lights returned.

The cup has a purse of 90,000 euros, of which the champion crew takes 30,000 euros.

Selvany Rovers, a side from Millgate, made the final by beating Quay Road Athletic 2–1 in their semi-final.

The Kellmarsh International Rowing Regatta was won by Ivo Tarn.

Halvik Energy had backed the cup as its main sponsor since 2016.

Mara Quint has been paid her €5,000 first prize.

Tarn, 31, who is rated 2580, topped the open table for a week.

Champion Mara Quint and Kerr, who at 22 is chasing her first title, share the lead.

The 35-year-old champion drew her last game on Sunday to finish on seven points.

Dr Ada Vell, a statistician at Lisle University, did the statistical check of the race times from Orsa.
""",
    "2025 Kellmarsh Open.md": """\
# 2025 Kellmarsh Open

Prize fund: €20,000
""",
}
cup = pages_desk("cup", CUP)

HALL = {
    "wire.md": """\
---
title: Lisle votes to pull down its old corn hall
date: 2025-03-12
---

# Lisle votes to pull down its old corn hall

Councillors backed plan 24/04411/FUL by six votes to five.

Lisle, a town of about 12,000 people, sits on the Vell.

Staff said work to pull the hall down was expected to start during September.

The chair said the vote rested "on the evidence, not on rumour", and that council officers had recommended approval.
""",
    "notice.md": """\
---
title: Corn hall decision
date: 2025-03-12
---

# Corn hall decision

Plan 24/04411/FUL, for the Lisle corn hall, came before councillors on 11 March 2025.

Councillors passed the plan on 11 March 2025 by nine votes to three.

Once it is recorded, work to pull the hall down is scheduled to begin on 9 June 2025.
""",
}
hall = pages_desk("hall", HALL)

CAMPAIGN = {
    "post.md": """\
---
title: Why we will keep fighting for the corn hall
author: Mara Quint
date: 2025-03-14
---

# Why we will keep fighting for the corn hall

I have run a stall in Lisle for twenty-two years, and my mother ran one before me.

Our petition attracted about 6,100 signatures in a month.

The council received 2,040 objections to the plan.

The 29 stallholders with pitches inside on the day it closed now sell from a car park.

The county heritage panel declined to protect the hall, citing the loss of its original roof.
""",
    "notice.txt": """\
Skip to main content
Lisle Town Council
Home
Parking
News > Statements

Statement on the Lisle corn hall car park

Published: 9 March 2026, 09:30

The car park last had a full safety check in October 2025, and engineers found no faults then.

We expect the car park to open again on 14 March once our engineers have made a final check.

Contact us | Accessibility | Cookies
""",
    "other.md": """\
# Lisle corn hall

Ada Vell has written about the corn hall for the Lisle Post since 2019.
""",
}
campaign = pages_desk("campaign", CAMPAIGN)

PIER = {
    "Orsa pier.wiki": """\
'''Orsa pier''' is a pleasure pier in [[Orsa]], on the Vell estuary.

== History ==
It was opened in 1888 by the Orsa Harbour Company.

{| class="wikitable"
! Date !! Event
|-
| 1888 || Opened to the public
|-
| 1962 || A gale breaks off the north end
|-
| 1965 || North end rebuilt
|}

The council said the bell of the old ticket office will be taken down and hung again at the harbour office.
""",
}
pier = pages_desk("pier", PIER)

LIFT = {
    "wire.md": """\
---
title: Skiers lowered on ropes after the Orsa chairlift stalls
date: 2026-02-02
---

# Skiers lowered on ropes after the Orsa chairlift stalls

The Orsa chairlift, which carries skiers 2.4 kilometres up Mount Tarn, stopped on Sunday with 48 people on board.

Temperatures on the slope fell to minus 7 degrees Celsius as rope teams worked.

Kellmarsh Alpine Rescue lowered the last skier at 11:40 p.m., the council said.

Once off the lift, skiers were taken by coach to a rest centre set up in the Lisle school hall.

In 2019 a seat clamp fault halted the chairs for about three hours.

The rescue chief decided to call for a full evacuation of the line.

Staff test the spare motor only on a quiet Tuesday morning, a former worker said.
""",
    "Orsa chairlift.wiki": """\
{{Infobox lift
| name = Orsa chairlift
| speed = 5 m/s
| operator = Kellmarsh Lift Company
| seats = 4
}}
The Orsa chairlift is a chairlift on Mount Tarn.
""",
}
lift = pages_desk("lift", LIFT)


def test_an_adverb_is_met_by_its_adjective_and_a_range_in_words_stays_whole(
    marsh: Desk,
) -> None:
    answer = marsh.ask("How long will the marsh need to recover fully?")
    assert answer.answer.startswith("Three to four years"), answer.answer


def test_what_a_survey_found_is_the_finding_told_without_that(marsh: Desk) -> None:
    answer = marsh.ask("What did the 2023 census find about otters?")
    assert answer.answer.startswith("Otter numbers near half"), answer.answer


def test_leaked_is_told_escaped(marsh: Desk) -> None:
    answer = marsh.ask("About how much diesel leaked out of the depot?")
    assert answer.answer.startswith("About 40,000 litres"), answer.answer


def test_a_parent_company_is_told_as_the_owner(marsh: Desk) -> None:
    answer = marsh.ask("Which firm is the parent of Tarnhold Dairies?")
    assert "Vellmark Group" in answer.answer.split(" — ")[0], answer.answer


def test_a_when_question_takes_the_date_of_its_own_act(marsh: Desk) -> None:
    answer = marsh.ask("When was the north pier rebuilt?")
    assert answer.answer.startswith("1965"), answer.answer


def test_what_it_would_have_cost_asks_a_sum(marsh: Desk) -> None:
    asked = "What would mending the baths have cost, according to Ada Vell?"
    answer = marsh.ask(asked)
    assert answer.answer.startswith("At least 4 million pounds"), answer.answer


def test_closed_to_the_public_gives_no_reason(marsh: Desk) -> None:
    answer = marsh.ask("Why were the baths closed in 2021?")
    assert answer.answer.startswith("After engineers found cracks"), answer.answer


def test_a_sum_before_the_asked_noun_is_its_price(marsh: Desk) -> None:
    answer = marsh.ask("What sum will the bus interchange cost?")
    assert answer.answer.startswith("£12.5 million"), answer.answer


def test_launched_is_told_founded_not_the_start_of_a_game(cup: Desk) -> None:
    answer = cup.ask("What year was the Kellmarsh Cup launched in?")
    assert answer.answer.startswith("2014"), answer.answer


def test_an_hour_and_a_half_is_one_span_of_time(cup: Desk) -> None:
    answer = cup.ask("How long did spectators stand in the rain?")
    assert "an hour and a half" in answer.answer.split(" — ")[0].lower(), answer.answer


def test_the_part_of_which_is_the_winners_share(cup: Desk) -> None:
    answer = cup.ask("How much of the purse does the champion crew take?")
    assert answer.answer.startswith("30,000 euros"), answer.answer


def test_knock_out_is_told_beating_and_a_side_from_a_town_is_no_side(cup: Desk) -> None:
    answer = cup.ask("Which side did Selvany Rovers knock out in their semi-final?")
    assert answer.answer.startswith("Quay Road Athletic"), answer.answer


def test_a_shortened_name_meets_the_full_one(cup: Desk) -> None:
    answer = cup.ask("Who won the Kellmarsh Regatta?")
    assert answer.answer.startswith("Ivo Tarn"), answer.answer


def test_how_long_it_had_been_is_since_a_date(cup: Desk) -> None:
    answer = cup.ask("How long had Halvik Energy been its main sponsor?")
    assert answer.answer.startswith("Since 2016"), answer.answer


def test_a_prize_fund_is_no_prize_paid(cup: Desk) -> None:
    answer = cup.ask("What was the prize fund in total?")
    assert answer.answer.startswith("€20,000"), answer.answer


def test_a_figure_takes_the_focus_of_its_own_clause(cup: Desk) -> None:
    answer = cup.ask("What is Tarn's rating?")
    assert answer.answer.startswith("2580"), answer.answer


def test_a_reference_number_is_no_count_of_people(hall: Desk) -> None:
    answer = hall.ask("What is the population of Lisle?")
    assert answer.answer.startswith("About 12,000 people"), answer.answer
    assert "disagree" not in answer.answer, answer.answer


def test_a_not_setting_two_things_apart_denies_neither_clause(hall: Desk) -> None:
    answer = hall.ask("Did council officers recommend approving the plan?")
    assert answer.answer.startswith("Yes"), answer.answer


def test_a_plan_told_in_the_past_is_dated_ahead_and_meets_the_schedule(hall: Desk) -> None:
    answer = hall.ask("When will work to pull the hall down start?")
    assert "September 2025" in answer.answer, answer.answer
    assert "disagree" in answer.answer and "9 June 2025" in answer.answer, answer.answer


def test_two_vote_tallies_disagree(hall: Desk) -> None:
    answer = hall.ask("What was the vote margin?")
    assert "votes to" in answer.answer.split(" — ")[0], answer.answer
    assert "disagree" in answer.answer, answer.answer


def test_what_someone_was_taken_to_hospital_with_is_why(marsh: Desk) -> None:
    answer = marsh.ask("Why was Ivo Tarn taken to hospital?")
    assert answer.answer.startswith("With smoke inhalation"), answer.answer


def test_a_finding_ends_where_the_next_act_begins(marsh: Desk) -> None:
    answer = marsh.ask("What did the 2018 inspection find?")
    stated = answer.answer.split(" — ")[0]
    assert stated.startswith("Rust in the sluice gates"), answer.answer
    assert "recommended" not in stated, answer.answer


def test_a_place_before_a_part_of_the_day_is_a_time(marsh: Desk) -> None:
    answer = marsh.ask("Where was the marker that was put down wrongly?")
    assert answer.answer.startswith("Quay Road"), answer.answer


def test_an_age_in_a_clause_on_another_name_is_theirs(cup: Desk) -> None:
    answer = cup.ask("How old is Mara Quint?")
    assert answer.answer.startswith("35"), answer.answer


def test_a_follow_up_takes_the_clause_of_its_own_verb(marsh: Desk) -> None:
    marsh.ask("What did the 2018 inspection find?", session="gates")
    answer = marsh.ask("What did it recommend?", session="gates")
    assert answer.answer.startswith("The seals be replaced"), answer.answer


def test_who_did_the_thing_asks_the_doer(cup: Desk) -> None:
    answer = cup.ask("Who did the statistical check of the race times?")
    assert answer.answer.startswith("Ada Vell"), answer.answer


def test_the_author_speaks_as_i_in_her_own_post(campaign: Desk) -> None:
    answer = campaign.ask("How long has Mara Quint run a stall in Lisle?")
    assert answer.answer.startswith("Twenty-two years"), answer.answer


def test_a_petition_that_attracted_signatures_collected_them(campaign: Desk) -> None:
    answer = campaign.ask("How many signatures did the petition collect?")
    assert answer.answer.startswith("About 6,100"), answer.answer


def test_objections_lodged_are_objections_received(campaign: Desk) -> None:
    answer = campaign.ask("How many objections to the plan were lodged?")
    assert answer.answer.startswith("2,040"), answer.answer


def test_traders_are_stallholders(campaign: Desk) -> None:
    answer = campaign.ask("How many traders had pitches inside when the hall shut?")
    assert answer.answer.startswith("29"), answer.answer


def test_refused_is_told_declined(campaign: Desk) -> None:
    answer = campaign.ask("Why did the heritage body formally refuse to protect the hall?")
    assert "loss of its original roof" in answer.answer.split(" — ")[0], answer.answer


def test_what_happened_to_a_page_subject_is_the_event_its_row_tells(pier: Desk) -> None:
    answer = pier.ask("What happened to the pier in 1962?")
    assert answer.answer.startswith("A gale breaks off the north end"), answer.answer


def test_what_will_happen_to_a_thing_is_the_sentence_telling_it(pier: Desk) -> None:
    answer = pier.ask("What will happen to the bell of the old ticket office?")
    assert "taken down and hung again" in answer.answer.split(" — ")[0], answer.answer


def test_a_notice_reads_a_yearless_day_by_its_own_date(campaign: Desk) -> None:
    answer = campaign.ask("When is the car park expected to reopen?")
    assert "14 March 2026" in answer.answer.split(" — ")[0], answer.answer


def test_which_team_is_never_a_figure(lift: Desk) -> None:
    answer = lift.ask("Which rescue team carried the skiers down?")
    stated = answer.answer.split(" — ")[0]
    assert "kilometres" not in stated and "hours" not in stated, answer.answer


def test_how_cold_asks_a_temperature_with_its_sign(lift: Desk) -> None:
    answer = lift.ask("How cold did it get on the slope?")
    assert answer.answer.startswith("Minus 7 degrees Celsius"), answer.answer


def test_how_fast_is_answered_by_a_speed_not_a_count(lift: Desk) -> None:
    answer = lift.ask("How fast do the chairs travel?")
    stated = answer.answer.split(" — ")[0]
    assert answer.abstained or "m/s" in stated, answer.answer
    assert "48" not in stated, answer.answer


def test_a_stop_lasting_hours_or_a_call_for_help_gives_no_reason(lift: Desk) -> None:
    answer = lift.ask("What caused the chairlift to stop?")
    stated = answer.answer.split(" — ")[0].lower()
    assert "three hours" not in stated and "full evacuation" not in stated, answer.answer


def test_a_kind_of_day_is_no_date(lift: Desk) -> None:
    answer = lift.ask("When was the spare motor last tested?")
    assert answer.abstained, answer.answer


def test_where_they_were_taken_is_told_after_to(lift: Desk) -> None:
    answer = lift.ask("Where were the rescued skiers taken?")
    assert answer.answer.startswith("To a rest centre"), answer.answer


QUARRY = {
    "notice.md": """\
# Orsa quarry appeal: the decision

Halvik Stone has applied for its costs to be paid by the county.
""",
    "wire.md": """\
# Orsa quarry may grow, inspector rules

Halvik Stone, a quarrying firm headquartered in Millgate, may extend the Orsa quarry.

Jonas Pell, 58, managing director of Halvik Stone, said the ruling would keep 40 jobs.

The managing director of Halvik Stone, Jonas Pell, welcomed the ruling at its headquarters.

In 2023 county councillors rejected the scheme by eight votes to three.

Lesser horseshoe bats live in Tarn Barn, an empty stone barn on the site.

The inspector, Ilse Kerr, refused a request by Halvik Stone for the county to meet its legal bills, saying the county had acted reasonably.
""",
}
quarry = pages_desk("quarry", QUARRY)


def test_a_person_is_no_place_a_firm_is_based(quarry: Desk) -> None:
    answer = quarry.ask("Where does Halvik Stone have its headquarters?")
    assert answer.answer.startswith("Millgate"), answer.answer
    assert "Jonas Pell" not in answer.answer, answer.answer


def test_a_vote_is_its_tally(quarry: Desk) -> None:
    answer = quarry.ask("What was the councillors' vote on the scheme?")
    assert answer.answer.startswith("Eight votes to three"), answer.answer


def test_what_species_of_a_thing_is_the_words_before_it(quarry: Desk) -> None:
    answer = quarry.ask("Which species of bat lives in the barn?")
    assert answer.answer.lower().startswith("lesser horseshoe"), answer.answer


def test_a_refused_request_for_the_asked_thing_says_no(quarry: Desk) -> None:
    answer = quarry.ask("Will the county have to pay Halvik Stone's legal bills?")
    assert answer.answer.startswith("No"), answer.answer


def test_a_request_alone_does_not_say_it_was_granted(quarry: Desk) -> None:
    answer = quarry.ask("Did the inspector award Halvik Stone its costs?")
    assert not answer.answer.startswith("Yes"), answer.answer


def test_which_company_operates_is_told_by_its_operator(lift: Desk) -> None:
    answer = lift.ask("Which company operates the Orsa chairlift?")
    assert answer.answer.startswith("Kellmarsh Lift Company"), answer.answer
