"""Find the sentences that may answer a question: FTS5 candidates, then an IDF re-ranking.

1. `prepare_terms` turns the question's concepts into `Term`s: every spelling that counts
   (stems, British/American endings, romanisations found in the desk's vocabulary, aliases the
   sources define, capitals for countries) and an IDF weight from the desk's own counts.
2. `retrieve` asks the index for a bounded set of sentences matching the terms (`fts.py`: one
   FTS5 query; on a large desk a strict one first, and frequent words only rank the matches),
   scores each by the weighted share of the question it covers, adds the sentence's title,
   heading and neighbours as context for the best few, and returns them best first.

Everything is bounded per query: one or two FTS queries with a LIMIT, a few vocabulary look-ups
(kept while the desk is unchanged, `term_counts.py`), and neighbour reads for the top
candidates only; no pass over the whole desk.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import sqlite3
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from sourcedesk.answer import thesaurus
from sourcedesk.answer import variants as var
from sourcedesk.answer.fts import PREFIX_MIN_CHARS, as_prefix, fts_queries
from sourcedesk.answer.kinship import INVERSE, asked_relative
from sourcedesk.answer.lexicon import (
    BLAME_WORDS,
    CALENDAR_NAMES,
    CARDINAL_WORDS,
    DESCRIBED_SUBJECTS,
    DIMENSION_WORDS,
    FIRST_SINCE,
    FOCUS_WEIGHT,
    IRREGULAR_VERBS,
    LIGHT_WEIGHT,
    LIGHT_WORDS,
    MONTHS,
    NAME_JOINERS,
    NOT_NAMES,
    NUMBER_WORD_ALTERNATION,
    OBJECT_PRONOUNS,
    ORDINAL_WORDS,
    ROLE_FOCUS,
    ROLE_NOUNS,
    SCHEDULE_FRAME,
    STOPWORDS,
    TOKEN_PATTERN,
    VERB_FORMS,
    WEEKDAYS,
    WORD_FOCUS,
    WORD_USE_FRAME,
    WORKPLACE_FRAME,
    YEAR_PATTERN,
    words,
)
from sourcedesk.answer.person_names import FullNames, person_parts
from sourcedesk.answer.question import Concept, Question, gives_cause, word_concept
from sourcedesk.answer.reasons import POINTS_BACK
from sourcedesk.answer.term_counts import (
    desk_facts,
    near_in_vocabulary,
    prefix_docs,
    sentence_count,
    term_docs,
)
from sourcedesk.records import KEY_FACTS, Passage
from sourcedesk.research.entity_data import FIRM_TAILS, GIVEN_NAMES, ORG_KEYWORDS

CANDIDATES = 50  # sentences the FTS query returns
STRICT_CANDIDATES = 20  # of them, at most this many from the strict query (see fts_queries)
CONTEXT_TOP = 20  # candidates whose neighbours are read
HEADING_TOP = 10  # candidates whose section heading may answer in their stead
OPENER_CONTEXT_CREDIT = 0.75  # the same for a sentence that opens on "he", "the 55-year-old"
CONTEXT_CREDIT = 0.4  # a term met only in the heading, title or a neighbour counts this much
PREFIX_CREDIT = 0.8  # a word whose stem only shares a prefix with the question's
NAME_GAP = 2  # words of one name stand at most this far apart ("Republic of Korea")
MIDDLE_NAMES = 1  # given names a question may leave out between a name's words
NAME_WEIGHT = 1.3  # names carry a little more than their IDF says
DEFAULT_IDF = 3.0  # weight when the store keeps no term counts
# A dictionary word the desk never uses is the reader's own word for what a page says in
# other words ("tranquillised" for "sedated"): it weighs what a word of middling rarity does,
# not the most a word can. A word no dictionary holds ("strengt", "customeries") keeps its
# full weight: it is a misspelling or a thing the sources do not know; so does the negation
# of a word the desk holds ("untrained": `_opposite_held`).
OWN_WORD_IDF = 3.0
MAX_DAY = 31
MONTH_WORDS = frozenset(MONTHS) | frozenset(m[:3] for m in MONTHS) | {"sept"}
MISSING_PENALTY = 0.3  # per key constraint (name, year, number) a sentence lacks
RANK_PENALTY = 0.03  # per place down the BM25 order (BM25 sees length and term frequency)
OTHER_NAME_PENALTY = 0.02  # per capitalised word naming something the question does not
MAX_OTHER_NAMES = 5
NAME_ANSWERS = frozenset(("who", "where", "which", "list"))


@dataclass(frozen=True)
class Term:
    """A question concept ready for matching: its spellings and its weight."""

    concept: Concept
    forms: tuple[tuple[str, ...], ...]  # each form: folded words that must all appear
    weight: float
    fts_words: tuple[str, ...]
    loose: frozenset[str] = frozenset()  # match keys of synonyms (partial credit)
    opposite: frozenset[str] = frozenset()  # stems of antonyms
    light: bool = False  # a light word or the focus noun (weighs less, never decides)
    known: bool = True  # every word of the question's own spelling is in the desk
    docs: tuple[tuple[str, int], ...] = ()  # sentences holding each search word, if counted
    parts: tuple[str, ...] = ()  # a person's given name and surname, each may stand alone
    not_day: bool = False  # a number the question gives as no day of a month ("iPad 3")
    by_body_name: bool = False  # a kind of body the desk never says, met by a body's name
    related: frozenset[str] = frozenset()  # match keys of WordNet's related words (less credit)

    @cached_property
    def is_name(self) -> bool:
        """Whether the term is a proper name (fuzzy spelling allowed)."""
        return self.concept.kind == "name"

    @cached_property
    def form_words(self) -> frozenset[str]:
        """Every folded word of every spelling (made once: each sentence word is checked)."""
        return frozenset(word for form in self.forms for word in form)

    @cached_property
    def form_keys(self) -> frozenset[str]:
        """The match keys of `form_words`."""
        return frozenset(match_key(word) for word in self.form_words)

    @cached_property
    def anchor_memo(self) -> dict[tuple[str, str], bool]:
        """Which sentence words (match key, folded form) stand for the term, as found: every
        answer span asks again of the same words."""
        return {}


@dataclass
class SentenceWords:
    """A text's words: folded, their match keys, and where they are."""

    folded: list[str]
    keys: list[str]
    spans: list[tuple[int, int]]
    capitalised: list[bool]

    @cached_property
    def starts(self) -> list[int]:
        """Where each word starts (made once: every answer span is placed by bisection)."""
        return [s for s, _ in self.spans]

    @cached_property
    def ends(self) -> list[int]:
        """Where each word ends."""
        return [e for _, e in self.spans]

    def capitalised_words(self) -> set[str]:
        """The folded words that were capitalised in the text."""
        return {w for w, cap in zip(self.folded, self.capitalised, strict=True) if cap}

    @classmethod
    def of(cls, text: str) -> SentenceWords:
        """Split and key a text (cached: titles, headings and neighbours repeat)."""
        return _words_of(text)

    @classmethod
    def split(cls, text: str) -> SentenceWords:
        """Split and key a text."""
        matches = list(TOKEN_PATTERN.finditer(text))
        if not matches:
            return cls([], [], [], [])
        folded, capitalised, keyed = zip(*[_token(m.group()) for m in matches], strict=True)
        keys = list(keyed)
        if capitalised[0]:
            keys[0] = match_key(folded[0])  # the first word's capital is its place's, not a name's
        return cls(list(folded), keys, [m.span() for m in matches], list(capitalised))


@dataclass
class Candidate:
    """A sentence that may answer the question, with what it matched."""

    passage: Passage
    words: SentenceWords
    matched: dict[int, float] = field(default_factory=dict)  # term index -> credit
    context: dict[int, float] = field(default_factory=dict)  # credit from the neighbours
    titled: dict[int, float] = field(default_factory=dict)  # credit from title and heading
    # Terms that name the sentence's section outright ("listed in the bibliography"): met.
    sectioned: dict[int, float] = field(default_factory=dict)
    paged: dict[int, float] = field(default_factory=dict)  # names its page keeps naming
    dated: dict[int, float] = field(default_factory=dict)  # years its page's date gives
    other_names: int = 0  # capitalised words naming things the question does not
    # Title names the sentence speaks of though it names others: "the bridge" for the page's
    # "Venlow Bridge", or any name of the page's title in its key facts ("Designer: …").
    described: frozenset[int] = frozenset()
    before: Passage | None = None
    after: Passage | None = None
    coverage: float = 0.0
    word_coverage: float = 1.0  # the share of the question's ordinary words it covers
    score: float = 0.0
    rank: int = 0

    def missing_required(self, terms: list[Term]) -> list[Term]:
        """Required terms met neither in the sentence nor in its context.

        A name met only in the title or heading counts when the sentence names nothing else:
        "Relations were established in 1992" under "North Korea–Ukraine relations" does, a
        sentence about two other countries under that title does not.
        """
        return [
            t
            for i, t in enumerate(terms)
            if t.concept.required and (not self.has_term(i) or self._other_year(i, t))
        ]

    def _other_year(self, i: int, term: Term) -> bool:
        """Whether the asked year is met only around a sentence that gives years of its own
        ("between 2011 and 2016, with 312 deaths" after a sentence about 2019)."""
        if term.concept.kind != "year" or self.matched.get(i):
            return False
        return YEAR_PATTERN.search(self.passage.text) is not None

    def has_term(self, i: int) -> bool:
        """Whether term i is met in the sentence, around it, or in its page's title."""
        if self.matched.get(i) or self.context.get(i) or self.sectioned.get(i):
            return True
        if self.paged.get(i) or self.dated.get(i):
            return True
        return bool(self.titled.get(i)) and (
            self.other_names == 0 or i in self.described or bool(FACT_ROW.match(self.passage.text))
        )  # "Operator: Orsa Lifts" under "Orsa chairlift" is about the chairlift

    def word_credit(self, i: int) -> float:
        """How well the sentence, the one before or its section holds question word i."""
        return max(self.matched.get(i, 0.0), self.context.get(i, 0.0), self.sectioned.get(i, 0.0))

    def contradicted(self, terms: list[Term]) -> list[Term]:
        """Question words the sentence lacks while it says their opposite."""
        stems = {var.stem(w) for w in self.words.folded}
        if FIRST_SINCE.search(self.passage.text):
            stems.discard(var.stem("first"))  # "the first time since 1965": when it last was
        return [t for i, t in enumerate(terms) if t.opposite & stems and not self.matched.get(i)]


# A page's key fact, one labelled value ("Operator: Orsa Lifts"): it tells of the page's subject
FACT_ROW = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,3}: [^.;:]{1,80}$")


@lru_cache(maxsize=200_000)
def _token(word: str) -> tuple[str, bool, str]:
    """A word as `SentenceWords.split` keeps it: folded, capitalised, and its key: the match
    key, or for a capitalised word its folded form (names inside a sentence are compared as
    written, and a name's stem is not made unless it opens the text). One cached look-up a
    word instead of three."""
    low = var.fold(word)
    capital = word[:1].isupper()
    return low, capital, low if capital else match_key(low)


@lru_cache(maxsize=200_000)
def match_key(folded: str) -> str:
    """The key two words share when they are the same word: American spelling, Porter stem."""
    american = IRREGULAR_VERBS.get(folded, folded)
    for british, us in var.data.SPELLING_SUFFIXES:
        if british == "ence" and folded not in var.data.ENSE_WORDS:
            continue  # "sentence" and "sentenced" must keep one key
        if folded.endswith(british) and len(folded) > len(british) + 2:
            american = folded[: -len(british)] + us
            break
    return var.stem(american)


# -- terms --------------------------------------------------------------------------------------


# Synonyms that only a when-question reads ("When does it close?": "open until 12 March").
WHEN_ONLY_SYNONYMS = frozenset(("until", "till"))


def prepare_terms(store: Any, question: Question) -> list[Term]:
    """The question's concepts with their spellings and IDF weights from the desk."""
    total = max(sentence_count(store), 1)
    places = _places_in(question)
    aliases = _alias_forms(store, [c for c in question.concepts if c.kind == "name"], places)
    relative = asked_relative(question.text)
    terms = []
    concepts = [_opening_word(store, question, c) for c in question.concepts]
    for concept in [part for c in concepts if c for part in _compound_parts(store, c)]:
        forms = {concept.words}
        forms.update(_spelling_forms(store, concept))
        forms.update(aliases.get(concept.words, ()))
        forms.update(_longer_name(store, concept))  # "Orsa Regatta": "Orsa Rowing Regatta"
        forms.update(_verb_forms(concept))
        forms.update(_spelled_out(concept))  # "CEO": "chief executive"
        forms.update(_without_vessel_prefix(concept))  # "MV Heron Bay": "the Heron Bay"
        forms.update(_number_spelled(question.text, concept))  # "3rd": "third"
        lightness = _lightness(question, concept)
        idf, known = _weight(store, concept, total)
        if not known and _own_word(concept) and not _opposite_held(store, concept.words[0]):
            idf = min(idf, OWN_WORD_IDF)
        weight = idf * lightness
        scheduled = concept.words[0] != "due" or not gives_cause(question.text)
        loose_words = (
            var.synonyms(concept.words[0]) if _may_loosen(concept) and scheduled else frozenset()
        )
        if question.qtype != "when":
            loose_words -= WHEN_ONLY_SYNONYMS  # "Did it close?" is no "until 48 hours"
        if concept.kind == "word" and len(concept.words) == 1:
            loose_words |= _adjectives_held(store, concept.words[0])  # "fully": "full"
        if _asks_a_doer(question, concept) and concept.kind == "word":
            loose_words |= var.data.AGENT_NOUNS.get(concept.words[0], frozenset())
            if question.qtype == "who":  # "Who is the leader of …?": "…, who leads …"
                loose_words |= var.data.AGENT_VERBS.get(concept.words[0], frozenset())
        if relative and concept.words == (relative[1],):
            loose_words |= INVERSE[relative[1]]  # "Harald's grandson Eirik": Eirik's grandfather
        if concept.words == ("charge",) and IN_CHARGE.search(question.text):
            # "in charge of the inquiry": who leads it, not who was charged or what it costs
            forms = {("in", "charge")}
            loose_words = IN_CHARGE_WORDS | (loose_words & var.data.AGENT_NOUNS["charge"])
        related = _related_words(concept, loose_words, known)
        # a lone word is searched even when it is a stop word ("named" of "named after")
        fts = sorted(
            {w for form in forms for w in form if w not in STOPWORDS or len(form) == 1}
            | loose_words
        )
        loose = frozenset(match_key(w) for w in loose_words)
        opposite = var.antonyms(concept.words[0]) if concept.kind == "word" else frozenset()
        parts = person_parts(concept)
        terms.append(
            Term(
                concept,
                tuple(sorted(forms)),
                weight,
                tuple(fts),
                loose,
                opposite,
                lightness < 1,
                known,
                _word_docs(store, fts, concept.kind == "name" and not known),
                parts,
                concept.kind == "number" and not _beside_month(question.text, concept.surface),
                _kind_never_said(question, concept, known),
                frozenset(match_key(w) for w in related) - loose,
            )
        )
    return terms


def _own_word(concept: Concept) -> bool:
    """Whether a concept is one dictionary word (see `OWN_WORD_IDF`)."""
    return (
        concept.kind == "word"
        and len(concept.words) == 1
        and bool(thesaurus.parts_of_speech(concept.words[0]))
    )


def _opposite_held(store: Any, word: str) -> bool:
    """Whether the desk holds the word a word it never uses negates ("untrained" where pages
    say "trained"): then the word asks what the sources do not say, and keeps its full
    weight."""
    base = thesaurus.negated(word)
    if not base:
        return False
    docs = term_docs(store, [var.stem(base)])
    return docs is not None and any(count > 0 for count in docs.values())


def _related_words(concept: Concept, loose: frozenset[str], known: bool) -> frozenset[str]:
    """WordNet's related words of a one-word concept (`thesaurus.py`), beside its curated
    synonyms; none for a name or a number."""
    if concept.kind != "word" or len(concept.words) != 1 or known:
        return frozenset()
    word = concept.words[0]
    return (thesaurus.related(word) | thesaurus.derived(word)) - loose - {word}


# Kinds of body a page names without saying the kind ("the Tramway Safety Board").
UNSAID_KIND_FOCUS = words(
    "agency agencies company companies firm firms organisation organization body bodies"
)


def _kind_never_said(question: Question, concept: Concept, known: bool) -> bool:
    """Whether the concept is the which-question's kind of body and no sentence says it:
    "Which agency …?" on a desk that names "the Tramway Safety Board" and never "agency".
    A body's name then meets the word (`_credit_body_names`)."""
    return (
        not known
        and question.qtype == "which"
        and concept.kind == "word"
        and concept.words == (question.focus.lower(),)
        and question.focus.lower() in UNSAID_KIND_FOCUS
    )


DOER_FOCUS = frozenset(
    ("company", "firm", "body", "organisation", "organization", "group", "business", "operator")
)


BODY_DOINGS = words(
    "operate operates operated own owns owned build builds built supply supplies supplied"
)


def _asks_a_doer(question: Question, concept: Concept) -> bool:
    """Who-questions, and which-questions about a company or a body by a verb a body does
    ("Which company operates the lift?"): the doer may be told by the noun for what it does
    ("Operator: Orsa Lifts"); a company "runs" no chief executive."""
    if question.qtype == "who":
        return True
    return (
        question.qtype == "which"
        and question.focus.lower() in DOER_FOCUS
        and concept.words[0] in BODY_DOINGS
    )


OPENING_WORD_LOOKED_AT = 30  # sentences read to see how the desk writes a question's first word


def _opening_word(store: Any, question: Question, concept: Concept) -> Concept | None:
    """A question's first word read as a name only for its capital ("Beginning in what year
    ...?", "Besides wine, what ...?") is a plain word when the desk writes it in lower case
    more often than with a capital inside a sentence; a name the desk always capitalises stays
    one (None: a word too common to count)."""
    surface = concept.surface
    if concept.kind != "name" or len(concept.words) != 1 or not surface[1:].islower():
        return concept
    if not question.text.lstrip("\"'“‘(¿¡ ").startswith(surface):
        return concept
    return word_concept(surface) if written_in_lower_case(store, surface) else concept


def written_in_lower_case(store: Any, word: str) -> bool:
    """Whether the desk writes a capitalised word ("Beginning", "Detectives") in lower case
    more often than with a capital inside a sentence: a common word, capitalised where it
    opens a sentence or a question, not a name."""
    lower, capital = case_counts(store, word)
    return lower > capital


def case_counts(store: Any, word: str) -> tuple[int, int]:
    """How often the desk writes a word in lower case, and with a capital inside a sentence
    (after another word), in the passages that hold it."""
    low = word.lower()
    lower = capital = 0
    for passage in store.search(f'"{var.fold(word)}"', OPENING_WORD_LOOKED_AT):
        lower += len(re.findall(rf"(?<!\w){re.escape(low)}(?!\w)", passage.text))
        capital += len(re.findall(rf"(?<=\w[\s,;(]){re.escape(word)}(?!\w)", passage.text))
    return lower, capital


COMPOUND_NAME = re.compile(r"^[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)+$")


def _compound_parts(store: Any, concept: Concept) -> list[Concept]:
    """A name joined by hyphens from names ("the Norland-Ostmark rift", "Halvik-Corvane talks") as
    its parts, when the desk never writes the compound but names both parts in one sentence:
    it tells "the rift between Ostmark and Norland". A compound the desk writes ("Tarn-Vela")
    stays one name, and so does a double name whose parts never meet ("Harrow-Vance")."""
    if concept.kind != "name" or not COMPOUND_NAME.match(concept.surface):
        return [concept]
    phrase = " ".join(w for w in concept.words if w.isalnum())
    if not phrase or store.search(f'"{phrase}"', 1):
        return [concept]
    parts = concept.surface.split("-")
    together = " AND ".join(f'"{var.fold(part)}"' for part in parts)
    if not store.search(together, 1):
        return [concept]  # "Harrow-Vance", a double name: no sentence names both parts
    return [Concept(part, "name", tuple(var.fold(w) for w in var.tokens(part))) for part in parts]


def _beside_month(text: str, number: str) -> bool:
    """Whether the question writes a number as a day of a month ("on 3 April", "April 3")."""
    words = [w.lower().strip(".,") for w in text.split()]
    for i, word in enumerate(words):
        if word.strip("?") == number.lower():
            near = words[max(0, i - 1) : i] + [w.strip("?") for w in words[i + 1 : i + 3]]
            if MONTH_WORDS.intersection(near):
                return True
    return False


def _verb_forms(concept: Concept) -> set[tuple[str, ...]]:
    """An irregular verb's past forms, which stemming does not reach: "What did he eat?" is
    answered by "ate" or "eaten"; a question in the past ("fought") keeps to the past."""
    if concept.kind != "word":
        return set()
    word = concept.words[0]
    pasts = VERB_FORMS.get(IRREGULAR_VERBS.get(word, word), frozenset())
    forms: set[tuple[str, ...]] = {(form,) for form in pasts}
    return forms - {concept.words}


def _word_docs(store: Any, words: list[str], prefixes: bool) -> tuple[tuple[str, int], ...]:
    """How many sentences hold each word (its stem, or any word it begins when the query
    searches it as a prefix); empty when the store does not count."""
    stems = {w: var.stem(w) for w in words}
    docs = term_docs(store, list(stems.values()))
    if docs is None:
        return ()
    out = []
    for word, stem in stems.items():
        held = docs.get(stem, 0)
        if prefixes and as_prefix(word):
            held = max(held, prefix_docs(store, stem))
        out.append((word, held))
    return tuple(out)


# Phrases of which a sentence often keeps one word and drops the other: the light words of
# each ("crew members" is "31 crew"; "run aground" is "grounded"; "not dealt with straight away"
# is "ignored for five hours").
# "in charge of transport": who leads it; what is led says more than the idiom
IN_CHARGE = re.compile(r"\bin\s+charge\b", re.IGNORECASE)
IN_CHARGE_WORDS = words(
    "lead leads leading led head heads heading headed run runs running oversee oversees "
    "overseeing overseen manage manages managing managed command commanded commanding"
)

PHRASE_LIGHT: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"\b(?:crew|staff|family|team|cabin|board)\s+members?\b", re.I),
     words("member members")),
    (re.compile(r"\b(?:run|ran|runs)\s+aground\b", re.I), words("run ran runs")),
    (re.compile(r"\b(?:straight|right)\s+away\b", re.I), words("straight right away")),
    (IN_CHARGE, words("charge")),
    # "Which company is responsible for running the ferries?": which runs them
    (re.compile(r"\bresponsible\s+for\s+\w+ing\b", re.I), words("responsible")),
)  # fmt: skip
# Verbs that only say a thing is somewhere, which a sentence giving the place seldom repeats.
LOCATING_VERBS = words("stand stands stood sit sits lie lies")  # not "located": often said


# Prefixes a ship's name is told with or without ("MV", "HMS").
VESSEL_PREFIXES = words("mv ms hms ss rms uss mt fv")


def _without_vessel_prefix(concept: Concept) -> set[tuple[str, ...]]:
    """A ship's name without its prefix, which a page may leave out."""
    if concept.kind != "name" or len(concept.words) < 2 or concept.words[0] not in VESSEL_PREFIXES:
        return set()
    return {concept.words[1:]}


def _lightness(question: Question, concept: Concept) -> float:
    """Light words and the focus noun count for less (they are often paraphrased or absent)."""
    if concept.kind != "word":
        return 1.0
    word = concept.words[0]
    if question.focus and match_key(word) == match_key(question.focus):
        return FOCUS_WEIGHT
    if word in ROLE_FOCUS and any(c.kind == "name" for c in question.concepts):
        return FOCUS_WEIGHT
    if word in LIGHT_WORDS or word in _word_use_frame(question):
        return LIGHT_WEIGHT
    if question.qtype == "why" and word in BLAME_WORDS:
        return LIGHT_WEIGHT  # "What do they blame it on?": the sources may say "explanation"
    if (word in DIMENSION_WORDS or word in ("fast", "long")) and question.qtype == "how_much":
        return LIGHT_WEIGHT  # "How fast is the chip?": "a 624MHz chip" never says "fast"
    if any(word in light and phrase.search(question.text) for phrase, light in PHRASE_LIGHT):
        return LIGHT_WEIGHT
    if question.qtype == "where" and word in LOCATING_VERBS:
        return LIGHT_WEIGHT  # "Where does the mill stand?": "a mill on Tarn Hill"
    if word in _scheduling_words(question.text):
        return LIGHT_WEIGHT  # "due to appear" is told as "will appear"
    workplace = WORKPLACE_FRAME.match(question.text)
    if workplace and word == workplace.group("verb").lower():
        return LIGHT_WEIGHT
    if _in_a_time_clause(question.text, word):
        return LIGHT_WEIGHT  # "… hurt while the jaguar was on the loose?": "during the escape"
    if word in ROLE_VERBS and _as_a_role(question.text):
        return LIGHT_WEIGHT  # "Who runs the museum as its director?": "…, the museum's director"
    if _who_is_the_one_who(question.text, word):
        return FOCUS_WEIGHT  # "Who was the woman who died?" asks who died
    if word in question.setting:
        return LIGHT_WEIGHT  # "In the town, what parasite …?": a place, seldom repeated
    return 1.0


# "Who was the woman who died?", "Who were the men that found it?": the plain noun for
# someone is the who-question's focus, the relative clause is what is asked
WHO_THE_ONE = re.compile(
    r"^\W*who\s+(?:is|are|was|were)\s+the\s+(person|people|man|men|woman|women|one|ones)"
    r"\s+(?:who|that|whose)\b",
    re.IGNORECASE,
)


def _who_is_the_one_who(text: str, word: str) -> bool:
    found = WHO_THE_ONE.match(text)
    return found is not None and found.group(1).lower() == word


# A clause a question sets its event in ("while the jaguar was on the loose", "during the
# storm"), after the asked predicate: sources tell that time in words of their own.
TIME_CLAUSE = re.compile(
    r"^\W*\w+\s+.+?\s(?:while|during|whilst"
    # "… after the director resigned?": a clause with a subject and a verb of its own
    r"|(?:after|before|once|when)(?=\s+(?:the|his|her|its|their)\s+[\w-]+\s+(?:[\w-]+\s+)?[\w-]+ed\b"
    # "… when she was caught?": a pronoun's own passive or past
    r"|\s+(?:he|she|it|they|we)\s+(?:was|were|had\s+been|got)\s+"
    rf"(?:[\w-]+ed|{'|'.join(sorted(IRREGULAR_VERBS))})\b))"
    r"\s(?P<clause>[^?]+)",
    re.IGNORECASE,
)


ASKING_WORD = re.compile(r"\b(?:what|which|how|when|where|who|whom|whose)\b", re.IGNORECASE)


def _in_time_clause_text(text: str) -> str:
    """The time clause of a question, lower-cased ("" when it has none)."""
    found = TIME_CLAUSE.match(text)
    if found is None or ASKING_WORD.search(found.group("clause")):
        return ""  # "… during what years?": the asked time itself
    return found.group("clause").lower()


def _in_a_time_clause(text: str, word: str) -> bool:
    """Whether a question word stands only in the time clause the question sets its event in."""
    clause = _in_time_clause_text(text)
    if not clause or word not in re.findall(r"[\w'’-]+", clause):
        return False
    head = text.lower()[: text.lower().find(clause)]
    return word not in re.findall(r"[\w'’-]+", head)


# Verbs a question may put before the post it asks about ("Who serves as the club's captain?").
ROLE_VERBS = words("run runs ran serve serves served act acts acted work works worked")
AS_ROLE = re.compile(
    r"\bas\s+(?:(?:its|their|the|his|her|a|an)\s+)?(?:[\w'’-]+['’]s\s+)?(?P<role>[a-z-]+)"
)


def _as_a_role(text: str) -> bool:
    """Whether a question names the post someone holds after "as" ("as its director")."""
    return any(m.group("role") in ROLE_NOUNS for m in AS_ROLE.finditer(text.lower()))


@functools.lru_cache(maxsize=256)
def _scheduling_words(text: str) -> frozenset[str]:
    return frozenset(m.group("word") or m.group("due") for m in SCHEDULE_FRAME.finditer(text))


def _word_use_frame(question: Question) -> frozenset[str]:
    """ "Which word did X use to belittle Y?": "use" and "belittle" say how a word was used, and
    the sentence that gives the word says so in its own way."""
    if question.focus not in WORD_FOCUS:
        return frozenset()
    frame = WORD_USE_FRAME.search(question.text)
    if frame is None:
        return frozenset()
    return frozenset(w.lower() for w in (frame.group("use"), frame.group("verb")) if w)


def _may_loosen(concept: Concept) -> bool:
    return concept.kind in ("word", "name", "title") and len(concept.words) == 1


def _weight(store: Any, concept: Concept, total: int) -> tuple[float, bool]:
    """The concept's IDF weight, and whether the desk holds all its words."""
    stems = [var.stem(w) for w in concept.words]
    docs = term_docs(store, stems)
    if docs is None:
        return DEFAULT_IDF * (NAME_WEIGHT if concept.kind == "name" else 1.0), False
    rarest = min((docs.get(s, 0) for s in stems), default=0)
    idf = math.log(1 + (total - rarest + 0.5) / (rarest + 0.5))
    return idf * (NAME_WEIGHT if concept.kind == "name" else 1.0), rarest > 0


def _spelling_forms(store: Any, concept: Concept) -> set[tuple[str, ...]]:
    """Other spellings of each word of a concept that the desk actually uses."""
    if concept.kind in ("year", "number"):
        return set()
    out: set[tuple[str, ...]] = set()
    for i, word in enumerate(concept.words):
        options = var.spelling_variants(word)
        if concept.kind == "name":
            options |= var.transliteration_variants(word)
        for option in _present(store, word, options, concept.kind == "name"):
            out.add((*concept.words[:i], option, *concept.words[i + 1 :]))
    return out


def _adjectives_held(store: Any, word: str) -> frozenset[str]:
    """The adjective an adverb is made from, where the desk says it and never the adverb
    ("recover fully" is told "a full recovery"); matched loosely, as a synonym. A desk that
    writes the adverb is searched by it alone: "officially" would bring in every "official"."""
    bases = var.adverb_bases(word)
    if not bases:
        return frozenset()
    docs = term_docs(store, [var.stem(word)])
    if docs is not None and docs.get(var.stem(word)):
        return frozenset()
    return frozenset(_present(store, word, bases, False))


def _present(store: Any, word: str, options: set[str], name: bool) -> set[str]:
    """The options the desk's vocabulary holds, plus near spellings of an unknown name."""
    by_stem = {var.stem(o): o for o in options}
    docs = term_docs(store, [*by_stem, var.stem(word)])
    if docs is None:
        return options
    found = {o for s, o in by_stem.items() if docs.get(s)}
    if name and not docs.get(var.stem(word)) and len(word) >= var.data.FUZZY_MIN_CHARS:
        found |= near_in_vocabulary(store, word)
    return found


def _places_in(question: Question) -> frozenset[str]:
    """Names the question uses as places ("in Paris"): a capital there is the city, not its
    country's government ("Kyiv said" is Ukraine; "in Kyiv" is Kyiv)."""
    return frozenset(var.alias_key(m.group(1)) for m in PLACE_PHRASE.finditer(question.text))


PLACE_PHRASE = re.compile(r"\b(?:in|at|near|outside)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _alias_forms(
    store: Any, names: list[Concept], places: frozenset[str] = frozenset()
) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """Other names for each name concept: defined by the sources, capitals, short forms."""
    out: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    learned = _learned_aliases(store, [var.alias_key(c.surface) for c in names])
    for concept in names:
        surface = OWNER_END.sub("", concept.surface)  # "China's" has China's other names
        key = var.alias_key(concept.surface)
        forms: set[str] = set()
        for short, long in learned:
            if key in (var.alias_key(short), var.alias_key(long)):
                forms.update((short, long))
        capital = None if key in places else var.capital_country(surface)
        for country in (capital, var.demonym_country(surface)):
            if country:
                forms.add(country)
                forms.update(var.short_forms(country))
        others = var.short_forms(surface)
        forms.update(others)
        forms.update(_firm_short_form(surface))
        forms.update(var.capitals_of(surface))
        forms.update(f for f in initialisms(surface) if _written_as_initials(store, f, surface))
        for name in [surface, *others]:  # the country asked by name, not by its capital
            forms.update(var.country_demonyms(name))
        out[concept.words] = {_name_words(f) for f in forms if var.alias_key(f) != key}
    return out


LONGER_NAME_LOOKED_AT = 40  # sentences read for a shortened name's full form


def _longer_name(store: Any, concept: Concept) -> set[tuple[str, ...]]:
    """The full names a question shortens: "Kellmarsh Regatta" for "Kellmarsh International Rowing
    Regatta", its first and last words with one or two capitalised words between. Full names that
    are not one inside the other ("… Junior Open", "… Senior Open") leave the short one as it
    is: it could be either."""
    words = concept.surface.split()
    if concept.kind != "name" or not 2 <= len(words) <= 3 or len(words) != len(concept.words):
        return set()
    first, last, middle = words[0], words[-1], words[1:-1]
    pattern = re.compile(
        rf"\b{re.escape(first)}((?:\s+[A-Z][\w'’-]*){{1,2}}?)\s+{re.escape(last)}\b"
    )
    found: set[tuple[str, ...]] = set()
    query = f'"{var.fold(first)}" AND "{var.fold(last)}"'
    for passage in store.search(query, LONGER_NAME_LOOKED_AT):
        for match in pattern.finditer(passage.text):
            if all(word in match.group(1).split() for word in middle):
                found.add(_name_words(match.group(0)))
    nested = sorted(found, key=len)
    if any(not set(a) <= set(b) for a, b in itertools.pairwise(nested)):
        return set()
    return found


def _firm_short_form(name: str) -> set[str]:
    """A company's first word, the way pages shorten "Tarnhold Airways" ("Tarnhold")."""
    words = name.split()
    return {words[0]} if len(words) == 2 and words[1].lower() in FIRM_TAILS else set()


def _spelled_out(concept: Concept) -> set[tuple[str, ...]]:
    """The long forms of a common acronym the question writes as a word ("CEO"), alone or in
    a name ("Halvik CEO": "Halvik chief executive")."""
    out = set()
    for i, word in enumerate(concept.words):
        for long in var.data.COMMON_ACRONYMS.get(word, ()):
            out.add((*concept.words[:i], *_name_words(long), *concept.words[i + 1 :]))
    *owner, role = concept.words
    if owner and role in var.data.COMMON_ACRONYMS:  # "the Halvik Bank CEO": "CEO of Halvik Bank"
        out.add((role, *owner))
        out.update((*_name_words(long), *owner) for long in var.data.COMMON_ACRONYMS[role])
    return out


def _number_spelled(text: str, concept: Concept) -> set[tuple[str, ...]]:
    """A small figure the question writes in digits as a sentence may spell it: "3" as
    "three", "3rd" (the question's "3" glued to "rd") as "third"."""
    if concept.kind != "number" or not concept.surface.isdigit():
        return set()
    value = int(concept.surface)
    glued = re.search(rf"(?<![\d,.]){value}(st|nd|rd|th)\b", text, re.IGNORECASE)
    # "one" is as often a pronoun ("the one that ...") as a count
    cardinal = CARDINAL_WORDS.get(value) if value > 1 else None
    word = ORDINAL_WORDS.get(value) if glued else cardinal
    return {(word,)} if word else set()


OWNER_END = re.compile(r"['’]s?$")
MIN_INITIALS = 3  # shorter initialisms ("BM" for "Big Machine") meet other names by chance
OWNER_S = frozenset(("'", "’", "s", "'s", "’s"))


INITIALS_LOOKED_AT = 20  # sentences read to see an initialism written in capitals


def _written_as_initials(store: Any, initials: str, name: str) -> bool:
    """Whether a page that spells the name out also writes its initialism in capitals ("the
    American Music Awards … the AMAs"): "car" is no CAR, and an "IRA" on a page that never
    names the Inflation Reduction Act is another IRA."""
    capitals = re.compile(rf"\b{re.escape(initials)}\b")
    spelled = " ".join(f'"{w}"' for w in _name_words(name) if w.isalnum())
    if not spelled:
        return False
    pages = {p.source_id for p in store.search(spelled, INITIALS_LOOKED_AT)}
    found = store.search(f'"{initials.lower()}"', INITIALS_LOOKED_AT)
    return any(p.source_id in pages and capitals.search(p.text) for p in found)


def initialisms(name: str) -> list[str]:
    """What a name of three or more capitalised words is shortened to by its initials,
    joining words left out ("American Music Awards": "AMA" and "AMAs"; "United Arab
    Emirates": "UAE")."""
    parts = [w for w in var.tokens(name) if var.fold(w) not in NAME_JOINERS and w not in OWNER_S]
    if len(parts) < MIN_INITIALS or not all(w[:1].isupper() for w in parts):
        return []
    letters = "".join(w[0] for w in parts)
    return [letters, letters + "s"] if parts[-1].endswith("s") else [letters]


def _name_words(name: str) -> tuple[str, ...]:
    words = [var.fold(w) for w in var.tokens(name)]
    return tuple(w for w in words if w not in NAME_JOINERS and w != "s")


def _learned_aliases(store: Any, keys: list[str]) -> list[tuple[str, str]]:
    if not keys or not hasattr(store, "aliases"):
        return []
    try:
        facts = desk_facts(store)
        if facts is None or not facts.aliases_learned:
            learn_aliases(store)
            facts = desk_facts(store)  # learning may itself have changed the desk
            if facts is not None:
                facts.aliases_learned = True
        return list(store.aliases(keys))
    except sqlite3.Error:
        return []


def learn_aliases(store: Any) -> int:
    """Read the alias definitions of every source not read yet; how many sources were read."""
    pending = store.unscanned_for_aliases()
    for source_id in pending:
        source = store.get_source(source_id)
        store.put_aliases(source_id, alias_rows(source.text if source else ""))
    return len(pending)


def alias_rows(text: str) -> list[tuple[str, str, str, str]]:
    """The (short key, long key, short, long) names a text defines or implies (an acronym it
    writes beside the name it spells), as the alias table keeps them; computed where pages are
    prepared, so the writer only stores them."""
    found = [*var.find_aliases(text), *var.implied_acronyms(text)]
    pairs = {(var.alias_key(short), var.alias_key(long), short, long) for short, long in found}
    return sorted(pairs)


# -- candidates ---------------------------------------------------------------------------------


def retrieve(store: Any, question: Question, terms: list[Term]) -> list[Candidate]:
    """Candidate sentences for a question, best first, with their matches and coverage."""
    passages = _search(store, fts_queries(terms))
    if not passages:
        return []
    candidates = [Candidate(p, SentenceWords.of(p.text)) for p in passages]
    total = sum(t.weight for t in terms) or 1.0
    naming = FullNames(store)
    for rank, cand in enumerate(candidates):
        cand.rank = rank
        _match_candidate(store, cand, terms, naming, question.text)
        _score(cand, question, terms, total)
    candidates.sort(key=lambda c: -c.score)
    top = candidates[:CONTEXT_TOP]
    _add_neighbours(store, top, terms, naming)
    _credit_spelled_acronyms(store, top, terms)
    _credit_page_kind(store, top, terms, question.text)
    top += _continuations(store, candidates, top, terms, naming, question.text)
    headings = _heading_candidates(store, top, terms)
    for cand in headings:
        _match_candidate(store, cand, terms, naming, question.text)
    candidates += headings
    for cand in top + headings:
        _score(cand, question, terms, total)
    candidates.sort(key=lambda c: -c.score)
    return candidates


def scored_passages(
    store: Any, question: Question, terms: list[Term], passages: list[Passage]
) -> list[Candidate]:
    """Passages found otherwise than by the question's words, matched and scored against
    them as `retrieve` does its own (with the sentences around them as context)."""
    candidates = [Candidate(p, SentenceWords.of(p.text)) for p in passages]
    total = sum(t.weight for t in terms) or 1.0
    naming = FullNames(store)
    for cand in candidates:
        _match_candidate(store, cand, terms, naming, question.text)
    _add_neighbours(store, candidates, terms, naming)
    for cand in candidates:
        _score(cand, question, terms, total)
    return candidates


def _heading_candidates(store: Any, top: list[Candidate], terms: list[Term]) -> list[Candidate]:
    """The section headings of the best candidates that name what the question names, as
    candidates of their own: a list of products or tips often tells its facts in the heading
    alone ("Tarn Buds for $149" over a paragraph that says what the buds do)."""
    names = [i for i, t in enumerate(terms) if t.is_name]
    if not names:
        return []
    out: list[Candidate] = []
    seen: set[tuple[str, str]] = set()
    sections: dict[str, list[Any]] = {}  # read once per source
    for cand in top[:HEADING_TOP]:
        p = cand.passage
        key = (p.source_id, p.heading)
        if not p.heading or key in seen:
            continue
        seen.add(key)
        words = SentenceWords.of(p.heading)
        met = [i for i in names if i in match_terms(terms, words)]
        if not met or any(_name_goes_on(terms[i], words) for i in met):
            continue  # "iPhone 12 Pro Max for $999" is no price of the iPhone 12 Pro
        if p.source_id not in sections:
            sections[p.source_id] = store.sections(p.source_id)
        section = next(
            (
                s
                for s in sections[p.source_id]
                if s.heading == p.heading and s.start <= p.start < s.end
            ),
            None,
        )
        if section is not None:
            passage = replace(
                p, start=section.start, end=section.start + len(p.heading), text=p.heading,
                heading="", paragraph_no=-1,
            )  # fmt: skip
            out.append(Candidate(passage, words, rank=cand.rank))
    return out


def _match_candidate(
    store: Any, cand: Candidate, terms: list[Term], naming: FullNames, question_text: str
) -> None:
    """What a candidate meets of the question: in itself, and in its page's title, section
    heading, year and publisher."""
    p = cand.passage
    cand.matched = match_terms(terms, cand.words)
    _credit_body_names(terms, p.text, cand.matched)
    naming.credit_parts(terms, cand.words, p.source_id, cand.matched, p.title)
    about = f"{p.title} {p.heading} {_page_year(p)} {_publisher(store, p.source_id)}"
    heading = SentenceWords.of(about)
    cand.titled = _only_new(match_terms(terms, heading), cand.matched)
    for i in [i for i in cand.titled if terms[i].by_body_name]:
        del cand.titled[i]  # "Which agency …?" is not the wire agency that published the page
    if cand.titled and dated_otherwise(p.title, terms):
        cand.titled = {}  # the page "2024 Orsa Marathon" is not the 2025 race's
    if cand.titled and not FACT_ROW.match(p.text):  # "Operator: X" names the answer, no object
        cand.titled = _not_filled_by_another(cand, terms, cand.titled, question_text)
    if cand.titled:
        cand.titled = _not_another_bearer(cand, terms, cand.titled, naming)
    cand.sectioned = _section_named(terms, p.heading, cand.titled)
    cand.dated = _dated(terms, p, cand.matched)
    cand.other_names = _other_names(cand, terms)
    if cand.titled and not cand.other_names and _opens_with_another_name(cand, terms, naming):
        cand.other_names = 1
    if cand.titled and not cand.other_names and _opens_with_a_group(cand, terms):
        cand.other_names = 1
    if cand.titled and cand.other_names:
        cand.described = _described(cand, terms)


def _credit_body_names(terms: list[Term], text: str, matched: dict[int, float]) -> None:
    """A sentence that names a body ("the Tramway Safety Board") meets the question's kind of
    body where the desk never says that word ("Which agency …?")."""
    for i, term in enumerate(terms):
        if term.by_body_name and i not in matched and _spells_a_body(text):
            matched[i] = 1.0


def _spells_a_body(text: str) -> bool:
    """Whether a sentence names a body in full ("the Tramway Safety Board"); an acronym alone
    may be a wire's credit ("LISLE (NPA) -")."""
    return any(body_name(m.group(0)) for m in BODY_NAME.finditer(text))


TITLE_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def dated_otherwise(title: str, terms: list[Term]) -> bool:
    """Whether a title is dated to years the question does not ask about: "2024 Orsa
    Marathon" is not the page of the 2025 race."""
    asked = {t.concept.surface for t in terms if t.concept.kind == "year"}
    titled = set(TITLE_YEAR.findall(title)) if asked else set()
    return bool(titled) and not asked & titled


def _described(cand: Candidate, terms: list[Term]) -> frozenset[int]:
    """The title's names that a sentence naming others still speaks of: in the key facts of
    an encyclopedia page about it (an infobox's "Designer: Ottmar Reisch" under "Venlow
    Bridge"), or by the common noun that ends the name, after "the" ("The bridge was designed
    by …")."""
    if cand.passage.heading == KEY_FACTS:
        return frozenset(i for i in cand.titled if terms[i].is_name)
    folded = cand.words.folded
    pairs = set(itertools.pairwise(folded))
    out = set()
    for i in cand.titled:
        words = terms[i].concept.surface.split()
        head = var.fold(words[-1]) if len(words) >= 2 else ""
        if terms[i].is_name and head.isalpha() and ("the", head) in pairs:
            out.add(i)
    return frozenset(out)


# A sentence whose subject is a group ("All seven of those charged …", "Two others …") tells
# of many people, not of the one person a page's title names.
GROUP_OPENER = re.compile(
    r"^\W*(?:so far,?\s+|also,?\s+)?(?:(?:all|both|the other|other)"
    r"(?:\s+(?:"
    + NUMBER_WORD_ALTERNATION
    + r"|\d+))?|(?:"
    + NUMBER_WORD_ALTERNATION
    + r"|\d+)\s+(?:of|others|other|more|men|women|people|members)|others)\b",
    re.IGNORECASE,
)


def _opens_with_a_group(cand: Candidate, terms: list[Term]) -> bool:
    """Whether the title gives the question's person to a sentence about a group."""
    if not any(terms[i].parts for i in cand.titled):
        return False
    found = GROUP_OPENER.match(cand.passage.text)
    # "All three of her prize wins …" are the title's person's own
    return found is not None and not OWN_GROUP.match(cand.passage.text, found.end())


OWN_GROUP = re.compile(r"\s+(?:of\s+)?(?:her|his|its|their)\b", re.IGNORECASE)
OPENING_VERB_REACH = 3  # "Haran died", "Haran also died": the question's verb right after


def _opens_with_another_name(cand: Candidate, terms: list[Term], naming: FullNames) -> bool:
    """Whether the sentence opens with a name of its page the question does not ask about,
    doing what the question asks: the title's person is then not its subject ("Haran died in
    2009 at age 64." under "Harbour boss Vellard dies at 81"; "Lionsgate is facing …" under a
    film's title still speaks of the film)."""
    if not any(terms[i].is_name for i in cand.titled) or not cand.words.folded:
        return False
    asked = {i for i in cand.matched if not terms[i].is_name}
    verbs = {match_key(w) for i in asked for form in terms[i].forms for w in form}
    opening = cand.words.keys[1:OPENING_VERB_REACH]
    if not verbs.intersection(opening):
        return False
    after = cand.words.folded[opening.index(next(k for k in opening if k in verbs)) + 2 :][:1]
    if after and after[0] in OBJECT_PRONOUNS:
        return False  # "Fenn sentenced him to nine years": the title's person is the object
    first = cand.words.folded[0]
    known = {w for t in terms for form in t.forms for w in form}
    if first in known or first in _NOT_OTHER_NAMES or first in STOPWORDS or not first.isalpha():
        return False
    start, end = cand.words.spans[0]
    return naming.names_someone(cand.passage.source_id, cand.passage.text[start:end])


def _not_another_bearer(
    cand: Candidate, terms: list[Term], titled: dict[int, float], naming: FullNames
) -> dict[int, float]:
    """The title's credit, less a person's name whose lone surname the sentence writes on a
    page that names someone else of that surname ("Lindell, 44, …" under "Mara Lindell
    to skip the final", on a page that names her sister Ilse Lindell)."""
    kept = dict(titled)
    for i in titled:
        parts = terms[i].parts
        lone = bool(parts) and parts[-1] in cand.words.folded
        if lone and naming.other_bearer(cand.passage.source_id, parts):
            del kept[i]
    return kept


def _not_filled_by_another(
    cand: Candidate, terms: list[Term], titled: dict[int, float], question_text: str
) -> dict[int, float]:
    """The title's credit, less the words that follow a question verb the sentence gives
    another named object: under the title "Safety board: ...", "Coombes, who chairs the
    Brennock Action Group, said ..." does not say who chairs the safety board."""
    kept = dict(titled)
    for i in titled:
        verb = max((j for j in cand.matched if j < i), default=None)
        if (
            verb is not None
            and _object_of(question_text, terms[verb], terms[i])
            and _named_after(cand.words, terms[verb], terms[i])
        ):
            del kept[i]
    return kept


def _object_of(question_text: str, verb: Term, asked: Term) -> bool:
    """Whether the question says `asked` right after `verb` ("chairs the safety board")."""
    pattern = (
        rf"\b{re.escape(verb.concept.surface)}\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?"
        rf"(?:\w+\s+){{0,2}}?{re.escape(asked.concept.surface)}\b"
    )
    return re.search(pattern, question_text, re.IGNORECASE) is not None


def _named_after(words: SentenceWords, verb: Term, asked: Term) -> bool:
    """Whether the sentence names, right after a word of `verb`, something `asked` is not."""
    if verb.concept.kind != "word" or verb.is_name:
        return False
    for k, key in enumerate(words.keys):
        if key not in verb.form_keys:
            continue
        after = k + 1
        while after < len(words.folded) and words.folded[after] in OBJECT_DETERMINERS:
            after += 1
        if (
            after < len(words.folded)
            and words.capitalised[after]
            and words.folded[after] not in asked.form_words
            and words.folded[after] not in _NOT_OTHER_NAMES
            and _body_head(words, after) not in ("", *asked.form_words)
        ):
            return True
    return False


def _body_head(words: SentenceWords, first: int) -> str:
    """The last word of the capitalised name starting at `first` when it names a body
    ("Brennock Bridge Action Group": group), else "" (a place or a person names no other
    object of the asked kind: "visited Bologna" may be the region)."""
    last = first
    while (
        last + 1 < len(words.folded)
        and words.capitalised[last + 1]
        and words.spans[last + 1][0] - words.spans[last][1] <= 1  # not "Group (BBAG)"
    ):
        last += 1
    head = words.folded[last]
    return head if body_name(head) else ""


OBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})


RELATIVE_YEAR = re.compile(r"\b(last|this|next)\s+year\b", re.IGNORECASE)
RELATIVE_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}


def _page_year(p: Passage) -> str:
    """The year a sentence's page date gives it: "61,000 visitors last year" on a page of
    2025 tells of 2024 (a sentence that gives a year of its own is read by that year)."""
    year = (p.published or "")[:4]
    relative = RELATIVE_YEAR.search(p.text) if year.isdigit() else None
    if relative is None or YEAR_PATTERN.search(p.text):
        return year
    return str(int(year) + RELATIVE_YEAR_SHIFT[relative.group(1).lower()])


def _dated(terms: list[Term], p: Passage, matched: dict[int, float]) -> dict[int, float]:
    """The question's year, met by the date of a page whose sentence gives no year of its own:
    news tells the year's events as "last month", "on Tuesday"."""
    year = _page_year(p)
    if not year or YEAR_PATTERN.search(p.text):
        return {}
    return {
        i: 1.0
        for i, t in enumerate(terms)
        if t.concept.kind == "year" and t.concept.words == (year,) and i not in matched
    }


def _continuations(
    store: Any,
    candidates: list[Candidate],
    top: list[Candidate],
    terms: list[Term],
    naming: FullNames,
    question_text: str,
) -> list[Candidate]:
    """The sentences that go on about what a top candidate named ("A ranger ... has the
    flu. The 48-year-old is ...", "He was born in 1970."), added as candidates of their own
    with that sentence as context: they hold none of the question's words, so the search
    never finds them."""
    held = {(c.passage.source_id, c.passage.sentence_no) for c in candidates}
    added = []
    for cand in top:
        after = cand.after
        if after is None or not PRONOUN_OPENER.match(after.text):
            continue
        if (after.source_id, after.sentence_no) in held:
            continue
        held.add((after.source_id, after.sentence_no))
        follower = Candidate(after, SentenceWords.of(after.text), rank=len(candidates))
        _match_candidate(store, follower, terms, naming, question_text)
        follower.before = cand.passage
        _match_before(follower, terms, naming)
        candidates.append(follower)
        added.append(follower)
    return added  # fmt: skip


def _section_named(terms: list[Term], heading: str, titled: dict[int, float]) -> dict[int, float]:
    """The question's terms that are the whole heading of the sentence's section: "Whose work
    is listed in the bibliography?" points at the section headed "Bibliography", so a sentence
    there meets that word as fully as if it said it (a heading word among others, or a title
    word, is only context)."""
    if not heading or not titled:
        return {}
    words = SentenceWords.of(heading)
    named = {i: c for i, c in match_terms(terms, words).items() if i in titled}
    covered = sum(len(terms[i].concept.words) for i in named)
    own = sum(1 for w in words.folded if w not in STOPWORDS)
    return named if named and own <= covered else {}


def _search(store: Any, queries: list[str]) -> list[Passage]:
    """The first query's best `STRICT_CANDIDATES` matches (all of them if it is the only one),
    then the next query's, until `CANDIDATES` sentences are found."""
    out: dict[tuple[str, int], Passage] = {}
    for n, query in enumerate(queries):
        limit = CANDIDATES if n == len(queries) - 1 else STRICT_CANDIDATES
        for p in store.search(query, limit):
            if len(out) < CANDIDATES:
                out.setdefault((p.source_id, p.sentence_no), p)
    return list(out.values())


_PUBLISHERS: dict[tuple[str, str], str] = {}
# A sentence opening on a pronoun continues the one before, even across a paragraph break.
PRONOUNS_BACK = r"(?:he|she|his|her|they|their|its|it)\b"
DESCRIBED_BACK = r"the\s+(?:\S+\s+){0,3}?(?:" + "|".join(sorted(DESCRIBED_SUBJECTS)) + r")\b"
PRONOUN_OPENER = re.compile(
    r"[\"“‘']?"
    + PRONOUNS_BACK
    # "The former “Harbour Lights” star, 39, ...", "The 23-year-old ...": a description of
    # whom the sentence before named, however far back its paragraph began
    + r"|the\s+(?:former|late|\d+-year-old\b)"
    + r"|"
    + DESCRIBED_BACK
    + r"[^\w’']",
    re.IGNORECASE,
)


def _publisher(store: Any, source_id: str) -> str:
    """Who published a source (it answers "according to X"), read once per source."""
    desk = str(getattr(store, "path", id(store)))
    key = (desk, source_id)
    if key not in _PUBLISHERS and hasattr(store, "source_details"):
        for source in store.source_details():  # one query for every page's details, no text
            _PUBLISHERS[(desk, source.id)] = source.publisher or ""
    if key not in _PUBLISHERS:
        source = store.get_source(source_id)
        _PUBLISHERS[key] = (source.publisher or "") if source else ""
    return _PUBLISHERS[key]


def _only_new(found: dict[int, float], matched: dict[int, float]) -> dict[int, float]:
    return {i: c for i, c in found.items() if c > matched.get(i, 0.0)}


def _add_neighbours(
    store: Any, cands: list[Candidate], terms: list[Term], naming: FullNames
) -> None:
    """Read the sentences before and after each candidate (one query when the store can)."""
    places = [
        (c.passage.source_id, c.passage.sentence_no + step) for c in cands for step in (-1, 1)
    ]
    found = {(p.source_id, p.sentence_no): p for p in _sentences_at(store, places)}
    for cand in cands:
        p = cand.passage
        before = found.get((p.source_id, p.sentence_no - 1))
        if before and (
            before.paragraph_no == p.paragraph_no
            or PRONOUN_OPENER.match(p.text)
            or POINTS_BACK_OPENER.match(p.text)
        ):
            # "His friendship ..." speaks of whom the sentence before named; "Because of that
            # …" gives that sentence as its reason
            cand.before = before
        cand.after = found.get((p.source_id, p.sentence_no + 1))
        _match_before(cand, terms, naming)
    _credit_referred_names(store, cands, terms, naming)


REFERENCE_HOPS = 2  # sentences further back than the one before that a reference may reach


def _credit_referred_names(
    store: Any, cands: list[Candidate], terms: list[Term], naming: FullNames
) -> None:
    """The question's names met, as context, in the sentence a chain of references leads back
    to: in "Tarvia Homes reported a loss. The company blamed costs. Its chief executive, Mara
    Quint, said …", the third sentence speaks of Tarvia Homes through "Its" and "The company",
    though the sentence before it names no one. Each sentence passed must open on a
    reference and stand in the paragraph of the one after it (or open on a pronoun); only
    names are credited, never the farther sentence's other words."""
    names = [i for i, t in enumerate(terms) if t.is_name]
    if not names:
        return
    chains = {id(c): c.before for c in cands if c.before and _refers_back(c, names)}
    for _hop in range(REFERENCE_HOPS):
        if not chains:
            return
        places = [(b.source_id, b.sentence_no - 1) for b in chains.values() if b is not None]
        found = {(p.source_id, p.sentence_no): p for p in _sentences_at(store, places)}
        following: dict[int, Passage] = {}
        for cand in cands:
            nearer = chains.get(id(cand))
            if nearer is None:
                continue
            farther = found.get((nearer.source_id, nearer.sentence_no - 1))
            if farther is None or not (
                farther.paragraph_no == nearer.paragraph_no or PRONOUN_OPENER.match(nearer.text)
            ):
                continue
            met = match_terms(terms, SentenceWords.of(farther.text))
            naming.credit_parts(terms, SentenceWords.of(farther.text), farther.source_id, met)
            for i in names:
                if met.get(i, 0.0) > max(cand.matched.get(i, 0.0), cand.context.get(i, 0.0)):
                    cand.context[i] = met[i]
            if _leads_back(farther.text):
                following[id(cand)] = farther
        chains = following


def _refers_back(cand: Candidate, names: list[int]) -> bool:
    """Whether a candidate lacks one of the question's names, speaks of someone by reference
    and follows a sentence that leads further back."""
    before = cand.before
    if before is None or all(cand.matched.get(i) or cand.context.get(i) for i in names):
        return False
    return REFERENCE.search(cand.passage.text) is not None and _leads_back(before.text)


def _leads_back(text: str) -> bool:
    """Whether a sentence speaks of what a sentence before it named: it opens on a reference
    and names no one of its own, or opens on an owner's word ("Its chief executive, Mara
    Quint, …" is the company's, named further back)."""
    if PRONOUN_OPENER.match(text) is None:
        # "In May a court fined him £900": a person spoken of by a pronoun
        # inside the sentence, where the sentence names no person of its own
        return PERSONAL_PRONOUN.search(text) is not None and not _names_a_person(text)
    return OWNER_OPENER.match(text) is not None or not _names_anyone(text)


PERSONAL_PRONOUN = re.compile(r"\b(?:he|him|his|she|her)\b", re.IGNORECASE)


def _names_a_person(text: str) -> bool:
    """Whether a sentence names someone by a given name ("Ada Vell", not "the Orsa Trust")."""
    return any(var.fold(word) in GIVEN_NAMES for word in CAPITALISED_WORD.findall(text))


CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _names_anyone(text: str) -> bool:
    """Whether a sentence names a person or body after its first word (a day or a month
    names no one)."""
    return any(var.fold(m.group(0)) not in CALENDAR_NAMES for m in NAME_AFTER_FIRST.finditer(text))


OWNER_OPENER = re.compile(
    r"[\"“‘']?(?:his|her|their|its)\b|the\s+(?:\S+\s+){0,3}?\w+['’]s\b", re.IGNORECASE
)
NAME_AFTER_FIRST = re.compile(r"(?<=[\w,;:’'”\)] )[A-Z][a-z]+")
# A word that speaks of someone named before, anywhere in a sentence: a pronoun, or "the
# company", "the firm"
REFERENCE = re.compile(
    r"\b" + PRONOUNS_BACK + r"|\b(?:him|them)\b|\b" + DESCRIBED_BACK, re.IGNORECASE
)  # "the jury convicted him": an object pronoun speaks of someone too


# "Orsa Ferries is a small ferry operator based …": what kind of thing a page is about,
# from its first sentence
PAGE_DEFINITION = re.compile(
    r"^[^.;]{1,120}?\b(?:is|was|are|were)\s+(?:a|an|the)\s+(?P<kind>(?:[\w-]+\s+){0,3}[\w-]+)"
)


def _credit_page_kind(store: Any, cands: list[Candidate], terms: list[Term], asked: str) -> None:
    """A question's "the ferry operator" met, as context, by a sentence of a page whose first
    sentence says its subject is one, where the sentence speaks of that subject: a key fact
    ("Founder: …"), a reference ("The company was established …") or the page's own name."""
    kinds = [
        i
        for i, t in enumerate(terms)
        if t.concept.kind == "word"
        and len(t.concept.words) == 1
        and re.search(rf"\bthe\s+{re.escape(t.concept.words[0])}\b", asked, re.IGNORECASE)
    ]
    if not kinds:
        return
    defined: dict[str, frozenset[str]] = {}
    for cand in cands:
        unmet = [i for i in kinds if not cand.has_term(i)]
        if not unmet or not _speaks_of_page_subject(cand):
            continue
        source_id = cand.passage.source_id
        if source_id not in defined:
            first = store.passages(source_id, 0, 0)
            found = PAGE_DEFINITION.match(first[0].text) if first else None
            said = found.group("kind").split() if found else []
            defined[source_id] = frozenset(match_key(var.fold(w)) for w in said)
        for i in unmet:
            if {match_key(w) for w in terms[i].concept.words} & defined[source_id]:
                cand.context[i] = 1.0


def _speaks_of_page_subject(cand: Candidate) -> bool:
    """Whether a sentence speaks of its page's subject without naming anything else first: a
    key fact of the page, or a sentence opening on a reference ("It", "The company")."""
    p = cand.passage
    if p.heading == KEY_FACTS and FACT_ROW.match(p.text):
        return True
    return PRONOUN_OPENER.match(p.text) is not None


POINTS_BACK_OPENER = re.compile(r"^\W*" + POINTS_BACK.pattern, re.IGNORECASE)


def _credit_spelled_acronyms(store: Any, cands: list[Candidate], terms: list[Term]) -> None:
    """An acronym the desk never writes ("ESA") is met, as context, by a sentence shortly
    after its page spells out a name it abbreviates ("The European Space Agency says ...")."""
    unknown = [i for i, t in enumerate(terms) if not t.known and _is_acronym(t.concept.surface)]
    if not unknown:
        return
    texts: dict[str, str] = {}
    for cand in cands:
        p = cand.passage
        if _names_a_body(p.text):
            continue  # "NASA said its own probe …" is NASA's, whatever ESA said before
        if p.source_id not in texts:
            source = store.get_source(p.source_id)
            texts[p.source_id] = source.text if source is not None else ""
        before = texts[p.source_id][max(0, p.start - var.data.ACRONYM_REACH_CHARS) : p.end]
        for i in unknown:
            if not cand.matched.get(i) and _spells_out(f"{p.title}\n{before}", terms[i]):
                cand.context[i] = 1.0


BODY_NAME = re.compile(r"\b[A-Z]{2,6}\b|\b[A-Z][a-z]+ (?:[A-Z][a-z]+ )*[A-Z][a-z]+\b")


def _names_a_body(text: str) -> bool:
    """Whether a sentence names a body of its own: an acronym, or a capitalised name ending
    in an organisation's word ("the Federal Aviation Administration")."""
    return any(
        name.isupper() or body_name(name) for name in (m.group(0) for m in BODY_NAME.finditer(text))
    )


def body_name(name: str) -> bool:
    """Whether a name ends as an organisation's does ("Associated Press", "Kraft Foods Inc.",
    "Brennock Bridge Action Group")."""
    words = name.split()
    return bool(words) and var.fold(words[-1]).rstrip(".") in ORG_KEYWORDS


def _is_acronym(surface: str) -> bool:
    bare = _bare(surface)
    return bare.isalpha() and bare.isupper() and 2 <= len(bare) <= 6


def _bare(surface: str) -> str:
    """A name without its possessive ending ("ESA's")."""
    return OWNER_END.sub("", surface)


CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|de|du|des)?\s*[A-Z][\w'’-]*)+")


def _spells_out(text: str, term: Term) -> bool:
    """Whether a text writes a run of capitalised words whose initials are the acronym."""
    acronym = _bare(term.concept.surface)
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group(0).split()
        if _spells(acronym, words):
            return True
    return False


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether a run of capitalised words, less a leading "The", spells the acronym ("The
    European Space Agency" spells ESA). A word in capitals gives itself whole: "World War II"
    spells WWII, not WWI; and a name is the whole run ("Santa Maria and San Luis" is no MSL)."""
    if words[0].lower() in var.data.ACRONYM_SKIP:
        words = words[1:]
    return (
        bool(words)
        and var.acronym_fits(acronym, words)
        and all(w in acronym for w in words if len(w) > 1 and w.isupper())
    )


def _sentences_at(store: Any, places: list[tuple[str, int]]) -> list[Passage]:
    if hasattr(store, "sentences_at"):
        return list(store.sentences_at(places))
    out = []
    for source_id, idx in places:
        out.extend(store.passages(source_id, idx, idx))
    return out


def _match_before(cand: Candidate, terms: list[Term], naming: FullNames) -> None:
    if cand.before:
        before = SentenceWords.of(cand.before.text)
        found = match_terms(terms, before)
        naming.credit_parts(terms, before, cand.before.source_id, found)
        for i, credit in _only_new(found, cand.matched).items():
            cand.context[i] = max(cand.context.get(i, 0.0), credit)


def rescore(cand: Candidate, question: Question, terms: list[Term]) -> None:
    """Work out a candidate's coverage and score again after its matches changed."""
    _score(cand, question, terms, sum(t.weight for t in terms) or 1.0)


def _score(cand: Candidate, question: Question, terms: list[Term], total: float) -> None:
    inside = sum(terms[i].weight * c for i, c in cand.matched.items())
    around = 0.0
    # "The 55-year-old is ...", "He was born ...": what the sentence before named is its subject
    carried = OPENER_CONTEXT_CREDIT if PRONOUN_OPENER.match(cand.passage.text) else CONTEXT_CREDIT
    for i, credit in cand.context.items():
        around += carried * terms[i].weight * max(0.0, credit - cand.matched.get(i, 0.0))
    # A sentence that names nobody is about its page: the title's names are its subject.
    title_credit = 1.0 if cand.other_names == 0 else CONTEXT_CREDIT
    for i, credit in cand.titled.items():
        if i not in cand.context:
            weight = 1.0 if i in cand.sectioned else title_credit
            around += weight * terms[i].weight * max(0.0, credit - cand.matched.get(i, 0.0))
    cand.coverage = (inside + around) / total
    cand.word_coverage = _word_coverage(cand, terms)
    missing = len(cand.missing_required(terms))
    # Where the answer is itself a name, naming others is no sign of another subject.
    names_answer = question.qtype in NAME_ANSWERS or question.plural_focus
    others = 0 if names_answer else min(cand.other_names, MAX_OTHER_NAMES)
    cand.score = (
        cand.coverage
        - MISSING_PENALTY * missing
        - OTHER_NAME_PENALTY * others
        - RANK_PENALTY * cand.rank
    )


def ordinary_terms(terms: list[Term]) -> list[int]:
    """The positions of the question's ordinary words: words, not names, and not light."""
    return [i for i, t in enumerate(terms) if t.concept.kind == "word" and not t.light]


def _word_coverage(cand: Candidate, terms: list[Term]) -> float:
    """Weighted share of the question's ordinary words met in the sentence or the one before."""
    ordinary = ordinary_terms(terms)
    total = sum(terms[i].weight for i in ordinary)
    if not total:
        return 1.0
    met = sum(terms[i].weight * cand.word_credit(i) for i in ordinary)
    return met / total


_NOT_OTHER_NAMES = NOT_NAMES | MONTH_WORDS | frozenset(WEEKDAYS)  # "Friday, Dec. 6"


def _other_names(cand: Candidate, terms: list[Term]) -> int:
    """Capitalised words after the first that the question does not mention (other subjects)."""
    if not any(t.is_name for t in terms):
        return 0
    known = {w for t in terms for form in t.forms for w in form}
    words = cand.words
    count = 0
    for i in range(1, len(words.folded)):
        low = words.folded[i]
        if not words.capitalised[i] or low in known or low in _NOT_OTHER_NAMES:
            continue
        if not any(var.same_name(low, k) for k in known if k[:1] == low[:1]):
            count += 1
    return count


def match_terms(terms: list[Term], words: SentenceWords) -> dict[int, float]:
    """For each term the text meets, its credit (1 exact, less for a looser spelling)."""
    out = {}
    keys = set(words.keys)
    folded = set(words.folded)
    for i, term in enumerate(terms):
        best = 0.0  # the best form's credit (a plain loop: this runs for every text and term)
        for form in term.forms:
            credit = _form_credit(term, form, keys, folded, words)
            if credit > best:
                best = credit
        if not best and term.loose & keys and _loose_in_sense(term, words):
            best = var.data.SYNONYM_CREDIT
        if not best and term.related & keys:
            best = thesaurus.RELATED_CREDIT
        if best > 0:
            out[i] = best
    return out


def _loose_in_sense(term: Term, words: SentenceWords) -> bool:
    """Whether a synonym's stem is met by a word in that sense: "a lengthy restoration" of an
    engine shares the stem of "restored" but resumes no service, and "Gallow Head", a name,
    leads nowhere for "headed"."""
    verb = any(w.endswith(VERB_ENDINGS) for w in term.concept.words)
    return any(
        key in term.loose
        and folded not in var.data.OTHER_SENSE_FORMS
        and not (verb and i > 0 and words.capitalised[i])
        for i, (key, folded) in enumerate(zip(words.keys, words.folded, strict=True))
    )


def _form_credit(
    term: Term, form: tuple[str, ...], keys: set[str], folded: set[str], words: SentenceWords
) -> float:
    credit = 1.0
    for word in form:
        if term.concept.kind == "year":
            hit = 1.0 if word in folded or _number_in(word, words) else 0.0
        elif term.concept.kind == "number":
            hit = 1.0 if _number_in(word, words, term.not_day) else 0.0
        else:
            hit = _word_credit(word, term.is_name, keys, folded, words)
        if not hit:
            return 0.0
        credit = min(credit, hit)
    if term.is_name and len(form) > 1 and not in_sequence(form, words):
        return 0.0  # "Ned Varo" is not met by "Ned Ostby, Tim Varo"
    return credit


def _name_goes_on(term: Term, words: SentenceWords) -> bool:
    """Whether the name's last word is followed by another capitalised word: a longer name,
    another thing ("Tarn Buds Pro" is not the "Tarn Buds")."""
    last = term.concept.words[-1]
    for i, w in enumerate(words.folded):
        if w != last:
            continue
        k = i + 1
        while k < len(words.folded) and words.folded[k].isdigit():
            k += 1  # "Tarn Phone 3 Max": the model number belongs to the name
        if k < len(words.folded) and words.capitalised[k]:
            return True
    return False


def in_sequence(form: tuple[str, ...], words: SentenceWords) -> bool:
    """Whether a name's words stand together, in order (a joiner or 's may sit between)."""
    places = [
        [
            i
            for i, w in enumerate(words.folded)
            if w == word or (w[:1] == word[:1] and var.same_name(w, word))
        ]
        for word in form
    ]
    ends = set(places[0])
    for spots in places[1:]:
        ends = {p for p in spots if any(_name_gap(words, e, p) for e in ends)}
        if not ends:
            return False
    return bool(ends)  # a one-word form not there at all is not there


def _name_gap(words: SentenceWords, before: int, after: int) -> bool:
    """Whether two words of a name may stand this far apart: close, or only particles and one
    middle name between ("Pieter Van Der Lee" is met by the question's "Pieter ... Lee",
    "Karl Otto von Brenning" by "Karl von Brenning"; "Ned Ostby, Tim Varo" does not meet
    "Ned Varo")."""
    if after <= before:
        return False
    if after - before <= NAME_GAP:
        return True
    between = [k for k in range(before + 1, after) if words.folded[k] not in NAME_JOINERS]
    return len(between) <= MIDDLE_NAMES and all(words.capitalised[k] for k in between)


def _number_in(number: str, words: SentenceWords, not_day: bool = False) -> bool:
    """Whether the sentence writes the number; with `not_day`, not as the day of a date
    ("figures released April 3" does not hold the 3 of "iPad 3")."""
    plain = number.replace(",", "")
    return any(
        w.replace(",", "") == plain and not (not_day and _day_of_date(words, i))
        for i, w in enumerate(words.folded)
    )


def _day_of_date(words: SentenceWords, i: int) -> bool:
    folded = words.folded
    if not folded[i].isdigit() or int(folded[i]) > MAX_DAY:
        return False
    beside = folded[max(0, i - 1) : i] + folded[i + 1 : i + 2]
    of_month = folded[i + 1 : i + 2] == ["of"] and MONTH_WORDS.intersection(folded[i + 2 : i + 3])
    return bool(MONTH_WORDS.intersection(beside) or of_month)


def _verb_met_only_in_names(word: str, key: str, words: SentenceWords) -> bool:
    """Whether a question's verb form shares its stem only with a capitalised word inside the
    sentence: "headed" is not met by "Gallow Head", nor "reading" by "Reading"."""
    if not word.endswith(VERB_ENDINGS):
        return False
    return all(i > 0 and words.capitalised[i] for i, k in enumerate(words.keys) if k == key)


VERB_ENDINGS = ("ed", "ing")


def _word_credit(
    word: str, name: bool, keys: set[str], folded: set[str], words: SentenceWords
) -> float:
    key = match_key(word)
    if word in folded:
        return 1.0
    if key in keys:
        return 0.0 if _verb_met_only_in_names(word, key, words) else 1.0
    if name:
        near = (w for w in words.capitalised_words() if w[:1] == word[:1])
        return 1.0 if any(var.same_name(word, w) for w in near) else 0.0
    if len(key) >= PREFIX_MIN_CHARS:
        for other in keys:
            if len(other) >= PREFIX_MIN_CHARS and (other.startswith(key) or key.startswith(other)):
                return PREFIX_CREDIT
    return 0.0


@lru_cache(maxsize=20_000)
def _words_of(text: str) -> SentenceWords:
    return SentenceWords.split(text)
