"""Read MediaWiki wikitext with mwparserfromhell.

Templates (infoboxes, navboxes, maintenance tags) and categories leave the body; `<ref>`s become
the reference list; `== headings ==` become sections; `[[File:…|caption]]` becomes a caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import mwparserfromhell
from mwparserfromhell.nodes import (
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Tag,
    Template,
    Text,
    Wikilink,
)

from sourcedesk.ingest import metadata
from sourcedesk.ingest.references import parse_reference
from sourcedesk.records import Block, Document, Reference

# Templates whose last positional argument is running text ({{lang|fr|mot}} → mot).
INLINE_TEMPLATES = {"lang", "nowrap", "nobr", "small", "em", "transl", "nihongo", "korean"}
MEDIA_PREFIXES = ("file:", "image:", "media:")
DROP_LINK_PREFIXES = ("category:", "wikt:", "wiktionary:", "commons:")
# Sections whose body is apparatus, not article text.
REFERENCE_SECTIONS = {
    "references",
    "notes",
    "citations",
    "footnotes",
    "sources",
    "notes and references",
}
DROP_SECTIONS = {"external links"}
CITE_FIELDS = {
    "title": ("title", "chapter"),
    "publisher": ("publisher", "work", "website", "newspaper", "journal", "agency", "magazine"),
    "date": ("date", "year", "access-date", "accessdate"),
    "url": ("url", "archive-url"),
}
MARKER = "\u0000H{level}\u0000{title}"
HEADING_MARK = re.compile(r"^\u0000H(\d)\u0000(.*)$")
MULTISPACE = re.compile(r"[ \t]+")
LEAD_BOLD = re.compile(r"'''(?!')(.+?)'''")


@dataclass
class _State:
    references: list[Reference] = field(default_factory=list)
    named: dict[str, int] = field(default_factory=dict)
    captions: list[str] = field(default_factory=list)


def read_wikitext(text: str, origin: str = "") -> Document:
    """Blocks, sections and references of a wikitext article."""
    state = _State()
    rendered = _render(mwparserfromhell.parse(text), state)
    blocks, title, list_refs = _blocks(rendered, state.captions)
    references = state.references or list_refs
    title = title or _lead_bold(text)
    if not title:
        title = PurePath(origin).stem.replace("_", " ") if origin else None
    doc = Document(
        blocks=tuple(blocks),
        title=title,
        references=tuple(references),
        kind="encyclopedia",
        reader="wikitext:mwparserfromhell",
    )
    return metadata.describe(doc, origin)


def _lead_bold(text: str) -> str | None:
    """The article's subject as the lead sets it in bold, the wiki convention."""
    lead = re.split(r"^==", text, maxsplit=1, flags=re.M)[0]
    match = LEAD_BOLD.search(lead)
    if not match:
        return None
    return mwparserfromhell.parse(match.group(1)).strip_code().strip() or None


def _render(code: Any, state: _State) -> str:
    return "".join(_render_node(node, state) for node in code.nodes)


def _render_node(node: Any, state: _State) -> str:
    if isinstance(node, Text):
        return str(node.value)
    if isinstance(node, Heading):
        title = _render(node.title, state).strip()
        return MARKER.format(level=node.level, title=title)
    if isinstance(node, Wikilink):
        return _render_link(node, state)
    if isinstance(node, Template):
        return _render_template(node, state)
    if isinstance(node, Tag):
        return _render_tag(node, state)
    if isinstance(node, ExternalLink):
        return _render(node.title, state) if node.title else ""
    if isinstance(node, HTMLEntity):
        return node.normalize()
    if isinstance(node, Comment):
        return ""
    return str(node)


def _render_link(node: Wikilink, state: _State) -> str:
    target = str(node.title).strip()
    lowered = target.lower()
    if lowered.startswith(MEDIA_PREFIXES):
        parts = str(node.text or "").split("|")
        caption = mwparserfromhell.parse(parts[-1]).strip_code().strip() if parts else ""
        if caption and not re.fullmatch(r"\w+|\d+px|upright.*", caption):
            state.captions.append(caption)
            return f"\n\n\u0000C{len(state.captions) - 1}\n\n"
        return ""
    if lowered.startswith(DROP_LINK_PREFIXES) or target.startswith(":"):
        return ""
    return _render(node.text, state) if node.text else target.split("#")[0]


def _render_template(node: Template, state: _State) -> str:
    name = str(node.name).strip().lower()
    positional = [p for p in node.params if not p.showkey]
    if name in INLINE_TEMPLATES and positional:
        return _render(positional[-1].value, state)
    return ""


def _render_tag(node: Tag, state: _State) -> str:
    tag = str(node.tag).lower()
    if tag == "ref":
        _collect_ref(node, state)
        return ""
    if tag in ("table", "gallery", "math", "references", "timeline", "score", "syntaxhighlight"):
        return ""
    if tag in ("br",):
        return "\n"
    inner = _render(node.contents, state) if node.contents is not None else ""
    if tag in ("li", "dd", "dt") and node.wiki_markup:
        return f"{node.wiki_markup}{inner}" if tag == "li" else inner
    return inner


def _collect_ref(node: Tag, state: _State) -> None:
    name = str(node.get("name").value).strip() if node.has("name") else ""
    if name and name in state.named:
        return
    contents = node.contents
    if contents is None or not str(contents).strip():
        return
    n = len(state.references) + 1
    state.references.append(_reference(n, contents))
    if name:
        state.named[name] = n


def _reference(n: int, contents: Any) -> Reference:
    for template in contents.filter_templates(recursive=False):
        if str(template.name).strip().lower().startswith(("cite", "citation")):
            return _cite_template(n, template)
    return parse_reference(n, contents.strip_code().strip())


def _cite_template(n: int, template: Template) -> Reference:
    values: dict[str, str | None] = {}
    for key, names in CITE_FIELDS.items():
        values[key] = next(
            (
                str(template.get(name).value.strip_code()).strip()
                for name in names
                if template.has(name) and str(template.get(name).value).strip()
            ),
            None,
        )
    parts = [
        str(p.value.strip_code()).strip()
        for p in template.params
        if str(p.name).strip() in ("last", "first", "author", "title", "work", "publisher", "date")
    ]
    text = ". ".join(part for part in parts if part) or str(template)
    parsed_date = metadata.parse_dateline(values["date"]) if values["date"] else None
    return Reference(
        n=n,
        text=text,
        title=values["title"],
        publisher=values["publisher"],
        date=parsed_date or values["date"],
        url=values["url"],
    )


def _blocks(rendered: str, captions: list[str]) -> tuple[list[Block], str | None, list[Reference]]:
    """Turn rendered text with heading markers into blocks; split off reference sections."""
    blocks: list[Block] = []
    title: str | None = None
    skipping: str | None = None
    list_refs: list[Reference] = []
    for raw in re.split(r"\n\s*\n|(?=\u0000H\d\u0000)|\n(?=[*#:;])", rendered):
        chunk = raw.strip()
        heading = HEADING_MARK.match(chunk.split("\n")[0]) if chunk else None
        if heading:
            level, text = int(heading.group(1)), heading.group(2).strip()
            rest = chunk.split("\n", 1)[1] if "\n" in chunk else ""
            if level == 1 and title is None:
                title = text
            else:
                skipping = _skip_kind(text)
                if skipping is None:
                    blocks.append(Block("heading", text, level))
            chunk = rest.strip()
        if not chunk:
            continue
        if skipping == "references":
            list_refs.extend(_list_references(chunk, len(list_refs)))
            continue
        if skipping:
            continue
        blocks.extend(_chunk_blocks(chunk, captions))
    return blocks, title, list_refs


def _skip_kind(heading: str) -> str | None:
    lowered = heading.lower().strip()
    if lowered in REFERENCE_SECTIONS:
        return "references"
    if lowered in DROP_SECTIONS:
        return "drop"
    return None


def _chunk_blocks(chunk: str, captions: list[str]) -> list[Block]:
    caption = re.fullmatch(r"\u0000C(\d+)", chunk)
    if caption:
        return [Block("caption", captions[int(caption.group(1))])]
    text = MULTISPACE.sub(" ", chunk)
    if text[0] in "*#":
        item = text.lstrip("*#: ").strip()
        return [Block("list_item", _one_line(item))] if item else []
    text = text.lstrip(":; ")
    return [Block("paragraph", _one_line(text))] if text.strip() else []


def _list_references(chunk: str, offset: int) -> list[Reference]:
    refs: list[Reference] = []
    for line in chunk.splitlines():
        body = line.lstrip("*#: ").strip()
        if body:
            refs.append(parse_reference(offset + len(refs) + 1, body))
    return refs


def _one_line(text: str) -> str:
    return " ".join(text.split())
