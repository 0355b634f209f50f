"""Prompts that ask the reader for something, by what they ask: pictures or stories sent to a
newsdesk, or joining as a member. A question in the news that names a newsdesk or members
stays."""

from __future__ import annotations

import pytest

from sourcedesk.ingest.text import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "Do you have pictures of the Tarnhold fire? Email newsdesk@tarnhold-echo.example",
        "Did you see the crash on the Orsa bypass? Contact our reporters on 01632 960 111.",
        "Were you there? Send your videos to pictures@lisle-post.example",
        "Not a member yet? Join the Halvik Rowing Club today: membership starts at 9 crowns a month.",
        "Not yet a subscriber? Get the Selvany Ledger for 2 crowns a week.",
    ],
)
def test_a_prompt_asking_readers_for_pictures_or_membership_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Do you have any idea what this costs? the mayor asked, before the council voted.",
        "Did you see the crash? the officer asked the driver, who said he had not.",
        "Not a member of the board had read the report before the vote, Ms Orsa said.",
        "The newsdesk at the Tarnhold Echo received more than forty pictures of the fire.",
    ],
)
def test_news_asking_a_question_or_naming_members_stays(line: str) -> None:
    assert not is_furniture_line(line)
