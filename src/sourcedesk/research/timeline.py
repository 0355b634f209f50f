"""Events: what happened when, according to which sources.

``events_for_source`` turns each dated sentence of one source into events: the date is the
most specific one the clause gives (ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), the text is
the clause with its leading date phrase stripped, and one citation quotes the clause.

Some tellings cannot be dated by their source alone; they are still returned, for
``merge_events`` (in ``timeline_merge``) to place against the other sources:

- a day and month the source gives no year for ("On July 13, ...") is dated ``XXXX-07-13``;
- in a news page without a publication date, the headline and lead are dated ``XXXX``.

In news with a publication date, the headline and lead take the lead's date (else that of a
matching event told shortly before publication, else the publication day), and any other
clause in the past tense that states no date is placed on the publication day with a note
that it happened on or before it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from datetime import date, timedelta

from sourcedesk.ingest.metadata import guess_language
from sourcedesk.records import Citation, DateMention, Event
from sourcedesk.research import date_patterns
from sourcedesk.research import timeline_data as T
from sourcedesk.research.dates import event_date, tag_dates, topic_year
from sourcedesk.research.tense import past_verb
from sourcedesk.research.timeline_merge import merge_events, undated_events
from sourcedesk.research.timeline_words import overlap, profile

__all__ = ["events_for_source", "merge_events", "undated_events"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_YEARLESS_DAY = re.compile(r"^XXXX-\d\d-\d\d$")
_FUTURE_CUES = re.compile(date_patterns.FUTURE_CUES, re.I)
_WORDS = re.compile(r"\w+")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_FOUR_DIGITS = re.compile(r"\d{4}")
_QUOTES = '"“”'


def events_for_source(
    source_id: str,
    text: str,
    sentences: list[tuple[int, int]],
    *,
    published: str | None,
    news: bool,
    origin: str = "",
    title: str = "",
    language: str | None = None,
) -> list[Event]:
    """The dated events one source tells, one per dated clause, each citing its clause.

    In news, the headline and the lead sentence tell the story's main event: when they carry
    no date of their own they take the lead's date, else the publication date. The opening's
    undated clauses in the past tense are read in English only (``language``, ISO 639-1,
    guessed from the text when not given).
    """
    cite = (source_id, origin, title)
    topic = None if news else topic_year(title)  # "2025 Orsa landslide": its days are 2025's
    mentions = [
        m for m in tag_dates(text, published, news=news, topic_year=topic) if _value(m.value)
    ]
    starts = [m.start for m in mentions]
    per_sentence: list[list[Event]] = []
    dated_sentences: set[int] = set()
    for i, (s_start, s_end) in enumerate(sentences):
        lo, hi = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        inside = [
            m for m in mentions[lo:hi] if m.end <= s_end and not _quoted_relative(text, s_start, m)
        ]
        if inside:
            dated_sentences.add(i)
        per_sentence.append(_sentence_events(text, s_start, s_end, inside, published, cite))
    events = [e for found in per_sentence for e in found]
    if news:
        story = _story_sentences(text, sentences, title)
        events += _story_events(text, sentences, story, per_sentence, published, cite)
        if _english(text, language):
            lead = _lead_sentences(text, sentences, story) - dated_sentences
            events += _undated_events(text, sentences, lead, events, published, cite)
    return sorted(events, key=lambda e: (e.citations[0].start, e.citations[0].end))


def _english(text: str, language: str | None) -> bool:
    """Whether a source is in English (a short text whose language cannot be told is)."""
    if language is None and len(text.split()) >= T.LANGUAGE_MIN_WORDS:
        language = guess_language(text)
    return language in (T.ENGLISH, None)


def _value(value: str) -> str | None:
    """The event date of a TIMEX3 value: ISO, or ``XXXX-MM-DD`` for a day without a year."""
    return event_date(value) or (value if _YEARLESS_DAY.match(value) else None)


def _sentence_events(
    text: str,
    start: int,
    end: int,
    inside: list[DateMention],
    published: str | None,
    cite: tuple[str, str, str],
) -> list[Event]:
    """The events of one sentence, one per dated clause."""
    if not inside or _not_an_event(text, start, end, inside):
        return []
    found = []
    for c_start, c_end, mention in _clauses(text, start, end, inside):
        event = _make_event(text, c_start, c_end, mention, cite)
        if event and c_start > start and _lost_subject(text, c_start, c_end, mention):
            event = _with_subject(event, text, start)
        if event and not _planned(text, c_start, c_end, event.date, published):
            found.append(event)
    return found


def _normalised(text: str) -> str:
    """Lower-case words only, for comparing a sentence with a title."""
    return " ".join(_WORDS.findall(text.lower()))


def _story_sentences(text: str, sentences: list[tuple[int, int]], title: str) -> list[int]:
    """The indices of the headline (the sentence that repeats the title) and the lead."""
    story: list[int] = []
    window = list(enumerate(sentences[: T.LEAD_SEARCH]))
    if title:
        story += [i for i, (s, e) in window if _normalised(text[s:e]) == _normalised(title)][:1]
    for i, (s, e) in window:
        if i in story or (story and i < story[0]):
            continue
        words = text[s:e].split()
        if len(words) >= T.LEAD_MIN_WORDS and text[s:e].rstrip()[-1:] in '.!?"”':
            story.append(i)
            break
    return story


def _lead_sentences(text: str, sentences: list[tuple[int, int]], story: list[int]) -> set[int]:
    """The sentences of a news page's opening that follow its headline and lead: where news
    writing reports what has just happened (background comes later)."""
    start = max(story, default=-1) + 1
    lead: set[int] = set()
    for i in range(start, len(sentences)):
        if len(lead) >= T.LEAD_SENTENCES:
            break
        s, e = sentences[i]
        if len(text[s:e].split()) >= T.LEAD_MIN_WORDS:
            lead.add(i)
    return lead


def _dated(when: str) -> bool:
    """Whether a date has a year (not an ``XXXX`` placeholder)."""
    return not when.startswith(T.YEARLESS)


def _told_date(quotes: list[str], told: list[Event], published: str) -> str:
    """The date of the story: a day the source tells the same event on, shortly before it
    was published; else the publication date."""
    story = profile(" ".join(quotes))
    day = date.fromisoformat(published[:10])
    best, best_score = published[:10], 0.0
    for event in told:
        if _precision(event.date) < 3 or not _dated(event.date):
            continue
        lag = (day - date.fromisoformat(event.date)).days
        score = overlap(story, profile(event.citations[0].quote))
        if 0 <= lag <= T.STORY_DAYS and score >= T.SAME_DATE_OVERLAP and score > best_score:
            best, best_score = event.date, score
    return best


def _story_events(
    text: str,
    sentences: list[tuple[int, int]],
    story: list[int],
    per_sentence: list[list[Event]],
    published: str | None,
    cite: tuple[str, str, str],
) -> list[Event]:
    """Events for an undated headline and lead: the lead's date, the publication date, or
    (with neither) ``XXXX`` for another source to place."""
    dates = [
        e.date for i in story for e in per_sentence[i] if _precision(e.date) == 3 and _dated(e.date)
    ]
    if dates:
        when = dates[0]
    elif published and len(published) >= 10:
        told = [e for found in per_sentence for e in found]
        when = _told_date([text[slice(*sentences[i])] for i in story], told, published)
    elif published:
        return []
    else:
        when = T.YEARLESS
    note = ""
    if published and when == published[:10]:
        note = " " + T.ON_OR_BEFORE_NOTE.format(day=_long_day(when))
    events = []
    for i in story:
        citation = _citation(text, *sentences[i], cite)
        quote = citation.quote if citation else ""
        if per_sentence[i] or not quote or _FUTURE_CUES.search(quote):
            continue
        assert citation is not None
        events.append(Event(when, _describe(quote, -1, -1) + note, (citation,)))
    return events


def _citation(text: str, start: int, end: int, cite: tuple[str, str, str]) -> Citation | None:
    """A citation of a sentence, surrounding blanks left out."""
    quote = text[start:end].strip()
    if not quote:
        return None
    start = text.index(quote, start)
    return Citation(0, cite[0], start, start + len(quote), quote, cite[1], cite[2])


# --- clauses told in the past without a date (news) ------------------------------------------


def _undated_events(
    text: str,
    sentences: list[tuple[int, int]],
    lead: set[int],
    told: list[Event],
    published: str | None,
    cite: tuple[str, str, str],
) -> list[Event]:
    """Past-tense clauses of a news page's opening with no date: the day of an event the page
    tells in like words shortly before publication, else on or before its publication day."""
    if not published or len(published) < 10:
        return []
    day = published[:10]
    note = T.ON_OR_BEFORE_NOTE.format(day=_long_day(day))
    events = []
    for i in sorted(lead):
        citation = _citation(text, *sentences[i], cite)
        if not citation or not _past_event(citation.quote):
            continue
        if _tells_earlier_times(citation.quote, int(day[:4])):
            continue  # "a pin-up in World War II": background, not the day's news
        when = _told_date([citation.quote], told, published)
        description = _describe(citation.quote, -1, -1)
        events.append(
            Event(when, description if when != day else f"{description} {note}", (citation,))
        )
    return events


def _tells_earlier_times(sentence: str, year: int) -> bool:
    """Whether a sentence speaks of an era ("the 1940s", "World War II") or of a year before
    the publication's."""
    if T.ERA_CUES.search(sentence):
        return True
    return any(int(y) < year for y in T.YEAR_WORD.findall(sentence))


def _long_day(day: str) -> str:
    """An ISO day written out ("14 July 2022")."""
    when = date.fromisoformat(day)
    return f"{when.day} {when.strftime('%B')} {when.year}"


def _past_event(sentence: str) -> bool:
    """Whether a sentence reports something that happened: a statement ending in a full stop,
    not quoted, not a question or a condition, with a verb in the past tense in its main clause
    and nothing that looks ahead."""
    stripped = sentence.strip()
    if stripped[:1] in _QUOTES or stripped[-1:] not in ".!" or "?" in stripped:
        return False
    if stripped.count('"') % 2 or stripped.count("“") != stripped.count("”"):
        return False  # part of a quotation the sentence splitter cut
    words = _WORD.findall(stripped)
    if len(words) < T.MIN_UNDATED_EVENT_WORDS or words[0].lower() in T.NOT_EVENT_OPENERS:
        return False
    main = _unquoted(T.COMPLEMENT.split(T.SUBORDINATORS.split(stripped, maxsplit=1)[0])[0])
    if _FUTURE_CUES.search(main) or T.REFERENCE_CUES.search(stripped):
        return False
    lowered = [w.lower() for w in _WORD.findall(main)]
    for k in range(1, len(lowered)):
        if lowered[k] in T.PRESENT_AUXILIARIES or lowered[k] in T.FIRST_PERSON:
            return False
        if past_verb(lowered, k):
            return True
    return False


def _unquoted(text: str) -> str:
    """A text with its quoted passages left out."""
    return _QUOTED.sub(" ", text)


# --- dated clauses ---------------------------------------------------------------------------


def _not_an_event(text: str, start: int, end: int, mentions: list[DateMention]) -> bool:
    """Whether a dated sentence is a dateline or a reference entry, not an event."""
    sentence = text[start:end]
    if T.REFERENCE_CUES.search(sentence):
        return True
    rest = sentence
    for m in mentions:
        rest = rest.replace(m.text, " ")
    words = _WORD.findall(rest)
    lower = [w for w in words if w.islower() and len(w) > 1 and w not in T.STOPWORDS]
    return len(words) < T.MIN_EVENT_WORDS or len(lower) < T.MIN_LOWER_WORDS


def _quoted_relative(text: str, start: int, mention: DateMention) -> bool:
    """Whether a relative date ("today") stands in a quotation: it dates the speech, unknown."""
    if any(ch.isdigit() for ch in mention.text):
        return False
    before = text[start : mention.start]
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


def _since(text: str, mention: DateMention) -> bool:
    """Whether a date follows "since": it starts a state ("the first deaths … since 1991",
    "has lived there since 2004"), it does not date the clause's event."""
    return T.SINCE_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None


def _attributive(text: str, mention: DateMention) -> bool:
    """Whether a date qualifies a noun ("the 2022 invasion") rather than dating the clause."""
    if not _FOUR_DIGITS.fullmatch(mention.text):
        return False
    before = text[max(0, mention.start - 6) : mention.start]
    after = text[mention.end : mention.end + 30]
    return bool(T.ATTRIBUTIVE_BEFORE.search(before) and T.ATTRIBUTIVE_AFTER.match(after))


def _precision(when: str) -> int:
    """1 for a year, 2 for a month, 3 for a day."""
    return when.count("-") + 1


def _clauses(
    text: str, start: int, end: int, mentions: list[DateMention]
) -> list[tuple[int, int, DateMention]]:
    """Split a sentence between clauses that carry different dates; each with its date."""
    dated = [m for m in mentions if not _attributive(text, m) and not _since(text, m)]
    if not dated:
        return []
    groups = [[dated[0]]]
    for m in dated[1:]:
        if _value(m.value) == _value(groups[-1][-1].value):
            continue
        if T.COORDINATED_DATES.fullmatch(text[groups[-1][-1].end : m.start]):
            groups[-1].append(m)  # "in 2005 and 2006": one clause told of both dates
        else:
            groups.append([m])
    inner = [
        _boundary(text, left[-1].end, right[0].start) for left, right in itertools.pairwise(groups)
    ]
    cuts = [start, *(c for c in inner if c is not None), end]
    pieces = [(cuts[i], cuts[i + 1], g) for i, g in enumerate(groups) if i + 1 < len(cuts)]
    if None in inner or not all(_whole_clause(text, lo, hi, g[0]) for lo, hi, g in pieces):
        if len(groups) == 1:
            return [(start, end, m) for m in groups[0]]
        best = max(dated, key=lambda m: (_rank(m), -m.start))
        return [(start, end, best)]
    return [(lo, hi, m) for lo, hi, group in pieces for m in group]


def _rank(mention: DateMention) -> tuple[int, int]:
    """How well a mention dates its sentence: a date with a year first, then precision."""
    when = _value(mention.value) or ""
    return (_dated(when), _precision(when))


def _whole_clause(text: str, start: int, end: int, mention: DateMention) -> bool:
    """Whether a piece of a sentence can stand as an event: enough words, not a relative clause."""
    rest = text[start : mention.start] + " " + text[mention.end : end]
    words = _WORD.findall(rest)
    return len(words) >= T.MIN_EVENT_WORDS and words[0].lower() not in T.RELATIVE_PRONOUNS


def _lost_subject(text: str, start: int, end: int, mention: DateMention) -> bool:
    """Whether a clause cut from its sentence opens on a verb phrase whose subject came before
    ("…, and only became public this weekend", "…, establishing ties in May 2017")."""
    rest = text[start : mention.start] + " " + text[mention.end : end]
    opening = next((w for w in _WORD.findall(rest) if w.lower() not in T.CLAUSE_LEAD_WORDS), "")
    return opening.islower() and _verb_like(opening)


def _verb_like(word: str) -> bool:
    """Whether a clause's first word opens a verb phrase, not a subject ("establishing …",
    "reopened …", "was …", "only became …"; not "shares fell", "police arrested")."""
    return (
        word.endswith(("ing", "ed"))
        or word in T.VERB_PHRASE_OPENERS
        or (word.endswith("ly") and len(word) > 4)
    )


def _with_subject(event: Event, text: str, sentence_start: int) -> Event:
    """An event whose clause lost its subject, told with the sentence's opening words first
    ("Norvale recognised the two … establishing ties …"): the words after a leading date
    phrase ("In 2015, Halvik bought …") and before any figure, whose date is another event's."""
    words = text[sentence_start:].split()
    lead = next((i for i, w in enumerate(words[: T.LEAD_PHRASE_WORDS]) if w.endswith(",")), -1)
    if words and words[0].lower() in T.CLAUSE_LEAD_WORDS and lead >= 0:
        words = words[lead + 1 :]
    opening: list[str] = []
    for word in words[: T.SUBJECT_WORDS]:
        if any(ch.isdigit() for ch in word):
            break
        opening.append(word)
    while opening and opening[-1].lower() in T.CLAUSE_LEAD_WORDS:
        opening.pop()  # "Rijk said in" -> "Rijk said"
    if not opening:
        return event
    told = event.text[:1].lower() + event.text[1:]
    return replace(event, text=f"{' '.join(opening).rstrip(' ,;')} … {told}")


def _boundary(text: str, lo: int, hi: int) -> int | None:
    """The offset where a second clause starts between two dates, if there is a boundary."""
    gap = text[lo:hi]
    for marker in T.CLAUSE_BOUNDARIES:
        at = gap.rfind(marker)
        if at >= 0:
            return lo + at + (1 if marker.startswith((",", ";")) else 0)
    return None


def _make_event(
    text: str, start: int, end: int, mention: DateMention, cite: tuple[str, str, str]
) -> Event | None:
    """An event for one clause: its date, its description and a citation of the clause."""
    while start < end and text[start] in " ,;":
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    when = _value(mention.value)
    if when is None or end <= start:
        return None
    offset = T.OFFSET_BEFORE_DATE.search(text[max(start, mention.start - 120) : mention.start])
    if offset:
        when = _bounded(when, offset.group("size").lower(), offset.group("dir").lower())
        if when is None:
            return None
    quote = text[start:end]
    citation = Citation(0, cite[0], start, end, quote, cite[1], cite[2])
    return Event(when, _describe(quote, mention.start - start, mention.end - start), (citation,))


def _bounded(when: str, size: str, direction: str) -> str | None:
    """What is left of a date when the event lies some span before or after it: the month or
    year the whole span stays inside ("days before 24 February 2022" -> 2022-02)."""
    if not _dated(when):
        return None
    parts = [int(p) for p in when.split("-")] + [1, 1]
    day = date(parts[0], parts[1], parts[2])
    reach = timedelta(days=T.OFFSET_DAYS.get(size, 3650))
    other = day - reach if direction in ("before", "prior to", "ahead of") else day + reach
    if _precision(when) == 3 and (other.year, other.month) == (day.year, day.month):
        return f"{day.year:04d}-{day.month:02d}"
    if _precision(when) >= 2 and other.year == day.year:
        return f"{day.year:04d}"
    return None


def _describe(clause: str, m_start: int, m_end: int) -> str:
    """The clause without its leading date phrase and connectives, cut when long."""
    text = clause
    lead = T.DATE_LEAD.match(clause[:m_start]) if m_start >= 0 else None
    if lead and (lead.group(0).strip() or clause[m_end : m_end + 1] == ","):
        text = clause[m_end:].lstrip(" ,")
    text = T.LEADING_CONNECTIVES.sub("", text.strip())
    words = text.split()
    if len(words) > T.MAX_DESCRIPTION_WORDS:
        head = " ".join(words[: T.MAX_DESCRIPTION_WORDS])
        cuts = [head.find(c, len(" ".join(words[:8]))) for c in T.DESCRIPTION_CUTS]
        cut = min((c for c in cuts if c > 0), default=len(head))
        date_text = clause[m_start:m_end] if m_start >= 0 else ""
        at = text.find(date_text) if date_text else -1
        if at >= cut:  # the cut would lose the date: keep the part of the clause that holds it
            return _with_date(text, at, at + len(date_text))
        text = head[:cut].rstrip(" ,;") + " …"
    return text[:1].upper() + text[1:]


def _with_date(text: str, start: int, end: int) -> str:
    """A long clause told by its opening words and the phrase around its date
    ("Her account … at a café with her son 12 years ago …")."""
    words = text.split()
    opening = " ".join(words[: T.DESCRIPTION_OPENING_WORDS])
    before = [text.rfind(c, len(opening), start) for c in T.DESCRIPTION_CUTS]
    lo = max(
        (b + len(c) for b, c in zip(before, T.DESCRIPTION_CUTS, strict=True) if b >= 0),
        default=len(opening),
    )
    around = text[lo:start].split()[-T.DESCRIPTION_DATE_WORDS :]
    after = [text.find(c, end) for c in T.DESCRIPTION_CUTS]
    hi = min((a for a in after if a >= 0), default=len(text))
    tail = text[end:hi].split()[: T.DESCRIPTION_DATE_WORDS]
    phrase = " ".join([*around, text[start:end], *tail]).strip(" ,;")
    ending = "" if hi == len(text) and len(tail) == len(text[end:hi].split()) else " …"
    described = f"{opening.rstrip(' ,;')} … {phrase}{ending}"
    return described[:1].upper() + described[1:]


def _planned(text: str, start: int, end: int, when: str, published: str | None) -> bool:
    """Whether a clause announces a plan for after its publication, not an event."""
    if not published or not _dated(when) or when[:10] <= published[: len(when)]:
        return False
    return _FUTURE_CUES.search(text[start:end]) is not None
