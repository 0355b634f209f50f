"""Answers from a small fictional desk: one shape per question type, cited exactly."""

from __future__ import annotations

import pytest

from sourcedesk.answer.abstain import ABSTAIN_PHRASE
from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("In what year did Valdoria close its embassy in Kessel?", "1987"),
        ("When did Brennmark sever relations with Valdoria?", "12 July 2022"),
        ("Who is the Valdorian foreign minister?", "Ilse Marwen"),
        ("Who confirmed Ilse Marwen's visit?", "Tomas Kerrigan"),
        ("Where is the Valdorian embassy that is accredited to Brennmark?", "Osterholm"),
        ("How much timber did Brennmark export to Valdoria in 2019?", "48 million"),
        ("Why did Valdoria close its embassy in Kessel?", "budget cuts"),
        ("What is Tomas Kerrigan's job?", "Defence Secretary"),
        ("What does ROL stand for?", "Republic of Lorvania"),
        ("Which republics did Valdoria recognise?", "Eastmark and Westmark"),
        ("Did Valdoria recognise Eastmark and Westmark?", "Yes"),
    ],
)
def test_stated_answer_comes_first(fiction: Desk, question: str, stated: str) -> None:
    answer = fiction.ask(question)
    assert not answer.abstained, answer.answer
    assert stated.lower() in stated_part(answer.answer).lower()
    assert answer.answer.lower().startswith(stated_part(answer.answer).lower()[:10])
    assert "[1]" in answer.answer
    assert_citations_exact(fiction, answer)


def test_reason_in_the_next_sentence_is_found_and_both_cited(fiction: Desk) -> None:
    answer = fiction.ask("Why did Valdoria withdraw its ambassador from Kessel?")
    assert "fishing rights" in stated_part(answer.answer)
    quotes = " ".join(c.quote for c in answer.citations)
    assert "withdrew its ambassador" in quotes and "fishing rights" in quotes
    assert_citations_exact(fiction, answer)


@pytest.mark.parametrize(
    "question",
    [
        "When did Valdoria close its embassy in Kessel in 1990?",  # another year
        "When did Valdoria and Lorvania establish relations?",  # another country
        "How much timber did Brennmark export to Valdoria in 2018?",  # another year
        "Who is the Brennmark foreign minister?",  # another person
        "When did Valdoria reopen its embassy in Kessel?",  # the opposite event
        "What is the population of Kessel?",  # not covered at all
    ],
)
def test_near_misses_abstain_with_closest_passages(fiction: Desk, question: str) -> None:
    answer = fiction.ask(question)
    assert answer.abstained, answer.answer
    assert answer.answer.startswith(ABSTAIN_PHRASE)
    assert question in answer.answer
    assert answer.citations == ()
    assert answer.closest
    assert_citations_exact(fiction, answer)


def test_sources_that_agree_are_all_cited(fiction: Desk) -> None:
    answer = fiction.ask(
        "When were diplomatic relations between Valdoria and Brennmark established?"
    )
    assert "1961" in stated_part(answer.answer)
    assert "3 sources agree" in answer.answer
    assert len({c.source_id for c in answer.citations}) == 3
    assert_citations_exact(fiction, answer)


def test_sources_that_disagree_are_shown_side_by_side(fiction: Desk) -> None:
    answer = fiction.ask("How much did the Tarn Bridge cost?")
    assert "disagree" in answer.answer
    (dispute,) = answer.disagreements
    sides = sorted(side["text"] for side in dispute["sides"])
    assert sides == ["210 million krona", "260 million krona"]
    cited = {n for side in dispute["sides"] for n in side["citations"]}
    assert cited == {c.n for c in answer.citations}
    assert_citations_exact(fiction, answer)


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("When did the ROL recognise Eastmark?", "8 August 2023"),  # acronym the page defines
        ("When did Gorodnyy resign?", "2 June 2021"),  # another romanisation
        ("When did Horodny resign?", "2 June 2021"),  # a shorter spelling
        ("When did Russia announce tariffs on Brennmark timber?", "3 May 2021"),  # capital
        ("When was Kessel harbour modernized?", "2004"),  # -ise/-ize
    ],
)
def test_variants_and_aliases_find_the_passage(fiction: Desk, question: str, stated: str) -> None:
    answer = fiction.ask(question)
    assert not answer.abstained, answer.answer
    quotes = stated_part(answer.answer) + " ".join(c.quote for c in answer.citations)
    assert stated in quotes
    assert_citations_exact(fiction, answer)


def test_empty_desk_abstains(desk: Desk) -> None:
    answer = desk.ask("When did the bridge open?")
    assert answer.abstained and answer.closest == ()


class ProtocolOnly:
    """A store that offers only the `Store` protocol (as PostgreSQL does), not SQLite extras."""

    EXTRAS = frozenset(
        ("term_docs", "terms_between", "aliases", "put_aliases", "unscanned_for_aliases",
         "sentences_at", "conn")
    )  # fmt: skip

    def __init__(self, inner: object) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> object:
        if name in self.EXTRAS:
            raise AttributeError(name)
        return getattr(self._inner, name)


def test_a_store_without_the_sqlite_extras_still_answers(fiction: Desk) -> None:
    from sourcedesk.answer.conversation import ask_in_session

    store = ProtocolOnly(fiction.store)
    answer = ask_in_session(store, "In what year did Valdoria close its embassy in Kessel?", None)
    assert stated_part(answer.answer) == "1987"
    missing = ask_in_session(store, "When did Valdoria close its embassy in Kessel in 1990?", None)
    assert missing.abstained
    assert_citations_exact(fiction, answer)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "Lorvania" is in the desk, only not beside what was asked
        ("When did Valdoria and Lorvania establish relations?", "closest to it does not mention"),
        # "Quellmark" is in no source at all
        ("When did Valdoria and Quellmark establish relations?", "they mention no “Quellmark”"),
    ],
)
def test_an_abstention_says_truly_what_the_sources_lack(
    fiction: Desk, question: str, said: str
) -> None:
    answer = fiction.ask(question)
    assert answer.abstained
    assert said in answer.answer


def test_the_passage_an_abstention_speaks_of_is_the_first_closest(fiction: Desk) -> None:
    """Guard: "the passage closest to it does not mention Lorvania" — the first passage offered is
    that passage, so a reader does not find the name in the one shown first."""
    answer = fiction.ask("When did Valdoria and Lorvania establish relations?")
    assert "closest to it does not mention “Lorvania”" in answer.answer
    assert "Lorvania" not in answer.closest[0].quote
