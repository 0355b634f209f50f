"""An encyclopedia article's title is what its lead sets in bold, not a bold value of the
infobox above the lead (the winner of an election)."""

from __future__ import annotations

from sourcedesk.ingest.wikitext import read_wikitext

ELECTION = """\
{{Infobox election
| election_name = 2024 Halvik mayoral election
| candidate1    = '''Orsa Kellmarsh'''
| popular_vote1 = '''9,120'''
| candidate2    = Lisle Tarvo
}}
The '''2024 Halvik mayoral election''' was held on 2 May 2024 to elect the mayor of Halvik.
Orsa Kellmarsh won by 31 votes after a recount.

== Background ==
Halvik has elected its mayor directly since 2001.
"""


def test_the_title_is_the_lead_s_bold_subject_not_an_infobox_value() -> None:
    doc = read_wikitext(ELECTION, "halvik.wiki")
    assert doc.title == "2024 Halvik mayoral election"


def test_a_title_run_on_in_the_lead_opens_with_a_capital() -> None:
    page = (
        "The '''grounding of MV ''Orsa Dawn''''' occurred on 7 November 2024, when the ferry"
        " ran onto a reef off Halvik in thick fog.\n"
    )
    assert read_wikitext(page, "orsa.wiki").title == "Grounding of MV Orsa Dawn"
