"""The `add`, `sources` and `show` commands as a person and a script meet them."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcedesk.examples import example_folder
from sourcedesk.interfaces.cli import cli

PAGE = """# Ferry line to close

The ferry between Orrin and Callow will stop running in September, the transport authority said.
Passenger numbers fell by a third over the last decade while costs doubled.

## Reactions

Residents of Callow said the bus link would add forty minutes to every trip.
"""


def run(desk: Path, *args: str, stdin: str | bytes | None = None):
    result = CliRunner().invoke(cli, ["--desk", str(desk), *args], input=stdin)
    return result


def add_json(desk: Path, *paths: str) -> tuple[int, list[dict]]:
    result = run(desk, "add", "--json", *paths)
    return result.exit_code, json.loads(result.stdout)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.md"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_add_then_re_add_is_unchanged(tmp_path: Path, page: Path) -> None:
    desk = tmp_path / "d.sqlite"
    code, first = add_json(desk, str(page))
    assert (
        code == 0 and first[0]["status"] == "added" and first[0]["title"] == "Ferry line to close"
    )
    code, again = add_json(desk, str(page))
    assert code == 0 and again[0]["status"] == "unchanged" and again[0]["id"] == first[0]["id"]
    listed = json.loads(run(desk, "sources", "--json").stdout)
    assert len(listed) == 1
    assert set(listed[0]) == {
        "id", "origin", "title", "kind", "publisher", "published", "language", "words",
        "revision_of", "duplicate_of", "author", "genre",
    }  # fmt: skip


def test_copy_under_another_name_is_duplicate(tmp_path: Path, page: Path) -> None:
    desk = tmp_path / "d.sqlite"
    copy = tmp_path / "copy.md"
    copy.write_text(PAGE, encoding="utf-8")
    _, first = add_json(desk, str(page))
    _, second = add_json(desk, str(copy))
    assert second[0]["status"] == "duplicate" and second[0]["duplicate_of"] == first[0]["id"]


def test_second_snapshot_is_a_revision(tmp_path: Path, page: Path) -> None:
    desk = tmp_path / "d.sqlite"
    later = tmp_path / "ferry-later.md"
    later.write_text(PAGE + "\nThe last crossing took place on 30 September 2023.\n", "utf-8")
    _, first = add_json(desk, str(page))
    _, second = add_json(desk, str(later))
    assert second[0]["status"] == "revision" and second[0]["revision_of"] == first[0]["id"]


def test_show_json_has_text_sections_and_offsets(tmp_path: Path, page: Path) -> None:
    desk = tmp_path / "d.sqlite"
    _, added = add_json(desk, str(page))
    shown = json.loads(run(desk, "show", added[0]["id"][:6], "--json").stdout)
    assert "stop running in September" in shown["text"]
    section = shown["sections"][0]
    assert shown["text"][section["start"] : section["end"]].startswith("Reactions")
    text_only = run(desk, "show", added[0]["id"], "--text").stdout
    assert text_only.rstrip("\n") == shown["text"]


def test_stdin_page_is_added(tmp_path: Path) -> None:
    result = run(tmp_path / "d.sqlite", "add", "--json", "-", stdin=PAGE.encode())
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["status"] == "added"


def test_published_option_sets_the_date(tmp_path: Path, page: Path) -> None:
    desk = tmp_path / "d.sqlite"
    run(desk, "add", "--published", "2023-05-04", str(page))
    assert json.loads(run(desk, "sources", "--json").stdout)[0]["published"] == "2023-05-04"


def test_bad_published_date_is_a_usage_error(tmp_path: Path, page: Path) -> None:
    result = run(tmp_path / "d.sqlite", "add", "--published", "someday", str(page))
    assert result.exit_code == 2 and "someday" in result.stderr


def bad_inputs(tmp: Path) -> dict[str, str]:
    """Each kind of bad input the contract names, with a word its error must contain."""
    (tmp / "empty.txt").write_text("  \n\n\t ", encoding="utf-8")
    (tmp / "doc.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")
    (tmp / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp / "archive.html").write_bytes(b"PK\x03\x04" + bytes(100))
    (tmp / "noise.txt").write_bytes(bytes(range(256)) * 4)
    (tmp / "broken.html").write_text("<html><body><div><span></div></html>", encoding="utf-8")
    (tmp / "nothing").mkdir()
    (tmp / "nothing" / "image.png").write_bytes(b"\x89PNG")
    big = tmp / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)
    return {
        str(tmp / "missing.txt"): "no such file",
        str(tmp / "empty.txt"): "empty",
        str(tmp / "doc.pdf"): "PDF",
        str(tmp / "photo.txt"): "PNG",
        str(tmp / "archive.html"): "ZIP",
        str(tmp / "noise.txt"): "decode",
        str(tmp / "broken.html"): "HTML",
        str(tmp / "nothing"): "no readable page",
        str(big): "too large",
    }


def test_every_bad_input_gets_one_clear_line_and_others_still_add(
    tmp_path: Path, page: Path
) -> None:
    bad = bad_inputs(tmp_path)
    desk = tmp_path / "d.sqlite"
    result = run(desk, "add", "--json", *bad, str(page))
    assert result.exit_code == 1
    entries = {e["origin"]: e for e in json.loads(result.stdout)}
    assert entries[str(page)]["status"] == "added"
    error_lines = result.stderr.strip().splitlines()
    assert len(error_lines) == len(bad)
    for origin, word in bad.items():
        assert entries[origin]["status"] == "error"
        assert word.lower() in entries[origin]["error"].lower(), entries[origin]
        line = next(ln for ln in error_lines if ln.startswith(f"error: {origin}: "))
        assert word.lower() in line.lower()
    assert len(json.loads(run(desk, "sources", "--json").stdout)) == 1


def test_unknown_id_is_an_error(tmp_path: Path) -> None:
    result = run(tmp_path / "d.sqlite", "show", "nope")
    assert result.exit_code == 1 and result.stderr.startswith("error: nope:")


def test_corrupt_desk_is_reported_not_crashed_on(tmp_path: Path) -> None:
    desk = tmp_path / "d.sqlite"
    desk.write_bytes(b"this is not a database at all" * 100)
    result = run(desk, "sources")
    assert result.exit_code == 1 and "error:" in result.stderr and "Traceback" not in result.output


def test_plain_output_is_an_aligned_table(tmp_path: Path, page: Path) -> None:
    desk = tmp_path / "d.sqlite"
    run(desk, "add", str(page))
    lines = run(desk, "sources").stdout.splitlines()
    assert lines[0].split()[:4] == ["id", "kind", "published", "words"]
    assert "Ferry line to close" in lines[1]


def test_killed_add_leaves_only_whole_sources(tmp_path: Path) -> None:
    """SIGKILL part-way through a long add: every stored source is complete, none is half."""
    desk, folder = _kill_add_midway(tmp_path)
    stored = count_sources(desk)
    assert 5 <= stored < 150
    with sqlite3.connect(desk) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO sentence_fts(sentence_fts) VALUES ('integrity-check')")
        per_source = conn.execute(
            "SELECT s.id, count(t.rowid) FROM sources s LEFT JOIN sentences t "
            "ON t.source_id = s.id GROUP BY s.id"
        ).fetchall()
    assert all(n == 40 for _, n in per_source), per_source
    result = run(desk, "add", "--json", str(folder))
    statuses = [e["status"] for e in json.loads(result.stdout)]
    assert statuses.count("unchanged") == stored and statuses.count("added") == 150 - stored


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs Linux /proc")
def test_killed_add_leaves_no_worker_process_behind(tmp_path: Path) -> None:
    """SIGKILL of `add` ends its page-preparing workers too (they would sleep forever)."""
    running: list[int] = []
    desk, _ = _kill_add_midway(tmp_path, running)
    assert len(running) > 1, "the add should have been running with its workers"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and processes_naming(str(desk)):
        time.sleep(0.1)
    assert processes_naming(str(desk)) == []


def _kill_add_midway(tmp_path: Path, running: list[int] | None = None) -> tuple[Path, Path]:
    """Start `add` of 150 pages of 40 sentences in a subprocess and SIGKILL it once 5 sources
    are stored (`running` gets the processes that named the desk just before the kill)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(150):
        body = "\n\n".join(
            f"Paragraph {j} of page {i} says the ferry carried {i * 7 + j} people on day {j}."
            for j in range(40)
        )
        (folder / f"page{i:03}.md").write_text(f"# Page {i}\n\n{body}\n", encoding="utf-8")
    desk = tmp_path / "d.sqlite"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "sourcedesk.interfaces.cli", "--desk", str(desk), "add", str(folder)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and count_sources(desk) < 5:
        time.sleep(0.05)
    if running is not None:
        running.extend(processes_naming(str(desk)))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return desk, folder


def processes_naming(text: str) -> list[int]:
    """The live processes whose command line holds a text (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if text in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def count_sources(desk: Path) -> int:
    if not desk.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{desk}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_the_first_view_after_an_add_says_it_is_catching_up(tmp_path: Path) -> None:
    desk = tmp_path / "desk.sqlite"
    assert run(desk, "add", str(example_folder())).exit_code == 0
    first = run(desk, "timeline", "--json")
    second = run(desk, "timeline", "--json")
    assert "up to date" in first.stderr
    assert "up to date" not in second.stderr
    assert json.loads(first.stdout) == json.loads(second.stdout)


def test_a_revision_without_a_publisher_is_the_first_snapshot_s_and_listed_whole(
    tmp_path: Path, page: Path
) -> None:
    desk = tmp_path / "d.sqlite"
    page.write_text("---\npublisher: The Orrin Post\n---\n" + PAGE, encoding="utf-8")
    later = tmp_path / "ferry-later.md"
    later.write_text(PAGE + "\nThe last crossing took place on 30 September 2023.\n", "utf-8")
    _, first = add_json(desk, str(page))
    _, second = add_json(desk, str(later))
    assert second[0]["revision_of"] == first[0]["id"]
    shown = json.loads(run(desk, "show", second[0]["id"], "--json").stdout)
    assert shown["publisher"] == "The Orrin Post"
    table = run(desk, "sources").stdout
    assert f"revision of {first[0]['id']}" in table  # the whole id, not cut by the table


def test_python_dash_m_runs_the_same_command_line(tmp_path: Path) -> None:
    """`python -m sourcedesk` works where the console script is not on PATH."""
    page = tmp_path / "ferry.md"
    page.write_text(PAGE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    desk = tmp_path / "d.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "sourcedesk", "--desk", str(desk), "add", str(page), "--json"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [row["status"] for row in json.loads(done.stdout)] == ["added"]
