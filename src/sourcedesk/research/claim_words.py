"""Words and names for claims: tokens with offsets, stems, actor names, negation cues.

Names are folded to one id per actor: accents and possessives dropped, and a state's other
names, its capital (a metonym for its government) and its demonym mapped to the state
(`claim_data.STATES`). A text's own definitions ("Long Name (LN)", "X (commonly referred to
as Y)") give further aliases. Negation cues are found with their scope: the content words a
"not" or "refused to" governs.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import cache, lru_cache
from typing import NamedTuple

import snowballstemmer

from sourcedesk.research import claim_data as D

__all__ = [
    "CONNECTORS",
    "Token",
    "actor_id",
    "alias_pairs",
    "demonym_id",
    "demonym_state",
    "generic_stems",
    "is_possessive",
    "is_state",
    "names_match",
    "negation",
    "negation_words",
    "same_last_word",
    "state_names",
    "stem",
    "stem_lowered",
    "strip_possessive",
    "tokenize",
    "tokens_within",
]

_SPACE = re.compile(r"\s+")
# Lower-case words inside names: "Ministry of Foreign Affairs", "Lucia de Marvella".
CONNECTORS = frozenset(
    {"of", "de", "la", "del", "della", "van", "von", "der", "den", "al", "el", "bin", "du", "da"}
)
_LETTER = r"(?:[^\W_]|[\u0300-\u036f])"  # combining accents belong to their word
_TOKEN = re.compile(rf"{_LETTER}+(?:[’'\-.&]{_LETTER}+)*(?:[’'](?:s\b)?)?|\S")
_POSSESSIVE = re.compile(r"[’']s?$")
_ACRONYM_DEF = re.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z.]{1,7})\s*\)")


class _TokenFields(NamedTuple):
    text: str
    start: int
    end: int
    lower: str
    capitalised: bool


class Token(_TokenFields):
    """A word (or a punctuation mark) with its offsets in the source's text, its lower-case
    form and whether it starts with a capital (both read many times, so made once)."""

    __slots__ = ()

    def __new__(cls, text: str, start: int, end: int) -> Token:
        """A token of `text` at [start, end)."""
        return tuple.__new__(cls, (text, start, end, text.lower(), text[:1].isupper()))


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end], with offsets into the whole text."""
    new = tuple.__new__  # a `Token` made in C: a long source has hundreds of thousands
    found = []
    for m in _TOKEN.finditer(text[start:end]):
        word = m.group()
        a, b = m.span()
        found.append(new(Token, (word, start + a, start + b, word.lower(), word[:1].isupper())))
    return found


def tokens_within(
    tokens: list[Token], starts: list[int], start: int, end: int
) -> list[Token] | None:
    """The tokens of text[start:end] taken from its sentence's `tokens` (`starts`: their
    starts), or None when a token of the sentence straddles either end (then the span is
    tokenised on its own).

    Tokenising a span gives its sentence's tokens inside it: only white space lies between
    tokens (``_TOKEN`` matches any other character) and a token's match never looks
    past its last character, so a scan started in a gap meets the same tokens up to `end`."""
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    if (lo and tokens[lo - 1].end > start) or (hi > lo and tokens[hi - 1].end > end):
        return None
    return tokens[lo:hi]


def stem(word: str) -> str:
    """The Snowball stem of a word (lower-cased), with the aliases of `claim_data` applied."""
    return _stem_lower(word.lower())


def stem_lowered(lower: str) -> str:
    """`stem` of a word already in lower case (a token's `lower`: lowering is idempotent)."""
    return _stem_lower(lower)


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@cache
def _stem_lower(lower: str) -> str:
    word = lower.replace("’", "'")
    word = _POSSESSIVE.sub("", word) if word.endswith(("'s", "'")) else word
    if len(word) > 5 and re.search(r"is(?:e|ed|es|ing|ation)$", word):
        word = re.sub(r"is(e|ed|es|ing|ation)$", r"iz\1", word)  # British -ise spellings
    stemmed = _stemmer().stemWord(word)
    return D.STEM_ALIASES.get(stemmed, stemmed)


def strip_possessive(text: str) -> str:
    """A word or name without its possessive ending ("Korea's" -> "Korea")."""
    if "'" not in text and "’" not in text:
        return text  # no apostrophe, no possessive (most words: skip the regex)
    return _POSSESSIVE.sub("", text)


def is_possessive(text: str) -> bool:
    """Whether a word ends in a possessive ("Korea's", "Workers'")."""
    if "'" not in text and "’" not in text:
        return False
    return _POSSESSIVE.search(text) is not None


@cache
def generic_stems() -> frozenset[str]:
    """The stems of `claim_data.GENERIC_TERMS`."""
    return frozenset(stem(w) for w in D.GENERIC_TERMS)


@cache
def negation_words() -> frozenset[str]:
    """The one-word negation cues."""
    return frozenset(c for c in D.NEGATION_CUES if " " not in c)


def actor_id(name: str) -> str:
    """A name folded for comparison; states' other names, demonyms and capitals map to one id."""
    folded = _fold(name)
    return state_names().get(folded, folded)


def is_state(actor: str) -> bool:
    """Whether an actor id is the canonical id of a state in `claim_data.STATES`."""
    return actor in _state_ids()


@cache
def _state_ids() -> frozenset[str]:
    return frozenset(state_names().values())


@lru_cache(maxsize=1 << 16)
def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _POSSESSIVE.sub("", plain.replace("’", "'").strip())
    plain = re.sub(r"^the\s+", "", plain, flags=re.I)
    plain = re.sub(r"(?<=\b\w)\.", "", plain)  # U.S. -> US
    return _SPACE.sub(" ", plain.lower()).strip(" .")


@cache
def state_names() -> dict[str, str]:
    """Every name, alias and capital of `claim_data.STATES`, folded, to the state's id."""
    names: dict[str, str] = {}
    for line in D.STATES.strip().splitlines():
        name, others, _, capitals = line.split("|")
        canonical = _fold(name)
        for alias in [name, *others.split(","), *capitals.split(",")]:
            if alias:
                names[_fold(alias)] = canonical
    return names


@cache
def _demonyms() -> dict[str, str]:
    found = {}
    for line in D.STATES.strip().splitlines():
        name, _, demonyms, _ = line.split("|")
        for demonym in demonyms.split(","):
            if demonym:
                found[_fold(demonym)] = _fold(name)
    return found


def demonym_state(name: str) -> str:
    """The state a demonym names ("North Korean" -> "north korea"), else ""."""
    return _demonyms().get(_fold(name), "")


def demonym_id(name: str) -> str:
    """A name's id where a demonym stands for its state ("Ukrainian" -> "ukraine")."""
    folded = _fold(name)
    return _demonyms().get(folded) or state_names().get(folded, folded)


def alias_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """Names the text gives two ways: "Long Name (LN)", "X (commonly referred to as Y)"."""
    pairs = []
    for m in _ACRONYM_DEF.finditer(text):
        acronym = m.group("acr").replace(".", "")
        long_name = _name_before(text, m.start(), len(acronym))
        if long_name:
            pairs.append((actor_id(long_name), actor_id(acronym)))
    for phrase in D.ALIAS_PHRASES:
        for m in re.finditer(r"\(\s*" + re.escape(phrase) + r"\s+([^()]{2,60})\)", text, re.I):
            before = _name_before(text, m.start(), 0)
            after = _leading_name(m.group(1))
            if before and after:
                pairs.append((actor_id(before), actor_id(after)))
    return tuple(dict.fromkeys(pairs))


def _name_before(text: str, position: int, initials: int) -> str:
    """The capitalised name ending just before `position` (with `initials` capitals if > 0)."""
    words = text[max(0, position - 120) : position].split()
    name: list[str] = []
    for word in reversed(words):
        clean = word.strip(",;:")
        if clean != word and name:
            break
        if clean[:1].isupper() or (clean.lower() in CONNECTORS and name):
            name.insert(0, clean)
            capitals = sum(1 for w in name if w[:1].isupper())
            if initials and capitals >= initials:
                break
            continue
        break
    while name and name[0].lower() in CONNECTORS | {"the"}:
        name.pop(0)
    if not name:
        return ""
    if initials and sum(1 for w in name if w[:1].isupper()) != initials:
        return ""
    return " ".join(name)


def _leading_name(text: str) -> str:
    words = []
    for word in text.split():
        if not word[:1].isupper():
            break
        words.append(word.strip(",;:"))
    return " ".join(words)


def negation(
    text: str, tokens: list[Token], trigger: int | None, action: str, denied: bool
) -> frozenset[str] | None:
    """The words a negation governs, or None: for a relation, a cue just before its verb;
    otherwise the content words after each cue in the clause ("not an American series")."""
    if denied:
        return frozenset(stem(t.lower) for t in tokens) | {"@" + action}
    cues = _cue_ends(text, tokens)
    if trigger is not None:
        near = any(trigger - D.NEGATION_WINDOW <= i < trigger for i in cues)
        return frozenset({"@" + action}) if near else None
    scope: set[str] = set()
    for i in cues:
        following = [t for t in tokens[i + 1 :] if _content_word(t)]
        scope.update(stem(t.lower) for t in following[: D.NEGATION_SCOPE])
    return frozenset(scope) if cues else None


def negated_heads(text: str) -> frozenset[str]:
    """The stems of the first content word after each negation cue of a clause: what it
    denies ("injured" in "Nobody was injured in the blaze, which police are treating …")."""
    tokens = tokenize(text, 0, len(text))
    heads = set()
    for i in _cue_ends(text, tokens):
        head = next((t for t in tokens[i + 1 :] if _content_word(t)), None)
        if head is not None:
            heads.add(stem(head.lower))
    return frozenset(heads)


def _content_word(token: Token) -> bool:
    return token.text[0].isalnum() and token.lower not in D.STOPWORDS


def _cue_ends(text: str, tokens: list[Token]) -> list[int]:
    """Positions of the tokens that end a negation cue ("not", "failed to", "isn't")."""
    found = []
    firsts, lasts = _cue_first_words(), _cue_last_words()
    for i, token in enumerate(tokens):
        if token.lower not in lasts and not token.lower.endswith(("n't", "n’t")):
            continue
        for first in (i, i - 1):
            if first < 0 or (first < i and tokens[first].lower not in firsts):
                continue
            phrase = _SPACE.sub(" ", text[tokens[first].start : token.end].lower())
            phrase = phrase.replace("’", "'")
            cue = phrase in _cue_phrases() or (first == i and phrase.endswith("n't"))
            if cue and not _excepted(text, tokens[first].start, token.end):
                found.append(i)
                break
        else:
            if token.lower == "to" and _refusal_before(tokens, i):
                found.append(i)  # "declined in May to add the mill to its list"
    return found


REFUSAL_GAP = 3  # words an adverbial puts between "declined" and its "to"


def _refusal_before(tokens: list[Token], to_at: int) -> bool:
    """Whether "declined", "refused" or "failed" stands a few plain words before this "to",
    with nothing but those words between ("declined in May to add …")."""
    for j in range(to_at - 2, max(-1, to_at - 2 - REFUSAL_GAP), -1):
        if not all(t.text[0].isalnum() for t in tokens[j + 1 : to_at]):
            return False
        if f"{tokens[j].lower} to" in _cue_phrases():
            return True
    return False


def _excepted(text: str, start: int, end: int) -> bool:
    """Whether a cue is part of a phrase that does not negate ("not only", "whether or not")."""
    window_start = max(0, start - 20)
    window = text[window_start : end + 30].lower().replace("’", "'")
    for pattern in _exception_patterns():
        for m in pattern.finditer(window):
            if m.start() <= start - window_start and end - window_start <= m.end():
                return True
    return False


@cache
def _exception_patterns() -> tuple[re.Pattern[str], ...]:
    """`claim_data.NEGATION_EXCEPTIONS` as whole-word patterns, in their order."""
    return tuple(re.compile(r"\b" + re.escape(p) + r"\b") for p in D.NEGATION_EXCEPTIONS)


@cache
def _cue_first_words() -> frozenset[str]:
    return frozenset(c.split()[0] for c in D.NEGATION_CUES)


@cache
def _cue_last_words() -> frozenset[str]:
    return frozenset(c.split()[-1] for c in D.NEGATION_CUES)


@cache
def _cue_phrases() -> frozenset[str]:
    return frozenset(D.NEGATION_CUES)


@lru_cache(maxsize=1 << 18)  # a desk of 1,000 pages compares ~100,000 pairs of names
def names_match(a: str, b: str) -> bool:
    """Whether two actor ids name one actor: equal, or one's words within the other's."""
    if a == b:
        return True
    words_a, words_b = set(a.split()), set(b.split())
    smaller = words_a if len(words_a) <= len(words_b) else words_b
    larger = words_b if smaller is words_a else words_a
    return smaller <= larger and bool(smaller - D.GENERIC_NAME_WORDS)


def same_last_word(a: str, b: str) -> bool:
    """Whether two names end in the same distinctive word ("HMS Tarrow", "Warship Tarrow")."""
    last_a, last_b = a.split()[-1], b.split()[-1]
    return last_a == last_b and last_a not in D.GENERIC_NAME_WORDS and not is_state(a)
