"""`ask --batch` through the CLI: one JSON line per question, in order, citations exact."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sourcedesk.desk import Desk
from sourcedesk.interfaces.cli import cli
from tests.answer.conftest import PAGES


def _desk(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    with Desk(path) as desk:
        for name, text in PAGES.items():
            desk.add_bytes(name, text.encode())
    return path


def test_batch_answers_in_order(tmp_path: Path) -> None:
    path = _desk(tmp_path)
    questions = [
        "Who is the Valdorian foreign minister?",
        "",
        "When did Valdoria close its embassy in Kessel in 1990?",
        "In what year did Valdoria close its embassy in Kessel?",
    ]
    result = CliRunner().invoke(
        cli, ["--desk", str(path), "ask", "--batch", "-"], input="\n".join(questions) + "\n"
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["question"] for line in lines] == [q for q in questions if q]
    assert "Ilse Marwen" in lines[0]["answer"]
    assert lines[1]["abstained"] is True and "closest" in lines[1]
    assert lines[2]["answer"].startswith("1987")
    with Desk(path) as desk:
        for line in lines:
            for c in line["citations"]:
                assert (
                    desk.store.get_source(c["source_id"]).text[c["start"] : c["end"]] == c["quote"]
                )


def test_ask_json_has_the_contract_keys(tmp_path: Path) -> None:
    path = _desk(tmp_path)
    result = CliRunner().invoke(
        cli, ["--desk", str(path), "ask", "How much did the Tarn Bridge cost?", "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert set(out) >= {"question", "answer", "abstained", "citations", "disagreements"}
    assert {"n", "source_id", "origin", "title", "quote", "start", "end"} <= set(
        out["citations"][0]
    )


def test_an_empty_question_is_a_usage_error_that_says_so(tmp_path: Path) -> None:
    path = _desk(tmp_path)
    result = CliRunner().invoke(cli, ["--desk", str(path), "ask", "   "])
    assert result.exit_code == 2
    assert "the question is empty" in result.output


def test_asking_an_empty_desk_says_to_add_sources_first(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    result = CliRunner().invoke(cli, ["--desk", str(empty), "ask", "Who won the vote?"])
    assert result.exit_code == 0
    assert "The sources do not say" in result.stdout
    assert "holds no sources yet" in result.stderr and "sourcedesk add" in result.stderr
    filled = CliRunner().invoke(cli, ["--desk", str(_desk(tmp_path)), "ask", "Who won the vote?"])
    assert "holds no sources" not in filled.stderr
