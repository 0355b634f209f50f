"""Chat sessions: keep the exchanges in the desk and resolve follow-ups against them.

`resolve_follow_up` rewrites a follow-up into a stand-alone question, by these rules in order:

1. "And the other one?" — after a question about one of two people an earlier answer named
   ("A and B died"; "How old is he?"), the same question about the other; else the name in the
   last question whose partner the sources pair it with ("Donetsk and Luhansk") is swapped for
   that partner.
2. A question phrase alone ("At what time?", "For how long?", "Which ones?", "Why not?") —
   the last question's event asked with it (`ellipsis.py`); a count without its noun ("How
   many were unhurt?") — of what the last question counted.
3. "And X?" / "What about X?" / "And with X?" / "And in 2014?" — X replaces the thing of the
   same kind in the last question (a year for a year; for a name, the one X is paired with).
4. A bare question word ("Why?", "When did that happen?") — the last question with its
   question word replaced, its answer in the asked place ("Why was Arno Halvik taken …?").
5. "his", "her", "he", "she" — the person the last answer named first (or the last question
   did), skipping anyone the sources tell is of the other sex ("Who was her publicist?"
   "Tobin Marsh"; "When did she die?" asks about her); "they", "it" — the last answer when
   it named a thing, or the things a count counted
   ("How many cables …?" then "Where do they run?").

Then "there" after a where-answer becomes that place. The resolved question is answered
normally; sentences next to the last cited one win ties.
"""

from __future__ import annotations

import re
from typing import Any

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.ellipsis import body_about, phrase_only, split_question
from sourcedesk.answer.engine import answer_question, stated_part
from sourcedesk.answer.people_places import asks_person_by_noun, names_no_person, person_shaped
from sourcedesk.answer.person_names import sex_of
from sourcedesk.answer.question import question_type, read_question
from sourcedesk.answer.shapes import asks_role
from sourcedesk.answer.variants import alias_key, fold
from sourcedesk.records import Answer, Passage

_BARE_WH = re.compile(
    r"^\s*(?:and\s+|so\s+|but\s+)?(why|when|where|who|how many|how much|how|what year)"
    r"(?:\s+(?:did|does|do|was|is|were|has|had)\s+(?:that|this|it|they|he|she)"
    r"(?:\s+(?:happen|happened|occur|take place|do that|do so|do it))?"
    r"|\s+(?:was|is)\s+(?:that|this|it))?\s*\??\s*$",
    re.IGNORECASE,
)
_OTHER_ONE = re.compile(
    r"^\s*(?:and|what about|how about)\s+(?:for\s+|with\s+|in\s+)?the other(?: one)?\s*\??\s*$",
    re.IGNORECASE,
)
_AND_X = re.compile(
    r"^\s*(?:and|what about|how about)\s+(?:(for|with|in|of|to|from|on|by)\s+)?(.+?)\s*\??\s*$",
    re.IGNORECASE,
)
# "And" or "But" before a whole question ("And what time was it reported?") joins it to the
# last one; it opens no ellipsis ("And the deputy mayor?").
LEADING_AND = re.compile(
    r"^\s*(?:and|but|so)\s+(?=(?:what|when|where|who|whom|whose|which|why|how|is|are|was|were"
    r"|did|does|do|has|have|had|can|could|will|would)\b)",
    re.IGNORECASE,
)
_PARTNER = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
PARTNER_SEARCH = 40
_DEMONSTRATIVE = re.compile(r"\b(?:those|these|that|this|the same)\s+[a-z]", re.IGNORECASE)
_DEMONSTRATIVE_NOUN = re.compile(r"\b(?:that|this|the same)\s+(?P<noun>[a-z][\w-]+)\b")


def ask_in_session(store: Any, question: str, session: str | None) -> Answer:
    """Answer a question, resolving it against the session's history and recording the turn."""
    if not session:
        return answer_question(store, question)
    turns = store.turns(session)
    resolved, near = resolve_follow_up(store, question, turns)
    answer = answer_question(store, resolved, asked=question, near=near)
    store.add_turn(session, question, resolved, answer_dict(answer))
    return answer


def answer_dict(answer: Answer) -> dict[str, Any]:
    """The answer as the CLI prints it (stored with each turn)."""
    out: dict[str, Any] = {
        "question": answer.question,
        "answer": answer.answer,
        "abstained": answer.abstained,
        "citations": [c.__dict__ for c in answer.citations],
    }
    if answer.closest:
        out["closest"] = [c.__dict__ for c in answer.closest]
    if answer.disagreements:
        out["disagreements"] = list(answer.disagreements)
    if answer.resolved_question and answer.resolved_question != answer.question:
        out["resolved_question"] = answer.resolved_question
    return out


def resolve_follow_up(store: Any, question: str, turns: list[Any]) -> tuple[str, Passage | None]:
    """The stand-alone form of a follow-up and the passage the last answer cited first."""
    if not turns:
        return question, None
    last = turns[-1]
    previous = last.resolved or last.question
    joined = LEADING_AND.match(question)  # "And what time was it reported?": a question
    if joined:
        rest = question[joined.end() :]
        question = rest[:1].upper() + rest[1:]
    near = _cited(store, last.answer)
    resolved = (
        _other_person(question, previous, turns)
        or _other_one(store, question, previous)
        or _phrase_follow_up(question, previous, last.answer)
        or _counted_follow_up(question, previous)
        or _and_x(store, question, previous)
        or _bare_wh(question, previous, last.answer)
        or _pronouns(store, question, previous, last.answer)
        or _demonstrative(question, previous)
    )
    return _there(resolved or question, previous, last.answer), near


def _there(question: str, previous: str, answer: dict) -> str:
    """ "What does he keep there?" after "Where were the walkers found?" "The Orsa boathouse":
    there is that place ("What does he keep at the Orsa boathouse?"); "Were there any
    injuries?" is no place."""
    found = _place_there(question)
    if not found or answer.get("abstained") or question_type(previous)[0] != "where":
        return question
    place = _stated(answer)
    if not place or len(place.split()) > MAX_ANTECEDENT_WORDS:
        return question
    first = fold(place.split()[0])
    place = _lower_first(place) if first in PLACE_PREPOSITIONS else f"at {_lower_article(place)}"
    return question[: found.start()] + place + question[found.end() :]


def _lower_article(place: str) -> str:
    """ "The main car park" inside a question: "the main car park"."""
    return _lower_first(place) if fold(place.split()[0]) in ("the", "a", "an") else place


PLACE_PREPOSITIONS = lx.words("at in on near by inside outside from to into behind beside")
BE_FORMS = lx.words("is are was were be been being isn't aren't wasn't weren't")
THERE = re.compile(r"\bthere\b", re.IGNORECASE)


def _place_there(question: str) -> re.Match[str] | None:
    """The "there" of a question that stands for a place ("What does he keep there?"), not the
    "there" of "were there any" / "there was"."""
    for found in THERE.finditer(question):
        before = question[: found.start()].split()[-1:]
        after = question[found.end() :].split()[:1]
        if (before and fold(before[0]) in BE_FORMS) or (after and fold(after[0]) in BE_FORMS):
            continue
        if question[found.end() : found.end() + 2] in ("'s", "’s"):
            continue
        return found
    return None


def _cited(store: Any, answer: dict) -> Passage | None:
    citations = answer.get("citations") or []
    if not citations:
        return None
    first = citations[0]
    for row in store.sentences(first["source_id"]):
        if row.start <= first["start"] < row.end or row.start == first["start"]:
            return Passage(first["source_id"], row.start, row.end, first["quote"], 0.0,
                           sentence_no=row.idx, paragraph_no=row.paragraph)  # fmt: skip
    return None


def strip_question_word(question: str) -> str:
    """A question without its question phrase: "In what year did X go?" -> "did X go?"."""
    _, after = question_type(question)
    words = list(re.finditer(r"[^\W_]+(?:['’][^\W_]+)*", question))
    if after <= 0 or after > len(words):
        return question
    return question[words[after - 1].end() :].strip()


def _bare_wh(question: str, previous: str, answer: dict) -> str | None:
    match = _BARE_WH.match(question)
    if not match:
        return None
    return _ask_again(match.group(1).capitalize(), previous, answer)


def _phrase_follow_up(question: str, previous: str, answer: dict) -> str | None:
    """ "At what time?", "For how long?", "Which ones?": the last question's event asked with
    this question phrase ("At what time did the spillway fail?"); "Which ones?" after "How many
    schools closed?" asks "Which schools closed?"."""
    phrase = phrase_only(question)
    if phrase is None:
        return None
    words = phrase.split()
    if fold(words[-1]) == "not" and _opens_with_aux(previous):
        # "Why not?" after "Did Halvik appeal?" "No": "Why didn't Halvik appeal?"
        aux, rest = previous.split(maxsplit=1)
        return f"{' '.join(words[:-1])} {_negative(aux)} {rest}"
    if fold(words[-1]) in ("one", "ones") and _ANY_THINGS.search(previous):
        any_things = _ANY_THINGS.search(previous)
        assert any_things is not None
        rest = previous[: any_things.start()] + previous[any_things.end() :]
        # "Which ones?" after "Did any schools close?": "Which schools did close?"
        return f"Which {any_things.group('things')} {_lower_first(' '.join(rest.split()))}"
    if fold(words[-1]) in ("one", "ones"):
        counted = split_question(previous)
        many = counted.nouns.split() if counted and counted.head == "how" else []
        if counted and many[:1] and fold(many[0]) in ("many", "much") and many[1:]:
            # "Which" + "of the walkers" / "schools" + "closed"
            return f"{' '.join([*words[:-1], *many[1:]])} {counted.body}?"
    phrase = " ".join(words)
    return _ask_again(phrase[:1].upper() + phrase[1:], previous, answer)


def _negative(aux: str) -> str:
    """ "did" -> "didn't", "was" -> "wasn't", "will" -> "won't"."""
    low = aux.lower()
    return {"will": "won't", "can": "can't", "shall": "shan't"}.get(low, f"{low}n't")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _ask_again(phrase: str, previous: str, answer: dict) -> str:
    """The last question's event asked with another question phrase: "Why" + "Which firefighter
    was taken to hospital?" answered "Arno Halvik" -> "Why was Arno Halvik taken to hospital?"."""
    kind, _ = question_type(previous)
    if kind == "yes_no":  # "Was the flight late?" "Why?": "Why was the flight late?"
        rest = previous[:1].lower() + previous[1:] if _opens_with_aux(previous) else previous
        return f"{phrase} {rest}".strip()
    split = split_question(previous)
    if split is None:
        return f"{phrase} {strip_question_word(previous)}".strip()
    stated = None if answer.get("abstained") else _stated(answer)
    if stated and (len(stated.split()) > MAX_ANTECEDENT_WORDS or _no_noun_phrase(stated)):
        stated = None  # a passage stated whole takes no one's place
    return f"{phrase} {body_about(split, stated)}?"


def _counted_follow_up(question: str, previous: str) -> str | None:
    """ "How many were unhurt?" after "How many of the walkers were taken to hospital?": the
    things the last question counted ("How many of the walkers were unhurt?"); "How many were
    there?" after "Did Halvik lose any sheep to the fire?" asks "How many sheep did Halvik lose
    to the fire?"."""
    found = _COUNT_WITHOUT_NOUN.match(question)
    if not found:
        return None
    counted = split_question(previous)
    if counted and counted.head == "how" and counted.nouns.split()[:1] == ["many"]:
        things = counted.nouns.split(maxsplit=1)[1:]
        if things:
            return f"{question[: found.end('many')]} {things[0]}{question[found.end('many') :]}"
    any_things = _ANY_THINGS.search(previous)
    if any_things and _EXISTENTIAL.match(question) and _opens_with_aux(previous):
        rest = previous[: any_things.start()] + previous[any_things.end() :]
        return f"How many {any_things.group('things')} {_lower_first(' '.join(rest.split()))}"
    return None


_COUNT_WITHOUT_NOUN = re.compile(
    rf"^\s*how (?P<many>many)(?=\s+(?:{'|'.join(sorted(lx.AUXILIARIES))})\b)", re.IGNORECASE
)
_EXISTENTIAL = re.compile(r"^\s*how many (?:were|was|are|is) there\b", re.IGNORECASE)
_ANY_THINGS = re.compile(r"\s(?:any|some)\s+(?P<things>[a-z][\w-]*)(?=\s|\?)")


def _opens_with_aux(text: str) -> bool:
    """Whether a question opens with an auxiliary ("Was", "Did"), not a name ("Ada")."""
    return _starts_with_aux(text.lstrip())


def _starts_with_aux(text: str) -> bool:
    first = text.split()[:1]
    return bool(first) and fold(first[0]) in lx.AUXILIARIES


def _stated(answer: dict) -> str:
    """The stated answer of a stored turn (its text before the citation marks)."""
    return stated_part(answer.get("answer", ""))


def _person(store: Any, answer: dict, previous: str, sex: str | None) -> str | None:
    """Whom "he" or "she" means: the first of the people in view whose sex, where the sources
    tell it, is the pronoun's ("Who was her publicist?" "Tobin Marsh"; "When did she die?": not
    Marsh)."""
    read = read_question(previous)
    asked = {POSSESSIVE_END.sub("", c.surface) for c in read.concepts if c.kind == "name"}
    answered = set() if answer.get("abstained") else set(_people_in(_stated(answer)))
    asks_someone = (
        read.qtype == "who"
        or asks_person_by_noun(read)
        or read.focus.lower() in lx.ROLE_NOUNS  # "Which player scored?" "Striker K. Mensah"
    )
    for person in _people_in_view(answer, previous):
        if not _may_be_someone(person):
            continue  # "to try out AirPlay 2": a product is no "he"
        told = sex_of(store, person)
        # the answer to a question that asks someone is someone; a name the question gave is
        # someone when the question asked about it ("Who is Ada Strand?"), not when it only
        # named a thing ("Who was charged after the Kellmarsh fire?")
        # ... but not the object of a who-question ("Who runs Orsa Labs?" asks someone else;
        # "Who did Ilse Marwen marry?" asks about her)
        about_it = read.qtype != "who" or _WHO_AUX.match(previous) is not None
        vouched = (
            told is not None
            or (person in answered and asks_someone)
            or (person in asked and about_it and not _names_a_thing(previous, person))
        )
        if not vouched and not person_shaped(person):
            continue  # the answer to "Which course …?" ("Selling Lessons") is no "she"
        if sex is None or told in (sex, None):
            return person
    return None


def _names_a_thing(question: str, name: str) -> bool:
    """Whether the question uses the name to tell a thing apart ("after the Kellmarsh fire")."""
    return re.search(rf"\bthe\s+{re.escape(name)}\s+[a-z]", question) is not None


def _may_be_someone(name: str) -> bool:
    """Whether a name may be a person's: no figure in it, not an acronym, no body or place."""
    if any(ch.isdigit() for ch in name) or (name.isupper() and len(name) > 1):
        return False
    if " " not in name and INNER_CAPITAL.search(name):
        return False  # "AirPlay", "HarbourCast": a brand, not "McKay" or "DeVito"
    return not names_no_person(name, 0, len(name))


INNER_CAPITAL = re.compile(r"^(?!Mc|Mac|De|Di|Le|La|Van|Von|O['’])[A-Z]?[a-z]+[A-Z]")


def _people_in_view(answer: dict, previous: str) -> list[str]:
    """The people a pronoun may stand for, most likely first: the person a role question
    asked about, the people the last answer named, then those the last question named."""
    asked = read_question(previous)
    # "What is Ada Strand's job?" then "What did she say?": she is Ada Strand
    names = [POSSESSIVE_END.sub("", c.surface) for c in asked.concepts if c.kind == "name"]
    if asks_role(asked) and names:  # "Who is Ada Strand?" then "What did she say?"
        return names
    found = []
    if not answer.get("abstained"):
        found = _people_in(_stated(answer))  # "A and B died" -> "he" is the first named
    elif asked.qtype == "who" and _ASKED_WHO_IS.match(previous):
        return []  # "Who was their quarterback?" unanswered: "he" is whoever it was
    people = [n for n in names if len(n.split()) >= 2]
    return found + list(reversed(people or names))


POSSESSIVE_END = re.compile(r"['’]s?$")


def _pronoun_sex(lows: list[str]) -> str | None:
    """ "f" for she / her, "m" for he / him / his, None for both or neither."""
    female = any(w in ("she", "her", "hers") for w in lows)
    male = any(w in ("he", "him", "his") for w in lows)
    return "f" if female and not male else "m" if male and not female else None


_AUXILIARY = "|".join(sorted(lx.AUXILIARIES))
_WHO_AUX = re.compile(rf"\s*whom?\s+(?:{_AUXILIARY})\b", re.IGNORECASE)
_ASKED_WHO_IS = re.compile(r"\s*who\s+(?:is|was|are|were)\b", re.IGNORECASE)


def _people_in(text: str) -> list[str]:
    """The people a stated answer names, one or several joined by commas or "and"."""
    parts = re.split(r",\s+|\s+and\s+", text)
    found = [_person_in(part) for part in parts]
    return [name for name in found if name]


def _other_person(question: str, previous: str, turns: list[Any]) -> str | None:
    """ "And the other one?" after a question about one of two people an earlier answer named:
    the same question about the other."""
    if not _OTHER_ONE.match(question) or len(turns) < 2:
        return None
    earlier = turns[-2].answer
    if earlier.get("abstained"):
        return None
    people = _people_in(_stated(earlier))
    asked = [p for p in people if p in previous]
    others = [p for p in people if p not in previous]
    return _swap(previous, asked[0], others[0]) if asked and others else None


def _counted_thing(previous: str) -> str | None:
    """ "How many submarine cables were damaged?" -> "the submarine cables": what "they" means
    after a count."""
    match = _COUNTED.match(previous)
    return f"the {match.group(1)}" if match else None


# Words of a rank or title before a person's name in an answer ("Police Capt. Rolf Amsel").
_LEADING_TITLES = lx.TITLE_WORDS | lx.ROLE_NOUNS | lx.words("police trooper senior constable")
_COUNTED = re.compile(
    r"^\s*how many\s+([a-z][\w\s-]*?)\s+(?:were|was|are|is|did|do|does|have|has|had|will|"
    r"would|can|could)\b",
    re.IGNORECASE,
)


def _person_in(text: str) -> str | None:
    tokens = re.findall(r"[\w'’.-]+", text)
    capitals = [i for i, w in enumerate(tokens) if w[:1].isupper()]
    if capitals and any(w[:1].islower() for w in tokens[capitals[-1] + 1 :]):
        return None  # "New York man": a description, not a name
    words = [tokens[i] for i in capitals]
    while words and (fold(words[0]).strip(".") in _LEADING_TITLES or "." in words[0]):
        words = words[1:]
    if not words or len(words) > 4:
        return None
    return " ".join(words)


MAX_ANTECEDENT_WORDS = 6  # a stated answer longer than this is a passage, not a thing's name


def _pronouns(store: Any, question: str, previous: str, answer: dict) -> str | None:
    words = re.findall(r"[\w'’]+", question)
    lows = [fold(w) for w in words]
    if any(w in lx.PERSON_PRONOUNS for w in lows):
        person = _person(store, answer, previous, _pronoun_sex(lows))
        if person:
            return _replace_pronouns(question, lx.PERSON_PRONOUNS, person)
    if any(w in ("they", "them", "their", "it", "its") for w in lows):
        # the last answer, or, when the sources did not give one, what the question named
        unanswered = bool(answer.get("abstained"))
        thing = (_first_name(previous) or "") if unanswered else _stated(answer)
        if len(thing.split()) > MAX_ANTECEDENT_WORDS or _no_noun_phrase(thing):
            thing = _first_name(previous) or ""  # a sentence stated whole stands for no "it"
        if HOW_OFTEN.match(previous) or _how_often_said(thing):
            thing = _subject_asked(previous) or ""  # "Twice a week" is no "it"
        kind, _ = question_type(previous)
        if kind in ("how_many", "how_much"):
            thing = _counted_thing(previous) or thing  # "Three" is no antecedent
        subject = _subject_asked(previous)
        if kind != "who" and subject and PRONOUN_SUBJECT.search(question):
            thing = subject  # "Which car park did the walkers leave from?" "When did they …?"
        if kind in ("when", "where"):
            # "When did the bridge collapse?" "Why did it collapse?": the bridge; "Where did
            # the walkers set off from?" "When did they leave?": the walkers, not the place
            thing = _first_name(previous) or _subject_asked(previous) or ""
        elif not unanswered and _told_value(thing):  # a time, a date or a figure is no "it"
            thing = _subject_asked(previous) or ""
        elif kind == "yes_no":  # "Were people evacuated?" "Yes." "Where were they taken?"
            thing = _subject_asked(previous) or _first_name(previous) or ""
        if kind == "who" and not unanswered:
            other = _first_name(previous)
            thing = f"{thing} and {other}" if other else thing
        if thing:
            return _replace_pronouns(
                question, frozenset(("they", "them", "their", "it", "its")), thing
            )
    return None


HOW_OFTEN = re.compile(r"\s*how\s+(?:often|frequently)\b", re.IGNORECASE)
FREQUENCY_WORDS = lx.REPEAT_WORDS | lx.words("daily weekly monthly yearly annually hourly")


def _subject_asked(question: str) -> str | None:
    """The subject a question asks about, after its auxiliary: "How often will *the mobile
    library* visit Dunsmere?" (the run of lower-case words opened by "the", less the verb
    that ends it)."""
    found = SUBJECT_AFTER_AUX.search(question)
    if not found:
        owned = OWNED_AFTER_AUX.search(question)  # "What was Orsa Park's capacity cut to?"
        return owned.group(1) if owned else None
    run = found.group(1).split()
    adverb = next((k for k, w in enumerate(run) if k > 1 and w in SUBJECT_ADVERBS), None)
    if adverb is not None:  # "was the leak first detected": the adverb ends the subject
        return " ".join(run[:adverb])
    stop = next((k for k, w in enumerate(run) if k and w in lx.STOPWORDS), len(run))
    words = run[:stop]
    return " ".join(words[:-1]) if len(words) >= 3 else None


# Adverbs that stand between a question's subject and its verb ("was the leak first
# detected"); "-ly" alone would cut "the royal family".
SUBJECT_ADVERBS = lx.words(
    """
    first last already still also ever never again recently finally initially originally
    officially formally eventually previously actually really
    """
)


PRONOUN_SUBJECT = re.compile(
    rf"\b(?i:{'|'.join(sorted(lx.AUXILIARIES))})\s+(?:they|it)\b", re.IGNORECASE
)
OWNED_AFTER_AUX = re.compile(
    rf"\b(?i:{'|'.join(sorted(lx.AUXILIARIES))})\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+[a-z][\w-]*)"
)
SUBJECT_AFTER_AUX = re.compile(rf"\b(?i:{'|'.join(sorted(lx.AUXILIARIES))})\s+(the(?:\s+[a-z-]+)+)")


def _told_value(stated: str) -> bool:
    """Whether a stated answer is a value (a time, a date, a figure), which no pronoun means."""
    words = stated.split()
    calendar = bool(words) and fold(words[0].strip(",.")) in lx.CALENDAR_NAMES
    coded = any(w[:1].isalpha() and any(ch.isdigit() for ch in w) for w in words)
    # "Brannock HP-9", "Flight HA618": a name with a code is a thing "it" may stand for
    return calendar or (not coded and any(ch.isdigit() for ch in stated))


def _how_often_said(stated: str) -> bool:
    """Whether a stated answer tells how often ("Twice", "Weekly"), which no pronoun means."""
    first = fold(stated.split()[0]) if stated.split() else ""
    return first in FREQUENCY_WORDS


def _no_noun_phrase(stated: str) -> bool:
    """Whether a stated answer is a piece of a clause, not a thing "it" can stand for: it opens
    on a function word or a verb form ("To Kestmouth on Monday", "Leaving the bridge unable",
    "Refused to sign")."""
    words = [fold(w) for w in stated.split()]
    if not words:
        return False
    # a verb with what follows it; "Funding" alone may be a thing
    verb_form = len(words) > 1 and len(words[0]) > 4 and words[0].endswith(("ing", "ed"))
    return (words[0] in lx.STOPWORDS and words[0] not in DETERMINERS) or verb_form


DETERMINERS = lx.words("the a an its their his her our this these those that")


def _demonstrative(question: str, previous: str) -> str | None:
    """ "that study" after "Which hospital ran the phase 1 study?": the last question's phrase
    with that noun ("the phase 1 study"); "those soldiers", "that town": keep the last
    question's names in view."""
    if not _DEMONSTRATIVE.search(question):
        return None
    named = _DEMONSTRATIVE_NOUN.search(question)
    told = None
    if named and fold(named.group("noun")) not in lx.STOPWORDS:
        noun = named.group("noun")
        told = re.search(
            rf"\b(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?{re.escape(noun)}\b",
            previous,
            re.IGNORECASE,
        )
        if told:
            phrase = "the" + told.group(0)[told.group(0).index(" ") :]
            question = question[: named.start()] + phrase + question[named.end() :]
    names = [c.surface for c in read_question(previous).concepts if c.kind == "name"]
    own = {alias_key(c.surface) for c in read_question(question).concepts}
    extra = [n for n in names if alias_key(n) not in own and n not in question]
    if extra:
        return f"{question.rstrip(' ?')} ({', '.join(extra)})?"
    return question if told else None


def _first_name(question: str) -> str | None:
    names = [c.surface for c in read_question(question).concepts if c.kind == "name"]
    return names[0] if names else None


def _replace_pronouns(question: str, pronouns: frozenset[str], name: str) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        possessive = word in ("his", "their", "its") or (
            word == "her" and _noun_follows(question, match.end())
        )  # "her publicist", but "How much did it cost her?"
        return f"{name}'s" if possessive else name

    pattern = r"\b(?:" + "|".join(sorted(pronouns)) + r")\b"
    return re.sub(pattern, swap, question, flags=re.IGNORECASE)


def _noun_follows(text: str, at: int) -> bool:
    """Whether a noun phrase follows offset `at` ("her *publicist*", "her *most famous*
    novel"), not the question's end or a preposition ("cost her?", "told her about")."""
    following = re.match(r"\s+([\w'’-]+)", text[at:])
    return following is not None and fold(following.group(1)) not in OBJECT_FOLLOWERS


OBJECT_FOLLOWERS = lx.words(
    """
    to for in with at on by from about into of and or but than as after before during since
    that when if so up down out off over back again yet
    """
)


def _other_one(store: Any, question: str, previous: str) -> str | None:
    if not _OTHER_ONE.match(question):
        return None
    for concept in read_question(previous).concepts:
        if concept.kind != "name":
            continue
        partners = paired_with(store, concept.surface)
        if partners:
            return _swap(previous, concept.surface, partners[0])
    return None


def _and_x(store: Any, question: str, previous: str) -> str | None:
    match = _AND_X.match(question)
    if not match or _OTHER_ONE.match(question):
        return None
    new = match.group(2).strip()
    widened = _widened_phrase(previous, new)
    if widened:
        return widened
    new_q = read_question(new)
    if not new_q.concepts:
        return None
    concept = new_q.concepts[0]
    old_concepts = read_question(previous).concepts
    same_kind = [c for c in old_concepts if c.kind == concept.kind]
    if not same_kind:
        return None
    target = same_kind[-1]
    if concept.kind == "name":
        partners = {alias_key(p) for p in paired_with(store, concept.surface)}
        for old in same_kind:
            if alias_key(old.surface) in partners:
                target = old
                break
    return _swap(previous, target.surface, concept.surface)


def _widened_phrase(previous: str, new: str) -> str | None:
    """ "And the second most common?" after "What was the most common side effect?": the
    phrase ends on words the last question used, so it replaces them there, with their
    determiner ("What was the second most common side effect?")."""
    words = new.split()
    for size in range(len(words) - 1, 0, -1):
        tail = words[-size:]
        if all(fold(w) in lx.STOPWORDS for w in tail):
            continue
        said = re.search(
            r"\b(?:(?:the|a|an|its|his|her|their)\s+)?" + r"\s+".join(map(re.escape, tail)) + r"\b",
            previous,
            re.IGNORECASE,
        )
        if said:
            return previous[: said.start()] + new + previous[said.end() :]
    return None


def _swap(question: str, old: str, new: str) -> str:
    return re.sub(re.escape(old), new, question, count=1)


def paired_with(store: Any, name: str) -> list[str]:
    """Names the sources coordinate with this one ("Donetsk and Luhansk"), most often first."""
    words = [w for w in re.findall(r"[^\W_]+", name)]
    if not words:
        return []
    phrase = " ".join(words)
    try:
        passages = store.search(f'"{phrase}"', PARTNER_SEARCH)
    except Exception:
        return []
    counts: dict[str, int] = {}
    name_re = re.escape(name)
    for p in passages:
        for pattern in (
            rf"{name_re}\s+(?:and|or)\s+{_PARTNER}",
            rf"{_PARTNER}\s+(?:and|or)\s+{name_re}",
        ):
            for m in re.finditer(pattern, p.text):
                partner = m.group(1).split()[0] if len(m.group(1).split()) > 3 else m.group(1)
                if alias_key(partner) != alias_key(name):
                    counts[partner] = counts.get(partner, 0) + 1
    return sorted(counts, key=lambda k: -counts[k])
