"""The request guard and the URL policy: what keeps a desk served over HTTP safe.

In the order a request meets it: the Host header must be a loopback name unless the desk has a
token (DNS rebinding); a token, when set, must come as a bearer header, a cookie or `?token=`;
a state-changing request from another origin is refused; request bodies are capped at the
20 MB input cap (declared or streamed). Responses carry a Content-Security-Policy that allows
no inline script. URL adds refuse anything but public http(s) hosts, on every redirect hop.
"""

from __future__ import annotations

import ipaddress
import secrets
import socket
from urllib.parse import urlsplit

import httpx
from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sourcedesk.errors import UsageError
from sourcedesk.ingest.sniff import MAX_INPUT_BYTES

FORM_OVERHEAD_BYTES = 64 * 1024  # multipart boundaries and form fields around the file
MAX_BODY_BYTES = MAX_INPUT_BYTES + FORM_OVERHEAD_BYTES
TOKEN_COOKIE = "sourcedesk_token"
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
DOCS_PATHS = ("/docs", "/redoc", "/openapi.json")
NEEDS_TOKEN = (
    "this desk needs its access token: open the link that `sourcedesk serve` printed, "
    "or send the header Authorization: Bearer TOKEN"
)
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)


class BodyTooLarge(HTTPException):
    """A request body over the cap (raised while the body is read)."""

    def __init__(self) -> None:
        super().__init__(413, f"request too large: the cap is {MAX_INPUT_BYTES // 2**20} MB")


def check_url(url: str, allow_private: bool) -> str:
    """The URL to fetch, or UsageError when it is not http(s) or names a private host."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{url}: only http:// and https:// pages can be added")
    if not allow_private:
        check_public_host(parts.hostname, parts.port)
    return url.strip()


def check_public_host(host: str, port: int | None) -> None:
    """Refuse a host that resolves to a loopback, private, link-local or reserved address."""
    try:
        infos = socket.getaddrinfo(host, port or 80, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UsageError(f"{host}: cannot resolve this host name") from exc
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise UsageError(
                f"{host}: refused, it is a loopback or private address ({address}); "
                "this desk only fetches public pages"
            )


class PublicOnlyTransport(httpx.HTTPTransport):
    """An httpx transport that checks every hop (redirects included) against the URL policy."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send the request only when its host is public."""
        check_public_host(request.url.host, request.url.port)
        return super().handle_request(request)


class Guard:
    """Host check, token check, cross-origin refusal, body cap and security headers."""

    def __init__(
        self, app: ASGIApp, token: str | None, allowed_hosts: frozenset[str] | None
    ) -> None:
        self.app = app
        self.token = token
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check one request, then pass it on with a capped body and safe headers."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refusal = self.refuse(request)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.app(scope, capped(receive), with_headers(send, scope["path"]))

    def refuse(self, request: Request) -> Response | None:
        """The response refusing this request, or None when it may pass."""
        host = (request.url.hostname or "").lower()
        if self.allowed_hosts is not None and host not in self.allowed_hosts:
            return plain_error(request, 400, f"unexpected Host header {host!r}")
        if self.token:
            denied = self.check_token(request)
            if denied is not None:
                return denied
        if request.method in UNSAFE_METHODS:
            return self.check_origin(request)
        return None

    def check_token(self, request: Request) -> Response | None:
        """None when the request carries the token; a cookie-setting redirect for ?token=."""
        token = self.token or ""
        offered = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if _same(offered, token) or _same(request.cookies.get(TOKEN_COOKIE, ""), token):
            return None
        if request.method == "GET" and _same(request.query_params.get("token", ""), token):
            response = RedirectResponse(request.url.path, status_code=303)
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
            return response
        return plain_error(request, 401, NEEDS_TOKEN)

    def check_origin(self, request: Request) -> Response | None:
        """Refuse a state-changing request sent by a page of another origin."""
        if not same_origin(request):
            return plain_error(request, 403, "refused: this request came from another site")
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return plain_error(request, 413, BodyTooLarge().detail)
        return None


def same_origin(request: Request) -> bool:
    """Whether a request comes from this site's own pages, or from a script (no Origin)."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("origin")
    return origin is None or urlsplit(origin).netloc == request.headers.get("host")


def _same(offered: str, token: str) -> bool:
    return bool(offered) and secrets.compare_digest(offered.encode(), token.encode())


def plain_error(request: Request, status: int, detail: str) -> Response:
    """A refusal from the guard: JSON for the API and scripts, a short page for browsers."""
    from sourcedesk.interfaces.web.render import page  # render imports the views, which use us

    if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse({"detail": detail}, status_code=status)
    return page("error.html", status, status=status, detail=detail, current="")


def capped(receive: Receive) -> Receive:
    """A receive channel that stops a body growing past the cap (chunked uploads too)."""
    seen = 0

    async def limited() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > MAX_BODY_BYTES:
                raise BodyTooLarge()
        return message

    return limited


def with_headers(send: Send, path: str) -> Send:
    """A send channel that adds security headers (CSP on pages, not on the API docs)."""
    extra = [
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
        (b"x-frame-options", b"DENY"),
    ]
    if not path.startswith(DOCS_PATHS):
        extra.append((b"content-security-policy", CSP.encode()))

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return sending
