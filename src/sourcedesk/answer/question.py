"""Read a question: what type of answer it wants and which of its words must be matched.

`read_question` returns a `Question` with

- `qtype`: when, who, where, how_many, how_much, why, what, which, how, yes_no or list;
- `focus`: the noun after the question word ("what *year*", "how many *troops*");
- `concepts`: the question's content, one `Concept` per proper name, number or content word.
  Names, years and numbers are the key constraints: a sentence that lacks one of them answers
  another question (another year, another person), which is what drives abstention.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.variant_data import COMMON_ACRONYMS
from sourcedesk.answer.variants import demonym_country, fold
from sourcedesk.research.currencies import ASKABLE_WORDS

Kind = str  # "name" | "year" | "number" | "title" | "word"

# A short lower-case part after a hyphen stays in a name (Choe Son-hui), a word does not.
_NAME_SYLLABLE_CHARS = 4
_COPULAS = frozenset(["is", "are", "was", "were"])
_DO_SUPPORT = lx.words(
    """
    do does did will would can could should might must shall
    """
)
_PERFECT = lx.words("has have had")
_DETERMINERS = lx.words(
    """
    the a an his her their its
    """
)
_FOCUS_SKIP = lx.words(
    """
    the a an kind type name of sort full exact main earlier previous prior its their his her
    """
)
_FOCUS_TYPES_ASKING = ("what", "which", "how_many", "how_much", "list")
# Abbreviations with dots ("U.S.", "U.S" before "?") are one word, as in the sentence index.
_WORD = re.compile(
    r"(?:[^\W\d_]\.){2,}|(?:[^\W\d_]\.)+[^\W\d_](?![^\W_])"
    r"|[$€£]?\d[\d,.]*\d|\d|[^\W_]+(?:['’][^\W_]+)*(?:(?<=s)['’](?![^\W_]))?"
)  # a plural's possessive keeps its mark: "Orsa Lines' annual revenue"
_LEADING_PREPOSITIONS = lx.words(
    """
    in on at by for from of to during since near close into with under within through
    against towards toward after before among across per about over between around upon
    and so but then
    """
)
# Prepositions that may stand before the question word only ("Along which road …?"); after
# it they open an aside ("What, along with …, is …?").
_OPENING_PREPOSITIONS = _LEADING_PREPOSITIONS | lx.words(
    "along alongside beside behind beyond below beneath above outside inside via throughout"
)
_CLAUSE_BREAK = re.compile(r"[,;:]\s*$")
_NAME_PARTING = frozenset("–—")  # "the Orsak–Vell feud": two names, not one


@dataclass(frozen=True)
class Concept:
    """One thing the question mentions, with the spellings that count as a match."""

    surface: str
    kind: Kind
    words: tuple[str, ...]  # folded words of the surface form

    @property
    def required(self) -> bool:
        """Names, years, numbers and titles must be matched for a sentence to answer."""
        return self.kind in ("name", "year", "number", "title")


@dataclass(frozen=True)
class Question:
    """A question read for answering."""

    text: str
    qtype: str
    focus: str
    concepts: tuple[Concept, ...]
    negated: bool = False
    plural_focus: bool = False
    slot: str = ""  # "subject" (What had been frozen?) or "object" (What did X sign?) or ""
    verb: str = ""  # the verb a subject question asks about ("frozen"), when it has one
    # words only of a place or setting the question opens with ("In the town, what …?"),
    # which a page seldom repeats: they weigh lightly
    setting: frozenset[str] = frozenset()
    # the party whose account an "According to X, …" opening asks for ("union")
    attributed: frozenset[str] = frozenset()

    def __hash__(self) -> int:
        """Hash the wording only: answer spans look the question up in small caches for every
        span they score, and hashing its concepts each time cost more than the lookups."""
        return hash((self.text, self.qtype, self.focus, self.slot))


def asks(pattern: re.Pattern[str], question: Question, *, lower: bool = False) -> bool:
    """Whether the question's text (in lower case, if asked) holds `pattern`. Answer spans
    test the question's wording once each; this reads it once a question."""
    # Keyed by the pattern's source and flags, not the pattern: hashing a compiled pattern
    # hashes its whole program, microseconds for a long alternation, on every look-up. The
    # question's own text is in the key, lowered only when the answer is not known yet.
    key = (pattern.pattern, pattern.flags, question.text, lower)
    found = _HELD.get(key)
    if found is None:
        if len(_HELD) >= HELD_KEPT:
            _HELD.clear()  # bounded: questions come and go
        text = question.text.lower() if lower else question.text
        found = _HELD[key] = pattern.search(text) is not None
    return found


HELD_KEPT = 4096
_HELD: dict[tuple[str, int, str, bool], bool] = {}


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


# "What drove / led / pushed / motivated X to …?" asks the reason X did it
MOVED_TO_QUESTION = re.compile(
    r"^\W*what\s+(?:drove|drives|led|leads|pushed|pushes|motivated|motivates|prompted|prompts"
    r"|forced|forces|persuaded|persuades|inspired|inspires|caused|causes|spurred|compelled"
    r"|encouraged|moved)\s+(?:[\w'’-]+\s+){1,5}?to\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+",
    re.IGNORECASE,
)


def question_type(text: str) -> tuple[str, int]:
    """The question's type and the index of the first word after its question phrase."""
    words = _words(text)
    low = [fold(w) for w, _, _ in words]
    if not low:
        return "what", 0
    skip = 1 if low[0] in LEADING_WORDS else 0
    for start in range(skip, len(low)):
        if not _opens(text, words, low, start, skip):
            continue
        if start == skip and _time_clause_first(text, low, skip):
            continue  # "When the report came out, what debt did it give?": a what-question
        for phrase, qtype in lx.WH_PHRASES:
            parts = phrase.split()
            if low[start : start + len(parts)] == parts:
                if qtype == "what" and BLAME_QUESTION.match(text) and not NOT_WORD.search(text):
                    return "why", start + len(parts)  # "What did police blame the crash on?"
                if qtype == "what" and AMOUNT_QUESTION.match(text):
                    return "how_much", start + len(parts)  # "What did the bill come to?"
                if qtype == "what" and MOVED_TO_QUESTION.match(text):
                    return "why", start + len(parts)  # "What drove him to steal?"
                return qtype, start + len(parts)
        if low[start] in lx.AUXILIARIES and (
            start == skip or _after_opening_clause(text, words, start)
        ):
            return "yes_no", start  # "When asked at the inquiry, did he offer to resign?"
    if low[-1] in TRAILING_WH:  # "… is scheduled to be built when?"
        return low[-1], skip
    return "what", skip


def _opening_words(
    text: str, words: list[tuple[str, int, int]], low: list[str], after: int
) -> set[int]:
    """The places of the words a question sets before its question phrase ("According to the
    union, how many …?": according, to, the, union), none when the phrase opens it or the
    opening sets things aside ("Besides Kessby, which town …?": `siblings.py` reads it)."""
    if low and (low[0] in SET_ASIDE_OPENERS or low[:2] in (["apart", "from"], ["other", "than"])):
        return set()
    for phrase, _ in lx.WH_PHRASES:
        parts = phrase.split()
        begin = after - len(parts)
        if begin <= 0 or low[begin:after] != parts:
            continue
        while begin > 0 and low[begin - 1] in LEADING_WORDS:
            begin -= 1  # "In 2010, roughly how many …?"
        if begin > 0 and "," in text[words[begin - 1][2] : words[begin][1]]:
            if low[0] in TIME_CLAUSE_OPENERS:  # "When Iqbal promoted unity, what …?": its names
                return {k for k in range(1, begin) if _named_or_counted(words[k][0])}
            return {k for k in range(begin) if low[k] not in LEADING_WORDS | OPENING_LEADS}
    return set()


def _setting_words(low: list[str], opened: set[int]) -> frozenset[str]:
    """The opening's words, when it sets a place or a time by a preposition ("In the town,
    …"), that the rest of the question does not repeat."""
    if not opened or low[0] not in SETTING_PREPOSITIONS:
        return frozenset()
    rest = {w for k, w in enumerate(low) if k not in opened}
    return frozenset(low[k] for k in opened) - rest


SETTING_PREPOSITIONS = lx.words("in at on during across inside within among for from")


def _named_or_counted(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


# Words that open a question's lead-in without naming anything ("Per the report, …")
OPENING_LEADS = frozenset(("per", "as"))


SET_ASIDE_OPENERS = frozenset(("besides", "except", "excluding", "aside", "beyond"))
TIME_CLAUSE_OPENERS = frozenset(("when", "while", "after", "before", "once", "until", "since"))


def _after_opening_clause(text: str, words: list[tuple[str, int, int]], at: int) -> bool:
    """Whether word `at` follows the comma that closes a question's opening time clause."""
    low0 = fold(words[0][0]) if words else ""
    gap = text[words[at - 1][2] : words[at][1]] if at else ""
    return low0 in TIME_CLAUSE_OPENERS and gap.strip() == ","


def _time_clause_first(text: str, low: list[str], at: int) -> bool:
    """Whether the question opens on a time clause with a subject of its own ("When the
    administrators reported, …", not "When did …?") and asks after its comma."""
    return (
        low[at] in TIME_CLAUSE_OPENERS
        and at + 1 < len(low)
        and low[at + 1] not in lx.AUXILIARIES
        and low[at + 1] not in MODALS
        and ASKED_AFTER_COMMA.search(text) is not None
    )


ASKED_AFTER_COMMA = re.compile(
    r",\s*(?:(?:roughly|approximately|about|exactly|and|so)\s+)?"
    r"(?:what|which|who|whom|whose|where|how|why"
    # "When asked at the inquiry, did he offer to resign?": a yes/no question after the clause
    r"|did|does|do|was|were|is|are|has|have|had|will|would|could|can)\b",
    re.I,
)


MODALS = frozenset(("will", "would", "can", "could", "should", "shall", "may", "might", "must"))


# "What does he blame the liver cases on?", "What do engineers attribute the collapse to?":
# the cause of what the question names is asked
# "What did the final bill come to?", "What does the damage amount to?": a sum asked
AMOUNT_QUESTION = re.compile(
    r"^\W*what\s+(?:did|does|do|will|would|has|have|had)\b[^?]*\b"
    r"(?:come|came|amount|amounted|add\s+up|added\s+up|run)\s+to\s*\??\s*$",
    re.IGNORECASE,
)
BLAME_QUESTION = re.compile(
    r"\W*what\s+(?:do|does|did|is|are|was|were|has|have|had)\s+.*\b(?:blam(?:e|es|ed|ing)\b.*\bon"
    r"|attribut(?:e|es|ed|ing)\b.*\bto)\W*$",
    re.IGNORECASE,
)
NOT_WORD = re.compile(r"\bnot\b|n[’']t\b", re.IGNORECASE)
# Words before a question phrase that neither ask nor name anything ("Roughly how much …?").
LEADING_WORDS = lx.words("and so but then also now well roughly approximately about exactly")
TRAILING_WH = frozenset(("when", "where", "why"))  # "… a contract to who?" reads better as what


def _opens(
    text: str, words: list[tuple[str, int, int]], low: list[str], start: int, skip: int
) -> bool:
    """A question phrase opens the question, follows leading prepositions or a comma."""
    if start == skip or all(w in _OPENING_PREPOSITIONS for w in low[skip:start]):
        return True
    k = start  # after a comma, prepositions may still lead in: "..., by what year"
    while k > skip and (low[k - 1] in _OPENING_PREPOSITIONS or low[k - 1] in LEADING_WORDS):
        k -= 1  # "…, roughly what loss …?"
    return bool(_CLAUSE_BREAK.search(text[: words[k][1]]))


# Words that end the stretch where the focus noun may stand: a relative or a subordinate
# clause begins ("How much was the K90 delayed when it flew?" has no focus "when").
FOCUS_STOPS = frozenset(
    ("to", "that", "who", "which", "when", "where", "why", "while", "if", "because", "after")
)
# Role words that modify other nouns ("district court"); "executive" and "general" also
# stand alone after a name as the asked noun ("Which Halvik executive …?").
FOCUS_ROLE_MODIFIERS = lx.MODIFYING_ROLES - lx.words("executive general")


def _focus(words: list[tuple[str, int, int]], after: int, text: str = "") -> tuple[str, int]:
    """The noun the question word governs ("what *year*") and its index, or ("", -1);
    `text` is the question the words are of (a hyphen there joins a word to the next)."""
    first: tuple[str, int] = ("", -1)
    limit = after + FOCUS_REACH
    for i in range(after, min(len(words), after + FOCUS_REACH + OWNER_REACH)):
        if i >= limit:
            break
        word = fold(words[i][0]).split("'")[0]
        nxt = fold(words[i + 1][0]) if i + 1 < len(words) else ""
        # "what was the value ...", "what was Apple's annual revenue ..."
        determiner = nxt in _DETERMINERS or nxt.endswith(("'s", "’s")) or _owner_named(words, i + 1)
        if i == after and word in _COPULAS and determiner:
            continue  # "what was the value of ...", "what is his job"
        if i == after and nxt in _DETERMINERS and word.endswith("ed"):
            break  # "What sparked the protests?": a verb, the answer is its subject
        if word in lx.AUXILIARIES or word in FOCUS_STOPS:
            break
        if first[1] >= 0 and i == first[1] + 1 and _verb_after_noun(word, nxt):
            break  # "Which body decided the course times …?": a body, not a time
        if i == after and word in _LEADING_PREPOSITIONS and word != "of":
            break  # "How far from Aden …?" names no kind of thing
        if word in ("name", "names") and i + 1 < len(words) and fold(words[i + 1][0]) == "of":
            named = _named_noun(words, i + 2)  # "the name of the employee group": a group
            if named[1] >= 0:
                return named
        if word in _FOCUS_SKIP or word in lx.NUMBER_WORDS or words[i][0][:1].isupper():
            continue
        if word in lx.KIND_WORDS and nxt == "of":
            continue  # "What species of bat …?": a bat, of some species
        if text and _hyphened_modifier(words, i, text, nxt):
            limit += 1  # "Which 60-year-old club-card holder …?": a holder
            continue
        if word.isdigit():
            continue
        if word in lx.PARTS_OF_DAY and nxt and nxt not in lx.AUXILIARIES | lx.STOPWORDS:
            continue  # "the night tour", "the morning show": the part of day describes the noun
        owner = words[i][0].endswith(("'s", "’s")) and not _asks_which(words, after)
        person = word in lx.ROLE_FOCUS or word in lx.ROLE_NOUNS
        name_asked = nxt in ("name", "names")  # "What is the minister's name?": the minister
        if owner and person and nxt and not name_asked:
            first, limit = ("", -1), limit + OWNER_REACH  # "the official's salary": a salary
            continue
        if _singular(word) in lx.FOCUS_TYPES or word in lx.ROLE_FOCUS:
            return word, i
        if word in lx.ROLE_NOUNS and word not in FOCUS_ROLE_MODIFIERS and nxt not in lx.ROLE_NOUNS:
            return word, i  # "Which Halvik executive said …?": an executive
        if first[1] >= 0 and words[i][0].endswith(("'s", "’s")) and not _asks_which(words, after):
            between = {fold(w) for w, _, _ in words[first[1] + 1 : i]}
            if between & _FOCUS_PREPOSITIONS:
                return first  # "What flaw in the vote count …?": a flaw
            first, limit = ("", -1), limit + OWNER_REACH  # "the plant's original budget"
            continue
        if first[1] < 0 and not _adjective_before_noun(words, i):
            first = (word, i)
            if words[i][0].endswith(("'s", "’s")) and i == after and _asks_which(words, after):
                return first  # "Which team's record …?": the team, whose record it is
            head = _compound_head(words, i)  # "which ad agency": an agency
            if head[1] >= 0:
                return head
    return first


def _hyphened_modifier(words: list[tuple[str, int, int]], i: int, text: str, nxt: str) -> bool:
    """Whether word i is part of a hyphened word that describes the noun after it
    ("club-card holder", "60-year-old fan"), so it is not the asked noun."""
    word = fold(words[i][0])
    if nxt == "old" or (word == "old" and i > 0 and fold(words[i - 1][0]) in AGE_UNITS):
        return True
    if not _plain_noun(nxt):
        return False
    if text[words[i][2] : words[i][2] + 1] == "-":  # the first part: a noun must follow the whole
        return i + 2 < len(words) and _plain_noun(fold(words[i + 2][0]))
    return words[i][1] > 0 and text[words[i][1] - 1] == "-"


def _plain_noun(word: str) -> bool:
    """Whether a word may be a noun: no function word, adverb or past form ("came")."""
    return (
        word.isalpha()
        and word not in lx.STOPWORDS | lx.AUXILIARIES | FOCUS_STOPS | ADVERBS
        and not word.endswith("ly")
        and not lx.past_form(word)
        and word not in lx.IRREGULAR_VERBS
    )


ADVERBS = lx.words("sometimes often also still ever never always usually now then once")


def _verb_after_noun(word: str, nxt: str) -> bool:
    """Whether the word after the question's first noun is its verb: a past form before an
    article ("decided the", "heard the"), so the noun phrase has ended."""
    past = word.endswith("ed") or word in lx.IRREGULAR_VERBS
    return past and nxt in _DETERMINERS


def _asks_which(words: list[tuple[str, int, int]], after: int) -> bool:
    return after > 0 and fold(words[after - 1][0]) == "which"


CAUSAL_DUE = re.compile(r"\bdue\s+to\s+(?!be|have|start|begin|open|arrive|return|appear)\b", re.I)


def gives_cause(text: str) -> bool:
    """Whether a question's "due" gives a cause ("cancelled due to the snow", like "because
    of"), not a schedule ("due to be sentenced"): its word is asked, its sense is not."""
    return CAUSAL_DUE.search(text) is not None


def _owner_named(words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a name of a few words ending in a possessive starts at word i ("Henrik Moe's")."""
    for j in range(i, min(len(words), i + OWNER_NAME_WORDS)):
        if not words[j][0][:1].isupper():
            return False
        if words[j][0].endswith(("'s", "’s", "s'")):
            return True
    return False


OWNER_NAME_WORDS = 4


def _compound_head(words: list[tuple[str, int, int]], i: int) -> tuple[str, int]:
    """The head of a two-noun compound whose second noun is a kind the answer reader knows
    ("ad agency", "oil company", "news agency", "radio host", "sales growth"), or ("", -1)."""
    if i + 1 >= len(words) or words[i + 1][0][:1].isupper():
        return "", -1
    if words[i + 1][0].endswith(("'s", "’s")):
        return "", -1  # "the planning official's salary": the official owns what is asked
    nxt = fold(words[i + 1][0])
    known = (
        nxt in lx.NAMED_FOCUS
        or nxt in lx.INSTITUTION_FOCUS  # "which vet clinic": a clinic
        or _singular(nxt) in lx.FOCUS_TYPES
        or nxt in lx.FOCUS_HEADS
        or nxt in ROUTE_HEADS  # "which bus routes": routes
        or nxt in lx.FIGURE_FOCUS  # "which sales growth": a growth, "what oil price": a price
        or (nxt in lx.ROLE_NOUNS and nxt not in lx.MODIFYING_ROLES)
        or (_plain_noun_modifier(fold(words[i][0])) and _noun_before_its_verb(words, i + 1))
    )
    return (nxt, i + 1) if known else ("", -1)


# Heads that say less than the noun before them: "crew members" are crew, "staff members" staff.
GENERIC_HEADS = lx.words("member members people persons individuals units items pieces")


def _plain_noun_modifier(word: str) -> bool:
    """Whether a word is a noun and no adjective in the dictionary's main senses ("emergency",
    "pressure", "supermarket"; not "natural" or "major"): a noun before a noun makes a
    compound whose head is the second."""
    from sourcedesk.answer import thesaurus  # late: the table loads on first use

    if word in lx.INSTITUTION_FOCUS or word in lx.NAMED_FOCUS or _singular(word) in lx.FOCUS_TYPES:
        return False  # "Which university campus …?": a university, which names the campus
    parts = thesaurus.parts_of_speech(word)
    return "n" in parts and "a" not in parts


def _noun_before_its_verb(words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether word i is a noun that a past verb or an auxiliary follows, so the last noun of
    the compound before the predicate: "Which emergency *service* searched …?", "Which
    pressure *group* has called …?" (English puts a compound's head last)."""
    from sourcedesk.answer import thesaurus  # late: the table loads on first use

    if i + 1 >= len(words):
        return False
    word, after = fold(words[i][0]), fold(words[i + 1][0])
    if "n" not in thesaurus.parts_of_speech(word) or word in lx.STOPWORDS | GENERIC_HEADS:
        return False
    past = after.endswith("ed") or after in lx.IRREGULAR_VERBS  # "searched", "led"
    return after in lx.AUXILIARIES or past


AGE_UNITS = lx.words("year years month months week weeks day days")
_FOCUS_PREPOSITIONS = lx.words("in of on at for from with by about over")
ROUTE_HEADS = lx.words("route routes line lines")


def _adjective_before_noun(words: list[tuple[str, int, int]], i: int) -> bool:
    """ "What is the *central* theme": an adjective before the noun the question asks for."""
    word = fold(words[i][0])
    nxt = fold(words[i + 1][0]) if i + 1 < len(words) else ""
    adjective = word in _ADJECTIVES or word.endswith(_ADJECTIVE_ENDINGS)
    before = [fold(w) for w, _, _ in words[max(0, i - 3) : i]]
    # "Which of the stolen pictures …?": a participle in the asked partitive describes the noun
    partitive = before[:2] in (["which", "of"], ["many", "of"]) and before[2:] == ["the"]
    adjective = adjective or (partitive and word.endswith(("ed", "en")))
    return (
        adjective
        and bool(nxt)
        and nxt not in lx.STOPWORDS
        and nxt not in lx.AUXILIARIES
        and not words[i + 1][0][:1].isupper()
    )


_ADJECTIVES = lx.words(
    """
    main new old first last big key chief current former official real central national
    local global political federal regional original annual total final general legal
    medical social financial criminal foreign private public military armed rival ruling
    rural urban suburban coastal northern southern eastern western
    other more further additional extra remaining separate different
    """
)
_ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "able", "ible", "ical")


FOCUS_REACH = 5  # words after the question word in which its noun may stand
OWNER_REACH = 2  # more words after an owner's "'s" ("the desalination plant's original budget")


def _named_noun(words: list[tuple[str, int, int]], start: int) -> tuple[str, int]:
    """The last noun of the lower-case phrase a "name of" opens, and its index. A name that
    stands before the noun only tells which one ("the name of the Los Angeles hospital")."""
    found: tuple[str, int] = ("", -1)
    for i in range(start, min(len(words), start + NAMED_PHRASE_WORDS)):
        word = fold(words[i][0])
        if word.isdigit() or (word in _AGE_PARTS and _after_age(words, i, start)):
            continue  # "the 8-year-old girl", "the boy, 8,": the girl, the boy
        if (word in _DETERMINERS or word in lx.NUMBER_WORDS) and found[1] < 0:
            continue  # "the names of the two soldiers"
        if words[i][0][:1].isupper() and found[1] < 0:
            continue  # "the name of Ada Korr's daughter": whose, then the noun
        if word in lx.STOPWORDS or word in lx.AUXILIARIES or words[i][0][:1].isupper():
            break
        if found[1] >= 0 and (
            word.endswith(("ed", "ing")) or word in lx.IRREGULAR_VERBS or word in _PLAIN_PARTICIPLES
        ):
            break  # "the name of the wife diagnosed with …", "the boy taken from …"
        found = (word, i)
    return found


NAMED_PHRASE_WORDS = 6
# Age words after a number ("8-year-old") and participles spelt like their verb ("the ship hit
# by", "the forest cut down"): neither is the noun a "name of" phrase asks for.
_AGE_PARTS = lx.AGE_UNITS
_PLAIN_PARTICIPLES = lx.words("hit cut set put hurt shut let quit cast spread struck")


def _after_age(words: list[tuple[str, int, int]], i: int, start: int) -> bool:
    """Whether word i continues an age ("8-year-old": "year" and "old" after "8")."""
    if i <= start:
        return False
    before = fold(words[i - 1][0])
    return before.isdigit() or before in _AGE_PARTS


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in lx.FOCUS_TYPES else word


def _plural(word: str) -> bool:
    """Whether a focus noun reads as a plural: "weapons", not "status", "crisis" or "boss"."""
    return word.endswith("s") and not word.endswith(_SINGULAR_S_ENDINGS)


_SINGULAR_S_ENDINGS = ("ss", "us", "sis", "xis")


_PLACE_STATE = re.compile(
    r"^\W*(?:(?:in|from|to)\s+)?(?:which|what)\s+(?:\w+\s+)?states?"
    r"(?=\s+(?:is|are|was|were|did|does|do|has|had|have|will|can|could|would)\b|\s*\?)",
    re.IGNORECASE,
)  # "In which state was …?", "Which US state has …?"; not "Which Russian state news agency"


def _refine(qtype: str, focus: str) -> str:
    singular = _singular(focus)
    if qtype in ("what", "which") and singular in lx.FOCUS_TYPES:
        return lx.FOCUS_TYPES[singular]
    if qtype == "how_much" and singular in ("many",):
        return "how_many"
    return qtype


def _told_not_to(text: str, low: list[str], k: int) -> bool:
    """Whether the "not" at word k is what someone was told ("households told not to drink
    the water", "a do-not-drink notice"): the question asks of that instruction, not of a
    denial."""
    if low[k] != "not":
        return False
    if 0 < k < len(low) - 1 and low[k - 1] in INSTRUCTION_VERBS and low[k + 1] == "to":
        return True
    return re.search(r"\w-not-\w", text, re.IGNORECASE) is not None


def _hyphened(text: str, word: tuple[str, int, int]) -> bool:
    """Whether a word is joined to the next by a hyphen: "no-fly zone", "no-win deal",
    "no-confidence vote" name a kind of thing and deny nothing."""
    return text[word[2] : word[2] + 1] in ("-", "‑")


INSTRUCTION_VERBS = lx.words(
    "told asked urged advised warned ordered instructed tell ask urge advise warn order"
)
# "What was X cited / fined / arrested for?" asks the reason it was done: "for failing to …"
# "What is the union demanding?", "What were the residents asking for?": the noun phrase is
# who does it, not the kind of thing asked (the "-ing" word a verb, not "the funding")
_DOING_ASKED = re.compile(
    r"^\W*what\s+(?:is|are|was|were)\s+(?:the|a|an|his|her|its|their|this|that|these|those)\s+"
    r"(?P<doer>(?:[\w'’-]+\s+){1,3}?)(?P<verb>[a-z]+ing)(?:\s+(?:for|about|to|on|with))?\s*\??\s*$",
    re.IGNORECASE,
)
_NOT_A_DOER = lx.words("of she he they it we i you was were is are")
ING_NOUNS = lx.words(
    """
    building meeting funding ruling training spending hearing finding warning housing opening
    rating ranking setting wedding evening morning ceiling clothing parking crossing landing
    booking shooting bombing killing offering filing holding recording painting drawing
    ending beginning timing thing king ring spring string wing sibling feeling reading
    listing outing heading marking pricing planning wording
    """
)


def _doing_asked(text: str) -> bool:
    found = _DOING_ASKED.match(text)
    if found is None or found.group("verb").lower() in ING_NOUNS:
        return False
    doer = found.group("doer").lower().split()
    return not set(doer) & _NOT_A_DOER  # "the name of the race she trained for"


_WHICH_WAY_VOTED = re.compile(
    r"^(\W*)(?:which|what)\s+way\s+(?=(?:did|does|do|will|would|has|have|had)\b[^?]*\bvoted?\b)",
    re.IGNORECASE,
)


def _way_voted_as_how(text: str) -> str:
    """ "Which way did he vote?" asks how he voted: for or against. "What age is she?" asks
    how old she is."""
    text = _WHAT_AGE.sub(r"\1How old ", text, count=1)
    return _WHICH_WAY_VOTED.sub(r"\1How ", text, count=1)


_WHAT_AGE = re.compile(r"^(\W*)what\s+age\s+(?=(?:is|was|are|were|will)\b)", re.IGNORECASE)


NAMED_AFTER_ASKED = re.compile(
    r"\bnamed\s+(?:after|for)\s*\??\s*$|^\W*(?:after|for)\s+whom\b[^?]*\bnamed\b", re.I
)
_JUDGED_FOR = re.compile(
    r"^\W*what\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+[^?]*?\b"
    r"(?:cited|fined|charged|arrested|jailed|sentenced|convicted|sued|praised|critici[sz]ed"
    r"|blamed|punished|suspended|sacked|fired|dismissed|banned|penali[sz]ed|investigated"
    r"|prosecuted|disciplined|reprimanded|censured|detained|expelled|disqualified)\s+for\b"
    r"(?!\s+(?:a|an|the|\d)\b)",
    re.I,
)
HAPPENED_TO = re.compile(r"\s+to\s+(?:the|a|an|his|her|its|their|our)?\s*\w", re.IGNORECASE)
_COST_ASKED = re.compile(
    r"^\W*what\s+(?:did|does|do|will|would|could|might|has|have|had|is|was)\b[^?]*\bcost"
    r"(?:\s+(?:in\s+the\s+end|in\s+total|in\s+all|altogether|overall|so\s+far"
    r"|to\s+[a-z]+(?:\s+(?:the|a|an|its|their|his|her|it|them)?\s*[\w'’-]+){0,2}))?"
    r"(?:,?\s+according\s+to\b[^?]*)?\s*\??\s*$",  # "… cost to fix the roof, according to X?"
    re.I,
)
_WORTH_ASKED = re.compile(
    r"^\W*what\s+(?:is|was|are|were)\b.*\bworth"
    r"(?:\s+(?:in\s+total|in\s+all|altogether|all\s+told|combined|together|now|today))?\s*\??\s*$",
    re.I,
)
# "What did the alarm sell for?", "What does it retail for?": a price
_PRICE_ASKED = re.compile(
    r"^\W*what\s+(?:did|does|do|will|would|is|was)\b[^?]*\b(?:sell|sold|retail|retailed|go|went"
    r"|fetch|fetched)\s+for\s*\??\s*$",
    re.I,
)
_WHO_ARE_THE = re.compile(r"\s*who\s+(?:are|were)\s+(?:the|its|their|his|her)\s+\w+s\s*\?", re.I)
_KIND_OF = [[kind, "of"] for kind in sorted(lx.KIND_WORDS)]
SIZE_ONLY = frozenset({"big", "large"})  # dimension words no answering sentence repeats


THING_LENGTH_QUESTION = re.compile(
    r"^\s*how long\s+(?:(?:is|was|are|were)\s+(?P<thing>[^?]*?)|an?\s+(?P<kind>[a-z]+)\b.*?)"
    r"\s*\??\s*$",
    re.IGNORECASE,
)  # "How long is the cable?", "How long a detour do drivers face?"
IN_A_UNIT = re.compile(r"\s+in\s+(?P<unit>[a-z]+)$")  # "… the bridge in metres"
THING_WORDS_MAX = 8  # "How long is the longest of the damaged cables?"


def asks_length_of_a_thing(text: str) -> bool:
    """Whether "How long is the X?" asks a length: X is a thing laid out in space (a cable, a
    bridge, a river), not an event that lasts (a flight, a trial)."""
    asked = THING_LENGTH_QUESTION.match(text)
    if asked is None:
        return False
    if asked.group("kind"):
        return asked.group("kind").lower() in lx.LONG_THINGS
    thing = asked.group("thing").lower()
    unit = IN_A_UNIT.search(thing)
    if unit and unit.group("unit") in lx.LENGTH_UNITS:
        return True  # "How long is the bridge in metres?"
    words = thing.split()
    # the thing's noun ends the question ("… of the damaged cables"), no verb after it ("How
    # long was the road closed?" asks a time)
    return bool(words) and len(words) <= THING_WORDS_MAX and words[-1] in lx.LONG_THINGS


def read_question(text: str) -> Question:
    """Read a question's type, focus noun and content concepts."""
    text = _plain_verbs(_as_job_question(_with_acronyms(_way_voted_as_how(text))))
    words = _words(text)
    low = [fold(w) for w, _, _ in words]
    qtype, after = question_type(text)
    # a hyphened word before the noun is read as its modifier only in a which/what-question
    # ("Which 60-year-old club-card holder …?"); a figure's noun keeps its old reading
    hyphened = text if qtype in ("which", "what") else ""
    focus, focus_at = _focus(words, after, hyphened) if qtype in _FOCUS_TYPES_ASKING else ("", -1)
    if _doing_asked(text):
        focus, focus_at = "", -1  # "What is the union demanding?": the union does it
    subset = PART_COUNTED.match(text) if qtype == "how_many" else None
    if subset and (
        _plural(fold(subset.group("noun"))) or fold(subset.group("noun")) in _IRREGULAR_PLURALS
    ):
        # "How many of the guests hurt were minors?": minors are counted
        focus, focus_at = fold(subset.group("noun")), len(low) - 1
    much = qtype == "how_much" and low[after - 1 : after] == ["much"]
    if much and after < focus_at < len(low) - 1 and low[after] in lx.AUXILIARIES:
        # "How much must the bakery pay?": the subject of a verb, no kind of amount
        # ("How wide was the slip?" keeps its noun: what is measured)
        focus, focus_at = "", -1
    refined = _refine(qtype, focus)
    label = _number_label(low, focus_at) if focus in ("number", "numbers") else ""
    if label:  # "What was the flight number?": the code of a flight, not a count
        refined, focus = "what", label
    if focus in ("state", "states") and _PLACE_STATE.match(text):
        refined = "where"  # "In which state …?"; not "What is the state of relations …?"
    if refined == "what" and _JUDGED_FOR.match(text):
        refined, focus, focus_at = "why", "", -1  # "What was X fined for?": why it was fined
    if refined == "what" and (
        _WORTH_ASKED.search(text) or _COST_ASKED.search(text) or _PRICE_ASKED.search(text)
    ):
        # "What is the expansion worth?", "What did the scheme cost in the end?": a sum
        refined, focus, focus_at = "how_much", "", -1
    # "what weapons", "what gear"; not "which boss", "what business"
    many = (_plural(focus) and focus not in lx.MONEY_FOCUS) or focus in lx.MASS_NOUNS
    plural = bool(focus) and many and qtype in ("which", "what", "list")
    if lx.STATE_QUESTION.search(text):
        plural = False  # "What is the state of relations …?" asks how things stand, not a list
    if plural and focus_at >= 2 and low[focus_at - 2 : focus_at] in _KIND_OF:
        plural = False  # "What kind of relations ...?" asks for a kind, not a list of them
    if qtype == "who" and _WHO_ARE_THE.match(text):
        plural = True  # "Who are the judges?": every one of them
    # the question phrase is no word a sentence must hold; the words before it are ("According
    # to the union, how many …?", "When the board reported, what debt did it give?")
    skip = set(range(after))
    opened = _opening_words(text, words, low, after)
    skip -= opened
    # "How wide is Europa?": "1,900-mile-wide" says it, "wide" is a clue; "How big was the
    # payment?" is told as "a payment of 15,000 euros", never as big
    speed = low[1:2] == ["fast"] and lx.SPEED_QUESTION.match(text) is not None
    dimension = after == 2 and low[1:2] and (low[1] in lx.DIMENSION_WORDS or speed)
    if qtype == "how_much" and dimension and low[1] not in SIZE_ONLY:
        skip.discard(1)
    if qtype == "how_much" and low[1:2] == ["long"] and asks_length_of_a_thing(text):
        skip.discard(1)  # "How long is the pier?": "its length is 480 metres"
    skip.update(k for k in range(2, len(low)) if _unit_asked_in(low, k, qtype))
    # "In what month and year …?": the second part of the asked date is no word of the event
    skip.update(k for k in range(3, len(low)) if _second_part_asked(low, k, qtype))
    # "How much is it going to cost?": "going to" only tells the time, as "will" does
    skip.update(k for k in range(len(low) - 2) if low[k] == "going" and low[k + 1] == "to")
    typed = focus in lx.FOCUS_TYPES or focus.rstrip("s") in lx.FOCUS_TYPES
    if focus_at >= 0 and typed and focus not in NAMED_SUMS:
        skip.add(focus_at)  # "the deficit" stays a (light) word: what the sum is of
    if label:
        skip.add(focus_at)  # "number" of "the flight number" is no word a sentence holds
    if refined == "yes_no" and words:
        skip.add(0)
    skip.update(k for k in range(len(low) - 1) if _currency_nationality(low, k))
    # "How many guests ended up ill?": "end up" only says how things turned out
    skip.update(k for k in range(len(low) - 1) if low[k] in END_UP and low[k + 1] == "up")
    skip.update(k for k in range(1, len(low) - 1) if _relating_behind(low, k))
    event = lx.EVENT_QUESTION.search(text)
    # "What happened (to / between) X …?": the frame is no word a sentence must hold, once a
    # name or "to" says what it is about ("What happens in the job market?" keeps it)
    named_after = event is not None and any(
        w[:1].isupper() for w, at, _ in words if at >= event.end()
    )
    if event is not None and (named_after or HAPPENED_TO.match(text, event.end())):
        skip.update(
            k for k, (_, start, _) in enumerate(words) if event.start() <= start < event.end()
        )
    calling = lx.CALLED_BY_SOMEONE.match(text)
    if calling:  # "What did the office call the ruling?": "We see this ruling as …" says it
        skip.update(k for k, (_, start, _) in enumerate(words) if start == calling.start("verb"))
    overview = lx.OVERVIEW_QUESTION.search(text)
    if overview:
        skip.update(
            k for k, (_, start, _) in enumerate(words) if overview.start() <= start < overview.end()
        )
        focus = ""
    skip.update(k for k in range(len(low) - 2) if _part_of_period(low, k))
    skip.update(k for k in range(2, len(low) - 1) if _connective_noun(low, k))
    concepts = _concepts(text, words, skip)
    if NAMED_AFTER_ASKED.search(text):  # "After whom is the bridge named?": "named" is the act
        concepts = [*concepts, Concept("named", "word", ("named",))]
    if any(cue in text.lower() for cue in lx.EXPANSION_CUES):
        concepts = [c for c in concepts if c.kind == "name" or c.words[0] not in lx.EXPANSION_WORDS]
    negated = any(
        (w in lx.NEGATIONS or w.endswith(("n't", "n’t")))
        and not _told_not_to(text, low, k)
        and not _hyphened(text, words[k])
        for k, w in enumerate(low)
    )
    caps = [w[:1].isupper() for w, _, _ in words]
    slot = (
        _slot(low, caps, max(after, focus_at + 1), bool(focus))
        if refined in ("what", "which")
        else ""
    )
    verb = _subject_verb(low, max(after, focus_at + 1)) if slot == "subject" else ""
    setting = _setting_words(low, opened)
    said = [low[k] for k in sorted(opened) if low[k] not in lx.STOPWORDS]
    # the party is the phrase's head ("the drivers' union": union, not the drivers)
    attributed = frozenset(said[-1:]) if low[:2] == ["according", "to"] else frozenset()
    return Question(
        text, refined, focus, tuple(concepts), negated, plural, slot, verb, setting, attributed
    )


def _number_label(low: list[str], at: int) -> str:
    """The noun a "number" is the code of ("flight number", "registration number"), or ""
    for a count ("the total number", "what number")."""
    if at < 1:
        return ""
    before = low[at - 1]  # "the number of flights" counts them: "the" is no label
    if before in lx.STOPWORDS or before in lx.AUXILIARIES or before in COUNT_NUMBER_WORDS:
        return ""
    if before.endswith("est") or before in UNLABELLED_NUMBERS:  # "the largest number"
        return ""  # "the phone number": told as a bare number ("call 0330 555 0178")
    return before if before.isalpha() else ""


UNLABELLED_NUMBERS = lx.words("phone telephone mobile fax contact helpline hotline")
COUNT_NUMBER_WORDS = lx.words(
    "total exact overall final large small record growing increasing rising same right wrong"
    " whole combined average estimated official actual high low huge big great few many odd"
    " even lucky prime larger greater higher lower bigger smaller fewer maximum minimum median"
)


END_UP = lx.words("end ends ended ending")  # not "winding up", which closes a firm


def _part_of_period(low: list[str], k: int) -> bool:
    """Whether a word names a part of the year or month after it ("the middle of 2019", "the
    end of March"): the date says it, however a sentence words it ("through June 30, 2019")."""
    return (
        low[k] in PERIOD_PARTS
        and low[k + 1] == "of"
        and (low[k + 2].isdigit() or low[k + 2] in lx.MONTHS)
    )


PERIOD_PARTS = lx.words("middle end beginning start half")


DATE_PARTS = lx.words("year month day date time")


def _second_part_asked(low: list[str], k: int, qtype: str) -> bool:
    """Whether a word is the second part of an asked date ("what month and year")."""
    return (
        qtype in ("when", "what", "which")
        and low[k] in DATE_PARTS
        and low[k - 1] == "and"
        and low[k - 2] in DATE_PARTS
        and low[k - 3] in ("what", "which")
    )


def _unit_asked_in(low: list[str], k: int, qtype: str) -> bool:
    """Whether a word is the unit a figure is asked in ("How long is it in metres?"): how the
    answer is told, no word of what it is about."""
    return qtype in ("how_much", "how_many") and low[k - 1] == "in" and low[k] in lx.LENGTH_UNITS


def _connective_noun(low: list[str], k: int) -> bool:
    """Whether a noun only links a cause to its effect ("Was anyone hurt as a consequence of
    the storm?"): no word a sentence that answers must hold."""
    if low[k] == "connection" and low[k - 1] == "in" and low[k + 1] == "with":
        return True  # "charged in connection with the theft": charged over it
    return (
        low[k] in ("result", "consequence") and low[k - 2 : k] == ["as", "a"] and low[k + 1] == "of"
    )


def _with_acronyms(text: str) -> str:
    """A common term spelled out is read as its acronym ("Who is the chief executive of X?"
    as "… the CEO of X?"), a name whose every form a sentence may use ("CEO", "chief
    executive officer")."""
    return SPELLED_OUT.sub(_acronym_for, text)


# "What does Brandt do for a living?" asks his job, which a sentence gives as a role
FOR_A_LIVING = re.compile(
    r"^\W*what\s+(?:does|did)\s+(?P<who>.+?)\s+do\s+for\s+(?:a\s+living|work)"
    r"(?:\s+(?:before|until)\s+(?:(?:she|he|they)\s+retired|retiring))?\W*$",
    re.I,
)


# "What position does Nils Arden hold at NASA?", "What role does she have?": a post asked
# for ("What role did she play in …?" asks a part in something, "What position does he hold
# on the bill?" a stance: neither is a post).
POST_HELD = re.compile(
    r"^\W*what\s+(?:position|post|role|title|office|job)\s+(?:does|did|do)\s+(?P<who>.+?)\s+"
    r"(?:hold|have|occupy|fill)(?P<rest>(?:\s+(?:at|in|with)\s+.+?)?)\W*$",
    re.I,
)


# Two-word verbs a sentence says in one word: "When did the phone come out?" is told "was
# released" or "launched" ("came out on top" is no release).
RESIGN_FORMS = {
    "stepped": "resigned", "steps": "resigns", "step": "resign",
    "stood": "resigned", "stands": "resigns", "stand": "resign",
}  # fmt: skip


SUCCEED_FORMS = {
    "take": "succeed", "takes": "succeeds", "took": "succeeded", "taken": "succeeded",
    "taking": "succeeding",
}  # fmt: skip
NEGATED_AUXILIARIES = lx.AUXILIARIES | lx.words("ca wo sha ai")  # can't, won't, shan't, ain't
GO_UP_FORMS = {
    "go": "increase", "goes": "increases", "went": "increased", "gone": "increased",
    "going": "increasing",
}  # fmt: skip


GET_BACK_FORMS = {
    "get": "recover", "gets": "recovers", "got": "recovered", "gotten": "recovered",
    "getting": "recovering",
}  # fmt: skip
GET_GOING_FORMS = {
    "get": "start", "gets": "starts", "got": "started", "gotten": "started", "getting": "starting",
}  # fmt: skip


def _phrasal(forms: dict[str, str], particle: str) -> tuple[re.Pattern[str], Any]:
    """A two-word verb ("paid back") and the one word for it in the same form ("repaid")."""
    pattern = re.compile(rf"\b({'|'.join(forms)})\s+{particle}\b", re.I)
    return pattern, lambda found: forms[found.group(1).lower()]


PHRASAL_VERBS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\b(?:come|comes|came|coming)\s+out\b"
                r"(?!\s+(?:of|against|in|for|as|on|ahead|top|alive|well|badly|strongly)\b)", re.I),
     "release"),
    # where and when an event took place asks where or when it was held (not "what took
    # place", nor what building needs to take place); "take the oath" is to be sworn in
    (re.compile(r"^(\W*(?:where|when|(?:on|in|at)\s+(?:what|which)\b).*?)"
                r"\b(?:take|takes|took|taken|taking)\s+place\b", re.I), r"\1held"),
    (re.compile(r"\b(?:take|takes|took|taken|taking)\s+the\s+oath(?:\s+of\s+office)?", re.I),
     "sworn in"),
    # "Why was the race called off?" asks why it was cancelled; "Which clinic looked after
    # the dogs?" which one cared for them
    (re.compile(r"\b(?:call|calls|called|calling)\s+off\b", re.I), "cancelled"),
    (re.compile(r"\b(?:look|looks|looked|looking)\s+after\b", re.I), "cared for"),
    # "When will it go back to the committee?" is told "come back to the committee"
    (re.compile(r"\b(?:go|goes|going|went|gone)\s+back\b", re.I), "come back"),
    # "Where was its head office?" is told "its headquarters"
    (re.compile(r"\bhead\s+offices?\b", re.I), "headquarters"),
    # "Who stepped down as …?" asks who resigned; not inside "… when X steps down?", whose
    # page may say "steps down" of the asked succession
    (re.compile(r"^(\W*\w+(?:(?!\b(?:when|after|before|if|once|until|since)\b).)*?)"
                r"\b(stepped|steps|step|stood|stands|stand)\s+down\b", re.I),
     lambda found: found.group(1) + RESIGN_FORMS[found.group(2).lower()]),
    # "How much has he paid back?": "has repaid £3,200"; "How many were got back?": recovered
    *(_phrasal(forms, particle) for forms, particle in (
        ({"pay": "repay", "pays": "repays", "paid": "repaid", "paying": "repaying"}, "back"),
        ({"get": "recover", "gets": "recovers", "got": "recovered", "gotten": "recovered",
          "getting": "recovering"}, "back"),
        # "Which body carried out the review?": which one conducted it ("the virus
        # carried out of the ward" is no inquiry, but its "out of" keeps its words)
        ({"carry": "conduct", "carries": "conducts", "carried": "conducted",
          "carrying": "conducting"}, r"out(?!\s+of\b)"),
        # "How many planes did it have when it shut down?": when it closed
        ({"shut": "close", "shuts": "closes", "shutting": "closing"}, "down"),
        # "How many ballot papers were thrown out?": "were rejected"
        ({"throw": "reject", "throws": "rejects", "threw": "rejected", "thrown": "rejected",
          "throwing": "rejecting"}, "out"),
    )),
    # "How much did the payment go up to?": how far it was increased ("go up against the
    # Turks" is to fight them, "went up in flames" to burn)
    (re.compile(r"\b(go|goes|went|gone|going)\s+up\b(?=\s+(?:to|by|from)\b|\s*[?.]?\s*$)", re.I),
     lambda found: GO_UP_FORMS[found.group(1).lower()]),
    # "Who started the airline?": who founded it ("Who started the fire?" keeps its words)
    (re.compile(r"\b(?:start|starts|started)\s+(?=(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?"
                r"(?:airline|company|firm|business|charity|band|club|newspaper|magazine|shop|"
                r"restaurant|brand|chain|party|group|network|website|festival|school)\b)", re.I),
     "founded "),
    # "Who took over from Ada Vell?": who succeeded her ("took over the firm" is to buy it)
    (re.compile(r"\b(take|takes|took|taken|taking)\s+over\s+from\b", re.I),
     lambda found: SUCCEED_FORMS[found.group(1).lower()]),
    # "What share of voters turned out?": the turnout ("it turned out to be" is no vote); the
    # voters who turned out are the turnout's own
    (re.compile(r"\b(?:of\s+)?(?:the\s+)?(?:voters|electors|electorate|people|residents|members)"
                r"\s+(?:turn|turns|turned|turning)\s+out\b(?!\s+(?:to|that)\b)", re.I), "turnout"),
    (re.compile(r"\b(?:turn|turns|turned|turning)\s+out\b(?!\s+(?:to|that)\b)", re.I), "turnout"),
    # "What had turned out to be wrong?": what was wrong
    (re.compile(r"\b(?:turned|has\s+turned|had\s+turned)\s+out\s+to\s+be\b", re.I), "was"),
    (re.compile(r"\b(?:turns|turn)\s+out\s+to\s+be\b", re.I), "is"),
    # "Who set up the charity?", "When was it set up?": who founded it, when
    (re.compile(r"\b(?:set|sets|setting)\s+up\b(?!\s+(?:to|in|at|on|outside)\b)", re.I),
     "founded"),
    # "How many people work for the group?": "the group, which employs 2,150 people"
    # ("Who did she work for?" keeps its words: a page tells it "worked for")
    (re.compile(r"^(\W*how\s+many\b.*?)\b(?:work|works|worked|working)\s+for\b", re.I),
     r"\1employed by"),
    # "When did the ward go to the polls?": when the election was held
    (re.compile(r"\b(?:go|goes|went|gone|going)\s+to\s+the\s+polls\b", re.I),
     "hold the election"),
    # "What set off the inquiry?": what triggered it ("The crew set off at dawn" is no cause)
    (re.compile(r"^(\W*what\s+)(?:set|sets)\s+off\b", re.I), r"\1triggered"),
    # "How many visitors does it pull in?": how many it gets (told "welcomed", "drew")
    (re.compile(r"\b(?:pull|pulls|pulled|pulling|draw|draws|drew|drawing)\s+in\b", re.I), "get"),
    # idioms a question may use for one verb a page says
    # "Who said sorry?": who apologised; "the driver who lost her life": who died
    *(_phrasal(forms, particle) for forms, particle in (
        ({"say": "apologise", "says": "apologises", "said": "apologised",
          "saying": "apologising"}, "sorry"),
        ({"lose": "die", "loses": "dies", "lost": "died", "losing": "dying"},
         r"(?:his|her|their|its)\s+li(?:fe|ves)"),
        # "How many families had to leave their homes?": how many were evacuated
        ({"leave": "evacuate", "leaves": "evacuate", "left": "evacuated",
          "leaving": "evacuating", "flee": "evacuate", "fled": "evacuated"},
         r"(?:his|her|their)\s+homes?"),
        # "When did trains start running again?": when they resumed
        ({"start": "resume", "starts": "resumes", "started": "resumed", "begin": "resume",
          "began": "resumed", "begun": "resumed"},
         r"(?:running|operating|moving|sailing|flying|flowing|trading|playing|working|serving)"
         r"(?=(?:\s+[\w'’-]+){0,4}?\s+again\b)"),
        # "When did the bar open its doors again?": when it reopened
        ({"open": "reopen", "opens": "reopens", "opened": "reopened", "opening": "reopening"},
         r"(?:(?:its|their|the)\s+doors\s+)?again\b"),
        # "Why did the old pier give way?": why it collapsed
        ({"give": "collapse", "gives": "collapses", "gave": "collapsed", "given": "collapsed"},
         r"way(?=\s*[?.]?\s*$)"),
        # "How much rain came down?": how much fell ("prices came down": fell too)
        ({"come": "fall", "comes": "falls", "came": "fell", "coming": "falling"},
         r"down(?!\s+(?:on|with|to|from)\b)"),
        # "What parasite turned up in the tank?": which was found there
        ({"turn": "find", "turns": "finds", "turned": "found", "turning": "finding"},
         r"up(?!\s+(?:the|its|their)\s+(?:heat|volume|pressure)\b)"),
        # "When did the last passenger get to safety?": reached it
        ({"get": "reach", "gets": "reaches", "got": "reached", "getting": "reaching"},
         r"to(?=\s+(?:safety|shore|land|hospital)\b)"),
    )),
    # "When was the link back in service?": when it was restored
    (re.compile(r"\bback\s+(?:in\s+service|online|in\s+operation|up\s+and\s+running)\b", re.I),
     "restored"),
    # "When did police get the painting back?": when they recovered it
    (re.compile(r"\b(get|gets|got|gotten|getting)\s+((?:the|a|an|its|his|her|their)\s+"
                r"(?:[\w'’-]+\s+){0,3}?)back\b", re.I),
     lambda found: GET_BACK_FORMS[found.group(1).lower()] + " " + found.group(2).rstrip()),
    # "Who got the petition going?": who started it
    (re.compile(r"\b(get|gets|got|gotten|getting)\s+((?:the|a|an|its|his|her|their)\s+"
                r"(?:[\w'’-]+\s+){0,3}?)going\b", re.I),
     lambda found: GET_GOING_FORMS[found.group(1).lower()] + " " + found.group(2).rstrip()),
    # "Which company runs the ferry?": which operates it ("operated by …"); "run" of other
    # things is seldom operating (fevers "run high", rivers "run through")
    (re.compile(r"^(\W*(?:which|what)\s+(?:[\w-]+\s+)?(?:company|firm|operator|business|"
                r"airline|group|body|organi[sz]ation)\s+)(run|runs|ran)\b", re.I),
     lambda found: found.group(1) + {"run": "operate", "runs": "operates",
                                     "ran": "operated"}[found.group(2).lower()]),
    # "Who left the clock to the town in his will?": who bequeathed it
    (re.compile(r"\b(?:leave|leaves|left)\b(.{0,60}?)\s+in\s+(?:his|her|their)\s+wills?\b", re.I),
     r"bequeathed\1"),
    # "How many were travelling on the ferry?": how many were aboard
    (re.compile(r"\b(?:travel|travels|travelled|traveled|travelling|traveling)\s+(?:on|in)\b"
                r"(?=\s+(?:the|a|an|its|their|that)\b)", re.I), "aboard"),
    # "How many fans needed hospital treatment?": how many were taken to hospital (a page
    # says "taken to", "treated in" or "admitted to" hospital)
    (re.compile(r"\b(?:needed|required|received|need|needs|require|requires)\s+hospital\s+"
                r"(?:treatment|care)\b", re.I), "were taken to hospital"),
    # "What did Harvard found in 1900?": "found" after "did" is to establish, not "find"
    (re.compile(r"^(\W*(?:what|which|who|when|where|why|how)\b.{0,80}?\b(?:did|does|do|to)\s+"
                r"(?:[\w'’.-]+\s+){0,4}?)found\b", re.I), r"\1establish"),
    # "Why did the owner turn the offer down?": why it rejected it
    (re.compile(r"\b(turn|turns|turned|turning)\s+((?:the|a|an|its|their|his|her)\s+"
                r"(?:[\w'’-]+\s+){0,3}?)?down\b", re.I),
     lambda found: {"turn": "reject", "turns": "rejects", "turned": "rejected",
                    "turning": "rejecting"}[found.group(1).lower()]
     + (" " + found.group(2).rstrip() if found.group(2) else "")),
    # "When was the decision made public?": when it was announced
    (re.compile(r"\b(?:made|make|makes|making)\s+public\b", re.I), "announced"),
    # "Was the fire lit on purpose?": deliberately
    (re.compile(r"\bon\s+purpose\b", re.I), "deliberately"),
    # "How much did the rival firm put on the table?": how much it offered
    (re.compile(r"\b(?:put|puts|putting)\s+on\s+the\s+table\b", re.I), "offered"),
    # "What jail term was she handed?": the sentence given to her
    (re.compile(r"\b(?:prison|jail|custodial)\s+(?:term|sentence)s?\b", re.I), "sentence"),
    (re.compile(r"\bhanded(?:\s+down)?(?=\s+to\b|\s*\?)", re.I), "given"),
    # "When was she fit to go home?": when she was discharged
    (re.compile(r"\b(?:allowed|able|well\s+enough|fit)\s+to\s+(?:go|return)\s+home"
                r"(?:\s+from\s+(?:the\s+)?hospital)?\b"
                r"|\b(?:sent|went|gone)\s+home\s+from\s+(?:the\s+)?hospital\b", re.I),
     "discharged"),
    # "What is the inquiry's code name?": what it was codenamed
    (re.compile(r"\bcode[\s-]?names?\b", re.I), "codenamed"),
    # "When was the fire put out?": when it was extinguished
    (re.compile(r"\b(?:put|puts|putting)\s+out\b(?=\s*\??\s*$)", re.I), "extinguished"),
    # "Who had been at the controls?": who drove it
    (re.compile(r"\b(?:was|were|is|are|had\s+been|has\s+been)\s+at\s+the\s+controls\s+of\b",
                re.I), "drove"),
    # "How many ended up in hospital?": how many were in hospital
    (re.compile(r"\b(?:end|ends|ended|ending)\s+up\s+(?=in\b|at\b)", re.I), ""),
    # "How did the water end up contaminating the plant?": how it contaminated it
    (re.compile(r"\b(?:end|ends|ended|ending)\s+up\s+(?=\w+ing\b)", re.I), ""),
)  # fmt: skip


def _plain_verbs(text: str) -> str:
    for pattern, verb in PHRASAL_VERBS:
        text = pattern.sub(verb, text)
    return text


def _as_job_question(text: str) -> str:
    asked = FOR_A_LIVING.match(text)
    if asked:
        return f"What is {asked.group('who')}'s job?"
    held = POST_HELD.match(text)
    if held:
        return f"What is {held.group('who')}'s job{held.group('rest')}?"
    return text


def _acronym_for(found: re.Match[str]) -> str:
    """The acronym for a lower-case long form; a capitalised one is part of a name ("the
    Electric Vehicle Association") and stays."""
    words = found.group(0)
    return words if words[:1].isupper() else ACRONYM_OF[words.lower()]


# Titles and terms whose acronym news prefers ("CEO"); others ("electric car", "artificial
# intelligence") are read as written, so that a reason quotes the asker's own words.
READ_AS_ACRONYM = frozenset(("ceo", "cfo", "coo", "cto", "gdp"))
ACRONYM_OF = {
    long: short.upper()
    for short, longs in COMMON_ACRONYMS.items()
    if short in READ_AS_ACRONYM
    for long in longs
}
SPELLED_OUT = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(ACRONYM_OF, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _currency_nationality(low: list[str], k: int) -> bool:
    """Whether a word names whose currency the next word is ("US dollars", "British pounds"):
    it asks for the currency, which a sentence writes "$" or "pounds", not for the country."""
    if low[k + 1] not in ASKABLE_WORDS:
        return False
    return low[k] in ("us", "u.s") or demonym_country(low[k]) is not None


# Sums a sentence names by their kind ("a deficit of £14.6m"): the focus is searched for, where
# "amount", "cost" or "price" are often not said at all.
NAMED_SUMS = lx.words(
    "deficit debt profit profits revenue revenues turnover salary bonus budget fine fines fee "
    "fees bail rent fare fares earnings income valuation"
)  # a page says "a fine of £2m", "fined £2m": the noun is a word a sentence holds
_IRREGULAR_PLURALS = lx.words("children people men women staff police cattle sheep")
# "How many of the guests taken to the clinic were minors?": a part of a group, named last
PART_COUNTED = re.compile(
    r"^\s*how many of (?:the|those|these|them)\b.*\b(?:were|are|was|is)\s+(?P<noun>[a-z]+)"
    r"\s*\?*\s*$",
    re.IGNORECASE,
)


def _slot(low: list[str], caps: list[bool], after: int, focused: bool) -> str:
    """Where the asked thing sits: before the verb (subject) or after it (object)."""
    rest = [w for w in low[after : after + 5] if not _adverb(w)]
    if not rest:
        return ""
    if rest[0] in _DO_SUPPORT or rest[0] in _PERFECT:
        if rest[0] in _DO_SUPPORT and _bare_plural(low, after + 1):
            return "object"  # "What defect did surveyors find?": "surveyors" is no verb
        if (focused or rest[0] in _PERFECT) and _starts_verb_phrase(low, caps, after + 1):
            return "subject"  # "Which company will repair the windows?", "What has happened?"
        return "object"  # "What did he eat?", "Which firm did Voss hire?", "What had he hoped?"
    verbs = [w for w in rest if w not in lx.AUXILIARIES and w not in ("been", "being")]
    verb = verbs[0] if verbs else ""
    if verb.endswith("ed") or verb in lx.IRREGULAR_VERBS:
        return "subject"
    return ""


def _bare_plural(low: list[str], i: int) -> bool:
    """Whether the word at i is a plural noun ("surveyors"): after "did" a verb is bare."""
    return i < len(low) and len(low[i]) > 3 and low[i].endswith("s") and not low[i].endswith("ss")


def _subject_verb(low: list[str], after: int) -> str:
    """The verb of "What had already been frozen ...?": the first past form after the
    auxiliaries."""
    for word in low[after : after + 6]:
        if _adverb(word) or word in lx.AUXILIARIES or word in ("been", "being"):
            continue
        return word if word.endswith("ed") or word in lx.IRREGULAR_VERBS else ""
    return ""


def _starts_verb_phrase(low: list[str], caps: list[bool], i: int) -> bool:
    """Whether the word after an auxiliary is a verb, not the subject it asks about (a
    pronoun, a determiner or a name)."""
    return (
        i < len(low)
        and not caps[i]
        and low[i] not in _DETERMINERS
        and low[i] not in lx.PRONOUNS
        and not low[i].isdigit()
    )


def _adverb(word: str) -> bool:
    return word.endswith("ly") or word in ("already", "also", "ever", "still", "first", "later")


_BE_FORMS = lx.words("is are was were be been being")


def _relating_behind(low: list[str], k: int) -> bool:
    """ "the grant behind the trials": "behind" only ties two nouns (the grant that paid for
    them), so no sentence need hold it; "Who was behind the attack?" keeps it."""
    return low[k] == "behind" and low[k - 1] not in _BE_FORMS and low[k + 1] in _DETERMINERS


def _concepts(text: str, words: list[tuple[str, int, int]], skip: set[int]) -> list[Concept]:
    out: list[Concept] = []
    i = 0
    while i < len(words):
        word = words[i][0]
        if i in skip:
            i += 1
            continue
        end = _name_end(text, words, i)
        if end == i + 1 and _title_before_name(text, words, i):
            i = end  # "Rep. Alexandria Ocasio-Cortez": the title is not a name of its own
            continue
        if end > i:
            for a, b in _without_titles(words, i, end):
                surface = text[words[a][1] : words[b - 1][2]]
                out.append(Concept(surface, "name", _fold_all(words[a:b])))
            i = end
            continue
        concept = _single(word)
        if concept:
            out.append(concept)
        i += 1
    return _unique(out)


def word_concept(word: str) -> Concept | None:
    """A word as a question's plain word, figure or title (None: a stopword)."""
    return _single(word)


def _single(word: str) -> Concept | None:
    low = fold(word)
    digits = low.replace(",", "").replace(".", "").lstrip("$€£")
    if digits.isdigit():
        year = len(digits) == 4 and 1000 <= int(digits) <= 2099 and digits == low
        kind = "year" if year else "number"
        return Concept(word, kind, (digits if kind == "year" else low.lstrip("$€£"),))
    base = low.split("'")[0]
    if base in lx.STOPWORDS or base in lx.AUXILIARIES or len(base) < 2:
        return None
    if low.endswith("n't") and low[:-3] in NEGATED_AUXILIARIES:
        return None  # "Why wasn't the ward told?": the negation is read, not matched
    if base in lx.REQUIRED_TITLES:
        return Concept(word, "title", (base,))
    return Concept(word, "word", (base,))


def _is_cap(word: str) -> bool:
    low = fold(word).split("'")[0]
    return (
        word[:1].isupper()
        and low not in lx.NOT_NAMES
        and low not in _CALENDAR
        and low not in lx.GENERIC_ACRONYMS
    )


_CALENDAR = frozenset(lx.MONTHS + lx.WEEKDAYS)


def _name_end(text: str, words: list[tuple[str, int, int]], i: int) -> int:
    """End index of a capitalised name starting at i (i itself when none starts there)."""
    if not _is_cap(words[i][0]) or (i == 0 and fold(words[i][0]) in lx.STOPWORDS):
        return i
    if i == 0 and _opening_adverbial(text, words):
        return i  # "Altogether, how many …?", "Roughly how many …?": no name
    if _title_of(words, i):
        return i  # "CEO of Experience": a role and a name, as a sentence may part them
    end = i + 1
    while end < len(words) and (
        not _possessive(words[end - 1][0]) or _saints_possessive(words, i, end)
    ):
        word, start, _ = words[end]
        gap = words[end - 1][2]
        hyphen = start - gap == 1 and text[gap] == "-" and len(word) <= _NAME_SYLLABLE_CHARS
        joined = start - gap <= 1 and text[gap:start] not in _NAME_PARTING
        initial = len(words[end - 1][0]) == 1 and text[gap:start] == ". "  # "John M. Ford"
        joined = joined or (initial and end - 1 > i)
        if (_is_cap(word) and joined) or hyphen:
            end += 1
        elif (
            fold(word) in lx.NAME_JOINERS
            and text[gap:start].isspace()  # "Voss, the Osby suspect": a comma parts two
            and end + 1 < len(words)
            and _is_cap(words[end + 1][0])
        ):
            end += 2
        else:
            break
    return end


def _opening_adverbial(text: str, words: list[tuple[str, int, int]]) -> bool:
    """Whether the question opens on a dictionary word the dictionary never capitalises, set
    off by a comma or followed by the question word ("Altogether, how …", "Roughly how …")."""
    from sourcedesk.answer import thesaurus  # late: the table loads on first use

    parts = thesaurus.parts_of_speech(fold(words[0][0]))
    if not parts or "P" in parts or len(words) < 2:
        return False
    comma = text[words[0][2] : words[1][1]].strip() == ","
    return comma or fold(words[1][0]) in QUESTION_OPENERS


QUESTION_OPENERS = lx.words("how what when where who whom whose which why")
MAX_PERSON_WORDS = 3
SAINT_WORDS = lx.words("st saint ste")


def _saints_possessive(words: list[tuple[str, int, int]], i: int, end: int) -> bool:
    """Whether the possessive before `end` is a saint's inside one name ("St Orsa's General
    Hospital"), as the sentence index reads it (`spans._saints_possessive`), not an owner
    before a name ("Warsaw's Market Square", "Apple's Tim Cook")."""
    return (
        end == i + 2
        and fold(words[i][0]).rstrip(".") in SAINT_WORDS
        and end < len(words)
        and _is_cap(words[end][0])
    )


def _without_titles(words: list[tuple[str, int, int]], i: int, end: int) -> list[tuple[int, int]]:
    """A name run split at the titles inside it: what stands before them (an office's body or
    country, "U.S.") and the person after them ("Lane Hollis"); the run whole if it has none."""
    folded = [fold(w).rstrip(".") for w, _, _ in words[i:end]]
    last = max((k for k, w in enumerate(folded[:-1]) if w in lx.PERSON_TITLES), default=-1)
    rest = folded[last + 1 :]
    if last < 0 or len(rest) > MAX_PERSON_WORDS or all(w in lx.TITLE_WORDS for w in rest):
        return [(i, end)]  # "Secretary General" is one title
    first = min(k for k, w in enumerate(folded) if w in lx.PERSON_TITLES)
    body = [w for w in folded[:first] if w not in lx.TITLE_WORDS]  # not "Prime" of "Minister"
    return [*([(i, i + first)] if body else []), (i + last + 1, end)]


def _title_before_name(text: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """A person's title alone, cut off by its period from the name after it ("Rep.", "Gov.")."""
    nxt = i + 1
    return (
        fold(words[i][0]) in lx.PERSON_TITLES
        and text[words[i][2] : words[i][2] + 1] == "."
        and nxt < len(words)
        and _is_cap(words[nxt][0])
    )


def _title_of(words: list[tuple[str, int, int]], i: int) -> bool:
    """A title then "of" ("President of Ukraine", "CEO of Experience")."""
    return (
        fold(words[i][0]) in lx.ROLE_OPENERS
        and i + 1 < len(words)
        and fold(words[i + 1][0]) == "of"
    )


def _possessive(word: str) -> bool:
    return fold(word).endswith("'s")


def _fold_all(words: list[tuple[str, int, int]]) -> tuple[str, ...]:
    out = []
    for word, _, _ in words:
        base = fold(word).split("'")[0]
        if MODEL_PLURAL.fullmatch(base):
            base = base[:-1]  # "A380s" are A380 planes
        if base not in lx.NAME_JOINERS:
            out.append(base)
    # "John M. Vask": a middle initial is left out, as a page may write "John Milo Vask";
    # a last letter is a numeral or a model ("Henry V", "Model X")
    bare = [w for k, w in enumerate(out) if len(w) > 1 or k in (0, len(out) - 1)]
    return tuple(bare) if len(bare) >= 2 else tuple(out)


MODEL_PLURAL = re.compile(r"[a-z]+\d+s")


def _unique(concepts: list[Concept]) -> list[Concept]:
    seen: set[tuple[str, ...]] = set()
    out = []
    for concept in concepts:
        if concept.words and concept.words not in seen:
            seen.add(concept.words)
            out.append(concept)
    return out
