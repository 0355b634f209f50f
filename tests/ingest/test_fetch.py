"""Fetching URLs: text pages come back; errors, wrong types and oversize bodies are refused."""

from __future__ import annotations

import httpx
import pytest

from sourcedesk.errors import FetchError
from sourcedesk.ingest.fetch import fetch


def transport(status: int = 200, content_type: str = "text/html", body: bytes = b"<p>x</p>"):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"content-type": content_type}, content=body)

    return httpx.MockTransport(handler)


def test_html_page_is_fetched() -> None:
    data, ctype = fetch("https://news.example/a", transport=transport())
    assert data == b"<p>x</p>" and ctype == "text/html"


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"status": 404}, "HTTP 404"),
        ({"content_type": "application/pdf"}, "not a text page"),
        ({"content_type": "image/png"}, "not a text page"),
        ({"body": b"x" * (20 * 1024 * 1024 + 10)}, "too large"),
    ],
)
def test_bad_responses_are_refused(kwargs: dict, reason: str) -> None:
    with pytest.raises(FetchError, match=reason):
        fetch("https://news.example/a", transport=transport(**kwargs))


def test_unreachable_host_is_one_clear_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(FetchError, match="unreachable"):
        fetch("https://nowhere.example/", transport=httpx.MockTransport(refuse))
