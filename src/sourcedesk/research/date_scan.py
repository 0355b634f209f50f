"""Finding the date rules' matches without running every rule over the whole text.

Each rule's regex starts with a look-behind (no match inside a word or a number), which keeps
Python's regex engine from skipping ahead: it tries every rule at every position of the text,
and the 29 passes were most of the tagger's time. Here each rule's parsed pattern gives its
*heads*: the first `HEAD_CHARS` characters any match can start with, case-folded, digits as
``0`` and white space as a space (cut short where the pattern allows any character). One pass
of a single regex finds the word starts where some head stands; each rule is then tried
(``match``) only at the starts its heads allow, in order and from the end of its last match
on, which gives exactly the matches ``finditer`` gives.

A text character the heads cannot vouch for (one beyond the Basic Multilingual Plane) makes
its word start a candidate for every rule; a rule whose heads say nothing (it may start
anywhere) is run over the text as before.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as sre
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

__all__ = ["Scanner"]

HEAD_CHARS = 5  # characters of a match's start that sort the word starts among the rules
DIGIT, SPACE = "0", " "
_MAX_CHARSET = 64  # a character range wider than this is taken as "any character"
_BMP = 0x10000
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)

State = tuple[str, bool]  # the head so far, and whether the pattern may still add to it


def _norm(char: str) -> str:
    """A pattern character as heads write it: ASCII letters in lower case, digits as 0,
    white space as a space; a cased character outside ASCII is "" (not known)."""
    if char.isascii():
        return DIGIT if char.isdigit() else SPACE if char.isspace() else char.lower()
    if char.isspace():
        return SPACE
    return "" if char.isdecimal() or char.lower() != char.upper() else char


def _charset(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The characters of a class as heads write them, or None when it allows too many."""
    found: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            found.add(_norm(chr(av)))
        elif op is C.RANGE and av[1] - av[0] <= _MAX_CHARSET:
            found.update(_norm(chr(c)) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av in (C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT):
            found.add(DIGIT)
        elif op is C.CATEGORY and av in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE):
            found.add(SPACE)
        else:
            return None
    return None if "" in found else found


def _walk(states: set[State], items: Iterable[tuple[Any, Any]], k: int) -> set[State]:
    """The heads after a sequence of parsed items, from the heads before it."""
    for item in items:
        nxt = {s for s in states if not s[1]}
        for text, _ in states - nxt:
            nxt |= {(t[:k], ok and len(t) < k) for t, ok in _step(text, item, k)}
        states = nxt
    return states


def _step(text: str, item: tuple[Any, Any], k: int) -> set[State]:
    """The heads after one parsed item, from one open head."""
    op, av = item
    if op is C.LITERAL:
        char = _norm(chr(av))
        return {(text + char, True)} if char else {(text, False)}
    if op is C.IN:
        chars = _charset(av)
        return {(text, False)} if chars is None else {(text + c, True) for c in chars}
    if op is C.BRANCH:
        return set().union(*(_walk({(text, True)}, alt, k) for alt in av[1]))
    if op is C.SUBPATTERN:
        return _walk({(text, True)}, av[-1], k)
    if op is C.ATOMIC_GROUP:
        return _walk({(text, True)}, av, k)
    if op in _REPEATS:
        return _repeat(text, av, k)
    if op in _ZERO_WIDTH:
        return {(text, True)}
    return {(text, False)}


def _repeat(text: str, av: tuple[int, int, Any], k: int) -> set[State]:
    """The heads after a repeated item (each repetition walked, up to the head's length)."""
    low, high, sub = av
    done: set[State] = set()
    frontier = {(text, True)}
    for count in range(low + k + 1):
        if count >= low:
            done |= frontier
        done |= {s for s in frontier if not s[1]}  # cut short: anything may follow
        frontier = {s for s in frontier if s[1]}
        if count == high or not frontier:
            return done
        frontier = _walk(frontier, sub, k)
    return done | {(t, False) for t, _ in frontier}


def heads(pattern: re.Pattern[str], k: int = HEAD_CHARS) -> frozenset[str] | None:
    """The starts (at most `k` characters, as `_norm` writes them) of every match of a
    pattern; None when a match may start with any character."""
    parsed = sre.parse(pattern.pattern, pattern.flags)
    found = frozenset(t for t, _ in _walk({("", True)}, parsed, k))
    return None if "" in found else found


@cache
def _fold_table() -> dict[int, str]:
    """How text characters are written to be compared with heads: those case-insensitive
    matching takes for an ASCII letter as that letter, digits as 0, white space as a space."""
    table = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    every = "".join(chr(c) for c in range(0x80, _BMP) if not 0xD800 <= c < 0xE000)
    for char in re.findall(r"[a-z]", every, re.I):
        table[ord(char)] = next(x for x in "abcdefghijklmnopqrstuvwxyz" if re.match(x, char, re.I))
    table.update((ord(c), DIGIT) for c in re.findall(r"\d", "0123456789" + every))
    table.update((ord(c), SPACE) for c in re.findall(r"\s", "".join(map(chr, range(128))) + every))
    return table


def _trie_regex(words: Iterable[str]) -> str:
    """A case-insensitive regex matching any of the heads, factored by their characters."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_regex(trie)


def _node_regex(node: dict[str, Any]) -> str:
    if "" in node:
        return ""  # a head ends here: the text may go on with anything
    parts = [_char_regex(c) + _node_regex(child) for c, child in sorted(node.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _char_regex(char: str) -> str:
    return r"\d" if char == DIGIT else r"\s" if char == SPACE else re.escape(char)


class Scanner:
    """Regexes that each start with the look-behind `boundary`, each run only where its
    heads stand (see the module text)."""

    def __init__(self, regexes: list[re.Pattern[str]], boundary: str) -> None:
        self.regexes = regexes
        self.heads = [heads(r) for r in regexes]
        known = [h for h in self.heads if h is not None]
        lead = _trie_regex(sorted(set().union(*known))) if known else "(?!)"
        self.starts = re.compile(f"{boundary}(?={lead})", re.I)
        self._rules_at: dict[str, tuple[int, ...]] = {}
        self.every = tuple(i for i, h in enumerate(self.heads) if h is not None)

    def _rules_for(self, head: str) -> tuple[int, ...]:
        found = self._rules_at.get(head)
        if found is None:
            if any(ord(c) >= _BMP for c in head):
                found = self.every
            else:
                found = tuple(
                    i
                    for i, hs in enumerate(self.heads)
                    if hs is not None and any(head.startswith(h) for h in hs)
                )
            self._rules_at[head] = found
        return found

    def matches(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """Every rule's matches (rule index, match): the same as each regex's ``finditer``."""
        table = _fold_table()
        where: list[list[int]] = [[] for _ in self.regexes]
        for m in self.starts.finditer(text):
            at = m.start()
            for i in self._rules_for(text[at : at + HEAD_CHARS].translate(table)):
                where[i].append(at)
        for i, regex in enumerate(self.regexes):
            if self.heads[i] is None:
                yield from ((i, m) for m in regex.finditer(text))
                continue
            end = 0
            for at in where[i]:
                if at >= end:
                    found = regex.match(text, at)
                    if found:  # heads are never empty, so neither is a match
                        end = found.end()
                        yield i, found
