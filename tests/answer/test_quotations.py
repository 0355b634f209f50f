"""A quotation cited whole: "What did X say?" quotes every sentence of the quotation the
answer stands in, as one exact citation, and no sentence of another paragraph."""

from __future__ import annotations

from sourcedesk.answer.quotations import open_at
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, page_desk

PIER = """\
# Kessby council votes to shut the old pier

By Ada Quint | 4 May 2026

The council of Kessby voted on Tuesday to shut the old pier for two years.

The harbour master, Jonas Brede, spoke against the plan. "This pier has carried boats for a
century and a half. Shutting it cuts the fleet off from its market. We will fight the vote
in every way we can," Brede said.

Council leader Mara Ilse answered him at once: “The pier is unsafe. Repairs would cost 3.2
million crowns, and we do not have it.” She left before the vote closed.

"Nobody asked the fleet," said Tomas Vell, who chairs the fishermen's guild.

"It was a long night. We lost," the guild's treasurer, Ilse Marr, said after the meeting.
"""

pier_desk = page_desk("pier_desk", PIER)


def _said(desk: Desk, question: str) -> tuple[str, list[str]]:
    answer = desk.ask(question)
    assert not answer.abstained, answer.answer
    assert_citations_exact(desk, answer)
    return answer.answer, [c.quote for c in answer.citations]


def test_a_quotation_opened_sentences_earlier_is_quoted_whole(pier_desk: Desk) -> None:
    answer, quotes = _said(pier_desk, "What did Jonas Brede say about the vote?")
    assert quotes[0].startswith('"This pier has carried boats')
    assert quotes[0].endswith("Brede said.")
    assert "spoke against" not in quotes[0]  # the sentence before the quotation is not in it
    assert len([q for q in quotes if "fight the vote" in q]) == 1  # cited once, whole
    assert "carried boats" in answer


def test_a_quotation_left_open_is_quoted_to_its_close(pier_desk: Desk) -> None:
    _answer, quotes = _said(pier_desk, "What did Mara Ilse say about the repairs?")
    assert quotes[0].startswith("Council leader Mara Ilse answered him")
    assert quotes[0].endswith("we do not have it.”")
    assert "left before the vote" not in quotes[0]


def test_a_quotation_closed_in_its_sentence_is_not_widened(pier_desk: Desk) -> None:
    _answer, quotes = _said(pier_desk, "What did Tomas Vell say?")
    assert (
        quotes[0] == '"Nobody asked the fleet," said Tomas Vell, who chairs the fishermen\'s guild.'
    )


def test_open_at_reads_straight_and_curly_marks() -> None:
    text = '"One. Two," he said. “Three. Four.” Five.'
    two = text.index("Two")
    assert open_at(text, two, text.index(" he")) == (True, False)
    four = text.index("Four")
    assert open_at(text, four, len(text) - len(" Five.")) == (True, False)
    assert open_at(text, text.index("Five"), len(text)) == (False, False)
    assert open_at(text, 0, text.index(" Two")) == (False, True)  # "One." leaves it open
    assert open_at("It's Tom's boat.", 5, 15) == (False, False)  # apostrophes are no marks
