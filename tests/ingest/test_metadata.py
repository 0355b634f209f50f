"""Datelines, languages, kinds and publishers are read from general evidence."""

from __future__ import annotations

import pytest

from sourcedesk.ingest.metadata import (
    describe,
    guess_kind,
    guess_language,
    guess_title,
    lead_dateline,
    parse_dateline,
)
from sourcedesk.records import Block, Document, Reference


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Jul 16, 2022, 05:45 IST", "2022-07-16"),
        ("Published 3 March 2021", "2021-03-03"),
        ("2022-07-13T10:00:00Z", "2022-07-13"),
        ("Updated: 14/07/2022", "2022-07-14"),
        ("07/14/2022", "2022-07-14"),
        ("Nov. 21, 2019 9:12 am ET", "2019-11-21"),
        ("Wednesday, July 13, 2022", "2022-07-13"),
        ("Posted on 12 October 2019 by Juniper", "2019-10-12"),
        ("14. März 2021", "2021-03-14"),
        ("14 de julho de 2022", "2022-07-14"),
        ("11/22/19 7:41 AM", "2019-11-22"),
        ("July 2022", "2022-07"),
        ("2022", "2022"),
        ("By Ana Vorr | 19 March 2025 | 4 min read", "2025-03-19"),
        (
            "Posted on 15 December 2025 by Ruth Kell | Filed under: Health, Trials | 3 comments",
            "2025-12-15",
        ),
    ],
)
def test_datelines(line: str, iso: str) -> None:
    assert parse_dateline(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "On July 13, 2022, the council announced that the ferry would stop.",
        "He moved to Orrin on 3 March 2021 with his family.",
        "In 2017",
        "Tickets cost 20 euros",
        "2022-13-45",
        "",
        "Opened 2 May 1931",
        "Born 3 March 1950",
    ],
)
def test_sentences_and_non_dates_are_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("VELLPORT, 24 March 2025 - Tarn Air and Lisle Air today agreed terms.", "2025-03-24"),
        ("Kellmarsh, May 3, 2025 (Tarvia Wire) — The council voted on Monday.", "2025-05-03"),
        ("ORSA, 10 December 2025 -- The regulator approved the pill.", "2025-12-10"),
    ],
)
def test_a_wire_lead_states_its_date(line: str, iso: str) -> None:
    assert lead_dateline(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "KELLMARSH, March 3 (Tarvia Wire) - Two workers died.",  # no year: no date to give
        "In Lisle, 2025 - 2026 was a hard year.",
        "Home | News | Sport",
    ],
)
def test_leads_and_menus_without_a_full_date_give_none(line: str) -> None:
    assert lead_dateline(line) is None and parse_dateline(line) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ferry will stop running in September and the harbour will be closed.", "en"),
        ("Die Fähre wird im September eingestellt, und der Hafen wird geschlossen.", "de"),
        ("Le ferry cessera de circuler en septembre et le port sera fermé pour les travaux.", "fr"),
        (
            "El ferry dejará de funcionar en septiembre y el puerto estará cerrado por las obras.",
            "es",
        ),
        ("A balsa deixará de funcionar em setembro e o porto será fechado para as obras.", "pt"),
        (
            "Паром перестанет ходить в сентябре, и порт будет закрыт, что не удивительно.",
            "ru",
        ),
        ("渡轮将于九月停止运营，港口将关闭进行维修工程。", "zh"),
        ("フェリーは九月に運航を停止し、港は工事のために閉鎖されます。", "ja"),
    ],
)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_guess_language_needs_evidence() -> None:
    assert guess_language("") is None
    assert guess_language("12 34 56") is None
    assert guess_language("Orrin Callow") is None


def _doc(**fields: object) -> Document:
    blocks = (Block("paragraph", "The light went dark in 2006 after a storm."),)
    return Document(blocks=fields.pop("blocks", blocks), **fields)  # type: ignore[arg-type]


def test_guess_kind_encyclopedia_from_sections_references_and_banner() -> None:
    blocks = (
        Block("paragraph", "Orvel Island Lighthouse is a disused lighthouse."),
        Block("heading", "History", 2),
        Block("heading", "See also", 2),
    )
    refs = tuple(Reference(n, f"ref {n}") for n in range(1, 5))
    doc = _doc(blocks=blocks, references=refs, removed=("Text taken from Wikipedia",))
    assert guess_kind(doc) == "encyclopedia"


def test_guess_kind_news_from_dateline_and_furniture() -> None:
    doc = _doc(published="2022-07-14", removed=("Advertisement", "Leave a comment"))
    assert guess_kind(doc) == "news"
    assert guess_kind(_doc()) == "other"


def test_describe_fills_only_what_is_missing() -> None:
    doc = _doc(
        title="Given title",
        removed=("Updated: 14/07/2022", "Copyright © 2022 The Orrin Post. All rights reserved."),
    )
    described = describe(doc, "https://www.orrin.example/news/2022/07/ferry")
    assert described.title == "Given title"
    assert described.published == "2022-07-14"
    assert described.publisher == "The Orrin Post"
    assert described.language == "en"
    assert described.kind == "news"
    assert described.url == "https://www.orrin.example/news/2022/07/ferry"
    kept = describe(_doc(language="de", publisher="Orrin Post", kind="other"), "x.txt")
    assert (kept.language, kept.publisher, kept.kind) == ("de", "Orrin Post", "other")


def test_a_copyright_notice_with_two_marks_gives_the_name_alone() -> None:
    notice = "Copyright (c) 2024 Tarnhold Daily. All rights reserved. Part of Lisle Media."
    assert describe(_doc(removed=(notice,)), "x.txt").publisher == "Tarnhold Daily"


def test_publisher_falls_back_to_the_host() -> None:
    assert describe(_doc(), "https://www.orrin.example/a").publisher == "orrin.example"
    assert describe(_doc(), "notes.txt").publisher is None


PAGE_TOP = [
    "Home",
    "Science & Technology",
    "Science & Technology",
    "Ferry line to close after 80 years",
    "By Ann Lee",
    "Jul 14, 2022",
    "The ferry between Orrin and Callow will stop running in September, ending 80 years.",
]


def test_guess_title_takes_the_line_the_opening_and_the_address_agree_on() -> None:
    lede = PAGE_TOP[6]
    origin = "https://orrin.example/news/ferry-line-to-close-after-80-years"
    assert guess_title(PAGE_TOP, 6, lede=lede, origin=origin) == 3
    assert guess_title(PAGE_TOP, 6, lede=lede) == 3
    assert guess_title(PAGE_TOP, 6, lede=lede, eligible=lambda i: i != 3) != 3
    assert guess_title(PAGE_TOP, 0) == -1


GERMAN = (
    "Die Stadt hat am Montag eine neue Brücke über den Fluss eröffnet. Der Bürgermeister sagte, "
    "dass die Arbeiten länger gedauert haben als geplant, aber die Kosten im Rahmen geblieben "
    "sind. Viele Bewohner waren bei der Feier dabei und haben die Brücke zu Fuß überquert. "
    "Nach Angaben der Verwaltung wird die alte Brücke im nächsten Jahr abgerissen, weil sie "
    "nicht mehr sicher ist und die Reparatur zu teuer wäre. Die Händler in der Altstadt "
    "hoffen nun auf mehr Besucher, die mit dem Fahrrad oder mit dem Bus in die Stadt kommen."
)


def test_a_declared_language_the_text_plainly_contradicts_is_replaced() -> None:
    described = describe(Document(blocks=(Block("paragraph", GERMAN),), language="en"), "x.html")
    assert described.language == "de"


def test_a_declared_language_the_text_agrees_with_is_kept_as_written() -> None:
    english = " ".join(["The council said that the new bridge would open in the spring."] * 8)
    described = describe(Document(blocks=(Block("paragraph", english),), language="en-GB"), "x")
    assert described.language == "en-GB"
