"""Paired lists: "the 2GB and 4GB models cost $149 and $199 respectively".

A sentence that ends a list of values with "respectively" gives each item of an earlier list
the value in the same place. When the question names one of those items, its answer is the
value in that item's place, not whichever figure stands nearest to the question's words.

Pure text functions over one sentence; `extractive.best_span` applies them.
"""

from __future__ import annotations

import re

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.retrieve import SentenceWords

RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
VALUE_JOINER = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$", re.IGNORECASE)
RESPECTIVELY_REACH = 30  # characters between the last value and "respectively"
ITEM_JOINERS = frozenset(("and", "or"))
ITEM_SKIPS = frozenset(("a", "an", "the"))  # "a 2GB and a 4GB model"


def value_list(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The values a "respectively" sentence lists in order ("$149 and $199"), or [] when the
    sentence has no such list. `spans` are the sentence's figure or name spans."""
    said = RESPECTIVELY.search(text)
    if said is None:
        return []
    ordered = sorted(s for s in spans if s[1] <= said.start())
    run: list[tuple[int, int]] = []
    for span in ordered:
        if run and span[0] < run[-1][1]:
            continue  # "USD" inside "$ 249 USD"
        if run and VALUE_JOINER.match(text[run[-1][1] : span[0]]):
            run.append(span)
        else:
            run = [span]
    if len(run) < 2 or said.start() - run[-1][1] > RESPECTIVELY_REACH:
        return []
    return run


LINK_REACH = 4  # tokens between two listed items ("2GB and a 4GB": "gb", "and", "a")


def item_place(words: SentenceWords, text: str, anchor: int, before: int) -> tuple[int, int]:
    """The place (0, 1, …) of the question's word at token `anchor` among the items of its
    kind listed with it before the offset `before`, and how many they are ("the 2GB, 4GB and
    8GB models": 4GB is second of three); (0, 1) when it stands in no list. Items are words
    of one shape (figures, or capitalised names) joined by "and", "or" or commas."""
    shape = _shape(words, anchor)
    if not shape or words.spans[anchor][1] > before:
        return 0, 1
    chain = [anchor]
    k = anchor - 1
    while k >= 0 and chain[0] - k <= LINK_REACH + 1:
        if _shape(words, k) == shape and _linked(words, text, k, chain[0]):
            chain.insert(0, k)
        k -= 1
    k = anchor + 1
    while k < len(words.folded) and words.spans[k][1] <= before and k - chain[-1] <= LINK_REACH + 1:
        if _shape(words, k) == shape and _linked(words, text, chain[-1], k):
            chain.append(k)
        k += 1
    return chain.index(anchor), len(chain)


def _shape(words: SentenceWords, k: int) -> str:
    """A listed item's shape: "figure" ("2GB", "30"), "name" (a capitalised word), else ""."""
    low = words.folded[k]
    if low in lx.STOPWORDS or low in CALENDAR_WORDS:
        return ""  # "In May, Kessel and Orrin …": a month lists nothing
    if any(ch.isdigit() for ch in low):
        return "figure"
    return "name" if words.capitalised[k] else ""


CALENDAR_WORDS = frozenset(lx.MONTHS) | frozenset(lx.WEEKDAYS)


def _linked(words: SentenceWords, text: str, left: int, right: int) -> bool:
    """Whether two items stand joined in one list: between them only articles, a joiner or a
    comma, and a word or two of the first item ("2GB and a 4GB": "gb")."""
    between = range(left + 1, right)
    joined = any(words.folded[k] in ITEM_JOINERS for k in between) or any(
        "," in text[words.spans[k][1] : words.spans[k + 1][0]] for k in range(left, right)
    )
    if not joined:
        return False
    others = [k for k in between if words.folded[k] not in ITEM_JOINERS | ITEM_SKIPS]
    return len(others) <= MAX_ITEM_TAIL and not any(words.folded[k] in lx.STOPWORDS for k in others)


MAX_ITEM_TAIL = 2  # words after an item's figure or name ("30GB edition")
