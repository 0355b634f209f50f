"""Two outlets' counts of one scene, one counting "passengers" and the other "people", taken
"by Sunday evening" and "by Sunday night": the answer must say that the sources disagree."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact, pages_desk

COASTGUARD = """\
# Orsa Star rescue

Coastguards rescued 41 passengers from the Orsa Star off Tarn Point on Sunday after the ferry
lost power.
"""

LOCAL = """\
# Ferry drama at Tarn Point

Some 48 people were lifted from the stricken Orsa Star off Tarn Point after the ferry lost
power, the coastguard said.
"""

EVENING = """\
# Orsa Star rescue

By Sunday evening, coastguards had rescued 41 passengers from the Orsa Star off Tarn Point.
"""

NIGHT = """\
# Ferry drama at Tarn Point

By Sunday night, 48 people had been rescued from the stricken Orsa Star, the coastguard said.
"""

rescue = pages_desk("rescue", {"coastguard.md": COASTGUARD, "local.md": LOCAL})
overnight = pages_desk("overnight", {"evening.md": EVENING, "night.md": NIGHT})


def _disputed_values(desk: Desk, question: str) -> set[str]:
    answer = desk.ask(question)
    assert not answer.abstained, answer.answer
    assert_citations_exact(desk, answer)
    assert "disagree" in answer.answer, answer.answer
    (dispute,) = answer.disagreements
    return {side["text"] for side in dispute["sides"]}


def test_a_count_of_people_disputes_a_count_of_passengers_in_one_scene(rescue: Desk) -> None:
    sides = _disputed_values(rescue, "How many passengers were rescued from the Orsa Star?")
    assert any("41" in text for text in sides) and any("48" in text for text in sides)


def test_a_count_by_sunday_night_is_one_taken_by_sunday_evening(overnight: Desk) -> None:
    sides = _disputed_values(overnight, "How many passengers had been rescued by Sunday?")
    assert any("41" in text for text in sides) and any("48" in text for text in sides)
