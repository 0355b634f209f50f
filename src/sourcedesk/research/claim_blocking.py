"""Blocking for claim matching: which mentions are worth comparing at all.

A mention is compared only with mentions that share enough of its rarest block keys (content
stems and the words of its actors' names), and a pair whose sketches show too little in
common (`may_match`) is never read. ``claim_match.MentionIndex`` does the matching itself;
``claim_candidates`` and ``claim_index`` find candidates with these functions.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any, NamedTuple

from sourcedesk.research import claim_data as D
from sourcedesk.research.claims import ClaimMention

__all__ = [
    "BLOCK_KEYS",
    "BLOCK_MIN_SHARED",
    "LONE_KEY_MAX",
    "MAX_POSTING",
    "Sketch",
    "actor_keys",
    "block_keys",
    "blocks",
    "enough_shared",
    "may_match",
    "rarest",
    "sketch",
]

# Share of the shorter mention's content that the other must hold to be the same statement.
SAME_CONTAINMENT = 0.75
MIN_SHARED = 3  # ... and at least this many shared stems or actors
MIN_SHARED_TERMS = 2  # ... of which this many are words, not names (all, if it has fewer)
# A mention is compared with the later mentions that hold BLOCK_MIN_SHARED of its BLOCK_KEYS
# rarest block keys (all, if it has fewer). A key held by more than MAX_POSTING mentions of the
# desk is too common to find candidates by, and is not usable.
BLOCK_KEYS = 4
BLOCK_MIN_SHARED = 2
MAX_POSTING = 400
# A mention with several block keys of which only one is usable is found by that key alone
# only while at most this many mentions hold it (one less than a power of two, so that the
# change is a change of rarity, see `rarest`): one town's name held by hundreds of mentions
# would make each of them a candidate of all the others.
LONE_KEY_MAX = 31


class Sketch(NamedTuple):
    """What a mention's generic matching first looks at: its content stems, how many
    distinct actors it names, whether it states a relation (`MentionIndex.framed`), and its
    size (stems and actors: what the shorter mention's share is counted against)."""

    terms: frozenset[str]
    actors: int
    framed: bool
    size: int
    needed: float  # `_needed` of its size: what it must share as the shorter of a pair


def sketch(m: ClaimMention) -> Sketch:
    """A mention's `Sketch`."""
    actors = len(set(m.actors))
    framed = bool(m.action and (m.subjects or m.targets))
    size = len(m.terms) + actors
    return Sketch(m.terms, actors, framed, size, _needed(size))


def may_match(a: Sketch, b: Sketch) -> bool:
    """Whether two mentions of different pages that are not copies can be the same statement,
    by their sketches alone: neither states a relation, they share enough content stems, and
    the shorter one's stems in common plus all its actors reach its share. A pair failing this
    never matches (`MentionIndex._generic_match` starts with it), so it need not be read."""
    if a.framed or b.framed:
        return False
    return enough_shared(a, b, len(a.terms & b.terms))


def enough_shared(a: Sketch, b: Sketch, shared: int) -> bool:
    """`may_match` of two unframed mentions sharing `shared` content stems."""
    if shared < MIN_SHARED_TERMS and (not shared or shared < min(len(a.terms), len(b.terms))):
        return False
    smaller = a if a.size <= b.size else b
    return shared + smaller.actors >= smaller.needed


def _needed(smaller: int) -> float:
    """How much of the shorter mention (content stems and actors) the other must hold."""
    return max(min(MIN_SHARED, smaller), SAME_CONTAINMENT * smaller)


def block_keys(m: ClaimMention, canon: Any = None) -> frozenset[str]:
    """A mention's block keys: its content stems, and "@" + each word of its actors' names
    (folded through `canon`, a function from actor id to its alias root)."""
    words = {
        w
        for a in m.actors
        for w in (canon(a) if canon else a).split()
        if w not in D.GENERIC_NAME_WORDS
    }
    return frozenset(m.terms) | {"@" + w for w in words}


def actor_keys(actor: str, canon: Any = None) -> frozenset[str]:
    """The block keys one actor gives a mention (see `block_keys`, the union of its stems
    and of its actors' keys)."""
    name = canon(actor) if canon else actor
    return frozenset("@" + w for w in name.split() if w not in D.GENERIC_NAME_WORDS)


def rarest(keys: Collection[str], counts: Mapping[str, int]) -> list[str]:
    """The BLOCK_KEYS rarest usable keys, by the power of two of their count, then name;
    none when the only usable one of several keys is held by more than LONE_KEY_MAX."""
    usable = [k for k in keys if counts.get(k, 0) <= MAX_POSTING]
    if len(usable) == 1 and len(keys) > 1 and counts.get(usable[0], 0) > LONE_KEY_MAX:
        return []
    return sorted(usable, key=lambda k: (counts.get(k, 0).bit_length(), k))[:BLOCK_KEYS]


def blocks(rare: Sequence[str], later: Collection[str]) -> bool:
    """Whether a later mention's keys hold enough of an earlier one's rarest keys."""
    shared = sum(1 for k in rare if k in later)
    return bool(rare) and shared >= min(BLOCK_MIN_SHARED, len(rare))
