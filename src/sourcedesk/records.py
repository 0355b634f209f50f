"""Plain records passed between pipeline stages.

Readers produce a `Document` (blocks of text plus metadata); `index.segment` turns it into a
`Segmented` text with character offsets; the store keeps `Source` rows. Every citation carries
`source_id`, `start`, `end` and `quote` with `clean_text[start:end] == quote`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "caption", "list_item", "quote"]
# The heading of the section an encyclopedia page's infobox fields become (one fact an item):
# readers write it, and the answerer reads its items as facts about the page's subject.
KEY_FACTS = "Key facts"
#: The section a page's picture captions are moved to, after its article (they tell what a
#: picture shows, not the story's events).
PICTURE_CAPTIONS = "Picture captions"
SourceKind = Literal["encyclopedia", "news", "other"]
# What a page is, from evidence on the page (ingest/genres.py); None when it does not say.
Genre = Literal[
    "news article", "live blog", "press release", "statement", "blog post", "newsletter",
    "encyclopedia article",
]  # fmt: skip
AddStatus = Literal["added", "unchanged", "revision", "duplicate", "error"]


@dataclass(frozen=True)
class Block:
    """One block of a page's main text: a heading, a paragraph, a caption, a list item."""

    kind: BlockKind
    text: str
    level: int = 0  # heading level (1 = page title, 2 = section, 3 = subsection ...)


@dataclass(frozen=True)
class Reference:
    """One entry of a page's reference list."""

    n: int
    text: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Document:
    """What a reader made of one input: the article's blocks, its metadata and what was cut."""

    blocks: tuple[Block, ...]
    title: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    language: str | None = None
    kind: SourceKind | None = None
    url: str | None = None
    references: tuple[Reference, ...] = ()
    removed: tuple[str, ...] = ()
    reader: str = ""  # which reader (and cascade stage) produced it
    author: str | None = None  # as the byline gives it; several joined by ", "
    genre: Genre | None = None


@dataclass(frozen=True)
class Span:
    """A [start, end) character range of a clean text."""

    start: int
    end: int


@dataclass(frozen=True)
class Section:
    """A heading and the range of clean text it governs (heading line included)."""

    heading: str
    level: int
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """One block of the clean text, with its kind and the index of its section."""

    kind: BlockKind
    start: int
    end: int
    section: int  # index into Segmented.sections, -1 before the first heading


@dataclass(frozen=True)
class Sentence:
    """One sentence of the clean text."""

    start: int
    end: int
    paragraph: int  # index into Segmented.paragraphs


@dataclass(frozen=True)
class Segmented:
    """The clean text of a document with its sections, paragraphs and sentences."""

    text: str
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Source:
    """A stored source: its metadata and clean text."""

    id: str
    origin: str
    title: str
    kind: SourceKind
    publisher: str | None
    published: str | None
    language: str | None
    words: int
    text: str
    content_hash: str
    added_at: str
    revision_of: str | None = None
    duplicate_of: str | None = None
    reader: str = ""
    author: str | None = None
    genre: Genre | None = None


@dataclass(frozen=True)
class Passage:
    """A sentence found by retrieval, with its context, ready to be cited."""

    source_id: str
    start: int
    end: int
    text: str
    score: float
    title: str = ""
    heading: str = ""
    origin: str = ""
    sentence_no: int = 0  # position of the sentence in its source
    paragraph_no: int = 0
    published: str | None = None


@dataclass(frozen=True)
class Citation:
    """A checkable pointer into a source: `clean_text[start:end] == quote`."""

    n: int
    source_id: str
    start: int
    end: int
    quote: str
    origin: str = ""
    title: str = ""


@dataclass(frozen=True)
class Answer:
    """A grounded answer: the stated answer, its citations, or an abstention."""

    question: str
    answer: str
    abstained: bool
    citations: tuple[Citation, ...] = ()
    closest: tuple[Citation, ...] = ()
    disagreements: tuple[dict, ...] = ()
    qtype: str = ""
    resolved_question: str = ""


@dataclass(frozen=True)
class AddResult:
    """The outcome of adding one input."""

    origin: str
    status: AddStatus
    id: str | None = None
    title: str | None = None
    error: str | None = None
    revision_of: str | None = None
    duplicate_of: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class DateMention:
    """A date expression in a clean text with its normalised TIMEX3-style value."""

    text: str
    start: int
    end: int
    value: str  # 2022-07-13, 2022-07, 2022, 2022-W28, 199X, PRESENT_REF ...


@dataclass(frozen=True)
class Event:
    """Something that happened at a date, as told by one or more sources."""

    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    text: str  # a short description (the clause)
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place, with the names and roles the sources give it."""

    name: str
    type: Literal["person", "organisation", "place", "other"]
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    mentions: int
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Claim:
    """A statement made by one or more sources, with how many independent voices make it."""

    text: str
    status: Literal["corroborated", "single", "conflict"]
    voices: int
    citations: tuple[Citation, ...]
    about: tuple[str, ...] = ()
