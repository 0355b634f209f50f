"""Near misses refused and sides found, read from two blind testers' topics (a drug-trial hold,
a dock lockout) and the earlier marathon and outbreak sets: the date of another event for
"When was it built?", a count of people for "How much did the court award?", the page of
another year's race, a man for "the woman who died"; the object after the asked verb rather
than after the asked name; a "not" that denies its own clause; a professor named with her
university; and a figure's estimator named at length, who is no other party."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import pages_desk

REGATTA = {
    "wire.md": """\
# Orsa regatta results stand despite short course

Organisers said the 2024 Orsa Regatta course was 300 metres short.

The club, whose chair is Ada Vell, apologised for the error and later offered all crews a free entry in next year's race.

(a) the results of the 2024 Orsa Regatta stand as the official order of finish, and the prize money is not affected;

In May, 312 rowers filed a claim against Tarnhold Events Ltd at Millgate County Court, seeking refunds of their fees and travel costs.

The pumping station at Brannock was shut down on Wednesday 6 August 2025 as a precaution.
""",
    "2024 Orsa Regatta.md": """\
# 2024 Orsa Regatta

The 2024 Orsa Regatta was held on the Lisle estuary on 14 September 2024.

The tribunal dismissed the appeal on 3 February 2025, holding that the course rules admit no exception.
""",
}
regatta = pages_desk("regatta", REGATTA)


def test_the_object_comes_after_the_asked_verb_not_after_the_asked_name(regatta: Desk) -> None:
    answer = regatta.ask("What has Ada Vell offered the rowers?")
    assert not answer.abstained, answer.answer
    assert answer.answer.lower().startswith("free entry"), answer.answer


def test_a_not_that_denies_its_own_clause_leaves_the_asked_one_a_yes(regatta: Desk) -> None:
    answer = regatta.ask("Do the results of the 2024 Orsa Regatta still stand?")
    assert answer.answer.startswith("Yes"), answer.answer


def test_a_count_of_claimants_is_no_sum_the_court_awarded(regatta: Desk) -> None:
    answer = regatta.ask("How much has the court awarded the rowers?")
    assert answer.abstained, answer.answer


def test_a_page_of_another_years_race_does_not_date_next_years(regatta: Desk) -> None:
    answer = regatta.ask("When will the 2025 Orsa Regatta take place?")
    assert answer.abstained, answer.answer
    held = regatta.ask("When was the 2024 Orsa Regatta held?")
    assert "14 September 2024" in held.answer, held.answer


def test_a_shutdown_date_does_not_answer_when_it_was_built(regatta: Desk) -> None:
    answer = regatta.ask("When was the Brannock pumping station built?")
    assert answer.abstained, answer.answer
    shut = regatta.ask("When was the Brannock pumping station shut down?")
    assert "6 August 2025" in shut.answer, shut.answer


OUTBREAK = {
    "echo.md": """\
# Second death in Quay Road outbreak

The first of the two people to die, Ivo Tarn, a 71-year-old man from Quay Road, was admitted to Millgate General Hospital on 28 July.

Ivo Tarn, a retired ferry pilot, was the first patient to die, on 3 August.
""",
}
outbreak = pages_desk("outbreak", OUTBREAK)


def test_a_man_is_not_the_woman_asked_about(outbreak: Desk) -> None:
    answer = outbreak.ask("What was the name of the woman who died in the outbreak?")
    assert answer.abstained, answer.answer
    man = outbreak.ask("Who was the man who died first?")
    assert "Ivo Tarn" in man.answer, man.answer


TRIAL = {
    "release.md": """\
# Vellmark provides update on LARK-2 trial of orsavir

Vellmark has paused dosing in LARK-2, its trial of orsavir, after two volunteers in Selvany and Tarvia fell ill.

"Every volunteer deserves clear information," said Professor Ada Vell of Lisle University, the chief investigator of LARK-2.

Vellmark expects to report to the Selvany regulator on orsavir within a month.
""",
    "encyclopedia.md": """\
# Orsavir

Orsavir is an experimental pill developed by Vellmark, a Lisle drug firm, for chronic cough.

Its LARK-2 trial enrolled 900 volunteers in Selvany and Tarvia.

The chief investigator of LARK-2 is Professor Ivo Kerr of the University of Selvany.

In 2025 Vellmark paused the LARK-2 trial of orsavir after volunteers fell ill.
""",
}
trial = pages_desk("trial", TRIAL)


def test_a_professor_named_with_her_university_answers_who_and_meets_the_rival(
    trial: Desk,
) -> None:
    answer = trial.ask("Who is the chief investigator of LARK-2?")
    assert answer.disagreements, answer.answer
    assert "Ada Vell" in answer.answer and "Ivo Kerr" in answer.answer, answer.answer


LOCKOUT = {
    "courier.md": """\
# Dock deal ends Tarnhold lockout

Ivo Brannock, president of the Tarnhold Chamber of Commerce, said the lockout had cost the regional economy an estimated $120 million.
""",
    "encyclopedia.md": """\
# 2025 Tarnhold dock lockout

The Centre for Coastal Economics at the University of Lisle estimated the cost to the regional economy at $85 million, most of it borne by fruit exporters.
""",
}
lockout = pages_desk("lockout", LOCKOUT)


def test_the_estimator_of_a_figure_is_no_other_party(lockout: Desk) -> None:
    answer = lockout.ask("How much did the lockout cost the regional economy?")
    assert answer.disagreements, answer.answer
    assert "$120 million" in answer.answer and "$85 million" in answer.answer, answer.answer


WORDS = {
    "courier.md": """\
# Tarnhold marathon runners go to court

The claim seeks the return of every runner's €95 entry fee.

The appeal was lodged with the tribunal on Wednesday 20 November 2024, the last day allowed.

The tribunal dismissed the appeal on 28 January 2025.

In all, 580 workers were locked out when Orsa Terminals shut the gates at Quay Road.
""",
    "encyclopedia.md": """\
# 2025 Quay Road lockout

Orsa Terminals locked out about 640 waterside employees at the Quay Road terminal in March 2025.
""",
}
words = pages_desk("words", WORDS)


def test_a_fee_answers_what_it_cost_to_enter(words: Desk) -> None:
    answer = words.ask("How much did it cost to enter the marathon?")
    assert answer.answer.startswith("€95"), answer.answer


def test_a_dismissed_appeal_answers_when_it_was_rejected(words: Desk) -> None:
    answer = words.ask("When did the tribunal reject the appeal?")
    assert "28 January 2025" in answer.answer, answer.answer


def test_workers_and_employees_locked_out_are_one_count_in_dispute(words: Desk) -> None:
    answer = words.ask("How many workers were locked out?")
    assert answer.disagreements, answer.answer
    assert "580" in answer.answer and "640" in answer.answer, answer.answer


TOWER = {
    "encyclopedia.md": """\
# 2025 Quay Road outbreak

The Halvik Cold Stores cooling tower after it was taken out of service

TARNHOLD - Hourly staff at the Halvik Cold Stores say the leak began after a pump failed.

Halvik Terminals locked out about 640 employees at the Quay Road terminal from 4 to 19 May 2024.
""",
    "courier.md": """\
# Quay Road lockout ends

Halvik Terminals locked out its employees on 4 May 2024, the union said.
""",
}
tower = pages_desk("tower", TOWER)


def test_the_rest_of_the_asked_name_is_not_another_party(tower: Desk) -> None:
    answer = tower.ask("Which contractor last serviced the Halvik tower?")
    assert "Cold Stores" not in answer.answer, answer.answer


def test_a_dateline_before_a_plain_hyphen_and_plain_words_name_no_union(tower: Desk) -> None:
    answer = tower.ask("Which union represents the hourly staff at Halvik?")
    assert answer.abstained, answer.answer


def test_a_span_of_days_that_opens_on_the_answers_day_agrees(tower: Desk) -> None:
    answer = tower.ask("When did Halvik Terminals lock out the employees?")
    assert "4 May 2024" in answer.answer, answer.answer
    assert not answer.disagreements, answer.answer
