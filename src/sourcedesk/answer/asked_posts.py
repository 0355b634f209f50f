"""Whether a named person holds the post a question asks about, or plainly another one.

"Who heads the wildlife park?" is not answered by "head teacher Ida Fenn said …": her post is
teacher, and her sentence says nothing else of heading anything; nor "Who chairs the firm's
board?" by "its managing director, Ada Vell". The question asks for the holder of a post, by a
verb ("heads", "chairs", "runs") or by the post's noun ("the boss of …"); a name whose sentence
gives it another known job (`rival_names.posts_of`, a role noun), and says nothing else of the
asked post or verb, does not answer. A post given with the asked verb beside it still may:
"Councillor Ada Vell, who leads the council" answers "Who is the council's leader?". Any post
at the top of a body (chief executive, director, chair …) may answer "heads" or "runs": which
one a page means by "head" is not told apart here.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import thesaurus
from sourcedesk.answer import variant_data as data
from sourcedesk.answer.question import Question
from sourcedesk.answer.rival_names import APPOSITION, POST_BEFORE, posts_of, same_post
from sourcedesk.answer.variants import fold, stem, synonyms

WORD = re.compile(r"[^\W\d_]+")
# The posts at the top of a body: asked for by "heads", "leads", "runs", "in charge of", "boss";
# "chairs" asks for its chair alone.
LEADING = lx.words(
    "head chief executive ceo director leader boss president manager principal governor "
    "chair chairman chairwoman chairperson"
)
CHAIRING = lx.words("chair chairs chaired chairing chairman chairwoman chairperson")
# not "lead" or "run" alone: "the lead authors", "a training run"
LEADING_ASKED = lx.words(
    "head heads headed heading leads led leading leader runs ran running boss charge "
    "chief director executive ceo manager president"
)


def asked_posts(question: Question) -> frozenset[str]:
    """The posts a who-question asks the holder of: a chair for "chairs", the posts at the top
    of a body for "heads", "runs", "boss" …, else the doers of its verbs ("edits": editor)."""
    words = {w for c in question.concepts for w in c.words}
    modified = _post_after_rank(question.text)
    if modified:
        return frozenset((modified,))  # "the board's chief investigator": an investigator
    if words & CHAIRING:
        return CHAIRING
    if words & LEADING_ASKED:
        return LEADING
    return frozenset().union(*(data.AGENT_NOUNS.get(w, frozenset()) for w in words))


def _post_after_rank(text: str) -> str:
    """The post a rank word modifies in the question ("chief investigator", "head teacher",
    "deputy editor"), when that post is no head's itself; "" otherwise."""
    words = [fold(w) for w in re.findall(r"[\w'’-]+", text)]
    for rank, post in pairwise(words):
        if rank in RANK_WORDS and post in lx.ROLE_NOUNS and post not in LEADING:
            return post
    return ""


RANK_WORDS = lx.words("chief head principal lead deputy assistant")


def names_a_body(question: Question, span_text: str) -> bool:
    """Whether a span that would answer who holds an asked post is a body's name ("Allied
    Health Workers' Union", "Orsa Town Council"): a body holds no post."""
    words = {fold(w.strip(".,'’")) for w in span_text.split()}
    return _asks_a_head(question) and bool(words & BODY_HEADS)


def _asks_a_head(question: Question) -> bool:
    """Whether the question asks who heads or chairs something: a person's post, where "Who
    owns …?" or "Which company operates …?" may be answered by a body."""
    return asked_posts(question) in (LEADING, CHAIRING)


# Words of bodies' names ("… Workers' Union", "Confederation of …")
BODY_HEADS = lx.words(
    "union council trust bank board company ltd plc inc corporation group association agency "
    "authority ministry department committee commission service services party society "
    "confederation federation institute foundation club league organisation organization"
)


def names_a_group(question: Question, span_text: str) -> bool:
    """Whether a span that would answer who holds an asked post opens on a plural noun
    ("Residents of Tarn Ridge", "Officials"): a group holds no one post."""
    if not _asks_a_head(question):
        return False
    first = fold(span_text.split()[0]) if span_text.split() else ""
    lemma, row = thesaurus.entry(first)
    plural = first != lemma and first in (lemma + "s", lemma + "es", lemma[:-1] + "ies")
    return plural and "n" in row.split("\t")[0]


def of_another_kind(question: Question, text: str, span: Any) -> bool:
    """Whether "Which judge …?" meets a name its sentence gives only another post ("former
    ombudsman Dr Ada Vell"): the asked kind of person is named by that post or title
    ("Judge Ida Fenn"), and another post's holder is a near miss."""
    focus = question.focus.lower()
    if question.qtype != "which" or focus not in lx.ROLE_NOUNS or focus in BROAD_KINDS:
        return False
    posts = [post for post in posts_of(text, span) if post in lx.ROLE_NOUNS]
    return bool(posts) and not any(same_post(post, focus) for post in posts)


# Kinds of person many posts belong to: "Which police officer …?" is met by a sergeant.
BROAD_KINDS = lx.words(
    "officer officers official officials member members employee employees worker workers staff "
    "representative representatives spokesperson spokesman spokeswoman figure figures expert "
    "experts"
)


def of_the_other_sort(question: Question, text: str, span: Any) -> bool:
    """Whether a name is a body where a person is asked ("Brannock Groundworks, a Fellstead
    firm" for "Which worker drove the digger?") or a person where a firm is
    asked ("Idris Penhallow, the volunteer warden" for "Which firm's diggers …?")."""
    from sourcedesk.answer.people_places import (  # late: cycle
        PERSON_NOUNS,
        asks_person_by_noun,
        person_shaped,
    )

    focus = question.focus.lower()
    named_person = question.qtype == "who" and focus in PERSON_NOUNS | PERSON_WORDS
    apposed = APPOSED_KIND.match(text, span.end)
    said = [fold(w) for w in apposed.group(1).split()] if apposed else []
    if asks_person_by_noun(question) or named_person:  # "Who built it?" may be a firm
        return bool(FIRM_NOUNS.intersection(said))
    if question.qtype == "which" and focus in FIRM_NOUNS:
        posts = [post for post in posts_of(text, span) if post in lx.ROLE_NOUNS]
        return person_shaped(span.text) or bool(posts)
    if question.qtype == "which" and focus in BODY_HEADS:
        head = fold(span.text.split()[-1].strip(".,'’")) if span.text.split() else ""
        return head in lx.STRUCTURE_HEADS  # "Which union …?": not "St Aldric's Hospital"
    return False


# ", a Fellstead firm", ", the groundworks contractor": what an apposition says a name is
APPOSED_KIND = re.compile(r",\s+(?:an?|the)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)")
PERSON_WORDS = lx.words("person man woman individual worker employee")
FIRM_NOUNS = lx.words(
    "firm firms company companies business businesses contractor contractors subcontractor "
    "developer developers builder builders operator operators supplier suppliers charity "
    "agency agencies organisation organization manufacturer maker consultancy"
)


def a_title_not_a_name(question: Question, text: str, span: Any) -> bool:
    """Whether a span offered for who someone is only a post's title ("Health Minister" of
    "Health Minister Tobias Wrenfield": its words are dictionary words that end on a post) or
    a law's name ("Reservoir Safety (Orsa)" before "Act"): no one's name."""
    if question.qtype != "who":
        return False
    words = [fold(w.strip(".,'’()")) for w in span.text.split()]
    if LAW_AFTER.match(text, span.end) or (words and words[-1] in LAW_WORDS):
        return True
    if len(words) < 2 or words[-1] not in lx.ROLE_NOUNS:
        return False
    return all(_common_word(w) for w in words[:-1])


LAW_WORDS = lx.words("act bill law regulations directive treaty order")
LAW_AFTER = re.compile(r"\s*\)?\s*(?:Act|Bill|Law|Regulations|Directive|Treaty|Order)\b")


def _common_word(word: str) -> bool:
    """A dictionary word the dictionary does not write with a capital ("health", "deputy")."""
    parts = thesaurus.parts_of_speech(word)
    return bool(parts) and "P" not in parts


def holds_another_post(question: Question, text: str, span: Any) -> bool:
    """Whether the name of a span is given a post the question does not ask about, and its
    sentence, outside that post's words, says nothing of the asked post or its verb."""
    asked = asked_posts(question)
    if not asked:
        return False
    posts = posts_of(text, span)
    if not any(post in lx.ROLE_NOUNS for post in posts):
        return False  # no known job given ("the pharmacologist Tomas Velde" may lead a study)
    if any(same_post(post, one) for post in posts for one in asked):
        return False
    outside = _without_post_words(text, span)
    told = {stem(fold(w)) for w in WORD.findall(outside)}
    return not told & _asked_stems(question, asked)


def _asked_stems(question: Question, asked: frozenset[str]) -> set[str]:
    """The stems of the question's words for the post, their synonyms ("chaired": led), the
    asked posts and their verbs ("leader": leads)."""
    words = {w for c in question.concepts for w in c.words if w in data.AGENT_NOUNS or w in asked}
    for word in list(words):
        words |= synonyms(word)
    for post in asked:
        words |= data.AGENT_VERBS.get(post, frozenset())
    return {stem(w) for w in words | asked}


def _role_word(word: str) -> bool:
    """A lower-case word of a post before a name ("head", "teacher", "fire", "chief")."""
    low = fold(word)
    return (
        low in lx.ROLE_NOUNS
        or low in lx.MODIFYING_ROLES
        or (low not in lx.STOPWORDS and thesaurus.parts_of_speech(low).rstrip("P") == "n")
    )


def _without_post_words(text: str, span: Any) -> str:
    """The sentence without the name and the post words right before or after it."""
    start, end = span.start, span.end
    while (before := POST_BEFORE.search(text, 0, start)) and _role_word(before.group(1)):
        start = before.start()  # "head teacher Ida Fenn": both words are her post's
    after = APPOSITION.match(text, end)
    if after:
        end = after.end()
    return text[:start] + " " + text[end:]
