"""Answers read from two blind testers' topics (a coach firm's collapse, a rare plant that
holds up a housing scheme) and from an earlier depot fire, checked on invented pages: what a
which-question's thing is not (its town, a part of it, the town of an address), kinds of body
a desk never names, what was built by whom, sums told as parts, reasons told outright or
denied, ages of a post, pets and colours, sizes, and numbered routes."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import pages_desk

FIRE = {
    "wire.md": """\
---
title: Tram fire closes the Orsa yard
date: 2026-03-02
---

# Tram fire closes the Orsa yard

A battery tram caught fire at a council depot in Orsa early on Monday, and the operator took
its battery fleet out of service.

The tram was parked in the depot's west shed when the fire started.

The Tramway Safety Board began an investigation on Tuesday under Ilse Kerr.

Orsa bought the trams in 2021 for 48 million euros, including a 12 million euro grant from the
Clean Transit Fund.

The trams are charged at the depot from a battery bank built by Selvany Power.

The trams themselves were built by the Lisle-based maker Tarnhold Rail at its Millgate plant.
""",
}
fire = pages_desk("fire", FIRE)

CAUSE = {
    "blog.md": """\
# Notes on the Vell warehouse fire

The fire began late on a Sunday.
The fire spread to the roof within minutes.
The fire was seen from the ring road.
The fire alarm failed at first.
The fire crews came from three stations.
The fire burned for six hours.
The fire left the east wall standing.
The fire closed two streets.
The fire damaged a bakery next door.
The fire smoke reached the river.
The fire service praised the night staff.
The fire drew a large crowd.
The fire cost the owners their stock.
The fire is the third in the street this year.
The fire brigade stayed until dawn.
The fire inquiry has begun.
The fire report is due in May.
The fire victims were given rooms at a hotel.
The fire spread through the loading bay.
The fire reached the offices.
The fire was the largest in Vell since 1998.
Inspectors think the blaze was started by a faulty heater that had been left on overnight in
the packing room.
""",
}
cause = pages_desk("cause", CAUSE)

COACHES = {
    "news.md": """\
---
title: Halvik Coaches goes under
date: 2026-02-10
---

# Halvik Coaches goes under

Halvik Coaches went into administration on Monday after 40 years.

Halvik's chief executive since 2020, Mara Quint, 49, joined from a rival firm.

Halvik's headquarters were on Mill Lane in Lisle.

Halvik reported revenue of 12.5 million pounds in 2024.

Mara Quint and Jonas Pell of Kellmarsh Partners, the Lisle-based insolvency firm, were
appointed administrators.

Halvik collapsed because its lender withdrew a loan, not because of the lost council contract.

Halvik ran six rural routes for the council: the 3, 8, 19, 44, 61 and 70.

From next week new operators will take over four of them (the 3, 8, 19 and 61).

The coaches were kept in a yard on Mill Lane, Lisle.

Fans have asked to preserve one of the old double-deck coaches.
""",
    "fleet.wiki": """\
'''Halvik Coaches''' was a coach operator in Lisle.

== Fleet ==
{| class="wikitable"
|+ Halvik fleet, 2026
! Type !! Number !! Use
|-
| Double-deck coaches || 9 || Express services
|-
| Midi coaches || 21 || School runs
|}
""",
}
coaches = pages_desk("coaches", COACHES)

MEADOW = {
    "notes.md": """\
---
title: The Tarn Marsh orchids
date: 2026-07-01
---

# The Tarn Marsh orchids

Ada Vell found the orchids while walking her terrier, Pip, beside the old canal.

Jonas Pell is a member of the Orsa Naturalists' Club.

Volunteers counted 180 nests on the Tarn Marsh reserve.

The 40-hectare reserve opened to the public in 1990.

The orchid has drooping bluish-green flowers on stems up to 30 cm tall.

The Tarn orchid was named after Ilse Kerr, a botanist who described it in 1901.

The orchids grow on the eastern edge of the reserve, close to the old pump house.

The Tarn Marsh housing scheme is the largest plan in the county for a decade.

Officers expect the plan to come back before councillors later this year.

On 8 July councillors put off a decision on the plan.
""",
}
meadow = pages_desk("meadow", MEADOW)


RECALL = {
    "wire.md": """\
---
title: Alarm maker recalls the Tarn CO-7
date: 2026-03-15
---

# Alarm maker recalls the Tarn CO-7

The Tarn CO-7 was launched in 2021 as a low-cost alarm, retailing at 24.99 pounds.

The firm has been led by Ada Vell as chief executive since 2018.

Four members of the Quint family, including her husband Jonas, 44, were taken to Orsa County
Infirmary on Saturday.

The family, of Mill Road, were treated with oxygen and went home on the Monday.

Date: 3 February 2026; Event: Quint family hospitalised in Lisle

Owners were offered a free Tarn CO-9 or a refund.

As fans surged forward, safety rail 14 gave way on the Vell stand.

An engineer checked all 52 safety rails on the Vell stand.

The replayed tie will be played at Kellmarsh Park, Orsa, kick-off 3pm.

Play stopped for roughly 40 minutes before the tie was called off.

Rival firm Orsa Alarms will accept returned alarms free of charge until 31 March.

This week Orsa Alarms has been taking back returned alarms.

Jonas Quint said the alarm stayed silent at about 4am on Sunday.

Before 2026 the alarm had not been faulted since 2019.

Mara Quint, a retired physics teacher aged 47, found the fault.

Mara Quint belongs to the Lisle Radio Club as a member.

The recall will cost the maker about 3.4 million pounds ($4.5 million), it estimates.
""",
}
recall = pages_desk("recall", RECALL)


def stated(answer_text: str) -> str:
    """The stated answer: the part before the attribution or the citation marks."""
    return answer_text.split(" — ")[0].split(" [")[0]


def test_which_depot_is_not_the_town_it_stands_in(fire: Desk) -> None:
    answer = fire.ask("At which depot did the tram catch fire?")
    assert "Orsa" not in stated(answer.answer) and "west" not in stated(answer.answer)


def test_a_model_asked_is_no_place(fire: Desk) -> None:
    answer = fire.ask("What model of tram caught fire?")
    assert "Orsa" not in stated(answer.answer)


def test_an_agency_is_met_by_a_board_the_desk_names(fire: Desk) -> None:
    answer = fire.ask("Which agency is investigating the tram fire?")
    assert stated(answer.answer) == "Tramway Safety Board"


def test_what_another_thing_was_built_by_does_not_answer(fire: Desk) -> None:
    answer = fire.ask("Which company built the trams?")
    assert stated(answer.answer) == "Tarnhold Rail"
    assert not answer.disagreements  # "its Millgate plant" names the works, not a maker


def test_a_price_paid_is_told_as_bought_for_and_its_grant_is_a_part(fire: Desk) -> None:
    paid = fire.ask("How much did Orsa pay for the trams?")
    assert stated(paid.answer) == "48 million euros"
    covered = fire.ask("How much was the grant from the Clean Transit Fund?")
    assert stated(covered.answer).startswith("12 million euro")


def test_a_cause_told_once_among_many_mentions_is_found(cause: Desk) -> None:
    answer = cause.ask("What caused the fire?")
    assert "faulty heater" in stated(answer.answer)


def test_a_denied_reason_is_not_the_reason(coaches: Desk) -> None:
    answer = coaches.ask("Why did Halvik collapse?")
    assert "lender" in stated(answer.answer)
    assert "council contract" not in stated(answer.answer)


def test_what_age_asks_how_old_a_post_holder_is(coaches: Desk) -> None:
    answer = coaches.ask("What age is Halvik's chief executive?")
    assert stated(answer.answer) == "49"


def test_route_numbers_are_no_age(coaches: Desk) -> None:
    answer = coaches.ask("How old is Halvik's founder?")
    assert answer.abstained, answer.answer


def test_a_head_office_is_told_as_headquarters(coaches: Desk) -> None:
    answer = coaches.ask("Where was Halvik's head office?")
    assert not answer.abstained and "Mill Lane" in answer.citations[0].quote


def test_turnover_is_told_as_revenue(coaches: Desk) -> None:
    answer = coaches.ask("What was Halvik's turnover in 2024?")
    assert stated(answer.answer) == "12.5 million pounds"


def test_a_firm_is_taken_from_its_people(coaches: Desk) -> None:
    answer = coaches.ask("Which insolvency firm was appointed?")
    assert stated(answer.answer) == "Kellmarsh Partners"


def test_the_town_of_an_address_is_no_company(coaches: Desk) -> None:
    answer = coaches.ask("Which company bought the Mill Lane yard?")
    assert answer.abstained, answer.answer


def test_routes_named_by_number_are_listed_whole(coaches: Desk) -> None:
    answer = coaches.ask("Which routes will new operators take over next week?")
    assert stated(answer.answer) == "3, 8, 19 and 61"


def test_a_table_row_counts_what_one_of_them_does_not(coaches: Desk) -> None:
    answer = coaches.ask("How many double-deck coaches did Halvik have?")
    assert stated(answer.answer) == "9"


def test_a_pet_is_named_beside_its_kind(meadow: Desk) -> None:
    answer = meadow.ask("What is the name of Ada Vell's dog?")
    assert stated(answer.answer) == "Pip"


def test_a_pet_never_mentioned_has_no_name(meadow: Desk) -> None:
    answer = meadow.ask("What is the name of Jonas Pell's dog?")
    assert answer.abstained, answer.answer


def test_a_colour_is_answered_by_colour_words(meadow: Desk) -> None:
    answer = meadow.ask("Which colour are the flowers of the Tarn orchid?")
    assert stated(answer.answer).lower() == "bluish-green"


def test_named_after_finds_the_namesake(meadow: Desk) -> None:
    answer = meadow.ask("Who was the Tarn orchid named after?")
    assert stated(answer.answer) == "Ilse Kerr"


def test_a_size_is_no_count_of_things_on_it(meadow: Desk) -> None:
    answer = meadow.ask("How large is the Tarn Marsh reserve?")
    assert stated(answer.answer) == "40-hectare"


def test_where_on_a_place_takes_the_part_of_it(meadow: Desk) -> None:
    answer = meadow.ask("Where on the reserve do the orchids grow?")
    assert stated(answer.answer) == "On the eastern edge"


def test_a_yes_or_no_needs_the_asked_participle(meadow: Desk) -> None:
    answer = meadow.ask("Has the Tarn Marsh housing plan been dropped?")
    assert answer.abstained, answer.answer


def test_likely_to_go_back_is_told_as_expected_to_come_back(meadow: Desk) -> None:
    answer = meadow.ask("When is the plan likely to go back before councillors?")
    assert stated(answer.answer).startswith("Later this year")


def test_a_price_sold_for_is_told_as_retailing_at(recall: Desk) -> None:
    answer = recall.ask("What did the Tarn CO-7 sell for?")
    assert stated(answer.answer) == "24.99 pounds"


def test_who_heads_a_firm_is_who_leads_it(recall: Desk) -> None:
    answer = recall.ask("Who heads the firm?")
    assert stated(answer.answer) == "Ada Vell"


def test_a_hospital_is_not_a_patient_a_street_or_a_town(recall: Desk) -> None:
    answer = recall.ask("Which hospital treated the Quint family?")
    assert stated(answer.answer) == "Orsa County Infirmary"


def test_a_lone_modifier_keeps_its_noun(recall: Desk) -> None:
    answer = recall.ask("What are alarm owners being offered?")
    assert "Tarn CO-9" in stated(answer.answer)


def test_a_numbered_item_is_no_count(recall: Desk) -> None:
    answer = recall.ask("How many safety rails does the Vell stand have?")
    assert stated(answer.answer) == "52"
    assert not answer.disagreements


def test_a_competition_is_not_its_ground_nor_a_delay(recall: Desk) -> None:
    answer = recall.ask("What competition is the replayed tie part of?")
    assert answer.abstained, answer.answer


def test_until_what_date_takes_the_date_after_until(recall: Desk) -> None:
    answer = recall.ask("Until what date will Orsa Alarms accept returned alarms?")
    assert stated(answer.answer).startswith("31 March")


def test_the_time_of_day_stays_with_its_day(recall: Desk) -> None:
    answer = recall.ask("When did the alarm stay silent, according to Jonas Quint?")
    assert stated(answer.answer).startswith("About 4am on Sunday")


def test_last_since_a_date_tells_when_it_last_happened(recall: Desk) -> None:
    answer = recall.ask("When was the alarm last faulted before 2026?")
    assert stated(answer.answer) == "2019"


def test_a_trade_is_a_job_and_a_membership_is_not(recall: Desk) -> None:
    answer = recall.ask("What did Mara Quint do for work before retiring?")
    assert "teacher" in stated(answer.answer)


def test_a_sum_is_given_as_first_told_not_its_conversion(recall: Desk) -> None:
    answer = recall.ask("How much is the recall expected to cost the maker?")
    assert stated(answer.answer) == "About 3.4 million pounds"
