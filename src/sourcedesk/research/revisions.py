"""Revisions and copies: how much text two sources share, and which is a snapshot of which."""

from __future__ import annotations

import re

from sourcedesk.records import Source

SHINGLE_WORDS = 5
# Share of the smaller text's shingles found in the other text above which two sources with the
# same title (or the same origin) are snapshots of one article.
REVISION_MIN_SHARED = 0.3
WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """Hashes of the word n-grams of a text (lowercased)."""
    words = WORD.findall(text.lower())
    if len(words) < size:
        return {hash(" ".join(words))} if words else set()
    return {hash(" ".join(words[i : i + size])) for i in range(len(words) - size + 1)}


def containment(a: set[int], b: set[int]) -> float:
    """The share of the smaller set found in the larger one."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def normalise_title(title: str) -> str:
    """A title folded for comparison: lowercase words, dashes and punctuation ignored."""
    return " ".join(WORD.findall(title.lower()))


def find_revision_of(
    origin: str, title: str, text: str, candidates: list[Source]
) -> Source | None:
    """The existing source that `text` is another snapshot of, if any (the most similar)."""
    mine = shingles(text)
    best: tuple[float, Source] | None = None
    for other in candidates:
        same_article = other.origin == origin or (
            normalise_title(other.title) == normalise_title(title)
        )
        if other.duplicate_of or not same_article:
            continue
        shared = containment(mine, shingles(other.text))
        if shared >= REVISION_MIN_SHARED and (best is None or shared > best[0]):
            best = (shared, other)
    return best[1] if best else None
