"""Conflicts: where sources contradict each other, with both sides cited.

Mentions from `claims.extract_claims` are first matched into "the same statement"
(``claim_match.MentionIndex``): mentions of one relation ("sever relations") with the same
subject and an overlapping target are grouped by key, without comparing all pairs; other
mentions are compared only with the mentions that share enough of their uncommon words, and
match when most of the shorter one's content (actors folded through their aliases) is in the
other. Two matched mentions from different articles then conflict when

- one denies what the other affirms (``negation``), the word it denies being one the other
  says ("Nobody was injured in the crash, which police are investigating" denies injuries,
  not the inquiry);
- they count the same thing with different figures (``figure``), unless the two figures are
  dated differently or scoped differently, which is shown as ``differing_figures``;
- they date the event differently (``date``); year-only and day dates are compatible when
  one contains the other, and only what is written counts ("on Wednesday" states no date,
  "July 13" no year);
- their lists of who did it disagree (``list``), or, in copies of one page, one names
  someone in the other's place (a copy that only adds a name says more, not otherwise).

An ``ordinal`` conflict is a "the third ... to recognize" claim that other sources' dated
mentions of the same act contradict. Revisions of one article never conflict with each
other: `diff` shows what changed.

Each step works on what it is given (`conflict_types` on matched pairs, `merge_conflicts` on
typed pairs, `ordinal_conflict` on one claim and the mentions of its act), so that
``claim_index`` can redo only the conflicts that an added or removed source touches.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from sourcedesk.research import claim_data as D
from sourcedesk.research.claim_match import MentionIndex, Pair, UnionFind, near_identical
from sourcedesk.research.claim_values import (
    Figure,
    ages_differ,
    date_interval,
    figures_compatible,
    figures_differ,
    is_tally,
    named_age,
    tallies_differ,
)
from sourcedesk.research.claim_values import dates_differ as stated_dates_differ
from sourcedesk.research.claim_words import actor_id, negated_heads, same_last_word, stem
from sourcedesk.research.claims import ORDINAL_PHRASE, TO_VERB, ClaimMention
from sourcedesk.research.count_events import is_event_unit, is_sale_unit, spoken_event
from sourcedesk.research.figure_pairs import rival_bodies, worded_apart
from sourcedesk.research.tallies import tellers

__all__ = [
    "MentionIndex",
    "conflict_types",
    "conflicted_mentions",
    "conflicts_for_question",
    "find_conflicts",
    "index_for",
    "merge_conflicts",
    "ordinal_acts",
    "ordinal_conflict",
    "tells_act",
    "without_echoes",
]

TOPIC_WORDS = 4  # content words a conflict's heading gives when it names no relation or tally
FIGURE_KINDS = frozenset({"figure", "differing_figures"})
_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
NEGATION_ADDED_MAX = 2  # negated words only one side says, from which it is an added clause
QUESTION_MIN_OVERLAP = 2  # question words a conflict must touch (fewer if the question is short)

Found = tuple[dict[str, Any], list[int]]  # a conflict and the indices of its mentions
_LAST_INDEX: dict[str, Any] = {}  # the one most recent MentionIndex, see index_for


_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|her)\b", re.IGNORECASE)


def find_conflicts(
    mentions: Sequence[ClaimMention], copy_groups: Iterable[Sequence[str]] = ()
) -> list[dict[str, Any]]:
    """Contradictions between sources: `{about, type, sides: [{text, value, voices,
    citations}]}`, type one of date, figure, differing_figures, negation, ordinal, list."""
    groups = [list(g) for g in copy_groups]
    found = without_echoes([copy.deepcopy(c) for c, _ in _conflicts(index_for(mentions, groups))])
    return found + worded_apart(mentions, groups, found)


def without_echoes(conflicts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The conflicts less each `differing_figures` one that sets a sentence of a `figure`
    conflict against a count it already gives ("two cables" against "3 cables … between Sicily
    and Tunisia", beside "two" against "three" told of the same sea): one disagreement, shown
    once."""
    cited = {
        (c["source_id"], c["start"])
        for conflict in conflicts
        if conflict["type"] == "figure"
        for side in conflict["sides"]
        for c in side["citations"]
    }
    return [
        conflict
        for conflict in conflicts
        if conflict["type"] != "differing_figures"
        or not any(
            (c["source_id"], c["start"]) in cited
            for side in conflict["sides"]
            for c in side["citations"]
        )
    ]


def with_publication(
    conflicts: list[dict[str, Any]], published: Mapping[str, str | None]
) -> list[dict[str, Any]]:
    """Each citation with its page's publication date, and `later_side` (the index of the
    side) where every page of one side came out after every page of the others: reports that
    changed over time ("two dead" on Monday, "four dead" a week later) are then told as such,
    not as sources at odds on one day."""
    out = []
    for conflict in conflicts:
        sides = [
            {**side, "citations": [
                {**c, "published": published.get(c["source_id"])} for c in side["citations"]
            ]}
            for side in conflict["sides"]
        ]  # fmt: skip
        dated = conflict | {"sides": sides}
        later = _later_side(sides)
        if later is not None:
            dated["later_side"] = later
        out.append(dated)
    return out


def _later_side(sides: list[dict[str, Any]]) -> int | None:
    """The side whose pages were all published after every other side's, if all are dated."""
    days = [[c["published"] for c in side["citations"]] for side in sides]
    if any(not d or None in d for d in days):
        return None
    for n, own in enumerate(days):
        others = [day for m, d in enumerate(days) if m != n for day in d]
        if min(own) > max(others):
            return n
    return None


def index_for(
    mentions: Sequence[ClaimMention], copy_groups: Iterable[Sequence[str]] = ()
) -> MentionIndex:
    """The `MentionIndex` of these mentions, reused when the same mentions are asked again
    (claims and conflicts of one desk share their matching)."""
    groups = tuple(tuple(g) for g in copy_groups)
    cached = _LAST_INDEX.get("index")
    if (
        cached is not None
        and _LAST_INDEX.get("groups") == groups
        and len(cached.mentions) == len(mentions)
        and all(a is b for a, b in zip(cached.mentions, mentions, strict=True))
    ):
        return cached
    index = MentionIndex(mentions, groups)
    _LAST_INDEX.update(index=index, groups=groups)
    return index


def conflicted_mentions(index: MentionIndex) -> set[int]:
    """Indices of the mentions that take part in a contradiction (not differing figures)."""
    found: set[int] = set()
    for conflict, members in _conflicts(index):
        if conflict["type"] != "differing_figures":
            found.update(members)
    return found


def conflicts_for_question(question: str, conflicts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The conflicts that touch the question's words, those touching the most first."""
    asked = _content_stems(question)
    if not asked:
        return []
    needed = min(QUESTION_MIN_OVERLAP, len(asked))
    scored = []
    for position, conflict in enumerate(conflicts):
        words = _content_stems(
            " ".join([conflict.get("about", "")] + [s["text"] for s in conflict["sides"]])
        )
        overlap = len(asked & words)
        if overlap >= needed:
            scored.append((-overlap, position, conflict))
    return [c for _, _, c in sorted(scored, key=lambda t: t[:2])]


# -- conflicts ---------------------------------------------------------------------------------


def _conflicts(index: MentionIndex) -> list[Found]:
    """Each conflict with the indices of its mentions, found once per index."""
    if index.found is None:
        index.found = _find(index)
    return index.found


def _find(index: MentionIndex) -> list[Found]:
    typed = conflict_types(index, index.pairs())
    conflicts = merge_conflicts(index, typed)
    verbs = {m.ordinal.verb for m in index.mentions if m.ordinal is not None}
    by_act: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(index.mentions):
        for act in ordinal_acts(m, verbs):
            by_act[act].append(i)
    for o, m in enumerate(index.mentions):
        if m.ordinal is not None:
            found = ordinal_conflict(index, o, by_act.get(m.ordinal.verb, []))
            if found:
                conflicts.append(found)
    return conflicts


def conflict_types(index: MentionIndex, pairs: Mapping[Pair, str]) -> dict[Pair, str]:
    """The matched pairs that conflict, each with its type (strong matches of two articles
    whose sources do not each say the other's sentence too), in pair order."""
    typed: dict[Pair, str] = {}
    for (i, j), kind in sorted(pairs.items()):
        if kind != "strong" or index.same_article(i, j) or index.also_says(i, j):
            continue
        found = _pair_conflict(index, i, j)
        if found:
            typed[(i, j)] = found
    return typed


def merge_conflicts(index: MentionIndex, typed: Mapping[Pair, str]) -> list[Found]:
    """Conflicting pairs of one type joined into conflicts, kinds in the order their first
    pair comes, each conflict's mentions split into sides by value."""
    by_kind: dict[str, list[Pair]] = defaultdict(list)
    for pair, kind in sorted(typed.items()):
        by_kind[kind].append(pair)
    conflicts = []
    for kind, pairs in by_kind.items():
        conflicts.extend(_merge(index, kind, pairs))
    return conflicts


def _pair_conflict(index: MentionIndex, i: int, j: int) -> str:
    a, b = index.mentions[i], index.mentions[j]
    if a.negated != b.negated and _years_apart(a, b):
        return ""  # "not held in 2027" and "held in May 2026" agree
    if a.negated != b.negated and _negation_applies(index, a, b):
        return "negation"
    aligned = _aligned(a, b)
    dates_differ = stated_dates_differ(a.stated_dates, b.stated_dates, aligned)
    figures = figures_differ(a.figures, b.figures, aligned)
    if figures and ages_differ(a.figures, b.figures):
        return "figure"  # one person's age, told two ways, whatever else the clauses say
    if figures:
        # Counts of what, or whom? A tally says what it counts ("four were injured"), and
        # where it was counted: "in the Mediterranean" and "off Sicily" may be one event,
        # "in Lisport" and "in Tammoor" are two.
        told = tallies_differ(a.figures, b.figures)
        if told and a.places and b.places and not index.compatible(a.places, b.places):
            return ""
        actors_a = {index.canon(x) for x in _counting(a, told)}
        actors_b = {index.canon(x) for x in _counting(b, told)}
        unknown = not actors_a and not told and not near_identical(a, b)
        others = actors_a != actors_b
        if told and actors_a and actors_b and _sales_only(a, b):
            others = not index.nested(frozenset(actors_a), frozenset(actors_b))
        elif told and actors_a and actors_b:
            others = not index.compatible(actors_a, actors_b)  # one count, told of one party
        elif told and _events_only(a, b):
            others = False  # "homes across Kellmarsh lost water" / "households lost water"
        others = others or rival_bodies(a, b)  # "the Orsa forum …" / "the Tarn forum …"
        scoped = dates_differ or others or unknown or "scope" in (figures, told)
        return "differing_figures" if scoped else "figure"
    if dates_differ:
        return "date"
    if _lists_differ(index, i, j):
        return "list"
    return ""


def _events_only(a: ClaimMention, b: ClaimMention) -> bool:
    """Whether the tallies two clauses share are all counted events (see ``count_events``),
    which `MentionIndex` pairs only when they are told of one party or of none."""
    shared = {f.unit for f in a.figures if is_tally(f.unit)} & {f.unit for f in b.figures}
    return bool(shared) and all(is_event_unit(u) for u in shared)


def _sales_only(a: ClaimMention, b: ClaimMention) -> bool:
    """Whether the tallies two clauses share are all sale prices, whose parties must all be
    among the other's for one deal (``MentionIndex.nested``)."""
    shared = {f.unit for f in a.figures if is_tally(f.unit)} & {f.unit for f in b.figures}
    return bool(shared) and all(is_sale_unit(u) for u in shared)


def _counting(m: ClaimMention, told: str) -> list[str]:
    """The actors of a clause whose figures differ; for a tally, less the places where it was
    counted and those who only tell it."""
    if not told:
        return list(m.actors)
    skip = {*m.places, *tellers(m)}
    return [x for x in m.actors if x not in skip]


def _aligned(a: ClaimMention, b: ClaimMention) -> bool:
    """`near_identical(a, b)` where comparing dates or figures reads it (both state as many
    dates, or as many figures): the word alignment is the costly part of typing a pair."""
    dated = bool(a.stated_dates) and len(a.stated_dates) == len(b.stated_dates)
    counted = bool(a.figures) and len(a.figures) == len(b.figures)
    return (dated or counted) and near_identical(a, b)


def _lists_differ(index: MentionIndex, i: int, j: int) -> bool:
    a, b = index.mentions[i], index.mentions[j]
    if index.copies(i, j):
        # A name whose words the other copy also writes is no other actor ("Corroded" read as
        # a name at the start of one copy's sentence).
        only_a = [x for x in a.actors if not _written_in(x, b.text)]
        only_b = [y for y in b.actors if not _written_in(y, a.text)]
        # One copy naming someone in the other's place disputes it; a copy that only adds a
        # name ("EYP MCF" in brackets, "the UK" for "the U. K.") says more, not otherwise.
        swapped = bool(only_a) and bool(only_b)
        return swapped and near_identical(a, b) and _names_differ(index, only_a, only_b)
    return (
        bool(a.subject_list and b.subject_list)
        and index.compatible(a.subject_list, b.subject_list)
        and _names_differ(index, a.subject_list, b.subject_list)
    )


def _names_differ(index: MentionIndex, a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether a name on one side has no counterpart on the other (a variant with the same
    last name, "HMS Tarrow" and "Warship Tarrow", is a counterpart)."""

    def counterpart(name: str, others: Sequence[str]) -> bool:
        return index.compatible([name], others) or any(same_last_word(name, o) for o in others)

    return any(not counterpart(x, b) for x in a) or any(not counterpart(y, a) for y in b)


def _merge(index: MentionIndex, kind: str, pairs: list[Pair]) -> list[Found]:
    """Conflicting pairs joined into conflicts, their mentions split into sides by value."""
    groups = UnionFind()
    for i, j in pairs:
        groups.union(i, j)
    members: dict[int, set[int]] = defaultdict(set)
    for i, j in pairs:  # each with the mentions worded the same way
        members[groups.find(i)].update(index.twins.get(i, [i]) + index.twins.get(j, [j]))
    conflicts = []
    for group in sorted(members.values(), key=min):
        disputed = _disputed_units(index, group) if kind in FIGURE_KINDS else set()
        sides: dict[Any, list[int]] = defaultdict(list)
        for i in sorted(group):
            sides[_side_key(index, kind, i, disputed)].append(i)
        if len(sides) >= 2:
            valued = [(_side_value(index, kind, ms[0], disputed), ms) for ms in sides.values()]
            conflicts.append(_conflict(index, kind, valued, disputed))
    return conflicts


def _disputed_units(index: MentionIndex, group: Iterable[int]) -> set[str]:
    """The units whose figures the group's mentions give differently: what its sides are
    split by ("Four" against "Five" injured, not every figure their sentences hold)."""
    by_unit: dict[str, list[Figure]] = defaultdict(list)
    for i in group:
        for f in index.mentions[i].figures:
            if f.unit:
                by_unit[f.unit].append(f)
    return {u for u, fs in by_unit.items() if not all(figures_compatible(fs[0], f) for f in fs)}


def _side_key(index: MentionIndex, kind: str, i: int, disputed: Collection[str]) -> Any:
    """What puts a mention on one side: its disputed figures' values, else its side value."""
    figures = [f for f in index.mentions[i].figures if f.unit in disputed]
    if figures:
        return tuple(sorted((f.unit, f.value) for f in figures))
    return _side_value(index, kind, i, disputed)


def _side_value(index: MentionIndex, kind: str, i: int, disputed: Collection[str] = ()) -> str:
    m = index.mentions[i]
    if kind == "negation":
        return "denied" if m.negated else "affirmed"
    if kind == "date":
        return ", ".join(sorted({_with_year(d, m.dates) for d in m.stated_dates}))
    if kind in FIGURE_KINDS:
        figures = [f for f in m.figures if f.unit in disputed] or m.figures
        return ", ".join(f.text for f in figures)
    if kind == "list":
        return ", ".join(sorted({index.canon(x) for x in m.actors}))
    return m.text


def _with_year(stated: str, resolved: Sequence[str]) -> str:
    """A date written without its year ("XXXX-03-19") shown with the year its page gives it."""
    if not stated.startswith("XXXX"):
        return stated
    return next((d for d in resolved if d[4:] == stated[4:] and d[:4].isdigit()), stated)


def _tally_topic(unit: str, text: str) -> str:
    """What a tally counts, in the words of a sentence: "people injured", "pirates arrested"."""
    if is_event_unit(unit):
        return spoken_event(unit, text)
    tally, noun = unit.split(":", 1)
    if noun == "peopl":
        return f"people {tally}"
    word = next((w for w in _WORD.findall(text.lower()) if stem(w) == noun), noun)
    return f"{word} {tally}"


def _topic_words(m: ClaimMention) -> str:
    """A mention's first few content words as its sentence writes them ("cables damaged
    severed"), not their stems."""
    found: list[str] = []
    seen: set[str] = set()
    for word in _WORD.findall(m.text.lower()):
        key = stem(word)
        if key in m.terms and key not in seen:
            seen.add(key)
            found.append(word)
    return " ".join(found[:TOPIC_WORDS]) or " ".join(sorted(m.terms)[:TOPIC_WORDS])


def _conflict(
    index: MentionIndex,
    kind: str,
    sides: list[tuple[str, list[int]]],
    disputed: Collection[str] = (),
) -> Found:
    first = index.mentions[sides[0][1][0]]
    names = list(dict.fromkeys(n for _, members in sides for i in members
                               for n in _told_of(index.mentions[i])))  # fmt: skip
    about = ", ".join(names[:3])
    tallies = sorted(u for u in disputed if is_tally(u))
    topic = _tally_topic(tallies[0], first.text) if tallies else first.action or _topic_words(first)
    ages = sorted(u for u in disputed if named_age(u))
    if ages and len(ages) == len(disputed):
        about, topic = _age_owner(ages[0], names), "age"  # "John Mercer: age"
    counter = iter(range(1, 10**6))
    conflict: dict[str, Any] = {
        "about": f"{about}: {topic}" if about else topic,
        "type": kind,
        "sides": [
            {
                "text": index.mentions[members[0]].text,
                "value": value,
                "label": _side_label(index, kind, value, members),
                "voices": index.voices(members),
                "citations": [citation(index.mentions[i], next(counter)) for i in members],
            }
            for value, members in sides
        ],
    }
    return conflict, sorted(i for _, members in sides for i in members)


def _told_of(m: ClaimMention) -> list[str]:
    """The names a mention writes, less those of who only tells it ("…, the coastguard said")."""
    told_by = tellers(m)
    return [n for a, n in zip(m.actors, m.names, strict=False) if a not in told_by]


def _age_owner(unit: str, names: list[str]) -> str:
    """Whose age a unit ("age of john mercer") is, as the sources write the name."""
    owner = unit.removeprefix("age of ")
    return next((n for n in names if n.lower().endswith(owner)), owner)


def _side_label(index: MentionIndex, kind: str, value: str, members: list[int]) -> str:
    """What a side says, for a reader: its figure, date or "denied"; for an ordinal claim,
    the rank it claims ("the third to recognise") and who the other sides say did it first;
    nothing for a list (its quote tells)."""
    if kind in D.SHOWN_VALUES:
        return value
    m = index.mentions[members[0]]
    if kind != "ordinal":
        return ""
    if value == "claim" and m.ordinal is not None:
        # the rank and the verb as the page writes them ("the 21st to recognise"), the verb
        # read after the rank ("flew to Paris as the third to recognise")
        said = ORDINAL_PHRASE.search(m.text)
        spelt = TO_VERB.search(m.text, said.end()) if said else None
        rank = said.group("rank").lower() if said else str(m.ordinal.rank)
        verb = spelt.group("verb") if spelt else m.ordinal.verb
        return f"the {rank} to {verb}"
    written = [n for a, n in zip(m.actors, m.names, strict=False) if index.canon(a) == value]
    return f"{_place_of_demonym(m.text, written[0], value) if written else value} did it earlier"


def _place_of_demonym(text: str, name: str, actor: str) -> str:
    """The place a demonym before a title stands for ("Syrian President …" -> "Syria"; the
    state table's name when it knows the demonym, else "-ian" read as "-ia": "Abkhazian
    President …" -> "Abkhazia"), else the name as written."""
    title = re.search(rf"\b{re.escape(name)}\s+(\w+)", text)
    if not name.endswith("ian") or title is None or title.group(1).lower() not in D.ROLE_TITLES:
        return name
    return actor.title() if actor != name.lower() else name[:-1]


def citation(m: ClaimMention, n: int) -> dict[str, Any]:
    """A conflict's citation of a mention, numbered `n`."""
    return {
        "n": n,
        "source_id": m.source_id,
        "start": m.start,
        "end": m.end,
        "quote": m.text,
        "origin": m.origin,
        "title": m.title,
    }


# -- ordinals ----------------------------------------------------------------------------------


def ordinal_acts(m: ClaimMention, verbs: Iterable[str]) -> set[str]:
    """Which of these ordinal verbs a mention tells of (as its relation or one of its words)."""
    return set(verbs) & ({m.action} | m.terms)


def ordinal_conflict(index: MentionIndex, o: int, acts: Iterable[int]) -> Found | None:
    """ "X was the third to do V after A and B" against who other sources say did V, and when:
    `acts` are the indices of the mentions that tell of V, in order."""
    evidence = [e for e in acts if same_act(index, o, e)]
    rivals = _rivals(index, o, evidence)
    if not rivals:
        return None
    sides = [("claim", [o]), *sorted(rivals.items())]
    return _conflict(index, "ordinal", sides)


def same_act(index: MentionIndex, o: int, e: int) -> bool:
    """Whether a mention tells of the act an ordinal claim ranks: by someone, to the same
    object (a shared word or name after the verb)."""
    return o != e and tells_act(index, index.mentions[o], index.mentions[e])


def tells_act(index: MentionIndex, m: ClaimMention, other: ClaimMention) -> bool:
    """Whether `other` tells of the act the ordinal claim `m` ranks (see `same_act`); only its
    subjects, objects and targets are read."""
    if not other.subjects:
        return False
    mine = {x for x in m.objects if x not in D.GENERIC_NAME_WORDS}
    theirs = set(other.objects) | {index.canon(t) for t in other.targets}
    return bool(mine & theirs) or index.compatible(m.targets, other.targets)


def _rivals(index: MentionIndex, o: int, evidence: list[int]) -> dict[str, list[int]]:
    """Other actors that the evidence dates before the ordinal claim's own act."""
    m = index.mentions[o]
    assert m.ordinal is not None
    own = [e for e in evidence if index.compatible(m.subjects, index.mentions[e].subjects)]
    own_dates = [iv for e in [*own, o] for iv in _intervals(index.mentions[e])]
    if not own_dates and m.ordinal.rank != 0:
        return {}
    when = min(own_dates, default=None)
    rivals: dict[str, list[int]] = defaultdict(list)
    for e in evidence:
        other = index.mentions[e]
        if e in own or index.same_article(o, e):
            continue
        if m.ordinal.predecessors and index.compatible(m.ordinal.predecessors, other.subjects[:1]):
            continue
        earlier = when is not None and any(iv[1] < when[0] for iv in _intervals(other))
        if earlier or m.ordinal.rank == 0:
            rivals[index.canon(other.subjects[0])].append(e)
    if m.ordinal.predecessors or m.ordinal.rank == 0:
        return rivals
    # Without named predecessors, "the third" allows two earlier actors.
    return rivals if len(rivals) >= m.ordinal.rank else {}


def _intervals(m: ClaimMention) -> list[tuple[int, int]]:
    found = []
    for value in m.dates:
        interval = date_interval(value, m.year_hint)
        if interval:
            found.append(interval)
    return found


# -- helpers -----------------------------------------------------------------------------------


def _years_apart(a: ClaimMention, b: ClaimMention) -> bool:
    """Whether two statements are dated to different years ("will not be held in 2027",
    "was held on 3 May 2026"): one may deny for one year what the other tells of another."""
    years_a = {d[:4] for d in a.stated_dates if d[:4].isdigit()}
    years_b = {d[:4] for d in b.stated_dates if d[:4].isdigit()}
    return bool(years_a and years_b and not years_a & years_b)


def _negation_applies(index: MentionIndex, a: ClaimMention, b: ClaimMention) -> bool:
    """Whether one mention denies what the other says about the same actor: every content word
    of the shorter is in the other, and the negation governs one of the words they share."""
    shorter, longer = sorted((a, b), key=lambda m: len(m.terms))
    if not shorter.terms <= longer.terms:
        return False
    if not near_identical(a, b) and not any(index.actor_in(x, longer) for x in shorter.actors):
        return False
    if _pronoun_for_other(a, b) or _pronoun_for_other(b, a):
        return False
    negated = a if a.negated else b
    other = b if negated is a else a
    governed = negated.negation_scope & (a.terms & b.terms)
    # The negation must govern what both say, not a clause only the negated side adds
    # ("..., and nobody had looked inside the ducts").
    added = (negated.negation_scope & negated.terms) - other.terms
    if not governed or len(added) >= NEGATION_ADDED_MAX:
        return False
    # ... and the word it denies must be one the other says ("Nobody was injured in the
    # crash, which police are investigating" denies injuries, not the inquiry).
    heads = negated_heads(negated.text) & negated.terms
    return bool(negated.action) or not heads or bool(heads & other.terms)


def _pronoun_for_other(a: ClaimMention, b: ClaimMention) -> bool:
    """Whether `a` tells of someone by "he" or "she" where `b` names someone `a` does not
    ("he said he would not chair the panel again" is not "Ines Varo will chair")."""
    if not _PERSONAL_PRONOUN.search(a.text):
        return False
    return any(x not in a.actors and not _written_in(x, a.text) for x in b.actors)


def _written_in(actor: str, text: str) -> bool:
    """Whether the words of an actor's name stand in a text (case and hyphens ignored)."""
    words = actor.replace("-", " ").split()
    pattern = r"\b" + r"[\s-]+".join(re.escape(w) for w in words) + r"\b"
    return bool(words) and re.search(pattern, text, re.IGNORECASE) is not None


def _content_stems(text: str) -> set[str]:
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text.lower())
    return {stem(w) for w in words if w not in D.STOPWORDS and len(w) > 2} | {
        actor_id(w) for w in words if actor_id(w) != w
    }
