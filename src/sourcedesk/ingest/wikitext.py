"""Read MediaWiki wikitext with mwparserfromhell.

Templates (infoboxes, navboxes, maintenance tags) and categories leave the body; `<ref>`s become
the reference list; `== headings ==` become sections; `[[File:…|caption]]` becomes a caption.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
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
from sourcedesk.records import KEY_FACTS, Block, Document, Reference

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
DROP_SECTIONS = {"external links", "see also", "further reading"}  # links to elsewhere
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


# Infobox fields that hold pictures, maps or layout, not facts.
INFOBOX_LAYOUT = re.compile(
    r"image|caption|alt$|map|coord|logo|signature|website|url|module|embed|footnote|pushpin"
    r"|^(?:size|width)$|upright|relief|label_position|qid|fetchwikidata|onlysourced"
    r"|native_name_lang|^(?:name|title)$"
)
#: A value that sets a picture's size, not a fact ("250px", "x200px", "upright=1.2").
LAYOUT_VALUE = re.compile(r"(?:\d+\s*)?x?\d+\s*px|upright(?:\s*=\s*[\d.]+)?", re.IGNORECASE)
INFOBOX_PICTURE = re.compile(r"image\d?|photo|picture")
INFOBOX_CAPTION = re.compile(r"(?:image[_ ]?)?caption\d?|image_caption")
PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|svg|gif|tiff?|webp)\b", re.I)
# Templates that stand for a dash or a space in running text.
DASH_TEMPLATES = {"ndash": "–", "mdash": "—", "snd": " – ", "spaced ndash": " – ", "nbsp": " "}
RANGE_WORDS = {"-", "–", "to", "and", "or", "x", "by", "&"}
#: Templates that list their arguments as items ({{ubl|CEO|Chair}}, {{plainlist|* a * b}}).
LIST_TEMPLATES = {
    "ubl",
    "unbulleted list",
    "plainlist",
    "plain list",
    "flatlist",
    "hlist",
    "bulleted list",
    "bulletedlist",
    "br separated entries",
}
#: Templates that set a quotation apart; their text is the article's.
QUOTE_TEMPLATES = {
    "quote",
    "blockquote",
    "cquote",
    "quotation",
    "quote box",
    "rquote",
    "pull quote",
    "centered pull quote",
}
#: Templates that hold an explanatory footnote ({{efn|The count excludes crew.}}).
NOTE_TEMPLATES = {"efn", "efn-ua", "efn-lr", "efn-la", "refn", "notetag", "note"}
#: Templates named after a ship's prefix: {{HMS|Orsa}} → "HMS Orsa".
SHIP_PREFIXES = {"hms", "uss", "ss", "mv", "rms", "hmas", "hmcs", "hmnzs", "sms", "usns", "ins"}
#: Templates that write an amount in a currency: {{US$|2.4 million}} → "US$2.4 million".
CURRENCY_SIGNS = {
    "us$": "US$",
    "usd": "US$",
    "gbp": "£",
    "£": "£",
    "eur": "€",
    "€": "€",
    "a$": "A$",
    "ca$": "CA$",
    "nz$": "NZ$",
    "jpy": "¥",
    "inr": "₹",
}
DATE_TEMPLATES = ("start date", "end date", "birth date", "death date", "date", "dts")
MONTH_NAMES = calendar.month_name[1:]


@dataclass
class _State:
    references: list[Reference] = field(default_factory=list)
    named: dict[str, int] = field(default_factory=dict)
    captions: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)  # "Date: 17 November 2024", from an infobox
    notes: list[str] = field(default_factory=list)  # explanatory footnotes ({{efn|…}})
    # List-defined references: a `<ref name=…>` whose text sits in the reference list
    # ({{Reflist|refs=…}}, `<references>…</references>`) and is cited by name in the text.
    defined: dict[str, Any] = field(default_factory=dict)


def read_wikitext(text: str, origin: str = "") -> Document:
    """Blocks, sections and references of a wikitext article."""
    code = mwparserfromhell.parse(text)
    state = _State(defined=_list_defined_refs(code))
    rendered = _render(code, state)
    _collect_uncited(state)
    blocks, title, list_refs = _blocks(rendered, state.captions)
    blocks = _section_pictures_beside_text(blocks)
    if state.facts:  # the infobox closes the article
        blocks += [Block("heading", KEY_FACTS, 2), *(Block("list_item", f) for f in state.facts)]
    cited = state.references or list_refs
    notes = [parse_reference(len(cited) + k, note) for k, note in enumerate(state.notes, 1)]
    references = [*cited, *notes]
    title = title or _lead_bold(text)
    if not title:
        title = PurePath(origin).stem.replace("_", " ") if origin else None
    doc = Document(
        blocks=tuple(blocks),
        title=title,
        references=tuple(references),
        kind="encyclopedia",
        published=_snapshot_date(code, origin),
        reader="wikitext:mwparserfromhell",
    )
    return metadata.describe(doc, origin)


def _snapshot_date(code: Any, origin: str = "") -> str | None:
    """The date of this snapshot of the article. What the page says of its own revision comes
    first ("<!-- revision as of 10:14, 2 July 2024 -->", "last edited on 2 July 2024"); then a
    date in the saved file's name ("…_rev2023-11-20.wiki") unless it precedes what the editors
    dated in the text; then the editors' newest date (see `_editors_date`). None when no date
    is found."""
    stamped = _revision_stamp(code)
    if stamped:
        return stamped
    editors = _editors_date(code)
    named = _file_name_date(origin)
    if named is None or (editors and named[: len(editors)] < editors[: len(named)]):
        return editors  # a snapshot cannot precede the dates its editors wrote in it
    if editors and editors.startswith(named):
        return editors  # the same month, the editors' day
    return named


def _editors_date(code: Any) -> str | None:
    """The newest of the dates the article's editors wrote in it: its maintenance templates
    ("{{Current event|date=6 February 2024}}", "{{Citation needed|date=May 2024}}", "{{Use dmy
    dates|date=May 2024}}"), its "as of" statements and, to the month, the days they read their
    sources (a citation's access-date: the text was written on or after it, not on that day).
    A citation's own date (the source's) and the dates an infobox gives (the event's) are not
    the snapshot's."""
    found = [date for template in code.filter_templates() if (date := _editor_date(template))]
    return max(found) if found else None


def _editor_date(template: Template) -> str | None:
    """The date a template records of the article's editing (see `_editors_date`)."""
    name = str(template.name).strip().lower().replace("_", " ")
    if name.startswith("infobox"):
        return None
    if name == "as of":
        args = [str(p.value.strip_code()).strip() for p in template.params if not p.showkey]
        return metadata.parse_dateline(_template_date(args)) if args else None
    cited = name.startswith("cite ") or name == "citation"  # not "citation needed"
    keys = ACCESS_DATE_KEYS if cited else ("date",)
    for key in keys:
        if template.has(key):
            value = str(template.get(key).value.strip_code()).strip()
            date = metadata.parse_dateline(value) if value else None
            return date[: len("YYYY-MM")] if date and cited else date
    return None


ACCESS_DATE_KEYS = ("access-date", "accessdate")
#: Words with which a page states its own revision: a saved snapshot's note ("revision as of
#: 10:14, 2 July 2024"), the wiki's footer ("last edited on 2 July 2024"), a permanent link.
REVISION_WORDS = re.compile(
    r"\b(?:revision|revised|last (?:edited|modified|updated)|snapshot|oldid)\b", re.IGNORECASE
)
FULL_DATE = re.compile(
    rf"\b\d{{1,2}} (?:{'|'.join(MONTH_NAMES)}) \d{{4}}\b"
    rf"|\b(?:{'|'.join(MONTH_NAMES)}) \d{{1,2}}, \d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
)
FILE_NAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?!\d)"
)


def _revision_stamp(code: Any) -> str | None:
    """The date of the revision the page says it is, in a comment (the note of whoever saved
    it) that names a revision or an edit and a full date after those words."""
    for comment in code.filter_comments():
        text = str(comment.contents)
        words = REVISION_WORDS.search(text)
        date = FULL_DATE.search(text, words.end()) if words else None
        if date:
            return metadata.parse_dateline(date.group(0))
    return None


def _file_name_date(origin: str) -> str | None:
    """A date the saved file's name carries ("qs14_rev2023-11-20.wiki" → 2023-11-20)."""
    match = FILE_NAME_DATE.search(PurePath(origin).name) if origin else None
    return "-".join(part for part in match.groups() if part) if match else None


def _lead_bold(text: str) -> str | None:
    """The article's subject as the lead sets it in bold, the wiki convention; a bold value in
    the infobox above the lead (a winning candidate's name) is not the subject."""
    lead = mwparserfromhell.parse(re.split(r"^==", text, maxsplit=1, flags=re.M)[0])
    for template in lead.filter_templates(recursive=False):
        lead.remove(template)
    match = LEAD_BOLD.search(str(lead))
    if not match:
        return None
    subject = mwparserfromhell.parse(match.group(1)).strip_code()
    subject = re.sub(r"'{2,}", "", subject).strip()  # bold over italics: "Ship'' disaster"
    # a wiki title opens with a capital though the lead runs on ("The grounding of ... was")
    return subject[:1].upper() + subject[1:] if subject else None


def _render(code: Any, state: _State) -> str:
    pieces: list[str] = []
    for node in code.nodes:
        piece = _render_node(node, state)
        if piece[:1].isupper() and not isinstance(node, Text) and _ends_sentence(pieces):
            piece = " " + piece  # "… caterer.<ref/>{{As of|2025|03}}, no …": two sentences
        pieces.append(piece)
    return "".join(pieces)


def _ends_sentence(pieces: list[str]) -> bool:
    """Whether the text rendered so far ends on a sentence's stop, with no space after it."""
    last = next((p for p in reversed(pieces) if p), "")
    return last.endswith((".", "!", "?")) and len(last) > 1 and not last[-2].isupper()


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
    """Inline templates become their text ({{convert|121|m|ft}} → 121 m); an infobox becomes
    the article's key facts; any other template (navboxes, maintenance tags) leaves."""
    name = str(node.name).strip().lower().replace("_", " ")
    args = [_render(p.value, state).strip() for p in node.params if not p.showkey]
    if name.startswith("infobox"):
        state.facts.extend(_infobox_facts(node, state))
        return _infobox_caption(node, state)
    if name in INLINE_TEMPLATES and args:
        return args[-1]
    if name in DASH_TEMPLATES:
        return DASH_TEMPLATES[name]
    text = _text_template(name, args, node, state)
    return text if text is not None else _value_template(name, args, node, state)


def _text_template(name: str, args: list[str], node: Template, state: _State) -> str | None:
    """The words of a template that sets the article's own text: a quotation ({{Quote|text=…
    |author=…}}, {{Blockquote|…}}) as a paragraph of its own, a sortable cell's text ({{Sort|
    key|text}}), a country's name by its flag, a ship's name ({{HMS|Orsa}}), an amount in a
    currency ({{US$|2.4 million}}), a formatted number; None for any other template."""
    if name in NOTE_TEMPLATES:  # an explanatory footnote: kept with the references
        note = _named_text(node, state, ("1", "text"))
        if note:
            state.notes.append(note)
        return ""
    if name in QUOTE_TEMPLATES:
        quoted = _named_text(node, state, ("text", "quote", "1")) or (args[0] if args else "")
        source = _named_text(node, state, ("author", "sign", "source", "2"))
        if not quoted:
            return ""
        return f"\n\n{quoted}" + (f" — {source}" if source else "") + "\n\n"
    if name in ("sort", "sortname") and args:
        return " ".join(args[:2]) if name == "sortname" else args[-1]
    if name in ("flag", "flagcountry", "flagu", "flag country") and args:
        return args[0]
    if name in SHIP_PREFIXES and args:
        return f"{name.upper()} {args[0]}"
    if name == "ship" and len(args) >= 2:
        return f"{args[0]} {args[1]}"
    if name in CURRENCY_SIGNS and args:
        return CURRENCY_SIGNS[name] + args[0]
    if name.startswith("formatnum:"):
        return str(node.name).strip().split(":", 1)[1]
    if name.startswith("lang-") and args:
        return args[-1]
    return None


def _named_text(node: Template, state: _State, keys: tuple[str, ...]) -> str:
    """The rendered text of the first of a template's fields (named or numbered) it has."""
    for key in keys:
        if node.has(key):
            text = _one_line(_render(node.get(key).value, state))
            if text:
                return text
    return ""


def _value_template(name: str, args: list[str], node: Template, state: _State) -> str:
    """The text of a template that writes a figure or a date, "" for any other."""
    if name in ("convert", "cvt") and args:
        return _converted(args)
    if name == "val" and args:
        unit = _render(node.get("u").value, state).strip() if node.has("u") else ""
        return f"{args[0]} {unit}".strip()
    if name in ("circa", "c.") and args:
        return f"c. {args[0]}"
    if name in ("frac", "sfrac") and args:
        whole = f"{args[0]} " if len(args) > 2 else ""  # {{frac|2|1|2}}: "2 1/2"
        return whole + ("/".join(args[-2:]) if len(args) > 1 else f"1/{args[0]}")
    if name == "as of" and args:
        return "As of " + _template_date(args)  # {{As of|2025|03}}: "As of March 2025"
    if name in LIST_TEMPLATES and args:
        return "\n" + "\n".join(args) + "\n"  # an item a line, as a list shows them
    if name in ("ill", "interlanguage link", "abbr") and args:
        return args[0]  # the name as the article writes it
    if name.startswith(DATE_TEMPLATES):  # "start date and age" too: the date, no age
        return _template_date(args)
    return ""


def _converted(args: list[str]) -> str:
    """{{convert|121|m|ft}} → "121 m"; {{convert|5|to|10|km}} → "5 to 10 km"."""
    parts = [args[0]]
    k = 1
    while k + 1 < len(args) and args[k] in RANGE_WORDS:
        parts += [args[k], args[k + 1]]
        k += 2
    unit = args[k] if k < len(args) else ""
    return " ".join([*parts, unit]).strip()


def _template_date(args: list[str]) -> str:
    """{{start date|2025|3|2}} → "2 March 2025" (year, month, day as given)."""
    numbers = [a for a in args[:3] if a.isdigit()]
    if not numbers:
        return args[0] if args else ""
    year = numbers[0]
    if len(numbers) >= 2 and 1 <= int(numbers[1]) <= 12:
        month = MONTH_NAMES[int(numbers[1]) - 1]
        return f"{int(numbers[2])} {month} {year}" if len(numbers) > 2 else f"{month} {year}"
    return year


def _infobox_facts(node: Template, state: _State) -> list[str]:
    """An infobox's fields as "Label: value" lines, leaving pictures, maps and layout; a
    field's items on lines of their own (split by <br>, a list template) are joined by "; "
    ("Key people: Ana Vorr (CEO); Ivo Brand (Chair)"). Fields numbered alike (candidate1,
    party1, popular_vote1; side2, leadfigures2) describe one thing and make one line, where
    the first of them stood: "Candidate: Ana Vorr; Party: Civic; Popular vote: 2,920"."""
    fields: list[tuple[str, str, str]] = []  # (label, value, number)
    for param in node.params:
        name = str(param.name).strip()
        key = name.lower()
        if not param.showkey or INFOBOX_LAYOUT.search(key):
            continue
        value = _field_value(_render(param.value, state))
        if not value or PICTURE_FILE.search(value) or LAYOUT_VALUE.fullmatch(value):
            continue
        numbered = NUMBERED_KEY.fullmatch(name)
        base, number = numbered.groups() if numbered else (name, "")
        fields.append((_field_label(base), value, number))
    counts = Counter(number for _, _, number in fields if number)
    facts: list[str] = []
    done: set[str] = set()
    for label, value, number in fields:
        if counts[number] < 2:  # a lone numbered field keeps its number ("Line 3: …")
            facts.append(f"{label}{number}: {value}")
        elif number not in done:
            done.add(number)
            group = [(lb, v.replace("; ", ", ")) for lb, v, n in fields if n == number]
            facts.append("; ".join(f"{lb}: {v}" for lb, v in group))
    return facts


NUMBERED_KEY = re.compile(r"(.*?[a-z_ ])(\d+)", re.IGNORECASE)


def _field_label(name: str) -> str:
    """An infobox key as a label: "fleet_size" → "Fleet size"; "IATA" stays as written."""
    spaced = name.replace("_", " ").strip()
    return spaced if spaced.isupper() else spaced.lower().capitalize()


def _field_value(rendered: str) -> str:
    """An infobox field's text on one line, its items (one a line) joined by "; "."""
    items = (_one_line(line).lstrip("*#:; ").strip() for line in rendered.split("\n"))
    return "; ".join(item for item in items if item)


def _infobox_caption(node: Template, state: _State) -> str:
    """The caption of an infobox's picture, set where the infobox stood as a caption block
    (as a `[[File:…|caption]]` is); "" when the infobox has no picture or no caption."""
    keys = {str(p.name).strip().lower(): p for p in node.params if p.showkey}
    picture = next((p for k, p in keys.items() if INFOBOX_PICTURE.fullmatch(k)), None)
    caption = next((p for k, p in keys.items() if INFOBOX_CAPTION.fullmatch(k)), None)
    if picture is None or caption is None or not str(picture.value).strip():
        return ""
    text = _one_line(_render(caption.value, state))
    if not text:
        return ""
    state.captions.append(text)
    return f"\n\n\u0000C{len(state.captions) - 1}\n\n"


def _render_tag(node: Tag, state: _State) -> str:
    tag = str(node.tag).lower()
    if tag == "ref":
        _collect_ref(node, state)
        return ""
    if tag == "table":
        return _render_table(node, state)
    if tag in ("gallery", "math", "references", "timeline", "score", "syntaxhighlight"):
        return ""
    if tag in ("br",):
        return "\n"
    inner = _render(node.contents, state) if node.contents is not None else ""
    if tag in ("li", "dd", "dt") and node.wiki_markup:
        return f"{node.wiki_markup}{inner}" if tag == "li" else inner
    return inner


def _render_table(node: Tag, state: _State) -> str:
    """A content table (class "wikitable") as one list item a row, each cell after its
    column's header ("Title: Two Herons; Artist: Ilse Marandt"), a totals row too ("Total;
    Votes: 6,023"); layout tables leave."""
    classes = str(node.get("class").value) if node.has("class") else ""
    if "wikitable" not in classes or node.contents is None:
        return ""
    caption, rows = _table_rows(node, state)
    header = rows[0][1] if rows and rows[0][0] else []
    lines = [caption] if caption else []
    for is_header, cells in rows[1:] if header else rows:
        if not any(cells) or (is_header and not _totals_row(cells, header)):
            continue
        if header and len(header) == len(cells):
            # a totals row names itself where the rows name their subject ("Total valid votes")
            labels = ["", *header[1:]] if is_header else header
            pairs = [f"{h}: {c}" if h else c for h, c in zip(labels, cells, strict=True) if c]
            lines.append("* " + "; ".join(pairs))
        else:
            lines.append("* " + "; ".join(c for c in cells if c))
    return "\n\n" + "\n".join(lines) + "\n\n" if len(lines) > bool(caption) else ""


def _totals_row(cells: list[str], header: list[str]) -> bool:
    """Whether a row set all in header cells below the header holds figures, as a totals row
    does ("! Total valid votes !! 6,023 !! 100.00"): a row of text, not a repeat of the
    header. A lone header cell (a group's label inside the table) is no such row."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and cells != header and any(c[:1].isdigit() for c in filled[1:])


def _table_rows(node: Tag, state: _State) -> tuple[str, list[tuple[bool, list[str]]]]:
    """A table's caption and its rows of cell texts, each marked whether it is all headers;
    cells before the first row marker form a row of their own, as the parser leaves them."""
    caption = ""
    rows: list[tuple[bool, list[str]]] = []
    loose: list[Tag] = []
    for child in node.contents.nodes:
        if not isinstance(child, Tag):
            continue
        name = str(child.tag).lower()
        text = _one_line(_render(child.contents, state)) if child.contents is not None else ""
        if name == "caption" or (name == "td" and text.startswith("+")):
            caption = text.lstrip("+ ").strip()
        elif name in ("th", "td"):
            loose.append(child)
        elif name == "tr":
            cells = (
                [c for c in child.contents.nodes if isinstance(c, Tag)] if child.contents else []
            )
            rows.append(_row(cells, state))
    if loose:
        rows.insert(0, _row(loose, state))
    return caption, rows


def _row(cells: list[Tag], state: _State) -> tuple[bool, list[str]]:
    kept = [c for c in cells if str(c.tag).lower() in ("th", "td")]
    texts = [_one_line(_render(c.contents, state)) if c.contents is not None else "" for c in kept]
    return bool(kept) and all(str(c.tag).lower() == "th" for c in kept), texts


#: Templates that print the reference list; their `refs=` holds list-defined references.
REFLIST_TEMPLATES = ("reflist", "references", "refs", "reference list")


def _list_defined_refs(code: Any) -> dict[str, Any]:
    """The named references defined in the reference list, by name (their contents)."""
    holders = [
        t.get("refs").value
        for t in code.filter_templates()
        if str(t.name).strip().lower().replace("_", " ") in REFLIST_TEMPLATES and t.has("refs")
    ]
    holders += [
        t.contents
        for t in code.filter_tags()
        if str(t.tag).lower() == "references" and t.contents is not None
    ]
    defined: dict[str, Any] = {}
    for holder in holders:
        for ref in holder.filter_tags(recursive=False):
            if str(ref.tag).lower() == "ref" and ref.has("name") and ref.contents is not None:
                defined.setdefault(_ref_name(ref), ref.contents)
    return defined


def _ref_name(node: Tag) -> str:
    return str(node.get("name").value).strip().strip("\"'")


def _collect_uncited(state: _State) -> None:
    """List-defined references the text never cites, after the cited ones, in list order."""
    for name, contents in state.defined.items():
        if name not in state.named and str(contents).strip():
            state.references.append(_reference(len(state.references) + 1, contents))
            state.named[name] = len(state.references)


def _collect_ref(node: Tag, state: _State) -> None:
    name = _ref_name(node) if node.has("name") else ""
    if name and name in state.named:
        return
    contents = node.contents
    if (contents is None or not str(contents).strip()) and name in state.defined:
        contents = state.defined[name]  # cited by name, defined in the reference list
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
    text = _citation_text(template) or str(template)
    parsed_date = metadata.parse_dateline(values["date"]) if values["date"] else None
    return Reference(
        n=n,
        text=text,
        title=values["title"],
        publisher=values["publisher"],
        date=parsed_date or values["date"],
        url=values["url"],
    )


def _citation_text(template: Template) -> str:
    """A citation as a reader sees it: its authors ("Orsa, Ana; Brand, Ivo"), its title, where
    it appeared (the work, the agency, the publisher: "Selvany Post. Lisle Press Agency") and
    its date, each once."""
    fields = {
        str(p.name).strip().lower(): str(p.value.strip_code()).strip() for p in template.params
    }
    fields = {key: value for key, value in fields.items() if value}
    parts = [_citation_authors(fields), fields.get("title") or fields.get("chapter", "")]
    for key in CITATION_OUTLETS:
        value = fields.get(key, "")
        if value and value not in parts:
            parts.append(value)
    parts.append(fields.get("date") or fields.get("year", ""))
    text = ""
    for part in filter(None, parts):  # "Brannock, N.. Title": one stop after an initial
        text += (" " if text.endswith(".") else ". ") + part if text else part
    return text


#: Where a citation's source appeared, in the order a reference list names them.
CITATION_OUTLETS = (
    "work",
    "website",
    "newspaper",
    "journal",
    "magazine",
    "periodical",
    "agency",
    "publisher",
)
AUTHOR_KEY = re.compile(r"(last|surname|author)(\d*)$")


def _citation_authors(fields: dict[str, str]) -> str:
    """A citation's authors in their order: "last1"/"first1" pairs ("Orsa, Ana") or "author"
    fields, joined by "; "."""
    authors = []
    for key, value in fields.items():
        match = AUTHOR_KEY.fullmatch(key)
        if match is None:
            continue
        n = match.group(2)
        first = fields.get(f"first{n}") or fields.get(f"given{n}") or ""
        authors.append(f"{value}, {first}" if first and match.group(1) != "author" else value)
    return "; ".join(authors)


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


def _section_pictures_beside_text(blocks: list[Block]) -> list[Block]:
    """The captions of the pictures that open a section (an infobox's, a thumbnail's) after
    the section's first paragraph: the wiki floats such a picture beside that paragraph (its
    mobile view sets the infobox under it), so a reader meets the lead's sentence first, and
    the caption is not read as the article's opening line. Captions between paragraphs stay."""
    placed: list[Block] = []
    at = 0
    while at < len(blocks):
        end = at
        while end < len(blocks) and blocks[end].kind == "caption":
            end += 1
        opens_section = not placed or placed[-1].kind == "heading"
        if end > at and opens_section and end < len(blocks) and blocks[end].kind == "paragraph":
            placed += [blocks[end], *blocks[at:end]]
            at = end + 1
        else:
            placed.append(blocks[at])
            at += 1
    return placed


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
