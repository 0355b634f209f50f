"""The README's main command: `demo` adds the example topic, tours it, then opens the web desk."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from sourcedesk.interfaces import cli as cli_module


def test_demo_tours_the_example_then_serves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[tuple] = []
    monkeypatch.setattr(cli_module, "run_web", lambda *args: served.append(args))
    desk = tmp_path / "demo.sqlite"
    result = CliRunner().invoke(cli_module.cli, ["--desk", str(desk), "demo", "--fresh"])
    assert result.exit_code == 0, result.output
    assert "Adding the example topic" in result.output
    assert "revision" in result.output and "[1]" in result.output
    assert "The sources do not say" in result.output
    assert "the sources disagree" in result.output  # the injury count: four or five
    assert "people injured" in result.output  # ... and the conflicts view pairs the two counts
    assert served == [(str(desk), "127.0.0.1", 8000, None)]


def test_demo_without_serving_only_tours(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[tuple] = []
    monkeypatch.setattr(cli_module, "run_web", lambda *args: served.append(args))
    args = ["--desk", str(tmp_path / "d.sqlite"), "demo", "--no-serve"]
    assert CliRunner().invoke(cli_module.cli, args).exit_code == 0
    assert served == []
