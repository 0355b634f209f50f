"""Pick the words of a sentence that answer the question, by the shape the question asks for.

`best_span(question, terms, candidate)` returns a `Span` (offsets into the sentence) with a
score; the shape comes from the question type:

- when: a date expression; how many / how much: a figure (with its unit or currency);
- who / where: a capitalised name the question does not already hold; a job or role when the
  question asks "what is X's job" or "who is X";
- why: the clause a reason cue opens ("due to ...", "because ...", "after ..."), or the next
  sentence when it opens with "This was because ...";
- what / which: what the sentence calls the asked-about thing ("known as X", "<focus> is X"),
  a name holding the focus noun, else the nearest run of words the question does not hold;
- how: the phrase a manner cue opens ("by weight"), else as "what";
- "What does ACR stand for?": the long form the sources define.

Spans near the question's matched words score higher (inverse token distance, IDF-weighted).
The spans themselves come from `spans` (dates, figures, names, chunks), `phrases` (lists,
definitions, manners) and `shapes` (long forms, roles, reasons).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import variant_data
from sourcedesk.answer.phrases import (
    APPELLATION,
    clause_start,
    defining_spans,
    focus_list_spans,
    is_focus_word,
    joins_names,
    manner_spans,
    verb_like,
)
from sourcedesk.answer.question import Question
from sourcedesk.answer.retrieve import Candidate, SentenceWords, Term, match_key
from sourcedesk.answer.shapes import alias_span, asks_expansion, asks_role, reason_span, role_span
from sourcedesk.answer.spans import (
    Span,
    around,
    boundary_between,
    chunk_spans,
    date_spans,
    is_anchor,
    locative_spans,
    name_spans,
    number_spans,
    ordinal_spans,
    question_positions,
    quoted_spans,
    relative_head_spans,
)
from sourcedesk.answer.variants import capital_country, demonym_country, fold
from sourcedesk.research.entity_data import COUNTRIES, ORG_KEYWORDS, PLACE_KEYWORDS, THING_KEYWORDS

LENGTH_PENALTY = 0.02
FOCUS_BONUS = 0.5
SLOT_BONUS = 0.15
FOCUS_WINDOW = 3  # the focus noun stands this close to the answer ("the town of X", "X troops")
TYPE_MISS = -1.0  # a span without the shape the question asks for
NAME_SHAPED = frozenset(("who", "where"))
YEAR_ONLY = re.compile(r"^\d{4}s?$")
WORD_FIGURE_PENALTY = 0.3
DAY_WANTED_PENALTY = 0.3
SHARE_CUES = ("percent", "percentage", "proportion", "share of", "fraction", "how much of")
NAME_BONUS = 0.1  # "which X" is most often answered by a name
WHOLE_PHRASE_BONUS = 0.05  # a chunk that is a whole phrase, not a piece of one
QUOTED_FOCUS = lx.words(
    """
    word words term phrase expression slogan nickname quote theme title motto tagline
    """
)
# "Korean Central News Agency (KCNA)" defines the acronym; a photo credit only names the agency.
NEGATED_PENALTY = 0.5
SUBJECT_BONUS = 0.3  # a who-answer standing right before the question's words
OBJECT_WHO = ("whom", "who did", "who does", "who do", "who had", "who has")
SUBJECT_REACH = 4  # words between a question's name and its verb ("Nadal earlier defeated")
LEADING_ARTICLE = re.compile(r"(?:(?:an?|the)\s+)?$", re.IGNORECASE)
ARTICLES = lx.words("a an the")
ITEM_BONUS = 0.5  # an item of a list the focus noun opens ("the principles of A, B and C")
DEFINED = ("named", "copula")
MANNER_BONUS = 0.5  # "by ...", "using ..." answers "how"
DEFINED_BONUS = 0.5  # what a sentence calls the asked-about thing ("known as X", "<focus> is X")
CURRENCY_SIGNS = tuple("$€£¥")
QUOTES = "\"'“”‘’«»"
PERSON_BONUS = 0.15  # a who-answer of two or more capitalised words looks like a person
COUNTRY_PENALTY = 0.2  # a who-answer that is a nationality or a country
VERB_LIKE_PENALTY = 0.2
PLACE_BONUS = 0.15  # a where-answer that follows "in", "at", "near" ...
POSSESSIVE = re.compile(r"['’]s?\b")
APPOSITION_WORDS = 5  # words of "a mobile marketing company" after a name
NAMES_FOCUS_BONUS = 0.4  # a name that holds the focus noun or stands right before it
RELATIVE_BONUS = 0.2  # "a family friend who spotted the car": the doer the question asks for
AGENT_BONUS = 0.5  # "was opened ... by Alun Price" answers "who opened it?"
AGENT_WINDOW = 8  # words between the question's verb and "by"
FINAL_GAP_BONUS = 0.3  # the words right after the verb a question ends on ("... reach?")
STRANDED_GAP_FACTOR = 3  # ... or after the preposition it ends on ("... swap them for?")
STRANDED_REACH = 6  # words between the verb and that preposition ("slashed from $47bn to")
LONE_OPENER_PENALTY = 0.3  # "Two", "Several": one capitalised word opening the sentence
NOT_PERSON_HEADS = ORG_KEYWORDS | PLACE_KEYWORDS | THING_KEYWORDS | lx.STRUCTURE_HEADS
NOT_PLACE_OPENERS = lx.words("according due thanks prior compared next close owing")
LOCATIVES = lx.words(
    """
    in at near from to into outside inside across throughout within off toward towards
    """
)


def _proximity(first: int, last: int, anchors: list[tuple[int, float]]) -> float:
    if not anchors:
        return 0.0
    total = sum(w for _, w in anchors)
    near = 0.0
    for pos, weight in anchors:
        gap = first - pos if pos < first else pos - last if pos > last else 0
        near += weight / (1 + max(gap, 0))
    return near / total


def _token_range(words: SentenceWords, start: int, end: int) -> tuple[int, int]:
    """The first and last token overlapping [start, end), or (-1, -1)."""
    first = bisect.bisect_right(words.ends, start)
    last = bisect.bisect_left(words.starts, end) - 1
    return (first, last) if first <= last else (-1, -1)


def _overlaps_question(words: SentenceWords, first: int, last: int, anchors: set[int]) -> float:
    if first < 0:
        return 0.0
    return sum(1 for i in range(first, last + 1) if i in anchors) / (last - first + 1)


# -- scoring ------------------------------------------------------------------------------------
def _attribution_date(text: str, start: int) -> bool:
    """Whether a date is the date of a statement ("..., the board said on 12 September")."""
    return bool(lx.ATTRIBUTION.search(text[max(0, start - 30) : start]))


def _asks_saying(question: Question) -> bool:
    """ "When did the board say ...?" (a verb), not "When is its final report due?" (a noun)."""
    text = question.text
    for match in lx.SAYING_QUESTION.finditer(text):
        before = text[: match.start()].split()
        previous = fold(before[-1]) if before else ""
        if previous not in lx.NOUN_MARKERS and not previous.endswith(("'s", "’s")):
            return True
    return False


def _shape_spans(question: Question, text: str, words: SentenceWords, anchors: set[int]):
    qtype = question.qtype
    if qtype == "when":
        return date_spans(text)
    if qtype in ("how_many", "how_much"):
        spans = number_spans(text)
        if lx.DURATION_QUESTION.search(question.text):
            spans = _with_durations(text, spans)
        if qtype == "how_much" and lx.MONEY_QUESTION.search(question.text):
            spans = [s for s in spans if lx.MONEY.search(around(text, s[0], s[1]))]
        return spans
    if question.focus in lx.RANK_FOCUS:
        return ordinal_spans(text)
    if _asks_name(question):  # "What is X called?": what the sentence calls it, or a name
        return defining_spans(text, words, question.focus, True) + name_spans(text, words)
    if qtype == "who":
        verbs = _main_verb_positions(question, words)
        return name_spans(text, words) + relative_head_spans(text, words, anchors, verbs)
    if qtype == "where":
        return name_spans(text, words) + locative_spans(text, words, anchors)
    if qtype == "which" and not question.focus:
        return name_spans(text, words)
    if question.plural_focus or qtype == "list":
        return focus_list_spans(text, words, question.focus) + name_spans(text, words)
    spans = _figures_whole(chunk_spans(text, words, anchors), number_spans(text))
    if qtype == "how":
        spans = manner_spans(text) + spans
    if qtype == "which" or _names_a_thing(question):
        spans = name_spans(text, words) + spans
    if qtype in ("what", "which") and not _asks_kind(question):
        asks_name = _asks_name(question) or question.focus in lx.NAME_FOCUS
        spans = defining_spans(text, words, question.focus, asks_name) + spans
    if question.focus in QUOTED_FOCUS:  # "the central theme ‘The Medium is the Message’"
        quotes = quoted_spans(text)
        pieces = {(a, b) for a, b, _ in spans for s, e, _ in quotes if s <= a and b <= e}
        spans = quotes + [span for span in spans if (span[0], span[1]) not in pieces]
    return spans


def _figures_whole(
    chunks: list[tuple[int, int, str]], figures: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Chunks and figures, a figure replacing the chunks that start inside it, after its
    currency sign or its qualifier ("8 billion" of "$8 billion")."""
    inside = {(a, b) for a, b, _ in chunks for s, e, _ in figures if s < a < e}
    return [c for c in chunks if (c[0], c[1]) not in inside] + figures


def _main_verb_positions(question: Question, words: SentenceWords) -> set[int]:
    """Where the sentence holds the verb right after "Who" ("Who *designed* it?"): a doer
    is looked for only there, not at a verb of another clause ("when the county
    strengthened it" does not say who led the council)."""
    asked = question.text.split()
    if len(asked) < 2 or not question.concepts or asked[0].lower() != "who":
        return set()
    verb = fold(asked[1].strip("?,."))
    if question.concepts[0].words != (verb,):
        return set()
    key = match_key(verb)
    return {i for i, k in enumerate(words.keys) if k == key}


def _with_durations(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Figures, and spans of time said in words ("for several more years")."""
    out = list(spans)
    for match in lx.DURATION_PHRASE.finditer(text):
        a, b = match.span()
        overlapping = [span for span in out if span[0] < b and a < span[1]]
        if any(_measures_duration(text[s:e]) for s, e, _ in overlapping):
            continue  # "10 minutes" is already there
        out = [span for span in out if span not in overlapping] + [(a, b, "duration")]
    return out


def _measures_duration(span: str) -> bool:
    """Whether a figure says how long: it carries a unit of time or length."""
    last = re.split(r"[\s-]+", span.lower().rstrip(". "))[-1]
    return last in lx.DURATION_UNITS or last in lx.LENGTH_UNITS


def _whole_phrase(
    text: str, words: SentenceWords, first: int, last: int, anchors: set[int]
) -> bool:
    """Whether a run of words is bounded on both sides (punctuation, a stop word, a
    question word or the sentence's edge) rather than cut out of a longer phrase."""

    def edge(i: int, gap_at: int) -> bool:
        if i < 0 or i >= len(words.folded):
            return True
        return (
            i in anchors or words.folded[i] in lx.STOPWORDS or boundary_between(text, words, gap_at)
        )

    return edge(first - 1, first - 1) and edge(last + 1, last)


def _asks_share(question: Question) -> bool:
    low = question.text.lower()
    return any(cue in low for cue in SHARE_CUES)


def _is_share(span: str) -> bool:
    return "%" in span or "per" in span.lower() or bool(lx.FRACTION.search(span))


def _names_a_thing(question: Question) -> bool:
    """ "What port / which city ..." (not "what kind of ..."): most often a name."""
    return bool(question.focus) and question.qtype == "what" and not _asks_kind(question)


def _asks_name(question: Question) -> bool:
    """ "What is the name of ...", "What is X called?" ask for a name."""
    low = question.text.lower()
    return "name of" in low or low.rstrip(" ?").endswith(("called", "named"))


def all_spans(question: Question, terms: list[Term], cand: Candidate) -> list[Span]:
    """Every answer-shaped span of a sentence that is not the question's own words (lists)."""
    text, words = cand.passage.text, cand.words
    anchors = question_positions(terms, words)
    anchor_set = {p for p, _ in anchors}
    out = []
    for start, end, kind in _shape_spans(question, text, words, anchor_set):
        if not _whole_name(question, words, start, end, kind):
            start, end = _trim_anchors(words, start, end, anchor_set)
        if start >= end:
            continue
        first, last = _token_range(words, start, end)
        if kind == "name" and _names_asked_thing(question, text, words, first, last, anchor_set):
            continue
        out.append(Span(start, end, text[start:end], 0.0, kind))
    items = [span for span in out if span.kind == "item"]
    return items or out


def best_span(question: Question, terms: list[Term], cand: Candidate) -> Span | None:
    """The best answer span of one candidate sentence, or None when it has none."""
    text = cand.passage.text
    words = cand.words
    if question.qtype == "why":
        return reason_span(cand, terms)
    if asks_expansion(question):
        return alias_span(terms, cand)
    if asks_role(question):
        # "What is X's job?" / "Who is X?": a title or an apposition, never a stray chunk
        return role_span(terms, cand)
    if question.qtype == "yes_no":
        return None
    anchors = question_positions(terms, words)
    anchor_set = {p for p, _ in anchors}
    gap = _after_final_word(question, terms, text, words)
    # "... trade the paintings for?": only the preposition's object can answer
    stranded = _stranded_preposition(question.text.rstrip(" ?").lower())
    gap_bonus = FINAL_GAP_BONUS * (STRANDED_GAP_FACTOR if stranded else 1)
    best: Span | None = None
    for start, end, kind in _shape_spans(question, text, words, anchor_set):
        if not _whole_name(question, words, start, end, kind):
            start, end = _trim_anchors(words, start, end, anchor_set)
        if start >= end:
            continue
        score = _span_score(question, text, words, anchors, anchor_set, start, end, kind)
        if score is not None and _token_range(words, start, end)[0] in gap:
            score += gap_bonus
            end = _whole_object(text, words, end, anchor_set)
        if score is not None and (best is None or score > best.score):
            best = Span(
                start, end, text[start:end], score, kind, _focused(question, words, start, end)
            )
    if best is not None and best.kind == "name" and question.qtype == "who":
        best = _with_partners(text, words, best)
    return best


def _with_partners(text: str, words: SentenceWords, span: Span) -> Span:
    """A who-answer named beside others as one subject ("Marcel Granollers and Feliciano Lopez
    completed the comeback") is given with them: names joined by "and", and by commas only in
    such a list (a comma alone is an apposition: "the son of X, Y was ...")."""
    names = name_spans(text, words)
    start, end = span.start, span.end
    joined = False
    for a, b, _ in reversed(names):
        if b <= start and (joins_names(text, b, start, comma=joined)):
            start, joined = a, True
    for a, b, _ in names:
        if a >= end and joins_names(text, end, a, comma=False):
            end = b
    if (start, end) == (span.start, span.end):
        return span
    return replace(span, start=start, end=end, text=text[start:end])


def _names_focus(
    question: Question, text: str, words: SentenceWords, first: int, last: int
) -> bool:
    """Whether a name holds the focus noun (or a head standing for it) or comes right before
    it: "WoodSpring Suites hotel" names the hotel, "Forest Hill's" does not."""
    key = match_key(question.focus)
    return (
        any(is_focus_word(words, i, key) for i in range(first, last + 1))
        or _right_before_focus(question, words, last)
        or _described_as_focus(text, words, last, key)
    )


def _described_as_focus(text: str, words: SentenceWords, last: int, key: str) -> bool:
    """ "Hipcricket, a mobile marketing company": an apposition says what the name is."""
    end = words.spans[last][1]
    if not re.match(r",\s+(?:an?|the)\s", text[end:]):
        return False
    window = range(last + 2, min(len(words.folded), last + 2 + APPOSITION_WORDS))
    for i in window:
        if is_focus_word(words, i, key):
            return True
        if boundary_between(text, words, i):
            return False
    return False


def _whole_name(question: Question, words: SentenceWords, start: int, end: int, kind: str) -> bool:
    """A name that holds the question's focus noun is given whole: "University of Colorado"
    answers "which university?", "Solimões Basin" "what basin?"."""
    if kind in DEFINED:
        return True
    if kind != "name" or not question.focus:
        return False
    first, last = _token_range(words, start, end)
    key = match_key(question.focus)
    return first >= 0 and any(is_focus_word(words, i, key) for i in range(first, last + 1))


def _after_final_word(
    question: Question, terms: list[Term], text: str, words: SentenceWords
) -> set[int]:
    """Where the answer starts when the question ends on its verb ("What did she predict they
    would reach?"): the first word after the sentence's match of that verb (articles skipped)."""
    if not ends_on_verb(question, terms):
        return set()
    final = terms[-1]
    stranded = _stranded_preposition(question.text.rstrip(" ?").lower())
    out = set()
    for pos, key in enumerate(words.keys):
        if is_anchor(final, key, words.folded[pos]):
            nxt = pos + 1
            if stranded:
                # "slashed from $47 billion to $8 billion": the preposition within a few words
                reach = range(nxt, min(len(words.folded), nxt + STRANDED_REACH))
                at = next((i for i in reach if words.folded[i] == stranded), -1)
                if at < 0 or any(boundary_between(text, words, i) for i in range(pos, at)):
                    continue
                nxt = at + 1
            while nxt < len(words.folded) and words.folded[nxt] in lx.STOPWORDS:
                nxt += 1
            out.add(nxt)
    return out


def ends_on_verb(question: Question, terms: list[Term]) -> bool:
    """Whether the question asks for the object of the verb it ends on ("What did he eat?",
    "What did they swap the hostages for?")."""
    if not terms or question.qtype not in ("what", "which"):
        return False
    ending = question.text.rstrip(" ?").lower()
    stranded = _stranded_preposition(ending)
    if stranded:  # "What was its valuation slashed to?" asks the object of "to" too
        ending = ending[: -len(stranded)].rstrip()
    elif question.slot != "object":
        return False
    last = ending.rsplit(None, 1)[-1]
    if last in PARTICLES:  # "What did the Black Death wipe out?"
        ending = ending[: -len(last)].rstrip()
    return ending.endswith(terms[-1].concept.surface.lower())


def _stranded_preposition(ending: str) -> str:
    """The preposition a question ends on, its object being the answer ("... swap them for?")."""
    last = ending.rsplit(None, 1)[-1] if ending.split() else ""
    return last if last in STRANDED_PREPOSITIONS and len(ending.split()) > 3 else ""


PARTICLES = lx.words("out up off down away over back")
STRANDED_PREPOSITIONS = lx.words("for with to from about against into on by")
OBJECT_JOINERS = lx.words("of the their his her its a an and our my your")
MAX_JOINERS = 2


def _whole_object(text: str, words: SentenceWords, end: int, anchors: set[int]) -> int:
    """Carry an object on through "of their ...", "and ..." to the end of its phrase
    ("the limits" -> "the limits of their endurance")."""
    last = _token_range(words, end - 1, end)[1]
    n = len(words.folded)
    while True:
        k = last + 1
        if _content_follows(text, words, last, anchors):
            last = k  # "unjust and illegal" -> "unjust and illegal hostile policy"
            continue
        if k + 1 < n and words.folded[k] == "s" and POSSESSIVE.match(text, words.spans[last][1]):
            k += 1  # "one-third of Europe's population"
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
        and not _opens_clause(words, k)  # "three of its commanders held by ..."
    )


def _opens_clause(words: SentenceWords, k: int) -> bool:
    """A verb form followed by a stop word starts a new clause ("held by"); followed by a noun
    it modifies one ("dumping scheme")."""
    nxt = k + 1
    ends = nxt >= len(words.folded) or words.folded[nxt] in lx.STOPWORDS
    return ends and verb_like(words, k, k)


def _figure_like(text: str) -> bool:
    low = fold(text)
    return _has_digit(text) or low in lx.NUMBER_WORDS or low in lx.ORDINALS


def _inside_name(text: str, words: SentenceWords, first: int) -> bool:
    """Whether a figure is glued to the capitalised word before it ("Fortune 100", "Boeing
    747"); a title or a sentence's first word aside."""
    before = first - 1
    return (
        before > 0
        and words.capitalised[before]
        and words.folded[before] not in lx.TITLE_WORDS
        and words.folded[before] not in lx.MONTHS
        and not boundary_between(text, words, before)
    )


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _span_score(
    question: Question,
    text: str,
    words: SentenceWords,
    anchors: list[tuple[int, float]],
    anchor_set: set[int],
    start: int,
    end: int,
    kind: str = "",
) -> float | None:
    first, last = _token_range(words, start, end)
    if first < 0 or text[end : end + 1] in CURRENCY_SIGNS:
        return None  # "US" of "US$7,710" is part of a figure
    overlap = _overlaps_question(words, first, last, anchor_set)
    if overlap > 0.5 and not (kind in DEFINED and overlap < 1):
        return None
    if kind == "copula" and not _new_predicate(text, words, first, last, anchor_set):
        return None
    if kind == "named" and (
        APPELLATION.search(question.text)  # "which district is known as X?" asks the thing
        or _mostly_question(question, words, first, last, anchor_set)
    ):
        return None
    score = _proximity(first, last, anchors)
    if kind == "chunk":
        score -= LENGTH_PENALTY * (last - first)  # a name or a figure is as long as it is
    if question.focus:
        # a defined span stands in a clause that holds the focus, however far from it
        near = kind in DEFINED or _focus_bonus(question, words, first, last) > 0
        score += FOCUS_BONUS if near else 0.0
    if question.qtype == "who":
        if _asks_person(question) and is_country_word(fold(text[start:end])):
            return None  # "which scientists?" is not answered by "Ukrainian"
        if fold(text[start:end]) in lx.NUMBER_WORDS:
            return None  # "Two people died": a count, not who
        if first == last and words.folded[first] in lx.ROLE_OPENERS:
            return None  # "President" alone is a title, not who
        if first == last and _adjective_before_noun(text, words, last):
            return None  # "the British royal": a demonym describing someone, not who
        person = _person_score(text[start:end], _wants_people(question))
        if _wants_people(question) and person < 0:
            return None  # people are asked for: a body, a place or a country is no answer
        score += person
        score += _agent_bonus(words, first, anchor_set)
        if not question.text.lower().startswith(OBJECT_WHO):
            # "Who reported ...?" / "Who was stabbed?": the subject stands before the verb
            score += SUBJECT_BONUS * (_slot_bonus("subject", words, first, last, anchor_set) > 0)
        elif _object_of_named(words, first, anchor_set):
            score += SUBJECT_BONUS  # "Who did Nadal beat?": "Nadal earlier defeated Khachanov"
        if _after_place_word(words, first):  # "killed two people in Brennock": a place
            if _wants_people(question):
                return None
            score -= PLACE_BONUS
        if first == 0 and last == 0:  # "Two", "Several", "Relatives" open a sentence
            if _wants_people(question):
                return None  # people asked for: a lone capitalised opener names nobody
            score -= LONE_OPENER_PENALTY
    if kind == "name" and _names_asked_thing(question, text, words, first, last, anchor_set):
        return None
    if _asks_kind(question) and _right_before_focus(question, words, last):
        score += FOCUS_BONUS  # "what kind of district?" -> "business district"
    if question.focus in QUOTED_FOCUS and _quoted(text, start, end):
        score += FOCUS_BONUS
    elif lx.CALLING_QUESTION.search(question.text) and _quoted(text, start, end, loose=True):
        score += FOCUS_BONUS  # "What did the aides call it?" -> "an articulated lorry crash"
    if question.slot and not _stranded_preposition(question.text.rstrip(" ?").lower()):
        # with "... trade the paintings for?" the object asked for is the preposition's
        score += _slot_bonus(question.slot, words, first, last, anchor_set)
    if _asks_share(question) and _is_share(text[start:end]):
        score += FOCUS_BONUS  # "what percentage / how much of" is answered by a share
    duration = lx.DURATION_QUESTION.search(question.text)
    if duration and not _measures_duration(text[start:end]):
        score += TYPE_MISS  # "How long will they stay?" is not answered by "13,000"
    elif question.qtype == "how_much" and kind != "duration" and not _has_digit(text[start:end]):
        score -= WORD_FIGURE_PENALTY  # amounts are written in digits; "two" is rarely one
    if question.qtype == "how_many" and YEAR_ONLY.match(text[start:end]):
        score += TYPE_MISS / 2
    if question.qtype == "when" and _attribution_date(text, start) and not _asks_saying(question):
        return None  # "the board said on 12 September": when it was said, not when it happened
    if question.qtype == "when" and YEAR_ONLY.match(text[start:end]):
        # a full date beats a bare year, all the more when the question asks for a day
        score -= DAY_WANTED_PENALTY if question.focus in ("date", "day") else 0.05
    if kind == "name" and (question.qtype == "which" or _names_a_thing(question)):
        score += NAME_BONUS
    if question.focus in lx.NAMED_FOCUS and _figure_like(text[start:end]):
        score += TYPE_MISS / 2  # "which company?" is not answered by "close to 1,000"
    if kind == "number" and _inside_name(text, words, first):
        score += TYPE_MISS / 2  # "Fortune 100 brands": a name, not a count
    if kind == "name" and _named_after_focus(question, words, first):
        score += FOCUS_BONUS  # "the journal Monthly Notices ...", "the town of Brennock"
    elif kind == "name" and question.focus and _names_focus(question, text, words, first, last):
        score += NAMES_FOCUS_BONUS  # "WoodSpring Suites hotel", "6th Avenue" for "what street?"
    elif kind == "name" and question.focus and POSSESSIVE.match(text, end):
        score -= NAMES_FOCUS_BONUS  # "Forest Hill's ... hotel": the owner, not the thing asked
    if kind == "item":
        score += ITEM_BONUS
    if kind in DEFINED:
        score += DEFINED_BONUS
    if kind == "manner":
        score += MANNER_BONUS
    if question.qtype == "where" and (kind == "locative" or _after_place_word(words, first)):
        score += PLACE_BONUS
    elif question.qtype == "where" and not is_country_word(fold(text[start:end])):
        score -= PLACE_BONUS  # "according to Sui-Lee Wee": a name not placed anywhere
    if question.qtype == "where" and first > 0:
        stranded = _stranded_preposition(question.text.rstrip(" ?").lower())
        if stranded and words.folded[first - 1] == stranded:
            score += PLACE_BONUS  # "Where are they from?" -> "from Inner Mongolia"
    if kind == "doer":
        score += RELATIVE_BONUS
    if _negated(words, first) and not question.negated:
        score -= NEGATED_PENALTY  # "not a car crash, but a lorry crash"
    if kind == "chunk" and verb_like(words, first, last):
        score -= VERB_LIKE_PENALTY
    if kind == "chunk" and _whole_phrase(text, words, first, last, anchor_set):
        score += WHOLE_PHRASE_BONUS
    return score


def _new_predicate(
    text: str, words: SentenceWords, first: int, last: int, anchors: set[int]
) -> bool:
    """Whether "<subject> is <span>" tells something new: the question's words stand in the
    subject ("the most useful instrument ... is the steam engine indicator"), not in the span
    ("the Tower District is the center of the LGBT community" answers nothing about a center)."""
    if last in anchors:
        return False
    clause = words.spans[first][0]
    begin = clause_start(text, clause)
    before = [i for i in anchors if i < first and words.spans[i][0] >= begin]
    inside = [i for i in anchors if first <= i <= last]
    return len(before) > len(inside)


def _mostly_question(
    question: Question, words: SentenceWords, first: int, last: int, anchors: set[int]
) -> bool:
    """A "known as" phrase made of the question's own words (the focus noun aside) is what the
    question says of the thing, not its name."""
    focus = match_key(question.focus) if question.focus else ""
    content = [i for i in range(first, last + 1) if words.folded[i] not in lx.STOPWORDS]
    own = [i for i in content if i in anchors and not is_focus_word(words, i, focus)]
    return len(own) * 2 > len(content)


def _named_after_focus(question: Question, words: SentenceWords, first: int) -> bool:
    """Whether a name stands right after the question's focus noun ("of" between allowed)."""
    if not question.focus or first < 1:
        return False
    before = first - 1
    if words.folded[before] == "of" and before > 0:
        before -= 1
    return is_focus_word(words, before, match_key(question.focus))


def _object_of_named(words: SentenceWords, first: int, anchors: set[int]) -> bool:
    """Whether a span follows the question's verb, which follows one of the question's words
    closely: the object of what the question's subject did ("Nadal earlier defeated X")."""
    verb = first - 1
    while verb >= 0 and words.folded[verb] in lx.STOPWORDS and verb not in anchors:
        verb -= 1
    if verb < 1 or verb not in anchors:
        return False
    return any(i in anchors for i in range(max(0, verb - SUBJECT_REACH), verb))


def _adjective_before_noun(text: str, words: SentenceWords, last: int) -> bool:
    """A demonym followed by a lower-case word it describes ("British royal", "Russian troops")."""
    return (
        is_country_word(words.folded[last])
        and last + 1 < len(words.folded)
        and not words.capitalised[last + 1]
        and not boundary_between(text, words, last)
    )


def _negated(words: SentenceWords, first: int) -> bool:
    """Whether "not"/"never" stands right before a span (articles between)."""
    i = first - 1
    while i >= 0 and words.folded[i] in ARTICLES:
        i -= 1
    return i >= 0 and words.folded[i] in lx.NEGATIONS


def _quoted(text: str, start: int, end: int, loose: bool = False) -> bool:
    """Whether a span is a whole quotation ("loose": an article and a final stop may stand
    inside the quotation marks)."""
    if loose:
        article = LEADING_ARTICLE.search(text[:start])
        start -= len(article.group(0)) if article else 0
        end = end + (1 if text[end : end + 1] in ".,!?" else 0)
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    return bool(before) and before in QUOTES and bool(after) and after in QUOTES


def _trim_anchors(words: SentenceWords, start: int, end: int, anchors: set[int]) -> tuple[int, int]:
    """Drop question words (and stop words) from the ends of a span."""
    first, last = _token_range(words, start, end)
    if first < 0:
        return start, start
    was = (first, last)
    while first <= last and (first in anchors or _loose_joiner(words, first)):
        first += 1
    while last >= first and (last in anchors or _loose_joiner(words, last)):
        last -= 1
    if first > last:
        return start, start
    # untrimmed ends keep what is not a word: "$53 million", "30%"
    begin = start if first == was[0] else max(start, words.spans[first][0])
    stop = end if last == was[1] else min(end, words.spans[last][1])
    return begin, stop


def _loose_joiner(words: SentenceWords, i: int) -> bool:
    """A lower-case joiner at a span's edge ("of"); a capitalised one opens a name (Van Nuys)."""
    return words.folded[i] in lx.NAME_JOINERS and not (i > 0 and words.capitalised[i])


def _after_place_word(words: SentenceWords, first: int) -> bool:
    """Whether a span follows a word that introduces a place ("in", "at", "near" ...), not
    one that introduces a source or a cause ("according to", "due to")."""
    if first < 1 or words.folded[first - 1] not in LOCATIVES:
        return False
    return first < 2 or words.folded[first - 2] not in NOT_PLACE_OPENERS


def _agent_bonus(words: SentenceWords, first: int, anchors: set[int]) -> float:
    """A name after "by" that follows the question's verb: the doer of a passive verb."""
    if first < 2 or words.folded[first - 1] != "by":
        return 0.0
    for i in range(max(0, first - 1 - AGENT_WINDOW), first - 1):
        if i in anchors and _verb_form(words.folded[i]):
            return AGENT_BONUS
    return 0.0


def _verb_form(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in lx.IRREGULAR_VERBS


def _names_asked_thing(
    question: Question,
    text: str,
    words: SentenceWords,
    first: int,
    last: int,
    anchors: set[int],
) -> bool:
    """Whether a name is part of the question's own subject, not its answer: "Lisk" of "the
    new Lisk Bridge" (question: "the new bridge"), "East Halden County" of "East Halden County
    Council" or "EHCC" of "Council (EHCC)" (question: "the council"), "Ukraine" of "Ukraine's
    breakaway regions" (question: "which breakaway regions?"). The focus noun of a "which"
    question is left out: "Lisk" does answer "which bridge?"."""
    focus = match_key(question.focus) if question.focus else ""
    around = {i for i in anchors if not is_focus_word(words, i, focus)}
    if _owner_of_anchor(text, words, last, anchors) and not _asks_owner(question):
        return True
    return _completed_by_anchor(text, words, last, around) or _acronym_of_anchor(
        text, first, words.spans[first][0], around
    )


def _asks_owner(question: Question) -> bool:
    return question.text.lower().startswith("whose") or " whose " in question.text.lower()


def _owner_of_anchor(text: str, words: SentenceWords, last: int, anchors: set[int]) -> bool:
    """Whether a name owns the asked-about thing ("Ukraine's breakaway regions" when the
    question asks which breakaway regions): a possessive right before the question's words."""
    end = words.spans[last][1]
    if text[end : end + 2] not in ("'s", "’s"):
        return False
    after = [i for i in (last + 2, last + 3) if i < len(words.folded)]
    return any(i in anchors for i in after)


def _completed_by_anchor(text: str, words: SentenceWords, last: int, anchors: set[int]) -> bool:
    """Whether a name runs on into a capitalised question word ("East Halden County" of "East
    Halden County Council" when the question says "council"): it names the asked-about thing."""
    nxt = last + 1
    return (
        nxt in anchors
        and nxt < len(words.folded)
        and words.capitalised[nxt]
        and not boundary_between(text, words, last)
    )


def _acronym_of_anchor(text: str, first: int, start: int, anchors: set[int]) -> bool:
    """Whether a name in brackets right after a question word is that thing's short form
    ("Council (EHCC)" when the question says "council")."""
    if not (first > 0 and first - 1 in anchors and text[start - 1 : start] == "("):
        return False
    inner = text[start:].split(")", 1)[0]
    return inner.replace(".", "").replace("-", "").isupper()  # "(Serbia)" is no short form


def _person_score(text: str, wants_people: bool = False) -> float:
    low = fold(text)
    if is_country_word(low):
        return -COUNTRY_PENALTY
    if wants_people and text.isupper() and len(text) > 1:
        return -COUNTRY_PENALTY  # "RISB": an acronym names a body, not a person
    if low.split()[-1:] and low.split()[-1] in NOT_PERSON_HEADS:
        return -COUNTRY_PENALTY if wants_people else 0.0  # "... Safety Board" is not a person
    return PERSON_BONUS if len(text.split()) >= 2 and not capital_country(low) else 0.0


def _wants_people(question: Question) -> bool:
    """ "Who were the people who died?": persons, not the body that reported it."""
    return _asks_person(question) or any(c.words[0] in lx.PEOPLE_WORDS for c in question.concepts)


def is_country_word(folded: str) -> bool:
    """Whether a word names a country or a nationality (the variant and country tables)."""
    return bool(demonym_country(folded)) or folded in _country_names()


@functools.cache
def _country_names() -> frozenset[str]:
    names = [*variant_data.CAPITALS.values(), *variant_data.DEMONYMS.values()]
    for name, _capital, demonyms, aliases in COUNTRIES:
        names.extend((name, *demonyms, *aliases))
    return frozenset(fold(n) for n in names)


def _asks_person(question: Question) -> bool:
    singular = question.focus[:-1] if question.focus.endswith("s") else question.focus
    return lx.FOCUS_TYPES.get(singular) == "who" or lx.FOCUS_TYPES.get(question.focus) == "who"


def _asks_kind(question: Question) -> bool:
    low = question.text.lower()
    return any(f"{kind} of" in low for kind in lx.KIND_WORDS)


def _right_before_focus(question: Question, words: SentenceWords, last: int) -> bool:
    focus = match_key(question.focus)
    return last + 1 < len(words.keys) and is_focus_word(words, last + 1, focus)


def _slot_bonus(slot: str, words: SentenceWords, first: int, last: int, anchors: set[int]) -> float:
    """A subject stands just before the question's words, an object just after them."""
    step, edge = (1, last) if slot == "subject" else (-1, first)
    i = edge + step
    while 0 <= i < len(words.folded) and words.folded[i] in lx.STOPWORDS and i not in anchors:
        i += step
    return SLOT_BONUS if i in anchors else 0.0


def _focused(question: Question, words: SentenceWords, start: int, end: int) -> bool:
    first, last = _token_range(words, start, end)
    return bool(question.focus) and _focus_bonus(question, words, first, last) > 0


def _focus_bonus(question: Question, words: SentenceWords, first: int, last: int) -> float:
    focus = match_key(question.focus)
    window = range(max(0, first - FOCUS_WINDOW), min(len(words.keys), last + FOCUS_WINDOW + 1))
    if any(is_focus_word(words, i, focus) for i in window):
        return FOCUS_BONUS
    return 0.0
