"""The web desk in a real browser (Playwright driving Debian's Chromium) on a desk of the seeds.

Skips when Playwright or a `chromium` on PATH is missing, or ../shared/seeds is absent.
Screenshots of each page go to the folder printed at the end of the run.
"""

from __future__ import annotations

import importlib.util
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sourcedesk.desk import Desk
from tests.conftest import seed_files
from tests.web.conftest import HAS_ANSWERER, SCREENSHOTS, fake_ask

if importlib.util.find_spec("playwright") is None:
    pytest.skip("Playwright is not installed (pip install playwright)", allow_module_level=True)
if shutil.which("chromium") is None:
    pytest.skip("no chromium on PATH (apt-get install chromium)", allow_module_level=True)

import uvicorn
from playwright.sync_api import Browser, Page, expect, sync_playwright

from sourcedesk.interfaces.web import create_app

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
LAPTOP = {"width": 1366, "height": 850}
PHONE = {"width": 390, "height": 844}
TIMEOUT_MS = 20_000

# Invented captures (nothing from the seeds): an article whose text mentions a script tag, and a
# page whose furniture carries live script and an image with an onerror handler.
SCRIPT_CAPTURE = b"""Quay notes

Log in | Subscribe | Accept all cookies

The quay festival in Orrin drew a record crowd this year, the organisers said on Monday.
One stall sold prints captioned <script>window.__pwned = 1</script> as a joke about hackers.
Another showed <img src=x onerror="window.__pwned = 2"> on a poster about web safety.
The festival returns next June with a larger market on the north pier.

Share this | Comments (0) | Related stories
"""
FURNITURE_HTML = b"""<!doctype html><html><head><title>Orrin pier reopens</title>
<script>window.__pwned = 3</script></head><body>
<nav><a href="/">Home</a><script>window.__pwned = 4</script></nav>
<article><h1>Orrin pier reopens</h1>
<p>The north pier in Orrin reopened on Friday after two years of repairs to its timber deck.</p>
<p>The council said the work cost less than planned because the old piles could be reused.</p>
<p>Fishing boats will return to the pier next month, the harbour office said.</p></article>
<footer onclick="window.__pwned = 5">Cookies <script>window.__pwned = 6</script></footer>
</body></html>"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A web desk on loopback over an empty desk; the real answerer when it exists."""
    seed_files()  # skips without ../shared/seeds
    patch = pytest.MonkeyPatch()
    if not HAS_ANSWERER:
        patch.setattr(Desk, "ask", fake_ask)
    app = create_app(str(tmp_path_factory.mktemp("web") / "desk.sqlite"))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    patch.undo()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, driven by Playwright."""
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A fresh laptop-sized tab; any dialog the page opens by itself fails the test."""
    context = browser.new_context(viewport=LAPTOP, base_url=base_url)
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    dialogs: list[str] = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    yield tab
    context.close()
    assert dialogs == [], f"the page opened dialogs: {dialogs}"


def shot(page: Page, name: str) -> None:
    """Save what the window shows under the run's screenshot folder."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def add_through_page(page: Page, files: list[Path]) -> list[str]:
    """Add files with the page's file picker; the statuses the page reports."""
    page.goto("/")
    before = page.locator("#progress li.result").count()
    page.set_input_files("#files", [str(f) for f in files])
    page.get_by_role("button", name="Add files").click()
    expect(page.locator("#progress li.result")).to_have_count(before + len(files), timeout=60_000)
    return page.locator("#progress li.result .status").all_text_contents()[before:]


@pytest.fixture(scope="module")
def seeded(browser: Browser, base_url: str) -> list[str]:
    """The five seeds added through the page once for the module; their statuses."""
    context = browser.new_context(viewport=LAPTOP, base_url=base_url)
    tab = context.new_page()
    statuses = add_through_page(tab, seed_files())
    shot(tab, "01-sources-after-adding")
    context.close()
    return statuses


def ask(page: Page, question: str) -> Any:
    """Type a question in the chat and wait for its turn; the API's answer."""
    turns = page.locator("#turns > li.turn")
    before = turns.count()
    page.get_by_label("Your question").fill(question)
    with page.expect_response("**/api/ask") as response:
        page.get_by_label("Your question").press("Enter")
    expect(turns).to_have_count(before + 1)
    return response.value.json()


def marked_text(page: Page) -> str:
    """What the reader shows highlighted."""
    return "".join(page.locator("mark.hl").all_text_contents())


def test_add_files_through_the_page(page: Page, seeded: list[str]) -> None:
    assert len(seeded) == 5 and set(seeded) <= {"added", "revision", "duplicate"}
    page.goto("/")
    expect(page.locator("table.sources tbody tr")).to_have_count(5)
    expect(page.get_by_role("link", name="what changed")).to_have_count(1)  # the revision pair
    page.set_viewport_size(PHONE)
    shot(page, "02-sources-phone")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_read_a_source_with_sections_references_and_cuts(page: Page, seeded: list[str]) -> None:
    page.goto("/")
    page.locator("table.sources tbody tr").first.get_by_role("link").first.click()
    expect(page.locator("#doc-title")).to_be_visible()
    expect(page.get_by_role("navigation", name="Sections")).to_be_visible()
    expect(page.locator(".references li").first).to_be_visible()
    cut = page.locator("details.removed")
    expect(cut.locator("li").first).to_be_hidden()
    cut.locator("summary").click()
    expect(cut.locator("li").first).to_be_visible()
    shot(page, "03-reader")


def test_ask_and_follow_the_citation_to_the_exact_passage(page: Page, seeded: list[str]) -> None:
    page.goto("/chat")
    answer = ask(page, "When did Ukraine sever diplomatic relations with North Korea?")
    assert not answer["abstained"] and answer["citations"]
    quote = answer["citations"][0]["quote"]
    shot(page, "04-chat-answer")
    page.locator("#turns > li.turn").last.locator("a.cite").first.click()
    page.wait_for_url("**/sources/**")
    assert marked_text(page) == quote
    expect(page.locator("#passage")).to_be_in_viewport()
    shot(page, "05-reader-at-citation")
    # The chat survived the page change; clicking the citation again highlights in place.
    page.evaluate("window.scrollTo(0, 0)")
    page.locator("#turns > li.turn").last.locator("a.cite").first.click()
    assert marked_text(page) == quote
    expect(page.locator("#passage")).to_be_in_viewport()


def test_a_follow_up_and_the_conversation_survives_a_reload(page: Page, seeded: list[str]) -> None:
    page.goto("/chat")
    with page.expect_navigation():  # the form posts and reloads; ask only on the new page
        page.get_by_role("button", name="New conversation").click()
    first = ask(page, "When did Ukraine sever diplomatic relations with North Korea?")
    follow = ask(page, "Why?")
    assert follow["answer"] and follow["question"] == "Why?"
    if HAS_ANSWERER:  # the stand-in does not resolve follow-ups
        assert not follow["abstained"] and "sever" in follow.get("resolved_question", "")
    page.reload()
    turns = page.locator("#turns > li.turn")
    expect(turns).to_have_count(2)
    expect(turns.first.locator(".q")).to_contain_text(first["question"])
    shot(page, "06-follow-up-after-reload")


def test_an_unanswerable_question_looks_different(page: Page, seeded: list[str]) -> None:
    page.goto("/chat")
    answer = ask(page, "Who won the 1998 football World Cup?")
    assert answer["abstained"]
    turn = page.locator("#turns > li.turn").last
    expect(turn).to_have_class("turn abstained")
    expect(turn.locator(".badge")).to_have_text("Not in the sources")
    answered = page.evaluate(
        "getComputedStyle(document.querySelector('.turn:not(.abstained) .a') || document.body)"
        ".borderLeftStyle"
    )
    abstained = turn.locator(".a").evaluate("e => getComputedStyle(e).borderLeftStyle")
    assert abstained == "dashed" and answered != abstained
    shot(page, "07-abstention")


def test_script_in_a_source_renders_inert(page: Page, seeded: list[str], tmp_path: Path) -> None:
    capture, html = tmp_path / "quay-notes.txt", tmp_path / "pier.html"
    capture.write_bytes(SCRIPT_CAPTURE)
    html.write_bytes(FURNITURE_HTML)
    assert add_through_page(page, [capture, html]) == ["added", "added"]
    for title in ("Quay notes", "Orrin pier reopens"):
        page.goto("/")
        page.get_by_role("link", name=title, exact=True).click()
        expect(page.locator("#doc-title")).to_have_text(title)
        assert page.evaluate("window.__pwned") is None
    page.goto("/")
    page.get_by_role("link", name="Quay notes", exact=True).click()
    expect(page.locator("#text")).to_contain_text("<script>window.__pwned = 1</script>")
    assert page.locator("#text script, #text img").count() == 0
    shot(page, "08-script-shown-as-text")


def test_timeline_and_conflicts_pages(page: Page, seeded: list[str]) -> None:
    for path, name in (("/timeline", "09-timeline"), ("/conflicts", "10-conflicts")):
        page.goto(path)
        expect(page.locator("main h1")).to_be_visible()
        shot(page, name)
    if hasattr(Desk, "timeline"):
        page.goto("/timeline")
        marker = page.locator("a.marker").first
        expect(marker).to_be_visible()
        href = marker.get_attribute("href") or ""
        marker.click()
        page.wait_for_url("**/sources/**")
        assert marked_text(page)
        assert "start=" in href


def test_remove_asks_first(page: Page, seeded: list[str], tmp_path: Path) -> None:
    doomed = tmp_path / "doomed.txt"
    doomed.write_bytes(SCRIPT_CAPTURE.replace(b"Quay notes", b"Doomed notes"))
    add_through_page(page, [doomed])
    remove_link = page.get_by_role("link", name="Remove Doomed notes")
    expect(remove_link).to_be_visible()  # the list refreshes after the upload finishes
    rows = page.locator("table.sources tbody tr")
    count = rows.count()
    remove_link.click()
    dialog = page.locator("dialog#confirm-remove")
    expect(dialog).to_be_visible()
    shot(page, "11-remove-confirm")
    dialog.get_by_role("button", name="Keep it").click()
    expect(rows).to_have_count(count)
    remove_link.click()
    dialog.get_by_role("button", name="Remove").click()
    expect(rows).to_have_count(count - 1)


def test_keyboard_and_accessible_names(page: Page, seeded: list[str]) -> None:
    page.goto("/chat")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.keyboard.press("Enter")
    page.get_by_label("Your question").focus()
    page.keyboard.type("When did North Korea close its embassy in Kyiv?")
    page.keyboard.press("Enter")
    expect(page.locator("#turns > li.turn").last.locator(".q")).to_contain_text("embassy")
    reader = page.locator("#turns a.cite").first.get_attribute("href") or "/"
    for path in ("/", reader, "/timeline", "/diff"):
        page.goto(path)
        unnamed = page.evaluate(UNNAMED_CONTROLS)
        assert unnamed == [], f"{path}: controls without an accessible name: {unnamed}"


def test_phone_width_reader_and_chat(browser: Browser, base_url: str, seeded: list[str]) -> None:
    context = browser.new_context(viewport=PHONE, base_url=base_url, is_mobile=True)
    tab = context.new_page()
    tab.goto("/")
    tab.locator("table.sources tbody tr").first.get_by_role("link").first.click()
    expect(tab.locator("#doc-title")).to_be_visible()
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    shot(tab, "12-reader-phone")
    context.close()


UNNAMED_CONTROLS = """() => [
  ...document.querySelectorAll('a[href], button, input, select, textarea')]
  .filter(e => e.type !== 'hidden' && !e.closest('dialog:not([open])'))
  .filter(e => {
    const label = e.id && document.querySelector(`label[for="${e.id}"]`);
    const name = e.getAttribute('aria-label') || (label && label.textContent) || e.textContent;
    return !(name && name.trim());
  })
  .map(e => e.outerHTML.slice(0, 80))"""
