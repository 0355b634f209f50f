"""What kind of page a source is (its genre), from evidence on the page.

Genres (`records.Genre`), each read from general cues, weighed and compared with a threshold:

- `encyclopedia article`: the document's kind is encyclopedia (wikitext, a wiki mirror);
- `newsletter`: "You are receiving this", "Forward to a friend", "View this email in your
  browser", "Unsubscribe", an issue number in the title, "In this issue";
- `live blog`: a "LIVE:" or "live updates" title, live-blog markup, posts headed by their time;
- `press release`: "For immediate release", "Embargoed until", "Notes to editors", "Media
  contact", an "ENDS" line, a closing "About <Organisation>" section, a "Press releases" label;
- `statement`: a page labelled a statement ("Statement on …", "University statement", "issues
  the following statement"), a notice addressed to customers, passengers or patients ("Dear
  customer", "Important customer information"), or an organisation speaking of itself in the
  first person plural on its own site;
- `blog post`: "Posted on … by …", blog markup or a blog platform, "About me", a comment count,
  a writer speaking in the first person singular, a site whose owner is its author;
- `news article`: none of those, on a page read as news (a dateline, news furniture) or with a
  reporter's byline ("By Ada Brand, Health Correspondent").

None when the page gives too little evidence for any. A press release and a statement speak for
their issuer, and a blog post for its writer: their `kind` is `other`, not `news` (DESIGN.md's
`news` is reporting; `docs/cli.md` says so).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from sourcedesk.ingest import authors
from sourcedesk.ingest.needles import needles
from sourcedesk.records import Document, Genre

# Cues read anywhere on the page (its raw text or markup), with their weights.
NEWSLETTER_CUES: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\byou(?:'re| are) receiving this\b|\byou received this (?:e-?mail|newsletter)"
                r"|\bsent to you because you (?:signed up|subscribed)", re.I), 2),
    (re.compile(r"\bforward(?:ed)? (?:this (?:e-?mail|issue) )?to a (?:friend|colleague)\b"
                r"|\bwas this (?:e-?mail|newsletter) forwarded\b", re.I), 1),
    (re.compile(r"\bview (?:this (?:e-?mail|issue) )?in (?:your|a|the) (?:web )?browser\b",
                re.I), 1),
    (re.compile(r"\bunsubscribe\b", re.I), 1),
    (re.compile(r"\bin this (?:issue|edition)\b", re.I), 1),
)  # fmt: skip
# An issue number in the title: "The Tarvia Digest — Issue 112", "Weekly #112", "No. 41".
ISSUE_TITLE = re.compile(r"\b(?:issue|edition|no\.)\s*#?\d+|#\d+\b|\bnewsletter\b", re.I)
LIVE_TITLE = re.compile(
    r"^\W*live\b\s*[:|–—-]|\blive(?: updates?| coverage| blog| reporting)?\s*$|"
    r"\blive updates?\b|\bas it happened\b|\blive blog\b",
    re.I,
)
# A line that opens on a clock time: a live post's stamp in a text capture ("07:31 Police say …").
TIMED_LINE = re.compile(
    r"^\W*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?)?(?:\s|$)", re.I | re.M
)
TIMED_LINES_MIN = 3
LIVE_MARKUP = re.compile(
    r"\bclass\s*=\s*[\"'][^\"']*\blive-?blog|\bLiveBlogPosting\b|\bclass\s*=\s*[\"'][^\"']*"
    r"\blive-(?:update|post|entry)",
    re.I,
)
RELEASE_CUES: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\bfor immediate release\b", re.I), 3),
    (re.compile(r"\bembargoed? (?:until|till)\b|\bembargo\s*:", re.I), 3),
    (re.compile(r"\bnotes? (?:to|for) editors\b|\beditors'? notes?\b", re.I), 2),
    (re.compile(r"\b(?:media|press) (?:contacts?|enquiries|inquiries|office)\s*:", re.I), 1),
    (re.compile(r"^[\s*_#-]*(?:ends|-ends-|###)[\s*_#-]*$", re.I | re.M), 1),
)  # fmt: skip
# A short line (a label, a breadcrumb, a category) naming the page a press release.
RELEASE_LABEL = re.compile(r"\bpress releases?\b|\bnews releases?\b|\bmedia releases?\b", re.I)
# "About Harbour Labs" closing a release: its issuer's boilerplate. Not a site's own pages.
ABOUT_ISSUER = re.compile(r"^about (?!us\b|me\b|the author\b|this\b|our\b)[A-Z0-9]", re.I)
STATEMENT_LABEL = re.compile(
    r"\bstatements?\b(?! (?:of|in) (?:accounts?|claim|case|work))", re.I
)  # "Statement on …", "University statement", "Corporate statements"; not "statement of work"
STATEMENT_TEXT = re.compile(
    r"\bissues? the following statement\b|\b(?:has |have )?issued (?:a|this) statement\b", re.I
)
# The notices every site carries about itself, in its menu or its banner.
NOTICE_WORDS = (
    r"(?:(?!(?:privacy|cookies?|legal|copyright|accessibility|site|website|protection|"
    r"processing|important)\b)[\w-]+ ){0,3}"
)
# A notice to the people an organisation serves.
ADDRESSED = re.compile(
    r"^\W*dear (?:valued )?(?:customers?|passengers?|patients?|parents?|residents?|members?|"
    r"travell?ers?|guests?|visitors?|tenants?|users?|clients?|colleagues|all)\b",
    re.I | re.M,
)
NOTICE_LABEL = re.compile(
    r"\b(?:customer|passenger|patient|service|travel|safety) (?:information|notice|update|"
    r"advisory|alert)s?\b|\bnotice to (?:customers|passengers|patients|the public)\b|"
    r"^(?:date )?issued(?: on)?\s*:|"
    # a label naming the page one notice ("Public notice: …", "Boil water notice: …", the end
    # of a breadcrumb "… > Public notice"), not a section of notices ("Public notices") nor a
    # site's own notices in its menu or banner ("Privacy notice", "Cookie notice")
    r"(?:^|[>»›]\s*)" + NOTICE_WORDS + r"notice\s*[:|–—-]\s*\w"
    r"|[>»›]\s*" + NOTICE_WORDS + r"notice\s*$|^\W*notice of\b",
    re.I,
)
# The formula a notice under a statute opens with.
NOTICE_FORMULA = re.compile(r"\bnotice is hereby given\b|\bhereby gives? notice\b", re.I)
BLOG_CUES: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\bpowered by (?:wordpress|blogger|ghost|medium|substack|jekyll|hugo|"
                r"a blogging|tumblr)|<meta[^>]+generator[^>]+(?:wordpress|blogger|ghost)",
                re.I), 1),
    (re.compile(r"\bclass\s*=\s*[\"'][^\"']*\b(?:entry-meta|entry-title|hentry|post-meta|"
                r"blog-post|post-template)\b", re.I), 1),
    (re.compile(r"^\W*about me\b|\|\s*about me\s*\||\babout me\s*\|", re.I | re.M), 1),
    (re.compile(r"\bsubscribe to [^.\n]{1,40} by e-?mail\b|\bnew posts\b|\bget new posts\b",
                re.I), 1),
    (re.compile(r"\bleave a (?:comment|reply)\b|\b\d+ comments?\b", re.I), 1),
    (re.compile(r"\bthis blog\b|\bmy blog\b|\bblog post\b", re.I), 1),
    # the page calls itself a post ("Share this post", "Enjoyed this post?"), where a news
    # site says article or story (a "Popular posts" widget is on news sites' themes too)
    (re.compile(r"\b(?:share|enjoy(?:ed)?|like[d]?|love[d]?) this post\b", re.I), 1),
)  # fmt: skip
POSTED = re.compile(r"^\W*posted\b", re.I)
LAYOUT_POST = re.compile(r"^layout\s*:\s*post\b", re.I | re.M)
REPORTER_BYLINE = re.compile(
    r"\b(?:correspondent|reporter|editor|journalist|columnist|staff writer)\b", re.I
)
WORD = re.compile(r"[A-Za-z']+")
FIRST_PLURAL = frozenset({"we", "our", "us", "ours", "we're", "we've", "we'll", "we'd"})
FIRST_SINGULAR = frozenset({"i", "my", "me", "mine", "i'm", "i've", "i'd", "i'll"})
# Shares of the article's words: an organisation's voice, a writer's own voice.
PLURAL_VOICE_SHARE = 0.015
SINGULAR_VOICE_SHARE = 0.01
STRONG_SINGULAR_SHARE = 0.02
# Evidence each genre needs.
NEWSLETTER_MIN = 3
LIVE_MIN = 3
RELEASE_MIN = 3
STATEMENT_MIN = 3
BLOG_MIN = 3
# How much of the raw page the cues are read from, and how long a label line is.
PAGE_REACH = 300_000
LABEL_MAX_WORDS = 10
HEADER_MAX_LINES = 40
# First-party genres: the page speaks for whoever issued or wrote it.
FIRST_PARTY: frozenset[Genre] = frozenset({"press release", "statement", "blog post"})
REPORTING: frozenset[Genre] = frozenset({"news article", "live blog"})
TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.I | re.S)


def page_lines(raw: str, fmt: str) -> list[str]:
    """The page's lines as a reader sees them (an HTML page's tags taken out)."""
    text = raw[:PAGE_REACH]
    if fmt == "html":
        import html

        text = html.unescape(TAG.sub("\n", text))
    return [line.strip() for line in text.splitlines() if line.strip()]


def guess_genre(
    doc: Document, raw: str, fmt: str, lines: Sequence[str] | None = None, first: int | None = None
) -> Genre | None:
    """The page's genre from the cues on it, or None. `first`, when the caller has found it
    (`authors.first_body_line` of these lines), saves finding it again."""
    if doc.kind == "encyclopedia" or fmt == "wikitext":
        return "encyclopedia article" if doc.kind == "encyclopedia" else None
    page = raw[:PAGE_REACH]
    lines = list(lines) if lines is not None else page_lines(raw, fmt)
    header = _header(doc, lines, first)
    title = doc.title or ""
    if _newsletter(page, title) >= NEWSLETTER_MIN:
        return "newsletter"
    if _live(page, title, fmt) >= LIVE_MIN:
        return "live blog"
    voice = _voice(doc)
    statement, labelled = _statement(doc, page, header, voice)
    release = _release(doc, page, header)
    if statement >= STATEMENT_MIN and (labelled or release < RELEASE_MIN):
        return "statement"
    if release >= RELEASE_MIN:
        return "press release"
    if _blog(doc, page, header, voice) >= BLOG_MIN:
        return "blog post"
    if statement >= STATEMENT_MIN:
        return "statement"
    if doc.kind == "news" or any(REPORTER_BYLINE.search(line) for line in header if _byline(line)):
        return "news article"
    return None


def with_genre(doc: Document, genre: Genre | None) -> Document:
    """The document with its genre; `other` for the kind of a first-party page, `news` for
    reporting (a live blog, an article under a reporter's byline). A press
    release or a statement with no byline is its publisher's. The headline's words never
    name the author: "Statement from the Trustees" is the publisher's trustees speaking, and a
    headline's "from …" may name a body the statement answers as well as the one issuing it."""
    kind = doc.kind
    if genre in FIRST_PARTY and kind == "news":
        kind = "other"
    elif genre in REPORTING and kind == "other":
        kind = "news"
    author = doc.author
    if author is None and genre == "statement":  # a notice signed by an official
        author = authors.signatory([b.text for b in doc.blocks])
    if author is None and genre in ("press release", "statement"):
        author = doc.publisher
    return replace(doc, genre=genre, kind=kind, author=author)


def _byline(line: str) -> bool:
    return authors.byline_names(line) is not None


def _header(doc: Document, lines: Sequence[str], first: int | None = None) -> list[str]:
    """The page's lines above its article text: breadcrumbs, labels, headline, byline."""
    if first is None:
        opening = next((b.text for b in doc.blocks if b.kind == "paragraph"), "")
        first = authors.first_body_line(lines, opening)
    if first >= len(lines):
        first = min(len(lines), HEADER_MAX_LINES)
    return list(lines[max(0, first - HEADER_MAX_LINES) : first + 1])


def _score(page: str, cues: Sequence[tuple[re.Pattern[str], int]]) -> int:
    """The weights of the cues the page holds. A cue is searched for only when the page holds
    one of the literal strings every match of it needs (`needles`): most pages hold none of
    most cues, and the case-blind regex search cost more than the rest of the page's reading."""
    return sum(weight for pattern, weight in cues if _holds(pattern, page))


def _holds(pattern: re.Pattern[str], page: str) -> bool:
    """Whether the page holds a cue: searched in the lines that hold one of its needles (a cue
    stands within a line)."""
    required = needles(pattern.pattern)
    if required is None:
        return pattern.search(page) is not None
    low = _lowered(page)
    for needle in {needle.lower() for needle in required}:
        at = low.find(needle)
        while at != -1:
            start = low.rfind("\n", 0, at) + 1
            end = low.find("\n", at)
            end = len(low) if end == -1 else end
            if pattern.search(page[start:end]) is not None:
                return True
            at = low.find(needle, end)
    return False


@lru_cache(maxsize=8)
def _lowered(page: str) -> str:
    return page.lower()


def _newsletter(page: str, title: str) -> int:
    return _score(page, NEWSLETTER_CUES) + (1 if ISSUE_TITLE.search(title) else 0)


def _live(page: str, title: str, fmt: str) -> int:
    """A live title ("LIVE: …", "… as it happened") and live-blog markup or timed posts."""
    score = 2 if LIVE_TITLE.search(title) else 0
    score += 2 if _holds(LIVE_MARKUP, page) else 0
    if fmt == "html":
        from sourcedesk.ingest.html import has_live_posts

        score += 2 if score < LIVE_MIN and has_live_posts(page) else 0
    else:
        score += 1 if len(TIMED_LINE.findall(page)) >= TIMED_LINES_MIN else 0
    return score


def _release(doc: Document, page: str, header: Sequence[str]) -> int:
    score = _score(page, RELEASE_CUES)
    labels = (line for line in header if len(line.split()) <= LABEL_MAX_WORDS)
    score += 2 if any(RELEASE_LABEL.search(line) for line in labels) else 0
    tail = doc.blocks[len(doc.blocks) // 2 :]
    score += 1 if any(b.kind == "heading" and ABOUT_ISSUER.match(b.text) for b in tail) else 0
    return score


def _statement(
    doc: Document, page: str, header: Sequence[str], voice: tuple[float, float]
) -> tuple[int, bool]:
    """The statement evidence, and whether the page labels itself a statement or a notice."""
    short = [line for line in header if len(line.split()) <= LABEL_MAX_WORDS]
    labelled = bool(STATEMENT_LABEL.search(doc.title or "")) or any(
        STATEMENT_LABEL.search(line) for line in short
    )
    addressed = ADDRESSED.search("\n".join([*header, *(b.text for b in doc.blocks[:3])]))
    notice = any(NOTICE_LABEL.search(line) for line in [doc.title or "", *short])
    score = 3 if labelled else 0
    score += 3 if addressed else 0
    score += 2 if notice else 0
    score += 2 if _holds(STATEMENT_TEXT, page) else 0
    headings = (b.text for b in doc.blocks if b.kind == "heading")
    score += 1 if any(re.match(r"statement (?:from|by)\b", h, re.I) for h in headings) else 0
    plural, singular = voice
    score += 1 if plural >= PLURAL_VOICE_SHARE and singular < SINGULAR_VOICE_SHARE else 0
    score += 2 if _issuer_in_lede(doc) else 0
    formula = _holds(NOTICE_FORMULA, page)
    score += 3 if formula else 0
    score += 1 if authors.signatory([b.text for b in doc.blocks]) else 0
    return score, labelled or bool(addressed) or notice or formula


def _blog(doc: Document, page: str, header: Sequence[str], voice: tuple[float, float]) -> int:
    score = _score(page, BLOG_CUES)
    score += 1 if any(POSTED.match(authors.MARKUP_MARKS.sub("", line)) for line in header) else 0
    score += 1 if LAYOUT_POST.search(page[:2000]) else 0
    score += 1 if "/blog" in (doc.url or "").lower() else 0
    _, singular = voice
    score += (
        2 if singular >= STRONG_SINGULAR_SHARE else 1 if singular >= SINGULAR_VOICE_SHARE else 0
    )
    owner = (doc.publisher or "").lower()
    score += 1 if doc.author and owner and owner in doc.author.lower() else 0
    return score


def _voice(doc: Document) -> tuple[float, float]:
    """The shares of first-person plural and singular words in the article's text (read once
    a page, in `guess_genre`: both the statement and the blog tests ask)."""
    text = "\n".join(b.text.replace("\n", " ") for b in doc.blocks if b.kind != "quote")
    text = QUOTED_IN_LINE.sub(" ", text).lower()  # one pass: a quote stays within its block
    words = WORD.findall(text)
    if not words:
        return 0.0, 0.0
    plural = sum(map(FIRST_PLURAL.__contains__, words))
    singular = sum(map(FIRST_SINGULAR.__contains__, words))
    return plural / len(words), singular / len(words)


# A quotation within one block: a quoted speaker's "we" is not the page's voice.
QUOTED_IN_LINE = re.compile(r"[\"“][^\"”\n]{0,600}[\"”]")


def _issuer_in_lede(doc: Document) -> bool:
    """Whether the page's publisher (a name of two words or more) opens its first paragraph:
    an organisation telling its own news ("Brennock City Council has today appointed …")."""
    publisher = doc.publisher or ""
    if len(publisher.split()) < 2:
        return False
    opening = next((b.text for b in doc.blocks if b.kind == "paragraph"), "")
    return opening[: len(publisher) + 20].lower().find(publisher.lower()) >= 0
