"""Other sources are heard on an answer even when they word it otherwise and rank low, and a
yearless date takes its year from a source that agrees with it."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

UNDATED_REPORT = """\
Tarrow breaks with the Marsh League

The council of Tarrow cut ties with the Marsh League on October 9, soon after the League seized the ford at Wenby.
Ferries across the Sound were stopped the same evening.
"""

ENCYCLOPEDIA = """# Tarrow–Marsh League relations

Tarrow–Marsh League relations are the dealings between Tarrow and the Marsh League.

## History

On October 9, 2021, Tarrow announced the severance of relations with the Marsh League over the seizure of the ford at Wenby.
"""

# A long page whose every sentence repeats the question's words, so that its sentences fill the
# top of the ranking, and a short one that tells the break in other words.
CHRONICLE = """# Tarrow and the Marsh League

Tarrow first cut trade ties with the Marsh League in the old salt wars.
Tarrow cut family ties with the Marsh League when the merchant houses split.
Tarrow's church cut its ties with the Marsh League over the new creed.
Tarrow cut student ties with the Marsh League when the college closed.
Tarrow cut rail ties with the Marsh League when the Sound line flooded.
Tarrow cut postal ties with the Marsh League in the long strike.
Tarrow cut sporting ties with the Marsh League after the riot at the cup final.
Tarrow cut banking ties with the Marsh League after the bank run.
Tarrow's guilds cut their ties with the Marsh League over the toll disputes.
Tarrow cut shipping ties with the Marsh League when the harbour silted up.
Tarrow's farmers cut market ties with the Marsh League over grain prices.
Tarrow cut its last ties with the Marsh League on 9 October 2021.
"""

GAZETTE = """\
Tarrow severs relations with the League

Tarrow severed diplomatic relations with the Marsh League on 9 October 2021, its foreign office said.
"""


def test_a_yearless_date_takes_its_year_from_a_source_that_agrees(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.sqlite") as desk:
        desk.add_bytes("report.txt", UNDATED_REPORT.encode())
        desk.add_bytes("wiki.md", ENCYCLOPEDIA.encode())
        answer = desk.ask("When did Tarrow cut ties with the Marsh League?")
    assert not answer.abstained
    assert answer.answer.startswith("October 9 (9 October 2021)"), answer.answer
    assert "2 sources agree" in answer.answer
    assert any("2021" in c.quote for c in answer.citations)


def test_a_yearless_date_keeps_no_year_when_no_source_gives_one(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.sqlite") as desk:
        desk.add_bytes("report.txt", UNDATED_REPORT.encode())
        answer = desk.ask("When did Tarrow cut ties with the Marsh League?")
    assert answer.answer.startswith("October 9 — according to"), answer.answer


def test_a_source_wording_the_point_otherwise_is_counted_as_agreeing(tmp_path: Path) -> None:
    with Desk(tmp_path / "d.sqlite") as desk:
        desk.add_bytes("chronicle.md", CHRONICLE.encode())
        desk.add_bytes("gazette.txt", GAZETTE.encode())
        answer = desk.ask("When did Tarrow cut ties with the Marsh League?")
    assert not answer.abstained
    assert answer.answer.startswith("9 October 2021 — 2 sources agree"), answer.answer
    assert any("severed diplomatic relations" in c.quote for c in answer.citations)


MUSEUM = """# Harbour museum

The Orsa harbour museum opened in 1931 in the old grain exchange and holds some 4,000 works.
Its director since 2017 has been Ada Brannock, who came from the Tarvia city museum.
The museum reopened to visitors on 3 February after repairs to its roof.
"""


def test_two_times_of_day_of_one_event_in_other_words_disagree(tmp_path: Path) -> None:
    """A peer that words the event otherwise ("triggered the alarm" for "the alarm sounded")
    still disputes the answer's time of day."""
    police = (
        "# Gallery break-in\n\nThe alarm at the Lisle gallery sounded at 3:40 a.m., the police"
        " said in a statement, but the thieves had gone by the time officers arrived.\n"
    )
    wire = (
        "# Thieves take four paintings\n\nInspector Orsa Venn told reporters that a motion sensor"
        " triggered the alarm at the Lisle gallery at 3:12 a.m.\n"
    )
    with Desk(tmp_path / "d.sqlite") as desk:
        desk.add_bytes("police.md", police.encode())
        desk.add_bytes("wire.md", wire.encode())
        desk.add_bytes("museum.md", MUSEUM.encode())
        answer = desk.ask("At what time did the alarm go off at the Lisle gallery?")
    assert "the sources disagree" in answer.answer, answer.answer
    assert {"3:40 a.m.", "3:12 a.m."} <= {side["text"] for side in answer.disagreements[0]["sides"]}


def test_a_time_of_another_clause_of_the_peer_does_not_dispute(tmp_path: Path) -> None:
    """ "re-energised at 2.02 p.m., minutes before the fire was reported": 2.02 p.m. is when
    the line came back on, not when the fire was reported."""
    wire = (
        "# Hill fire\n\nThe fire at Lisle was first reported at about 2.15 p.m. on Monday near a"
        " forestry track east of the town.\n"
    )
    inquiry = (
        "# Power line blamed\n\nThe grid's own logs show the line had been re-energised at"
        " 2.02 p.m., minutes before the fire at Lisle was reported, Inspector Orsa Venn found.\n"
    )
    with Desk(tmp_path / "d.sqlite") as desk:
        for name, page in (("wire.md", wire), ("inquiry.md", inquiry), ("museum.md", MUSEUM)):
            desk.add_bytes(name, page.encode())
        answer = desk.ask("At what time was the fire at Lisle first reported?")
    assert answer.answer.startswith("2.15 p.m."), answer.answer
    assert "2.02" not in answer.answer, answer.answer
