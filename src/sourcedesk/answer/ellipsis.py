"""Follow-ups that leave out what the last question said: "At what time?", "For how long?",
"Which ones?", "And how many were unhurt?", "When was that?".

A follow-up like these keeps the last question's event and asks another thing about it. The
last question is split into its question phrase ("On what date", "Which firefighter", "How
many of the walkers") and its body ("did the spillway fail", "was taken to hospital"); the
follow-up's own question phrase goes in front of the body. When the last question asked who or
what did something and was answered, the answer takes the question phrase's place in the body:
"Which firefighter was taken to hospital?" "Arno Halvik" "Why?" asks "Why was Arno Halvik taken
to hospital?", not "Why did Arno Halvik firefighter was taken …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.variants import fold

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
QUESTION_WORDS = lx.words("what which who whom whose when where why how")
# After "what", "which", "whose" or "how", the words up to the body's first verb belong to
# the question phrase ("what date", "how many of the walkers"); at most this many.
MAX_PHRASE_WORDS = 6
# Forms of "be" and "have" that open a body whose subject was the question phrase when a
# participle follows ("was taken", "had been closed").
BE_HAVE = lx.words("is are was were am has have had")
DO_FORMS = lx.words("do does did")
# Prepositions that may open a question phrase ("On what date", "For how long", "Since when").
_PREPOSITIONS = lx.words(
    "in at on by for from with to into over under after before since until till during"
)


@dataclass(frozen=True)
class Split:
    """A question cut into its question phrase and its body."""

    phrase: str  # "On what date", "Which firefighter", "How many of the walkers"
    head: str  # the question word, folded: "what", "which", "how"
    nouns: str  # the words the phrase asks about: "date", "firefighter", "of the walkers"
    body: str  # "did the spillway fail", "was taken to hospital"

    @property
    def asks_doer(self) -> bool:
        """Whether the phrase stood for a party of the event (who or what did it, or had it
        done), which its answer can take the place of; not "On what date", "What time"."""
        if self.head not in ("who", "whom", "what", "which") or fold(self.phrase.split()[0]) in (
            _PREPOSITIONS
        ):
            return False
        nouns = self.nouns.split()
        return not nouns or fold(nouns[-1]) not in TIME_NOUNS


TIME_NOUNS = lx.words("date year time day month week hour season decade age")


def split_question(question: str) -> Split | None:
    """The question phrase and body of a wh-question; None for a yes/no question or when the
    body's verb cannot be found."""
    words = list(_WORD.finditer(question))
    wh = next((i for i, w in enumerate(words[:4]) if fold(w.group(0)) in QUESTION_WORDS), None)
    if wh is None:
        return None
    head = fold(words[wh].group(0))
    verb: int | None = wh + 1
    if head in ("what", "which", "whose", "how"):
        verb = _first_verb(words, wh + 1)
    if verb is None or verb >= len(words):
        return None
    phrase = question[: words[verb - 1].end()].strip()
    nouns = question[words[wh].end() : words[verb].start()].strip() if verb > wh + 1 else ""
    body = question[words[verb].start() :].strip().rstrip("?").strip()
    return Split(phrase, head, nouns, body)


def words_of(text: str) -> list[str]:
    """The words of a text (at least one, so that the first can be read)."""
    return text.split() or [""]


def _first_verb(words: list[re.Match[str]], start: int) -> int | None:
    """Where the body starts: the first auxiliary or past-tense verb after the question phrase's
    nouns ("which hospital's emergency department *stopped*", "how many of the walkers *were*")."""
    for i in range(start, min(len(words), start + MAX_PHRASE_WORDS + 1)):
        word = fold(words[i].group(0))
        counted = fold(words[i - 1].group(0)) in ("many", "much")  # "how many injured"
        if word in lx.AUXILIARIES or (i > start and not counted and _past_form(word)):
            return i
    return None


def _past_form(word: str) -> bool:
    """Whether a word is a verb's past form: regular ("certified", "opened") or irregular."""
    return (len(word) > 4 and word.endswith("ed")) or word in lx.IRREGULAR_VERBS


def body_about(split: Split, answer: str | None) -> str:
    """The body of a question with its answer in the asked place, when it asked who or what did
    something ("was taken to hospital" + "Arno Halvik" -> "was Arno Halvik taken to hospital";
    "certified the result" + "the county board" -> "the county board certified the result";
    "did Ilse marry" + "Tomas Brandt" -> "did Ilse marry Tomas Brandt")."""
    counted = split.nouns.split()
    opens_on_verb = fold(words_of(split.body)[0]) not in lx.AUXILIARIES
    if split.head == "how" and counted[:1] == ["many"] and len(counted) > 1 and opens_on_verb:
        return f"{' '.join(counted[1:])} {split.body}"  # "people attended the meeting"
    if not split.asks_doer:
        return split.body
    if not answer:  # unanswered: the asked party as the question described it
        described = split.nouns and fold(words_of(split.body)[0]) not in DO_FORMS
        return f"the {split.nouns} {split.body}" if described else split.body
    said = answer.split()
    if len(said) > 1 and split.nouns and fold(said[0]) == fold(split.nouns.split()[-1]):
        answer = " ".join(said[1:])  # "Firefighter Ada Kellmarsh" for "Which firefighter"
    if fold(answer.split()[0]) in lx.words("the a an"):
        answer = answer[:1].lower() + answer[1:]  # "A new bridge" inside a question
    words = split.body.split()
    first = fold(words[0]) if words else ""
    if first in DO_FORMS or (first in BE_HAVE and _own_subject(words)):
        return f"{split.body} {answer}"  # the answer was the object: "did Ilse marry Tomas"
    if first in lx.AUXILIARIES:
        return " ".join([words[0], answer, *words[1:]])  # "was Arno Halvik taken …"
    return f"{answer} {split.body}"  # "the county board certified the result"


def _own_subject(words: list[str]) -> bool:
    """Whether a body opened by "was" / "has" names its own subject before a participle ("has
    the council asked …"), so that the question phrase was the object; not "was taken …" or
    "was the captain"."""
    if len(words) < 3 or _past_form(fold(words[1])):
        return False
    return any(_past_form(fold(w)) for w in words[2:6])


# What a follow-up may hold after its question word and still be a question phrase alone
# ("At what time?", "For how long?", "Which ones?", "Since when?"), not a question with its own
# verb ("What happened?", "Who won?").
_PHRASE_ONLY = re.compile(
    r"^\s*(?:(?:and|so|but|then)\s+)?(?P<phrase>(?:(?P<prep>[a-z]+)\s+)?"
    r"(?P<wh>what|which|how|whose|when|where|why|who|whom)\b(?P<rest>[^?]*?))\s*\??\s*$",
    re.IGNORECASE,
)
MAX_PHRASE_ONLY_WORDS = 2
NOUN_TAKERS = lx.words("what which how whose")
LONE_ADVERBS = lx.words("exactly precisely else then not one ones")
HOW_WORDS = lx.words("many much long far often old big large high deep")
NO_PHRASE_WORDS = lx.words("happened come now next")


def phrase_only(question: str) -> str | None:
    """The question phrase of a follow-up that holds nothing else ("At what time?" -> "At what
    time"), else None."""
    found = _PHRASE_ONLY.match(question)
    if not found:
        return None
    prep, wh = found.group("prep"), fold(found.group("wh"))
    if prep and fold(prep) not in _PREPOSITIONS:
        return None
    rest = [fold(w) for w in found.group("rest").split()]
    if len(rest) > MAX_PHRASE_ONLY_WORDS:
        return None
    if wh in ("what", "which") and not prep and rest and rest[-1] not in ("one", "ones"):
        return None  # "Which hospital?" names its own thing: asked as it stands
    for word in rest:
        takes_noun = wh in NOUN_TAKERS and not _past_form(word) and word not in NO_PHRASE_WORDS
        if word in LONE_ADVERBS or (takes_noun and (word not in lx.STOPWORDS or word in HOW_WORDS)):
            continue
        return None
    return found.group("phrase").strip()
