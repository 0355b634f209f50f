"""Appeals for money or sign-ups are furniture by what they ask, whoever asks: donation and
membership asks, newsletter prompts, calls for readers' stories and bracketed "Read more"
links; news that merely mentions members, newsletters or prices stays."""

from __future__ import annotations

import pytest

from sourcedesk.ingest.html import read_html
from sourcedesk.ingest.text import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "Support independent journalism. The Courier is funded by readers like you. "
        "Become a supporter from 4 crowns a month.",
        "Reporting like this is made possible by listeners like you. Support independent local "
        "journalism. Give now",
        "If you value independent reporting, please consider supporting us from just £3 a month.",
        "Don't miss a story. Get the Halvik Daily newsletter, free, every weekday morning. Sign up ->",
        "The morning's top stories from across the Orsa valley, straight to your inbox.",
        "[ Read more: Tarnhold divers to give a library talk on the wreck ]",
        "Donate now",
        "Have you been affected by the Orsa floods? Email newsdesk@orsa.example or message us.",
    ],
)
def test_an_appeal_for_money_or_sign_ups_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tarvia applied to become a member of the customs union in 2019, the ministry said.",
        "The station, which is funded by listeners and a council grant, will close in May.",
        "Season tickets will rise from 40 crowns a month to 45, the club said on Tuesday.",
        "Members of the Halvik sub-aqua club said they would support the inquiry.",
        "Have you been affected by the closure, the council asked residents in a letter on Monday.",
        "The council's newsletter, sent to every home in Lisle, first reported the closure.",
    ],
)
def test_news_that_mentions_members_money_or_newsletters_stays(line: str) -> None:
    assert not is_furniture_line(line)


RADIO = """<html><head><title>Brannock mayor sworn in | Orsa Valley Radio</title></head><body>
<article><h1>Brannock mayor sworn in after recount</h1>
<p>Selvany Orsa was sworn in as mayor of Brannock on Monday, nine weeks after polling day, at a short ceremony in the town library.</p>
<p>The recount had reversed the first result by four votes, and a court confirmed it last month after the losing candidate asked for a review.</p>
<p>Reporting like this is made possible by listeners like you. Support independent local journalism. Give now</p>
<p>Orsa said her first act would be to ask for an independent review of how the town runs its elections.</p>
</article></body></html>"""


def test_a_station_s_appeal_inside_the_article_leaves_the_html_text() -> None:
    doc = read_html(RADIO.encode(), "radio.html")
    text = "\n".join(b.text for b in doc.blocks)
    assert "listeners like you" not in text
    assert "independent review" in text
