"""Rendering: the Jinja environment (autoescape on), page helpers and error responses.

Source text reaches HTML only through autoescaped expressions; links taken from sources are
kept only when they are http(s); a briefing's Markdown is rendered with raw HTML disabled.
"""

from __future__ import annotations

import difflib
import re
import secrets
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from sourcedesk.desk import Desk
from sourcedesk.errors import InputError, NotFound, UsageError
from sourcedesk.interfaces.render import disagreement_label, kind_label, own_author
from sourcedesk.interfaces.web.views import SESSION_NAME, Unavailable, history_view

SESSION_COOKIE = "sourcedesk_session"
CITATION_MARKER = re.compile(r"\[(\d{1,3})\]")
WORDS = re.compile(r"\w+|[^\w\s]+|\s+")
FOOTNOTE_DEF = re.compile(r"^\[\^(\d+)\]:[ \t]*(.*)$", re.M)
FOOTNOTE_REF = re.compile(r"\[\^(\d+)\]")
NOTE_PASSAGE = re.compile(r"`([A-Za-z0-9_-]{1,64})` chars (\d+)[–-](\d+)")
NAV = (
    ("/", "Sources"),
    ("/chat", "Ask"),
    ("/timeline", "Timeline"),
    ("/entities", "People & organisations"),
    ("/claims", "Claims"),
    ("/conflicts", "Conflicts"),
    ("/diff", "Diff"),
    ("/brief", "Briefing"),
)

TEMPLATES = Environment(
    loader=PackageLoader("sourcedesk.interfaces", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
# what a page is and who wrote it, said as the command line says it
TEMPLATES.globals.update(
    kind_label=kind_label, own_author=own_author, disagreement_label=disagreement_label
)


def passage_url(citation: dict[str, Any]) -> str:
    """The reader URL that opens a citation's source at its passage."""
    return (
        f"/sources/{quote(str(citation['source_id']), safe='')}?start={int(citation['start'])}"
        f"&end={int(citation['end'])}#passage"
    )


def answer_pieces(text: str, citations: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    """An answer cut at its `[n]` markers: (text, None) runs and (marker, citation) links."""
    by_n = {int(c["n"]): c for c in citations if "n" in c}
    pieces: list[tuple[str, Any]] = []
    last = 0
    for match in CITATION_MARKER.finditer(text):
        cited = by_n.get(int(match.group(1)))
        if cited is None:
            continue
        pieces += [(text[last : match.start()], None), (match.group(0), cited)]
        last = match.end()
    pieces.append((text[last:], None))
    return [p for p in pieces if p[0]]


def safe_href(url: Any) -> str | None:
    """A link target only when it is an http(s) URL (never javascript: or data:)."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None


def markdown_html(text: str) -> Markup:
    """Markdown rendered with raw HTML disabled, so source text in it stays escaped."""
    from markdown_it import MarkdownIt

    renderer = MarkdownIt("commonmark", {"html": False}).enable("table")
    return Markup(renderer.render(linked_notes(text)))  # raw HTML off: escaped


def linked_notes(text: str) -> str:
    """Markdown footnotes that name a passage (`id` chars a–b) turned into links to it."""
    targets: dict[str, str] = {}
    for note in FOOTNOTE_DEF.finditer(text):
        where = NOTE_PASSAGE.search(note.group(2))
        if where:
            cited = {"source_id": where[1], "start": where[2], "end": where[3]}
            targets[note.group(1)] = passage_url(cited)

    def definition(note: re.Match[str]) -> str:
        target = targets.get(note[1])
        body = NOTE_PASSAGE.sub(lambda w: f"[{w[0]}]({target})", note[2]) if target else note[2]
        return f"{note[1]}. {body}"

    def reference(ref: re.Match[str]) -> str:
        target = targets.get(ref[1])
        return f"[[{ref[1]}]]({target})" if target else f"[{ref[1]}]"

    return FOOTNOTE_REF.sub(reference, FOOTNOTE_DEF.sub(definition, text))


def word_diff(old: Any, new: Any) -> list[tuple[str, str]]:
    """Two sentences as runs of words marked `same`, `del` (only in old) or `ins` (only in new)."""
    a, b = WORDS.findall(_text(old)), WORDS.findall(_text(new))
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("".join(a[i1:i2]), "same"))
            continue
        if i2 > i1:
            runs.append(("".join(a[i1:i2]), "del"))
        if j2 > j1:
            runs.append(("".join(b[j1:j2]), "ins"))
    return runs


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("text") or value.get("quote") or "")
    return str(value or "")


TEMPLATES.globals.update(
    nav=NAV,
    passage_url=passage_url,
    safe_href=safe_href,
    markdown_html=markdown_html,
    answer_pieces=answer_pieces,
    word_diff=word_diff,
)


def page(name: str, code: int = 200, **context: Any) -> HTMLResponse:
    """A rendered template."""
    return HTMLResponse(TEMPLATES.get_template(name).render(**context), status_code=code)


def chat_page(
    request: Request, desk: Desk, name: str, status: int = 200, **context: Any
) -> HTMLResponse:
    """A page with the chat beside it; the session cookie is set when it was missing."""
    session = request.cookies.get(SESSION_COOKIE, "")
    fresh = not SESSION_NAME.match(session)
    if fresh:
        session = secrets.token_urlsafe(12)
    turns = [] if fresh else history_view(desk, session)
    next_url = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    response = page(name, status, session=session, turns=turns, next=next_url, **context)
    if fresh:
        set_session_cookie(response, session)
    return response


def set_session_cookie(response: Response, session: str) -> None:
    """Remember the chat session in the browser for a year."""
    response.set_cookie(SESSION_COOKIE, session, max_age=365 * 86400, samesite="lax", httponly=True)


def is_api(request: Request) -> bool:
    """Whether a request is for the JSON API."""
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, detail: str, **extra: Any) -> Response:
    """An error as JSON for the API, as a page otherwise."""
    if is_api(request):
        return JSONResponse({"detail": detail, **extra}, status_code=status)
    return page("error.html", status, status=status, detail=detail, current="")


def install_errors(app: FastAPI) -> None:
    """Map desk errors to clear 4xx answers."""
    statuses: dict[type[Exception], int] = {
        NotFound: 404, UsageError: 400, InputError: 422, Unavailable: 501,
    }  # fmt: skip
    for kind, status in statuses.items():
        app.add_exception_handler(kind, _handler(status))
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(HTTPException, _http_error)


def _handler(status: int) -> Callable[[Request, Exception], Response]:
    def handle(request: Request, exc: Exception) -> Response:
        return error_response(request, status, str(exc))

    return handle


def _invalid_request(request: Request, exc: Exception) -> Response:
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    if any(e.get("type") == "json_invalid" for e in errors):
        where = errors[0].get("ctx", {}).get("error", "")
        return error_response(request, 400, f"malformed JSON body ({where})")
    problems = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'body'}: {e.get('msg', '')}"
        for e in errors
    )
    return error_response(request, 422, f"invalid request: {problems}", errors=_plain(errors))


def _plain(errors: Sequence[Any]) -> list[dict[str, Any]]:
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in errors]


def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    detail = exc.detail if isinstance(exc, HTTPException) else str(exc)
    return error_response(request, status, str(detail))
