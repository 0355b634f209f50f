"""Sentence boundaries as exact character spans.

`split_sentences` returns `(start, end)` offsets into the very string it was given, so
`text[start:end]` is the sentence and every citation built on it stays checkable. It decides
in three steps:

1. A blank line always ends a sentence.
2. A single newline ends one only where the lines look like separate items (`is_item_break`):
   a list marker on either line, or, outside hard-wrapped prose, a line without final
   punctuation followed by one that starts with a capital, a digit or a quote.
3. Inside what is left, each run of terminal punctuation followed by whitespace is a
   candidate. The token before it (abbreviation, initial, dotted acronym, list number) and the
   word after it (lower case, a usual sentence starter, a number) decide; the word lists live
   in `abbreviations`. Closing quotes and brackets after the run stay with the sentence. A
   stop inside a short quotation that goes on after it (“Meth. We’re on it.”) is none.

Written by hand on purpose: the maintained splitters are not dependencies of the desk, NLTK's
Punkt needs a model download, and pySBD finds character spans by searching its own rewritten
text (pySBD PR #63, issue #83), while the desk's citations need offsets that are exact by
construction. One regex scan with bounded look-around per candidate keeps it linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from sourcedesk.index import abbreviations as abbr

Span = tuple[int, int]

# A block whose lines (all but the last) are this long and this even is hard-wrapped prose.
WRAP_MIN_CHARS = 40
WRAP_MAX_CHARS = 100
WRAP_SPREAD_CHARS = 30
# The last line of a wrapped paragraph is at most this much longer than the lines above it.
WRAP_LAST_SLACK_CHARS = 5
# Look-around limits: a "token" longer than this is treated as an ordinary word.
MAX_TOKEN_CHARS = 64

# A stop inside a quotation this short (opened and closed this near) ends no sentence.
SHORT_QUOTE_CHARS = 40
SHORT_QUOTE_WORDS = 8
# A sentence glued to the next: a plain word of 5+ letters before the stop, a capitalised
# word of 3+ after it ("Wednesday.The"; not "Node.Js").
GLUED_BEFORE = re.compile(r"[A-Za-z][a-z]{4,}")
GLUED_NEXT = re.compile(r"[A-Z][a-z]{2,}\b")
_TERMINAL_RUN = re.compile("[" + re.escape(abbr.TERMINALS) + "]+")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# A reference mark a wiki page sets after a sentence: "[3]", "[b]", "[note 2]", "[citation needed]".
REFERENCE_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\]")
_LIST_ITEM = re.compile(
    r"\s*(?:[" + re.escape(abbr.BULLETS) + r"]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\)|[A-Z]\))"
    r"(?:\s|$)"
)
# An item number: up to three digits, one letter, or a roman numeral up to xxxix.
_LIST_NUMBER = re.compile(r"\d{1,3}|[a-z]|x{0,3}(?:ix|iv|v?i{0,3})")
_DOTTED_ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_INITIAL_AHEAD = re.compile(r"[^\W\d_]\.")
_TOKEN = re.compile(r"\S+")
_LEADING_SPACE = re.compile(r"\s*")
# What can follow a terminal run before the space: closing quotes and brackets, or "[" of "[3]".
_CLOSER_STARTS = abbr.CLOSERS + "["


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split text[start:end] into stripped, ordered sentence spans of absolute offsets."""
    start, end, _ = slice(start, end).indices(len(text))
    spans: list[Span] = []
    if text.find("\n", start, end) < 0:  # one line (most paragraphs): no blocks, no item breaks
        _split_run(text, start, end, spans)
        return spans
    for block_start, block_end in _blocks(text, start, end):
        for run_start, run_end in _line_runs(text, block_start, block_end):
            _split_run(text, run_start, run_end, spans)
    return spans


def is_list_item(line: str) -> bool:
    """Whether a line starts with a bullet or an item number ("- ", "•", "1.", "a)", "(ii)")."""
    return _LIST_ITEM.match(line) is not None


def looks_hard_wrapped(lines: Sequence[str]) -> bool:
    """Whether consecutive lines are one paragraph wrapped at a fixed width."""
    stripped = [line.strip() for line in lines]
    if len(stripped) < 2 or any(is_list_item(line) for line in stripped):
        return False
    widths = [len(line) for line in stripped[:-1]]
    return (
        min(widths) >= WRAP_MIN_CHARS
        and max(widths) <= WRAP_MAX_CHARS
        and max(widths) - min(widths) <= WRAP_SPREAD_CHARS
        and len(stripped[-1]) <= max(widths) + WRAP_LAST_SLACK_CHARS
    )


def is_item_break(line: str, next_line: str, wrapped: bool = False) -> bool:
    """Whether the newline between two lines separates items rather than wrapping a sentence."""
    if is_list_item(line) or is_list_item(next_line):
        return True
    current, following = line.rstrip(), next_line.lstrip()
    if wrapped:
        return False
    if not current or not following:
        return True
    if _ends_with_terminal(current) or current[-1] in abbr.CONTINUATION_CHARS:
        return False
    last_word = current.rsplit(None, 1)[-1].lower()
    if last_word in abbr.CONTINUATION_WORDS:
        return False
    return not following[0].islower()


def _ends_with_terminal(line: str) -> bool:
    """Whether a stripped line ends with terminal punctuation, before any closing quotes."""
    body = line.rstrip(abbr.CLOSERS)
    return bool(body) and body[-1] in abbr.TERMINALS


def _blocks(text: str, start: int, end: int) -> Iterator[Span]:
    """Split [start, end) at blank lines."""
    position = start
    for match in _BLANK_LINE.finditer(text, start, end):
        yield position, match.start()
        position = match.end()
    yield position, end


def _line_runs(text: str, start: int, end: int) -> Iterator[Span]:
    """Split a block at the newlines that separate items."""
    bounds = _line_bounds(text, start, end)
    if len(bounds) == 1:
        yield start, end
        return
    lines = [text[a:b] for a, b in bounds]
    wrapped = looks_hard_wrapped([line for line in lines if line.strip()])
    run_start = start
    for index in range(len(bounds) - 1):
        if is_item_break(lines[index], lines[index + 1], wrapped):
            yield run_start, bounds[index][1]
            run_start = bounds[index + 1][0]
    yield run_start, end


def _line_bounds(text: str, start: int, end: int) -> list[Span]:
    """The [start, end) bounds of each line in the range (newlines excluded)."""
    bounds = []
    position = start
    while True:
        newline = text.find("\n", position, end)
        if newline < 0:
            bounds.append((position, end))
            return bounds
        bounds.append((position, newline))
        position = newline + 1


def _split_run(text: str, start: int, end: int, spans: list[Span]) -> None:
    """Append the sentences of one run of lines (no item breaks inside) to spans."""
    sentence_start = start
    for match in _TERMINAL_RUN.finditer(text, start, end):
        after = match.end()
        if after < end and text[after] in _CLOSER_STARTS:
            after = _skip_closers(text, after, end)
        ideographic = text[match.end() - 1] in abbr.IDEOGRAPHIC_TERMINALS
        if after < end and not text[after].isspace() and not ideographic:
            if _glued(text, match, after, start):  # "on Wednesday.The stabbing ..."
                _append_stripped(text, sentence_start, after, spans)
                sentence_start = after
            continue
        following = _skip_space(text, after, end)
        if following >= end:
            break
        if ideographic or _is_boundary(text, match, following, start, end):
            _append_stripped(text, sentence_start, after, spans)
            sentence_start = following
    _append_stripped(text, sentence_start, end, spans)


def _glued(text: str, match: re.Match[str], after: int, start: int) -> bool:
    """Two sentences a page's markup joined without a space ("on Wednesday.The stabbing"): a
    word of lower-case letters (no address or dotted name), one stop, then a capitalised word."""
    if match.group() not in (".", "!", "?") or not GLUED_NEXT.match(text, after):
        return False
    token = text[_token_start(text, match.start(), start) : match.start()]
    return bool(GLUED_BEFORE.fullmatch(token))


def _skip_closers(text: str, position: int, end: int) -> int:
    """Move past closing quotes, brackets and footnote markers such as "[3]"."""
    while position < end:
        if text[position] in abbr.CLOSERS:
            position += 1
            continue
        footnote = REFERENCE_MARK.match(text, position, end)
        if footnote is None:
            return position
        position = footnote.end()
    return position


def _skip_space(text: str, position: int, end: int) -> int:
    """Move past whitespace."""
    return _LEADING_SPACE.match(text, position, end).end()  # type: ignore[union-attr]


def _append_stripped(text: str, start: int, end: int, spans: list[Span]) -> None:
    """Append [start, end) without surrounding whitespace, unless nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _is_boundary(text: str, match: re.Match[str], following: int, start: int, end: int) -> bool:
    """Whether a terminal run followed by whitespace ends a sentence."""
    next_token = _token_after(text, following, end)
    if next_token and all(char in _QUOTE_CHARS for char in next_token):
        # a quotation mark standing apart ("dream about! " in the film"): the word after it
        # says whether a sentence ends
        after_quote = _skip_space(text, following + len(next_token), end)
        if _starts_lowercase(_token_after(text, after_quote, end)):
            return False
    if _starts_lowercase(next_token):
        return False
    if _inside_short_quote(text, match, start, end):
        return False  # “Meth. We’re on it.” is one slogan, not two sentences
    run = match.group()
    if "?" in run or "!" in run:
        return True
    if len(run) > 1 or run == "…":
        return match.start() == start or text[match.start() - 1] not in "[("
    token_start = _token_start(text, match.start(), start)
    token = text[token_start : match.start()]
    if _spaced_abbreviation(text, token, token_start, next_token):
        return False
    line_start = _at_line_start(text, token_start, start)
    return _period_ends_sentence(token, next_token, line_start)


_QUOTE_CHARS = frozenset("\"'“”‘’«»")
_SPACED_MERIDIEM = re.compile(r"\b[ap]\. $", re.IGNORECASE)


def _spaced_abbreviation(text: str, token: str, token_start: int, next_token: str) -> bool:
    """A stop of an abbreviation that a page wrote with spaces: "8: 30 p. m. Thursday", "a.
    357 Magnum" (the article "a" and a stop do not end a sentence before a number)."""
    if token.lower() == "m" and _SPACED_MERIDIEM.search(text, max(0, token_start - 4), token_start):
        return not _starts_sentence(next_token)
    return token == "a" and next_token[:1].isdigit()  # not "6.14 m. 21 years passed"


def _inside_short_quote(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """Whether a stop falls inside a short quotation (a slogan, a title, a motto) that opened
    just before it and closes just after it: such a quotation is read as one unit."""
    opened = text.rfind("“", max(start, match.start() - SHORT_QUOTE_CHARS), match.start())
    if opened < 0 or "”" in text[opened : match.start()]:
        return False
    closed = text.find("”", match.end(), min(end, match.end() + SHORT_QUOTE_CHARS))
    if closed <= match.end():  # none, or the stop ends the quotation: the usual rules decide
        return False
    return len(text[opened:closed].split()) <= SHORT_QUOTE_WORDS


def _period_ends_sentence(token: str, next_token: str, line_start: bool) -> bool:
    """Judge a single period from the token before it and the token after it."""
    core = _strip_openers(token)
    if not core or len(core) > MAX_TOKEN_CHARS:
        return True
    lower = core.lower()
    if lower in abbr.TITLES or lower in abbr.INLINE:
        return False
    if lower in abbr.NUMERIC_PREFIXES and _has_digit(next_token):
        return False
    if lower in abbr.MONTHS and next_token[:1].isdigit():
        return False
    if line_start and _LIST_NUMBER.fullmatch(lower):
        return False
    if lower in abbr.LIKELY_FINAL:
        return True
    if _is_initial(core) or _DOTTED_ACRONYM.fullmatch(core) or lower in abbr.MAYBE_FINAL:
        return _starts_sentence(next_token)
    if lower in abbr.MONTHS:
        return _starts_sentence(next_token)
    return True


def _starts_sentence(token: str) -> bool:
    """Whether a token is a word that usually opens a sentence, or a quote opening one."""
    if token[:1] in abbr.QUOTE_OPENERS:
        first = _first_alnum(token)
        return bool(first) and first.isupper()
    if _INITIAL_AHEAD.match(token):
        return False
    word = _leading_word(token)
    return word[:1].isupper() and word.lower() in abbr.SENTENCE_STARTERS


def _has_digit(token: str) -> bool:
    """Whether a token holds a digit ("5", "VA0898", "12b")."""
    return any(char.isdigit() for char in token)


def _is_initial(token: str) -> bool:
    """Whether a token is one capital letter (an initial such as the "W" of "George W.")."""
    return len(token) == 1 and token.isupper()


def _token_start(text: str, position: int, start: int) -> int:
    """Where the whitespace-delimited token ending at position starts (bounded look-back)."""
    limit = max(start, position - MAX_TOKEN_CHARS - 1)
    # Usually a space ends the token before; `isprintable` is false for every other whitespace
    # character, so a printable candidate holds none and is the token.
    candidate = max(limit, text.rfind(" ", limit, position) + 1)
    if text[candidate:position].isprintable():
        return candidate
    while position > limit and not text[position - 1].isspace():
        position -= 1
    return position


def _token_after(text: str, position: int, end: int) -> str:
    """The whitespace-delimited token starting at position (bounded look-ahead)."""
    token = _TOKEN.match(text, position, min(end, position + MAX_TOKEN_CHARS))
    return token.group() if token else ""


def _at_line_start(text: str, position: int, start: int) -> bool:
    """Whether only spaces stand between position and the start of its line or run."""
    while position > start and text[position - 1] in " \t":
        position -= 1
    return position == start or text[position - 1] == "\n"


def _strip_openers(token: str) -> str:
    """The token without leading quotes, brackets and dashes."""
    index = 0
    while index < len(token) and not token[index].isalnum():
        index += 1
    return token[index:]


def _starts_lowercase(token: str) -> bool:
    """Whether a token's first word starts in lower case (brand names such as "iPhone" don't)."""
    word = _strip_openers(token)
    return word[:1].islower() and not word[1:2].isupper()


def _first_alnum(token: str) -> str:
    """The first letter or digit of a token, or "" if it has none."""
    return next((char for char in token if char.isalnum()), "")


def _leading_word(token: str) -> str:
    """The letters at the start of a token ("The" of "The," or "It" of "It's")."""
    index = 0
    while index < len(token) and token[index].isalpha():
        index += 1
    return token[:index]
