"""Copies: syndicated or near-identical pages, found with MinHash LSH so it scales.

Each source's text becomes a set of word shingles (runs of `SHINGLE_WORDS` words), summarised
by a MinHash signature (datasketch). Locality-sensitive hashing proposes the pairs whose
signatures agree in enough bands, so the cost grows with the number of sources, not with the
number of pairs; a proposed pair is kept when its estimated Jaccard similarity reaches the
threshold, and kept pairs are joined into groups. Light edits (a changed word, a cut
paragraph, a different footer) keep a copy well above the threshold; two articles written
separately about one event share few five-word runs and stay apart.

A pair is proposed exactly when one of the index's bands of signature values is the same in
both, so whether two pages are copies depends on the two pages only: `copy_pairs` finds the
pairs a new page makes with the signatures a desk keeps (`signature_values`) with the same
result as indexing the whole desk again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from sourcedesk.research.claims import SourceText
from sourcedesk.research.shingles import shingles as word_shingles

__all__ = [
    "COPY_THRESHOLD",
    "copy_pairs",
    "group_copies",
    "groups_from_pairs",
    "shingles",
    "signature",
    "signature_values",
]

# Estimated Jaccard similarity of shingle sets above which pages are copies (bench/copies.py:
# at 0.5, 89% of lightly edited ECB+ reprints are found and no two events are joined).
COPY_THRESHOLD = 0.5
SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 1  # fixed so that groups are the same on every run

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The lower-cased runs of `size` words of a text (the whole text if it is shorter)."""
    return word_shingles(text, size)


def signature(text: str, size: int = SHINGLE_WORDS, num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash signature of a text's shingles."""
    minhash = _empty(num_perm).copy()
    minhash.update_batch([s.encode("utf-8") for s in shingles(text, size)])  # in any order
    return minhash


@cache
def _empty(num_perm: int) -> MinHash:
    """A signature of nothing, copied for each text (so that its permutations, a third of a
    millisecond to make, are made once)."""
    return MinHash(num_perm=num_perm, seed=SEED)


def group_copies(
    sources: Sequence[SourceText],
    threshold: float = COPY_THRESHOLD,
    *,
    shingle_words: int = SHINGLE_WORDS,
    num_perm: int = NUM_PERM,
) -> list[list[str]]:
    """Groups (two or more source ids, in input order) of pages that are copies of each other."""
    signatures = {
        s.id: signature(s.text, shingle_words, num_perm) for s in sources if _WORD.search(s.text)
    }
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    for sid, minhash in signatures.items():
        lsh.insert(sid, minhash, check_duplication=False)
    parent = {sid: sid for sid in signatures}
    for sid, minhash in signatures.items():
        for other in lsh.query(minhash):
            if other != sid and minhash.jaccard(signatures[other]) >= threshold:
                _union(parent, sid, other)
    order = {s.id: n for n, s in enumerate(sources)}
    groups: dict[str, list[str]] = {}
    for sid in signatures:
        groups.setdefault(_find(parent, sid), []).append(sid)
    found = [sorted(g, key=order.__getitem__) for g in groups.values() if len(g) > 1]
    return sorted(found, key=lambda g: order[g[0]])


def _find(parent: dict[str, str], item: str) -> str:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _union(parent: dict[str, str], a: str, b: str) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def signature_values(text: str) -> np.ndarray | None:
    """A text's MinHash signature as unsigned 32-bit values (None when it has no words)."""
    if not _WORD.search(text):
        return None
    return signature(text).hashvalues.astype(np.uint32)


@cache
def _bands(threshold: float = COPY_THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """The number of bands and rows per band of the LSH index `group_copies` builds."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def copy_pairs(
    new: Mapping[str, np.ndarray],
    kept: Mapping[str, np.ndarray],
    threshold: float = COPY_THRESHOLD,
) -> list[tuple[str, str]]:
    """The copy pairs (new id, other id) that new signatures make with each other and with the
    kept ones: a band of values in common (what LSH proposes) and the threshold reached."""
    ids = list(kept) + [sid for sid in new if sid not in kept]
    if not new or len(ids) < 2:
        return []
    matrix = np.stack([kept[sid] if sid in kept else new[sid] for sid in ids])
    bands, rows = _bands(threshold, matrix.shape[1])
    found: list[tuple[str, str]] = []
    seen: set[frozenset[str]] = set()
    for sid, values in new.items():
        same = matrix == values
        banded = same[:, : bands * rows].reshape(len(ids), bands, rows).all(axis=2).any(axis=1)
        close = same.mean(axis=1) >= threshold
        for k in np.flatnonzero(banded & close):
            pair = frozenset((sid, ids[k]))
            if ids[k] != sid and pair not in seen:
                seen.add(pair)
                found.append((sid, ids[k]))
    return found


def groups_from_pairs(ids: Sequence[str], pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Copy pairs joined into groups (two or more ids, in the order of `ids`)."""
    parent = {sid: sid for sid in ids}
    for a, b in pairs:
        if a in parent and b in parent:
            _union(parent, a, b)
    order = {sid: n for n, sid in enumerate(ids)}
    groups: dict[str, list[str]] = {}
    for sid in ids:
        groups.setdefault(_find(parent, sid), []).append(sid)
    found = [sorted(g, key=order.__getitem__) for g in groups.values() if len(g) > 1]
    return sorted(found, key=lambda g: order[g[0]])
