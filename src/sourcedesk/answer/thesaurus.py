"""Related words from WordNet: how a question in the reader's words meets the writer's.

"Which vet tranquillised the otter?" shares no word with "… was sedated by the centre's vet";
"Who is the families' lawyer?" none with "represented by the solicitor …". The curated
synonym groups (`variant_data.SYNONYMS`) hold the pairs news writing uses most; this table
holds the rest of the language, built from WordNet 3.0 by `scripts/build_thesaurus.py` (its
main senses only: see there) and shipped as package data with WordNet's licence. A word met
through it earns less than a curated synonym (`RELATED_CREDIT`): WordNet's senses are
broader than what a question means.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.lexicon import IRREGULAR_VERBS, STOPWORDS

RELATED_CREDIT = 0.6
MIN_CHARS = 4  # "jug", "lag", "rod": short words are too often another word
TABLE = "thesaurus.tsv.gz"


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Each dictionary word's row: its main parts of speech, its related words and its
    opposites, tab-separated (split when asked)."""
    data = (Path(__file__).resolve().parent.parent / "data" / TABLE).read_bytes()
    rows = gzip.decompress(data).decode().splitlines()
    return dict(row.split("\t", 1) for row in rows)


def _lemmas(word: str) -> list[str]:
    """The word and the dictionary forms it may be an inflection of ("sedated": sedate,
    "rents": rent, "stopped": stop, "detaining": detain)."""
    out = [word, IRREGULAR_VERBS.get(word, word)]
    for ending, replacements in INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)]
            out += [base + r for r in replacements]
            if ending in ("ed", "ing") and len(base) > 3 and base[-1] == base[-2]:
                out.append(base[:-1])  # "stopped": stop
    return list(dict.fromkeys(out))


INFLECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("es", ("", "e")),
    ("s", ("",)),
    ("ed", ("", "e")),
    ("ing", ("", "e")),
)


def _usable(word: str) -> bool:
    """Whether a related word may stand for the asked one: not a small or light word, nor an
    irregular past form that is another verb's ("found" of find is no "found" of wages), nor
    an -ing noun, whose stem is another word's."""
    return (
        len(word) >= MIN_CHARS
        and word not in STOPWORDS
        and word not in lx.LIGHT_WORDS
        and word not in IRREGULAR_VERBS
        and not word.endswith("ing")  # "courting" (wooing) would meet "Crown Court" by its stem
    )


@lru_cache(maxsize=8192)
def related(word: str) -> frozenset[str]:
    """WordNet's synonyms and narrower words of a folded question word, by its first
    dictionary form the table holds; empty for a word it does not hold."""
    row = _row(word)
    return frozenset(w for w in row.split("\t")[1].split() if _usable(w)) if row else frozenset()


@lru_cache(maxsize=8192)
def derived(word: str) -> frozenset[str]:
    """The forms WordNet derives from a folded word's dictionary form, or it from them, that
    begin as it does ("admitted": admission; "decided": decision), which a stemmer does not
    join."""
    row = _row(word)
    cells = row.split("\t") if row else []
    return frozenset(w for w in cells[3].split() if _usable(w)) if len(cells) > 3 else frozenset()


def negated(word: str) -> str:
    """The word a negating prefix was put before, when WordNet gives it as the folded word's
    opposite ("untrained": trained, "incapabilities": capability); "" otherwise ("increase" is
    no negated "crease", and "bad", the opposite of "good", negates nothing in its form)."""
    lemma, row = entry(word)
    opposites = row.split("\t")[2].split() if row else []
    for prefix in NEGATING_PREFIXES:
        if lemma.startswith(prefix) and lemma[len(prefix) :] in opposites:
            return lemma[len(prefix) :]
    return ""


NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "ab")


def parts_of_speech(word: str) -> str:
    """The main parts of speech of a folded word's dictionary form, as WordNet's letters ("n",
    "v", "a" adjective, "r" adverb; "nv" for "work"), then "P" when the dictionary writes it
    with a capital ("aP" for "Japanese"); "" for no dictionary word."""
    row = _row(word)
    return row.split("\t")[0] if row else ""


def _row(word: str) -> str:
    """The table's row of the word's first dictionary form it holds, "" for none."""
    return entry(word)[1]


def entry(word: str) -> tuple[str, str]:
    """The word's first dictionary form the table holds and its row; ("", "") for none."""
    table = _table()
    return next(((lemma, table[lemma]) for lemma in _lemmas(word) if lemma in table), ("", ""))
