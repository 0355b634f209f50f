"""The JSON API and the pages, in-process through httpx's ASGI transport: every endpoint,
its good answers and its clear refusals (nothing written on bad input)."""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from sourcedesk.desk import Desk
from sourcedesk.errors import UsageError
from sourcedesk.interfaces.web import create_app, serve
from sourcedesk.interfaces.web.guard import PublicOnlyTransport, check_url
from tests.web.conftest import FERRY_HTML, PNG, SCRIPT_TEXT

pytestmark = pytest.mark.anyio


async def upload(
    client: httpx.AsyncClient, *files: tuple[str, bytes], **data: str
) -> httpx.Response:
    """POST files to the upload endpoint."""
    parts = [("files", (name, body, "application/octet-stream")) for name, body in files]
    return await client.post("/api/sources", files=parts, data=data)


async def added_id(
    client: httpx.AsyncClient, name: str = "ferry.html", body: bytes = FERRY_HTML
) -> str:
    """Upload one page and return its id."""
    response = await upload(client, (name, body))
    assert response.status_code == 200, response.text
    return str(response.json()[0]["id"])


# -- sources -------------------------------------------------------------------------------


async def test_upload_then_list_and_show(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/sources")).json() == []
    response = await upload(client, ("ferry.html", FERRY_HTML))
    [result] = response.json()
    assert result["status"] == "added" and result["title"] == "Ferry line to close in September"
    [listed] = (await client.get("/api/sources")).json()
    assert listed["id"] == result["id"] and listed["kind"] in ("news", "other")
    shown = (await client.get(f"/api/sources/{result['id']}")).json()
    assert "stop running in September" in shown["text"]
    assert [s["heading"] for s in shown["sections"]] == ["Reactions"]
    assert "Subscribe to our newsletter. Accept cookies." not in shown["text"]
    again = (await upload(client, ("ferry.html", FERRY_HTML))).json()
    assert again[0]["status"] == "unchanged"


async def test_several_files_in_one_request(client: httpx.AsyncClient) -> None:
    response = await upload(client, ("ferry.html", FERRY_HTML), ("notes.txt", SCRIPT_TEXT))
    assert [r["status"] for r in response.json()] == ["added", "added"]
    assert len((await client.get("/api/sources")).json()) == 2


async def test_an_upload_name_is_never_a_path(client: httpx.AsyncClient) -> None:
    response = await upload(client, ("../../etc/passwd.txt", SCRIPT_TEXT))
    assert response.json()[0]["origin"] == "passwd.txt"


async def test_oversize_upload_is_413_and_writes_nothing(
    client: httpx.AsyncClient, count_sources: Callable[[], int]
) -> None:
    big = b"<p>" + b"a" * (21 * 1024 * 1024) + b"</p>"
    response = await upload(client, ("big.html", big))
    assert response.status_code == 413 and "20 MB" in response.json()["detail"]
    just_over = b"<p>" + b"a" * (20 * 1024 * 1024) + b"</p>"  # fits the body, not the page cap
    response = await upload(client, ("big.html", just_over))
    assert response.status_code == 422 and "too large" in response.json()["detail"]
    assert count_sources() == 0


async def test_oversize_streamed_upload_without_length_is_413(
    client: httpx.AsyncClient, count_sources: Callable[[], int]
) -> None:
    async def chunks() -> Any:
        boundary = b'--x\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n'
        yield boundary
        for _ in range(21):
            yield b"a" * (1024 * 1024)
        yield b"\r\n--x--\r\n"

    response = await client.post(
        "/api/sources",
        content=chunks(),
        headers={"content-type": "multipart/form-data; boundary=x"},
    )
    assert response.status_code == 413
    assert count_sources() == 0


@pytest.mark.parametrize(
    ("name", "body", "reason"),
    [
        ("photo.html", PNG, "binary file (a PNG image)"),
        ("empty.txt", b"   \n", "empty page"),
        ("nul.txt", b"abc\x00\x01\x02\x03" * 100, "binary"),
    ],
)
async def test_unreadable_upload_is_422_and_writes_nothing(
    client: httpx.AsyncClient, count_sources: Callable[[], int], name: str, body: bytes, reason: str
) -> None:
    response = await upload(client, (name, body))
    assert response.status_code == 422
    assert (
        reason in response.json()["detail"] and response.json()["results"][0]["status"] == "error"
    )
    assert count_sources() == 0


async def test_upload_without_files_or_with_a_bad_date_is_refused(
    client: httpx.AsyncClient, count_sources: Callable[[], int]
) -> None:
    assert (await client.post("/api/sources", data={"published": "2022-07-14"})).status_code == 422
    response = await upload(client, ("ferry.html", FERRY_HTML), published="not a date")
    assert response.status_code == 400 and "not a date" in response.json()["detail"]
    assert count_sources() == 0


async def test_unknown_ids_are_404(client: httpx.AsyncClient) -> None:
    for method, path in [
        ("GET", "/api/sources/0123456789ab"),
        ("DELETE", "/api/sources/0123456789ab"),
        ("GET", "/api/sources/0123456789ab/dates"),
        ("GET", "/sources/0123456789ab"),
    ]:
        response = await client.request(method, path)
        assert response.status_code == 404, path
    assert "no source with this id" in (await client.get("/api/sources/abc")).json()["detail"]
    assert "no source with this id" in (await client.get("/sources/abc")).text
    assert (await client.get("/api/sources/..%2F..%2Fetc")).status_code in (404, 422)


async def test_remove_a_source(client: httpx.AsyncClient) -> None:
    sid = await added_id(client)
    response = await client.delete(f"/api/sources/{sid}")
    assert response.status_code == 200 and response.json()["removed"]["id"] == sid
    assert (await client.get("/api/sources")).json() == []
    assert (await client.delete(f"/api/sources/{sid}")).status_code == 404


async def test_remove_through_the_confirmation_page(client: httpx.AsyncClient) -> None:
    sid = await added_id(client)
    confirm = await client.get(f"/sources/{sid}/delete")
    assert (
        "Remove this source?" in confirm.text and f'action="/sources/{sid}/delete"' in confirm.text
    )
    response = await client.post(f"/sources/{sid}/delete")
    assert response.status_code == 303 and response.headers["location"] == "/"
    assert (await client.get("/api/sources")).json() == []


# -- adding by URL -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/page.html",
        "javascript:alert(1)",
        "http://127.0.0.1:9/page.html",
        "http://localhost/page.html",
        "http://[::1]/page.html",
        "http://10.1.2.3/page.html",
        "http://192.168.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://2130706433/",
        "http://0.0.0.0/",
    ],
)
async def test_url_adds_refuse_files_and_private_hosts(
    client: httpx.AsyncClient, count_sources: Callable[[], int], url: str
) -> None:
    response = await client.post("/api/sources/url", json={"url": url})
    assert response.status_code == 400, response.text
    assert re.search(r"only http|loopback or private|cannot resolve", response.json()["detail"])
    assert count_sources() == 0


def test_every_redirect_hop_is_checked() -> None:
    with pytest.raises(UsageError, match="loopback or private"):
        PublicOnlyTransport().handle_request(httpx.Request("GET", "http://127.0.0.1:9/x"))
    assert check_url("http://127.0.0.1:9/x", allow_private=True) == "http://127.0.0.1:9/x"


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, body = (200, FERRY_HTML) if self.path == "/ferry.html" else (404, b"gone")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def local_site() -> Any:
    """A page server on loopback."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


async def test_a_desk_that_allows_private_urls_fetches_them(
    desk_path: Any, local_site: str
) -> None:
    app = create_app(str(desk_path), allow_private_urls=True)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
        ok = await c.post("/api/sources/url", json={"url": f"{local_site}/ferry.html"})
        assert ok.status_code == 200 and ok.json()["status"] == "added"
        gone = await c.post("/api/sources/url", json={"url": f"{local_site}/missing.html"})
        assert gone.status_code == 422 and "HTTP 404" in gone.json()["detail"]
        assert len((await c.get("/api/sources")).json()) == 1


# -- malformed requests --------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/ask", "/api/sources/url"])
async def test_malformed_json_is_a_clear_400(client: httpx.AsyncClient, path: str) -> None:
    response = await client.post(
        path, content=b'{"question": ', headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["detail"].startswith("malformed JSON body")


async def test_missing_fields_are_422_naming_the_field(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/ask", json={"session": "s1"})
    assert response.status_code == 422 and "question" in response.json()["detail"]


# -- asking --------------------------------------------------------------------------------


@pytest.mark.usefixtures("stand_in")
async def test_ask_cites_passages_that_hold(client: httpx.AsyncClient) -> None:
    await added_id(client)
    response = await client.post("/api/ask", json={"question": "When will the ferry stop running?"})
    body = response.json()
    assert response.status_code == 200 and not body["abstained"]
    [c] = body["citations"]
    text = (await client.get(f"/api/sources/{c['source_id']}")).json()["text"]
    assert text[c["start"] : c["end"]] == c["quote"]


@pytest.mark.usefixtures("stand_in")
async def test_a_session_keeps_its_turns(client: httpx.AsyncClient) -> None:
    await added_id(client)
    await client.post(
        "/api/ask", json={"question": "When will the ferry stop running?", "session": "s1"}
    )
    await client.post("/api/ask", json={"question": "Who won the chess final?", "session": "s1"})
    turns = (await client.get("/api/sessions/s1")).json()["turns"]
    assert [t["abstained"] for t in turns] == [False, True]
    assert (await client.get("/api/sessions/never-used")).json()["turns"] == []


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({"question": "   "}, 400, "the question is empty"),
        ({"question": "Why?", "session": "../../x"}, 400, "session"),
        ({"question": "x" * 1001}, 422, "question"),
    ],
)
@pytest.mark.usefixtures("stand_in")
async def test_bad_questions_are_refused(
    client: httpx.AsyncClient, body: dict[str, str], status: int, detail: str
) -> None:
    response = await client.post("/api/ask", json=body)
    assert response.status_code == status and detail in response.json()["detail"]


async def test_ask_without_an_answerer_is_501(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(self: Desk, question: str, *, session: str | None = None) -> None:
        raise ModuleNotFoundError("no answerer", name="sourcedesk.answer.conversation")

    monkeypatch.setattr(Desk, "ask", missing)
    response = await client.post("/api/ask", json={"question": "When?"})
    assert response.status_code == 501 and "not available yet" in response.json()["detail"]


@pytest.mark.usefixtures("stand_in")
async def test_the_form_fallback_asks_and_returns_to_the_page(client: httpx.AsyncClient) -> None:
    sid = await added_id(client)
    page = await client.get(f"/sources/{sid}")
    session = re.search(r'name="session" value="([^"]+)"', page.text)
    assert session and client.cookies.get("sourcedesk_session") == session.group(1)
    form = {
        "question": "Who is the harbour master?",
        "session": session.group(1),
        "next": f"/sources/{sid}",
    }
    response = await client.post("/ask", data=form)
    assert response.status_code == 303 and response.headers["location"] == f"/sources/{sid}"
    reloaded = (await client.get(f"/sources/{sid}")).text
    assert "Who is the harbour master?" in reloaded and 'class="cite"' in reloaded
    evil = await client.post("/ask", data={**form, "next": "//evil.example/"})
    assert evil.headers["location"] == "/chat"


async def test_new_conversation_gets_a_new_session(client: httpx.AsyncClient) -> None:
    await client.get("/chat")
    before = client.cookies.get("sourcedesk_session")
    response = await client.post("/chat/new", data={"next": "/chat"})
    assert response.status_code == 303 and client.cookies.get("sourcedesk_session") not in (
        None,
        before,
    )


# -- the reader ----------------------------------------------------------------------------


async def test_reader_highlights_exactly_the_range(client: httpx.AsyncClient) -> None:
    sid = await added_id(client)
    text = (await client.get(f"/api/sources/{sid}")).json()["text"]
    start = text.index("The harbour master")
    end = text.index(".", start) + 1
    page = (await client.get(f"/sources/{sid}?start={start}&end={end}")).text
    marks = re.findall(r'<mark class="hl"[^>]*>(.*?)</mark>', page, re.S)
    assert [html.unescape(m) for m in marks] == [text[start:end]]
    assert 'id="passage"' in page and 'id="at-' in page and ">Reactions</h2>" in page


async def test_a_range_outside_the_text_is_ignored_with_a_note(client: httpx.AsyncClient) -> None:
    sid = await added_id(client)
    page = (await client.get(f"/sources/{sid}?start=5&end=999999")).text
    assert "<mark" not in page and "outside this source" in page


async def test_source_text_is_escaped_everywhere(client: httpx.AsyncClient) -> None:
    sid = await added_id(client, "notes.txt", SCRIPT_TEXT)
    text = (await client.get(f"/api/sources/{sid}")).json()["text"]
    assert '<script>alert("pwned")</script>' in text  # kept as text ...
    start = text.index("<script>")
    for path in ("/", f"/sources/{sid}?start={start}&end={start + 8}", f"/sources/{sid}"):
        page = (await client.get(path)).text
        assert "<script>alert" not in page  # ... and never markup
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in page


async def test_what_was_cut_is_offered_on_demand(client: httpx.AsyncClient) -> None:
    sid = await added_id(client, "notes.txt", SCRIPT_TEXT)
    removed = (await client.get(f"/api/sources/{sid}")).json()["removed"]
    page = (await client.get(f"/sources/{sid}")).text
    assert removed and f"What was cut: {len(removed)} lines" in page and "<details" in page


# -- research views ------------------------------------------------------------------------

EVENT = {
    "date": "2023-09",
    "text": "the ferry stops <b>running</b>",
    "citations": [{"n": 1, "source_id": "s1", "start": 0, "end": 3, "quote": "The"}],
}


def returning(value: Any) -> Callable[..., Any]:
    """A Desk method that returns `value`."""
    return lambda self, *args: value


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/timeline", "The timeline"),
        ("/entities", "People and organisations"),
        ("/claims", "Claims"),
        ("/conflicts", "Conflicts"),
        ("/brief", "The briefing"),
    ],
)
async def test_views_say_not_available_until_their_method_lands(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch, path: str, title: str
) -> None:
    monkeypatch.delattr(Desk, path.strip("/"), raising=False)
    page = await client.get(path)
    assert page.status_code == 200 and f"{title} is not available yet" in page.text
    assert (await client.get("/api" + path)).status_code == 501


async def test_views_light_up_when_the_desk_has_them(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = {
        **EVENT,
        "date": "2021",
        "text": "a new quay",
        "citations": [{**EVENT["citations"][0], "source_id": "s2"}],
    }
    entity = {
        "name": "Ida Brennan",
        "type": "person",
        "aliases": ["I. Brennan"],
        "roles": ["harbour master"],
        "mentions": 2,
        "citations": EVENT["citations"],
    }
    sides = [
        {"text": "four million", "label": "the third to pay", "citations": EVENT["citations"]},
        {"text": "six million", "citations": []},
    ]
    conflict = {"about": "cost", "type": "ordinal", "sides": sides}
    for name, value in [
        ("timeline", [other, EVENT]),
        ("entities", [entity]),
        ("conflicts", [conflict]),
    ]:
        monkeypatch.setattr(Desk, name, returning(value), raising=False)
    assert (await client.get("/api/timeline?source=s1")).json() == [EVENT]
    assert (await client.get("/api/timeline?entity=Ida Brennan")).json() == []
    assert (await client.get("/api/entities")).json()[0]["roles"] == ["harbour master"]
    page = (await client.get("/timeline")).text
    assert "<b>running</b>" not in page and "&lt;b&gt;running&lt;/b&gt;" in page
    assert page.index(">2021</h2>") < page.index(">2023</h2>")
    assert 'href="/sources/s1?start=0&amp;end=3#passage"' in page
    sides = (await client.get("/conflicts")).text
    assert "four million" in sides and "six million" in sides and sides.count('class="side"') == 2
    assert (
        "<h3>the third to pay" in sides and "<h3>Side 2" in sides
    )  # a side's label, else its place


async def test_diff_and_dates_call_the_desk_with_resolved_ids(
    client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = await added_id(client)
    seen: list[tuple[str, ...]] = []

    def diff(self: Desk, a: str, b: str) -> dict[str, Any]:
        seen.append((a, b))
        return {"same_article": True, "newer": b, "added": ["x"], "removed": [], "changed": []}

    monkeypatch.setattr(Desk, "diff", diff, raising=False)
    response = await client.get(f"/api/diff?a={sid[:6]}&b={sid}")
    assert response.json()["added"] == ["x"] and seen == [(sid, sid)]
    assert "Two revisions of the same article" in (await client.get(f"/diff?a={sid}&b={sid}")).text
    assert (await client.get(f"/api/diff?a={sid}&b=0123456789ab")).status_code == 404


# -- the guard -----------------------------------------------------------------------------


async def test_a_token_is_required_when_set(desk_path: Any) -> None:
    app = create_app(str(desk_path), token="s3cret")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://desk.lan:8000") as c:
        assert (await c.get("/api/sources")).status_code == 401
        assert (await c.get("/", headers={"accept": "text/html"})).status_code == 401
        assert (
            await c.get("/api/sources", headers={"authorization": "Bearer wrong"})
        ).status_code == 401
        assert (
            await c.get("/api/sources", headers={"authorization": "Bearer s3cret"})
        ).status_code == 200
        login = await c.get("/?token=s3cret")
        assert login.status_code == 303 and login.headers["location"] == "/"
        assert (await c.get("/api/sources")).status_code == 200  # the cookie now carries it


async def test_only_loopback_host_names_are_served_without_a_token(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/api/sources", headers={"host": "rebound.example"})
    assert response.status_code == 400 and "Host" in response.json()["detail"]


async def test_cross_site_writes_are_refused(
    client: httpx.AsyncClient, count_sources: Callable[[], int]
) -> None:
    parts = [("files", ("ferry.html", FERRY_HTML, "text/html"))]
    refused = [
        {"origin": "http://evil.example"},
        {"origin": "null"},
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site", "origin": "http://127.0.0.1:3000"},
    ]
    for headers in refused:
        response = await client.post("/api/sources", files=parts, headers=headers)
        assert response.status_code == 403
    assert count_sources() == 0
    same = await client.post("/api/sources", files=parts, headers={"origin": "http://127.0.0.1"})
    assert same.status_code == 200


def test_serving_beyond_loopback_needs_a_token(desk_path: Any) -> None:
    with pytest.raises(UsageError, match="needs --token"):
        serve(str(desk_path), host="0.0.0.0", port=8765, token=None)


async def test_pages_forbid_inline_script_and_static_files_come_from_memory(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    js = await client.get("/static/desk.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    for path in ("/static/__init__.py", "/static/..%2F..%2Fweb%2F__init__.py", "/static/"):
        assert (await client.get(path)).status_code == 404


async def test_openapi_lists_every_endpoint(client: httpx.AsyncClient) -> None:
    paths = set((await client.get("/openapi.json")).json()["paths"])
    expected = {
        "/api/sources", "/api/sources/url", "/api/sources/{source_id}",
        "/api/sources/{source_id}/dates", "/api/ask", "/api/sessions/{session}", "/api/timeline",
        "/api/entities", "/api/claims", "/api/conflicts", "/api/diff", "/api/brief",
    }  # fmt: skip
    assert paths == expected
    assert (await client.get("/docs")).status_code == 200


async def test_pages_render_for_people(client: httpx.AsyncClient) -> None:
    sid = await added_id(client)
    for path in (
        "/",
        "/chat",
        f"/sources/{sid}",
        "/diff",
        "/claims?status=single",
        "/entities?type=person",
    ):
        page = await client.get(path)
        assert page.status_code == 200 and page.text.startswith("<!doctype html>"), path
    form = await client.post(
        "/sources", files=[("files", ("notes.txt", SCRIPT_TEXT, "text/plain"))]
    )
    assert form.status_code == 200 and "Harbour notes" in form.text and "added" in form.text


def test_readers_see_a_consistent_desk_while_adds_run(desk_path: Any) -> None:
    app = create_app(str(desk_path))
    pool = app.state.settings.pool
    pages = [(f"page{i}.txt", SCRIPT_TEXT.replace(b"June", f"June {i}".encode())) for i in range(8)]
    errors: list[BaseException] = []

    def add_all() -> None:
        with pool.writing() as desk:
            for name, body in pages:
                desk.add_bytes(name, body)

    def read_all() -> None:
        try:
            for _ in range(40):
                with pool.reading() as desk:
                    for source in desk.sources():
                        shown = desk.show(source.id)
                        assert shown["text"] and shown["removed"]
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=add_all),
        *(threading.Thread(target=read_all) for _ in range(3)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Desk(desk_path) as desk:
        assert len(desk.sources()) == 8
    pool.close()
