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
