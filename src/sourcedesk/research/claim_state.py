"""What a desk keeps between updates of its claims and conflicts (see ``claim_index``).

Mentions are named by `ref`: the number the desk gave their source when it was folded in
(never reused, and growing in the order sources are added) and their position in it, so refs
sort in the order a whole-desk computation reads mentions. The state holds only what spans
sources and is small: the sources with their links, aliases and copy pairs, how many mentions
hold each block key and (while few do) which, the mentions of each relation and of each
ordinal verb, the conflicting pairs and the conflicts built from them. Mentions themselves and
their matched pairs are kept per source, beside the source.
"""

from __future__ import annotations

import base64
import json
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from sourcedesk.research.claim_match import MAX_POSTING, UnionFind
from sourcedesk.research.claims import ClaimMention

__all__ = [
    "MENTION_BITS",
    "STATE_VERSION",
    "ClaimState",
    "SourceEntry",
    "act_mention",
    "act_record",
    "conflict_components",
    "context_of",
    "drop_rare",
    "drop_ref",
    "position",
    "rarity_rank",
    "ref",
    "source_number",
]

MENTION_BITS = 20  # positions of mentions within a source: up to a million
Pair = tuple[int, int]
STATE_VERSION = 4


def ref(sn: int, idx: int) -> int:
    """The ref of a source's idx-th mention."""
    return (sn << MENTION_BITS) | idx


def source_number(r: int) -> int:
    """The number of the source a ref names."""
    return r >> MENTION_BITS


def position(r: int) -> int:
    """The position of a ref's mention in its source."""
    return r & ((1 << MENTION_BITS) - 1)


@dataclass
class SourceEntry:
    """One folded source: its id and number, what links it and the names it defines."""

    id: str
    sn: int
    linked: tuple[str, ...] = ()
    aliases: tuple[tuple[str, str], ...] = ()
    nonreps: tuple[int, ...] = ()  # positions of mentions worded like an earlier one (twins)
    title: str = ""
    origin: str = ""


@dataclass
class ClaimState:
    """The desk-wide part of the claim index (JSON-serialisable)."""

    sources: list[SourceEntry] = field(default_factory=list)
    next_sn: int = 0
    copy_pairs: list[tuple[int, int]] = field(default_factory=list)  # source numbers
    df: Counter[str] = field(default_factory=Counter)  # block key -> first-of-wording mentions
    post: dict[str, list[int]] = field(default_factory=dict)  # key -> refs, while few
    rare: dict[str, list[list[int]]] = field(default_factory=dict)  # key -> [ref, needed]
    frames: dict[str, list[int]] = field(default_factory=dict)  # relation -> framed refs
    acts: dict[str, list[list[Any]]] = field(default_factory=dict)  # verb -> [ref, obj, tgt]
    ordinals: dict[int, list[Any]] = field(default_factory=dict)  # ref -> [verb, evidence refs]
    typed: dict[tuple[int, int], str] = field(default_factory=dict)  # conflicting pair -> type
    frame_typed: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)
    conflicts: dict[str, dict[str, Any]] = field(default_factory=dict)  # key -> entry
    actors: Counter[str] = field(default_factory=Counter)  # actor id -> mentions naming it
    desk_version: str = ""

    # -- lookups ------------------------------------------------------------------------------

    def by_id(self) -> dict[str, SourceEntry]:
        """The folded sources by id."""
        return {s.id: s for s in self.sources}

    def by_sn(self) -> dict[int, SourceEntry]:
        """The folded sources by number."""
        return {s.sn: s for s in self.sources}

    def alias_pairs(self) -> list[tuple[str, str]]:
        """Every alias pair the folded sources define, in source order."""
        return [pair for s in self.sources for pair in s.aliases]

    def links(self) -> dict[str, tuple[str, ...]]:
        """Each folded source's revision and copy links."""
        return {s.id: s.linked for s in self.sources}

    def copy_groups(self) -> list[list[str]]:
        """Groups of copies (source ids in desk order)."""
        parent = UnionFind()
        for a, b in self.copy_pairs:
            parent.union(a, b)
        groups: dict[int, list[str]] = {}
        first: dict[int, int] = {}  # group -> the number of its first source
        for s in self.sources:  # in desk order
            if s.sn in parent.parent:
                root = parent.find(s.sn)
                groups.setdefault(root, []).append(s.id)
                first.setdefault(root, s.sn)
        return [groups[root] for root in sorted(groups, key=first.__getitem__)
                if len(groups[root]) > 1]  # fmt: skip

    def copy(self, sources: list[SourceEntry], next_sn: int) -> ClaimState:
        """A state to update with these sources, sharing nothing mutable with this one."""
        return ClaimState(
            sources=sources, next_sn=next_sn, copy_pairs=list(self.copy_pairs),
            df=Counter(self.df), post={k: list(v) for k, v in self.post.items()},
            rare={k: [list(x) for x in v] for k, v in self.rare.items()},
            frames={k: list(v) for k, v in self.frames.items()},
            acts={k: [list(a) for a in v] for k, v in self.acts.items()},
            ordinals={k: [v, list(e)] for k, (v, e) in self.ordinals.items()},
            typed=dict(self.typed),
            frame_typed={k: dict(v) for k, v in self.frame_typed.items()},
            conflicts=dict(self.conflicts), actors=Counter(self.actors),
            desk_version=self.desk_version,
        )  # fmt: skip

    # -- storage ------------------------------------------------------------------------------

    def to_json(self) -> str:
        """The state as one JSON text."""
        data = {
            "v": STATE_VERSION, "next_sn": self.next_sn, "desk_version": self.desk_version,
            "sources": [[s.id, s.sn, list(s.linked), [list(p) for p in s.aliases],
                         list(s.nonreps), s.title, s.origin] for s in self.sources],
            "copy_pairs": [list(p) for p in self.copy_pairs], "df": self.df, "post": self.post,
            "rare": self.rare,
            "frames": self.frames, "acts": self.acts,
            "ordinals": [[r, ev] for r, ev in self.ordinals.items()],
            "typed": _pairs_out(self.typed),
            "frame_typed": {a: _pairs_out(t) for a, t in self.frame_typed.items()},
            "conflicts": self.conflicts, "actors": self.actors,
        }  # fmt: skip
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, payload: str) -> ClaimState | None:
        """A state read back (None when it was written in another format)."""
        data = json.loads(payload)
        if data.get("v") != STATE_VERSION:
            return None
        sources = [
            SourceEntry(sid, sn, tuple(linked), tuple((a, b) for a, b in aliases),
                        tuple(nonreps), title, origin)
            for sid, sn, linked, aliases, nonreps, title, origin in data["sources"]
        ]  # fmt: skip
        return cls(
            sources=sources, next_sn=data["next_sn"],
            copy_pairs=[(a, b) for a, b in data["copy_pairs"]], df=Counter(data["df"]),
            post=data["post"], rare=data["rare"], frames=data["frames"], acts=data["acts"],
            ordinals={r: ev for r, ev in data["ordinals"]}, typed=_pairs_in(data["typed"]),
            frame_typed={a: _pairs_in(t) for a, t in data["frame_typed"].items()},
            conflicts=data["conflicts"], actors=Counter(data["actors"]),
            desk_version=data["desk_version"],
        )  # fmt: skip


def context_of(state: ClaimState, ids: set[str]) -> dict[str, tuple[frozenset[str], ...]]:
    """For each source, who else among `ids` is one article, one voice or a copy with it:
    when that changes for a source, its mentions are matched again."""
    copy, chain, voice = UnionFind(), UnionFind(), UnionFind()
    for group in state.copy_groups():
        for other in group[1:]:
            copy.union(group[0], other)
    for sid, linked in state.links().items():
        for other in linked:
            chain.union(sid, other)
            voice.union(sid, other)
    for group in state.copy_groups():
        for sid in group:
            voice.union(sid, copy.find(sid))
    out: dict[str, tuple[frozenset[str], ...]] = {}
    for finder in (copy, chain, voice):
        classes: dict[str, set[str]] = {}
        for sid in ids:
            classes.setdefault(finder.find(sid), set()).add(sid)
        for sid in ids:
            out[sid] = (*out.get(sid, ()), frozenset(classes[finder.find(sid)]))
    return out


def encode_signature(values: np.ndarray) -> str:
    """A MinHash signature as text."""
    return base64.b64encode(values.astype("<u4").tobytes()).decode("ascii")


def decode_signature(text: str) -> np.ndarray:
    """A MinHash signature read back."""
    return np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.uint32)


def _pairs_out(pairs: dict[tuple[int, int], Any]) -> list[list[Any]]:
    return [[i, j, value] for (i, j), value in pairs.items()]


def _pairs_in(items: list[list[Any]]) -> dict[tuple[int, int], Any]:
    return {(i, j): value for i, j, value in items}


def conflict_components(typed: Mapping[Pair, str]) -> dict[str, tuple[str, list[Pair]]]:
    """Conflicting pairs joined per type: key (type and first pair) -> (type, pairs)."""
    by_kind: dict[str, list[Pair]] = defaultdict(list)
    for pair, kind in sorted(typed.items()):
        by_kind[kind].append(pair)
    found: dict[str, tuple[str, list[Pair]]] = {}
    for kind, pairs in by_kind.items():
        groups = UnionFind()
        for i, j in pairs:
            groups.union(i, j)
        members: dict[int, list[Pair]] = defaultdict(list)
        for pair in pairs:
            members[groups.find(pair[0])].append(pair)
        for group in members.values():
            found[f"{kind}:{group[0][0]}:{group[0][1]}"] = (kind, group)
    return found


# -- small helpers of claim_index --------------------------------------------------------------


def rarity_rank(count: int) -> int | None:
    """What a key's count means for rarity: its power of two, None when not usable."""
    return count.bit_length() if 0 < count <= MAX_POSTING else None


def drop_rare(table: dict[str, list[list[int]]], key: str, refs: Collection[int]) -> None:
    """Take mentions off the list of a rare key."""
    items = table.get(key)
    if items:
        items[:] = [item for item in items if item[0] not in refs]
        if not items:
            del table[key]


def drop_ref(table: dict[str, list[int]], key: str, r: int) -> None:
    """Take a mention off a list of refs."""
    items = table.get(key)
    if items and r in items:
        items.remove(r)
        if not items:
            del table[key]


def act_record(r: int, m: ClaimMention) -> list[Any]:
    """What `tells_act` reads of a mention of an ordinal verb."""
    return [r, sorted(m.objects), list(m.targets)]


def act_mention(item: list[Any]) -> ClaimMention:
    """A stand-in mention with what `act_record` kept (for `conflicts.tells_act`)."""
    _, objects, targets = item
    return ClaimMention("", 0, 0, "", subjects=("?",), objects=frozenset(objects),
                        targets=tuple(targets))  # fmt: skip
