"""Answers that are phrases, not names: where something was ("in a small laundry basket"), who
did it when no name is given ("a retired ferryman who found the boat"), how long, what a verb's
stranded preposition asks for, titles said in lower case, and names a street or a hotel."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import desk_of, stated_answer

THEFT = """# The Marlow Cup theft

The silver Marlow Cup was stolen from the Ostby town museum on 4 March 2024.
A retired ferryman who found the cup behind a boathouse called the police the next morning.
The thief had hidden the cup under a pile of fishing nets.
Police said the thief, Arne Voss, 44, had driven along Ostby's 3rd Avenue before dawn.
Voss stayed two nights at the town's Harbourside Lodge hotel before he was caught.
A jury deliberated for less than two hours before convicting Voss.
Voss was sentenced to three years in prison, said district prosecutor Maren Holt.
The museum traded two small paintings for a new alarm system after the theft.
Curator Ida Brann, head of the museum's silver collection, said the cup would stay in a locked
case for several more years.
Brennvik lies north of the river Tarn, an hour from Ostby.
The U.S. embassy will lend the museum a display case for the cup.
Before he fled, he had eaten smoked herring at the harbour.
After the theft the museum's budget was cut from £40,000 to £25,000.
An agreement with Brenna Glass will repair close to 40 windows of the museum.
The two witnesses, a teacher and a nurse, are from Kessby.
The witnesses were questioned by Inspector Lund at the expense of the council.
Museum director and co-founder Petra Lind said the cup was insured.
The flood of 1953 wiped out nearly half of Ostby's harbour.
While the police said the Ostby Museum was safe, thieves have also targeted smaller towns
of the coast, like Kessby and the Marholt Valley, in recent years.
"""


HARBOUR = """# Harbour works

Harbour master Ilse Norgaard (Denmark) opened the new pier on 2 June 2023.
Norgaard said the pier would take cruise ships from next spring.
Per Brask, a local fisherman, said the works were too loud.
The pier was opened with a speech by maritime historian Sofie Dahl.
Dahl said the harbour serves Fortune 500 clients from abroad and about 40 local clients.
This year the harbour festival shares the central theme ‘Light on the Water’ with Kessby.
For the festival, the Danish sculpture collective built a lighthouse of glass.
In 1998, when the council widened the pier, the harbour board was led by Mads Holm.
A 3.9 magnitude tremor shook the coast near Kessby on Friday, 12 miles north of Ostby.
Voss is to be formally sentenced on 9 June by Judge Karin Ek.
Voss was arrested outside a Kessby hotel in connection with a second theft.
"He took what was not his," said Dist. Atty. Nils Berg.
A young officer, Voss had hoped to become a diver.
Last month, the coast guard drew praise after towing a burning ferry to Kessby.
A patrol boat, the HMS Talon, was guarding the harbour mouth that night.
Police found tools, including two crowbars, a glass cutter, a rope ladder and other gear.
The new museum alarm, sold by NVA Security, can detect a step 30 metres away.
It will cost 12,000 krona a year to run.
Since 2001 the museum boat can carry 14 metres of cable and 40 visitors.
The boat has been named the Silver Swan by the museum.
Police found a Kessby teenager who had been locked in the boathouse.
Voss had locked the teenager in the boathouse, police said.
The man who stole the lamp, Oskar Lind, was caught in Kessby.
"We will put a guard on the door every night," museum director Petra Lind said.
The Kessby ad agency Brannmark Co. designed the museum's new posters.
Unfortunately, Voss refused to answer questions from reporter Ines Dahl.
The exhibition – entitled ‘Silver and Salt‘ – opens in March.
Voss said he couldn’t have taken the cup alone, because the case was too heavy.
The sculptor Anne Roux (France) made twelve glass birds for the harbour festival.
The insurer declined to comment on the size of the claim.
The museum lends silver to partners including Brask, Holm, Lind and others, and won praise from critics.
Visitors came from Denmark and Norway, said guide Kasper Lund of Ostby.
The claim was handled by the insurer's chief adjuster and deputy director, Nora Vik.
Experts such as Dr Lars Moe from the Tarn Institute studied the empty case.
The museum completed its acquisition of Harbour Prints, a small gallery specializing in old maps.
Even before the theft, the museum had already cut its staff and its budget.
The winter opening hours had already been shortened, the museum said.
Ada Krok, chief executive of Harbour Prints, called the sale a relief.
After the theft police questioned Jon Sund and Tove Berg, both guards at the museum.
Jon Sund, 58, had worked at the museum for 20 years; Tove Berg, 31, for two.
At the reopening the harbour choir sang “Salt on the Silver Cup” for the crowd.
About 300 people in the harbour heard the choir, which has 40 singers.
The museum's annual revenue came to £2.4 million in 2023.
The night tour, known for years as the Lantern Walk, lasted three hours and covered 5 miles.
Yesterday, at this year's harbour fair, the mayor opened the new pier hall.
Skipper Ole Dahl had sailed the ferry for 30 years, and deckhand Kari Moen had worked on it for 6 years.
"""

OTHER = """# Fishing quotas

Fisheries minister Jens Norgaard said the herring quota would fall by a tenth.
"""


@pytest.fixture(scope="module")
def theft(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A desk holding one invented news page."""
    with desk_of(tmp_path_factory, {"theft.md": THEFT, "harbour.md": HARBOUR}) as desk:
        yield desk


_stated = stated_answer


def test_where_is_answered_by_a_place_said_in_common_nouns(theft: Desk) -> None:
    assert "under a pile of fishing nets" in _stated(theft, "Where was the cup hidden?").lower()


def test_where_is_answered_by_a_place_against_another_place(theft: Desk) -> None:
    assert "north of the river tarn" in _stated(theft, "Where is Brennvik?").lower()


def test_who_is_answered_by_the_doer_a_relative_clause_hangs_from(theft: Desk) -> None:
    assert "retired ferryman" in _stated(theft, "Who found the cup?").lower()


def test_how_long_wants_a_span_of_time_not_a_bare_figure(theft: Desk) -> None:
    assert _stated(theft, "How long did the jury deliberate?").lower() == "less than two hours"
    stated = _stated(theft, "How long will the cup stay in a locked case?")
    assert "several more years" in stated.lower()


def test_a_question_ending_on_a_preposition_asks_for_its_object(theft: Desk) -> None:
    stated = _stated(theft, "What did the museum trade the paintings for?")
    assert stated.lower().startswith("new alarm system"), stated


def test_a_lower_case_title_and_its_qualifier_answer_who_is(theft: Desk) -> None:
    assert _stated(theft, "Who is Maren Holt?").lower() == "district prosecutor"


def test_who_is_gives_the_title_and_the_apposition_together(theft: Desk) -> None:
    stated = _stated(theft, "Who is Ida Brann?")
    assert "curator" in stated.lower() and "head of the museum's silver collection" in stated, (
        stated
    )


def test_a_name_whose_head_is_a_kind_of_the_asked_thing_answers_it(theft: Desk) -> None:
    assert "3rd Avenue" in _stated(theft, "What street did the thief drive along?")
    assert "Harbourside Lodge" in _stated(theft, "What hotel did Voss stay at?")


def test_abbreviations_with_dots_in_a_question_match_the_sources(theft: Desk) -> None:
    stated = _stated(theft, "What will the U.S. embassy lend the museum?")
    assert "display case" in stated.lower(), stated


def test_an_irregular_past_form_answers_a_question_in_the_base_form(theft: Desk) -> None:
    assert "herring" in _stated(theft, "What did the thief eat?").lower()


def test_a_stranded_preposition_may_stand_a_few_words_after_the_verb(theft: Desk) -> None:
    assert _stated(theft, "What was the museum's budget cut to?") == "£25,000"


def test_which_company_is_not_answered_by_a_figure(theft: Desk) -> None:
    assert _stated(theft, "Which company will repair the windows?") == "Brenna Glass"


def test_where_from_takes_the_place_after_from_not_an_idiom(theft: Desk) -> None:
    assert _stated(theft, "Where are the witnesses from?") == "Kessby"


def test_titles_joined_by_and_or_a_hyphen_are_one_role(theft: Desk) -> None:
    assert _stated(theft, "Who is Petra Lind?").lower() == "museum director and co-founder"


def test_the_object_of_a_phrasal_verb_runs_through_a_possessive(theft: Desk) -> None:
    stated = _stated(theft, "What did the flood of 1953 wipe out?")
    assert stated.lower() == "nearly half of ostby's harbour", stated


def test_a_list_answer_takes_the_names_given_together(theft: Desk) -> None:
    assert _stated(theft, "Which towns have thieves targeted?") == "Kessby and Marholt Valley"


def test_a_person_named_in_full_once_is_found_by_the_surname_after(theft: Desk) -> None:
    stated = _stated(theft, "What did Ilse Norgaard say the pier would take?")
    assert "cruise ships" in stated.lower(), stated


def test_a_bracketed_country_after_a_name_says_where_the_person_is_from(theft: Desk) -> None:
    assert _stated(theft, "Where is Ilse Norgaard from?") == "Denmark"


def test_a_lone_surname_in_a_source_without_the_full_name_is_someone_else(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"harbour.md": HARBOUR, "quotas.md": OTHER}) as desk:
        answer = desk.ask("What did Ilse Norgaard say about the herring quota?")
    assert answer.abstained, answer.answer


def test_a_lower_case_noun_before_a_title_belongs_to_it(theft: Desk) -> None:
    assert _stated(theft, "Who is Sofie Dahl?").lower() == "maritime historian"


def test_a_figure_glued_to_a_name_is_no_count(theft: Desk) -> None:
    assert _stated(theft, "How many clients does the harbour serve?").lower() == "about 40"


def test_a_quoted_phrase_answers_what_theme_after_its_adjective(theft: Desk) -> None:
    stated = _stated(theft, "What is the central theme of the harbour festival?")
    assert stated == "Light on the Water", stated


def test_who_is_answered_by_the_noun_phrase_before_the_asked_verb(theft: Desk) -> None:
    stated = _stated(theft, "Who built the lighthouse of glass?")
    assert "sculpture collective" in stated.lower(), stated


def test_a_doer_of_another_clause_does_not_answer_who(theft: Desk) -> None:
    assert "Mads Holm" in _stated(theft, "Who led the harbour board when the pier was widened?")


def test_how_strong_asks_for_a_measure(theft: Desk) -> None:
    assert _stated(theft, "How strong was the earthquake?").lower() == "3.9 magnitude"


def test_how_far_takes_the_distance_measured_from_the_named_place(theft: Desk) -> None:
    assert _stated(theft, "How far from Ostby was the tremor?") == "12 miles"


def test_a_noun_and_its_verb_share_a_key(theft: Desk) -> None:
    assert "Karin Ek" in _stated(theft, "Who will sentence Voss?")


def test_where_takes_the_name_after_a_place_word_and_an_article(theft: Desk) -> None:
    assert _stated(theft, "Where was Voss arrested?") == "Kessby"


def test_a_title_abbreviation_does_not_end_the_sentence(theft: Desk) -> None:
    assert "Nils Berg" in _stated(theft, "Who said he took what was not his?")


def test_a_perfect_auxiliary_asks_for_the_object(theft: Desk) -> None:
    assert _stated(theft, "What had Voss hoped to become?").lower() == "diver"


def test_a_time_phrase_after_the_verb_keeps_the_object_asked(theft: Desk) -> None:
    stated = _stated(theft, "What did the coast guard tow last month?")
    assert "burning ferry" in stated.lower(), stated


def test_a_named_ship_after_its_noun_and_an_article_answers_which(theft: Desk) -> None:
    assert _stated(theft, "Which boat was guarding the harbour mouth?") == "HMS Talon"


def test_items_listed_before_and_other_answer_what_things(theft: Desk) -> None:
    stated = _stated(theft, "What gear did police find?")
    assert "two crowbars" in stated.lower() and "rope ladder" in stated, stated


def test_an_acronym_opening_a_body_s_name_stays_in_it(theft: Desk) -> None:
    assert _stated(theft, "Which company sold the alarm?") == "NVA Security"


def test_a_sentence_opening_on_it_speaks_of_the_thing_before(theft: Desk) -> None:
    assert _stated(theft, "How much will the museum alarm cost?") == "12,000 krona a year"


def test_how_many_things_is_not_answered_by_a_measure_of_something_else(theft: Desk) -> None:
    assert _stated(theft, "How many visitors can the museum boat carry?") == "40"


def test_what_has_someone_named_a_thing_asks_its_name(theft: Desk) -> None:
    assert _stated(theft, "What has the museum named the boat?") == "Silver Swan"


def test_a_place_name_before_the_asked_noun_is_no_doer(theft: Desk) -> None:
    assert _stated(theft, "Who locked the teenager in the boathouse?") == "Voss"


def test_a_general_noun_with_a_relative_clause_hands_over_to_the_name_after_it(
    theft: Desk,
) -> None:
    assert _stated(theft, "Who stole the lamp?") == "Oskar Lind"


def test_what_someone_said_is_answered_by_the_quotation(theft: Desk) -> None:
    stated = _stated(theft, "What did Petra Lind say about a guard?")
    assert stated.startswith("We will put a guard on the door"), stated


def test_a_compound_noun_asks_for_its_head(theft: Desk) -> None:
    assert _stated(theft, "Which ad agency designed the posters?") == "Brannmark Co"


def test_a_place_before_the_asked_noun_says_where_it_is(theft: Desk) -> None:
    assert _stated(theft, "Where is the Brannmark ad agency based?") == "Kessby"


def test_an_adverb_opening_a_sentence_is_no_name(theft: Desk) -> None:
    assert "Ines Dahl" in _stated(theft, "Who asked Voss questions?")


def test_a_title_closed_with_the_wrong_quote_mark_is_still_whole(theft: Desk) -> None:
    assert _stated(theft, "What is the exhibition entitled?") == "Silver and Salt"


def test_a_curly_negation_meets_a_negated_question(theft: Desk) -> None:
    stated = _stated(theft, "Why did Voss say he could not have taken the cup alone?")
    assert "too heavy" in stated, stated


def test_a_capital_used_as_a_place_is_the_city_not_its_country(theft: Desk) -> None:
    answer = theft.ask("How many glass birds did Anne Roux make in Paris?")
    assert answer.abstained, answer.answer
    assert not theft.ask("How many glass birds did Anne Roux make?").abstained


def test_a_verb_that_denies_what_follows_answers_no(theft: Desk) -> None:
    stated = _stated(theft, "Did the insurer comment on the size of the claim?")
    assert stated == "No", stated


def test_a_list_ends_at_and_others_and_at_a_new_clause(theft: Desk) -> None:
    stated = _stated(theft, "Which partners does the museum lend silver to?")
    assert stated == "Brask, Holm and Lind", stated


def test_which_countries_is_answered_by_countries_only(theft: Desk) -> None:
    stated = _stated(theft, "Which countries did visitors come from?")
    assert stated == "Denmark and Norway", stated


def test_a_title_before_a_comma_and_the_name_says_who_is(theft: Desk) -> None:
    stated = _stated(theft, "Who is Nora Vik?")
    assert stated.lower() == "chief adjuster and deputy director", stated


def test_a_bare_honorific_gives_the_sentence_about_the_person(theft: Desk) -> None:
    assert "Tarn Institute" in _stated(theft, "Who is Lars Moe?")


def test_acquire_meets_acquisition_and_in_is_a_stranded_preposition(theft: Desk) -> None:
    assert _stated(theft, "Which gallery did the museum acquire?") == "Harbour Prints"
    assert _stated(theft, "What does Harbour Prints specialize in?").lower() == "old maps"


def test_a_subject_question_wants_a_sentence_with_its_verb(theft: Desk) -> None:
    stated = _stated(theft, "What had already been shortened before the theft?")
    assert "winter opening hours" in stated.lower(), stated


def test_a_name_in_apposition_to_the_asked_title_answers_who(theft: Desk) -> None:
    assert _stated(theft, "Who is the chief executive of Harbour Prints?") == "Ada Krok"


def test_they_after_a_count_means_the_things_counted(theft: Desk) -> None:
    session = "count-they"
    theft.ask("How many glass birds did Anne Roux make?", session=session)
    answer = theft.ask("Where were they made for?", session=session)
    assert answer.resolved_question and "glass birds" in answer.resolved_question


def test_the_other_one_asks_again_about_the_second_person_named(theft: Desk) -> None:
    session = "other-person"
    first = theft.ask("Who did police question after the theft?", session=session)
    assert " and " in stated_part(first.answer), first.answer
    theft.ask("How old is he?", session=session)
    other = theft.ask("And the other one?", session=session)
    assert other.resolved_question and "Tove Berg" in other.resolved_question, other


def test_a_yes_or_no_verb_with_another_object_is_a_no(theft: Desk) -> None:
    assert _stated(theft, "Was Voss sentenced to life?") == "No"
    assert _stated(theft, "Was Voss sentenced to three years in prison?") == "Yes"


def test_a_quoted_title_answers_which_song(theft: Desk) -> None:
    assert _stated(theft, "Which song did the harbour choir sing?") == "Salt on the Silver Cup"


def test_how_old_is_never_a_count_of_people(theft: Desk) -> None:
    answer = theft.ask("How old is the harbour choir?")
    assert answer.abstained or "people" not in stated_part(answer.answer), answer.answer


def test_a_money_noun_asks_for_a_figure(theft: Desk) -> None:
    assert _stated(theft, "What was the museum's annual revenue in 2023?") == "£2.4 million"


def test_what_was_x_known_as_asks_the_name(theft: Desk) -> None:
    assert _stated(theft, "What was the night tour known as for years?") == "Lantern Walk"


def test_how_long_did_it_last_wants_time_not_distance(theft: Desk) -> None:
    assert _stated(theft, "How long did the night tour last?").lower() == "three hours"


def test_a_date_that_names_an_event_is_not_when(theft: Desk) -> None:
    assert _stated(theft, "When did the mayor open the new pier hall?").startswith("Yesterday")


def test_a_figure_goes_with_the_clause_that_names_the_person(theft: Desk) -> None:
    stated = _stated(theft, "How many years had Kari Moen worked on the ferry?")
    assert stated == "6 years", stated


COURT = """\
Lerwick court hearing

Henrik Tallis, 29, of Scalloway pleaded not guilty to two counts of arson at Lerwick Sheriff Court.
The harbour council voted unanimously to rebuild the warehouse before the winter.
Kari Moen, a presenter on Radio Shetland, first reported the fire on her morning show.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How did Tallis plead at the hearing?", "not guilty"),
        ("How did the harbour council vote on the warehouse?", "unanimously"),
        ("Which radio presenter first reported the fire?", "Kari Moen"),
    ],
)
def test_the_words_after_the_asked_verb_or_the_named_role_answer(
    tmp_path_factory: pytest.TempPathFactory, question: str, expected: str
) -> None:
    # "How did X plead?" is answered by the words after "pleaded", not by a place of the
    # sentence; "which radio presenter" asks for a presenter, not for a radio
    with desk_of(tmp_path_factory, {"court.txt": COURT}) as desk:
        answer = desk.ask(question)
    assert stated_part(answer.answer).lower() == expected.lower(), answer.answer


RULING = """\
Court ends the Osk ferry contract

A harbour office spokesperson, Lena Berg, wrote that the "so-called inquiry" on the ruling was over.
"We see this ruling as a blow to every island family," the harbour office said in a statement.
"""


def test_what_someone_called_a_thing_is_their_word_for_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # only a sentence that calls or sees the ruling as something says what the office called
    # it: a spokesperson's name in a sentence that merely quotes a "so-called" thing does not
    with desk_of(tmp_path_factory, {"ruling.txt": RULING}) as desk:
        answer = desk.ask("What did the harbour office call the ruling?")
    stated = stated_part(answer.answer)
    assert stated.lower() == "a blow to every island family", answer.answer


STANDOFF = """\
Kalvia breaks with Norland

Kalvia's envoy to Norland was called home on Monday, and talks between Norland and Kalvia were suspended.
On 3 May, Kalvia today broke off relations with Norland after Norland recognised the rebel state of Vost.
"""


def test_what_someone_did_is_their_act_not_a_noun_of_the_sentence(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the act where Kalvia is the one acting: not "Kalvia's envoy", not "Norland and Kalvia"
    with desk_of(tmp_path_factory, {"standoff.txt": STANDOFF}) as desk:
        answer = desk.ask("What did Kalvia do after Norland recognised Vost?")
    assert stated_part(answer.answer).lower() == "broke off relations with norland", answer.answer


def test_what_someone_did_is_not_what_was_done_to_them(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # a passive ("had been sent a warning") and a sentence where the council does nothing are
    # no act of the council's: the desk says the sources do not tell it
    page = (
        "Osk council under fire\n\nThe Osk council had been sent a warning about the pier in 2019."
        "\nA copy of the survey was emailed to the council's harbour office in July.\n"
    )
    with desk_of(tmp_path_factory, {"pier.txt": page}) as desk:
        answer = desk.ask("What did the Osk council do about the pier warning?")
    assert answer.abstained, answer.answer


def test_on_suspicion_of_a_crime_is_no_place(tmp_path_factory: pytest.TempPathFactory) -> None:
    """ "arrested on suspicion of murdering …" says why, not where: the pier answers "Where?"."""
    pages = {
        "first.md": "# Harlow arrest\n\nTom Varn was arrested on suspicion of murdering his "
        "neighbour.\n",
        "second.md": "# Varn charged\n\nTom Varn, 31, was charged with murder on Monday. "
        "Varn was arrested at Harlow Pier soon after 9am and remains in custody.\n",
    }
    with desk_of(tmp_path_factory, pages) as desk:
        assert _stated(desk, "Where was Tom Varn arrested?") == "Harlow Pier"


def test_what_a_named_doer_did_is_not_what_a_namesake_did(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "South Vell recalled …" is no act of North Vell's, though both end in "Vell"
    page = (
        "Vell states fall out\n\n"
        "On Monday South Vell recalled its envoy to North Vell in protest at the vote.\n"
        "North Vell then closed its border with the islands.\n"
    )
    with desk_of(tmp_path_factory, {"vell.txt": page}) as desk:
        answer = desk.ask("What did North Vell do after the vote?")
    assert "recalled" not in stated_part(answer.answer).lower(), answer.answer


CHARGES = """# Mayor Kellmarsh sentenced

The court in Lisle jailed former mayor Ansel Kellmarsh for six years for taking bribes.
The judge acquitted him of a separate charge of abuse of office and barred him from holding
office for five years.
"""


@pytest.fixture(scope="module")
def charges(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    with desk_of(tmp_path_factory, {"charges.md": CHARGES}) as desk:
        yield desk


def test_which_noun_is_answered_by_the_phrase_after_noun_of(charges: Desk) -> None:
    """ "Which charge …?" is "abuse of office" of "a separate charge of abuse of office": not the
    adjective before the noun, nor the first word of the phrase after it."""
    assert stated_answer(charges, "Which charge was Kellmarsh cleared of?") == "Abuse of office"
