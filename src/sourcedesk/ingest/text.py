"""Clean a plain-text capture of a web page: keep the article, cut the furniture.

The input is a page's visible text, one block a line (as saved from a browser, or HTML rendered
to text). No markup survives, so the cleaner judges each line from general evidence: its length,
sentence punctuation, stop-word density in the page's language, furniture patterns (cookie
notices, share bars, comment prompts, related blocks, copyright footers, mirror banners),
menu-like tokens, repetition on the page (and across the site, when `site_lines` is given) and
its position relative to the article's prose.

Cascade (every stage returns the same `Document`; `reader` names the stage that decided):

1. ``text:rules`` -- every line gets a score (prose words count for it; short, furniture and
   barrier lines against it). The page is cut at barriers (comment, related and footer headers)
   and reference lists; the article is the first piece's maximum-sum run that scores half the
   best, joined by neighbouring runs that read as prose, ended at a comment section, cleared of
   trailing teaser blocks and continued over a closing list. Inside it, short lines become
   headings, list items or captions and furniture is cut; before it the title and dateline are
   found; after it "See also" and bibliography blocks are kept.
2. ``text:density`` -- when no run holds enough prose: every prose line anywhere that is not
   furniture (a jusText-like density classifier), with headings directly above prose.
3. ``text:keep-all`` -- when there is no prose at all: every line, as the baseline.

`removed` lists every cut line in page order, so a person can check what went.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from operator import methodcaller

from sourcedesk.ingest import boilerplate as bp
from sourcedesk.ingest import metadata
from sourcedesk.ingest.captions import with_credit_captions
from sourcedesk.ingest.pattern_sets import PatternSet
from sourcedesk.ingest.references import back_matter_blocks, find_reference_lists, is_section_name
from sourcedesk.records import Block, BlockKind, Document, Reference

RULES, DENSITY, KEEP_ALL = "text:rules", "text:density", "text:keep-all"
_ANY_LENGTH = 10**9

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_STRIP = "\"'“”‘’«»()[]{}.,;:!?…—–-*•|/"
_strip_punctuation = methodcaller("strip", _STRIP)


def _furniture_set(limit: int) -> PatternSet:
    """The furniture patterns allowed on lines of `limit` words."""
    return PatternSet([p for p, lim in bp.FURNITURE_PATTERNS if (lim or _ANY_LENGTH) >= limit])


_LIMITS = sorted({lim or _ANY_LENGTH for _, lim in bp.FURNITURE_PATTERNS})
#: For each word limit L: the furniture patterns allowed on lines of L words (see above).
_FURNITURE = [_furniture_set(limit) for limit in _LIMITS]
_BARRIER = PatternSet(bp.BARRIER_PATTERNS)
_COMMENT = PatternSet(bp.COMMENT_HEADER_PATTERNS)
_CAPTION = PatternSet(bp.CAPTION_PATTERNS)
_MARKUP = re.compile(bp.MARKUP_HEADING)
_MARKDOWN = re.compile(bp.MARKDOWN_HEADING)
_BULLET = re.compile(bp.BULLET_PATTERN)
_GLUED = re.compile(r"[a-z][A-Z]")
_CONTENTS_ENTRY = re.compile(bp.CONTENTS_ENTRY)
_SPONSOR = re.compile(bp.SPONSOR_LABEL)
_RELEASE_HEAD = re.compile(bp.PRESS_HEAD_MARK, re.IGNORECASE)
_ENDS = tuple(bp.SENTENCE_END + ":;")


@dataclass(slots=True)
class _Line:
    """One non-blank line of the page and what the classifier made of it."""

    text: str
    gap: bool  # a blank line came before it
    words: int = 0
    stop_ratio: float = 0.0
    prose: bool = False
    furniture: bool = False
    barrier: bool = False
    comment: bool = False  # opens a comment section
    caption: bool = False
    bullet: bool = False
    level: int = 0  # heading level given by markup ("== x ==", "## x")
    repeat: bool = False
    contents: bool = False  # a table of contents: cut, but it does not end the article
    spaced_menu: bool = False  # items set apart by wide gaps in the capture
    reference: bool = False
    score: float = 0.0


def read_text_capture(
    text: str, origin: str = "", *, site_lines: Counter[str] | None = None
) -> Document:
    """The article of a plain-text page capture, with its title, references and cut lines."""
    lines = _split(text)
    language = metadata.guess_language(text)
    stops = bp.LANGUAGE_STOPWORDS.get(language or "")
    for line in lines:
        _classify(line, stops, site_lines)
    _mark_repeats(lines)
    _mark_sponsor_boxes(lines)
    _mark_continued_furniture(lines, stops)
    _mark_section_labels(lines, site_lines)
    ref_lists = find_reference_lists([line.text for line in lines])
    for ref_list in ref_lists:
        for line in lines[ref_list.start : ref_list.end]:
            line.reference = True
    references = tuple(ref for rl in ref_lists for ref in rl.references)
    for line in lines:
        line.score = _score(line)
    stage, kept, title = _cascade(lines, origin)
    doc = with_credit_captions(_assemble(lines, kept, title, stage, references))
    return metadata.describe(replace(doc, language=language), origin)


# --- lines and their features ------------------------------------------------------------


def _split(text: str) -> list[_Line]:
    lines: list[_Line] = []
    gap = False
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for raw in unwrap(text.replace("\u200b", "").replace("\ufeff", "").split("\n")):
        clean = " ".join(raw.split())
        if not clean:
            gap = True
            continue
        if _gapped_dateline(clean, raw):
            # "August 9, 2023 4:52 PM  Updated 2 hours ago": a byline's parts, kept apart
            clean = " | ".join(" ".join(part.split()) for part in WIDE_GAP.split(raw.strip()))
        lines.append(_Line(clean, gap, spaced_menu=_spaced_menu(raw)))
        gap = False
    return lines


# A capture saved with its lines wrapped at a fixed width ("text/plain" exports, e-mails,
# terminal copies): most lines that run on into the next end near one width.
WRAP_MIN_WIDTH, WRAP_MAX_WIDTH = 40, 120
WRAP_MIN_LINES = 6  # run-on lines needed to tell a wrapped page
WRAP_NEAR = 0.75  # a run-on line this share of the width or more ends near it
WRAP_SHARE = 0.6  # of the run-on lines, this share end near the width
WRAP_FULL = 0.8  # a line this full that stops in mid-sentence was wrapped
WRAP_WIDER_SHARE = 0.2  # of the run-on lines, at most this share are wider than the wrap


def unwrap(raws: list[str]) -> list[str]:
    """The page's lines with a wrapped paragraph's lines joined into one.

    A line runs on into the next (no blank line between) because the capture wrapped it when
    the next line's first word would not have fitted within the page's width; a line that ends
    early with room for that word ended for a reason (a byline, a list item, a heading). Pages
    whose run-on lines do not end near one width are left alone: each line there is a block."""
    width = _wrap_width(raws)
    if width is None:
        return raws
    joined: list[str] = []
    wrapped = False  # whether the last line came from the wrapped text (not a wider line)
    for raw in raws:
        previous = joined[-1].rstrip() if joined else ""
        runs_on = previous and raw.strip() and _runs_on(previous, raw.strip(), width)
        # a box's rules and a marked heading ("=== Sponsor: … ===") are lines of their own;
        # so are a table's rows ("Batch number:     LK-2291") and a line wider than the wrap
        # (a menu or notice the capture left whole)
        apart = any(
            _rule_line(line) or _markup_level(line.strip()) or _table_row(line)
            for line in (previous, raw)
        )
        apart = apart or not wrapped or len(raw.rstrip()) > width
        wrapped = len(raw.rstrip()) <= width
        if runs_on and not apart and not _BULLET.match(raw.strip()):
            glue = "" if re.search(r"[^\W\d_]-$", previous) else " "
            joined[-1] = previous + glue + raw.strip()
        else:
            joined.append(raw)
    return joined


def _runs_on(previous: str, line: str, width: int) -> bool:
    """Whether a line was wrapped into the next: that line's first word would not have fitted,
    or the line fills nearly the width and ends in mid-sentence (a capture wrapped a little
    short of its widest line) and the next line is no dateline of its own (a newsletter's
    "Issue #58 -- Thursday 6 February 2025" under its tagline)."""
    if len(previous) + 1 + len(line.split(maxsplit=1)[0]) > width:
        return True
    full = len(previous) >= WRAP_FULL * width and not previous.endswith(_ENDS)
    return full and not metadata.is_dateline(line)


def _wrap_width(raws: list[str]) -> int | None:
    """The width a capture's lines were wrapped at, or None when they were not.

    Most lines that run on end near that width in mid-sentence; or, on a page with many short
    lines (a notice's header, its contacts), enough of them go on in the next line's lower-case
    word ("… the cheese may\ncontain …"), which no page of one block a line does."""
    pairs = [
        (raw.rstrip(), after.strip())
        for raw, after in pairwise(raws)
        if raw.strip() and after.strip() and not _rule_line(raw) and not _table_row(raw)
    ]
    run_on = [line for line, _ in pairs]
    fitting = [line for line in run_on if len(line) <= WRAP_MAX_WIDTH]
    if len(fitting) < WRAP_MIN_LINES or len(fitting) < WRAP_SHARE * len(run_on):
        return None
    width = max({len(line) for line in fitting}, key=lambda w: (_ending_near(fitting, w), w))
    if sum(len(line) > width for line in run_on) > WRAP_WIDER_SHARE * len(run_on):
        return None
    near = [line for line in fitting if WRAP_NEAR * width <= len(line) <= width]
    # a wrap falls anywhere in a sentence; lines that each end a sentence are one block each
    broken = sum(not line.endswith(_ENDS) for line in near)
    if width < WRAP_MIN_WIDTH or len(near) < WRAP_MIN_LINES or broken < WRAP_SHARE * len(near):
        return None
    if len(near) >= WRAP_SHARE * len(fitting):
        return width
    continued = sum(
        WRAP_NEAR * width <= len(line) <= width and not line.endswith(_ENDS) and after[:1].islower()
        for line, after in pairs
    )
    return width if continued >= WRAP_SHARE * len(near) else None


def _ending_near(lines: list[str], width: int) -> int:
    """How many lines end in mid-sentence near `width`: the wrap width is the one most lines
    end near, not the widest line (a menu or cookie notice the capture did not wrap)."""
    return sum(
        WRAP_NEAR * width <= len(line) <= width and not line.endswith(_ENDS) for line in lines
    )


_TABLE_GAP = re.compile(r"\S(?: {3,}|\t)\S")


def _table_row(raw: str) -> bool:
    """A row of a table typed in a fixed-width capture: a label and its value set apart by a
    run of spaces or a tab ("Expiry date:     04/2026"); no wrapped sentence holds one."""
    return _TABLE_GAP.search(raw.strip()) is not None


def _rule_line(raw: str) -> bool:
    """A line drawn of one repeated mark ("-----", "=====", "*****"): a box's edge."""
    marks = raw.strip()
    return len(marks) >= 3 and len(set(marks)) == 1 and not marks[0].isalnum()


WIDE_GAP = re.compile(r" {2,}|\t")
SHORT_GAPPED_WORDS = 12  # a line this short whose parts a wide gap sets apart: a byline's parts


def _gapped_dateline(clean: str, raw: str) -> bool:
    """Whether a short line that opens with a date sets its parts apart by a wide gap (a
    dateline and its "Updated" note): a sentence typed with two spaces after its stop, or a
    label and its value, is left alone."""
    if len(clean.split()) > SHORT_GAPPED_WORDS:
        return False
    parts = WIDE_GAP.split(raw.strip())
    # the date comes first ("Opened   2 May 1931" is a table's row, its label first)
    return len(parts) > 1 and YEAR.search(parts[0]) is not None


YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _spaced_menu(raw: str) -> bool:
    """A link bar rendered as items set apart by wide gaps ("Home  News  Politics  Sport"):
    several short capitalised items and no sentence's end."""
    if "  " not in raw and "\t" not in raw:  # one item: no gap to set items apart
        return False
    items = re.split(r" {2,}|\t+", raw.strip())
    if len(items) < bp.SPACED_MENU_MIN_ITEMS or raw.rstrip().endswith(_ENDS):
        return False
    short = all(len(item.split()) <= bp.SPACED_MENU_ITEM_WORDS for item in items)
    return short and all(item[:1].isupper() or not item[:1].isalpha() for item in items)


def _classify(line: _Line, stops: frozenset[str] | None, site: Counter[str] | None) -> None:
    text = line.text
    lower = text.lower()
    tokens = lower.split()
    cjk = len(_CJK.findall(text)) if not text.isascii() else 0
    line.words = len(tokens) + cjk // bp.CJK_CHARS_PER_WORD
    if stops is None:
        line.stop_ratio = 1.0
    else:
        hits = sum(map(stops.__contains__, map(_strip_punctuation, tokens)))
        line.stop_ratio = hits / max(len(tokens), 1)
    line.level = _markup_level(text)
    line.bullet = _BULLET.match(text) is not None
    if line.level:  # "## 5 Comments": the heading's words, not its marks, say what it is
        lower = _heading_text(line).lower()
    line.furniture = (
        line.spaced_menu
        or _is_furniture(lower, line.words)
        or bool(site and site[text] >= bp.SITE_REPEAT_MIN)
    )
    line.barrier = line.furniture and line.words <= bp.BARRIER_MAX_WORDS and _BARRIER.search(lower)
    line.comment = line.barrier and _COMMENT.search(lower)
    line.caption = line.words <= bp.CAPTION_MAX_WORDS and _is_caption(lower)
    line.prose = not line.level and _is_prose(text, line.words, line.stop_ratio)


def _markup_level(text: str) -> int:
    if text[:1] not in ("=", "#"):
        return 0
    match = _MARKUP.match(text) or _MARKDOWN.match(text)
    return len(match.group(1)) if match else 0


@lru_cache(maxsize=bp.FURNITURE_CACHE_SIZE)
def _is_furniture(lower: str, words: int) -> bool:
    """Whether a lower-cased line matches a furniture pattern allowed at its length, or a menu.

    Cached: menus, share bars and footers repeat within a page and across a site's pages.
    """
    if _is_menu(lower, words):
        return True
    return _FURNITURE[bisect_left(_LIMITS, words)].search(lower)


LEADING_SEPARATORS = "·•|"


def is_furniture_line(text: str) -> bool:
    """Whether one line of text is page furniture by the plain-text cleaner's patterns; a
    separator left before it by a removed date ("· Updated 2 hours ago") does not hide it."""
    lower = text.lower().strip().lstrip(LEADING_SEPARATORS).strip()
    return _is_furniture(lower, len(lower.split()))


@lru_cache(maxsize=bp.FURNITURE_CACHE_SIZE)
def _is_caption(lower: str) -> bool:
    """Whether a lower-cased line holds caption evidence (a photo credit, an agency mark).

    Cached like `_is_furniture`: credit lines and short repeated lines recur across pages.
    """
    return _CAPTION.search(lower)


def _is_menu(lower: str, words: int) -> bool:
    """A link bar: only menu words, items glued together, or items split by bars."""
    if words <= 6 and all(w.strip(_STRIP) in bp.MENU_WORDS for w in lower.split()):
        return True
    return lower.count(" | ") >= 2 or lower.count(" · ") >= 2


# A pattern set: the byline is tried at the start only, and the other two only in a line that
# holds one of their words or a colon (a scan of every position cost a fifth of the line tests).
_BYLINE_OR_STAMP = PatternSet(
    [
        r"^\W*By\s+[A-Z]",
        r"\b(?:Updated|Published|Posted|Last modified)\b",
        r"\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\b",
    ]
)


def _is_prose(text: str, words: int, stop_ratio: float) -> bool:
    stopped = text.rstrip(bp.CLOSERS).endswith(_ENDS)
    # a full sentence may be dense with names and nouns ("Research team head Arvid Lunde
    # says a sleeping crew would need far smaller ships."); a byline with its time is not
    # ("By Tom Perry, Reuters. Updated Friday, February 11, 2011, 6:06 PM ET.")
    if stopped and words >= bp.DENSE_SENTENCE_MIN_WORDS and not _BYLINE_OR_STAMP.search(text):
        return stop_ratio >= bp.DENSE_SENTENCE_MIN_STOP_RATIO
    if stop_ratio < bp.PROSE_MIN_STOP_RATIO:
        return False
    if words >= bp.PROSE_NOPUNCT_MIN_WORDS:
        return True
    return words >= bp.SENTENCE_MIN_WORDS and text.rstrip(bp.CLOSERS).endswith(_ENDS)


def _is_glued_menu(line: _Line) -> bool:
    """Menu items rendered without spaces between them ("HomeNewsSportWeather")."""
    return (
        line.words <= bp.MENU_GLUE_MAX_WORDS and len(_GLUED.findall(line.text)) >= bp.MENU_GLUE_MIN
    )


def _mark_repeats(lines: list[_Line]) -> None:
    """Later copies of a long line are duplicates (a page rendered twice); a table of contents
    and glued menus are furniture."""
    seen: set[str] = set()
    contents = False
    for line in lines:
        if contents and _CONTENTS_ENTRY.match(line.text) and not line.prose:
            line.contents = True
            continue
        contents = line.contents = _is_contents_label(line)
        if len(line.text) >= bp.DUPLICATE_MIN_CHARS:
            line.repeat = line.text in seen
            seen.add(line.text)
        if not line.furniture and _is_glued_menu(line):
            line.furniture = True


def _mark_continued_furniture(lines: list[_Line], stops: frozenset[str] | None) -> None:
    """A line that goes on, in a lower-case function word, from a furniture line above it that
    stopped in mid-sentence is more of it ("Subscribe today for just £1 a week" / "and enjoy
    unlimited access …"): a prompt wrapped in a box of a page not wrapped as a whole. (A name
    written in lower case, "my6sense offers …", opens a sentence of its own.)"""
    if not stops:
        return
    for above, line in pairwise(lines):
        if line.gap or not above.furniture or above.text.rstrip(bp.CLOSERS).endswith(_ENDS):
            continue
        first = line.text.split(maxsplit=1)[0]
        if first.islower() and first.isalpha() and first in stops:
            line.furniture = True


#: A section heading that is also a site's menu word ("Money", "Politics") has at most this
#: many words.
SECTION_LABEL_MAX_WORDS = 3


def _mark_section_labels(lines: list[_Line], site: Counter[str] | None) -> None:
    """A menu word set apart between two paragraphs of prose heads the section under it
    ("Money" in a post that goes on about costs): a site's menu lists its labels one after
    another, or over a headline, never alone between sentences of a story."""
    for above, line, below in zip(lines, lines[1:], lines[2:], strict=False):
        if (
            line.furniture
            and line.gap
            and below.gap
            and line.words <= SECTION_LABEL_MAX_WORDS
            and above.prose
            and below.prose
            and not (above.furniture or below.furniture)
            and _only_a_menu_word(line, site)
        ):
            line.furniture = line.barrier = line.comment = False


def _only_a_menu_word(line: _Line, site: Counter[str] | None) -> bool:
    """Whether a line is furniture only as a menu's label, by no furniture pattern."""
    if line.spaced_menu or line.repeat or (site and site[line.text] >= bp.SITE_REPEAT_MIN):
        return False
    lower = (_heading_text(line) if line.level else line.text).lower()
    return _is_menu(lower, line.words) and not _FURNITURE[bisect_left(_LIMITS, line.words)].search(
        lower
    )


def _is_contents_label(line: _Line) -> bool:
    """A table of contents' heading ("Contents", "## In this issue"): it names no article."""
    return _key(_heading_text(line)).replace("’", "'").strip(" :") in bp.CONTENTS_HEADINGS


def _mark_sponsor_boxes(lines: list[_Line]) -> None:
    """A sponsor's box is furniture: its label ("=== Sponsor: … ===", "This issue is supported
    by …") and the few lines under it when a blank line, a rule or the next heading ends them
    (a label with no such end in sight is cut alone: the page sets nothing apart)."""
    for at, line in enumerate(lines):
        if not _sponsor_label(line):
            continue
        line.furniture = True
        end = _box_end(lines, at + 1)
        for inside in lines[at + 1 : end or at + 1]:
            inside.furniture = True


def _box_end(lines: list[_Line], start: int) -> int | None:
    """Where a box whose label stands right above line `start` ends (a blank line, a rule or
    a heading), if it ends within a box's length."""
    if start >= len(lines) or lines[start].gap:
        return None
    for i in range(start, min(start + bp.SPONSOR_BOX_MAX_LINES + 1, len(lines))):
        line = lines[i]
        if (i > start and line.gap) or line.level or _rule_line(line.text):
            return i
    return None


def _sponsor_label(line: _Line) -> bool:
    text = _heading_text(line) if line.level else line.text
    return (
        not line.prose
        and line.words <= bp.SPONSOR_LABEL_MAX_WORDS
        and _SPONSOR.search(text.lower()) is not None
    )


def _score(line: _Line) -> float:
    if line.repeat or line.level or line.contents:
        return 0.0
    if line.barrier:
        return -bp.BARRIER_PENALTY
    if line.furniture:
        return -bp.FURNITURE_PENALTY
    if line.prose:
        return line.words * bp.PROSE_WORD_WEIGHT
    if line.caption:
        return bp.CAPTION_BONUS
    return -(bp.SHORT_LINE_PENALTY + bp.SHORT_WORD_PENALTY * line.words)


# --- the cascade ---------------------------------------------------------------------------


def _cascade(lines: list[_Line], origin: str) -> tuple[str, dict[int, Block], int]:
    """Which stage decided, the kept blocks by line number, and the title's line (or -1)."""
    regions = _main_regions(lines)
    if regions:
        regions[0] = _with_unstopped_lead(lines, regions[0], origin)
        title = _find_title(lines, regions[0].start, origin)
        regions[0] = _with_fact_box(lines, _with_opening_section(lines, regions[0], title), title)
        kept: dict[int, Block] = {}
        for run in regions:
            kept.update(_region_blocks(lines, run.start, run.end, title))
        kept.update(back_matter_blocks(lines, regions[-1].end, _heading_text))
        kept.update(_standfirst(lines, title, regions[0].start))
        return RULES, kept, title
    prose = [i for i, line in enumerate(lines) if line.prose and _plain(line)]
    if prose:
        title = _find_title(lines, prose[0], origin)
        return DENSITY, _density_blocks(lines, prose, title), title
    everything = {i: Block("paragraph", ln.text) for i, ln in enumerate(lines) if not ln.reference}
    return KEEP_ALL, everything, -1


def _with_unstopped_lead(lines: list[_Line], run: _Run, origin: str) -> _Run:
    """The first run widened over the line just above it when that line reads as a sentence
    that lost its final stop (a lead or standfirst) and a title line stands above it; else
    that sentence would be taken for the title, and the headline lost."""
    above = run.start - 1
    if above >= 1 and _unstopped_sentence(lines[above]):
        return _Run(above, run.end, run.score) if _find_title(lines, above, origin) >= 0 else run
    top = _highlights_top(lines, run.start)
    if top < run.start and _find_title(lines, top, origin) >= 0:
        return _Run(top, run.end, run.score)
    return run


def _with_opening_section(lines: list[_Line], run: _Run, title: int) -> _Run:
    """The first run widened over the heading of its opening section right above it and below
    the title ("Summary", "Background", a marked "## First story" of a newsletter): a notice,
    report or newsletter heads its first paragraph too."""
    above = run.start - 1
    if above <= title or not _plain(lines[above]) or lines[above].prose:
        return run
    name = _key(_heading_text(lines[above])).strip(" :")
    section = lines[above].level >= 2 or name in bp.OPENING_SECTION_HEADINGS  # "## Summary"
    section = section or _update_note(lines[above])  # "Latest update - 14 May 2025"
    return _Run(above, run.end, run.score) if section else run


def _with_fact_box(lines: list[_Line], run: _Run, title: int) -> _Run:
    """The first run widened over a box of labelled facts between the title and the text (a
    notice's "Reference: …", "Alert type: …" rows; its dates and furniture are cut inside the
    run as anywhere): two rows or more, and nothing else there but datelines and furniture."""
    between = range(title + 1, run.start)
    if title < 0 or not between:
        return run
    rows = [i for i in between if _plain(lines[i]) and _field_row(lines[i])]
    if len(rows) < bp.FACT_BOX_MIN_ROWS:
        return run
    others = (lines[i] for i in between if i not in rows)
    if all(ln.furniture or _is_dateline(ln) or not _has_letters(ln.text) for ln in others):
        return _Run(title + 1, run.end, run.score)
    return run


def _highlights_top(lines: list[_Line], start: int) -> int:
    """Where a release's or story's highlights begin: two or more bullets of a few words each,
    one of them with a figure, right above the lede ("- Corvane shareholders to receive EUR
    14.20 in cash per share, …"); `start` when there are none. A menu's bullets are a word or
    two, and a list of related stories stands under its own header, not over the lede."""
    top = start
    while top >= 2 and start - top < bp.HIGHLIGHTS_MAX_LINES:
        line = lines[top - 1]
        if not (line.bullet and _plain(line) and line.words >= bp.HIGHLIGHT_MIN_WORDS):
            break
        top -= 1
    bullets = lines[top:start]
    if len(bullets) < 2 or not any(any(c.isdigit() for c in ln.text) for ln in bullets):
        return start
    return top


def _unstopped_sentence(line: _Line) -> bool:
    return (
        _plain(line)
        and not (line.prose or line.level or line.caption or line.bullet)
        and line.words >= bp.LEAD_NOPUNCT_MIN_WORDS
        and line.stop_ratio >= bp.LEAD_NOPUNCT_MIN_STOPS
    )


def _plain(line: _Line) -> bool:
    return not (line.furniture or line.repeat or line.reference or line.contents)


@dataclass(frozen=True, slots=True)
class _Run:
    """A run of lines [start, end) and the sum of their scores."""

    start: int
    end: int
    score: float


def _main_regions(lines: list[_Line]) -> list[_Run]:
    """The article's runs of lines: the first strong run, plus the runs that continue it.

    The page is cut at barrier lines (comment, related and footer headers) and reference
    lists; each piece contributes its maximum-sum run. Runs after a comment-section header
    only count when nothing before it holds enough prose.
    """
    runs = [run for lo, hi in _chunks(lines) if (run := _best_run(lines, lo, hi))]
    if not runs:
        return []
    comment = _comment_start(lines, runs)
    candidates = [run for run in runs if run.end <= comment] or runs
    top = max(run.score for run in candidates)
    main = next(run for run in candidates if run.score >= bp.FIRST_RUN_SHARE * top)
    at = runs.index(main)
    regions = [main]
    for run in runs[at + 1 :]:
        if run.start > comment or not _joins(lines, regions[-1].end, run.start, run):
            break
        regions.append(run)
    for run in reversed(runs[:at]):
        if not _joins(lines, run.end, regions[0].start, run):
            break
        regions.insert(0, run)
    words = sum(_prose_words(lines, run) for run in regions)
    if words < bp.REGION_MIN_WORDS:
        return []
    regions[-1] = _trim_teasers(lines, regions[-1])
    regions[-1] = _extend_tail(lines, regions[-1], min(comment, len(lines)))
    notes = _release_notes(lines, regions[-1].end)
    return [*regions, notes] if notes else regions


def _release_notes(lines: list[_Line], after: int) -> _Run | None:
    """A press release's notes after its end mark ("Notes to editors", "About Halvik Lines"):
    the facts it gives about its sender are text, its contacts that follow are not."""
    i, limit = after, len(lines)
    while i < limit and _contact_or_mark(lines[i]) and not _notes(lines[i]):
        i += 1  # "ENDS", "Media enquiries:", "Ana Brell, Head of Communications", "Tel: …"
    if i >= limit or not _notes(lines[i]) or not _ends_release(lines, after, i):
        return None
    end = i + 1
    while end < limit and (_notes(lines[end]) or lines[end].prose or lines[end].bullet):
        if lines[end].barrier or (lines[end].furniture and not _notes(lines[end])):
            break
        end += 1
    if not any(line.prose for line in lines[i + 1 : end]):
        return None
    return _Run(i, end, 0.0)


def _contact_or_mark(line: _Line) -> bool:
    """A line between a release's text and its notes: furniture, or a short line that is no
    sentence (a contact's name and title, a telephone number)."""
    if line.comment:
        return False
    return line.furniture or (not line.prose and line.words <= bp.CONTACT_MAX_WORDS)


def _ends_release(lines: list[_Line], after: int, notes: int) -> bool:
    """Whether the lines before a release's notes hold its end mark or its contacts, so that
    a heading "About …" after a short line is no reader's box of another page."""
    return any(ln.furniture for ln in lines[after:notes]) or notes == after


def _notes(line: _Line) -> bool:
    return NOTES_HEADING.match(_heading_text(line)) is not None


NOTES_HEADING = re.compile(
    r"^(?:notes? (?:to|for) editors?|editors?['’]?s? notes?|about (?:the )?[A-Z][\w&.'’ -]{1,60})"
    r":?$",
    re.IGNORECASE,
)


def _trim_teasers(lines: list[_Line], run: _Run) -> _Run:
    """The run cut before teasers (headline, summary, headline, summary ...) that follow a
    cluster of furniture: other articles' summaries are prose too, but never two in a row."""
    words, j = 0, run.start
    while j < run.end:
        if lines[j].prose:
            words += lines[j].words if _plain(lines[j]) else 0
            j += 1
            continue
        k = j
        while k < run.end and not lines[k].prose:
            k += 1
        cluster = lines[j:k]
        furniture = any(line.furniture for line in cluster)
        if k - j >= bp.TEASER_CLUSTER_MIN and furniture and words >= bp.REGION_MIN_WORDS:
            summaries = [i for i in range(k, run.end) if lines[i].prose and _plain(lines[i])]
            if _teasers(lines, summaries, run.end):
                return _Run(run.start, j, run.score)
        j = k
    return run


def _teasers(lines: list[_Line], summaries: list[int], end: int) -> bool:
    """Whether prose lines read as teasers: each under its own headline, rarely two in a row."""
    if len(summaries) < bp.TEASER_MIN:
        return False
    paired = sum(1 for i in summaries if i + 1 < end and lines[i + 1].prose)
    headed = sum(1 for i in summaries if _is_headline(lines[i - 1]))
    n = len(summaries)
    return paired <= bp.TEASER_PAIRED_SHARE * n and headed >= bp.TEASER_HEADED_SHARE * n


def _is_headline(line: _Line) -> bool:
    """A teaser's headline or author line: a few words, not prose, furniture or a caption."""
    return not (line.prose or line.caption or line.level) and _plain(line) and line.words >= 2


def _extend_tail(lines: list[_Line], run: _Run, limit: int) -> _Run:
    """The run continued over the lines after it up to the first furniture line.

    A list or table closing the article (tour dates, steps, specifications) is made of short
    lines that score below zero, yet nothing separates it from the text above it.
    """
    end = run.end
    while end < limit and end - run.end < bp.TAIL_MAX_LINES:
        line = lines[end]
        if line.furniture or line.barrier or line.reference or line.level or line.comment:
            break
        if is_section_name(_heading_text(line)):
            break
        end += 1
    if end - run.end >= bp.TAIL_MAX_LINES:
        return run
    return _Run(run.start, end, run.score)


def _chunks(lines: list[_Line]) -> list[tuple[int, int]]:
    chunks, start = [], 0
    for i, line in enumerate(lines):
        if line.reference or line.barrier:
            chunks.append((start, i))
            start = i + 1
    chunks.append((start, len(lines)))
    return [(lo, hi) for lo, hi in chunks if hi > lo]


def _best_run(lines: list[_Line], lo: int, hi: int) -> _Run | None:
    """The maximum-sum run of line scores within [lo, hi) (Kadane), or None if all negative."""
    best: _Run | None = None
    total, start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0.0, i
        total += lines[i].score
        if total > 0 and (best is None or total > best.score):
            best = _Run(start, i + 1, total)
    return best


def _comment_start(lines: list[_Line], runs: list[_Run]) -> int:
    """The first comment-section header that follows enough prose (else past the end)."""
    for i, line in enumerate(lines):
        if line.comment:
            before = sum(_prose_words(lines, run) for run in runs if run.end <= i)
            if before >= bp.COMMENT_MIN_PRIOR_WORDS:
                return i
    return len(lines)


def _prose_words(lines: list[_Line], run: _Run) -> int:
    return sum(ln.words for ln in lines[run.start : run.end] if ln.prose and _plain(ln))


def _joins(lines: list[_Line], gap_start: int, gap_end: int, run: _Run) -> bool:
    """Whether a run across a short gap reads like more of the article (prose lines in a row)."""
    if gap_end - gap_start > bp.CONTINUATION_MAX_GAP:
        return False
    streak = 0
    for line in lines[run.start : run.end]:
        streak = streak + 1 if line.prose and _plain(line) else 0
        if streak >= bp.CONTINUATION_RUN:
            return True
    return False


# --- inside the region -----------------------------------------------------------------------


def _region_blocks(lines: list[_Line], start: int, end: int, title: int) -> dict[int, Block]:
    """Blocks for the kept lines of the main region (furniture, repeats and datelines cut)."""
    title_key = _key(_heading_text(lines[title])) if title >= 0 else None
    first_prose = next((i for i in range(start, end) if lines[i].prose), end)
    headings = _dated_headings(lines, start, end)
    keep = [
        i
        for i in range(start, end)
        if i != title
        and (
            _keepable(lines[i], title_key)
            or i in headings
            or (i > first_prose and _dated_text(lines, i))
        )
    ]
    keep = _drop_nav_runs(lines, keep)
    blocks: dict[int, Block] = {}
    previous: Block | None = None
    for pos, i in enumerate(keep):
        following = lines[keep[pos + 1]] if pos + 1 < len(keep) else None
        block = Block("heading", lines[i].text, 2) if i in headings else None
        previous = blocks[i] = block or _block(lines[i], previous, following)
    return blocks


def _keepable(line: _Line, title_key: str | None) -> bool:
    if not _plain(line) or not _has_letters(line.text):
        return False
    if title_key is not None and _key(_heading_text(line)) == title_key:
        return False
    return line.prose or not _is_dateline(line)


_UPDATE_NOTE = re.compile(
    r"^\W*(?:(?:latest|new|previous|earlier|further|final|most recent) )?"
    r"(?:updates?|edit|correction|clarification|addendum|postscript)\b(?:\s*\d+)?\s*(?:[-–—:,(]|$)",
    re.IGNORECASE,
)
#: A date heading over a paragraph has at most this many words ("Friday 20 September 2024").
DATE_HEADING_MAX_WORDS = 6


def _dated_headings(lines: list[_Line], start: int, end: int) -> set[int]:
    """The dated headings of a notice's or a story's updates in a run of lines: an update
    note ("Latest update - 14 May 2025") right over a paragraph, and lines that are only a
    date right over one ("20 May 2025") when they come as a series (two or more, or after an
    update note). They say when what follows was written; a page's own dateline stands alone."""
    notes = [i for i in range(start, end) if _update_note(lines[i]) and _over_prose(lines, i)]
    dates = [i for i in range(start, end) if _date_heading(lines[i]) and _over_prose(lines, i)]
    if len(dates) < 2:
        dates = [i for i in dates if notes and notes[0] < i]
    return {*notes, *dates}


def _over_prose(lines: list[_Line], i: int) -> bool:
    return i + 1 < len(lines) and lines[i + 1].prose and _plain(lines[i + 1])


def _date_heading(line: _Line) -> bool:
    """A line that is only a date (a weekday or a clock beside it at most)."""
    return (
        _plain(line)
        and not line.prose
        and line.words <= DATE_HEADING_MAX_WORDS
        and metadata.is_dateline(line.text)
        and _UPDATE_NOTE.match(line.text) is None
    )


def _dated_text(lines: list[_Line], i: int) -> bool:
    """A dated line inside the text that is no dateline of the page: an update note's heading,
    or a row of a table of facts ("Best before: 18/04/2025" among "Lot number: …" rows)."""
    line = lines[i]
    if _update_note(line):
        return True
    if not (_plain(line) and _field_row(line)):
        return False
    neighbours = (lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines))
    return any(_field_row(ln) and not _is_dateline(ln) for ln in neighbours)


def _update_note(line: _Line) -> bool:
    """A dated heading over a note the article gained later ("Update - 4 March 2025", "Correction
    (12 May 2024):"): inside the text it says when what follows was added, it is no dateline."""
    return _plain(line) and _UPDATE_NOTE.match(line.text) is not None


def _drop_nav_runs(lines: list[_Line], keep: list[int]) -> list[int]:
    """Without runs of short title-case lines (navigation boxes, link lists)."""
    drop: set[int] = set()
    run: list[int] = []
    for i in [*keep, -1]:
        line = lines[i] if i >= 0 else None
        if line is not None and _is_short_label(line):
            run.append(i)
            continue
        capitals = sum(1 for j in run if lines[j].text[:1].isupper())
        if len(run) >= bp.NAV_RUN_MIN and capitals >= bp.NAV_RUN_TITLECASE_SHARE * len(run):
            drop.update(run)
        run = []
    return [i for i in keep if i not in drop]


def _is_short_label(line: _Line) -> bool:
    """A navigation label: a few words, no digits, not prose, bullet, heading or caption."""
    if line.prose or line.bullet or line.level or line.caption:
        return False
    return line.words <= bp.NAV_ITEM_MAX_WORDS and not any(c.isdigit() for c in line.text)


def _block(line: _Line, previous: Block | None, following: _Line | None) -> Block:
    """The kind of block a kept line makes, given its neighbours."""
    text = line.text
    if line.level:
        return Block("heading", _heading_text(line), line.level)
    if line.bullet:
        return Block("list_item", _BULLET.sub("", text, count=1).strip() or text)
    if line.prose:
        return Block(_prose_kind(line), text.removeprefix(">").strip())
    if line.caption:
        return Block("caption", text)
    return _short_block(line, previous, following)


def _prose_kind(line: _Line) -> BlockKind:
    text = line.text
    if text.startswith(">"):
        return "quote"
    if text[0] in '"“«' and text.rstrip(".")[-1] in '"”»' and _quote_marks(text) == 2:
        return "quote"
    if line.caption:
        return "caption"
    return "paragraph"


_SPEAKER_INTRO = re.compile(
    r"\b(?:said|says|told|added|wrote|writes|asked|explained|stated|declared)\s*:$", re.I
)


def _quote_marks(text: str) -> int:
    return sum(text.count(q) for q in '"“”«»')


def _short_block(line: _Line, previous: Block | None, following: _Line | None) -> Block:
    if _field_row(line):  # a table's row of facts
        return Block("list_item", line.text)
    heading_next = following is not None and (
        following.prose or following.bullet or _field_row(following)
    )
    # a line set apart by a blank line heads what follows, even after a list
    after_text = (
        previous is None
        or previous.kind in ("paragraph", "quote", "heading", "caption")
        or (line.gap and following is not None and following.gap)
    )
    unfinished = line.text.endswith((".", ",", ";"))
    if line.words <= bp.HEADING_MAX_WORDS and heading_next and after_text and not unfinished:
        if not _SPEAKER_INTRO.search(line.text):
            return Block("heading", line.text.rstrip(":"), 2)
        return Block("paragraph", line.text)  # "Harbour master Ola Brandt said:" opens a quote
    if line.words >= bp.CAPTION_MIN_WORDS:
        return Block("paragraph", line.text)
    return Block("list_item", line.text)


_FIELD_ROW = re.compile(r"^[A-Z][^:.!?]{0,40}:\s+\S")


def _field_row(line: _Line) -> bool:
    """A labelled fact of a table or fact box ("Batch number: LK-2291", "Opened: 1931")."""
    return (
        not line.prose and line.words <= bp.HEADING_MAX_WORDS and bool(_FIELD_ROW.match(line.text))
    )


def _density_blocks(lines: list[_Line], prose: list[int], title: int) -> dict[int, Block]:
    """Stage 2: prose lines anywhere, each with a short heading line directly above it."""
    blocks: dict[int, Block] = {}
    for i in prose:
        above = i - 1
        if above >= 0 and above != title and above not in blocks and _heading_like(lines[above]):
            blocks[above] = Block("heading", _heading_text(lines[above]), lines[above].level or 2)
        blocks[i] = Block(_prose_kind(lines[i]), lines[i].text)
    return blocks


def _heading_like(line: _Line) -> bool:
    if line.level:
        return True
    return (
        _plain(line)
        and not line.prose
        and line.words <= bp.HEADING_MAX_WORDS
        and line.text[:1].isupper()
        and not line.text.endswith(".")
    )


# --- title, dateline, appendix ---------------------------------------------------------------


def _find_title(lines: list[_Line], start: int, origin: str) -> int:
    """The line that names the article: a level-1 heading, else the best line before the text.
    A level-1 heading with furniture under it (a menu) is the site's name when a level-2
    heading follows before the text: that one is the article's."""
    for i, line in enumerate(lines[: start + 1]):
        if line.level == 1:
            return _post_heading(lines, i, start)
    if _headline_over_byline(lines, start):
        return start  # "The sea wall, a week on: why did it fail?" reads as prose
    prose = (line.text for line in lines[start:] if line.prose and _plain(line))
    lede = " ".join(next(prose, "") for _ in range(bp.TITLE_LEDE_LINES))
    head = max(_release_head(lines, start), _masthead_menu(lines, start))
    title = metadata.guess_title(
        [line.text for line in lines],
        start,
        lede=lede,
        origin=origin,
        eligible=lambda i: i > head and (_title_like(lines[i]) or _headline_over_byline(lines, i)),
    )
    return _headline_over_standfirst(lines, title, head)


def _masthead_menu(lines: list[_Line], start: int) -> int:
    """The site's menu under its masthead, when a line that may be the title follows it before
    the text: the banner and tagline above a menu name the site ("THE HALVIK HERALD", "Harbour
    news since 1921"), the headline stands below it; -1 when there is none."""
    menus = [i for i in range(start) if _menu_line(lines[i])]
    if menus and any(
        _title_like(line) and line.words >= bp.TITLE_MIN_WORDS
        for line in lines[menus[-1] + 1 : start]
    ):
        return menus[-1]
    return -1


def _menu_line(line: _Line) -> bool:
    """A link bar: menu words, items split by bars, set apart by wide gaps or glued."""
    return line.spaced_menu or _is_menu(line.text.lower(), line.words) or _is_glued_menu(line)


HEADLINE_MAX_WORDS = 20
_BYLINE = re.compile(r"^(?:by|words by|written by)\s+[A-Z]", re.IGNORECASE)


def _headline_over_byline(lines: list[_Line], i: int) -> bool:
    """Whether a line is a headline because its byline or dateline follows it: a question
    ("… why did it fail?") or a column's two short sentences ("The wall was a warning. The
    council should listen.") read as prose, yet no paragraph sits over a byline."""
    if i + 1 >= len(lines) or lines[i].bullet or lines[i].level or not _plain(lines[i]):
        return False
    line, below = lines[i], lines[i + 1]
    if line.caption or not 3 <= line.words <= HEADLINE_MAX_WORDS or _is_dateline(line):
        return False
    if _CODE_FIELD.match(line.text):  # "Notice no.: HX-2025-044" over "Issued: 3 May 2025"
        return False
    if not (line.text[:1].isupper() or line.text[:1] in "'\"‘“"):
        return False
    return _BYLINE.match(below.text) is not None or metadata.is_dateline(below.text)


# A standfirst (deck) runs longer than the headline right above it, and reads as its summary.
STANDFIRST_MIN_WORDS = 15
HEADLINE_WORDS = (5, 14)


def _headline_over_standfirst(lines: list[_Line], title: int, head: int) -> int:
    """The headline when the line picked as the title is the standfirst under it: a line of
    headline length right above a longer one (of 15 words or more, or one that reads as a
    sentence), with nothing between but a blank."""
    above = title - 1
    if above <= head or title < 0:
        return title
    line = lines[title]
    longer = line.words >= STANDFIRST_MIN_WORDS or (
        line.words > lines[above].words and _reads_as_standfirst(line)
    )
    low, high = HEADLINE_WORDS
    fits = low <= lines[above].words <= high and _title_like(lines[above])
    return above if longer and fits else title


STANDFIRST_WORDS = (8, 60)


def _standfirst(lines: list[_Line], title: int, text_start: int) -> dict[int, Block]:
    """The standfirst right under the headline, when byline, date or share lines stand between
    it and the text ("Stewards were a third below plan as the queue grew" over "By Ada Vell"):
    it sums the story up in the writer's words, so it is kept as the article's first paragraph."""
    below = title + 1
    if title < 0 or below >= text_start - 1:
        return {}
    line = lines[below]
    if line.furniture or line.reference or not _reads_as_standfirst(line, DECK_MIN_STOPS):
        return {}
    between = lines[below + 1 : text_start]
    if not any(ln.furniture or _BYLINE.match(ln.text) or _is_dateline(ln) for ln in between):
        return {}  # no byline or bar under it: the line may be anything above a page's text
    return {below: Block("paragraph", line.text)}


def _reads_as_standfirst(line: _Line, min_stops: float = bp.LEAD_NOPUNCT_MIN_STOPS) -> bool:
    """A sentence summing the story up, with or without its stop: a sentence's share of stop
    words (a headline has few), no byline, dateline, label or list item."""
    low, high = STANDFIRST_WORDS
    if not (_plain(line) and low <= line.words <= high) or _is_dateline(line):
        return False
    if line.level or line.bullet or line.caption or _BYLINE.match(line.text):
        return False
    # a page in a language without stop words rates every line 1.0: no evidence
    return min_stops <= line.stop_ratio < 1.0


# Right under the headline and over the byline, a deck may be as terse as a headline ("Stewards
# a third below plan as queue built outside gate"): its place says what it is.
DECK_MIN_STOPS = 0.15


def _release_issuer(lines: list[_Line], title: int) -> str | None:
    """The letterhead above a press release's "PRESS RELEASE" line that heads its title: the
    issuer's name, a short line with no figures ("HALVIK WATER BOARD")."""
    head = _release_head(lines, title + 1) if title >= 0 else -1
    for line in lines[: max(head, 0)]:
        if line.furniture or line.words > ISSUER_MAX_WORDS or re.search(r"\d", line.text):
            continue
        name = line.text.strip(" |-–—*")
        if _name_like(name):  # not "Accept additional cookies", "Skip to main content"
            return _from_capitals(name) if name.isupper() else name
    return None


def _name_like(text: str) -> bool:
    """Whether a line reads as a name: of two words or more, each capitalised but the small
    ones ("Halvik Water Board", "Port of Lisle")."""
    words = text.split()
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and all(w[:1].isupper() for w in big)


ISSUER_MAX_WORDS = 8
_SMALL_WORDS = frozenset(("and", "of", "the", "for", "in", "on", "at", "to"))


def _from_capitals(name: str) -> str:
    """ "HALVIK WATER BOARD AND PORT OF LISLE" as "Halvik Water Board and Port of Lisle"."""
    words = name.lower().split()
    return " ".join(w if k and w in _SMALL_WORDS else w.capitalize() for k, w in enumerate(words))


def _release_head(lines: list[_Line], start: int) -> int:
    """The last "PRESS RELEASE" / "For immediate release" line before the text, when a line
    that may be the title follows it (the letterhead above names the issuer); else -1."""
    marks = [i for i in range(start) if _release_mark(lines[i])]
    if marks and any(_title_like(line) for line in lines[marks[-1] + 1 : start]):
        return marks[-1]
    return -1


def _post_heading(lines: list[_Line], site: int, start: int) -> int:
    """The level-2 heading before the text when the level-1 one names the site or the issuer:
    a menu or a "Press release" line stands between them, or the level-2 heading has its own
    byline or dateline ("Posted by … on 2 September 2024")."""
    for i in range(site + 1, start + 1):
        if lines[i].level == 2:
            if lines[i].contents:  # a newsletter's "In this issue": the level-1 names the issue
                return site
            between = lines[site + 1 : i]
            menu = any(line.furniture or _release_mark(line) for line in between)
            return i if menu or _dated(lines[i + 1 : start]) else site
    return site


def _release_mark(line: _Line) -> bool:
    return _RELEASE_HEAD.match(line.text.strip(" :-–—*")) is not None


def _dated(lines: list[_Line]) -> bool:
    """Whether the lines between a heading and the text hold its byline or dateline."""
    return any(_BYLINE.match(ln.text) or metadata.is_dateline(ln.text) for ln in lines)


def _title_like(line: _Line) -> bool:
    question = line.text.endswith(("?", "!")) and line.words <= bp.TITLE_FULL_WORDS * 2
    if line.furniture or line.repeat or line.caption or line.reference or line.contents:
        return False
    if _CODE_FIELD.match(line.text):
        return False
    if line.prose and not question:
        return False
    if line.text.endswith(".") or not _has_letters(line.text):
        return False
    return not _is_dateline(line)


#: A labelled field whose value is one code with figures: a reference, a case or batch number
#: ("Alert reference: HX-2024-017", "Case no.: 24/0193"), never a headline.
_CODE_FIELD = re.compile(r"^[^:]{1,40}:\s*[^\s:]*\d[^\s:]*$")


def _is_dateline(line: _Line) -> bool:
    return line.words <= bp.DATELINE_MAX_WORDS and metadata.is_dateline(line.text)


# --- assembling ------------------------------------------------------------------------------


def _assemble(
    lines: list[_Line], kept: dict[int, Block], title: int, stage: str, refs: tuple[Reference, ...]
) -> Document:
    """The document: kept blocks in page order, every other line (but title and references) cut."""
    blocks = [kept[i] for i in range(len(lines)) if i in kept]
    removed = [
        ln.text for i, ln in enumerate(lines) if i not in kept and i != title and not ln.reference
    ]
    return Document(
        blocks=tuple(blocks),
        title=_heading_text(lines[title]) if title >= 0 else None,
        publisher=_release_issuer(lines, title),
        references=refs,
        removed=tuple(removed),
        published=metadata.find_dateline(
            [line.text for line in lines],
            title if title >= 0 else min(kept, default=0),
            min(kept, default=0),
            skip=lambda i: (i in kept and stage != KEEP_ALL) or lines[i].prose,
        ),
        reader=stage,
    )


def _heading_text(line: _Line) -> str:
    if not line.level:  # the same two patterns gave the level: no markup to take off
        return line.text
    match = _MARKUP.match(line.text) or _MARKDOWN.match(line.text)
    return match.group(2).strip() if match else line.text


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


__all__ = ["DENSITY", "KEEP_ALL", "RULES", "read_text_capture"]
