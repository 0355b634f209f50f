"""Figures worded apart: two outlets' counts or sums of one thing told in different words.

The claim index pairs mentions that say the same thing in mostly the same words, or that count
one keyed event ("~boil:home", see ``count_events``). Outlets often word both the verb and the
noun apart ("19 pupils had been confirmed as ill" / "27 children had reported symptoms";
"put aside £150,000 to mend the roof" / "is spending £260,000 on roof repairs"). This step pairs a
figure with the one figure of another article that

- is of the same class (one currency, percent, or one counted noun, people counted as people
  whatever the noun: patients, residents, "people");
- shares at least `MIN_ANCHORS` anchors with it (content stems folded through the synonym
  groups, words of named actors), and more than any other figure of that class in either
  article shares (the best match both ways, and the only one);
- differs in value, by no more than `MAX_RATIO` times (a total against a part is further
  apart), where the other article gives no figure of that class that agrees;
- is not dated otherwise, and neither clause lists many figures (an inventory), tells what
  someone seeks or offers, or measures (a distance, a duration, a time of day).

Such pairs are shown as ``differing_figures``: the figures differ and the sentences may tell
one thing, for the reader to check; they are not claimed as a contradiction. Measured on
planted disagreements and on the untouched articles of ECB+ clusters (design.md, 41st
session).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import combinations
from typing import Any, NamedTuple

from sourcedesk.research import claim_data as D
from sourcedesk.research.claim_match import UnionFind
from sourcedesk.research.claim_values import ANOTHER_TIME, Figure, figures_compatible
from sourcedesk.research.claim_words import names_match
from sourcedesk.research.claims import ClaimMention, extract_claims, source_text
from sourcedesk.research.count_events import (
    EVENT_MARK,
    MEASURE_UNITS,
    TAKINGS,
    TIME_UNITS,
    fold_noun,
    intended,
    is_event_unit,
)
from sourcedesk.research.currencies import CURRENCIES
from sourcedesk.research.tallies import is_tally
from sourcedesk.stemming import stem

__all__ = [
    "FigureAt",
    "article_of",
    "figure_pairs",
    "group_conflict",
    "rival_bodies",
    "worded_apart",
    "worded_apart_in",
]


def _split(text: str) -> list[str]:
    return text.split()


MIN_ANCHORS = 2
MAX_RATIO = 2.5
INVENTORY = 3  # a clause with this many figures lists things; its figures are not compared
# A chain of matched figures with more values than this counts many things of a kind ("the
# X forum received 455 responses", "the Y forum 827", …), not one thing told two ways.
MAX_VALUES = 3
MAX_POSTING = 200  # an anchor held by more figures of a class finds no candidates
PEOPLE = "people"
# Nouns of people, and jobs (a count of posts is one of people), by stem.
_PEOPLE_NOUNS = frozenset(stem(w) for w in (*D.PEOPLE_NOUNS, "people", "person", "job"))
_PEOPLE_NOUNS |= D.TALLY_PEOPLE
# Words every report of a story shares, which tell nothing of what a figure is of.
_WEAK = frozenset(stem(w) for w in _split(
    "said say says told according added also year years week weeks day days month months time "
    "times people new last first one two three four five six seven eight nine ten hundred "
    "hundreds thousand thousands million millions billion billions"
))  # fmt: skip
# Units of a machine's or a camera's measure ("3 GHz", "an 8-megapixel camera") and spans of
# time longer than a year ("two decades in office").
_OTHER_MEASURES = frozenset(
    ("ghz", "mhz", "gb", "mb", "tb", "kb", "megapixel", "mp", "quad", "core")
) | frozenset(stem(w) for w in ("decade", "decades", "century", "centuries"))
_NOT_A_COUNT_AFTER = re.compile(r"\s*(?:[ap]\.?\s?m\b|-?\s*(?:block|core)\b)", re.IGNORECASE)
_OTHER = re.compile(r"\W+other\b", re.IGNORECASE)  # "three other …"
_ONE_OF = re.compile(r"\s+of\b", re.IGNORECASE)  # "one of Egypt's largest …"
ROUNDING = 0.08  # "$13 billion" is "$13.9 billion" rounded
_MAGNITUDE = re.compile(r"\bmagnitude\b", re.IGNORECASE)


class FigureAt(NamedTuple):
    """One comparable figure of a mention: its class and the mention's anchors."""

    mention: ClaimMention
    figure: Figure
    kind: str
    anchors: frozenset[str]


def figure_pairs(
    mentions: Sequence[ClaimMention], article_of: dict[str, str]
) -> list[tuple[FigureAt, FigureAt]]:
    """The pairs of figures worded apart across articles (`article_of`: a source's article,
    the same for its revisions and copies), each the best match of the other."""
    by_article: dict[str, list[FigureAt]] = defaultdict(list)
    for m in mentions:
        for found in comparable(m):
            by_article[article_of.get(m.source_id, m.source_id)].append(found)
    postings: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for article, figures in by_article.items():
        for n, f in enumerate(figures):
            for anchor in f.anchors:
                postings[(f.kind, anchor)].append((article, n))
    shared: dict[tuple[str, str], dict[tuple[int, int], int]] = defaultdict(dict)
    for (_kind, _anchor), held in postings.items():
        if len(held) > MAX_POSTING:
            continue
        for (a, i), (b, j) in combinations(held, 2):
            if a == b:
                continue
            key, pair = ((a, b), (i, j)) if a < b else ((b, a), (j, i))
            shared[key][pair] = shared[key].get(pair, 0) + 1
    pairs = []
    for (a, b), counts in sorted(shared.items()):
        for i, j in _mutual_best(counts):
            x, y = by_article[a][i], by_article[b][j]
            if _differ(x, y, by_article[a], by_article[b]):
                pairs.append((x, y))
    return pairs


def worded_apart_in(text_a: str, figure_a: str, text_b: str, figure_b: str) -> bool:
    """Whether a figure of one sentence and a figure of another article's sentence (as their
    sentences write them) are one thing worded apart, by this module's checks of one pair."""
    found = []
    for text, wanted in ((text_a, figure_a), (text_b, figure_b)):
        figures = _comparable_in(text)
        at = next((f for f in figures if wanted in f.figure.text or f.figure.text in wanted), None)
        if at is None:
            return False
        found.append((at, figures))
    (x, xs), (y, ys) = found
    if x.kind != y.kind or len(x.anchors & y.anchors) < MIN_ANCHORS:
        return False
    return _differ(x, y, xs, ys)


@lru_cache(maxsize=256)
def _comparable_in(text: str) -> tuple[FigureAt, ...]:
    """The comparable figures of one sentence, read once however many peers it is set
    against (an answer's sentence meets each of its peers)."""
    return tuple(f for m in extract_claims(source_text("s", text)) for f in comparable(m))


def comparable(m: ClaimMention) -> list[FigureAt]:
    """The figures of a mention that may be compared with another article's."""
    if not m.figures or len(m.figures) >= INVENTORY:
        return []
    if intended(m.text) or _MAGNITUDE.search(m.text):
        return []
    if ANOTHER_TIME.search(m.text):
        return []
    anchors = _anchors(m)
    found = []
    for f in m.figures:
        kind = _kind(f)
        if not kind or _measures(m.text, f):
            continue
        found.append(FigureAt(m, f, kind, anchors - {kind}))
    return found


def _kind(f: Figure) -> str:
    """A figure's class: its currency, "percent", PEOPLE, or its folded counted noun; "" for
    measures, ages, years and anything else not counted."""
    unit = f.unit.split(":", 1)[1] if is_event_unit(f.unit) else f.unit
    unit = unit.split(":", 1)[-1]
    if unit in CURRENCIES and f.unit.startswith(f"{EVENT_MARK}{TAKINGS}:"):
        return f"{TAKINGS} {unit}"  # a firm's sales are set against its sales only
    if unit in CURRENCIES or unit == "percent":
        return unit
    if not unit or unit.startswith("age") or f.value < 1 or 1800 <= f.value <= 2100:
        return ""
    if unit in MEASURE_UNITS or unit in TIME_UNITS or unit in _OTHER_MEASURES or len(unit) < 3:
        return ""
    noun = fold_noun(unit)
    return PEOPLE if noun in _PEOPLE_NOUNS else noun


def _measures(text: str, f: Figure) -> bool:
    """Whether a figure is a time of day, a street number or one of "three other …"."""
    at = text.find(f.text)
    if at < 0:
        return True
    after = text[at + len(f.text) :]
    one_of = f.value == 1 and _ONE_OF.match(after) is not None
    return bool(_NOT_A_COUNT_AFTER.match(after) or _OTHER.match(after)) or one_of


# Times of day one report calls "evening" and another "night"; a rate "a year" is annual.
_TIME_OF_DAY_WORDS = {"night": "evening", "tonight": "evening"}
_A_YEAR = re.compile(r"\b(?:a|per|each|every)\s+year\b", re.IGNORECASE)


def _anchors(m: ClaimMention) -> frozenset[str]:
    """A mention's content stems (folded, weak ones aside) and "@" + each word of its actors."""
    words = {_TIME_OF_DAY_WORDS.get(t) or fold_noun(t) for t in m.terms if t not in _WEAK}
    if _A_YEAR.search(m.text):
        words.add(fold_noun("annual"))
    named = (*m.actors, *m.context)  # "…, putting 90 jobs in doubt": its sentence's names
    names = {w for a in named for w in a.split() if w not in D.GENERIC_NAME_WORDS}
    return frozenset(words | {"@" + n for n in names})


def _mutual_best(counts: dict[tuple[int, int], int]) -> list[tuple[int, int]]:
    """The pairs with at least MIN_ANCHORS shared that are each side's single best."""
    best_a: dict[int, list[tuple[int, int]]] = defaultdict(list)
    best_b: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (i, j), n in counts.items():
        best_a[i].append((n, j))
        best_b[j].append((n, i))
    found = []
    for (i, j), n in sorted(counts.items()):
        if n < MIN_ANCHORS:
            continue
        if _single_best(best_a[i], n, j) and _single_best(best_b[j], n, i):
            found.append((i, j))
    return found


def _single_best(scored: list[tuple[int, int]], n: int, other: int) -> bool:
    return all(m < n for m, k in scored if k != other)


def _differ(x: FigureAt, y: FigureAt, xs: Iterable[FigureAt], ys: Iterable[FigureAt]) -> bool:
    """Whether two matched figures differ as outlets at odds would: values apart but not
    further than MAX_RATIO, neither article agreeing with the other's figure elsewhere, and
    the clauses not dated otherwise."""
    if figures_compatible(x.figure, y.figure) or _rounded(x.figure, y.figure):
        return False
    if _two_tallies(x.figure, y.figure):
        return False  # "three people shot" / "killing two": two counts
    if ("alone" in x.figure.scope) != ("alone" in y.figure.scope):
        return False  # "Friday alone … 60 stalls" is a part of "150 stalls over three days"
    low, high = sorted((abs(x.figure.value), abs(y.figure.value)))
    if high > MAX_RATIO * max(low, 1):
        return False
    if any(f.kind == x.kind and figures_compatible(x.figure, f.figure) for f in ys):
        return False
    if any(f.kind == y.kind and figures_compatible(f.figure, y.figure) for f in xs):
        return False
    return not _dated_apart(x.mention, y.mention) and not rival_bodies(x.mention, y.mention)


def rival_bodies(a: ClaimMention, b: ClaimMention) -> bool:
    """Whether two clauses tell of two bodies of one kind ("the Stanton Business Forum …
    received 455 responses" / "the Brackdale Business Forum … received 827") and of no
    party in common."""
    if any(names_match(x, y) for x in a.actors for y in b.actors):
        return False
    return any(
        x.split()[-1] == y.split()[-1] and len(x.split()) > 1 and len(y.split()) > 1
        for x in a.actors
        for y in b.actors
    )


def _rounded(a: Figure, b: Figure) -> bool:
    """Whether one figure is the other rounded: whole at its scale and within ROUNDING."""
    low, high = sorted((abs(a.value), abs(b.value)))
    whole = any(re.fullmatch(r"\D*\d+\D*", f.text.replace(",", "")) for f in (a, b))
    return whole and high - low <= ROUNDING * high


def _two_tallies(a: Figure, b: Figure) -> bool:
    """Whether the figures count two fixed tallies (killed and injured), not one."""
    keys = [
        f.unit.split(":", 1)[0] for f in (a, b) if is_tally(f.unit) and not is_event_unit(f.unit)
    ]
    return len(keys) == 2 and keys[0] != keys[1]


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _dated_apart(a: ClaimMention, b: ClaimMention) -> bool:
    """Whether two clauses' stated dates differ, or only one of them names a year, or they
    name different days of the week ("by Monday morning" / "as of Tuesday evening")."""
    days = [{d.lower() for d in _WEEKDAY.findall(m.text)} for m in (a, b)]
    if days[0] and days[1] and not days[0] & days[1]:
        return True
    if a.stated_dates and b.stated_dates:
        return set(a.stated_dates) != set(b.stated_dates)
    return any(not d.startswith("XXXX") for d in (*a.stated_dates, *b.stated_dates))


def worded_apart(
    mentions: Sequence[ClaimMention],
    copy_groups: Iterable[Sequence[str]] = (),
    shown: Iterable[dict[str, Any]] = (),
) -> list[dict[str, Any]]:
    """The `differing_figures` conflicts of figures worded apart (pairs joined where they
    share a figure: "two cables" in four reports against "three" in one), less those whose
    sentences a conflict in `shown` already sets side by side."""
    cited = [
        {(c["source_id"], c["start"]) for side in conflict["sides"] for c in side["citations"]}
        for conflict in shown
    ]
    joined = UnionFind()
    members: dict[tuple[str, int, str], FigureAt] = {}
    for x, y in figure_pairs(mentions, article_of(mentions, copy_groups)):
        at = {(x.mention.source_id, x.mention.start), (y.mention.source_id, y.mention.start)}
        if any(at <= seen for seen in cited):
            continue
        keys = [(f.mention.source_id, f.mention.start, f.figure.text) for f in (x, y)]
        members.update(zip(keys, (x, y), strict=True))
        joined.union(*keys)
    groups: dict[Any, list[FigureAt]] = defaultdict(list)
    for key, f in sorted(members.items()):
        groups[joined.find(key)].append(f)
    found = [
        group_conflict(group)
        for group in groups.values()
        if len({f.figure.value for f in group}) <= MAX_VALUES
    ]
    return [conflict for conflict in found if conflict is not None]


def article_of(
    mentions: Sequence[ClaimMention], copy_groups: Iterable[Sequence[str]] = ()
) -> dict[str, str]:
    """Each source's article: one name for a page, its revisions and its copies."""
    joined = UnionFind()
    for m in mentions:
        for other in m.linked:
            joined.union(m.source_id, other)
    for group in copy_groups:
        for other in group[1:]:
            joined.union(group[0], other)
    return {m.source_id: joined.find(m.source_id) for m in mentions}


def _shared_names(m: ClaimMention, shared: set[str]) -> list[str]:
    """The names of a mention (and of its sentence) whose words all are shared anchors, whole
    and in reading order ("Salt Lanterns", not its words sorted)."""
    found: list[str] = []
    for name in dict.fromkeys((*m.actors, *m.context)):
        words = [w for w in name.split() if w not in D.GENERIC_NAME_WORDS]
        if words and all("@" + w in shared for w in words):
            found.append(name.title())
    if not found:  # "Orsa Ward" / "Orsa": the shared words, as the sentence orders them
        for word in re.findall(r"[A-Za-z][\w'’-]*", m.text):
            if "@" + word.lower() in shared and word not in found:
                found.append(word)
    return found


TOPIC_WORDS = 3  # shared words that tell what a pair of figures is of ("sums clean affected")


def _as_written(text: str, anchors: Iterable[str]) -> list[str]:
    """The shared content anchors (not names) as the sentence writes them, in its order."""
    wanted = {a for a in anchors if not a.startswith("@")}
    found: list[str] = []
    for word in re.findall(r"[A-Za-z]+", text):
        key = fold_noun(stem(word.lower()))
        if key in wanted:
            found.append(word if word[1:].islower() and key in _DAY_KEYS else word.lower())
            wanted.discard(key)
    return found[:TOPIC_WORDS]


_DAY_KEYS = frozenset(
    stem(d) for d in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


def _counted_as_written(f: FigureAt) -> str:
    """What a figure counts in its sentence's words ("beds"), "sums" or "shares"."""
    if f.kind in CURRENCIES:
        return "sums"
    if f.kind.startswith(TAKINGS):
        return "sales"
    if f.kind == "percent":
        return "shares"
    if f.kind == PEOPLE:
        return "people"
    for word in re.findall(r"[A-Za-z]+", f.mention.text[f.mention.text.find(f.figure.text) :]):
        if fold_noun(stem(word.lower())) == f.kind:
            return word.lower()
    return f.kind


def group_conflict(group: list[FigureAt]) -> dict[str, Any] | None:
    """The `differing_figures` conflict of figures matched with each other, one side per
    value (figures that agree share a side)."""
    from sourcedesk.research.conflicts import citation  # late: conflicts imports this module

    sides: list[list[FigureAt]] = []
    for f in group:
        side = next((s for s in sides if figures_compatible(s[0].figure, f.figure)), None)
        if side is None:
            sides.append([f])
        else:
            side.append(f)
    if len(sides) < 2:
        return None  # a chain whose ends agree: nothing set against anything
    counter = iter(range(1, len(group) + 1))
    first = group[0]
    shared = sorted(frozenset.intersection(*(f.anchors for f in group)))
    names = ", ".join(_shared_names(first.mention, set(shared)))
    what = " ".join([_counted_as_written(first), *_as_written(first.mention.text, shared)])
    return {
        "about": f"{names}: {what}" if names else what,
        "type": "differing_figures",
        "sides": [
            {"text": side[0].mention.text, "value": side[0].figure.text,
             "label": side[0].figure.text, "voices": len({f.mention.source_id for f in side}),
             "citations": [citation(f.mention, next(counter)) for f in side]}
            for side in sides
        ],
    }  # fmt: skip
