"""A deterministic corpus of news-like pages about an invented world, for the scale benchmark.

Every place, person, organisation, publisher, date and figure is made up (syllable-built names,
template sentences); nothing is taken from a real page. The generator is a plan plus templates:

1. ``plan`` lays out the pages in order: original articles (each about one story of the world),
   later revisions of some of them (same publisher and title, a figure updated, paragraphs
   added) and syndicated copies (another publisher's furniture, light edits, a credit line);
2. each article is built from its own ``random.Random`` keyed by the seed and its number, so a
   page's bytes do not depend on the pages before it and the same seed gives the same bytes;
3. a page is rendered as HTML (about 60%: cookie banner, nav, share bar, related links,
   comments, footer around an ``<article>``) or as a plain-text capture (about 40%: cookie lines,
   menu line, title repeated, dateline, "Advertisement" markers, prompts, footer).

About 100 sentences a page: 1k / 10k / 100k pages hold about 0.1M / 1M / 10M sentences.
``questions`` asks about facts the pages state (and about stories they never mention).

    python bench/corpus.py --pages 1000 --seed 7 --out DIR
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import corpus_data as D
import corpus_pages as P

HTML_SHARE = 0.6
REVISION_SHARE = 0.10  # originals that get later revisions
COPY_SHARE = 0.12  # originals that get syndicated copies
PAGES_PER_STORY = 6
SENTENCES = (85, 115)  # sentences in an article body
MAX_DELAY = 60  # pages between an original and its revision or copy
FILES_PER_FOLDER = 1000
FIRST_DAY, LAST_DAY = date(2015, 1, 1), date(2024, 12, 31)


# -- the world ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Publisher:
    """A news site: its name, web address, furniture layout and date style."""

    name: str
    slug: str
    domain: str
    layout: str  # "semantic" | "divsoup" for HTML pages
    date_style: int
    authors: tuple[str, ...]


@dataclass(frozen=True)
class World:
    """The names a seed invents: places, surnames, publishers, and names kept out of the pages."""

    places: tuple[str, ...]
    surnames: tuple[str, ...]
    publishers: tuple[Publisher, ...]
    unseen_places: tuple[str, ...]
    unseen_surnames: tuple[str, ...]


def _name(rng: random.Random, onsets: tuple[str, ...], ends: tuple[str, ...]) -> str:
    middle = rng.choice(D.MIDDLES) if rng.random() < 0.25 else ""
    return (rng.choice(onsets) + middle + rng.choice(ends)).capitalize()


def _distinct(rng: random.Random, count: int, onsets: tuple, ends: tuple) -> list[str]:
    seen: dict[str, None] = {}
    while len(seen) < count:
        seen[_name(rng, onsets, ends)] = None
    return list(seen)


@lru_cache(maxsize=4)
def world(seed: int) -> World:
    """The invented names for one seed (the same whatever the corpus size)."""
    rng = random.Random(f"{seed}:world")
    places = _distinct(rng, D.PLACE_COUNT + D.UNSEEN_COUNT, D.PLACE_ONSETS, D.PLACE_ENDS)
    surnames = _distinct(rng, D.SURNAME_COUNT + D.UNSEEN_COUNT, D.NAME_ONSETS, D.NAME_ENDS)
    publishers = []
    for i, place in enumerate(places[: D.PUBLISHER_COUNT]):
        name = f"{place} {D.MASTHEADS[i % len(D.MASTHEADS)]}"
        slug = name.lower().replace(" ", "-")
        authors = tuple(_person(rng, surnames[: D.SURNAME_COUNT]) for _ in range(6))
        layout = "semantic" if i % 2 == 0 else "divsoup"
        domain = f"www.{slug.replace('-', '')}.example"
        publishers.append(Publisher(name, slug, domain, layout, i % 4, authors))
    return World(
        places=tuple(places[: D.PLACE_COUNT]),
        surnames=tuple(surnames[: D.SURNAME_COUNT]),
        publishers=tuple(publishers),
        unseen_places=tuple(places[D.PLACE_COUNT :]),
        unseen_surnames=tuple(surnames[D.SURNAME_COUNT :]),
    )


def _person(rng: random.Random, surnames: tuple[str, ...] | list[str]) -> str:
    return f"{rng.choice(D.FIRST_NAMES)} {rng.choice(surnames)}"


# -- stories: the facts the pages state -------------------------------------------------------


@dataclass(frozen=True)
class Story:
    """One event of the world, with the values its facts take."""

    number: int
    kind: str
    values: dict[str, str] = field(hash=False)


def _money(rng: random.Random) -> tuple[str, str]:
    amount = rng.choice((rng.randint(2, 99), rng.randint(100, 900)))
    return f"£{amount} million", f"£{amount}m"


def _count(rng: random.Random, low: int, high: int) -> str:
    return f"{rng.randint(low, high):,}"


def story_values(rng: random.Random, kind: str, names: World, unseen: bool = False) -> dict:
    """The slot values of one story: its subject, people, organisations, date and figures."""
    places = names.unseen_places if unseen else names.places
    surnames = names.unseen_surnames if unseen else names.surnames
    place = rng.choice(places)
    day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days - 400))
    money, money_short = _money(rng)
    values = {
        "place": place,
        "other_place": rng.choice(names.places),
        "structure": rng.choice(D.STRUCTURES),
        "art": rng.choice(D.ARTS),
        "party": f"{rng.choice(D.PARTY_WORDS)} Party",
        "company": f"{rng.choice(surnames)} {rng.choice(D.BUSINESSES)}",
        "board": f"{rng.choice(D.REGIONS)} {rng.choice(D.BOARDS)}",
        "council": f"{place} {rng.choice(D.COUNCILS)}",
        "lead": _person(rng, surnames),
        "critic": _person(rng, surnames),
        "official": _person(rng, surnames),
        "date": day.isoformat(),
        "money": money,
        "money_short": money_short,
        "count": _count(rng, 3, 60),
        "big_count": _count(rng, 1200, 48000),
        "pct": str(rng.randint(21, 78)),
        "measure": str(rng.randint(40, 260)),
        "jobs": _count(rng, 80, 2400),
    }
    values["subject"] = D.SUBJECTS[kind].format(**values)
    return values


def story(seed: int, number: int) -> Story:
    """Story `number` of the world of `seed`."""
    rng = random.Random(f"{seed}:story:{number}")
    kind = D.STORY_KINDS[number % len(D.STORY_KINDS)]
    return Story(number, kind, story_values(rng, kind, world(seed)))


# -- the plan: which page is which article ----------------------------------------------------


@dataclass(frozen=True)
class PageSpec:
    """One page of the corpus: an original article, a revision of one, or a syndicated copy."""

    index: int
    article: int
    story: int
    role: str  # "original" | "revision" | "copy"
    variant: int  # revision or copy number (0 for originals)
    publisher: int
    html: bool


def plan(pages: int, seed: int) -> list[PageSpec]:
    """The pages in order; revisions and copies follow their original after a short delay."""
    rng = random.Random(f"{seed}:plan")
    stories = max(1, pages // PAGES_PER_STORY)
    publishers = len(world(seed).publishers)
    out: list[PageSpec] = []
    due: list[tuple[int, int, PageSpec]] = []  # (position, order, spec) waiting their turn
    article = 0
    while len(out) < pages:
        ready = [d for d in due if d[0] <= len(out)]
        if ready:
            item = min(ready)
            due.remove(item)
            out.append(replace(item[2], index=len(out)))
            continue
        spec = PageSpec(len(out), article, rng.randrange(stories), "original", 0,
                        rng.randrange(publishers), rng.random() < HTML_SHARE)  # fmt: skip
        out.append(spec)
        due.extend(_followers(rng, spec, publishers, len(out), len(due) + article * 8))
        article += 1
    return out


def _followers(
    rng: random.Random, spec: PageSpec, publishers: int, position: int, order: int
) -> list[tuple[int, int, PageSpec]]:
    later = []
    if rng.random() < REVISION_SHARE:
        for n in range(1, rng.randint(1, 3) + 1):
            rev = replace(spec, role="revision", variant=n)
            later.append((position + n * rng.randint(1, MAX_DELAY), order + n, rev))
    if rng.random() < COPY_SHARE:
        for n in range(1, rng.randint(1, 2) + 1):
            other = (spec.publisher + rng.randrange(1, publishers)) % publishers
            copy = replace(spec, role="copy", variant=n, publisher=other,
                           html=rng.random() < HTML_SHARE)  # fmt: skip
            later.append((position + rng.randint(1, MAX_DELAY), order + 4 + n, copy))
    return later


# -- articles ---------------------------------------------------------------------------------


@dataclass
class Article:
    """An article's parts before furniture: title, standfirst, byline, dates, body sections."""

    title: str
    standfirst: str
    author: str
    published: date
    updated: date | None
    sections: list[tuple[str, list[list[str]]]]  # (heading or "", paragraphs of sentences)
    slug: str
    credit: str = ""


def build_article(seed: int, spec: PageSpec) -> Article:
    """The article a page carries (originals, revisions and copies share their base)."""
    base_spec = replace(spec, role="original", variant=0)
    values = dict(story(seed, spec.story).values)
    if spec.role == "revision":
        values["count"] = f"{int(values['count'].replace(',', '')) + spec.variant * 2:,}"
    publisher = world(seed).publishers[base_spec.publisher]
    article = _compose(random.Random(f"{seed}:article:{spec.article}"), seed, spec, values,
                       publisher)  # fmt: skip
    if spec.role == "revision":
        rng = random.Random(f"{seed}:rev:{spec.article}:{spec.variant}")
        _revise(P.Filler(rng, world(seed), values, publisher.name, publisher.date_style), article)
    elif spec.role == "copy":
        _syndicate(random.Random(f"{seed}:copy:{spec.article}:{spec.variant}"), article,
                   publisher)  # fmt: skip
    return article


def _compose(
    rng: random.Random, seed: int, spec: PageSpec, values: dict, publisher: Publisher
) -> Article:
    kind = story(seed, spec.story).kind
    facts = D.FACTS[kind]
    published = date.fromisoformat(values["date"]) + timedelta(days=rng.randint(0, 300))
    fill = P.Filler(rng, world(seed), values, publisher.name, publisher.date_style)
    fact_sentences = [fill.sentence(rng.choice(f.statements)) for f in facts if f.statements]
    total = rng.randint(*SENTENCES)
    sentences = fact_sentences[:2] + [fill.filler() for _ in range(total - len(fact_sentences))]
    for fact_sentence in fact_sentences[2:]:
        sentences.insert(rng.randint(3, len(sentences)), fact_sentence)
    sections = _sections(rng, sentences, fill)
    title = fill.sentence(rng.choice(D.HEADLINES[kind]))
    return Article(
        title=title,
        standfirst=fill.sentence(rng.choice(D.STANDFIRSTS)),
        author=rng.choice(publisher.authors),
        published=published,
        updated=None,
        sections=sections,
        slug=P.slugify(title),
    )


def _sections(rng: random.Random, sentences: list[str], fill: P.Filler) -> list:
    paragraphs: list[list[str]] = []
    i = 0
    while i < len(sentences):
        size = rng.randint(1, 4)
        paragraphs.append(sentences[i : i + size])
        i += size
    sections: list[tuple[str, list[list[str]]]] = [("", [])]
    for n, para in enumerate(paragraphs):
        if n >= 4 and rng.random() < 0.12:
            sections.append((fill.heading(), []))
        sections[-1][1].append(para)
    return sections


def _revise(fill: P.Filler, article: Article) -> None:
    """A later snapshot: new paragraphs with the updated figure, an updated date."""
    rng = fill.rng
    first = article.sections[0][1]
    first.insert(min(1, len(first)), [fill.sentence(rng.choice(D.UPDATE_LINES))])
    for _ in range(rng.randint(1, 3)):
        _heading, paragraphs = rng.choice(article.sections)
        paragraphs.insert(rng.randint(0, len(paragraphs)), [fill.filler() for _ in range(3)])
    article.updated = article.published + timedelta(days=rng.randint(1, 9))


def _syndicate(rng: random.Random, article: Article, source: Publisher) -> None:
    """A copy on another site: spelling and wording touched, a sentence or two dropped, credit."""
    for _heading, paragraphs in article.sections:
        for para in paragraphs:
            for i, sentence in enumerate(para):
                if rng.random() < 0.3:
                    para[i] = P.americanise(sentence)
            if len(para) > 2 and rng.random() < 0.08:
                del para[rng.randrange(len(para))]
    if rng.random() < 0.5:
        article.title = P.americanise(article.title)
    article.credit = rng.choice(D.CREDITS).format(publisher=source.name)


# -- rendering ----------------------------------------------------------------------------------


def render(seed: int, spec: PageSpec) -> tuple[str, bytes]:
    """One page's file name and bytes."""
    article = build_article(seed, spec)
    publisher = world(seed).publishers[spec.publisher]
    rng = random.Random(f"{seed}:page:{spec.index}")
    values = story(seed, spec.story).values
    fill = P.Filler(rng, world(seed), values, publisher.name, publisher.date_style)
    suffix = "" if spec.role == "original" else f"-{spec.role[:3]}{spec.variant}"
    stem = f"{spec.index:06d}-{publisher.slug}-{article.slug[:48]}{suffix}"
    folder = f"{spec.index // FILES_PER_FOLDER:03d}"
    if spec.html:
        return f"{folder}/{stem}.html", P.render_html(rng, article, fill, publisher).encode()
    return f"{folder}/{stem}.txt", P.render_text(rng, article, fill, publisher).encode()


def generate(pages: int, seed: int = 7) -> Iterator[tuple[str, bytes]]:
    """The corpus as (relative file name, bytes), in page order; the same bytes every run."""
    for spec in plan(pages, seed):
        yield render(seed, spec)


# -- questions --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    """A question about the corpus; `expect` holds acceptable answer strings (empty: none)."""

    text: str
    expect: tuple[str, ...]
    story: int  # -1 for a story no page mentions
    subject: str


def questions(pages: int, seed: int, count: int) -> list[Question]:
    """`count` questions: about 80% on facts the pages state, the rest about unseen stories."""
    rng = random.Random(f"{seed}:questions")
    covered = sorted({spec.story for spec in plan(pages, seed)})
    out = []
    for n in range(count):
        if n % 5 == 4:
            kind = D.STORY_KINDS[rng.randrange(len(D.STORY_KINDS))]
            values = story_values(rng, kind, world(seed), unseen=True)
            fact = rng.choice(D.FACTS[kind])
            out.append(Question(fact.question.format(**values), (), -1, values["subject"]))
            continue
        chosen = story(seed, rng.choice(covered))
        fact = rng.choice(D.FACTS[chosen.kind])
        expect = tuple(e.format(**P.expect_values(chosen.values)) for e in fact.expect)
        question = fact.question.format(**chosen.values)
        out.append(Question(question, expect, chosen.number, chosen.values["subject"]))
    return out


# -- command line -------------------------------------------------------------------------------


def write(pages: int, seed: int, out: Path) -> tuple[int, int]:
    """Write the corpus under `out`; (files, bytes) written."""
    files = size = 0
    for name, data in generate(pages, seed):
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        files += 1
        size += len(data)
    return files, size


def main(argv: list[str] | None = None) -> int:
    """Write a corpus to a folder."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    files, size = write(args.pages, args.seed, args.out)
    took = time.perf_counter() - started
    print(f"{files} pages, {size / 1e6:.1f} MB in {took:.1f} s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
