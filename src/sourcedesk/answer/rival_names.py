"""Whether another source names someone or somewhere else for the asked point: "the firm's
head chef at the time, Ada Venn" against "the firm's head chef Ida Fenn"; "Reception centre:
Tarnhold School" against "… spent the night at the Kellmarsh Community Hall".

Two names are no dispute by themselves: two sources may name two people who each did
something, or a town and the hall in it. A peer's name disputes the answer's only when

1. both are names (not a sentence's capitalised first word such as "Officers"), and a
   person's where the question asks who, sharing no word that tells them apart;
2. the answer's sentence holds at least half the question, and the peer tells the same
   point: it says all the answer's sentence says of the question, in
   the clause that holds its name; or the question's own words stand by both names ("head
   chef" right before each); or the two names stand in one frame (the words just before them
   are the same: "crews were sent instead to …" / "crews were instead sent to …");
3. each page keeps to its own name: the answer's page never writes the peer's name, nor the
   peer's page the answer's. A page that writes both tells of both, in whatever roles;
4. the two pages tell one story: most of the names each page writes most often, the other
   writes too. Two articles on other subjects (a river, a city) name other things for
   whatever words they share with the question;
5. neither name is given a post the other's is not: "head teacher Ida Fenn" and "Ada Venn,
   chair of the growers' association" are two people in two jobs, whatever the question
   shares with their sentences; and an acronym ("the ORB") is no rival to a word name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import thesaurus
from sourcedesk.answer.person_names import NOT_PERSON_HEADS
from sourcedesk.answer.question import Question
from sourcedesk.answer.variants import fold, stem

RIVAL_TYPES = frozenset(("who", "which", "where"))
NAME_KINDS = frozenset(("name",))
BEST_COVERAGE = 0.5  # share of the question the answer's sentence must hold
ALL_SAID = 0.05  # share of the answer's question words a peer may leave out and tell the same
NEAR_WORDS = 8  # words either side of a name where the question's words tell its role
NEAR_SHARED = 2  # question words that must stand by both names
FRAME_WORDS = 5  # words just before a name that make its frame
FRAME_SHARED = 2  # content words two frames share
MIN_NAME_LETTERS = 3
# Words that end a firm's or a body's name (a hospital or a hall may be a place asked "where").
BODY_WORDS = lx.words(
    "ltd plc inc llc corp corporation company co group holdings pharmaceuticals party council "
    "ministry authority"
)
# Words before a name that tell its role, not who it is ("Fire Chief Ada Venn").
NAME_TITLES = (
    lx.TITLE_WORDS | lx.HONORIFICS | lx.words("judge justice fire police officer professor")
)
NAME_RUN = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|and|de|van|von|la|le)\s+)?[A-Z][\w'’.-]*)*"
)
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def rival_name(
    question: Question,
    terms: list[Any],
    best: Any,
    choice: Any,
    page_text: Callable[[str], str] | None,
) -> bool:
    """Whether `choice` names another person or place for the point `best` answers (see the
    module's docstring)."""
    if question.qtype not in RIVAL_TYPES or page_text is None:
        return False
    if question.plural_focus or best.span is None or choice.span is None:
        return False  # a list ("Which ones?") is no one point
    if best.span.kind not in NAME_KINDS or choice.span.kind not in NAME_KINDS:
        return False
    if best.cand.coverage < BEST_COVERAGE:
        return False  # an answer that holds little of the question: no point to dispute
    ours, theirs = name_runs(question, best), name_runs(question, choice)
    if not ours or not theirs or _folded(ours) & _folded(theirs):
        return False
    if _a_body(ours) != _a_body(theirs):
        return False  # "the Kestrelmoor plant" and "Brannock Vale Pharmaceuticals Ltd"
    if question.qtype == "which" and _names_a_person(best) != _names_a_person(choice):
        return False  # "Which group …?": "the Civic group" and "Tomas Kerr"
    if _an_acronym(ours) != _an_acronym(theirs):
        return False  # "Selby" for "Which town …?" and "MFA" of "said MFA was switched on"
    ours_posts = posts_of(best.cand.passage.text, best.span)
    if _posts_differ(ours_posts, posts_of(choice.cand.passage.text, choice.span)):
        return False  # "head teacher Ida Fenn" and "Ada Venn, chair of …": two jobs
    if not _same_point(terms, best, choice):
        return False
    best_page = page_text(best.cand.passage.source_id)
    peer_page = page_text(choice.cand.passage.source_id)
    if question.qtype == "who" and not (
        _given_names(best_page, ours) and _given_names(peer_page, theirs)
    ):
        return False  # "Brennock Green Forward": "Brennock" names the city too, no one's
    keys_ours, keys_theirs = _keys(question, ours), _keys(question, theirs)
    if _writes_any(best_page, keys_theirs) or _writes_any(peer_page, keys_ours):
        return False
    return one_story(best_page, peer_page)


def one_story(a: str, b: str) -> bool:
    """Whether two pages tell one story: of each one's `STORY_NAMES` most written names, the
    other writes at least `STORY_SHARED_LEAST`, and one of them at least `STORY_SHARED_MOST`
    (a tabloid's page may dwell on a couple the report names once)."""
    names_a, names_b = _page_names(a), _page_names(b)
    shared = sorted(
        sum(name in other for name, _ in mine.most_common(STORY_NAMES))
        for mine, other in ((names_a, names_b), (names_b, names_a))
    )
    return shared[0] >= STORY_SHARED_LEAST and shared[1] >= STORY_SHARED_MOST


def _page_names(text: str) -> Counter[str]:
    """The capitalised words a page writes inside its sentences, and how often; days and
    months left out."""
    found = (fold(m) for m in INNER_NAME.findall(text))
    return Counter(w for w in found if w not in lx.CALENDAR_NAMES)


# Measured on the invented news topics (five pages on one story: 169 of 180 pairs pass) and
# on SQuAD's articles (one subject each: 11 of 153 pairs pass).
STORY_NAMES = 8
STORY_SHARED_LEAST = 2
STORY_SHARED_MOST = 4
# The capital opens the pattern (what precedes it is looked back at): a pattern that opens
# on a class of letters skips to them, one that opens on a lookbehind tries every place.
INNER_NAME = re.compile(r"[A-Z](?<=[a-z,;:] [A-Z])[a-z-]{2,}")


def name_runs(question: Question, choice: Any) -> list[list[str]]:
    """The names a span holds, each as its words, titles left out ("Fire Chief Ada Venn":
    "Ada Venn"). Empty when the span is no name: a sentence's capitalised first word alone
    ("Officers", "Approximately"), and for "who" a name no person's."""
    span, text = choice.span, choice.cand.passage.text
    runs = []
    for run in NAME_RUN.finditer(span.text):
        words = [w.strip(".,") for w in run.group().split()]
        while words and fold(words[0]) in NAME_TITLES:
            words = words[1:]
        if question.qtype == "who" and "of" in words[2:]:
            words = words[: words.index("of")]  # "Ada Vell of Lisle University": Ada Vell
        if sum(ch.isalpha() for ch in "".join(words)) < MIN_NAME_LETTERS:
            continue  # "C" of "38.7 °C"
        opening = span.start + run.start() == _first_word_start(text)
        if opening and len(words) == 1:
            continue  # "Officers then found …": a capitalised first word
        if question.qtype != "who" or _person_like(text[: span.start + run.start()], words):
            runs.append(words)  # for "who", not "the … Recovery Fund", nor "the Gannet Teeth"
    return runs


def _keys(question: Question, runs: list[list[str]]) -> list[str]:
    """What tells a name apart: a person's surname (for "who"), a place's or body's whole
    name."""
    return [run[-1] if question.qtype == "who" else " ".join(run) for run in runs]


def _a_body(runs: list[list[str]]) -> bool:
    """Whether a name is a body's ("… Pharmaceuticals Ltd", "… Council")."""
    return any(fold(w) in BODY_WORDS for run in runs for w in run)


def _given_names(page: str, runs: list[list[str]]) -> bool:
    """Whether each name's first word is a given name on its page: written there only as part
    of that name ("Ida Fenn"), not in other names too ("Brennock" of "Brennock City Council"
    and "Brennock Green Forward")."""
    return all(
        _count(page, run[0]) == _count(page, f"{run[0]} {run[1]}") for run in runs if len(run) > 1
    )


def _count(page: str, phrase: str) -> int:
    """How often a page writes a phrase as whole words. The phrase opens the pattern and the
    word boundary before it is looked back at after it (the same matches as a lookbehind
    first): a pattern that opens on a literal is searched for as one, twenty times faster
    over a long page."""
    escaped = re.escape(phrase)
    return len(re.findall(rf"{escaped}(?<!\w{escaped})(?!\w)", page))


def _names_a_person(choice: Any) -> bool:
    """Whether a span's name reads as a person's (see `_person_like`)."""
    span, text = choice.span, choice.cand.passage.text
    return any(
        _person_like(text[: span.start + run.start()], run.group().split())
        for run in NAME_RUN.finditer(span.text)
    )


def _person_like(before: str, words: list[str]) -> bool:
    """Whether a name reads as a person's: two to four words, none naming a body, a place or a
    thing, not after "the" ("the Gannet Teeth")."""
    if not 2 <= len(words) <= 4 or THE_BEFORE.search(before):
        return False
    return not NOT_PERSON_HEADS.intersection(fold(w) for w in words)


THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _first_word_start(text: str) -> int:
    match = TOKEN.search(text)
    return match.start() if match else 0


def _folded(runs: list[list[str]]) -> set[str]:
    return {fold(w) for run in runs for w in run}


def _writes_any(page: str, keys: list[str]) -> bool:
    return any(_count(page, key) for key in keys)


def _same_point(terms: list[Any], best: Any, choice: Any) -> bool:
    """Whether the peer's name fills the answer's point (test 2 of the module's docstring)."""
    from sourcedesk.answer.agreement import in_asked_clause, unsaid_share  # late: cycle

    unsaid = unsaid_share(terms, best.cand, choice.cand)
    said_all = unsaid <= ALL_SAID and not choice.cand.missing_required(terms)
    if said_all and in_asked_clause(terms, choice):
        return True
    asked = {stem(fold(w)) for t in terms for w in TOKEN.findall(t.concept.surface)}
    asked -= {stem(w) for w in lx.STOPWORDS}
    near = _words_near(best) & _words_near(choice) & asked
    # the asked thing's own name stands near any sentence about it: shared words must hold
    # more of the question than that ("the Orsa Lark was built at the Vell yard" / "The
    # Courier has learned that the Orsa Lark failed a survey" share only the ship's name)
    named = {stem(fold(w)) for t in terms if t.is_name for w in TOKEN.findall(t.concept.surface)}
    if len(near) >= NEAR_SHARED and near - named:
        return True
    frame = _frame(best) & _frame(choice)
    return len(frame) >= FRAME_SHARED and bool(frame & asked)


def _words_near(choice: Any) -> set[str]:
    """The stems of the words within `NEAR_WORDS` of a span, either side."""
    text, span = choice.cand.passage.text, choice.span
    before = TOKEN.findall(text[: span.start])[-NEAR_WORDS:]
    after = TOKEN.findall(text[span.end :])[:NEAR_WORDS]
    return {stem(fold(w)) for w in before + after}


def _frame(choice: Any) -> set[str]:
    """The content words just before a span ("were instead sent to")."""
    words = TOKEN.findall(choice.cand.passage.text[: choice.span.start])[-FRAME_WORDS:]
    return {stem(fold(w)) for w in words if fold(w) not in lx.STOPWORDS}


def _an_acronym(runs: list[list[str]]) -> bool:
    """Whether a span's one name is an acronym ("MFA", "ORB")."""
    return len(runs) == 1 and len(runs[0]) == 1 and ACRONYM.fullmatch(runs[0][0]) is not None


ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}s?")


def post_of(text: str, span: Any) -> str:
    """The first post a sentence gives the name of a span (see `posts_of`), or ""."""
    return next(iter(posts_of(text, span)), "")


def posts_of(text: str, span: Any) -> list[str]:
    """The posts a sentence gives the name of a span, as their head nouns: a title opening the
    name ("Councillor Ada Vell": councillor), a role noun just before it ("head teacher Ida
    Fenn": teacher; "Council leader Ada Vell": leader) and the head of an apposition after it
    ("Ada Vell, the council's chief executive,": executive; "Ada Vell, chair of the trust":
    chair)."""
    posts = []
    words = [fold(w) for w in span.text.split()]
    if len(words) > 1 and words[0].rstrip(".") in POST_TITLES:
        posts.append(words[0].rstrip("."))
    before = POST_BEFORE.search(text, 0, span.start)
    if before and (
        fold(before.group(1)) in lx.ROLE_NOUNS
        or (not before.group(2) and _a_post(fold(before.group(1))))
    ):  # after a comma only a role noun ("chief executive, Ada Vell"; not "outbreak, Ada Vell")
        posts.append(fold(before.group(1)))
    after = APPOSITION.match(text, span.end)
    if after and _a_post(head := fold(after.group(1).split()[-1])):
        posts.append(head)
        if "executive" in map(fold, after.group(1).split()[:-1]):
            posts.append("executive")  # "chief executive officer" is the chief executive
    return posts


def _a_post(word: str) -> bool:
    """Whether a lower-case word names a post: a role noun, or a word the dictionary holds only
    as a noun ("planner"), not a verb or a small word ("said", "by")."""
    if word in lx.STOPWORDS or word in lx.HONORIFICS or len(word) < 3:
        return False
    return word in lx.ROLE_NOUNS or thesaurus.parts_of_speech(word).rstrip("P") == "n"


def _posts_differ(ours: list[str], theirs: list[str]) -> bool:
    """Whether two names' posts are plainly two jobs: both given, and no post of one the same
    as one of the other's (see `same_post`)."""
    return bool(ours and theirs) and not any(same_post(a, b) for a in ours for b in theirs)


def same_post(a: str, b: str) -> bool:
    """Whether two posts are one: the same word, one group's ("chair", "chairman"), or related
    in the dictionary ("councillor", "councilman")."""
    if stem(a) == stem(b) or any(a in group and b in group for group in POST_GROUPS):
        return True
    return b in thesaurus.related(a) or a in thesaurus.related(b)


# Titles that open a name and are its post ("Councillor Ada Vell", "Judge Ada Vell").
POST_TITLES = lx.words("councillor councilor cllr judge inspector detective sergeant constable")
POST_GROUPS = (
    lx.words("head chief leader boss"),
    lx.words("chair chairman chairwoman chairperson president"),
    lx.words("spokesman spokeswoman spokesperson"),
    lx.words("councillor councilor cllr"),
)
# A lower-case word right before a name ("teacher Ida Fenn"; "leader, Ada Vell")
# "head teacher Ida Fenn", "ombudsman Dr Ada Vell": the word before a name (and its honorific)
POST_BEFORE = re.compile(
    r"\b([a-z][a-z-]+)(,?)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady)\.?\s+)?$"
)
# An apposition after a name, up to its first "of", "at", comma or full stop: ", the council's
# chief executive", ", chair of the trust", ", a former transport planner"
APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)?"  # ", Orsa Bank's …"
    r"((?:[a-z][\w'’-]*\s+){0,4}?[a-z][a-z-]+)(?=\s+(?:of|at|for|in|and)\b|[,.;]|$)"
)
