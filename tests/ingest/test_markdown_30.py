"""A Markdown newsletter: a sponsor's box set as one paragraph is an advertisement, a paragraph
that is only a link sending the reader elsewhere ("Read the full notice →") is no text of the
issue, and the heading of its first story stays with the story."""

from __future__ import annotations

from sourcedesk.ingest.markdown import read_markdown

STORY = (
    "The Tarvia transit board approved the Kellmarsh tram extension on Tuesday after a two-year "
    "review, clearing the way for work to begin on the first three kilometres of track next "
    "spring. The board voted five to two in favour, and two members asked for a fresh estimate "
    "of the 48 million crown cost before any contracts are signed.\n\n"
    "Residents of Orsa Street, where the line will run past the old market, said they had been "
    "waiting for a decision since the plan was first floated in 2019, and that the work on the "
    "depot at Brannock would be the first sign of it.\n"
)
SECOND = (
    "The Lisle ferry will run a winter timetable from 1 December, with two crossings fewer each "
    "day, the operator said, citing the cost of fuel and a shortage of deck crew this season.\n"
)
SPONSOR = (
    "> **This issue is supported by Halvik Cargo Bikes.** Carry 120 kg across town and fold it "
    "into a van. Use code RAILS15 for 15% off your first ride.\n"
)
HEAD = (
    '---\ntitle: "Rails & Roads #59: trams at last"\ndate: 2025-02-13\n---\n\n'
    "[View this email in your browser](https://rails.example/59)\n\n"
    "# Rails & Roads — Issue 59\n\n"
)
FOOT = "\n---\n\n*You are receiving this because you signed up. [Unsubscribe](https://rails.example/u)*\n"


def _texts(page: str) -> list[str]:
    return [b.text for b in read_markdown(page, "rails-59.md").blocks]


def test_a_sponsor_paragraph_over_the_first_story_is_cut_and_its_heading_stays() -> None:
    page = HEAD + SPONSOR + "\n## 1. Kellmarsh trams get the green light\n\n" + STORY + FOOT
    texts = _texts(page)
    assert not any("Halvik" in t for t in texts), texts
    assert "1. Kellmarsh trams get the green light" in texts, texts
    assert any(t.startswith("The Tarvia transit board approved") for t in texts), texts


def test_a_sponsor_paragraph_between_stories_is_cut() -> None:
    page = (
        HEAD
        + "## 1. Trams\n\n"
        + STORY
        + "\n"
        + SPONSOR
        + "\n## 2. Ferries\n\n"
        + SECOND
        + "\nSupported by a grant from the Selvany Trust, the ferry study took two years and "
        "found that most crossings ran half empty in winter.\n" + FOOT
    )
    texts = _texts(page)
    assert not any("Halvik" in t for t in texts), texts
    assert any(t.startswith("The Lisle ferry will run") for t in texts), texts
    # a sentence saying who paid for the work is no sponsor's box
    assert any(t.startswith("Supported by a grant from the Selvany Trust") for t in texts), texts


def test_a_link_that_sends_the_reader_elsewhere_is_no_text_of_the_issue() -> None:
    page = (
        HEAD
        + "## 1. Trams\n\n"
        + STORY
        + "\n[Read the full board decision →](https://tarvia.example/decision)\n\n"
        + "## 2. Ferries\n\n"
        + SECOND
        + "\nYou can [read the full timetable](https://lisle.example/t) at the harbour office.\n"
        + FOOT
    )
    texts = _texts(page)
    assert "Read the full board decision →" not in texts, texts
    # inside a sentence the link's words are the sentence's
    assert "You can read the full timetable at the harbour office." in texts, texts


def test_a_sponsor_line_with_its_slogan_is_cut() -> None:
    sponsor = "**Sponsored by Orsa Credit Union** — *Saving that stays in Lisle.* [Learn more](#)\n"
    page = HEAD + sponsor + "\n---\n\n## 1. Trams\n\n" + STORY + FOOT
    texts = _texts(page)
    assert not any("Orsa Credit Union" in t for t in texts), texts
    assert any(t.startswith("The Tarvia transit board approved") for t in texts), texts
