"""Many patterns compiled into one regex that answers "does any of them match?" quickly.

The plain-text cleaner tests every line of a page against dozens of furniture and caption
patterns. Joined as they are written (`a|b|c|...`), Python's regex engine tries every
alternative at every position of a line, and most lines are long prose that matches none.
`any_of` compiles the same language so that far fewer alternatives are tried per position:

1. Alternatives that open with a word boundary share one `\\b` test (most positions, inside
   words, fail it and skip the rest).
2. Alternatives are split at a leading group (`(?:photo|image)s?\\b` becomes `photos?\\b` and
   `images?\\b`) and gathered by their first character (`p(?:hotos?\\b|...)`), so the engine
   compares one character per first letter instead of entering every alternative.

The compiled regex matches a string exactly when one of the patterns does; the match it
returns may differ, so it is only for yes-or-no tests (`search(...) is not None`). Patterns
are regular-expression strings without capturing groups or backreferences.

`PatternSet` adds two cheaper tests in front of that regex: alternatives anchored at the start
(`^...`) are tried once, at the start, and for the others a line is first checked for the
literal strings one of which every match holds (`needles.py`); most lines hold none, and
`str.__contains__` tells that faster than the regex engine scans the line.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from sourcedesk.ingest.needles import needles

__all__ = ["PatternSet", "any_of", "branches"]

# Characters that make a pattern's first character something other than itself.
_META = frozenset("\\()[]|.^$?*+{}")
_QUANTIFIERS = "?*+{"
_QUANTIFIER_SET = frozenset(_QUANTIFIERS)
# How deep leading groups are split into their alternatives (each level multiplies them).
_MAX_SPLIT_DEPTH = 4
# A leading group is split only when at most this much pattern follows it: each alternative
# gets its own copy of what follows, and compiling the copies costs import time (splitting
# every group: 96-106 ms to import the text cleaner; this: 71-74 ms, 4% slower matching).
_MAX_COPIED_TAIL = 40
# More needles than this are not worth checking one by one before the regex (measured on the
# furniture patterns: with at most 40, the line tests take 40% less time; with all, 25% less).
MAX_NEEDLES = 40


class PatternSet:
    """Patterns tested together: `search(text)` says whether any of them matches in `text`."""

    __slots__ = ("_anywhere", "_at_start", "_needles")

    def __init__(self, patterns: Sequence[str]) -> None:
        alternatives = [b for p in patterns for b in branches(p)]
        anchored = [b[1:] for b in alternatives if b.startswith("^")]
        floating = [b for b in alternatives if not b.startswith("^")]
        self._at_start = any_of(anchored) if anchored else None
        self._anywhere = any_of(floating) if floating else None
        self._needles = _needles_of(floating)

    def search(self, text: str) -> bool:
        """Whether one of the patterns matches somewhere in `text` (as `re.search` would)."""
        if self._at_start is not None and self._at_start.match(text) is not None:
            return True
        if self._anywhere is None:
            return False
        if self._needles is not None and not any(map(text.__contains__, self._needles)):
            return False
        return self._anywhere.search(text) is not None


def _needles_of(alternatives: list[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of the alternatives holds, if few enough to check."""
    found: set[str] = set()
    for alternative in alternatives:
        required = needles(alternative)
        if not required:
            return None
        found |= required
    found = _shortest(found)
    return tuple(sorted(found)) if len(found) <= MAX_NEEDLES else None


def _shortest(found: set[str]) -> set[str]:
    """The needles without those holding another ("cookies" goes where "cookie" is): a line
    holding the longer one holds the shorter, so testing it too tells nothing more."""
    return {n for n in found if not any(other in n for other in found if other != n)}


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression ("a|(b|c)" -> ["a", "(b|c)"])."""
    found, start = [], 0
    for i, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            found.append(pattern[start:i])
            start = i + 1
    return [*found, pattern[start:]]


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of a pattern outside escapes and character classes, with the depth of
    groups it leaves open ("(" counts before it, ")" after it)."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield i, char, depth
        i += 1


def any_of(patterns: list[str]) -> re.Pattern[str]:
    """One regex that matches a string exactly when one of the patterns does (see above)."""
    alternatives = [b for p in patterns for b in branches(p)]
    bounded = [b[2:] for b in alternatives if b.startswith(r"\b")]
    rest = [b for b in alternatives if not b.startswith(r"\b")]
    parts = [r"\b(?:" + _by_first_character(bounded) + ")"] if bounded else []
    if rest:
        parts.append(_by_first_character(rest))
    return re.compile("|".join(parts) or "(?!)")


def _by_first_character(alternatives: list[str]) -> str:
    """The alternatives as one, gathered by their first character where it is a plain one."""
    by_first: dict[str, list[str]] = defaultdict(list)
    others: list[str] = []
    for alternative in alternatives:
        for first, rest in _split_first(alternative, 0):
            if first is None:
                others.append(f"(?:{rest})")
            else:
                by_first[first].append(rest)
    gathered = [f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items()]
    return "|".join(gathered + others)


def _split_first(pattern: str, depth: int) -> list[tuple[str | None, str]]:
    """(first character, rest of the pattern) pairs whose union matches what `pattern` does;
    (None, pattern) where the first character is not a plain one."""
    if pattern.startswith("(?:") and depth < _MAX_SPLIT_DEPTH:
        end = _group_end(pattern)
        after = pattern[end + 1 :]
        inside = branches(pattern[3:end])
        if (after[:1] and after[0] in _QUANTIFIERS) or (
            len(inside) > 1 and len(after) > _MAX_COPIED_TAIL
        ):
            return [(None, pattern)]
        return [
            pair for alternative in inside for pair in _split_first(alternative + after, depth + 1)
        ]
    if pattern and pattern[0] not in _META and pattern[1:2] not in _QUANTIFIER_SET:
        return [(pattern[0], pattern[1:])]
    return [(None, pattern)]


def _group_end(pattern: str) -> int:
    """Where the group opening at `pattern[0]` closes."""
    for i, char, depth in _structure(pattern):
        if char == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced group in {pattern!r}")
