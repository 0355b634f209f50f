"""Questions worded as readers word them, found by fresh testers on three new topics: idioms for
one verb ("said sorry", "lost his life", "got it back", "at the controls"), a cause told in the
passive, an object asked before a "when" clause, "last year" on a dated page, a denial told
as "heard nothing", and an interim report that is no final one."""

from __future__ import annotations

import pytest

from sourcedesk.desk import Desk
from sourcedesk.index.sentences import split_sentences
from tests.answer.conftest import assert_citations_exact, page_desk, pages_desk, stated_answer

TRAMWAY = """\
# Orsa tram stuck on viaduct after power fault

By Ilse Marr | 12 May 2025

A tram on the Orsa hill line stopped on the Kessby viaduct on Monday evening after the
overhead supply failed.

The tram's driver, Jonas Pell, kept the 46 passengers calm until engineers arrived.

The last of them reached safety at about 11.40pm, some four hours later.

Trams on the hill line have been suspended until 30 May while the supply is checked.

The transit board's interim report, published on 2 June 2025, concluded that the fault had
been caused by a cracked insulator on the viaduct's northern pier.

When the viaduct was surveyed in April, inspectors found rust on two of its cross-beams.

Tarnhold Transit, the company that ran the line, apologised to passengers on Tuesday.

The company ran a fleet of eleven trams last year.

Tram services on the hill line resumed on 3 June 2025.

A retired tram that returned to service last year after a long restoration carries tourists
on Sundays.

Tomas Vell, a maintenance fitter who had been replacing a fuse box beside the track when the
power failed, was taken to hospital with burns.

Ada Quint, a fitter who was working beside him, was killed.

The night watchman said he heard nothing before the lights went out.
"""

tram_desk = page_desk("tram_desk", TRAMWAY)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # "said sorry" is one verb: apologised
        ("Who said sorry to the passengers?", "Tarnhold Transit"),
        # "lost her life": died, as "was killed" tells
        ("Which fitter lost her life?", "Ada Quint"),
        # "at the controls of": who drove it
        ("Who was at the controls of the tram?", "Jonas Pell"),
        # "final" is met by "last", "get to safety" by "reached safety"
        ("At what time did the final passenger get to safety?", "11.40pm"),
        # "start running again": resumed
        ("When did trams start running on the hill line again?", "3 June 2025"),
        # "halted" is met by "suspended", "preliminary" by "interim", "operate" by "ran"
        ("Until what date are trams on the hill line halted?", "30 May"),
        ("When did the transit board release its preliminary findings?", "2 June 2025"),
        ("How many trams did the company operate?", "eleven"),
    ],
)
def test_a_reader_s_own_words_meet_the_page_s(
    tram_desk: Desk, question: str, expected: str
) -> None:
    assert expected.lower() in stated_answer(tram_desk, question).lower()


def test_a_cause_told_in_the_passive_is_what_follows_caused_by(tram_desk: Desk) -> None:
    stated = stated_answer(tram_desk, "What caused the fault, according to the interim report?")
    assert stated.lower().startswith("a cracked insulator"), stated


def test_the_object_is_asked_before_a_when_clause(tram_desk: Desk) -> None:
    # "What defect did inspectors find when …?" asks what they found, not who
    stated = stated_answer(
        tram_desk, "What defect did inspectors find when the viaduct was surveyed in April?"
    )
    assert "rust" in stated.lower(), stated


def test_what_someone_was_doing_is_the_act_told_in_the_progressive(tram_desk: Desk) -> None:
    stated = stated_answer(tram_desk, "What was Tomas Vell doing when the power failed?")
    assert stated.lower().startswith("replacing a fuse box"), stated


def test_heard_nothing_answers_no(tram_desk: Desk) -> None:
    answer = tram_desk.ask("Did the night watchman hear anything?")
    assert_citations_exact(tram_desk, answer)
    assert answer.answer.startswith("No"), answer.answer


def test_an_interim_report_does_not_date_the_final_one(tram_desk: Desk) -> None:
    answer = tram_desk.ask("When will the transit board publish its final report?")
    assert answer.abstained, answer.answer


def test_a_restoration_resumes_no_service(tram_desk: Desk) -> None:
    # the retired tram's restoration shares a stem with "restored" but tells no resumption
    stated = stated_answer(tram_desk, "When did tram services on the hill line resume?")
    assert "3 June 2025" in stated, stated


GALLERY = """\
# Stolen seascape back at Lisle museum

By Mara Quint | 20 March 2025

The Lisle Museum, which welcomed some 48,000 visitors last year, reopened on Wednesday.

Police recovered the seascape on 14 March from a disused boathouse in Kellmarsh.

Conservators found a small tear near the frame.

The seascape was bequeathed to the museum in 1961 by Hedda Lorn, a shipowner's widow.

A local fisherman alerted the museum's night staff, who called the police.

Thirty homes in Kellmarsh were evacuated for a day when the boathouse roof collapsed.
"""

gallery_desk = page_desk("gallery_desk", GALLERY)


def test_last_year_on_a_dated_page_is_the_year_before(gallery_desk: Desk) -> None:
    assert "48,000" in stated_answer(gallery_desk, "How many people visited the museum in 2024?")
    answer = gallery_desk.ask("How many people visited the museum in 2025?")
    assert answer.abstained, answer.answer


def test_getting_a_thing_back_is_recovering_it(gallery_desk: Desk) -> None:
    stated = stated_answer(gallery_desk, "When did police get the seascape back?")
    assert stated.startswith("14 March"), stated


def test_the_people_opening_a_sentence_are_no_place(gallery_desk: Desk) -> None:
    stated = stated_answer(gallery_desk, "Where did police find the stolen seascape?")
    assert "Kellmarsh" in stated, stated


def test_leaving_in_a_will_is_a_bequest(gallery_desk: Desk) -> None:
    stated = stated_answer(gallery_desk, "Who left the seascape to the museum in her will?")
    assert stated == "Hedda Lorn", stated


def test_who_first_did_it_is_the_doer_before_the_verb(gallery_desk: Desk) -> None:
    stated = stated_answer(gallery_desk, "Who first alerted the night staff?")
    assert "fisherman" in stated.lower(), stated


def test_leaving_their_homes_is_being_evacuated(gallery_desk: Desk) -> None:
    stated = stated_answer(gallery_desk, "How many households had to leave their homes?")
    assert stated.lower() == "thirty", stated


SLIP = """\
# 2024 Vell valley landslide

The 2024 Vell valley landslide was a landslide that struck the Orsa road in the Vell valley
on the night of 9 November 2024.
"""

slip_desk = pages_desk("slip_desk", {"slip.md": SLIP})


def test_a_year_naming_the_event_gives_way_to_its_day(slip_desk: Desk) -> None:
    assert stated_answer(slip_desk, "When did the landslide hit the Orsa road?") == (
        "9 November 2024"
    )


def test_a_number_word_after_a_clock_time_opens_a_sentence() -> None:
    text = "A van was seen on Mill Street at 2:31 a.m. Two men were arrested on 19 March."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "A van was seen on Mill Street at 2:31 a.m.",
        "Two men were arrested on 19 March.",
    ]


BLAZE = """\
# Fire at Orsa chemical depot

By Tomas Vell | 18 March 2025

Orsa Chemical Storage was founded in 1998 by Hedda Lorn, who still runs the firm.

The blaze began in a forklift charging bay at the rear of the depot, the fire service believes.

Around 450 tonnes of chemicals were being stored on the site when the fire started.

Four people were taken to Kessby General Hospital with breathing difficulties.

Kellmarsh Water, which supplies drinking water to about 90,000 people in the valley, shut its
river intake as a precaution on the day of the fire.

The fire was finally extinguished on 16 March.

Ada Quint, who manages Lisle House, a care home on Quarry Lane, gave evidence to the inquiry.

Police named the investigation Operation Tallow.
"""

NOTICE = """\
# River agency warned depot owner

By Mara Lisle | 20 March 2025

In June 2023 the river agency served Orsa Chemical Storage with an enforcement notice after
inspectors found leaking drums beside an open drain.
"""

blaze_desk = pages_desk("blaze_desk", {"blaze.md": BLAZE, "notice.md": NOTICE})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # the rest of the asked body's name ("Chemical Storage") founded nothing
        ("Who set up Orsa Chemical Storage?", "Hedda Lorn"),
        # "in which part of …" asks where within it
        ("In which part of the depot did the fire start?", "forklift charging bay"),
        # "what quantity" asks how much
        ("What quantity of chemicals was kept at the site?", "450 tonnes"),
        # "needed hospital treatment": taken to hospital
        ("How many people needed hospital treatment?", "four"),
        # "put out": extinguished
        ("When was the fire put out?", "16 March"),
        # "code name": what it was named
        ("What was the code name of the investigation?", "Operation Tallow"),
        # a relative clause between the doer and its act
        ("What did Kellmarsh Water do to protect drinking water?", "shut its river intake"),
        # a relative clause's object ("Lisle House") and a street ("Quarry Lane") did nothing
        ("Who gave evidence to the inquiry?", "Ada Quint"),
    ],
)
def test_more_of_a_reader_s_words(blaze_desk: Desk, question: str, expected: str) -> None:
    assert expected.lower() in stated_answer(blaze_desk, question).lower()


def test_found_as_the_past_of_find_founds_nothing(blaze_desk: Desk) -> None:
    # "inspectors found leaking drums" in June 2023 is no founding date to set against 1998
    answer = blaze_desk.ask("In what year was Orsa Chemical Storage established?")
    assert_citations_exact(blaze_desk, answer)
    assert answer.answer.startswith("1998") and "disagree" not in answer.answer, answer.answer


ELECTION = """\
# Vell mayoral election voided

By Ilse Marr | 9 October 2025

The Vell mayoral election was held on 1 May 2025.

The returning officer said a fresh election would be held on 4 December.

Turnout was 41.3 per cent.

Jonas Pell, who manages the Orsa House care home, told the court that several residents could
not have voted.
"""

election_desk = page_desk("election_desk", ELECTION)


def test_a_date_ahead_is_asked_by_when_will(election_desk: Desk) -> None:
    answer = election_desk.ask("When will the fresh election be held?")
    assert_citations_exact(election_desk, answer)
    assert answer.answer.startswith("4 December"), answer.answer
    assert "disagree" not in answer.answer, answer.answer  # the May vote was held, not planned


def test_voters_turning_out_is_the_turnout(election_desk: Desk) -> None:
    assert "41.3" in stated_answer(election_desk, "What percentage of voters turned out?")


def test_a_day_cut_from_its_date_is_no_turnout(election_desk: Desk) -> None:
    answer = election_desk.ask("What was the turnout in the December election?")
    assert answer.abstained or "41.3" in answer.answer, answer.answer


def test_who_is_in_charge_is_who_manages(election_desk: Desk) -> None:
    stated = stated_answer(election_desk, "Who is in charge of the Orsa House care home?")
    assert stated == "Jonas Pell", stated


FACTORY = """\
# Rescue bid for Lisle biscuit works rejected

By Jonas Marr | 3 April 2025

Tarn Holdings, which has owned the Lisle biscuit works since 2008, made public its decision to
close the plant on 11 March 2025.

Kessby Foods offered £6.2 million for the works and said it would keep 180 jobs.

Its chief executive, Ada Brenn, said the door remained open.

Tarn Holdings rejected the offer on 2 April 2025.

The union secured four weeks' pay for every year of service.

The works stood on Millrace Lane for ninety years.

A fire broke out in the packing hall at about 2.40pm on 14 May 2024.

The 2024 Lisle works fire burned through 3,000 square metres of the site in May 2024.

Ivo Rusk was sentenced to nine years in prison on 14 March 2025 for starting it deliberately.
"""

factory_desk = page_desk("factory_desk", FACTORY)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When did Tarn Holdings announce the closure?", "11 March 2025"),
        ("How much money did Kessby Foods put on the table?", "£6.2 million"),
        ("How many posts did Kessby Foods promise to preserve?", "180"),
        ("What did the union win?", "four weeks"),
        # "Its chief executive" is Kessby Foods's, named in the sentence before
        ("Who heads Kessby Foods?", "Ada Brenn"),
        ("On which street did the works stand?", "Millrace Lane"),
        # "broke out" tells when a fire started or ignited
        ("When did the fire in the packing hall first ignite?", "14 May 2024"),
        ("When was Ivo Rusk jailed?", "14 March 2025"),
    ],
)
def test_a_reader_s_words_for_a_closure(factory_desk: Desk, question: str, expected: str) -> None:
    assert expected.lower() in stated_answer(factory_desk, question).lower()


def test_a_rejection_answers_no_to_acceptance(factory_desk: Desk) -> None:
    accepted = factory_desk.ask("Did Tarn Holdings accept the offer?")
    assert_citations_exact(factory_desk, accepted)
    assert accepted.answer.startswith("No"), accepted.answer
    assert factory_desk.ask("Did Tarn Holdings reject the offer?").answer.startswith("Yes")


def test_on_purpose_is_deliberately(factory_desk: Desk) -> None:
    answer = factory_desk.ask("Was the fire started on purpose?")
    assert answer.answer.startswith("Yes"), answer.answer


def test_a_year_naming_the_event_is_no_amount(factory_desk: Desk) -> None:
    stated = stated_answer(factory_desk, "How much of the site did the fire burn?")
    assert "3,000 square metres" in stated and "2024" not in stated, stated


TRIAL = """\
# 2024 Kessby moor fire

## Aftermath

Tomas Rusk, a former gamekeeper, was tried at Orsa Crown Court in February 2025. The
prosecution told the jury that he had lit the fire out of a grudge against the Kessby Trust.
On 21 February 2025 the jury convicted him of arson.

He was sentenced to nine years in prison on 14 March 2025.

Ilse Marr was sentenced to six years' imprisonment and Jonas Pell to four years for the
warehouse break-in.
"""

trial_desk = page_desk("trial_desk", TRIAL)


def test_a_pronoun_leads_back_to_the_person_named_before(trial_desk: Desk) -> None:
    # "him" and "He" speak of Tomas Rusk, named two sentences and a paragraph back
    assert stated_answer(trial_desk, "What offence was Tomas Rusk convicted of?").lower() == (
        "arson"
    )
    stated = stated_answer(trial_desk, "How long was the prison term handed to Tomas Rusk?")
    assert stated.lower() == "nine years", stated


def test_what_one_was_sentenced_to_is_not_the_next_party_s(trial_desk: Desk) -> None:
    stated = stated_answer(trial_desk, "What sentence was Ilse Marr given?")
    assert stated.lower() == "six years' imprisonment", stated


REASONS = """\
# Lisle works to close

By Mara Quint | 4 April 2025

Tarn Holdings turned down a £6.2m offer for the Lisle works on Wednesday, arguing that it
undervalued the business.

The minister described the closure as a painful blow to the town.
"""

reasons_desk = page_desk("reasons_desk", REASONS)


def test_arguing_that_gives_the_doer_s_reason(reasons_desk: Desk) -> None:
    stated = stated_answer(reasons_desk, "Why did Tarn Holdings turn the offer down?")
    assert "undervalued the business" in stated, stated


def test_described_as_is_no_reason(reasons_desk: Desk) -> None:
    answer = reasons_desk.ask("Why is the Lisle works being closed?")
    assert "painful blow" not in answer.answer.split("—")[0], answer.answer
