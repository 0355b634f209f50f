"""Picture captions: told apart from the article's paragraphs, and kept out of its text.

Readers mark a caption where the markup says so (`<figcaption>`, a wiki `[[File:…|caption]]`,
an infobox's `caption =`). Many pages set it as an ordinary paragraph instead (a wire
story's picture line, a capture's text under a photo, a credit span beside an image): such a
paragraph is known by the photo credit that closes it, which no article sentence carries:

- a labelled credit after the caption's last sentence: "… on Wednesday. Picture: Kellmarsh
  Post", "Photo: Ada Orsa", "(Photograph by Tarvia Lisle)", "Credit: Selvany Archive";
- an agency and photographer joined by a slash: "… May 3, 2025. TNA/Brannock Hale",
  "REUTERS/Ada Orsa/File Photo", or that credit alone ("Brannock Hale/Kellmarsh Post").

A caption describes a picture, not the story's opening: read as the first paragraph it made
a picture's date the story's. Yet it often names who is pictured and why ("X, ambassador to
Y, presents the document at …"), which no other sentence of the page says. `captions_last`
keeps each caption, less its credit, after the article's text, and lists a credit that is
all a caption holds among the page's cut lines (`show --removed`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from sourcedesk.records import PICTURE_CAPTIONS, Block, Document

#: A caption set as a paragraph is short; a longer block ending in a credit is left alone.
CREDIT_CAPTION_MAX_WORDS = 60
# Where a credit may start: the block's start, after a sentence's end or a separator, or in
# brackets.
_CREDIT_START = r"(?:^|(?<=[.!?…\"”’')])\s+|,\s+|\s+[-–—|]\s+|\s+(?=[(\[]))"
_LABEL = (
    r"(?:photo(?:graph)?s?|pictures?|pics?|images?|illustrations?|graphics?|video|footage|"
    r"(?:photo |image |picture )?credits?)"
)
#: "Picture: Kellmarsh Post", "(Photo by Ada Orsa)": a label, then a name with no sentence end.
LABELLED_CREDIT = re.compile(
    rf"{_CREDIT_START}[(\[]?{_LABEL}\s*(?::|by\b)\s*[^.!?:;]{{2,60}}?[)\]]?\s*$", re.IGNORECASE
)
_NAME = r"[A-Z][\w&'’.-]*"
#: "TNA/Brannock Hale", "REUTERS/Ada Orsa/File Photo", "Brannock Hale/Kellmarsh Post".
AGENCY_CREDIT = re.compile(
    rf"{_CREDIT_START}[(\[]?{_NAME}(?: {_NAME}){{0,2}} ?/ ?{_NAME}"
    rf"(?: (?:{_NAME}|de|van|von|da|di|du|le|la|el|al)){{0,4}}(?: ?/ ?{_NAME}(?: {_NAME})?)?"
    r"[)\]]?\s*$"
)


#: Every labelled credit holds one of these, in any case (its label); every agency credit a "/".
CREDIT_LABEL_WORDS = (
    "photo", "pic", "image", "illustration", "graphic", "video", "footage", "credit",
)  # fmt: skip
# Letters a case-blind regex takes for an ASCII letter that `str.lower` does not turn into one
# ("İ" lowers to two characters); a text holding one is searched without the word test.
_FOLDED_APART = frozenset("İıſ")


def is_credit_caption(text: str) -> bool:
    """Whether a block is a picture's caption by the photo credit that closes it.

    A credit is searched for only in a block that holds its label or its slash: most hold
    neither, and each search tries the credit at every position of the block."""
    labelled = _may_hold_label(text)
    agency = "/" in text
    if not (labelled or agency) or len(text.split()) > CREDIT_CAPTION_MAX_WORDS:
        return False
    return (labelled and LABELLED_CREDIT.search(text) is not None) or (
        agency and AGENCY_CREDIT.search(text) is not None
    )


def _may_hold_label(text: str) -> bool:
    """False only when `LABELLED_CREDIT` cannot match: the text holds no label word."""
    lowered = text.lower()
    if any(word in lowered for word in CREDIT_LABEL_WORDS):
        return True
    return not text.isascii() and not _FOLDED_APART.isdisjoint(text)


def with_credit_captions(doc: Document) -> Document:
    """The document with each paragraph that ends in a photo credit made a caption."""
    if not any(b.kind == "paragraph" and is_credit_caption(b.text) for b in doc.blocks):
        return doc
    blocks = tuple(
        Block("caption", b.text) if b.kind == "paragraph" and is_credit_caption(b.text) else b
        for b in doc.blocks
    )
    return replace(doc, blocks=blocks)


def captions_last(doc: Document) -> Document:
    """The document with its captions after the article's text, each without its credit; a
    caption that is only a credit is cut. A page of captions only is left as it is."""
    captions = [b for b in doc.blocks if b.kind == "caption"]
    kept = tuple(b for b in doc.blocks if b.kind != "caption")
    if not captions or not kept:
        return doc
    moved, cut = [], []
    for block in captions:
        told = without_credit(block.text)
        if len(told.split()) < MIN_CAPTION_WORDS:
            cut.append(block.text)
        else:
            moved.append(Block("caption", told))
    heading = [Block("heading", PICTURE_CAPTIONS, 2)] if moved else []
    return replace(doc, blocks=(*kept, *heading, *moved), removed=(*doc.removed, *cut))


MIN_CAPTION_WORDS = 4  # "Picture: Kellmarsh Post" alone tells nothing


def without_credit(text: str) -> str:
    """A caption without the photo credit that closes it."""
    for pattern in (LABELLED_CREDIT, AGENCY_CREDIT):
        found = pattern.search(text)
        if found:
            text = text[: found.start()]
    return text.strip(" ,-–—|")
