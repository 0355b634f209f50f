"""The literal strings a regular expression cannot match without: a cheap test before the regex.

`needles(pattern)` reads the pattern with Python's own regex parser and returns a set of
strings such that every match of the pattern holds at least one of them (or None when no such
set can be told: an alternative made only of classes, a case-insensitive part). A text that
holds none of them cannot match, and `str.__contains__` tells that several times faster than
the regex engine scans a line that matches nothing, which is what most lines are.

From each sequence the most telling requirement is kept: a run of literal characters
("cookie "), or a group all of whose alternatives have one ("(?:photo|image)"), or the body of
a repeat that occurs at least once; the requirement whose shortest string is longest wins (a
mark prose seldom holds, such as "/" or "@", counting as several letters).
Anything else (classes, `.`, anchors, optional parts) requires nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

try:  # the parser is internal to `re`; without it no pattern gets needles (always the regex)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python versions that moved it
    _sre = _sre_parse = None  # type: ignore[assignment]

__all__ = ["needles"]

Needles = frozenset[str]

# Characters found in most lines of prose; any other mark ("/", "@", "©") is a telling needle,
# worth this many letters when requirements are compared.
PROSE_MARKS = " .,;:!?'\"()-’“”"
RARE_WEIGHT = 3
# Patterns whose needles are kept: the text cleaner's nested furniture sets (one per line
# length) share their alternatives, so each is read once instead of up to 15 times.
NEEDLES_KEPT = 4096


@lru_cache(maxsize=NEEDLES_KEPT)
def needles(pattern: str) -> Needles | None:
    """Strings one of which every match of `pattern` holds; None when that cannot be told."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern)
    except (re.error, RecursionError):
        return None
    if getattr(parsed.state, "flags", 0) & re.IGNORECASE:
        return None
    return _sequence(parsed)


def _sequence(items: Iterable[tuple[Any, Any]]) -> Needles | None:
    """The most telling requirement of a sequence of parsed items."""
    found: list[Needles] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        required = _item(op, av)
        if required:
            found.append(required)
    if run:
        found.append(frozenset({"".join(run)}))
    return max(found, key=_telling, default=None)


def _item(op: Any, av: Any) -> Needles | None:
    """What one parsed item that is not a literal requires."""
    if op is _sre.SUBPATTERN:
        _, add_flags, _, body = av
        return None if add_flags & re.IGNORECASE else _sequence(body)
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op is _sre.BRANCH:
        alternatives = [_sequence(alternative) for alternative in av[1]]
        if all(alternatives):
            return frozenset().union(*alternatives)  # type: ignore[arg-type]
        return None
    repeats = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None))
    if op in repeats and av[0] >= 1:
        return _sequence(av[2])
    return None


def _telling(required: Needles) -> tuple[int, int]:
    """Longer shortest strings first (a character prose seldom holds counts as `RARE_WEIGHT`
    letters), then fewer strings."""
    return min(map(_weight, required)), -len(required)


def _weight(needle: str) -> int:
    return sum(1 if c.isalnum() or c in PROSE_MARKS else RARE_WEIGHT for c in needle)
