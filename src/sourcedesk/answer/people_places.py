"""Who and where: how a name or a phrase fits a question that asks for people or a place.

People are named by two or more capitalised words and stand before the asked verb (or after
"by" in the passive); a country, a body, a lone title or a sentence's opener is no person.
A place follows "in", "at", "from" ... but not "according to".
"""

from __future__ import annotations

import functools
import re

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import variant_data
from sourcedesk.answer.person_names import NOT_PERSON_HEADS
from sourcedesk.answer.phrases import verb_like
from sourcedesk.answer.question import Question
from sourcedesk.answer.retrieve import SentenceWords
from sourcedesk.answer.spans import boundary_between, token_range
from sourcedesk.answer.variants import capital_country, demonym_country, fold, singular
from sourcedesk.research.claim_data import PEOPLE_NOUNS
from sourcedesk.research.claim_words import actor_id, is_state
from sourcedesk.research.entity_data import (
    COUNTRIES,
    GIVEN_NAMES,
    NATIONS,
    PLACE_PREFIXES,
    US_STATES,
)

SUBJECT_BONUS = 0.3  # a who-answer standing right before the question's words
OBJECT_WHO = ("whom", "who did", "who does", "who do", "who had", "who has")
# "Who did the analysis?": "did" is the verb and its object follows, so who is the subject
DONE_BY_WHO = re.compile(
    r"^\s*who\s+(?:did|does|do|had|has)\s+(?:the|a|an|this|that|these|those|its|their)\b",
    re.IGNORECASE,
)


def asks_object(text: str) -> bool:
    """Whether a who-question asks the object of its verb ("Who did Varo beat?"), not who
    did something ("Who did the analysis?")."""
    return text.lower().startswith(OBJECT_WHO) and DONE_BY_WHO.match(text) is None


LONE_OPENER_PENALTY = 0.3  # "Two", "Several": one capitalised word opening the sentence
PLACE_BONUS = 0.15  # a where-answer that follows "in", "at", "near" ...
# words between a question's name and its verb, "Varo earlier defeated X" or "Marten also
# received a two-game ban for shoving X"
OBJECT_SUBJECT_REACH = 10
OBJECT_TITLE_WORDS = 2
PERSON_BONUS = 0.15  # a who-answer of two or more capitalised words looks like a person
COUNTRY_PENALTY = 0.2  # a who-answer that is a nationality or a country
AGENT_BONUS = 0.5  # "was opened ... by Alun Price" answers "who opened it?"
AGENT_WINDOW = 8  # words between the question's verb and "by"
PLACE_ARTICLES = lx.words("a an the")
BE_FORMS = lx.words("is was are were")
ROLE_REACH = 4  # "is the chief executive": the role within this many words
ROLES = lx.ROLE_NOUNS | lx.ROLE_OPENERS
REGION_WORDS = lx.words(
    """
    northern southern eastern western central northeastern northwestern southeastern
    southwestern remote rural downtown
    """
)
PLACE_NOUNS = lx.words(
    """
    area areas region part parts outskirts coast centre center suburb suburbs edge heart
    city town village county province state district north south east west
    island islands isle port bay gulf peninsula shore shores
    """
)
WORKPLACE_PREPOSITIONS = lx.words("at for with by")
WORK_VERBS = lx.words(
    "work works worked working employed teaches taught teaching studies studied serves served"
)
WORKPLACE_BONUS = 0.3  # "Where does X work?" -> the place after "a professor at"
NOT_PLACE_OPENERS = lx.words("according due thanks prior compared next close owing")
LOCATIVES = lx.words(
    """
    in at near from to into outside inside across throughout within off toward towards
    """
)


def object_of_named(words: SentenceWords, first: int, anchors: set[int]) -> bool:
    """Whether a span follows the question's verb, which follows one of the question's words
    closely: the object of what the question's subject did ("Varo earlier defeated X")."""
    verb = first - 1
    skipped = 0  # "shoving Tarnfield quarterback Elis Brand": his team and his title
    while verb >= 0 and verb not in anchors:
        if words.folded[verb] not in lx.STOPWORDS:
            skipped += 1
        if skipped > OBJECT_TITLE_WORDS:
            return False
        verb -= 1
    if verb < 1 or words.capitalised[verb]:
        return False  # the question's name, not its verb
    return any(i in anchors for i in range(max(0, verb - OBJECT_SUBJECT_REACH), verb))


def _after_comma(before: str) -> bool:
    """Whether the text before a name ends on a comma or a closing quote (an article aside:
    "..., the Tessby Herald reported")."""
    before = CLOSING_ARTICLE.sub("", before.rstrip())
    return before.rstrip()[-1:] in ",”\"'"


def _closing_speaker(text: str, words: SentenceWords, first: int, last: int) -> bool:
    """A name that closes a sentence with "said" after a comma: the one telling it."""
    nxt = last + 1
    return (
        nxt + 1 >= len(words.folded)
        and nxt < len(words.folded)
        and words.folded[nxt] in SPEECH_VERBS
        and _after_comma(text[: words.spans[first][0]])
    ) or (nxt >= len(words.folded) and first >= 1 and words.folded[first - 1] in SPEECH_VERBS)


def _opening_speaker(words: SentenceWords, first: int, last: int, anchors: set[int]) -> bool:
    """A name that opens a sentence with "says" before all of the question's words."""
    verb = last + 1
    if not (first == 0 and verb < len(words.folded) and words.folded[verb] in SPEECH_VERBS):
        return False
    if not anchors or min(anchors) <= verb:
        return False
    # "Dan Keller said on Tuesday he will resign": he tells what he himself will do
    return not any(w in SELF_PRONOUNS for w in words.folded[verb + 1 : min(anchors)])


SELF_PRONOUNS = lx.words("he she i we")


SPEECH_VERBS = lx.words(lx.SAID_FORMS)
CLOSING_ARTICLE = re.compile(r"\b(?:the|a|an)$", re.IGNORECASE)


def _titles_a_name(text: str, words: SentenceWords, last: int) -> bool:
    """A name followed by a role and another name: it says whose role ("Tarnfield
    quarterback Elis Brand", "Channel Six host Mara Quill")."""
    role, name = last + 1, last + 2
    return (
        name < len(words.folded)
        and words.folded[role] in lx.ROLE_NOUNS
        and not words.capitalised[role]
        and words.capitalised[name]
        and not boundary_between(text, words, last)
        and not boundary_between(text, words, role)
    )


def _named_in_role(words: SentenceWords, last: int) -> bool:
    """Whether a name is said to hold a role right after it ("Orsk is the CEO of VT",
    "Lind was a lecturer"): then it is a person, not a count or a plural noun."""
    after = words.folded[last + 1 : last + 1 + ROLE_REACH]
    return (
        len(after) >= 2 and after[0] in BE_FORMS and any(w.rstrip("s") in ROLES for w in after[1:])
    )


def _attributive_name(text: str, words: SentenceWords, at: int) -> bool:
    """A lone capitalised word between an article or an owner's "'s" and a lower-case noun it
    describes ("the Spokane advertising firm", "the agency's Orsa laboratory"), not the subject
    of a verb ("the Pope visited", "the Queen has")."""
    nxt = at + 1
    if at < 1 or nxt >= len(words.folded) or not words.capitalised[at]:
        return False  # "by a teacher in Lisle": a doer's noun, not a name describing one
    owned = (
        words.folded[at - 1] == "s"
        and text[words.spans[at - 1][0] - 1 : words.spans[at - 1][0]] in "'’"
    )
    if words.folded[at - 1] not in PLACE_ARTICLES and not owned:
        return False
    follower = words.folded[nxt]
    return (
        not words.capitalised[nxt]
        and not boundary_between(text, words, at)
        and follower not in lx.AUXILIARIES
        and follower not in SPEECH_VERBS
        and not verb_form(follower)
        and not follower.endswith("s")
    )


def adjective_before_noun(text: str, words: SentenceWords, last: int) -> bool:
    """A demonym followed by a lower-case word it describes ("British royal", "Russian troops")."""
    return (
        is_country_word(words.folded[last])
        and last + 1 < len(words.folded)
        and not words.capitalised[last + 1]
        and not boundary_between(text, words, last)
    )


def after_place_word(words: SentenceWords, first: int) -> bool:
    """Whether a span follows a word that introduces a place ("in", "at", "near", "outside
    a", "an area of eastern" ...), not one that introduces a source or a cause ("according
    to", "due to")."""
    i = _word_before_place(words, first)
    if i < 0:
        return False
    if words.capitalised[i] and i + 1 == first and words.folded[i] not in LOCATIVES:
        # ("In Tarvia, …": the sentence's first word is still the place's preposition)
        return _listed_after_place(words, i) and _closes_phrase(words, first)
    if words.folded[i] == "of":  # "a remote area of eastern Harlow County"
        return i > 0 and words.folded[i - 1] in PLACE_NOUNS
    if words.folded[i] not in LOCATIVES:
        return False
    return i < 1 or words.folded[i - 1] not in NOT_PLACE_OPENERS


def _listed_after_place(words: SentenceWords, last: int) -> bool:
    """Whether the name ending at `last` stands after a place word and a comma follows it
    ("in Wellton, Somerset")."""
    if last + 1 >= len(words.spans) or words.spans[last + 1][0] - words.spans[last][1] < 2:
        return False  # no comma between the two names
    start = last
    while start > 0 and words.capitalised[start - 1]:
        start -= 1
    return start > 0 and after_place_word(words, start)


def _closes_phrase(words: SentenceWords, first: int) -> bool:
    """Whether the one-word name at `first` ends its phrase ("in Wellton, Somerset." — not
    "a teacher from Oakhurst, Ada Fenwick, aged 67")."""
    after = first + 1
    if after >= len(words.spans):
        return True
    return not words.capitalised[after] and words.spans[after][0] - words.spans[first][1] >= 2


def _word_before_place(words: SentenceWords, first: int) -> int:
    """Where the word before a name stands, past its article and region words ("outside a
    Marsh Gardens building", "in eastern Harlow County"); -1 when there is none."""
    i = first - 1
    while i >= 0 and (words.folded[i] in PLACE_ARTICLES or words.folded[i] in REGION_WORDS):
        i -= 1
    return i


def at_workplace(words: SentenceWords, first: int) -> bool:
    """Whether a span names where someone works: after a role or a verb of work and "at",
    "for" or "with" ("both professors at the Northern College of Port Ellis", "worked for
    Reuters", "employed by the council")."""
    i = first - 1
    while i >= 0 and words.folded[i] in PLACE_ARTICLES:
        i -= 1
    if i < 1 or words.folded[i] not in WORKPLACE_PREPOSITIONS:
        return False
    before = words.folded[i - 1]
    return before in WORK_VERBS or before in lx.ROLE_NOUNS or before.rstrip("s") in lx.ROLE_NOUNS


def agent_bonus(words: SentenceWords, first: int, anchors: set[int]) -> float:
    """A name after "by" that follows the question's verb: the doer of a passive verb."""
    if first < 2 or words.folded[first - 1] != "by":
        return 0.0
    for i in range(max(0, first - 1 - AGENT_WINDOW), first - 1):
        if i in anchors and verb_form(words.folded[i]):
            return -AGENT_BONUS if _done_to_another(words, i, anchors) else AGENT_BONUS
    return 0.0


def _done_to_another(words: SentenceWords, verb: int, anchors: set[int]) -> bool:
    """Whether the participle right after a noun the question does not name tells what was
    done to that noun ("a charger built by Selvany Power" for "Which company built the
    buses?"), not to the asked thing ("the buses, built by …", "it was built by …")."""
    if verb < 1 or verb - 1 in anchors:
        return False
    before = words.folded[verb - 1]
    return (
        before.isalpha()
        and before not in lx.STOPWORDS
        and before not in lx.AUXILIARIES
        and not before.endswith("ly")
        and not verb_form(before)
    )


def titled_by_question(words: SentenceWords, first: int, anchors: set[int]) -> bool:
    """Whether a name follows the question's own title for it, with nothing between ("Who
    is Ostland's envoy to Kessel?": "Ostland's Envoy to Kessel Varn Holt (L) and Ilse
    Marov, …" names him, not her)."""
    owner = _title_owner(words, first, anchors)
    return owner is not None and owner < 0


def _title_owner(words: SentenceWords, first: int, anchors: set[int]) -> int | None:
    """For a name right after the question's title for it: the index of the capitalised word
    that holds the title ("DPR Foreign Minister …"), -1 when none does; None when no
    question's title stands before the name."""
    if first < 1 or first - 1 not in anchors:
        return None
    k, titled = first - 1, False
    while k >= max(0, first - 1 - TITLE_REACH) and (
        k in anchors or words.folded[k] in TITLE_JOINERS
    ):
        titled = titled or (k in anchors and words.folded[k] in lx.TITLE_HEADS)
        k -= 1
    if not titled or (k >= 0 and words.folded[k] in OTHER_RANKS):
        return None  # "his vice-Chair Omar Dessa" is not the chair
    describes = (
        k < 0
        or not words.capitalised[k]
        or words.spans[k + 1][0] - words.spans[k][1] > 1  # "On Tuesday, CEO …": a comma
        or words.folded[k] in lx.STOPWORDS  # "His lawyer, Piet Dorran, …"
        or words.folded[k] in lx.CALENDAR_NAMES
        or is_country_word(words.folded[k])
    )
    # "British engineer Tomas Reeve", "Republican Gov. Ada Strand": a word that describes
    # the holder, not a body that holds the title
    return -1 if describes or words.folded[k] in PARTY_WORDS else k


OTHER_RANKS = lx.words("vice deputy acting former assistant associate interim ex outgoing")
PARTY_WORDS = lx.words(
    "republican democratic democrat labour conservative liberal socialist green independent"
)


TITLE_REACH = 6  # words of a title before a name ("Ambassador of Ostland to Kessel")
TITLE_JOINERS = lx.words("to of the for in at s")
TITLED_BONUS = 0.4


def verb_form(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in lx.IRREGULAR_VERBS


def person_score(text: str, wants_people: bool = False) -> float:
    low = fold(text)
    if _country_or_state(low):
        return -COUNTRY_PENALTY  # a country or a state names no one
    if wants_people and text.isupper() and len(text) > 1:
        return -COUNTRY_PENALTY  # "RISB": an acronym names a body, not a person
    parts = low.split()
    if parts and (parts[-1] in NOT_PERSON_HEADS or parts[0] in PLACE_PREFIXES):
        # "... Safety Board", "Fort Worth" are no person
        return -COUNTRY_PENALTY if wants_people else 0.0
    return PERSON_BONUS if len(text.split()) >= 2 and not capital_country(low) else 0.0


_STATES = frozenset(fold(state) for state in US_STATES)


def before_asked_word(text: str, words: SentenceWords, last: int, anchors: set[int]) -> bool:
    """Whether a name stands right before a lower-case word of the question, with no
    punctuation between ("the Minneapolis ad agency"; not "Joan Kelinic, chief executive")."""
    nxt = last + 1
    return (
        nxt < len(words.folded)
        and nxt in anchors
        and not words.capitalised[nxt]
        and not boundary_between(text, words, last)
    )


def _modifies_asked_noun(text: str, words: SentenceWords, last: int, anchors: set[int]) -> bool:
    """Whether a name modifies a noun of the question ("a Fort Worth girl"); a verb after it
    ("Selvik said") makes it the subject."""
    if not before_asked_word(text, words, last, anchors):
        return False
    nxt = last + 1
    low = words.folded[nxt]
    if low in lx.VERB_ADVERBS:
        return False  # "A dog walker first alerted …": an adverb, then the subject's verb
    return not (verb_like(words, nxt, nxt) or low.endswith("s") or low in lx.VERB_FORMS)


def wants_people(question: Question) -> bool:
    """ "Who were the people who died?", "Who were the two officers killed?": persons, not the
    body that reported it nor the place it happened."""
    return (
        asks_person(question)
        or any(c.words[0] in lx.PEOPLE_WORDS for c in question.concepts)
        or _who_is_the_person_noun(question.text)
    )


# "Who were the two officers …", "Who is the new coach …": the noun a who-question names.
WHO_IS_THE = re.compile(
    r"^\W*who\s+(?:is|are|was|were)\s+(?:the|a|an)\s+([\w'’-]+)(?:\s+([\w'’-]+))?", re.I
)


# "Who was the coach …?" asks for the holder of a role; "Who was a man …?" for a description
# that an older name may fit ("Diocles of Carystus").
WHO_IS_THE_ROLE = re.compile(r"^\W*who\s+(?:is|are|was|were)\s+the\s", re.I)


@functools.lru_cache(maxsize=4096)
def _who_is_the_person_noun(text: str) -> bool:
    found = WHO_IS_THE.match(text)
    if found is None:
        return False
    nouns = [w.lower() for w in found.groups() if w]
    return any(n in PERSON_NOUNS or singular(n) in PERSON_NOUNS for n in nouns)


def region_name(name: str) -> bool:
    """Whether a name is a country, a nationality, a US state or a capital city (of the
    answer's capital table or of the claim tables' states: "Athens")."""
    return _country_or_state(fold(name)) or bool(capital_country(name)) or is_state(actor_id(name))


def _country_or_state(folded: str) -> bool:
    return is_country_word(folded) or folded in _STATES


def is_country_word(folded: str) -> bool:
    """Whether a word names a country or a nationality (the variant and country tables), or
    a nation within a state ("Wales")."""
    return bool(demonym_country(folded)) or folded in _country_names()


@functools.cache
def _country_names() -> frozenset[str]:
    names = [*variant_data.CAPITALS.values(), *variant_data.DEMONYMS.values(), *NATIONS]
    for name, _capital, demonyms, aliases in COUNTRIES:
        names.extend((name, *demonyms, *aliases))
    return frozenset(fold(n) for n in names)


def person_shaped(name: str) -> bool:
    """Whether a name reads as a person's: two to four capitalised words opening on a known
    given name, with no word that names a body, a place or a thing ("Paul Aron Dessing", not
    "Henry Ford Hospital" or "Roman Catholic Church")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    low = [fold(w.strip(".,")) for w in words]
    return low[0] in GIVEN_NAMES and not NOT_PERSON_HEADS.intersection(low)


def not_a_persons_name(name: str) -> bool:
    """Whether a name cannot be a person's however it is read: an acronym ("TRWA"), a name
    joined by "&" ("Ember & Lime"), one ending on a body's, a place's or a building's word
    ("Harbourline Leisure Trust", "Greyfriars House"), or one bare word that is no known given
    name ("Larchby"): blind testers never met a person answered by such a word."""
    words = re.findall(r"[\w'’.-]+|&", name)
    if not words or "&" in words:
        return not words or "&" in words
    low = [fold(w.strip(".,")) for w in words]
    if len(words) == 1:  # "Marta" may be someone; "Larchby", "Caldera" are not known names
        return words[0].isupper() or low[0] not in GIVEN_NAMES
    return low[-1] in NOT_PERSON_HEADS or low[-1] in NOT_PERSON_TAILS


NOT_PERSON_TAILS = lx.words(
    "house leisure travel link links produce foods aggregates construction contractors builders "
    "engineering properties estates quarries"
)  # a firm's trade ends its name: "Tolland Aggregates", "Harl Construction"


def _after_title(words: SentenceWords, i: int) -> bool:
    """Whether word i follows a capitalised title word ("Chief Executive")."""
    return i > 0 and words.capitalised[i - 1] and words.folded[i - 1] in lx.TITLE_WORDS


PERSON_HONORIFICS = lx.HONORIFICS | lx.words("professor")


def person_of_body(name: str) -> str:
    """The person's part of a name followed by their body's ("Professor Ada Vell" of
    "Professor Ada Vell of Lisle University"), named with an honorific or a known given name;
    else ""."""
    whole = name.split()
    head = name.split(" of ", 1)[0].split()
    if len(head) < 2 or len(head) == len(whole):
        return ""
    if fold(head[0].rstrip(".")) in PERSON_HONORIFICS or person_shaped(" ".join(head)):
        return " ".join(head)
    roles = [w for w in head if fold(w) in lx.ROLE_NOUNS]
    if head[0] in roles and len(roles) < len(head):
        return " ".join(head)  # "Detective Sergeant Ilse Kerr of Halvik Police"
    return ""


# Nouns that ask for one person by name when a question asks "which …" or "the name of the
# …": roles that only people hold, relatives, and people told apart by a plain noun. Not roles
# a company or a country may hold too ("producer", "owner", "driver", "player").
PERSON_NOUNS = (
    (
        lx.ROLE_NOUNS
        - lx.MODIFYING_ROLES
        - lx.words(
            """
        host producer owner driver player builder consultant expert anchor founder leader
        representative commander
        """
        )
    )
    | lx.KIN_NOUNS
    | lx.words(
        """
    man woman boy girl gentleman lady boss widow widower fiance fiancee bride groom
    girlfriend boyfriend gunman gunmen victim suspect attacker killer thief robber witness
    academic scholar seismologist geologist soldier sailor pilot passenger hostage
    firefighter survivor filmmaker screenwriter scorer student pupil graduate alumnus alumna
    resident worker employee lecturer tenant customer protester volunteer patient
    """
    )
)
# Wire services that news copy names beside its facts, never a person.
NEWS_AGENCIES = frozenset(
    (
        "reuters", "ap", "afp", "ansa", "xinhua", "tass", "efe", "upi", "bloomberg",
        "interfax", "kyodo", "yonhap", "dpa", "associated press", "agence france-presse",
        "press association", "anadolu", "itar-tass", "ria novosti",
    )
)  # fmt: skip
# Lower-case words inside an organisation's or a work's name, never a person's.
NAME_CONNECTORS = lx.words("and for on the")

# The words after "which", "what" or "the name of (the)", where the asked noun stands.
ASKED_NOUN_PHRASES = (
    re.compile(r"^\W*(?:which|what)\s+((?:[\w'’-]+\s*){1,3})", re.I),
    re.compile(r"\bnames?\s+of(?:\s+(?:the|a|an))?\s+((?:[\w'’-]+\s*){1,6})", re.I),
)
DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their)\s", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def asks_person_by_noun(question: Question) -> bool:
    """ "Which judge …?", "What was the name of the woman …?": a person's name is asked."""
    focus = question.focus.lower()
    if question.qtype == "who" and not focus:  # "Who was the commanding officer …?"
        return _who_is_the_person_noun(question.text) and bool(WHO_IS_THE_ROLE.match(question.text))
    person = singular(focus) in PERSON_NOUNS or focus in PERSON_NOUNS
    if not person and focus not in lx.PERSONLESS_FOCUS:  # "the firm who bought …" is a firm
        person = _followed_by_who(question.text, focus)  # "the hunter who caught …"
    return person and _noun_asked(question.text, focus)


INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w-]*\s+)?$")
# Capital letters alone, dotted or spaced ("U.S", "U. K"): an abbreviation, never a person.
LETTERS_ONLY = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z]\.?")  # dotted: "JMX architects" is a firm
REGION_PARTS = lx.words(
    "inner outer upper lower north south east west northern southern eastern western central"
)


@functools.lru_cache(maxsize=4096)
def _followed_by_who(text: str, noun: str) -> bool:
    return bool(noun) and re.search(rf"\b{re.escape(noun)}\s+who\b", text, re.I) is not None


@functools.lru_cache(maxsize=4096)
def _noun_asked(text: str, noun: str) -> bool:
    """Whether the noun stands where a question asks for a thing by its noun (read once a
    question: answer spans ask it many times)."""
    found = (pattern.search(text) for pattern in ASKED_NOUN_PHRASES)
    return any(m is not None and noun in m.group(1).lower().split() for m in found)


def _group_of_people(word: str) -> bool:
    """Whether a word is the plural of a noun for people by their work or part ("Detectives",
    "Engineers", "Residents")."""
    one = singular(fold(word))
    return one != fold(word) and (one in lx.ROLE_NOUNS or one in PEOPLE_NOUNS)


def names_no_person(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] cannot be a person's: a body, a place, a people or a
    work ("California Supreme Court", "Society of Marine Painters and Engravers", "Greeks",
    "Varrow" of "Varrow street")."""
    name = text[start:end]
    if person_score(name, wants_people=True) < 0 or region_name(name):
        return True
    if LETTERS_ONLY.fullmatch(name):
        return True  # "the U. S. health system"
    if fold(name) in NEWS_AGENCIES:
        return True  # "…, one a pregnant woman, Reuters reported"
    parts = name.split()
    if len(parts) == 2 and fold(parts[0]) in REGION_PARTS and region_name(parts[1]):
        return True  # "Inner Mongolia", "Northern Texas"
    if len(parts) == 1 and INDEFINITE_BEFORE.search(text, max(0, start - 30), start):
        return True  # "they ate an infected Marmot": a thing, however it is written
    if name.endswith("s") and region_name(name[:-1]):
        return True  # "Greeks"
    if " " not in name and not text[:start].strip() and DETERMINER_AFTER.match(text, end):
        return True  # "Wearing the orange jumpsuit …": a verb opening the sentence
    if " " not in name and not text[:start].strip() and _group_of_people(name):
        return True  # "Detectives investigating the raid …": some people, not someone's name
    inner = name.split()[1:-1]
    if any(w in NAME_CONNECTORS for w in inner):
        return True  # "Society of Marine Painters and Engravers"
    if inner[:2] and inner[0] == "of":
        return True  # "Bank of England", not "Aldo Brenn of Tennessee"
    following = re.match(r" ([a-z]+)\b", text[end : end + 30])
    if following is None:
        return False
    noun = following.group(1)
    if noun in NOT_PERSON_HEADS:
        return True  # "Varrow street", "Kessing bank"
    # one capitalised word right before a plain noun describes it: "Molotov cocktails"
    return " " not in name and _plain_noun(noun)


def describes_noun(text: str, start: int, end: int) -> bool:
    """Whether an abbreviation in capitals stands before a plain noun it describes ("the U. S.
    health system", "the UN refugee agency"): a modifier, not someone."""
    if not LETTERS_ONLY.fullmatch(text[start:end]):
        return False
    following = re.match(r"\.?\s+([a-z]+)\b", text[end : end + 30])
    return following is not None and _plain_noun(following.group(1))


def _plain_noun(word: str) -> bool:
    """Whether a lower-case word after a name reads as a noun it describes rather than the
    name's verb: no function word, participle, adverb or verb of saying."""
    if word in lx.STOPWORDS or word in lx.VERB_FORMS or word in lx.IRREGULAR_VERBS:
        return False
    if word in _SAYING or word.endswith(("ed", "ing", "ly")):
        return False
    return len(word) > 2


_SAYING = lx.words(lx.SAID_FORMS) | lx.words(lx.SAY_FORMS)


def asks_person(question: Question) -> bool:
    singular = question.focus[:-1] if question.focus.endswith("s") else question.focus
    return lx.FOCUS_TYPES.get(singular) == "who" or lx.FOCUS_TYPES.get(question.focus) == "who"


def who_adjustment(
    question: Question,
    text: str,
    words: SentenceWords,
    anchors: set[int],
    bounds: tuple[int, int],
    subject: bool,
) -> float | None:
    """How much a who-answer gains or loses by what it is and where it stands (`subject`: it
    stands right before the question's words), or None when it cannot name who."""
    start, end = bounds
    first, last = token_range(words, start, end)
    score = 0.0
    if asks_person(question) and is_country_word(fold(text[start:end])):
        return None  # "which scientists?" is not answered by "Ukrainian"
    if fold(text[start:end]) in lx.NUMBER_WORDS:
        return None  # "Two people died": a count, not who
    if first == last and words.folded[first] in lx.ROLE_OPENERS:
        return None  # "President" alone is a title, not who
    if words.folded[first] in lx.TITLE_HEADS and _after_title(words, first):
        return None  # "Executive (Officer of X)" of "Chief Executive …", "Chief" cut as asked
    if first == last and adjective_before_noun(text, words, last):
        return None  # "the British royal": a demonym describing someone, not who
    if first == last and _attributive_name(text, words, first):
        return None  # "the Spokane advertising firm": the name describes the firm
    if _modifies_asked_noun(text, words, last, anchors):
        return None  # "a Fort Worth girl who was kidnapped": the name describes the girl
    if _titles_a_name(text, words, last):
        return None  # "Ostby FC captain Anton Ostrom": the club, not the person
    if _closing_speaker(text, words, first, last) and not lx.SAYING_QUESTION.search(question.text):
        return None  # "..., who resides at X, Pell said": who told it, not who did it
    if _opening_speaker(words, first, last, anchors) and not lx.SAYING_QUESTION.search(
        question.text
    ):
        return None  # "Rolf Amsel says the man accused of …": who tells of the accused
    named = text[start:end]
    person = person_score(person_of_body(named) or named, wants_people(question))
    if wants_people(question) and person < 0:
        return None  # people are asked for: a body, a place or a country is no answer
    score += person
    score += agent_bonus(words, first, anchors)
    if titled_by_question(words, first, anchors):
        score += TITLED_BONUS  # "Ostland's Envoy to Kessel Varn Holt"
    if not asks_object(question.text):
        # "Who reported ...?" / "Who was stabbed?": the subject stands before the verb
        score += SUBJECT_BONUS * subject
    elif object_of_named(words, first, anchors):
        score += SUBJECT_BONUS  # "Who did Varo beat?": "Varo earlier defeated Lindqvist"
    if after_place_word(words, first):  # "killed two people in Brennock": a place
        if wants_people(question) or _inside_place(words, first, question):
            return None
        score -= PLACE_BONUS
    if first == 0 and last == 0 and not _named_in_role(words, last):
        # "Two", "Several", "Relatives" open a sentence ("Orsk is the CEO of VT" does not)
        if wants_people(question) or words.folded[0] in OPENING_TIME_NOUNS:
            # "Minutes after a clerk was dismissed, …" names nobody
            return None  # people asked for: a lone capitalised opener names nobody
        score -= LONE_OPENER_PENALTY
    return score


# Plural time nouns only: "Day finished at 23 under par" names the golfer Jason Day.
OPENING_TIME_NOUNS = frozenset(w for w in lx.DURATION_UNITS | lx.TIME_WORDS if w.endswith("s"))


def _inside_place(words: SentenceWords, first: int, question: Question) -> bool:
    """Whether a name stands after a preposition that only ever places ("in Tarrin", "near
    Osby"), which no who-question asks for unless it ends on that preposition."""
    i = _word_before_place(words, first)
    listed = i >= 0 and words.capitalised[i] and i + 1 == first and _listed_after_place(words, i)
    if listed and _closes_phrase(words, first):
        return True  # "in Wellton, Somerset."
    if i < 0 or words.folded[i] not in PLACE_ONLY:
        return False
    return not question.text.lower().rstrip(" ?").endswith(" " + words.folded[i])


PLACE_ONLY = lx.words("in near outside inside across throughout within into toward towards")


def lies_within(text: str, inner: str, outer: str) -> bool:
    """Whether a text places one place inside another: "Halby, Surrey", "Halby in
    Surrey", "Halby in the county of Surrey"."""
    if not inner or not outer or inner.lower() == outer.lower():
        return False
    pattern = re.escape(inner) + WITHIN + re.escape(outer) + r"\b"
    return re.search(pattern, text) is not None


WITHIN = r"(?:,\s*|\s+in\s+(?:the\s+)?(?:(?:county|state|province|region)\s+of\s+)?)"
