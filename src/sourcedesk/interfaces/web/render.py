"""Rendering: the Jinja environment (autoescape on), page helpers and error responses.

Source text reaches HTML only through autoescaped expressions; links taken from sources are
kept only when they are http(s); a briefing's Markdown is rendered with raw HTML disabled.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from sourcedesk.desk import Desk
from sourcedesk.errors import InputError, NotFound, UsageError
from sourcedesk.interfaces.web.views import SESSION_NAME, Unavailable, history_view

SESSION_COOKIE = "sourcedesk_session"
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


def passage_url(citation: dict[str, Any]) -> str:
    """The reader URL that opens a citation's source at its passage."""
    return (
        f"/sources/{citation['source_id']}?start={int(citation['start'])}"
        f"&end={int(citation['end'])}#passage"
    )


def safe_href(url: Any) -> str | None:
    """A link target only when it is an http(s) URL (never javascript: or data:)."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None


def markdown_html(text: str) -> Markup:
    """Markdown rendered with raw HTML disabled, so source text in it stays escaped."""
    from markdown_it import MarkdownIt

    return Markup(MarkdownIt("commonmark", {"html": False}).render(text))  # raw HTML off: escaped


TEMPLATES.globals.update(
    nav=NAV, passage_url=passage_url, safe_href=safe_href, markdown_html=markdown_html
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


def _plain(errors: list[Any]) -> list[dict[str, Any]]:
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in errors]


def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    detail = exc.detail if isinstance(exc, HTTPException) else str(exc)
    return error_response(request, status, str(detail))
