"""Posts told by the verb of what their holder does, lesser posts, names set beside their kind,
sums asked by their noun, and two snapshots of one page that differ on the asked point."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, desk_of, pages_desk, stated_answer

FERRY = """\
# Orsa Ferries cancels sailings after hull damage

Orsa Ferries cancelled every sailing to Tarn on Monday after divers found damage to the hull
of its largest boat.
"We will not sail until the boat is safe," said Jonas Pell, who has run Orsa Ferries since 2019.
Councillor Ada Vell, who leads Kellmarsh Borough Council, asked for a full account.
Vice-Chancellor Mara Quint of Lisle University said students stranded on Tarn would be helped.
Fungus in the cabins of the Orsa boats: what passengers should know
Tests showed traces of Serpula, a wood-rotting fungus that spreads through damp timber.
Islanders get £40 a head for the lost week, and shops that shut can claim £300 each.
"""

BLOG = """\
# Tarn travel notes

The ferry company's boss, Ilse Kerr, has said little since the sailings stopped.
"""

ferry = pages_desk("ferry", {"ferry.md": FERRY, "blog.md": BLOG})


def test_a_post_is_told_by_the_verb_of_its_holder(ferry: Desk) -> None:
    assert stated_answer(ferry, "Who is the leader of Kellmarsh Borough Council?").endswith(
        "Ada Vell"
    )
    chief = ferry.ask("Who is the chief executive of Orsa Ferries?")
    assert chief.answer.startswith("Jonas Pell"), chief.answer
    assert_citations_exact(ferry, chief)


def test_a_boss_is_the_one_who_leads(ferry: Desk) -> None:
    assert stated_answer(ferry, "Who leads the ferry company?") == "Ilse Kerr"


def test_a_lesser_post_is_a_near_miss(ferry: Desk) -> None:
    assert ferry.ask("Who is the chancellor of Lisle University?").abstained
    assert stated_answer(ferry, "Who is the vice-chancellor of Lisle University?") == "Mara Quint"


def test_a_name_set_beside_its_kind_answers_which(ferry: Desk) -> None:
    assert stated_answer(ferry, "Which fungus was found in the tests?") == "Serpula"


def test_a_sum_asked_by_its_noun_is_the_figure_beside_the_asker(ferry: Desk) -> None:
    assert stated_answer(ferry, "What payment can shops claim?") == "£300"


OLD = """\
# Kessby lighthouse

Kessby lighthouse stands on the northern cape of Tarn.
It was built in 1851 by the harbour board.
The light can be seen from twenty miles out.
"""
NEW = OLD.replace("1851", "1853") + "The keepers left in 1990, when the light was automated.\n"


@pytest.fixture(scope="module")
def snapshots(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A page as first captured, then a later capture that corrects the year it was built."""
    with desk_of(tmp_path_factory, {"lighthouse-2023.md": OLD}) as desk:
        assert desk.add_bytes("lighthouse-2024.md", NEW.encode()).status == "revision"
        yield desk


def test_the_newer_snapshot_speaks_for_the_page(snapshots: Desk) -> None:
    answer = snapshots.ask("When was Kessby lighthouse built?")
    assert answer.answer.startswith("1853"), answer.answer
    assert "disagree" not in answer.answer
    assert "earlier snapshot of the same page said 1851" in answer.answer, answer.answer
    assert_citations_exact(snapshots, answer)
    newer = {s.id for s in snapshots.sources() if s.revision_of}
    assert answer.citations[0].source_id in newer


AIRLINE = """\
# Orsa Air grounds jets after cracks found

The airline said on Monday that the 9 aircraft it grounded last week would fly again.
The airline owns 40 aircraft in all, so the grounded jets leave it short on busy routes.
Altogether 212 flights were cancelled between 3 and 8 June.
Grounded Tarn T-220 aircraft stood in a row at the Lisle base on Thursday.
"""

airline = pages_desk("airline", {"airline.md": AIRLINE})


def test_a_figure_in_another_clause_than_the_asked_verb_counts_something_else(
    airline: Desk,
) -> None:
    assert stated_answer(airline, "How many aircraft did the airline ground?") == "9"


def test_the_first_day_of_a_stretch_of_dates_is_no_count(airline: Desk) -> None:
    assert stated_answer(airline, "How many flights were cancelled?") == "212"


def test_a_model_code_is_no_count(airline: Desk) -> None:
    answer = airline.ask("How many aircraft stood at the Lisle base?")
    assert answer.abstained, answer.answer


ALARM = """\
# Orsa pumping station fault

A warning alarm went off at the Orsa pumping station at about 2am on Saturday.
The pumping station's alarm was ignored for five hours, because no one works there overnight.
Lisle households had to boil every drop of water for three days.
Bottled water was handed out at the Vell community hall.
The regulator said it would review the company's records.
Shops in Tarn stayed open with water brought in by lorry.
The company apologised to its customers on Monday.
"""

alarm = pages_desk("alarm", {"alarm.md": ALARM})


def test_a_not_of_the_question_may_be_told_below_the_top_sentence(alarm: Desk) -> None:
    answer = alarm.ask("Why was the alarm at the pumping station not acted on straight away?")
    assert not answer.abstained, answer.answer
    assert "no one works there overnight" in answer.answer, answer.answer


COUNCIL = """\
# Kellmarsh council calls emergency meeting

The borough council, whose leader is Ada Vell, meets on 21 March to question the company.
Jonas Pell became harbour master of Kellmarsh in 2015.
The meeting will hear from the water company and from residents.
Residents have been asked to send their questions in writing.
"""

council = pages_desk("council", {"council.md": COUNCIL})


def test_the_day_someone_took_a_post_is_not_a_day_they_did_something(council: Desk) -> None:
    answer = council.ask("When did Ada Vell become council leader?")
    assert answer.abstained, answer.answer
    assert stated_answer(council, "When did Jonas Pell become harbour master?") == "2015"


NOTICE = """\
# Boil-water notice: Lisle still waiting

In Vell the notice was lifted late on Wednesday once the samples came back clean.
Homes in Lisle and in Tarn must keep boiling their water.
Bottled water is still handed out at the Lisle community hall.
The water company said the mains would be flushed over the weekend.
"""

notice = pages_desk("notice", {"notice.md": NOTICE})


def test_a_yes_needs_the_asked_participle_said_of_the_thing_asked(notice: Desk) -> None:
    answer = notice.ask("Was the Tarn notice lifted?")
    assert not answer.answer.startswith("Yes"), answer.answer
    assert stated_answer(notice, "Was the Vell notice lifted?") == "Yes"


SALE = """\
# Lisle University to sell the Orsa observatory

Lisle University has agreed to sell its observatory and the land around it.
The observatory's first director bought land on Tarn Hill in 1822 for a second dome.
Kessby Developments is to pay £12.4 million for the site, the university confirmed.
Students have promised to keep protesting until the deal is stopped.
The observatory is a small domed building on Kessby Hill, north of Lisle.
For now the timetable stands.
"""

sale = pages_desk("sale", {"sale.md": SALE})


def test_the_one_who_pays_for_a_thing_buys_it_and_a_hill_is_no_company(sale: Desk) -> None:
    assert stated_answer(sale, "Which company is buying the site?") == "Kessby Developments"


def test_a_sale_is_told_by_what_the_buyer_pays(sale: Desk) -> None:
    assert stated_answer(sale, "What is the sale price of the site?") == "£12.4 million"


def test_where_a_thing_stands_is_where_it_is(sale: Desk) -> None:
    stated = stated_answer(sale, "Where does the observatory stand?")
    assert stated.lower() in ("kessby hill", "north of lisle", "kessby hill, north of lisle")


GROUNDING = """\
# Heron Bay runs aground

A ferry was driven aground off the island of Kessby in a gale on Friday, and lifeboats took
everyone off.
The ship hit the rocks at dusk with 31 crew and 140 passengers aboard, according to a count the
Lisle Herald saw.
The Heron Bay was refloated on Monday and towed to the yard at Orsa.
The operator said the Heron Bay would stay out of service for a month.
Kessby now has no ferry until the spring, the islanders' council said.
The Heron Bay, which cost £28m when it was launched in 2009, is the newest ship of the fleet.
"""

grounding = pages_desk("grounding", {"grounding.md": GROUNDING})


def test_a_place_named_after_the_island_of_is_where(grounding: Desk) -> None:
    assert stated_answer(grounding, "Where did the ferry run aground?") == "Kessby"


def test_crew_members_are_the_crew_and_a_credited_paper_is_no_party(grounding: Desk) -> None:
    assert stated_answer(grounding, "How many crew members were on board the Heron Bay?") == "31"


def test_the_cost_of_another_thing_does_not_answer(grounding: Desk) -> None:
    assert grounding.ask("How much will the repairs to the Heron Bay cost?").abstained
    assert stated_answer(grounding, "How much did the Heron Bay cost to build?") == "£28m"
    assert grounding.ask("How much does the operator expect the repairs to cost?").abstained


CLUB = """\
# Kessby Rovers

Kessby Rovers is a football club on the island of Tarn.
The club plays its home games at Kessby Lane.
Kessby Rovers lifted the county cup in 1954 with Jonas Pell as manager.

- Chairman: {chairman}
- Manager: Ilse Kerr
"""


@pytest.fixture(scope="module")
def club(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A club's page as first captured, then a later capture naming a new chairman."""
    with desk_of(tmp_path_factory, {"club-2023.md": CLUB.format(chairman="Ada Vell")}) as desk:
        later = CLUB.format(chairman="Mara Quint") + "The club was sold in March.\\n"
        assert desk.add_bytes("club-2024.md", later.encode()).status == "revision"
        yield desk


def test_the_newer_snapshot_names_the_holder_now(club: Desk) -> None:
    assert stated_answer(club, "Who is the chairman of Kessby Rovers?") == "Mara Quint"


def test_who_holds_a_post_now_is_not_who_held_it_in_a_year_gone(club: Desk) -> None:
    assert stated_answer(club, "Who is the manager of Kessby Rovers?") == "Ilse Kerr"


MARCH = """\
# Kessby Rovers fans march on Kessby Lane

Led by the supporters' trust, fans marched to Kessby Lane, which the club has called home
since 1902.
The trust, led by Ilse Kerr, called for the council to buy the stadium back.
About 2,000 supporters took part, the police said.
"""

march = pages_desk("march", {"march.md": MARCH})


def test_to_call_for_a_thing_is_not_to_call_it_something(march: Desk) -> None:
    answer = march.ask("What did the supporters' trust call for?")
    assert "called for the council" in answer.citations[0].quote, answer.answer


REEF = """\
# Heron Bay: the night on the reef

Kessby was still counting the cost this weekend of the grounding of the MV Heron Bay.
The Heron Bay grounded on Tarn Reef on Friday 7 November 2025, its owners confirmed.
Lifeboats from Kessby and Orsa took the passengers off in the dark.
There were no fatalities in the grounding of the Heron Bay, the coastguard said.
In March 2018 the coaster MV Salt Wren grounded on Tarn Reef in fog; nobody was hurt.
"""

reef = pages_desk("reef", {"reef.md": REEF})


def test_a_ship_ran_aground_on_the_day_it_grounded_not_this_weekend(reef: Desk) -> None:
    stated = stated_answer(reef, "On what date did the MV Heron Bay run aground?")
    assert stated.startswith("Friday 7 November 2025"), stated


def test_which_other_is_not_what_the_page_is_about(reef: Desk) -> None:
    assert stated_answer(reef, "Which other ship grounded on Tarn Reef before?") == "MV Salt Wren"


def test_no_fatalities_says_nobody_died(reef: Desk) -> None:
    assert stated_answer(reef, "Did anyone die in the grounding of the Heron Bay?") == "No"
