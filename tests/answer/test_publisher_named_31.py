"""A question that names who published a report asks about that body's report, not about the
page that reports on it: the page's own publication date answers only a question about the
page or its publisher."""

from __future__ import annotations

from pathlib import Path

from sourcedesk.desk import Desk

WIRE = b"""<html><head><title>Kellmarsh harbour chief quits after audit | Lisle Press Association</title>
<meta property="og:site_name" content="Lisle Press Association">
<meta property="article:published_time" content="2025-06-12T09:00:00+00:00"></head>
<body><article><h1>Kellmarsh harbour chief quits after audit</h1>
<p>KELLMARSH, June 12 (LPA) - The head of the Kellmarsh harbour board stepped aside on Thursday, after an auditor put the new terminal's cost at twice its budget.</p>
<p>The Kellmarsh Office of Public Audit released its report on 10 June 2025; in it, the board is blamed for losing control of the project.</p>
<p>The board said it would study the report's findings with care.</p>
</article></body></html>"""


def test_a_report_named_by_its_publisher_is_dated_by_its_sentence(tmp_path: Path) -> None:
    page = tmp_path / "wire.html"
    page.write_bytes(WIRE)
    with Desk(tmp_path / "desk.sqlite") as desk:
        desk.add([str(page)])
        audit = desk.ask("When did the Kellmarsh Office of Public Audit publish its report?")
        assert audit.answer.startswith("10 June 2025"), audit.answer
        story = desk.ask("When did the Lisle Press Association publish its story?")
        assert story.answer.startswith("12 June 2025"), story.answer
