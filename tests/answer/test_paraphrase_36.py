"""Answers read from three blind testers' topics (a chemical leak, a retracted crop study, an
engine fire) and checked on invented pages: a place set against another ("beside the depot's
east gate"), the noun of a doer met by its verb ("the owner" as "owned by"), a speed asked
with "what speed", "sent" told as "diverted", a which-question about an institution answered
by a name, a sum paid back and the grant behind a study (a part of a whole is no rival of
the whole)."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import pages_desk

DEPOT = {
    "wire.md": """\
---
title: Fumes at the Halvik depot send staff outside
date: 2026-04-14
---

# Fumes at the Halvik depot send staff outside

Staff left the building when the alarm sounded at 6:40 a.m.

They waited in the car park beside the depot's east gate until the fire crews arrived.

Kellmarsh Mill is owned by Orsavir Foods, which makes flour and bran at the site.

We wish to thank the review board for its work, and to thank Dr Kerr for raising her concerns.

Ilse Kerr, a chemist at the Selvany Marine Institute, first raised the alarm.
""",
}
depot = pages_desk("depot", DEPOT)

LINE = {
    "line.md": """\
# Train stop

The driver braked hard as the train reached the bend, and all 40 passengers (36 adults and four crew) left by the rear doors.

Several inbound ferries were diverted to Millgate while the harbour was shut.
""",
}
line = pages_desk("line", LINE)

GRANT = {
    "statement.md": """\
---
title: Lisle College statement on the Tarn study
date: 2026-05-02
---

# Lisle College statement on the Tarn study

The trial was paid for by a £300,000 grant from the Orsa Trust.

The college will repay £52,000, the part of the grant it spent on the flawed field work.
""",
}
grant = pages_desk("grant", GRANT)


def stated(answer_text: str) -> str:
    """The stated answer: the part before the attribution or the citation marks."""
    return answer_text.split(" — ")[0].split(" [")[0]


def test_a_place_set_against_another_is_given_whole(depot: Desk) -> None:
    answer = depot.ask("Where did the depot staff wait after the alarm?")
    assert stated(answer.answer) == "In the car park beside the depot's east gate"


def test_the_owner_is_told_as_owned_by(depot: Desk) -> None:
    answer = depot.ask("Which company is the owner of Kellmarsh Mill?")
    assert stated(answer.answer) == "Orsavir Foods", answer.answer


def test_what_speed_takes_no_bare_count(line: Desk) -> None:
    answer = line.ask("Roughly what speed had the train reached when the driver braked?")
    assert answer.abstained, answer.answer


def test_sent_is_told_as_diverted_and_incoming_as_inbound(line: Desk) -> None:
    answer = line.ask("Where were incoming ferries sent while the harbour was shut?")
    assert stated(answer.answer) == "Millgate", answer.answer


def test_which_institution_is_answered_by_a_name(depot: Desk) -> None:
    answer = depot.ask("At which institution does Ilse Kerr work?")
    assert stated(answer.answer) == "Selvany Marine Institute", answer.answer


def test_a_sum_paid_back_is_no_rival_of_the_whole_grant(grant: Desk) -> None:
    answer = grant.ask("How much money will the college pay back?")
    assert stated(answer.answer) == "£52,000", answer.answer
    assert not answer.disagreements


def test_the_grant_behind_a_trial_is_its_award(grant: Desk) -> None:
    answer = grant.ask("How big was the grant behind the trial?")
    assert stated(answer.answer) == "£300,000", answer.answer
    assert not answer.disagreements


TOWN = {
    "wire.md": """\
---
title: Orsa caps holiday flats in its harbour ward
date: 2026-03-04
---

# Orsa caps holiday flats in its harbour ward

Members of Orsa Town Council approved the Harbour Ward Letting Plan by 20 votes to 9 on Tuesday.

The council also approved a £2.1 million harbour budget alongside the plan.

The plan came before the council from its leader, Ada Vell, of the Harbour Alliance.

Jonas Pell, whose bench sits in opposition, voted against the plan.

Council figures show that 410 flats in the ward are holiday lets, about one in every five homes.

Campaigners gathered four thousand two hundred signatures for the cap.

The session was stopped for half an hour, when campaigners in the gallery held up a large sign and would not sit.

Every household near the harbour will get a 50-pound credit on its next water bill.

Symptoms of the stomach bug usually show between three and eight days after a meal.

The plan is made under section 9 of the Coastal Towns (Housing) Act 2025.

A permit will cost £300 a year.
""",
    "notice.md": """\
---
title: Harbour Ward Letting Plan
date: 2026-03-06
---

# Harbour Ward Letting Plan

The cost of running the plan is put at £150,000 per year, which permit fees will meet.

In all, 1,204 responses to the survey came in, and about 61% of them backed the plan.

The campaign handed in 4,200 signatures last spring.

Households will each receive £35 in credit.
""",
    "post.md": """\
---
title: Why we left the gallery
author: Mara Quint
date: 2026-03-05
---

# Why we left the gallery

We did not cause the delay, and we thank the staff who kept everyone calm.

Of those who responded, some 61 per cent backed the plan, the survey report said.
""",
}
town = pages_desk("town", TOWN)


def test_a_number_in_words_with_its_scale_and_more_is_whole_and_agrees(town: Desk) -> None:
    answer = town.ask("How many signatures did campaigners gather?")
    assert stated(answer.answer) == "Four thousand two hundred", answer.answer
    assert not answer.disagreements


def test_a_share_told_as_a_ratio_is_whole(town: Desk) -> None:
    answer = town.ask("What proportion of homes in the ward are holiday lets?")
    assert stated(answer.answer) == "About one in every five", answer.answer


def test_a_range_in_words_between_two_figures_is_whole(town: Desk) -> None:
    answer = town.ask("How long after the meal do symptoms of the bug show?")
    assert stated(answer.answer) == "Between three and eight days", answer.answer


def test_a_sum_written_with_a_hyphened_currency_disputes_another(town: Desk) -> None:
    answer = town.ask("How much credit does each household get?")
    sides = {side["text"] for d in answer.disagreements for side in d["sides"]}
    assert {"50-pound", "£35"} <= sides, answer.answer


def test_a_word_in_brackets_stays_inside_a_name(town: Desk) -> None:
    answer = town.ask("Under which Act is the plan made?")
    assert stated(answer.answer) == "Coastal Towns (Housing)", answer.answer


def test_a_body_named_by_its_head_and_a_post_answers_who_leads_it(town: Desk) -> None:
    answer = town.ask("Who leads Orsa Town Council?")
    assert stated(answer.answer) == "Ada Vell", answer.answer


def test_another_post_of_that_body_is_not_answered_by_its_leader(town: Desk) -> None:
    answer = town.ask("Who chairs Orsa Town Council?")
    assert answer.abstained, answer.answer


def test_a_margin_is_told_by_a_tally(town: Desk) -> None:
    answer = town.ask("By what margin did councillors pass the plan?")
    assert stated(answer.answer) == "20 votes to 9", answer.answer


def test_a_share_of_those_who_replied_is_not_how_many_replied(town: Desk) -> None:
    answer = town.ask("How many residents responded to the survey?")
    assert stated(answer.answer) == "1,204", answer.answer


def test_a_permit_fee_is_no_rival_of_the_running_cost(town: Desk) -> None:
    answer = town.ask("How much will the plan cost to run each year?")
    assert stated(answer.answer) == "£150,000", answer.answer
    assert not answer.disagreements


def test_which_way_someone_voted_is_for_or_against(town: Desk) -> None:
    answer = town.ask("Which way did Jonas Pell vote?")
    assert stated(answer.answer) == "Against the plan", answer.answer


def test_what_stopped_a_session_is_why_it_was_stopped(town: Desk) -> None:
    answer = town.ask("Why was the session adjourned?")
    assert stated(answer.answer).startswith("When campaigners in the gallery held up"), (
        answer.answer
    )


WATER = {
    "wiki.md": """\
---
title: 2026 Millgate water scare
date: 2026-06-01
---

# 2026 Millgate water scare

Tests on 9 May 2026 found the bug in the supply, and the council issued its do-not-drink order the following day.
""",
    "paper.md": """\
---
title: Queues for bottled water in Millgate
date: 2026-05-14
---

# Queues for bottled water in Millgate

The do-not-drink order was issued on Tuesday, 12 May, the Post has learned.
""",
    "notice.md": """\
---
title: Boil water notice for Millgate
date: 2026-05-11
---

# Boil water notice for Millgate

We issued a do-not-drink order for Millgate as a precaution, after the bug was found in samples taken at the Orsa treatment works on 9 May.
""",
}
water = pages_desk("water", WATER)


def test_a_weekday_and_its_date_are_one_answer_and_a_relative_day_disputes_it(
    water: Desk,
) -> None:
    answer = water.ask("On what date was the do-not-drink order issued?")
    sides = {side["text"] for d in answer.disagreements for side in d["sides"]}
    assert any("12 May 2026" in side and side.startswith("Tuesday, 12 May") for side in sides)
    assert any("following day (10 May 2026)" in side for side in sides), answer.answer


def test_a_date_in_a_clause_after_the_asked_verb_disputes_nothing(water: Desk) -> None:
    answer = water.ask("On what date was the do-not-drink order issued?")
    sides = " | ".join(side["text"] for d in answer.disagreements for side in d["sides"])
    assert "9 May" not in sides, answer.answer


RULES = {
    "notice.md": """\
---
title: Orsa permit scheme notice
date: 2026-03-10
---

# Orsa permit scheme notice

No more than 250 permits will be valid at once.

A permit will cost £300 a year.

Running the scheme will cost about £90,000 per year.

An application for a review must be made within four weeks of the decision.

Ada Vell, who leads the harbour group, said she had written to the council calling for an independent review of the scheme.

Anyone unwell should keep away from the office or school until two days after recovering.

The Orsa Traders Guild is calling for a rent freeze on market stalls.
""",
}
rules = pages_desk("rules", RULES)


def test_a_maximum_is_told_as_no_more_than(rules: Desk) -> None:
    answer = rules.ask("What maximum number of permits may be valid?")
    assert stated(answer.answer) == "No more than 250", answer.answer


def test_what_someone_has_to_pay_asks_a_sum(rules: Desk) -> None:
    answer = rules.ask("What will owners have to pay for a permit?")
    assert stated(answer.answer) == "£300 a year", answer.answer


def test_a_rate_keeps_its_per(rules: Desk) -> None:
    answer = rules.ask("How much does running the scheme cost?")
    assert stated(answer.answer) == "About £90,000 per year", answer.answer


def test_applying_is_told_as_an_application(rules: Desk) -> None:
    answer = rules.ask("How long do people have to apply for a review?")
    assert stated(answer.answer) == "Four weeks", answer.answer


def test_a_demand_is_told_as_calling_for(rules: Desk) -> None:
    answer = rules.ask("What did Ada Vell demand?")
    assert "independent review" in stated(answer.answer).lower(), answer.answer


def test_until_answers_only_when_something_closes(rules: Desk) -> None:
    answer = rules.ask("Did any school in Orsa close?")
    assert answer.abstained, answer.answer


LAKE = {
    "lake.md": """\
---
title: Algae closes Lake Orsa and sinks the Millgate regatta
date: 2026-08-12
---

# Algae closes Lake Orsa and sinks the Millgate regatta

The algae bloom prompted the Orsa Lakes Board (OLB) to shut the lake to swimmers, caused the cancellation of the Millgate Regatta, and killed two dogs.

The two dogs were treated at the Tarn Veterinary Clinic in Millgate but could not be saved.

A petition to clean up the lake has gathered more than 2,100 signatures.

The Millgate Regatta was called off on 10 August, the first cancellation over water quality in its history.

The board will take samples at all four sites every Thursday until the lake reopens.

Chairman Jonas Pell said the step was agreed by the board on Sunday evening and announced on Monday afternoon.
""",
}
lake = pages_desk("lake", LAKE)


def test_looked_after_is_read_as_cared_for_and_met_by_treated(lake: Desk) -> None:
    answer = lake.ask("Which clinic looked after the dogs?")
    assert stated(answer.answer) == "Tarn Veterinary Clinic", answer.answer


def test_signatures_count_the_people_who_signed(lake: Desk) -> None:
    answer = lake.ask("How many people signed the lake petition?")
    assert stated(answer.answer) == "More than 2,100", answer.answer


def test_the_cause_is_the_subject_before_its_first_verb(lake: Desk) -> None:
    answer = lake.ask("Why was the Millgate Regatta called off?")
    assert stated(answer.answer) == "The algae bloom", answer.answer


def test_what_a_group_is_doing_is_not_asked_as_a_kind_of_group(rules: Desk) -> None:
    answer = rules.ask("What is the traders' guild demanding?")
    # not the guild: the demand, told with its sentence since "rent freeze" fills no asked place
    assert "rent freeze" in stated(answer.answer).lower(), answer.answer
    assert stated(answer.answer).lower() != "orsa traders guild", answer.answer


def test_a_not_after_but_denies_nothing_and_a_yes_is_no_one_to_follow_up(lake: Desk) -> None:
    first = lake.ask("Were the dogs treated at a clinic?", session="dogs")
    assert first.answer.startswith("Yes"), first.answer
    answer = lake.ask("Where were they treated?", session="dogs")
    assert "Yes" not in answer.resolved_question, answer.resolved_question
    assert stated(answer.answer) == "Tarn Veterinary Clinic", answer.answer


TRAMS = {
    "wire.md": """\
---
title: Tram burns at Millgate depot
date: 2026-03-11
---

# Tram burns at Millgate depot

A battery tram caught fire at a council depot in Millgate early on Tuesday, and the line was shut while it was investigated.

The trams are built at Orsavir's Selvany factory, which has made them since 2019.

Chief executive Ada Vell ordered all 20 of the line's trams withdrawn from service.

In 2023 the line took delivery of 20 trams from the manufacturer Orsavir Rail.
""",
}
trams = pages_desk("trams", TRAMS)


def test_an_owners_place_is_named_whole(trams: Desk) -> None:
    answer = trams.ask("Where were the trams built?")
    assert stated(answer.answer) == "Orsavir's Selvany factory", answer.answer


def test_the_town_a_thing_is_in_is_no_agency(trams: Desk) -> None:
    answer = trams.ask("Which agency is looking into the fire?")
    assert answer.abstained, answer.answer


def test_the_head_of_a_two_noun_focus_is_asked(lake: Desk) -> None:
    answer = lake.ask("Which animal clinic treated the two dogs?")
    assert stated(answer.answer) == "Tarn Veterinary Clinic", answer.answer


def test_a_first_in_its_history_says_never_before(lake: Desk) -> None:
    answer = lake.ask("Had the regatta ever been called off for water quality before?")
    assert answer.answer.startswith("No"), answer.answer


def test_how_often_is_told_by_a_frequency(lake: Desk) -> None:
    answer = lake.ask("How often will the board take samples?")
    assert stated(answer.answer) == "Every Thursday", answer.answer


def test_when_that_was_announced_takes_the_date_of_announcing(lake: Desk) -> None:
    answer = lake.ask("When was that announced?")
    assert stated(answer.answer).startswith("Monday"), answer.answer


FERRY = {
    "wire.md": """\
---
title: Orsa ferry stranded in mid-channel
date: 2026-07-15
---

# Orsa ferry stranded in mid-channel

The Orsa ferry halted in mid-channel on Friday with 80 passengers aboard.

After ten minutes the spare engine was stopped again when a pressure alarm went off.

An amber wind alert was issued on 13 July 2026.

The last crossings were not restored until Friday, 17 July.
""",
    "paper.md": """\
---
title: Storm warning for the Vell estuary
date: 2026-07-14
---

# Storm warning for the Vell estuary

The amber wind alert issued by forecasters stays in force until at least Thursday evening.

The last crossings were restored on 16 July 2026, the harbour office said.
""",
}
ferry = pages_desk("ferry", FERRY)


def test_what_stopped_another_thing_is_no_reason_the_asked_one_stopped(ferry: Desk) -> None:
    answer = ferry.ask("Why did the ferry stop?")
    assert "pressure alarm" not in answer.answer, answer.answer


def test_a_date_that_ends_a_period_disputes_no_issue_date(ferry: Desk) -> None:
    answer = ferry.ask("On what date was the amber wind alert issued?")
    assert stated(answer.answer) == "13 July 2026", answer.answer
    assert not answer.disagreements, answer.answer


def test_not_until_a_day_dates_the_act_and_disputes_another_day(ferry: Desk) -> None:
    answer = ferry.ask("When were the last crossings restored?")
    sides = " | ".join(side["text"] for d in answer.disagreements for side in d["sides"])
    assert "16 July" in sides and "17 July" in sides, answer.answer


def test_who_manufactures_is_met_by_the_manufacturer(trams: Desk) -> None:
    answer = trams.ask("Who manufactures the trams that were withdrawn?")
    assert stated(answer.answer) == "Orsavir Rail", answer.answer
