"""Events: what happened when, according to which sources, merged across sources.

``events_for_source`` turns each dated sentence of one source into events: the date is the
most specific one the clause gives (ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), the text is
the clause with its leading date phrase stripped, and one citation quotes the clause.
``merge_events`` joins the same event told by several sources: dates at the same precision
(or one refining the other when the wording agrees strongly), similar content words
(stemmed) and shared actors. The result is sorted by date, a partial date at the start of
its period.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache

from sourcedesk.records import Citation, DateMention, Event
from sourcedesk.research import date_patterns, entity_data
from sourcedesk.research.dates import event_date, tag_dates
from sourcedesk.stemming import stem

__all__ = ["events_for_source", "merge_events"]

# A clause needs this many words besides its dates, and this many lower-case content words
# (verbs, common nouns), to tell an event rather than be a dateline or a reference entry.
MIN_EVENT_WORDS = 4
MIN_LOWER_WORDS = 1
# Descriptions longer than this many words are cut at a clause boundary.
MAX_DESCRIPTION_WORDS = 30
# News: the headline and lead are looked for among the first sentences; a lead has words.
LEAD_SEARCH = 5
LEAD_MIN_WORDS = 8
# An undated story takes the date of an event the source tells with similar words at most
# this many days before publication.
STORY_DAYS = 3
# Merging: share of the smaller event's content words the two must share, and how many.
SAME_DATE_OVERLAP = 0.5
REFINED_DATE_OVERLAP = 0.7
MIN_SHARED_WORDS = 3
# Overlap is counted against at least this many words, so tiny profiles do not match all.
MIN_PROFILE_WORDS = 5

# Sentences that cite a page rather than tell an event.
REFERENCE_CUES = re.compile(
    r"\b(?:Retrieved|Archived from|Accessed|Published|Updated)\b|\^|\(\d{4}(?:-\d\d){0,2}\)"
)
# Where a sentence may be split between two clauses with different dates, best first.
CLAUSE_BOUNDARIES = ("; ", ", and ", ", but ", ", while ", ", whereas ", " and ", ", ")
# Words that open a relative clause, which cannot stand as an event of its own.
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "whose", "that", "where", "when"})
# Connectives stripped from the start of a description.
LEADING_CONNECTIVES = re.compile(r"^(?:and|but|while|whereas|then|so)\s+", re.I)
# Cut points for long descriptions.
DESCRIPTION_CUTS = (", marking ", ", which ", ", citing ", ", saying ", " — ", " – ", "; ", ", ")
# Prepositions that may open a date phrase at the start of a clause.
DATE_LEAD = re.compile(
    r"^\s*(?:(?:and|but|then)\s+)?"
    r"(?:(?:on|in|by|during|as of|from|at|since|early|late|until)\s+(?:the\s+)?)?$",
    re.I,
)
# A year used as an attribute ("the 2022 invasion", "Russia's 2022 offensive").
ATTRIBUTIVE_BEFORE = re.compile(r"(?:\bthe|\ba|\ban|['’]s)\s+$", re.I)
ATTRIBUTIVE_AFTER = re.compile(r"^\s+[A-Za-z][\w-]*")
STOPWORDS: frozenset[str] = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "and", "or", "but",
    "as", "that", "this", "these", "those", "it", "its", "was", "were", "is", "are", "be",
    "been", "has", "have", "had", "from", "after", "before", "which", "who", "also", "their",
    "his", "her", "they", "he", "she", "would", "will", "said", "says", "not", "into",
    "than", "both", "two", "first", "while", "over", "about", "between", "due", "other",
})  # fmt: skip
# Words that say the same event in other words ("cut ties" = "severed relations").
EVENT_SYNONYMS: dict[str, str] = {
    "cut": "sever", "broke": "sever", "break": "sever", "breaks": "sever", "severed": "sever",
    "severance": "sever", "severs": "sever", "terminated": "sever", "terminating": "sever",
    "ties": "relations", "tie": "relations", "relationship": "relations",
    "recognition": "recognize", "recognised": "recognize", "recognized": "recognize",
    "recognizes": "recognize", "recognising": "recognize", "recognizing": "recognize",
}  # fmt: skip

# Where the main clause of a description ends: the event is told before, its cause after.
SUBORDINATORS = re.compile(
    r"\s(?:due to|after|because|following|in response to|as a result of|amid|since)\s"
    r"|,\s*(?:which|who|citing|saying|marking|according to)\s",
    re.I,
)
MIN_MAIN_CLAUSE_WORDS = 4

# Words of dates, left out of the words compared.
CALENDAR_WORDS: frozenset[str] = frozenset(
    {*date_patterns.MONTHS, *date_patterns.WEEKDAYS, "today", "yesterday", "tomorrow", "earlier"}
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass(frozen=True)
class _Profile:
    """What merging compares: the date's parts, content stems and actors."""

    parts: tuple[str, ...]
    stems: frozenset[str]
    actors: frozenset[str]


def events_for_source(
    source_id: str,
    text: str,
    sentences: list[tuple[int, int]],
    *,
    published: str | None,
    news: bool,
    origin: str = "",
    title: str = "",
) -> list[Event]:
    """The dated events one source tells, one per dated clause, each citing its clause.

    In news, the headline and the lead sentence tell the story's main event: when they carry
    no date of their own they take the lead's date, else the publication date.
    """
    mentions = [m for m in tag_dates(text, published, news=news) if event_date(m.value)]
    starts = [m.start for m in mentions]
    per_sentence: list[list[Event]] = []
    for s_start, s_end in sentences:
        lo, hi = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        inside = [
            m for m in mentions[lo:hi] if m.end <= s_end and not _quoted_relative(text, s_start, m)
        ]
        found: list[Event] = []
        if inside and not _not_an_event(text, s_start, s_end, inside):
            for c_start, c_end, mention in _clauses(text, s_start, s_end, inside):
                event = _make_event(text, c_start, c_end, mention, source_id, origin, title)
                if event and not _planned(text, c_start, c_end, event.date, published):
                    found.append(event)
        per_sentence.append(found)
    events = [e for found in per_sentence for e in found]
    if news:
        events += _story_events(
            text, sentences, per_sentence, published, (source_id, origin, title)
        )
    return sorted(events, key=lambda e: (e.citations[0].start, e.citations[0].end))


def _normalised(text: str) -> str:
    """Lower-case words only, for comparing a sentence with a title."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _story_sentences(text: str, sentences: list[tuple[int, int]], title: str) -> list[int]:
    """The indices of the headline (the sentence that repeats the title) and the lead."""
    story: list[int] = []
    window = list(enumerate(sentences[:LEAD_SEARCH]))
    if title:
        story += [i for i, (s, e) in window if _normalised(text[s:e]) == _normalised(title)][:1]
    for i, (s, e) in window:
        if i in story or (story and i < story[0]):
            continue
        words = text[s:e].split()
        if len(words) >= LEAD_MIN_WORDS and text[s:e].rstrip()[-1:] in '.!?"”':
            story.append(i)
            break
    return story


def _told_date(quotes: list[str], told: list[Event], published: str | None) -> str | None:
    """The date of the story: a day the source tells the same event on, shortly before it
    was published; else the publication date."""
    if not published or len(published) < 10:
        return None
    story = _profile(Event(published[:10], " ".join(quotes), ()))
    day = date.fromisoformat(published[:10])
    best, best_score = published[:10], 0.0
    for event in told:
        if _precision(event.date) < 3:
            continue
        lag = (day - date.fromisoformat(event.date)).days
        score = _overlap(story, _profile(event), {})
        if 0 <= lag <= STORY_DAYS and score >= SAME_DATE_OVERLAP and score > best_score:
            best, best_score = event.date, score
    return best


def _story_events(
    text: str,
    sentences: list[tuple[int, int]],
    per_sentence: list[list[Event]],
    published: str | None,
    cite: tuple[str, str, str],
) -> list[Event]:
    """Events for an undated headline and lead, at the lead's date or the publication date."""
    story = _story_sentences(text, sentences, cite[2])
    dates = [e.date for i in story for e in per_sentence[i] if _precision(e.date) == 3]
    if dates:
        when: str | None = dates[0]
    else:
        told = [e for found in per_sentence for e in found]
        quotes = [text[slice(*sentences[i])] for i in story]
        when = _told_date(quotes, told, published)
    if when is None:
        return []
    events = []
    for i in story:
        start, end = sentences[i]
        quote = text[start:end].strip()
        start = text.index(quote, start) if quote else start
        if per_sentence[i] or not quote or re.search(date_patterns.FUTURE_CUES, quote, re.I):
            continue
        citation = Citation(0, cite[0], start, start + len(quote), quote, cite[1], cite[2])
        events.append(Event(when, _describe(quote, -1, -1), (citation,)))
    return events


def _not_an_event(text: str, start: int, end: int, mentions: list[DateMention]) -> bool:
    """Whether a dated sentence is a dateline or a reference entry, not an event."""
    sentence = text[start:end]
    if REFERENCE_CUES.search(sentence):
        return True
    rest = sentence
    for m in mentions:
        rest = rest.replace(m.text, " ")
    words = _WORD.findall(rest)
    lower = [w for w in words if w.islower() and len(w) > 1 and w not in STOPWORDS]
    return len(words) < MIN_EVENT_WORDS or len(lower) < MIN_LOWER_WORDS


def _quoted_relative(text: str, start: int, mention: DateMention) -> bool:
    """Whether a relative date ("today") stands in a quotation: it dates the speech, unknown."""
    if any(ch.isdigit() for ch in mention.text):
        return False
    before = text[start : mention.start]
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


def _attributive(text: str, mention: DateMention) -> bool:
    """Whether a date qualifies a noun ("the 2022 invasion") rather than dating the clause."""
    if not re.fullmatch(r"\d{4}", mention.text):
        return False
    before = text[max(0, mention.start - 6) : mention.start]
    after = text[mention.end : mention.end + 30]
    return bool(ATTRIBUTIVE_BEFORE.search(before) and ATTRIBUTIVE_AFTER.match(after))


def _precision(date: str) -> int:
    """1 for a year, 2 for a month, 3 for a day."""
    return date.count("-") + 1


def _clauses(
    text: str, start: int, end: int, mentions: list[DateMention]
) -> list[tuple[int, int, DateMention]]:
    """Split a sentence between clauses that carry different dates; each with its date."""
    dated = [m for m in mentions if not _attributive(text, m)]
    if not dated:
        return []
    chosen = [dated[0]]
    for m in dated[1:]:
        if event_date(m.value) != event_date(chosen[-1].value):
            chosen.append(m)
    inner = [_boundary(text, left.end, right.start) for left, right in itertools.pairwise(chosen)]
    cuts = [start, *(c for c in inner if c is not None), end]
    pieces = [(cuts[i], cuts[i + 1], m) for i, m in enumerate(chosen) if i + 1 < len(cuts)]
    if None in inner or not all(_whole_clause(text, *p) for p in pieces):
        best = max(dated, key=lambda m: (_precision(event_date(m.value) or ""), -m.start))
        return [(start, end, best)]
    return pieces


def _whole_clause(text: str, start: int, end: int, mention: DateMention) -> bool:
    """Whether a piece of a sentence can stand as an event: enough words, not a relative clause."""
    rest = text[start : mention.start] + " " + text[mention.end : end]
    words = _WORD.findall(rest)
    return len(words) >= MIN_EVENT_WORDS and words[0].lower() not in RELATIVE_PRONOUNS


def _boundary(text: str, lo: int, hi: int) -> int | None:
    """The offset where a second clause starts between two dates, if there is a boundary."""
    gap = text[lo:hi]
    for marker in CLAUSE_BOUNDARIES:
        at = gap.rfind(marker)
        if at >= 0:
            return lo + at + (1 if marker.startswith((",", ";")) else 0)
    return None


def _make_event(
    text: str,
    start: int,
    end: int,
    mention: DateMention,
    source_id: str,
    origin: str,
    title: str,
) -> Event | None:
    """An event for one clause: its date, its description and a citation of the clause."""
    while start < end and text[start] in " ,;":
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    when = event_date(mention.value)
    if when is None or end <= start:
        return None
    quote = text[start:end]
    citation = Citation(0, source_id, start, end, quote, origin, title)
    return Event(when, _describe(quote, mention.start - start, mention.end - start), (citation,))


def _describe(clause: str, m_start: int, m_end: int) -> str:
    """The clause without its leading date phrase and connectives, cut when long."""
    text = clause
    lead = DATE_LEAD.match(clause[:m_start]) if m_start >= 0 else None
    if lead and (lead.group(0).strip() or clause[m_end : m_end + 1] == ","):
        text = clause[m_end:].lstrip(" ,")
    text = LEADING_CONNECTIVES.sub("", text.strip())
    words = text.split()
    if len(words) > MAX_DESCRIPTION_WORDS:
        head = " ".join(words[:MAX_DESCRIPTION_WORDS])
        cuts = [head.find(c, len(" ".join(words[:8]))) for c in DESCRIPTION_CUTS]
        cut = min((c for c in cuts if c > 0), default=len(head))
        text = head[:cut].rstrip(" ,;") + " …"
    return text[:1].upper() + text[1:]


def _planned(text: str, start: int, end: int, when: str, published: str | None) -> bool:
    """Whether a clause announces a plan for after its publication, not an event."""
    if not published or when[:10] <= published[: len(when)]:
        return False
    return re.search(date_patterns.FUTURE_CUES, text[start:end], re.I) is not None


# --- merging ---------------------------------------------------------------------------------


def _fold(word: str) -> str:
    """A word lower-cased, accents and British -ise spellings folded."""
    word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    word = word.replace("’", "'").removesuffix("'s")
    return re.sub(r"is(e|ed|es|ing|ation)$", r"iz\1", word)


@cache
def _actor_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """A regex of country names, aliases, capitals and demonyms, and each form's country."""
    table: dict[str, str] = {}
    for name, capital, demonyms, aliases in entity_data.COUNTRIES:
        for form in (name, capital, *demonyms, *aliases):
            table[form] = "actor" + re.sub(r"\W", "", name.lower())
    forms = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])"), table


def _with_actors(text: str) -> tuple[str, set[str]]:
    """A text with every country name replaced by one token per country, and those tokens."""
    pattern, table = _actor_pattern()
    found: set[str] = set()

    def swap(m: re.Match[str]) -> str:
        found.add(table[m.group(0)])
        return table[m.group(0)]

    return pattern.sub(swap, text), found


def _main_clause(text: str) -> str:
    """The description up to its first subordinate clause, when enough is left."""
    m = SUBORDINATORS.search(text)
    if m and len(_WORD.findall(text[: m.start()])) >= MIN_MAIN_CLAUSE_WORDS:
        return text[: m.start()]
    return text


def _profile(event: Event) -> _Profile:
    """The date parts, content stems and actors of an event's main clause."""
    text, actors = _with_actors(_main_clause(event.text))
    words = [_fold(w) for w in _WORD.findall(text)]
    stems = {
        w if w.startswith("actor") else stem(EVENT_SYNONYMS.get(w, w))
        for w in words
        if w not in STOPWORDS and len(w) > 2 and w not in CALENDAR_WORDS
    }
    return _Profile(tuple(event.date.split("-")), frozenset(stems), frozenset(actors))


def _dates_fit(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two dates are the same or one refines the other."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _weights(profiles: list[_Profile]) -> dict[str, float]:
    """Inverse event frequency of each stem: words every event shares count for little."""
    counts = Counter(stem for p in profiles for stem in p.stems)
    n = len(profiles)
    return {stem: math.log((n + 1) / (df + 1)) + 1.0 for stem, df in counts.items()}


def _overlap(a: _Profile, b: _Profile, weights: dict[str, float]) -> float:
    """The weighted share of the smaller event's content words the two share."""
    if not a.stems or not b.stems:
        return 0.0

    def mass(stems: frozenset[str]) -> float:
        return sum(weights.get(s, 1.0) for s in stems)

    share = mass(a.stems & b.stems) / min(mass(a.stems), mass(b.stems))
    return share * min(1.0, min(len(a.stems), len(b.stems)) / MIN_PROFILE_WORDS)


def _similar(a: _Profile, b: _Profile, weights: dict[str, float]) -> bool:
    """Whether two events read as the same event."""
    if not _dates_fit(a.parts, b.parts) or len(a.stems & b.stems) < MIN_SHARED_WORDS:
        return False
    if a.actors and b.actors and not a.actors & b.actors:
        return False
    needed = SAME_DATE_OVERLAP if a.parts == b.parts else REFINED_DATE_OVERLAP
    return _overlap(a, b, weights) >= needed


def merge_events(events: list[Event]) -> list[Event]:
    """The same event told several times merged into one citing every source, sorted by date."""
    ordered = sorted(events, key=_event_key)
    profiles = [_profile(e) for e in ordered]
    weights = _weights(profiles)
    clusters: list[list[int]] = []
    by_year: dict[str, list[int]] = {}  # dates only fit within a year: compare those clusters
    for i, profile in enumerate(profiles):
        best, best_score = None, 0.0
        year_clusters = by_year.setdefault(profile.parts[0] if profile.parts else "", [])
        for c in year_clusters:
            members = clusters[c]
            if not all(_dates_fit(profile.parts, profiles[j].parts) for j in members):
                continue
            if not any(_similar(profile, profiles[j], weights) for j in members):
                continue
            score = sum(_overlap(profile, profiles[j], weights) for j in members) / len(members)
            if score > best_score:
                best, best_score = c, score
        if best is None:
            year_clusters.append(len(clusters))
            clusters.append([i])
        else:
            clusters[best].append(i)
    merged = [
        _merge_cluster([ordered[i] for i in c], [profiles[i] for i in c], weights) for c in clusters
    ]
    return sorted(merged, key=_event_key)


def _merge_cluster(
    events: list[Event], profiles: list[_Profile], weights: dict[str, float]
) -> Event:
    """One event from several tellings: the most specific date, the most central wording."""
    deepest = max(len(p.parts) for p in profiles)
    candidates = [i for i, p in enumerate(profiles) if len(p.parts) == deepest]
    central = max(
        candidates,
        key=lambda i: (
            sum(_overlap(profiles[i], p, weights) for p in profiles),
            -len(events[i].text),
        ),
    )
    seen: set[tuple[str, int, int]] = set()
    citations = []
    for event in events:
        for c in event.citations:
            if (c.source_id, c.start, c.end) not in seen:
                seen.add((c.source_id, c.start, c.end))
                citations.append(c)
    numbered = tuple(
        Citation(n, c.source_id, c.start, c.end, c.quote, c.origin, c.title)
        for n, c in enumerate(citations, start=1)
    )
    return Event(events[central].date, events[central].text, numbered)


def _event_key(event: Event) -> tuple:
    """Sort key: the date with missing parts first in their period, then the wording."""
    parts = [int(p) for p in event.date.split("-")] + [0, 0]
    first = event.citations[0] if event.citations else None
    return (*parts[:3], event.text, first.source_id if first else "", first.start if first else 0)
