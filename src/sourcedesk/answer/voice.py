"""Subject questions read against the voice of the sentence that answers them.

"What is restrained with a lever?" asks for the thing acted on. A sentence may say it in the
active ("a lever restrains a plug valve": the answer follows the verb) or in the passive ("a plug
valve is restrained by a lever": it stands before "is"). "What destroyed the bridge?" asks for
the doer, which stands before an active verb or after the "by" of a passive one. Which side of
the verb the answer sits on is decided by the two voices together, not by the question alone.
"""

from __future__ import annotations

import re

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.question import Question
from sourcedesk.answer.retrieve import SentenceWords, Term
from sourcedesk.answer.spans import is_anchor

BE_FORMS = lx.words("is are was were be been being am")
SKIPPED_BEFORE_VERB = lx.words("not also still already often never then first just")
AGENT_WORD = "by"
AGENT_REACH = 4  # words between a passive verb and its "by" ("was destroyed in 1944 by")
OBJECT_SKIPS = lx.words("a an the its their his her this that these those")
VERB_SLOT_BONUS = 0.2
AUXILIARY_LINKS = lx.AUXILIARIES | lx.words("to have having going")  # "had to be diverted"


def asks_patient(question: Question) -> bool:
    """Whether a subject question puts its verb in the passive ("What was destroyed?")."""
    if not question.verb:
        return False
    before = re.search(
        rf"\b(\w+)\s+(?:\w+ly\s+)?{re.escape(question.verb)}\b", question.text.lower()
    )
    return before is not None and before.group(1) in BE_FORMS


def verb_uses(
    question: Question, terms: list[Term], words: SentenceWords
) -> list[tuple[int, bool]]:
    """Each place the sentence uses the question's verb, and whether it does so in the passive."""
    term = _verb_term(question, terms)
    if term is None:
        return []
    out = []
    for pos, key in enumerate(words.keys):
        if pos > 0 and words.folded[pos - 1] in NOUN_MARKERS:
            continue  # "the notice" meets "noticed" as a noun: no verb to place a slot by
        if is_anchor(term, key, words.folded[pos]):
            out.append((pos, _passive_at(words, pos)))
    return out


NOUN_MARKERS = OBJECT_SKIPS | lx.words("our my your")


def verb_slot_bonus(
    question: Question, uses: list[tuple[int, bool]], words: SentenceWords, first: int, last: int
) -> float:
    """A bonus for a span in the place the asked thing takes around one use of the verb."""
    patient = asks_patient(question)
    for pos, passive in uses:
        if patient == passive:  # the subject of the sentence's verb: the words before it
            if _ends_before(words, last, pos):
                return VERB_SLOT_BONUS
        elif patient:  # active sentence, passive question: the object after the verb
            if _opens_object(words, _after(words, pos + 1, OBJECT_SKIPS), first):
                return VERB_SLOT_BONUS
        elif first == _after_agent_word(words, pos):  # "... was destroyed by a storm"
            return VERB_SLOT_BONUS
    return 0.0


def _verb_term(question: Question, terms: list[Term]) -> Term | None:
    verb = question.verb
    return next((t for t in terms if t.concept.surface.lower() == verb), None)


def _passive_at(words: SentenceWords, pos: int) -> bool:
    """A "be" form before the verb, or "by" right after it ("the Brotherhood, led by ...")."""
    if pos + 1 < len(words.folded) and words.folded[pos + 1] == AGENT_WORD:
        return True
    k = pos - 1
    while k >= 0 and (words.folded[k] in SKIPPED_BEFORE_VERB or words.folded[k].endswith("ly")):
        k -= 1
    if k >= 0 and words.folded[k] in ("and", "or"):
        return _coordinated_passive(words, k)  # "was ripped from her arms and kidnapped"
    return k >= 0 and words.folded[k] in BE_FORMS


def _coordinated_passive(words: SentenceWords, conjunction: int) -> bool:
    """Whether a "be" form and a participle open the clause a conjunction continues."""
    folded = words.folded
    for k in range(conjunction - 1, max(0, conjunction - COORDINATION_REACH) - 1, -1):
        if folded[k] in BE_FORMS and k + 1 < conjunction and _participle(folded[k + 1]):
            return True
    return False


def _ends_before(words: SentenceWords, last: int, pos: int) -> bool:
    """Whether only auxiliaries, "be" forms and adverbs stand between a span and the verb."""
    between = words.folded[last + 1 : pos]
    return last < pos and len(between) <= AGENT_REACH and all(_links(w) for w in between)


def _links(word: str) -> bool:
    """A word that may stand between a subject and its verb ("had to be", "was not")."""
    return (
        word in BE_FORMS
        or word in AUXILIARY_LINKS
        or word in SKIPPED_BEFORE_VERB
        or word.endswith("ly")
    )


def _after(words: SentenceWords, i: int, skipped: frozenset[str]) -> int:
    while i < len(words.folded) and words.folded[i] in skipped:
        i += 1
    return i


def _opens_object(words: SentenceWords, start: int, first: int) -> bool:
    """Whether a span opens the object that begins at `start`, or follows only the lower-case
    words that describe it ("chartered the smaller MV Orsa Lark")."""
    between = range(start, first)
    return (
        start <= first
        and len(between) <= OBJECT_MODIFIERS
        and all(
            not words.capitalised[k]
            and words.folded[k].isalpha()
            and words.folded[k] not in lx.STOPWORDS
            for k in between
        )
    )


OBJECT_MODIFIERS = 2  # "the smaller, older": words describing an object before its name


def _after_agent_word(words: SentenceWords, pos: int) -> int:
    reach = range(pos + 1, min(len(words.folded), pos + 1 + AGENT_REACH))
    at = next((i for i in reach if words.folded[i] == AGENT_WORD), -1)
    return -2 if at < 0 else _after(words, at + 1, OBJECT_SKIPS)


COORDINATION_REACH = 8  # words back from "and" to the "be" form of a passive it continues
DOER_QUESTION = re.compile(r"^\s*who\s+(?P<verb>[a-z]+)\b", re.IGNORECASE)
AGENT_MARKERS = lx.words("by via through")


def doer_untold(question: Question, terms: list[Term], words: SentenceWords) -> bool:
    """Whether a sentence uses the verb of "Who stabbed X?" only as something done to X, with
    no doer after it ("X was stabbed to death", "the stabbing occurred"): it says what
    happened, not who did it."""
    asked = DOER_QUESTION.match(question.text)
    if asked is None or question.qtype != "who":
        return False
    verb = asked.group("verb").lower()
    past = verb.endswith("ed") or verb in lx.IRREGULAR_VERBS or verb in PAST_AS_BASE
    if verb in lx.AUXILIARIES or not past:
        return False
    term = next((t for t in terms if t.concept.surface.lower() == verb), None)
    if term is None:
        return False
    uses = [p for p, key in enumerate(words.keys) if is_anchor(term, key, words.folded[p])]
    return bool(uses) and all(
        (_passive_at(words, p) or _nominal_at(words, p)) and not _doer_after(words, p) for p in uses
    )


# Verbs whose past is their base form ("Who set up the school?", "Who cut the cables?")
PAST_AS_BASE = lx.words("set put cut shut hit let quit upset")


def _doer_after(words: SentenceWords, pos: int) -> bool:
    """Whether a "by", "via" or "through" after the verb can give its doer: not one that
    another participle takes ("a presentation led by X" says who led, not who stabbed)."""
    folded = words.folded
    for k in range(pos + 1, len(folded)):
        if folded[k] in ("and", "but") and k + 1 < len(folded) and _participle(folded[k + 1]):
            return False  # "founded in 1988 and bought in 2016 by X": X bought, founded nothing
        if folded[k] in AGENT_MARKERS and (k - 1 == pos or not _participle(folded[k - 1])):
            return True
    return False


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in lx.IRREGULAR_VERBS


def _nominal_at(words: SentenceWords, pos: int) -> bool:
    """The verb said as a noun ("the stabbing occurred", "a shooting")."""
    return pos > 0 and words.folded[pos].endswith("ing") and words.folded[pos - 1] in OBJECT_SKIPS
