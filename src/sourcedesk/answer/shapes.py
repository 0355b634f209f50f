"""Answers with shapes of their own: an acronym's long form, a person's role, a reason.

- `alias_span`: "What does ACR stand for?" -> the long form the sources define;
- `role_span`: "Who is X?" / "What is X's job?" -> the title before the name or the
  apposition after it ("said Elsa Grund, a professor of maritime trade at ...");
- `reason_span`: "Why ...?" -> the clause a reason cue opens, or the next sentence.
"""

from __future__ import annotations

import re

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import reasons as rs
from sourcedesk.answer.phrases import verb_like
from sourcedesk.answer.question import Concept, Question
from sourcedesk.answer.retrieve import Candidate, SentenceWords, Term, match_terms
from sourcedesk.answer.spans import Span, boundary_between, is_anchor, question_positions
from sourcedesk.answer.variants import fold
from sourcedesk.research.entity_data import ORG_KEYWORDS

ROLE_STOP = lx.words(
    """
    said says told stated wrote added announced who which that was is aged age
    """
)
# "Bren Asher, meanwhile, told …": a word set off by commas that links the sentence, no role
LINKING_ADVERBS = lx.words(
    """
    meanwhile however though too also instead therefore moreover nevertheless still then
    """
)
# "…, said Ravi Soler, Director, Kestrel Capital.": a bare title, then whose title it is
_EMPLOYER_AFTER = re.compile(r",\s+((?:[A-Z][\w&.’'-]*\s?)+)(?=[.;]?\s*$|[.;]\s)")
ROLE_KEEP = frozenset(["of", "to", "for", "the", "in", "at"])
RELATIVE_CLAUSE = re.compile(r"\s+(?:who|which|that|whose)\s+")
MAX_APPOSITION_CHARS = 90
MAX_TITLE_WORDS = 6
ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,}$")
DEFINITION_BONUS = 0.5


def asks_expansion(question: Question) -> bool:
    low = question.text.lower()
    return any(cue in low for cue in lx.EXPANSION_CUES) and any(
        c.kind == "name" for c in question.concepts
    )


# Nouns for works that have a title ("the book", "her debut novel").
WORK_NOUNS = lx.words(
    """
    book novel film movie song album record report article paper study show series play poem
    story memoir essay speech documentary episode painting work exhibition programme program
    game thesis column letter post podcast
    """
)
# "the title of the book / film / song …": a work's name is asked, not anyone's post.
WORK_TITLE = re.compile(
    r"\btitles?\s+of\s+(?:the|a|an|his|her|their|its|this|that|(?:[\w.'’-]+\s+){0,3}[\w.]+['’]s)\s+"
    r"(?:[\w'’-]+\s+)?(?:" + "|".join(sorted(WORK_NOUNS)) + r")s?\b",
    re.IGNORECASE,
)


# "What does Ilse Varo do?" asks her job; "What did she do?" asks what she did.
JOB_QUESTION = re.compile(
    r"^\s*what\s+(?:does|do)\s+(?!.*\b(?:not|never)\b)\S.*?\s+do\s*\??\s*$", re.IGNORECASE
)


def asks_role(question: Question) -> bool:
    names = [c for c in question.concepts if c.kind == "name"]
    if not names:
        return False
    if WORK_TITLE.search(question.text):
        return False  # "the title of the book he was reading" is the book's name, not a post
    if question.focus in lx.ROLE_FOCUS or JOB_QUESTION.match(question.text):
        return True  # "What is her job?"; "What does Ilse Varo do?"
    if question.qtype in ("what", "which", "who") and any(
        c.words[0] in lx.ROLE_FOCUS for c in question.concepts
    ):
        return True  # "What is her job?"; "Where did she post it?" asks a place
    if question.qtype != "who" or len(question.concepts) != 1:
        return False
    # "Who is the Halvik CEO?" asks for the person who holds the post, not what it is; "Who is
    # Tam Judge?" asks who Judge is
    return not _names_a_post(question, names[0])


def _names_a_post(question: Question, name: Concept) -> bool:
    """Whether a question's lone name is a post ("the Halvik CEO", "the Halvik chief
    executive"): it ends on a role word, written in lower case or as an acronym, or after
    "the"."""
    last = name.words[-1]
    if last not in lx.ROLE_NOUNS and last not in lx.ROLE_OPENERS:
        return False
    written = name.surface.split()[-1] if name.surface.split() else ""
    after_the = re.search(rf"\bthe\s+{re.escape(name.surface)}", question.text, re.I)
    return written.islower() or written.isupper() or after_the is not None


def alias_span(terms: list[Term], cand: Candidate) -> Span | None:
    """The long form of an acronym as the sentence spells it, when it does."""
    text = cand.passage.text
    for term in terms:
        if not term.is_name:
            continue
        for form in term.forms:
            if form == term.concept.words or len(form) < 2:
                continue
            span = _find_form(text, cand.words, form)
            if span:
                defines = _find_form(text, cand.words, term.concept.words) is not None
                score = 1.0 + (DEFINITION_BONUS if defines else 0.0)
                return Span(span[0], span[1], text[span[0] : span[1]], score, "alias")
    return None


def _find_form(text: str, words: SentenceWords, form: tuple[str, ...]) -> tuple[int, int] | None:
    for i, word in enumerate(words.folded):
        if word != form[0]:
            continue
        j, k = i, 1
        while k < len(form) and j + 1 < len(words.folded):
            j += 1
            if words.folded[j] == form[k]:
                k += 1
            elif words.folded[j] not in lx.NAME_JOINERS and words.folded[j] != "s":
                break
        if k == len(form):
            return words.spans[i][0], words.spans[j][1]
    return None


def role_span(terms: list[Term], cand: Candidate) -> Span | None:
    """The title before a person's name or the apposition after it ("X, the Y of Z,")."""
    text = cand.passage.text
    words = cand.words
    for index, term in enumerate(terms):
        if not term.is_name:
            continue
        hit = match_terms([term], words)
        # "Lindqvist, a partner in the firm,": a lone surname in a source naming him in full
        names = set(term.forms[0]) if hit else set(term.parts) if index in cand.matched else set()
        if not names:
            continue
        positions = [i for i, w in enumerate(words.folded) if w in names and words.capitalised[i]]
        if not positions:
            continue
        first, last = positions[0], positions[-1]
        span = _title_and_apposition(text, words, first, last)
        if span:
            told = text[span[0] : span[1]]
            score = MEMBERSHIP_SCORE if MEMBERSHIP.match(told) else 1.0
            return Span(span[0], span[1], told, score, "role")
    return None


# "a member of the plant recording group" says what someone belongs to, less than a post or a
# trade ("a former chemistry teacher") says what they do
MEMBERSHIP = re.compile(r"(?:an?\s+)?(?:\w+\s+)?members?\s+of\b", re.IGNORECASE)
MEMBERSHIP_SCORE = 0.5


def _title_and_apposition(
    text: str, words: SentenceWords, first: int, last: int
) -> tuple[int, int] | None:
    """The title, the apposition, or both with the name between them ("General Aro Kell,
    head of the Joint Staff College"): a lone title says less than the apposition."""
    leading = _apposition_before(text, words, first, last)
    if leading:
        return leading  # the comma after the name closes the role, it opens no apposition
    title = _title_before(text, words, first)
    apposition = _apposition_after(text, words, last)
    if apposition and FORMER_ROLE.match(text, apposition[0]):
        # "Ada Orsa, formerly the finance chief, was appointed chief executive": what she is
        became = BECAME_ROLE.match(text, apposition[1])
        if became:
            return became.span(1)
    if title and apposition:
        return title[0], apposition[1]
    return title or apposition or _copula_after(text, words, last)


MAX_LEADING_ROLE_WORDS = 14
# An apposition that tells a role someone held before ("X, formerly the club's coach, …").
FORMER_ROLE = re.compile(r"(?:previously|formerly|once|until\s+\w+|former|ex-)\b", re.I)
# The role the rest of the sentence says someone took up ("…, was appointed chief executive").
BECAME_ROLE = re.compile(
    r"\W*(?:became|has become|was appointed|was named|was made|took over as|is now|now serves as)"
    r"\s+(?:as\s+)?((?:the\s+|an?\s+)?[^,;.()]{3,80}?)"
    r"(?=\s+(?:in|on|at|from|last|this|after|when|and|since)\b|[,;.(]|$)"
)


def _apposition_before(
    text: str, words: SentenceWords, first: int, last: int
) -> tuple[int, int] | None:
    """The role that opens the sentence before a name set off by commas ("Halvik's global
    vice-president of sales, Ines Varo, said ...")."""
    if first == 0 or first > MAX_LEADING_ROLE_WORDS:
        return None
    before = text[words.spans[first - 1][1] : words.spans[first][0]]
    after = text[words.spans[last][1] : words.spans[last][1] + 3]
    if before.strip() != "," or not after.lstrip(" ").startswith(","):
        return None
    if any(boundary_between(text, words, i) for i in range(first - 1)):
        return None  # the role must run unbroken from the start of the sentence
    roles = lx.TITLE_HEADS | lx.TITLE_WORDS  # "Its boss, …", "Its CEO, …"
    if not any(part in roles for w in words.folded[:first] for part in w.split("-")):
        return None
    return words.spans[0][0], words.spans[first - 1][1]


# "Marten is the CEO of Velo, …": what the sentence says the person is, up to the first comma
_COPULA_ROLE = re.compile(
    r"\s+(?:is|was|has been|had been|serves as|served as)\s+((?:the|a|an)\s+[^,;.()]{3,90}?)"
    r"(?=[,;.(]|\s+(?:who|which|that|since|until|and\s+(?:is|was|has))\b|$)"
)


def _copula_after(text: str, words: SentenceWords, last: int) -> tuple[int, int] | None:
    """The role a copula gives right after the name ("X is the CEO of DH")."""
    match = _COPULA_ROLE.match(text, words.spans[last][1])
    return match.span(1) if match else None


def _title_before(text: str, words: SentenceWords, first: int) -> tuple[int, int] | None:
    i = first - 1
    start = None
    while i >= 0 and not boundary_between(text, words, i):
        low = words.folded[i]
        if (
            words.capitalised[i]
            or low in ROLE_KEEP
            or _joins_roles(text, words, i, start)
            or low in lx.ROLE_NOUNS
            or _modifies_role(words, i, start)
            or low.endswith("ist")
            or low == "s"
        ):
            start = i
            i -= 1
        else:
            break
    while start is not None and _listed_role_before(text, words, start, first):
        start -= 1  # "chairman, CEO and president Oren Tall"
    while start is not None and start < first and _droppable_opener(text, words, start):
        start += 1
    if start is None or start >= first:
        return _title_before_comma(text, words, first)
    end = first - 1
    while end >= start and words.folded[end] in lx.HONORIFICS:
        end -= 1  # "Local GP Dr Ilse Varo": the title is "Local GP"
    if end < start:
        return None  # "Dr" alone says nothing of who someone is
    return words.spans[start][0], words.spans[end][1]


def _listed_role_before(text: str, words: SentenceWords, start: int, first: int) -> bool:
    """Whether a role and a comma open the list of titles at `start` ("chairman, CEO and
    president"): the list says "and" before the name."""
    return (
        start > 0
        and text[words.spans[start - 1][1] : words.spans[start][0]].strip() == ","
        and words.folded[start - 1] in lx.ROLE_NOUNS
        and words.folded[start] != "and"  # "the governor, and Police Commissioner Tisch"
        and "and" in words.folded[start:first]
    )


def _title_before_comma(text: str, words: SentenceWords, first: int) -> tuple[int, int] | None:
    """ "its president and chief executive, Piet Halvorsen": a title, a comma, the name."""
    if first < 2 or text[words.spans[first - 1][1] : words.spans[first][0]].strip() != ",":
        return None
    last = first - 1
    if words.folded[last] not in lx.ROLE_NOUNS:
        return None
    start = last
    while start > 0 and last - start < MAX_TITLE_WORDS and _in_title(text, words, start - 1):
        start -= 1
    while start < last and words.folded[start] in ("and", "of"):
        start += 1
    return words.spans[start][0], words.spans[last][1]


def _in_title(text: str, words: SentenceWords, i: int) -> bool:
    """A lower-case word of a title ("chief adjuster and deputy"), not a determiner, an
    owner's "s" or punctuation."""
    low = words.folded[i]
    if words.capitalised[i] or boundary_between(text, words, i):
        return False
    return low in ("and", "of") or (low not in lx.STOPWORDS and low != "s")


def _modifies_role(words: SentenceWords, i: int, start: int | None) -> bool:
    """A lower-case noun right before a lower-case title is part of it ("art historian",
    "defence lawyer"); a verb before it is not ("said", "visited")."""
    if start != i + 1 or words.capitalised[i + 1] or words.folded[i + 1] not in lx.ROLE_NOUNS:
        return False
    return words.folded[i] not in lx.STOPWORDS and not verb_like(words, i, i)


def _joins_roles(text: str, words: SentenceWords, i: int, start: int | None) -> bool:
    """ "and" between two titles ("CEO and co-founder"), or a prefix glued to a title by a
    hyphen ("co-founder", "vice-president")."""
    if start is None:
        return False
    if words.folded[i] == "and":
        return i > 0 and (words.capitalised[i - 1] or words.folded[i - 1] in lx.ROLE_NOUNS)
    return text[words.spans[i][1] : words.spans[i + 1][0]] == "-"


def _droppable_opener(text: str, words: SentenceWords, i: int) -> bool:
    """A stop word opening a title is dropped ("the"), an abbreviation is not ("U.S.")."""
    surface = text[words.spans[i][0] : words.spans[i][1]]
    return words.folded[i] in lx.STOPWORDS and not ACRONYM.match(surface)


def _apposition_after(text: str, words: SentenceWords, last: int) -> tuple[int, int] | None:
    end_of_name = words.spans[last][1]
    rest = text[end_of_name:]
    # " ," as well as ",": a tokenized capture sets its commas apart
    match = re.match(
        r" ?,\s+((?:the\s+|an?\s+)?(?:[^,;.()]|\.(?=\s+[a-z])){3,160}?)(?:,|\.(?!\s+[a-z])|;|\(|$)",
        rest,
    )  # "formerly a Halvik Inc. engineer": a full stop before lower case ends no sentence
    if not match:
        return None
    phrase = RELATIVE_CLAUSE.split(match.group(1), maxsplit=1)[0]  # "..., who has studied"
    if len(phrase) > MAX_APPOSITION_CHARS:
        phrase = _role_part(phrase)
    if len(phrase) > MAX_APPOSITION_CHARS:
        return None
    first_words = phrase.split()
    if any(w.lower() in ROLE_STOP for w in first_words[:1]) or phrase.strip().isdigit():
        return None  # "…, aged 34," or "…, 34,": an age, not who someone is
    if len(first_words) == 1 and (phrase.lower() in LINKING_ADVERBS or phrase.endswith("ly")):
        return None
    if _participle_clause(first_words):
        return None  # "… in Vancouver, killing one man,": what happened, not who someone is
    start = end_of_name + match.start(1)
    end = start + len(phrase.rstrip())
    if all(w.lower().strip(".") in lx.ROLE_NOUNS for w in first_words):
        employer = _EMPLOYER_AFTER.match(text, end)
        if employer:
            end = len(employer.group(0).rstrip(" .")) + employer.start()  # the full stop ends
    return start, len(text[:end].rstrip())


# Where a long apposition leaves the role for what the person did: "a senior aide to the
# governor on the March budget talks with …".
ROLE_PART_END = re.compile(r"\s+(?:on|during|when|after|before|since|with|over|about)\s+")
ROLE_PART_MIN_WORDS = 3


def _role_part(phrase: str) -> str:
    """A long apposition cut where its role ends, when it does (else unchanged)."""
    for cut in ROLE_PART_END.finditer(phrase):
        before = phrase[: cut.start()].split()
        if before and fold(before[-1]) in ORG_KEYWORDS and before[-1][:1].isupper():
            continue  # "president of the Council on Foreign Relations": one name
        if len(before) >= ROLE_PART_MIN_WORDS:
            return phrase[: cut.start()]
    return phrase


def _participle_clause(first_words: list[str]) -> bool:
    """Whether a phrase after a comma opens on a participle ("killing one man", "leaving two
    injured"), unless it names a role ("managing director of …")."""
    head = first_words[0]
    if not head.islower() or not head.endswith("ing") or len(head) <= 5:
        return False
    return len(first_words) < 2 or first_words[1].lower() not in lx.ROLE_NOUNS


def _term_starts(terms: list[Term], words: SentenceWords) -> list[list[int]]:
    """Where each question term is told in the sentence (character offsets)."""
    return [
        [
            words.spans[pos][0]
            for pos, key in enumerate(words.keys)
            if is_anchor(term, key, words.folded[pos])
        ]
        for term in terms
    ]


def _first_anchors(terms: list[Term], words: SentenceWords) -> list[int]:
    """Where the question's terms are first told in the sentence, in order. A term told again
    later ("… after sacks in the last game") does not push the reason out."""
    firsts = []
    for term in terms:
        for pos, key in enumerate(words.keys):
            if is_anchor(term, key, words.folded[pos]):
                firsts.append(pos)
                break
    return sorted(firsts)


# Of this many of the question's terms, all but the last told before a cue let the cue open
# the reason even when that last one is told inside it.
TOLD_BEFORE_CUE = 3


def _cue_after_question(
    text: str, words: SentenceWords, firsts: list[int], triggers: bool = True
) -> tuple[int, int] | None:
    """The clause a cue opens after the question is told: after the last of its terms' first
    places, or after the one before that when the last is told only inside the clause
    ("asked for a water carrier from Penmoor for extra water and firefighter meals" gives
    the firefighters' reason though "firefighter" comes after its "for")."""
    after_at = words.spans[firsts[-1]][1] if firsts else 0
    found = rs.cue_clause(text, after_at, triggers=triggers)
    if found or len(firsts) < TOLD_BEFORE_CUE:
        return found
    earlier = rs.cue_clause(text, words.spans[firsts[-2]][1], triggers=triggers)
    last_start = words.spans[firsts[-1]][0]
    if earlier and earlier[0] < last_start < earlier[1]:
        between = [
            w
            for w, (start, _end) in zip(words.folded, words.spans, strict=True)
            if earlier[0] < start < last_start and w not in lx.STOPWORDS
        ]
        # "for extra water and firefighter meals" gives a purpose; "a successor for their
        # 737" only names the question's thing after the cue
        return earlier if len(between) > 1 else None
    return None


def _fronted_reason(
    cand: Candidate, terms: list[Term], clause: tuple[int, int] | None
) -> tuple[int, int] | None:
    """A reason clause found before the question's words, unless it names the one the question
    asks about: "In response to Kalvia's break with Norland, Norland's ministry issued a
    statement" gives Norland's reason, and Kalvia's act is the event itself, not its cause."""
    if clause is None:
        return None
    subject = next((t for t in terms if t.is_name), None)
    if subject is None:
        return clause
    inside = (
        pos
        for pos, (start, end) in enumerate(cand.words.spans)
        if clause[0] <= start and end <= clause[1]
    )
    named = any(is_anchor(subject, cand.words.keys[p], cand.words.folded[p]) for p in inside)
    return None if named else clause


CUE_RIGHT_AFTER = 2  # characters between the question's last word and a sure cue that follows


def _told_end(words: SentenceWords, firsts: list[int], anchors: set[int]) -> int:
    """Where the question is first told in full: the end of the last of its terms' first
    places, with the words of a name that go on ("Remi Osk"); a word told again later
    ("… moved its books to the Lisle library for sorting") does not count."""
    if not firsts:
        return 0
    last = firsts[-1]
    while last + 1 in anchors:
        last += 1
    return words.spans[last][1]


STOP_AUXILIARIES = rs.AUXILIARY_BEFORE | lx.words("again then later")


def _stopped_thing_asked(text: str, words: SentenceWords, anchors: list[tuple[int, float]]) -> bool:
    """Whether what a sentence says was halted is what the question asks about ("The meeting
    was halted when …" for "Why was the meeting adjourned?"), not another thing ("the spare
    drive was stopped when an alarm went off" for "Why did the lift stop?")."""
    asked = {p for p, _ in anchors}
    for match in rs.STOPPED_WHEN.finditer(text):
        k = next(
            (i for i in range(len(words.spans) - 1, -1, -1) if words.spans[i][1] <= match.start()),
            -1,
        )
        while k >= 0 and words.folded[k] in STOP_AUXILIARIES:
            k -= 1
        if k in asked:
            return True
    return False


def reason_span(cand: Candidate, terms: list[Term], triggers: bool = True) -> Span | None:
    """The reason a sentence (or the one after it) gives for what the question asks about;
    `triggers`: whether what happened when the asked thing stopped may be its reason ("What
    caused it to stop?" asks the cause, not the alarm that went off then)."""
    text = cand.passage.text
    anchors = question_positions(terms, cand.words)
    firsts = _first_anchors(terms, cand.words)
    anchor_starts = [cand.words.spans[p][0] for p, _ in anchors]
    told_at = _told_end(cand.words, firsts, {p for p, _ in anchors})
    right_after = rs.cue_clause(text, told_at, strong_only=True)
    if right_after and right_after[0] - told_at <= CUE_RIGHT_AFTER:
        # "charges against Remi Osk for secretly paying …": the deed, before any causal verb
        start, end = right_after
        return Span(start, end, text[start:end], 1.0, "reason")
    causal = rs.causal_clause(text, anchor_starts)
    if causal:
        return Span(
            causal[0], causal[1], text[causal[0] : causal[1]], rs.CAUSAL_SPAN_SCORE, "reason"
        )
    consequence = rs.consequence_reason(text, _term_starts(terms, cand.words))
    if consequence:
        start, end = consequence
        return Span(start, end, text[start:end], 1.0, "reason")
    first_at = cand.words.spans[anchors[0][0]][1] if anchors else 0
    # a sure cue after the question's first word ("ejected for spitting …, and now the club
    # may have to …") before a weak one after its last, then a sure cue anywhere
    found = (
        rs.cue_clause(text, first_at, strong_only=True)
        or _cue_after_question(
            text, cand.words, firsts, triggers and _stopped_thing_asked(text, cand.words, anchors)
        )
        or _fronted_reason(cand, terms, rs.cue_clause(text, 0, strong_only=True))
    )
    if found:
        start, end = found
        if cand.before and rs.POINTS_BACK.match(text, start):
            # "Because of that we recommend …": the reason is the sentence before
            before = cand.before.text
            return Span(0, len(before), before, 0.8, "reason-before")
        strong = rs.is_strong_cue(text[start:]) and not rs.AFTER_GERUND.match(text, start)
        score = 1.0 if strong else rs.WEAK_CUE_SPAN_SCORE
        return Span(start, end, text[start:end], score, "reason")
    if cand.after and lx.REASON_OPENERS.match(cand.after.text):
        following = cand.after.text
        clause = rs.cue_clause(following, 0) or (0, len(following))
        return Span(clause[0], clause[1], following[clause[0] : clause[1]], 0.8, "reason-next")
    quoted = QUOTE_BY_THE_DOER.match(cand.after.text) if cand.after else None
    if quoted and cand.after and _opens_on_asked_name(terms, cand):
        # "Vell quit the board. "Ten years is enough," she said.": the
        # doer's own words right after the act are the reason they give
        start, end = quoted.span("words")
        return Span(start, end, cand.after.text[start:end], 0.6, "reason-next")
    return None


def _opens_on_asked_name(terms: list[Term], cand: Candidate) -> bool:
    """Whether a sentence opens on a name the question asks about ("Vell told reporters …"):
    the one who then speaks is that person."""
    if not cand.words.folded:
        return False
    first = cand.words.folded[0]
    return any(t.is_name and first in {form[0] for form in t.forms if form} for t in terms)


QUOTE_BY_THE_DOER = re.compile(
    r"\s*[“\"](?P<words>[^”\"]{12,300}?)[,.!?]?[”\"]\s*,?\s*(?:she|he|they)\s+"
    r"(?:said|says|added|explained)\b",
    re.IGNORECASE,
)
