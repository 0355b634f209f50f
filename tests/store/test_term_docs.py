"""Term statistics for the answer engine's weights, the same on both backends."""

from __future__ import annotations

from tests.store.builders import segment, source


def test_sentences_holding_each_stemmed_term_are_counted(store: object) -> None:
    seg = segment(
        [("paragraph", ["Bridges were built over the Lisk.", "The bridge opened.", "Ships sail."])]
    )
    store.add_source(source("a1b2c3d4e5f6", seg), seg, [], [])  # type: ignore[attr-defined]
    counts = store.term_docs(["bridg", "ship", "ferri"])  # type: ignore[attr-defined]
    assert counts == {"bridg": 2, "ship": 1}


def test_a_write_group_counts_terms_as_sources_added_one_by_one(store: object) -> None:
    first = segment([("paragraph", ["Bridges were built over the Lisk.", "Ships sail."])])
    second = segment([("paragraph", ["The bridge opened.", "A ferry sails at dawn."])])
    copy = source("ccc000000003", first, duplicate_of="aaa000000001")
    with store.write_group():  # type: ignore[attr-defined]
        store.add_source(source("aaa000000001", first), first, [], [])  # type: ignore[attr-defined]
        store.add_source(source("bbb000000002", second), second, [], [])  # type: ignore[attr-defined]
        store.add_source(copy, first, [], [])  # type: ignore[attr-defined]
    counts = store.term_docs(["bridg", "ship", "sail", "ferri", "dawn"])  # type: ignore[attr-defined]
    assert counts == {"bridg": 2, "ship": 1, "sail": 2, "ferri": 1, "dawn": 1}
    store.delete_source("aaa000000001")  # type: ignore[attr-defined]
    assert store.term_docs(["bridg", "ship"]) == {"bridg": 1}  # type: ignore[attr-defined]
