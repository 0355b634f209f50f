"""Diff of two snapshots: which is newer, and what was added, removed or reworded."""

from __future__ import annotations

from typing import Any

from tests.research.test_claims import seed_sources

from sourcedesk.research.claims import SourceText, source_text
from sourcedesk.research.diff import diff_sources

OLD = (
    "The Lisk ferry links Brennock and Halden. It was opened in 1998 by the harbour board.\n\n"
    "In 2019 the ferry carried 40,000 passengers. The crossing takes twenty minutes.\n\n"
    "Tickets are sold at both piers."
)


def texts(items: list[dict[str, Any]]) -> list[str]:
    return [item["text"] for item in items]


def checked(a: SourceText, b: SourceText) -> dict[str, Any]:
    """The diff, with every item's offsets checked against its source."""
    result = diff_sources(a, b)
    by_id = {a.id: a.text, b.id: b.text}
    items = result["added"] + result["removed"]
    items += [pair[side] for pair in result["changed"] for side in ("old", "new")]
    for item in items:
        assert by_id[item["source_id"]][item["start"] : item["end"]] == item["quote"]
    return result


def test_added_removed_and_reworded_sentences() -> None:
    new = OLD.replace(
        "It was opened in 1998 by the harbour board.",
        "It was opened in 1998 by the Brennock harbour board.",
    ).replace("Tickets are sold at both piers.", "In 2023 a second ferry joined the route.")
    result = checked(source_text("old", OLD, title="Lisk ferry"), source_text("new", new))
    assert result["newer"] == "new"  # it alone mentions a later year
    assert texts(result["added"]) == ["In 2023 a second ferry joined the route."]
    assert texts(result["removed"]) == ["Tickets are sold at both piers."]
    (change,) = result["changed"]
    assert change["old"]["text"] == "It was opened in 1998 by the harbour board."
    assert change["new"]["text"] == "It was opened in 1998 by the Brennock harbour board."


def test_order_of_arguments_does_not_change_the_answer() -> None:
    new = OLD + "\n\nIn 2024 the fare rose."
    forward = diff_sources(source_text("old", OLD), source_text("new", new))
    backward = diff_sources(source_text("new", new), source_text("old", OLD))
    assert forward["newer"] == backward["newer"] == "new"
    assert texts(forward["added"]) == texts(backward["added"]) == ["In 2024 the fare rose."]


def test_moved_and_reflowed_text_is_not_a_change() -> None:
    paragraphs = OLD.split("\n\n")
    moved = "\n\n".join([paragraphs[2], paragraphs[0], paragraphs[1]])
    reflowed = OLD.replace("links Brennock", "links\nBrennock").replace("  ", " ")
    reflowed = reflowed.replace("passengers. The", "passengers.  The")
    for other in (moved, reflowed):
        result = checked(source_text("a", OLD), source_text("b", other))
        assert result["added"] == result["removed"] == result["changed"] == []


def test_publication_dates_decide_which_is_newer() -> None:
    a = source_text("a", OLD + "\n\nIn 2024 the fare rose.", published="2020-01-05")
    b = source_text("b", OLD, published="2024-06-01")
    result = diff_sources(a, b)
    assert result["newer"] == "b"
    assert texts(result["removed"]) == ["In 2024 the fare rose."]


def test_same_article_needs_a_shared_name_and_shared_text() -> None:
    a = source_text("a", OLD, title="Lisk ferry - Brennock Wiki")
    b = source_text("b", OLD + " New timetable.", title="Lisk ferry")
    c = source_text("c", "A different page about trains entirely.", title="Lisk ferry")
    assert diff_sources(a, b)["same_article"]
    assert not diff_sources(a, c)["same_article"]
    assert not diff_sources(a, source_text("d", OLD, title="Ferries"))["same_article"]


def test_seed_revisions_diff() -> None:
    sources = {s.id: s for s in seed_sources()}
    assert sources["001"].revision_of == "000"
    result = checked(sources["000"], sources["001"])
    assert result["same_article"] and result["newer"] == "001"
    assert any("2025" in text for text in texts(result["added"]))
    assert not any("2025" in text for text in texts(result["removed"]))
    leads = [c for c in result["changed"] if "July 2022" in c["new"]["text"]]
    assert leads and "suspended" in leads[0]["old"]["text"]
    assert all(c["old"]["text"] != c["new"]["text"] for c in result["changed"])
