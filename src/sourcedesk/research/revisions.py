"""Revisions: which stored source an incoming text is another snapshot of.

Two texts are snapshots of one article when they name the same article -- the same origin
(a URL compared without scheme, "www.", "m." or query), or the same title once a site name
after " - " or " | " is set aside -- and share enough of their wording: at least
`REVISION_MIN_SHARED` of the smaller text's five-word shingles are in the other. Only the
candidates that name the same article are shingled, so linking stays cheap on a large desk;
the shingles of the last texts compared are kept (`SHINGLE_CACHE_SIZE`), since the snapshots
and copies of one article are compared again with each new one that arrives.
Syndicated copies from other sites are not revisions; `copies` groups those.
"""

from __future__ import annotations

import re
import threading
import zlib
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

__all__ = [
    "containment",
    "find_revision_of",
    "names_same_article",
    "normalise_origin",
    "normalise_title",
    "same_article",
    "shingles",
    "title_forms",
]

# Three-word shingles: a later snapshot rewords sentences, which breaks longer shingles
# (a reworded encyclopedia revision shares 0.34 of its 3-grams but only 0.17 of its 5-grams,
# unrelated pages on one topic about 0.06).
SHINGLE_WORDS = 3
# Share of the smaller text's shingles found in the other text above which two sources with the
# same title (or the same origin) are snapshots of one article.
REVISION_MIN_SHARED = 0.25
# Separators between an article's title and the site's name: "Title - Site", "Title | Site".
TITLE_SEPARATORS = re.compile(r"\s+[-|–—:]\s+")
WORD = re.compile(r"\w+")
# Shingles kept of the texts compared last, counted in shingles (about 70 bytes each): a few
# megabytes, the snapshots and copies of dozens of articles.
SHINGLE_CACHE_SIZE = 200_000


class _Article(Protocol):
    """What revision linking reads of a source (a stored `Source` or a `SourceText`)."""

    @property
    def id(self) -> str: ...
    @property
    def origin(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def duplicate_of(self) -> str | None: ...


_A = TypeVar("_A", bound=_Article)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """Stable hashes of the word n-grams of a text (lowercased)."""
    words = WORD.findall(text.lower())
    if len(words) < size:
        return {_hash(" ".join(words))} if words else set()
    # each n-gram hashed as its words joined by spaces, in C loops (no Python call per n-gram)
    grams = zip(*(words[i:] for i in range(size)), strict=False)
    return set(map(zlib.crc32, map(str.encode, map(" ".join, grams))))


class _ShingleCache:
    """The shingles of recently compared texts, oldest dropped past `limit` shingles in all."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.held = 0
        self.texts: OrderedDict[str, frozenset[int]] = OrderedDict()
        self.lock = threading.Lock()  # the web desk adds pages from several threads

    def of(self, text: str) -> frozenset[int]:
        """The text's shingles, computed at most once while they are kept."""
        with self.lock:
            found = self.texts.get(text)
            if found is not None:
                self.texts.move_to_end(text)
                return found
        made = frozenset(shingles(text))
        with self.lock:
            if text not in self.texts:
                self.texts[text] = made
                self.held += len(made)
            while self.held > self.limit and len(self.texts) > 1:
                self.held -= len(self.texts.popitem(last=False)[1])
        return made


_CACHE = _ShingleCache(SHINGLE_CACHE_SIZE)


def containment(a: set[int] | frozenset[int], b: set[int] | frozenset[int]) -> float:
    """The share of the smaller set found in the larger one."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def normalise_title(title: str) -> str:
    """A title folded for comparison: lowercase words, dashes and punctuation ignored."""
    return " ".join(WORD.findall(title.lower()))


def title_forms(title: str) -> set[str]:
    """The folded title, and its parts around a site separator ("Title - Site")."""
    forms = {normalise_title(title)}
    forms.update(normalise_title(p) for p in TITLE_SEPARATORS.split(title) if len(p.split()) > 1)
    return {f for f in forms if f}


def normalise_origin(origin: str) -> str:
    """A URL without scheme, "www."/"m.", query or trailing slash; other origins unchanged."""
    if "://" not in origin:
        return origin
    parts = urlsplit(origin)
    host = re.sub(r"^(?:www|m|mobile)\.", "", parts.netloc.lower())
    return host + parts.path.rstrip("/")


def names_same_article(origin_a: str, title_a: str, origin_b: str, title_b: str) -> bool:
    """Whether two sources name one article: the same origin or the same title."""
    if origin_a and normalise_origin(origin_a) == normalise_origin(origin_b):
        return True
    return bool(title_forms(title_a) & title_forms(title_b))


def same_article(a: _Article, b: _Article) -> bool:
    """Whether two sources are snapshots of one article (named alike, wording mostly shared)."""
    if getattr(a, "revision_of", None) == b.id or getattr(b, "revision_of", None) == a.id:
        return True
    if not names_same_article(a.origin, a.title, b.origin, b.title):
        return False
    return containment(shingles(a.text), shingles(b.text)) >= REVISION_MIN_SHARED


def find_revision_of(
    origin: str,
    title: str,
    text: str,
    candidates: Sequence[_A],
    *,
    publisher: str | None = None,
) -> _A | None:
    """The existing source that `text` is another snapshot of, if any (the most similar).

    A page with the same title from another known publisher is a syndicated copy, not a
    revision, unless it comes from the same origin.
    """
    mine: frozenset[int] | None = None
    best: tuple[float, _A] | None = None
    for other in candidates:
        if other.duplicate_of or not names_same_article(origin, title, other.origin, other.title):
            continue
        theirs = getattr(other, "publisher", None)
        same_origin = normalise_origin(origin) == normalise_origin(other.origin)
        if publisher and theirs and publisher != theirs and not same_origin:
            continue
        mine = _CACHE.of(text) if mine is None else mine
        shared = containment(mine, _CACHE.of(other.text))
        if shared >= REVISION_MIN_SHARED and (best is None or shared > best[0]):
            best = (shared, other)
    return best[1] if best else None


def _hash(shingle: str) -> int:
    return zlib.crc32(shingle.encode("utf-8"))
