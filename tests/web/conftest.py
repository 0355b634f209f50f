"""Fixtures for the web desk: invented pages, an app over a fresh desk, a stand-in answerer.

The stand-in answerer lets the web layer be tested on its own terms (citations rendered and
followed, abstentions shown, sessions kept) whatever the real answerer says on a given day.
"""

from __future__ import annotations

import importlib.util
import re
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi) is not installed")

import httpx

from sourcedesk.desk import Desk
from sourcedesk.interfaces.serialize import answer_json
from sourcedesk.interfaces.web import create_app
from sourcedesk.records import Answer, Citation

# Invented pages on an invented topic (a ferry line closing); nothing from the seeds.
FERRY_HTML = b"""<!doctype html><html><head><title>Ferry line to close in September</title>
<meta property="og:site_name" content="Orrin Gazette"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry line to close in September</h1>
<p>The ferry between Orrin and Callow will stop running in September, the transport
authority said on Tuesday. Passenger numbers fell by a third over the last decade.</p>
<h2>Reactions</h2>
<p>Residents of Callow said the replacement bus would add forty minutes to every trip.
The harbour master, Ida Brennan, called the decision short-sighted.</p>
<p>The authority said the old vessel needs repairs costing four million euros.</p>
</article><footer>Subscribe to our newsletter. Accept cookies.</footer></body></html>"""

SCRIPT_TEXT = b"""Harbour notes

Accept all cookies

The harbour festival takes place every June on the north quay of Orrin.
A visitor posted <script>alert("pwned")</script> in the guest book, which the desk keeps as text.
Organisers expect twelve thousand visitors this year.

Share this article
"""

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4

STOP = frozenset(
    [
        "what",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "whose",
        "why",
        "how",
        "does",
        "did",
        "the",
        "and",
        "for",
        "with",
        "from",
    ]
)
HAS_ANSWERER = importlib.util.find_spec("sourcedesk.answer.conversation") is not None


def fake_ask(self: Desk, question: str, *, session: str | None = None) -> Answer:
    """A stand-in answerer: the best sentence sharing two question words, else abstain."""
    words = [w for w in re.findall(r"\w+", question.lower()) if len(w) > 3 and w not in STOP]
    hits = self.store.search(" OR ".join(f'"{w}"' for w in words), 3) if words else []
    closest = tuple(_cite(i, p) for i, p in enumerate(hits[:2], start=1))
    best = hits[0] if hits else None
    shared = {w for w in words if best and w in best.text.lower()}
    if best is None or len(shared) < min(2, len(words)):
        answer = Answer(question, "The sources do not say.", True, closest=closest)
    else:
        answer = Answer(question, f"{best.text} [1]", False, citations=(closest[0],))
    if session:
        self.store.add_turn(session, question, question, answer_json(answer))
    return answer


def _cite(n: int, passage: object) -> Citation:
    p = passage
    return Citation(n, p.source_id, p.start, p.end, p.text, p.origin, p.title)  # type: ignore[attr-defined]


@pytest.fixture
def anyio_backend() -> str:
    """Run async tests on asyncio."""
    return "asyncio"


@pytest.fixture
def desk_path(tmp_path: Path) -> Path:
    """Where a fresh desk lives."""
    return tmp_path / "desk.sqlite"


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer with the stand-in answerer."""
    monkeypatch.setattr(Desk, "ask", fake_ask)


@pytest.fixture
async def client(desk_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """An in-process client of the web desk over a fresh desk (no sockets)."""
    app = create_app(str(desk_path))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        yield c
    app.state.settings.pool.close()


@pytest.fixture
def count_sources(desk_path: Path) -> Iterator[object]:
    """How many sources the desk holds, read straight from the facade."""

    def count() -> int:
        with Desk(desk_path) as desk:
            return len(desk.sources())

    yield count


SCREENSHOTS = Path(tempfile.gettempdir()) / "sourcedesk-web-screenshots"
STARTED = time.time()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Name the folder the browser tests saved their screenshots in."""
    if SCREENSHOTS.is_dir() and any(
        p.stat().st_mtime >= STARTED for p in SCREENSHOTS.glob("*.png")
    ):
        terminalreporter.write_line(f"web desk screenshots: {SCREENSHOTS}")
