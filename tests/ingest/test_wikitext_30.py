"""A wikitext snapshot: the date it says of its own revision, the facts of its infobox and
what its citations name (the authors, the journal, the wire agency)."""

from __future__ import annotations

from sourcedesk.ingest.wikitext import read_wikitext

LEAD = (
    "'''Brannock Air''' is a regional airline based in [[Tarnhold]]. It flies to Lisle and "
    "Kellmarsh.<ref>{{cite web |title=Our story |publisher=Brannock Air "
    "|access-date=3 May 2024}}</ref>\n"
)


def _facts(page: str) -> list[str]:
    doc = read_wikitext(page, "brannock.wiki")
    return [b.text for b in doc.blocks if b.kind == "list_item"]


def test_the_revision_a_page_says_it_is_dates_the_snapshot() -> None:
    page = '<!-- Saved copy of "Brannock Air", revision as of 08:05, 9 May 2024 -->\n'
    page += "{{Use dmy dates|date=May 2024}}\n" + LEAD
    # not the day a source was read (3 May): the page names its own revision
    assert read_wikitext(page, "brannock.wiki").published == "2024-05-09"


def test_the_day_a_source_was_read_is_no_snapshot_day() -> None:
    page = "{{Use dmy dates|date=April 2024}}\n" + LEAD
    assert read_wikitext(page, "brannock.wiki").published == "2024-05"


def test_a_dated_file_name_gives_the_snapshot_its_day() -> None:
    page = "{{Use dmy dates|date=May 2024}}\n" + LEAD
    assert read_wikitext(page, "brannock_air_rev2024-05-21.wiki").published == "2024-05-21"
    # a name's date before the editors' dates is not this snapshot's
    assert read_wikitext(page, "brannock_air_2023-01-05.wiki").published == "2024-05"


def test_an_infobox_size_that_is_a_fact_is_kept() -> None:
    infobox = (
        "{{Infobox airline\n| airline = Brannock Air\n| logo = Brannock.svg\n| logo_size = 200px"
        "\n| size = 220px\n| IATA = BK\n| fleet_size = 22\n| destinations = 7\n}}\n"
    )
    facts = _facts(infobox + LEAD)
    assert "Fleet size: 22" in facts, facts
    assert "IATA: BK" in facts, facts
    assert not any("px" in fact for fact in facts), facts


def test_an_infobox_field_keeps_its_items_apart() -> None:
    infobox = (
        "{{Infobox airline\n| airline = Brannock Air\n"
        "| key_people = Ilse Orsa ([[Chief executive officer|CEO]])<br>Tomas Halvik (Chair)\n"
        "| hubs = {{ubl|[[Tarnhold Airport]]|Lisle Field}}\n}}\n"
    )
    facts = _facts(infobox + LEAD)
    assert "Key people: Ilse Orsa (CEO); Tomas Halvik (Chair)" in facts, facts
    assert "Hubs: Tarnhold Airport; Lisle Field" in facts, facts


def test_a_citation_names_its_authors_its_journal_and_its_agency() -> None:
    page = LEAD + (
        "Its fleet was grounded in 2024.<ref>{{cite news |last=Selvany |first=Mara "
        "|title=Brannock Air grounds fleet |agency=Lisle Press Agency |date=2 March 2024}}</ref>"
        " A study followed.<ref>{{cite journal |last1=Orsa |first1=Ilse |last2=Kellmarsh "
        "|first2=Tom |title=Turboprop fires |journal=Tarvia Flight Review |date=2025}}</ref>\n"
    )
    texts = [r.text for r in read_wikitext(page, "brannock.wiki").references]
    assert "Selvany, Mara. Brannock Air grounds fleet. Lisle Press Agency. 2 March 2024" in texts
    assert "Orsa, Ilse; Kellmarsh, Tom. Turboprop fires. Tarvia Flight Review. 2025" in texts


def test_fields_numbered_alike_make_one_line() -> None:
    infobox = (
        "{{Infobox election\n| election_name = 2025 Lisle mayoral election\n"
        "| candidate1 = Mara Selvany\n| party1 = Civic List\n| popular_vote1 = 4,210\n"
        "| candidate2 = Tomas Halvik\n| party2 = Independent\n| popular_vote2 = 3,980\n}}\n"
    )
    lead = "The '''2025 Lisle mayoral election''' was held on 4 May 2025 in Lisle.\n"
    facts = _facts(infobox + lead)
    assert "Candidate: Mara Selvany; Party: Civic List; Popular vote: 4,210" in facts, facts
    assert "Candidate: Tomas Halvik; Party: Independent; Popular vote: 3,980" in facts, facts


def test_a_totals_row_in_header_cells_is_kept() -> None:
    table = (
        '{| class="wikitable"\n! Ward !! Votes !! Share\n|-\n| Lisle North || 1,204 || 52%\n'
        "|-\n| Lisle South || 1,110 || 48%\n|-\n! Total valid votes !! 2,314 !! 100%\n|}\n"
    )
    lead = "The '''Lisle by-election''' was held on 4 May 2025.\n\n== Result ==\n"
    facts = _facts(lead + table)
    assert "Ward: Lisle North; Votes: 1,204; Share: 52%" in facts, facts
    assert "Total valid votes; Votes: 2,314; Share: 100%" in facts, facts


def test_templates_that_set_the_article_s_words_keep_them() -> None:
    page = LEAD + (
        "\n== Reaction ==\nThe mayor of Lisle spoke at the airport.\n"
        "{{Quote|text=We will fly again when every engine is cleared.|author=Mara Selvany}}\n"
        "The repairs cost {{US$|2.4 million}} and took {{formatnum:1200}} hours. The airline "
        "chartered the {{HMS|Kellmarsh}} and a crew from {{flag|Tarvia}}.\n"
    )
    text = " ".join(b.text for b in read_wikitext(page, "brannock.wiki").blocks)
    assert "We will fly again when every engine is cleared. — Mara Selvany" in text, text
    assert "cost US$2.4 million and took 1200 hours" in text, text
    assert "chartered the HMS Kellmarsh and a crew from Tarvia." in text, text


def test_an_explanatory_footnote_is_kept_with_the_references() -> None:
    page = LEAD + (
        "The airline carried 41,000 passengers in 2024.{{efn|The count excludes the crews of "
        "charter flights from Kellmarsh.}}\n"
    )
    doc = read_wikitext(page, "brannock.wiki")
    texts = [r.text for r in doc.references]
    assert "The count excludes the crews of charter flights from Kellmarsh." in texts, texts
    assert "excludes" not in " ".join(b.text for b in doc.blocks)
