"""Word shingles: the lower-cased runs of a few words that two copies of a text share.

Kept apart from `copies` (MinHash, numpy) so that answering can compare two quotations without
loading them.
"""

from __future__ import annotations

import re

__all__ = ["shingles"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def shingles(text: str, size: int) -> set[str]:
    """The lower-cased runs of `size` words of a text (the whole text if it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
