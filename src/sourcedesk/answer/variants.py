"""Word and name variants: stems, British/American spellings, romanisations, learned aliases.

Three general rules, no list of this desk's names:

1. `spelling_variants` swaps British and American endings (recognise/recognize).
2. `transliteration_variants` applies one letter-group swap from a small table
   (Luhansk/Lugansk, Zelenskyy/Zelensky); `same_name` also accepts a desk word that differs
   from a name by one edit or a short suffix (Korea/Korean).
3. `find_aliases` reads definitions the sources themselves make: "Full Name (ACR)",
   "ACR (Full Name)", "X (commonly referred to as Y)".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from sourcedesk.answer import variant_data as data
from sourcedesk.answer.lexicon import TOKEN_PATTERN
from sourcedesk.stemming import stem as shared_stem

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_CAP_WORD = r"[A-Z][\w'’.-]*"
_LONG_NAME = rf"{_CAP_WORD}(?:\s+(?:(?:of|the|and|for|de|du|la)\s+)*{_CAP_WORD})*"
_ACRONYM = r"[A-Z][A-Za-z]{0,2}[A-Z]{1,7}"
_LONG_THEN_ACRONYM = re.compile(rf"({_LONG_NAME})\s+\(({_ACRONYM})\)")
_ACRONYM_THEN_LONG = re.compile(rf"\b({_ACRONYM})\s+\(({_LONG_NAME})\)")
_INTRODUCED = re.compile(
    rf"\b({_LONG_NAME}|{_ACRONYM})\s*[(,]\s*(?:{'|'.join(data.ALIAS_INTRODUCERS)})\s+"
    rf"(?:the\s+)?({_LONG_NAME}|{_ACRONYM})"
)
# Where a definition can be. A match holds only name characters, spaces, brackets (and, for an
# introduced name, a comma), so it lies within one stretch of text free of any other character
# (a "barrier"); and it holds its cue: "(" and a capital for the bracket patterns, "(" or ","
# and an introducer for the introduced ones. Only the stretches that hold a cue are searched,
# which finds exactly the matches a search of the whole text finds.
_BRACKET_CUE = re.compile(r"\([A-Z]")
_BRACKET_BARRIER = re.compile(r"[^\w'’.\s()-]")
_INTRODUCED_CUE = re.compile(rf"[(,]\s*(?:{'|'.join(data.ALIAS_INTRODUCERS)})\s")
_INTRODUCED_BARRIER = re.compile(r"[^\w'’.\s(,-]")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case without diacritics, apostrophes made plain."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_APOSTROPHES))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace(".", "") if "." in plain and not plain[:1].isdigit() else plain


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Porter stem of a folded word, as the FTS5 porter tokenizer indexes it."""
    folded = fold(word)
    if len(folded) <= 2 or not folded.isalpha():
        return folded
    return shared_stem(folded, "porter")  # thread-safe: the web desk answers on many threads


def tokens(text: str) -> list[str]:
    """The words of a text as the index splits them (letters and digits)."""
    return TOKEN_PATTERN.findall(text)


def alias_key(name: str) -> str:
    """The lookup key of a name: folded words joined by single spaces, no 's."""
    words = [fold(w) for w in tokens(name.replace("'s ", " ").replace("’s ", " "))]
    return " ".join(w for w in words if w != "s")


def spelling_variants(word: str) -> set[str]:
    """Other spellings of a word with a British or American ending."""
    low = fold(word)
    out = set()
    for british, american in data.SPELLING_SUFFIXES:
        if low.endswith(british) and len(low) > len(british) + 2:
            out.add(low[: -len(british)] + american)
        if low.endswith(american) and len(low) > len(american) + 2:
            out.add(low[: -len(american)] + british)
    return out


ADVERB_BASE_MIN_CHARS = 4  # "early" is no adverb of "ear", nor "reply" of "rep"


def adverb_bases(word: str) -> set[str]:
    """The adjectives an adverb in -ly may be made from: "fully" -> full, "publicly" ->
    public, "heavily" -> heavy, "probably" -> probable. Callers keep those the desk holds."""
    low = fold(word)
    if not low.endswith("ly") or not low.isalpha():
        return set()
    stem_ = low[:-2]
    out = {stem_}
    if low.endswith("lly"):
        out.add(low[:-1])  # "fully": full
    if low.endswith("ily"):
        out.add(low[:-3] + "y")  # "heavily": heavy
    if low.endswith(("ably", "ibly")):
        out.add(low[:-1] + "e")  # "probably": probable
    return {base for base in out if len(base) >= ADVERB_BASE_MIN_CHARS}


def transliteration_variants(word: str) -> set[str]:
    """Spellings of a name one letter-group swap away (Luhansk -> Lugansk)."""
    low = fold(word)
    out: set[str] = set()
    if len(low) < data.TRANSLITERATION_MIN_CHARS or not low.isalpha():
        return out
    for left, right in data.TRANSLITERATION_PAIRS:
        for a, b in ((left, right), (right, left)):
            for match in re.finditer(re.escape(a), low):
                out.add(low[: match.start()] + b + low[match.end() :])
    out.discard(low)
    return out


def within_one_edit(a: str, b: str) -> bool:
    """Whether two words differ by at most one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def same_name(a: str, b: str) -> bool:
    """Whether two folded name words are one name spelled two ways (or with a suffix)."""
    if a == b:
        return True
    if min(len(a), len(b)) < data.FUZZY_MIN_CHARS or not (a.isalpha() and b.isalpha()):
        return False
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and len(long) - len(short) <= data.FUZZY_MAX_SUFFIX:
        return True
    return within_one_edit(a, b) and a[0] == b[0]


def singular(word: str) -> str:
    """A plural's singular by its last "s" ("officers" -> "officer"; "boss" stays)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def capitals_of(country: str) -> list[str]:
    """The capitals news writes for a country ("Pyongyang" for North Korea), title-cased."""
    return list(_capitals_by_country().get(alias_key(country), ()))


@lru_cache(maxsize=1)
def _capitals_by_country() -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for capital, country in data.CAPITALS.items():
        table.setdefault(alias_key(country), []).append(capital.title())
    return {key: tuple(names) for key, names in table.items()}


def capital_country(word: str) -> str | None:
    """The country a capital city stands for in news prose, if it is one."""
    return data.CAPITALS.get(fold(word))


def demonym_country(word: str) -> str | None:
    """The country a nationality adjective points at (American -> United States).

    Beyond the table, a regular demonym of a known country is undone ("North Korean" ->
    North Korea, "Cuban" -> Cuba): its ending is swapped back and the result must be a country
    the data knows.
    """
    folded = fold(word)
    if folded in data.DEMONYMS:
        return data.DEMONYMS[folded]
    for ending, country_ending in data.DEMONYM_ENDINGS:
        if folded.endswith(ending):
            country = _known_countries().get(folded[: -len(ending)] + country_ending)
            if country:
                return country
    return None


def country_demonyms(name: str) -> list[str]:
    """The words for a known country's people, singular and plural (Ukraine -> Ukrainian,
    Ukrainians): a sentence about "the Ukrainians" speaks of Ukraine."""
    country = _known_countries().get(fold(name))
    if country is None:
        return []
    found = [d for d, c in data.DEMONYMS.items() if c == country]
    folded = fold(country)
    for ending, country_ending in data.DEMONYM_ENDINGS:
        if folded.endswith(country_ending):
            guess = folded[: -len(country_ending)] + ending
            if demonym_country(guess) == country:
                found.append(guess)
    return [form for d in dict.fromkeys(found) for form in (d, d + "s")]


@lru_cache(maxsize=1)
def _known_countries() -> dict[str, str]:
    """Every country the data tables name, by folded name."""
    names = (*data.CAPITALS.values(), *data.DEMONYMS.values())
    return {fold(name): name for name in names}


@lru_cache(maxsize=8192)
def synonyms(word: str) -> frozenset[str]:
    """Words of the synonym groups this word belongs to (itself excluded); an -ing form a group
    does not list meets the group of its stem ("buying": buy, purchase …)."""
    low = fold(word)
    found: set[str] = set()
    for group in data.SYNONYMS:
        if low in group:
            found |= group
    if not found and low.endswith("ing") and low not in data.NO_STEM_SYNONYMS:
        found |= _groups_by_stem().get(stem(low), frozenset())  # "buying": buy, purchase …
    found |= data.ONE_WAY_SYNONYMS.get(low, frozenset())
    found.discard(low)
    return frozenset(found)


@lru_cache(maxsize=1)
def _groups_by_stem() -> dict[str, frozenset[str]]:
    """The synonym groups' words by the stem of each member."""
    out: dict[str, set[str]] = {}
    for group in data.SYNONYMS:
        for member in group:
            out.setdefault(stem(member), set()).update(group)
    return {key: frozenset(words) for key, words in out.items()}


def antonyms(word: str) -> frozenset[str]:
    """Words of opposite meaning (Porter stems), from the antonym table."""
    key = stem(word)
    out = set()
    for a, b in data.ANTONYMS:
        if stem(a) == key:
            out.add(stem(b))
        elif stem(b) == key:
            out.add(stem(a))
    return frozenset(out)


def short_forms(name: str) -> tuple[str, ...]:
    """Well-known short forms of a country or union's name (United States -> US), and the
    long forms of common acronyms (GDP -> gross domestic product)."""
    key = alias_key(name)
    forms = data.COUNTRY_SHORT_FORMS.get(key, ())
    longs = tuple(long for long, shorts in data.COUNTRY_SHORT_FORMS.items() if key in shorts)
    spelled = data.COMMON_ACRONYMS.get(key, ()) if name.isupper() else ()
    return forms + longs + spelled + _country_led_forms(key)


def _country_led_forms(key: str) -> tuple[str, ...]:
    """A name that opens with a country's short or long form, in its other forms: "US Air
    Force" is also "United States Air Force", and "UK Parliament" "United Kingdom Parliament"."""
    out: list[str] = []
    for long, shorts in data.COUNTRY_SHORT_FORMS.items():
        acronyms = [s for s in shorts if len(s) <= ACRONYM_CHARS]
        for lead in (long, *acronyms):
            if key.startswith(lead + " "):
                rest = key[len(lead) :]
                out.extend(other + rest for other in (long, *acronyms) if other != lead)
    return tuple(out)


ACRONYM_CHARS = 3  # "US", "USA", "UK": short forms that lead a body's name ("US Navy")


def acronym_fits(acronym: str, words: list[str]) -> bool:
    """Whether an acronym is spelled by the starts of these words, in order, each used."""
    letters = acronym.lower()
    folded = [fold(w) for w in words]
    return any(w not in data.ACRONYM_SKIP for w in folded) and _fits(letters, folded)


def _fits(letters: str, words: list[str]) -> bool:
    """Each word gives the acronym a prefix of itself; small words ("of") may give nothing."""
    if not words:
        return not letters
    word = words[0]
    if word in data.ACRONYM_SKIP and _fits(letters, words[1:]):
        return True
    if not letters or letters[0] != word[:1]:
        return False
    for take in range(1, min(len(word), len(letters)) + 1):
        if word[:take] != letters[:take]:
            break
        if _fits(letters[take:], words[1:]):
            return True
    return False


def _shortest_fit(acronym: str, long_name: str) -> str | None:
    words = long_name.split()
    for first in range(len(words) - 1, -1, -1):
        candidate = words[first:]
        if fold(candidate[0]) in data.ACRONYM_SKIP:
            continue
        if acronym_fits(acronym, candidate):
            return " ".join(candidate)
    return None


def _no_article(name: str) -> str:
    name = name.strip()
    return name[4:] if name.startswith("The ") else name


def find_aliases(text: str) -> Iterator[tuple[str, str]]:
    """(short, long) name pairs that a text defines, e.g. ("DPRK", "Democratic ... Korea")."""
    brackets = _cued_stretches(text, _BRACKET_CUE, _BRACKET_BARRIER)
    for match in _matches(_LONG_THEN_ACRONYM, text, brackets):
        acronym = match.group(2)
        if data.ACRONYM_MIN_CHARS <= len(acronym) <= data.ACRONYM_MAX_CHARS:
            long = _shortest_fit(acronym, match.group(1))
            if long:
                yield acronym, long
    for match in _matches(_ACRONYM_THEN_LONG, text, brackets):
        acronym, long_name = match.group(1), match.group(2)
        if acronym_fits(acronym, long_name.split()):
            yield acronym, long_name
    introduced = _cued_stretches(text, _INTRODUCED_CUE, _INTRODUCED_BARRIER)
    for match in _matches(_INTRODUCED, text, introduced):
        first, second = _no_article(match.group(1)), _no_article(match.group(2))
        if alias_key(first) != alias_key(second):
            yield first, second


# An acronym a page writes on its own, and a name of capitalised words the page spells out.
_CAPS_WORD = re.compile(r"\b[A-Z]{3,8}\b")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|de)\s+)?[A-Z][\w'’-]*)+")
IMPLIED_MIN_WORDS = 3  # "Federal Audit Bureau": shorter names meet initials by chance


def _written_lower(word: str, text: str) -> bool:
    """Whether a text writes a lower-case word as a whole word: a substring test first, then
    the word's own pattern (one search per acronym instead of a list of every word)."""
    return word in text and re.search(rf"\b{word}\b", text) is not None


def implied_acronyms(text: str) -> Iterator[tuple[str, str]]:
    """(acronym, name) pairs a page implies without defining them: it names the "Federal Audit
    Bureau" once and writes "the FAB" after. Only initials of three or more words, each word
    giving its first letter, and only an acronym the page never writes as a lower-case word
    ("FIRE crews" in a shouted lead is the word fire)."""
    acronyms = {m.group(0) for m in _CAPS_WORD.finditer(text)}
    if not acronyms:
        return
    acronyms = {a for a in acronyms if not _written_lower(a.lower(), text)}
    found: dict[str, str] = {}
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group(0).split()
        # a name ends where its run ends: "Tarvia State Motor" of "… Motor Club" is no name
        for first in range(len(words) - IMPLIED_MIN_WORDS + 1):
            name = words[first:]
            if fold(name[0]) in data.ACRONYM_SKIP:
                continue
            letters = "".join(w[0] for w in name if fold(w) not in data.ACRONYM_SKIP)
            if letters in acronyms and letters not in found:
                found[letters] = " ".join(name)
    yield from sorted(found.items())


def _matches(
    pattern: re.Pattern[str], text: str, stretches: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The pattern's matches within these stretches, in order (word boundaries at a
    stretch's ends still see the text around it)."""
    for start, end in stretches:
        yield from pattern.finditer(text, start, end)


def _cued_stretches(
    text: str, cue: re.Pattern[str], barrier: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The [start, end) stretches free of `barrier` characters that hold a `cue`, in order."""
    found = cue.search(text)
    if found is None:
        return []
    backwards = text[::-1]
    size = len(text)
    stretches = []
    while found is not None:
        before = barrier.search(backwards, size - found.start())
        start = size - before.start() if before else 0
        after = barrier.search(text, found.start())
        end = after.start() if after else size
        stretches.append((start, end))
        found = cue.search(text, max(end, found.start() + 1))  # a cue lies in its stretch
    return stretches
