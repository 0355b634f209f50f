"""List-defined references: the text cites `<ref name=…/>` and the reference list defines them
({{Reflist|refs=…}}, or `<references>…</references>`). They are the page's references, numbered
in the order the text first cites them, as inline references are; one the text never cites
follows them."""

from __future__ import annotations

from sourcedesk.ingest.wikitext import read_wikitext

BODY = (
    "The '''Halvik ferry disaster''' was the sinking of a ferry on the Lisle in Tarvia in "
    'March 2024.<ref name="post"/> Eleven passengers were rescued by a crab boat from '
    'Kellmarsh.<ref name="wire"/><ref name="post"/>\n\n== Inquiry ==\n'
    'An inquiry chaired by Ada Orsa reported in January 2025.<ref name="inquiry"/>\n\n'
    "== References ==\n"
)
POST = (
    '<ref name="post">{{cite news |title=Ferry sinks off Kellmarsh |work=Kellmarsh Post '
    "|date=4 March 2024}}</ref>"
)
WIRE = (
    '<ref name="wire">{{cite news |title=Crab boat crew rescue eleven |work=Tarvia News '
    "Agency |date=5 March 2024}}</ref>"
)
INQUIRY = (
    '<ref name="inquiry">{{cite report |title=Report of the Halvik inquiry |publisher=Tarvia '
    "Maritime Board |date=20 January 2025}}</ref>"
)
SPARE = (
    '<ref name="spare">{{cite web |title=Lisle ferry timetable |publisher=Brannock Ferries}}</ref>'
)


def _titles(page: str) -> list[str | None]:
    return [r.title for r in read_wikitext(page, "halvik.wiki").references]


def test_references_defined_in_the_reflist_template_are_listed_in_citation_order() -> None:
    page = BODY + "{{Reflist|refs=\n" + "\n".join((INQUIRY, WIRE, POST, SPARE)) + "\n}}\n"
    assert _titles(page) == [
        "Ferry sinks off Kellmarsh",
        "Crab boat crew rescue eleven",
        "Report of the Halvik inquiry",
        "Lisle ferry timetable",
    ]


def test_references_defined_in_a_references_tag_are_listed() -> None:
    page = BODY + "<references>\n" + "\n".join((WIRE, POST, INQUIRY)) + "\n</references>\n"
    assert _titles(page) == [
        "Ferry sinks off Kellmarsh",
        "Crab boat crew rescue eleven",
        "Report of the Halvik inquiry",
    ]


def test_list_defined_references_leave_no_text_in_the_article() -> None:
    page = BODY + "{{reflist|refs=\n" + "\n".join((POST, WIRE, INQUIRY)) + "\n}}\n"
    text = " ".join(b.text for b in read_wikitext(page, "halvik.wiki").blocks)
    assert "Ferry sinks off Kellmarsh" not in text and "Tarvia Maritime Board" not in text
