"""Questions about a relative: "Who was Toren's grandfather?", "Who was Ilse's brother?".

A sentence may say it the other way round: "Baran's grandson Toren" or "Ilse, sister of Duke
Aldo II" answer the two questions above (Baran, Duke Aldo II). And a sentence that calls
the asked person the relative of someone ("his nephew Osric") does not say who Osric's
nephew is: such a sentence cannot answer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcedesk.answer import lexicon as lx

# Each relation and the relations that say it from the other side.
INVERSE: dict[str, frozenset[str]] = {}
for _pair in (
    ("grandfather grandmother grandparent", "grandson granddaughter grandchild"),
    ("father mother parent", "son daughter child"),
    ("brother sister sibling", "brother sister sibling"),
    ("uncle aunt", "nephew niece"),
    ("husband", "wife"),
):
    _left, _right = lx.words(_pair[0]), lx.words(_pair[1])
    for _word in _left:
        INVERSE[_word] = _right
    for _word in _right:
        INVERSE[_word] = INVERSE.get(_word, frozenset()) | _left
KIN_WORDS = "|".join(sorted(INVERSE, key=len, reverse=True))
NAME = r"[A-Z][\w’'.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w’'.-]*){0,4}"
ASKED = re.compile(rf"\b(?P<owner>{NAME})['’]s\s+(?P<kin>{KIN_WORDS})\b")
REVERSED = "reversed"


@lru_cache(maxsize=256)  # read for every candidate of a question
def asked_relative(question: str) -> tuple[str, str] | None:
    """The person and the relation a "Who was X's K?" question asks for, or None."""
    if not question.lower().startswith(("who", "what was the name", "what is the name")):
        return None
    match = ASKED.search(question)
    return (match["owner"], match["kin"].lower()) if match else None


def relative_span(text: str, owner: str, kin: str) -> tuple[int, int] | str | None:
    """Where a sentence names `owner`'s `kin` said from the other side; `REVERSED` when it
    calls the owner someone's `kin`, or names the owner's relative on the other side; None when
    it says neither."""
    inverse = "|".join(sorted(INVERSE.get(kin, frozenset())))
    name = re.escape(owner)
    said_of = re.compile(rf"\b(?:{kin}s?)\s+(?:{NAME}\s+)?{name}\b")  # "his nephew Osric"
    before = re.compile(rf"(?P<who>{NAME})['’]s\s+(?:{inverse})\s+(?:{NAME}\s+)?{name}\b")
    apposed = re.compile(rf"\b{name},\s+(?:the\s+)?(?:{inverse})\s+of\s+(?P<who>{NAME})")
    for pattern in (before, apposed):
        found = pattern.search(text)
        if found:
            return found.start("who"), found.end("who")
    if said_of.search(text):
        return REVERSED
    other = "|".join(sorted(INVERSE.get(kin, frozenset()) - {kin}))
    owned = rf"\b{name}(?:['’]s\s+|\b.*\b(?:his|her)\s+)(?:{other})\b"
    opens = rf"\W*(?:his|her)\s+(?:{other})\b"  # "His son Aren Dol married ..."
    if other and (re.search(owned, text) or re.match(opens, text, re.IGNORECASE)):
        return REVERSED  # "Aren Tarsin's son", "Aren Tarsin ... his son": not who his father was
    return None
