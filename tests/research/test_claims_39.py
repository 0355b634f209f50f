"""Counts a blind tester's topics showed missed as conflicts: a compound number word
("forty-seven") is one figure, and a road or a vale named before a count is where it happened,
not who counted."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk


def _labels(tmp_path: Path, first: str, second: str) -> list[list[str]]:
    with Desk(tmp_path / "desk.sqlite") as desk:
        desk.add_bytes("first.md", f"# First report\n\n{first}\n".encode())
        desk.add_bytes("second.md", f"# Second report\n\n{second}\n".encode())
        return [sorted(side["label"] for side in c["sides"]) for c in desk.conflicts()]


def test_a_compound_number_word_is_one_count(tmp_path: Path) -> None:
    labels = _labels(
        tmp_path,
        "Forty-seven crews fought the fire along Halvik Road.",
        "Fifty crews fought the fire along Halvik Road.",
    )
    assert labels == [["Fifty", "Forty-seven"]]


def test_a_place_named_before_a_count_is_not_who_counted(tmp_path: Path) -> None:
    labels = _labels(
        tmp_path,
        "The Orsa Vale storm damaged 300 homes.",
        "The storm damaged 450 homes, Tarn Water said.",
    )
    assert labels == [["300", "450"]]
