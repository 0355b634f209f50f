"""Questions that set known items aside: "Besides Germany and Switzerland, where else is the
lake?", "Along with wind and hydro, what is a common power source?".

The answer is another item of the list the sentence puts the known ones in ("Germany,
Switzerland and Austria", "wind, hydro and solar power"): the item coordinated with a
known one, never a known one itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

SETTING_ASIDE = re.compile(
    r"^\s*(?:other than|along with|besides|aside from|apart from|in addition to|except for)\s+"
    r"(?P<items>[^?]+?),?\s+(?=(?:what|which|who|whom|whose|where|when|why|how|in what|"
    r"in which|on what|name)\b)",
    re.IGNORECASE,
)
ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
LEADING_ARTICLE = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.IGNORECASE)
JOINER = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|and also|plus)\s+)"
# A sibling item: up to five words, not running into punctuation, a joiner, a preposition or
# a verb that goes on with the clause.
NOT_IN_ITEM = (
    r"(?!(?:and|or|as|in|on|at|for|to|with|by|from|that|which|who|is|are|was|were|be|been|"
    r"has|have|had|will|would|can|could|may|might|do|does|did|also|than|then|the|a|an)\b)"
)
ITEM_WORD = r"[\w'’./&-]+"  # "Business/Financial", "AT&T"
ITEM = (
    r"(?<![\w'’.-])(?:(?:the|a|an)\s+)?(?P<item>"
    + NOT_IN_ITEM
    + ITEM_WORD
    + r"(?:\s+"
    + NOT_IN_ITEM
    + ITEM_WORD
    + r"){0,4})"
)
AFTER_KNOWN = re.compile(JOINER + ITEM, re.IGNORECASE)
BEFORE_KNOWN = re.compile(ITEM + JOINER + r"$", re.IGNORECASE)
OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her)\b", re.IGNORECASE)
MAX_KNOWN_WORDS = 6


def set_aside(question: str) -> list[str]:
    """The items a question already knows ("Germany", "Switzerland"), or [] when none."""
    return list(_set_aside(question))


@lru_cache(maxsize=256)  # read for every candidate of a question
def _set_aside(question: str) -> tuple[str, ...]:
    match = SETTING_ASIDE.match(question)
    if not match:
        return ()
    items = [LEADING_ARTICLE.sub("", part).strip() for part in ITEM_SPLIT.split(match["items"])]
    known = [item for item in items if item and len(item.split()) <= MAX_KNOWN_WORDS]
    # "the motion picture and television industry": "television" may stand without the head
    return (*known, *(item.rsplit(" ", 1)[0] for item in known if " " in item))


def sibling_item(text: str, known: list[str]) -> tuple[int, int] | None:
    """Where the sentence names another item beside a known one, or None."""
    places = [(m.start(), m.end()) for item in known for m in _find(text, item)]
    if not places:
        return None
    taken = [range(start, end) for start, end in places]
    for _, end in sorted(places, key=lambda p: -p[1]):  # the last known item first
        after = AFTER_KNOWN.match(text, end)
        if after and not _is_known(after.start("item"), taken):
            return _trimmed(text, after.start("item"), after.end("item"))
    for start, _ in sorted(places):
        before = BEFORE_KNOWN.search(text[:start])
        if before and not _is_known(before.start("item"), taken):
            return _trimmed(text, before.start("item"), before.end("item"))
    return None


def _find(text: str, item: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"(?<!\w){re.escape(item)}(?!\w)", text, re.IGNORECASE))


def _is_known(at: int, taken: list[range]) -> bool:
    return any(at in span for span in taken)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Without a closing full stop, nor a verb standing before its object ("boat building
    remain | the main trades")."""
    while end > start and text[end - 1] in ".’'":
        end -= 1
    last = text.rfind(" ", start, end)
    if last > start and text[last + 1 : end].islower() and OBJECT_AFTER.match(text, end):
        end = last
    return start, end
