"""What a page is about: a name it keeps coming back to stands behind each of its sentences.

News names its subject in full a few times and then writes "the study", "the tour", "the
state": "The study found the probe's weight could be cut by a quarter" answers "By how much
… according to the Orvane study?" on a page that names Orvane again and again. When the best
sentence fails only because it lacks one of the question's names, that name may be filled in
from its page (`PageSubjects.fills`), but only where nothing else could be meant:

- the page names it in at least `PROMINENT_SENTENCES` sentences and `PROMINENT_SHARE` of them
  (an encyclopedia article names a hundred people three times each);
- it is not a person's name (someone else's words are never theirs), unless the sentence
  names them by the post its page gave them ("The chief executive resigned on Thursday"
  after "chief executive Mara Vell": `bridging.describes_person`);
- the sentence itself meets another of the question's names, years or figures, or, when the
  question has no other, most of its words (`LONE_NAME_WORDS`), on a page that names the name
  more often still (`LONE_NAME_SHARE`);
- the sentence names nobody and nothing else outside the answer, a place phrase, dates and
  whoever was told it ("told Reuters"), and no other country ("Kessel decided to recognise
  both breakaway provinces" does not answer "When did Kessel and Ostland establish relations?"
  on a page about Ostland).

A definite description that stands for the name on its page ("the store" after "a Briskmart
store", `bridging.py`) takes the place of the first condition, and of most of the lone name's.

It never moves a sentence up or down; it only lets an answer stand that would have been
refused for that one name.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import variants as var
from sourcedesk.answer.bridging import COMPANY_NOUNS, describes, describes_person
from sourcedesk.answer.retrieve import SentenceWords, dated_otherwise, in_sequence, match_key
from sourcedesk.answer.spans import LABELLED_VALUE, Span, token_range
from sourcedesk.answer.variants import capital_country, demonym_country
from sourcedesk.research.entity_data import ORG_KEYWORDS

if TYPE_CHECKING:
    from sourcedesk.answer.retrieve import Candidate, Term

PROMINENT_SENTENCES = 3  # sentences of a page that name it before a name is the page's subject
PROMINENT_SHARE = 0.1  # ... and the share of its sentences they are (a long page names many)
# When the name is the question's only name, year or figure, the sentence must say most of the
# rest of the question, and the page name it more often.
LONE_NAME_WORDS = 0.7  # share of the question's other words the sentence holds
LONE_NAME_SHARE = 0.15
# ... or, where a description in the sentence stands for it ("the store", `bridging.py`), half.
BRIDGED_LONE_WORDS = 0.5
# A name one of the sentences just before holds, when the sentence holds this share of the
# question's other words and another of its names.
NEXT_DOOR = 2
NEXT_DOOR_WORDS = 0.75
COUNTED_SENTENCES = 2_000  # sentences read to count a name's mentions per page
PLACE_REACH = 4  # words after a place preposition that belong to the place ("in the West Bank")
ADDRESSEE_VERBS = lx.words("told")  # the name after it is who heard a statement
PLACE_OPENERS = lx.words("in at on near from of outside inside across into")


FIRST_PERSON = re.compile(r"\b(?:I|I've|I'm|I’ve|I’m|[Mm]y|[Mm]e)\b")
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")


def _first_person(text: str) -> bool:
    """Whether a sentence speaks as "I" outside its quotations."""
    return FIRST_PERSON.search(QUOTED.sub(" ", text)) is not None


def _says_the_company(words: SentenceWords) -> bool:
    """Whether a sentence says "the company" (or firm, group, business): a cheap test before
    its page is read for the company's full name."""
    folded = words.folded
    return any(a == "the" and b in COMPANY_NOUNS for a, b in pairwise(folded))


class PageSubjects:
    """Which pages keep naming each of the question's names, counted once per question."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.counts: dict[tuple[tuple[str, ...], ...], Counter[str]] = {}
        self.lengths: dict[str, int] = {}
        self.authors: dict[str, str] = {}

    def fills(self, question: str, terms: list[Term], cand: Candidate, span: Span | None) -> bool:
        """Whether the one required name the candidate lacks may be filled in from its page;
        when it may, the candidate is marked so (`Candidate.paged`)."""
        missing = cand.missing_required(terms)
        if len(missing) > 1 and self._all_titled(missing, cand, terms):
            return True  # "Ivo Tarn was the fastest man" on the page "2023 Orsa Marathon"
        if len(missing) != 1 or not missing[0].is_name:
            return False
        if missing[0].parts and self._written_by(missing[0], cand):
            cand.paged[terms.index(missing[0])] = 1.0  # "I have lived here 30 years" in her post
            return True
        if _another_edition(cand.passage.title, missing[0], terms):
            return False  # the page "2024 Orsa Regatta" tells nothing of the 2025 race
        by_role = bool(missing[0].parts) and describes_person(self.store, missing[0], cand)
        if (
            missing[0].parts
            and not by_role
            and not (_says_the_company(cand.words) and describes(self.store, missing[0], cand))
        ):
            return False  # a person's name, unless the page gives it as a company's ("… Ltd")
        lone = not any(terms[i].concept.required for i in cand.matched)
        if lone and cand.word_coverage < BRIDGED_LONE_WORDS:
            return False
        others = _other_names(terms, cand, span)
        if (
            others
            and not by_role  # "The chief executive of the Orsa Transit Board resigned"
            and not (_says_he_or_she(cand.words) and _only_modifiers(cand.words, others))
        ):
            return False  # beside "she", a name describing a noun ("Bible school") is no one
        paired = _noun_after(question, missing[0])
        if (
            not by_role
            and not self._prominent(missing[0], cand, lone, terms)
            and not describes(self.store, missing[0], cand, paired)
            and not self._next_door(missing[0], cand, lone, terms)
            and not self._told_by_its_noun(missing[0], cand)
        ):
            return False
        cand.paged[terms.index(missing[0])] = 1.0
        return True

    def _told_by_its_noun(self, term: Term, cand: Candidate) -> bool:
        """Whether the sentence names the body by its last word ("the trust's medical
        director" for the Lisle Health Trust) on a page that names that body and no other
        body of that noun: news names a trust, a council or a club in full once, then "the
        trust"."""
        words = term.concept.words
        if len(words) < 2 or words[-1] not in ORG_KEYWORDS:
            return False  # a body's noun: "the cycle" does not stand for "the Rankine cycle"
        head = words[-1]
        folded = cand.words.folded
        if not any(
            a == "the" and b in (head, f"{head}'s", f"{head}’s") for a, b in pairwise(folded)
        ):
            return False
        source = self.store.get_source(cand.passage.source_id)
        if source is None:
            return False
        found = re.finditer(rf"(?:\b[A-Z][\w'’-]*\s+)+(?i:{re.escape(head)})\b", source.text)
        bodies = {" ".join(m.group(0).lower().split()).removeprefix("the ") for m in found}
        bodies.discard(head)  # "The trust" starting a sentence
        return len(bodies) == 1 and bodies.pop().endswith(" ".join(words))

    def _written_by(self, term: Term, cand: Candidate) -> bool:
        """Whether the sentence speaks in the first person ("I", "my") outside any quotation,
        on a page whose author is the person the question names: the author speaks."""
        if not _first_person(cand.passage.text):
            return False
        source_id = cand.passage.source_id
        if source_id not in self.authors:
            source = self.store.get_source(source_id)
            self.authors[source_id] = (source.author or "") if source else ""
        author = {var.fold(w) for w in re.findall(r"[\w'’-]+", self.authors[source_id])}
        return bool(author) and all(var.fold(w) in author for w in term.concept.words)

    def _all_titled(self, missing: list[Term], cand: Candidate, terms: list[Term]) -> bool:
        """Whether the page's title names every required term the sentence lacks (its subject
        and year), where the sentence says nearly all of the question's other words; the
        candidate is marked so when it does."""
        if cand.word_coverage < LONE_NAME_WORDS:
            return False
        if not all(_titled_subject(cand.passage.title, term, terms) for term in missing):
            return False
        for term in missing:
            cand.paged[terms.index(term)] = 1.0
        return True

    def _prominent(self, term: Term, cand: Candidate, lone: bool, terms: list[Term]) -> bool:
        """Whether the page keeps naming the term (more often still when it is the lone name)."""
        if lone and cand.word_coverage < LONE_NAME_WORDS:
            return False
        if _titled_subject(cand.passage.title, term, terms):
            return True  # a short report names its subject in its title and lead, then goes on
        source = cand.passage.source_id
        named = self._counts(term)[source]
        share = LONE_NAME_SHARE if lone else PROMINENT_SHARE
        return named >= PROMINENT_SENTENCES and named >= share * self._length(source)

    def _next_door(self, term: Term, cand: Candidate, lone: bool, terms: list[Term]) -> bool:
        """Whether one of the two sentences before names the term, where the sentence meets
        another of the question's names and nearly all of its words: news names the place
        once and goes on ("… shook Tarrow on Sunday." then "… said the manager of the grocery").
        A name only after it is more often another subject's (SQuAD's unanswerable questions
        swap in a name from a later sentence)."""
        if lone or cand.word_coverage < NEXT_DOOR_WORDS:
            return False
        p = cand.passage
        nearby = self.store.passages(p.source_id, max(0, p.sentence_no - NEXT_DOOR), p.sentence_no)
        return any(
            e.sentence_no != p.sentence_no
            and _names(e.text, term)
            and not _another_edition(e.text, term, terms)
            for e in nearby
        )

    def _length(self, source: str) -> int:
        if source not in self.lengths:
            self.lengths[source] = len(self.store.sentences(source))
        return self.lengths[source]

    def _counts(self, term: Term) -> Counter[str]:
        if term.forms not in self.counts:
            query = _any_form(term)
            self.counts[term.forms] = _per_source(self.store, query) if query else Counter()
        return self.counts[term.forms]


def _per_source(store: Any, query: str) -> Counter[str]:
    """How many of the query's best `COUNTED_SENTENCES` sentences each source holds."""
    if hasattr(store, "source_counts"):  # counted in the store, no passages made
        return store.source_counts(query, COUNTED_SENTENCES)  # type: ignore[no-any-return]
    return Counter(p.source_id for p in store.search(query, COUNTED_SENTENCES))


def _titled_subject(title: str, term: Term, terms: list[Term]) -> bool:
    """Whether a title names the term and no name the question does not ask about ("Fault
    on the Corvane K90's first flight"; not "Corvane K90 grounded as Brellix B7 is cleared",
    which has two subjects)."""
    if not _names(title, term) or dated_otherwise(title, terms):
        return False
    words = SentenceWords.of(title)
    asked = {w for t in terms for form in t.forms for w in form}
    return all(
        not words.capitalised[k] or k == 0 or low in asked or low in lx.STOPWORDS
        for k, low in enumerate(words.folded)
    )


def _another_edition(text: str, term: Term, terms: list[Term]) -> bool:
    """Whether a text names the term only as another year's ("the 2024 Orsa Regatta" where
    the question asks about the 2025 one)."""
    asked = {t.concept.surface for t in terms if t.concept.kind == "year"}
    if not asked:
        return False
    name = re.escape(term.concept.surface)
    years = set(re.findall(rf"\b((?:1[89]|20)\d\d)\s+{name}\b", text, re.IGNORECASE))
    return bool(years) and not years & asked


def _names(text: str, term: Term) -> bool:
    """Whether a text names the term in one of its spellings."""
    if not any(w in text.lower() for w in term.form_words):
        return False  # cheap test before splitting
    words = SentenceWords.of(text)
    return any(in_sequence(form, words) for form in term.forms if form)


def _noun_after(question: str, term: Term) -> str:
    """The match key of the common noun the question puts right after the name ("Dunmore
    *police*", "the Velda Space *lander*"), or ""."""
    at = question.find(term.concept.surface)
    if at < 0:
        return ""
    after = question[at + len(term.concept.surface) :].split(maxsplit=1)
    word = after[0].strip("?,.;:!") if after else ""
    if not word.isalpha() or not word.islower() or word in lx.STOPWORDS:
        return ""
    return match_key(word)


def _any_form(term: Term) -> str:
    """An FTS query for a sentence holding any spelling of the name (its words as a phrase)."""
    phrases = []
    for form in term.forms:
        words = [w for w in form if w.isalnum()]
        if words:
            phrases.append('"' + " ".join(words) + '"')
    return " OR ".join(dict.fromkeys(phrases))


def _says_he_or_she(words: SentenceWords) -> bool:
    """Whether the sentence speaks of a person by a pronoun: on a page that keeps naming the
    person asked about, "she" is most likely that person."""
    return any(w in lx.PERSON_PRONOUNS for w in words.folded)


def _only_modifiers(words: SentenceWords, positions: list[int]) -> bool:
    """Whether each other name is one capitalised word describing the noun right after it
    ("Bible school", "Senate hearing"), so none is a person ("Eric, both retired", "Jake
    before")."""
    for k in positions:
        nxt = k + 1
        if (
            nxt >= len(words.folded)
            or words.capitalised[nxt]
            or (k > 0 and words.capitalised[k - 1])
        ):
            return False
        if words.starts[nxt] != words.ends[k] + 1:  # a comma or a quote between
            return False
        follower = words.folded[nxt]
        if follower in lx.STOPWORDS or follower in _VERB_WORDS or follower.endswith(("ed", "ing")):
            return False
    return True


_VERB_WORDS = lx.AUXILIARIES | lx.words(lx.SAID_FORMS) | lx.words(lx.SAY_FORMS)


def _other_names(terms: list[Term], cand: Candidate, span: Span | None) -> list[int]:
    """Where the sentence names anyone or anything the question does not, outside its answer,
    its place phrases and its dates; a people's name ("the American maker") only counts when it
    is a country."""
    words = cand.words
    asked = {w for term in terms for form in term.forms for w in form}
    first, last = token_range(words, span.start, span.end) if span else (-1, -1)
    inside = set(range(first, last + 1))
    placed = _in_place_phrases(words)
    addressed = _addressees(words)
    labels = _row_labels(cand.passage.text)
    found: list[int] = []
    for k in range(1, len(words.folded)):
        low = words.folded[k]
        if not words.capitalised[k] or low in asked or k in inside or k in placed:
            continue
        if any(a <= words.starts[k] < b for a, b in labels):
            continue  # "Type: Double-deck coaches; Number: 18": a table's labels, no one
        if low in lx.MONTHS or low in lx.WEEKDAYS or low in lx.STOPWORDS or low.isdigit():
            continue
        if low in lx.HONORIFICS or low in lx.GENERIC_ACRONYMS:  # "Mr." of "Mr. Orlen"; "TV"
            continue
        if demonym_country(low) and not _country_asked(terms):
            continue
        if k in addressed:
            continue  # "told Reuters": who heard it, not a party to what was said
        found.append(k)
    return found


def _row_labels(text: str) -> list[tuple[int, int]]:
    """Where a table row's labels and the first word of each value stand ("Type: Midi
    coaches; Number: 21"): capitalised as a row writes them, not as names."""
    if ":" not in text:
        return []
    out = []
    for cell in LABELLED_VALUE.finditer(text):
        value = cell.start("value")
        first_end = text.find(" ", value, cell.end("value"))
        out.append((cell.start("key"), cell.end("value") if first_end < 0 else first_end))
    return out


def _country_asked(terms: list[Term]) -> bool:
    from sourcedesk.answer.people_places import is_country_word  # late: it imports retrieve

    return any(
        is_country_word(" ".join(form)) or capital_country(" ".join(form))
        for term in terms
        if term.is_name
        for form in term.forms
    )


def _addressees(words: SentenceWords) -> set[int]:
    """The words of the name a statement was told to ("told Mountain Daily News"), or that a
    sentence is credited to ("according to the Port Ellis Evening Star")."""
    found: set[int] = set()
    for k in range(1, len(words.folded)):
        credited = words.folded[k - 1] in ADDRESSEE_VERBS or _according_to(words, k)
        if words.capitalised[k] and (credited or k - 1 in found):
            found.add(k)
    return found


def _according_to(words: SentenceWords, k: int) -> bool:
    """Whether word k opens the name after "according to (the)", or a few lower-case words
    after it ("according to a count the Gazette saw", "according to data from Orsa")."""
    for back in range(k - 1, max(0, k - 1 - CREDIT_REACH), -1):
        if words.folded[back - 1 : back + 1] == ["according", "to"]:
            return True
        if words.capitalised[back]:
            return False
    return False


CREDIT_REACH = 5  # lower-case words between "according to" and the name credited


def _in_place_phrases(words: SentenceWords) -> set[int]:
    """The words of the phrases a place preposition opens ("in Tarsa province", "south of the
    capital Velin")."""
    placed: set[int] = set()
    for k, low in enumerate(words.folded):
        if low in PLACE_OPENERS:
            placed.update(range(k + 1, min(len(words.folded), k + 1 + PLACE_REACH)))
    return placed
