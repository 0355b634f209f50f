"""`extract_page` gives what `trafilatura.bare_extraction` gives for every field the reader reads."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path
from typing import Any

import pytest
import trafilatura
from lxml import etree

from sourcedesk.ingest.extraction import OPTIONS, extract_page

REPO = Path(__file__).resolve().parents[2]
EVAL_PAGES = REPO / "../shared/eval/article-extraction/html"
BENCH = REPO / "bench"
NEWS_URL = "https://www.harbour-news.example/world/2022/07/ferry-line-closes"

PARAGRAPH = (
    "<p>The ferry between Orrin and Callow will stop running in September, the transport "
    "authority said on Wednesday, ending a service that began in 1943 and carried {n} people.</p>"
)
BODY = "".join(PARAGRAPH.format(n=n) for n in range(6))
# Pages whose metadata takes the less common paths: no meta author (trafilatura then searches
# the page for one), a site name given with "@" or in lower case, a canonical address, JSON-LD
# that does not parse, a relative canonical link beside an og:url, nothing to extract.
PAGES = {
    "no metadata": f"<html><body><article>{BODY}</article></body></html>",
    "author in the page": (
        "<html><head><title>Ferry line closes | Harbour News</title></head><body>"
        f'<span class="byline">By Ruth Okafor</span><article>{BODY}</article></body></html>'
    ),
    "twitter site name": (
        '<html><head><meta name="twitter:site" content="@harbournews">'
        '<meta property="og:title" content="Ferry line closes">'
        f"</head><body><article>{BODY}</article></body></html>"
    ),
    "lower-case site name": (
        '<html><head><meta property="og:site_name" content="harbour news">'
        '<link rel="canonical" href="https://harbour.example/ferry">'
        f"</head><body><article>{BODY}</article></body></html>"
    ),
    "broken JSON-LD": (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": '
        f"</script></head><body><article>{BODY}</article></body></html>"
    ),
    "relative canonical": (
        '<html><head><link rel="canonical" href="/world/ferry">'
        '<meta property="og:url" content="https://harbour.example/world/ferry">'
        '<meta property="article:published_time" content="2022-07-14T08:00:00Z">'
        f"</head><body><article>{BODY}</article></body></html>"
    ),
    "nothing to extract": "<html><head><title>x</title></head><body><img src=a.png></body></html>",
}


def _fields(extracted: Any) -> tuple[Any, ...] | None:
    """What the HTML reader reads of trafilatura's result."""
    if extracted is None:
        return None
    body = etree.tostring(extracted.body, encoding="unicode")
    return (extracted.title, extracted.sitename, extracted.date, extracted.url, body)


def _assert_same(markup: str, url: str | None) -> None:
    expected = _fields(trafilatura.bare_extraction(markup, url=url, **OPTIONS))
    assert _fields(extract_page(markup, url)) == expected


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("url", [None, NEWS_URL])
def test_same_fields_as_bare_extraction_on_unusual_metadata(name: str, url: str | None) -> None:
    _assert_same(PAGES[name], url)


def test_nothing_extracted_is_none() -> None:
    assert extract_page(PAGES["nothing to extract"], None) is None


def test_same_fields_as_bare_extraction_on_generated_news_pages() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import corpus
    finally:
        sys.path.remove(str(BENCH))
    pages = [data for name, data in corpus.generate(40, 5) if name.endswith(".html")]
    assert pages
    for data in pages:
        _assert_same(data.decode(), None)


def test_same_fields_as_bare_extraction_on_real_pages() -> None:
    files = sorted(EVAL_PAGES.glob("*.html.gz"))[:30] if EVAL_PAGES.is_dir() else []
    if not files:
        pytest.skip("../shared/eval/article-extraction not present")
    for file in files:
        markup = gzip.decompress(file.read_bytes()).decode("utf-8", "replace")
        _assert_same(markup, NEWS_URL)
