"""Headlines of other articles that the extractor keeps as blocks of their own are dropped
when each is wholly one link and they come in a run or end the page; links inside the
article's own prose, and one linked line inside it, stay."""

from __future__ import annotations

import pytest

from sourcedesk.ingest import teasers
from sourcedesk.ingest.teasers import without_link_teasers
from sourcedesk.records import Block

MARKUP = """<article><h1>Harbour reopens after storm repairs</h1>
<div class="promo"><h3>Orrin storms</h3>
<a href="/a"><img src="/a.jpg"><h3>Sea wall plan goes to a vote in March</h3></a>
<a href="/b"><img src="/b.jpg"><h3>Ferry timetable cut for the winter</h3></a></div>
<p>The harbour at Orrin reopened on Monday after six weeks of repairs.</p>
<p>Repairs cost 2.4 million pounds, according to the <a href="/r">authority&#8217;s report</a>.</p>
<p><a href="/t">Storm damage in Orrin, a timeline</a></p>
<p>Harbour master Idris Vane said the quay would open to visitors by Easter.</p>
<p>See the <a href="/m">map of the northern arm</a> and its new railings</p>
<p><a href="/c">Who will pay for the next sea wall?</a></p>
<p><a href="/d"><strong>Orrin council names a new harbour board</strong></a></p>
</article>"""

BLOCKS = [
    Block("heading", "Orrin storms", 3),
    Block("heading", "Sea wall plan goes to a vote in March", 3),
    Block("heading", "Ferry timetable cut for the winter", 3),
    Block("paragraph", "The harbour at Orrin reopened on Monday after six weeks of repairs."),
    Block("paragraph", "Repairs cost 2.4 million pounds, according to the authority’s report."),
    Block("paragraph", "Storm damage in Orrin, a timeline"),
    Block("paragraph", "Harbour master Idris Vane said the quay would open to visitors by Easter."),
    Block("paragraph", "See the map of the northern arm and its new railings"),
    Block("paragraph", "Who will pay for the next sea wall?"),
    Block("paragraph", "Orrin council names a new harbour board"),
]


def test_runs_of_link_headlines_and_a_runs_title_are_dropped() -> None:
    kept, dropped = without_link_teasers(BLOCKS, MARKUP)
    assert [b.text for b in dropped] == [
        "Orrin storms",
        "Sea wall plan goes to a vote in March",
        "Ferry timetable cut for the winter",
        "Who will pay for the next sea wall?",
        "Orrin council names a new harbour board",
    ]
    assert len(kept) + len(dropped) == len(BLOCKS)


def test_the_articles_own_links_stay() -> None:
    kept, _ = without_link_teasers(BLOCKS, MARKUP)
    texts = [b.text for b in kept]
    assert "Storm damage in Orrin, a timeline" in texts  # one linked line inside the article
    assert "See the map of the northern arm and its new railings" in texts  # more than a link
    assert any("authority’s report" in t for t in texts)


def test_one_linked_headline_ending_the_page_is_dropped() -> None:
    blocks = [*BLOCKS[3:5], Block("paragraph", "Who will pay for the next sea wall?")]
    kept, dropped = without_link_teasers(blocks, MARKUP)
    assert [b.text for b in dropped] == ["Who will pay for the next sea wall?"]
    assert kept == blocks[:2]


def test_a_page_without_such_blocks_is_unchanged() -> None:
    blocks = BLOCKS[3:5]
    assert without_link_teasers(blocks, MARKUP) == (blocks, [])


def test_a_page_of_many_short_blocks_is_looked_up_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each lookup scans the markup; an untrusted page cannot make that quadratic."""
    calls = []
    monkeypatch.setattr(
        teasers, "_inside_link", lambda text, markup, off_page=False: calls.append(text) or False
    )
    blocks = [Block("paragraph", f"Short line number {i}") for i in range(5000)]
    kept, dropped = without_link_teasers(blocks, "<p>nothing linked</p>")
    assert len(kept) == 5000 and not dropped
    assert len(calls) == teasers.MAX_LOOKUPS
