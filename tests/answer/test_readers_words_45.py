"""A reader's own words for what a page says in others, found by fresh testers on new topics:
a dictionary word the desk never uses ("tranquillised" for "sedated") weighs what a word of
middling rarity does and meets the page through WordNet's related words; a word opening a
sentence is no name when it is a plain adjective or adverb ("Perhaps …"); "What name …?"
wants a name; the owner of the asked person ("the centre's vet") is not which one."""

from __future__ import annotations

import pytest

from sourcedesk.answer import thesaurus
from sourcedesk.answer import variants as var
from sourcedesk.answer.question import read_question
from sourcedesk.answer.retrieve import SentenceWords
from sourcedesk.answer.spans import name_spans
from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk, stated_answer

OTTER = """\
# Otter back at Halvik sea centre after four nights out

By Hedda Lorn | 9 August 2025

An otter that slipped out of the Halvik Sea Centre on Monday was caught on Friday near the
Kessby weir.

The centre's vet, Dr Tova Rennick, sedated the otter before she was carried back in a crate.

Keepers had named her Pebble when she arrived as a cub in 2021.

The centre spent £40,000 on a new fence round the otter pool.

Perhaps more worrying for the trustees is the cost of the search boats hired from a Kessby
yard.

The Halvik Angling Club said it had lost 30 trout from its ponds while the otter was loose.

Staff at the centre first noticed the empty enclosure at feeding time on Monday morning.

Volunteers walked the river banks each evening with torches and nets.

The Kessby weir lies about three kilometres downstream from the centre.

Visitors were kept away from the otter pool until the new fence was finished.

Ilse Marr, who chairs the centre's trustees, apologised to the anglers on Saturday.

The trustees have asked the county council to review the centre's licence.

A second otter at the centre, a male called Flint, stayed in the pool throughout.

The centre has kept otters since it opened in 1998.
"""

otter_desk = page_desk("otter_desk", OTTER)


def test_a_word_the_page_never_uses_meets_its_synonym(otter_desk: Desk) -> None:
    # "tranquillised" is nowhere in the desk; the page says "sedated"; the vet is the name
    # in apposition, not "centre" of "the centre's vet"
    stated = stated_answer(otter_desk, "Which vet tranquillised the otter?")
    assert stated.startswith(("Tova Rennick", "Dr Tova Rennick")), stated


def test_the_asked_thing_still_has_to_be_the_page_s(otter_desk: Desk) -> None:
    # the reader's own word for the act weighs less; another animal is still another one
    assert otter_desk.ask("Which vet tranquillised the seal?").abstained


def test_what_name_is_answered_by_a_name(otter_desk: Desk) -> None:
    assert stated_answer(otter_desk, "What name had keepers given the otter?") == "Pebble"


def test_a_sentence_opening_adverb_answers_no_who(otter_desk: Desk) -> None:
    answer = otter_desk.ask("Who hired out the search boats?")
    assert not answer.answer.startswith("Perhaps"), answer.answer


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Perhaps more worrying is the cost.", []),
        ("Decisive action saved the pier, the mayor said.", []),
        ("Sharp said the pier would reopen.", ["Sharp"]),  # a surname that is an adjective
        ("Japanese imports rose by a third.", ["Japanese"]),  # written with a capital
        ("Bramble was seen near the weir.", ["Bramble"]),  # a noun may be a name
    ],
)
def test_a_capital_that_only_opens_the_sentence_is_no_name(sentence: str, names: list[str]) -> None:
    found = [
        sentence[start:end] for start, end, _ in name_spans(sentence, SentenceWords.of(sentence))
    ]
    assert found == names


def test_the_thesaurus_reads_inflected_words_and_parts_of_speech() -> None:
    assert "sedate" in thesaurus.related("tranquillised")
    assert "solicitor" in thesaurus.related("lawyers")  # a narrower word of the asked one
    assert "found" not in thesaurus.related("wage")  # another verb's past form is left out
    assert "courting" not in thesaurus.related("appeal")  # its stem would meet "Crown Court"
    assert thesaurus.parts_of_speech("perhaps") == "r"
    assert "P" in thesaurus.parts_of_speech("japanese")
    assert thesaurus.parts_of_speech("zzxq") == ""


INQUIRY = """\
# Lisle ferry fire: inquiry opens

By Jonas Pell | 3 March 2025

The Marine Accident Board, which is conducting a separate safety investigation, said it would
publish its findings in the summer.

Those under scrutiny include the ferry operator's chief engineer, Tomas Rusk.

Two samples were tested at the board's Kessby laboratory before the hearing.

Hedda Lorn, a retired teacher from Vell, died in hospital on 2 March.

The ferry operator has set up a fund of £30,000 for the families.

Rusk has worked for the operator since 2011.

The hearing was adjourned until April.

A smoke alarm that should have woken the crew failed to sound.
"""

inquiry_desk = page_desk("inquiry_desk", INQUIRY)


def test_which_body_is_answered_by_a_body_not_a_person(inquiry_desk: Desk) -> None:
    # "looking into" is investigating; a person's role or name is no body
    stated = stated_answer(inquiry_desk, "Which organisation is looking into the fire?")
    assert stated.startswith("Marine Accident Board"), stated


def test_who_was_the_person_who_asks_the_relative_clause(inquiry_desk: Desk) -> None:
    # "person" is the who-question's focus; a name that only describes a laboratory is no one
    stated = stated_answer(inquiry_desk, "Who was the woman who died?")
    assert stated.startswith("Hedda Lorn"), stated
    assert inquiry_desk.ask("Who was the woman who drowned?").abstained


def test_what_should_have_happened_did_not(inquiry_desk: Desk) -> None:
    answer = inquiry_desk.ask("Did the smoke alarm wake the crew?")
    assert answer.answer.startswith("No"), answer.answer


THEATRE = """\
# Kessby theatre flood: costs climb

By Ilse Marr | 12 May 2025

Before the flood the theatre's costume collection numbered about 9,000 garments.

Chief curator Tova Rennick said the damage was worse than feared.

The management said 40 shows had been cancelled since the flood. The actors' union put the
figure at 55, counting touring dates.

In its first report to the council, filed on Monday, the trust put the total repair bill at
£2.4 million.

Early estimates had put the repair bill at £1.1 million.

Cause: Burst water main

Injuries: 4

Repairs are expected to take one year and six months.

The theatre's bar reopened on 3 March 2026.

The stage lift was restored on 9 June 2026 after new motors were fitted.

The trust paid £15 per day to every person left without work for more than a week.

A petition started by the wardrobe mistress, Ilse Marr, asks the council to help.

A local composer has pledged £40,000 towards the new stage.

The staff ballot closed on Friday. 81% of those voting supported a walkout, on a turnout of
70%.
"""

theatre_desk = page_desk("theatre_desk", THEATRE)


def test_a_collection_is_as_big_as_what_it_holds(theatre_desk: Desk) -> None:
    stated = stated_answer(
        theatre_desk, "How big was the theatre's costume collection before the flood?"
    )
    assert "9,000" in stated, stated


def test_head_meets_chief_before_the_asked_post(theatre_desk: Desk) -> None:
    assert stated_answer(theatre_desk, "Who is the head curator?") == "Tova Rennick"


def test_according_to_whom_picks_that_party_s_figure(theatre_desk: Desk) -> None:
    stated = stated_answer(
        theatre_desk, "According to the actors' union, how many shows were cancelled?"
    )
    assert stated.startswith("55"), stated


def test_a_question_opening_on_a_when_clause_asks_what_follows(theatre_desk: Desk) -> None:
    stated = stated_answer(
        theatre_desk,
        "When the trust reported to the council, what total repair bill did it give?",
    )
    assert stated.startswith("£2.4 million"), stated


def test_a_key_fact_s_value_is_given_whole(theatre_desk: Desk) -> None:
    # "turned out to be" leaves "Burst" a name of its own; the row's value is the answer
    question = "What had turned out to be the main cause of the flooding?"
    assert stated_answer(theatre_desk, question) == "Burst water main"


def test_the_number_of_a_thing_is_read_from_its_row(theatre_desk: Desk) -> None:
    # "number of injuries": the row "Injuries: 4", though the focus read is "ultimate"
    assert stated_answer(theatre_desk, "What was the ultimate number of injuries?") == "4"


def test_durations_joined_by_and_are_one(theatre_desk: Desk) -> None:
    stated = stated_answer(theatre_desk, "How long will the repairs take?")
    assert stated.lower() == "one year and six months", stated


def test_a_when_clause_then_roughly_what(theatre_desk: Desk) -> None:
    question = "When the trust filed its report, roughly what repair bill did it give?"
    assert stated_answer(theatre_desk, question).startswith("£2.4 million")


def test_a_figure_after_a_turnout_of_is_the_turnout(theatre_desk: Desk) -> None:
    assert stated_answer(theatre_desk, "What share of staff supported a walkout?") == "81%"
    assert stated_answer(theatre_desk, "What was the turnout of the vote?") == "70%"


def test_open_again_and_back_in_service_are_reopened_and_restored(theatre_desk: Desk) -> None:
    assert "3 March 2026" in stated_answer(theatre_desk, "When did the bar open its doors again?")
    assert "9 June 2026" in stated_answer(theatre_desk, "When was the stage lift back in service?")


WALKER = """\
# Search for missing walker ends

By Tomas Rusk | 4 April 2025

A walker missing on the moor for two days was found safe on Sunday.

Volunteers gathered in Orsa at dawn, and the search was run from Orsa by the police.

The walker, a 62-year-old from Lisle, was treated for mild hypothermia.

Police thanked residents in Orsa for their help.
"""

walker_desk = page_desk("walker_desk", WALKER)


def test_a_name_its_page_only_uses_as_a_place_is_no_officer(walker_desk: Desk) -> None:
    # the page names no officer; "Orsa" is where the search was run from ("in Orsa")
    answer = walker_desk.ask("Which police officer ran the search?")
    assert answer.abstained, answer.answer


def test_a_rate_per_one_of_the_asked_units_is_no_other_rate(theatre_desk: Desk) -> None:
    # "each person" and "every day" are both the question's units: "£15 per day" fits
    question = "How much does each person get for every day without work?"
    assert stated_answer(theatre_desk, question).startswith("£15"), question


def test_got_it_going_is_started_it(theatre_desk: Desk) -> None:
    # read as "started", the question meets a page's "started by"
    question = read_question("Which worker got the staff petition going?")
    assert "started" in [c.surface for c in question.concepts]
    assert "going" not in [c.surface for c in question.concepts]
    assert stated_answer(theatre_desk, "Who got the petition going?") == "Ilse Marr"


def test_a_promise_is_a_pledge(theatre_desk: Desk) -> None:
    assert "pledged" in var.synonyms("promised")  # a curated pair, not WordNet's weaker credit
    question = "How much did the composer promise towards the stage?"
    assert stated_answer(theatre_desk, question) == "£40,000"
