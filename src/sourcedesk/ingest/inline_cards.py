"""Take hover cards out of paragraphs before extraction.

Some news pages put a hidden card inside a sentence, after a person's linked name: a photo, the
name again and a few headlines about them ("Ilhan OmarIlhan OmarHillicon Valley: ... MORE").
The page's style sheet hides it until the pointer rests on the name; an extractor that reads the
markup keeps it as text, and the sentence around it is spoiled (or dropped whole as furniture).

A card is told by its class ("tooltip", "popover", "hovercard", "rollover", "popup") and by what
it holds: a picture or several links. The link the reader sees in the sentence holds neither, so
it stays; only the card goes. Pages without such a class are handed on untouched (one regular
expression search), so most pages pay nothing.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
from lxml import etree

from sourcedesk.ingest.needles import needles

CARD_CLASS = re.compile(r"tooltip|popover|hover-?card|rollover|popup", re.IGNORECASE)
CARD_WORD = re.compile(r"tooltip|popover|hover-?card|rollover|popup")  # class names: lower case
ATTRIBUTE_REACH = 200  # how far back from a card word its "class=" may stand
MIN_CARD_LINKS = 2
PARAGRAPH_OPEN = re.compile(r"<p[\s>]")
# The literal strings one of which every card word holds: a page holding none is told by a few
# substring tests instead of a scan of the regex at every position.
_CARD_NEEDLES = tuple(sorted(needles(CARD_WORD.pattern) or ()))


def without_inline_cards(markup: str) -> str:
    """The page with the hover cards inside its paragraphs removed (the text after them kept)."""
    if not _card_inside_paragraph(markup):
        return markup
    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return markup  # the extractor reports broken markup itself
    dropped = False
    # innermost first, so the name link around a card is judged once its card is gone
    for element in reversed(tree.xpath("//p//*[@class]")):
        if _is_card(element):
            element.drop_tree()  # keeps the text that follows the card
            dropped = True
    return str(lxml.html.tostring(tree, encoding="unicode")) if dropped else markup


def _card_inside_paragraph(markup: str) -> bool:
    """Whether a card class stands inside an open paragraph (a cheap test before parsing)."""
    if _CARD_NEEDLES and not any(map(markup.__contains__, _CARD_NEEDLES)):
        return False
    lower = ""
    for word in CARD_WORD.finditer(markup):
        at = word.start()
        tag = markup.rfind("<", max(0, at - ATTRIBUTE_REACH), at)
        if tag < 0 or "class" not in markup[tag:at] or ">" in markup[tag:at]:
            continue  # in a script or in the text, not in a tag's class
        lower = lower or markup.lower()
        if _paragraph_open_before(lower, tag) > lower.rfind("</p>", 0, tag):
            return True
    return False


def _paragraph_open_before(lower: str, end: int) -> int:
    """Where the last "<p>" or "<p ...>" before `end` starts, or -1."""
    at = lower.rfind("<p", 0, end)
    while at >= 0 and not PARAGRAPH_OPEN.match(lower, at):
        at = lower.rfind("<p", 0, at)
    return at


def _is_card(element: Any) -> bool:
    """A classed element that holds a picture or several links: not a phrase of the sentence."""
    if not CARD_CLASS.search(element.get("class") or ""):
        return False
    if element.xpath(".//img"):
        return True
    return len(element.xpath(".//a")) >= MIN_CARD_LINKS
