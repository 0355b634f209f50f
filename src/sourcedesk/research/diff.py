"""Diff: what changed between two snapshots of one article, sentence by sentence.

Sentences are compared in three passes, so that order does not matter:

1. the same sentence (case, spacing, quotes and footnote marks aside) on both sides is
   unchanged, wherever it moved;
2. a sentence found inside the other side's text (split or joined differently, reflowed) is
   unchanged too;
3. the rest are paired by similarity (difflib's ratio over words, best pairs first): a pair
   at or above `CHANGE_MIN_SIMILARITY` is a sentence reworded (`changed`), and what is left
   is `removed` from the older snapshot or `added` in the newer one.

Which snapshot is newer comes from the publication dates when both have one, else from the
content: the later snapshot mentions later dates in the sentences it alone has.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from typing import Any

from sourcedesk.index.sentences import REFERENCE_MARK
from sourcedesk.research.claim_values import event_dates
from sourcedesk.research.claims import SourceText
from sourcedesk.research.revisions import same_article

__all__ = ["diff_sources"]

CHANGE_MIN_SIMILARITY = 0.5  # word-level similarity of a reworded sentence to its old wording
PREFILTER_MIN_OVERLAP = 0.2  # shared words below which two sentences are not compared further
MIN_REFLOW_CHARS = 20  # shorter sentences are not looked up inside the other side's text

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_YEAR_VALUE = re.compile(r"^\d{4}")

Sentence = tuple[int, int]


def diff_sources(a: SourceText, b: SourceText) -> dict[str, Any]:
    """`{same_article, newer, added, removed, changed}` between two sources, oldest first."""
    newer = _newer(a, b)
    old, new = (a, b) if newer == b.id else (b, a)
    old_spans, new_spans = _sentences(old), _sentences(new)
    unchanged_old, unchanged_new = _unchanged(old, old_spans, new, new_spans)
    rest_old = [s for s in old_spans if s not in unchanged_old]
    rest_new = [s for s in new_spans if s not in unchanged_new]
    changed = _pair_changes(old, rest_old, new, rest_new)
    paired_old = {p[0] for p in changed}
    paired_new = {p[1] for p in changed}
    return {
        "same_article": same_article(a, b),
        "newer": newer,
        "added": [_item(new, s) for s in rest_new if s not in paired_new],
        "removed": [_item(old, s) for s in rest_old if s not in paired_old],
        "changed": [
            {"old": _item(old, o), "new": _item(new, n), "similarity": round(score, 2)}
            for o, n, score in sorted(changed, key=lambda p: p[1])
        ],
    }


def _sentences(source: SourceText) -> list[Sentence]:
    spans = source.sentences
    if not spans:
        from sourcedesk.index.sentences import split_sentences

        spans = split_sentences(source.text)
    return [(s, e) for s, e in spans if source.text[s:e].strip()]


def _normal(text: str) -> str:
    """A sentence folded for comparison: footnote marks, quotes, case and spacing aside."""
    return _SPACE.sub(" ", REFERENCE_MARK.sub("", text).translate(_QUOTES).lower()).strip()


def _unchanged(
    old: SourceText, old_spans: list[Sentence], new: SourceText, new_spans: list[Sentence]
) -> tuple[set[Sentence], set[Sentence]]:
    """Sentences present on both sides, exactly or inside the other side's reflowed text."""
    waiting: dict[str, list[Sentence]] = defaultdict(list)
    for span in old_spans:
        waiting[_normal(old.text[span[0] : span[1]])].append(span)
    same_old: set[Sentence] = set()
    same_new: set[Sentence] = set()
    for span in new_spans:
        match = waiting.get(_normal(new.text[span[0] : span[1]]))
        if match:
            same_old.add(match.pop(0))
            same_new.add(span)
    old_all = " ".join(_normal(old.text[s:e]) for s, e in old_spans)
    new_all = " ".join(_normal(new.text[s:e]) for s, e in new_spans)
    same_old |= _found_in(old, old_spans, same_old, new_all)
    same_new |= _found_in(new, new_spans, same_new, old_all)
    return same_old, same_new


def _found_in(
    source: SourceText, spans: list[Sentence], done: set[Sentence], other: str
) -> set[Sentence]:
    found = set()
    for span in spans:
        normal = _normal(source.text[span[0] : span[1]])
        if span not in done and len(normal) >= MIN_REFLOW_CHARS and normal in other:
            found.add(span)
    return found


def _pair_changes(
    old: SourceText, old_spans: list[Sentence], new: SourceText, new_spans: list[Sentence]
) -> list[tuple[Sentence, Sentence, float]]:
    """Old and new sentences paired as rewordings, most similar pairs first."""
    old_words = {s: _WORD.findall(_normal(old.text[s[0] : s[1]])) for s in old_spans}
    new_words = {s: _WORD.findall(_normal(new.text[s[0] : s[1]])) for s in new_spans}
    scored = []
    for o, ow in old_words.items():
        for n, nw in new_words.items():
            overlap = len(set(ow) & set(nw)) / max(1, min(len(set(ow)), len(set(nw))))
            if overlap < PREFILTER_MIN_OVERLAP:
                continue
            score = difflib.SequenceMatcher(None, ow, nw, autojunk=False).ratio()
            if score >= CHANGE_MIN_SIMILARITY:
                scored.append((score, o, n))
    pairs = []
    used_old: set[Sentence] = set()
    used_new: set[Sentence] = set()
    for score, o, n in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if o not in used_old and n not in used_new:
            used_old.add(o)
            used_new.add(n)
            pairs.append((o, n, score))
    return pairs


def _item(source: SourceText, span: Sentence) -> dict[str, Any]:
    text = source.text[span[0] : span[1]]
    return {"text": text, "source_id": source.id, "start": span[0], "end": span[1], "quote": text}


def _newer(a: SourceText, b: SourceText) -> str:
    """The newer snapshot's id: by publication date, else by the latest date each alone holds."""
    if a.published and b.published and a.published[:10] != b.published[:10]:
        return a.id if a.published[:10] > b.published[:10] else b.id
    latest_a, latest_b = _latest_dates(a, b)
    if latest_a != latest_b:
        return a.id if latest_a > latest_b else b.id
    if a.revision_of == b.id:
        return a.id
    return b.id


def _latest_dates(a: SourceText, b: SourceText) -> tuple[str, str]:
    """The latest date mentioned in the sentences each source has and the other lacks."""
    normal_a = {_normal(a.text[s:e]) for s, e in _sentences(a)}
    normal_b = {_normal(b.text[s:e]) for s, e in _sentences(b)}
    return _latest(a, normal_a - normal_b), _latest(b, normal_b - normal_a)


def _latest(source: SourceText, own: set[str]) -> str:
    dates = event_dates(source.text, source.published)
    latest = ""
    for start, end in _sentences(source):
        if _normal(source.text[start:end]) not in own:
            continue
        for mention in dates:
            if start <= mention.start < end and _YEAR_VALUE.match(mention.value):
                latest = max(latest, mention.value)
    return latest
