"""Teasers the extractor lets through: headlines of other articles that stand as paragraphs
or headings of their own, each wholly the text of one link ("Dave Matthews Band takes over
the fan vote", a promo card's `<a><h3>…</h3></a>`).

A block is a link teaser when it is short, does not end like a sentence of prose, and the
page's markup holds its text inside an open `<a>` element. One such block may be a link the
article gives; a run of them, or one that ends the page, is a list of other articles, and so
is one set in capitals between the article's paragraphs ("COUNCIL VOTES TO CLOSE THE FERRY"). A
heading right before a run is that list's title. Only the markup around each candidate's
text is read, so pages without candidates cost nothing.
"""

from __future__ import annotations

import html
import re

from sourcedesk.records import Block

TEASER_MAX_WORDS = 20
TEASER_RUN = 2  # link-only blocks in a row that make a list of other articles
SHOUTED_MIN_WORDS = 3  # a lone link-only paragraph in capitals is a teaser from this length
TEASER_KINDS = frozenset(("paragraph", "heading"))
MAX_LOOKUPS = 200  # blocks looked up in the markup, at most, per page
PROSE_ENDINGS = (".", ":", ";", ",", "…", "。")
# The longest plain run of a block's text is looked up in the markup (entities and
# typographic quotes are written in many ways; letters, digits and spaces are not).
PLAIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ]{11,}")
ANCHOR_OPEN = re.compile(r"<a\b", re.IGNORECASE)
ANCHOR_CLOSE = re.compile(r"</a\s*>", re.IGNORECASE)
TAG = re.compile(r"<[^>]*>")
IN_PAGE_HREF = re.compile(r"""\bhref\s*=\s*["']?#""", re.IGNORECASE)
ANCHOR_REACH = 2000  # characters before the text searched for the link that holds it
_ASCII_LOWER = re.compile("[a-z]")


def without_link_teasers(blocks: list[Block], markup: str) -> tuple[list[Block], list[Block]]:
    """The blocks kept, and the link teasers dropped (runs, a trailing one, a run's title)."""
    linked = _linked(blocks, markup)
    drop = [False] * len(blocks)
    i = 0
    while i < len(blocks):
        if not linked[i]:
            i += 1
            continue
        end = i
        while end < len(blocks) and linked[end]:
            end += 1
        shouted = all(_shouted(b) for b in blocks[i:end])
        if (
            end - i >= TEASER_RUN
            or (end == len(blocks) and blocks[i].kind == "paragraph")
            or shouted
        ):
            drop[i:end] = [True] * (end - i)
            if end - i >= TEASER_RUN and i > 0 and blocks[i - 1].kind == "heading":
                drop[i - 1] = True  # "2019 American Music Awards" over its promo cards
        i = end
    kept = [b for b, gone in zip(blocks, drop, strict=True) if not gone]
    dropped = [b for b, gone in zip(blocks, drop, strict=True) if gone]
    return kept, dropped


def _linked(blocks: list[Block], markup: str) -> list[bool]:
    """Which blocks are wholly one link's text. Only candidates that could be dropped are
    looked up (in a run of candidates, or ending the page), and at most `MAX_LOOKUPS` of them:
    each lookup scans the markup, and a page is untrusted input."""
    candidate = [_candidate(block) for block in blocks]
    n = len(blocks)
    linked = [False] * n
    lookups = 0
    for i in range(n):
        in_run = (i > 0 and candidate[i - 1]) or (i + 1 < n and candidate[i + 1]) or i == n - 1
        in_run = in_run or _shouted(blocks[i])
        if candidate[i] and in_run and lookups < MAX_LOOKUPS:
            lookups += 1
            # a lone line in capitals counts only as a link to another page, not to a section
            # of this one ("WHAT HAPPENS NEXT" in a contents box is a subheading too)
            linked[i] = _inside_link(blocks[i].text, markup, off_page=_shouted(blocks[i]))
    return linked


def _candidate(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind in TEASER_KINDS
        and len(text.split()) <= TEASER_MAX_WORDS
        and not text.endswith(PROSE_ENDINGS)
    )


def _shouted(block: Block) -> bool:
    """Whether a paragraph of a few words is all in capitals, the way news pages set a link
    to another story between the article's paragraphs ("COUNCIL VOTES TO CLOSE THE FERRY").

    Asked of every block: a lower-case ASCII letter, which most paragraphs show within a few
    characters, settles it before each character of the text is looked at."""
    if block.kind != "paragraph" or _ASCII_LOWER.search(block.text) is not None:
        return False
    letters = [ch for ch in block.text if ch.isalpha()]
    return (
        len(block.text.split()) >= SHOUTED_MIN_WORDS
        and bool(letters)
        and all(ch.isupper() for ch in letters)
        and not any(ch.isdigit() for ch in block.text)  # "HARBOUR FAIR, 18 MAY": a listing
    )


def _inside_link(text: str, markup: str, off_page: bool = False) -> bool:
    """Whether the markup holds the text as the whole text of one `<a>` element (found by
    the text's longest plain run, then compared letter by letter); with `off_page`, of one
    that leads to another page (not "#section")."""
    runs = PLAIN_RUN.findall(text)
    if not runs:
        return False
    run = max(runs, key=len).strip()
    wanted = _letters(text)
    at = markup.find(run)
    while at >= 0:
        found = _link_text_around(markup, at, at + len(run))
        whole = found is not None and _letters(found[0]) == wanted
        if whole and found is not None and not (off_page and IN_PAGE_HREF.search(found[1])):
            return True
        at = markup.find(run, at + 1)
    return False


def _link_text_around(markup: str, start: int, end: int) -> tuple[str, str] | None:
    """The text and the opening tag of the `<a>` element that holds markup[start:end], if one
    does."""
    before = markup[max(0, start - ANCHOR_REACH) : start]
    opened = [m for m in ANCHOR_OPEN.finditer(before)]
    if not opened or any(m.start() > opened[-1].start() for m in ANCHOR_CLOSE.finditer(before)):
        return None
    after = markup[end : end + ANCHOR_REACH]
    close = ANCHOR_CLOSE.search(after)
    if close is None or any(m.start() < close.start() for m in ANCHOR_OPEN.finditer(after)):
        return None
    inner = before[opened[-1].start() :] + markup[start:end] + after[: close.start()]
    tag = inner[: inner.find(">") + 1] if ">" in inner else ""
    inner = inner[inner.find(">") + 1 :] if ">" in inner else inner
    return html.unescape(TAG.sub(" ", inner)), tag


def _letters(text: str) -> str:
    """A text's letters and digits only, lower-cased (how it is written aside)."""
    return "".join(ch for ch in text.lower() if ch.isalnum())
