"""The routes: JSON under `/api` (in the OpenAPI schema) and the pages beside them.

Each page and its JSON twin call the same view function; the page renders a template.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from sourcedesk.errors import NotFound
from sourcedesk.interfaces import serialize as ser
from sourcedesk.interfaces.web.render import chat_page, page, set_session_cookie
from sourcedesk.interfaces.web.views import (
    MAX_QUESTION_CHARS,
    Unavailable,
    add_uploads,
    add_url,
    ask_view,
    history_view,
    research,
    settings,
    timeline_view,
)
from sourcedesk.research.claim_data import NONE_FOUND

SOURCE_ID = r"^[A-Za-z0-9_-]{1,64}$"
STATIC_FILES = {"desk.css": "text/css", "desk.js": "text/javascript"}
SourceId = Annotated[str, Query(pattern=SOURCE_ID)]


class UrlAdd(BaseModel):
    """A page to fetch and add."""

    url: str = Field(description="An http(s) URL of a public page.", max_length=2000)
    published: str | None = Field(None, description="Publication date when the page lacks one.")


class Question(BaseModel):
    """A question for the desk."""

    question: str = Field(description="What to ask.", max_length=MAX_QUESTION_CHARS)
    session: str | None = Field(None, description="A conversation to continue (follow-ups).")


api = APIRouter(tags=["desk"])
pages = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PathId = Annotated[str, PathParam(pattern=SOURCE_ID)]
Published = Annotated[str | None, Form(description="Publication date for pages without one.")]
Files = Annotated[list[UploadFile], File(description="Pages to add (HTML, text, wikitext).")]


@api.get("/sources", summary="List the sources")
def api_sources(request: Request) -> list[dict[str, Any]]:
    """Every source, in the order added."""
    with settings(request).pool.reading() as desk:
        return [ser.source_summary(s) for s in desk.sources()]


@api.post("/sources", summary="Add uploaded pages", responses={413: {}, 422: {}})
def api_upload(request: Request, files: Files, published: Published = None) -> JSONResponse:
    """Add uploaded files (20 MB cap each request); 422 when none could be added."""
    results = add_uploads(settings(request).pool, files, published)
    if all(r["status"] == "error" for r in results):
        reasons = "; ".join(f"{r['origin']}: {r['error']}" for r in results)
        return JSONResponse({"detail": f"nothing added: {reasons}", "results": results}, 422)
    return JSONResponse(results)


@api.post("/sources/url", summary="Add a page by URL", responses={400: {}, 422: {}})
def api_add_url(request: Request, body: UrlAdd) -> dict[str, Any]:
    """Fetch a public http(s) page and add it."""
    return add_url(settings(request), body.url, body.published)


@api.get("/sources/{source_id}", summary="Show a source", responses={404: {}})
def api_source(request: Request, source_id: PathId) -> dict[str, Any]:
    """A source with its clean text, sections, references and what was cut."""
    with settings(request).pool.reading() as desk:
        return desk.show(source_id)


@api.delete("/sources/{source_id}", summary="Remove a source", responses={404: {}})
def api_remove(request: Request, source_id: PathId) -> dict[str, Any]:
    """Remove a source and everything derived from it."""
    with settings(request).pool.writing() as desk:
        return {"removed": ser.source_summary(desk.remove(source_id))}


@api.get("/sources/{source_id}/dates", summary="Dates in a source", responses={501: {}})
def api_dates(request: Request, source_id: PathId) -> Any:
    """Every date expression in a source with its normalised value."""
    with settings(request).pool.reading() as desk:
        return research(desk, "dates", desk.source(source_id).id)


@api.post("/ask", summary="Ask a question", responses={400: {}, 501: {}})
def api_ask(request: Request, body: Question) -> dict[str, Any]:
    """An answer citing the sources, or an abstention with the closest passages."""
    return ask_view(settings(request).pool, body.question, body.session)


@api.get("/sessions/{session}", summary="A conversation's turns")
def api_session(request: Request, session: Annotated[str, PathParam(max_length=80)]) -> Any:
    """The questions and answers of a session, oldest first."""
    with settings(request).pool.reading() as desk:
        return {"session": session, "turns": history_view(desk, session)}


@api.get("/timeline", summary="Events by date", responses={501: {}})
def api_timeline(
    request: Request, entity: str | None = None, source: SourceId | None = None
) -> Any:
    """Dated events merged across sources, optionally about one entity or from one source."""
    with settings(request).pool.reading() as desk:
        return timeline_view(desk, entity, source)


@api.get("/entities", summary="People and organisations", responses={501: {}})
def api_entities(request: Request) -> Any:
    """People, organisations and places with aliases, roles and citations."""
    with settings(request).pool.reading() as desk:
        return research(desk, "entities")


@api.get("/claims", summary="Claims and their support", responses={501: {}})
def api_claims(request: Request) -> Any:
    """Statements with how many sources make them: corroborated, single or conflict."""
    with settings(request).pool.reading() as desk:
        return research(desk, "claims")


@api.get("/conflicts", summary="Where sources disagree", responses={501: {}})
def api_conflicts(request: Request) -> Any:
    """Points on which sources disagree, each side with its quotes."""
    with settings(request).pool.reading() as desk:
        return research(desk, "conflicts")


@api.get("/diff", summary="Compare two revisions", responses={404: {}, 501: {}})
def api_diff(request: Request, a: SourceId, b: SourceId) -> Any:
    """What changed between two snapshots of an article."""
    with settings(request).pool.reading() as desk:
        return research(desk, "diff", desk.source(a).id, desk.source(b).id)


@api.get("/brief", summary="The briefing", responses={501: {}})
def api_brief(request: Request) -> Any:
    """A Markdown briefing on the desk's topic."""
    with settings(request).pool.reading() as desk:
        return {"markdown": research(desk, "brief")}


@pages.get("/static/{name}")
def static(request: Request, name: str) -> Response:
    """A vendored asset, served from memory (no request path reaches the filesystem)."""
    if name not in STATIC_FILES:
        raise NotFound(f"{name}: no such asset")
    return Response(settings(request).static[name], media_type=STATIC_FILES[name],
                    headers={"cache-control": "no-cache"})  # fmt: skip


@pages.get("/")
def sources_page(request: Request) -> HTMLResponse:
    """The sources list with the add panel."""
    return _sources_page(request, None)


def _sources_page(request: Request, results: list[Any] | None, status: int = 200) -> HTMLResponse:
    with settings(request).pool.reading() as desk:
        sources = [ser.source_summary(s) for s in desk.sources()]
    return page("sources.html", status, sources=sources, results=results, current="/")


@pages.post("/sources")
def upload_page(request: Request, files: Files, published: Published = None) -> HTMLResponse:
    """The form fallback of an upload: the list with each file's outcome."""
    results = add_uploads(settings(request).pool, files, published)
    ok = any(r["status"] != "error" for r in results)
    return _sources_page(request, results, 200 if ok else 422)


@pages.post("/sources/url")
def url_page(
    request: Request, url: Annotated[str, Form(max_length=2000)], published: Published = None
) -> HTMLResponse:
    """The form fallback of a URL add."""
    return _sources_page(request, [add_url(settings(request), url, published)])


@pages.get("/sources/{source_id}")
def reader_page(
    request: Request, source_id: PathId, start: int | None = None, end: int | None = None
) -> HTMLResponse:
    """The reader with the chat beside it; `start`/`end` highlight a passage."""
    with settings(request).pool.reading() as desk:
        shown = desk.show(source_id)
        mark = ser.valid_range(shown["text"], start, end)
        blocks = ser.reader_blocks(shown["text"], shown["sections"], mark)
        return chat_page(request, desk, "reader.html", source=shown, blocks=blocks,
                         mark_missing=start is not None and mark is None, current="")  # fmt: skip


@pages.get("/sources/{source_id}/delete")
def confirm_page(request: Request, source_id: PathId) -> HTMLResponse:
    """Ask before removing a source (the page behind the Remove button without JavaScript)."""
    with settings(request).pool.reading() as desk:
        source = ser.source_summary(desk.source(source_id))
    return page("confirm.html", source=source, current="/")


@pages.post("/sources/{source_id}/delete")
def delete_page(request: Request, source_id: PathId) -> RedirectResponse:
    """Remove a source, then go back to the list."""
    with settings(request).pool.writing() as desk:
        desk.remove(source_id)
    return RedirectResponse("/", status_code=303)


@pages.get("/chat")
def chat_only(request: Request) -> HTMLResponse:
    """The chat with an empty reader beside it."""
    with settings(request).pool.reading() as desk:
        sources = [ser.source_summary(s) for s in desk.sources()]
        return chat_page(request, desk, "reader.html", source=None, blocks=[], sources=sources,
                         current="/chat")  # fmt: skip


@pages.post("/ask")
def ask_page(
    request: Request,
    question: Annotated[str, Form(max_length=MAX_QUESTION_CHARS)],
    session: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/chat",
) -> RedirectResponse:
    """The form fallback of asking: ask, then go back to the page the chat is on."""
    ask_view(settings(request).pool, question, session)
    return RedirectResponse(local_path(next), status_code=303)


@pages.post("/chat/new")
def new_chat(request: Request, next: Annotated[str, Form()] = "/chat") -> RedirectResponse:
    """Start a new conversation (the old one stays in the desk)."""
    response = RedirectResponse(local_path(next), status_code=303)
    set_session_cookie(response, secrets.token_urlsafe(12))
    return response


def local_path(target: str) -> str:
    """`target` when it is a path on this site, else the chat (no open redirects)."""
    ok = target.startswith("/") and not target.startswith(("//", "/\\"))
    return target if ok else "/chat"


@pages.get("/timeline")
def timeline_page(
    request: Request, entity: str | None = None, source: SourceId | None = None
) -> HTMLResponse:
    """Events by year with source markers, filtered by entity and by source."""
    with settings(request).pool.reading() as desk:
        sources = [ser.source_summary(s) for s in desk.sources()]
        events = _or_unavailable(lambda: timeline_view(desk, entity, source))
        entities = _or_unavailable(lambda: research(desk, "entities"))
    if events != UNAVAILABLE:
        events = [{**e, "year": str(e.get("date") or "undated")[:4]} for e in events]
    labels = {s["id"]: (f"S{i}", s["title"]) for i, s in enumerate(sources, start=1)}
    return page("timeline.html", events=events, sources=sources, labels=labels,
                entities=entities if entities != UNAVAILABLE else [],
                entity=entity or "", source=source or "", current="/timeline")  # fmt: skip


@pages.get("/entities")
def entities_page(request: Request, type: str | None = None) -> HTMLResponse:
    """People, organisations and places, optionally of one type."""
    with settings(request).pool.reading() as desk:
        items = _or_unavailable(lambda: research(desk, "entities"))
    if items != UNAVAILABLE and type:
        items = [e for e in items if e.get("type") == type]
    return page("entities.html", entities=items, type=type or "", current="/entities")


@pages.get("/claims")
def claims_page(request: Request, status: str | None = None) -> HTMLResponse:
    """Claims with their status, optionally of one status."""
    with settings(request).pool.reading() as desk:
        items = _or_unavailable(lambda: research(desk, "claims"))
    if items != UNAVAILABLE and status:
        items = [c for c in items if c.get("status") == status]
    return page("claims.html", claims=items, status=status or "", current="/claims")


@pages.get("/conflicts")
def conflicts_page(request: Request) -> HTMLResponse:
    """Conflicts side by side with both sides' quotes."""
    with settings(request).pool.reading() as desk:
        items = _or_unavailable(lambda: research(desk, "conflicts"))
    return page("conflicts.html", conflicts=items, none_found=NONE_FOUND, current="/conflicts")


@pages.get("/diff")
def diff_page(
    request: Request, a: SourceId | None = None, b: SourceId | None = None
) -> HTMLResponse:
    """Pick two revisions and see what changed."""
    with settings(request).pool.reading() as desk:
        sources = [ser.source_summary(s) for s in desk.sources()]
        result: Any = None
        if a and b:
            result = _or_unavailable(lambda: research(desk, "diff", desk.source(a).id,
                                                      desk.source(b).id))  # fmt: skip
        elif not hasattr(desk, "diff"):
            result = UNAVAILABLE
    pair = next(((s["revision_of"], s["id"]) for s in sources if s["revision_of"]), ("", ""))
    return page("diff.html", sources=sources, diff=result, a=a or pair[0], b=b or pair[1],
                current="/diff")  # fmt: skip


@pages.get("/brief")
def brief_page(request: Request) -> HTMLResponse:
    """The briefing, rendered from Markdown with raw HTML disabled."""
    with settings(request).pool.reading() as desk:
        text = _or_unavailable(lambda: research(desk, "brief"))
    return page("brief.html", brief=text, current="/brief")


UNAVAILABLE = "unavailable"  # what a page shows while its Desk method has not landed


def _or_unavailable(view: Callable[[], Any]) -> Any:
    try:
        return view()
    except Unavailable:
        return UNAVAILABLE
