"""Tallies: counts of people (or things) by what happened to them, read from a clause.

"Four other people were injured", "killed at least 12", "three undersea cables were damaged":
a figure that a tally predicate (``claim_data.TALLY_PREDICATES``) governs takes the tally as
its unit ("injured:peopl", "damaged:cabl"), so that two sources' counts of one tally are
compared however their sentences word them (``conflicts``), and the answerer can tell the
dead from the wounded (``answer.figures.other_tally``). Parts of a count ("two of them",
"14 Danish and 8 Dutch sailors"), supposed counts ("might have been"), ages ("Dorran, 43,")
and "no one" are no counts. `frame_keys` gives the keys ``claim_match`` groups mentions by.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sourcedesk.research import claim_data as D
from sourcedesk.research import timeline_data as T
from sourcedesk.research.claim_words import stem
from sourcedesk.research.count_events import (
    EVENT_MARK,
    TIME_UNITS,
    count_event,
    fold_noun,
    in_place_phrase,
    intended,
    is_measure_unit,
    measured_thing,
)
from sourcedesk.research.currencies import CURRENCIES

if TYPE_CHECKING:
    from sourcedesk.research.claim_values import Figure
    from sourcedesk.research.claims import ClaimMention

__all__ = [
    "AGE_OF_SOMEONE",
    "TALLY_KEY",
    "frame_keys",
    "is_age",
    "is_tally",
    "named_age",
    "tally_actors",
    "tally_keys",
    "tally_named",
    "with_tallies",
]

TALLY_KEY = "#"  # marks a tally's frame key, apart from the relations' names
_WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")


def is_tally(unit: str) -> bool:
    """Whether a figure's unit is a tally ("injured:peopl"), not a noun, currency or percent."""
    return ":" in unit


AGE_OF_SOMEONE = "age of ?"  # an age whose owner the clause does not tell ("a 60-year-old")


def is_age(unit: str) -> bool:
    """Whether a figure's unit is a person's age ("age of ada voss", or `AGE_OF_SOMEONE`; see
    `claim_values._age_unit`). A count of ages ("four ages") has the unit "age", no age."""
    return unit.startswith("age of ")


def named_age(unit: str) -> bool:
    """Whether a figure's unit is the age of someone named (never `AGE_OF_SOMEONE`)."""
    return is_age(unit) and unit != AGE_OF_SOMEONE


def tally_named(word: str) -> str:
    """The tally a word names ("wounded": "injured"), or ""."""
    return _tally_of(word.lower())


def with_tallies(
    clause: str, found: list[tuple[Figure, re.Match[str]]], events: bool = False
) -> list[Figure]:
    """The figures, each count of people that a tally predicate governs given the tally as
    its unit ("killed:peopl" for "two people died" and "two were killed" alike), so that two
    sources' counts of one tally are compared however their sentences word it. With `events`,
    a count no tally predicate governs takes the verb that does (``count_events``:
    "~move:resid" for "nine residents were transferred").

    A clause that breaks a count down ("14 Danish and 8 Dutch sailors", "two of them") gives
    no tally to the parts: only one figure of a noun and tally is read as the count."""
    words = [(w.start(), w.group().lower()) for w in _WORD.finditer(clause)]
    if not found or _hedged(clause, words):
        return [f for f, _ in found]
    counted = [_counted_noun(clause, words, f, m) for f, m in found]
    order = sorted(range(len(found)), key=lambda k: found[k][1].start())
    tallies = [""] * len(found)
    for place, n in enumerate(order):
        figure, m = found[n]
        if not counted[n]:
            continue
        later = [k for k in order[place + 1 :] if counted[k]]
        # the next count's own verb ("stabbed four neighbours, killing one") is not this one's
        stop = _governed_from(words, found[later[0]][1].start()) if later else None
        # "carrying 212 passengers …, setting off one of the largest sea rescues": a participle's
        # clause after a comma tells another thing than the count's predicate
        participle = PARTICIPLE_CLAUSE.search(clause, m.end())
        if participle is not None and (stop is None or participle.start() < stop):
            stop = participle.start()
        tally = _tally_before(clause, words, m.start()) or _tally_unit(figure.unit)
        tallies[n] = tally or _tally_after(words, m.end(), stop)
        if not tallies[n] and _taken_to_hospital(clause, m.end(), stop, counted[n]):
            tallies[n] = "hospitalised"  # "12 fans were admitted to hospital"
        if events and not tallies[n] and not intended(clause):
            tallies[n], counted[n] = _counted_event(clause, m, counted[n])
    _share_coordinated(clause, words, found, counted, order, tallies)
    keys = [f"{t}:{noun}" if t else "" for t, noun in zip(tallies, counted, strict=True)]
    kept = _unambiguous(keys, counted)
    if events and intended(clause):
        events = False  # "is asking for a 12 percent rise": no rise was given
    if events:
        measured = _measured_keys(clause, found, counted)
        keys = [key or measured[n] for n, key in enumerate(keys)]
        kept |= {key for key in measured if key and measured.count(key) == 1}
    return [
        replace(figure, unit=key) if key and key in kept else figure
        for (figure, _), key in zip(found, keys, strict=True)
    ]


def _measured_keys(
    clause: str, found: list[tuple[Figure, re.Match[str]]], counted: list[str]
) -> list[str]:
    """For each sum, share or measure, its key by what it is of ("~contract:gbp" for "a £2.1m
    contract"); "" for counts and for figures with no plain thing."""
    keys = []
    for (figure, m), noun in zip(found, counted, strict=True):
        measure = is_measure_unit(figure.unit) and (not noun or is_measure_unit(noun))
        timed = figure.unit in TIME_UNITS
        thing = measure and measured_thing(clause, m.start(), m.end(), timed)
        rate = RATE_AFTER.match(clause, m.end()) if thing else None
        if rate:
            thing = f"{thing} per {rate.group(1).lower()}"  # "$400 a week" is no one-off sum
        keys.append(f"{EVENT_MARK}{thing}:{figure.unit}" if thing else "")
    return keys


# A rate a sum is paid at, right after it: "$400 a week", "£12 per hour".
RATE_AFTER = re.compile(
    r"\s+(?:a|an|per|each|every)\s+(hour|day|week|fortnight|month|year|annum)\b", re.IGNORECASE
)


def _counted_event(clause: str, m: re.Match[str], noun: str) -> tuple[str, str]:
    """A count's event and its folded noun, when its noun phrase names what it counts and a
    verb plainly governs it ("", noun otherwise)."""
    head, noun_end = _noun_phrase(clause, m.end())
    if not head or is_measure_unit(noun) or in_place_phrase(clause, m.start()):
        return "", noun  # "40 centimetres of silt" is a measure (`_measured_keys`)
    event = count_event(clause, m.start(), m.end(), noun_end)
    return (EVENT_MARK + event, fold_noun(noun)) if event else ("", noun)


def _hedged(clause: str, words: list[tuple[int, str]]) -> bool:
    """Whether a clause supposes rather than tells ("might have been"); the month "May" is no
    hedge."""
    return any(w in D.TALLY_HEDGES and clause[p] != "M" for p, w in words)


PARTICIPLE_CLAUSE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]+ing\b")


def _share_coordinated(
    clause: str,
    words: list[tuple[int, str]],
    found: list[tuple[Figure, re.Match[str]]],
    counted: list[str],
    order: list[int],
    tallies: list[str],
) -> None:
    """Give a count the tally of the count joined to it by "and" when the predicate comes after
    both ("412 passengers and 38 crew were on board": both aboard); the two must count
    different nouns of their own, so that "14 Danish and 8 Dutch sailors" stays a breakdown."""
    for place in range(len(order) - 2, -1, -1):
        n, k = order[place], order[place + 1]
        if tallies[n] or not tallies[k] or not counted[n] or counted[n] == counted[k]:
            continue
        if counted[n] == "peopl" or counted[k] == "peopl":
            continue
        between = clause[found[n][1].end() : found[k][1].start()]
        if _COORDINATED.fullmatch(between) and not _tally_before(
            clause, words, found[k][1].start()
        ):
            tallies[n] = tallies[k]


_COORDINATED = re.compile(r"\s+[a-z-]+(?:\s+[a-z-]+)?\s+and\s+")  # " passengers and "


def _counted_noun(
    clause: str, words: list[tuple[int, str]], figure: Figure, m: re.Match[str]
) -> str:
    """What a figure counts if it can be a tally: "peopl" for people in general or a count
    whose noun is left out, the stem of its noun's head otherwise ("three undersea cables":
    cabl); "" for measures, money and parts."""
    after = [w for start, w in words if start >= m.end()][:1]
    before = [w for start, w in words if start < m.start()][-2:]
    if before and before[-1] in D.TALLY_ARTICLES:
        before = before[:-1]
    if not figure.unit and before[-1:] != ["at"] and _tally_before(clause, words, m.start()):
        return "peopl"  # "killing 7 people and injuring 45."; but "died at 95" is an age
    measure = figure.unit in D.TALLY_MEASURES or figure.unit in CURRENCIES  # "5 million yuan"
    if measure or not figure.unit or is_age(figure.unit):
        return ""  # a measure, or an age ("Mara Dorran, 43, is charged"): no count of anyone
    if D.TALLY_PARTITIVE.intersection(after) or D.TALLY_PARTITIVE.intersection(before[-1:]):
        return ""  # "two of them"; "two of the five climbers died": five is not the dead
    if D.TALLY_NEGATORS.intersection(before[-1:]):
        return ""  # "no one was hurt"
    head = _head_noun(clause, m.end())
    if head in D.TALLY_MEASURES:
        return ""
    if not head:
        return "" if m.group().lower() == "one" else "peopl"  # "when one is killed"
    return "peopl" if head in D.TALLY_PEOPLE else D.TALLY_NOUN_CLASSES.get(head, head)


def _taken_to_hospital(clause: str, end: int, stop: int | None, noun: str) -> bool:
    """Whether a count of people is told as patients: "were admitted to hospital", "needed
    treatment in hospital", "taken to the hospital" (not "staff at the hospital"), before
    the next count."""
    if noun not in _PEOPLE_STEMS:
        return False
    return _TO_HOSPITAL.search(clause, end, len(clause) if stop is None else stop) is not None


_TO_HOSPITAL = re.compile(r"\b(?:to|in)\s+(?:the\s+|a\s+)?hospitals?\b(?<!in the hospital)")
_PEOPLE_STEMS = D.TALLY_PEOPLE | frozenset(stem(w) for w in D.PEOPLE_NOUNS)


def _head_noun(clause: str, end: int) -> str:
    """The stem of the last word of the run of lower-case words after a figure, before a
    verb, a function word or punctuation ("three undersea cables were": cabl); capitalised
    modifiers first are passed over ("23 Somali pirates")."""
    return _noun_phrase(clause, end)[0]


def _noun_phrase(clause: str, end: int) -> tuple[str, int]:
    """`_head_noun` and where its noun phrase ends (`end` when there is none)."""
    run: list[str] = []
    last = end
    phrase_end = end
    for w in _WORD.finditer(clause, end):
        if clause[last : w.start()].strip():
            break  # punctuation ends the noun phrase
        last = w.end()
        word, low = w.group(), w.group().lower()
        if (word[0].isupper() or low in D.TALLY_MODIFIERS) and not run:
            continue  # "23 Somali pirates", "four other people"
        if low in D.STOPWORDS or low in D.MULTIPLIERS or low in D.TALLY_NOUN_ENDS:
            break  # "two remain missing", "nine are still missing": no noun
        if word[0].isupper():
            break
        if run and low in T.IRREGULAR_PAST:
            break  # "4,100 households lost water"
        if _verb_like(low) and not (
            _noun_follows(clause, w.end())
            and (low.endswith("ing") or (not run and low.endswith("ed") and not _tally_of(low)))
        ):
            break  # "were killed", "suffered"; but "fishing boats", "planned operations" are
            # noun phrases ("four injured people" keeps its tally verb, "people needed care"
            # its verb)
        run.append(low)
        phrase_end = w.end()
    return (stem(run[-1]), phrase_end) if run else ("", end)


def _noun_follows(clause: str, end: int) -> bool:
    """Whether a lower-case content word comes right after (a noun an -ing word modifies)."""
    nxt = _WORD.match(clause, end + 1) if clause[end : end + 1] == " " else None
    return nxt is not None and nxt.group().islower() and nxt.group() not in D.STOPWORDS


def _verb_like(low: str) -> bool:
    return low.endswith(("ed", "ing")) or stem(low) in D.TALLY_PREDICATES


def _tally_unit(unit: str) -> str:
    return D.TALLY_PREDICATES.get(unit, "")


def _tally_of(word: str) -> str:
    """The tally a word's stem names, if it is a predicate ("several" is not "severed")."""
    return "" if word in D.TALLY_FALSE_FRIENDS else D.TALLY_PREDICATES.get(stem(word), "")


def _governed_from(words: list[tuple[int, str]], start: int) -> int:
    """Where a figure's count begins: at the tally verb right before it, if any."""
    for position, word in reversed([w for w in words if w[0] < start]):
        if word not in D.TALLY_BOUND_WORDS:
            return position if _tally_of(word) else start
    return start


def _tally_before(clause: str, words: list[tuple[int, str]], start: int) -> str:
    """The tally of a verb just before a figure ("killed at least 12"), skipping bounds; not
    across punctuation ("Of the 19 sailors detained, 11 are Danish")."""
    for position, word in reversed([w for w in words if w[0] < start]):
        if word not in D.TALLY_BOUND_WORDS:
            between = clause[position + len(word) : start]
            if any(c in between for c in ",;:.()") or CAPACITY_BEFORE.search(clause, 0, position):
                return ""  # "certified to carry 350 passengers": room for them, no count
            return _tally_of(word)
    return ""


# What a vehicle or a place may hold, not what it holds ("is certified to carry 350", "can
# seat 2,000", "was built to hold 90")
CAPACITY_BEFORE = re.compile(
    r"\b(?:to|can|could|may|might|will|would|able\s+to)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)


def _tally_after(words: list[tuple[int, str]], end: int, stop: int | None) -> str:
    """The tally of the first predicate after a figure, before the next count."""
    for start, word in words:
        if start < end:
            continue
        if (stop is not None and start >= stop) or word in D.TALLY_CLAUSE_BREAKS:
            break
        tally = _tally_of(word) if not word.startswith(BEFORE_ONLY) else ""
        if tally:
            return tally
    return ""


# Tally verbs that count only the figure after them: "carrying 212 passengers" counts them
# aboard, "lifted 38 passengers off and carried them ashore" does not.
BEFORE_ONLY = ("carri",)


def _unambiguous(keys: list[str], nouns: list[str]) -> set[str]:
    """The tally keys that stand for one count: a key given twice, or a noun counted twice
    where one count has no tally, is a breakdown into parts."""
    kept = set()
    for key, noun in zip(keys, nouns, strict=True):
        if not key:
            continue
        same = [k for k, n in zip(keys, nouns, strict=True) if n == noun]
        if same.count(key) == 1 and "" not in same:
            kept.add(key)
    return kept


def frame_keys(m: ClaimMention) -> list[str]:
    """The keys a mention is grouped by without comparing wordings: the relation it states
    with a subject or a target (first, when it states one), then each tally it counts."""
    relation = [m.action] if m.action and (m.subjects or m.targets) else []
    return relation + tally_keys(m)


def tally_actors(m: ClaimMention) -> list[str]:
    """Whose count a tally is: the actors of its clause and sentence, places aside, and those
    who only tell it ("…, the coastguard said")."""
    told_by = tellers(m)
    return [a for a in (*m.actors, *m.context) if a not in m.places and a not in told_by]


def tellers(m: ClaimMention) -> set[str]:
    """The actors a clause names only as those who tell it ("…, the coastguard said")."""
    return {a for a, name in zip(m.actors, m.names, strict=False) if _tells(m.text, name)}


def _tells(text: str, name: str) -> bool:
    """Whether a clause names someone only as the one who tells it: "…, the coastguard said",
    "Ada Vell, president of the Lisle Chamber of Commerce, said …", "The Centre for Coastal
    Studies at the University of Lisle estimated …"."""
    name = re.escape(name)
    told = (
        rf"\b{name}{NAME_TAIL}{TELLER_NOUN}(?:,\s+[^,;.]{{1,80}},|,)?\s+{TELLING_AUX}"
        rf"{D.TELLING_VERBS}\b"
        rf"|\baccording to (?:the )?{name}"
    )
    return re.search(told, text) is not None


# "Health officials have recorded …": the people of a body who tell a count, and the tense
TELLER_NOUN = r"(?:\s+(?:officials?|authorities|spokesm[ae]n|spokeswom[ae]n|spokespersons?))?"
TELLING_AUX = r"(?:(?:have|has|had)\s+)?"
# The rest of a body's name after the word a clause's actor holds ("Centre" *for Coastal
# Studies at the University of Lisle*).
NAME_TAIL = r"(?:\s+(?:at|of|for|in|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*"


def tally_keys(m: ClaimMention) -> list[str]:
    """The frame keys of the tallies a mention counts ("#killed:peopl") and of the named
    people whose ages it gives ("#age of ada vell"): two sources' values of one such key are
    compared however their sentences word the rest."""
    return sorted(
        {TALLY_KEY + f.unit for f in m.figures if is_tally(f.unit) or _age_of_a_name(f.unit)}
    )


def _age_of_a_name(unit: str) -> bool:
    """Whether a unit is the age of someone named, not of "a 37-year-old man"."""
    return named_age(unit) and unit.removeprefix("age of ") not in D.AGE_PERSON_NOUNS
