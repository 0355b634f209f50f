"""The web desk and its JSON API: FastAPI routes over the same `Desk` facade as the CLI.

    guard.py    Host, token and origin checks, the body cap, security headers, the URL policy
    views.py    the data behind each page and its JSON twin; the pool of desks
    render.py   Jinja environment (autoescape), page helpers, error responses
    routes.py   /api/... (OpenAPI at /docs) and the HTML pages

Requests borrow a desk (its own SQLite connection) from a small pool, one request at a time
per connection; adds and removals go through one lock. `serve` runs it with uvicorn on
127.0.0.1 and refuses to bind anywhere else without a token.
"""

from __future__ import annotations

import ipaddress
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI

from sourcedesk.errors import UsageError
from sourcedesk.interfaces.web.guard import LOOPBACK_NAMES, Guard
from sourcedesk.interfaces.web.render import install_errors
from sourcedesk.interfaces.web.routes import STATIC_FILES, api, pages
from sourcedesk.interfaces.web.views import DeskPool, Settings

__all__ = ["create_app", "is_loopback", "serve"]


def create_app(
    desk_location: str,
    *,
    token: str | None = None,
    allow_private_urls: bool = False,
    allowed_hosts: frozenset[str] | None = None,
) -> FastAPI:
    """The web desk over the desk at `desk_location`.

    Without a token only loopback Host names are served (`allowed_hosts` widens that).
    """
    if allowed_hosts is None and not token:
        allowed_hosts = LOOPBACK_NAMES
    conf = Settings(DeskPool(desk_location), token, allow_private_urls, allowed_hosts)
    conf.static = {name: _static(name) for name in STATIC_FILES}

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        conf.pool.close()

    app = FastAPI(
        lifespan=lifespan,
        title="sourcedesk",
        summary="Read your sources clean, ask cited questions, see the timeline and conflicts.",
        version="0.1.0",
    )
    app.state.settings = conf
    install_errors(app)
    app.include_router(api, prefix="/api")
    app.include_router(pages)
    app.add_middleware(Guard, token=token, allowed_hosts=allowed_hosts)
    return app


def _static(name: str) -> bytes:
    return resources.files("sourcedesk.interfaces").joinpath("static", name).read_bytes()


def is_loopback(host: str) -> bool:
    """Whether binding to `host` keeps the desk on this machine."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(desk_location: str, host: str = "127.0.0.1", port: int = 8000,
          token: str | None = None) -> None:  # fmt: skip
    """Run the web desk with uvicorn; binding beyond loopback needs a token."""
    import uvicorn

    if not is_loopback(host) and not token:
        raise UsageError(
            f"--host {host}: serving beyond this machine needs --token "
            "(or SOURCEDESK_TOKEN), so that only people you give it to can use the desk"
        )
    app = create_app(desk_location, token=token)
    shown = f"[{host}]" if ":" in host else host
    link = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
    print(f"sourcedesk: serving {desk_location} at {link}", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
