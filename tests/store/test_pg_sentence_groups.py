"""A search matches and ranks single sentences, however the index stores them (PostgreSQL keeps
up to four neighbouring sentences in one row); run on both backends."""

from __future__ import annotations

from tests.store.builders import segment, source

NEIGHBOURS = [
    "The harbour master of Velmo signed the order.",
    "Tirsk ferries stopped at dawn.",
    "Nobody in Velmo expected the storm.",
    "Pilots waited for the harbour to reopen.",
]


def add(store, sid: str, sentences: list[str]) -> None:
    seg = segment([("paragraph", sentences)])
    store.add_source(source(sid, seg), seg, [], [])


def found(store, query: str) -> list[str]:
    return sorted(p.text for p in store.search(query, 50))


def test_words_from_neighbouring_sentences_never_match_as_one(store) -> None:
    add(store, "a1b2c3d4e5f6", NEIGHBOURS)
    assert found(store, '"order tirsk"') == []  # a phrase across a sentence boundary
    assert found(store, "master AND ferries") == []
    assert found(store, "velmo NOT storm") == [NEIGHBOURS[0]]
    assert found(store, "(tirsk OR pilots) AND dawn") == [NEIGHBOURS[1]]
    assert found(store, "harbo*") == sorted([NEIGHBOURS[0], NEIGHBOURS[3]])


def test_a_query_left_with_only_a_negation_reads_every_sentence(store) -> None:
    add(store, "a1b2c3d4e5f6", NEIGHBOURS)
    # PostgreSQL drops the stop word "the" and keeps "NOT velmo"; FTS5 indexes "the"
    expected = NEIGHBOURS[1::2] if store.PLACEHOLDER == "%s" else [NEIGHBOURS[3]]
    assert found(store, "the NOT velmo") == sorted(expected)
    assert found(store, '"harbour master"') == [NEIGHBOURS[0]]


def test_a_sentence_scores_the_same_whatever_its_neighbours(store) -> None:
    add(store, "a1b2c3d4e5f6", NEIGHBOURS)
    add(store, "f6e5d4c3b2a1", [NEIGHBOURS[3]])
    scores = {(p.source_id, p.sentence_no): p.score for p in store.search("harbour OR reopen", 9)}
    assert scores[("a1b2c3d4e5f6", 3)] == scores[("f6e5d4c3b2a1", 0)]
    assert scores[("a1b2c3d4e5f6", 3)] > scores[("a1b2c3d4e5f6", 0)]


def test_a_phrase_at_the_end_of_long_sentences_is_found(store) -> None:
    long = [" ".join(f"word{n % 97} quay{n % 89}" for n in range(4000)) + f" closing {m}."
            for m in ("north", "south")]  # fmt: skip
    add(store, "a1b2c3d4e5f6", [*long, "Short closing words."])
    hits = store.search('"closing south"', 5)
    assert [(p.sentence_no, p.text.endswith("closing south.")) for p in hits] == [(1, True)]
    assert [p.sentence_no for p in store.search('"short closing"', 5)] == [2]


def test_passages_and_places_cross_group_boundaries(store) -> None:
    sentences = [f"Crossing number {n} of the Orrin ferry." for n in range(11)]
    add(store, "a1b2c3d4e5f6", sentences)
    assert [p.text for p in store.passages("a1b2c3d4e5f6", 2, 6)] == sentences[2:7]
    assert [p.text for p in store.passages("a1b2c3d4e5f6", 9, 40)] == sentences[9:]
    at = store.sentences_at([("a1b2c3d4e5f6", n) for n in (0, 3, 4, 7, 10, 11)])
    assert [p.sentence_no for p in at] == [0, 3, 4, 7, 10]
    assert [row.idx for row in store.sentences("a1b2c3d4e5f6")] == list(range(11))
    assert store.sentence_count() == 11
