"""Decide when the desk does not hold the answer, and say so in one fixed phrase.

A sentence answers a question only if it (with its heading, title and the sentence before it)
holds every key constraint of the question — each name, year and number — covers enough of the
question's IDF-weighted content, and has the shape of answer the question asks for (a date for
"when", a figure for "how many" ...). A near miss — the same subject but another year, another
person, another figure — fails the first test, which is the point.
"""

from __future__ import annotations

import re
from typing import Any

from sourcedesk.answer import lexicon as lx
from sourcedesk.answer import variants as var
from sourcedesk.answer.agreement import event_words, other_object
from sourcedesk.answer.figures import (
    GENERAL_FOCUS,
    counts_other_noun,
    figure_noun,
    partitive_noun,
)
from sourcedesk.answer.kinship import asked_relative
from sourcedesk.answer.lexicon import NEGATIONS, WORD_FOCUS, WORD_USE_FRAME
from sourcedesk.answer.people_places import (
    PERSON_NOUNS,
    after_place_word,
    asks_person_by_noun,
    person_score,
)
from sourcedesk.answer.phrases import ACTION_QUESTION, ANIMAL_KINDS, NAME_OF_QUESTION
from sourcedesk.answer.question import Question
from sourcedesk.answer.retrieve import (
    Candidate,
    SentenceWords,
    Term,
    match_key,
    ordinary_terms,
)
from sourcedesk.answer.shapes import asks_role
from sourcedesk.answer.spans import Span, question_positions
from sourcedesk.records import KEY_FACTS

ABSTAIN_PHRASE = "The sources do not say"
MIN_COVERAGE = 0.45  # weighted share of the question a sentence must cover
MIN_COVERAGE_WHY = 0.4  # a reason is often told in other words than the question's
MIN_WORD_COVERAGE = 0.2  # and this share of its ordinary (not name) words
YES_COVERAGE = 0.5  # a yes or no needs more of the question than other answers
# and more than this share of its ordinary words, said or denied: "Will the plant close?" is not
# answered by "… will cut 1,200 jobs at its plant", which names the plant and nothing of closing
YES_WORD_COVERAGE = 0.5
WORD_KINDS = frozenset(("quoted", "named"))  # spans that give a word as the sources wrote it
NO_SHAPE = "no passage gives that"  # the sentence has the question, not the answer's shape
NO_COVER = "no passage covers what was asked"
NOT_NEGATED = "none of them says that it did not happen"  # a question's "not" the sentence lacks
OTHER_SEX = "the passage closest to it speaks of someone of the other sex"
NOT_HAPPENED = "they say it has not happened"  # the asked act, denied in the sentence
CLOSEST_LACKS = "the passage closest to it does not mention "
CLOSEST_TELLS = "the passage closest to it tells of "  # "… of 2026 or later"
SHAPED_TYPES = frozenset(("when", "how_many", "how_much", "who", "where", "why"))
# Words of roles that also modify other nouns ("the name of the county"): no person asked.
ROLE_MODIFIERS = lx.words(
    "district federal senior assistant regional associate managing national county head chief"
    " foreign defense defence deputy vice prime host"
)
# A subject that denies what the sentence goes on to say of it: "None of the other teams --
# the Red Sox, … -- has offered more than eight years" tells no team's offer.
CLAUSE_BREAK = re.compile(r",\s+(?:while|so|which|but|and|whereas)\b|;")
DENYING_SUBJECT = re.compile(
    r"\s*[\"“‘']?(?:none of|neither|no other|nobody|no one|not one of)\b", re.I
)
# Counted things a sentence may leave unnamed: units of time, measures, "things" in general.
UNCOUNTED_FOCUS = GENERAL_FOCUS | lx.DURATION_UNITS | lx.FIGURE_FOCUS | lx.UNITS


# "… before 2026?", "… prior to 1990?", "… since 2010?", "… after 1998?"
YEAR_BOUND = re.compile(
    r"\b(?P<side>before|prior\s+to|since|after)\s+(?:the\s+end\s+of\s+)?"
    r"(?P<year>(?:1[5-9]|20)\d\d)\b",
    re.IGNORECASE,
)
STATED_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
BOUNDED_TYPES = frozenset(("yes_no", "how_many", "how_much"))
BEFORE_WORD = re.compile(r"\b(?:before|prior\s+to|until|ahead\s+of)\b", re.IGNORECASE)
AFTER_WORD = re.compile(r"\b(?:after|since|following)\b", re.IGNORECASE)
SIDE_REACH = 20  # characters before a year where its "before" may stand ("before the 2022 …")


def _year_bound_unmet(question: Question, cand: Candidate, span: Span | None) -> str:
    """Why a sentence does not answer a question bounded by a year ("before 2026"): every year
    it gives lies on the other side of the bound ("ran aground on 6 March 2026"), or for "When
    …?" every year its answer gives; "" when it gives a year inside the bound, or none."""
    bound = YEAR_BOUND.search(question.text)
    when = question.qtype == "when" and span is not None
    if bound is None or not (when or question.qtype in BOUNDED_TYPES):
        return ""  # "Why was the check left until 2025?" asks about that year itself
    limit, side = int(bound.group("year")), bound.group("side").lower()
    text = span.text if when and span is not None else cand.passage.text
    years = [(int(m.group()), m.start()) for m in STATED_YEAR.finditer(text)]
    earlier = side.startswith(("before", "prior"))
    same_side = BEFORE_WORD if earlier else AFTER_WORD
    inside = [
        y
        for y, at in years
        # "Before the 2022 invasion, …" is inside "before 2022"
        if (y < limit if earlier else y >= limit)
        or same_side.search(text, max(0, at - SIDE_REACH), at)
    ]
    if not years or inside:
        return ""
    told = "later" if earlier else "earlier"
    return f"{CLOSEST_TELLS}{bound.group('year')} or {told}"


def abstain_reason(
    question: Question,
    terms: list[Term],
    cand: Candidate | None,
    span: Span | None,
    floor: float | None = None,
) -> str | None:
    """Why the best candidate does not answer the question, or None when it does (`floor`: a
    share of the question's weight to cover other than the usual one)."""
    if cand is None or not terms:
        return "nothing in the sources matches the question"
    missing = cand.missing_required(terms)
    if missing:
        return CLOSEST_LACKS + _quoted(missing)
    rank = _rank_unsaid(question, cand) or _post_word_unsaid(question, cand)
    if rank:
        return CLOSEST_LACKS + f"“{rank}”"  # "Who is the deputy chair …?": "chaired by X"
    if _post_of_another(question, terms, cand):
        return NO_COVER  # "Vell's operations director" holds no post at Tarn Estates
    bound = _year_bound_unmet(question, cand, span)
    if bound:
        return bound  # "Had it run aground before 2026?": "ran aground on 6 March 2026"
    if _later_period_unsaid(question, cand):
        return NO_COVER  # "in the third month" is not "in the month since the closure"
    if question.negated and question.qtype != "yes_no" and not _negated(cand):
        return NOT_NEGATED
    if (
        not question.negated
        and question.qtype != "yes_no"
        and _denied_for_all(cand, span)
        and not _denial_said(question, span)
    ):
        # "None of the teams has offered more than …"; "No one had heard from them since …"
        # denies something else, and a user must not read it as a finding
        return "they say none of them did" if _denies_the_asked(cand, terms) else NO_COVER
    if (
        question.qtype == "when"
        and not DENYING_QUESTION.search(question.text)
        and not _last_since(question, cand)
        and _asked_act_denied(terms, cand)
    ):
        return NOT_HAPPENED  # "By June the board still had not released its findings"
    if question.qtype == "when" and _time_said_unknown(terms, cand, span):
        return NO_COVER  # "… and was unable to say when the ferry would sail"
    if _other_sex(question, cand):  # "the woman who died" is not "Ivo Tarn, a 71-year-old man"
        return OTHER_SEX  # not NO_COVER: a sentence below must not give the same man
    if _purpose_of_other_act(question, terms, cand, span):
        return NO_COVER  # a purpose the sentence gives its own act
    if _other_fare_class(question, cand):
        return NO_COVER  # "the child fare" is not "a single adult fare"
    if _asked_event_unsaid(question, terms, cand):
        return NO_COVER  # "When was the tower built?" is not "the tower was shut on Wednesday"
    if _in_charge_unsaid(question, terms, cand):
        return NO_COVER  # "Who runs things at the depot?" is not "votes from the depot"
    if _taking_post_unsaid(question, cand):
        return NO_COVER  # "When did Vell become leader?" is not "Vell, the leader, said on 4 May"
    opposite = cand.contradicted(terms)
    if opposite and question.qtype != "yes_no":  # to a yes/no question the opposite says "No"
        return "they say the opposite of " + ", ".join(f"“{t.concept.surface}”" for t in opposite)
    if question.qtype == "yes_no" and nobody_did(question, terms, cand):
        return None  # "Did anyone drown?": "No one drowned." says no
    if question.qtype == "yes_no" and _anyone_act_unsaid(question, terms, cand):
        return NO_COVER  # "Did anyone die?" is not answered by "a fire broke out"
    if question.qtype == "yes_no" and _only_asked_for(question, cand):
        return NO_COVER  # "Was it awarded costs?" is not answered by "it applied for costs"
    if question.qtype == "yes_no" and _plea_for_a_verdict(question, cand):
        return NO_COVER  # "Was he convicted?" is not answered by "he pleaded not guilty"
    if question.qtype == "yes_no" and _participle_unsaid(question, terms, cand, opposite):
        return NO_COVER  # "Has the scheme been scrapped?" is not "the scheme is the largest"
    if floor is None:
        floor = MIN_COVERAGE_WHY if question.qtype == "why" else MIN_COVERAGE
    if question.qtype == "yes_no":
        floor = YES_COVERAGE
    words_missing = cand.word_coverage < MIN_WORD_COVERAGE and not (span and span.focused)
    if words_missing and _event_of_page(question, terms, cand):
        words_missing = False  # "What happened to the pier in 1962?" on the pier's own page
    coverage = cand.coverage
    if question.qtype == "yes_no":  # the opposite of a word answers "No" ("would stay open")
        coverage += sum(t.weight for t in opposite) / (sum(t.weight for t in terms) or 1.0)
        words_missing = _predicate_share(cand, terms, opposite, question) <= YES_WORD_COVERAGE
        # "Will there be a festival in 2026?" asks whether it happens: "will not take place"
        words_missing = words_missing and not _occurrence_told(question, cand)
        # "sentenced to three years" answers "sentenced to life?" with a no
        words_missing = words_missing and not other_object(question, cand)
    if coverage < floor or words_missing:
        return NO_COVER
    bare = question.qtype == "yes_no" and not ordinary_terms(terms)
    if bare and _predicate_unsaid(question, cand) and not _occurrence_told(question, cand):
        return NO_COVER  # "Did Vell get out?" is not answered by "Vell stayed in the enclosure"
    if question.qtype == "yes_no" and _spent_time_said(cand):
        return NO_COVER  # "Did the trust pay them?" is not "the gang spent two weeks inside"
    if _lesser_post(question, terms, cand):
        return NO_COVER  # "Who is the chancellor?" is not "Vice-Chancellor Ada Vell"
    if _other_portfolio(question, cand):
        return NO_COVER  # "the cabinet member for leisure" is not "cabinet member for finance"
    if _unbound_agent(question, terms, cand):
        return NO_COVER  # "Toma Linde, founder of Enterprise …" does not say who founded EDS
    if _unnamed_role(question, terms, cand, span):
        return NO_COVER  # "the name of the judge": "ordered by a judge to … check in with RCMP"
    if span is not None and _count_of_unsaid_thing(question, terms, cand, span):
        return NO_COVER  # "How many children …?" is not answered by "… involves only two"
    if _sum_of_unsaid_kind(question, cand):
        return NO_COVER  # "How large a fine …?" is not answered by the deal's value
    if _penalty_for_unsaid_cause(question, terms, cand):
        return NO_COVER  # "fined over the jaguar escape" is not "fined £12,500" for a lion
    if _cost_of_other_thing(question, cand):
        return NO_COVER  # "What will the review cost?": not "the cost of the roof repairs"
    if _costed_thing_unsaid(question, terms, cand):
        return NO_COVER  # "How much will the repairs cost?": not "built at a cost of £28m"
    shaped = question.qtype in SHAPED_TYPES or _names_a_kind(question)
    shaped = shaped or asked_relative(question.text) is not None  # "the name of X's nephew"
    shaped = shaped or ACTION_QUESTION.match(question.text) is not None  # "What did X do?"
    shaped = shaped or lx.VOTE_QUESTION.search(question.text) is not None  # "How did X vote?"
    shaped = shaped or lx.FINDING_QUESTION.match(question.text) is not None  # "… conclude?"
    # "Who is X?" without a title is answered by the sentence about X
    if span is None and shaped and not asks_role(question):
        return NO_SHAPE
    if _asks_a_word_used(question) and (span is None or span.kind not in WORD_KINDS):
        return NO_SHAPE  # the word itself, quoted or named, or nothing
    return None


# "could not say when", "did not say when", "it is unclear when": the time of what follows is
# not known, whatever other date the sentence gives
UNKNOWN_WHEN = re.compile(
    r"\b(?:(?:could|can|would|will|did|does|do)\s*(?:not|n['’]t)|cannot|unable\s+to|declined\s+to|"
    r"refused\s+to)\s+(?:say|tell|confirm|give|predict|know)\s+when\b|\b(?:unclear|unknown|"
    r"not\s+(?:yet\s+)?known|not\s+clear)\s+when\b",
    re.IGNORECASE,
)


def _time_said_unknown(terms: list[Term], cand: Candidate, span: Span | None) -> bool:
    """Whether the sentence says the time of the asked deed is not known ("expected the pier to
    open on Friday, and was unable to say when the ferry would sail" for "When did the ferry
    sail?"): some of the question's event words stand after such a phrase and the date found
    stands before it, so it dates something else."""
    found = UNKNOWN_WHEN.search(cand.passage.text)
    if found is None:
        return False
    if span is not None and span.start >= found.end():
        return False  # "could not say when, but expected by May": the date is after it
    words = cand.words
    asked = [words.spans[p][0] for p, _ in question_positions(event_words(terms), words)]
    return any(at >= found.end() for at in asked)


FEMALE_WORDS = lx.words("woman women girl girls female lady mrs ms mother daughter wife widow")
MALE_WORDS = lx.words("man men boy boys male gentleman mr father son husband widower")
ASKED_SEX = {
    **dict.fromkeys(lx.words("woman women girl girls female lady"), (FEMALE_WORDS, MALE_WORDS)),
    **dict.fromkeys(lx.words("man men boy boys male gentleman"), (MALE_WORDS, FEMALE_WORDS)),
}


def _other_sex(question: Question, cand: Candidate) -> bool:
    """Whether a question about someone of one sex ("the woman who died") meets a sentence
    that describes only people of the other ("a 71-year-old man"): a near miss."""
    if question.qtype not in ("who", "what", "which"):
        return False
    asked = next((ASKED_SEX[w] for w in _lower_words(question.text) if w in ASKED_SEX), None)
    if asked is None:
        return False
    same, other = asked
    said = set(cand.words.folded)
    return bool(said & other) and not said & same


# Classes of a price or a ticket that exclude each other: the adult fare is not the child's.
FARE_CLASSES = (
    lx.words("adult adults child children child's senior seniors pensioner pensioners student"),
    lx.words("single return"),
    lx.words("peak off-peak"),
)

PRICED = lx.words("fare fares ticket tickets price prices fee fees pass passes cost costs")


def _other_fare_class(question: Question, cand: Candidate) -> bool:
    """Whether a question asks the price of one class of fare or ticket ("the child fare")
    and the sentence prices only another ("a single adult fare … £3.20"): a near miss."""
    asked = set(question.text.lower().replace("?", " ").split())
    if question.qtype != "how_much" and not asked & PRICED:
        return False  # "What did the student say?" asks no price
    said = set(cand.words.folded)
    return any(
        asked & group and said & group and not asked & said & group for group in FARE_CLASSES
    )


def _purpose_of_other_act(
    question: Question, terms: list[Term], cand: Candidate, span: Span | None
) -> bool:
    """Whether a why-question is answered by a purpose ("to pay its debts") in a sentence that
    says none of the question's words itself, only the sentence before does: "The firm sold
    the vessel to pay its debts" gives the purpose of selling, not of declining to comment."""
    if question.qtype != "why" or span is None or not PURPOSE.match(span.text):
        return False
    asked = [t for t in terms if t.concept.kind == "word"]
    own = cand.words.folded
    return bool(asked) and not any(_said_in(t, own) for t in asked)


PURPOSE = re.compile(r"(?:in order |so as )?to\s", re.IGNORECASE)


def _said_in(term: Term, folded: list[str]) -> bool:
    """Whether a term's word, a synonym or another form of it ("sold" for "sell") stands in
    these words."""
    asked = {var.stem(w) for w in term.concept.words}
    asked |= {var.stem(s) for w in term.concept.words for s in var.synonyms(w)}
    return any(var.stem(lx.IRREGULAR_VERBS.get(f, f)) in asked for f in folded)


PASSIVE_BE = lx.words("was were is are")
# Verbs a "when" question may end on that name no event of their own.
ANY_EVENT = lx.words("happen happened occur occurred held take place begin start end")


def _asked_event_unsaid(question: Question, terms: list[Term], cand: Candidate) -> bool:
    """Whether the participle a passive "when" question ends on, its event ("When was the
    tower built?"), is met neither in the sentence, the one before, nor its section: a date
    there is of another event. (Read only from the question's last word: a participle inside
    the question, or one of a count, is too often told in other words, "made public" as
    "announced", "emptied" as "evacuated".)"""
    if question.qtype != "when":
        return False
    words = lx.LETTERS.findall(question.text.lower())
    if len(words) < 4 or words[1] not in PASSIVE_BE:
        return False  # "When did the pope visit the region?" may end on the verb's object
    last = words[-1]
    if last in ANY_EVENT or not lx.past_form(last):
        return False
    asked = [
        i
        for i, t in enumerate(terms)
        if t.concept.kind == "word" and t.concept.surface.lower() == last
    ]
    return bool(asked) and all(cand.word_credit(i) == 0 for i in asked)


WHO_IS_IN_CHARGE = re.compile(
    r"^\W*who\s+(?:is|was|are|were|will\s+be|has\s+been|had\s+been)\s+(?:now\s+|currently\s+|"
    r"overall\s+)?in\s+(?:overall\s+)?charge\b",
    re.IGNORECASE,
)


def _in_charge_unsaid(question: Question, terms: list[Term], cand: Candidate) -> bool:
    """Whether a "Who is in charge of X?" question meets a sentence that says nobody leads,
    runs, heads or manages anything: a name there has some other part in X."""
    if not WHO_IS_IN_CHARGE.match(question.text):
        return False  # "Who was Ada put in charge of feeding?" asks of another party
    asked = [i for i, t in enumerate(terms) if t.concept.words == ("charge",)]
    return bool(asked) and all(cand.word_credit(i) == 0 for i in asked)


# "When did Ada Vell become leader?", "When was she appointed chief executive?": the day of
# taking a post, which a sentence that only names the post's holder does not give.
TAKING_POST_QUESTION = re.compile(
    r"^\W*(?:when|(?:in\s+|on\s+)?(?:what|which)\s+(?:year|date|month|day))\s+"
    r"(?:did|was|were|had|has|is|will)\b.*\b(?:elected\s+(?:to|as|onto)\b|"
    r"(?:become|appointed|elected|named)"
    r"\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[a-z]+\s+){0,2}?(?:"
    + "|".join(sorted(lx.POSTS))
    + r")\b|promoted|sworn\s+in|hired|took\s+over|take\s+over|take\s+charge)",
    re.IGNORECASE,
)
TAKING_POST_WORDS = re.compile(
    r"\b(?:bec[oa]m\w*|appoint\w*|elect\w*|nam(?:ed|ing)|promot\w*|chos\w*|sworn|hired|"
    r"took|tak\w+|succeed\w*|since|join\w*|install\w*|replac\w*|step\w*\s+up|"
    r"assum\w*|inaugurat\w*)\b",
    re.IGNORECASE,
)


def _taking_post_unsaid(question: Question, cand: Candidate) -> bool:
    """Whether a question asks when someone took a post and neither the sentence nor the one
    before tells of taking one (a date there is of something the holder did)."""
    successor = question.qtype == "who" and SUCCESSOR_QUESTION.search(question.text)
    if not successor and (
        question.qtype != "when" or not TAKING_POST_QUESTION.match(question.text)
    ):
        return False
    around = " ".join(p.text for p in (cand.before, cand.passage) if p is not None)
    return TAKING_POST_WORDS.search(around) is None


# "Who succeeded / replaced Ada Vell?", "Who is her successor?": someone taking her post, which
# a sentence that only says she left does not name
SUCCESSOR_QUESTION = re.compile(r"\b(?:succeed\w*|replac\w*|successor)\b", re.IGNORECASE)


# A rank below or beside a post ("deputy chair", "vice-president", "acting director"): its
# holder is someone else than the post's, so a sentence naming the post's holder is a near miss.
RANKED_POST = re.compile(
    r"\b(deputy|vice|assistant|acting|interim|associate)[\s-]+(?:[a-z]+[\s-]+)?"
    rf"(?:{'|'.join(sorted(lx.POSTS))})s?\b",
    re.IGNORECASE,
)


def _rank_unsaid(question: Question, cand: Candidate) -> str | None:
    """The rank a question gives the post it asks about ("deputy"), when the sentence and the
    one before it do not say it."""
    asked = RANKED_POST.search(question.text)
    if asked is None:
        return None
    rank = asked.group(1).lower()
    around = " ".join(p.text for p in (cand.before, cand.passage) if p is not None)
    return None if re.search(rf"\b{rank}\b", around, re.IGNORECASE) else rank


POST_HEADS = lx.words("officer director manager secretary editor adviser advisor commissioner")


# "in the third month of the dispute": a later stretch than the one most reports count
LATER_PERIOD = re.compile(
    r"\b(?P<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:day|week|month|year|quarter|half|round|phase|stage|season|night|weekend)s?\b",
    re.IGNORECASE,
)


def _later_period_unsaid(question: Question, cand: Candidate) -> bool:
    """Whether a question asks about a later stretch of something ("the third month") that
    neither the sentence nor the one before names by its ordinal: a figure there is of
    another stretch (the first month's total)."""
    asked = LATER_PERIOD.search(question.text)
    if asked is None:
        return False
    ordinal = asked.group("ordinal").lower()
    said = set(cand.words.folded)
    if cand.before is not None:
        said |= set(SentenceWords.of(cand.before.text).folded)
    return ordinal not in said


OWNED_POSTS = POST_HEADS | lx.words(
    "executive chair chairman chairwoman president leader spokesman spokeswoman spokesperson"
)
OWNER_BEFORE = re.compile(r"\b(?P<owner>[A-Z][\w-]*)['’]s\s+(?:[a-z]+\s+){0,2}$")


def _post_of_another(question: Question, terms: list[Term], cand: Candidate) -> bool:
    """Whether "Who is the operations director of Tarn Estates?" meets a sentence that gives
    the post to another owner ("Vell's operations director Ada Brand"), the asked body being
    met only around the sentence: that person holds the post elsewhere."""
    if question.qtype != "who":
        return False
    unmet = [t for i, t in enumerate(terms) if t.is_name and not cand.matched.get(i)]
    if not unmet:
        return False
    asked = {w for t in terms if t.is_name for form in t.forms for w in form}
    words, text = cand.words, cand.passage.text
    for k, folded in enumerate(words.folded):
        if folded not in OWNED_POSTS:
            continue
        owner = OWNER_BEFORE.search(text, 0, words.spans[k][0])
        if owner and var.fold(owner.group("owner")) not in asked:
            return True
    return False


def _post_word_unsaid(question: Question, cand: Candidate) -> str | None:
    """The word a "who" question puts before a post's head ("chief *medical* officer") when
    the sentence names that post's head without it ("Chief Executive Officer"), nor says it
    in the sentence before: another post."""
    if question.qtype != "who":
        return None
    asked = [w for w in re.findall(r"[A-Za-z]+", question.text) if w.islower()]
    said = set(cand.words.folded)
    around = said | (set(SentenceWords.of(cand.before.text).folded) if cand.before else set())
    for k, head in enumerate(asked):
        if head not in POST_HEADS or head not in said:
            continue
        for word in asked[max(0, k - 2) : k]:
            if word not in lx.STOPWORDS and word not in around:
                return word
    return None


def _predicate_unsaid(question: Question, cand: Candidate) -> bool:
    """Whether a yes/no question made of a name and common words ("Did Vell get out?") asks
    something the sentence does not say: one of its words other than the opening auxiliary,
    the names and the determiners is missing from the sentence."""
    words = lx.LETTERS.findall(question.text.lower())
    if words and words[0] in lx.AUXILIARIES:
        words = words[1:]
    named = {w for c in question.concepts if c.kind == "name" for w in c.words}
    asked = [w for w in words if w not in named and w not in PREDICATE_FILLERS]
    said = {match_key(w) for w in cand.words.folded}
    return any(match_key(w) not in said for w in asked)


# Words of a yes/no question that say nothing of its predicate ("Did he ever get out?").
PREDICATE_FILLERS = lx.words(
    "the a an his her its their any ever also still already really he she it they him them"
)


# "Has it been scrapped?", "Will it be closed?", "Did they get paid?": the asked participle
# "… been scrapped?", and a clause said that ends the question ("… said that guests were
# charged?")
ASKED_PARTICIPLE = re.compile(
    r"(?:\b(?:been|be|get|got|gotten)|\bthat\s+(?:[\w'’-]+\s+){1,4}(?:was|were|is|are)"
    r"|^\W*(?:was|were|is|are)\s+(?:[\w'’-]+\s+){1,5}?)"
    r"\s*(?P<verb>[a-z]+)\s*\??\s*$",
    re.IGNORECASE,
)  # not "… while production was stopped?": a time, not what is asked


def _participle_unsaid(
    question: Question, terms: list[Term], cand: Candidate, opposite: list[Term]
) -> bool:
    """Whether a yes/no question ends on a participle ("… been scrapped?") that the sentence
    neither says nor contradicts: it tells something else of the same thing."""
    found = ASKED_PARTICIPLE.search(question.text)
    if found is None:
        return False
    verb = found.group("verb").lower()
    if not (verb.endswith(("ed", "en")) or verb in lx.IRREGULAR_VERBS):
        return False
    for i, term in enumerate(terms):
        if term.concept.kind == "word" and term.concept.words == (verb,):
            return not cand.matched.get(i) and term not in opposite
    return False


def _occurrence_told(question: Question, cand: Candidate) -> bool:
    """Whether a question asks only whether something happens ("Will there be a festival next
    year?", "Was there an inquest?") and the sentence tells whether it does ("will not take
    place", "went ahead", "was called off")."""
    return (
        bool(EXISTENTIAL.match(question.text)) and OCCURRENCE.search(cand.passage.text) is not None
    )


EXISTENTIAL = re.compile(
    r"^\s*(?:will|would|is|was|were|are|has|have|had)\s+there\s+(?:be|been|going\s+to\s+be)\b",
    re.IGNORECASE,
)
OCCURRENCE = re.compile(
    r"\b(?:take|takes|took|taken|taking)\s+place\b|\b(?:go|goes|went|gone|going)\s+ahead\b"
    r"|\b(?:be|been|is|was|were|are)\s+(?:held|staged)\b|\bhappen(?:s|ed)?\b"
    r"|\b(?:cancell?ed|called\s+off|scrapped)\b",
    re.IGNORECASE,
)


def _predicate_share(
    cand: Candidate, terms: list[Term], opposite: list[Term], question: Question | None = None
) -> float:
    """The share of a yes/no question's ordinary words a sentence says or says the opposite of
    ("lost" for "win"); 1.0 when the question has none. Words of a closing time clause ("…
    when the body was examined?") only set the scene and are left out when others remain."""
    ordinary = ordinary_terms(terms)
    scene = _time_clause_words(question.text) if question is not None else frozenset()
    asked = [i for i in ordinary if not set(terms[i].concept.words) <= scene]
    ordinary = asked or ordinary
    total = sum(terms[i].weight for i in ordinary)
    if not total:
        return 1.0
    held = sum(
        terms[i].weight * (1.0 if terms[i] in opposite else cand.word_credit(i)) for i in ordinary
    )
    return held / total


def _time_clause_words(text: str) -> frozenset[str]:
    """The words of a yes/no question's closing time clause ("Was TB found when the body was
    examined?": body, examined), which no answering sentence need repeat."""
    found = TIME_CLAUSE.search(text)
    if found is None:
        return frozenset()
    before = set(re.findall(r"[\w'’-]+", text[: found.start()].lower()))
    after = set(re.findall(r"[\w'’-]+", found.group(1).lower()))
    return frozenset(w.removesuffix("'s").removesuffix("’s") for w in after - before)


TIME_CLAUSE = re.compile(r"\s(?:when|while|as|after|once)\s+(.+?)\??\s*$", re.IGNORECASE)


# Words of a question's time frame, which a denying clause's own date does not make asked.
FRAME_WORDS = frozenset(("since", "year", "years", "when", "date", "day", "time"))


def _denied_for_all(cand: Candidate, span: Span | None) -> bool:
    """Whether the answer stands in a clause whose subject denies it ("None of the other teams
    has offered more than eight years"), not in a clause after it ("No one was hurt by the
    blast, which destroyed 12 homes")."""
    text = cand.passage.text
    if not DENYING_SUBJECT.match(text):
        return False
    return span is None or not CLAUSE_BREAK.search(text, 0, span.start)


def _spent_time_said(cand: Candidate) -> bool:
    """Whether a question word is met only through a synonym and the sentence says "spend"
    of time: "the gang spent nine days inside" is no payment. (A sentence meeting one word
    through a synonym may still answer: an infobox's "Deaths: 0" says no one was killed.)"""
    if all(c >= 1.0 for c in cand.matched.values()):
        return False
    folded = cand.words.folded
    return any(
        word in SPEND_FORMS and lx.DURATION_UNITS & set(folded[i + 1 : i + 1 + SPENT_TIME_WORDS])
        for i, word in enumerate(folded)
    )


SPEND_FORMS = lx.words("spend spends spent spending")  # "spent nine days inside": no payment
SPENT_TIME_WORDS = 4  # "spent more than two weeks"


def _denial_said(question: Question, span: Span | None) -> bool:
    """Whether a denial is the words asked for: to "What did Ada Vell say?" the answer
    "'Nobody asked the fleet,' said Ada Vell" gives what she said, not a finding of none."""
    return (
        span is not None
        and span.kind == "said"
        and bool(lx.WHAT_SAID_QUESTION.search(question.text))
    )


def nobody_did(question: Question, terms: list[Term], cand: Candidate) -> bool:
    """Whether "Did anyone …?" meets a sentence whose subject is "nobody" or "no one" and which
    tells the asked act ("No one was killed."): a short sentence leaves the scene to the ones
    before it, so the question's other words need not be in it."""
    if not ANYONE_QUESTION.match(question.text) or not DENYING_SUBJECT.match(cand.passage.text):
        return False
    return any(
        terms[i].concept.kind == "word" and not terms[i].light and credit > 0
        for i, credit in cand.matched.items()
    )


def _anyone_act_unsaid(question: Question, terms: list[Term], cand: Candidate) -> bool:
    """Whether "Did anyone <verb> …?" meets a sentence that does not tell the verb."""
    asked = ANYONE_QUESTION.match(question.text)
    if asked is None:
        return False
    verb = question.text[asked.end() :].split()
    if not verb:
        return False
    act = match_key(verb[0].lower().strip("?,."))
    return any(
        i not in cand.matched
        for i, t in enumerate(terms)
        if t.concept.kind == "word" and match_key(t.concept.words[0]) == act
    )


ANYONE_QUESTION = re.compile(
    r"^\W*(?:did|was|were|has|have|had|is|are|will)\s+(?:anyone|anybody|any\s+\w+)\b", re.I
)


LAST_ASKED = re.compile(r"\blast\b", re.IGNORECASE)


def _last_since(question: Question, cand: Candidate) -> bool:
    """Whether "When was it last seen?" meets "it had not been seen since 1962": the denial
    since a date tells when it last happened."""
    return LAST_ASKED.search(question.text) is not None and "since" in cand.words.folded


def _asked_act_denied(terms: list[Term], cand: Candidate) -> bool:
    """Whether the sentence denies the question's act: one of its ordinary words stands right
    after "not", "never", "-n't", "yet to" or "failed to" ("still had not released its
    findings" does not say when they were released). "not … until" tells when it did happen."""
    words = cand.words
    ordinary = [t for t in terms if t.concept.kind == "word" and not t.light]
    # the act said in other words is denied too ("would not appeal" for "file a challenge")
    asked = {match_key(w) for t in ordinary for f in t.forms for w in f}
    asked |= {key for t in ordinary for key in t.loose}
    text = cand.passage.text
    for k, key in enumerate(words.keys):
        if (
            key in asked
            and _denied_at(words.folded, k)
            and "-" not in text[words.spans[k - 1][0] : words.spans[k][0]]
        ):
            # "the do-not-enter order was lifted" denies nothing
            return not any(w in DELAYED_NOT_DENIED for w in words.folded[k + 1 :])
    return False


def _denied_at(folded: list[str], k: int) -> bool:
    """Whether word k follows a denial, over "yet", "ever", "been", "be" ("has never been
    released", "had not yet released", "hasn't released", "is yet to release")."""
    i = k - 1
    while i >= 0 and folded[i] in DENIAL_FILLERS and k - i <= DENIAL_REACH:
        i -= 1
    if i < 0:
        return False
    if folded[i] in ("not", "never"):
        return not (i + 1 < len(folded) and folded[i + 1] == "only")  # "not only … but"
    if folded[i] == "t" and i > 0 and folded[i - 1].endswith("n"):
        return True  # "hasn't", split as "hasn" "t"
    return folded[i] == "to" and i > 0 and folded[i - 1] in ("yet", "failed", "refused")


DENIAL_FILLERS = lx.words("yet ever been be have")
# A question that asks about a denial itself ("When did the crew fail to stop it?").
DENYING_QUESTION = re.compile(
    r"\b(?:not|never|fail\w*|refus\w*|avoid\w*|declin\w*)\b|n[’']t\b", re.I
)
DENIAL_REACH = 3
DELAYED_NOT_DENIED = lx.words("until till")


def _denies_the_asked(cand: Candidate, terms: list[Term]) -> bool:
    """Whether the denying clause tells what the question asks, not something else ("No one
    had heard from them since 2007, when they tried to buy the estate")."""
    text = cand.passage.text
    first_clause = CLAUSE_BREAK.search(text)
    end = first_clause.start() if first_clause else len(text)
    comma = text.find(",")
    end = min(end, comma) if comma > 0 else end  # "No one had heard from them since 2019, when …"
    asked = {
        match_key(w)
        for t in terms
        if not t.is_name and t.concept.kind == "word"
        for form in t.forms
        for w in form
        if w not in lx.STOPWORDS and w not in FRAME_WORDS
    }
    spans = cand.words.spans
    return any(
        key in asked for key, (start, _) in zip(cand.words.keys, spans, strict=True) if start < end
    )


# Words that make a post another, lower one: the vice-chancellor is not the chancellor.
LESSER_RANKS = lx.words("vice deputy assistant sub")


def _lesser_post(question: Question, terms: list[Term], cand: Candidate) -> bool:
    """Whether a word of the question is met only as part of a lesser post ("Vice-Chancellor",
    "deputy editor") the question does not ask about: a near miss of another person."""
    if set(_lower_words(question.text)) & LESSER_RANKS:
        return False
    folded = cand.words.folded
    for i, term in enumerate(terms):
        if i not in cand.matched or len(term.concept.words) != 1:
            continue  # a post is a word or a title ("the chancellor")
        at = [k for k, w in enumerate(folded) if w == term.concept.words[0]]
        if at and all(k and folded[k - 1] in LESSER_RANKS for k in at):
            return True
    return False


# A post held "for" a field ("cabinet member for finance", "minister for transport").
_PORTFOLIO = re.compile(
    r"\b(member|minister|secretary|spokesperson|spokesman|spokeswoman|commissioner|"
    r"councillor|director|lead|officer|portfolio holder|champion)\s+for\s+([a-z]+)",
    re.IGNORECASE,
)


def _other_portfolio(question: Question, cand: Candidate) -> bool:
    """Whether the question asks for a post held for one field and the sentence gives the
    same post for another field only ("Who is the cabinet member for leisure?" against
    "Cabinet member for finance Ada Vell …"): a near miss of another holder."""
    asked = {
        (post.lower(), var.stem(field.lower())) for post, field in _PORTFOLIO.findall(question.text)
    }
    if not asked:
        return False
    told = {
        (post.lower(), var.stem(field.lower()))
        for post, field in _PORTFOLIO.findall(cand.passage.text)
    }
    posts = {post for post, _ in asked}
    return bool(told) and not asked & told and {post for post, _ in told} >= posts


def _unbound_agent(question: Question, terms: list[Term], cand: Candidate) -> bool:
    """Whether a who-question's verb is met only by the noun for its doer ("founder" for
    "Who founded EDS?"), and that noun is not told of the question's other words: "EDS
    founder", "founder of EDS", "SciSpacE Team Leader" and "owner of Marrow Lane Auto Repair"
    (for "Who owns the auto repair shop?") tell it, "founder of another firm" does not."""
    if question.qtype != "who" or cand.passage.heading == KEY_FACTS:
        return False  # "Founder: Ada Vell" among a page's key facts is its subject's founder
    names = {var.stem(w) for t in terms for form in t.forms for w in form}
    folded = cand.words.folded
    keys = set(cand.words.keys)
    for term in terms:
        nouns = (
            var.data.AGENT_NOUNS.get(term.concept.words[0]) if term.concept.kind == "word" else None
        )
        if not nouns or any(match_key(w) in keys for form in term.forms for w in form):
            continue
        if (term.loose - {match_key(n) for n in nouns}) & keys:
            continue  # "Who heads it?": "led by Ada Vell as chief executive" tells the verb
        stems = [var.stem(w) for w in folded]
        at = [k for k, w in enumerate(folded) if w in nouns]
        if at and not any(
            _names_beside(stems, k, names) or _owner_before(terms, cand, k) for k in at
        ):
            return True
    return False


def _owner_before(terms: list[Term], cand: Candidate, k: int) -> bool:
    """Whether the doer's noun at k is owned by a pronoun for a name of the question that the
    sentence before gives ("Orsa Mills made a bid. Its chief executive, Ada Vell, said …")."""
    if k == 0 or cand.words.folded[k - 1] not in OWNER_PRONOUNS:
        return False
    if any(t.is_name and cand.context.get(i) for i, t in enumerate(terms)):
        return True
    # "Who heads the fans' trust?": "The Harbour Users' Trust backed the plan.
    # Its chair, Ada Vell, said …"
    said = set(SentenceWords.of(cand.before.text).keys) if cand.before else set()
    return any(t.concept.kind == "word" and t.form_keys & said for t in terms)


OWNER_PRONOUNS = lx.words("its their")


def _names_beside(stems: list[str], k: int, names: set[str]) -> bool:
    """Whether one of the question's words stands in the three words before position k, right
    after it ("chief librarian" for "Who is the head librarian?"), or in the three after an
    "of" that follows it ("founder of the EDS group")."""
    if names & set(stems[max(0, k - AGENT_REACH) : k + 2]):
        return True
    while k + 1 < len(stems) and stems[k + 1] in ROLE_TAIL_STEMS:
        k += 1  # "Chief Executive Officer of Quellan"
    after = stems[k + 1 : k + 2 + OF_REACH]
    return bool(after[:1] == ["of"] and names & set(after[1:]))


ROLE_TAIL_STEMS = frozenset(var.stem(w) for w in ("officer", "director", "executive"))
AGENT_REACH = 3
OF_REACH = 6  # "founder of the Dallas computer firm EDS"


def _unnamed_role(
    question: Question, terms: list[Term], cand: Candidate, span: Span | None
) -> bool:
    """Whether a question asks the name of someone by role ("What is the name of the judge
    …?") and the sentence does not name that role, or gives no person's name."""
    asked = NAME_OF_QUESTION.search(question.text)
    role = _asked_role(question.text, asked) if asked else ""
    focus = question.focus.lower()
    if asked and focus in ANIMAL_KINDS:
        kinds = {focus, *ANIMAL_KINDS[focus]}  # "her terrier, Pip" names a dog
        return not any(w in kinds or w.rstrip("s") in kinds for w in cand.words.folded)
    if (
        asked
        and role not in lx.ROLE_NOUNS
        and focus in PERSON_NOUNS
        and asks_person_by_noun(question)
    ):
        # "the name of Ada Korr's daughter": named only beside "daughter"
        if _asked_word_unsaid(terms, cand, focus):
            return True
        return span is not None and _far_from_role(cand, span, focus)
    if role not in lx.ROLE_NOUNS or role in ROLE_MODIFIERS:
        return False
    if _asked_word_unsaid(terms, cand, role):
        return True
    if span is not None and _far_from_role(cand, span, role):
        return True  # "… Korr's flat on Wren Row, with her daughter, then 8"
    if span is not None and _names_a_place(cand, span):
        return True  # "the county of Vellmoor … when an engineer noticed" names no engineer
    return span is not None and person_score(span.text, wants_people=True) < 0


def _asked_role(text: str, asked: re.Match[str]) -> str:
    """The role whose holder's name is asked: the captured word, or a role noun just after it
    ("the name of the on-call engineer")."""
    word = next((g for g in asked.groups() if g), "")
    role = word.lower()
    if role in lx.ROLE_NOUNS or not word.islower():
        return role
    modified = ROLE_AFTER_MODIFIERS.match(text, asked.end())
    return modified.group(1).lower() if modified else role


# A role after the lower-case words that modify it ("the name of the on-call engineer")
ROLE_AFTER_MODIFIERS = re.compile(
    rf"(?:-[a-z]+)*(?:\s+[a-z]+(?:-[a-z]+)*)?\s+({'|'.join(sorted(lx.ROLE_NOUNS))})\b"
)


def _names_a_place(cand: Candidate, span: Span) -> bool:
    """Whether the answer stands where a place is named ("in the county of Vellmoor")."""
    words = cand.words
    first = next((i for i, (a, _) in enumerate(words.spans) if a >= span.start), -1)
    return first >= 0 and after_place_word(words, first)


NAMED_ROLE_REACH = 10  # words between a role and its name ("The victim … was identified on
# Monday as Ana Roth", "appointed Ana Roth as its new head coach")


def _far_from_role(cand: Candidate, span: Span, role: str) -> bool:
    """Whether the sentence says the asked role but gives the answer's name nowhere beside it:
    the role stays unnamed there."""
    words, key = cand.words, match_key(role)
    places = [i for i, k in enumerate(words.keys) if k == key]
    if not places:
        return False
    first = next((i for i, (a, _) in enumerate(words.spans) if a >= span.start), -1)
    last = max((i for i, (a, _) in enumerate(words.spans) if a < span.end), default=-1)
    if first < 0 or last < first:
        return False
    return all(p < first - NAMED_ROLE_REACH or p > last + NAMED_ROLE_REACH for p in places)


def _count_of_unsaid_thing(
    question: Question, terms: list[Term], cand: Candidate, span: Span
) -> bool:
    """Whether a "how many" answer is a bare figure in a sentence that never names the
    counted thing: "the charge against him involves only two" counts wives, not children."""
    focus = (question.focus or "").lower()
    if question.qtype != "how_many" or not focus or focus in UNCOUNTED_FOCUS:
        return False
    text = cand.passage.text
    if figure_noun(text[span.start : span.end], text[span.end :]) is not None:
        return False  # the figure names what it counts; `counts_other_noun` judged it
    earlier = partitive_noun(text, span.start, span.end)
    if earlier is not None:  # "arrested four people and charged three of them"
        return counts_other_noun(question, "", " " + earlier)
    back = FIGURE_BACK.search(text, 0, span.start)
    if back and (_asked_word_before(terms, cand, focus) or _counted_before(text, back.start())):
        return False  # "… 40 shows were cancelled. The union put the figure at 55."
    return _asked_word_unsaid(terms, cand, focus)


# "put the figure at 55", "the total was higher": the count the sentence before gave
FIGURE_BACK = re.compile(r"\bthe\s+(?:figure|number|total|tally|count)\b", re.IGNORECASE)


def _counted_before(text: str, at: int) -> bool:
    """Whether a figure counting something stands before "the figure" in its sentence ("38
    hurt; the figure rose to 19"): "the figure" is that count."""
    return re.search(r"\d", text[:at]) is not None


def _asked_word_before(terms: list[Term], cand: Candidate, focus: str) -> bool:
    """Whether the sentence before names the counted thing (the focus noun)."""
    key = match_key(focus)
    return any(
        match_key(t.concept.words[0]) == key and cand.context.get(i)
        for i, t in enumerate(terms)
        if t.concept.kind == "word"
    )


# Kinds of sum a question may ask by their noun; a sentence giving a sum of another kind (the
# deal's value for "How large a fine …?", savings for "What was its revenue?") is a near miss.
SUM_KINDS = lx.words(
    """
    fine fines penalty penalties revenue revenues turnover sales salary salaries wage wages
    budget debt debts profit profits loss losses bonus bonuses ransom compensation dividend
    deficit surplus income fee fees subsidy grant loan bail reward donation pension rent tax
    fare fares
    """
)


# Words that tell a sum of a kind without its noun: a fee or a salary is what someone was paid.
PAID = lx.words("pay pays paid paying earn earns earned earning given receive receives received")
CHARGED = lx.words("cost costs charge charges charged")  # "the program costs $99 to join"
SUM_KIND_TOLD = {
    **dict.fromkeys(("fee", "fees"), PAID | CHARGED),
    **dict.fromkeys(("salary", "salaries", "wage", "wages", "bonus"), PAID),
    **dict.fromkeys(("compensation", "bonuses", "pension", "reward"), PAID),
    **dict.fromkeys(("revenue", "revenues"), lx.words("sales turnover")),
    **dict.fromkeys(("fine", "fines"), lx.words("fined penalty")),
    **dict.fromkeys(("loss", "losses"), lx.words("lost")),
    **dict.fromkeys(("fare", "fares"), CHARGED | lx.words("ticket tickets price prices")),
}


# Verbs that ask a kind of sum by themselves, with the words that tell that kind.
SUM_VERBS = {
    **dict.fromkeys(
        ("award", "awards", "awarded"), lx.words("award awards awarded damages compensation")
    ),
    **dict.fromkeys(
        ("refund", "refunds", "refunded"),
        lx.words("refund refunds refunded repay repaid reimburse reimbursed return returned"),
    ),
}


def _lower_words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def _sum_of_unsaid_kind(question: Question, cand: Candidate) -> bool:
    """Whether a "how much" question asks a kind of sum (its focus noun: fine, revenue,
    salary) that neither the sentence nor the one before it names or tells ("was paid $3
    million" is a fee), nor a synonym of it."""
    if question.qtype != "how_much":
        return False
    focus = (question.focus or "").lower()
    if focus in SUM_KINDS:
        told = SUM_KIND_TOLD.get(focus, frozenset())
        kinds = {var.stem(w) for w in {focus, *var.synonyms(focus), *told}}
    else:  # "How much was she awarded?": an award, not the fee she had paid
        verbs = [SUM_VERBS[w] for w in _lower_words(question.text) if w in SUM_VERBS]
        if not verbs:
            return False
        kinds = {var.stem(w) for w in verbs[0]}
    around = " ".join(p.text for p in (cand.before, cand.passage) if p is not None)
    return not kinds & {var.stem(w) for w in re.findall(r"[^\W\d_]+", around)}


COST_OF = re.compile(r"\bcosts?\s+of\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)", re.IGNORECASE)
ASKS_COST = re.compile(r"\bcost", re.IGNORECASE)


# "How much was the park fined over the escape?": what a penalty or a payment was for.
PENALTY_FOR = re.compile(
    r"\b(?:fined|penali[sz]ed|sued|jailed|sentenced|compensated|punished|ordered\s+to\s+pay)\b"
    r".*?\b(?:over|for)\s+(?P<what>[^?]+)",
    re.IGNORECASE,
)


def _penalty_for_unsaid_cause(question: Question, terms: list[Term], cand: Candidate) -> bool:
    """Whether a question asks a penalty for something ("fined over the jaguar escape") that
    the sentence giving a penalty says nothing of: another fine, for another thing."""
    asked = PENALTY_FOR.search(question.text)
    if asked is None:
        return False
    start = asked.start("what")
    said = [
        i for i, t in enumerate(terms)
        if not t.is_name and question.text.lower().find(t.concept.surface.lower(), start) >= 0
    ]  # fmt: skip
    return bool(said) and not any(cand.word_credit(i) > 0 for i in said)


def _cost_of_other_thing(question: Question, cand: Candidate) -> bool:
    """Whether a "how much … cost" question is met by a sentence that gives the cost of
    something the question does not name ("puts the cost of the roof repairs at 9 million crowns"
    for "What will the review cost?"): the words after "cost of" hold none of the question's."""
    if question.qtype != "how_much" or not ASKS_COST.search(question.text):
        return False
    told = COST_OF.search(cand.passage.text)
    if told is None:
        return False
    said = re.findall(r"[^\W\d_]+", question.text.lower())
    # "the cost of repairs" is what "to fix the bridge" costs
    asked = {var.stem(w) for word in said for w in (word, *var.synonyms(word))}
    costed = [w for w in re.findall(r"[^\W\d_]+", told.group(1).lower()) if w not in lx.STOPWORDS]
    return bool(costed) and not any(var.stem(w) in asked for w in costed)


# What a question asks the cost of: "How much will the repairs cost?", "the cost of the repairs".
COSTED_THING = re.compile(
    r"^\W*how\s+much\s+(?:will|did|does|do|would|is|was|has|had|could)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<thing>[a-z]+)\b.*\bcost\b"
    r"|\bcost\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<of>[a-z]+)\b",
    re.IGNORECASE,
)


COSTED_BY_ESTIMATE = re.compile(r"\b(?P<thing>[a-z]+)\s+to\s+cost\b(?P<of>)", re.IGNORECASE)


def _costed_thing_unsaid(question: Question, terms: list[Term], cand: Candidate) -> bool:
    """Whether a question asks the cost of a thing ("the repairs") that the sentence does not
    name at all: the cost it gives is another thing's (what the ship cost to build)."""
    if question.qtype != "how_much":
        return False
    told_to = COSTED_BY_ESTIMATE.search(question.text)  # "expect the works to cost"
    if told_to and lx.past_form(told_to.group("thing").lower()):
        told_to = None  # "Is the recall expected to cost …?": the recall's cost
    found = told_to or COSTED_THING.search(question.text)
    thing = (found.group("thing") or found.group("of") or "").lower() if found else ""
    if thing in lx.PRONOUNS:  # "How much did it cost them to run the shuttle buses?"
        act = COSTED_ACT.search(question.text)
        said = re.findall(r"[a-z]+", act.group("act").lower()) if act else []
        # the act's verb and the first word of its object ("hand … bottled"): its last word
        # may be met by a name ("Kessby Water said")
        told = [w for w in said if w not in lx.STOPWORDS and w not in lx.PARTICLES][:2]
        asked = [i for i, t in enumerate(terms) if t.concept.words[0] in told]
        return bool(asked) and all(cand.word_credit(i) == 0 for i in asked)
    if not thing or thing in lx.STOPWORDS:
        return False
    asked = [i for i, t in enumerate(terms) if t.concept.words == (thing,)]
    return bool(asked) and all(cand.word_credit(i) == 0 for i in asked)


# What "it" cost: the act of the infinitive after it ("it cost the firm to hand out water")
COSTED_ACT = re.compile(r"\bcost\b.*?\bto\s+(?P<act>[a-z][a-z\s'’-]*)", re.IGNORECASE)


# "What happened to the pier in 1962?": the thing, up to a time or place phrase
HAPPENED_TO_THING = re.compile(
    r"\bhappen(?:ed|s)?\s+to\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([\w\s'’-]+?)"
    r"(?=\s+(?:in|on|at|during|after|before|since|when|while|by)\b|\s*\?|\s*$)",
    re.IGNORECASE,
)


REQUESTED = re.compile(
    r"\b(?:applied|asked|called|pressed|pushed|bid|appealed)\s+for\b|\b(?:sought|requested)\b",
    re.IGNORECASE,
)


def _only_asked_for(question: Question, cand: Candidate) -> bool:
    """Whether a sentence only tells that the asked thing was applied or asked for ("has
    applied for its costs to be paid"), to a yes-or-no question that does not itself ask about
    a request: a request says nothing of whether it was granted."""
    told = REQUESTED.search(cand.passage.text)
    if told is None or REQUESTED.search(question.text):
        return False
    asked = {
        match_key(w)
        for w in re.findall(r"[a-z][\w'’-]*", question.text)
        if w not in lx.STOPWORDS and w not in lx.AUXILIARIES
    }
    requested = re.findall(r"[\w'’-]+", cand.passage.text[told.end() :])[:REQUEST_REACH]
    return any(match_key(w) in asked for w in requested if w[:1].islower())


REQUEST_REACH = 6  # words after "applied for" that name what was asked for

# A verdict asked ("Was he convicted?", "found guilty", "cleared", "jailed") …
VERDICT_ASKED = re.compile(
    r"\b(?:convict\w*|found\s+(?:not\s+)?guilty|guilty|acquit\w*|cleared|jailed|sentenced)\b",
    re.IGNORECASE,
)
# … and a plea or a denial told instead: what the accused said, not what the court found
PLEA_TOLD = re.compile(
    r"\b(?:pleaded|pleads|pleading|pled)\s+(?:not\s+)?guilty\b|\b(?:denied|denies|denying)"
    r"\s+(?:the\s+|all\s+|any\s+)?(?:charges?|offences?|allegations?|wrongdoing)\b",
    re.IGNORECASE,
)


def _plea_for_a_verdict(question: Question, cand: Candidate) -> bool:
    """Whether a yes/no question asks a verdict and the sentence tells only a plea or a denial
    ("denies the theft and has pleaded not guilty" says nothing of whether he was convicted),
    unless the question asks about the plea itself."""
    text = cand.passage.text
    if not VERDICT_ASKED.search(question.text) or PLEA_ASKED.search(question.text):
        return False
    return PLEA_TOLD.search(text) is not None and VERDICT_TOLD.search(text) is None


PLEA_ASKED = re.compile(r"\b(?:plead\w*|pled|plea|den(?:y|ied|ies))\b", re.IGNORECASE)
# a verdict the sentence also tells ("pleaded not guilty but was convicted …")
VERDICT_TOLD = re.compile(
    r"\b(?:convicted|acquitted|found\s+(?:not\s+)?guilty|cleared\s+of|jailed|sentenced)\b",
    re.IGNORECASE,
)


def _event_of_page(question: Question, terms: list[Term], cand: Candidate) -> bool:
    """Whether "What happened to X?" asks of the thing the sentence's page is titled with: its
    sentences tell what happened to it without naming it."""
    thing = HAPPENED_TO_THING.search(question.text)
    if thing is None or lx.EVENT_QUESTION.search(question.text) is None:
        return False
    asked = {match_key(w) for w in re.findall(r"[\w'’-]+", thing.group(1))}
    unmet = [i for i in ordinary_terms(terms) if not cand.word_credit(i)]
    return bool(unmet) and all(
        cand.titled.get(i) and set(map(match_key, terms[i].concept.words)) <= asked for i in unmet
    )  # "during the heatwave" is no thing it happened to


def _asked_word_unsaid(terms: list[Term], cand: Candidate, word: str) -> bool:
    """Whether the question's word (a term of its own) is not met in the sentence itself."""
    asked = [i for i, t in enumerate(terms) if t.concept.surface.lower() == word]
    return bool(asked) and not any(cand.matched.get(i) for i in asked)


def checked_reason(store: Any, reason: str | None, lacking: list[Term]) -> str | None:
    """The reason as the desk bears it out: "they mention no X" only when no sentence of the
    desk holds X; when some do, only that the passage closest to the question lacks it.
    `lacking`: the terms the closest passage lacks."""
    if not reason or not reason.startswith(CLOSEST_LACKS):
        return reason
    absent = [t for t in lacking if not _in_desk(store, t)]
    return "they mention no " + _quoted(absent) if absent else reason


def _in_desk(store: Any, term: Term) -> bool:
    """Whether any sentence holds one of the term's spellings, its words together."""
    holds = getattr(store, "holds", None)  # a store that can say so without ranking
    for form in term.forms:
        words = [w for w in form if w.isalnum()]
        query = " ".join(f'"{w}"' for w in words)
        if words and (holds(query) if holds else store.search(query, 1)):
            return True
    return False


def _quoted(terms: list[Term]) -> str:
    """The terms as the question wrote them, a name without its possessive ("Ada Vell", not
    "Ada Vell's")."""
    return ", ".join(f"“{POSSESSIVE_END.sub('', t.concept.surface)}”" for t in terms)


POSSESSIVE_END = re.compile(r"['’]s?$")


def _asks_a_word_used(question: Question) -> bool:
    """ "Which word did X use to describe Y?": the frame words are light in retrieval, so only
    a sentence that gives a word (a quotation, what it was called) answers."""
    return question.focus in WORD_FOCUS and WORD_USE_FRAME.search(question.text) is not None


def _names_a_kind(question: Question) -> bool:
    """ "What goods ...?", "Which port ...?": the answer is a thing of that kind, so a
    sentence with nothing of the kind to offer cannot answer."""
    return question.qtype in ("what", "which") and bool(question.focus)


def _negated(cand: Candidate) -> bool:
    words = set(cand.words.folded)
    text = cand.passage.text
    return bool(words & NEGATIONS) or "n't" in text or "n’t" in text  # straight or curly


def abstention_text(question: str, reason: str | None) -> str:
    """The fixed abstention sentence, naming what was asked (and what the sources lack)."""
    asked = question.strip()
    told = reason and reason.startswith(("they mention", "they say", CLOSEST_LACKS, CLOSEST_TELLS))
    tail = f" ({reason})" if told else ""
    return f"{ABSTAIN_PHRASE}: “{asked}”{tail}."
