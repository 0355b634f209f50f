"""Timeline on kinds of pages the seeds do not show: non-English news, long clauses.

Every page here is invented.
"""

from __future__ import annotations

from tests.research.test_timeline import events, spans

from sourcedesk.records import Event
from sourcedesk.research.timeline import events_for_source

# An Indonesian news page (invented): "SAW" after a prophet's name is an honorific, not the
# English past tense of "see"; no English tense rule may read it.
INDONESIAN_NEWS = (
    "Sejarah singkat Kerajaan Tarmin\n"
    "Kerajaan Tarmin sudah berdiri lama sebelum para pedagang datang ke pesisir utara.\n"
    "Ajaran itu sudah lengkap sebelum Nabi Sulam SAW wafat.\n"
    "Para guru di desa sering menceritakan kisah ini kepada anak-anak setiap malam.\n"
    "Sebagian orang percaya bahwa kisah itu ditulis oleh seorang penyair dari selatan.\n"
    "Kini naskah lama itu disimpan di perpustakaan kota dan dibaca oleh banyak orang."
)
ENGLISH_NEWS = (
    "Harbour board quits\n"
    "The harbour board of Portby resigned after a vote of no confidence, officials said.\n"
    "The chair of the board saw the result and left the building by a side door.\n"
    "Dock workers cheered outside the harbour office as the members walked out."
)


def test_the_past_tense_rule_reads_english_pages_only() -> None:
    found = events("id", INDONESIAN_NEWS, published="2015-10-27", news=True)
    assert not any("Nabi Sulam" in e.citations[0].quote for e in found)
    english = events("en", ENGLISH_NEWS, published="2021-05-13", news=True)
    assert any(e.citations[0].quote.startswith("The chair") for e in english)


def test_a_given_language_switches_the_english_rules_off() -> None:
    def placed(language: str | None) -> list[Event]:
        found = events_for_source(
            "x", ENGLISH_NEWS, spans(ENGLISH_NEWS), published="2021-05-13", news=True,
            language=language,
        )  # fmt: skip
        return [e for e in found if "on or before" in e.text]

    assert placed(None)
    assert placed("en")
    assert not [e for e in placed("de") if e.citations[0].quote.startswith("The chair")]


LONG_CLAUSE = (
    "Old rivals\n"
    "His many claims of remembering nothing about the meetings, the letters or the visitors "
    "who came to the harbour office were set against his sharp memory of an evening he spent "
    "at a small café in Portby with his brother 18 years ago, when the storm closed the port."
)


def test_a_long_clause_keeps_the_words_that_date_it() -> None:
    found = events("n", LONG_CLAUSE, published="2019-11-18", news=False)
    dated = [e for e in found if e.date == "2001"]
    assert len(dated) == 1
    description = dated[0].text
    assert "18 years ago" in description
    assert description.startswith("His many claims")
    assert len(description.split()) <= 40


def test_an_article_about_one_year_reads_its_yearless_days_in_that_year() -> None:
    # "2024 Vell council vote": the group formed in 2019 is background; "6 June" in the next
    # paragraph is the vote's day in 2024, not in 2019
    text = (
        "The Orsa Residents Group was formed in 2019 to save the town's swimming baths.\n\n"
        "Voting ended at 9 pm on 6 June and ballots were counted through the night."
    )
    found = events_for_source(
        "wiki", text, spans(text), published=None, news=False,
        title="2024 Vell council vote",
    )  # fmt: skip
    voting = [e for e in found if e.citations[0].quote.startswith("Voting ended")]
    assert [e.date for e in voting] == ["2024-06-06"], [(e.date, e.text) for e in found]


def test_an_update_stamp_dates_its_paragraph() -> None:
    # a page of Sunday 9 June updated on 11 June: the update's day is two days on, not a
    # year back, and its "Monday" is counted from it (10 June)
    text = (
        "Divers searched the reservoir on Saturday.\n\n"
        "UPDATE 11 June: A second man, aged 52, has been questioned. "
        "He went before the county court on Monday and was bailed."
    )
    found = events("news", text, published="2024-06-09", news=True)
    update = [e.date for e in found if "questioned" in e.text or "county court" in e.text]
    assert update == ["2024-06-11", "2024-06-10"], [(e.date, e.text) for e in found]
