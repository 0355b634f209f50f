"""Answers read from blind testers' topics (an airline's grounded fleet, a pier fire, ...),
checked on invented pages: a company spoken of only as "the company" or "its" two or three
sentences after its name."""

from __future__ import annotations

from sourcedesk.answer.engine import stated_part as stated
from sourcedesk.desk import Desk
from tests.answer.conftest import pages_desk

RESULTS = {
    "results.md": """\
---
title: Builders report mixed year
date: 2026-05-14
---

# Builders report mixed year

Tarvia Homes reported a pre-tax loss of £12m for the year to March, against a profit of £30m a
year earlier. The company blamed higher building costs and a slower market in the north. Its
chief executive, Mara Quint, said the firm would cut 200 jobs and close two regional offices.

Meanwhile Kellmarsh Partners, a rival builder based in Orsa, said its order book was at a record
high. The firm's finance director, Jonas Pell, told analysts that margins would recover next
year. Kellmarsh employs about 1,400 people.
""",
}
results = pages_desk("results", RESULTS)


def test_its_chief_executive_two_sentences_on_is_the_named_companys(results: Desk) -> None:
    answer = results.ask("Who is the chief executive at Tarvia Homes?")
    assert stated(answer.answer) == "Mara Quint"


def test_the_firms_plans_told_through_references_answer_for_it(results: Desk) -> None:
    assert stated(results.ask("How many jobs will Tarvia Homes cut?").answer) == "200"
    assert stated(results.ask("How many offices will Tarvia Homes close?").answer) == "Two"


def test_another_companys_chief_executive_is_still_not_told(results: Desk) -> None:
    assert results.ask("Who is the chief executive at Kellmarsh Partners?").abstained
    assert results.ask("How many jobs will Kellmarsh Partners cut?").abstained


THEATRE = {
    "fire.md": """\
---
title: Fire guts Lisle theatre
date: 2025-09-02
---

# Fire guts Lisle theatre

A fire destroyed the Orsa Theatre on Lisle seafront early on Sunday.

The inquiry noted that the hall lacked sprinklers and that its smoke detectors were never
wired to a control room, so the warning sounded only inside the building.

The council will pay guests up to £95 per night for rooms and up to £20 per day for food.

A petition calling for the hall to be rebuilt now carries more than 6,000 signatures from a
town of about 24,000 people.

Tarn Estates sold the theatre to Vell Leisure in 2012. Vell's operations director Ada Brand
said the company would rebuild the hall within three years.

The theatre company was founded in 1979 by Jonas Pell.
""",
    "ferries.wiki": """\
{{Infobox company
| name = Selvany Ferries
| founder = Mara Quint
| founded = 1961
}}
'''Selvany Ferries''' is a small ferry operator based in [[Halvik]].

== History ==
The company began with one boat on the Halvik crossing.
""",
}
theatre = pages_desk("theatre", THEATRE)


def test_the_clause_before_so_is_the_reason_for_the_one_after(theatre: Desk) -> None:
    answer = theatre.ask("Why did the warning sound only inside the building?")
    assert stated(answer.answer).startswith("Its smoke detectors were never wired")


def test_a_rate_of_another_unit_is_not_the_rate_asked(theatre: Desk) -> None:
    answer = theatre.ask("What is the most the council will pay for a room per night?")
    assert "£95" in stated(answer.answer)


def test_a_towns_population_counts_no_one_who_signed(theatre: Desk) -> None:
    answer = theatre.ask("How many people signed the hall petition?")
    assert "6,000" in stated(answer.answer)


def test_a_post_owned_by_another_company_is_not_the_asked_companys(theatre: Desk) -> None:
    assert theatre.ask("Who is the operations director of Tarn Estates?").abstained
    answer = theatre.ask("Who is the operations director of Vell Leisure?")
    assert stated(answer.answer) == "Ada Brand"


def test_who_started_or_set_up_a_thing_is_its_founder(theatre: Desk) -> None:
    assert stated(theatre.ask("Who started the theatre company?").answer) == "Jonas Pell"


def test_a_clause_said_at_the_end_of_a_yes_no_question_must_be_told(theatre: Desk) -> None:
    assert theatre.ask("Has the council said that guests were charged?").abstained
    # a clause of time at the end is no clause said: the pay is what is asked
    answer = theatre.ask("Will the council pay guests while the theatre is closed?")
    assert stated(answer.answer) == "Yes"


def test_the_kind_a_page_gives_its_subject_meets_its_key_facts(theatre: Desk) -> None:
    answer = theatre.ask("Who started the ferry operator?")
    assert stated(answer.answer) == "Mara Quint"


WATER = {
    "notice.md": """\
---
title: Boil notice for Orsa
date: 2025-06-11
---

# Boil notice for Orsa

The boil notice was issued on 4 June after giardia was detected at the Halvik Road treatment
works.

A bakery in the town shut for 12 days during the notice.

The treatment works takes its supply out of the River Tarn, which flows past farms in Selvany
County upstream.

Seven patients needed hospital care, including a six-year-old boy.

The Halvik Road works has been out of service since 5 June.
""",
}
water = pages_desk("water", WATER)


def test_a_noun_sharing_a_verbs_stem_is_no_use_of_the_verb(water: Desk) -> None:
    answer = water.ask("In the town, what parasite was detected?")
    assert stated(answer.answer).lower() == "giardia"


def test_which_river_is_a_river_not_a_county(water: Desk) -> None:
    answer = water.ask("From which river does the Orsa treatment plant get its supply?")
    assert stated(answer.answer) == "River Tarn"


def test_how_many_of_a_group_were_of_a_kind_counts_that_kind(water: Desk) -> None:
    assert water.ask("How many of the patients who needed hospital care were children?").abstained
    assert "Seven" in stated(water.ask("How many patients needed hospital care?").answer)


def test_back_into_service_is_not_out_of_service(water: Desk) -> None:
    assert water.ask("When did the Halvik Road works go back into service?").abstained


COLLEGE = {
    "vote.md": """\
---
title: Lisle college votes to shut its drama school
date: 2025-03-21
---

# Lisle college votes to shut its drama school

The college board backed the closure by 11 votes to six on Thursday.

Around 200 students gathered outside the Orsa Building while the board met.

Once refitted, the Selvany Building will house the School of Nursing Studies.

The actor Ilse Kerr, who studied at Lisle in the 1980s and organised a letter in support of
the school, said she was saddened.

Under the plan, no fresh intake will join the drama courses from September 2026, and current
students will be allowed to finish their studies.

The college began the review to tackle a forecast deficit of £9.2m.

The college has opened a voluntary redundancy scheme and will try hard to move staff to
other posts.

In February the plan went before the college's Senate for comment.
""",
}
college = pages_desk("college", COLLEGE)


def test_which_former_student_is_answered_by_a_person(college: Desk) -> None:
    answer = college.ask("Which former student organised a letter in support of the school?")
    assert stated(answer.answer) == "Ilse Kerr"


def test_a_chunk_does_not_cut_a_name_joined_by_of(college: Desk) -> None:
    answer = college.ask("What will the Selvany Building house?")
    assert stated(answer.answer) == "School of Nursing Studies"


def test_a_no_in_another_clause_denies_nothing_asked(college: Desk) -> None:
    answer = college.ask("Will current drama students be allowed to finish their studies?")
    assert stated(answer.answer) == "Yes"


def test_how_large_a_deficit_is_a_sum(college: Desk) -> None:
    answer = college.ask("How large a deficit is the college trying to close?")
    assert "£9.2m" in stated(answer.answer)


def test_how_a_body_voted_is_a_verdict_or_a_tally(college: Desk) -> None:
    assert college.ask("How did the Senate vote on the plan?").abstained
    answer = college.ask("By what margin did the board back the closure?")
    assert stated(answer.answer) == "11 votes to six"


def test_a_tally_counts_no_people(college: Desk) -> None:
    answer = college.ask("How many students backed the closure?")
    assert "11 votes" not in stated(answer.answer)


FERRY = {
    "ferry.md": """\
---
title: Halvik ferry grounded
date: 2025-08-11
---

# Halvik ferry grounded

In March 2025 the regulator carried out a scheduled inspection of the Orsa Ferry Company's
vessels.

On 2 August 2025 the regulator ordered the company to withdraw three of its Tarn 40 ferries.

The order led to cancellations, particularly on coastal routes, and left travellers stranded
on Halvik Isle over the weekend.

Orsa Ferry Company has cancelled 96 sailings in the week since the order.

Ada Vell, who chairs the passengers' group Fair Fares, said the company owed travellers money.

The company refuses to pay refunds, a stance rejected by the passengers' group Fair Fares.
""",
}
ferry = pages_desk("ferry", FERRY)


def test_where_something_happened_on_an_island_is_the_island(ferry: Desk) -> None:
    answer = ferry.ask("Where were travellers left stranded over the weekend?")
    assert stated(answer.answer) == "Halvik Isle"


def test_a_later_stretch_asked_is_not_the_first_weeks_figure(ferry: Desk) -> None:
    assert ferry.ask("How many sailings did the company cancel in the third week?").abstained


def test_a_date_bound_asked_is_no_answer_nor_a_date_past_it(ferry: Desk) -> None:
    assert ferry.ask("When did the regulator last inspect the vessels before 2025?").abstained
    answer = ferry.ask("When did the regulator inspect the vessels before August 2025?")
    assert stated(answer.answer) == "March 2025"


def test_who_heads_a_group_is_a_person_not_the_group(ferry: Desk) -> None:
    answer = ferry.ask("Who heads the passengers' group that rejects the company's stance?")
    assert stated(answer.answer) == "Ada Vell"


def test_a_model_asked_is_a_name_or_a_code(ferry: Desk) -> None:
    answer = ferry.ask("What model of ferry was withdrawn?")
    assert stated(answer.answer) == "Tarn 40"


SCHOOL = {
    "school.md": """\
---
title: The Orsa music school
---

# The Orsa music school

In 1990 the Orsa Sound Studio was set up inside the school, one of the earliest such rooms.

The school was founded in 1962 by the organist Jonas Pell.

""",
}
school = pages_desk("school", SCHOOL)


def test_who_set_up_a_thing_is_not_what_was_set_up(school: Desk) -> None:
    assert stated(school.ask("Who set up the music school?").answer) == "Jonas Pell"


INQUIRY = {
    "inquiry.md": """\
---
title: Tarn Water ignored alarms, regulator finds
---

# Tarn Water ignored alarms, regulator finds

Workers at a Selvany pumping station silenced warnings for 20 hours ahead of a bug outbreak,
the water regulator says.

The Water Quality Office (WQO) said the firm had failed to act.

"This was no accident," said Mara Quint, the WQO's chief auditor, who led the inquiry.
""",
}
inquiry = pages_desk("inquiry", INQUIRY)


def test_the_doer_set_after_a_name_as_its_post_is_the_name(inquiry: Desk) -> None:
    answer = inquiry.ask("Who led the regulator's inquiry into the outbreak?")
    assert stated(answer.answer) == "Mara Quint"


DAIRY = {
    "dairy.md": """\
---
title: Orsa dairy
---

# Orsa dairy

The Orsa dairy was founded in 1988 and bought in 2016 by Tarn Capital.
""",
}
dairy = pages_desk("dairy", DAIRY)


def test_a_by_that_another_participle_takes_names_no_founder(dairy: Desk) -> None:
    assert dairy.ask("Who founded the Orsa dairy?").abstained
    assert stated(dairy.ask("Who bought the Orsa dairy?").answer) == "Tarn Capital"
