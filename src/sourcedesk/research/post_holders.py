"""Who holds a post, as each source names them: two sources that name different people for one
post that a single person holds are a conflict of type "name".

The claims index compares figures, dates, lists and negations; a disagreement about who is left
to the answers ("Who is the lead investigator?"). This module reads the plain ways news names a
post's holder:

- the post right before the name: "head referee Ada Vell", "mediator Ivo Kerr";
- the name, then the post after a comma: "Professor Ada Vell of Lisle University, the lead
  investigator of LARK-2";
- "The lead investigator of LARK-2 is Professor Ivo Kerr";
- a task led by someone: "The inquiry was led by Ada Vell".

A post is one of `POST_HEADS` with up to two words before it ("chief executive", "head
referee"); what it is of ("of LARK-2"), when both sources say, must be the same. Two names are a
conflict only when each page keeps to its own: the one page never writes the other's surname
(a page that names both tells of both, in whatever roles), no page names two holders of the
post, and the two pages are neither copies nor revisions of one another.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sourcedesk.records import Source
from sourcedesk.research.entity_data import ORG_KEYWORDS, PLACE_KEYWORDS

__all__ = ["post_conflicts"]

POST_HEADS = (
    "investigator|referee|umpire|mediator|arbitrator|captain|coach|manager|director|chair|"
    "chairman|chairwoman|chairperson|president|executive|commander|principal|headteacher|"
    "editor|founder|architect|designer|conductor|skipper|superintendent|coroner|ombudsman"
)
# Posts of a body (each firm or agency has its own), compared only when both pages say whose.
BODY_POSTS = frozenset(
    [
        "manager",
        "director",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "president",
        "executive",
        "commander",
        "principal",
        "headteacher",
        "editor",
        "founder",
        "superintendent",
    ]
)
TASKS = "investigation|inquiry|review|search|operation|mediation|talks|negotiations|probe|rescue"
TITLE = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Judge|Sir|Dame|Cllr)\.?\s+)?"
NAME = r"([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})"  # two or three capitalised words
POST = rf"((?i:(?:[a-z-]+\s+){{0,2}}(?:{POST_HEADS})))"  # "head referee", "Chief Executive"
OBJECT = r"(?:\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))?"

POST_BEFORE_NAME = re.compile(rf"(?<![A-Za-z-]){POST}\s+{TITLE}{NAME}\b")
NAME_THEN_POST = re.compile(
    rf"\b{TITLE}{NAME}(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?,\s+(?:the\s+)?"
    rf"{POST}{OBJECT}"
)
POST_IS_NAME = re.compile(
    rf"\b[Tt]he\s+{POST}{OBJECT}\s+(?:is|was|has\s+been)\s+(?:[a-z]+\s+){{0,2}}?{TITLE}{NAME}\b"
)
LED_BY = re.compile(
    rf"\b({TASKS})(?:\s+[a-z-]+){{0,5}}?\s+(?:was\s+|were\s+|is\s+|has\s+been\s+|had\s+been\s+)?"
    rf"(?:led|headed|chaired|brokered|run|conducted)\s+by\s+(?:[a-z-]+\s+){{0,4}}?{TITLE}{NAME}\b"
)
# Words that may open a post but are no part of it ("said head referee …").
NOT_POST_WORDS = frozenset(
    [
        "said",
        "says",
        "told",
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "by",
        "with",
        "to",
        "for",
        "as",
        "his",
        "her",
        "its",
        "their",
    ]
)
NOT_PERSON_WORDS = ORG_KEYWORDS | PLACE_KEYWORDS | frozenset(("court", "hall", "board"))
MAX_HOLDERS = 1  # a page that names more holders of one post tells of several


@dataclass(frozen=True)
class Holder:
    """One page naming someone as a post's holder."""

    post: str
    of: str
    name: str
    source_id: str
    start: int
    end: int
    quote: str


def post_conflicts(sources: list[Source], sentences: dict[str, list[Any]]) -> list[dict]:
    """Conflicts of type "name": pages naming different holders of one post."""
    pages = {s.id: s for s in sources if not s.duplicate_of}
    related = {(s.id, s.revision_of) for s in sources if s.revision_of}
    related |= {(b, a) for a, b in related}
    by_post: dict[str, list[Holder]] = defaultdict(list)
    for source in pages.values():
        found = _holders(source, sentences.get(source.id, []))
        for post, holders in found.items():
            if len({_surname(h.name) for h in holders}) <= MAX_HOLDERS:
                by_post[post].extend(holders)
    out = []
    for post, holders in sorted(by_post.items()):
        conflict = _conflict(post, holders, pages, related)
        if conflict is not None:
            out.append(conflict)
    return out


def _holders(source: Source, rows: list[Any]) -> dict[str, list[Holder]]:
    """The post holders a page names, by post: only its sentences that hold a post's word
    (found once over the lower-cased page, not sentence by sentence) are read."""
    found: dict[str, list[Holder]] = defaultdict(list)
    starts = [row.start for row in rows]
    marked = {bisect_right(starts, m.start()) - 1 for m in PREFILTER.finditer(source.text.lower())}
    for k in sorted(marked):
        if k < 0:
            continue
        row = rows[k]
        text = source.text[row.start : row.end]
        for post, of, name in _named_posts(text):
            found[post].append(Holder(post, of, name, source.id, row.start, row.end, text))
    return found


PREFILTER = re.compile(rf"{POST_HEADS}|{TASKS}")  # over lower-cased text: no case folding


def _named_posts(text: str) -> list[tuple[str, str, str]]:
    """(post, what it is of, name) for each way the sentence names a holder."""
    out = []
    for m in POST_BEFORE_NAME.finditer(text):
        out.append((_post(m.group(1)), "", m.group(2)))
    for m in NAME_THEN_POST.finditer(text):
        out.append((_post(m.group(2)), _fold(m.group(3) or ""), m.group(1)))
    for m in POST_IS_NAME.finditer(text):
        out.append((_post(m.group(1)), _fold(m.group(2) or ""), m.group(3)))
    for m in LED_BY.finditer(text):
        out.append((f"{m.group(1).lower()} led by", "", m.group(2)))
    return [(post, of, name) for post, of, name in out if post and _a_person(name)]


def _a_person(name: str) -> bool:
    """Whether a name reads as a person's, not a body's or a place's ("High Court")."""
    return not any(w.lower() in NOT_PERSON_WORDS for w in name.split())


def _post(words: str) -> str:
    """A post's words without what opens it but is no part of it ("said head referee")."""
    kept = words.lower().split()
    while kept and kept[0] in NOT_POST_WORDS:
        kept = kept[1:]
    return " ".join(kept)


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def _conflict(
    post: str, holders: list[Holder], pages: dict[str, Source], related: set[tuple[str, str]]
) -> dict | None:
    """The conflict between the post's holders as the pages name them, or None."""
    objects = {h.of for h in holders if h.of}
    if len(objects) > 1:
        return None  # "the director of X" and "the director of Y" are two posts
    if post.split()[-1] in BODY_POSTS and (len(objects) != 1 or not all(h.of for h in holders)):
        return None  # a body's post: a story tells of several bodies, each with its head
    people: dict[str, list[Holder]] = defaultdict(list)
    for h in holders:
        people[_person_key(h.name, people)].append(h)
    if len(people) < 2:
        return None
    names = list(people)
    for a in names:
        for b in names:
            if a != b and not _apart(people[a], people[b], pages, related):
                return None
    sides = []
    n = 0
    for name in names:
        seen: dict[str, Holder] = {}
        for h in people[name]:
            seen.setdefault(h.source_id, h)
        citations = []
        for h in seen.values():
            n += 1
            citations.append(_citation(h, pages[h.source_id], n))
        first = next(iter(seen.values()))
        sides.append({
            "text": first.quote, "value": first.name, "label": first.name,
            "voices": len(seen), "citations": citations,
        })  # fmt: skip
    return {"about": post, "type": "name", "sides": sides}


def _person_key(name: str, people: dict[str, list[Holder]]) -> str:
    """One key for one person however often named: "Ada Vell" and "Vell" are one."""
    for known in people:
        if _surname(known) == _surname(name) and (
            known.split()[0] == name.split()[0] or len(name.split()) == 1
        ):
            return known
    return name


def _apart(
    mine: list[Holder],
    theirs: list[Holder],
    pages: dict[str, Source],
    related: set[tuple[str, str]],
) -> bool:
    """Whether two people are named for the post by different pages that each keep to their
    own: no page of one writes the other's surname, and no two are copies or revisions."""
    my_pages = {h.source_id for h in mine}
    their_pages = {h.source_id for h in theirs}
    if my_pages & their_pages:
        return False
    if any((a, b) in related for a in my_pages for b in their_pages):
        return False
    theirs_named = _surname(theirs[0].name)
    mine_named = _surname(mine[0].name)
    return not any(_writes(pages[p].text, theirs_named) for p in my_pages) and not any(
        _writes(pages[p].text, mine_named) for p in their_pages
    )


def _writes(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) is not None


def _citation(h: Holder, source: Source, n: int) -> dict[str, Any]:
    return {
        "n": n,
        "source_id": h.source_id,
        "start": h.start,
        "end": h.end,
        "quote": h.quote,
        "origin": source.origin,
        "title": source.title,
    }
