"""The object a question asks for when it ends on its verb or on a preposition.

"What did he eat?" is answered by the words right after "ate" in a sentence; "What did they
swap the hostages for?" by the words after the "for" that follows "swapped"; the answer then
runs on to the end of its phrase ("nearly one-half of the valley's farms").
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import variants as var
from sourcedesk.answer.phrases import verb_like
from sourcedesk.answer.question import Question
from sourcedesk.answer.retrieve import SentenceWords, Term
from sourcedesk.answer.spans import POSSESSIVE, boundary_between, is_anchor, token_range

STRANDED_REACH = 6  # words between the verb and that preposition ("slashed from $47bn to")
STRANDED_PREPOSITIONS = lx.words("for with to from about against into on by in of at")
OBJECT_JOINERS = lx.words("of the their his her its a an and our my your")
MAX_JOINERS = 2
# A quotation right after the object's first word: it is that word's object ("take “action”").
QUOTED_OBJECT = re.compile(r"(?:\s+(?:out|up|off|down|back))?\s+[“\"‘][^“”\"‘’]{1,80}[”\"’]")
# A short phrase after the verb that says where or at whom ("... fire at protesters?"); the
# object asked for stands between the verb and it.
TRAILING_PLACE = re.compile(
    r"\s+(?:at|into|onto|toward|towards|against|across|over|through)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\w'’]+\s+)?\w+"
    # "... at protesters attempting to flee": a participle clause on the place's noun
    r"(?:\s+\w+ing(?:\s+to)?(?:\s+\w+){0,2})?$"
    # "in" or "on" only before a determiner or an owner: "find in the car", "discover on the
    # bridge", not "inequality in wages"
    r"|\s+(?:in|inside|on)\s+(?:(?:the|a|an|their|his|her|its)\s+|\w+(?:['’]s?)\s+)\w+$"
)
# A time phrase a question may end on after its verb ("... sink last month?", "... on Monday?").
TRAILING_TIME = re.compile(
    r"\s+(?:(?:last|this|next|that)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|"
    r"winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|"
    r"tonight|tomorrow|recently|(?:in|on|during)\s+\w+)$"
)

# A setting a question may end on after its verb and preposition ("... ask for in her letter?").
TRAILING_SETTING = re.compile(
    r"(\s(?:for|with|to|from|about|into|on|by|of|at))\s+(?:in|on|during|at)\s+"
    r"(?:the|a|an|her|his|its|their|this|that)\s+\w+$"
)


def after_final_word(
    question: Question, terms: list[Term], text: str, words: SentenceWords
) -> set[int]:
    """Where the answer starts when the question ends on its verb ("What did she predict they
    would reach?"): the first word after the sentence's match of that verb (articles skipped)."""
    verb = asked_verb(question, terms)
    if verb < 0:
        return set()
    final = terms[verb]
    stranded = asked_preposition(question)
    out = set()
    for pos, key in enumerate(words.keys):
        if is_anchor(final, key, words.folded[pos]):
            nxt = pos + 1
            if stranded:
                # "cut from $52 million to $9 million": the preposition within a few words
                reach = range(nxt, min(len(words.folded), nxt + STRANDED_REACH))
                at = next((i for i in reach if words.folded[i] == stranded), -1)
                if at < 0 or any(boundary_between(text, words, i) for i in range(pos, at)):
                    continue
                nxt = at + 1
            if not stranded:
                nxt = _past_recipient(words, nxt)  # "offer the city its Kestrel ferry"
            while nxt < len(words.folded) and (
                words.folded[nxt] in lx.STOPWORDS or words.folded[nxt] in lx.NEVER_ALONE
            ):
                nxt += 1
            out.add(nxt)
    return out


def verb_without_preposition(
    question: Question, terms: list[Term], text: str, words: SentenceWords, gap: set[int]
) -> bool:
    """Whether a question that ends on a stranded preposition ("What was he charged with?")
    meets a sentence whose verb ends its clause, with nothing after it ("was arrested and
    later charged."): the sentence does not say what the preposition's object is."""
    if gap or not asked_preposition(question):
        return False
    verb = asked_verb(question, terms)
    if verb < 0:
        return False
    final = terms[verb]
    if final.is_name:
        return False  # "What … is Sadat for?": the verb is "is"
    found = [p for p, key in enumerate(words.keys) if is_anchor(final, key, words.folded[p])]
    if found and _phrasal_without_particle(question, final, words, found):
        return True  # "What did the trust call for?" is not "the lane they have called home"
    return (
        bool(found)
        and all(lx.past_form(words.folded[p]) for p in found)
        and all(boundary_between(text, words, p) for p in found)
    )


# Verbs whose "for" makes another verb: to call for a thing is not to call it something.
FOR_VERBS = lx.words("call calls called ask asks asked press pressed push pushed appeal appealed")


def _phrasal_without_particle(
    question: Question, verb: Term, words: SentenceWords, found: list[int]
) -> bool:
    """Whether "What did X call for?" meets a sentence whose "call" has no "for" after it. A
    synonym met instead ("demanded" for "asked for") holds the particle's sense itself."""
    if asked_preposition(question) != "for" or verb.concept.words[0] not in FOR_VERBS:
        return False
    asked = var.stem(verb.concept.words[0])
    same = [p for p in found if var.stem(words.folded[p]) == asked]
    return bool(same) and not any(words.folded[p + 1 : p + 2] == ["for"] for p in same)


RECIPIENT_PRONOUNS = lx.words("him her them us me you")
OBJECT_DETERMINERS = lx.words("its his her their our my your the a an")


def _past_recipient(words: SentenceWords, i: int) -> int:
    """Where the thing given starts when a verb names its recipient first ("offer NASA its
    lander", "gave him the keys", "offer the agency its lander"): after the recipient; else
    `i`."""
    n = len(words.folded)
    j = i
    while j < n and words.capitalised[j]:
        j += 1  # a name
    if j == i and i < n and words.folded[i] in RECIPIENT_PRONOUNS:
        j = i + 1
    if i < j < n and words.folded[j] in OBJECT_DETERMINERS:
        return j + 1
    if i + 2 < n and words.folded[i] in RECIPIENT_OPENERS and words.folded[i + 2] in GIVEN_OPENERS:
        return i + 3  # "the agency its ...", "all members a season ticket"
    return i


ARTICLES = lx.words("the a an")
RECIPIENT_OPENERS = lx.words("the all every each both")
GIVEN_OPENERS = lx.words("a an its his her their our my your")


def asked_verb(question: Question, terms: list[Term]) -> int:
    """The index of the term the question ends on when it asks for that verb's object (a
    particle, a stranded preposition or a time phrase may follow: "What did the navy sink
    last month?"), or -1."""
    if not terms or question.qtype not in ("what", "which", "how_much", "how_many", "who"):
        return -1  # "What was its budget cut to?" reads as how much
    ending = question_ending(question)
    stranded = stranded_preposition(ending)
    if question.qtype == "who" and not stranded:
        return -1  # "Who did the Chargers lose to?" asks for the object of "to" only
    if stranded:  # "What was its valuation slashed to?" asks the object of "to" too
        ending = ending[: -len(stranded)].rstrip()
    elif question.slot != "object":
        return -1
    else:
        # "What did divers find when the hull was examined?" asks what was found
        ending = TRAILING_CLAUSE.sub("", ending)
        ending = TRAILING_PLACE.sub("", ending)  # "What did police fire at protesters?"
        ending = _without_recipient(ending)  # "What did she offer the runners?"
    last = ending.rsplit(None, 1)[-1] if ending.split() else ""
    if last in lx.PARTICLES:  # "What did the Black Death wipe out?"
        ending = ending[: -len(last)].rstrip()
    for i in range(len(terms) - 1, -1, -1):
        if ending.endswith(terms[i].concept.surface.lower()):
            return i
    return -1


# Verbs that name who receives before what is given ("offered all members a season ticket").
GIVING_VERBS = lx.words(
    "offer offers offered give gives gave given send sends sent pay pays paid promise "
    "promises promised award awards awarded grant grants granted owe owes owed hand hands "
    "handed lend lends lent sell sells sold show shows showed shown tell tells told teach "
    "teaches taught bring brings brought"
)
RECIPIENT_DETERMINERS = lx.words("the a an his her their its our all every each")


def _without_recipient(ending: str) -> str:
    """A question's end without the recipient that follows a giving verb, so that the verb
    is the asked one: "what did she offer the runners" ends on "offer"."""
    words = ending.split()
    cut = len(words) - 1  # "offer runners", "give them"
    if len(words) > 3 and words[-2] in RECIPIENT_DETERMINERS:
        cut -= 1  # "offer the runners"
    if cut > 2 and words[cut - 1] in GIVING_VERBS:
        return " ".join(words[:cut])
    return ending


def question_ending(question: Question) -> str:
    """The question in lower case without a time or setting phrase it ends on ("What did she
    ask for in her letter?" ends on "ask for")."""
    return _ending_of(question.text)


@lru_cache(maxsize=1024)
def _ending_of(text: str) -> str:
    ending = TRAILING_TIME.sub("", text.rstrip(" ?").lower())
    return TRAILING_SETTING.sub(r"\1", ending)


def asked_preposition(question: Question) -> str:
    """The preposition a question's verb leaves stranded ("... swap them for?"), or ""."""
    return _stranded_of(question.text)


@lru_cache(maxsize=1024)
def _stranded_of(text: str) -> str:
    ending = _ending_of(text)
    found = stranded_preposition(ending)
    clause = TRAILING_CLAUSE.search(ending)
    if not found and clause:  # "What was its valuation cut to after it dropped the IPO?"
        found = stranded_preposition(ending[: clause.start()])
    return found


TRAILING_CLAUSE = re.compile(
    r"\s+(?:after|before|when|while|following|once|since|until|because)\s+"
    r"(?:it|he|she|they|we|you|i|the|a|an|his|her|its|their|this|that)\s.*$"
)  # a clause with its own subject ("after it abandoned its IPO"), not "when heated"


def stranded_preposition(ending: str) -> str:
    """The preposition a question ends on, its object being the answer ("... swap them for?")."""
    last = ending.rsplit(None, 1)[-1] if ending.split() else ""
    return last if last in STRANDED_PREPOSITIONS and len(ending.split()) > 3 else ""


def whole_object(text: str, words: SentenceWords, end: int, anchors: set[int]) -> int:
    """Carry an object on through "of their ...", "and ..." to the end of its phrase
    ("the limits" -> "the limits of their endurance")."""
    last = token_range(words, end - 1, end)[1]
    quoted = QUOTED_OBJECT.match(text, words.spans[last][1])
    if quoted and words.folded[last] not in lx.STOPWORDS:
        return quoted.end()  # "vowed to make “swift and lasting repairs”"
    n = len(words.folded)
    while True:
        k = last + 1
        if _content_follows(text, words, last, anchors):
            last = k  # "unjust and illegal" -> "unjust and illegal hostile policy"
            continue
        if k + 1 < n and words.folded[k] == "s" and POSSESSIVE.match(text, words.spans[last][1]):
            k += 1  # "one-half of the valley's farms"
        if k + 1 < n and words.folded[k] == "after" and words.folded[k + 1] == words.folded[last]:
            last = k + 1  # "round after round (of teargas)", "year after year"
            continue
        while k < n and k - last <= MAX_JOINERS and words.folded[k] in OBJECT_JOINERS:
            k += 1
        if k == last + 1 or k >= n or k in anchors or words.folded[k] in lx.STOPWORDS:
            return words.spans[last][1]
        if any(boundary_between(text, words, i) for i in range(last, k)):
            return words.spans[last][1]
        last = k


def _content_follows(text: str, words: SentenceWords, last: int, anchors: set[int]) -> bool:
    k = last + 1
    return (
        k < len(words.folded)
        and k not in anchors
        and words.folded[k] not in lx.STOPWORDS
        and not boundary_between(text, words, last)
        and not _opens_clause(words, k)  # "two of its officers held by ..."
    )


def _opens_clause(words: SentenceWords, k: int) -> bool:
    """A verb form followed by a stop word starts a new clause ("held by"); followed by a noun
    it modifies one ("dumping scheme")."""
    nxt = k + 1
    ends = nxt >= len(words.folded) or words.folded[nxt] in lx.STOPWORDS
    return ends and verb_like(words, k, k)
