"""Read a Markdown page with markdown-it-py: headings, paragraphs, list items and quotes.

A YAML-like front matter block (`title:`, `date:`, `source:`) supplies metadata.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from sourcedesk.ingest import boilerplate as bp
from sourcedesk.ingest import metadata
from sourcedesk.ingest.captions import with_credit_captions
from sourcedesk.ingest.text import is_furniture_line, read_text_capture
from sourcedesk.records import Block, BlockKind, Document

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
FRONT_KEYS = {
    "title": "title",
    "date": "published",
    "source": "publisher",
    "publisher": "publisher",
}
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")
#: A link that only leads on ("Read more", "Continue reading →", "Full story"): no text of the
#: block it ends, and a block of its own is furniture.
LEAD_ON_LABEL = re.compile(
    r"^\W*(?:read|see|find out|learn) more\W*$|^\W*(?:continue reading|full story|more)\W*$",
    re.IGNORECASE,
)
#: A paragraph that is only a link which sends the reader elsewhere for the whole of something
#: ("Read the full statement", "View the complete report") or points on with an arrow ("Our
#: coverage of the vote →"): no text of the page. Inside a sentence such a label stays.
LEAD_ON_BLOCK = re.compile(
    r"^\W*(?:read|view|see|watch|listen to|download) (?:the |our |his |her |their )?"
    r"(?:full|whole|complete|entire|original)\b|(?:[→›»]|->)\s*$",
    re.IGNORECASE,
)
#: A link to a file to download (a PDF, a spreadsheet): a block that is only that link is no
#: text of the page ("Download the checklist (PDF)").
FILE_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|csv|zip|epub)(?:[?#]\S*)?$", re.IGNORECASE)
WHOLE_LINK = re.compile(r"^\W*\[([^\]]+)\]\(([^)\s]*)[^)]*\)\W*$")
#: A link to the site's home page ("[Orsa Notes](/)", "[Orsa Notes](https://orsa.example/)").
HOME_LINK = re.compile(r"(?<!!)\[([^\]\[]{2,60})\]\((?:/|\./|https?://[^/)\s]+/?)\)")


def read_markdown(text: str, origin: str = "") -> Document:
    """Blocks and metadata of a Markdown page.

    A page saved from a blog or a site carries its furniture in Markdown too (a site name over
    a menu, "Posted by … on …", tags, comments, previous/next links). The plain-text line
    cleaner reads the page's blocks, one line each; the blocks before the first and after the
    last that it keeps leave, with the title and date it found, when one of them is furniture
    by the cleaner's patterns. Blocks between stay whatever it thought of them (a page of
    notes, lists or code is no capture), but for those it cut that match its furniture
    patterns ("ENDS", a share bar)."""
    fields, body = _front_matter(text)
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    blocks, table_rows = _blocks(tokens)
    links_out = [b.text for b in blocks if b.kind == "paragraph" and b.text in _links_out(tokens)]
    blocks = [b for b in blocks if b.text not in links_out]
    title = fields.get("title")
    published = metadata.parse_dateline(fields["published"]) if "published" in fields else None
    capture = read_text_capture("\n\n".join(_line(b) for b in blocks), origin)
    # a cut line keeps its marks ("- New fees" of a contents list is not the "## New fees"
    # heading of the story it lists)
    cut_lines = set(capture.removed)

    def was_cut(block: Block) -> bool:
        if block.text == capture.title:
            return not _story_heading(block, title)
        return " ".join(_line(block).split()) in cut_lines

    keeps = [k for k, b in enumerate(blocks) if k in table_rows or not was_cut(b)]
    kept = blocks[keeps[0] : keeps[-1] + 1] if keeps else blocks
    kept = [b for b in kept if not (was_cut(b) and is_furniture_line(b.text))]
    dropped = [b.text for b in blocks if b not in kept]
    kept_words = _words(kept) + len((capture.title or "").split())  # the title is no furniture
    cut = any(map(is_furniture_line, dropped)) and kept_words >= KEPT_SHARE * (
        kept_words + _lost_words(dropped, kept, capture.title)
    )
    removed: tuple[str, ...] = tuple(links_out)
    if cut:
        title = title or capture.title
        removed = (*removed, *(text for text in dropped if text != title))
        blocks = kept
        published = published or capture.published
    elif blocks and blocks[0].kind == "heading" and blocks[0].level == 1:
        title = title or blocks[0].text
        blocks = blocks[1:]
    doc = Document(
        blocks=tuple(blocks),
        title=title,
        publisher=fields.get("publisher") or site_name(body),
        published=published,
        removed=removed,
        reader="markdown:markdown-it",
    )
    return metadata.describe(with_credit_captions(doc), origin)


# The cleaner's cut is taken when it keeps at least this share of the page's words: around an
# article, furniture is short; a page of notes or code it misreads would lose most of itself.
KEPT_SHARE = 0.6
HEADING_MARKS = re.compile(r"^#+\s+")
EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(.+?)\1")


def site_name(body: str) -> str | None:
    """The site's name where the page plainly gives it: the label of its link to the site's
    home page (a menu's first item, "[Orsa Notes](/)"), when the page names it again outside
    that link (its footer, its copyright line). "Home" and other menu words name no site."""
    for match in HOME_LINK.finditer(body):
        label = " ".join(EMPHASIS.sub(r"\2", match.group(1)).split())
        words = label.lower().split()
        if not label[:1].isupper() or all(w.strip(".,:;!?") in bp.MENU_WORDS for w in words):
            continue
        if label in body[: match.start()] + body[match.end() :]:
            return label
    return None


def _story_heading(block: Block, title: str | None) -> bool:
    """Whether a heading the cleaner took for the page's title heads a story of it instead: the
    front matter names the page ("Tarvia Weekly #12: …"), and this is a section's heading
    ("## 1. Halvik mill reopens") that does not repeat that name."""
    if not title or block.kind != "heading" or block.level < 2:
        return False
    heading, named = block.text.lower(), title.lower()
    return heading not in named and named not in heading


def _lost_words(dropped: list[str], kept: list[Block], title: str | None) -> int:
    """The words the cleaner's cut would take from the page: not those of furniture by its
    patterns, nor a line that stays elsewhere (a contents entry repeating a story's heading)."""
    staying = {b.text for b in kept} | {title}
    return sum(
        len(text.split()) for text in dropped if text not in staying and not is_furniture_line(text)
    )


def _words(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks)


def _line(block: Block) -> str:
    """A block as a line of a plain-text capture: headings keep their marks."""
    if block.kind == "heading":
        return "#" * max(block.level, 1) + " " + block.text
    return ("- " if block.kind == "list_item" else "") + block.text


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() in FRONT_KEYS and value.strip():
            fields[FRONT_KEYS[key.strip().lower()]] = value.strip().strip("\"'")
    return fields, text[match.end() :]


def _blocks(tokens: list[Token]) -> tuple[list[Block], set[int]]:
    """The page's blocks, and which of them are a table's rows."""
    blocks: list[Block] = []
    table_rows: set[int] = set()
    context: list[str] = []
    after_picture = False  # the last paragraph is a picture without a caption line
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type == "table_open":
            end = next(k for k in range(i, len(tokens)) if tokens[k].type == "table_close")
            for row in _table_items(tokens[i:end]):
                table_rows.add(len(blocks))
                blocks.append(Block("list_item", row))
            i = end + 1
            continue
        if token.type.endswith("_open"):
            context.append(token.type[: -len("_open")])
        elif token.type.endswith("_close"):
            context.pop()
        elif token.type == "inline":
            kind, level = _kind(context, tokens[i - 1])
            if kind == "paragraph":
                picture = _add_picture(token.content, blocks, after_picture)
                after_picture = picture is True
                if picture is not None:
                    i += 1
                    continue
            else:
                after_picture = False
            for text in map(_inline_text, _field_lines(token)):
                if text:
                    blocks.append(Block(kind, text, level))
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(Block("paragraph", " ".join(token.content.split())))
        i += 1
    return blocks, table_rows


FIELD_LINE = re.compile(r"^(?:\*\*|__)\S")
#: A paragraph in emphasis only, as a caption is set under a picture ("*The pier in 1931*").
EMPHASISED = re.compile(r"^(\*|_)(?!\1)(.+)\1$", re.S)
#: A caption line under a picture is short; a longer emphasised paragraph is a note of the text.
PICTURE_CAPTION_MAX_WORDS = 60


def _picture_caption(content: str) -> tuple[str, bool] | None:
    """A paragraph that is a picture: its caption's Markdown (the emphasised line under the
    picture, else the picture's alt text) and whether the caption is only the alt text; None
    for a paragraph of text."""
    content = content.strip()
    rest = IMAGE.sub("", content).strip()
    if rest == content:
        return None
    if not rest:
        return content, True
    return (rest, False) if _is_caption_line(rest) else None


def _add_picture(content: str, blocks: list[Block], after_picture: bool) -> bool | None:
    """Add a picture paragraph's caption to the blocks (a caption line right under a picture
    replaces its alt text); whether the picture has no caption line yet, or None for a
    paragraph that is no picture and no caption of one."""
    picture = _picture_caption(content)
    if picture is None:
        if not (after_picture and _is_caption_line(content.strip())):
            return None
        if blocks and blocks[-1].kind == "caption":
            blocks.pop()
        picture = (content, False)
    caption, bare = picture
    text = _inline_text(Token("inline", "", 0, content=caption))
    if text:
        blocks.append(Block("caption", text))
    return bare


def _is_caption_line(content: str) -> bool:
    return EMPHASISED.match(content) is not None and (
        len(content.split()) <= PICTURE_CAPTION_MAX_WORDS
    )


def _field_lines(token: Token) -> list[Token]:
    """A paragraph's lines, one token each, when every line opens in bold ("**Date:** 10
    February 2025" under "**Press release**"): a list of fields, not a wrapped paragraph,
    whose lines Markdown would run together."""
    lines = token.content.split("\n")
    if len(lines) < 2 or not all(FIELD_LINE.match(line.strip()) for line in lines):
        return [token]
    return [Token("inline", "", 0, content=line.strip()) for line in lines]


def _table_items(tokens: list[Token]) -> list[str]:
    """A table's body rows as lines, each cell after its column's header ("Rocket: Kestrel-4");
    a two-column table whose header leaves the second cell empty lists fields."""
    rows: list[tuple[bool, list[str]]] = []
    for k, token in enumerate(tokens):
        if token.type == "tr_open":
            rows.append((False, []))
        elif token.type == "inline" and rows:
            rows[-1] = (tokens[k - 1].type == "th_open", [*rows[-1][1], _inline_text(token)])
    names = rows[0][1] if rows and rows[0][0] else []
    body = [cells for is_header, cells in rows if not is_header and any(cells)]
    if len(names) == 2 and names[0] and not names[1]:
        names = []  # "| Mission | |": a title over fields, no column names
    items = []
    for cells in body:
        if names and all(names) and len(names) == len(cells):
            items.append("; ".join(f"{n}: {c}" for n, c in zip(names, cells, strict=True) if c))
        elif len(cells) == 2 and all(cells):
            items.append(f"{cells[0]}: {cells[1]}")
        else:
            items.append("; ".join(c for c in cells if c))
    return items


def _kind(context: list[str], opener: Token) -> tuple[BlockKind, int]:
    if "heading" in context:
        return "heading", int(opener.tag.lstrip("h") or 2)
    if "list_item" in context:
        return "list_item", 0
    if "blockquote" in context:
        return "quote", 0
    return "paragraph", 0


def _links_out(tokens: list[Token]) -> set[str]:
    """The text of the paragraphs that are only a link out: to a file to download ("Download
    the checklist (PDF)"), or one that only leads on ("Read more", "Read the full notice →").
    Listed as cut."""
    found = set()
    for token in tokens:
        match = WHOLE_LINK.match(token.content.strip()) if token.type == "inline" else None
        if match is None:
            continue
        label, target = match.groups()
        if FILE_LINK.search(target) or LEAD_ON_LABEL.match(label) or LEAD_ON_BLOCK.search(label):
            found.add(" ".join(EMPHASIS.sub(r"\2", label).split()))
    return found


def _link_label(match: re.Match[str]) -> str:
    """A link's label in the text, or nothing for a link that only leads on ("Read more")."""
    return "" if LEAD_ON_LABEL.match(match.group(1)) else match.group(1)


def _inline_text(token: Token) -> str:
    """Plain text of an inline token: images become their alt text, links their label (but
    "Read more" and its kin, which only lead on)."""
    raw = IMAGE.sub(r"\1", token.content)
    raw = LINK.sub(_link_label, raw)
    raw = EMPHASIS.sub(r"\2", raw)
    return " ".join(raw.split())
