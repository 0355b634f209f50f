"""The query that looks for other sources retelling the answer's sentence keeps to words few
sentences hold: BM25 scores every match, so on a desk of a million sentences a scene of common
words cost a tenth of a second or more a question."""

from __future__ import annotations

from typing import Any

import pytest

from sourcedesk.answer import echoes

COUNTS = {"recoveri": 30_000, "fund": 40_000, "kellmarsh": 12, "flood": 25_000, "brannock": 30}
SCENE = {key: key for key in COUNTS}


@pytest.fixture()
def counted(monkeypatch: pytest.MonkeyPatch) -> None:
    def term_docs(_store: Any, stems: list[str]) -> dict[str, int]:
        return {s: COUNTS[s] for s in stems if s in COUNTS}

    monkeypatch.setattr(echoes, "term_docs", term_docs)


@pytest.mark.usefixtures("counted")
def test_the_rarest_words_are_kept_within_the_budget() -> None:
    assert echoes._rarest(None, SCENE) == ["kellmarsh", "brannock"]


@pytest.mark.usefixtures("counted")
def test_a_scene_of_common_words_asks_nothing() -> None:
    common = {key: key for key in ("recoveri", "fund", "flood")}
    assert echoes._rarest(None, common) == []
