"""Read a Markdown page with markdown-it-py: headings, paragraphs, list items and quotes.

A YAML-like front matter block (`title:`, `date:`, `source:`) supplies metadata.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from sourcedesk.ingest import metadata
from sourcedesk.records import Block, BlockKind, Document

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
FRONT_KEYS = {
    "title": "title",
    "date": "published",
    "source": "publisher",
    "publisher": "publisher",
}
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def read_markdown(text: str, origin: str = "") -> Document:
    """Blocks and metadata of a Markdown page."""
    fields, body = _front_matter(text)
    tokens = MarkdownIt("commonmark").parse(body)
    blocks = _blocks(tokens)
    title = fields.get("title")
    if blocks and blocks[0].kind == "heading" and blocks[0].level == 1:
        title = title or blocks[0].text
        blocks = blocks[1:]
    published = fields.get("published")
    doc = Document(
        blocks=tuple(blocks),
        title=title,
        publisher=fields.get("publisher"),
        published=metadata.parse_dateline(published) if published else None,
        reader="markdown:markdown-it",
    )
    return metadata.describe(doc, origin)


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


def _blocks(tokens: list[Token]) -> list[Block]:
    blocks: list[Block] = []
    context: list[str] = []
    for i, token in enumerate(tokens):
        if token.type.endswith("_open"):
            context.append(token.type[: -len("_open")])
        elif token.type.endswith("_close"):
            context.pop()
        elif token.type == "inline":
            kind, level = _kind(context, tokens[i - 1])
            text = _inline_text(token)
            if text:
                blocks.append(Block(kind, text, level))
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(Block("paragraph", " ".join(token.content.split())))
    return blocks


def _kind(context: list[str], opener: Token) -> tuple[BlockKind, int]:
    if "heading" in context:
        return "heading", int(opener.tag.lstrip("h") or 2)
    if "list_item" in context:
        return "list_item", 0
    if "blockquote" in context:
        return "quote", 0
    return "paragraph", 0


def _inline_text(token: Token) -> str:
    """Plain text of an inline token: images become their alt text, links their label."""
    raw = IMAGE.sub(r"\1", token.content)
    raw = LINK.sub(r"\1", raw)
    raw = re.sub(r"(\*\*|__|\*|_|`)(.+?)\1", r"\2", raw)
    return " ".join(raw.split())
