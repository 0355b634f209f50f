"""Thread-safe Snowball stemming shared by every stage.

snowballstemmer's stemmer objects keep state between calls and are not safe to share between
threads (the web desk answers requests on several), so each thread gets its own stemmer; results
are cached per word, which is safe because the cache is keyed on the input alone.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import snowballstemmer

_local = threading.local()
STEM_CACHE_SIZE = 200_000


def _stemmer(algorithm: str) -> snowballstemmer.stemmer:
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if algorithm not in stemmers:
        stemmers[algorithm] = snowballstemmer.stemmer(algorithm)
    return stemmers[algorithm]


@lru_cache(maxsize=STEM_CACHE_SIZE)
def stem(word: str, algorithm: str = "english") -> str:
    """The stem of one lower-cased word ('english' = Snowball English, 'porter' = Porter)."""
    return str(_stemmer(algorithm).stemWord(word))
