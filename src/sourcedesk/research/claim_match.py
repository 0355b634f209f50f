"""Matching claim mentions into "the same statement", without comparing all pairs.

`MentionIndex` holds mentions with what the desk says about their sources (copies, revisions,
the aliases its pages define) and finds matched pairs three ways:

- mentions of one relation ("sever relations") with the same subject and an overlapping
  target are grouped by key, and so are mentions counting one tally ("four were injured",
  "five people were hurt") with the same actors (`frame_pairs`);
- other mentions are compared only with mentions sharing enough of their block keys (content
  stems and words of actor names) and match when most of the shorter one's content is in the
  other (`_generic_match`);
- mentions worded identically within one group of copies are matched through the first.

Every matched pair depends on the two mentions and on desk-wide facts only (how many mentions
hold each block key, copies, revisions, aliases), never on which other mentions are indexed
with them. So the index can be built over a part of a desk (with the desk's facts passed in)
and find exactly the pairs the whole desk has there: that is what lets `claim_index` update a
desk's claims when sources are added or removed instead of recomputing them.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import combinations, pairwise
from typing import Any

from sourcedesk.research import claim_data as D
from sourcedesk.research.claim_blocking import (
    BLOCK_KEYS,
    BLOCK_MIN_SHARED,
    LONE_KEY_MAX,
    MAX_POSTING,
    Sketch,
    actor_keys,
    block_keys,
    blocks,
    enough_shared,
    may_match,
    rarest,
    sketch,
)
from sourcedesk.research.claim_words import (
    actor_id,
    demonym_state,
    is_state,
    names_match,
    stem,
)
from sourcedesk.research.claims import ClaimMention
from sourcedesk.research.count_events import is_event_unit, is_sale_unit
from sourcedesk.research.tallies import TALLY_KEY, frame_keys, tally_actors, tally_keys

__all__ = [
    "BLOCK_KEYS",
    "BLOCK_MIN_SHARED",
    "LONE_KEY_MAX",
    "MAX_POSTING",
    "MentionIndex",
    "NameFacts",
    "Pair",
    "Sketch",
    "UnionFind",
    "actor_keys",
    "block_keys",
    "blocks",
    "enough_shared",
    "fold_text",
    "frame_keys",
    "may_match",
    "near_identical",
    "rarest",
    "sketch",
    "tally_actors",
]

NEAR_IDENTICAL = 0.75  # word similarity of a sentence copied with one thing changed
NEAR_IDENTICAL_MIN_CHARS = 20

Pair = tuple[int, int]
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


class MentionIndex:
    """Mentions with their voices, folded actor names and same-statement matches.

    Built over a whole desk, it reads the desk's facts from its mentions. Built over a part of
    a desk, it is given them: `aliases` (every alias pair the desk defines), `links` (each
    source's revision and copy links), `key_counts` (how many first-of-their-wording mentions
    hold each block key) and `copy_groups`; the part must hold whole sources and whole groups
    of copies, or be given `said` (each source's folded wordings: what `also_says` reads) and
    hold, with a mention, every mention worded like it in its group of copies. `generic` gives
    matched pairs found earlier instead of finding them again; `folded` (each mention's
    `fold_text`) and `sketches` (each one's `sketch`) what the caller made already.
    """

    def __init__(
        self,
        mentions: Sequence[ClaimMention],
        copy_groups: Iterable[Sequence[str]] = (),
        *,
        aliases: Iterable[tuple[str, str]] | None = None,
        links: Mapping[str, Sequence[str]] | None = None,
        key_counts: Mapping[str, int] | None = None,
        generic: Mapping[Pair, str] | None = None,
        said: Mapping[str, Collection[str]] | None = None,
        folded: Sequence[str] | None = None,
        sketches: Sequence[Sketch] | None = None,
        names: NameFacts | None = None,
    ) -> None:
        self.mentions = list(mentions)
        names = names if names is not None else NameFacts()
        self._canon, self._actor_facts, self._named = names.canon, names.actors, names.named
        self._actor_names, self._name_words = names.actor_names, names.words
        self._distinct_actors = names.distinct
        self._alias = UnionFind()
        for a, b in aliases if aliases is not None else _alias_pairs(self.mentions):
            self._alias.union(a, b)
        copy_groups = [tuple(g) for g in copy_groups]
        self._copy = UnionFind()
        for group in copy_groups:
            for other in group[1:]:
                self._copy.union(group[0], other)
        self._voice = UnionFind()
        self._chain = UnionFind()
        for sid, linked in (links if links is not None else _links(self.mentions)).items():
            for other in linked:
                self._voice.union(sid, other)
                self._chain.union(sid, other)
        # Copies are one voice: every copy when the desk's links are given, else those with
        # mentions (the sources the index knows).
        copied = [s for g in copy_groups for s in g] if links is not None else []
        for sid in dict.fromkeys([*(m.source_id for m in self.mentions), *copied]):
            self._voice.union(sid, self._copy.find(sid))  # once a source: roots are the least
        self._key_counts = key_counts
        self._generic = dict(generic) if generic is not None else None
        self._pairs: dict[Pair, str] | None = None
        self.found: list[tuple[dict[str, Any], list[int]]] | None = None  # see conflicts
        self._folded = (
            list(folded) if folded is not None else [fold_text(m.text) for m in self.mentions]
        )
        own: dict[str, set[str]] = defaultdict(set)
        self._said: Mapping[str, Collection[str]] = said if said is not None else own
        first: dict[tuple[str, str], int] = {}
        self.twins: dict[int, list[int]] = defaultdict(list)  # first of a wording -> all
        root_of = {sid: self._copy.find(sid) for sid in {m.source_id for m in self.mentions}}
        self._root = [root_of[m.source_id] for m in self.mentions]  # each one's group of copies
        for i, m in enumerate(self.mentions):  # one wording within one group of copies
            if said is None:
                own[m.source_id].add(self._folded[i])
            key = (self._folded[i], root_of[m.source_id])
            self.twins[first.setdefault(key, i)].append(i)
        self._keys: dict[int, frozenset[str]] | None = None
        self._rare: dict[int, list[str]] = {}
        self._sketches: dict[int, Sketch] = dict(enumerate(sketches)) if sketches else {}

    # -- names and voices ---------------------------------------------------------------------

    def canon(self, actor: str) -> str:
        """An actor id folded through the aliases the sources define."""
        found = self._canon.get(actor)
        if found is None:
            found = self._canon[actor] = self._alias.find(actor)
        return found

    def compatible(self, a: Iterable[str], b: Iterable[str]) -> bool:
        """Whether two sets of actors share one (same id, alias, or a name within a name)."""
        canon, others = self.canon, [self.canon(y) for y in b]
        return any(names_match(canon(x), y) for x in a for y in others)

    def voices(self, members: Iterable[int]) -> int:
        """How many independent voices make these mentions (copies and revisions count once)."""
        return len({self._voice.find(self.mentions[i].source_id) for i in members})

    def copies(self, i: int, j: int) -> bool:
        """Whether two mentions come from copies of one page."""
        return self._root[i] == self._root[j]

    def also_says(self, i: int, j: int) -> bool:
        """Whether either mention's words appear verbatim in the other's source: that source
        says the same thing elsewhere, so the pair compares two different sentences."""
        a, b = self.mentions[i], self.mentions[j]
        return self._folded[i] in self._said.get(b.source_id, ()) or (
            self._folded[j] in self._said.get(a.source_id, ())
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
            generic = self._generic if self._generic is not None else self.generic_pairs()
            self._pairs = dict(generic)
            for (i, j), kind in self.frame_pairs().items():
                _add(self._pairs, i, j, kind)
            for first, same in self.twins.items():
                for other in same[1:]:
                    _add(self._pairs, first, other, "strong")
        return self._pairs

    def clusters(self) -> list[list[int]]:
        """Mentions grouped into statements: strong matches first, weak ones if unambiguous."""
        groups = UnionFind()
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

    def framed(self, i: int) -> bool:
        """Whether a mention states a known relation with a subject or a target."""
        m = self.mentions[i]
        return bool(m.action and (m.subjects or m.targets))

    def frame_pairs(self, actions: Collection[str] | None = None) -> dict[Pair, str]:
        """Mentions grouped by key rather than compared wording by wording, so that a relation
        told ten thousand times stays cheap: those of one relation with the same subject and
        the same first target, and those giving one tally (`tally_pairs`). With `actions`,
        only the pairs of those `frame_keys`."""
        found: dict[Pair, str] = {}
        for pairs in self.frame_pairs_by_key(actions).values():
            for (i, j), kind in pairs.items():
                _add(found, i, j, kind)
        return found

    def frame_pairs_by_key(self, keys: Collection[str] | None = None) -> dict[str, dict[Pair, str]]:
        """`frame_pairs` under the frame key that matched them (a relation, or a tally):
        what ``claim_index`` redoes when a key's mentions change."""
        by_key: dict[str, dict[Pair, str]] = defaultdict(dict)
        for (i, j), kind in self._relation_pairs(keys).items():
            by_key[self.mentions[i].action][(i, j)] = kind
        for key, pairs in self._tally_pairs(keys).items():
            by_key[key] = pairs
        return dict(by_key)

    def _tally_pairs(self, keys: Collection[str] | None = None) -> dict[str, dict[Pair, str]]:
        """Mentions that count one tally ("#injured:peopl") with actors in common (or none on
        either side), places aside (see ``conflicts``): the same count, told in any words,
        which the sources may give differently."""
        groups: dict[tuple[str, frozenset[str]], list[int]] = defaultdict(list)
        for i in self.twins:
            m = self.mentions[i]
            actors = frozenset(self.canon(a) for a in tally_actors(m))
            for key in tally_keys(m):
                if keys is None or key in keys:
                    groups[(key, actors)].append(i)
        by_key: dict[str, list[frozenset[str]]] = defaultdict(list)
        for key, actors in sorted(groups, key=lambda g: (g[0], sorted(g[1]))):
            by_key[key].append(actors)
        found: dict[str, dict[Pair, str]] = defaultdict(dict)
        for key, actor_sets in by_key.items():
            joined = UnionFind()
            sale = is_sale_unit(key.removeprefix(TALLY_KEY))
            for a, b in combinations(actor_sets, 2):
                # "Mediterranean", "Mediterranean Sea"; a sale's parties all in the other's
                if a and b and self.compatible(a, b) and (not sale or self.nested(a, b)):
                    joined.union(a, b)
            merged: dict[frozenset[str], list[int]] = defaultdict(list)
            for actors in actor_sets:
                merged[joined.find(actors)].extend(groups[(key, actors)])
            event = is_event_unit(key.removeprefix(TALLY_KEY))
            _join_unnamed(merged, self.mentions, event=event)
            for members in merged.values():
                if event and len(members) > EVENT_GROUP_MAX:
                    continue  # "~close:school" told of 300 parties is no one count
                self._link(found[key], sorted(members), "strong")
        return found

    def nested(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Whether every party of one set is among the other's: two sales that each name a
        party the other does not (one player sold to a club, then another) are two deals."""

        def within(x: frozenset[str], y: frozenset[str]) -> bool:
            return all(self.compatible([name], y) for name in x)

        return within(a, b) or within(b, a)

    def _relation_pairs(self, actions: Collection[str] | None = None) -> dict[Pair, str]:
        groups: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for i in self.twins:
            m = self.mentions[i]
            if self.framed(i) and (actions is None or m.action in actions):
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
        joined = UnionFind()
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
        """The state an actor speaks for: "ministry of foreign affairs of latvia" and
        "latvian foreign ministry" -> latvia; any other actor is itself."""
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

    def block_keys(self, i: int) -> frozenset[str]:
        """The words a mention is found by: its content stems and the words of its actors."""
        if self._keys is None:
            self._keys = {}
        keys = self._keys.get(i)
        if keys is None:
            keys = self._keys[i] = block_keys(self.mentions[i], self.canon)
        return keys

    def key_counts(self) -> Mapping[str, int]:
        """How many first-of-their-wording mentions hold each block key (given, or counted)."""
        if self._key_counts is None:
            self._key_counts = Counter(k for i in self.twins for k in self.block_keys(i))
        return self._key_counts

    def rare_keys(self, i: int) -> list[str]:
        """The BLOCK_KEYS rarest of a mention's usable block keys (held by at most MAX_POSTING
        mentions), rarest first. Rarity is counted in powers of two (then alphabetical), so
        that one more mention of a word seldom changes which words are a mention's rarest."""
        if i not in self._rare:
            self._rare[i] = rarest(self.block_keys(i), self.key_counts())
        return self._rare[i]

    def blocked(self, i: int, j: int) -> bool:
        """Whether the later mention j holds enough of the earlier mention i's rarest keys for
        the two to be compared (i < j)."""
        return blocks(self.rare_keys(i), self.block_keys(j))

    def generic_pairs(self) -> dict[Pair, str]:
        """Mentions that share most of their content, each compared only with the later ones
        holding enough of its rarest keys (found through the keys' mentions)."""
        postings: dict[str, list[int]] = defaultdict(list)
        for i in self.twins:
            for key in self.block_keys(i):
                postings[key].append(i)
        found: dict[Pair, str] = {}
        for i in sorted(self.twins):
            rare = self.rare_keys(i)
            counts = Counter(j for k in rare for j in postings[k] if j > i)
            needed = min(BLOCK_MIN_SHARED, len(rare))
            for j in sorted(j for j, n in counts.items() if n >= needed):
                if self._generic_match(i, j):
                    found[(i, j)] = "strong"
        return found

    def superset_pairs(self, focus: Collection[int]) -> dict[Pair, str]:
        """The matched pairs holding a focus mention, compared whenever they share enough of
        their usable keys (in either order): more than `generic_pairs` compares, and what the
        desk's later changes cannot add to (see ``claim_index``); `blocked` tells which of
        them `generic_pairs` finds at a given time."""
        counts = self.key_counts()
        usable = {i: [k for k in self.block_keys(i) if counts.get(k, 0) <= MAX_POSTING]
                  for i in self.twins}  # fmt: skip
        postings: dict[str, list[int]] = defaultdict(list)
        for i, keys in usable.items():
            for key in keys:
                postings[key].append(i)
        todo = sorted(i for i in focus if i in usable)
        done = set(todo)
        found: dict[Pair, str] = {}
        for i in todo:
            shared = Counter(j for k in usable[i] for j in postings[k])
            for j, n in sorted(shared.items()):
                if j == i or (j < i and j in done):
                    continue  # each pair once
                if n < min(BLOCK_MIN_SHARED, len(usable[i]), len(usable[j])):
                    continue
                pair = (min(i, j), max(i, j))
                if self._generic_match(*pair):
                    found[pair] = "strong"
        return found

    def matched(self, pairs: Iterable[Pair], viable: bool = False) -> dict[Pair, str]:
        """Of candidate pairs (i < j) of first-of-their-wording mentions, those that match;
        `viable` when each pair of pages that are not copies passed `may_match` already."""
        match = self._generic_match
        return {(i, j): "strong" for i, j in pairs if match(i, j, viable)}

    def verified(self, pairs: Iterable[Pair]) -> dict[Pair, str]:
        """Of pairs found by `superset_pairs` (i < j), those `generic_pairs` finds now."""
        found: dict[Pair, str] = {}
        for i, j in pairs:
            if i not in self.twins or j not in self.twins or (i, j) in found:
                continue
            if self.blocked(i, j) and self._generic_match(i, j):
                found[(i, j)] = "strong"
        return found

    def sketch(self, i: int) -> Sketch:
        """What `may_match` reads of a mention (kept once made)."""
        found = self._sketches.get(i)
        if found is None:
            found = self._sketches[i] = sketch(self.mentions[i])
        return found

    def _generic_match(self, i: int, j: int, viable: bool = False) -> bool:
        a, b = self.mentions[i], self.mentions[j]
        if a.source_id == b.source_id:
            return False
        return self.same_content(a, b, self.sketch(i), self.sketch(j), self.copies(i, j), viable)

    def same_content(
        self,
        a: ClaimMention,
        b: ClaimMention,
        sketch_a: Sketch,
        sketch_b: Sketch,
        copies: bool,
        viable: bool = False,
        shared: int | None = None,
    ) -> bool:
        """Whether two mentions of different sources (a the earlier, with their sketches) are
        the same statement by their content: `copies` when their pages are copies of one page,
        `viable` when, if not, they passed `may_match` already (`shared`: the content stems
        they share, when counted). Reads only the two mentions and the index's aliases, so it
        needs no index of them (an index without mentions will do)."""
        if copies and near_identical(a, b):
            return True
        if (copies or not viable) and not may_match(sketch_a, sketch_b):
            return False  # framed (matched by key in frame_pairs), or too little in common
        small, large = (a, b) if sketch_a.size <= sketch_b.size else (b, a)
        needed = sketch_a.needed if sketch_a.size <= sketch_b.size else sketch_b.needed
        shared, matched = len(a.terms & b.terms) if shared is None else shared, 0
        distinct, (names, words) = self._distinct(small.actors), self._names(large.actors)
        left = len(distinct)
        for x in distinct:  # how many of its actors the other names, while it counts
            left -= 1
            matched += self._named_in(x, large, names, words)
            if matched and shared + matched >= needed:
                return True  # enough in common, and an actor shared
            if shared + matched + left < needed:
                return False  # the actors left cannot make up the share
        if shared + matched < needed:
            return False
        # Two mentions that both name actors share one, named in either.
        return bool(matched or not small.actors or not large.actors) or any(
            self.actor_in(y, small) for y in self._distinct(large.actors)
        )

    def _distinct(self, actors: tuple[str, ...]) -> tuple[str, ...]:
        """A mention's actors, each once (the order does not change what matching finds)."""
        found = self._distinct_actors.get(actors)
        if found is None:
            found = self._distinct_actors[actors] = tuple(dict.fromkeys(actors))
        return found

    def actor_in(self, actor: str, other: ClaimMention) -> bool:
        """Whether an actor is named in another mention, as an actor or as a word of it."""
        return self._named_in(actor, other, *self._names(other.actors))

    def _named_in(
        self, actor: str, other: ClaimMention, names: frozenset[str], words: frozenset[str]
    ) -> bool:
        """`actor_in`, with the other mention's `_names` (read once for all its actors)."""
        mine, own_words, stems = self._actor(actor)
        if mine in names:
            return True  # the same name (`names_match` of equal ids)
        if not own_words.isdisjoint(words):  # else no name holds the other's words
            key = (actor, other.actors)
            named = self._named.get(key)
            if named is None:
                canon = self.canon
                named = self._named[key] = any(names_match(mine, canon(y)) for y in other.actors)
            if named:
                return True
        return not stems.isdisjoint(other.terms)

    def _actor(self, actor: str) -> tuple[str, frozenset[str], frozenset[str]]:
        """An actor's folded name, that name's words, and the stems of its distinctive words."""
        found = self._actor_facts.get(actor)
        if found is None:
            mine = self.canon(actor)
            distinct = [w for w in mine.split() if w not in D.GENERIC_NAME_WORDS]
            found = (mine, self._words(mine), frozenset(stem(w) for w in distinct))
            self._actor_facts[actor] = found
        return found

    def _names(self, actors: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
        """A mention's actors folded through the aliases, and all the words of those names."""
        found = self._actor_names.get(actors)
        if found is None:
            names = frozenset(self.canon(y) for y in actors)
            words = frozenset(w for name in names for w in self._words(name))
            found = self._actor_names[actors] = (names, words)
        return found

    def _words(self, name: str) -> frozenset[str]:
        found = self._name_words.get(name)
        if found is None:
            found = self._name_words[name] = frozenset(name.split())
        return found


class NameFacts:
    """What a `MentionIndex` learns of actor names under one set of aliases: folded names,
    their words and stems, which names a mention holds. Indexes built over parts of one desk
    with the same aliases can share it (one is made for each index otherwise)."""

    def __init__(self) -> None:
        self.canon: dict[str, str] = {}  # actor id -> alias root
        self.actors: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {}  # `_actor`
        self.named: dict[tuple[str, tuple[str, ...]], bool] = {}  # see `actor_in`
        self.actor_names: dict[tuple[str, ...], tuple[frozenset[str], frozenset[str]]] = {}
        self.words: dict[str, frozenset[str]] = {}  # a folded name -> its words
        self.distinct: dict[tuple[str, ...], tuple[str, ...]] = {}  # actors -> each once


def near_identical(a: ClaimMention, b: ClaimMention) -> bool:
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


def _alias_pairs(mentions: Iterable[ClaimMention]) -> list[tuple[str, str]]:
    return [pair for m in mentions for pair in m.aliases]


def _links(mentions: Iterable[ClaimMention]) -> dict[str, tuple[str, ...]]:
    return {m.source_id: m.linked for m in mentions}


def fold_text(text: str) -> str:
    """A text lower-cased with its spaces folded: how identical wordings are recognised."""
    return _SPACE.sub(" ", text.lower()).strip()


def _join_unnamed(
    merged: dict[frozenset[str], list[int]], mentions: Sequence[ClaimMention], event: bool = False
) -> None:
    """Bare counts of a tally ("Fourteen houses were destroyed.") join the counts that name
    their party when those name one party only: a count that tells no one, no place and no
    time of its own is of the one event such a desk is about. A count with a scene of its own
    ("Two people were killed at the depot on Thursday") stays apart, as do bare counts among
    several parties, since whose count they are is unknown; unless it shares another count with
    one party's ("212 passengers and 14 crew" beside "209 passengers and 14 crew on board the
    Orsa Star"): two tellings of one scene. A counted `event` ("homes lost water") is narrow
    enough that any count of it that names no party joins the one party's."""
    named = [actors for actors in merged if actors]
    unnamed = merged.get(frozenset(), [])
    shared = {
        actors: {c for j in merged[actors] for c in _companions(mentions[j])} for actors in named
    }
    joined = []
    for i in unnamed:
        if len(named) == 1 and (event or _bare_count(mentions[i])):
            target = named[0]
        else:  # "212 passengers and 14 crew" / "209 passengers and 14 crew on board the X"
            own = set(_companions(mentions[i]))
            sharing = [actors for actors in named if shared[actors] & own]
            if len(sharing) != 1:
                continue
            target = sharing[0]
        merged[target].append(i)
        joined.append(i)
    if joined:
        merged[frozenset()] = [i for i in unnamed if i not in joined]


def _companions(m: ClaimMention) -> list[tuple[float, str]]:
    """A mention's counts by value and counted noun ("14 crew" and "14 crew on board" alike),
    to tell two tellings of one scene by a count they share."""
    return [
        (f.value, f.unit.split(":")[-1])
        for f in m.figures
        if f.unit and f.value >= MIN_COMPANION and f.unit.split(":")[-1] not in D.TALLY_PEOPLE
    ]


# A counted event or measured thing (`count_events`) told by more wordings than this within one
# party is too common a key to be one count: "~close:school" across a year of local news.
EVENT_GROUP_MAX = 16
MIN_COMPANION = 2  # "one" and fractions tell no scene apart


BARE_COUNT_TERMS = 2  # a bare count's words besides its figure: its noun and its verb


def _bare_count(m: ClaimMention) -> bool:
    told = {t for t in m.terms if t not in D.NUMBER_WORDS and not t.isdigit()}
    return len(told) <= BARE_COUNT_TERMS and not m.dates and not m.places


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


class UnionFind:
    """Disjoint sets over hashable items; the smallest item of a set is its root."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, item: Any) -> Any:
        """The root of an item's set."""
        root = self.parent.setdefault(item, item)
        while self.parent[root] != root:
            root = self.parent[root]
        while item != root:
            item, self.parent[item] = self.parent[item], root
        return root

    def union(self, a: Any, b: Any) -> None:
        """Join the sets of two items."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = sorted((ra, rb), key=_order)
            self.parent[high] = low


def _order(item: Any) -> tuple[int, Any]:
    """Roots prefer states' canonical names, then shorter ids, for readable folded names."""
    if isinstance(item, str):
        return (0 if is_state(item) else 1, (len(item), item))
    return (0, item)
