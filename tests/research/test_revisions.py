"""Revision linking: which stored source a new text is another snapshot of."""

from __future__ import annotations

import zlib

import pytest
from tests.research.test_claims import seed_sources

from sourcedesk.research import revisions
from sourcedesk.research.claims import source_text
from sourcedesk.research.revisions import (
    find_revision_of,
    normalise_origin,
    same_article,
    shingles,
)

ARTICLE = (
    "The Lisk ferry links Brennock and Halden across the estuary. It was opened in 1998 by "
    "the harbour board and carried forty thousand passengers in its busiest year. "
    "Tickets are sold at both piers and on board."
)


def test_same_title_and_shared_text_make_a_revision() -> None:
    stored = [
        source_text("other", "A page about trains.", title="Lisk ferry", origin="x.txt"),
        source_text("first", ARTICLE, title="Lisk ferry - Brennock Wiki", origin="a.html"),
    ]
    found = find_revision_of("b.txt", "Lisk ferry", ARTICLE + " A second boat joined.", stored)
    assert found is not None and found.id == "first"


def test_same_url_is_the_same_article_whatever_the_title() -> None:
    stored = [source_text("first", ARTICLE, title="Ferry", origin="https://www.example.org/lisk/")]
    found = find_revision_of("http://example.org/lisk?rev=2", "Lisk ferry", ARTICLE, stored)
    assert found is not None and found.id == "first"
    assert normalise_origin("https://m.example.org/lisk/") == "example.org/lisk"


def test_a_copy_on_another_site_or_a_different_text_is_not_a_revision() -> None:
    stored = [source_text("first", ARTICLE, title="Lisk ferry", origin="a.html")]
    assert find_revision_of("b.html", "Halden Today: ferry news", ARTICLE, stored) is None
    assert find_revision_of("c.html", "Lisk ferry", "Trains run hourly to Halden.", stored) is None


def test_duplicates_are_never_chosen() -> None:
    duplicate = source_text("dup", ARTICLE, title="Lisk ferry", duplicate_of="first")
    assert find_revision_of("b.html", "Lisk ferry", ARTICLE, [duplicate]) is None


def test_same_article_follows_links_and_content() -> None:
    a = source_text("a", ARTICLE, title="Lisk ferry")
    b = source_text("b", "Unrelated.", title="Other", revision_of="a")
    assert same_article(a, b)
    assert not same_article(a, source_text("c", ARTICLE, title="Something else"))


def test_seed_snapshots_are_linked() -> None:
    sources = {s.id: s for s in seed_sources()}
    assert sources["001"].revision_of == "000"
    assert all(sources[i].revision_of is None for i in ("000", "002", "003", "004"))


@pytest.mark.parametrize("size", [1, 2, 3, 5])
@pytest.mark.parametrize("text", ["", "One", "Two words", ARTICLE, "Straße, Ünïcode: ß ẞ, 3.5 km"])
def test_shingles_are_the_crc32_of_each_runs_words_joined(text: str, size: int) -> None:
    words = revisions.WORD.findall(text.lower())
    runs = [words[i : i + size] for i in range(max(len(words) - size + 1, 1 if words else 0))]
    assert shingles(text, size) == {zlib.crc32(" ".join(run).encode()) for run in runs}


def test_a_stored_text_is_shingled_once_across_new_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    shingled: list[str] = []

    def counting(text: str, size: int = revisions.SHINGLE_WORDS) -> set[int]:
        shingled.append(text)
        return shingles(text, size)

    monkeypatch.setattr(revisions, "shingles", counting)
    monkeypatch.setattr(revisions, "_CACHE", revisions._ShingleCache(10_000))
    stored = [source_text("first", ARTICLE, title="Lisk ferry", origin="a.html")]
    for n in range(3):
        found = find_revision_of("b.txt", "Lisk ferry", f"{ARTICLE} Boat {n} joined.", stored)
        assert found is not None and found.id == "first"
    assert shingled.count(ARTICLE) == 1 and len(shingled) == 4


def test_the_shingle_cache_drops_the_oldest_texts_past_its_size() -> None:
    cache = revisions._ShingleCache(limit=60)
    texts = [f"{ARTICLE} Page {n}." for n in range(3)]  # about 40 shingles each
    for text in texts:
        assert cache.of(text) == shingles(text)
    assert list(cache.texts) == texts[2:] and cache.held == len(shingles(texts[2]))
    cache.of(texts[2])
    assert len(cache.texts) == 1  # a hit adds nothing
