"""Describe a document: its publication date, language, kind and publisher.

Every reader calls `describe` last; it fills only what the reader left as None, from general
evidence in the document itself (its blocks, its reference list and the lines the cleaner cut)
and from the origin's address. Nothing here needs the network.

- `parse_dateline` reads the date of a dateline ("Mar 3, 2021, 09:15 CET", "Updated: 03/03/2021",
  "2022-07-13T10:00:00Z") and refuses ordinary sentences that merely contain a date.
- `find_dateline` looks for that dateline near a page's title; `guess_title` picks the title
  line from its overlap with the opening paragraphs and the address, repetition and a dateline.
- `guess_language` compares stop-word profiles (a dozen languages) and CJK script shares.
- `guess_kind` weighs encyclopedia evidence (reference list, encyclopedic section names, mirror
  banners, wiki markup) against news evidence (dateline, byline, news furniture).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urlparse

from sourcedesk.ingest import boilerplate as bp
from sourcedesk.records import Document, SourceKind

_MONTH = "|".join(sorted((re.escape(m) for m in bp.MONTHS), key=len, reverse=True))
_YEAR = r"(?P<y>1[6-9]\d\d|2[01]\d\d)"
_DATE_FORMS = (
    # 2022-07-13, 2022/07/13, 2022.07.13, 2022-07-13T10:00:00Z
    re.compile(r"\b" + _YEAR + r"[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    # Jul 14, 2022 / July 14th 2022 / Nov. 19, 2019
    re.compile(
        r"\b(?P<mn>" + _MONTH + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR + r"\b",
        re.IGNORECASE,
    ),
    # 3 March 2021 / 3. März 2021 / 14 de julho de 2022
    re.compile(
        r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?P<mn>"
        + _MONTH
        + r")\.?,?\s+(?:de\s+)?"
        + _YEAR
        + r"\b",
        re.IGNORECASE,
    ),
    # 14/07/2022, 07-14-2022, 14.07.2022
    re.compile(r"\b(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.]" + _YEAR + r"\b"),
    # 11/20/19 (a two-digit year, in short datelines only)
    re.compile(r"^\W*(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d{2})\b"),
    # July 2022
    re.compile(r"\b(?P<mn>" + _MONTH + r")\.?,?\s+" + _YEAR + r"\b", re.IGNORECASE),
    # a lone year
    re.compile(r"^\W*" + _YEAR + r"\W*$"),
)
#: Each stop word and the languages it belongs to (one dictionary lookup per word).
_STOPWORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _lang, _stops in bp.LANGUAGE_STOPWORDS.items():
    for _word in _stops:
        _STOPWORD_LANGUAGES[_word] = (*_STOPWORD_LANGUAGES.get(_word, ()), _lang)
_LANGUAGE_ORDER = {lang: i for i, lang in enumerate(bp.LANGUAGE_STOPWORDS)}
_WEEKDAY = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?", re.IGNORECASE
)  # English weekdays
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?\b")
_TZ = re.compile(r"\b[A-Z]{2,4}\b|[+-]\d{2}:?\d{2}\b|\bZ\b")
_WORD = re.compile(r"\w+", re.UNICODE)
_DATELINE_LABEL = re.compile(bp.DATELINE_LABEL, re.IGNORECASE)
_NONLETTER = re.compile(r"[\W\d_]+")
_YEARISH = re.compile(r"\d{4}|\d/\d{1,2}/\d{2}\b")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_COPYRIGHT_OWNER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?:©|\(c\))\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"(?P<owner>[^\d.|\n][^.|\n]{1,80}?)[ \t]*(?:[.|]|all rights reserved|$)",
    re.IGNORECASE | re.MULTILINE,
)
# "… is published by Ledger Arts Media.", "… is a trading name of Castellane Digital Ltd."
_PUBLISHED_BY = re.compile(
    r"\b(?:(?:is|are) (?:published|operated|owned) by|is a trading name of) "
    r"(?P<owner>[A-Z][^.|\n]{1,80}?)[ \t]*(?:[.|]|$)",
    re.MULTILINE,
)
# What follows a publisher's name in its notice: an address after a comma, a tagline after a
# middle dot ("Brannock Notes · Powered by …"), a trailing year. Not what follows a dash: "IRIA -
# International Relations …" spells its name out.
_OWNER_TAIL = re.compile(r"\s*(?:,|\s[·•]\s).*$|\s+(?:19|20)\d\d$")
_NOT_AN_OWNER = re.compile(r"^(?:all rights|some rights)\b", re.IGNORECASE)
_SITE_OWNER = re.compile(r"\b(?:on|to|of) the (?P<owner>[A-Z][\w&'. -]{1,60}?) (?:website|site)\b")
_NEWS_PATH = re.compile(r"/(?:news|story|stories|article|articles|politics|world)/|/20\d\d/\d\d/")
_NEWS_REMOVED = re.compile(
    r"\b(?:advertisement|subscribe|newsletter|comments?|share|related|recommended|byline|"
    r"reporting by|editing by|breaking news|most (?:read|popular)|cookies?)\b",
    re.IGNORECASE,
)
_ENCYCLOPEDIA_REMOVED = re.compile(
    r"\bwikipedia\b|\binfobox\b|\{\{|\bcategor(?:y|ies)\s*:|\bredirected from\b|"
    r"\b(?:main|further) (?:article|information)\s*:",
    re.IGNORECASE,
)


# A clock or "p. m." written with a space after its separator by tokenized captures
# ("6: 07: 15 PM", "08. 23 BST", "7: 08 p. m."), closed up before the dateline is read.
_SPACED_CLOCK = re.compile(
    r"(\b\d{1,2}[:.]|\b[ap]\.) (?=\d{2}\b(?!\s*(?:%|percent|per cent))|m\.)", re.IGNORECASE
)


@lru_cache(maxsize=bp.DATELINE_CACHE_SIZE)
def parse_dateline(line: str) -> str | None:
    """The ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all) a dateline states.

    Cached: the title search asks again about the lines after each candidate, and a site's
    datelines and footers recur on its pages."""
    text = _SPACED_CLOCK.sub(r"\1", " ".join(line.split()))
    if not _YEARISH.search(text):
        return None
    labelled = _LABELLED_DATE.match(text)
    if labelled:  # "Posted on 15 May 2025 by … | Filed under: …": the label vouches for it
        value = _date_at_start(text[labelled.end() :])
        if value:
            return value
    released = _RELEASE_LABEL.match(text)
    if released and len(text.split()) <= bp.DATELINE_MAX_WORDS:
        value = _first_full_date(text[released.end() :])
        if value:  # "For immediate release: Friday 4 April 2025": a weekday, an hour between
            return value
    whole = _dateline_value(text) if len(text.split()) <= bp.DATELINE_MAX_WORDS else None
    if whole or not _SEGMENT_BREAK.search(text):
        return whole
    # "By Ana Vorr | 19 March 2025 | 4 min read": a byline's parts, one of them the date; the
    # line may run long with its tags ("Posted by … on 2 May 2025 · 7 min read · Tags: …")
    parts = (part.strip() for part in _SEGMENT_BREAK.split(text))
    values = (_dateline_value(p) for p in parts if len(p.split()) <= bp.DATELINE_MAX_WORDS)
    return next((value for value in values if value), None)


# A line labelled as the page's date: "Published: …", "Posted on …", "Last updated …"
_LABELLED_DATE = re.compile(
    r"\W*(?:first |last )?(?:published|posted|updated)(?:\s+(?:on|at))?:?\s+", re.IGNORECASE
)
_SEGMENT_BREAK = re.compile(r"\s[|·•]\s")
_RELEASE_LABEL = re.compile(r"\W*" + bp.RELEASE_DATE_LABEL, re.IGNORECASE)
# A wire story's lead: "VELLPORT, 24 March 2025 - …", "Lisle, May 3, 2025 (Wire) — …"
_LEAD_DATELINE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s?){1,4},\s+(?P<date>[^-–—()]{6,30}?)\s*(?:\([^)]{1,40}\)\s*)?(?:-|–|—|--)\s"
)


def lead_dateline(line: str) -> str | None:
    """The date of a dateline that opens a story's first paragraph, with its year."""
    match = _LEAD_DATELINE.match(line.strip())
    if match is None:
        return None
    value = _date_at_start(match.group("date"))
    return value if value and len(value) == len("YYYY-MM-DD") else None


_FULL_DATE_FORMS = 4  # the first forms of _DATE_FORMS give a day, a month and a year


def _date_at_start(text: str) -> str | None:
    """The full date a text opens with, if any."""
    for form in _DATE_FORMS[:_FULL_DATE_FORMS]:
        match = form.match(text)
        if match:
            return _iso(match)
    return None


def _first_full_date(text: str) -> str | None:
    """The first full date (day, month and year) a text states, if any."""
    for form in _DATE_FORMS[:_FULL_DATE_FORMS]:
        match = form.search(text)
        if match and (value := _iso(match)):
            return value
    return None


def _dateline_value(text: str) -> str | None:
    for form in _DATE_FORMS:
        match = form.search(text)
        if match is None:
            continue
        value = _iso(match)
        if value and _is_dateline_rest(text[: match.start()] + " " + text[match.end() :]):
            return value
        return None
    return None


def is_dateline(line: str) -> bool:
    """Whether a line is a dateline stating at least a month (a lone year is not one)."""
    value = parse_dateline(line)
    return value is not None and len(value) >= len("YYYY-MM")


def find_dateline(
    lines: Sequence[str], anchor: int, first: int, skip: Callable[[int], bool] = lambda i: False
) -> str | None:
    """The date of the dateline near the title line `anchor` (after it up to a few lines past
    the article's `first` line, else just before it), else of a labelled one ("Published ...")
    anywhere, else of a wire lead ("VELLPORT, 24 March 2025 - …") in those first lines: dates
    deeper in the page belong to other things (comments, infoboxes)."""
    near = [
        *range(anchor, first + bp.DATELINE_REACH),
        *range(anchor - 1, max(-1, anchor - 1 - bp.DATELINE_REACH), -1),
    ]
    labelled = [i for i, line in enumerate(lines) if _DATELINE_LABEL.match(line)]
    for i in [*near, *labelled]:
        if 0 <= i < len(lines) and not skip(i) and is_dateline(lines[i]):
            return parse_dateline(lines[i])
    for i in range(max(anchor, 0), min(first + bp.DATELINE_REACH, len(lines))):
        lead = lead_dateline(lines[i])  # the story's own first lines, kept or not
        if lead:
            return lead
    return None


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("yy"):
        short = int(groups["yy"])
        year = 2000 + short if short < bp.TWO_DIGIT_YEAR_PIVOT else 1900 + short
    else:
        year = int(groups["y"])
    if groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        day_first = bp.NUMERIC_DATES_DAY_FIRST if a <= 12 and b <= 12 else a > 12
        day, month = (a, b) if day_first else (b, a)
    elif groups.get("mn"):
        month = bp.MONTHS[groups["mn"].lower().rstrip(".")]
        if not groups.get("d"):
            return f"{year:04d}-{month:02d}"
        day = int(groups["d"])
    elif groups.get("m"):
        month, day = int(groups["m"]), int(groups["d"])
    else:
        return f"{year:04d}"
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _is_dateline_rest(rest: str) -> bool:
    """Whether what surrounds the date is dateline furniture (labels, time, zone, a name)."""
    rest = _TZ.sub(" ", _TIME.sub(" ", _WEEKDAY.sub(" ", rest)))
    extra = [
        w
        for w in rest.split()
        if w.lower().strip(",.:;|") not in bp.DATELINE_WORDS and _WORD.search(w)
    ]
    lowercase = sum(1 for w in extra if w[:1].islower())
    return (
        not _fact_label(rest)
        and len(extra) <= bp.DATELINE_MAX_EXTRA_WORDS
        and lowercase <= bp.DATELINE_MAX_LOWERCASE_WORDS
        and not re.search(r"[.!?]\s+\w", rest)
    )


def _fact_label(rest: str) -> bool:
    """Whether the words before a date label a fact ("Opened", "Born", "First shipped", "Last
    distributed"): the label's first word after "first", "last" or "date" is a fact's word or a
    past participle that no page's own date uses ("Posted", "Updated", "Issued" do)."""
    words = [w.lower().strip(",.:;|") for w in rest.split()]
    while words and words[0] in bp.DATE_LABEL_OPENERS:
        words.pop(0)
    first = words[0] if words else ""
    return first in bp.FACT_DATE_LABELS or (first.endswith("ed") and first not in bp.DATELINE_WORDS)


def guess_language(text: str) -> str | None:
    """The language of a text (ISO 639-1) from stop-word profiles and scripts, or None."""
    sample = text[:20000]
    cjk = 0 if sample.isascii() else len(_CJK.findall(sample))
    # Only a text with CJK characters needs its letters counted: without them the share test
    # fails, and a text without letters holds no stop word either.
    if cjk and cjk / max(1, len(_NONLETTER.sub("", sample))) >= bp.CJK_MIN_SHARE:
        if len(_HANGUL.findall(sample)) > cjk / 2:
            return "ko"
        return "ja" if _KANA.search(sample) else "zh"
    return guess_language_from_words(_WORD.findall(sample.lower()))


def guess_language_from_words(words: Iterable[str]) -> str | None:
    """The language whose stop words occur most among the given lower-cased words."""
    hits: Counter[str] = Counter()
    for word, count in Counter(filter(_STOPWORD_LANGUAGES.__contains__, words)).items():
        for lang in _STOPWORD_LANGUAGES[word]:
            hits[lang] += count
    if not hits:
        return None
    best, count = max(hits.items(), key=lambda item: (item[1], -_LANGUAGE_ORDER[item[0]]))
    return best if count >= bp.LANGUAGE_MIN_HITS else None


def guess_title(
    lines: Sequence[str],
    start: int,
    *,
    lede: str = "",
    origin: str = "",
    eligible: Callable[[int], bool] = lambda i: True,
) -> int:
    """Which line before the article's first line (`start`) names it; -1 when none fits.

    A title is a short line near the text, whose words recur in the opening paragraphs (`lede`)
    and in the address's slug, often repeated (page title and heading) and followed by a
    dateline or byline.
    """
    lede_words = _content_words(lede)
    slug_words = _content_words(" ".join(re.split(r"[/_.?=&-]", urlparse(origin).path)))
    counts = Counter(" ".join(line.lower().split()) for line in lines[:start])
    best, best_score = -1, 0.0
    for i in range(max(0, start - bp.TITLE_WINDOW), start):
        words = len(lines[i].split())
        if not eligible(i) or not bp.TITLE_MIN_WORDS <= words <= bp.TITLE_MAX_WORDS:
            continue
        content = _content_words(lines[i])
        score = bp.TITLE_LENGTH_WEIGHT * min(words, bp.TITLE_FULL_WORDS) / bp.TITLE_FULL_WORDS
        score += bp.TITLE_LEDE_WEIGHT * _share(content, lede_words)
        score += bp.TITLE_SLUG_WEIGHT * _share(content, slug_words)
        score += bp.TITLE_REPEAT_WEIGHT if counts[" ".join(lines[i].lower().split())] > 1 else 0
        following = range(i + 1, min(i + 1 + bp.TITLE_DATELINE_REACH, start))
        score += bp.TITLE_DATELINE_WEIGHT if any(parse_dateline(lines[j]) for j in following) else 0
        score -= bp.TITLE_DISTANCE_COST * (start - i)
        if score > best_score:
            best, best_score = i, score
    return best


def _content_words(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {w for w in words if len(w) >= 3 and not w.isdigit() and w not in _STOPWORD_LANGUAGES}


def _share(words: set[str], among: set[str]) -> float:
    """How well `words` are found in `among`: the share found, discounted below a few matches."""
    found = len(words & among)
    return (
        found / len(words) * min(found, bp.TITLE_FULL_MATCHES) / bp.TITLE_FULL_MATCHES
        if words
        else 0.0
    )


def guess_kind(doc: Document, origin: str = "") -> SourceKind:
    """Whether a document is an encyclopedia article, a news article, or something else."""
    encyclopedia = _encyclopedia_evidence(doc, origin)
    news = _news_evidence(doc, origin)
    if encyclopedia >= 2 and encyclopedia >= news:
        return "encyclopedia"
    if news >= 2:
        return "news"
    return "other"


def _encyclopedia_evidence(doc: Document, origin: str) -> int:
    headings = {b.text.strip().lower() for b in doc.blocks if b.kind == "heading"}
    score = 2 if "wikipedia" in origin.lower() or doc.reader.startswith("wikitext") else 0
    score += min(len(headings & bp.ENCYCLOPEDIA_SECTIONS), 2)
    score += 1 if len(doc.references) >= 3 else 0
    score += 1 if _ENCYCLOPEDIA_REMOVED.search("\n".join(doc.removed)) else 0
    score += 1 if doc.title and "wikipedia" in doc.title.lower() else 0
    return score


def _news_evidence(doc: Document, origin: str) -> int:
    score = 2 if doc.published else 0
    score += 1 if _NEWS_PATH.search(origin.lower()) else 0
    score += min(len(_NEWS_REMOVED.findall("\n".join(doc.removed))), 3)
    return score


def guess_publisher(doc: Document, origin: str = "") -> str | None:
    """The publisher named by a copyright or site notice, Wikipedia for mirrors, or the host."""
    removed = "\n".join(doc.removed)
    for pattern in (_COPYRIGHT_OWNER, _PUBLISHED_BY, _SITE_OWNER):
        for match in pattern.finditer(removed):
            owner = _owner_name(match.group("owner"))
            if owner:
                return owner
    if "wikipedia" in removed.lower() and doc.kind == "encyclopedia":
        return "Wikipedia"
    host = urlparse(origin).hostname if "://" in origin else None
    return host.removeprefix("www.") if host else None


def _owner_name(raw: str) -> str | None:
    """The publisher's name in a copyright or site notice, without what trails it; None when
    the notice names nobody ("© 2024 All rights reserved.")."""
    owner = _OWNER_TAIL.sub("", raw.strip()).strip(" -–,")
    if _NOT_AN_OWNER.match(owner) or not re.search(r"[^\W\d_]", owner):
        return None
    return owner


def _checked_language(doc: Document) -> str | None:
    """The declared language, unless the text plainly reads as another: pages often keep a
    template's `<html lang="en">` over text in German or Indonesian."""
    text = "\n".join(b.text for b in doc.blocks)
    if doc.language is None:
        return guess_language(text)
    if len(text.split()) < bp.LANGUAGE_CHECK_MIN_WORDS:
        return doc.language
    guessed = guess_language(text)
    declared = doc.language.split("-")[0].lower()
    return guessed if guessed and guessed != declared else doc.language


def describe(doc: Document, origin: str = "") -> Document:
    """The document with whatever of title/published/kind/language/publisher was None filled."""
    labelled = (line for line in doc.removed if _DATELINE_LABEL.match(line))
    published = doc.published or next(
        (parse_dateline(ln) for ln in labelled if is_dateline(ln)), None
    )
    doc = replace(doc, published=published)
    doc = replace(doc, language=_checked_language(doc))
    if doc.kind is None:
        doc = replace(doc, kind=guess_kind(doc, origin))
    if doc.publisher is None:
        doc = replace(doc, publisher=guess_publisher(doc, origin))
    if doc.title is None:
        heading = next((b.text for b in doc.blocks if b.kind == "heading" and b.level <= 1), None)
        doc = replace(doc, title=heading)
    if doc.url is None and origin.startswith(("http://", "https://")):
        doc = replace(doc, url=origin)
    return doc
