"""Conflicts: where sources contradict each other, with both sides cited.

Mentions from `claims.extract_claims` are first matched into "the same statement"
(`MentionIndex`): mentions of one relation ("sever relations") with the same subject and an
overlapping target are grouped by key, without comparing all pairs; other mentions are
compared only with the mentions that share one of their rarest words, and match when most of
the shorter one's content (actors folded through their aliases) is in the other. Two matched
mentions from different articles then conflict when

- one denies what the other affirms (``negation``);
- they count the same thing with different figures (``figure``), unless the two figures are
  dated differently or scoped differently, which is shown as ``differing_figures``;
- they date the event differently (``date``); year-only and day dates are compatible when
  one contains the other, and only what is written counts ("on Wednesday" states no date,
  "July 13" no year);
- their lists of who did it disagree (``list``), or, in copies of one page, one names
  someone else.

An ``ordinal`` conflict is a "the third ... to recognize" claim that other sources' dated
mentions of the same act contradict. Revisions of one article never conflict with each
other: `diff` shows what changed.
"""

from __future__ import annotations

import copy
import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import combinations, pairwise
from typing import Any

from sourcedesk.research import claim_data as D
from sourcedesk.research.claim_values import date_interval, figures_differ
from sourcedesk.research.claim_values import dates_differ as stated_dates_differ
from sourcedesk.research.claim_words import (
    actor_id,
    demonym_state,
    is_state,
    names_match,
    same_last_word,
    stem,
)
from sourcedesk.research.claims import ClaimMention

__all__ = [
    "MentionIndex",
    "conflicted_mentions",
    "conflicts_for_question",
    "find_conflicts",
    "index_for",
]

# Share of the shorter mention's content that the other must hold to be the same statement.
SAME_CONTAINMENT = 0.75
MIN_SHARED = 3  # ... and at least this many shared stems or actors
MIN_SHARED_TERMS = 2  # ... of which this many are words, not names (all, if it has fewer)
NEAR_IDENTICAL = 0.75  # word similarity of a sentence copied with one thing changed
NEAR_IDENTICAL_MIN_CHARS = 20
BLOCK_KEYS = 4  # rarest words of a mention used to find its candidates ...
BLOCK_MIN_SHARED = 2  # ... of which a candidate must share this many
MAX_POSTING = 400  # words in more mentions than this are too common to find candidates by
NEGATION_ADDED_MAX = 2  # negated words only one side says, from which it is an added clause
QUESTION_MIN_OVERLAP = 2  # question words a conflict must touch (fewer if the question is short)

Pair = tuple[int, int]
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_LAST_INDEX: dict[str, Any] = {}  # the one most recent MentionIndex, see index_for


class MentionIndex:
    """Mentions with their voices, folded actor names and same-statement matches."""

    def __init__(
        self, mentions: Sequence[ClaimMention], copy_groups: Iterable[Sequence[str]] = ()
    ) -> None:
        self.mentions = list(mentions)
        self._alias = _UnionFind()
        for m in self.mentions:
            for a, b in m.aliases:
                self._alias.union(a, b)
        self._copy = _UnionFind()
        for group in copy_groups:
            for other in group[1:]:
                self._copy.union(group[0], other)
        self._voice = _UnionFind()
        self._chain = _UnionFind()
        for m in self.mentions:
            for linked in m.linked:
                self._voice.union(m.source_id, linked)
                self._chain.union(m.source_id, linked)
            self._voice.union(m.source_id, self._copy.find(m.source_id))
        self._pairs: dict[Pair, str] | None = None
        self.found: list[tuple[dict[str, Any], list[int]]] | None = None  # see _conflicts
        self._folded = [_fold_text(m.text) for m in self.mentions]
        self._said: dict[str, set[str]] = defaultdict(set)
        first: dict[tuple[str, str], int] = {}
        self.twins: dict[int, list[int]] = defaultdict(list)  # first of a wording -> all
        for i, m in enumerate(self.mentions):  # one wording within one group of copies
            self._said[m.source_id].add(self._folded[i])
            key = (self._folded[i], self._copy.find(m.source_id))
            self.twins[first.setdefault(key, i)].append(i)

    # -- names and voices ---------------------------------------------------------------------

    def canon(self, actor: str) -> str:
        """An actor id folded through the aliases the sources define."""
        return self._alias.find(actor)

    def compatible(self, a: Iterable[str], b: Iterable[str]) -> bool:
        """Whether two sets of actors share one (same id, alias, or a name within a name)."""
        return any(names_match(self.canon(x), self.canon(y)) for x in a for y in b)

    def voices(self, members: Iterable[int]) -> int:
        """How many independent voices make these mentions (copies and revisions count once)."""
        return len({self._voice.find(self.mentions[i].source_id) for i in members})

    def copies(self, i: int, j: int) -> bool:
        """Whether two mentions come from copies of one page."""
        a, b = self.mentions[i].source_id, self.mentions[j].source_id
        return self._copy.find(a) == self._copy.find(b)

    def also_says(self, i: int, j: int) -> bool:
        """Whether either mention's words appear verbatim in the other's source: that source
        says the same thing elsewhere, so the pair compares two different sentences."""
        a, b = self.mentions[i], self.mentions[j]
        return self._folded[i] in self._said[b.source_id] or (
            self._folded[j] in self._said[a.source_id]
        )

    def same_article(self, i: int, j: int) -> bool:
        """Whether two mentions come from one article (the same source or its revisions)."""
        a, b = self.mentions[i].source_id, self.mentions[j].source_id
        return a == b or self._chain.find(a) == self._chain.find(b)

    # -- matching -----------------------------------------------------------------------------

    def pairs(self) -> dict[Pair, str]:
        """Matched mention pairs (i < j), each "strong" or "weak" (one side names less)."""
        if self._pairs is None:
            # Mentions worded identically are matched once, through the first of them.
            self._pairs = self._generic_pairs()
            for (i, j), kind in self._frame_pairs().items():
                _add(self._pairs, i, j, kind)
            for first, same in self.twins.items():
                for other in same[1:]:
                    _add(self._pairs, first, other, "strong")
        return self._pairs

    def clusters(self) -> list[list[int]]:
        """Mentions grouped into statements: strong matches first, weak ones if unambiguous."""
        groups = _UnionFind()
        for (i, j), kind in sorted(self.pairs().items()):
            if kind == "strong":
                groups.union(i, j)
        weak: dict[int, set[int]] = defaultdict(set)
        for (i, j), kind in self.pairs().items():
            if kind == "weak":  # the mention that names no target joins the other's group
                for loose, other in ((i, j), (j, i)):
                    if not self.mentions[loose].targets:
                        weak[loose].add(groups.find(other))
        strong = {i for pair, kind in self.pairs().items() if kind == "strong" for i in pair}
        for i, roots in sorted(weak.items()):
            if len(roots) == 1 and groups.find(i) == i and i not in strong:
                groups.union(i, next(iter(roots)))
        members: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.mentions)):
            members[groups.find(i)].append(i)
        return sorted(members.values(), key=lambda g: g[0])

    def _frame_pairs(self) -> dict[Pair, str]:
        """Mentions of one relation with the same subject and the same first target, grouped by
        key: no pairwise comparison, so a relation told ten thousand times stays cheap."""
        groups: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for i in self.twins:
            m = self.mentions[i]
            if self._framed(i):
                target = self._head(m.targets[0]) if m.targets else ""
                subject = self._head(m.subjects[0]) if m.subjects else ""
                groups[(m.action, target)][subject].append(i)
        found: dict[Pair, str] = {}
        targeted: dict[str, list[list[int]]] = defaultdict(list)  # action -> subject groups
        untargeted: dict[str, list[list[int]]] = defaultdict(list)
        for (action, target), by_subject in sorted(groups.items()):
            anonymous = by_subject.pop("", [])
            named = self._merge_subjects(by_subject)
            for members in named:
                self._link(found, members, "strong" if target else "weak")
            (targeted if target else untargeted)[action].extend(named)
            if target:  # "it severed ties with X": one statement, whoever "it" is
                self._link(found, anonymous, "strong")
        for action, groups_without in untargeted.items():
            for loose in groups_without:  # "X severed ties" may be any of X's statements
                for members in targeted.get(action, []):
                    if self._same_subject(loose[0], members[0]):
                        _add(found, loose[0], members[0], "weak")
        return found

    def _same_subject(self, i: int, j: int) -> bool:
        a, b = self.mentions[i], self.mentions[j]
        return self.compatible([self._head(a.subjects[0])], [self._head(b.subjects[0])])

    def _merge_subjects(self, by_subject: dict[str, list[int]]) -> list[list[int]]:
        """Subject groups joined where their names are compatible ("Ukraine", "Kyiv")."""
        names = sorted(by_subject)
        joined = _UnionFind()
        for a, b in combinations(names, 2):
            if self.compatible([a], [b]):
                joined.union(a, b)
        merged: dict[str, list[int]] = defaultdict(list)
        for name in names:
            merged[joined.find(name)].extend(by_subject[name])
        return [sorted(members) for _, members in sorted(merged.items())]

    def _link(self, found: dict[Pair, str], members: list[int], kind: str) -> None:
        """Pairs that join a group (a chain) and compare each member with one member of every
        other wording of the facts (dates, figures, negation)."""
        for i, j in pairwise(members):
            _add(found, i, j, kind)
        firsts: dict[tuple[Any, ...], int] = {}
        for i in members:
            firsts.setdefault(_facts(self.mentions[i]), i)
        for i in members:
            for j in firsts.values():
                if _facts(self.mentions[i]) != _facts(self.mentions[j]):
                    _add(found, i, j, kind)

    def _head(self, actor: str) -> str:
        """The state an actor speaks for: "ministry of foreign affairs of ukraine" and
        "ukrainian foreign ministry" -> ukraine; any other actor is itself."""
        root = self.canon(actor)
        if is_state(root):
            return root
        words = root.split()
        candidates = [" ".join(words[words.index("of") + 1 :])] if "of" in words else []
        candidates += [" ".join(words[:n]) for n in (2, 1) if len(words) > n]
        for name in candidates:
            state = actor_id(name) if is_state(actor_id(name)) else demonym_state(name)
            if state:
                return state
        return root

    def _generic_pairs(self) -> dict[Pair, str]:
        """Mentions that share most of their content, found through their rarest words."""
        keys = {i: self._block_keys(self.mentions[i]) for i in self.twins}
        postings: dict[str, list[int]] = defaultdict(list)
        for i, ks in keys.items():
            for key in ks:
                postings[key].append(i)
        found: dict[Pair, str] = {}
        for i, ks in keys.items():
            usable = [k for k in ks if len(postings[k]) <= MAX_POSTING]
            rarest = sorted(usable, key=lambda k: (len(postings[k]), k))[:BLOCK_KEYS]
            counts = Counter(j for k in rarest for j in postings[k] if j > i)
            needed = min(BLOCK_MIN_SHARED, len(rarest))
            for j in sorted(j for j, n in counts.items() if n >= needed):
                if (i, j) not in found and self._generic_match(i, j):
                    found[(i, j)] = "strong"
        return found

    def _framed(self, i: int) -> bool:
        m = self.mentions[i]
        return bool(m.action and (m.subjects or m.targets))

    def _block_keys(self, m: ClaimMention) -> set[str]:
        words = {
            w for a in m.actors for w in self.canon(a).split() if w not in D.GENERIC_NAME_WORDS
        }
        return set(m.terms) | {"@" + w for w in words}

    def _generic_match(self, i: int, j: int) -> bool:
        a, b = self.mentions[i], self.mentions[j]
        if a.source_id == b.source_id:
            return False
        if self.copies(i, j) and _near_identical(a, b):
            return True
        if self._framed(i) or self._framed(j):
            return False  # relations are matched by key in _frame_pairs
        shared_terms = len(a.terms & b.terms)
        fewest_terms = min(len(a.terms), len(b.terms))
        if shared_terms < min(MIN_SHARED_TERMS, fewest_terms) or not shared_terms:
            return False
        actors_a, actors_b = set(a.actors), set(b.actors)
        matched_a = sum(1 for x in actors_a if self.actor_in(x, b))
        matched_b = sum(1 for y in actors_b if self.actor_in(y, a))
        if actors_a and actors_b and not (matched_a or matched_b):
            return False
        size_a, size_b = len(a.terms) + len(actors_a), len(b.terms) + len(actors_b)
        smaller = min(size_a, size_b)
        shared = shared_terms + (matched_a if size_a <= size_b else matched_b)
        return shared >= min(MIN_SHARED, smaller) and shared >= SAME_CONTAINMENT * smaller

    def actor_in(self, actor: str, other: ClaimMention) -> bool:
        """Whether an actor is named in another mention, as an actor or as a word of it."""
        if self.compatible([actor], other.actors):
            return True
        words = [w for w in self.canon(actor).split() if w not in D.GENERIC_NAME_WORDS]
        return any(stem(w) in other.terms for w in words)


def find_conflicts(
    mentions: Sequence[ClaimMention], copy_groups: Iterable[Sequence[str]] = ()
) -> list[dict[str, Any]]:
    """Contradictions between sources: `{about, type, sides: [{text, value, voices,
    citations}]}`, type one of date, figure, differing_figures, negation, ordinal, list."""
    return [copy.deepcopy(c) for c, _ in _conflicts(index_for(mentions, copy_groups))]


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


def _conflicts(index: MentionIndex) -> list[tuple[dict[str, Any], list[int]]]:
    """Each conflict with the indices of its mentions, found once per index."""
    if index.found is None:
        index.found = _find(index)
    return index.found


def _find(index: MentionIndex) -> list[tuple[dict[str, Any], list[int]]]:
    typed: dict[str, list[Pair]] = defaultdict(list)
    for (i, j), kind in sorted(index.pairs().items()):
        if kind != "strong" or index.same_article(i, j) or index.also_says(i, j):
            continue
        found = _pair_conflict(index, i, j)
        if found:
            typed[found].append((i, j))
    conflicts = []
    for kind, pairs in typed.items():
        conflicts.extend(_merge(index, kind, pairs))
    conflicts.extend(_ordinal_conflicts(index))
    return conflicts


def _pair_conflict(index: MentionIndex, i: int, j: int) -> str:
    a, b = index.mentions[i], index.mentions[j]
    if a.negated != b.negated and _negation_applies(index, a, b):
        return "negation"
    aligned = _near_identical(a, b)
    dates_differ = stated_dates_differ(a.stated_dates, b.stated_dates, aligned)
    figures = figures_differ(a.figures, b.figures, aligned)
    if figures:
        actors_a = {index.canon(x) for x in a.actors}
        actors_b = {index.canon(x) for x in b.actors}
        unknown = not actors_a and not _near_identical(a, b)  # counts of what, or whom?
        scoped = dates_differ or actors_a != actors_b or unknown or figures == "scope"
        return "differing_figures" if scoped else "figure"
    if dates_differ:
        return "date"
    if _lists_differ(index, i, j):
        return "list"
    return ""


def _lists_differ(index: MentionIndex, i: int, j: int) -> bool:
    a, b = index.mentions[i], index.mentions[j]
    if index.copies(i, j):
        # A name whose words the other copy also writes is no other actor ("Corroded" read as
        # a name at the start of one copy's sentence).
        only_a = [x for x in a.actors if not _written_in(x, b.text)]
        only_b = [y for y in b.actors if not _written_in(y, a.text)]
        return _near_identical(a, b) and _names_differ(index, only_a, only_b)
    return (
        bool(a.subject_list and b.subject_list)
        and index.compatible(a.subject_list, b.subject_list)
        and _names_differ(index, a.subject_list, b.subject_list)
    )


def _names_differ(index: MentionIndex, a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether a name on one side has no counterpart on the other (a variant with the same
    last name, "INS Sukanya" and "Warship Sukanya", is a counterpart)."""

    def counterpart(name: str, others: Sequence[str]) -> bool:
        return index.compatible([name], others) or any(same_last_word(name, o) for o in others)

    return any(not counterpart(x, b) for x in a) or any(not counterpart(y, a) for y in b)


def _merge(
    index: MentionIndex, kind: str, pairs: list[Pair]
) -> list[tuple[dict[str, Any], list[int]]]:
    """Conflicting pairs joined into conflicts, their mentions split into sides by value."""
    groups = _UnionFind()
    for i, j in pairs:
        groups.union(i, j)
    members: dict[int, set[int]] = defaultdict(set)
    for i, j in pairs:  # each with the mentions worded the same way
        members[groups.find(i)].update(index.twins.get(i, [i]) + index.twins.get(j, [j]))
    conflicts = []
    for group in sorted(members.values(), key=min):
        sides: dict[str, list[int]] = defaultdict(list)
        for i in sorted(group):
            sides[_side_value(index, kind, i)].append(i)
        if len(sides) >= 2:
            conflicts.append(_conflict(index, kind, list(sides.items())))
    return conflicts


def _side_value(index: MentionIndex, kind: str, i: int) -> str:
    m = index.mentions[i]
    if kind == "negation":
        return "denied" if m.negated else "affirmed"
    if kind == "date":
        return ", ".join(sorted(set(m.stated_dates)))
    if kind in ("figure", "differing_figures"):
        return ", ".join(f.text for f in m.figures)
    if kind == "list":
        return ", ".join(sorted({index.canon(x) for x in m.actors}))
    return m.text


def _conflict(
    index: MentionIndex, kind: str, sides: list[tuple[str, list[int]]]
) -> tuple[dict[str, Any], list[int]]:
    first = index.mentions[sides[0][1][0]]
    names = list(dict.fromkeys(n for _, members in sides for i in members
                               for n in index.mentions[i].names))  # fmt: skip
    about = ", ".join(names[:3])
    topic = first.action or " ".join(sorted(first.terms)[:4])
    counter = iter(range(1, 10**6))
    conflict: dict[str, Any] = {
        "about": f"{about}: {topic}" if about else topic,
        "type": kind,
        "sides": [
            {
                "text": index.mentions[members[0]].text,
                "value": value,
                "voices": index.voices(members),
                "citations": [_citation(index.mentions[i], next(counter)) for i in members],
            }
            for value, members in sides
        ],
    }
    return conflict, sorted(i for _, members in sides for i in members)


def _citation(m: ClaimMention, n: int) -> dict[str, Any]:
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


def _ordinal_conflicts(index: MentionIndex) -> list[tuple[dict[str, Any], list[int]]]:
    """ "X was the third to do V after A and B" against who other sources say did V, and when."""
    verbs = {m.ordinal.verb for m in index.mentions if m.ordinal is not None}
    by_act: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(index.mentions):
        for act in verbs & ({m.action} | m.terms):
            by_act[act].append(i)
    conflicts = []
    for o, m in enumerate(index.mentions):
        if m.ordinal is None:
            continue
        evidence = [e for e in by_act.get(m.ordinal.verb, []) if _same_act(index, o, e)]
        rivals = _rivals(index, o, evidence)
        if rivals:
            sides = [("claim", [o]), *sorted(rivals.items())]
            conflicts.append(_conflict(index, "ordinal", sides))
    return conflicts


def _same_act(index: MentionIndex, o: int, e: int) -> bool:
    """Whether a mention tells of the act an ordinal claim ranks: by someone, to the same
    object (a shared word or name after the verb)."""
    m, other = index.mentions[o], index.mentions[e]
    if o == e or not other.subjects:
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


def _near_identical(a: ClaimMention, b: ClaimMention) -> bool:
    """Near-identical wording: one sentence copied with a word, a name or a number changed."""
    if min(len(a.text), len(b.text)) < NEAR_IDENTICAL_MIN_CHARS:
        return False
    if a.text == b.text:
        return True
    if len(a.terms & b.terms) < NEAR_IDENTICAL * max(len(a.terms), len(b.terms)) - 1:
        return False  # a cheap look at the words first: most pairs stop here
    return _text_similarity(a.text, b.text) >= NEAR_IDENTICAL


@lru_cache(maxsize=65536)
def _text_similarity(a: str, b: str) -> float:
    """Word-level similarity of two sentences (difflib's ratio over their words)."""
    words_a, words_b = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    if matcher.real_quick_ratio() < NEAR_IDENTICAL or matcher.quick_ratio() < NEAR_IDENTICAL:
        return 0.0
    return matcher.ratio()


def _negation_applies(index: MentionIndex, a: ClaimMention, b: ClaimMention) -> bool:
    """Whether one mention denies what the other says about the same actor: every content word
    of the shorter is in the other, and the negation governs one of the words they share."""
    shorter, longer = sorted((a, b), key=lambda m: len(m.terms))
    if not shorter.terms <= longer.terms:
        return False
    if not _near_identical(a, b) and not any(index.actor_in(x, longer) for x in shorter.actors):
        return False
    negated = a if a.negated else b
    other = b if negated is a else a
    governed = negated.negation_scope & (a.terms & b.terms)
    # The negation must govern what both say, not a clause only the negated side adds
    # ("..., and nobody had looked inside the ducts").
    added = (negated.negation_scope & negated.terms) - other.terms
    return bool(governed) and len(added) < NEGATION_ADDED_MAX


def _written_in(actor: str, text: str) -> bool:
    """Whether the words of an actor's name stand in a text (case and hyphens ignored)."""
    words = actor.replace("-", " ").split()
    pattern = r"\b" + r"[\s-]+".join(re.escape(w) for w in words) + r"\b"
    return bool(words) and re.search(pattern, text, re.IGNORECASE) is not None


def _fold_text(text: str) -> str:
    return _SPACE.sub(" ", text.lower()).strip()


def _content_stems(text: str) -> set[str]:
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text.lower())
    return {stem(w) for w in words if w not in D.STOPWORDS and len(w) > 2} | {
        actor_id(w) for w in words if actor_id(w) != w
    }


def _add(found: dict[Pair, str], i: int, j: int, kind: str) -> None:
    """Record a matched pair (smaller index first), keeping a strong match over a weak one."""
    if i == j:
        return
    pair = (min(i, j), max(i, j))
    if found.get(pair) != "strong":
        found[pair] = kind


def _facts(m: ClaimMention) -> tuple[Any, ...]:
    """What two tellings of one statement can disagree on: dates, figures, negation."""
    return tuple(sorted(m.stated_dates)), tuple(sorted(f.value for f in m.figures)), m.negated


class _UnionFind:
    """Disjoint sets over hashable items; the smallest item of a set is its root."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, item: Any) -> Any:
        root = self.parent.setdefault(item, item)
        while self.parent[root] != root:
            root = self.parent[root]
        while item != root:
            item, self.parent[item] = self.parent[item], root
        return root

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = sorted((ra, rb), key=_order)
            self.parent[high] = low


def _order(item: Any) -> tuple[int, Any]:
    """Roots prefer states' canonical names, then shorter ids, for readable folded names."""
    if isinstance(item, str):
        return (0 if is_state(item) else 1, (len(item), item))
    return (0, item)
