"""trafilatura's extraction as the HTML reader calls it, without the parts it does not read.

`trafilatura.bare_extraction` also finds a page's author, host name, categories, tags and
licence and renders its body as plain text; the reader reads only the body tree, title, site
name, date and address. `extract_page` runs the same steps in the same order on the same
tree (metadata from the raw tree, then trafilatura's extraction cascade, then its size check)
and leaves those parts out: on generated news pages they were a sixth of trafilatura's time
(category and tag searches, the licence search, the text rendering; finding an author that
the page's meta tags do not name copies the whole tree). None of them changes the tree or the
fields read. The extractor settings are made once a day per address instead of per page (their
date search stops at today's date).

The steps are trafilatura's internal helpers (`trafilatura_sequence` is not a stable API):
tests compare `extract_page` with `bare_extraction` field by field, and when an upgrade
removes a helper, `extract_page` falls back to `bare_extraction` itself.
"""

from __future__ import annotations

import logging
from datetime import date
from functools import lru_cache
from typing import Any

import trafilatura
from lxml.etree import strip_tags

try:  # trafilatura internals (see the module docstring)
    from trafilatura.core import trafilatura_sequence
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
        find_date,
    )
    from trafilatura.settings import Extractor
    from trafilatura.utils import load_html

    INTERNALS = True
except ImportError:  # pragma: no cover - another trafilatura version
    INTERNALS = False

LOGGER = logging.getLogger(__name__)

# What the reader asks trafilatura for (`bare_extraction` keywords).
OPTIONS: dict[str, Any] = {
    "with_metadata": True,
    "include_comments": False,
    "include_images": False,  # images make trafilatura keep more page furniture
    "include_tables": True,
    "fast": True,  # without the readability/jusText comparison (see ingest/html.py)
}
# Extractor settings kept (one per address and day).
EXTRACTORS_KEPT = 64


def extract_page(markup: str, url: str | None) -> Any:
    """trafilatura's result for a page (body tree, title, site name, date, address), or None
    when it finds no main text; the same values as `bare_extraction` with `OPTIONS`."""
    if not INTERNALS:  # pragma: no cover - another trafilatura version
        return trafilatura.bare_extraction(markup, url=url, **OPTIONS)
    options = _extractor(url, date.today().isoformat())
    try:
        tree = load_html(markup, options.max_file_size)
        if tree is None:
            return None
        document = _metadata(tree, options.url, options.date_params)
        body, text, _, comments = trafilatura_sequence(tree, options, options.url or document.url)
        if options.max_tree_size and len(body) > options.max_tree_size:
            strip_tags(body, "hi")
            if len(body) > options.max_tree_size:
                return None
        if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
            return None
    except (TypeError, ValueError):
        return None
    document.body = body
    return document


@lru_cache(maxsize=EXTRACTORS_KEPT)
def _extractor(url: str | None, today: str) -> Any:
    """trafilatura's settings for one address (`today`, the local date, keys the date search's
    upper bound, which trafilatura sets from the local date when the settings are made)."""
    return Extractor(
        output_format="python",
        fast=OPTIONS["fast"],
        comments=OPTIONS["include_comments"],
        images=OPTIONS["include_images"],
        tables=OPTIONS["include_tables"],
        url=url,
        with_metadata=OPTIONS["with_metadata"],
    )


def _metadata(tree: Any, default_url: str | None, date_params: dict[str, Any]) -> Any:
    """trafilatura's `extract_metadata` for the title, site name, date and address only."""
    metadata: Any = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception as err:  # as trafilatura: bugs in its JSON-LD reading are not fatal
        LOGGER.debug("error in JSON metadata extraction: %s", err)
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, default_url)
    metadata.date = find_date(tree, **{**date_params, "url": metadata.url})
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        name = metadata.sitename
        if name and "." not in name and not name[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url:
        found = META_URL.match(metadata.url)
        if found:
            metadata.sitename = found[1]
    metadata.clean_and_trim()
    return metadata


__all__ = ["OPTIONS", "extract_page"]
