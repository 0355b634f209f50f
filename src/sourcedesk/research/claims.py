"""Claims: the statements each source makes, and which of them several sources make.

`extract_claims` reads one source clause by clause and records, for each clause, what it is
about: the actors (capitalised names, with states' other names, demonyms and capitals folded
into one id), the action (a relation such as "sever relations" recognised through its many
wordings, else the clause's content stems), its dates (``research.dates.tag_dates``), its
figures, places, negation and any "the first/only/third ... to" claim. A clause is cut off at
a subordinator ("after", "due to", ...) and reported speech is read after its "that", so each
mention holds one event. `cluster_claims` groups equivalent mentions across sources (the
matching lives in ``claim_match.MentionIndex``) and counts independent voices: copies of one
page and revisions of one article are one voice. Word-level reading (tokens, names,
negation) is in ``claim_words``; dates and figures in ``claim_values``; clause splitting in
``claim_clauses``; relation frames and content stems in ``claim_frames``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from sourcedesk.records import Citation, Claim, DateMention
from sourcedesk.research import claim_data as D
from sourcedesk.research.claim_clauses import LEADING_WORDS as LEADING_WORDS
from sourcedesk.research.claim_clauses import split_clauses
from sourcedesk.research.claim_frames import content_stems, content_terms, relation_frame
from sourcedesk.research.claim_values import Figure, event_dates, figures, stated_date
from sourcedesk.research.claim_words import (
    CONNECTORS,
    Token,
    actor_id,
    alias_pairs,
    demonym_id,
    is_possessive,
    is_state,
    negation,
    state_names,
    stem,
    stem_lowered,
    strip_possessive,
    tokenize,
    tokens_within,
)
from sourcedesk.research.timeline_data import IRREGULAR_PAST

if TYPE_CHECKING:
    from sourcedesk.research.claim_match import MentionIndex

__all__ = [
    "ClaimMention",
    "Ordinal",
    "SourceText",
    "claims_of_index",
    "cluster_claims",
    "extract_claims",
    "source_text",
]

# A clause needs this many content stems to be a claim (menus and captions have fewer).
MIN_CLAIM_TERMS = 2
MAX_ORDINAL_SPAN = 120  # characters between "the third" and its "to <verb>"
POSSESSOR_DISTANCE = 3  # words between "X's" and the verb it owns ("X's decision to recognize")

_NUMBER_TOKEN = re.compile(r"^\d")
_NAME_INTERNAL = frozenset(
    ["people's", "peoples'", "people’s", "women's", "children's", "workers'", "men's"]
)
ORDINAL_PHRASE = re.compile(
    r"\bthe\s+(?P<rank>" + "|".join(D.ORDINALS) + r"|\d+(?:st|nd|rd|th))\b", re.I
)
TO_VERB = re.compile(r"\bto\s+(?:have\s+|be\s+)?(?P<verb>[a-z]+)", re.I)
_AFTER = re.compile(r"\b(?:after|following|behind)\s+", re.I)
# Where the object of an ordinal claim's verb ends: what is ranked is doing V to that object.
OBJECT_END = re.compile(
    r"[,;:]|\s(?:with|without|plus|for|in|at|by|on|from|under|over|during|which|that|who|"
    r"since|before|after|following)\b",
    re.I,
)
_SPACE = re.compile(r"\s+")
_COORDINATION = re.compile(r"^\s*(?:,|,?\s*and|&)\s*$")


@dataclass(frozen=True)
class SourceText:
    """One source as claim extraction sees it: clean text, sentence spans and its links."""

    id: str
    title: str
    text: str
    published: str | None = None
    sentences: Sequence[tuple[int, int]] = ()
    revision_of: str | None = None
    duplicate_of: str | None = None
    origin: str = ""


@dataclass(frozen=True)
class Ordinal:
    """A "the third ... to <verb>" claim: rank (0 = only), the verb and who came before."""

    rank: int
    verb: str
    predecessors: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClaimMention:
    """One clause of one source and what it is about; `text == source.text[start:end]`."""

    source_id: str
    start: int
    end: int
    text: str
    actors: tuple[str, ...] = ()  # actor ids in reading order
    subjects: tuple[str, ...] = ()  # actor ids before the action
    subject_list: tuple[str, ...] = ()  # subjects named as a list: "A, B and C recognised"
    targets: tuple[str, ...] = ()  # actor ids after the action
    places: tuple[str, ...] = ()
    action: str = ""  # a relation name from claim_data.RELATION_FRAMES, else ""
    terms: frozenset[str] = frozenset()  # content stems, actors and dates excluded
    objects: frozenset[str] = frozenset()  # stems and actor ids after the action
    dates: tuple[str, ...] = ()  # normalised values of the clause's dates, years inferred
    stated_dates: tuple[str, ...] = ()  # the same with only what is written ("XXXX-07-13")
    figures: tuple[Figure, ...] = ()
    negated: bool = False
    negation_scope: frozenset[str] = frozenset()  # stems a negation governs
    ordinal: Ordinal | None = None
    names: tuple[str, ...] = ()  # actor names as written, parallel to `actors`
    context: tuple[str, ...] = ()  # actors of its sentence's other clauses: whose count it is
    linked: tuple[str, ...] = ()  # sources this one is a revision or duplicate of
    aliases: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    year_hint: int | None = None  # the latest year its source mentions
    title: str = ""
    origin: str = ""


@dataclass(frozen=True)
class _Actor:
    id: str
    name: str
    first: int  # token indices [first, last]
    last: int


@dataclass
class _SourceContext:
    source: SourceText
    dates: list[DateMention]
    capitalised: frozenset[str]  # words seen capitalised inside sentences
    lowercase: frozenset[str]  # words seen in lower case: common words, not names
    aliases: tuple[tuple[str, str], ...]
    year_hint: int | None
    sentence_tokens: dict[tuple[int, int], list[Token]] = field(default_factory=dict)
    date_starts: list[int] | None = None  # the dates' starts when in order (else None)


# -- public functions --------------------------------------------------------------------------


def source_text(
    id: str,
    text: str,
    *,
    title: str = "",
    published: str | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
    revision_of: str | None = None,
    duplicate_of: str | None = None,
    origin: str = "",
) -> SourceText:
    """A `SourceText`, splitting the text into sentences when no spans are given."""
    if sentences is None:
        from sourcedesk.index.sentences import split_sentences

        sentences = split_sentences(text)
    return SourceText(
        id, title, text, published, tuple(sentences), revision_of, duplicate_of, origin
    )


def extract_claims(source: SourceText) -> list[ClaimMention]:
    """Every claim-bearing clause of a source, with its actors, action, dates and figures."""
    ctx = _context(source)
    mentions: list[ClaimMention] = []
    for start, end in source.sentences or [(0, len(source.text))]:
        tokens = ctx.sentence_tokens[(start, end)]
        ordinal = _ordinal_mention(ctx, start, end, tokens)
        if ordinal:
            mentions.append(ordinal)
            continue
        starts = [t.start for t in tokens]
        clauses = []
        for c_start, c_end, negated in split_clauses(source.text, start, end):
            inside = tokens_within(tokens, starts, c_start, c_end)
            mention = _mention(ctx, c_start, c_end, negated, inside)
            if mention:
                clauses.append(mention)
        mentions.extend(_with_context(clauses))
    return mentions


def _with_context(clauses: list[ClaimMention]) -> list[ClaimMention]:
    """The clauses of one sentence, each with the actors its other clauses name ("Bishop shot
    six colleagues, killing three": the three are Bishop's count)."""
    if len(clauses) < 2:
        return clauses
    out = []
    places = {a for c in clauses for a in c.places}
    for m in clauses:
        tellers = [c for c in clauses if c is not m and _tells(c)]
        others = dict.fromkeys(
            a for c in clauses if c is not m and c not in tellers for a in c.actors
        )
        context = tuple(a for a in others if a not in m.actors)
        if not context:
            out.append(m)
            continue
        # "struck near the port of Orrin, killing seven": Orrin is where, not whose count
        placed = m.places + tuple(a for a in context if a in places and a not in m.places)
        out.append(replace(m, context=context, places=placed, dates=_participle_dates(m, clauses)))
    return out


# A clause that only says who told it ("the coastguard said", "figures released by the
# coastguard showed that"): its actors told the count, they are not whose count it is.
TELLING = re.compile(rf"\b(?:{D.TELLING_VERBS}|according to)\b", re.IGNORECASE)


def _tells(clause: ClaimMention) -> bool:
    return not clause.figures and TELLING.search(clause.text) is not None


def _participle_dates(m: ClaimMention, clauses: list[ClaimMention]) -> tuple[str, ...]:
    """A participle's clause without a date of its own ("…, killing at least seven") happened
    when the clause it hangs on did ("struck … in September")."""
    if m.dates or not PARTICIPLE_OPENING.match(m.text):
        return m.dates
    return tuple(dict.fromkeys(d for c in clauses if c is not m for d in c.dates))


PARTICIPLE_OPENING = re.compile(r"[a-z]+ing\b")


def cluster_claims(
    mentions: Sequence[ClaimMention], copy_groups: Iterable[Sequence[str]] = ()
) -> list[Claim]:
    """Group equivalent mentions into claims: corroborated, single or in conflict."""
    # conflicts imports this module's records, so it is imported here, not at the top.
    from sourcedesk.research.conflicts import conflicted_mentions, index_for

    index = index_for(mentions, copy_groups)
    return claims_of_index(index, conflicted_mentions(index))


def claims_of_index(index: MentionIndex, disputed: set[int]) -> list[Claim]:
    """The claims of a matched index, `disputed` holding the mentions in a contradiction:
    most voices first, conflicts before the others."""
    claims = [_claim(index, members, disputed) for members in index.clusters()]
    claims.sort(key=lambda c: (-c.voices, c.status != "conflict", c.citations[0].source_id))
    return claims


# -- per-source context ------------------------------------------------------------------------


def _context(source: SourceText) -> _SourceContext:
    dates = event_dates(source.text, source.published)
    years = [int(d.value[:4]) for d in dates if d.value[:4].isdigit()]
    published_year = int(source.published[:4]) if source.published else None
    if published_year:
        years = [y for y in years if y <= published_year] + [published_year]
    sentence_tokens = {
        span: tokenize(source.text, *span) for span in source.sentences or [(0, len(source.text))]
    }
    cases = _word_cases(sentence_tokens.values())
    starts = [d.start for d in dates]
    return _SourceContext(
        source=source,
        dates=dates,
        capitalised=cases[0],
        lowercase=cases[1],
        aliases=alias_pairs(source.text),
        year_hint=max(years) if years else None,
        sentence_tokens=sentence_tokens,
        date_starts=starts if starts == sorted(starts) else None,
    )


def _word_cases(sentences: Iterable[list[Token]]) -> tuple[frozenset[str], frozenset[str]]:
    """Words seen capitalised inside a sentence, and words seen in lower case."""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for tokens in sentences:
        capitalised.update(t.lower for t in tokens[1:] if t.capitalised and t.text[0].isalpha())
        lower.update(t.text for t in tokens if t.text[0].islower())
    return frozenset(capitalised), frozenset(lower)


# -- one clause --------------------------------------------------------------------------------

# "the bridge that fell in November 2022 opened on Saturday": a date this close after a
# relative pronoun, with no punctuation between, dates the relative clause, not the statement.
RELATIVE_DATE = re.compile(r"\b(?:that|which|who)\s+(?:[\w'’-]+\s+){1,5}$", re.IGNORECASE)


# "has been rowed on the Vell since 2004": when a lasting state began, which no date
# of one event ("rowed from 14 to 16 June 2025") contradicts
SINCE_DATE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


def _main_dates(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The clause's dates without those of a relative clause, when another date remains, and
    never a date a state has lasted since."""
    dates = [d for d in dates if not SINCE_DATE.search(text[max(0, d.start - 12) : d.start])]
    main = [d for d in dates if not RELATIVE_DATE.search(text[max(0, d.start - 60) : d.start])]
    return main or dates


def _mention(
    ctx: _SourceContext,
    start: int,
    end: int,
    denied: bool = False,
    tokens: list[Token] | None = None,
) -> ClaimMention | None:
    text = ctx.source.text
    if tokens is None:
        tokens = tokenize(text, start, end)
    date_spans = _dates_within(ctx, start, end)
    actors = _actors(tokens, ctx, date_spans)
    in_actor = {i for a in actors for i in range(a.first, a.last + 1)}
    stems = [stem_lowered(t.lower) for t in tokens]
    action, trigger = relation_frame(tokens, stems)
    pivot = trigger if trigger is not None else _first_predicate(tokens, in_actor)
    term_stems = content_stems(tokens, stems, date_spans)
    terms = {s for i, s in enumerate(term_stems) if s and i not in in_actor}
    if action:
        verbs, nouns = D.RELATION_FRAMES[action]
        terms = (terms - verbs - nouns) | {"@" + action}
    counted = figures(text, start, end, date_spans)
    # a count that opens its clause is content too: "14 people were hospitalized" is a claim,
    # as "Fourteen people …" was (not the "three" of "…, killing three")
    opening = tokens[0].lower if tokens else ""
    subject_count = any(f.text.lower().split()[:1] == [opening] for f in counted)
    if not (terms or action) or len(terms) + len(actors) + subject_count < MIN_CLAIM_TERMS:
        return None
    scope = negation(text, tokens, trigger, action, denied)
    after = pivot if pivot is not None else len(tokens)
    subjects = _subjects(text, tokens, actors, after)
    objects = {s for s in term_stems[after + 1 :] if s} | {a.id for a in actors if a.first > after}
    targets = tuple(a.id for a in actors if a.first > after)
    if trigger is not None and _passive(tokens, trigger):
        # "Ada Vell and Jonas Pell were arrested on 18 March (by police)": the two are
        # arrested, as in "police arrested Ada Vell and Jonas Pell"
        agents = _agents(tokens, actors, trigger)
        targets = subjects + tuple(
            a.id for a in actors
            if a.first > after and a.id not in agents and not _is_place(tokens, a)
        )  # fmt: skip
        subjects = agents
    return ClaimMention(
        source_id=ctx.source.id,
        start=start,
        end=end,
        text=text[start:end],
        actors=tuple(a.id for a in actors),
        subjects=subjects,
        subject_list=_subject_list(text, tokens, actors, after),
        targets=targets,
        places=tuple(a.id for a in actors if _is_place(tokens, a)),
        action=action,
        terms=frozenset(terms),
        objects=frozenset(objects),
        dates=tuple(d.value for d in date_spans),
        stated_dates=tuple(v for v in map(stated_date, _main_dates(text, date_spans)) if v),
        figures=tuple(counted),
        negated=scope is not None,
        negation_scope=scope or frozenset(),
        names=tuple(a.name for a in actors),
        linked=tuple(x for x in (ctx.source.revision_of, ctx.source.duplicate_of) if x),
        aliases=ctx.aliases,
        year_hint=ctx.year_hint,
        title=ctx.source.title,
        origin=ctx.source.origin,
    )


def _dates_within(ctx: _SourceContext, start: int, end: int) -> list[DateMention]:
    """The source's dates inside [start, end), in the source's order."""
    if ctx.date_starts is None:
        return [d for d in ctx.dates if d.start >= start and d.end <= end]
    lo, hi = bisect.bisect_left(ctx.date_starts, start), bisect.bisect_left(ctx.date_starts, end)
    return [d for d in ctx.dates[lo:hi] if d.end <= end]


def _actors(tokens: list[Token], ctx: _SourceContext, dates: list[DateMention]) -> list[_Actor]:
    """Capitalised runs split at role titles and possessives, each an actor."""
    in_date = (
        {i for i, t in enumerate(tokens) for d in dates if d.start <= t.start < d.end}
        if dates
        else set()
    )
    actors: list[_Actor] = []
    run: list[int] = []
    for i, token in enumerate([*tokens, Token(".", 0, 0)]):
        if i < len(tokens) and i not in in_date and _name_token(tokens, i, run, ctx):
            run.append(i)
            if token.lower in _NAME_INTERNAL or not is_possessive(token.text):
                continue
        if run:
            actors.extend(_split_run(tokens, run))
        run = []
    return actors


def _name_token(tokens: list[Token], i: int, run: list[int], ctx: _SourceContext) -> bool:
    token = tokens[i]
    word = strip_possessive(token.lower)
    if run and tokens[run[-1]].end != token.start - 1:
        return False  # punctuation between the words ends the name
    if token.lower in CONNECTORS:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return bool(run) and nxt is not None and nxt.capitalised
    if not token.capitalised or not token.text[0].isalpha():
        return False
    if "-" in token.text and token.text.split("-")[-1].islower():
        return False  # "Kremlin-backed" describes, it does not name
    if i == 0 and (word in D.NOT_NAMES or word in D.STOPWORDS or word in D.NUMBER_WORDS):
        return False  # "Four other people were hurt": a capital that starts a sentence
    if i == 0 and not run:  # a capital that may only mark the start of the sentence
        nxt = tokens[1] if len(tokens) > 1 else None
        label = ctx.source.text[token.end : token.end + 1] == ":"
        if label and word not in ctx.capitalised:
            return False  # "Value: 4.2 million florins" labels a field, it names nothing
        return (
            word in ctx.capitalised
            or word in state_names()
            or (nxt is not None and nxt.capitalised and nxt.start == token.end + 1)
            or (word not in ctx.lowercase and not _common_opener(word))
        )
    return word not in D.NOT_NAMES or bool(run)


def _common_opener(word: str) -> bool:
    """Whether a capital that opens a sentence, and names nothing elsewhere on the page, is a
    common word, a plural or a participle ("Figures showed …", "Revised counts …", "Rescuers
    reached …"), not a name."""
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
    participle = word.endswith("ed") and len(word) > 4
    irregular = word.endswith("en") and word in D.STEM_ALIASES  # "Taken together, …"
    return plural or participle or irregular


def _split_run(tokens: list[Token], run: list[int]) -> list[_Actor]:
    """One run of capitalised words as actors: "Russian President Vladimir Putin" is two."""
    parts: list[list[int]] = [[]]
    for i in run:
        if tokens[i].lower in D.ROLE_TITLES:
            while parts[-1] and tokens[parts[-1][-1]].lower in D.ROLE_MODIFIERS:
                parts[-1].pop()
            parts.append([])
        else:
            parts[-1].append(i)
    actors = []
    for part in (piece for p in parts for piece in _split_state_prefix(tokens, p) if p):
        while part and tokens[part[0]].lower in CONNECTORS:
            part.pop(0)
        while part and tokens[part[-1]].lower in CONNECTORS:
            part.pop()
        name = " ".join(tokens[i].text for i in part)
        name = strip_possessive(name) if tokens[part[-1]].lower not in _NAME_INTERNAL else name
        if len(name) >= 2 and not (len(part) == 1 and tokens[part[0]].lower in D.ROLE_MODIFIERS):
            actors.append(_Actor(demonym_id(name), name, part[0], part[-1]))
    return actors


def _split_state_prefix(tokens: list[Token], part: list[int]) -> list[list[int]]:
    """ "Ambassador to Kessel Varn Holt" -> Kessel, Varn Holt (after a preposition)."""
    if not part or part[0] == 0 or tokens[part[0] - 1].lower not in D.PLACE_PREPOSITIONS | {"to"}:
        return [part]
    for k in range(len(part) - 1, 0, -1):
        prefix = " ".join(tokens[i].text for i in part[:k])
        if is_state(actor_id(prefix)) and tokens[part[k]].lower not in CONNECTORS:
            return [part[:k], part[k:]]
    return [part]


def _subjects(text: str, tokens: list[Token], actors: list[_Actor], pivot: int) -> tuple[str, ...]:
    """Who acts: the owner just before the verb ("X's decision to"), else the first actor,
    with the names joined to it by a title ("Russian President Vladimir Putin") or by "and"."""
    before = [a for a in actors if a.last < pivot]
    if not before:
        return ()
    head = next(
        (a for a in reversed(before)
         if is_possessive(tokens[a.last].text) and pivot - a.last <= POSSESSOR_DISTANCE),
        before[0],
    )  # fmt: skip
    group = [head]
    for actor in before[before.index(head) + 1 :]:
        gap = text[tokens[group[-1].last].end : tokens[actor.first].start]
        between = tokens[group[-1].last + 1 : actor.first]
        titled = all(t.lower in D.ROLE_TITLES | D.ROLE_MODIFIERS for t in between)
        if not (titled or _COORDINATION.match(gap)):
            break
        group.append(actor)
    return tuple(dict.fromkeys(a.id for a in group))


PASSIVE_BE = frozenset(("was", "were", "been", "being", "is", "are", "be"))


def _passive(tokens: list[Token], trigger: int) -> bool:
    """Whether the relation's verb is a participle after a form of "be" ("were arrested",
    "has been charged", "was later released"), an adverb allowed between."""
    word = tokens[trigger].lower
    if not (word.endswith(("ed", "en")) or word in IRREGULAR_PAST):
        return False
    k = trigger - 1
    if k >= 0 and tokens[k].lower.endswith("ly"):
        k -= 1
    return k >= 0 and tokens[k].lower in PASSIVE_BE


def _agents(tokens: list[Token], actors: list[_Actor], trigger: int) -> tuple[str, ...]:
    """Who did a passive verb's deed: the actors right after its "by" ("arrested by Orsa
    police")."""
    k = trigger + 1
    while k < len(tokens) and k <= trigger + AGENT_REACH and tokens[k].lower != "by":
        k += 1
    if k >= len(tokens) or tokens[k].lower != "by":
        return ()
    return tuple(a.id for a in actors if k < a.first <= k + AGENT_REACH)


AGENT_REACH = 3  # tokens from a passive verb to its "by", and from "by" to the agent's name


def _subject_list(
    text: str, tokens: list[Token], actors: list[_Actor], pivot: int
) -> tuple[str, ...]:
    """The subjects when they are a list of two or more joined by commas and "and"."""
    before = [a for a in actors if a.last < pivot]
    listed = before[:1]
    for actor in before[1:]:
        gap = text[tokens[listed[-1].last].end : tokens[actor.first].start]
        if not _COORDINATION.match(gap):
            break
        listed.append(actor)
    return tuple(a.id for a in listed) if len(listed) >= 2 else ()


def _is_place(tokens: list[Token], actor: _Actor) -> bool:
    """An actor that stands after a place preposition ("near Orrin"), as the name of a kind
    of place ("the port of Orrin") or before one ("Tarsa island", "Velm province")."""
    first, after = actor.first, actor.last + 1
    if first > 0 and tokens[first - 1].lower in D.PLACE_PREPOSITIONS:
        return True
    if actor.last > first and tokens[actor.last].lower in D.PLACE_NAME_HEADS:
        return True  # "Halvik Road"
    if (
        first > 0
        and not tokens[first - 1].capitalised
        and tokens[first - 1].lower in D.REGION_SIDES
    ):
        return True  # "southern Iran"
    if first > 1 and tokens[first - 1].lower == "of" and tokens[first - 2].lower in D.PLACE_NOUNS:
        return True
    return after < len(tokens) and tokens[after].lower in D.PLACE_NOUNS


def _first_predicate(tokens: list[Token], in_actor: set[int]) -> int | None:
    """The first content word after the first actor: where the predicate starts."""
    seen_actor = False
    for i, token in enumerate(tokens):
        if i in in_actor:
            seen_actor = True
        elif seen_actor and token.text[0].isalpha() and token.lower not in D.STOPWORDS:
            return i
    return None


# -- figures -----------------------------------------------------------------------------------


# -- ordinals ----------------------------------------------------------------------------------


def _ordinal_mention(
    ctx: _SourceContext, start: int, end: int, tokens: list[Token] | None = None
) -> ClaimMention | None:
    """A sentence claiming "X was the third (country) to <verb> ... after A and B"."""
    text = ctx.source.text
    m = ORDINAL_PHRASE.search(text, start, end)
    if not m:
        return None
    to = TO_VERB.search(text, m.end(), min(end, m.end() + MAX_ORDINAL_SPAN))
    if not to or to.group("verb").lower() in D.STOPWORDS:
        return None
    rank_word = m.group("rank").lower()
    rank = D.ORDINALS.get(rank_word) if rank_word in D.ORDINALS else int(rank_word[:-2])
    base = _mention(ctx, start, end, tokens=tokens)
    if base is None or rank is None:
        return None
    subjects = tuple(a for a in _actor_ids(ctx, start, m.start()))
    if not subjects:
        return None
    verb_stem = stem(to.group("verb").lower())
    verb = relation_frame(tokenize(text, to.start("verb"), end))[0] or verb_stem
    predecessors = _predecessors(ctx, m.end(), end, to.start())
    objects = _ordinal_objects(ctx, to.end(), end)
    return replace(
        base, subjects=subjects, action=verb if verb != verb_stem else base.action,
        ordinal=Ordinal(rank, verb, predecessors), objects=frozenset(objects - set(predecessors)),
    )  # fmt: skip


def _ordinal_objects(ctx: _SourceContext, start: int, end: int) -> set[str]:
    """What an ordinal claim's verb is done to: the words up to the first preposition or
    comma after them ("to offer the K7 with no monthly fee": the K7; "to land on the
    Moon": the Moon), or all of the clause when that leaves nothing."""
    text = ctx.source.text
    first = re.search(r"\w", text[start:end])
    told = OBJECT_END.search(text, start + first.end(), end) if first else None
    for stop in (told.start(), end) if told else (end,):
        found = content_terms(tokenize(text, start, stop), set(), []) | set(
            _actor_ids(ctx, start, stop)
        )
        if found:
            return found
    return set()


def _predecessors(ctx: _SourceContext, start: int, end: int, to_start: int) -> tuple[str, ...]:
    m = _AFTER.search(ctx.source.text, start, end)
    if not m:
        return ()
    stop = ctx.source.text.find(",", m.end(), end)
    stop = stop if stop != -1 else (to_start if to_start > m.end() else end)
    return _actor_ids(ctx, m.end(), stop)


def _actor_ids(ctx: _SourceContext, start: int, end: int) -> tuple[str, ...]:
    tokens = tokenize(ctx.source.text, start, end)
    return tuple(a.id for a in _actors(tokens, ctx, []))


# -- claims ------------------------------------------------------------------------------------


def _claim(index: MentionIndex, members: list[int], disputed: set[int]) -> Claim:
    mentions = [index.mentions[i] for i in members]
    citations = tuple(
        Citation(n, m.source_id, m.start, m.end, m.text, m.origin, m.title)
        for n, m in enumerate(mentions, 1)
    )
    voices = index.voices(members)
    if any(i in disputed for i in members):
        status = "conflict"
    else:
        status = "corroborated" if voices >= 2 else "single"
    about = tuple(dict.fromkeys(n for m in mentions[:3] for n in m.names))[:4]
    if mentions[0].action:
        about += (mentions[0].action,)
    # The claim reads best as a whole sentence: the first mention that starts like one.
    shown = next((m for m in mentions if m.text[:1].isupper()), mentions[0])
    return Claim(shown.text, status, voices, citations, about)  # type: ignore[arg-type]


# -- words -------------------------------------------------------------------------------------
