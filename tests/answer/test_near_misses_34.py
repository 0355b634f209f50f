"""Near misses refused and sides found, read from two blind testers' topics (a drug-trial hold,
a dock lockout) and the earlier marathon and outbreak sets: the date of another event for
"When was it built?", a count of people for "How much has the court awarded?", the page of
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

The rowing club, whose chair is Ada Vell, said sorry for the mistake and then offered all crews a free entry in next season's event.

(b) all placings at the 2024 Orsa Regatta stand as the official order of finish, and the prize money is not affected;

In May, 312 rowers filed a claim against Tarnhold Events Ltd at Millgate County Court, seeking refunds of their fees and travel costs.

The pumping station at Brannock was shut down on 14 June 2023 while engineers took samples.
""",
    "2024 Orsa Regatta.md": """\
# 2024 Orsa Regatta

The 2024 Orsa Regatta was held on the Lisle estuary on 14 September 2024.

The appeals panel threw out the challenge on 3 February 2025, holding that the rules on lanes admit no exception.
""",
}
regatta = pages_desk("regatta", REGATTA)


def test_the_object_comes_after_the_asked_verb_not_after_the_asked_name(regatta: Desk) -> None:
    answer = regatta.ask("What has Ada Vell offered the rowers?")
    assert not answer.abstained, answer.answer
    assert answer.answer.lower().startswith("free entry"), answer.answer


def test_a_not_that_denies_its_own_clause_leaves_the_asked_one_a_yes(regatta: Desk) -> None:
    answer = regatta.ask("Do the placings at the 2024 Orsa Regatta still stand?")
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
    assert "14 June 2023" in shut.answer, shut.answer


OUTBREAK = {
    "echo.md": """\
# Second death in Quay Road outbreak

Ivo Tarn, a 71-year-old man who lived on Quay Road, died on 3 August, the first of the two victims.

""",
}
outbreak = pages_desk("outbreak", OUTBREAK)


def test_a_man_is_not_the_woman_asked_about(outbreak: Desk) -> None:
    answer = outbreak.ask("What was the dead woman called?")
    assert answer.abstained, answer.answer
    man = outbreak.ask("Who was the man who died first?")
    assert "Ivo Tarn" in man.answer, man.answer


TRIAL = {
    "release.md": """\
# Vellmark provides update on LARK-2 trial of orsavir

Vellmark has paused dosing in LARK-2, its trial of orsavir, after two volunteers in Selvany and Tarvia fell ill.

"Every volunteer deserves clear information," said Professor Ada Vell of Lisle University, the lead investigator of LARK-2.

Vellmark expects to report to the Selvany regulator on orsavir within a month.
""",
    "encyclopedia.md": """\
# Orsavir

Orsavir is an experimental pill developed by Vellmark, a Lisle drug firm, for chronic cough.

Its LARK-2 trial enrolled 900 volunteers in Selvany and Tarvia.

The lead investigator of LARK-2 is Professor Ivo Kerr of the University of Selvany.

In 2025 Vellmark paused the LARK-2 trial of orsavir after volunteers fell ill.
""",
}
trial = pages_desk("trial", TRIAL)


def test_a_professor_named_with_her_university_answers_who_and_meets_the_rival(
    trial: Desk,
) -> None:
    answer = trial.ask("Who is the lead investigator of LARK-2?")
    assert answer.disagreements, answer.answer
    assert "Ada Vell" in answer.answer and "Ivo Kerr" in answer.answer, answer.answer


LOCKOUT = {
    "courier.md": """\
# Dock deal ends Tarnhold lockout

Ivo Brannock, who chairs the Tarnhold Traders' Guild, said the dispute had cost the county economy an estimated $40 million.
""",
    "encyclopedia.md": """\
# 2025 Tarnhold dock lockout

The Institute for Coastal Studies at the University of Lisle estimated the cost to the wider county economy at $25 million, mostly carried by fruit growers.
""",
}
lockout = pages_desk("lockout", LOCKOUT)


def test_the_estimator_of_a_figure_is_no_other_party(lockout: Desk) -> None:
    answer = lockout.ask("How much did the dispute cost the county economy?")
    assert answer.disagreements, answer.answer
    assert "$40 million" in answer.answer and "$25 million" in answer.answer, answer.answer


WORDS = {
    "courier.md": """\
# Tarnhold marathon runners go to court

The claim seeks the return of every runner's €95 entry fee.

The challenge was lodged with the panel on Wednesday 20 November 2023, the last day allowed.

The panel dismissed the challenge on 11 March 2024.

Some 580 workers were locked out after Orsa Terminals closed the gates at Quay Road.
""",
    "encyclopedia.md": """\
# 2025 Quay Road lockout

Orsa Terminals locked out about 610 dock employees at Quay Road in May 2024.
""",
}
words = pages_desk("words", WORDS)


def test_a_fee_answers_what_it_cost_to_enter(words: Desk) -> None:
    answer = words.ask("How much was it to enter the marathon?")
    assert answer.answer.startswith("€95"), answer.answer


def test_a_dismissed_appeal_answers_when_it_was_rejected(words: Desk) -> None:
    answer = words.ask("When did the panel reject the challenge?")
    assert "11 March 2024" in answer.answer, answer.answer


TOWER = {
    "encyclopedia.md": """\
# 2025 Quay Road outbreak

The Halvik Cold Stores pump house, seen after its last service in June

TARNHOLD - Night-shift staff at the Halvik Cold Stores say the leak began after a pump failed.

Halvik Terminals locked out about 610 employees at its Quay Road site from 4 to 19 May 2024.
""",
    "courier.md": """\
# Quay Road lockout ends

Halvik Terminals locked out its employees on 4 May 2024, the union said.
""",
}
tower = pages_desk("tower", TOWER)


def test_the_rest_of_the_asked_name_is_not_another_party(tower: Desk) -> None:
    answer = tower.ask("Which contractor last serviced the Halvik pump house?")
    assert "Cold Stores" not in answer.answer, answer.answer


def test_a_dateline_before_a_plain_hyphen_and_plain_words_name_no_union(tower: Desk) -> None:
    answer = tower.ask("Which union speaks for the night-shift staff at Halvik?")
    assert answer.abstained, answer.answer


def test_a_span_of_days_that_opens_on_the_answers_day_agrees(tower: Desk) -> None:
    answer = tower.ask("When did Halvik Terminals lock out the employees?")
    assert "4 May 2024" in answer.answer, answer.answer
    assert not answer.disagreements, answer.answer


ROWS = {
    "encyclopedia.md": """\
# 2024 Brannock ferry strike

Date: 5 May 2024; Event: Orsa Blue Line suspends Brannock sailings

Date: 7 May 2024; Event: Deckhand injured at Pier 4; driver arrested

Orsa Blue Line, the Lisle-based carrier that is the port's largest customer, suspended its Brannock sailings on 5 May.

Winter crossing-time: about 40 minutes

Crews backed the settlement at a crowded meeting on 2 June by 312 votes to 80.

On 7 May the ferry driver was detained and later charged.

The deal means the plan for a night timetable has been shelved.

Brannock Ferries, based in Lisle, has been a wholly owned unit of Tarvia Maritime Group since 2019.

Passengers can call the strike line on 0800 555 0147 (Monday to Friday).

"We are sorry," said Ada Vell, Chief Executive Officer of Brannock Ferries.
""",
    "courier.md": """\
# Ferry driver in court

The driver, aged 34, was charged with dangerous driving at Lisle court.
""",
}
rows = pages_desk("rows", ROWS)


def test_a_rows_label_is_no_answer_and_a_compound_kind_is_read_whole(rows: Desk) -> None:
    answer = rows.ask("Which shipping line suspended its sailings at Brannock?")
    assert answer.answer.startswith("Orsa Blue Line"), answer.answer


def test_a_fact_rows_value_answers_not_its_label(rows: Desk) -> None:
    answer = rows.ask("What is the Brannock ferry's crossing-time?")
    assert "40 minutes" in answer.answer, answer.answer


def test_a_number_on_a_named_pier_counts_no_one(rows: Desk) -> None:
    answer = rows.ask("How many deckhands were arrested?")
    assert answer.abstained, answer.answer


def test_a_place_phrase_cut_before_the_asked_noun_is_no_place(rows: Desk) -> None:
    answer = rows.ask("Where was the settlement meeting held?")
    assert "crowded" not in answer.answer.split(" — ")[0].lower(), answer.answer


def test_a_verb_that_ends_its_clause_does_not_say_what_it_was_with(rows: Desk) -> None:
    answer = rows.ask("What was the ferry driver charged with?")
    assert answer.answer.lower().startswith("dangerous driving"), answer.answer


def test_a_plan_said_to_be_shelved_will_not_go_ahead(rows: Desk) -> None:
    answer = rows.ask("Will the night timetable go ahead?")
    assert answer.answer.startswith("No"), answer.answer


def test_an_adverb_before_owned_is_nobody(rows: Desk) -> None:
    answer = rows.ask("Who owns Brannock Ferries?")
    assert answer.answer.startswith("Tarvia Maritime Group"), answer.answer


def test_a_phone_number_is_stated_whole(rows: Desk) -> None:
    answer = rows.ask("What number can passengers call?")
    assert answer.answer.startswith("0800 555 0147"), answer.answer


def test_another_post_with_the_same_head_is_a_near_miss(rows: Desk) -> None:
    answer = rows.ask("Who is the chief medical officer of Brannock Ferries?")
    assert answer.abstained, answer.answer
    chief = rows.ask("Who is the chief executive officer of Brannock Ferries?")
    assert "Ada Vell" in chief.answer, chief.answer


CLUB = {
    "paper.md": """\
# Anglers count the cost of the Selvany spill

The club, set up in 1935, now has 410 members and won a £20,000 grant in May.
At the hearing I stood at the back with nine other members of the Orsa Angling Club.
Members of the Orsa Angling Club counted six thousand dead fish on the banks.
The Tarvia Creamery buys milk from about 150 farms and employs about 280 people.
The creamery pleaded guilty to two offences at Lisle Crown Court.
The Vell Cup final will resume on 5 July at Kellmarsh Hall, Lisle.
""",
    "digest.md": """\
# Fever digest

Between 2012 and 2016 there were 1204 reported cases in Orsa, including 311 deaths.
""",
    "agency.md": """\
# Fever season

According to the agency, 1,204 cases were reported in Orsa between 2012 and 2016.
""",
}
club = pages_desk("club", CLUB)


def test_a_count_with_others_beside_someone_is_not_how_many_there_are(club: Desk) -> None:
    answer = club.ask("How many members does the Orsa Angling Club have?")
    # "nine other members" stood beside the writer: no count of the club's members
    assert answer.abstained or answer.answer.startswith("410"), answer.answer
    assert "nine" not in answer.answer.lower(), answer.answer


def test_a_number_word_keeps_its_scale(club: Desk) -> None:
    answer = club.ask("How many dead fish did the club count?")
    assert answer.answer.lower().startswith("six thousand"), answer.answer


def test_a_count_of_people_does_not_answer_how_many_litres(club: Desk) -> None:
    answer = club.ask("How many litres does the Tarvia Creamery buy each day?")
    assert answer.abstained, answer.answer


def test_offences_answer_how_many_charges(club: Desk) -> None:
    answer = club.ask("How many charges did the creamery admit?")
    assert answer.answer.lower().startswith("two"), answer.answer


def test_a_hall_is_no_team(club: Desk) -> None:
    answer = club.ask("Which team won the Vell Cup final?")
    assert "Kellmarsh Hall" not in answer.answer, answer.answer


def test_a_year_shaped_count_after_there_were_is_a_count(club: Desk) -> None:
    answer = club.ask("How many cases were reported in Orsa between 2012 and 2016?")
    assert answer.answer.startswith("1,204") or answer.answer.startswith("1204"), answer.answer
    assert "2 sources agree" in answer.answer, answer.answer


BOSS = {
    "wire.md": """\
# Vellmark shares slide after trial pause

Vellmark's chief executive, Ivo Brannock, said sorry and apologised "without reservation" to staff.
Head referee Mara Quint paused the final at 21:40 and stopped it at 21:55.
""",
}
boss = pages_desk("boss", BOSS)


def test_a_boss_is_a_chief_executive(boss: Desk) -> None:
    answer = boss.ask("Who is Vellmark's boss?")
    assert answer.answer.startswith("Ivo Brannock"), answer.answer


def test_apologising_without_reservation_is_a_yes(boss: Desk) -> None:
    answer = boss.ask("Did Ivo Brannock apologise?")
    assert answer.answer.startswith("Yes"), answer.answer


def test_a_game_stopped_was_halted(boss: Desk) -> None:
    answer = boss.ask("Which official halted the final?")
    assert "Mara Quint" in answer.answer, answer.answer
