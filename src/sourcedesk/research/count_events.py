"""Counted events: the verb a count is told with, as the key two sources' counts meet by.

The fixed tallies (``tallies``) know the counts news tells most often: killed, injured,
arrested, evacuated. Any other count a page gives ("some 3,400 homes lost water", "nine
residents were transferred", "inspectors checked 30 boilers") is keyed here by the verb that
governs it. Its counted noun comes with it, and both are folded through the synonym groups
(homes and households, moved and transferred). So two sources' different figures for one such
count are found without a list of every predicate.

A key is only given where the reading is plain:

- the verb stands right before the figure ("transferred nine residents"), or it is the first
  past verb after the figure's noun phrase ("3,400 homes across Kellmarsh lost water");
- never across a comma or a relative clause ("40 people who attended … fell ill" has two
  verbs, and only one of them is the count's);
- never for verbs that only tell or link ("said", "were", "had").

A light verb keeps the word after it ("took part", "lost water"), since "took" alone is no
event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcedesk.research import claim_data as D
from sourcedesk.research import timeline_data as T
from sourcedesk.research.claim_words import stem
from sourcedesk.research.currencies import CURRENCIES

__all__ = [
    "EVENT_MARK",
    "TAKINGS",
    "TIME_UNITS",
    "count_event",
    "fold_noun",
    "intended",
    "is_event_unit",
    "is_measure_unit",
    "is_sale_unit",
    "measured_thing",
    "spoken_event",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


EVENT_MARK = "~"  # a counted event's tally name starts with it, apart from the fixed tallies
MAX_WORDS_TO_VERB = 8  # words between a figure and the verb after its noun phrase
AUXILIARIES = _words(
    "was were been being be is are has have had will would could may might must can "
    "also reportedly still later then all"
)
# Verbs that tell, link or hedge a count rather than say what happened to what it counts.
NO_EVENT_VERBS = _words(
    "said say says told tell stated reported announced confirmed estimated showed shows "
    "added noted claimed believed thought expected according based called named listed "
    "included including involved concerned recorded registered counted numbered totalled "
    "totaled reached increased decreased compared used"
)
# Verbs too general to be an event without the word after them ("took part", "lost water").
LIGHT_VERBS = _words(
    "took take taken made make got get gotten gave give given had have kept keep held hold "
    "lost lose put set went go gone came come found find fell fall fallen"
)
RELATIVES = frozenset({"who", "which", "that", "whose", "whom", "where"})
# Two-word verbs as the one word a page may use instead ("700 flights were called off" and
# "640 flights were cancelled" count one thing).
PHRASAL_EVENTS = {
    **{(v, "off"): "cancelled" for v in ("call", "calls", "called", "calling")},
    **{(v, "off"): "postponed" for v in ("put", "puts", "putting")},
    **{(v, "down"): "closed" for v in ("shut", "shuts", "shutting")},
    **{(v, "off"): "dismissed" for v in ("lay", "lays", "laid", "laying")},
}
INTENT = re.compile(
    r"\b(?:seek|seeks|seeking|sought|demand|demands|demanded|demanding|want|wants|wanted|"
    r"offer|offers|offered|offering|propose|proposes|proposed|proposing|plan|plans|"
    r"planned(?!\s+(?!to\b|for\b|on\b|a\b|an\b|the\b|its\b|their\b)[a-z]+)|"
    r"planning|aims?|aimed|aiming|target|targets|targeted|cap|caps|capped|capping|limit|limits|"
    r"limited|limiting|maximum|minimum|up to|asking for|asked for|calls? for|called for|"
    r"hopes?|hoped|would|could|should|might|intends?|intended|expects?|expected|budgeted)\b",
    re.IGNORECASE,
)
# Words between a sum or share and what it is of ("4.8 million pounds worth of …").
MEASURE_WORDS = _words(
    "per cent percent pc percentage points point m bn k pounds pound dollars dollar euros euro "
    "kronor krona crowns francs yen yuan rupees cm centimetres centimeters mm millimetres "
    "millimeters metres meters km kilometres kilometers miles mile feet foot inches kg "
    "kilograms kilos tonnes tons litres liters gallons hours hour days day weeks week months "
    "month years year minutes minute worth"
)
MEASURE_UNITS = frozenset(stem(word) for word in MEASURE_WORDS) | {"percent"}
TIME_UNITS = frozenset(stem(word) for word in _words("hours hour days day weeks week months month"))
TIME_UNITS |= {stem(word) for word in _words("years year minutes minute")}
MAX_THING_WORDS = 2  # "pay rise": the head is the last of at most two words
# Link words between a noun and the figure it is told of ("rise of", "cost to", "was").
LINKS_BEFORE = _words("of at to was is were are stood reached totalled totaled")
BOUNDS_BEFORE = _words(
    "a an the just roughly approximately almost nearly some about around over under more less "
    "than least"
)
# Nouns of a rise in pay, price or rent, by stem: one measured thing whichever a page writes.
RISES = {stem(word): "rise" for word in _words("rise increase raise hike uplift")}
# Verbs by which a running total passes a mark ("claims have passed £41,000"): no one sum.
THRESHOLD_VERBS = _words("passed topped exceeded surpassed hit reached crossed neared")
# Words between a verb and the figure it governs ("moved some 14", "transferred the 11").
BOUNDS_OR_ARTICLES = D.TALLY_BOUND_WORDS | {"a", "an", "the", "just"}
# Verbs of change between a noun and "to" ("the cost had risen to …").
CHANGE_VERBS = _words(
    "risen rose climbed grown grew jumped soared fallen fell dropped increased decreased "
    "reduced cut raised lifted"
)
_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_FIGURE_DIGITS = re.compile(r"\d[\d,.]*\d")
PARTICLES = _words("out off up down back away")


def intended(clause: str) -> bool:
    """Whether a clause tells what someone seeks, offers, plans or caps rather than what
    happened ("is asking for a 12 percent rise", "capped any one grant at £50,000")."""
    return INTENT.search(clause) is not None


def is_sale_unit(unit: str) -> bool:
    """Whether a figure's unit is the price of a sale ("~sale:gbp")."""
    return unit.startswith(f"{EVENT_MARK}{SALE}:")


def is_event_unit(unit: str) -> bool:
    """Whether a figure's unit is a counted event ("~lose power:home")."""
    return unit.startswith(EVENT_MARK)


def count_event(clause: str, start: int, end: int, noun_end: int) -> str:
    """The folded verb that governs the figure clause[start:end] ("move"), with a light verb's
    next word ("take part"); "" when none is plainly its own. `noun_end`: where the figure's
    noun phrase ends."""
    before = _verb_before(clause, start)
    if before and before[0] not in NO_EVENT_VERBS:
        return _event_key(clause, *before)
    after = _verb_after(clause, noun_end)  # "The council said 300 homes were flooded"
    return _event_key(clause, *after) if after else ""


def measured_thing(clause: str, start: int, end: int, timed: bool = False) -> str:
    """What a sum, share or measure is of, folded: the noun right after it ("a £2.1m contract",
    "40 centimetres of silt"), the noun it is told of ("a pay rise of 4%", "the bill had
    climbed to £61m", "turnout was 64 percent"), or the verb that governs it ("invested £3
    million"); "" when none is plain. A time (`timed`) is never keyed by its verb alone: "has
    spent 5 years campaigning" on one page and "24 years" on another are two campaigns."""
    after = _thing_after(clause, end)
    if after:
        return _sale_or_takings(after, _sales_word(clause, end, after=True))
    before = _thing_before(clause, start)
    if before:
        return _sale_or_takings(before, _sales_word(clause, start))
    charged = _charged_party(clause, start)
    if charged:
        return charged
    if not timed and _sale_price(clause, start, end):
        return SALE
    verb = None if timed else _verb_before(clause, start)
    if verb is None or verb[0] in THRESHOLD_VERBS:
        return ""  # "claims have passed £41,000": a running total, no one sum
    return _event_key(clause, *verb)


# A sum told as what a thing sold for, in any of the words for a sale, is one key: "sold the
# club for £4.2 million", "a deal worth £3.5m", "will pay £15.9m for the land", "a £2m takeover".
SALE = "sale"
SALE_VERBS = _words(
    "sold sell sells selling bought buy buys buying purchased purchase purchases purchasing "
    "acquired acquire acquires acquiring paid pay pays paying"
)
SALE_NOUNS = frozenset(
    stem(word) for word in _words("sale deal takeover purchase acquisition price")
)
# Words between a sale verb and "for" + the sum ("sold the club to X, a firm run by Y, for").
MAX_WORDS_TO_SALE = 16


TAKINGS = "takings"  # "sales of £131 million", "£20m in sales": a firm's revenue


def _sale_or_takings(thing: str, sales: bool) -> str:
    """A measured thing with the sale nouns folded to one sale, and "sales" to takings."""
    if thing not in SALE_NOUNS:
        return thing
    return TAKINGS if sales else SALE


def _sales_word(clause: str, at: int, after: bool = False) -> bool:
    """Whether the sale noun next to a figure is "sales" (a firm's takings, no one price)."""
    near = clause[at : at + 40] if after else clause[max(0, at - 40) : at]
    return re.search(r"\bsales\b", near, re.IGNORECASE) is not None


def _revenue_after(clause: str, end: int) -> bool:
    """Whether the words right after a sum are "in sales" or "of sales": a firm's takings."""
    return (
        re.match(r"\W*(?:in|of)\s+(?:annual\s+)?sales\b", clause[end:], re.IGNORECASE) is not None
    )


def _sale_price(clause: str, start: int, end: int) -> bool:
    """Whether a sum is what something was sold for: "for" it after a sale verb in the clause
    ("sold the club to X for £4.2m", "paid £2m for"), or "worth" it after a sale noun ("a deal
    worth £3.5m")."""
    words = [w.group().lower() for w in _WORD.finditer(clause, 0, start)]
    tail = clause[:start].rstrip()
    if tail.endswith((",", ";", ":", "(")) or _revenue_after(clause, end):
        return False
    while words and words[-1] in BOUNDS_BEFORE:
        words.pop()
    if not words or words[-1] == "sales" or words[-2:] == ["sales", "of"]:
        return False  # "sales of £131 million": takings, no price
    if words[-1] in ("worth", "valued", "at") and len(words) > 1:
        noun = words[-3] if words[-1] == "at" and len(words) > 2 else words[-2]
        return stem(noun) in SALE_NOUNS
    if words[-1] in SALE_VERBS and clause[end:].lstrip().startswith("for "):
        return True  # "will pay £15.9m for the land"
    if words[-1] != "for" or _figure_between(clause, "for", start):
        return False
    reach = words[-1 - MAX_WORDS_TO_SALE : -1]
    return any(w in SALE_VERBS or stem(w) in SALE_NOUNS for w in reach)


def _thing_after(clause: str, end: int) -> str:
    """The head of the noun phrase right after a figure and its unit words ("£2.1m contract",
    "7% pay rise", "40 centimetres of silt")."""
    run: list[str] = []
    for k, w in enumerate(_WORD.finditer(clause, end)):
        word = w.group().lower()
        if k == 0 and clause[end : w.start()].strip(" ") not in ("", "-"):
            return ""  # "£3m, the council said": punctuation first
        if not run and (word in MEASURE_WORDS or word == "of" or word in D.MULTIPLIERS):
            continue  # the unit and "of": "centimetres of snow"
        if word in D.STOPWORDS or not w.group().islower() or _past_form(word):
            break
        if word.endswith("ing") or len(run) == MAX_THING_WORDS:
            break
        run.append(word)
    return fold_noun(stem(run[-1])) if run else ""


def _thing_before(clause: str, start: int) -> str:
    """The noun a figure is told of through a link word before it: "a pay rise of 4%",
    "the bill had climbed to £61 million", "turnout was 64 percent"."""
    words = [w.group().lower() for w in _WORD.finditer(clause, 0, start)]
    tail = clause[:start].rstrip()
    if tail.endswith((",", ";", ":", "(")):
        return ""
    while words and words[-1] in BOUNDS_BEFORE:
        words.pop()
    if not words or words[-1] not in LINKS_BEFORE or _figure_between(clause, words[-1], start):
        return ""  # "a pay rise of 4% over three years": three years are no rise
    words.pop()
    while words and (words[-1] in AUXILIARIES or words[-1] in CHANGE_VERBS):
        words.pop()  # "had risen", "has climbed"
    if not words or words[-1] in D.STOPWORDS or _past_form(words[-1]):
        return ""
    return fold_noun(stem(words[-1]))


def _charged_party(clause: str, start: int) -> str:
    """Whom a sum is said to cost or save, the noun between such a verb and the figure: "had
    cost the county economy an estimated $40 million" is a cost to the economy, as is
    "the cost to the economy at $25 million" (`_thing_before`)."""
    words = [w.group().lower() for w in _WORD.finditer(clause, 0, start)]
    if clause[:start].rstrip().endswith((",", ";", ":", "(")):
        return ""
    while words and (words[-1] in BOUNDS_BEFORE or words[-1] in HEDGES):
        words.pop()
    party: list[str] = []
    while words and words[-1] not in CHARGING_VERBS and len(party) <= MAX_THING_WORDS:
        party.append(words.pop())
    if not words or words[-1] not in CHARGING_VERBS or not party:
        return ""  # no charging verb within reach
    if party[0] in D.STOPWORDS or _past_form(party[0]):
        return ""  # no noun after it
    return fold_noun(stem(party[0]))


CHARGING_VERBS = _words("cost costs costing save saves saved saving owe owes owed")
HEDGES = _words("estimated expected reported further extra additional")


def _figure_between(clause: str, link: str, start: int) -> bool:
    """Whether a digit or another figure's unit stands between the last `link` word and the
    figure at `start`."""
    at = clause.lower().rfind(link, 0, start)
    return at < 0 or any(c.isdigit() or c in "%£$€" for c in clause[at:start])


def is_measure_unit(unit: str) -> bool:
    """Whether a figure's unit is a sum, a share or a measure rather than a counted noun."""
    return unit in MEASURE_UNITS or unit in D.TALLY_MEASURES or unit in CURRENCIES


def spoken_event(unit: str, text: str) -> str:
    """A counted event's name as the sentence writes it ("patients transferred")."""
    tally, noun = unit.removeprefix(EVENT_MARK).split(":", 1)
    words = _WORD.findall(text.lower())
    head = tally.split()[0]
    told = next((w for w in words if head in (_fold(w), fold_noun(stem(w)))), head)
    rest = " ".join(tally.split()[1:])
    if is_measure_unit(noun):
        return " ".join(x for x in (told, rest) if x)  # "contract", "pay rise"
    counted = next((w for w in words if fold_noun(stem(w)) == noun), noun)
    return " ".join(x for x in (counted, told, rest) if x)


def fold_noun(noun_stem: str) -> str:
    """A counted noun's stem folded through the synonym groups ("household" and "home"), and a
    rise by any of its names ("a pay increase of 5%" / "a pay rise of 4.5%")."""
    return RISES.get(noun_stem) or _noun_folds().get(noun_stem, noun_stem)


def _verb_before(clause: str, start: int) -> tuple[str, int] | None:
    """The past verb right before a figure, bounds and articles aside ("moved some 14")."""
    found = list(_WORD.finditer(clause, 0, start))
    words = [(w.start(), w.group().lower()) for w in found]
    while words and words[-1][1] in BOUNDS_OR_ARTICLES:
        words.pop()
    named = _name_run(found[: len(words)])
    if named and len(words) > named and _past_form(words[-named - 1][1]):
        del words[-named:]  # "docked Kessby Town 12 points": the verb before whom it befell
    if not words:
        return None
    if len(words) > 1 and words[-1][1] in PARTICLES and _past_form(words[-2][1]):
        words.pop()  # "shut out some 200": the verb before its particle
    position, word = words[-1]
    if any(c in clause[position + len(word) : start] for c in ',;:.()"“”'):
        return None
    previous = words[-2][1] if len(words) > 1 else ""
    if not _past_form(word) or previous in ("the", "a", "an", "to"):
        return None  # "the 14 injured", "to carry 40"
    return word, position + len(word)


MAX_NAME_WORDS = 4


def _name_run(words: list[re.Match[str]]) -> int:
    """How many capitalised words end `words` (a name), at most MAX_NAME_WORDS; 0 when more or
    none, or when the run starts the clause (a name at the start is no verb's object)."""
    run = 0
    while run < len(words) and words[-run - 1].group()[0].isupper():
        run += 1
    return run if 0 < run <= MAX_NAME_WORDS and run < len(words) else 0


def _verb_after(clause: str, noun_end: int) -> tuple[str, int] | None:
    """The first past verb after a figure's noun phrase, within the clause's words, before
    any comma or relative clause ("homes across Kellmarsh lost water")."""
    last, place = noun_end, 0
    for count, w in enumerate(_WORD.finditer(clause, noun_end)):
        gap = _FIGURE_DIGITS.sub("", clause[last : w.start()])  # "and 3,600 …": no break
        if count - place >= MAX_WORDS_TO_VERB or any(c in gap for c in ",;:.()"):
            return None
        where = _PLACES_AFTER.match(clause, w.start()) if count == place == 0 else None
        if where:
            place = len(where.group().split())
        last = w.end()
        word = w.group().lower()
        if word in RELATIVES or word in D.TALLY_CLAUSE_BREAKS:
            return None
        if word in AUXILIARIES:
            continue  # "were moved", "had been evacuated"
        if word in DIRECTIVE_VERBS or word in SPENDING_VERBS:
            return _verb_within(clause, w.end(), directive=word in DIRECTIVE_VERBS)
        if _phrasal(clause, word, w.end()):
            return word, w.end()  # "were called off"
        if word in NO_EVENT_VERBS:
            return None
        if _past_form(word):
            return word, w.end()
    return None


def _phrasal(clause: str, verb: str, verb_end: int) -> str | None:
    """The one word a two-word verb means (`PHRASAL_EVENTS`), or None."""
    particle = _WORD.match(clause, verb_end + 1) if clause[verb_end : verb_end + 1] == " " else None
    return PHRASAL_EVENTS.get((verb, particle.group().lower())) if particle else None


# Where a count's things are ("homes in Halvik and two nearby villages"): its words are not
# counted on the way to the count's verb, and a figure among them counts places, not the event.
_PLACES_AFTER = re.compile(
    r"(?:in|across|around|near)(?:\s+and\s+around)?\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"(?:\s+and\s+(?:\w+\s+){0,3}?(?:villages|towns|districts|areas|suburbs|counties|"
    r"neighbourhoods|neighborhoods|streets|estates))?\b"
)


def in_place_phrase(clause: str, start: int) -> bool:
    """Whether the figure at `start` names places of another count ("homes in Halvik and two
    nearby villages"), not a count of its own."""
    return (
        re.search(
            r"\b(?:in|across|around|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+and\s+$",
            clause[:start],
        )
        is not None
    )


# Verbs whose count is told by the verb after them: "4,000 residents were told to leave",
# "were advised to boil their water"; "homes will spend a third night boiling water".
DIRECTIVE_VERBS = _words("told asked advised ordered urged instructed warned")
SPENDING_VERBS = _words("spend spent spending")
MAX_WORDS_TO_GERUND = 4  # "spend another cold weekend boiling"


def _verb_within(clause: str, end: int, directive: bool) -> tuple[str, int] | None:
    """The verb after "to" that a directive verb ends at `end` ("told to leave"), or the
    gerund a few words after a spending verb ("spend the night sleeping")."""
    following = [
        w
        for w in list(_WORD.finditer(clause, end))[: MAX_WORDS_TO_GERUND + 1]
        if not any(c in clause[end : w.start()] for c in ",;:.()")
    ]
    if directive:
        if len(following) < 2 or following[0].group().lower() != "to":
            return None
        verb = following[1]
        return (verb.group().lower(), verb.end()) if verb.group().islower() else None
    for w in following[1:]:
        word = w.group().lower()
        if word.endswith("ing") and len(word) > 5 and w.group().islower():
            return word, w.end()
    return None


def _past_form(word: str) -> bool:
    """A past verb or participle: an irregular form, or a regular -ed word that is no
    adjective."""
    if word in T.IRREGULAR_PAST:
        return True
    return word.endswith("ed") and len(word) >= 5 and word not in T.NOT_PAST_ED


def _event_key(clause: str, verb: str, verb_end: int) -> str:
    """A verb's folded key, with the next word for a light verb; "" for a verb that tells.
    A two-word verb is read as the one word it means ("called off": cancelled)."""
    phrasal = _phrasal(clause, verb, verb_end)
    if phrasal:
        return _fold(phrasal)
    if verb in NO_EVENT_VERBS:
        return ""
    key = _fold(verb)
    if verb not in LIGHT_VERBS:
        return key
    nxt = _WORD.match(clause, verb_end + 1) if clause[verb_end : verb_end + 1] == " " else None
    if nxt is None or nxt.group().lower() in D.STOPWORDS:
        return ""  # "took the" … : no object word to tell the event
    return f"{key} {stem(nxt.group().lower())}"


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """A verb folded to its synonym group's first word, else its stem ("transferred": move)."""
    return _verb_folds().get(word, stem(word))


def _verb_folds() -> dict[str, str]:
    return _synonym_folds(by_stem=False)


def _noun_folds() -> dict[str, str]:
    return _synonym_folds(by_stem=True)


# Verbs that are one event only where they take a count ("docked 12 points" is "deducted";
# a ship "docked" is not), so they are no synonyms for the answerer's word matching.
COUNT_SYNONYMS = (
    frozenset(_words("deduct deducted deducts dock docked docks")),
    frozenset(_words("stock stocks goods merchandise")),  # a shop's or a warehouse's stock
    frozenset(_words("save saves saved saving savings trim trims trimmed")),
)


@lru_cache(maxsize=2)
def _synonym_folds(by_stem: bool) -> dict[str, str]:
    """Each word of the synonym groups (or its stem), folded to its first group's first word's
    stem: "transferred" and "moved" to one, "households" and "homes" to another."""
    from sourcedesk.answer.variant_data import SYNONYMS  # late: the answer's data is larger

    folds: dict[str, str] = {}
    for group in (*SYNONYMS, *COUNT_SYNONYMS):
        first = stem(min(group))
        for word in group:
            folds.setdefault(stem(word) if by_stem else word, first)
    return folds
