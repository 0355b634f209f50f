"""Questions about the sources themselves: who published a page, and when.

"When was the Herald's story published?" and "Which outlet published the report on the
collapse?" are answered from the sources' metadata (the publisher and publication date read at
ingest or given with `add --published`), not from their sentences. The page is recognised by
its publisher's name, its title's words or its address; the answer cites the page's first
sentence so the reader can open it, and says the fact comes from the page's details. When the
page gives no date or publisher, the desk says so rather than guessing; when no page is
recognised, the question goes to ordinary answering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from sourcedesk.answer.abstain import abstention_text
from sourcedesk.answer.lexicon import MONTHS, STOPWORDS, words
from sourcedesk.answer.question import Question
from sourcedesk.answer.variants import stem, tokens
from sourcedesk.records import Answer, Citation, Source

PUBLISHING = re.compile(r"\b(?:publish(?:ed|es|ing)?|publisher|publication|put out)\b", re.I)
PAGE_NOUN = re.compile(
    r"\b(?:story|article|report|analysis|piece|page|source|post|item|revision|snapshot|"
    r"statement|interview|editorial|column)\b",
    re.I,
)
# Words that ask about the page rather than name it.
PAGE_WORDS = words(
    """
    published publish publisher publication put out story article report analysis piece page
    source post item when who which what date day outlet site website newspaper paper agency
    institute organisation organization magazine was were is the a an of by on in first
    """
)
PUBLISHER_WEIGHT = 3.0  # a publisher's own name in the question settles which page it is
HOST_WEIGHT = 2.0
MIN_LEAD = 1.0  # the recognised page must beat the next one by this much


@dataclass(frozen=True)
class Pick:
    """The page a question is about and how sure the pick is."""

    source: Source
    score: float


def asks_about_publication(question: Question) -> bool:
    """Whether the question asks who published a page or when it was published: it names a
    page ("the story", "the report") beside publishing, so "What did the ministry publish
    about the bridge?" stays a question about the sources' content."""
    return (
        question.qtype in ("when", "who", "which", "what")
        and bool(PUBLISHING.search(question.text))
        and bool(PAGE_NOUN.search(question.text))
    )


def _publisher_named_otherwise(question: Question, source: Source) -> bool:
    """Whether the question names who published, and it is not the page's publisher: "When did
    the Kellmarsh Office of Public Audit publish its report?" asks about the audit office's
    report, which a news page about it did not publish."""
    named = PUBLISHER_SUBJECT.search(question.text)
    if named is None:
        return False
    asked = {stem(w) for w in tokens(named.group(1))} - {stem(w) for w in PAGE_WORDS}
    told = {stem(w) for w in tokens(source.publisher or "")}
    return bool(asked) and len(asked & told) * 2 < len(asked)  # "Lisle" alone is not it


# "When did <someone> publish …?": the one who published, named before the verb.
PUBLISHER_SUBJECT = re.compile(
    r"\b(?:did|does|do|has|have|had|will)\s+(.+?)\s+(?:publish|release|issue|put out)\b",
    re.IGNORECASE,
)


def answer_about_sources(store: Any, question: Question, shown: str) -> Answer | None:
    """The answer from the sources' metadata, or None when no one page is meant."""
    if not asks_about_publication(question):
        return None
    pick = _pick_source(store, question)
    if pick is None or _publisher_named_otherwise(question, pick.source):
        return None
    source = pick.source
    wants_date = question.qtype == "when" or "date" in question.text.lower()
    value = readable_date(source.published) if wants_date else source.publisher
    citation = _first_sentence(store, source)
    if not value or citation is None:
        missing = (
            f"when “{source.title}” was published"
            if wants_date
            else (f"who published “{source.title}”")
        )
        return Answer(
            question=shown,
            answer=abstention_text(shown, f"they say nothing of {missing}"),
            abstained=True,
            closest=(citation,) if citation else (),
            qtype=question.qtype,
            resolved_question=question.text,
        )
    role = "the publication date" if wants_date else "the publisher"
    return Answer(
        question=shown,
        answer=f"{value} — {role} of “{source.title}”, from the page's details [1].",
        abstained=False,
        citations=(citation,),
        qtype=question.qtype,
        resolved_question=question.text,
    )


def _pick_source(store: Any, question: Question) -> Pick | None:
    words = _content_stems(question.text)
    if not words:
        return None
    scored = sorted(
        (Pick(s, _match(words, s)) for s in store.source_details() if not s.duplicate_of),
        key=lambda p: -p.score,
    )
    if not scored or scored[0].score <= 0:
        return None
    if len(scored) > 1 and scored[0].score - scored[1].score < MIN_LEAD:
        return None
    return scored[0]


def _match(words: set[str], source: Source) -> float:
    title = _content_stems(source.title)
    publisher = _content_stems(source.publisher or "")
    host = _content_stems(" ".join(urlparse(source.origin).netloc.split(".")))
    return (
        len(words & title)
        + PUBLISHER_WEIGHT * len(words & publisher)
        + HOST_WEIGHT * len(words & host)
    )


def _content_stems(text: str) -> set[str]:
    out = set()
    for word in tokens(text):
        low = word.lower()
        if low in STOPWORDS or low in PAGE_WORDS or len(low) < 2:
            continue
        out.add(stem(low))
    return out


def _first_sentence(store: Any, picked: Source) -> Citation | None:
    source = store.get_source(picked.id)  # the listing carries no text: read the one page
    passages = store.passages(picked.id, 0, 0)
    if source is None or not passages:
        return None
    p = passages[0]
    if source.text[p.start : p.end] != p.text:
        return None
    return Citation(1, source.id, p.start, p.end, p.text, source.origin, source.title)


def readable_date(iso: str | None) -> str | None:
    """2022-07-13 → 13 July 2022; 2022-07 → July 2022; 2022 → 2022 (a time of day is left out)."""
    if not iso:
        return None
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", iso)
    if not match:
        return iso
    year, month, day = match.groups()
    if not month:
        return year
    name = MONTHS[int(month) - 1].capitalize()
    return f"{int(day)} {name} {year}" if day else f"{name} {year}"
