"""Retrieval on a large desk: frequent words leave the FTS match, counts are kept per version.

A desk of a million sentences is too slow for a test, so the limits that decide what a large
desk is (sentences a query may match, candidates kept) are lowered on a small desk.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sourcedesk.answer import fts, retrieve
from sourcedesk.answer import term_counts as tc
from sourcedesk.answer.question import read_question
from sourcedesk.desk import Desk

# Filler pages: the words "council", "bridge", "director" and "festival" become frequent.
FILLER = [
    f"# Notes {n}\n\nThe council met about the bridge on day {n}. "
    f"The director of the festival spoke to the council about the bridge tolls on day {n}.\n"
    for n in range(12)
]
QUARROW = (
    "# Quarrow news\n\nThe Quarrow Borough Council (QBC) approved the bridge budget on "
    "4 May 2021.\n"
)
# Sentences that name the festival's town twice outrank, for BM25 over that rare word, the one
# sentence that also says who its director is.
KESHAVEN = "# Keshaven Folk Festival\n\n" + " ".join(
    [f"The Keshaven Folk Festival of Keshaven opened stage {n}." for n in range(8)]
    + ["Kasia Quesade, the long-serving director of the Keshaven Folk Festival, said it grew."]
)
THELWICK = (
    "# Hospitals\n\nMara Jessup runs the Thelwick General Hospital, the trust said. "
    "Ivo Brandt runs the Thornbury General Hospital, the trust said.\n"
)


def _build(path: Path, pages: dict[str, str]) -> None:
    with Desk(path) as desk:
        for name, text in pages.items():
            assert desk.add_bytes(name, text.encode()).status == "added"


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A desk file of filler pages and the pages the questions are about."""
    path = tmp_path_factory.mktemp("large") / "desk.sqlite"
    pages = {f"filler-{n}.md": text for n, text in enumerate(FILLER)}
    _build(path, {**pages, "quarrow.md": QUARROW, "keshaven.md": KESHAVEN, "th.md": THELWICK})
    return path


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Limits at which the filler desk counts as large."""
    monkeypatch.setattr(fts, "FTS_MATCH_ROWS", 10)
    monkeypatch.setattr(fts, "FTS_RANK_DOCS", 40)
    monkeypatch.setattr(retrieve, "CANDIDATES", 4)
    monkeypatch.setattr(retrieve, "STRICT_CANDIDATES", 2)


def _queries(desk: Desk, question: str) -> list[str]:
    return fts.fts_queries(retrieve.prepare_terms(desk.store, read_question(question)))


@pytest.mark.usefixtures("small_limits")
def test_only_the_rare_word_matches_and_the_sentence_is_still_found(
    large: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fts, "FTS_RANK_DOCS", 5)  # "council" and "bridge" leave the query
    monkeypatch.setattr(fts, "FTS_STRICT_DOCS", 5)
    question = "When did the Quarrow council approve the bridge budget?"
    with Desk(large) as desk:
        searched = " ".join(_queries(desk, question))
        answer = desk.ask(question)
    assert '"quarrow"' in searched
    assert '"council"' not in searched and '"bridge"' not in searched
    assert not answer.abstained
    assert answer.answer.startswith("4 May 2021")


@pytest.mark.usefixtures("small_limits")
def test_frequent_words_rank_the_rare_words_matches(large: Path) -> None:
    with Desk(large) as desk:
        loose = _queries(desk, "Who is the director of the Keshaven Folk Festival?")[-1]
    matched, ranking = loose.split(" AND ", 1)
    assert '"keshaven"' in matched and '"director"' not in matched
    assert '"director"' in ranking


@pytest.mark.usefixtures("small_limits")
def test_the_sentence_holding_every_term_is_found_among_many_that_repeat_the_rare_word(
    large: Path,
) -> None:
    with Desk(large) as desk:
        answer = desk.ask("Who is the director of the Keshaven Folk Festival?")
    assert not answer.abstained
    assert answer.answer.startswith("Kasia Quesade")


def test_a_small_desk_searches_one_plain_or_query(large: Path) -> None:
    with Desk(large) as desk:
        queries = _queries(desk, "Who is the director of the Keshaven Folk Festival?")
    assert len(queries) == 1
    assert " AND " not in queries[0] and '"director"' in queries[0]


def test_a_name_one_letter_off_is_found_without_walking_words_of_its_first_two_letters(
    large: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tc, "VOCAB_WALK", 1)  # "th" words ("the", "their") are not walked
    question = "Who runs the Thelwock General Hospital?"
    with Desk(large) as desk:
        terms = retrieve.prepare_terms(desk.store, read_question(question))
        answer = desk.ask(question)
    assert any("thelwick" in form for t in terms for form in t.forms)
    assert not answer.abstained
    assert "Mara Jessup" in answer.answer


def test_counts_and_aliases_are_read_again_after_another_process_adds_a_page(
    tmp_path: Path,
) -> None:
    path = tmp_path / "desk.sqlite"
    _build(path, {f"filler-{n}.md": text for n, text in enumerate(FILLER[:3])})
    with Desk(path) as reader:
        assert reader.ask("When did QBC approve the bridge budget?").abstained
        assert tc.term_docs(reader.store, ["quarrow"]) == {}
        _build(path, {"quarrow.md": QUARROW})  # another connection writes
        assert tc.term_docs(reader.store, ["quarrow"]) == {"quarrow": 1}
        answer = reader.ask("When did QBC approve the bridge budget?")
    assert not answer.abstained
    assert answer.answer.startswith("4 May 2021")


def test_counts_are_kept_while_the_desk_is_unchanged(large: Path) -> None:
    with Desk(large) as desk:
        first = tc.term_docs(desk.store, ["bridg", "quarrow", "nosuchword"])
        facts = tc.desk_facts(desk.store)
        again = tc.term_docs(desk.store, ["bridg", "quarrow", "nosuchword"])
    assert first == again == {"bridg": 25, "quarrow": 1}
    assert facts is not None and {"bridg", "quarrow", "nosuchword"} <= facts.docs.keys()
