"""A person named in full once and by one name after: "Dana Holm ... Holm said".

News names a person in full at first mention and by the surname (or, in releases and features,
the given name) after that. A question that gives the full name must still find the later
sentences. A lone part counts only in a source that names the person in full somewhere, and
only where it stands alone: "Korea" of "South Korea" is not "North Korea", and a source
without "Tomas Breck" may speak of another Breck, unless a title marks the surname
("President Trump") and another source of the desk gives the name whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import variants as var
from sourcedesk.research.entity_data import ORG_KEYWORDS, PLACE_KEYWORDS, THING_KEYWORDS

if TYPE_CHECKING:
    from sourcedesk.answer.question import Concept
    from sourcedesk.answer.retrieve import SentenceWords, Term

PART_CREDIT = 0.9  # a lone surname or given name in a source that gives the full name
NAMING_SENTENCES = 500  # sentences read to learn which sources give the full name
MIN_PART_CHARS = 2
NOT_GIVEN_NAMES = lx.words(
    """
    north south east west northern southern eastern western new united great saint san santa
    los las el le la de upper lower central greater old
    """
)
NOT_PERSON_HEADS = ORG_KEYWORDS | PLACE_KEYWORDS | THING_KEYWORDS | lx.STRUCTURE_HEADS


def person_parts(concept: Concept) -> tuple[str, ...]:
    """The first and last word of a name that looks like a person's ("Dana Holm"), or ()."""
    words = concept.words
    # particles are not among the words: "Pieter Van Der Lee" is Pieter ... Lee
    surface = [w for w in concept.surface.split() if w.lower() not in lx.NAME_JOINERS]
    if concept.kind != "name" or not 2 <= len(words) <= 3 or len(surface) != len(words):
        return ()
    if not all(w[:1].isupper() for w in surface) or any(w in lx.NAME_JOINERS for w in words):
        return ()
    if words[0] in NOT_GIVEN_NAMES or words[-1] in NOT_PERSON_HEADS or _is_place(concept):
        return ()
    if var.demonym_country(words[0]) or any(len(w) < MIN_PART_CHARS for w in words):
        return ()
    return (words[0], words[-1])


def _is_place(concept: Concept) -> bool:
    from sourcedesk.answer.people_places import is_country_word  # late: it imports retrieve

    return is_country_word(var.fold(concept.surface)) or bool(var.capital_country(concept.surface))


class FullNames:
    """Which sources give a person's name in full, searched once per question and only when
    a sentence holds a lone part of it (most questions never search)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.sources: dict[tuple[str, ...], frozenset[str]] = {}
        self.bearers: dict[tuple[str, ...], bool] = {}
        self.proper: dict[tuple[str, str], bool] = {}

    def credit_parts(
        self,
        terms: list[Term],
        words: SentenceWords,
        source_id: str,
        matched: dict[int, float],
        title: str = "",
    ) -> None:
        """Credit a person's lone surname or given name where the source gives the full name,
        in a sentence or in its title ("Vera Lindell … dies at 88" over "Swimmer
        Lindell was …")."""
        for i, term in enumerate(terms):
            if not term.parts or i in matched or not part_stands_alone(term.parts, words):
                continue
            naming = self._naming(term.concept)
            if (
                source_id in naming
                or (naming and _titled_surname(term.parts, words))
                or (
                    _title_names(title, term.concept.words)
                    and not self.other_bearer(source_id, term.parts)
                )
            ):
                matched[i] = PART_CREDIT

    def other_bearer(self, source_id: str, parts: tuple[str, ...]) -> bool:
        """Whether the source names someone else of the same surname ("Her sister, Ilse
        Lindell, …" on a page about Mara Lindell): a lone "Lindell" may be either."""
        key = (source_id, *parts)
        if key not in self.bearers:
            given, surname = parts[0], parts[-1]
            found = False
            for p in self.store.search(f'"{surname}"', NAMING_SENTENCES):
                if p.source_id != source_id:
                    continue
                words = re.findall(r"[\w'’-]+", p.text)
                for i in range(1, len(words)):
                    before = words[i - 1]
                    if (
                        var.fold(words[i]) == surname
                        and before[:1].isupper()
                        and var.fold(before) not in (given, *lx.TITLE_WORDS)
                        and i > 1
                    ):
                        found = True
            self.bearers[key] = found
        return self.bearers[key]

    def names_someone(self, source_id: str, word: str) -> bool:
        """Whether a sentence's first word is a name on its page: the page writes it
        capitalised inside sentences and never in lower case ("Haran died in 2009 at age 64."
        on a page that names Luca Haran, where "Officials said …" is no name)."""
        key = (source_id, word)
        if key not in self.proper:
            inside = 0
            for p in self.store.search(f'"{word}"', NAMING_SENTENCES):
                if p.source_id != source_id:
                    continue
                for match in re.finditer(rf"\b{re.escape(word)}\b", p.text, re.IGNORECASE):
                    if not match.group()[:1].isupper():
                        inside = -1
                        break
                    inside += match.start() > 0
                if inside < 0:
                    break
            self.proper[key] = inside > 0
        return self.proper[key]

    def _naming(self, concept: Concept) -> frozenset[str]:
        """The sources with a sentence that gives the name whole, a middle name allowed
        ("Karl Otto von Brenning" gives "Karl von Brenning")."""
        from sourcedesk.answer.retrieve import SentenceWords, in_sequence  # late: it imports us

        words = _surface_words(concept.surface)
        if words not in self.sources:
            query = " ".join(f'"{w}"' for w in words if w.isalnum())  # tokenizer words only
            found = self.store.search(query, NAMING_SENTENCES) if query else []
            naming: set[str] = set()
            for p in found:  # one sentence that gives the name whole is enough for its source
                if p.source_id not in naming and in_sequence(
                    concept.words, SentenceWords.of(p.text)
                ):
                    naming.add(p.source_id)
            self.sources[words] = frozenset(naming)
        return self.sources[words]


def _title_names(title: str, name: tuple[str, ...]) -> bool:
    """Whether a page's title gives the name whole."""
    from sourcedesk.answer.retrieve import SentenceWords, in_sequence  # late: it imports us

    return bool(title) and in_sequence(name, SentenceWords.of(title))


def _surface_words(surface: str) -> tuple[str, ...]:
    """A name's words as written, particles kept ("Pieter Van Der Molen"), possessive cut."""
    return tuple(re.sub(r"\W", "", re.sub(r"['’]s$", "", w)) for w in surface.split())


def _titled_surname(parts: tuple[str, ...], words: SentenceWords) -> bool:
    """Whether the surname follows a title ("President Trump", "Dr Lund"): a page may never
    write the name whole that another page of the desk gives, and a title marks the person."""
    for i in range(1, len(words.folded)):
        title = words.folded[i - 1].rstrip(".")
        if words.folded[i] == parts[-1] and words.capitalised[i] and title in lx.TITLE_WORDS:
            return words.capitalised[i - 1]
    return False


def _adjoin(words: SentenceWords, i: int) -> bool:
    """Whether word i and the next are both capitalised with only a space or hyphen between
    (or an initial's full stop: "Lena M. Varga")."""
    gap = words.spans[i + 1][0] - words.spans[i][1]
    initial = len(words.folded[i]) == 1
    return words.capitalised[i] and words.capitalised[i + 1] and gap <= 1 + initial


def part_stands_alone(parts: tuple[str, ...], words: SentenceWords) -> bool:
    """Whether a part of the name stands in the sentence as a name of its own: capitalised,
    with no other capitalised word glued to it (a title such as "Secretary" aside)."""
    n = len(words.folded)
    for i, low in enumerate(words.folded):
        if low not in parts or not words.capitalised[i]:
            continue
        # "Varga, Dorran's attorney": a comma parts two names
        glued = words.folded[i - 1] if i > 0 and _adjoin(words, i - 1) else ""
        # a title ("Secretary Holm") or a particle ("Van Der Molen") is no other name
        before = bool(glued) and glued not in lx.TITLE_WORDS and glued not in lx.NAME_JOINERS
        after = i + 1 < n and _adjoin(words, i)
        if not before and not after:
            return True
    return False


# What tells a person's sex in the sources: a word for them right before the name ("actress
# Vera Lindell", "Mr Tarn"), or the first personal pronoun of a sentence the name opens.
FEMALE_WORDS = lx.words(
    """
    she her hers herself mrs ms miss madam lady actress spokeswoman chairwoman businesswoman
    woman girl mother daughter wife sister queen princess grandmother aunt niece widow
    """
)
MALE_WORDS = lx.words(
    """
    he him his himself mr sir lord actor spokesman chairman businessman man boy father son
    husband brother king prince grandfather uncle nephew widower
    """
)
PRONOUN_WORDS = lx.words("she her hers herself he him his himself")
GENDER_SENTENCES = 40  # sentences read for a name's cues
WORD_CUE_WEIGHT = 2  # "actress X", "Mr X" tell more than a pronoun after the name
SEX_EVIDENCE = 2  # cues needed, with none for the other sex


def sex_of(store: Any, name: str) -> str | None:
    """ "f" or "m" when the desk's sentences about a name mostly say which, else None."""
    parts = _surface_words(name)
    if not parts or not parts[-1]:
        return None
    folded = [var.fold(p) for p in parts]
    surname = folded[-1]
    counts = {"f": 0, "m": 0}
    for passage in store.search(f'"{parts[-1]}"', GENDER_SENTENCES):
        words = [var.fold(w) for w in re.findall(r"\w+", passage.text)]
        for i, word in enumerate(words):
            if word != surname:
                continue
            whole = words[max(0, i - len(parts) + 1) : i + 1] == folded
            first = i - len(parts) + 1 if whole else i  # the name whole, or the surname alone
            cue, weight = (words[first - 1] if first else ""), WORD_CUE_WEIGHT
            if cue not in FEMALE_WORDS and cue not in MALE_WORDS:
                subject = first == 0  # "Brandt said he …", not "Lorne's aide, Brandt, … her"
                cue = next((w for w in words[i + 1 :] if w in PRONOUN_WORDS), "") if subject else ""
                weight = 1  # a pronoun may be someone else's ("Miller said he had lived …")
            if cue in FEMALE_WORDS:
                counts["f"] += weight
            elif cue in MALE_WORDS:
                counts["m"] += weight
            break
    for sex, other in (("f", "m"), ("m", "f")):
        if counts[sex] >= SEX_EVIDENCE and not counts[other]:
            return sex
    return None
