"""Questions about a word itself ("Which word did X use ...?") and about a section of the page
("... listed in the bibliography?"), answered from invented pages."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk, stated_answer

HARBOUR = """# Tarn harbour dispute

The council voted in March to close the old quay at Kessby for two years.
The harbour board called the council's plan to close the quay ‘reckless’.
The council had rejected the so-called ‘emergency’ levy that the harbour board proposed.
The board said the closure would cost the fishing fleet its winter moorings.

## Further reading

- Halloran, Ines. "Harbour Trade of the Tarn Coast". Kessby Press.
- Moe, Henrik (2019). "Ferries of the North Sound". Ostby Books.
"""


harbour = page_desk("harbour", HARBOUR)


def test_which_word_is_the_quoted_word_the_thing_was_called(harbour: Desk) -> None:
    """How the word was used ("to criticise") is the question's frame, not a word the sentence
    must hold; the word is the quotation "called ... ‘reckless’" ends on, not the object."""
    question = "Which word did the harbour board use to criticise the council's plan?"
    assert stated_answer(harbour, question).lower() == "reckless"


def test_so_called_does_not_name_the_thing(harbour: Desk) -> None:
    """ "the so-called ‘emergency’ levy" doubts a name; it does not say what anyone called
    the council's plan."""
    answer = stated_answer(harbour, "What did the harbour board call the council's plan?")
    assert answer.lower() == "reckless"


def test_a_work_listed_in_the_named_section_answers_with_its_author(harbour: Desk) -> None:
    """The question names the section ("in further reading"), so its entries meet that
    words; the author is written surname first, as citations are."""
    question = "Whose work on the Tarn coast is listed under further reading?"
    assert stated_answer(harbour, question) == "Halloran, Ines"
    question = "Whose book on ferries of the North Sound is listed under further reading?"
    assert stated_answer(harbour, question) == "Moe, Henrik"


def test_which_word_abstains_when_no_word_is_given(harbour: Desk) -> None:
    """The sentences say what the closure would cost the fleet, but give no word for it."""
    answer = harbour.ask("Which word did the council use to describe the winter moorings?")
    assert answer.abstained, answer.answer
