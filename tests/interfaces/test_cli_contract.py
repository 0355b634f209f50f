"""Every command's JSON keeps the contract's shape, and every citation it returns is exact.

Runs on the bundled example topic (always present) and on the real seeds (skipped without them),
in an embedded SQLite desk and in a PostgreSQL desk.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcedesk.examples import example_folder
from sourcedesk.interfaces.cli import cli
from tests.conftest import seed_files

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def invoke(desk: Path | str, *args: str) -> object:
    result = CliRunner().invoke(cli, ["--desk", str(desk), *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module", params=["example", "seeds", "example-postgres", "seeds-postgres"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path | str:
    topic, _, backend = request.param.partition("-")
    if backend == "postgres":
        from tests.pg import fresh_database

        desk: Path | str = fresh_database(request.getfixturevalue("pg_cluster"), topic)
    else:
        desk = tmp_path_factory.mktemp(topic) / "desk.sqlite"
    inputs = [str(example_folder())] if topic == "example" else map(str, seed_files())
    result = CliRunner().invoke(cli, ["--desk", str(desk), "add", "--json", *inputs])
    assert result.exit_code == 0, result.output
    return desk


def texts(desk: Path | str) -> dict[str, str]:
    return {s["id"]: invoke(desk, "show", s["id"])["text"] for s in invoke(desk, "sources")}


def assert_exact(citations: list[dict], text_of: dict[str, str]) -> None:
    assert citations, "no citation"
    for c in citations:
        assert text_of[c["source_id"]][c["start"] : c["end"]] == c["quote"]


def test_show_has_the_contract_keys(built: Path | str) -> None:
    for source in invoke(built, "sources"):
        shown = invoke(built, "show", source["id"])
        assert {"id", "title", "text", "sections", "references", "removed"} <= set(shown)
        for section in shown["sections"]:
            assert shown["text"][section["start"] :].startswith(section["heading"])


def test_timeline_is_sorted_iso_and_cited_exactly(built: Path | str) -> None:
    events = invoke(built, "timeline")
    text_of = texts(built)
    assert len(events) >= 5
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)
    for event in events:
        assert ISO.match(event["date"]) and event["text"]
        assert_exact(event["citations"], text_of)


def test_dates_offsets_index_the_clean_text(built: Path | str) -> None:
    text_of = texts(built)
    for sid, text in text_of.items():
        for d in invoke(built, "dates", sid):
            assert text[d["start"] : d["end"]] == d["text"] and d["value"]


def test_entities_claims_conflicts_cite_exactly(built: Path | str) -> None:
    text_of = texts(built)
    entities = invoke(built, "entities")
    assert entities and {"name", "type", "aliases", "roles", "mentions", "citations"} <= set(
        entities[0]
    )
    for entity in entities:
        assert_exact(entity["citations"], text_of)
    for claim in invoke(built, "claims"):
        assert claim["status"] in {"corroborated", "single", "conflict"}
        assert_exact(claim["citations"], text_of)
    for conflict in invoke(built, "conflicts"):
        assert conflict["about"] and len(conflict["sides"]) >= 2
        for side in conflict["sides"]:
            assert_exact(side["citations"], text_of)


def test_people_lists_only_the_persons_of_entities(built: Path | str) -> None:
    everyone = invoke(built, "entities")
    persons = [e for e in everyone if e["type"] == "person"]
    assert persons and len(persons) < len(everyone)
    assert invoke(built, "people") == persons
    assert invoke(built, "entities", "--type", "place") == [
        e for e in everyone if e["type"] == "place"
    ]


def test_diff_of_revisions(built: Path | str) -> None:
    sources = invoke(built, "sources")
    revision = next(s for s in sources if s["revision_of"])
    result = invoke(built, "diff", revision["revision_of"], revision["id"])
    assert result["same_article"] is True and result["newer"] == revision["id"]
    assert result["added"] or result["changed"]


def test_brief_writes_markdown_and_inert_html(built: Path | str, tmp_path: Path) -> None:
    out = tmp_path / "brief.html"
    invoke(built, "brief", "--format", "html", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page.lower()
    markdown = invoke(built, "brief")["text"]
    assert markdown.startswith("# Briefing") and "## Timeline" in markdown


def test_ask_cites_exactly_and_abstains_off_topic(built: Path | str) -> None:
    text_of = texts(built)
    golden = Path(__file__).resolve().parents[1] / "golden"
    name = "example_qa.jsonl" if "example" in str(built) else "seeds_qa.jsonl"
    items = [json.loads(line) for line in (golden / name).read_text(encoding="utf-8").splitlines()]
    answered = 0
    for item in [i for i in items if i["answerable"] and not i["follow_up_of"]][:12]:
        answer = invoke(built, "ask", item["question"])
        if not answer["abstained"]:
            answered += 1
            assert_exact(answer["citations"], text_of)
    assert answered >= 8
    off_topic = invoke(built, "ask", "What is the boiling point of mercury in kelvin?")
    assert off_topic["abstained"] is True and off_topic["citations"] == []
    assert off_topic["answer"].startswith("The sources do not say")
