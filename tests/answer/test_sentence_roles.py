"""Where the asked thing sits in the answering sentence: on its side of the verb for the
sentence's voice ("What was secured ...?"), set off after a name (an age), after a stranded
preposition, in a quotation or a "that" clause, and not the name the question itself holds."""

from __future__ import annotations

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, page_desk, stated_answer

QUAY = """# Quay works

Workers used a heavy chain to secure the old ferry at the quay in October.
The Tarn footpath had to be closed, too, because the flood had washed out its bridge.
The guild, led by Hanna Roos, stayed neutral in the dispute over the quay.
The harbour crane was damaged by a falling mast during the storm.
A small committee of fishermen sold the old nets to a museum in Kessby.
"""


quay = page_desk("quay", QUAY)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was secured at the quay with a chain?", "old ferry"),  # active sentence
        ("What was sold to a museum in Kessby?", "old nets"),
        # guards (these passed before the voice rule too): passive sentences, an active question
        ("What had to be closed because of the flood?", "tarn footpath"),
        ("Which group was led by Hanna Roos?", "guild"),  # "the guild, led by ..."
        ("What damaged the harbour crane?", "falling mast"),  # active question, passive sentence
    ],
)
def test_the_asked_thing_is_found_on_its_side_of_the_verb(
    quay: Desk, question: str, expected: str
) -> None:
    assert stated_answer(quay, question).lower() == expected


def test_who_did_it_may_be_a_phrase_with_of(quay: Desk) -> None:
    """No name does it: the noun phrase before the verb, "of" and all, not the place after."""
    assert stated_answer(quay, "Who sold the old nets to a museum?").lower() == (
        "small committee of fishermen"
    )


FERRY = """# Ferry dispute

Ferry captain Jonas Brekke Jr., 58, could face a fine of up to 20,000 krona after the crash.
Ostrom and Brekke were quarrelling on deck when Brekke hit Ostrom on the arm with
Ostrom's own oar.
Kessby FC defender Lise Varg was also banned for two weeks for shoving Ostby FC captain
Anton Ostrom during the match, and both clubs were fined.
The mayor asked for patience in a letter to the ferry's passengers.
The operator pledged to carry out “a full and open inquiry” before the summer.
The mayor is under fire for breaking his often-repeated vow that the ferry would never close.
"""


ferry = page_desk("ferry", FERRY)


def test_how_old_takes_the_age_set_off_after_the_name(ferry: Desk) -> None:
    assert stated_answer(ferry, "How old is Jonas Brekke?") == "58"


def test_a_stranded_preposition_is_found_before_a_trailing_setting(ferry: Desk) -> None:
    assert stated_answer(ferry, "What did the mayor ask for in his letter?").lower() == "patience"


def test_an_object_runs_on_through_the_quotation_it_opens(ferry: Desk) -> None:
    stated = stated_answer(ferry, "What did the operator pledge?")
    assert "a full and open inquiry" in stated


def test_what_a_vow_says_is_its_that_clause(ferry: Desk) -> None:
    stated = stated_answer(ferry, "What vow did the mayor break?")
    assert stated.lower() == "the ferry would never close"


def test_who_did_it_leaves_out_the_name_the_question_holds(ferry: Desk) -> None:
    assert stated_answer(ferry, "Who hit Ostrom with an oar?") == "Jonas Brekke"


def test_who_did_x_verb_takes_the_person_not_the_club_before_the_title(ferry: Desk) -> None:
    assert stated_answer(ferry, "Who did Lise Varg shove?") == "Anton Ostrom"


RAID = """# Harbour raid

Police arrested four people Tuesday after a raid on a boathouse, said Sgt. Oda Lien, the
harbour police spokeswoman.
Officers arrested Henrik A. Moe, 41, who resides at 12 Quay Lane, Lien said.
Officers later arrested Ruth Sand after locating stolen outboard motors in her van.
A search of the boathouse yielded nearly 40 grams of cocaine.
The new ferry can carry up to 300 metric tons of freight across the fjord.
Henrik A. Moe: Theft of outboard motors, held on a $45,000 bond.
The harbour board said Nov. 18 it would add two patrol boats to the Kessby fleet.
The Kessby yard is best known for building wooden fishing boats.
The shelter said Bruno the grey harbour seal was found on the beach near Ostby.
Officials will return the seal to Mia Holt, the seal's keeper at the aquarium.
"""


raid = page_desk("raid", RAID)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How much cocaine did the search of the boathouse yield?", "nearly 40 grams"),
        ("How much freight can the new ferry carry?", "up to 300 metric tons"),
        ("What was Henrik Moe's bond?", "$45,000"),  # a money noun asks for a figure
        ("What was found in Ruth Sand's van?", "stolen outboard motors"),  # found ~ locating
        ("What is the Kessby yard best known for?", "building wooden fishing boats"),  # guard
        ("What is the seal's name?", "bruno"),  # not its keeper
        ("Who resides at 12 Quay Lane?", "henrik a. moe"),  # not the speaker, not the age
    ],
)
def test_the_answer_is_said_the_way_news_says_it(raid: Desk, question: str, expected: str) -> None:
    assert stated_answer(raid, question).lower() == expected


def test_a_month_abbreviation_before_a_day_is_no_name(raid: Desk) -> None:
    answer = raid.ask("Which bodies added patrol boats?")
    assert "Nov" not in stated_part(answer.answer)


COAST = """# Coast guard

A Kessby fisherman pleaded guilty to a charge that he threatened to sink the ferry Nordlys.
Councillor Ida Berg (L-Ostby) within hours of the arrest linked the threat to a dispute over quotas.
The harbour board's owner and parent company, The Nord Holding, announced Oct. 2 that it was
selling its ferries.
Mayor Arne Dahl posted on Twitter accusing the board of hiding the sale.
Dahl visited the northern coast guard station near Brennvik, Nordland, on Friday.
Another station was visited by the coast guard chief last year.
"""


coast = page_desk("coast", COAST)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who threatened to sink the ferry?", "kessby fisherman"),  # "he" points back
        ("Who linked the threat to a dispute over quotas?", "councillor ida berg"),
        ("What is the harbour board's parent company?", "the nord holding"),
        ("Where did Arne Dahl post his accusation?", "twitter"),  # "post" is no job here
        ("Where did Dahl visit the coast guard station?", "brennvik, nordland"),
    ],
)
def test_who_and_where_in_news_sentences(coast: Desk, question: str, expected: str) -> None:
    assert stated_answer(coast, question).lower() == expected


def test_an_announced_act_is_dated_by_its_announcement(coast: Desk) -> None:
    """ "announced Oct. 2 that it was selling": the date of the sale, not only of a saying."""
    assert stated_answer(coast, "When did The Nord Holding sell its ferries?").startswith("Oct. 2")


AIRLINE = """# Nordair orders jets

Nordland Gov. Silje Aas welcomed the order at the Ostby air show.
Nordair agreed to buy 20 of Skyline's 550-8 Stratos jets on Tuesday.
Besides the 20 Skyline jets, Nordair ordered 40 Aero A220-300 jets on Monday.
Nordair is the number one operator of the Aero A990, with 45 such aircraft in service.
State figures show 86,000 people aged 16 or over flew with Nordair last year.
The order is valued at £1.2billion at list prices.
Our results reflect One Nordair, our plan for the whole company, the chief executive said.
Nordair lost 3-1 in the cup final.
The Ostby Rovers had lost to the Kessby Harbour Club in the final.
"""


airline = page_desk("airline", AIRLINE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is the governor of Nordland?", "silje aas"),  # "Gov." is governor
        ("How many Stratos jets did Nordair agree to buy?", "20"),  # not the model "550-8"
        ("How many Aero A220 jets did Nordair order?", "40"),  # guard: past the model name
        ("How many A990s does Nordair have?", "45"),  # a plural model; "number one" is a rank
        ("How many people flew with Nordair last year?", "86,000 people"),  # 16 is an age
        ("How much is the order worth?", "£1.2billion"),
        ("Who did the Ostby Rovers lose to?", "kessby harbour club"),  # guard
        ("What was the score of the cup final?", "3-1"),
    ],
)
def test_figures_and_names_as_news_writes_them(airline: Desk, question: str, expected: str) -> None:
    assert stated_answer(airline, question).lower() == expected.lower()


BILL = """# Ferry costs

The council put the cost of the new ferry at £4 million.
Figures obtained by the Courier show the total bill reached £6 million once the new quay, the
temporary landing stage, the dredging and two years of replacement buses are added.
The council spent £90,000 on signs, £40,000 on the ticket office, and £1 million on the slipway.
The harbour district holds 37 seats in the House of Keys and 12 seats in the Tarn Senate.
"""


bill = page_desk("bill", BILL)


def test_a_total_over_a_list_is_not_the_cost_of_one_item(bill: Desk) -> None:
    answer = bill.ask("How much did the temporary landing stage cost?")
    assert answer.abstained, answer.answer


def test_an_item_with_its_own_figure_in_a_list_is_answered(bill: Desk) -> None:
    assert stated_answer(bill, "How much did the council spend on the ticket office?") == "£40,000"


@pytest.mark.parametrize(("chamber", "expected"), [("House of Keys", "37"), ("Tarn Senate", "12")])
def test_figures_listed_by_and_each_answer_their_own_item(
    bill: Desk, chamber: str, expected: str
) -> None:
    question = f"How many seats does the harbour district hold in the {chamber}?"
    assert stated_answer(bill, question) == expected


MATCH = """# Cup match

Ostby Rovers rolled past Kessby Harbour, 31-14, on Saturday night.
The Rovers were ahead 10-7 at halftime and added 21 more points after the break.
Lena Dahl ran for 90 yards for Ostby Rovers and Per Holm caught two touchdown passes.
The league criticised the unilateral move announced late on Monday by commissioner Ola Brenn.
Coach Siv Aune, however, said she was "deeply disappointed" by the announcement.
The band played their single “Takin’ the Long Road” during the encore, to loud cheers.
The league moved the replay to a 1 p.m. kickoff on Sunday.
The stands at Kessby Harbour were cleared at 8.40pm, and the gates reopened at 2115 GMT.
"""


match = page_desk("match", MATCH)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was the halftime score?", "10-7"),
        ("Who caught two touchdown passes?", "per holm"),  # not the team after "for"
        ("Who announced the unilateral move?", "ola brenn"),  # not the move
        ("How did Siv Aune react to the announcement?", "deeply disappointed"),
        ("What song did the band play during the encore?", "takin’ the long road"),  # guard
        ("What time is the replay's kickoff?", "1 p.m."),  # a time of day, not "Sunday"
        ("What time were the stands cleared?", "8.40pm"),  # British style, not "40pm"
        ("At what time did the gates reopen?", "2115 gmt"),  # a 24-hour time before its zone
        ("What time of day is the replay's kickoff?", "1 p.m."),  # of day: still not "Sunday"
    ],
)
def test_scores_partners_agents_and_reactions(match: Desk, question: str, expected: str) -> None:
    assert stated_answer(match, question).lower() == expected


LANDER = """# Lunar landers

Kessby Orbital will offer the agency its Blue Heron lander, capable of carrying two tons.
Ida Lund, the president of Nordspace, said the Fjord should one day deliver up to
80 tonnes of freight to the lunar surface.
"""


lander = page_desk("lander", LANDER)


def test_a_name_sharing_a_word_with_the_asked_name_is_kept_whole(lander: Desk) -> None:
    """ "Blue Heron" for a question about "Kessby Orbital", and past the recipient "the
    agency"; also a name that shares only its first word with the question's ("Blue")."""
    assert stated_answer(lander, "What lander will Kessby Orbital offer?") == "Blue Heron"


def test_what_someone_said_a_thing_could_do_asks_its_object(lander: Desk) -> None:
    stated = stated_answer(lander, "What did Ida Lund say the Fjord could deliver?")
    assert stated.lower().startswith("up to 80 tonnes")


def test_she_after_who_is_x_is_x(lander: Desk) -> None:
    """ "Who is Ida Lund?" is answered with her title at Nordspace; "she" is still Ida Lund."""
    lander.ask("Who is Ida Lund?", session="lund")
    follow = lander.ask("What did she say the Fjord could deliver?", session="lund")
    assert not follow.abstained, follow.answer
    assert stated_part(follow.answer).lower().startswith("up to 80 tonnes")


QUAKE = """# Island quake

The quake killed 12 people and wounded 90, officials said.
On Monday, 25 of the 90 wounded still remained in hospital, the island clinic said.
Arne Voss was known as the "ferryman" who carried supplies to the island.
Voss said he answered all the phone calls on the crossing to Kessby.
Eva Brandt, a doctor at the island clinic, treated most of the wounded.
Brandt, a partner in the clinic, said supplies were running low.
"""


quake = page_desk("quake", QUAKE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many of the wounded remained in hospital?", "25"),  # the part, not the whole
        ("What was Arne Voss known as?", "ferryman"),  # a quoted name; "calls on" names nothing
    ],
)
def test_parts_and_quoted_names(quake: Desk, question: str, expected: str) -> None:
    assert stated_answer(quake, question).lower() == expected


def test_a_lone_adverb_or_modal_is_no_answer(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = {
        "club.md": "# Club\n\nThe Kessby Harbour Institute (KHI) is the oldest research centre in "
        "Nordland.\n"
        "Members must, however, renew their licences every year.\n"
    }
    with desk_of(tmp_path_factory, page) as desk:
        assert stated_answer(desk, "What is the oldest research centre in Nordland?") == (
            "Kessby Harbour Institute"
        )  # the name, not its letters
        answer = desk.ask("What must members renew every year?")
        assert stated_part(answer.answer).lower() not in ("must", "however")


PHONE = """# Phone launch

The new Fjordphone comes in two colours, grey and blue, as well as two sizes.
The Fjordphone replaces the similar Kessby Mini in the range.
Nordcom also announced the Fjordphone Lite, which will be sold only by Ostby Telecom in Nordland.
"""

phone = page_desk("phone", PHONE)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What colours does the Fjordphone come in?", "grey and blue"),  # list after a comma
        ("What does the Fjordphone replace?", "kessby mini"),  # not "similar"
    ],
)
def test_lists_after_a_comma_and_objects_past_an_adjective(
    phone: Desk, question: str, expected: str
) -> None:
    assert stated_answer(phone, question).lower() == expected


def test_where_is_not_answered_by_the_asked_things_own_name(phone: Desk) -> None:
    """Guard: this page passed before the rule; the rule came from an unseen page."""
    assert (
        "fjordphone" not in stated_answer(phone, "Where will the Fjordphone Lite be sold?").lower()
    )


def test_a_sentence_opening_adverb_is_no_name(tmp_path_factory: pytest.TempPathFactory) -> None:
    page = {
        "plan.md": "# Plan\n\nInstead of repairing the old quay, councillors and mayors have "
        "repeatedly backed plans which promise a new harbour.\n"
    }
    with desk_of(tmp_path_factory, page) as desk:
        answer = desk.ask("Who backed plans which promise a new harbour?")
        assert stated_part(answer.answer).lower() != "instead"


def test_at_present_is_no_place(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "At present" and "in reference to" open no place; the place is the name after "to"."""
    page = "# River Morra\n\nAt present the Morra discharges to the Tarn Sound near Kessby.\n"
    with desk_of(tmp_path_factory, {"river.md": page}) as desk:
        assert stated_answer(desk, "Where does the Morra discharge to?") == "Tarn Sound"


TIMES = """# Kessby quay

The old quay was rebuilt between 1775 and 1795 by the harbour guild.
Anna Berg, mayor 1990–1998, opened the fish market in 1994.
The ferry ran every summer from 1910 to 1940.
"""


times = page_desk("times", TIMES)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When was the old quay rebuilt?", "between 1775 and 1795"),
        ("When did the ferry run every summer?", "from 1910 to 1940"),
        ("When did Anna Berg open the fish market?", "1994"),  # not her term as mayor
    ],
)
def test_a_span_of_time_is_stated_whole(times: Desk, question: str, expected: str) -> None:
    assert stated_answer(times, question).lower() == expected


def test_a_share_does_not_count_tons(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "How many tons ...?" asks for a weight: "13%" of something is not an answer."""
    page = (
        "# Sand\n\nOf the 90 million tons of sand blown off the Morra desert each year, "
        "12 million tons (13%) fall on the Tarn basin and 60 million tons stay in the air.\n"
    )
    with desk_of(tmp_path_factory, {"sand.md": page}) as desk:
        answer = stated_answer(desk, "How many tons of sand fall on the Tarn basin?")
        assert answer.startswith("12 million"), answer


def test_the_object_of_the_asked_verb_not_of_a_trailing_clause(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "What did guards fire at sailors trying to leave?" asks what was fired, not what the
    sailors tried to leave; "round after round of" is one phrase."""
    page = "# Quay\n\nGuards fired round after round of warning shots at sailors trying to leave the quay.\n"
    with desk_of(tmp_path_factory, {"quay.md": page}) as desk:
        answer = stated_answer(desk, "What did guards fire at sailors trying to leave?")
        assert answer.lower() == "round after round of warning shots"
