"""Yes/no questions that ask only whether something happens ("Will there be a regatta next
year?"), answered by a sentence that says whether it takes place, goes ahead or is called off,
though the question holds no verb of its own for the sentence to repeat; and a count told as
the part of a whole ("four of the ten gates at the north end were open"); and a question's
verb is not met by a place's name that shares its stem ("headed" and "Tarn Head"); "How old
…?" is not answered by a count ("At least 38 containers") or a distance ("to two")."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

REGATTA = """\
# Orsa regatta called off after pontoon failure

By Ilse Marr | 2 September 2025

The organisers said on Monday that the Orsa Regatta will not go ahead in 2026 while the pontoons are rebuilt.

The Tarn Rowing Club's junior races went ahead on Saturday as planned.
"""

regatta = pages_desk("regatta", {"regatta.md": REGATTA})


def test_there_being_an_event_is_answered_by_its_taking_place(regatta: Desk) -> None:
    answer = regatta.ask("Will there be an Orsa Regatta in 2026?")
    assert answer.answer.startswith("No"), answer.answer
    assert_citations_exact(regatta, answer)


def test_another_year_still_abstains(regatta: Desk) -> None:
    assert regatta.ask("Will there be an Orsa Regatta in 2028?").abstained


GATES = """\
# Crowd inquiry hears of shut gates

Counsel to the inquiry said only four of the ten gates at the north end of the ground were open when the crowd surged.
"""

gates = pages_desk("gates", {"gates.md": GATES})


def test_the_part_told_of_is_the_count_not_its_whole(gates: Desk) -> None:
    answer = gates.ask("How many gates were open?")
    assert answer.answer.startswith("Four"), answer.answer


VOYAGE = """\
# Cargo ship loses containers in storm

The ship was roughly 20 miles south of Tarn Head when the first containers went over the side.

At least 38 containers were lost from the vessel, its captain, Ilse Brandt, told the coastguard.

The fishing zone around the vessel was cut from five miles to two.

The report says the vessel headed towards Orsa Harbour through the night despite the warnings.
"""

voyage = pages_desk("voyage", {"voyage.md": VOYAGE})


def test_a_verb_is_not_met_by_a_place_name_sharing_its_stem(voyage: Desk) -> None:
    answer = voyage.ask("Where was the ship headed?")
    assert answer.answer.startswith("Orsa Harbour"), answer.answer


def test_a_count_or_a_distance_is_no_one_s_age(voyage: Desk) -> None:
    page_with_counts = voyage.ask("How old is the ship's master?")
    assert page_with_counts.abstained, page_with_counts.answer


CRASH = """\
# Coach slides off icy road near Tarn

By Ilse Marr | 14 January 2026

The coach was carrying 28 cadets from Tarn Academy when it left the road at about 8am.

Two cadets on the morning's list had stayed at home, the operator said.

The cadets' parents were told at the academy gates within the hour.

Several cadets were treated for cuts at the roadside.

Nobody had salted the road that night, according to the council.

Snow had fallen on the hills above Tarn since Sunday.

The operator runs 14 coaches from its depot in Orsa.

Police closed the road for five hours.

A recovery crane lifted the coach back onto the road in the afternoon.

Nobody was killed.
"""

crash = pages_desk("crash", {"crash.md": CRASH})


def test_a_short_denial_below_sentences_about_the_asked_people_says_no(crash: Desk) -> None:
    answer = crash.ask("Did any of the cadets die?")
    assert answer.answer.startswith("No"), answer.answer


GIRAFFE = """\
# Post-mortem on Tarn Zoo giraffe

By Ilse Marr | 3 April 2026

Vets at the Orsa veterinary school carried out a post-mortem on the giraffe, Nala, on Tuesday.

They found no trace of avian influenza or any other infectious disease.

Keepers said the giraffe had been off her food for a week.

Her body was taken to Orsa by lorry on Monday.

Keepers examined the zoo's two other giraffes the same day.
"""

giraffe = pages_desk("giraffe", {"giraffe.md": GIRAFFE})


def test_a_closing_time_clause_only_sets_the_scene_of_a_yes_no(giraffe: Desk) -> None:
    # a guard: on a page this small the words of "when … examined" are met elsewhere, so the
    # answer stood before too; the tester's larger desk is where the clause's words mattered
    answer = giraffe.ask("Was avian influenza found when the giraffe's body was examined?")
    assert answer.answer.startswith("No"), answer.answer


LEAK = """\
# Parking app leak larger than thought

By Ada Quint | 6 March 2026

The council admitted on Thursday that partial card details of app users had also been left exposed.
"""

leak = pages_desk("leak", {"leak.md": LEAK})


def test_partial_is_the_opposite_of_complete(leak: Desk) -> None:
    answer = leak.ask("Were complete card details of app users left exposed?")
    assert answer.answer.startswith("No"), answer.answer
