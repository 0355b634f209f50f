"""Questions that point at one snapshot of a page: "…, according to the newer revision?".

The pointer names a source, not something the sentence says: its words ("newer", "revision")
are taken out of the question before it is read, and of the sentences that answer about as
well as the best, one from the snapshot pointed at comes first. A source that is a revision of
another (`Source.revision_of`) is the newer of the two; one that another revises, the older.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from sourcedesk.answer import lexicon as lx

NEWER_WORDS = lx.words("newer newest latest later updated current recent revised second")
OLDER_WORDS = lx.words("older oldest earlier original first previous initial")
SNAPSHOT_WORDS = "revision|revisions|version|versions|snapshot|snapshots|copy|capture|edit"
POINTER = re.compile(
    r",?\s*\b(?:according to|in|per|from)\s+(?:the\s+)?(?:more\s+|most\s+)?"
    r"(?P<age>[a-z]+)\s+(?:" + SNAPSHOT_WORDS + r")\b(?:\s+of\s+the\s+(?:article|page))?",
    re.IGNORECASE,
)
MARGIN = 0.5  # how much worse than the best a pointed-at snapshot's answer may score


class _Choice(Protocol):
    cand: Any
    score: float


C = TypeVar("C", bound=_Choice)


def split_pointer(question: str) -> tuple[str, str | None]:
    """The question without its pointer, and "newer" or "older" (None: no pointer)."""
    for match in POINTER.finditer(question):
        age = match.group("age").lower()
        wanted = "newer" if age in NEWER_WORDS else "older" if age in OLDER_WORDS else None
        if wanted is None:
            continue
        rest = (question[: match.start()] + question[match.end() :]).strip()
        if len(rest.split()) < 3:
            return question, None  # "What changed in the newer revision?": the page is asked
        return re.sub(r"\s+([?.!])$", r"\1", rest), wanted
    return question, None


def pointed_first(store: Any, choices: Sequence[C], wanted: str | None) -> list[C]:
    """Of the choices about as good as the best, one from the snapshot pointed at comes first."""
    if wanted is None or not choices:
        return list(choices)
    floor = choices[0].score - MARGIN
    close = [c for c in choices if c.score >= floor]
    revised = _revised_ids(store) if wanted == "older" else set()
    for choice in close:
        source = store.get_source(choice.cand.passage.source_id)
        if source is None:
            continue
        if (wanted == "newer" and source.revision_of) or (
            wanted == "older" and source.id in revised
        ):
            return [choice, *(c for c in choices if c is not choice)]
    return list(choices)


def _revised_ids(store: Any) -> set[str]:
    """The sources some other source is a revision of."""
    return {s.revision_of for s in store.list_sources() if s.revision_of}


def older_snapshots(get_source: Callable[[str], Any], source_id: str) -> list[str]:
    """The sources a source is a revision of, newest first, back to its article's first
    snapshot (`get_source` reads one source by id; a loop in the links ends the walk)."""
    found: list[str] = []
    source = get_source(source_id)
    while source is not None and source.revision_of and source.revision_of not in found:
        if source.revision_of == source_id:
            break
        found.append(source.revision_of)
        source = get_source(source.revision_of)
    return found


def earlier_snapshot(store: Any, source_id: str, of_id: str) -> bool:
    """Whether `source_id` is an older snapshot of the article `of_id` is a revision of."""
    return source_id in older_snapshots(store.get_source, of_id)


def newest_snapshot_first(
    store: Any, choices: Sequence[C], best: C, answers: Callable[[C], bool]
) -> C:
    """The choice that speaks for the best one's article: with no pointer in the question, a
    newer snapshot of the page that answers about as well as the best is the article's word
    now (an older snapshot's value is what the article said before it was corrected)."""
    floor = best.score - MARGIN
    for choice in choices:
        if choice is best or choice.score < floor:
            continue
        newer = choice.cand.passage.source_id
        if not _retold(best.cand.passage.text, choice.cand.passage.text):
            continue  # another sentence of the newer page, not the best one's revision
        if earlier_snapshot(store, best.cand.passage.source_id, newer) and answers(choice):
            return choice
    return best


RETOLD_SHARE = 0.5  # share of the shorter sentence's words a revised sentence keeps


def _retold(old: str, new: str) -> bool:
    """Whether a sentence of a newer snapshot is a revision of one of the older: it keeps at
    least half of the shorter one's words ("Built: 1851" / "Built: 1853")."""
    label_a, label_b = lx.FACT_ROW.match(old), lx.FACT_ROW.match(new)
    if label_a and label_b:  # "Chairman: Ada Vell" / "Chairman: Jonas Pell": one fact's row
        return label_a.group(1).lower() == label_b.group(1).lower()
    a, b = set(lx.LETTERS.findall(old.lower())), set(lx.LETTERS.findall(new.lower()))
    return bool(a and b) and len(a & b) >= RETOLD_SHARE * min(len(a), len(b))
