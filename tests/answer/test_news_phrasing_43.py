"""Questions worded as readers word them, found by fresh testers: a sum "asked for" that a
page says was "demanded", "spent" days that are no payment, "how fast was it going", and a
fine a page calls a penalty."""

from __future__ import annotations

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, page_desk, pages_desk, stated_answer

HACK = """\
# Ransom demand after hack on Vell clinics

By Ada Quint | 3 March 2026

A ransom of 2.5 million crowns was demanded by the gang that broke into the Vell Clinics
network.

Once inside, the gang spent nine days moving between servers before switching on the
encryption.

On 6 March the clinics' directors declined to hand over any money.

The Orsa Lark was still travelling at 14 knots when she struck the reef, witnesses told the
inquiry.
"""

hack_desk = page_desk("hack_desk", HACK)


def test_a_sum_asked_for_is_met_by_one_demanded(hack_desk: Desk) -> None:
    # "asked for" wants its "for" only where the page says "asked"; "demanded" holds it
    assert stated_answer(hack_desk, "How much was the ransom the gang asked for?") == (
        "2.5 million crowns"
    )


def test_days_spent_are_no_payment(hack_desk: Desk) -> None:
    answer = hack_desk.ask("Did the clinics pay the gang?")
    assert_citations_exact(hack_desk, answer)
    assert not answer.answer.startswith("Yes"), answer.answer


def test_how_fast_it_was_going_asks_a_speed(hack_desk: Desk) -> None:
    assert stated_answer(
        hack_desk, "How fast was the Orsa Lark moving before she struck the reef?"
    ) == ("14 knots")


PENALTY = """\
# Kessby Water penalised over flooded works

By Jonas Pell | 9 May 2026

Households in Orsa were told to boil their tap water for six weeks.

On Monday the water board ordered Kessby Water to pay a penalty of 3.1 million crowns.
"""

penalty_desk = page_desk("penalty_desk", PENALTY)


def test_a_fine_is_met_by_a_penalty(penalty_desk: Desk) -> None:
    question = "How big a fine did the water board give Kessby Water?"
    assert stated_answer(penalty_desk, question) == "3.1 million crowns"


OUTAGE_A = """\
# Vell clinics count the cost

By Ada Quint | 3 March 2026

In the first fortnight, 640 operations were cancelled at the Vell clinics.

All 90 staff on the night shift were told to go home; 14 were hurt, three of them badly.

Each family hit by the outage was first offered 40 crowns.
"""

OUTAGE_B = """\
# Outage: the Vell clinics' toll

By Jonas Pell | 9 March 2026

More than 600 operations were cancelled at the Vell clinics in the first fortnight.

Three staff members were badly hurt when the lights failed.

After a petition, the payment to each family hit by the outage went up to 90 crowns.
"""

outage_desk = pages_desk("outage_desk", {"a.md": OUTAGE_A, "b.md": OUTAGE_B})


def test_a_bound_that_holds_the_answer_is_no_disagreement(outage_desk: Desk) -> None:
    answer = outage_desk.ask("How many operations were cancelled at the Vell clinics?")
    assert_citations_exact(outage_desk, answer)
    assert stated_part(answer.answer) == "640", answer.answer
    assert not answer.disagreements, answer.answer  # "More than 600" holds 640


def test_a_part_the_answer_itself_tells_is_no_disagreement(outage_desk: Desk) -> None:
    answer = outage_desk.ask("How many staff were hurt?")
    assert_citations_exact(outage_desk, answer)
    assert stated_part(answer.answer) == "14", answer.answer
    assert not answer.disagreements, answer.answer  # "three of them badly"


def test_what_a_sum_went_up_to_is_its_new_value(outage_desk: Desk) -> None:
    answer = outage_desk.ask("How much did the payment to each family go up to?")
    assert_citations_exact(outage_desk, answer)
    assert stated_part(answer.answer) == "90 crowns", answer.answer
    assert not answer.disagreements, answer.answer  # "first offered 40 crowns": before


GROUNDING = """\
# Ferry firm fined over reef grounding

By Ada Quint | 3 March 2026

Tarnhold Ferries has been fined 400,000 crowns after its ferry Orsa Lark struck a reef near
Kessby.

The master, Captain Ilse Marr, had gone down to her cabin at 7am and was not on the bridge.

Captain Marr, who had commanded the Orsa Lark for six years, retired from Tarnhold Ferries
last spring.
"""

grounding_desk = page_desk("grounding_desk", GROUNDING)


def test_where_someone_went_is_where_they_were(grounding_desk: Desk) -> None:
    # not "Tarnhold Ferries", the body she retired from, nor a titled name
    assert stated_answer(grounding_desk, "Where was Captain Marr?").lower() == "to her cabin"


INQUIRY = """\
# Kessby water inquiry

By Ada Quint | 3 March 2026

The floodwater carried a parasite, Giardel, from the fields into the Orsa works.

On 8 January the Kessby Water Board launched an inquiry under its chief inspector, Ada Vell.
"""

inquiry_desk = page_desk("inquiry_desk", INQUIRY)


def test_carried_out_is_conducted_not_carried(inquiry_desk: Desk) -> None:
    question = "Which watchdog carried out the inquiry?"
    assert stated_answer(inquiry_desk, question) == "Kessby Water Board"  # not "Giardel"


BOTTLES = """\
# Kessby Water counts the bill

By Ada Quint | 3 March 2026

Kessby Water handed out bottled water to 9,000 homes in Orsa for six weeks after the flood.

The whole repair programme at the Orsa works, including a new flood wall, has cost the company
14 million crowns, Kessby Water said.
"""

bottles_desk = page_desk("bottles_desk", BOTTLES)


def test_what_an_act_cost_is_not_another_bill(bottles_desk: Desk) -> None:
    answer = bottles_desk.ask("How much did it cost Kessby Water to give out bottled water?")
    assert answer.abstained, answer.answer  # the repair bill is another thing's cost


DEPARTURE = """\
# Kessby Water chief leaves

By Ada Quint | 3 March 2026

Tomas Vell, who ran operations at Kessby Water when the works flooded, left the firm in
June.

Councillor Ilse Marr, who sits for Orsa East on the county council, led the campaign for
higher payments in March 2026.
"""

REPLACED = """\
# New chief at Tarnhold Rail

By Jonas Pell | 5 May 2026

Ada Quint replaced Mara Lisle as chief executive of Tarnhold Rail in April.
"""

departure_desk = pages_desk("departure_desk", {"leaves.md": DEPARTURE, "rail.md": REPLACED})


def test_who_took_over_needs_a_successor_named(departure_desk: Desk) -> None:
    assert stated_answer(departure_desk, "Who took over from Mara Lisle?") == "Ada Quint"
    answer = departure_desk.ask("Who took over from Tomas Vell as operations director?")
    assert answer.abstained, answer.answer  # "left Kessby Water" names no successor


def test_when_first_elected_needs_an_election(departure_desk: Desk) -> None:
    answer = departure_desk.ask("In what year was Ilse Marr first elected as a councillor?")
    assert answer.abstained, answer.answer  # the campaign's date is no election's


INSPECTION = """\
# Orsa school roof: the review

By Ada Quint | 3 March 2026

The roof panels at Orsa High were last checked in 2019.

Orsa's surveyor said a full check was left until 2025 "because the list of
buildings was long and the budget was short".
"""

inspection_desk = page_desk("inspection_desk", INSPECTION)


def test_a_stated_reason_drops_a_quotation_mark_it_does_not_open(inspection_desk: Desk) -> None:
    stated = stated_answer(inspection_desk, "Why was the full check left until 2025?")
    assert stated.lower() == "because the list of buildings was long and the budget was short"


def test_a_negated_auxiliary_is_read_not_matched() -> None:
    from sourcedesk.answer.question import read_question

    question = read_question("Why wasn't the ward told sooner?")
    assert question.negated
    assert [c.surface for c in question.concepts] == ["ward", "told", "sooner"]


FOUNDER = """\
# Tarnhold Air: the end of an island airline

By Jonas Pell | 5 May 2026

Mara Lisle, who founded the airline in 2009 with one leased turboprop, said she was
heartbroken.

The fire that closed Kessby airport's terminal for a day was started by a faulty heater.
"""

founder_desk = page_desk("founder_desk", FOUNDER)


def test_who_started_a_company_asks_its_founder(founder_desk: Desk) -> None:
    assert stated_answer(founder_desk, "Who started the airline?") == "Mara Lisle"
    # a fire is started, not founded
    assert "heater" in stated_answer(founder_desk, "What started the fire at Kessby airport?")


def test_shutting_down_is_read_as_closing() -> None:
    from sourcedesk.answer.question import read_question

    def words(text: str) -> list[str]:
        return [c.surface for c in read_question(text).concepts]

    assert "close" in words("How many aircraft did it have when it shut down?")
