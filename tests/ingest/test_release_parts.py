"""A press release keeps its highlights over the lede and its notes to editors after the
contacts; its end mark and contacts leave."""

from __future__ import annotations

from sourcedesk.ingest.text import read_text_capture

RELEASE = """\
KELLMARSH FERRIES PLC
PRESS RELEASE

For immediate release
3 May 2025

Kellmarsh Ferries to buy Orsa Lines for EUR 410 million

- Orsa shareholders to receive EUR 6.40 in cash per share, a premium of 28% to Friday's close
- Combined fleet of 42 ferries serving nine ports on the Tarn coast
- Deal unanimously recommended by the Orsa board

HALVIK, 3 May 2025 - Kellmarsh Ferries plc said today it had agreed to buy its smaller rival Orsa Lines in an all-cash deal that values Orsa at EUR 410 million.

The combined company will run 42 ferries from nine ports, and expects to keep both brands for at least two years, its chief executive said.

The deal needs the approval of Orsa shareholders and of the Tarn competition board.

- ENDS -

Media enquiries:
Lisle Brannock, Head of Communications
Tel: +00 41 555 0100
Email: press@kellmarsh.example

NOTES TO EDITORS

About Kellmarsh Ferries
Kellmarsh Ferries was founded in 1961 and carries about 1.2 million passengers a year from its base in Halvik.
"""


def test_highlights_over_the_lede_and_notes_after_the_contacts_are_kept() -> None:
    doc = read_text_capture(RELEASE, "release.txt")
    texts = "\n".join(b.text for b in doc.blocks)
    assert "a premium of 28% to Friday's close" in texts, texts
    assert "Combined fleet of 42 ferries" in texts, texts
    assert "Kellmarsh Ferries was founded in 1961" in texts, texts


def test_the_end_mark_and_the_contacts_leave() -> None:
    doc = read_text_capture(RELEASE, "release.txt")
    texts = "\n".join(b.text for b in doc.blocks)
    assert "ENDS" not in texts and "press@kellmarsh.example" not in texts, texts
    assert "Head of Communications" not in texts, texts
