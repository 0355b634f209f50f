"""The benchmark corpus generator: deterministic, news-like, and readable through the desk."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sourcedesk.desk import Desk

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402

SEED = 7


def test_the_same_seed_gives_the_same_bytes_and_another_seed_others() -> None:
    first = list(corpus.generate(15, SEED))
    assert first == list(corpus.generate(15, SEED))
    assert [data for _, data in first] != [data for _, data in corpus.generate(15, SEED + 1)]


def test_command_line_writes_the_generated_pages(tmp_path: Path) -> None:
    assert corpus.main(["--pages", "8", "--seed", str(SEED), "--out", str(tmp_path)]) == 0
    written = {str(p.relative_to(tmp_path)): p.read_bytes() for p in tmp_path.rglob("*.*")}
    assert written == dict(corpus.generate(8, SEED))


def test_plan_mixes_html_text_revisions_and_copies() -> None:
    pages = corpus.plan(600, SEED)
    assert [p.index for p in pages] == list(range(600))
    assert 0.5 < sum(p.html for p in pages) / len(pages) < 0.7
    originals = {p.article: p for p in pages if p.role == "original"}
    followers = [p for p in pages if p.role != "original"]
    assert {"revision", "copy"} <= {p.role for p in followers}
    for page in followers:
        assert originals[page.article].index < page.index
        same_site = page.publisher == originals[page.article].publisher
        assert same_site == (page.role == "revision")


def _pick(pages: list[corpus.PageSpec]) -> list[corpus.PageSpec]:
    """An HTML and a text original, and a revision and a copy with their originals."""
    originals = {p.article: p for p in pages if p.role == "original"}
    revision = next(p for p in pages if p.role == "revision")
    copy = next(p for p in pages if p.role == "copy" and p.article != revision.article)
    html = next(p for p in originals.values() if p.html)
    text = next(p for p in originals.values() if not p.html)
    chosen = [html, text, originals[revision.article], revision, originals[copy.article], copy]
    return sorted(dict.fromkeys(chosen), key=lambda p: p.index)


@pytest.fixture(scope="module")
def read_desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Desk, dict]:
    """A desk holding a few generated pages of every kind, keyed by page spec."""
    folder = tmp_path_factory.mktemp("corpus")
    files = {}
    for spec in _pick(corpus.plan(300, SEED)):
        name, data = corpus.render(SEED, spec)
        path = folder / Path(name).name
        path.write_bytes(data)
        files[spec] = path
    desk = Desk(folder / "desk.sqlite")
    results = desk.add([str(p) for p in files.values()], workers=1)
    yield desk, {spec: result for spec, result in zip(files, results, strict=True)}
    desk.close()


def test_pages_read_clean_with_about_a_hundred_sentences(read_desk: tuple[Desk, dict]) -> None:
    desk, results = read_desk
    for spec, result in results.items():
        assert result.status in ("added", "revision"), result.error
        shown = desk.show(result.id)
        article = corpus.build_article(SEED, spec)
        assert shown["title"] == article.title
        for furniture in ("cookies", "Share on Facebook", "Advertisement", "All rights reserved"):
            assert furniture not in shown["text"], (spec, furniture)
        fact = article.sections[0][1][0][0]
        assert fact in shown["text"]
        assert 70 <= len(desk.store.sentences(result.id)) <= 140


def test_a_revision_links_to_its_original(read_desk: tuple[Desk, dict]) -> None:
    _desk, results = read_desk
    by_article = {(s.article, s.role): r for s, r in results.items()}
    revision = next(s for s in results if s.role == "revision")
    original = by_article[(revision.article, "original")]
    assert results[revision].revision_of == original.id


def test_questions_ask_about_what_the_pages_say_or_never_mention() -> None:
    pages = b"\n".join(data for _, data in corpus.generate(60, SEED))
    asked = corpus.questions(60, SEED, 40)
    answerable = [q for q in asked if q.expect]
    assert 0.7 <= len(answerable) / len(asked) <= 0.9
    for question in answerable:
        assert any(e.encode() in pages for e in question.expect), question
    for question in asked:
        assert (question.subject.encode() in pages) == bool(question.expect), question
