"""Entities: what a name's shape and neighbours tell of its type.

Reading helpers for ``entities``: a sentence written in capitals, a work's title told by
quotes or a word for a work, the words that make a place ("Silver Lake", "Gulf of Aden",
"Los Angeles"), a team named after its place, common words in the plural, place cues around
a name and places shown by their demonyms.
"""

from __future__ import annotations

import re

from sourcedesk.research import entity_data as D
from sourcedesk.research.entity_groups import demonyms, known_name

__all__ = [
    "common_word",
    "in_capitals",
    "list_start",
    "name_goes_on",
    "person_cue",
    "place_cue",
    "place_shape",
    "places_by_demonym",
    "shaped_place_cue",
    "team",
    "work_cue",
]


def in_capitals(sentence: str) -> bool:
    """Whether a sentence is written all in capitals (its capitals then tell no names)."""
    upper = len(D.UPPER_LETTER.findall(sentence))
    if upper < D.CAPS_SENTENCE_SHARE * D.CAPS_SENTENCE_MIN_LETTERS:
        return False  # most sentences: too few capitals for a shout of enough letters
    letters = upper + len(D.LOWER_LETTER.findall(sentence))
    return letters >= D.CAPS_SENTENCE_MIN_LETTERS and upper >= D.CAPS_SENTENCE_SHARE * letters


def work_cue(text: str, start: int, end: int) -> bool:
    """Whether a name is a title of a work: between quotation marks, or told by a word for a
    work just before or after it ("the film Catching Fire", "the Hunger Games franchise")."""
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    opening, closing = text[start - 1 : start] if start else "", text[end : end + 1]
    nickname = (len(before) > 1 and before[-2][:1].isupper()) or (
        len(after) > 1 and after[1][:1].isupper()
    )
    if opening and closing and opening in D.OPENING_QUOTES and closing in D.CLOSING_QUOTES:
        return not nickname  # 'Luis "Jerry" Ortiz': a nickname inside a name
    if before and before[-1].lower() in D.WORK_CUES_BEFORE:
        return True
    return bool(after) and after[0].lower().strip(",.;:") in D.WORK_CUES_AFTER


def place_shape(words: list[str], low: list[str]) -> bool:
    """Whether a name's words make a place: a place's head last or before "of" ("Silver
    Lake", "Gulf of Aden"), a place's prefix first ("Los Angeles"), a compass word before a
    known place ("Northern California"); not after a given name ("Grace Park")."""
    if low[0] in D.GIVEN_NAMES:
        return False
    if low[-1] in D.PLACE_HEADS or low[0] in D.PLACE_PREFIXES:
        return True
    if len(low) > 2 and low[1] == "of" and low[0] in D.PLACE_HEADS:
        return True
    known = known_name(" ".join(words[1:]))
    return low[0] in D.DIRECTION_WORDS and known is not None and known[1] == "place"


def team(words: list[str]) -> bool:
    """Whether a name is a known place followed by a plural ("Texas Rangers"): a team."""
    last = words[-1]
    if len(words) < 2 or not last.endswith("s") or last.endswith("ss"):
        return False
    place = known_name(" ".join(words[:-1]))
    return place is not None and place[1] == "place"


def common_word(word: str, common: frozenset[str]) -> bool:
    """Whether a lower-cased word, or its singular, is a common word ("pros", "games")."""
    if word in common:
        return True
    return word.endswith("s") and word[:-1] in common and word not in D.SURNAME_WORDS


def place_cue(
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int],
    cues: tuple[tuple[str, ...], tuple[str, ...]] = (D.PLACE_CUES_BEFORE, D.PLACE_CUES_AFTER),
) -> bool:
    """Whether the words around a name make it a place ("in Kursk", "the Kursk region"), not
    its owner ("in Halvik's report"); ``cues`` are the words told before and after it."""
    owner = POSSESSIVE_AFTER.match(text, end)
    if owner and text[owner.end() :].split()[:1] not in [[w] for w in D.PLACE_PARTS]:
        return False  # "in Halvik's view", but "in Dunmarrow's old town"
    before = text[max(sentence[0], start - 30) : start].lower().split()
    after = D.COORDINATED.sub("", text[end : min(sentence[1], end + 40)]).lower().split()
    after = [w.strip(",.;") for w in after]
    if any(" ".join(after[:n]) in cues[1] for n in (1, 2, 3)):
        return True
    return any(" ".join(before[-n:]) in cues[0] for n in (1, 2) if len(before) >= n)


def shaped_place_cue(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a name that only looks like a person's is told as a place: a place's cue
    around it (``SHAPED_PLACE_CUES_*``), or before the list it ends ("the villages of Tarn
    Hollow, Quarry Green and Kell Moss")."""
    cues = (D.SHAPED_PLACE_CUES_BEFORE, D.SHAPED_PLACE_CUES_AFTER)
    if place_cue(text, start, end, sentence, cues):
        return True
    first = list_start(text, sentence[0], start)
    return first < start and place_cue(text, first, end, sentence, (cues[0], ()))


def list_start(text: str, sentence_start: int, start: int) -> int:
    """Where the list of names that a name ends starts ("Orsavir, Tarn Hollow and ..."); the
    name's own start when no list comes before it."""
    for _ in range(D.MAX_LIST_ITEMS):
        item = D.LIST_ITEM_BEFORE.search(text, max(sentence_start, start - 60), start)
        if item is None:
            break
        start = item.start()
    return start


def person_cue(
    text: str, start: int, end: int, sentence: tuple[int, int], after: bool = True
) -> bool:
    """Whether the words around a name tell a person: a verb of speech before it, or (when
    ``after``) after it or its apposition, "who", or an age ("Mara Quint, 71, said")."""
    if after and D.PERSON_AFTER.match(text, end, sentence[1]):
        return True
    if D.PERSON_APPOSED.match(text, end, sentence[1]):
        return True
    return D.PERSON_BEFORE.search(text, max(sentence[0], start - 12), start) is not None


def name_goes_on(text: str, end: int, sentence_end: int) -> bool:
    """Whether a name goes on after a part in brackets ("Harbour Villages (Lettings) Act"):
    the words before the brackets are a piece of a longer name."""
    return D.NAME_GOES_ON.match(text, end, sentence_end) is not None


POSSESSIVE_AFTER = re.compile(r" ?['’](?:s\b|(?=\s))")


def org_cue(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the words around a name make it a body: "Halvik's chief executive", "Halvik
    shares", "co-founder of Halvik"."""
    owner = POSSESSIVE_AFTER.match(text, end)
    after = text[owner.end() if owner else end : min(sentence[1], end + 30)].lower().split()
    after = [w.strip(",.;") for w in after]
    if owner and any(" ".join(after[:n]) in D.ORG_CUES_OWNED for n in (1, 2)):
        return True  # "Halvik's board", "Halvik's chief executive"
    if after and not owner and after[0] in D.ORG_CUES_AFTER:
        return True
    if not owner and D.SHARES_MOVED.match(text, end):
        return True
    before = text[max(sentence[0], start - 30) : start].lower().split()
    return any(" ".join(before[-n:]) in D.ORG_CUES_BEFORE for n in (1, 2) if len(before) >= n)


def places_by_demonym(texts: list[str]) -> frozenset[str]:
    """Names the texts show to be places by using their demonym as a modifier ("Abkhazian
    President", "Crimean peninsula" make Abkhazia and Crimea places)."""
    places: set[str] = set()
    for text in texts:
        for m in D.DEMONYM_USE.finditer(text):
            word = m.group(1)
            if word.lower() in demonyms():
                continue
            for place_end, demonym_end in D.DEMONYM_ENDINGS:
                if word.endswith(demonym_end) and len(word) > len(demonym_end) + 2:
                    places.add(word[: len(word) - len(demonym_end)] + place_end)
    return frozenset(places)
