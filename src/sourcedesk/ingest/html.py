"""Read an HTML page: trafilatura finds the main text and metadata; we keep its structure.

Cascade (every stage returns a `Document`):
1. trafilatura's extraction (its own readability/jusText fallbacks included), walked as XML so
   headings, paragraphs, list items, quotes and figure captions become blocks;
2. if trafilatura finds nothing, the page's visible text goes through the plain-text cleaner;
3. if that is empty too, the page has no readable text and is refused.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from sourcedesk.errors import InputError
from sourcedesk.ingest import metadata
from sourcedesk.records import Block, Document

BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "title",
}  # fmt: skip
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")
SPACES = re.compile(r"[\s\u00a0\u2009\u200b]+")


def read_html(data: bytes | str, origin: str = "") -> Document:
    """The main text and metadata of an HTML page."""
    tree = _parse(data, origin)
    captions = _figure_captions(tree)  # before extraction, which prunes the tree
    extracted = trafilatura.bare_extraction(
        tree,
        url=origin if origin.startswith(("http://", "https://")) else None,
        with_metadata=True,
        include_comments=False,
        include_images=True,
        include_tables=True,
    )
    blocks = _blocks_from_body(extracted.body, captions) if extracted else []
    if blocks:
        doc = Document(
            blocks=tuple(blocks),
            title=_clean(extracted.title or "") or None,
            publisher=_clean(extracted.sitename or "") or None,
            published=extracted.date or None,
            language=extracted.language or _html_lang(tree),
            url=extracted.url or None,
            reader="html:trafilatura",
        )
        doc = _drop_title_block(doc)
        return metadata.describe(doc, origin)
    return _visible_text_fallback(tree, origin)


def _parse(data: bytes | str, origin: str) -> Any:
    try:
        tree = lxml.html.document_fromstring(data)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(origin, f"broken HTML ({exc})") from exc
    if tree is None or not _clean(tree.text_content() or ""):
        raise InputError(origin, "broken or empty HTML: no readable text")
    return tree


def _blocks_from_body(body: Any, captions: dict[str, str]) -> list[Block]:
    blocks: list[Block] = []
    for element in body.iter("head", "p", "item", "quote", "graphic", "cell"):
        if element.tag in ("p", "item", "quote") and _inside(element, ("item", "quote", "cell")):
            continue
        text = _clean("".join(element.itertext()))
        if element.tag == "graphic":
            caption = _caption_for(element.get("src", ""), captions) or _clean(
                element.get("title", "")
            )
            if caption:
                blocks.append(Block("caption", caption))
        elif not text:
            continue
        elif element.tag == "head":
            level = int((element.get("rend") or "h2").lstrip("h") or 2)
            blocks.append(Block("heading", text, max(1, min(level, 6))))
        elif element.tag == "item":
            blocks.append(Block("list_item", text))
        elif element.tag == "quote":
            blocks.append(Block("quote", text))
        else:
            blocks.append(Block("paragraph", text))
    return blocks


def _caption_for(src: str, captions: dict[str, str]) -> str:
    """The caption of an image, matching relative sources that extraction made absolute."""
    if src in captions:
        return captions[src]
    return next((cap for key, cap in captions.items() if key and src.endswith(key)), "")


def _inside(element: Any, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _figure_captions(tree: Any) -> dict[str, str]:
    """Image source → the caption of the figure that holds it."""
    captions: dict[str, str] = {}
    for figure in tree.iter("figure"):
        caption_el = next(iter(figure.iter("figcaption")), None)
        caption = _clean(caption_el.text_content()) if caption_el is not None else ""
        for img in figure.iter("img"):
            if caption and img.get("src"):
                captions[img.get("src")] = caption
    return captions


def _drop_title_block(doc: Document) -> Document:
    """The page title is metadata; a first heading repeating it is not a section."""
    blocks = list(doc.blocks)
    if blocks and blocks[0].kind == "heading" and blocks[0].level <= 1:
        title = doc.title or blocks[0].text
        if _norm(blocks[0].text) == _norm(title) or not doc.title:
            blocks.pop(0)
            return replace(doc, blocks=tuple(blocks), title=title)
    return doc


def _visible_text_fallback(tree: Any, origin: str) -> Document:
    from sourcedesk.ingest.text import read_text_capture

    text = visible_text(tree)
    if not text.strip():
        raise InputError(origin, "broken or empty HTML: no readable text")
    doc = read_text_capture(text, origin)
    if not doc.blocks:
        raise InputError(origin, "no article text found in the HTML")
    title = doc.title or _clean(tree.findtext(".//title") or "") or None
    return replace(doc, title=title, reader="html:visible-text")


def visible_text(tree: Any) -> str:
    """All visible text of a page, one block a line (what 'save as text' gives)."""
    for bad in tree.xpath("|".join(f"//{tag}" for tag in INVISIBLE_TAGS)):
        bad.drop_tree()
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _clean("".join(current))
        if line:
            lines.append(line)
        current.clear()

    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS:
                flush()
            if element.text:
                current.append(element.text)
        else:
            if tag in BLOCK_TAGS:
                flush()
            if element.tail:
                current.append(element.tail)
    flush()
    return "\n".join(lines)


def _html_lang(tree: Any) -> str | None:
    lang = tree.get("lang") if tree.tag == "html" else None
    return lang.split("-")[0].lower() if lang else None


def _clean(text: str) -> str:
    return SPACES.sub(" ", text).strip()


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()
