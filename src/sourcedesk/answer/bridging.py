"""A definite description stands for the name its page first used it with.

News names a thing in full once and then writes "the store", "the plane", "the company": after
"a Briskmart store in Halby", "Some 40 firefighters fought the fire that gutted the store"
speaks of Briskmart, and after "its Corvane K70 long-range cargo plane", "the plane made its
first flight on 4 March" speaks of the K70. `describes` finds that link: the
sentence holds "the <noun>", and an earlier sentence of its page (or its title) holds the
question's name with that noun right after it, inside one phrase. It is stronger evidence than
a name the page merely repeats (`page_subjects.py`), so it lets a sentence stand for the name on
a page that names it only once.

A person is told of the same way, by their post: after "Tarn Water's chief executive, Mara
Vell", "The chief executive resigned on Thursday" speaks of her (`describes_person`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import variants as var
from sourcedesk.answer.retrieve import Candidate, SentenceWords, Term, in_sequence, match_key
from sourcedesk.answer.spans import boundary_between

DETERMINERS = lx.words("the this that these those")
DESCRIBED_REACH = 4  # words after "the" that may be its noun and the words before it
NAME_TO_NOUN = 3  # words between a name and its noun ("K70 long-range cargo plane")
LOOK_BACK = 40  # sentences before the candidate searched for the name with its noun
# Nouns too general to stand for one named thing ("the time", "the people", "the number").
TOO_GENERAL = lx.TIME_WORDS | lx.GENERIC_PEOPLE | lx.words("number one way part thing")


def describes(store: Any, term: Term, cand: Candidate, paired: str = "") -> bool:
    """Whether a definite description in the sentence stands for the name `term` on its page.

    `paired` is the noun the question puts right after the name ("Dunmore police"): the
    sentence's "Police arrested six people" speaks of the Dunmore police on a page that names
    the "Dunmore Police Department" before or after it, where a local report names its city
    once."""
    head = heads_a_post(term, cand.words)
    if head:  # "the council" or "Council leader …" on a page that names "Orsa Town Council"
        return any(
            in_sequence(form, words)
            for words, _ in _nearby_naming(store, term, cand)
            for form in term.forms
            if form
        )
    nouns = _described_nouns(cand.words)
    around = 0
    if paired and paired in {match_key(word) for word in cand.words.folded}:
        nouns.add(paired)  # "the Kellmarsh store": "the store", after "the Kellmarsh supermarket"
        nouns.update(match_key(other) for other in var.synonyms(paired))
        around = LOOK_BACK
    if not nouns:
        return False
    return any(
        _names_with_noun(words, text, term, nouns)
        for words, text in _nearby_naming(store, term, cand, around)
    )


def _nearby_naming(
    store: Any, term: Term, cand: Candidate, after: int = 0
) -> Iterator[tuple[SentenceWords, str]]:
    """The page's title and its sentences from `LOOK_BACK` before the candidate to `after`
    after it that may name the term, split into words (only those holding the first word of
    one of its spellings: a cheap test before splitting)."""
    p = cand.passage
    nearby = store.passages(p.source_id, max(0, p.sentence_no - LOOK_BACK), p.sentence_no + after)
    texts = [p.title, *(e.text for e in nearby if e.sentence_no != p.sentence_no)]
    firsts = {form[0] for form in term.forms if form}
    for text in texts:
        if text and any(first in text.lower() for first in firsts):
            yield SentenceWords.of(text), text


# Role words that name a person by the post they hold: "the chief executive", "the director".
ROLE_HEADS = (lx.TITLE_HEADS - lx.MODIFYING_ROLES - lx.HONORIFICS) | lx.words(
    "executive chief head deputy"
)
ROLE_NAME_GAP = 3  # words between a role and the name it stands before ("chief executive, X")
ROLE_APPOSITION = 7  # words of an apposition after a name ("X, the hospital's medical director")
APPOSITION_SKIPS = lx.words("the a an its their his her s")


def describes_person(store: Any, term: Term, cand: Candidate) -> bool:
    """Whether a role in the sentence ("The chief executive resigned on Thursday") stands for
    the person `term` on its page: an earlier sentence (or the title) names the person with
    that role before or after the name ("Tarn Water's chief executive, Mara Vell," or "Mara
    Vell, the chief executive,"). News names a person once with their post and then writes
    the post alone."""
    heads = role_heads(cand.words)
    if not heads:
        return False
    return any(
        _names_with_role(words, text, term, heads)
        for words, text in _nearby_naming(store, term, cand)
    ) or _named_next(store, term, cand)


def _named_next(store: Any, term: Term, cand: Candidate) -> bool:
    """Whether a sentence that opens on "the <role>" is followed by one that opens on the
    person's name: a wire story's lead tells what "the chief executive of X" did and names
    them in the next sentence ("Selma Tarvia, 61, head of the board since 2018, said
    …")."""
    first = _opening_the(cand.words)
    if first is None or not _role_head_at(cand.words, first):
        return False
    p = cand.passage
    after = store.passages(p.source_id, p.sentence_no + 1, p.sentence_no + NAMED_NEXT)
    for e in after:
        opening = SentenceWords.of(e.text).folded
        if any(tuple(opening[: len(form)]) == form for form in term.forms if form):
            return True
    return False


NAMED_NEXT = 2  # sentences after a lead that opens on a role, one of which may name the person


def _opening_the(words: SentenceWords) -> int | None:
    """Where a sentence's opening "the" is, past a dateline ("ORSA, June 3 (WPA) – The …")."""
    for k, word in enumerate(words.folded):
        if word == "the":
            return k
        if not (words.capitalised[k] or word.isdigit()):
            return None
    return None


def role_heads(words: SentenceWords) -> set[str]:
    """The last role word of each "the <role>" in a sentence ("the chief executive" gives
    "executive"; "the deputy mayor" gives "mayor")."""
    heads = {_role_head_at(words, k) for k, low in enumerate(words.folded) if low == "the"}
    heads.discard("")
    return heads


def _role_head_at(words: SentenceWords, k: int) -> str:
    """The last role word of the phrase that opens with "the" at word k, or ""."""
    folded = words.folded
    head = ""
    for j in range(k + 1, min(len(folded), k + 1 + DESCRIBED_REACH)):
        if words.capitalised[j] or not folded[j].isalpha():
            break
        if folded[j] in ROLE_HEADS:
            head = folded[j]
        elif head or folded[j] in lx.STOPWORDS:
            break  # "the chief executive resigned": the role ends before the verb
    return head


def _names_with_role(words: SentenceWords, text: str, term: Term, heads: set[str]) -> bool:
    """Whether the text names the person with one of the role heads just before the name
    ("chief executive Mara Vell", "chief executive, Mara Vell") or in an apposition after it
    ("Mara Vell, the chief executive of Tarn Water")."""
    folded = words.folded
    for form in term.forms:
        size = len(form)
        for start in range(len(folded) - size + 1):
            if tuple(folded[start : start + size]) != form:
                continue
            if _role_before(text, words, start, heads) or _role_after(
                text, words, start + size - 1, heads
            ):
                return True
    return False


def _role_before(text: str, words: SentenceWords, start: int, heads: set[str]) -> bool:
    """A role word among the few words right before a name, only a comma between."""
    for j in range(start - 1, max(-1, start - 1 - ROLE_NAME_GAP), -1):
        gap = text[words.spans[j][1] : words.spans[j + 1][0]].strip()
        if gap and not (j == start - 1 and gap == ","):
            return False
        if words.folded[j] in heads:
            return True
        if words.folded[j] in lx.STOPWORDS:
            return False
    return False


def _role_after(text: str, words: SentenceWords, last: int, heads: set[str]) -> bool:
    """A role word in an apposition that follows a name after a comma."""
    folded = words.folded
    if last + 1 >= len(folded):
        return False
    if text[words.spans[last][1] : words.spans[last + 1][0]].strip() != ",":
        return False
    for j in range(last + 1, min(len(folded), last + 1 + ROLE_APPOSITION)):
        if folded[j] in heads:
            return True
        if boundary_between(text, words, j) or (
            folded[j] in lx.STOPWORDS and folded[j] not in APPOSITION_SKIPS
        ):
            return False
    return False


POST_REACH = 3  # words after a body's head that may hold "its leader"
# Heads of a body's name that its page writes alone for it ("the council" for "Orsa Town
# Council").
OWN_HEADS = lx.words(
    "council ministry agency committee commission authority board trust university college"
)


def heads_a_post(term: Term, words: SentenceWords) -> str:
    """The head of the body's name the term is ("council" of "Orsa Town Council") where the
    sentence writes that head alone with a post of it: "Council leader Ada Vell" opening the
    sentence, "the council's leader", "leader of the council"."""
    heads = {form[-1] for form in term.forms if len(form) > 1 and form[-1] in OWN_HEADS}
    folded = words.folded
    for k, low in enumerate(folded):
        if low not in heads:
            continue
        opening = k == 0 and folded[1:2] != [] and folded[1] in ROLE_HEADS
        owned = folded[k - 1 : k] == ["the"] and folded[k + 1 : k + 3][:1] == ["s"]
        owned = owned and folded[k + 2 : k + 3] != [] and folded[k + 2] in ROLE_HEADS
        post_of = k >= 3 and folded[k - 2 : k] == ["of", "the"] and folded[k - 3] in ROLE_HEADS
        its_post = (
            folded[k - 1 : k] == ["the"]
            and any(  # "went to the board, moved by its chair"
                folded[j : j + 2][:1] == ["its"]
                and folded[j + 1 : j + 2] != []
                and folded[j + 1] in ROLE_HEADS
                for j in range(k + 1, k + 1 + POST_REACH)
            )
        )
        if opening or owned or post_of or its_post:
            return low
    return ""


def _described_nouns(words: SentenceWords) -> set[str]:
    """Match keys of the nouns after "the" ("the store", "the new store")."""
    nouns: set[str] = set()
    for k, low in enumerate(words.folded[:-1]):
        if low not in DETERMINERS:
            continue
        for j in range(k + 1, k + 1 + DESCRIBED_REACH):  # "the new fuel-efficient airliner"
            if j >= len(words.folded) or words.capitalised[j]:
                break
            word = words.folded[j]
            if word in lx.STOPWORDS or not word.isalpha():
                break
            if word not in TOO_GENERAL:
                nouns.add(words.keys[j])
                nouns.update(match_key(other) for other in var.synonyms(word))
    return nouns


def _names_with_noun(words: SentenceWords, text: str, term: Term, nouns: set[str]) -> bool:
    """Whether the text names the term with one of the nouns right after it, in one phrase."""
    folded = words.folded
    for form in term.forms:
        size = len(form)
        for start in range(len(folded) - size):
            if tuple(folded[start : start + size]) != form:
                continue
            last = start + size - 1
            if last + 1 < len(folded) and folded[last + 1] == "s":
                continue  # "Briskmart's car park" is no Briskmart
            if start and folded[start - 1] in COMPANY_TITLES and nouns & COMPANY_KEYS:
                return True  # "developer Tarvia Homes": "the company" is Tarvia
            for j in range(last + 1, min(len(folded), last + 2 + NAME_TO_NOUN)):
                if boundary_between(text, words, j - 1):
                    break
                if words.keys[j] in nouns or match_key(folded[j]) in nouns:
                    return True  # "Dunmore Police Department": a name's words keep case
                if folded[j] in CORPORATE_SUFFIXES and nouns & COMPANY_KEYS:
                    return True  # "Calderane Agri Ltd": "the company" is Calderane
            if _apposition_noun(text, words, last) in nouns:
                return True  # "the K70, a twin-engine cargo plane,": the plane is the K70
    return False


# A company's legal form after its name makes "the company", "the firm" or "the group" stand
# for it.
CORPORATE_SUFFIXES = lx.words("ltd plc inc llc corp co gmbh ag nv sa spa bv holdings")
COMPANY_NOUNS = lx.words("company firm group business")  # "the company": a company named so
COMPANY_KEYS = frozenset(match_key(w) for w in COMPANY_NOUNS)
# Nouns that call the name after them a company ("the developer Tarvia Homes")
COMPANY_TITLES = COMPANY_NOUNS | lx.words("developer housebuilder operator carrier retailer maker")
APPOSITION_OPENERS = lx.words("a an")


def _apposition_noun(text: str, words: SentenceWords, last: int) -> str:
    """The match key of the noun of an apposition right after a name ("the K70, a twin-engine
    cargo plane that ..." gives "plane"), or "": the last word before the next punctuation or
    small word, at most `NAME_TO_NOUN` words after "a" or "an"."""
    folded = words.folded
    gap = text[words.spans[last][1] : words.spans[last + 1][0]] if last + 1 < len(folded) else ""
    if gap.strip() != "," or folded[last + 1] not in APPOSITION_OPENERS:
        return ""
    for j in range(last + 2, min(len(folded), last + 3 + NAME_TO_NOUN)):
        if words.capitalised[j] or folded[j] in lx.STOPWORDS:
            return ""
        if boundary_between(text, words, j) or folded[j + 1] in lx.STOPWORDS:
            return words.keys[j]
    return ""
