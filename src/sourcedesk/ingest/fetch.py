"""Fetch an http(s) page the user asked for: timeouts, a redirect limit, a size cap, type checks."""

from __future__ import annotations

import httpx

from sourcedesk.errors import FetchError
from sourcedesk.ingest.sniff import MAX_INPUT_BYTES

TIMEOUT_S = 20.0
MAX_REDIRECTS = 5
USER_AGENT = "sourcedesk/0.1 (+local research desk)"
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-wiki")


def fetch(url: str, *, transport: httpx.BaseTransport | None = None) -> tuple[bytes, str]:
    """The body and content type of a text page at `url`."""
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=TIMEOUT_S,
                headers={"User-Agent": USER_AGENT},
                transport=transport,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise FetchError(url, f"the server answered HTTP {response.status_code}")
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type and not content_type.startswith(TEXT_TYPES):
                raise FetchError(url, f"not a text page (content type {content_type})")
            return _read_capped(url, response), content_type
    except httpx.TooManyRedirects as exc:
        raise FetchError(url, f"too many redirects (more than {MAX_REDIRECTS})") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out after {TIMEOUT_S:.0f} s") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"unreachable ({exc.__class__.__name__}: {exc})") from exc


def _read_capped(url: str, response: httpx.Response) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_INPUT_BYTES:
            raise FetchError(url, "too large (over the 20 MB cap)")
        chunks.append(chunk)
    return b"".join(chunks)
