"""How news words people, posts and places: an accused person named with an age and a home
address, "in charge of" an inquiry, "in connection with" a theft, towns a crossing links
(never the place and its country), and a plural noun of people opening a sentence."""

from __future__ import annotations

from sourcedesk.answer.question import read_question
from sourcedesk.answer.retrieve import _lightness
from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk, pages_desk

RAID = """\
# Three held after raid on Halvik museum

By Mara Quint | 3 March 2026

Detectives working on the Halvik Tool Museum and Art Gallery burglary have made three
arrests.

Detective Sergeant Ilse Kerr of Halvik Police, who leads the investigation, told reporters the
raid was weeks in the planning.

Jonas Pell, 38, of Quarry Lane, Orsa, has been charged with burglary.

The two other suspects are on bail pending further inquiries.
"""

FERRY = """\
# Kessby Ferry

The Kessby Ferry is a car ferry across the River Tarn in Lisle, Scotland, linking the towns of
Orsa on the west bank and Vell on the east bank.

It first sailed in 1931.
"""

CUT = """\
# Ferry halted by storm

By Jonas Brand | 9 March 2026

Ferry links between Orsa and Vell were cut on Monday when a storm damaged the Kessby slipway.
"""


desk = pages_desk("desk", {"raid.md": RAID, "ferry.md": FERRY, "cut.md": CUT})


def _stated(desk: Desk, question: str) -> str:
    answer = desk.ask(question)
    assert not answer.abstained, (question, answer.answer)
    return answer.answer.split(" — ")[0]


def test_the_accused_is_named_not_the_town_of_the_address(desk: Desk) -> None:
    assert _stated(desk, "Who was charged?") == "Jonas Pell"


def test_charged_in_connection_with_a_theft_is_charged_over_the_burglary(desk: Desk) -> None:
    assert _stated(desk, "Who has been charged in connection with the theft?") == "Jonas Pell"


def test_in_charge_of_the_inquiry_is_who_leads_it_not_who_was_charged(desk: Desk) -> None:
    assert "Ilse Kerr" in _stated(desk, "Which police officer is in charge of the inquiry?")


def test_the_towns_a_crossing_links_not_the_place_and_its_country(desk: Desk) -> None:
    assert _stated(desk, "Which two towns does the ferry connect?") == "Orsa and Vell"
    assert _stated(desk, "Which towns does the ferry link?") == "Orsa and Vell"


BRIDGE = """\
# Kessby Bridge shut after corrosion found

By Ada Vell | 8 May 2026

Kessby Bridge, the 60-year-old steel crossing that carries both the coast road and the
railway line over the River Lune, has been closed after inspectors came upon deep corrosion
in its cables.

"We estimate the repairs will cost £9.5 million," said Cllr Mara Quint.

Drivers must now follow a 12-mile diversion by way of the Orsa crossing.

Its five spans give the bridge a length of 240 metres.

Council officers expect that the bridge will be closed for two years or more.

The bridge was closed to lorries and trains on 6 May.

Ilse Marr, whose cafe stands on Harbour Street, said takings there had fallen by roughly 30
per cent in a week.
"""

BRIDGE_RADIO = """\
# Kessby Bridge: what happens next

By Jonas Pell | 9 May 2026

Repairs should cost about £14m, the county council said, adding that it will seek help from
the Transport Office.

Heavy lorries are being routed on a 27-mile detour through Lisle.

The council aims to reopen the crossing by the end of 2027.
"""

CUPS = """\
# Silver cups taken in Halvik museum raid

By Ada Vell | 3 March 2026

Twelve silver cups were taken from the Halvik museum on Monday night, after burglars forced a
skylight.

Police held two men, aged 57 and 29, in Orsa, and later that day officers arrested a woman in
Lisle.
"""

CUPS_WIRE = """\
# Museum raid in Halvik

By Jonas Brand | 4 March 2026

Fourteen silver and gilt cups have been stolen from the Halvik museum after thieves broke in.
"""


bridge = pages_desk(
    "bridge", {"bridge.md": BRIDGE, "radio.md": BRIDGE_RADIO, "cups.md": CUPS, "wire.md": CUPS_WIRE}
)


def test_a_cost_asked_with_going_to_and_fix_is_the_repairs_and_both_sums_are_shown(
    bridge: Desk,
) -> None:
    answer = bridge.ask("How much is it going to cost to fix the bridge?").answer
    # the later report's sum leads; the first day's estimate is told as an earlier report's
    assert answer.startswith("About £14m"), answer
    assert "earlier reports gave other figures: £9.5 million" in answer, answer
    assert "(8 May 2026)" in answer, answer


def test_how_long_a_bridge_is_a_length_not_a_distance_or_a_time(bridge: Desk) -> None:
    assert _stated(bridge, "How long is the bridge?") == "240 metres"
    assert _stated(bridge, "How long is the bridge in metres?") == "240 metres"


def test_why_a_bridge_closed_is_its_reason_not_how_long_or_to_whom(bridge: Desk) -> None:
    assert "corrosion" in _stated(bridge, "Why was the bridge closed?").lower()


def test_how_much_takings_fell_is_told_by_a_share(bridge: Desk) -> None:
    asked = "By how much have takings at the cafe dropped?"
    assert _stated(bridge, asked) == "Roughly 30 per cent"


def test_a_date_keeps_the_part_of_the_year_it_names(bridge: Desk) -> None:
    asked = "When does the council hope to reopen the bridge?"
    assert _stated(bridge, asked).lower() == "end of 2027"


def test_the_drivers_detour_is_not_disputed_by_the_lorries(bridge: Desk) -> None:
    answer = bridge.ask("How long a detour do drivers now have to make?").answer
    assert answer.startswith("12") and "disagree" not in answer, answer


def test_two_counts_of_the_asked_noun_told_apart_are_shown_side_by_side(bridge: Desk) -> None:
    answer = bridge.ask("How many cups did the thieves take?")
    # the wire's later count leads; the first report's is told as an earlier report's
    assert answer.answer.startswith("Fourteen"), answer.answer
    assert "earlier reports gave other figures: Twelve" in answer.answer, answer.answer
    sides = answer.disagreements[0]["sides"]
    assert [side["text"] for side in sides] == ["Fourteen", "Twelve"], sides
    assert answer.disagreements[0]["kind"] == "earlier reports"


def test_the_age_of_the_men_is_not_the_age_of_the_woman(bridge: Desk) -> None:
    assert bridge.ask("How old is the woman who was arrested?").abstained


WORKS = """\
# Contractor named for Kessby Bridge repairs

By Ada Vell | 12 May 2026

A contractor was picked last week to mend Kessby Bridge, the steel crossing on the River Tarn
that has been shut since early May.

Orsa County Council appointed Tarnhold Civil to carry out the repairs, and work should begin
in September.

The inspectors found corrosion along 22 cables of the bridge.

The council runs a shuttle bus between Orsa and Lisle while the bridge is shut.
"""

FINDS = """\
# Stolen cups found in Orsa

By Jonas Pell | 20 March 2026

Officers found four of the cups wrapped in old blankets inside a lock-up store near Orsa.

Dr Ada Brandt, the museum's director, told reporters she was relieved.

The museum will reopen on Saturday.

The museum holds about 4,000 objects, most of them from the town's harbour.

Entry to the museum stays free.

Before Dr Brandt took over in 2019, the museum's director was Jonas Kerr.

The director's office looks over the harbour.
"""


works = pages_desk("works", {"works.md": WORKS, "finds.md": FINDS})


def test_who_does_the_work_is_the_one_appointed_to_do_it(works: Desk) -> None:
    assert _stated(works, "Which company will repair the bridge?") == "Tarnhold Civil"
    # "A contractor has been appointed …" names none
    assert _stated(works, "Which contractor has been hired to fix the bridge?") == "Tarnhold Civil"


def test_what_was_found_on_the_bridge_is_the_verbs_object(works: Desk) -> None:
    assert _stated(works, "What problem did the inspectors discover on the bridge?").startswith(
        "Corrosion"
    )


def test_the_verb_before_as_and_a_post_weighs_as_a_light_word() -> None:
    """ "Who runs the museum as its director?" is answered by "…, the museum's director, …",
    which never says "runs": the verb counts for little beside the post."""
    as_post = read_question("Who runs the museum as its director?")
    plain = read_question("Who runs the museum?")
    runs = next(c for c in as_post.concepts if c.words == ("runs",))
    assert _lightness(as_post, runs) < _lightness(plain, runs) == 1.0


def test_where_a_thing_was_found_is_not_what_it_was_wrapped_in(works: Desk) -> None:
    assert _stated(works, "Where did officers find the cups?").startswith("Inside a lock-up store")


ELECTION = """\
# Harbour Party takes Lisle Green

By Jonas Pell | 15 March 2026

Ada Quint of the Harbour Party has won the Lisle Green by-election, taking a seat the Market
Party had held since 2012.

Turnout was 31.2 per cent, with 3,910 ballot papers issued.

Twelve ballot papers were rejected.

The audit was ordered by the council's chief auditor, Mara Lind, and found that the former
councillor had claimed £6,200 in travel costs.

The former councillor has since repaid £2,100.
"""

ELECTION_BLOG = """\
# Lisle Green: the numbers

By Ilse Kerr | 16 March 2026

That is well down: turnout in 2022 was 38.4%.

Police have recovered five of the stolen teacups from the Lisle Green pavilion.
"""


election = pages_desk("election", {"paper.md": ELECTION, "blog.md": ELECTION_BLOG})


def test_who_won_is_the_person_not_their_party(election: Desk) -> None:
    assert _stated(election, "Who won the Lisle Green by-election?") == "Ada Quint"


def test_who_ordered_it_is_the_post_holder_named_after_the_post(election: Desk) -> None:
    assert _stated(election, "Who ordered the audit?") == "Mara Lind"


def test_the_last_elections_turnout_does_not_dispute_this_one(election: Desk) -> None:
    answer = election.ask("What was the turnout?").answer
    assert answer.startswith("31.2 per cent") and "disagree" not in answer, answer


def test_two_word_verbs_are_read_as_the_one_word_pages_use(election: Desk) -> None:
    assert _stated(election, "How many ballot papers were thrown out?") == "Twelve"
    assert _stated(election, "How much has the former councillor paid back?") == "£2,100"
    assert _stated(election, "What percentage turned out?") == "31.2 per cent"


def test_a_compound_noun_counts_the_asked_one(election: Desk) -> None:
    assert _stated(election, "How many of the cups have police got back?") == "Five"


FACTORY = """\
# Fire destroys Kessby pie factory

By Mara Quint | 8 October 2026

On 7 October 2026 a fire destroyed the main hall of the Kessby pie factory on the Mill Road
estate.

Two employees needed hospital treatment for smoke.

About 50 night-shift workers left the building and two were kept in hospital.

The other 90 of the plant's 380 workers will be moved to jobs at the group's other sites.

The group, which employs around 1,900 people across four sites, was founded in 1961.
"""


factory = page_desk("factory", FACTORY)


def test_a_month_and_year_asked_of_a_burning_is_the_fires_date(factory: Desk) -> None:
    asked = "In which month and year did the pie factory burn down?"
    assert _stated(factory, asked) == "7 October 2026"


def test_whereabouts_asks_where(factory: Desk) -> None:
    assert factory.ask("Whereabouts is the pie factory?").qtype == "where"


def test_the_part_a_sentence_tells_of_is_counted_not_its_whole(factory: Desk) -> None:
    assert _stated(factory, "How many workers will be moved to other sites?") == "90"


def test_how_many_a_group_employs_is_not_disputed_by_those_hurt(factory: Desk) -> None:
    answer = factory.ask("How many people work for the group?").answer
    assert answer.startswith("Around 1,900") and "disagree" not in answer, answer
    answer = factory.ask("How many employees does the group have?").answer
    assert "Two" not in answer, answer


PARK = """\
# Lynx back in its enclosure

By Ilse Kerr | 15 September 2026

Tansy is one of three lynx at the Lisle wildlife park, which has kept large cats in a timber
enclosure since 2017.

Tansy lives alongside the park's two other lynx, a female called Willow and a young male.

In 2021 the park was fined £9,000 after a keeper was hurt cleaning the bear pen.

Nobody was hurt in the escape, police said.

Last year the park welcomed 98,000 visitors.

Keepers had to pull the branch off the fence before the lynx was caught.

Head keeper Mara Lind retired on 14 June, ten days after the inspectors handed their report to
the council on 4 June.

Its owner said a falling branch let the lynx out before dawn on Sunday.

In 2014 the keeper was recruited to the Lisle Institute for Animal Care, which the Harbour
Foundation runs.

"Our donors trusted us," said Dr Jonas Brand, the foundation's chief executive.
"""


PARK_NOTE = """\
# Lisle park review

By Jonas Pell | 20 June 2026

The council suspended the park's licence in March 2026 and appointed a team of inspectors.
"""

park = pages_desk("park", {"park.md": PARK, "note.md": PARK_NOTE})


def test_two_other_animals_do_not_dispute_how_many_there_are(park: Desk) -> None:
    """Guards this session's own rules: counts of the asked noun told apart are compared, but
    "the park's two other lynx" are some besides one already named."""
    answer = park.ask("How many lynx are kept at the park?").answer
    assert answer.startswith("Three") and "disagree" not in answer, answer


def test_who_is_in_charge_is_never_a_body(park: Desk) -> None:
    """Guards this session's own rules: "in charge of" is met by "runs", yet only a person
    holds a charge."""
    answer = park.ask("Who is in charge of the Harbour Foundation?").answer
    assert not answer.startswith("Lisle Institute"), answer


def test_a_since_date_opens_a_state_and_dates_no_escape(park: Desk) -> None:
    answer = park.ask("When did the big cat break out of the wildlife park?").answer
    assert "2017" not in answer.split(" — ")[0], answer


def test_a_name_told_of_the_other_ones_is_not_the_asked_ones(park: Desk) -> None:
    answer = park.ask("What is the escaped lynx called?").answer
    assert not answer.startswith("Willow"), answer


def test_a_fine_for_something_else_does_not_answer_a_fine_over_the_escape(park: Desk) -> None:
    assert park.ask("How much has the park been fined over the lynx escape?").abstained


def test_of_two_dates_the_one_the_asked_verb_has(park: Desk) -> None:
    answer = park.ask("When did the inspectors hand in their report?").answer
    assert answer.startswith("4 June") and "disagree" not in answer, answer


def test_the_time_a_question_sets_its_event_in_may_be_worded_otherwise(park: Desk) -> None:
    answer = park.ask("Was anybody hurt while the lynx was on the loose?").answer
    assert answer.startswith("No"), answer


BIO = """\
# Ada Brandt

Doctoral advisor: Jonas Marr

Ada Brandt studied chemistry at the University of Orsa and completed a PhD at Lisle College in
2001.

Two journals, the Orsa Letters and the Harbour Review, have since retracted Brandt's papers on
coral growth.
"""

bio = page_desk("bio", BIO)


def test_where_someone_studied_is_no_person_of_a_labelled_row(bio: Desk) -> None:
    assert _stated(bio, "Where did Ada Brandt get her doctorate?") == "Lisle College"


def test_a_count_that_leaves_out_its_noun_counts_the_noun_before_it(factory: Desk) -> None:
    answer = factory.ask("How many workers ended up in hospital?").answer
    assert answer.startswith("Two"), answer


BUSES = """\
# Buses for Lisle Green

The council will keep paying for the extra buses that link the two halves of the ward.

The ward's new bus shelter opened in May.
"""

buses = page_desk("buses", BUSES)


def test_a_sum_repaid_is_never_a_count_of_other_things(buses: Desk) -> None:
    answer = buses.ask("How much has the council repaid?")
    assert answer.abstained, answer.answer  # not "Two" of "the two halves"
