"""Step 1 of entity recognition: a sentence's words and the runs of capitalised words in it.

Kept apart from the reader of runs (``entities``): cutting a sentence into words (possessives
cut off and marked), joining capitalised words into name runs ("Customs and Border
Protection", "Bank of Korea") and trimming the words at a run's ends that are not names
("Later Kim" -> "Kim") only look at the words and the desk's common words, not at roles or
types.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sourcedesk.research import entity_data as D
from sourcedesk.research.entity_groups import demonyms, known_name

__all__ = [
    "Token",
    "after_mark",
    "is_heading",
    "name_runs",
    "sentence_tokens",
    "title_at",
    "trim_run",
]

_WORD = re.compile(r"[\w][\w'’.&-]*")


class Token(NamedTuple):
    """A word of a sentence with its offsets (a tuple: made for every word, so kept cheap)."""

    text: str
    start: int
    end: int
    possessive: bool = False


def sentence_tokens(sentence: str, offset: int) -> list[Token]:
    """The words of a sentence, possessives cut off and marked, offsets into the text."""
    out = []
    for m in _WORD.finditer(sentence):
        word, start = m.group(0), offset + m.start()
        if word.isalnum() and not word[-1].isupper():  # most words: nothing to cut or split
            out.append(Token(word, start, start + len(word)))
            continue
        if word.endswith(".") and word.lower() not in D.ABBREVIATIONS and word.count(".") == 1:
            word = word[:-1]
        low = word.lower().replace("’", "'")
        possessive = low.endswith("'s") and low not in D.NAME_POSSESSIVES
        if possessive:
            word = word[:-2]
        elif low[-1:] == "'" and len(low) > 1 and low not in D.NAME_POSSESSIVES:
            # a plural's possessive ("the Marrs' home") or a closing quote ("'Catching Fire'")
            word, possessive = word[:-1], low.endswith("s'")
        glued = D.GLUED_ACRONYM.match(word)
        if glued:  # "UnAP": a name glued to a credit
            head = glued.group(1)
            out.append(Token(head, start, start + len(head)))
            out.append(Token(glued.group(2), start + len(head), start + len(word), possessive))
        elif word:
            out.append(Token(word, start, start + len(word), possessive))
    return out


def name_runs(text: str, tokens: list[Token], bound: frozenset[str]) -> list[list[Token]]:
    """Sequences of capitalised words joined by single spaces, "&" or name connectors; a word
    the texts write only before "and" and a name joins it ("Customs and Border Protection")."""

    def upper(k: int) -> bool:
        word = tokens[k].text if k < len(tokens) else ""
        return word[:1].isupper() and not D.CONTRACTION.match(word)

    def next_to(k: int) -> bool:
        return text[tokens[k - 1].end : tokens[k].start] in (" ", " & ")

    def plural_owner(last: Token, k: int) -> bool:
        """A plural's possessive that opens an organisation's name ("Ostravane Teachers'
        Federation", "Secondary Educators' Guild"), not a singular one ("Kim's Toyota")."""
        return (
            last.possessive
            and last.text.endswith("s")
            and text[last.end : tokens[k].start] in PLURAL_OWNER_GAPS
        )

    def bound_and(run: list[Token], k: int) -> bool:
        return len(run) == 1 and run[0].text in bound and tokens[k].text == "and"

    runs: list[list[Token]] = []
    i = 0
    while i < len(tokens):
        if not upper(i):
            i += 1
            continue
        run, i = [tokens[i]], i + 1
        while i < len(tokens):
            if plural_owner(run[-1], i) and upper(i):
                owner = run[-1]  # "Teachers' Federation": the apostrophe joins the name
                joined = Token(owner.text + text[owner.end], owner.start, owner.end + 1)
                run, i = [*run[:-1], joined, tokens[i]], i + 1
                continue
            if run[-1].possessive or not next_to(i):
                break
            if upper(i):
                run, i = [*run, tokens[i]], i + 1
            elif (
                (_joins(tokens[i].text, run[-1].text) or bound_and(run, i))
                and upper(i + 1)
                and next_to(i + 1)
            ):
                run, i = [*run, tokens[i], tokens[i + 1]], i + 2
            else:
                break
        runs.append(run)
    return runs


PLURAL_OWNER_GAPS = ("' ", "’ ")


def _joins(word: str, previous: str) -> bool:
    """Whether a lower-case word may join two capitalised parts of one name or role."""
    if word in D.NAME_CONNECTORS:
        return True
    return word in D.ROLE_CONNECTORS and title_at([previous], 0) > 0


def trim_run(
    run: list[Token], opener: bool, common: frozenset[str], loose: bool = False
) -> list[Token]:
    """A run without leading and trailing words that are not names.

    A sentence's first word is capitalised by grammar: it is dropped when the texts also use
    it in lower case ("Later Kim ..." -> "Kim ..."). In a title-case heading or a text not in
    English (``loose``), any capital may be grammatical: every such word is dropped at either
    end, unless the rest is a name the tables know.
    """
    if loose:
        run = _trim_common(run, common)

    def droppable(i: int) -> bool:
        if _own_spelling(run[i].text):
            return False  # "VeXa", "eBay": a brand's spelling, never a common word
        low = run[i].text.lower()
        if low in D.DIRECTION_WORDS and len(run) > 1:
            return False  # "North Korea", "Eastern Bloc"
        if low in D.PLACE_OPENERS and len(run) > 1 and _proper(run[1].text, common):
            return False  # "New York", not "New Ukrainian drones"
        return low in D.NOT_NAMES or run[i].text in D.NAME_CONNECTORS

    if opener and len(run) > 1 and run[0].text.lower() in common and not _name_opener(run):
        run = run[1:]
    while run and droppable(0):
        run = run[1:]
    while len(run) > 1 and COMPOUND_MODIFIER.search(run[0].text):
        run = run[1:]  # "Lisle-based Halvik" names Halvik
    while (
        run
        and not _own_spelling(run[-1].text)
        and (run[-1].text.lower() in D.NOT_NAMES or run[-1].text in D.NAME_CONNECTORS)
    ):
        run = run[:-1]
    if len(run) == 1 and COMPOUND_MODIFIER.search(run[0].text):
        return []  # a compound modifier ("Kremlin-backed")
    return run


# "Kremlin-backed", "Chicago-based": a modifier, not a name's word ("Tervo-cola" is a brand)
COMPOUND_MODIFIER = re.compile(
    r"-(?:based|backed|led|born|owned|run|funded|controlled|linked|bound|made|style|era"
    r"|headquartered|focused|friendly|inspired|registered|flagged|listed|allied|aligned"
    r"|supported|sponsored|operated|built|held|occupied)$"
)


def _own_spelling(word: str) -> bool:
    """Whether a word has capitals inside it that no grammar puts there ("VeXa", "eBay")."""
    return not word.isupper() and any(ch.isupper() for ch in word[1:])


def _name_opener(run: list[Token]) -> bool:
    """Whether a run's first word, though common, opens its name: a given name, a compass
    word ("North Korea"), or a name the tables know."""
    first = run[0].text.lower()
    return first in D.GIVEN_NAMES or first in D.DIRECTION_WORDS or bool(known_name(_form(run)))


def _proper(word: str, common: frozenset[str]) -> bool:
    """Whether a capitalised word is a name's own word: not a common word or a demonym."""
    low = word.lower()
    return low not in common and low not in demonyms() and low not in D.NOT_NAMES


def _trim_common(run: list[Token], common: frozenset[str]) -> list[Token]:
    """A run without the words at its ends that the texts use in lower case."""

    def plain(token: Token) -> bool:
        low = token.text.lower()
        return low in common and known_name(token.text) is None and low not in D.NAME_ENDINGS

    while run and plain(run[0]) and not (len(run) > 1 and known_name(_form(run))):
        if run[0].text.lower() in D.DIRECTION_WORDS and len(run) > 1:
            break  # "North Korea"
        run = run[1:]
    while run and plain(run[-1]) and not known_name(_form(run)):
        run = run[:-1]
    return run


def _form(run: list[Token]) -> str:
    """The words of a run, joined by spaces."""
    return " ".join(t.text for t in run)


def is_heading(sentence: str) -> bool:
    """Whether a sentence is a heading in title case ("How To Grow Your Business")."""
    if sentence.rstrip().endswith(D.STATEMENT_ENDS):
        return False  # a statement full of names ("... of the Ostland People's Republic.")
    words = [
        w for w in re.findall(r"[^\W\d_][\w'’-]*", sentence) if len(w) >= D.HEADING_WORD_LENGTH
    ]
    if len(words) < D.HEADING_MIN_WORDS:
        return False
    capitalised = sum(w[:1].isupper() for w in words)
    return capitalised >= D.HEADING_MIN_CAPITALISED * len(words)


def after_mark(text: str, sentence_start: int, start: int) -> bool:
    """Whether a word follows a mark after which a capital is grammatical (": Your ...",
    ': "We ...'), not a quote that opens a name ('dubbed "Black Death"')."""
    before = text[sentence_start:start].rstrip().rstrip(D.QUOTE_MARKS).rstrip()
    return before.endswith(D.OPENER_MARKS)


def title_at(words: list[str], i: int) -> int:
    """How many words from position i form a role title (0 when none)."""
    for size in (2, 1):
        if i + size <= len(words) and " ".join(words[i : i + size]).lower() in D.ROLE_TITLES:
            return size
    return 0
