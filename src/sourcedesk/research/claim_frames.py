"""A clause's relation frame and content stems, read from its tokens.

Kept apart from the reading of one clause (``claims``): which relation of
``claim_data.RELATION_FRAMES`` a clause words ("sever relations", "recognize"), and which of
its words are content stems (stop words, negation cues, dates and generic terms left out),
depend on the tokens alone, not on the source's actors or context.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from sourcedesk.records import DateMention
from sourcedesk.research import claim_data as D
from sourcedesk.research.claim_words import (
    Token,
    generic_stems,
    negation_words,
    stem_lowered,
)

__all__ = ["content_stems", "content_terms", "relation_frame"]


def relation_frame(tokens: list[Token], stems: list[str] | None = None) -> tuple[str, int | None]:
    """The relation of `RELATION_FRAMES` worded first in the clause, and its verb's position
    (`stems`: the tokens' stems, when already made)."""
    if stems is None:
        stems = [stem_lowered(t.lower) for t in tokens]
    frames = _frames_by_verb()
    for i, s in enumerate(stems):
        if s not in frames or _adjectival(tokens, i):
            continue
        window = stems[max(0, i - D.RELATION_WINDOW) : i + D.RELATION_WINDOW + 1]
        for name, nouns in frames[s]:
            if not nouns or nouns.intersection(window):
                return name, i
    return "", None


@cache
def _frames_by_verb() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Each verb stem of `RELATION_FRAMES` with the relations (and their nouns) it can open."""
    frames: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for name, (verbs, nouns) in D.RELATION_FRAMES.items():
        for verb in verbs:
            frames.setdefault(verb, []).append((name, nouns))
    return frames


def _adjectival(tokens: list[Token], i: int) -> bool:
    """A participle used as an adjective: "the internationally recognized borders"."""
    if i == 0 or not tokens[i].lower.endswith("ed"):
        return False
    before = tokens[i - 1].lower
    if before.endswith("ly") and i >= 2:
        before = tokens[i - 2].lower
    return before in D.DETERMINERS


def content_terms(tokens: Sequence[Token], skip: set[int], dates: list[DateMention]) -> set[str]:
    """The content stems of tokens (`content_stems`), but those at the positions in `skip`."""
    stems = [stem_lowered(t.lower) for t in tokens]
    return {s for i, s in enumerate(content_stems(tokens, stems, dates)) if s and i not in skip}


def content_stems(
    tokens: Sequence[Token], stems: Sequence[str], dates: list[DateMention]
) -> list[str]:
    """Each token's content stem, or "" (stop words, negation cues, dates, generic terms)."""
    negations, generic, stop = negation_words(), generic_stems(), D.STOPWORDS
    found = []
    for token, stemmed in zip(tokens, stems, strict=True):
        lower = token.lower
        if (
            not token.text[0].isalpha()
            or lower in stop
            or lower in negations
            or stemmed in generic
            or (dates and any(d.start <= token.start < d.end for d in dates))
        ):
            found.append("")
        else:
            found.append(stemmed)
    return found
