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
<p>KELLMARSH, June 12 (LPA) - The head of the Kellmarsh harbour board resigned on Thursday, two days after an auditor found the new terminal had cost twice its budget.</p>
<p>In a report published on 10 June 2025, the Kellmarsh Office of Public Audit said the board had lost control of the project.</p>
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
