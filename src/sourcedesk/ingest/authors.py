"""Who wrote a page: the author(s) its byline, meta tags or front matter name.

A page names its author in a few places, read in this order:

- structured metadata: `<meta name="author">`, JSON-LD `author` (trafilatura reads both), a
  Markdown file's front matter (`author:`, `authors:`);
- a byline element of an HTML page's header (`class="byline"`, `rel="author"`,
  `itemprop="author"`, a post's `entry-meta`), never one inside a comment or an author box;
- a byline line between a plain-text or Markdown page's headline and its first paragraphs:
  "By Ada Brand, Health Correspondent", "Posted on 2 May 2025 by Ada Brand | 3 comments",
  "Words: Ada Brand", "*Friday 8 March · by Ada Brand · 6 min read*", or a post's line of
  parts with no "By": "Ada Brand · 2 May 2025 · 6 min read" (`dotted_byline`).

A byline gives the name without "By" and without the role or date after it; several names are
joined by ", ". Names are only taken from those places: a sentence of the article, a quote, a
comment or a related story's teaser further down never names the author.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from sourcedesk.ingest import metadata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that open a byline line, before the name(s).
BYLINE_OPENER = re.compile(
    r"^(?:(?:words|text|story|reporting|written|compiled|edited)\s+by|by|words\s*:|"
    r"author\s*:|authors\s*:|byline\s*:|von)\s+",
    re.IGNORECASE,
)
# "Posted on 2 May 2025 by …", "Posted 08:10 by …", "Published 3 June by …": a post's label,
# a date or time (no sentence: a few words), then the name.
LABELLED_BY = re.compile(
    r"^(?:posted|published|written|filed|updated)\b[^|·•\n]{0,40}?\bby\s+", re.IGNORECASE
)
# Where a byline's name part ends: a separator, a parenthesis, a dash between spaces, a digit.
NAME_END = re.compile(r"\s[|·•/]\s|[|·•;()\[\]<>]|\s[-–—]\s|\s(?:on|at|in)\s+\d|\d")
# Words that name a job, not a person: what follows a name after a comma.
ROLE_WORDS = _words(
    """correspondent reporter editor writer journalist columnist contributor critic
    producer presenter analyst photographer staff intern freelance chief senior deputy
    political business health science technology sports sport arts culture transport
    environment education political security defence defense foreign home local
    democracy economics economy crime court courts royal diplomatic consumer investigations
    opinion features feature news digital special affairs bureau head director officer
    manager spokesperson spokesman spokeswoman communications press contributing"""
)
# Lower-case words a name may hold ("Ludwig van Beethoven", "Maria da Silva").
NAME_PARTICLES = _words(
    "van von der den de del della da das dos du di la le bin ibn al el y ter ten zu"
)
NAME_MAX_WORDS = 6
BYLINE_MAX_WORDS = 24  # a byline line: a name, a role, a date, a reading time
# Words that open a clause after "By": not a name ("By Monday, …", "By clicking …").
NOT_NAMES = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday tomorrow
    the this that then now late early mid clicking continuing using signing"""
)
AND = re.compile(r"\s+(?:and|&|und|et|y)\s+", re.IGNORECASE)
# HTML: an element whose class names a byline or an author, or a link marked as the author's.
BYLINE_ELEMENT = re.compile(
    r"<(?P<tag>p|div|span|address|a|li|section|header)\b(?P<attrs>[^>]*"
    r"(?:\bclass\s*=\s*[\"'][^\"']*\b(?:byline|by-line|author|entry-meta|post-meta|"
    r"article-meta|meta-author)\b[^\"']*[\"']|\brel\s*=\s*[\"']?author\b|"
    r"\bitemprop\s*=\s*[\"']?author\b)[^>]*)>(?P<inner>.*?)</(?P=tag)\s*>",
    re.IGNORECASE | re.DOTALL,
)
# Classes of elements that name somebody else: a comment's author, an author's bio box.
OTHER_PEOPLE = re.compile(
    r"comment|reply|author-box|author-bio|about-author|bio\b|related|teaser|card|quote",
    re.IGNORECASE,
)
TAG = re.compile(r"<[^>]+>")
# How much of an HTML page is searched for the article's byline element.
MARKUP_REACH = 200_000
# A plain text or Markdown page: lines searched after the headline (and before the body).
LINES_AFTER_TITLE = 8
LINES_BEFORE_TITLE = 3
LINES_BEFORE_BODY = 3
# Markdown front matter and its author fields.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
FRONT_AUTHOR = re.compile(r"^(?:author|authors|byline)\s*:[ \t]*(?P<value>.*)$", re.IGNORECASE)
FRONT_ITEM = re.compile(r"^\s*-\s+(?P<value>.+)$")
# Emphasis and quoting marks around a Markdown line.
MARKUP_MARKS = re.compile(r"^[\s>*_#]+|[\s*_]+$")
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
# Emphasis inside a Markdown byline ("Posted by **Ada Brand** on 2 May 2025").
INNER_EMPHASIS = re.compile(r"(\*\*|__|\*)(\S(?:.*?\S)?)\1")


def byline_names(line: str) -> str | None:
    """The author(s) a byline line names ("By Ada Brand and Tom Rue, Staff Reporters" →
    "Ada Brand, Tom Rue"), or None when the line is no byline."""
    text = MARKDOWN_LINK.sub(r"\1", MARKUP_MARKS.sub("", line))
    text = " ".join(INNER_EMPHASIS.sub(r"\2", text).split())
    if not text or len(text.split()) > BYLINE_MAX_WORDS:
        return None
    for part in re.split(r"\s[|·•]\s|\s[—–]\s", text):
        part = part.strip()
        opener = BYLINE_OPENER.match(part) or LABELLED_BY.match(part)
        if opener:
            return names_after(part[opener.end() :])
    return dotted_byline(text)


# A post's line of parts set apart by middle dots or bars: a date, a reading time, a count of
# comments, "Updated …", "Filed under …". What is left is the writer's name.
PART_SEPARATOR = re.compile(r"\s[|·•]\s")
READING_TIME = re.compile(
    r"^\d+\s*(?:-\s*)?(?:min(?:ute)?s?|hours?|hrs?)\.?(?:\s+(?:read|reading|listen))?$"
    r"|^(?:reading time|read time)\b",
    re.IGNORECASE,
)
OTHER_PART = re.compile(
    r"^(?:\d+\s+(?:comments?|replies|responses|shares|views)|(?:last )?updated\b|posted\b|"
    r"published\b|filed under\b|tags?\s*:|categor(?:y|ies)\s*:|\d{1,2}[:.]\d{2}\b)",
    re.IGNORECASE,
)
COMMENT_COUNT = re.compile(r"^\d+\s+(?:comments?|replies|responses)$", re.IGNORECASE)
# Words that name a body, not a person: "Kellmarsh Water · 2 May 2025" is its issuer's line.
ORGANISATION_WORDS = _words(
    """council water company ltd limited plc llc inc group media news press agency trust
    association society university college school hospital board authority office department
    ministry service services police federation union club foundation institute centre center
    network partnership committee commission court church bank fund campaign team project
    gazette chronicle herald times post journal courier echo mail telegraph observer review
    weekly daily magazine radio tv television blog"""
)
PERSON_NAME_WORDS = (2, 4)


def dotted_byline(line: str, *, with_date_only: bool = False) -> str | None:
    """The person a post's line of parts names without "By" ("Ada Brand · 2 May 2025 · 6 min
    read", "Ada Brand, Health Editor | 2 May 2025 | 4 min read"): one part a person's name,
    every other one a date, a reading time or the like. A name beside a date alone is taken only
    where the markup marks the line a byline (`with_date_only`): set apart from a story's text,
    "Orsa Valley · 2 May 2025" may be a place's dateline."""
    parts = [part.strip(" *_") for part in PART_SEPARATOR.split(line)]
    if len(parts) < 2:
        return None
    named = [part for part in parts if not _post_detail(part)]
    if len(named) != 1:
        return None
    head, _, tail = named[0].partition(",")
    role = bool(tail) and _is_role(tail)
    if tail and not role:
        return None
    timed = any(READING_TIME.match(part) or COMMENT_COUNT.match(part) for part in parts)
    dated = any(metadata.parse_dateline(part) for part in parts)
    if not (timed or (dated and (role or with_date_only))):
        return None
    return head.strip() if _person_name(head.strip()) else None


def _post_detail(part: str) -> bool:
    """A part of a post's line that is no name: its date, reading time, comments, labels."""
    return bool(READING_TIME.match(part) or OTHER_PART.match(part) or metadata.parse_dateline(part))


def _person_name(text: str) -> bool:
    """A person's name: two to four capitalised words, none of them a body's or a job's."""
    low, high = PERSON_NAME_WORDS
    words = text.split()
    if not (low <= len(words) <= high and _looks_like_name(text)):
        return False
    return not any(w.lower().strip(".'’") in ORGANISATION_WORDS or _is_role(w) for w in words)


def names_after(text: str) -> str | None:
    """The names at the start of a byline's remainder, up to the role or date after them."""
    cut = NAME_END.search(text)
    head = text[: cut.start()] if cut else text
    names: list[str] = []
    for n, piece in enumerate(p.strip() for p in head.split(",")):
        found = [name.strip() for name in AND.split(piece)]
        if not all(_looks_like_name(name) for name in found):
            break
        if n and _is_role(piece):
            break
        names.extend(found)
    names = [name.rstrip(".") if not re.search(r"\b\w\.$", name) else name for name in names]
    return ", ".join(dict.fromkeys(names)) or None


def _is_role(text: str) -> bool:
    return any(word.lower().strip(".") in ROLE_WORDS for word in text.split())


def _looks_like_name(text: str) -> bool:
    """A person's or an organisation's name: a few capitalised words (particles allowed)."""
    words = text.split()
    if not 1 <= len(words) <= NAME_MAX_WORDS or words[0].lower() in NOT_NAMES:
        return False
    if _is_role(words[0]) and len(words) > 1 and _is_role(words[-1]):
        return False  # "Staff Reporter" is a role, not a name
    for word in words:
        bare = word.strip("'’\"")
        if not bare:
            return False
        if bare.lower() in NAME_PARTICLES:
            continue
        if not (bare[0].isupper() and bare[0].isalpha()) or not re.fullmatch(r"[\w.'’-]+", bare):
            return False
    return True


def cleaned_author(value: str | None) -> str | None:
    """A structured author field as stored: "By" and roles off, several names joined by ", "."""
    if not value:
        return None
    parts = [" ".join(part.split()) for part in re.split(r";|\n", html.unescape(value))]
    names = [_structured_name(part) for part in parts if part]
    kept = [name for name in names if name and len(name.split()) <= NAME_MAX_WORDS + 2]
    return ", ".join(dict.fromkeys(kept)) or None


def _structured_name(part: str) -> str | None:
    """One author field's name: "By Ada Brand" → "Ada Brand"; "Ada Brand, Health
    Correspondent" → "Ada Brand"; anything else as given."""
    if BYLINE_OPENER.match(part):
        return byline_names(part)
    if _is_role_tail(part):
        return part.split(",")[0].strip()
    return part


def _is_role_tail(part: str) -> bool:
    """ "Ada Brand, Health Correspondent": a name with its role after a comma."""
    head, _, tail = part.partition(",")
    return bool(tail) and _looks_like_name(head.strip()) and _is_role(tail)


def html_byline(markup: str, opening: str = "") -> str | None:
    """The author a page's byline element names: the first one above the article's opening
    words (`opening`, its first paragraph), outside comments and bios. A byline further down
    belongs to a related story's teaser or a comment."""
    reach = _text_position(markup, opening) or min(len(markup), MARKUP_REACH)
    for match in BYLINE_ELEMENT.finditer(markup, 0, reach):
        if OTHER_PEOPLE.search(match.group("attrs")):
            continue
        text = " ".join(html.unescape(TAG.sub(" ", match.group("inner"))).split())
        text = re.sub(r"\s+([,.;:])", r"\1", text)
        named = byline_names(text) or dotted_byline(text, with_date_only=True)
        if named is None and not BYLINE_OPENER.match(text) and _names_author(match):
            named = names_after(text)
        if named:
            return named
    return None


OPENING_WORDS = 6


def _text_position(markup: str, opening: str) -> int | None:
    """Where the markup holds the opening words of a text (tags and entities between them
    allowed), or None."""
    words = re.findall(r"\w+", opening)[:OPENING_WORDS]
    if len(words) < OPENING_WORDS:
        return None
    gap = r"(?:\W|<[^>]*>|&#?\w+;)+"
    found = re.search(gap.join(map(re.escape, words)), markup)
    return found.start() if found else None


def _names_author(match: re.Match[str]) -> bool:
    """An element that holds only the author's name: a link or item marked as the author's."""
    return "author" in match.group("attrs").lower()


def front_matter_author(text: str) -> str | None:
    """The author(s) a Markdown file's front matter names (`author:`, or a list under it)."""
    found = FRONT_MATTER.match(text)
    if found is None:
        return None
    lines = found.group("body").splitlines()
    for i, line in enumerate(lines):
        field = FRONT_AUTHOR.match(line)
        if field is None:
            continue
        value = field.group("value").strip().strip("'\"")
        if value.startswith("[") and value.endswith("]"):
            items = [v.strip().strip("'\"") for v in value[1:-1].split(",")]
        elif value:
            items = [value]
        else:
            items = []
            for following in lines[i + 1 :]:
                item = FRONT_ITEM.match(following)
                if item is None:
                    break
                items.append(item.group("value").strip().strip("'\""))
        return cleaned_author("; ".join(item for item in items if item))
    return None


def top_byline(lines: Sequence[str], title: str | None, first_body: int) -> str | None:
    """The author a byline line names between the headline and the first lines of the body.

    `first_body` is the index of the line that opens the article's text (or the number of
    lines when unknown); the search starts at the headline's line when it is found above it.
    """
    start = _title_line(lines, title, first_body)
    end = min(len(lines), first_body + LINES_BEFORE_BODY)
    if start is None:
        window = range(max(0, first_body - LINES_AFTER_TITLE), end)
    else:  # a blog's "Posted on … by …" may sit right above its headline
        window = range(max(0, start - LINES_BEFORE_TITLE), min(end, start + LINES_AFTER_TITLE))
    for i in window:
        named = byline_names(lines[i])
        if named:
            return named
    return None


def _title_line(lines: Sequence[str], title: str | None, before: int) -> int | None:
    """The last line at or above `before` that reads as the title."""
    if not title:
        return None
    wanted = _norm(title)
    for i in range(min(before, len(lines) - 1), -1, -1):
        line = _norm(MARKUP_MARKS.sub("", lines[i]))
        if line and (line == wanted or (len(line) > 20 and wanted.startswith(line))):
            return i
    return None


def first_body_line(lines: Sequence[str], opening: str) -> int:
    """The index of the line the article's text opens with (its first characters), or the
    number of lines when it is not found. A hard-wrapped line holds the paragraph's start."""
    probe = _norm(opening)[:OPENING_CHARS]
    for i, line in enumerate(lines):
        seen = _norm(MARKUP_MARKS.sub("", line))
        common = min(len(probe), len(seen))
        if common >= OPENING_MIN_CHARS and seen[:common] == probe[:common]:
            return i
    return len(lines)


OPENING_CHARS, OPENING_MIN_CHARS = 40, 12


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


# Words of a post an official signs a notice with ("Head of Legal Services", "Town Clerk").
POST_WORDS = _words(
    """head director officer manager chief deputy executive clerk secretary chair chairman
    chairwoman chairperson president mayor leader commissioner solicitor registrar
    superintendent headteacher principal governor treasurer trustee inspector controller
    coordinator engineer"""
)
POST_MAX_WORDS = 10
SIGNATURE_REACH = 12  # a notice's last blocks, where its signature stands
# A label over a contact's name: a press officer's name is no signature.
CONTACT_LABEL = re.compile(
    r"\b(?:contacts?|enquiries|inquiries|press office|more information|spokesperson)\b", re.I
)


def signatory(texts: Sequence[str]) -> str | None:
    """The official who signs a notice at its end: a line that is only a person's name over a
    line naming their post ("Director of Corporate Governance"), or both on one line
    ("Ilse Kerr, Town Clerk"), among the last blocks, with no sentence after them (an address
    may follow). Not a name under a contact's label, nor a quotation's speaker under it."""
    tail = [" ".join(text.split()) for text in texts[-SIGNATURE_REACH:]]
    for k in range(len(tail) - 1, -1, -1):
        if _sentence(tail[k]):
            return None  # the signature closes the text: nothing said after it
        above = tail[k - 1] if k else ""
        if _quotation(above) or (
            CONTACT_LABEL.search(above) and len(above.split()) <= POST_MAX_WORDS
        ):
            continue
        head, _, post = tail[k].partition(",")
        if post and _person_name(head.strip()) and _post_line(post.strip()):
            return _without_honorific(head.strip())
        following = tail[k + 1] if k + 1 < len(tail) else ""
        if _person_name(tail[k]) and _post_line(following):
            return _without_honorific(tail[k])
    return None


SENTENCE_MIN_WORDS = 8
HONORIFIC = re.compile(r"^(?:councillor|cllr\.?|mr\.?|mrs\.?|ms\.?|miss|mx\.?)\s+", re.I)


def _sentence(text: str) -> bool:
    stopped = text.rstrip("\"'”’)").endswith((".", "!", "?"))
    return stopped and len(text.split()) >= SENTENCE_MIN_WORDS


def _quotation(text: str) -> bool:
    """A quoted passage: the name under it is its speaker's."""
    return text[:1] in "\"“‘'" or text.rstrip()[-1:] in '"”'


def _without_honorific(name: str) -> str:
    """ "Councillor Ilse Kerr" as "Ilse Kerr": the post is no part of the name."""
    rest = HONORIFIC.sub("", name)
    return rest if len(rest.split()) >= 2 else name


def _post_line(text: str) -> bool:
    """A line naming a post: a few words, capitalised, no sentence, a post's word among them."""
    words = text.split()
    if not (1 <= len(words) <= POST_MAX_WORDS) or not text[:1].isupper():
        return False
    if text.rstrip().endswith((".", "!", "?", ":")):
        return False
    return any(word.lower().strip(",.'’()") in POST_WORDS for word in words)
