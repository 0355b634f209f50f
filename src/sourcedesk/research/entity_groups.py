"""Entities, steps 3 and the tables: names grouped into entities.

Names found in the sources are grouped when they are the same entity: hyphen/space spellings,
the tables' aliases (countries, known organisations), acronyms the texts define ("Donetsk
People's Republic (DPR)"), transliteration variants (a general similarity rule) and
surname-only mentions of a full name (``entities`` finds and reads the names, then builds an
``Entity`` from each group).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from sourcedesk.research import entity_data as D

EntityType = str  # "person", "organisation", "place", "other"; "acronym", "thing" while reading
FOLD_CACHE = 200_000  # names and words whose folded form and skeleton are kept


@dataclass(frozen=True)
class Mention:
    """One name found in a sentence, with what the context says about it."""

    form: str
    kind: EntityType
    role: str
    doc: int
    sentence: tuple[int, int]
    sentence_start: bool  # the name opens its sentence (its capital may be grammatical)
    counted: bool = True  # False for an acronym defined in parentheses after its long form
    foreign: bool = False  # told in a source not in English (the English rules did not read it)
    # what the words around a name that looks like a person's tell: "person" (a role, a title,
    # a given name, "said", "who", an age), "place" ("in", "the villages of"), or nothing
    cue: str = ""


@cache
def _known_forms() -> dict[str, tuple[str, EntityType]]:
    """Every form the tables know (lower-cased) -> (canonical name, type)."""
    table: dict[str, tuple[str, EntityType]] = {}
    for name, capital, _demonym_forms, aliases in D.COUNTRIES:
        for form in (name, *aliases):
            table[form.lower()] = (name, "place")
        for form in (capital, *D.CAPITAL_VARIANTS.get(capital, ())):
            table.setdefault(form.lower(), (capital, "place"))
    for name, aliases in D.KNOWN_ORGANISATIONS:
        for form in (name, *aliases):
            table[form.lower()] = (name, "organisation")
    for state in D.US_STATES:
        table.setdefault(state.lower(), (state, "place"))
    return table


@cache
def _table_acronyms() -> frozenset[str]:
    """The forms of the tables written in capitals ("UN", "U.S."), lower-cased."""
    forms = [f for _n, _c, _d, aliases in D.COUNTRIES for f in aliases]
    forms += [f for _n, aliases in D.KNOWN_ORGANISATIONS for f in aliases]
    return frozenset(f.lower() for f in forms if f.replace(".", "").isupper())


def known_name(text: str) -> tuple[str, EntityType] | None:
    """The table entry for a name; an acronym only when written in capitals ("UN", not "Un")."""
    low = text.lower()
    if low in _table_acronyms() and not text.replace(".", "").isupper():
        return None
    return _known_forms().get(low)


@cache
def demonyms() -> frozenset[str]:
    """Every demonym the country table knows, lower-cased."""
    return frozenset(d.lower() for _n, _c, demonyms, _a in D.COUNTRIES for d in demonyms)


@lru_cache(maxsize=FOLD_CACHE)
def fold_name(text: str) -> str:
    """A name folded for comparison: no accents, no case, one kind of apostrophe."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace("’", "'")


def form_key(form: str) -> str:
    """The grouping key of a name: folded, without spaces, hyphens or dots."""
    return re.sub(r"[\s.\-']", "", fold_name(form))


def long_form(short: str, before: str) -> str | None:
    """The words before "(ABC)" whose letters spell ABC (Schwartz and Hearst's algorithm)."""
    letters = [c.lower() for c in short if c.isalnum()]
    words = before.split()[-(len(letters) + 5) :]
    candidate = " ".join(words)
    s, i = len(letters) - 1, len(candidate) - 1
    while s >= 0:
        c = letters[s]
        while i >= 0 and (
            candidate[i].lower() != c or (s == 0 and i > 0 and candidate[i - 1].isalnum())
        ):
            i -= 1
        if i < 0:
            return None
        i, s = i - 1, s - 1
    long = candidate[candidate.rfind(" ", 0, i + 1) + 1 :].strip(" ,;:")
    kept = long.split()
    if len(kept) < 2 or not all(w[:1].isupper() or w in D.NAME_CONNECTORS for w in kept):
        return None
    return long


def _initials_spell(short: str, long: str) -> bool:
    """Whether a long form spells an acronym: the first letters agree and every letter of the
    acronym comes in order ("HIgh Mobility Artillery Rocket System" spells HIMARS)."""
    letters = [c for c in short.lower() if c.isalpha()]
    words = long.split()
    if len(words) < 2 or not letters or words[0][:1].lower() != letters[0]:
        return False
    it = iter(long.lower())
    return all(c in it for c in letters)


def defined_aliases(texts: list[str]) -> list[tuple[str, str]]:
    """Pairs (short or other name, full name) the texts define in parentheses."""
    pairs = []
    for text in texts:
        for m in D.SHORT_FORM.finditer(text):
            long = long_form(m.group(1), text[max(0, m.start() - 200) : m.start()])
            if long:
                pairs.append((m.group(1), long))
        for m in D.LONG_FORM_AFTER.finditer(text):
            if _initials_spell(m.group(1), m.group(2)):
                pairs.append((m.group(1), m.group(2).strip()))
        for m in D.ALIAS_CUE.finditer(text):
            before = D.NAME_BEFORE.findall(text[max(0, m.start() - 80) : m.start()])
            if before:
                pairs.append((m.group(1).strip(), before[-1]))
    return pairs


class _Groups:
    """Union-find over grouping keys."""

    def __init__(self) -> None:
        """An empty forest."""
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        """The representative key of a group."""
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        """Put two keys in one group (the smaller key represents it, for determinism)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def canonical_key(form: str) -> str:
    """The key of a name, the table's name standing for its known aliases."""
    known = known_name(form)
    return form_key(known[0]) if known else form_key(form)


@lru_cache(maxsize=FOLD_CACHE)
def _skeleton(word: str) -> str:
    """A transliteration skeleton: consonants only, g/h and doubled letters folded."""
    word = fold_name(word)
    word = word.replace("kh", "h").replace("g", "h").replace("j", "y")
    body = re.sub(r"[aeiouyw'\-]", "", word[1:])
    return word[:1] + re.sub(r"(.)\1+", r"\1", body)


def _same_word(a: str, b: str) -> bool:
    """Whether two words are one name in two transliterations (Zelensky / Zelenskyy)."""
    fa, fb = fold_name(a), fold_name(b)
    if fa == fb:
        return True
    if min(len(fa), len(fb)) < D.TRANSLITERATION_MIN_LENGTH or fa[0] != fb[0]:
        return False
    if _skeleton(a) != _skeleton(b):
        return False
    return difflib.SequenceMatcher(None, fa, fb).ratio() >= D.TRANSLITERATION_MIN_RATIO


def variants(a: str, b: str) -> bool:
    """Whether two names are transliteration variants word by word."""
    wa, wb = re.split(r"[\s-]+", a), re.split(r"[\s-]+", b)
    return (
        len(wa) == len(wb) and a != b and all(_same_word(x, y) for x, y in zip(wa, wb, strict=True))
    )


def group_mentions(mentions: list[Mention], texts: list[str]) -> dict[str, list[Mention]]:
    """Mentions grouped by the entity they name."""
    groups = _Groups()
    forms: dict[str, str] = {}
    for m in mentions:
        forms.setdefault(canonical_key(m.form), m.form)
        groups.find(canonical_key(m.form))
    for short, long in defined_aliases(texts):
        groups.union(canonical_key(short), canonical_key(long))
    keys = sorted(forms)
    buckets: dict[tuple[int, str, tuple[str, ...]], list[str]] = defaultdict(list)
    for key in keys:  # variants share their word count, first letter and words' skeletons
        skeletons = tuple(_skeleton(w) for w in re.split(r"[\s-]+", forms[key]))
        buckets[(len(forms[key].split()), key[:1], skeletons)].append(key)
    for bucket in buckets.values():
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if variants(forms[a], forms[b]):
                    groups.union(a, b)
    for key in keys:
        if key.endswith("s") and key[:-1] in forms:
            groups.union(key, key[:-1])  # "People's Republics" names the "People's Republic"
    firms = _attach_firm_short_forms(mentions, groups)
    _attach_surnames(
        mentions, groups, Counter(form_key(m.form) for m in mentions if " " not in m.form), firms
    )
    _attach_heads(mentions, groups)
    grouped: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        grouped[groups.find(canonical_key(m.form))].append(m)
    return grouped


def _attach_firm_short_forms(mentions: list[Mention], groups: _Groups) -> set[str]:
    """Join a one-word name to the only company whose name is that word and its trade
    ("Tarnhold" for "Tarnhold Airways", "Orsa" for "Orsa Therapeutics"), not a council or a
    university ("Lisle" is no "Lisle Borough Council"); the short forms joined, by key."""
    firms: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.form.split()
        if firm_name(m):
            firms[form_key(words[0])].add(groups.find(canonical_key(m.form)))
    joined = set()
    for m in mentions:
        owners = firms.get(form_key(m.form), set()) if " " not in m.form else set()
        if m.kind != "place" and len(owners) == 1:
            groups.union(canonical_key(m.form), next(iter(owners)))
            joined.add(form_key(m.form))
    return joined


def firm_name(m: Mention) -> bool:
    """Whether a mention is a company's two-word name, its trade second ("Brannock Air")."""
    words = m.form.split()
    bodied = m.kind in ("organisation", "cue_organisation", "other")
    return bodied and len(words) == 2 and words[1].lower() in D.FIRM_TAILS


def _attach_surnames(
    mentions: list[Mention], groups: _Groups, alone: Counter[str], firms: set[str]
) -> None:
    """Join a one-word mention to the only full name of a person that starts or ends in it,
    unless it names a company (`firms`: "Brannock" of "Brannock Air", not "Cyril Brannock")."""
    people: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.form.split()
        brand = not m.role and told_by_first_word(m.form, alone)  # a role: family name first
        if m.kind == "person" and len(words) > 1 and not brand:
            for word in (words[0], words[-1]):  # family names come first in some languages
                people[form_key(word)].add(groups.find(canonical_key(m.form)))
    by_letter: dict[str, list[str]] = defaultdict(list)  # _same_word needs the first letter
    for surname in people:
        by_letter[fold_name(surname)[:1]].append(surname)
    weak = ("person", "other", "cue_place")  # kinds a surname told alone may carry
    singles = {
        m.form
        for m in mentions
        if " " not in m.form and m.kind in weak and form_key(m.form) not in firms
    }
    for single in sorted(singles):
        folded, key = fold_name(single), form_key(single)
        candidates = {*by_letter.get(fold_name(folded)[:1], ()), *([key] if key in people else [])}
        owners = {groups.find(g) for g in people.get(key, ())}  # the same spelling first
        if len(owners) != 1:
            owners = {
                groups.find(g)
                for surname in candidates
                if surname == key or _same_word(surname, folded)
                for g in people[surname]
            }
        if len(owners) == 1:
            groups.union(canonical_key(single), owners.pop())


def _attach_heads(mentions: list[Mention], groups: _Groups) -> None:
    """Join a lone keyword ("the Council") to the only organisation of its document whose
    name ends in it ("East Halden County Council")."""
    owners: dict[tuple[int, str], set[str]] = defaultdict(set)
    for m in mentions:
        words = m.form.split()
        if len(words) > 1 and m.kind == "organisation":
            owners[(m.doc, words[-1].lower())].add(groups.find(canonical_key(m.form)))
    for m in mentions:
        found = {groups.find(g) for g in owners.get((m.doc, m.form.lower()), set())}
        if generic_head(m.form) and len(found) == 1:
            groups.union(canonical_key(m.form), found.pop())


def generic_head(form: str) -> bool:
    """Whether a name is a lone organisation keyword ("the Ministry", "the Council")."""
    low = form.lower()
    return " " not in form and low in D.ORG_KEYWORDS and low not in D.NAMED_INSTITUTIONS


def opens_person(word: str) -> bool:
    """Whether a word opens a person's name in any language: a known given name (accents
    folded) or a title used across languages ("Imam", "Sheikh", "Dr")."""
    low = fold_name(word)
    return low in D.GIVEN_NAMES or low in D.PERSON_TITLES or word in D.HONORIFICS


def told_by_first_word(form: str, alone: Counter[str]) -> bool:
    """Whether the texts tell a name alone by its first word more than by its last: the way
    a brand or product is shortened ("Stadia", "Apple"), not a person (told by the family
    name)."""
    words = form.split()
    if opens_person(words[0]):
        return False  # "Elise" for "Elise Varnum": a person called by her given name
    first = alone[form_key(words[0])] if len(words) > 1 else 0
    return first >= D.BRAND_MIN_FIRST_WORD and first > alone[form_key(words[-1])]
