"""Entities: the people, organisations and places the sources name, and who is who.

A rule-based recogniser over clean text with sentence spans, in four steps:

1. name runs (``entity_runs``): capitalised words (with "of", "de" ... inside), cut at
   possessives;
2. each run is read: a role title in or before it ("U.S. Defense Secretary Dana Holm",
   "separatist leader Orin Valk") or an apposition after it ("Petr Lasko, a
   spokesperson for ...") gives a person a role; keywords and the country table give
   organisations and places;
3. names are grouped (``entity_groups``): hyphen/space spellings, the tables' aliases,
   acronyms the texts define ("Donetsk People's Republic (DPR)"), transliteration variants (a
   general similarity rule) and surname-only mentions of a full name;
4. each group becomes an ``Entity``: fullest name, aliases, roles, mention count, citations.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Literal, cast

from sourcedesk.ingest.metadata import guess_language
from sourcedesk.records import Citation, Entity
from sourcedesk.research import entity_data as D
from sourcedesk.research.entity_groups import (
    Mention,
    demonyms,
    firm_name,
    fold_name,
    form_key,
    generic_head,
    group_mentions,
    known_name,
    long_form,
    opens_person,
    told_by_first_word,
    variants,
)
from sourcedesk.research.entity_runs import (
    Token,
    after_mark,
    is_heading,
    name_runs,
    sentence_tokens,
    title_at,
    trim_run,
)
from sourcedesk.research.entity_shapes import (
    common_word,
    in_capitals,
    list_start,
    name_goes_on,
    org_cue,
    person_cue,
    place_cue,
    place_shape,
    places_by_demonym,
    shaped_place_cue,
    team,
    work_cue,
)

__all__ = ["extract_entities"]

Doc = tuple[str, str, list[tuple[int, int]]]
EntityType = str  # "person", "organisation", "place", "other"; "acronym", "thing" while reading
EntityKind = Literal["person", "organisation", "place", "other"]


@dataclass(frozen=True)
class _Context:
    """What the whole desk tells about words, and the language of the source being read."""

    common: frozenset[str]  # words the texts use in lower case
    bound: frozenset[str]  # words written only before "and" + a name ("Customs and Border ...")
    english: bool = True


# --- step 2: reading a run -------------------------------------------------------------------


def _is_name_word(word: str) -> bool:
    """Whether a capitalised word can be part of a person's name."""
    low = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and low not in D.NOT_NAMES
        and low not in D.ORG_KEYWORDS
        and low not in D.PLACE_KEYWORDS
        and low not in demonyms()
        and known_name(word) is None
        and title_at([word], 0) == 0
    )


def _split_role(run: list[Token], common: frozenset[str]) -> int:
    """Where a person's name starts after a role title in a run (0 when there is none)."""
    words = [t.text for t in run]
    last = -1
    for i in range(len(words)):
        size = title_at(words, i)
        if size:
            last = i + size
    if last <= 0 or last >= len(words):
        return 0
    name_start = last
    if words[last] in D.ROLE_CONNECTORS and last + 1 < len(words):
        complement = _complement_size(words[last + 1 :])
        name_start = last + 1 + complement
    rest = words[name_start:]
    if not rest or not all(_is_name_word(w) or w in D.NAME_CONNECTORS for w in rest):
        return 0
    if D.ROLE_ONLY_CONNECTORS & set(rest):
        return 0  # "Head of Retail Services for Velcor": still the role's complement
    if name_start > last and not _looks_personal(rest, common, allowed=1):
        return 0  # "Manager of Life Care Solutions": the complement goes on
    return name_start


def _common_lead(words: list[str], common: frozenset[str]) -> int:
    """How many common words open a run before a person's name of two words or more
    ("Pharmacist Mara Quint", "Teenager Ilse Kerr"): words the texts use in lower case, no
    given name, before name words that are no common words ("Old Harbour Quay" stays)."""
    lead = 0
    while len(words) - lead > 2 and words[lead].lower() in common:
        if words[lead].lower() in D.GIVEN_NAMES or not _is_name_word(words[lead]):
            break
        lead += 1
    rest = words[lead:]
    if not lead or D.INITIAL.match(rest[0]) or not all(_is_name_word(w) for w in rest):
        return 0
    if any(common_word(w.lower(), common) for w in rest) or _kind(words, common) != "other":
        return 0  # "Old Harbour Quay", "Port Tarn Athletic"
    given = rest[0].lower() in D.GIVEN_NAMES
    return lead if given or D.AGENT_NOUN.search(words[lead - 1].lower()) else 0


def _complement_size(words: list[str]) -> int:
    """How many words after "of"/"to" belong to a role ("of Ukraine", "to the UN")."""
    for size in range(min(4, len(words) - 1), 0, -1):
        if known_name(" ".join(words[:size])):
            return size
    return 1


def _role_before(text: str, sentence_start: int, run: list[Token]) -> str:
    """A role told just before a name ("separatist leader", "Ukraine's foreign minister")."""
    before = text[sentence_start : run[0].start]
    words = list(re.finditer(r"[\w][\w'’.-]*", before))
    if not words or before[words[-1].end() :].strip():
        return ""
    tail = [w.group(0).lower() for w in words]
    size = next((s for s in (2, 1) if " ".join(tail[-s:]) in D.ROLE_TITLES), 0)
    if not size or words[-1].group(0)[:1].isupper():
        return ""
    first = len(words) - size
    while first > 0 and len(words) - first < D.MAX_ROLE_LEAD_WORDS + size:
        word = words[first - 1].group(0)
        low = word.lower().removesuffix("'s").removesuffix("’s")
        if before[words[first - 1].end() : words[first].start()].strip():
            break
        if not (word[:1].isupper() or low in D.ROLE_MODIFIERS or low in demonyms()):
            break
        if low in D.NOT_NAMES and low not in D.DIRECTION_WORDS and low not in D.ROLE_MODIFIERS:
            break
        first -= 1
    return text[sentence_start + words[first].start() : sentence_start + words[-1].end()]


PLACED_BY = re.compile(r"\b(?:in|at|near|from|of|to|into|across|outside)\s+(?:the\s+)?$")


def _placed(text: str, sentence_start: int, start: int) -> bool:
    """Whether a name follows a preposition of place ("south of Brenmouth", "in Lisle"): what
    stands after it in apposition tells of someone else."""
    return PLACED_BY.search(text, max(sentence_start, start - 12), start) is not None


def _apposition(text: str, end: int, sentence_end: int) -> str:
    """A role given in apposition after a name ("..., a spokesperson for the ministry,")."""
    m = D.APPOSITION.match(text[end:sentence_end])
    if not m:
        return ""
    phrase = m.group(1).strip()
    words = phrase.split()
    if not words or len(words) > D.MAX_APPOSITION_WORDS or words[0].lower() in D.RELATIVE:
        return ""
    lowered = [w.lower().strip("()") for w in words]
    titles = [i for i in range(min(len(lowered), 7)) if title_at(lowered, i)]
    if not titles or any(_names_next(words, i + title_at(lowered, i)) for i in titles):
        return ""  # "…, chaired by retired teacher Ilse Kerr": the post is someone else's
    return phrase


def _names_next(words: list[str], i: int) -> bool:
    """Whether a name word stands at position i after a title in lower case ("councillor
    Ilse Kerr"), not inside a title in capitals ("Chief Fire Officer")."""
    if i >= len(words) or i == 0 or not words[i - 1][:1].islower():
        return False
    return _is_name_word(words[i].strip("(),"))


def _kind(words: list[str], common: frozenset[str]) -> EntityType:
    """The type a name's own words give it (before context)."""
    known = known_name(" ".join(words))
    if known:
        return known[1]
    if team(words):
        return "organisation"  # a team named after its place ("Texas Rangers")
    while len(words) > 1 and words[-1].lower() in D.NAME_SUFFIXES:
        words = words[:-1]  # "Henry Ford II", "World War II": typed by the words before
    low = [w.lower() for w in words]
    if len(words) > 1 and low[0] in D.EVENT_OPENERS:
        return "thing"  # "Hurricane Katrina"
    if low[-1] in D.ORG_KEYWORDS or "and" in low:
        return "organisation"  # "and" joins only a name in two parts ("Customs and Border ...")
    if low[-1] in D.PLACE_KEYWORDS:
        return "place"
    if len(words) > 1 and place_shape(words, low):
        return "place"
    if any(w in D.ORG_KEYWORDS for w in low):
        return "organisation"
    if any(w in D.PLACE_KEYWORDS for w in low):
        return "place"
    if len(words) > 1 and low[-1] in D.THING_KEYWORDS:
        return "thing"
    if len(words) == 1 and words[0].lower() in D.THING_ACRONYMS:
        return "thing"  # "DVD", "USB": no body
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        return "acronym"
    if len(words) == 2 and words[0] in D.COMPASS_PREFIXES and _is_name_word(words[1]):
        return "place"  # "South Ossetia", "West Bank"
    if len(words) == 1 and D.PLURAL_ACRONYM.match(words[0]):
        return "thing"
    inner = [w for w in words[1:-1] if not D.INITIAL.match(w)]  # "George R.R. Martin"
    words = [words[0], *inner, words[-1]] if len(words) > 2 else words
    if 2 <= len(words) <= 4 and all(_is_name_word(w) for w in words):
        given = low[0] in D.GIVEN_NAMES  # "Tim Cook": a given name makes a person
        return "person" if given or _looks_personal(words, common) else "other"
    return "other"


def _looks_personal(words: list[str], common: frozenset[str], allowed: int = 0) -> bool:
    """Whether name-like words read as a person's name, not a phrase of common words (at
    most ``allowed`` of them; one in a name of two words: "Anton Rijk")."""
    folded = [w.lower() for w in words if w not in D.NAME_CONNECTORS]
    allowed = max(allowed, 1 if len(folded) == 2 else 0)
    told = [common_word(w, common) for w in folded]
    return not told[-1] and sum(told) <= allowed


def _with_owner(text: str, sentence_start: int, start: int, end: int) -> str:
    """A role with the possessive owner written before it ("DPRK's Ambassador to UN")."""
    owner = D.OWNER.search(text[sentence_start:start])
    return text[sentence_start + owner.start() if owner else start : end]


def _read_run(
    text: str,
    run: list[Token],
    doc: int,
    sentence: tuple[int, int],
    opener: bool,
    common: frozenset[str],
    heading: bool = False,
) -> list[Mention]:
    """The mentions one run of capitalised words holds (in a heading, capitals tell little:
    a longer name's shape alone does not make a person)."""
    role, honorific = "", run[0].text in D.HONORIFICS and len(run) > 1
    name_start = 1 if honorific else _split_role(run, common)
    if name_start and not honorific:
        role = _with_owner(text, sentence[0], run[0].start, run[name_start - 1].end)
    if not name_start and _role_phrase([t.text for t in run]):
        return []  # "Leader of East Halden County Council": a role, no one named
    lead = 0 if name_start else _common_lead([t.text for t in run], common)
    if lead and D.AGENT_NOUN.search(run[lead - 1].text.lower()):
        role = text[run[0].start : run[lead - 1].end]  # "Pharmacist Mara Quint"
    run = run[max(name_start, lead) :]
    while len(run) > 1 and _no_name_word(run[0].text, run[0].start == sentence[0]):
        run = run[1:]  # "Reopening Orsa …", "the Liberals' Ada Vell": not in the name
    words = [t.text for t in run]
    start, end = run[0].start, run[-1].end
    form = text[start:end]
    if form.lower() in demonyms() or len(words) > D.MAX_NAME_WORDS or _not_a_name(words):
        return []
    if title_at(words, 0) == len(words) or _emphasis(words, common):
        return []  # a role alone ("the CEO") names no one; "the BIG question" is emphasis
    kind = "person" if role or honorific else _kind(words, common)
    if kind in ("person", "other") and not role and " & " in form:
        kind = "organisation"  # "Tarn & Quint": partners' names joined make a firm
    if heading and kind == "person" and not (role or honorific) and len(words) > 2:
        kind = "other"  # "The 11 Biggest Unanswered Questions"; a byline's two words stay
    if not role and kind in ("person", "other") and not _placed(text, sentence[0], start):
        # "34 km south of Brenmouth, a spokesman for … said": a place before the speaker
        role = _role_before(text, sentence[0], run) or _apposition(text, end, sentence[1])
        if role and all(_is_name_word(w) or w in D.NAME_CONNECTORS for w in words):
            kind = "person"
    if kind in ("person", "other") and not role and not honorific and work_cue(text, start, end):
        kind = "work"  # a title of a work: 'the film "Catching Fire"'
    if kind in ("person", "other") and not role and name_goes_on(text, end, sentence[1]):
        kind = "thing"  # "Harbour Villages (Lettings) Act": a piece of a longer name
    shaped = kind == "person" and not role and not honorific  # a person by the look of it
    if (kind in ("other", "thing", "acronym") or shaped) and org_cue(text, start, end, sentence):
        kind = "cue_organisation"  # "Halvik's chief executive", "joined Halvik"
    elif kind in ("other", "thing") and place_cue(text, start, end, sentence):
        kind = "place" if len(words) > 1 else "cue_place"  # "in Epstein's house": a weak cue
    cue = _person_or_place(text, run, sentence, honorific) if kind == "person" and not role else ""
    return [Mention(form, kind, role, doc, sentence, opener, cue=cue)]


def _no_name_word(word: str, opens_sentence: bool) -> bool:
    """Whether a capitalised word leading a run is no part of the name after it: an owner
    ("Greens'", "Labour's") or a verb's -ing form opening the sentence ("Rebuilding")."""
    if word.endswith(("'", "’", "'s", "’s")):
        return True
    low = word.lower()
    return opens_sentence and low.endswith("ing") and len(low) > 5 and low not in D.GIVEN_NAMES


def _person_or_place(
    text: str, run: list[Token], sentence: tuple[int, int], honorific: bool
) -> str:
    """What the words around a name read as a person's tell of it: "person" (a title, a given
    name, a person's cue), "place" (a place's cue) or nothing."""
    start, end = run[0].start, run[-1].end
    if honorific or run[0].text.lower() in D.GIVEN_NAMES:
        return "person"
    # after "from Tarn Hollow" or "the people of Tarn Hollow", a "who" or a "said" tells of
    # whoever the preposition follows
    governed = _placed(text, sentence[0], list_start(text, sentence[0], start))
    if person_cue(text, start, end, sentence, after=not governed):
        return "person"
    return "place" if shaped_place_cue(text, start, end, sentence) else ""


def _emphasis(words: list[str], common: frozenset[str]) -> bool:
    """Whether words in capitals are common words stressed, not an acronym ("BIG", "FREE
    DOWNLOAD")."""
    if not all(w.isupper() for w in words) or known_name(" ".join(words)):
        return False
    return any(w.lower() in common for w in words)


def _read_foreign(
    text: str, run: list[Token], doc: int, sentence: tuple[int, int], opener: bool
) -> list[Mention]:
    """A name in a text not in English: typed by the tables and its form only (the role,
    keyword and context rules read English)."""
    words = [t.text for t in run]
    form = text[run[0].start : run[-1].end]
    known = known_name(form)
    if known:
        kind = known[1]
    elif len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        kind = "acronym"
    elif len(words) > 1 and opens_person(words[0]) and all(map(_name_or_connector, words)):
        kind = "person"  # "Eugênio Tadeu", "Imam Ahmad bin Hanbal": read in any language
    else:
        kind = "other"
    return [Mention(form, kind, "", doc, sentence, opener, foreign=True)]


def _name_or_connector(word: str) -> bool:
    """Whether a word can stand in a person's name: capitalised, not in capitals, or a
    connector ("bin", "von")."""
    return word in D.NAME_CONNECTORS or (word[:1].isupper() and not word.isupper())


def _role_phrase(words: list[str]) -> bool:
    """Whether capitalised words are a role title and what it is a role of ("Head of ...",
    "General Manager of ...")."""
    size = 0
    while title_at(words, size):
        size += title_at(words, size)
    return 0 < size < len(words) - 1 and words[size] in D.ROLE_CONNECTORS


def _not_a_name(words: list[str]) -> bool:
    """Whether a run names nothing by itself: a compound of known names ("Russia-Ukraine"
    war), a unit, a currency or a title in capitals."""
    if len(words) != 1:
        return False
    if words[0].replace(".", "").lower() in D.UNIT_ACRONYMS:
        return True  # "GB", "USD", "C.E.O."
    parts = words[0].split("-")
    return len(parts) > 1 and all(known_name(p) for p in parts)


def _split_after_keyword(run: list[Token]) -> list[list[Token]]:
    """A run cut after an organisation keyword followed by a person's name ("Foreign Ministry
    Pavlo Dren said" names a ministry and a person)."""
    for i, token in enumerate(run[:-2]):
        rest = [t.text for t in run[i + 1 :]]
        joined = i > 0 and run[i - 1].text.lower() in ("of", "and", "for")
        if joined:
            continue  # "Office of Rail Incident Review": the keyword is inside the body's name
        if token.text.lower() in D.ORG_KEYWORDS and all(_is_name_word(w) for w in rest):
            return [run[: i + 1], run[i + 1 :]]
    return [run]


def _split_person_of(run: list[Token]) -> list[list[Token]]:
    """A person's name and the body after its "of" as two names ("Ada Quint of Harbour Commons",
    "Jonas Pell of the Harbour Party"), not one body; "Bank of England" stays whole."""
    words = [t.text for t in run]
    at = next((i for i, w in enumerate(words) if w == "of"), -1)
    if not 2 <= at <= 3 or at + 1 >= len(run):
        return [run]
    person, body = words[:at], [w for w in words[at + 1 :] if w.lower() != "the"]
    if not all(_is_name_word(w) for w in person) or not body:
        return [run]
    if any(w.lower() in D.ORG_KEYWORDS or w.lower() in D.PLACE_KEYWORDS for w in person):
        return [run]  # "Bank of England", "Office of Rail Review"
    first_body = at + 1 + (run[at + 1].text.lower() == "the")
    if not _looks_personal(person, frozenset()) and person[0].lower() not in D.GIVEN_NAMES:
        return [run]
    return [run[:at], run[first_body:]]


def _defining_acronym(text: str, run: list[Token]) -> bool:
    """Whether a run is an acronym in parentheses after its long form ("... Republic (DPR)")."""
    start, end = run[0].start, run[-1].end
    if len(run) != 1 or text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    return long_form(run[0].text, text[max(0, start - 201) : start - 1]) is not None


def _sentence_mentions(
    text: str, doc: int, sentence: tuple[int, int], ctx: _Context
) -> list[Mention]:
    """Every name mentioned in one sentence."""
    tokens = sentence_tokens(text[sentence[0] : sentence[1]], sentence[0])
    heading = is_heading(text[sentence[0] : sentence[1]])
    if in_capitals(text[sentence[0] : sentence[1]]):
        return _known_in_capitals(text, name_runs(text, tokens, ctx.bound), doc, sentence)
    mentions = []
    for raw in name_runs(text, tokens, ctx.bound):
        opener = raw[0] is tokens[0] or heading or after_mark(text, sentence[0], raw[0].start)
        if opener and len(raw) == 1 and text[raw[0].end : raw[0].end + 1] == ":":
            continue  # a field's label ("Status: Missing; Date: 1862"), no name
        trimmed = trim_run(raw, opener, ctx.common, loose=heading or not ctx.english)
        if not ctx.english:
            mentions += _read_foreign(text, trimmed, doc, sentence, opener) if trimmed else []
            continue
        runs = [part for whole in _split_after_keyword(trimmed) for part in _split_person_of(whole)]
        for run in runs if trimmed else []:
            first = opener and (heading or run[0] is raw[0])
            found = _read_run(text, run, doc, sentence, first, ctx.common, heading)
            if _defining_acronym(text, run):
                found = [replace(m, counted=False) for m in found]
            mentions += found
    return mentions


def _known_in_capitals(
    text: str, runs: list[list[Token]], doc: int, sentence: tuple[int, int]
) -> list[Mention]:
    """The names the tables know in a sentence written in capitals ("RUSSIA", "NATO")."""
    out = []
    for run in runs:
        for token in run:
            known = known_name(token.text)
            if known and len(token.text) > 1:
                out.append(Mention(token.text, known[1], "", doc, sentence, True))
    return out


# --- step 4: entities ------------------------------------------------------------------------


def _entity_type(mentions: list[Mention], alone: Counter[str]) -> EntityType:
    """The type most of the evidence gives; people and places from strong cues win."""
    kinds = Counter(m.kind for m in mentions)
    if any(m.role for m in mentions) and kinds["person"]:
        return "person"
    told = _told_by_context(mentions, kinds) if kinds["person"] else None
    if told:
        return told  # "in Tarn Hollow", "the villages of Tarn Hollow and …": never a person
    if any(firm_name(m) for m in mentions):
        return "organisation"  # "Tarnhold", told once as "Tarnhold Airways"
    if kinds.pop("work", 0):
        return "other"  # told once as a work's title ("the film X"): no person, whatever its shape
    # a cue around a lone word ("with Epstein in ...") yields to a person's full name
    cued = kinds.pop("cue_place", 0)
    bodied = kinds.pop("cue_organisation", 0)
    if bodied and bodied >= cued and 2 * bodied >= kinds["person"]:
        return "organisation"  # "Tarn Aviva chief executive …" though it looks like a name
    if cued:
        # a place cue once among many bare mentions ("at Halvik") makes no place
        rare = cued < D.PLACE_CUE_SHARE * (cued + kinds["other"])
        kinds["other" if kinds["person"] or rare else "place"] += cued
    kinds["other"] += bodied
    brand = any(m.kind == "person" and told_by_first_word(m.form, alone) for m in mentions)
    if kinds["acronym"] or brand:
        kinds["other"] += kinds.pop("person", 0)  # "Stadia" for "Stadia Pro": not a person
    for kind, _ in kinds.most_common():
        if kind not in ("other", "acronym", "thing"):
            return kind
    # an acronym is an organisation unless its long form names a thing (a weapon system)
    return "organisation" if kinds["acronym"] and not kinds["thing"] else "other"


def _told_by_context(mentions: list[Mention], kinds: Counter[str]) -> EntityType | None:
    """What a name read as a person's by its shape alone is when no mention of it has a
    person's cue: a place when told with a place's cue often enough (``SHAPED_PLACE_SHARE``),
    no person when it opens a longer name that is no person's ("Tarn Hollow" of "Tarn Hollow
    Water"); None when the shape stands."""
    if any(m.cue == "person" for m in mentions):
        return None
    placed = sum(m.cue == "place" for m in mentions) + kinds["place"] + kinds["cue_place"]
    if placed and placed >= D.SHAPED_PLACE_SHARE * len(mentions):
        return "place"
    return "other" if any(m.cue == "part" for m in mentions) else None


def _name_heads(mentions: list[Mention]) -> frozenset[str]:
    """The opening words (two or more) of the longer names told that are no person's ("Tarn
    Hollow" of "Tarn Hollow Water"), from names inside a sentence or typed by their words (a
    heading's capitals tell little)."""
    heads: set[str] = set()
    for m in mentions:
        words = m.form.split()
        bodied = m.kind in ("organisation", "place", "thing")
        if len(words) > 2 and m.kind != "person" and (bodied or not m.sentence_start):
            heads.update(" ".join(words[:n]) for n in range(2, len(words)))
    return frozenset(heads)


def _with_heads(mentions: list[Mention]) -> list[Mention]:
    """Mentions read as a person's by their shape alone, marked when they open a longer name
    that is no person's."""
    heads = _name_heads(mentions)
    return [
        replace(m, cue="part") if m.kind == "person" and not m.cue and m.form in heads else m
        for m in mentions
    ]


def _name(mentions: list[Mention]) -> str:
    """The fullest form of a name: most words, then longest, then most told."""
    counts = Counter(m.form for m in mentions)

    def plural(form: str) -> bool:
        return form.endswith("s") and any(variants(form[:-1], f) for f in counts if f != form)

    return max(counts, key=lambda f: (not plural(f), len(f.split()), len(f), counts[f], f))


def _roles(mentions: list[Mention]) -> tuple[str, ...]:
    """Distinct roles, the most told first."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for m in mentions:
        if m.role:
            key = fold_name(m.role)
            counts[key] += 1
            first.setdefault(key, m.role)
    return tuple(first[k] for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _citations(mentions: list[Mention], docs: list[Doc]) -> tuple[Citation, ...]:
    """One citation per sentence naming the entity, at most MAX_CITATIONS."""
    seen: list[tuple[int, tuple[int, int]]] = []
    for m in mentions:
        if (m.doc, m.sentence) not in seen:
            seen.append((m.doc, m.sentence))
    out = []
    for n, (doc, (start, end)) in enumerate(seen[: D.MAX_CITATIONS], start=1):
        source_id, text, _ = docs[doc]
        out.append(Citation(n, source_id, start, end, text[start:end]))
    return tuple(out)


def _aliases(mentions: list[Mention], name: str) -> tuple[str, ...]:
    """The other forms of a name, one per spelling that differs beyond apostrophes."""
    seen = {fold_name(name)}
    out = []
    for form in sorted({m.form for m in mentions}, key=lambda f: (f.lower(), f)):
        if fold_name(form) not in seen:
            seen.add(fold_name(form))
            out.append(form)
    return tuple(out)


def _keep(kind: EntityType, mentions: list[Mention], common: frozenset[str]) -> bool:
    """Whether a group is worth listing: not a common word capitalised at a sentence start,
    and typed or told more than once."""
    if all(generic_head(m.form) for m in mentions):
        return False  # a keyword standing for a name given elsewhere, never the name itself
    if all(m.foreign and " " not in m.form and not known_name(m.form) for m in mentions):
        return False  # in a text not in English, one capitalised word is not clearly a name
    if kind == "other" and _common_opener(mentions, common):
        return False  # a common word of no known type, mostly where capitals are grammatical
    openers = all(m.sentence_start for m in mentions)
    if openers and any(m.form.lower() in common or D.VERB_LIKE.search(m.form) for m in mentions):
        return False
    return kind != "other" or sum(m.counted for m in mentions) > 1


def _common_opener(mentions: list[Mention], common: frozenset[str]) -> bool:
    """Whether one word the texts use in lower case is capitalised mostly at sentence starts."""
    if any(" " in m.form or m.form.lower() not in common for m in mentions):
        return False
    return 2 * sum(m.sentence_start for m in mentions) > len(mentions)


def _bound_words(texts: list[str]) -> frozenset[str]:
    """Capitalised words the texts write only before "and" and another capitalised word:
    the head of a name in two parts ("Customs and Border Protection")."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(m.group(1) for m in D.AND_NAME.finditer(text))
    if not counts:
        return frozenset()
    told: Counter[str] = Counter()
    for text in texts:
        told.update(w for w in D.CAPITALISED_WORD.findall(text) if w in counts)
    return frozenset(
        word
        for word, n in counts.items()
        if not known_name(word) and not title_at([word], 0) and n == told[word]
    )


def _language(text: str) -> str | None:
    """A text's language when it is long enough to tell (None: read as English)."""
    return guess_language(text) if len(text.split()) >= D.LANGUAGE_MIN_WORDS else None


def _reads_english(words: list[str]) -> bool:
    """Whether a text's lower-case words read as English: a page declared English but written
    in another language ("<html lang=en>" over German) has almost none of its function words."""
    if len(words) < D.LANGUAGE_MIN_WORDS:
        return True
    told = sum(map(D.ENGLISH_FUNCTION_WORDS.__contains__, words))
    return told >= D.ENGLISH_MIN_SHARE * len(words)


def extract_entities(docs: list[Doc], languages: list[str | None] | None = None) -> list[Entity]:
    """People, organisations and places named in the documents, most mentioned first.

    ``languages`` gives each document's language (ISO 639-1), guessed from its text when not
    given; the rules that read English (roles, context cues, keywords) read English only.
    """
    texts = [text for _s, text, _p in docs]
    lowered = [D.LOWER_WORD.findall(text) for text in texts]
    common = D.COMMON_WORDS.union(*lowered)
    bound = _bound_words(texts)
    if languages is None:
        languages = [_language(text) for text in texts]
    english = [
        languages[d] in (D.ENGLISH, None) and _reads_english(w) for d, w in enumerate(lowered)
    ]
    mentions = [
        m
        for d, (_source, text, sentences) in enumerate(docs)
        for sentence in sentences
        for m in _sentence_mentions(text, d, sentence, _Context(common, bound, english[d]))
    ]
    mentions = _with_heads(mentions)
    alone = Counter(form_key(m.form) for m in mentions if " " not in m.form)  # names told by a word
    places = places_by_demonym([text for _s, text, _p in docs])
    entities = []
    for group in group_mentions(mentions, [text for _s, text, _p in docs]).values():
        kind = _entity_type(group, alone)
        if kind == "other" and any(m.form in places for m in group):
            kind = "place"
        if not _keep(kind, group, common):
            continue
        name, counted = _name(group), sum(m.counted for m in group)
        roles, citations = _roles(group), _citations(group, docs)
        kind_ = cast(EntityKind, kind)
        entities.append(Entity(name, kind_, _aliases(group, name), roles, counted, citations))
    return sorted(entities, key=lambda e: (-e.mentions, e.name))
