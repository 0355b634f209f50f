"""Answer one question from the desk: retrieve, extract, check, cite — or abstain.

`answer_question` runs the cascade and always returns an `Answer`:

1. read the question (`question.read_question`) and weigh its terms (`retrieve.prepare_terms`);
2. rank candidate sentences (`retrieve.retrieve`) and find each one's answer span
   (`extractive.best_span`); the best sentence wins on coverage plus span quality;
3. `abstain.abstain_reason` may refuse it: then the answer is the fixed abstention phrase with
   the closest passages;
4. otherwise other sources that say the same thing are cited too ("3 sources agree"), and
   sources that give another date or figure for the same point are shown as a disagreement.

Every citation is checked against the source's clean text before it is returned.
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sourcedesk.answer import (
    agreement,
    bridging,
    dense,
    paraphrase,
    quotations,
    reports_over_time,
    thesaurus,
)
from sourcedesk.answer import lexicon as lx
from sourcedesk.answer.about_sources import answer_about_sources, readable_date
from sourcedesk.answer.abstain import (
    CLOSEST_TELLS,
    NO_COVER,
    NO_SHAPE,
    NOT_NEGATED,
    SHAPED_TYPES,
    YEAR_BOUND,
    abstain_reason,
    abstention_text,
    checked_reason,
    nobody_did,
)
from sourcedesk.answer.asked_posts import (
    a_title_not_a_name,
    holds_another_post,
    names_a_body,
    names_a_group,
    of_another_kind,
    of_the_other_sort,
)
from sourcedesk.answer.corroboration import corroborating
from sourcedesk.answer.days import SourceDays
from sourcedesk.answer.echoes import echoes
from sourcedesk.answer.extractive import (
    COLOUR_FOCUS,
    MARGIN_FOCUS,
    all_spans,
    asks_named_kind,
    best_span,
    rate_unasked,
)
from sourcedesk.answer.figures import asked_tally, may_dispute_age
from sourcedesk.answer.lead_in_items import items_after_lead_in, items_text
from sourcedesk.answer.lexicon import (
    ABOUT_QUESTION,
    EVENT_QUESTION,
    OVERVIEW_QUESTION,
    STATE_QUESTION,
)
from sourcedesk.answer.lists import asked_count, coordinated_items, fits, of_the_asked_kind
from sourcedesk.answer.objects import asked_preposition, asked_verb, question_ending
from sourcedesk.answer.page_subjects import PageSubjects
from sourcedesk.answer.people_places import (
    asks_person_by_noun,
    lies_within,
    not_a_persons_name,
    person_shaped,
    wants_people,
)
from sourcedesk.answer.phrases import (
    DEFINITION_QUESTION,
    asks_definition,
    defined_thing,
    definition_phrase,
)
from sourcedesk.answer.question import Question, read_question
from sourcedesk.answer.reasons import names_a_cause
from sourcedesk.answer.retrieve import (
    Candidate,
    SentenceWords,
    Term,
    case_counts,
    prepare_terms,
    rescore,
    retrieve,
    written_in_lower_case,
)
from sourcedesk.answer.source_pointer import (
    earlier_snapshot,
    newest_snapshot_first,
    older_snapshots,
    pointed_first,
    split_pointer,
)
from sourcedesk.answer.spans import Span, anchor_flags, stated_sum
from sourcedesk.answer.variants import alias_key, fold
from sourcedesk.answer.voice import doer_untold
from sourcedesk.index import abbreviations
from sourcedesk.index.sentences import REFERENCE_MARK
from sourcedesk.records import Answer, Citation, Passage
from sourcedesk.research.claim_values import tallies_in
from sourcedesk.research.date_patterns import FUTURE_CUES
from sourcedesk.research.entity_data import GIVEN_NAMES
from sourcedesk.research.shingles import shingles
from sourcedesk.research.tense import tells_past

SPAN_POOL = 10  # candidates whose answer spans are compared
SHAPED_EXTRA_POOL = 20  # further candidates read when none of the top ones has a date or figure
WHY_SPAN_POOL = 20  # a reason is often told in a longer sentence that BM25 ranks lower
WHY_CAUSE_POOL = 5  # sentences further down that say outright what caused something
DENSE_WEIGHT = 0.3  # optional dense re-ranking: weight of the cosine similarity (answer/dense.py)
SPAN_WEIGHT = 0.35
SHAPED_SPAN_WEIGHT = 1.0  # a date, figure or name next to the question's words is strong evidence
NO_SPAN_PENALTY = 0.25
SHAPED_NO_SPAN_PENALTY = 1.0  # a "when" sentence without a date cannot answer it
COVERAGE_EXTRA = 0.5  # coverage counts this much more than the retrieval score gives it
INSIDE_WEIGHT = 0.5  # question words met in the sentence itself, not borrowed from context
UNMET_PENALTY = 0.05  # per unit of IDF of the rarest ordinary question word met nowhere
PAIR_WEIGHT = 0.3  # share of the question's neighbouring word pairs the sentence keeps close
PAIR_GAP = 3
PAIR_MIN_TERMS = 3  # with two terms one pair is too little evidence
MISSING_EXTRA = 0.2  # per key constraint lacking: such a sentence could only abstain
REVERSED_PENALTY = 1.0  # "Y sold to X" does not answer "what did X sell to Y?"
ASKED_VERB_PENALTY = 0.4  # the question ends on a verb the sentence does not hold
CLOSEST = 3
NEAR_BONUS = 0.35  # in a follow-up, sentences near the last cited one are preferred
NEAR_SPAN = 2
THING_QUESTIONS = ("what", "which")
NOW_QUESTION = re.compile(r"\b(?:now|currently|latest|most recent|as of today)\b", re.IGNORECASE)
PAGE_FILL_TRIES = 3  # best sentences whose one missing name their page may fill in
SHAPE_TRIES = 3  # best sentences tried under a top one that holds no answer-shaped span
SHAPE_MARGIN = 0.2  # how far below the top one such a sentence may rank
LEAD_IN_TRIES = 3  # best sentences looked at for a lead-in to a list of items …
LEAD_IN_COVER = 0.3  # … that cover this much of the question when the best one abstains
COVER_TRIES = 3  # best sentences searched for one holding all of the question under a top one
POST_COVER = 0.8  # … or, for a body named by its head and a post of it, this much
FULL_COVER = 0.95  # that covers too little (a looser cover let near misses answer)
NOW_MARGIN = 0.5  # how much worse than the best a newer source's answer may score
NOW_COVERAGE = 0.75  # the share of the best's coverage a later page's sentence must have
NAMED_EXTRA = 0.5
LEAD_MARGIN = 0.05  # coverage an overview sentence may lack against the best one
LEAD_POOL = 10  # best sentences searched for the one standing earliest in its page
OPENING_SENTENCES = 2  # ... and the sentences that open each page (its lede)
PLACE_POOL = 5  # sentences searched for a place inside the best answer's place
PLACE_MARGIN = 0.3
INCREMENT_PENALTY = 0.5
ADDED_ASKED = re.compile(r"\b(?:more|another|additional|further|extra|new)\b", re.IGNORECASE)
VAGUE_AMOUNT = re.compile(
    r"(?:\w+\s+){0,2}?(?:dozens|hundreds|thousands|millions|scores|several|many|numerous|"
    r"countless|a few|a number)\b",
    re.IGNORECASE,
)
FIGURE_POOL = 5  # sentences searched for an exact figure under a vague one ("dozens")
FIGURE_MARGIN = 0.3
PEER_POOL = 30  # further candidates read for peers of the answer (see `_more_peers`)
PEERS_PER_SOURCE = 2  # of them, at most this many from one source ...
PEERS_MORE = 10  # ... and this many in all
LIST_POOL = 6
LIST_PEER = 0.9  # other sentences add list items when they cover this share of the best's


@dataclass
class Choice:
    """A candidate sentence with its answer span and combined score."""

    cand: Candidate
    span: Span | None
    score: float


def answer_question(
    store: Any, text: str, *, asked: str | None = None, near: Passage | None = None
) -> Answer:
    """Answer `text` from the store; `asked` is the question as typed (if it was resolved)."""
    read = read_question(text)
    about = answer_about_sources(store, read, asked or text)
    if about is not None:
        return about
    reading, pointed = split_pointer(text)  # "…, according to the newer revision?"
    question = read if reading == text else read_question(reading)  # read once (it is pure)
    terms = prepare_terms(store, question)
    candidates = retrieve(store, question, terms) if terms else []
    candidates = [_answer_after_question(cand) for cand in candidates]
    if near is not None:
        _prefer_near(candidates, near)
    choices = _places_not_people(store, question, rank_choices(question, terms, candidates))
    choices = _holders_of_the_asked_post(question, choices)
    choices = _names_dropped(choices, lambda c, span: _common_word_opening(store, question, span))
    choices = _latest_first(question, choices)
    choices = _ahead_first(question, choices)
    choices = _present_holder_first(question, choices)
    choices = _definition_first(question, choices)
    choices = _opening_word_last(store, question, terms, choices)
    choices = _lead_first(question, choices, _openings(question, terms, candidates, choices))
    choices = _narrower_place_first(question, choices)
    choices = _exact_figure_first(question, choices)
    choices = _day_first(question, choices)
    choices = pointed_first(store, choices, pointed)
    best, reason = _first_answering(question, terms, choices, PageSubjects(store))
    days = SourceDays(store)  # each source's dates are tagged once, for the year and the day
    if best is not None and reason is None:
        best, reason = _telling_the_year(days, question, terms, best, choices)
    if best is not None and reason is None:
        reason = _dated_outside_the_bound(days, question, best)
    if best is not None and reason is None and pointed is None:
        best = newest_snapshot_first(store, choices, best, _answers(question, terms))
    shown = asked or text
    lacking = best.cand.missing_required(terms) if reason and best else []
    reason = checked_reason(store, reason, lacking)
    listed = _lead_in_items(store, question, _covering(choices[:LEAD_IN_TRIES])) if reason else None
    if listed is not None:  # "It made three recommendations:" over the items, below a near miss
        return _items_answer(store, question, listed, asked or text, text)
    if reason:
        return Answer(
            question=shown,
            answer=abstention_text(shown, reason),
            abstained=True,
            closest=_closest(store, candidates, best.cand if best else None),
            qtype=question.qtype,
            resolved_question=text,
        )
    assert best is not None
    peers = choices + _more_peers(question, terms, candidates, choices, best)
    echoed = _echo_peers(store, question, terms, best, peers)
    return _compose(
        store, days, question, terms, best, peers + echoed, shown, text, frozenset(map(id, echoed))
    )


def _kind_and_value_told(question: Question, terms: list[Term], choice: Choice) -> bool:
    """Whether the top sentence names the very thing a "how many" or "how much" question counts
    (its focus noun, "farms" of "How many farms …?") with a figure, and the asked verb if the
    question has one, so that it answers though the rest of the question is said in other
    words: it must still cover a lower share of the question (`RESCUE_COVERAGE`) and pass every
    other check. Names are left out: "Which vet sedated the seal?" is not answered by the
    otter's vet, though "vet" and a name are there."""
    focus = question.focus.lower()
    if not focus or choice.span is None or choice.span.kind != "number":
        return False  # a count or a sum: a name of the asked kind may be another one's
    asked = [i for i, t in enumerate(terms) if focus in t.concept.words]
    if not asked or not all(i in choice.cand.matched for i in asked):
        return False
    if not choice.cand.word_coverage:  # "How many firefighters got hurt?": none of "hurt" is
        return False  # said of "around 25 firefighters" (the asked thing, and nothing else)
    verb = asked_verb(question, terms)  # "How many firefighters got hurt?": the hurt, not the
    if verb >= 0 and verb not in choice.cand.matched:  # "25 firefighters at the scene"
        return False
    return abstain_reason(question, terms, choice.cand, choice.span, RESCUE_COVERAGE) is None


RESCUE_COVERAGE = 0.3


def _said_in_other_words(question: Question, terms: list[Term], choice: Choice) -> bool:
    """Whether the top sentence covers the question once the question's words it says in
    other words count as met (`paraphrase.py`: needs the model package), passing every other
    check of `abstain_reason` as it is."""
    if question.qtype == "yes_no":
        return False  # a word said otherwise may be said of another deed: no "Yes" on that
    unmet = paraphrase.unmet_words(terms, choice.cand)
    if not unmet or not paraphrase.enabled():
        return False
    if not _answers_with(question, terms, choice, dict.fromkeys(unmet, 1.0)):
        return False  # not even with every unmet word said otherwise: the model is not asked
    aligned = paraphrase.aligned_terms(question.text, terms, choice.cand)
    return bool(aligned) and _answers_with(question, terms, choice, aligned)


def _answers_with(
    question: Question, terms: list[Term], choice: Choice, credits: dict[int, float]
) -> bool:
    """Whether the choice answers once these terms count as met in its sentence."""
    cand = copy.copy(choice.cand)
    cand.matched = {**choice.cand.matched, **credits}
    rescore(cand, question, terms)
    return abstain_reason(question, terms, cand, choice.span) is None


def _places_not_people(store: Any, question: Question, choices: list[Choice]) -> list[Choice]:
    """For a question that asks for a person ("Which police officer …?"), a name its page
    only ever uses as a place ("in Orsa", "at Tarn Quay") is no answer: the choice keeps its
    sentence but loses its span and the span's score."""
    by_noun = asks_person_by_noun(question)  # "Which police officer …?"
    if question.qtype not in ("who", "which", "what") or not (by_noun or wants_people(question)):
        return choices  # a plain "Who …?" may be answered by a body ("worked at Tarn Labs")
    return _names_dropped(
        choices,
        lambda c, span: (
            (by_noun and not_a_persons_name(span.text) and not _titled(c, span))
            or _a_place_on_its_page(store, c, span)
        ),
    )


def _holders_of_the_asked_post(question: Question, choices: list[Choice]) -> list[Choice]:
    """For "Who heads the park?", a name its sentence gives another post ("head teacher Ida
    Fenn") and nothing else of heading, a group ("Residents of Tarn Ridge") or a body ("… Workers'
    Union") loses its span and its score, as a place does for a person (`asked_posts`)."""
    if question.qtype not in ("who", "which"):
        return choices
    return _names_dropped(
        choices,
        lambda c, span: (
            holds_another_post(question, c.cand.passage.text, span)
            or a_title_not_a_name(question, c.cand.passage.text, span)
            or of_another_kind(question, c.cand.passage.text, span)
            or of_the_other_sort(question, c.cand.passage.text, span)
            or names_a_group(question, span.text)
            or names_a_body(question, span.text)
        ),
    )


def _common_word_opening(store: Any, question: Question, span: Span) -> bool:
    """Whether a name for "Which firm …?", "Which baker …?" or "At which point on the river
    …?" is only the common word that opens its sentence, capitalised for its place: a plural
    ("Booms were placed around the hull", "Traders said …"), or a word the desk writes in lower
    case inside its sentences ("Army engineers built …") or never capitalises inside one ("List
    of bridge failures"). A plain "Who …?" may still be answered by it ("Accountants study the
    books"), and a dictionary word the pages use as a name stays one ("Bramble was caught"
    where they write "the lynx, Bramble, …")."""
    if span.start != 0 or " " in span.text or not (question.qtype == "which" or question.focus):
        return False
    if question.qtype not in ("which", "who", "where", "what") or question.plural_focus:
        return False  # "Which kinds of fish …?": "Trout, grayling and chub were …" lists them
    word = span.text.lower()
    kinds = thesaurus.parts_of_speech(word)
    if not kinds or "P" in kinds or word in GIVEN_NAMES:
        return False
    if word.endswith("s"):
        return True
    lower, capital = case_counts(store, span.text)
    return lower > capital or not capital  # "List of bridge failures": never a name inside


def _names_dropped(
    choices: list[Choice], no_answer: Callable[[Choice, Span], bool]
) -> list[Choice]:
    """The choices with each name span that is `no_answer` taken away with its score (the
    sentence stays a choice), best first again when one was."""
    out, moved = [], False
    for choice in choices:
        span = choice.span
        if span is not None and span.kind == "name" and no_answer(choice, span):
            lost = SHAPED_SPAN_WEIGHT * span.score + SHAPED_NO_SPAN_PENALTY
            choice, moved = Choice(choice.cand, None, choice.score - lost), True
        out.append(choice)
    return sorted(out, key=lambda c: -c.score) if moved else choices


def _titled(choice: Choice, span: Span) -> bool:
    """Whether the sentence puts a title or a role before the name ("New York Mayor Adams")."""
    before = choice.cand.passage.text[: span.start].split()
    return bool(before) and before[-1].strip(".,").lower() in TITLED_BY


TITLED_BY = lx.ROLE_NOUNS | lx.HONORIFICS | lx.PERSON_TITLES | lx.words("professor prof")


PLACE_BEFORE = (
    r"\b(?:in|at|near|outside|around|across|through|throughout|between|beyond"
    r"|(?:east|west|north|south|central)(?:ern)?)"
)


def _a_place_on_its_page(store: Any, choice: Choice, span: Span) -> bool:
    """Whether the page writes the name after a place's preposition ("in", "at", "near") and
    never as someone who speaks or is titled ("Orsa said", "Mr Orsa")."""
    if person_shaped(span.text):
        return False  # "Ada Vell": read before the page is
    name = re.escape(span.text)
    page = _page_text(store, choice.cand.passage.source_id)
    placed = re.search(  # not "in Vell's jacket": a person's
        rf"{PLACE_BEFORE}\s+(?:the\s+)?{name}\b(?!['’])|\b{name}\s+residents\b", page
    )
    if placed is None:
        return False
    titled = rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+{name}\b"
    speaking = rf"\b{name},?\s+(?:said|says|told|added)\b"
    return re.search(titled, page) is None and re.search(speaking, page) is None


def _answers(question: Question, terms: list[Term]) -> Callable[[Choice], bool]:
    """Whether a choice answers the question: it has a span and nothing to abstain for."""
    return lambda choice: (
        choice.span is not None
        and (abstain_reason(question, terms, choice.cand, choice.span) is None)
    )


def _more_peers(
    question: Question,
    terms: list[Term],
    candidates: list[Candidate],
    choices: list[Choice],
    best: Choice,
) -> list[Choice]:
    """Further sentences of each source, scored as choices, for agreement and disagreement,
    which are read source by source: a source that words the point otherwise ("severed
    diplomatic relations" for "cut ties") ranks its sentence below other sources' sentences
    that repeat the question's words, or below its own sentences about something else."""
    ranked = {id(c.cand) for c in choices}
    taken: dict[str, int] = {}
    extra: list[Candidate] = []
    floor = agreement.dispute_floor(best)  # a sentence below it could not be a peer
    for cand in candidates[: SPAN_POOL + PEER_POOL]:
        source = cand.passage.source_id
        if id(cand) in ranked or taken.get(source, 0) >= PEERS_PER_SOURCE:
            continue
        if cand.coverage < floor or cand.missing_required(terms):
            continue
        taken[source] = taken.get(source, 0) + 1
        extra.append(cand)
    return _scored(question, terms, extra[:PEERS_MORE])


def _echo_peers(
    store: Any, question: Question, terms: list[Term], best: Choice, peers: list[Choice]
) -> list[Choice]:
    """Other sources' retellings of the answer's sentence that no peer holds yet (see
    `echoes`): a source that words the asked event otherwise is found by the rest of what the
    answer's sentence tells."""
    held = {(c.cand.passage.source_id, c.cand.passage.sentence_no) for c in peers}
    found = [
        cand
        for cand in echoes(store, question, terms, best.cand, best.span)
        if (cand.passage.source_id, cand.passage.sentence_no) not in held
    ]
    return _scored(question, terms, found)


def _answer_after_question(cand: Candidate) -> Candidate:
    """A sentence that asks a question states nothing; in an interview or an FAQ ("Q: Where were
    you raised?" / "A: Port Ellis ..."), what answers it is the sentence after it, which takes
    the question sentence's place with its matches as context."""
    after = cand.after
    if not cand.passage.text.rstrip().endswith("?") or after is None:
        return cand
    if after.text.rstrip().endswith("?"):
        return cand
    context = {**cand.context, **cand.matched}
    return replace(
        cand,
        passage=after,
        words=SentenceWords.of(after.text),
        matched={},
        context=context,
        before=cand.passage,
        after=None,
    )


def _definition_first(question: Question, choices: list[Choice]) -> list[Choice]:
    """ "What is TNG50?": of the best few sentences, one that says what it is ("TNG50 is the
    latest simulation ...") comes first."""
    name = defined_thing(question)
    if not name:
        return choices
    for choice in choices:
        if definition_phrase(choice.cand.passage.text, name):
            return [choice, *(c for c in choices if c is not choice)]
    return choices


def _opening_word_last(
    store: Any, question: Question, terms: list[Term], choices: list[Choice]
) -> list[Choice]:
    """When the top choice's answer is only its sentence's first word, capitalised by its
    place ("Staff at St Brenna's said …", "Detectives investigating … have arrested"), and the
    desk writes that word in lower case (a common word, not the name a "who", "where" or
    "which …" question asks for), the next choice that answers comes first. With none, the
    order stands: the sentence may still be the right one to cite."""
    if question.qtype not in ("who", "where", "which") or not choices:
        return choices
    top = choices[0]
    word = _opening_word_span(top)
    if not word or abstain_reason(question, terms, top.cand, top.span) is not None:
        return choices  # a top sentence that cannot answer keeps its reason to abstain
    if not written_in_lower_case(store, word):
        return choices
    for choice in choices[1:SPAN_POOL]:
        if _opening_word_span(choice):
            continue
        if abstain_reason(question, terms, choice.cand, choice.span) is None:
            return [choice, *(c for c in choices if c is not choice)]
    return choices


def _opening_word_span(choice: Choice) -> str:
    """A one-word name span that opens its sentence ("" otherwise)."""
    span, words = choice.span, choice.cand.words
    if span is None or span.kind != "name" or not words.spans:
        return ""
    first_start, first_end = words.spans[0]
    if (span.start, span.end) != (first_start, first_end):
        return ""
    return span.text


def _broad(question: Question) -> bool:
    """ "What happened between X and Y?", "What is the state of relations …?": an overview."""
    return bool(OVERVIEW_QUESTION.search(question.text) or STATE_QUESTION.search(question.text))


def _openings(
    question: Question, terms: list[Term], candidates: list[Candidate], choices: list[Choice]
) -> list[Choice]:
    """For an overview question, the retrieved sentences that open their page (the lede) and
    are not among the choices yet: every sentence naming the question's names covers it
    fully, so BM25's order among them says little, and a lede often ranks low."""
    if not choices or not _broad(question):
        return []
    held = {id(c.cand) for c in choices}
    floor = choices[0].cand.coverage - LEAD_MARGIN
    opening = [
        cand
        for cand in candidates
        if id(cand) not in held
        and cand.passage.sentence_no < OPENING_SENTENCES
        and cand.coverage >= floor
        and not cand.missing_required(terms)
    ]
    return _scored(question, terms, opening)


def _lead_first(question: Question, choices: list[Choice], openings: list[Choice]) -> list[Choice]:
    """An overview question is answered by a page's opening sentences (the lede, the article's
    summary). Of the best sentences and the pages' openings that cover the question as fully
    as the best, the one standing earliest in its page comes first (the best scored of
    those)."""
    if not choices or not _broad(question):
        return choices
    floor = choices[0].cand.coverage - LEAD_MARGIN
    close = [c for c in choices[:LEAD_POOL] + openings if c.cand.coverage >= floor]
    lead = min(close, key=lambda c: (c.cand.passage.start, -c.score))
    return [lead, *(c for c in choices + openings if c is not lead)]


def _narrower_place_first(question: Question, choices: list[Choice]) -> list[Choice]:
    """ "In which town was the store?": when the best answer is a place that a sentence ranked
    nearly as well names as the region around its own answer ("in Ashcombe in Surrey"), that
    narrower place answers better than "Surrey"."""
    if not choices or question.qtype != "where" or choices[0].span is None:
        return choices
    if question.focus and question.focus.lower() not in lx.SETTLEMENT_FOCUS:
        return choices
    outer = choices[0].span.text
    return _promoted(
        choices,
        PLACE_MARGIN,
        PLACE_POOL,
        lambda c, span: span.kind == "name" and lies_within(c.cand.passage.text, span.text, outer),
    )


def _exact_figure_first(question: Question, choices: list[Choice]) -> list[Choice]:
    """ "How many were injured?": when the best answer is a vague amount ("dozens", "hundreds")
    and a sentence ranked nearly as well gives an exact figure ("injuring 80"), that figure
    answers better; the vague one stays among the peers."""
    if not choices or question.qtype not in ("how_many", "how_much"):
        return choices
    best = choices[0]
    if best.span is None or not VAGUE_AMOUNT.match(best.span.text):
        return choices
    kind, covered = best.span.kind, best.cand.coverage
    return _promoted(
        choices,
        FIGURE_MARGIN,
        FIGURE_POOL,
        lambda c, span: (
            span.kind == kind
            and c.cand.coverage >= covered
            and bool(agreement.number_value(span.text))
        ),
    )


def _day_first(question: Question, choices: list[Choice]) -> list[Choice]:
    """ "When did the boycott start?": when the best answer gives a month only ("late April",
    "April 2024") and a sentence ranked nearly as well, covering as much of the question, gives
    a day of that month ("22 April 2024"), the day answers better; the month stays a peer."""
    if not choices or question.qtype != "when" or question.focus in ("year", "month"):
        return choices
    best = choices[0]
    month = _month_without_day(best.span.text) if best.span is not None else None
    vague = best.span is not None and VAGUE_TIME.fullmatch(best.span.text.strip()) is not None
    if month is None and not vague:
        return choices
    floor = best.cand.coverage - DAY_COVERAGE_MARGIN

    def gives_the_day(choice: Choice, span: Span) -> bool:
        text = span.text.lower()
        of_month = month is None or month in text  # "this weekend": any day told outright
        return choice.cand.coverage >= floor and of_month and bool(DAY_OF_MONTH.search(text))

    return _promoted(choices, DAY_MARGIN, FIGURE_POOL, gives_the_day)


# A time told from the day of writing, which a sentence giving the calendar day outdoes.
VAGUE_TIME = re.compile(
    r"(?:this|last|next|that)\s+(?:weekend|week|month)|recently|earlier|lately", re.IGNORECASE
)


def _promoted(
    choices: list[Choice], margin: float, pool: int, better: Callable[[Choice, Span], bool]
) -> list[Choice]:
    """The choices with the first of the next `pool` that scores within `margin` of the best,
    has a span and answers `better`, moved first; the others keep their order."""
    floor = choices[0].score - margin
    for choice in choices[1:pool]:
        if choice.score >= floor and choice.span is not None and better(choice, choice.span):
            return [choice, *(c for c in choices if c is not choice)]
    return choices


DAY_MARGIN = 0.6  # how much worse than a month's sentence a day's may score
DAY_COVERAGE_MARGIN = 0.2  # and how much less of the question it may cover


def _month_without_day(span: str) -> str | None:
    """The month a date span names without a day of it ("late April", "April 2024"), or None."""
    low = span.lower()
    months = [m for m in lx.MONTHS if re.search(rf"\b{m}\b", low)]
    return months[0] if len(months) == 1 and not DAY_OF_MONTH.search(low) else None


_MONTH_NAMES = "|".join(lx.MONTHS)
DAY_OF_MONTH = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b|\b(?:{_MONTH_NAMES})\s+\d{{1,2}}\b(?!\d)"
)


def _latest_first(question: Question, choices: list[Choice]) -> list[Choice]:
    """ "When is the report *now* expected?": of the sentences that answer about as well as the
    best, the one from the most recently published source comes first (the others stay, and
    are shown as disagreeing when they say otherwise). "What was the *final* cost?": of those,
    one that tells a final figure ("in the end the work cost £6.2 million") comes first."""
    final = FINAL_QUESTION.search(question.text) is not None
    if not choices or not (final or NOW_QUESTION.search(question.text)):
        return choices
    floor = choices[0].score - NOW_MARGIN
    # … and covers about as much of the question ("a 31-mile detour" for lorries is no answer to
    # "How long a detour do drivers now face?")
    covered = choices[0].cand.coverage * NOW_COVERAGE
    close = [
        c for c in choices if c.span is not None and c.score >= floor and c.cand.coverage >= covered
    ]
    if not close:
        return choices
    told_final = [c for c in close if final and FINAL_TOLD.search(c.cand.passage.text)]
    if final and not told_final:
        return choices  # "the final cost": a later page's estimate is no final figure
    latest = max(told_final or close, key=lambda c: c.cand.passage.published or "")
    return [latest, *(c for c in choices if c is not latest)]


# "What did the bill come to in the end?": a sentence that tells the final figure comes first
FINAL_QUESTION = re.compile(
    r"\b(?:final|finally|in\s+the\s+end|ultimately|eventually|in\s+total|altogether)\b",
    re.IGNORECASE,
)
FINAL_TOLD = re.compile(
    r"\b(?:final|finally|in\s+the\s+end|ultimately|eventually|in\s+all|in\s+total|altogether)\b",
    re.IGNORECASE,
)


# "When will the vote be held?", "When is the line due to reopen?": a date ahead is asked
FUTURE_WHEN = re.compile(
    r"^\W*when\s+(?:will|shall|is\s+.{1,60}?\b(?:due|expected|scheduled|set|going)\b)", re.I
)
# A sentence that tells what is ahead ("will be held", "is due to …"): the date tagger's cues,
# and "would" of reported plans
AHEAD_TOLD = re.compile(FUTURE_CUES + r"|\bwould\b", re.IGNORECASE)
AHEAD_MARGIN = 0.6  # how much worse than the best a sentence telling what is ahead may score


def _ahead_first(question: Question, choices: list[Choice]) -> list[Choice]:
    """ "When will the fresh election be held?": a sentence that tells it ahead ("would be held
    on 4 December") comes before one about a past vote ("was held on 1 May") that answers
    about as well."""
    if not choices or not FUTURE_WHEN.match(question.text) or NOW_QUESTION.search(question.text):
        return choices  # "When is it *now* expected?": the newest page's answer comes first
    if AHEAD_TOLD.search(choices[0].cand.passage.text):
        return choices
    floor = choices[0].score - AHEAD_MARGIN
    for choice in choices[1:]:
        if choice.score < floor:
            break
        if choice.span is not None and AHEAD_TOLD.search(choice.cand.passage.text):
            return [choice, *(c for c in choices if c is not choice)]
    return choices


PRESENT_POST_QUESTION = re.compile(r"^\W*who\s+(?:is|are)\s+(?:the\s+)?(?P<post>[a-z]+)\b", re.I)
YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
HOLDER_MARGIN = 1.5  # how much worse than the best a holder told without a year may score


def _present_holder_first(question: Question, choices: list[Choice]) -> list[Choice]:
    """ "Who is the manager?": of the sentences that answer about as well as the best, a page's
    key fact for the post comes before a sentence that dates its holder ("Under manager Ada
    Vell, the club won the cup in 1954" is history; "Manager: Jonas Pell" is now)."""
    asked = PRESENT_POST_QUESTION.match(question.text)
    post = asked.group("post").lower() if asked else ""
    if not choices or post not in lx.POSTS:
        return choices
    best = choices[0]
    if best.span is None or not YEAR.search(best.cand.passage.text):
        return choices
    for choice in choices[1:]:
        if choice.score < best.score - HOLDER_MARGIN:
            break
        row = lx.FACT_ROW.match(choice.cand.passage.text)
        if choice.span is not None and row and post in row.group(1).lower().split():
            return [choice, *(c for c in choices if c is not choice)]
    return choices


def _first_answering(
    question: Question, terms: list[Term], choices: list[Choice], pages: PageSubjects
) -> tuple[Choice | None, str | None]:
    """The best choice that answers the question, or the best one with the reason it fails.

    A top sentence that lacks one of the question's names, years or figures can never answer
    it, nor one that says the asked deed was done but not by whom ("Police released video of
    the girl who was kidnapped" for "Who kidnapped her?"). Then the sentences are tried in
    rank order: the first that answers, or whose only lack is a name its page keeps naming
    (`page_subjects.py`), is taken; when none is, the top sentence's reason is the abstention's.
    So too when the top sentence lacks the "not" of the question's relative clause.
    After a coverage failure only a sentence that holds all of the question is taken (trying any
    further sentence made near misses answer).
    """
    if not choices:
        return None, abstain_reason(question, terms, None, None)
    top_reason = abstain_reason(question, terms, choices[0].cand, choices[0].span)
    # "Police released video of the girl who was kidnapped": what was done, not by whom
    untold = top_reason == NO_SHAPE and doer_untold(question, terms, choices[0].cand.words)
    covering = _covering_all(question, terms, choices) if top_reason == NO_COVER else None
    if covering is None and top_reason == NO_COVER:
        covering = _covering_by_role(question, terms, choices, pages)
    if covering is not None:
        return covering, None
    denial = _denial_of_anyone(question, terms, choices) if top_reason == NO_COVER else None
    if denial is not None:
        return denial, None  # "Did anyone drown?": "No one drowned." below it
    if top_reason == NO_COVER and _kind_and_value_told(question, terms, choices[0]):
        return choices[0], None  # "How many farms did the report point to?": "… identified
        # three farms along the brook": the asked thing and its value, in other words around them
    if top_reason == NO_COVER and _said_in_other_words(question, terms, choices[0]):
        return choices[0], None  # "… the relatives of the crew?": "Families of the crew …"
    # a top sentence without the "not" of a question's relative clause ("people who could not
    # get home") may rank above one that has it, which answers; a "not" of the question's own
    # verb ("What did the firm not sell?") is what a top sentence most surely lacks
    unnegated = top_reason == NOT_NEGATED and bool(RELATIVE_NOT.search(question.text))
    if top_reason == NOT_NEGATED and not unnegated and question.qtype == "why":
        told = _negation_told_below(question, terms, choices)
        if told is not None:
            return told, None  # "Why was the alarm not answered?": "… was ignored for hours …"
    if top_reason == NO_SHAPE:
        named = _answer_just_below(question, terms, choices)
        if named is not None:
            return named, None  # "the sheriff said …" above "Sheriff Ada Vell imposed …"
    if top_reason is None or not (untold or unnegated or choices[0].cand.missing_required(terms)):
        return choices[0], top_reason
    for n, choice in enumerate(choices):
        if n and abstain_reason(question, terms, choice.cand, choice.span) is None:
            return choice, None
        missing = choice.cand.missing_required(terms)
        if n < PAGE_FILL_TRIES and pages.fills(
            question.text, terms, choice.cand, choice.span
        ):  # from its page
            if abstain_reason(question, terms, choice.cand, choice.span) is None:
                return choice, None
            if _named_by_post(question, terms, choice, missing):
                return choice, None
            choice.cand.paged.clear()
    return choices[0], top_reason


def _answer_just_below(
    question: Question, terms: list[Term], choices: list[Choice]
) -> Choice | None:
    """The sentence right under a top one that tells the asked thing without its answer (a
    which-question's "the sheriff said …" names no sheriff), when it answers and ranks
    nearly as high: a sentence far below is more often a near miss than the answer. Only a
    which-question for a person or a body by its kind: on SQuAD, what-questions so answered
    were near misses in 13 of 13."""
    if question.qtype != "which" or not (
        asks_person_by_noun(question) or asks_named_kind(question)
    ):
        return None
    top = choices[0].score
    for choice in choices[1:SHAPE_TRIES]:
        if top - choice.score > SHAPE_MARGIN:
            return None
        if (
            choice.span is not None
            and abstain_reason(question, terms, choice.cand, choice.span) is None
        ):
            return choice
    return None


RELATIVE_NOT = re.compile(
    r"(?<=\w\s)(?:who|which|whom|whose)\s+(?:[\w'’]+\s+){0,2}?(?:not|never)\b"
    r"|(?<=\w\s)(?:who|which)\s+\w+n['’]t\b",
    re.IGNORECASE,
)


def _negation_told_below(
    question: Question, terms: list[Term], choices: list[Choice]
) -> Choice | None:
    """A sentence just under a top one that lacks the question's "not", which tells it (in
    other words: "was ignored") and answers."""
    for choice in choices[1:COVER_TRIES]:
        if abstain_reason(question, terms, choice.cand, choice.span) is None:
            return choice
    return None


def _named_by_post(
    question: Question, terms: list[Term], choice: Choice, missing: list[Term]
) -> bool:
    """Whether a sentence that names the asked body only by its head and a post of it ("moved to
    the board by its chair, Ada Vell"), on a page that names the body, answers once the
    body counts as said: it then covers the whole question."""
    cand = choice.cand
    if len(missing) != 1 or missing[0].parts or cand.word_coverage < POST_COVER:
        return False
    if not bridging.heads_a_post(missing[0], cand.words):
        return False
    return _answers_with_name_said(question, terms, choice, missing[0])


def _answers_with_name_said(
    question: Question, terms: list[Term], choice: Choice, filled: Term
) -> bool:
    """Whether a sentence answers once the one name its page fills in counts as said (its
    weight added to the sentence's coverage); the coverage is put back when it does not."""
    cand = choice.cand
    coverage = cand.coverage
    cand.coverage += filled.weight / (sum(t.weight for t in terms) or 1.0)
    if abstain_reason(question, terms, cand, choice.span) is None:
        return True
    cand.coverage = coverage
    return False


def _covering_all(question: Question, terms: list[Term], choices: list[Choice]) -> Choice | None:
    """A sentence ranked just below a top one that covers too little, which holds all of the
    question and answers it ("won an order from Norland Air for up to 40 of its A220 jets"
    under one that shares only the names), if any. Sentences that cover less were near misses'
    answers."""
    for choice in choices[1:COVER_TRIES]:
        cand = choice.cand
        if min(cand.coverage, cand.word_coverage) < FULL_COVER:
            continue
        if abstain_reason(question, terms, cand, choice.span) is None:
            return choice
    return None


def _covering_by_role(
    question: Question, terms: list[Term], choices: list[Choice], pages: PageSubjects
) -> Choice | None:
    """A sentence under a top one that covers too little, which holds all of the question
    but the asked person, whom it names by their post on a page that gave the post with the
    name ("The chief executive resigned on Thursday" after "chief executive Mara Vell":
    `bridging.describes_person`), or but the asked body, which it names by its head with a
    post of it ("Council leader Ada Vell" on a page about Orsa Town Council)."""
    for choice in choices[1:COVER_TRIES]:
        cand = choice.cand
        missing = cand.missing_required(terms)
        if len(missing) != 1:
            continue
        body = not missing[0].parts and bool(bridging.heads_a_post(missing[0], cand.words))
        # "Who leads …?": the post said as a noun ("Council leader") is the asked verb
        if cand.word_coverage < (POST_COVER if body else FULL_COVER):
            continue
        if not missing[0].parts and not body:
            continue
        if not pages.fills(question.text, terms, cand, choice.span):
            continue
        if _answers_with_name_said(question, terms, choice, missing[0]):
            return choice  # the post stands for the name: it covers the whole question
        cand.paged.clear()
    return None


def _denial_of_anyone(
    question: Question, terms: list[Term], choices: list[Choice]
) -> Choice | None:
    """A sentence under the top one that says nobody did what "Did anyone …?" asks."""
    if question.qtype != "yes_no":
        return None
    for choice in choices[1:DENIAL_TRIES]:
        if nobody_did(question, terms, choice.cand):
            return choice
    return None


# "Nobody was killed." is short, so sentences naming the asked people rank above it
DENIAL_TRIES = 6


def rank_choices(
    question: Question, terms: list[Term], candidates: list[Candidate]
) -> list[Choice]:
    """The top candidates with their answer spans, best combined score first. A question
    that wants a date or a figure searches further down when none of the top sentences holds
    one ("How long is the new bridge?": "… a steel arch 150 metres long" ranks low on BM25,
    since the question's own words are in every sentence about the bridge)."""
    size = WHY_SPAN_POOL if question.qtype == "why" else SPAN_POOL
    pool = candidates[:size]
    if question.qtype == "why":  # "the blaze was started by a heater", ranked low by BM25
        pool += [c for c in candidates[size:] if names_a_cause(c.passage.text)][:WHY_CAUSE_POOL]
    choices = _scored(question, terms, pool)
    if question.qtype in SHAPED_TYPES and not any(c.span for c in choices):
        further = candidates[size : size + SHAPED_EXTRA_POOL]
        read = {id(c) for c in pool}
        choices += _scored(question, terms, [c for c in further if id(c) not in read])
    choices.sort(key=lambda c: -c.score)
    return choices


def _scored(question: Question, terms: list[Term], pool: list[Candidate]) -> list[Choice]:
    """Each candidate with its answer span and combined score."""
    choices = []
    # Dense re-ranking ([semantic] extra): cosine similarities, zeros when it is off.
    similarity = dense.scores(question.text, [c.passage.text for c in pool])
    found: dict[tuple[Any, ...], Span | None] = {}
    shaped = question.qtype in SHAPED_TYPES or _asks_a_tally(question)
    # "What did the trust call for?": a sentence without the preposition's object answers none
    stranded = bool(asked_preposition(question))
    # "Which police officer …?", "Which contractor …?": a sentence naming nobody answers no
    # more than for "Who …?"
    stranded = stranded or (question.qtype == "which" and asks_named_kind(question))
    other = OTHER_ASKED.search(question.text) is not None
    for cand, cosine in zip(pool, similarity, strict=True):
        span = _pool_span(question, terms, cand, found)
        if other and span is not None and _named_in_title(span, cand):
            span = None  # "Which other vessel …?" is not the ship the page is about
        _answer_is_the_other_name(question, cand, span)
        missing = SHAPED_NO_SPAN_PENALTY if shaped or stranded else NO_SPAN_PENALTY
        weight = SHAPED_SPAN_WEIGHT if shaped else SPAN_WEIGHT
        score = cand.score + (weight * span.score if span else -missing)
        score += COVERAGE_EXTRA * cand.coverage + INSIDE_WEIGHT * _inside_share(cand, terms)
        score -= UNMET_PENALTY * _rarest_unmet(cand, terms)
        score -= MISSING_EXTRA * len(cand.missing_required(terms))
        score += PAIR_WEIGHT * _pairs_kept(terms, cand)
        score -= REVERSED_PENALTY * _roles_reversed(question, terms, cand)
        score -= ATTRIBUTION_PENALTY * _attribution_unmet(question, terms, cand)
        verb = asked_verb(question, terms) if question.qtype != "who" else -1
        if verb < 0 and question.verb:  # "What had been frozen ...?": a sentence saying so
            verb = next((i for i, t in enumerate(terms) if t.concept.words == (question.verb,)), -1)
        if verb < 0:
            verb = _passive_ending(question, terms)  # "When was the bridge strengthened?"
        if verb >= 0 and verb not in cand.matched:
            score -= ASKED_VERB_PENALTY  # "What did the man eat?" needs a sentence that says "ate"
        if span is not None and _untold_increment(question, cand, span):
            score -= INCREMENT_PENALTY  # "two more victims" for "How many died?"
        score += DENSE_WEIGHT * cosine
        if span is not None and span.kind == "named":
            score += NAMED_EXTRA  # "a simulation they call TNG50" names the asked thing outright
        choices.append(Choice(cand, span, score))
    return choices


# "According to the union, how many …?": a sentence that does not name who says it tells
# another party's figure
ATTRIBUTION_PENALTY = 0.6


def _attribution_unmet(question: Question, terms: list[Term], cand: Candidate) -> bool:
    """Whether a question opening "According to X, …" meets a sentence that names nothing of
    X (in it or the sentence before)."""
    if not question.attributed:
        return False
    asked = [i for i, t in enumerate(terms) if set(t.concept.words) & question.attributed]
    return bool(asked) and not any(i in cand.matched or i in cand.context for i in asked)


OTHER_ASKED = re.compile(r"^\W*(?:which|what)\s+other\b", re.IGNORECASE)


def _named_in_title(span: Span, cand: Candidate) -> bool:
    """Whether a name span is (part of) what the sentence's page title names."""
    if span.kind not in ("name", "named") or not span.text[:1].isupper():
        return False
    title = cand.passage.title.lower()
    words = [w for w in span.text.lower().split() if w not in lx.STOPWORDS]
    return bool(words) and all(w in title for w in words)


def _asks_a_tally(question: Question) -> bool:
    """Whether a question is answered only by a vote's tally or verdict ("What was the margin
    of the vote?", "How did the Senate vote?"): a sentence without one answers nothing."""
    return (
        question.focus.lower() in MARGIN_FOCUS or lx.VOTE_QUESTION.search(question.text) is not None
    )


def _pool_span(
    question: Question,
    terms: list[Term],
    cand: Candidate,
    found: dict[tuple[Any, ...], Span | None],
) -> Span | None:
    """`best_span`, worked out once for a sentence that several sources of one pool hold word
    for word (copies of one report): a span reads no more of its candidate than the
    sentence and which question terms it meets, and for a "why" question (`reason_span`) the
    text of the sentences around it."""
    around = (
        (cand.before.text if cand.before else None, cand.after.text if cand.after else None)
        if question.qtype == "why"
        else None
    )
    key = (cand.passage.text, around, tuple(sorted(cand.matched)))
    if key not in found:
        found[key] = best_span(question, terms, cand)
    return found[key]


def _untold_increment(question: Question, cand: Candidate, span: Span) -> bool:
    """Whether a count answering "How many?" adds to a total the question does not ask to add
    to ("the remains of two more miners" for "How many died?")."""
    if question.qtype not in ("how_many", "how_much") or ADDED_ASKED.search(question.text):
        return False
    return agreement.is_increment(cand.passage.text, span)


def _passive_ending(question: Question, terms: list[Term]) -> int:
    """The term a "When/Where was X <past participle>?" question ends on: the asked event
    ("strengthened", "founded"), which a sentence that answers must tell; else -1."""
    if question.qtype not in ("when", "where") or not PASSIVE_OPENING.match(question.text):
        return -1
    ending = question_ending(question).split()
    last = ending[-1] if ending else ""
    if not (last.endswith(("ed", "en")) or last in lx.IRREGULAR_VERBS):
        return -1
    return next((i for i, t in enumerate(terms) if t.concept.words == (last,)), -1)


PASSIVE_OPENING = re.compile(r"^\s*(?:when|where)\s+(?:was|were|is|are)\b", re.IGNORECASE)


def _answer_is_the_other_name(question: Question, cand: Candidate, span: Span | None) -> None:
    """A page titled with the question's name speaks of it in every sentence, unless a sentence
    names someone else; a thing's name that is the answer itself ("I use Tasklet as a tool"
    under "Introducing Mira Talvik") is no one else."""
    if (
        span is not None
        and (span.kind == "name" or (span.kind == "named" and span.text[:1].isupper()))
        and question.qtype in THING_QUESTIONS
        and cand.other_names == len(span.text.split())
    ):
        cand.other_names = 0


def _inside_share(cand: Candidate, terms: list[Term]) -> float:
    """The weighted share of the question the sentence itself holds (no context credit)."""
    total = sum(t.weight for t in terms) or 1.0
    return sum(terms[i].weight * credit for i, credit in cand.matched.items()) / total


def _pairs_kept(terms: list[Term], cand: Candidate) -> float:
    """Share of neighbouring question terms that also stand close together in the sentence."""
    if len(terms) < PAIR_MIN_TERMS:
        return 0.0
    places = _term_places(terms, cand, only_matched=True)
    kept = 0
    for left, right in itertools.pairwise(places):
        if any(0 < b - a <= PAIR_GAP for a in left for b in right):
            kept += 1
    return kept / (len(terms) - 1)


def _roles_reversed(question: Question, terms: list[Term], cand: Candidate) -> bool:
    """Whether the sentence swaps who did what to whom: the question's two names stand on
    either side of its verb, and the sentence has them the other way round around that verb
    (and never in the question's order). Passives ("by") are left alone."""
    if " by " in f" {question.text.lower()} " or " by " in f" {cand.passage.text.lower()} ":
        return False
    places = _term_places(terms, cand)
    for v, verb in enumerate(terms):
        if verb.is_name or verb.light or verb.concept.required:
            continue
        left = [i for i in range(v) if terms[i].is_name]
        right = [i for i in range(v + 1, len(terms)) if terms[i].is_name]
        for a in left:
            for b in right:
                if _around(places[b], places[v], places[a]) and not _around(
                    places[a], places[v], places[b]
                ):
                    return True
    return False


def _term_places(
    terms: list[Term], cand: Candidate, *, only_matched: bool = False
) -> list[list[int]]:
    """For each term, the word positions of the sentence that stand for it."""
    places: list[list[int]] = [[] for _ in terms]
    asked = [i for i in range(len(terms)) if i in cand.matched or not only_matched]
    flags = anchor_flags([terms[i] for i in asked], cand.words)
    for i, hits in zip(asked, flags, strict=True):
        places[i] = [pos for pos, hit in enumerate(hits) if hit]
    return places


def _around(before: list[int], middle: list[int], after: list[int]) -> bool:
    """Whether some word of `middle` has a word of `before` before it and of `after` after."""
    return any(any(b < m for b in before) and any(m < a for a in after) for m in middle)


def _rarest_unmet(cand: Candidate, terms: list[Term]) -> float:
    """The IDF of the rarest ordinary question word met neither in the sentence nor around it."""
    return max(
        (
            t.weight
            for i, t in enumerate(terms)
            if not t.light
            and not (cand.matched.get(i) or cand.context.get(i) or cand.titled.get(i))
        ),
        default=0.0,
    )


def _page_words(page_text: Callable[[str], str], source_id: str) -> frozenset[str]:
    """The folded words of a source's page (read when a peer's parties are in doubt)."""
    return frozenset(fold(w) for w in lx.LETTERS.findall(page_text(source_id)))


def _page_text(store: Any, source_id: str) -> str:
    """A source's clean text (read when a peer names another person than the answer)."""
    source = store.get_source(source_id)
    return source.text if source else ""


def _prefer_near(candidates: list[Candidate], near: Passage) -> None:
    """In a follow-up, sentences next to the one the last answer cited come first on ties."""
    for cand in candidates:
        p = cand.passage
        if p.source_id == near.source_id and abs(p.sentence_no - near.sentence_no) <= NEAR_SPAN:
            cand.score += NEAR_BONUS
    candidates.sort(key=lambda c: -c.score)


def _compose(
    store: Any,
    days: SourceDays,
    question: Question,
    terms: list[Term],
    best: Choice,
    choices: list[Choice],
    shown: str,
    resolved: str,
    echoed: frozenset[int] = frozenset(),
    led: bool = False,
) -> Answer:
    """The answer told from the best choice, with the peers that agree or disagree with it
    (`echoed`: the ids of peers found by the answer's own sentence, see `echoes`). A figure
    that changed from report to report is told from the latest report (`reports_over_time`;
    `led`: the best choice is already that report's)."""
    cite = Citer(store)
    if question.qtype == "list" or question.plural_focus:
        stated, sources = _list_answer(question, terms, best, choices)
    else:
        stated, sources = _stated(question, best, terms), [best]
    day = _answer_day(days, question, best)
    if day is None and _yearless_date(question, best):  # a source agreeing may give its year
        day = _day_from_peers(days, best, agreement.split(question, terms, best, choices)[0])
    if day and not question.plural_focus and question.qtype != "list":
        stated = _with_calendar_date(stated, day)
    stated = _with_long_form(store, stated, best.cand.passage.source_id)
    if question.qtype == "who":
        stated = _with_full_name(store, stated, best.cand.passage.source_id, question.text)
    whole = stated == whole_sentence(best.cand.passage.text)
    same_day = (lambda choice: day in days.days_in(choice.cand.passage)) if day else None
    # each page is read from the store once, for its words and for its text
    page_text = functools.lru_cache(maxsize=8)(functools.partial(_page_text, store))
    page_words = functools.lru_cache(maxsize=8)(functools.partial(_page_words, page_text))
    side_a, _others, disputes = agreement.split(
        question,
        terms,
        best,
        choices,
        whole=whole,
        same_day=same_day,
        page_words=page_words,
        echoed=echoed,
        page_text=page_text,
        day_of=functools.partial(_choice_day, days, question),
    )
    disputes = [c for c in disputes if _may_dispute(question, c)]
    if best.span is not None and not _rate_told(question, best):
        # "310,000 passengers a year" is a rate: no rival of "12 people" on one trip
        disputes = [c for c in disputes if not _rate_told(question, c)]
    if question.qtype == "how_many" and best.span is not None:
        # "400 people were inside" and "injuring 12 others" count two groups
        disputes = [c for c in disputes if not _other_tally_told(question, best, c)]
    if FUTURE_WHEN.match(question.text):  # "When will the rerun be held?": not a vote that
        disputes = [c for c in disputes if not _before_its_page(days, question, c)]  # was
    best_source = best.cand.passage.source_id
    superseded = [
        c for c in disputes if earlier_snapshot(store, c.cand.passage.source_id, best_source)
    ]
    if len(superseded) < len(disputes):  # other sources disagree: all are shown as before
        superseded = []
    disputes = [c for c in disputes if c not in superseded]  # one article, corrected since
    if not led:
        # a disputing peer already tells the asked point: it needs a figure and the names
        tells_it = lambda c: c.span is not None and not c.cand.missing_required(terms)  # noqa: E731
        lead = reports_over_time.leading_report(
            question, best, disputes, tells_it, _voices(question, best, side_a, disputes)
        )
        if lead is not None:  # "27 fell ill" on Monday, "34" in the closing report: 34 leads
            return _compose(
                store, days, question, terms, lead, choices, shown, resolved, echoed, led=True
            )
    over_time = reports_over_time.told_over_time(question, best, disputes)
    quotation = _whole_quotation(store, question, best, stated, sources)
    if quotation is not None:  # "What did she say?": the quotation the sentence stands in
        stated = whole_sentence(quotation.text)
        cite.add(quotation)
    for choice in sources:
        _cite_choice(choice, cite.add)  # a sentence inside the quotation keeps its number
    listed = _lead_in_items(store, question, [best, *sources, *choices[:LEAD_IN_TRIES]])
    if listed is not None:  # "Among the most significant were:" and one item a paragraph below
        return _items_answer(store, question, listed, shown, resolved)
    for choice in side_a:
        _cite_choice(choice, cite.add_peer)
    if whole and not disputes:  # a sentence told again in other words ("3 sources agree")
        cited = {c.source_id for c in cite.citations}
        for passage in corroborating(store, terms, best.cand.passage, cited):
            cite.add_peer(passage)
    first = cite.marks()
    voices = cite.voices()
    text = f"{_capitalise(stated)}"
    disagreements = []
    if disputes:
        sides = [{"text": stated, "citations": [c.n for c in cite.citations if c.n in first]}]
        told = []
        for value, group in _by_value(question, disputes):
            side_day = _answer_day(days, question, group[0])
            if side_day:  # "Thursday (12 June 2025)", as the answer's own date is shown
                value = _with_calendar_date(value, side_day)
            marks = [n for n in (cite.add(choice.cand.passage) for choice in group) if n]
            sides.append({"text": value, "citations": marks})
            published = readable_date(group[0].cand.passage.published) if over_time else None
            told.append(f"{value} {_refs(marks)}" + (f" ({published})" if published else ""))
        kind = f"{over_time} reports" if over_time else "disagree"
        disagreements.append({"about": resolved, "kind": kind, "sides": sides})
        if over_time:  # one story told at two times, not two sources at odds
            text += f" {_refs(first)} — {over_time} reports gave other figures: {'; '.join(told)}."
        else:
            text += f" {_refs(first)} — but the sources disagree: {'; '.join(told)}."
    elif voices > 1:
        text += f" — {voices} sources agree {_refs(first)}{_copies_note(voices, first)}."
    else:
        text += f" — according to {cite.citations[0].title or 'the source'} {_refs(first)}."
    if superseded and not disputes:  # the change is shown, as what the page said before
        before = superseded[0]
        mark = cite.add(before.cand.passage)
        said = before.span.text if before.span else whole_sentence(before.cand.passage.text)
        if lx.is_number_word(said.split()[0].lower()):
            said = said[0].lower() + said[1:]  # "Four ferries ran": "said four"
        text += f" An earlier snapshot of the same page said {said} {_refs([mark])}."
        sides = [{"text": stated, "citations": first}, {"text": said, "citations": [mark]}]
        disagreements.append({"about": resolved, "kind": "earlier snapshot", "sides": sides})
    return Answer(
        question=shown,
        answer=text,
        abstained=False,
        citations=tuple(cite.citations),
        disagreements=tuple(disagreements),
        qtype=question.qtype,
        resolved_question=resolved,
    )


def _covering(choices: list[Choice]) -> list[Choice]:
    """The choices that cover enough of the question to be read for a lead-in's items."""
    return [c for c in choices if c.cand.coverage >= LEAD_IN_COVER]


def _lead_in_items(
    store: Any, question: Question, tried: list[Choice]
) -> tuple[Passage, list[Passage]] | None:
    """The first tried sentence that a lead-in list follows, with the list's items."""
    for choice in tried:
        listed = items_after_lead_in(store, question, choice.cand.passage)
        if listed is not None:
            return listed
    return None


def _items_answer(
    store: Any,
    question: Question,
    listed: tuple[Passage, list[Passage]],
    shown: str,
    resolved: str,
) -> Answer:
    """The items a lead-in introduces as the answer, citing the sentence and each item."""
    passage, items = listed
    cite = Citer(store)
    marks = [cite.add(passage), *(cite.add(item) for item in items)]
    title = cite.citations[0].title or "the source"
    text = f"{_capitalise(items_text(items))} — according to {title} {_refs(marks)}."
    return Answer(
        question=shown,
        answer=text,
        abstained=False,
        citations=tuple(cite.citations),
        disagreements=(),
        qtype=question.qtype,
        resolved_question=resolved,
    )


def _whole_quotation(
    store: Any, question: Question, best: Choice, stated: str, sources: list[Choice]
) -> Passage | None:
    """The best sentence widened over the quotation it stands in, when the question asks
    what someone said and the answer is that sentence or what it quotes; else None."""
    if sources != [best] or not lx.WHAT_SAID_QUESTION.search(question.text):
        return None
    passage = best.cand.passage
    said = best.span is not None and best.span.kind in ("said", "quoted")
    if not said and stated != whole_sentence(passage.text):
        return None
    quotation = quotations.widened(store, passage)
    return quotation if quotation != passage else None


def _other_tally_told(question: Question, best: Choice, choice: Choice) -> bool:
    """Whether a peer's figure counts casualties (the injured, the dead) where the answer's and
    the question's count no such tally: "600 people were inside" is no rival of "21 hurt"."""
    theirs, ours = _figure_tally(choice), _figure_tally(best)
    if not {theirs, ours} & CASUALTY_TALLIES or asked_tally(question):
        return False
    return ours != theirs


CASUALTY_TALLIES = frozenset(("killed", "injured"))


def _figure_tally(choice: Choice) -> str:
    """The tally a choice's figure counts ("injured" of "injuring 21 other people"), or ""."""
    span = choice.span
    if span is None:
        return ""
    tallied = tallies_in(choice.cand.passage.text)
    return next((t for a, b, t in tallied if a < span.end and span.start < b), "")


def _rate_told(question: Question, choice: Choice) -> bool:
    """Whether a choice's figure is told for each year, week or day and the question asks no
    such rate."""
    span = choice.span
    return span is not None and rate_unasked(question, choice.cand.passage.text, span.end)


def _may_dispute(question: Question, choice: Choice) -> bool:
    """Whether a peer's value is of the kind the question asks (an age said as an age)."""
    span = choice.span
    if span is not None and question.qtype == "where" and _names_someone(span.text):
        return False  # "Where were they taken?": "Councillor Ada Vell" is no place
    return span is None or may_dispute_age(question, choice.cand.passage.text, span.start, span.end)


def _names_someone(text: str) -> bool:
    """Whether a span names a person: a title before a name, or a known given name."""
    first = text.split()[0].lower().rstrip(".") if text.split() else ""
    titled = first in lx.PERSON_TITLES | lx.HONORIFICS | lx.words("councillor councilor")
    return person_shaped(text) or (titled and len(text.split()) > 1)


def _copies_note(voices: int, marks: list[int]) -> str:
    """Why more pages are cited than sources counted: a copy or a revision is no second
    witness ("3 sources agree [1][2][3][4]" would read as a miscount)."""
    if len(marks) <= voices:
        return ""
    return f" ({len(marks)} pages; a copy or revision of a page counts once)"


def _cite_choice(choice: Choice, add: Callable[[Passage], int]) -> None:
    """Cite a chosen sentence, and the one after or before it when that is where its reason
    is told."""
    kind = choice.span.kind if choice.span is not None else ""
    if add(choice.cand.passage) and kind == "reason-next" and choice.cand.after:
        add(choice.cand.after)
    if kind == "reason-before" and choice.cand.before:
        add(choice.cand.before)


def _voices(
    question: Question, best: Choice, agreeing: list[Choice], disputes: list[Choice]
) -> Callable[[Choice], int]:
    """How many sources give a choice's value: the best's with the peers agreeing with it, a
    disputing one's with the disputes of the same value."""
    by_id = {id(c): len(group) for _, group in _by_value(question, disputes) for c in group}
    return lambda choice: 1 + len(agreeing) if choice is best else by_id.get(id(choice), 1)


def _by_value(question: Question, disputes: list[Choice]) -> list[tuple[str, list[Choice]]]:
    """Disputing choices grouped by the value they give ("8.49pm" apart from "2045 GMT"), in
    the order they rank."""
    groups: list[tuple[str, list[Choice]]] = []
    for choice in disputes:
        value = trimmed(choice.span.text) if choice.span else ""
        same = next(
            (g for _, g in groups if agreement.compare(question, g[0].span, choice.span)), None
        )
        if same is not None:
            same.append(choice)
        else:
            groups.append((value, [choice]))
    return groups


def _stated(question: Question, best: Choice, terms: list[Term]) -> str:
    span = best.span
    if question.qtype == "yes_no":
        said = agreement.yes_or_no(question, best.cand, terms)
        if said == "No" and agreement.yes_or_no(question, best.cand, terms, plans=False) == "Yes":
            return PLANNED_ONLY  # "plans to close the school": not that it closed
        return said
    if span is None or EVENT_QUESTION.search(question.text) or STATE_QUESTION.search(question.text):
        return _row_cells(best.cand.passage.text) or whole_sentence(best.cand.passage.text)
    if ABOUT_QUESTION.match(question.text):
        return whole_sentence(best.cand.passage.text)  # "What was the suit about?"
    if question.focus.lower() in lx.REACTION_NOUNS:  # "What was the reaction of X?": what was done
        return whole_sentence(best.cand.passage.text)
    reacting = question.qtype == "how" and lx.HOW_REACTED.match(question.text)
    if reacting and span.kind not in ("said", "manner"):  # "How did she respond?": "Varo saw
        return whole_sentence(best.cand.passage.text)  # the reaction and doubled down", not "Saw"
    if asks_definition(question):  # "What is INWEGO?": what the sentence says it is
        text = best.cand.passage.text
        fallback = whole_sentence(text) if DEFINITION_QUESTION.match(question.text) else ""
        return definition_phrase(text, defined_thing(question)) or fallback or trimmed(span.text)
    if span.kind == "number":
        return trimmed(stated_sum(question.text, best.cand.passage.text, span.start, span.end))
    if span.kind == "chunk" and question.qtype in ("what", "which"):
        said = _with_of_phrase(best.cand.passage.text, span.start, span.end)
        if span.focused or said != span.text:
            return trimmed(said)
    if span.kind == "chunk" and _common_words(span) and not _typed_chunk(question, span):
        # common words the desk could neither type nor place ("tent" for "At which aid
        # station …?") are told with their sentence: alone, such words were almost never right
        return _row_cells(best.cand.passage.text) or whole_sentence(best.cand.passage.text)
    return trimmed(span.text)


PLANNED_ONLY = "No: only planned or possible so far"


def _common_words(span: Span) -> bool:
    """Whether a span opens on a common word: in lower case, or capitalised only because it
    opens its sentence ("Runners said …") and the dictionary knows it as no name."""
    if span.text[:1].islower():
        return True
    first = span.text.split()[0].lower() if span.start == 0 and span.text.split() else ""
    kinds = thesaurus.parts_of_speech(first) if first.isalpha() else ""
    return bool(kinds) and "P" not in kinds


def _typed_chunk(question: Question, span: Span) -> bool:
    """Whether common words are known to be what was asked: a colour for "Which colour …?",
    words beside the asked noun ("two *units*"), or the words in the asked verb's or the
    question's last preposition's place ("What damaged the crane?": "a falling mast"; "What
    does the board divide itself into?": "committees")."""
    return span.focused or span.slotted or question.focus.lower() in COLOUR_FOCUS


def _with_of_phrase(text: str, start: int, end: int) -> str:
    """A one-word answer with the "of" phrase that says what it is ("What caused the fire?":
    "failure of a worn seal in a pump", not "failure"), up to the phrase's
    clause end; the word alone when no "of" follows or it is no lower-case noun."""
    word = text[start:end]
    tail = OF_PHRASE.match(text, end)
    if not word.isalpha() or not word.islower() or tail is None:
        return word
    if "n" not in thesaurus.parts_of_speech(word):
        return word  # "consists of …", "typical of …": no thing named
    words: list[str] = []
    for token in tail.group(1).split():
        if token.lower() in OF_PHRASE_ENDS or len(words) == OF_PHRASE_WORDS:
            break
        words.append(token)
    return f"{word} of {' '.join(words)}" if words else word


OF_PHRASE = re.compile(r"\s+of\s+([^,;:.()\"“”]+)")
OF_PHRASE_WORDS = 16
OF_PHRASE_ENDS = lx.words(
    "which that who whom whose and but was were is are has had have said says when where while "
    "after before because as"
)


ACRONYM_ANSWER = re.compile(r"[A-Z][A-Z&]{1,7}")


def _with_long_form(store: Any, stated: str, source_id: str) -> str:
    """An acronym answer with the name its own page spells it out as beside it ("TBN (Tarn
    Bus Network)" after "Tarn Bus Network (TBN)"): the acronym alone may be all a
    sentence gives, and a reader may not know it. Another page's "USC" may be another
    body's."""
    if not ACRONYM_ANSWER.fullmatch(stated):
        return stated
    source = store.get_source(source_id)
    page = source.text if source else ""
    longs = {
        long
        for short, long in store.aliases([alias_key(stated)])
        if short == stated and (f"{long} ({short})" in page or f"{short} ({long})" in page)
    }
    return f"{stated} ({longs.pop()})" if len(longs) == 1 else stated


def _with_full_name(store: Any, stated: str, source_id: str, asked: str) -> str:
    """A surname answer ("Dobree") as the full name its own page gives ("Hamish Dobree"): the
    sentence may name the person by surname alone. Kept as it is when the page gives that
    surname to more than one given name, or to none, or when the question holds the given
    name (the answer leaves out what the question says)."""
    if not LONE_SURNAME.fullmatch(stated) or stated.lower() in GIVEN_NAMES:
        return stated
    source = store.get_source(source_id)
    page = source.text if source else ""
    pattern = re.compile(rf"\b([A-Z][a-z]+)\s+{re.escape(stated)}\b")
    given = {m.group(1) for m in pattern.finditer(page) if _given_name_like(m.group(1))}
    if len(given) != 1 or re.search(rf"\b{re.escape(next(iter(given)))}\b", asked):
        return stated
    return f"{given.pop()} {stated}"


LONE_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _given_name_like(word: str) -> bool:
    """Whether a capitalised word before a surname reads as a given name: not a title ("Judge",
    "Mr"), a small word opening a sentence ("The", "Then") or a day or month."""
    low = word.lower()
    return low in GIVEN_NAMES or not (
        low in lx.STOPWORDS
        or low in lx.TITLE_WORDS
        or low in lx.HONORIFICS
        or low in lx.NOT_NAMES
        or low in lx.CALENDAR_NAMES
        or low in abbreviations.TITLES
        or low in lx.ROLE_NOUNS
    )


def whole_sentence(text: str) -> str:
    """A sentence stated as the answer, without its final stop (or a list item's ";") and the
    reference marks a wiki page sets in it ("… corroded badly.[2]"); its citation still quotes
    it exactly."""
    return REFERENCE_MARK.sub("", text).strip().rstrip(" .;")


ROW_CELL = re.compile(r"\s*([A-Z][\w ]{0,24}):\s+([^;]+)")
WHEN_LABELS = frozenset(("date", "year", "when", "time", "day", "dates"))


def _row_cells(text: str) -> str:
    """A table row's cells other than its date, without their labels: "Date: 1951; Event: Fire
    destroys the east wing" tells what happened as "Fire destroys the east wing"; "" for a
    sentence that is no such row."""
    cells = [ROW_CELL.fullmatch(part) for part in text.rstrip(" .").split(";")]
    if len(cells) < 2 or any(cell is None for cell in cells):
        return ""
    kept = [c.group(2).strip() for c in cells if c and c.group(1).lower() not in WHEN_LABELS]
    return "; ".join(kept) if kept and len(kept) < len(cells) else ""


def trimmed(text: str) -> str:
    """A span without the punctuation it ends on, keeping an abbreviation's full stop
    ("1 p.m.", "U.S."), and without a photo credit a capture glued to it ("Kim UnAP
    Photo/Ana Vell" is "Kim Un")."""
    text = GLUED_CREDIT.sub("", text.strip()).strip()
    kept = text.rstrip(".,;:")
    kept = text[: len(kept) + 1] if ABBREVIATION_END.search(text) else kept
    return _without_lone_close(kept)


def _without_lone_close(text: str) -> str:
    """A span without a closing quotation mark whose opening one lies outside it ('because
    of the cost"' of 'she said, "because of the cost".')."""
    if text.endswith('"') and text.count('"') % 2:
        return text[:-1].rstrip(" ,.;:")
    if text.endswith("”") and text.count("”") > text.count("“"):
        return text[:-1].rstrip(" ,.;:")
    return text


GLUED_CREDIT = re.compile(r"(?<=[a-z])(?:AP|AFP|EPA|Reuters|Getty)\s?(?:Photo|Images)?/.*$")
ABBREVIATION_END = re.compile(r"(?:^|[\s.])[A-Za-z]\.[A-Za-z]\.$")


def _telling_the_year(
    days: SourceDays, question: Question, terms: list[Term], best: Choice, choices: list[Choice]
) -> tuple[Choice, str | None]:
    """For "In what year …?", an answer whose date tells the year: the best one, else the
    first other that answers with a year, else an abstention. "Friday" in an undated page
    gives no year, however well its sentence matches."""
    if not _year_untold(days, question, best):
        return best, None
    for choice in choices:
        if choice is best or choice.span is None or _year_untold(days, question, choice):
            continue
        if abstain_reason(question, terms, choice.cand, choice.span) is None:
            return choice, None
    assert best.span is not None
    return best, f"they say only “{best.span.text}”, not the year"


def _year_untold(days: SourceDays, question: Question, choice: Choice) -> bool:
    """Whether the answer to a question that asks for a year is a date without one, in its
    words or as its page dates it."""
    span = choice.span
    if question.qtype != "when" or question.focus not in YEAR_FOCUS or span is None:
        return False
    if agreement.YEAR.search(span.text):
        return False
    return days.year_at(choice.cand.passage, span.start, _day_after_clock(span)) is None


YEAR_FOCUS = frozenset(("year", "years"))


def _dated_outside_the_bound(days: SourceDays, question: Question, best: Choice) -> str | None:
    """Why a date does not answer "When …, before 2025?": its year, in its words or as its
    page dates it, lies on the other side of the bound ("Sunday" of a page of March 2025)."""
    bound = YEAR_BOUND.search(question.text)
    span = best.span
    if question.qtype != "when" or bound is None or span is None:
        return None
    told = agreement.YEAR.search(span.text)
    year = told.group() if told else days.year_at(best.cand.passage, span.start)
    if year is None:
        return None
    limit, earlier = (
        int(bound.group("year")),
        bound.group("side").lower().startswith(("before", "prior")),
    )
    if (int(year) < limit) if earlier else (int(year) >= limit):
        return None
    return f"{CLOSEST_TELLS}{bound.group('year')} or {'later' if earlier else 'earlier'}"


def _day_after_clock(span: Span) -> int:
    """Where a date span ends when it opens on the time of day ("about 11pm on Sunday"), so
    its day is read after the time; 0 for any other span (read where it starts)."""
    return span.end if CLOCK_FIRST.match(span.text) else 0


CLOCK_FIRST = re.compile(
    r"(?:\w+\s+){0,2}\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)\s+on\b", re.I
)


def _answer_day(days: SourceDays, question: Question, best: Choice) -> str | None:
    """The day a "when" answer's date means, resolved over its source."""
    span = best.span
    if question.qtype != "when" or span is None or span.kind != "date":
        return None
    return days.day_at(best.cand.passage, span.start, _day_after_clock(span))


def _before_its_page(days: SourceDays, question: Question, choice: Choice) -> bool:
    """Whether a choice tells what is past: in the past tense, or dated to a day before its own
    page was published (history, where a date ahead is asked)."""
    text = choice.cand.passage.text
    if not AHEAD_TOLD.search(text) and tells_past(text):
        return True  # "The vote was held on 3 June": no plan
    day = _choice_day(days, question, choice) or ""
    published = choice.cand.passage.published or ""
    return bool(day) and len(published) == len("2024-09-10") and day < published


def _choice_day(days: SourceDays, question: Question, choice: Choice) -> str | None:
    """The calendar day a choice's date means, read over its page, where its date is a
    relative one ("the following day") or a full day; None for a year or a month alone."""
    day = _answer_day(days, question, choice)
    return day if day and len(day) == len("2024-09-10") else None


def _yearless_date(question: Question, best: Choice) -> bool:
    """Whether a "when" answer is a day of a month without its year ("July 13")."""
    span = best.span
    if question.qtype != "when" or span is None or span.kind != "date":
        return False
    year, month, day = agreement.date_parts(span.text)
    return year is None and month is not None and day is not None


def _day_from_peers(days: SourceDays, best: Choice, agreeing: list[Choice]) -> str | None:
    """The day a yearless date answer means where its own source gives no year to read it by
    ("came on July 13" in an undated page) and an agreeing source dates it in full ("On July
    13, 2022, …")."""
    assert best.span is not None
    _, month, day = agreement.date_parts(best.span.text)
    for choice in agreeing:
        if choice.span is None or choice.span.kind != "date":
            continue
        resolved = days.day_at(
            choice.cand.passage, choice.span.start, _day_after_clock(choice.span)
        )
        if resolved and resolved[5:] == f"{month:02d}-{day:02d}":
            return resolved
    return None


ANY_YEAR = re.compile(r"\b\d{3,4}\b(?!\s*(?:am|pm|a\.m\.|p\.m\.))", re.IGNORECASE)


def _with_calendar_date(stated: str, day: str) -> str:
    """A relative or yearless date answer ("Wednesday", "23 October") with the date it means."""
    if YEAR.search(stated) or ANY_YEAR.search(stated):
        return stated  # "End of 1350" says its year
    readable = readable_date(day) or day
    weekday, _, rest = stated.replace(", ", " ", 1).partition(" ")
    if rest and weekday.lower() in lx.WEEKDAYS and readable.lower().startswith(rest.lower()):
        return f"{weekday}, {readable}"  # "Tuesday, 12 May" is "Tuesday, 12 May 2026"
    same = readable.lower().startswith(stated.lower())
    return readable if same else f"{stated} ({readable})"


def _list_answer(
    question: Question, terms: list[Term], best: Choice, choices: list[Choice]
) -> tuple[str, list[Choice]]:
    """Every item the best sentence names, then items of sentences nearly as good; for a
    question that asks for a number of things, the first sentence naming that many together."""
    count = asked_count(question)
    for choice in choices if count else []:
        run = coordinated_items(question, terms, choice.cand, count)
        if run:
            return _joined([trimmed(span.text) for span in run]), [choice]
    run = coordinated_items(question, terms, best.cand, 2)
    if run:  # "judges Ana Reyl, Tom Baskin and Lise Arno": the list itself
        return _joined([trimmed(span.text) for span in run]), [best]
    items: list[str] = []
    used = []
    floor = best.cand.coverage * LIST_PEER
    for choice in choices[:LIST_POOL]:
        if choice is not best and choice.cand.coverage < floor:
            continue
        every = choice is best or question.focus in lx.COUNTRY_FOCUS  # countries: every one
        spans = (
            _best_items(question, terms, choice) if every else _peer_items(question, terms, choice)
        )
        added = False
        for span in of_the_asked_kind(question, [s for s in spans if s is not None]):
            if best.span is not None and span.kind != best.span.kind:
                continue  # "Orsa" and not "in the hills" for "Which towns …?"
            item = trimmed(span.text)
            if item.lower() not in (i.lower() for i in items):
                items.append(item)
                added = True
        if added:
            used.append(choice)
    if not items:
        return _stated(question, best, terms), [best]
    return _joined(items), used


def _peer_items(question: Question, terms: list[Term], choice: Choice) -> list[Span | None]:
    """The items a sentence nearly as good as the best adds: its answer, with the names it
    is listed with ("ferries between Orsa and Vell")."""
    run = coordinated_items(question, terms, choice.cand, 2)
    span = choice.span
    if run and span is not None and any(s.start <= span.start < s.end for s in run):
        return list(run)  # a run that leaves out the sentence's own answer lists other things
    return [choice.span]


def _best_items(question: Question, terms: list[Term], choice: Choice) -> list[Span]:
    """The items of the best sentence: those it names together ("like Marrowdale and the
    Tessin plateau"), else every answer-shaped span it holds."""
    run = coordinated_items(question, terms, choice.cand, 2)
    if run:
        return run
    if choice.span is not None and choice.span.focused:
        return [choice.span]  # "joining the villages of Orsa …": not the sentence's other names
    return [s for s in all_spans(question, terms, choice.cand) if fits(question, choice.cand, s)]


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def stated_part(answer_text: str) -> str:
    """The stated answer at the head of an answer's text, without marks and framing."""
    head = re.split(r"\s*\[\d+\]| — ", answer_text, maxsplit=1)[0]
    return trimmed(head)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


QUOTE_SHINGLE_WORDS = 3
SAME_WORDING = 0.6  # share of three-word runs two quotes hold in common to be one wording


def _same_wording(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= SAME_WORDING


def _refs(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers if n)


def _closest(
    store: Any, candidates: list[Candidate], best: Candidate | None = None
) -> tuple[Citation, ...]:
    """The passages closest to the question, the one the abstention's reason speaks of
    ("the passage closest to it does not mention X") first; a sentence that a revision or a
    copy repeats word for word is offered once."""
    cite = Citer(store)
    ordered = ([best] if best is not None else []) + [c for c in candidates if c is not best]
    shown: set[str] = set()
    for cand in ordered:
        if len(shown) == CLOSEST:
            break
        if cand.passage.text not in shown and cite.add(cand.passage):
            shown.add(cand.passage.text)
    return tuple(cite.citations)


class Citer:
    """Numbers citations from 1, checks each quote against the source, counts voices."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.citations: list[Citation] = []
        self._texts: dict[str, Any] = {}

    def add(self, passage: Passage) -> int:
        """Cite a passage (once); its number, or 0 when its quote does not check out."""
        for c in self.citations:  # the same sentence, or one inside a quotation cited whole
            same = c.source_id == passage.source_id and c.start <= passage.start < c.end
            if same and (c.start == passage.start or passage.end <= c.end):
                return c.n
        source = self._source(passage.source_id)
        if source is None or source.text[passage.start : passage.end] != passage.text:
            return 0
        n = len(self.citations) + 1
        self.citations.append(
            Citation(n, passage.source_id, passage.start, passage.end, passage.text,
                     source.origin, source.title)
        )  # fmt: skip
        return n

    def marks(self) -> list[int]:
        """The numbers given so far."""
        return [c.n for c in self.citations]

    def voices(self) -> int:
        """Independent sources among the cited: revisions of one article are one voice, and so
        are pages that say it in the same words (a syndicated or wire copy is no second
        witness: "said on Tuesday" against "said on 12 September" is one sentence)."""
        roots = [self.article(c.source_id) for c in self.citations]
        worded: list[set[str]] = []  # the wording of each voice found so far
        voices: set[str] = set()
        for root, c in zip(roots, self.citations, strict=True):
            words = shingles(c.quote, QUOTE_SHINGLE_WORDS)
            if root in voices or any(_same_wording(words, w) for w in worded):
                continue
            voices.add(root)
            worded.append(words)
        return len(voices)

    def article(self, source_id: str) -> str:
        """The first snapshot of the article a source is a revision of (itself if none)."""
        older = older_snapshots(self._source, source_id)
        return older[-1] if older else source_id

    def add_peer(self, passage: Passage) -> int:
        """Cite a passage that agrees with the answer, unless another snapshot of its article
        is cited already: a revision that says it again is the same article saying it, and
        quoting it twice only makes the reader compare two near-identical quotes."""
        article = self.article(passage.source_id)
        if any(
            c.source_id != passage.source_id and self.article(c.source_id) == article
            for c in self.citations
        ):
            return 0
        return self.add(passage)

    def _source(self, source_id: str) -> Any:
        if source_id not in self._texts:
            self._texts[source_id] = self.store.get_source(source_id)
        return self._texts[source_id]
