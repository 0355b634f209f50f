"""Stemming gives the same answers from many threads at once (the web desk's case)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sourcedesk.stemming import stem

WORDS = [f"{base}{suffix}" for base in ("recogni", "sever", "establish", "announc") for suffix in
         ("sed", "zed", "ing", "ment", "s", "ations", "ed", "er")]  # fmt: skip


def test_stems_are_stable_across_threads() -> None:
    expected = [stem(w) for w in WORDS]
    stem.cache_clear()
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(20):
            got = list(pool.map(stem, WORDS * 5))
            assert got == expected * 5
            stem.cache_clear()


def test_english_stemmer_folds_inflections() -> None:
    assert stem("severed") == stem("severing") == stem("sever")
    assert stem("recognized", "porter") == stem("recognizing", "porter")
