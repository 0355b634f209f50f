"""Plain output for people: aligned tables and readable answers (Rich renderables).

Source text is printed with Rich markup disabled, so a page that contains `[bold]` prints as is.
"""

from __future__ import annotations

import textwrap
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sourcedesk.records import AddResult, Answer, Source
from sourcedesk.research.claim_data import NONE_FOUND, SHOWN_VALUES

MIN_WRAP = 20  # columns a wrapped quotation keeps however narrow the terminal
STATUS_STYLE = {
    "added": "green",
    "revision": "cyan",
    "duplicate": "yellow",
    "unchanged": "dim",
    "error": "red",
}


def add_table(results: list[AddResult]) -> Table:
    """One row per input: status, id, title, and what it links to."""
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("status", no_wrap=True)
    table.add_column("id", no_wrap=True, min_width=12)
    table.add_column("title", max_width=64, no_wrap=True, overflow="ellipsis")
    table.add_column("note", overflow="fold")
    for r in results:
        note = (
            f"revision of {r.revision_of}"
            if r.revision_of
            else f"copy of {r.duplicate_of}"
            if r.duplicate_of
            else r.error or ""
        )
        table.add_row(
            Text(r.status, style=STATUS_STYLE.get(r.status, "")),
            r.id or "-",
            Text(r.title or r.origin),
            Text(note),
        )
    return table


def sources_table(sources: list[Source]) -> Table:
    """The desk's sources as an aligned table: what each page is (its genre where the page
    tells it, else its kind), an author column only when some page names one, and the title
    and links given the room."""
    table = Table(box=None, header_style="bold", pad_edge=False)
    for column, width in (("id", 12), ("kind", 12), ("published", 10), ("words", 6)):
        table.add_column(
            column, no_wrap=True, min_width=width, justify="right" if column == "words" else "left"
        )
    table.add_column("publisher", max_width=22, no_wrap=True, overflow="ellipsis")
    authors = any(own_author(s.author, s.publisher) for s in sources)
    if authors:
        table.add_column("author", max_width=20, no_wrap=True, overflow="ellipsis")
    # the title takes the room left and gives way first, so a link's source id is never cut
    table.add_column("title", ratio=1, min_width=20, no_wrap=True, overflow="ellipsis")
    table.add_column("links", no_wrap=True, min_width=len("revision of ") + 12)
    table.expand = True
    for s in sources:
        links = (
            f"revision of {s.revision_of}"
            if s.revision_of
            else f"copy of {s.duplicate_of}"
            if s.duplicate_of
            else ""
        )
        author = [Text(own_author(s.author, s.publisher) or "-")] if authors else []
        table.add_row(
            s.id, kind_label(s.kind, s.genre), s.published or "-", str(s.words),
            Text(s.publisher or "-"), *author, Text(s.title), links,
        )  # fmt: skip
    return table


def own_author(author: str | None, publisher: str | None) -> str | None:
    """The author, unless it only repeats the publisher (a statement issued by its publisher)."""
    return author if author != publisher else None


# Genres that only repeat a kind's name: "news article" is news, shown as such.
GENRE_OF_KIND = {"news article": "news", "encyclopedia article": "encyclopedia"}


def kind_label(kind: str, genre: str | None) -> str:
    """What a page is, for people: its genre where the page tells it ("press release", "live
    blog"), its kind otherwise ("news", "encyclopedia", "other")."""
    return GENRE_OF_KIND.get(genre or "", genre or kind)


def print_source(console: Console, shown: dict[str, Any], show_removed: bool) -> None:
    """A source for reading: a metadata header, the clean text, the references."""
    console.print(Text(shown["title"], style="bold"))
    own = own_author(shown.get("author"), shown.get("publisher"))
    author = f"by {own}" if own else ""
    meta = [
        kind_label(shown["kind"], shown.get("genre")), author, shown.get("publisher") or "",
        shown.get("published") or "",
    ]  # fmt: skip
    console.print(
        Text(" · ".join(m for m in meta if m) + f" · {shown['words']} words", style="dim")
    )
    console.print(Text(f"{shown['id']}  {shown['origin']}", style="dim"))
    console.print()
    headings = {s["start"] for s in shown["sections"]}
    for para in shown["text"].split("\n\n"):
        start = shown["text"].find(para)
        console.print(Text(para, style="bold underline" if start in headings else ""))
        console.print()
    if shown["references"]:
        console.print(Text("References", style="bold"))
        for ref in shown["references"]:
            console.print(Text(f"{ref['n']:>3}. {ref['text']}"))
    removed = shown["removed"]
    if show_removed and removed:
        console.print(Text(f"\nCut as page furniture ({len(removed)} lines)", style="bold"))
        for line in removed:
            console.print(Text(f"  - {line}", style="dim"))
    elif removed:
        console.print(
            Text(
                f"\n{len(removed)} lines of page furniture cut (--removed lists them)", style="dim"
            )
        )


def print_answer(console: Console, answer: Answer) -> None:
    """An answer with numbered quotes, or the abstention with the closest passages."""
    style = "yellow" if answer.abstained else "bold"
    console.print(Text(_headline(answer), style=style))
    for c in answer.citations:
        console.print(_hanging(console, f"  [{c.n}] ", f"“{c.quote}”"), soft_wrap=True)
        console.print(
            Text(f"      {c.title} · {c.source_id} · chars {c.start}–{c.end}", style="dim")
        )
    for d in answer.disagreements:
        console.print(Text(f"  {disagreement_label(d)}: {_sides(d)}", style="magenta"))
    if answer.abstained and answer.closest:
        console.print(Text("  Closest passages:", style="dim"))
        for c in answer.closest:
            line = f"“{c.quote}” ({c.title} · {c.source_id})"
            console.print(_hanging(console, "  - ", line, "dim"), soft_wrap=True)


DISAGREEMENT_LABELS = {
    "earlier reports": "Figures changed over time (earlier reports)",
    "later reports": "Figures changed over time (later reports)",
    "earlier snapshot": "An earlier snapshot of the page said otherwise",
}


def disagreement_label(disagreement: dict) -> str:
    """How an answer's disagreement is headed: sources at odds, or one story's figure told
    at two times (`answer.reports_over_time`), or a page corrected since a snapshot."""
    return DISAGREEMENT_LABELS.get(disagreement.get("kind", ""), "Sources disagree")


def _hanging(console: Console, marker: str, text: str, style: str = "") -> Text:
    """A marked paragraph whose wrapped lines stand under its first word, not under the
    marker: a long quotation stays one block beside its number."""
    lines = textwrap.wrap(text, max(console.width - len(marker), MIN_WRAP)) or [""]
    indent = "\n" + " " * len(marker)
    return Text(marker + indent.join(lines), style=style)


def _sides(disagreement: dict) -> str:
    """Each side's value with the citations that give it ("Four [1][2] · Five [3]"), or what
    the disagreement is about when it has no sides."""
    sides = []
    for side in disagreement.get("sides", []):
        text = str(side.get("text", ""))
        refs = "".join(f"[{n}]" for n in side.get("citations", []))
        sides.append(f"{text[:1].upper()}{text[1:]} {refs}")
    return " · ".join(s.strip() for s in sides) or str(disagreement.get("about", ""))


def _headline(answer: Answer) -> str:
    """The answer's first line: when the stated answer is the whole first quotation, only who
    says it ("According to X [1][2]:"), so the sentence is not printed twice."""
    text = answer.answer
    if answer.abstained or not answer.citations or " — " not in text:
        return text
    stated, framing = text.split(" — ", 1)
    if _plain(stated) != _plain(answer.citations[0].quote):
        return text
    framing = framing.rstrip(".")
    if framing[:1].isdigit():  # "4 sources agree [1][2][3][4]": agree on what the quotes say
        return f"The sources' own words answer it — {framing}:"
    return framing[:1].upper() + framing[1:] + ":"


def _plain(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(' .!?”"')


def source_markers(ids: list[str]) -> dict[str, str]:
    """A short letter for each source id, in the order given (A, B, … Z, AA …)."""
    markers = {}
    for i, sid in enumerate(dict.fromkeys(ids)):
        letters = ""
        n = i
        while True:
            letters = chr(ord("A") + n % 26) + letters
            n = n // 26 - 1
            if n < 0:
                break
        markers[sid] = letters
    return markers


def print_legend(console: Console, markers: dict[str, str], sources: list[Source]) -> None:
    """Which source each marker stands for."""
    titles = {s.id: s.title for s in sources}
    console.print(Text("\nSources", style="bold"))
    for sid, mark in markers.items():
        console.print(Text(f"  [{mark}] {sid}  {titles.get(sid, '')}", style="dim"))


def print_timeline(console: Console, events: list, sources: list[Source]) -> None:
    """Events grouped by year, each with the markers of the sources that tell it."""
    if not events:
        console.print("No dated events found.")
        return
    markers = source_markers([s.id for s in sources])
    year = None
    for event in events:
        if event.date[:4] != year:
            year = event.date[:4]
            console.print(Text(f"\n{year}", style="bold"))
        marks = "".join(f"[{markers.get(c.source_id, '?')}]" for c in event.citations)
        marks = "".join(dict.fromkeys(marks.replace("][", "]\0[").split("\0")))
        console.print(Text(f"  {event.date:<10}  {event.text} ") + Text(marks, style="cyan"))
    print_legend(console, markers, sources)


def entities_table(entities: list) -> Table:
    """People, organisations and places as a table."""
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("name", no_wrap=True, max_width=36, overflow="ellipsis")
    table.add_column("type", no_wrap=True)
    table.add_column("mentions", justify="right", no_wrap=True)
    table.add_column("also called", max_width=40)
    table.add_column("roles", max_width=60)
    for e in entities:
        table.add_row(
            Text(e.name), e.type, str(e.mentions), Text(", ".join(e.aliases)),
            Text("; ".join(e.roles)),
        )  # fmt: skip
    return table


def print_claims(console: Console, claims: list, sources: list[Source]) -> None:
    """Claims with their voice count and status, strongest first."""
    markers = source_markers([s.id for s in sources])
    style = {"corroborated": "green", "conflict": "magenta", "single": "dim"}
    for claim in claims:
        marks = "".join(
            dict.fromkeys(f"[{markers.get(c.source_id, '?')}]" for c in claim.citations)
        )
        head = Text(f"{claim.status:<12} {claim.voices} voice{'s' if claim.voices != 1 else ''}  ")
        head.stylize(style.get(claim.status, ""), 0, 12)
        console.print(head + Text(claim.text) + Text(f" {marks}", style="cyan"))
    print_legend(console, markers, sources)


def print_conflicts(console: Console, conflicts: list[dict[str, Any]]) -> None:
    """Each conflict with its sides side by side, quoted and attributed."""
    if not conflicts:
        console.print(NONE_FOUND)
        return
    for conflict in conflicts:
        kind = conflict.get("type", "")
        console.print(Text(f"\n{conflict['about']}  ({KIND_NOTES.get(kind, kind)})", style="bold"))
        later = conflict.get("later_side")
        if later is not None:
            console.print(Text(_changed_note(conflict, later), style="italic"))
        table = Table(box=None, show_header=False, pad_edge=False, expand=True)
        for _ in conflict["sides"]:
            table.add_column(ratio=1)
        table.add_row(*(_side(side, kind) for side in conflict["sides"]))
        console.print(table)


# How a conflict's type reads in its heading: differing figures are for the reader to check.
KIND_NOTES = {
    "differing_figures": "figures that differ: check whether they count one thing",
    "figure": "figures disagree",
    "date": "dates disagree",
}


def _changed_note(conflict: dict[str, Any], later: int) -> str:
    """ "Reports changed over time: …" for a conflict whose one side is all later pages; for
    differing figures, which may count two things, only that the later pages say so."""
    side = conflict["sides"][later]
    first = min(c["published"] for c in side["citations"])
    said = f"the later report ({first}) says “{side['text'].rstrip('.')}”."
    if conflict.get("type") == "differing_figures":
        return f"Published later: {said}"
    return f"Reports changed over time: {said}"


def _side(side: dict[str, Any], kind: str) -> Text:
    """One side: what it says (its value, for the kinds whose value is words of the page,
    and how many independent sources say it), the first sentence saying it, and every
    citation."""
    text = Text()
    value = side.get("label", side.get("value") if kind in SHOWN_VALUES else "")
    voices = side.get("voices")
    count = f"{voices} source{'s' if voices != 1 else ''}" if voices else ""
    head = " — ".join(part for part in (value, count) if part)
    if head:
        text.append(f"{head}\n", "bold")
    text.append(f"“{side['text']}”\n")
    for c in side["citations"]:
        day = f" · {c['published']}" if c.get("published") else ""
        where = f"{c.get('title', '')} · {c['source_id']} · {c['start']}–{c['end']}{day}"
        text.append(f"  {where}\n", "dim")
    return text


def print_diff(console: Console, diff: dict[str, Any]) -> None:
    """Sentences added, removed and changed between two snapshots."""
    console.print(
        Text(
            f"same article: {'yes' if diff['same_article'] else 'no'} · newer: {diff['newer']}",
            style="bold",
        )
    )
    for label, style, sign in (("added", "green", "+"), ("removed", "red", "-")):
        for item in diff[label]:
            console.print(Text(f"{sign} {item['text']}", style=style))
    for item in diff["changed"]:
        console.print(Text(f"~ {item['old']['text']}", style="red"))
        console.print(Text(f"  {item['new']['text']}", style="green"))
