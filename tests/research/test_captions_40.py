"""A page's picture captions are kept under their own heading after the article, and the
timeline does not read them as events: "The harbour wall in 2019" dates a picture."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk
from sourcedesk.records import PICTURE_CAPTIONS

PAGE = """<html><head><title>Kessby harbour wall to be rebuilt | Tarn Post</title></head><body>
<article><h1>Kessby harbour wall to be rebuilt</h1>
<time datetime="2025-05-06">6 May 2025</time>
<p>The council voted on 5 May 2025 to rebuild the Kessby harbour wall after winter storms.</p>
<figure><img src="wall.jpg"><figcaption>The old harbour wall pictured in 2019 before the storms
</figcaption></figure>
<p>Work is due to start in the autumn and will take about a year, the council said.</p>
<p>Fishing boats will use the north quay while the wall is closed to the public.</p>
</article></body></html>"""


def test_a_caption_is_kept_apart_and_dates_no_event(tmp_path: Path) -> None:
    with Desk(tmp_path / "desk.sqlite") as desk:
        added = desk.add_bytes("wall.html", PAGE.encode())
        text = desk.store.get_source(added.id).text
        assert text.index(PICTURE_CAPTIONS) < text.index("The old harbour wall pictured")
        dates = [event.date for event in desk.timeline()]
        assert "2025-05-05" in dates
        assert "2019" not in dates
