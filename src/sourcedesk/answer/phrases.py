"""Phrase shapes that need no question: list items a noun opens, figure ranges, verb-like words.

- `focus_list_spans`: "the principles of A, B and C" gives A, B and C (lower-case items too);
- `range_end`, `with_unit`: "30–75%", "3 to 5" and "1,986 m" are one figure;
- `defining_spans`: "... now known as the Verran Basin", "the most useful instrument ... is the
  steam engine indicator": the phrase a sentence gives as the name of the asked-about thing;
- `manner_spans`: "by pounds", "using a lever": what a "how" question asks for;
- `verb_like`: a chunk that ends in an adverb, or is one participle or function word, is rarely
  the thing a "what" question asks for.
"""

from __future__ import annotations

import itertools
import re

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import variants
from sourcedesk.answer.question import Question
from sourcedesk.answer.retrieve import SentenceWords, match_key
from sourcedesk.research import currencies

# "the principles of A, B and C", "colors: A and B", "two colors, white and black"
LIST_OPENER = re.compile(r"\s*(?:of|such as|including|like|namely|[:—–,])\s+", re.IGNORECASE)
LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
LIST_END = re.compile(r"[;.()\"“”]|$")
MAX_ITEM_WORDS = 6
# Words that open a noun phrase whose modifiers name kinds of the noun ("the sales and customer
# service departments"); a run of modifiers reaches back to one of these.
KIND_DETERMINERS = lx.words("the its their his her our these those both all")
LAST_ITEM = re.compile(r"\s(?:and|or)\s+[^,;:.()]+")
VERB_LIKE_ENDINGS = ("ly", "ing", "ed")  # adverbs; then one-word participles
NOT_THINGS = lx.words(
    """
    since later although though however whereas thus also still already then now often
    sometimes usually such other another same many much several various both either neither
    """
)
_VERB_BASES = frozenset(lx.IRREGULAR_VERBS.values())


def is_focus_word(words: SentenceWords, i: int, key: str) -> bool:
    """Whether word i is the question's focus noun (`key` from `match_key`), capitalised or
    not: "University" of "University of Colorado" is the focus of "which university?"."""
    if not key:
        return False
    if words.keys[i] == key or match_key(words.folded[i]) == key:
        return True
    return words.capitalised[i] and words.folded[i] in _focus_heads(key)


def _focus_heads(key: str) -> frozenset[str]:
    """Name heads that stand for a focus noun ("Avenue" for "street"), by the noun's key."""
    return _HEADS_BY_KEY.get(key, frozenset())


_HEADS_BY_KEY = {match_key(focus): heads for focus, heads in lx.FOCUS_HEADS.items()}


def focus_positions(words: SentenceWords, focus: str) -> list[int]:
    """Where the question's focus noun stands in a sentence (none without a focus)."""
    if not focus:
        return []
    key = match_key(focus)
    return [i for i in range(len(words.keys)) if is_focus_word(words, i, key)]


def focus_list_spans(text: str, words: SentenceWords, focus: str) -> list[tuple[int, int, str]]:
    """The items of a list that the question's focus noun opens, lower-case items included."""
    out: list[tuple[int, int, str]] = []
    for i in focus_positions(words, focus):
        if i >= 2 and words.folded[i - 1] == "other" and words.folded[i - 2] in ("and", "or"):
            out.extend(_items_before_other(text, words.spans[i - 2][0]))
            continue  # "seven rifles, three machine guns and other weapons"
        before = _kinds_before(text, words, i)
        if before:
            out.append(before)  # "the sales and customer service departments"
        opener = LIST_OPENER.match(text, words.spans[i][1])
        if not opener:
            continue
        start = opener.end()
        stop = LIST_END.search(text, start)
        end = stop.start() if stop else len(text)
        if opener.group(0).strip() == ",":  # "three flavours, mint and lime, as well as ...":
            last = LAST_ITEM.search(text, start, end)  # the list ends with its "and" item
            end = last.end() if last else start
        items = _list_items(text, start, end)
        if len(items) >= 2:
            out.extend((a, b, "item") for a, b in items)
    return out


def _kinds_before(text: str, words: SentenceWords, i: int) -> tuple[int, int, str] | None:
    """The coordinated words that a plural focus noun at i closes, from its determiner: "the
    sales and customer service departments" gives "sales and customer service"."""
    first = i
    for j in range(i - 1, max(-1, i - 1 - MAX_ITEM_WORDS), -1):
        if text[words.spans[j][1] : words.spans[j + 1][0]].strip():
            return None  # punctuation: no run of modifiers
        if words.folded[j] in KIND_DETERMINERS:
            break
        first = j
    else:
        return None
    run = words.folded[first:i]
    if len(run) < 3 or not {"and", "or"} & set(run[1:-1]):
        return None
    return words.spans[first][0], words.spans[i - 1][1], "item"


def _items_before_other(text: str, end: int) -> list[tuple[int, int, str]]:
    """The items listed before "and other X", from the word that opens the list."""
    openers = list(BACK_LIST_OPENER.finditer(text, 0, end))
    if not openers:
        return []
    items = _list_items(text, openers[-1].end(), end)
    return [(a, b, "item") for a, b in items] if len(items) >= 2 else []


def _ends_list(piece: str) -> bool:
    """ "others", "more", or a clause of its own ("won awards from X"): no item."""
    low = piece.lower().strip()
    first = low.split()[0] if low.split() else ""
    words = low.split()
    verb = piece.strip()[:1].islower() and (first.endswith("ed") or first in lx.IRREGULAR_VERBS)
    clause = verb and len(words) >= CLAUSE_MIN_WORDS and any(w in lx.STOPWORDS for w in words)
    return low in LIST_CLOSERS or clause  # "shared upkeep" is an item, "won awards from X" not


CLAUSE_MIN_WORDS = 3
LIST_CLOSERS = frozenset(("others", "more", "many more", "so on", "the like", "others too"))
BACK_LIST_OPENER = re.compile(r"\b(?:including|such as|like|namely)\s+|[:—–]\s*", re.IGNORECASE)


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    items = []
    at = start
    for sep in [*LIST_SPLIT.finditer(text, start, end), None]:
        stop = sep.start() if sep else end
        piece = text[at:stop]
        lead = len(piece) - len(piece.lstrip(" '‘’"))
        a, b = at + lead, at + len(piece.rstrip(" '‘’,"))
        if _ends_list(text[a:b]):
            break  # "... Tellam and others, and won prizes from ...": the list is over
        if a < b and len(text[a:b].split()) <= MAX_ITEM_WORDS:
            items.append((a, b))
        if sep is None:
            break
        at = sep.end()
    return items


# What a sentence calls a thing: "known as X", "called X", or "<focus> ... is X" at a clause end.
APPELLATION = re.compile(
    r"\b(?:(?:known|referred to|designated)\s+as|(?<![-‐‑])(?:call|calls|called)"
    r"|named|termed|dubbed)\s+"
    # not "phone calls on the way", "called for talks", "called off"; "so-called" doubts a name
    r"(?!(?:on|for|to|from|in|at|with|about|off|up|out|back|by|into)\b)(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)
# "is" then a determiner or a name: "is the X", "was Y Z" (not "was created", "is busy").
COPULA = re.compile(
    r"\s(?:is|was|are|were|remains|remained)\s+(?:(?:the|an?)\s+|(?=(?-i:[A-Z0-9])))", re.IGNORECASE
)
CLAUSE_BREAK = re.compile(r"[;:()\[\]\"“”–—]|,\s|\s-\s")
SUBORDINATOR = re.compile(
    r"\b(?:while|when|whereas|because|although|though|since|if|that|which|who|where)\s",
    re.IGNORECASE,
)
PHRASE_END = re.compile(CLAUSE_BREAK.pattern + r"|\.\s*$|$")
MAX_DEFINED_WORDS = 8
QUOTED_NAME = re.compile(r"[\"“‘']([^\"“”‘’']{1,60})[\"”’']")
# After "called": an object before what it was called ("the plan", "North Korea's move"), not
# a name ("the Eagles") or the word itself ("a slow-motion shipwreck" stands in quotes).
CALLED_OBJECT = re.compile(
    r"(?:(?:the|this|that|these|those|his|her|its|their|our|my|your)\s+[a-z]"
    r"|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s)"
)
CALL_VERB = re.compile(r"(?:call|calls|called)\s+", re.IGNORECASE)
QUOTATION_AFTER = re.compile(
    r"(?<!\w)[\"“‘](?:(?:a|an|the)\s+)?([^\"“”‘’]{1,60})[\"”’](?!\w)", re.IGNORECASE
)
CONTENT_THAT = re.compile(r"\s+that\s+")
# ... or where a second party's share begins ("six years and Ada Vell to four")
CONTENT_END = re.compile(
    r"[;:()\[\]\"“”–—]|,\s|\.\s*$|$|\s+and\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:to|was|were|got)\b"
    r"|\s+on\s+\d{1,2}\s+[A-Z][a-z]+"  # "… in jail on 2 August 2024": the day it was said
)
MAX_CONTENT_WORDS = 20
MAX_DEFINITION_WORDS = 25
NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|de|la|van|von)\s+)?[A-Z][\w'’.-]*)*")


def defining_spans(
    text: str, words: SentenceWords, focus: str, asks_name: bool = False
) -> list[tuple[int, int, str]]:
    """The phrase a sentence names the question's focus thing with ("named", "copula" spans).

    Only in a sentence that mentions the focus noun: after "known as", "called", "named" ...,
    or after "is"/"was" when the clause before it holds the focus ("The largest port is X").
    A question that asks what something is called (`asks_name`) takes any "known as" phrase.
    The phrase runs to the clause's end and must be short: a definition, not a description.
    """
    key = match_key(focus) if focus else ""
    at_focus = [words.spans[i][1] for i in range(len(words.keys)) if is_focus_word(words, i, key)]
    if not at_focus and not asks_name:
        return []
    out: list[tuple[int, int, str]] = []
    for cue in APPELLATION.finditer(text):
        complement = _called_complement(text, cue)
        out.extend(_phrase_after(text, cue.end(), "named") if complement is None else complement)
    for cue in COPULA.finditer(text):
        begin = clause_start(text, cue.start())
        if any(begin <= end <= cue.start() for end in at_focus):
            out.extend(_phrase_after(text, cue.end(), "copula"))
    for i in range(len(words.keys)):  # "spores of Serpula, a wood-rotting fungus"
        if is_focus_word(words, i, key):
            out.extend(_apposed_name(text, words.spans[i][0]))
    if focus.lower() in lx.CONTENT_NOUNS:
        for end in at_focus:
            that = CONTENT_THAT.match(text, end)
            if that:
                out.extend(_clause_after(text, that.end()))
    verbal = VERBAL_FOCUS.get(focus.lower())
    if verbal is not None:  # "What sentence did he get?": "was sentenced to nine years in prison"
        for said in verbal.finditer(text):
            out.extend(_clause_after(text, said.end()))
    return out


# Focus nouns a verb says: "What sentence …?" is answered by what someone was "sentenced to".
VERBAL_FOCUS = {
    noun: re.compile(rf"\b{verb}\s+", re.IGNORECASE)
    for noun, verb in (
        ("sentence", r"sentenced(?:\s+(?:on|in|last|this|late|early)\s+\w+)?\s+to"),
        ("punishment", "(?:sentenced|punished) (?:to|with)"),
        ("fine", "fined"),
        ("ban", "banned for"),
        ("prize", "awarded(?: the)?"),
        ("nickname", "nicknamed"),
    )
}


# A name set beside the focus noun that says what it is: "Orsa, a small fishing port".
APPOSED_NAME = re.compile(
    r"(?<![\w'’.-])([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}),\s+(?:a|an)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}$"
)


def _apposed_name(text: str, focus_start: int) -> list[tuple[int, int, str]]:
    """The name a sentence calls a kind of the focus noun by apposition: "which fungus" is
    answered by "Serpula, a wood-rotting fungus" (not at the sentence's start, where a
    capital says nothing: "Today, a new port opened")."""
    found = APPOSED_NAME.search(text, max(0, focus_start - APPOSED_REACH), focus_start)
    if found is None or found.start(1) == 0:
        return []
    return [(found.start(1), found.end(1), "named")]


APPOSED_REACH = 120


def _clause_after(text: str, start: int) -> list[tuple[int, int, str]]:
    """What a vow or a claim says: its "that" clause, to the end of the clause."""
    stop = CONTENT_END.search(text, start)
    phrase = text[start : stop.start() if stop else len(text)].rstrip(" .")
    if not phrase or len(phrase.split()) > MAX_CONTENT_WORDS:
        return []
    return [(start, start + len(phrase), "content")]


def clause_start(text: str, at: int) -> int:
    """Where the clause holding offset `at` begins: after punctuation or a subordinator."""
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, at)]
    breaks += [m.end() for m in SUBORDINATOR.finditer(text, 0, at)]
    return max(breaks, default=0)


def _called_complement(text: str, cue: re.Match[str]) -> list[tuple[int, int, str]] | None:
    """ "called the council's plan ‘reckless’": when an object follows "called", what it was
    called is the quotation after it (none: no name here); None when "called" names outright."""
    verb = CALL_VERB.match(text, cue.start())
    if verb is None or not CALLED_OBJECT.match(text, verb.end()):
        return None
    complement = QUOTATION_AFTER.search(text, verb.end())
    return [(complement.start(1), complement.end(1), "named")] if complement else []


def _phrase_after(text: str, start: int, kind: str) -> list[tuple[int, int, str]]:
    quoted = QUOTED_NAME.match(text, start)
    if quoted:  # known as the "bagman"
        return [(quoted.start(1), quoted.end(1), kind)]
    stop = PHRASE_END.search(text, start)
    end = stop.start() if stop else len(text)
    name = NAME_RUN.match(text, start, end)
    if kind == "named" and name:
        end = name.end()  # "called Tarncard in Fresno": the name ends where its capitals do
    phrase = text[start:end].rstrip(" .")
    if not phrase or len(phrase.split()) > MAX_DEFINED_WORDS:
        return []
    if kind == "named" and phrase.split()[0].lower() in CALENDAR_WORDS:
        return []  # "a distress call Saturday morning": a day is no name given
    if kind == "copula" and end < len(text.rstrip(" .")) and text[end] not in ",;:":
        return []
    return [(start, start + len(phrase), kind)]


CALENDAR_WORDS = lx.CALENDAR_NAMES | lx.words("today yesterday tomorrow tonight")

# "What is the cat's name?" / "What is the name of the cat?": the thing whose name is asked.
NAME_OF_QUESTION = re.compile(
    r"\b(?:the\s+|its\s+|his\s+|her\s+)?(\w+)['’]s\s+name\b"
    # "the name of Ada Vell's dog": the dog, not Ada
    r"|\bname\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+(?:\s+[\w-]+){0,3}['’]s\s+)?(\w+)"
    r"|['’]s\s+(\w+)\s+called\s*\?",  # "What is Ada Vell's dog called?"
    re.IGNORECASE,
)
NAME_BESIDE_THING = 0.5
# Kinds a pet is often called by instead of its animal ("walking her terrier, Pip")
ANIMAL_KINDS = {
    "dog": ("spaniel", "terrier", "retriever", "labrador", "collie", "puppy", "hound", "poodle"),
    "cat": ("kitten", "tabby", "moggy"),
    "horse": ("pony", "mare", "stallion", "gelding", "colt", "filly"),
}
NOT_THE_THING = 1.0


def named_thing_bonus(question: Question, text: str, start: int, end: int) -> float:
    """For "What is the cat's name?": a name said beside "the cat" ("Pim the black cat",
    "the cat, Pim,", "a cat named Pim") gains; a name whose apposition is "the cat's ..."
    (its owner) loses."""
    asked = NAME_OF_QUESTION.search(question.text)
    if not asked:
        return 0.0
    asked_thing = (asked.group(1) or asked.group(2) or asked.group(3)).lower()
    things = (asked_thing, *ANIMAL_KINDS.get(asked_thing, ()))
    thing = "(?:" + "|".join(re.escape(t) for t in things) + ")"  # "her terrier, Pip"
    if asked_thing in ANIMAL_KINDS and not re.search(rf"\b{thing}s?\b", text, re.IGNORECASE):
        return -NAME_BESIDE_THING  # "What is Ada's dog called?": a sentence with no dog
    after, before = text[end : end + 40].lower(), text[max(0, start - 40) : start].lower()
    if re.match(rf",?\s+the\s+{thing}['’]s\b", after):
        return -NOT_THE_THING  # "Tomas Erl, the cat's first owner": someone else
    if re.match(rf",?\s+(?:the|a|an)\s+(?:\w+\s+){{0,2}}{thing}\b", after):
        return NAME_BESIDE_THING  # "Pim the black cat"
    if re.search(rf"\b{thing}(?:,|\s+(?:named|called))\s+$", before):
        return NAME_BESIDE_THING  # "the cat, Pim," / "a cat named Pim"
    return 0.0


FAME_QUESTION = re.compile(r"\b(?:known|famous|noted|remembered)\s+for\s*\??\s*$", re.IGNORECASE)
FAME = re.compile(r"\b(?:known|famous|noted|remembered)\s+for\s+", re.IGNORECASE)


def fame_spans(question: Question, text: str) -> list[tuple[int, int, str]]:
    """ "What is Velcor best known for?": the phrase after "known for" in the sentence."""
    if not FAME_QUESTION.search(question.text):
        return []
    return [span for cue in FAME.finditer(text) for span in _phrase_after(text, cue.end(), "named")]


DEFINITION_QUESTION = re.compile(
    r"^\s*what\s+(?:is|are|was|were)\s+(?:(?:the|an?)\s+)?(?P<thing>.+?)\s*\??\s*$", re.IGNORECASE
)
DEFINITION_AFTER = r"\s*(?:,\s*|\s+(?:is|are|was|were)\s+)((?:an?|the)\s+[^,;:()]+)"


KIND_QUESTION = re.compile(
    r"^\s*what\s+(?:kind|type|sort)\s+of\s+[\w-]+\s+(?:is|are|was|were)\s+"
    r"(?:(?:the|an?)\s+)?(?P<thing>[^?,;]+?)\s*\??\s*$",
    re.IGNORECASE,
)


def asks_definition(question: Question) -> bool:
    """ "What is INWEGO?": one name, and nothing asked about it but what it is."""
    return bool(defined_thing(question))


def defined_thing(question: Question) -> str:
    """The thing a question asks to be defined, or "": "INWEGO" of "What is INWEGO?"; "new
    bridge" of "What type of bridge is the new bridge?", which is answered by what a sentence
    says the thing is ("The new bridge is a steel arch ...")."""
    match = DEFINITION_QUESTION.match(question.text)
    if (
        match is not None
        and len(question.concepts) == 1
        and question.concepts[0].kind == "name"
        and match.group("thing") == question.concepts[0].surface
    ):
        return question.concepts[0].surface
    kind = KIND_QUESTION.match(question.text)
    return kind.group("thing") if kind else ""


def definition_phrase(text: str, name: str) -> str:
    """What a sentence says a name is: "X is a ...", "X, a ...," (to the clause's end), the
    full name an acronym stands for ("the Regional Infrastructure Safety Board (RISB)"), or
    ""."""
    if ACRONYM.fullmatch(name):
        spelled = re.search(SPELLED_OUT + r"\s*\(\s*" + re.escape(name) + r"\s*\)", text)
        if spelled:
            return re.sub(r"^The\s+", "", spelled.group(1))
    # "Harbour Trade Review (HTR) is a weekly journal …": its short name may come between
    match = re.search(re.escape(name) + SHORT_NAME + DEFINITION_AFTER, text, re.IGNORECASE)
    if not match or len(match.group(1).split()) > MAX_DEFINITION_WORDS:
        return ""
    return match.group(1).strip().rstrip(".")


ACRONYM = re.compile(r"[A-Z][A-Z&]{1,9}")
SHORT_NAME = r"(?:\s*\([^()]{1,20}\))?"
# Capitalised words (with "of", "and", "for", "the" inside) right before "(ACRONYM)".
_CAPITAL = r"[A-Z][\w'’&-]*"
SPELLED_OUT = rf"((?:{_CAPITAL}\s+)(?:(?:of|and|for|the|on|in|&)\s+|{_CAPITAL}\s+)*{_CAPITAL})"
MANNER_CUE = re.compile(r"\b(?:by|through|using|via)\s+(?!the way\b)", re.IGNORECASE)


def manner_spans(text: str) -> list[tuple[int, int, str]]:
    """ "How is X measured?" -> "by pounds, not by value": the phrase a manner cue opens."""
    out: list[tuple[int, int, str]] = []
    for cue in MANNER_CUE.finditer(text):
        stop = CLAUSE_BREAK.search(text, cue.end())
        end = stop.start() if stop else len(text.rstrip(" ."))
        if 0 < len(text[cue.end() : end].split()) <= MAX_DEFINED_WORDS:
            out.append((cue.start(), end, "manner"))
    return out


# "How did Voss plead?" / "How did the council vote?": the verb asked about, after its subject
MANNER_VERB_QUESTION = re.compile(
    r"^\s*(?i:how\s+(?:did|does|do|will|would|could|can|should))\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+(?:[A-Z][\w'’-]*\s+)*[\w'’-]+|(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)\s+"
    # "How does Gallo hope to achieve it?": the verb after "hope to" is the one asked
    r"(?:(?:hope|plan|intend|want|expect|try|aim|seek|propose)\s+to\s+)?"
    r"(?P<verb>[a-z]+)\b"
)
# Words that end the complement after the verb ("pleaded not guilty *to* three charges").
COMPLEMENT_STOP = lx.words(
    """
    to in on at of after before with from by during when while as because that which who and
    but or for under over into since until
    """
)
MAX_COMPLEMENT_WORDS = 4
COMPLEMENT_REACH = 80  # characters after the verb read for them
COMPLEMENT_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
NEGATED_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$", re.IGNORECASE)


def verb_complement_spans(question: Question, text: str) -> list[tuple[int, int, str]]:
    """ "How did Voss plead?" -> "not guilty" of "Voss pleaded not guilty to ...": the words
    right after the sentence's form of the asked verb, up to a preposition or a clause break
    (a manner or a verdict told without a "by" or "using")."""
    asked = MANNER_VERB_QUESTION.match(question.text)
    if asked is None:
        return []
    key = match_key(asked.group("verb"))
    out: list[tuple[int, int, str]] = []
    for verb in re.finditer(r"[a-z]+", text):
        if match_key(verb.group()) != key or NEGATED_BEFORE.search(text, 0, verb.start()):
            continue  # "did not respond strongly" says no manner of responding
        words = COMPLEMENT_WORD.finditer(text, verb.end(), verb.end() + COMPLEMENT_REACH)
        taken: list[re.Match[str]] = []
        for word in itertools.islice(words, MAX_COMPLEMENT_WORDS):
            low = word.group().lower()
            if not low[0].isalnum() or (taken and low in COMPLEMENT_STOP) or low in lx.AUXILIARIES:
                break
            if not taken and low in lx.OBJECT_PRONOUNS | lx.DEMONSTRATIVE_OBJECTS:
                continue  # "achieve this mainly through automation": the manner, not "this"
            taken.append(word)
        last = taken[-1].group().lower() if taken else ""
        side = [w.group().lower() for w in taken] in (["for"], ["against"])  # "voted against."
        if taken and taken[0].group().islower() and (last not in COMPLEMENT_STOP or side):
            out.append((taken[0].start(), taken[-1].end(), "manner"))
    return out


# "What did Ukraine do after …?" / "What will the council do?": who acted, asked for the act
ACTION_QUESTION = re.compile(
    r"^\s*(?i:what\s+(?:did|does|do|will|would|could|can|should|has|have|had|was|were|is|are))"
    r"\s+(?P<doer>(?:the|a|an|his|her|their|its)(?:\s+[\w'’-]+){1,2}|(?:[A-Z][\w'’.-]*\s+)*"
    r"[A-Z][\w'’.-]*)\s+(?i:do|done|(?P<doing>doing))\b"
)
# "was mending a gate", "had been mending a gate": what someone was doing
PROGRESSIVE = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+ing)\b(?!\s+(?:to|that)\b)"
)
# Where an act's words end: a clause break, a time, a reason or what was said of it.
ACT_END = re.compile(
    r"[,;:.()“”\"]|\s[-–—]\s|\b(?:after|before|because|when|while|following|due to|in response"
    r"|since|until|amid|saying|said|says)\b",
    re.IGNORECASE,
)
# Before the doer: it is the object or a modifier of another word, not the one who acts.
NOT_DOER_BEFORE = re.compile(
    r"\b(?:of|in|with|to|and|from|for|by|on|at|between|against|into|over|about)\s+$", re.I
)
ACT_ADVERB = re.compile(
    r"\s+(?:today|then|also|now|later|soon|swiftly|quickly|immediately)\b", re.I
)
PASSIVE_START = re.compile(
    r"\s+(?:(?:has|have|had)\s+been|(?:was|were|is|are)(?:\s+being)?|been)\s+"
    r"(?:\w+(?:ed|en|t)|held|told|sold|found|made|paid|said|laid|led|hit|shot|hurt|put|cut|set"
    r"|struck|won|done|seen|known|shown|thrown|drawn|born)\b",
    re.IGNORECASE,
)
NOT_A_VERB = lx.words("of in on at for to with from by and or that which who whose where")
# "It expanded again …": a sentence opened by a pronoun tells of the one its page is about
OPENING_PRONOUN = re.compile(r"^(?:It|They|He|She)\b")
DOER_ACRONYM = re.compile(r"\s*\([A-Z][\w.&-]{0,11}\)")
# A relative clause or an apposition between the doer and its verb, set off by commas.
DOER_ASIDE = re.compile(
    r"\s*,\s+(?:which|who|whose|the|a|an|its|their)\b(?:[^,;:]|(?<=\d),(?=\d)){1,120},(?=\s+[a-z])"
)
MAX_ACT_CHARS = 160  # longer, the act is told by the quoted sentence, not restated


def action_spans(question: Question, text: str) -> list[tuple[int, int, str]]:
    """ "What did Ukraine do?" -> "broke off relations with the DPRK" of "Ukraine today broke
    off relations with the DPRK after …": the words after the doer where it stands as the
    subject (not "Ukraine's", not "between the DPRK and Ukraine"), or after a pronoun opening
    the sentence, up to a clause break, a time or a reason; a passive ("Ukraine was invaded")
    is no act of Ukraine's."""
    asked = ACTION_QUESTION.match(question.text)
    if asked is None:
        return []
    out: list[tuple[int, int, str]] = []
    if asked.group("doing"):  # "What was the worker doing when …?": "had been clearing …"
        out += _progressive_spans(text)
    named = _doer_pattern(asked.group("doer")).finditer(text)
    for doer in itertools.chain(named, OPENING_PRONOUN.finditer(text)):
        if NOT_DOER_BEFORE.search(text, 0, doer.start()) or PASSIVE_START.match(text, doer.end()):
            continue
        acronym = DOER_ACRONYM.match(text, doer.end())  # "the County Council (EHCC) has …"
        start = acronym.end() if acronym else doer.end()
        aside = DOER_ASIDE.match(text, start)  # "Orsa Water, which supplies the valley, shut …"
        start = aside.end() if aside else start
        adverb = ACT_ADVERB.match(text, start)
        start = adverb.end() if adverb else start
        verb = ACT_VERB.match(text, start)
        if verb is None or verb.group(1).lower() in NOT_A_VERB:
            continue  # "the value of the dollar …": the doer's own phrase goes on
        if _by_capital(doer.group(0), asked.group("doer")) and not lx.past_form(
            verb.group(1).lower()
        ):
            continue  # "London mayor Sadiq Khan …" is no act of the United Kingdom
        if question.negated and not DENIED_ACT.match(text, start):
            continue  # "What does the IPCC not do?": an act the sentence denies
        stop = ACT_END.search(text, verb.start(1))
        end = len(text[: stop.start() if stop else len(text)].rstrip())
        if verb.end(1) < end <= verb.start(1) + MAX_ACT_CHARS:
            out.append((verb.start(1), end, "action"))
    return out


def _progressive_spans(text: str) -> list[tuple[int, int, str]]:
    """The acts a sentence tells in the progressive ("who had been mending a broken gate
    when …"): from the -ing verb to a clause break, a time or a reason."""
    out = []
    for found in PROGRESSIVE.finditer(text):
        if found.group("verb") in NOT_A_VERB or found.group("verb") in ("being", "going"):
            continue
        stop = ACT_END.search(text, found.start("verb"))
        end = len(text[: stop.start() if stop else len(text)].rstrip())
        if found.end("verb") < end <= found.start("verb") + MAX_ACT_CHARS:
            out.append((found.start("verb"), end, "action"))
    return out


def _doer_pattern(doer: str) -> re.Pattern[str]:
    """Where a sentence names the doer: a name whole and as written ("North Korea", not "South
    Korea"; "US", not "us"), a common noun by its head ("the council": "The council …")."""
    words = [w for w in doer.split() if w.lower() not in NOT_DOER_WORDS]  # "the IPCC not"
    if not words:
        return re.compile(r"(?!)")
    if words[0][:1].isupper():
        name = " ".join(words)
        forms = [r"\s+".join(map(re.escape, words))]
        forms += [re.escape(c) for c in variants.capitals_of(name)]  # "Pyongyang recognized …"
        return re.compile(r"\b(?:" + "|".join(forms) + r")\b(?!['’])")
    return re.compile(rf"\b{re.escape(words[-1])}\b(?!['’])", re.IGNORECASE)


def _by_capital(written: str, doer: str) -> bool:
    """Whether a sentence names the doer by its capital ("Pyongyang"), not by its name."""
    name = " ".join(w for w in doer.split() if w.lower() not in NOT_DOER_WORDS)
    return written.lower() in (c.lower() for c in variants.capitals_of(name))


DENIED_ACT = re.compile(r"\s+(?:\w+\s+)?(?:not|never)\b|\s+\w+n['’]t\b", re.IGNORECASE)
NOT_DOER_WORDS = lx.words("the a an his her their its not never")


ACT_VERB = re.compile(r"\s+([a-z][\w'’-]*)")  # the word after the doer, which must be a verb
AND_JOIN = re.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?")  # "Osterra and the Vell-Tarn plateau"
COMMA_JOIN = re.compile(r"\s*,\s*")


def joins_names(text: str, end: int, start: int, comma: bool = True) -> bool:
    """Whether text[end:start] joins two names of a list: "and", "&", ", and", or (`comma`) a
    comma alone (a comma alone may also open an apposition: "the son of X, Y was ...")."""
    return bool(
        AND_JOIN.fullmatch(text, end, start) or (comma and COMMA_JOIN.fullmatch(text, end, start))
    )


RANGE_TAIL = re.compile(  # "30–75%", "3 to 5", "16 million to 28 million", "five to seven"
    r"\s?(?:–|-|to)\s?\d(?:[\d,.]*\d)?(?:\s?%|\s+(?:thousand|million|billion|trillion)\b)?"
    rf"|\s(?:–|-|to)\s(?:{lx.NUMBER_WORD_ALTERNATION})\b(?!-)",
    re.IGNORECASE,
)
MONEY_RANGE_TAIL = re.compile(  # "$ 16 million to $ 28 million": a sum to a sum
    r"\s?(?:–|-|to)\s?[$€£]\s?\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion|trillion)\b)?"
)


def range_end(text: str, end: int, money: bool = False) -> int:
    """Extend a figure over the other end of a range ("30–75%", "3 to 5"); a sum's other end
    may be a sum ("$16 million to $28 million"), but "rose 17% to $8.7 billion" is no range."""
    match = RANGE_TAIL.match(text, end) or (MONEY_RANGE_TAIL.match(text, end) if money else None)
    return match.end() if match else end


def with_unit(text: str, end: int) -> int:
    """Extend a figure over the unit that follows it ("1,986 m", "26 years")."""
    match = UNIT_WORD.match(text, end)
    if match and match.group(1).lower() in lx.UNIT_QUALIFIERS:
        unit = UNIT_WORD.match(text, match.end(1))
        if unit and unit.group(1).lower().rstrip(".") in lx.UNITS:
            return unit.end(1)  # "100 metric tons"
    if match and match.group(1).lower() == "per":
        rate = PER_WHAT.match(text, match.end(1))
        return rate.end() if rate else end  # "£5 per head", "per cent"; not a bare "per"
    if match and match.group(1).lower().rstrip(".") in lx.UNITS:
        if _full_stop(text, match.group(1), match.end(1)):
            return match.end(1) - 1  # "cited 86 times.": the sentence's stop, no abbreviation
        power = match.end(1) + (text[match.end(1) : match.end(1) + 1] in POWERS)
        return power  # "1,100 m²": square metres, not metres
    if match and match.group(1).lower().rstrip(".") in CURRENCY_WORDS:
        return match.end(1)  # "71,350 euro", "5 million won"
    inches = INCH_MARK.match(text, end)
    if inches:
        return inches.end()  # "a 13.3 '' display": inches, as a tokenized capture writes them
    joined = HYPHENED_UNIT.match(text, end)  # "a 2.44-inch display", not "a 10-year-old"
    if joined and joined.group(1).lower() in lx.LENGTH_UNITS | AREA_UNIT_WORDS:
        return joined.end(1)  # "the 11-hectare site"
    if joined and joined.group(1).lower() in CURRENCY_WORDS:
        return joined.end(1)  # "a 60-pound credit": sixty pounds
    return end


PER_WHAT = re.compile(
    r"\s+(?:cent|annum|year|month|week|day|hour|minute|second|head|person|household|night"
    r"|litre|liter|kilogram|kg|tonne|mile|kilometre|kilometer)\b",
    re.IGNORECASE,
)


def _full_stop(text: str, unit: str, end: int) -> bool:
    """Whether the dot after a unit ends the sentence: a whole word ("times."), or the last
    character, rather than an abbreviation's mark ("6 ft. tall")."""
    if not unit.endswith("."):
        return False
    return len(unit) > ABBREVIATED_UNIT_CHARS or not text[end:].strip(" \"'”’)")


ABBREVIATED_UNIT_CHARS = 4  # "lbs." and shorter may be abbreviations
UNIT_WORD = re.compile(r"\s?([A-Za-z°%]+(?:/[A-Za-z]{1,2}\b)?\.?)")  # "km/h", "m/s"
POWERS = frozenset("²³")
CURRENCY_WORDS = currencies.WORDS
INCH_MARK = re.compile(r"\s?(?:''|″)(?=\s+[a-z])")  # "13.3 '' display", not a closing quote
AREA_UNIT_WORDS = lx.words("hectare acre")
HYPHENED_UNIT = re.compile(r"-([A-Za-z]+)\b(?!-old)")


def verb_like(words: SentenceWords, first: int, last: int) -> bool:
    """A chunk ending in an adverb, or one word with a verb's ending, is rarely a thing."""
    end = words.folded[last]
    if words.capitalised[last] and last > 0:
        return False
    if end in NOT_THINGS or end in lx.IRREGULAR_VERBS or end in _VERB_BASES:
        return True
    return end.endswith(VERB_LIKE_ENDINGS[0]) or (
        first == last and end.endswith(VERB_LIKE_ENDINGS[1:])
    )


def described_subject_spans(
    text: str, words: SentenceWords, focus: str, names: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The name a sentence says is the asked thing: "Ostland became the third country to
    …" answers "Which country was the third …?" (not the "Kessel" named after it)."""
    out: list[tuple[int, int, str]] = []
    for i in focus_positions(words, focus):
        copula = SUBJECT_COPULA.search(text, 0, words.spans[i][0])
        if copula is None:
            continue
        out.extend((a, b, "named") for a, b, _ in names if b == copula.start())
    return out


# "<name> became the third <focus>", "<name> is the largest <focus>": the copula and what comes
# between it and the focus noun, ending right before the noun.
SUBJECT_COPULA = re.compile(
    r"\s+(?:became|becomes|become|has become|had become|is|was|are|were|remains|remained)"
    r"\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}$"
)


def regarded_as_spans(text: str) -> list[tuple[int, int, str]]:
    """What a sentence says someone regards a thing as ("We see this move as Varnholm's
    bid to weaken …"), for "What did X call it?"; up to the clause's end."""
    out: list[tuple[int, int, str]] = []
    for cue in REGARDED_AS.finditer(text):
        start = cue.end()
        if text[start : start + 1] in OPENING_MARKS:
            start += 1  # 'as "potentially suspicious"': the quoted words
        stop = PHRASE_END.search(text, start)
        end = stop.start() if stop else len(text)
        phrase = text[start:end].rstrip(' .,;”"’')
        if phrase and len(phrase.split()) <= MAX_REGARDED_WORDS:
            out.append((start, start + len(phrase), "regarded"))
    return out


OPENING_MARKS = ('"', "“", "‘", "'")


# "view/consider/regard/describe … as": how the speaker calls the thing, a few words after it.
# "How are police treating the fire?": the question's verb takes an "as" complement
AS_VERB_QUESTION = re.compile(
    r"\b(?:treat|regard|view|see|consider|describe|classify|investigat|brand|label)\w*\b",
    re.IGNORECASE,
)
REGARDED_AS = re.compile(
    r"\b(?:view|views|viewed|consider|considers|considered|regard|regards|regarded|see|sees|"
    r"saw|describe|describes|described|brand|brands|branded|label|labels|labelled|labeled|"
    r"characteri[sz]e|characteri[sz]es|characteri[sz]ed|denounce|denounces|denounced|"
    r"condemn|condemns|condemned|treat|treats|treated|treating|classify|classifies|classified|"
    r"investigate|investigates|investigated|investigating)\s+(?:[\w’'-]+\s+){0,12}?as\s+",
    re.IGNORECASE,
)
MAX_REGARDED_WORDS = 16
