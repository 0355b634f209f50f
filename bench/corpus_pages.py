"""Prose and pages for the benchmark corpus: the template filler, HTML pages and text captures.

`Filler` fills the templates of `corpus_data` from a story's values and random slots;
`render_html` and `render_text` wrap an article in a publisher's furniture.
"""

from __future__ import annotations

import html
import json
import random
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import corpus_data as D

if TYPE_CHECKING:
    from corpus import Article, Publisher, World

AD_EVERY = 6  # paragraphs between "Advertisement" slots
PUBLISH_TIME = "T07:30:00+00:00"
SEMANTIC_AD = '<div class="ad-slot" aria-hidden="true">Advertisement</div>'


# -- dates and words -----------------------------------------------------------------------------


def format_date(day: date, style: int) -> str:
    """A date as a publisher writes it (four house styles)."""
    month = D.MONTHS[day.month - 1]
    if style == 1:
        return f"{month} {day.day}, {day.year}"
    if style == 2:
        return f"{month[:3]} {day.day}, {day.year}"
    if style == 3:
        return f"{D.WEEKDAYS[day.weekday()]} {day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def expect_values(values: dict[str, str]) -> dict[str, str]:
    """Story values plus the event date in each house style (for expected answers)."""
    day = date.fromisoformat(values["date"])
    return {**values, **{f"when{style}": format_date(day, style) for style in range(3)}}


def slugify(text: str) -> str:
    """A web-address slug of a title."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def americanise(text: str) -> str:
    """British spellings swapped for American ones (a syndicated copy's light edit)."""
    for british, american in D.AMERICAN:
        text = text.replace(british, american)
    return text


class _Slots(dict):
    """Template fields: the story's values first, random slots made on first use."""

    def __init__(self, filler: Filler) -> None:
        super().__init__()
        self.filler = filler

    def __missing__(self, key: str) -> str:
        value = self.filler.base.get(key)
        if value is None:
            value = self.filler.slot(key)
        self[key] = value
        return value


class Filler:
    """Fills sentence templates for one article: its story's values and fresh random slots."""

    def __init__(
        self, rng: random.Random, names: World, values: dict, publication: str, style: int
    ) -> None:
        self.rng = rng
        self.names = names
        self.day = date.fromisoformat(values["date"])
        self.style = style
        self.base = {**values, "when": format_date(self.day, style), "publication": publication}
        self.cast = (values["lead"], values["critic"], values["official"])

    def sentence(self, template: str) -> str:
        """One template filled."""
        return template.format_map(_Slots(self))

    def filler(self) -> str:
        """A background sentence about the story's world."""
        return self.sentence(self.rng.choice(D.FILLERS))

    def heading(self) -> str:
        """A subheading."""
        return self.sentence(self.rng.choice(D.HEADINGS))

    def slot(self, key: str) -> str:
        """A random value for one template field."""
        rng = self.rng
        simple = _SIMPLE_SLOTS.get(key)
        if simple:
            return rng.choice(simple)
        if key == "person":
            if rng.random() < 0.5:
                return rng.choice(self.cast)
            return f"{rng.choice(D.FIRST_NAMES)} {rng.choice(self.names.surnames)}"
        if key in ("place", "other_place"):
            return self.base["place"] if rng.random() < 0.3 else rng.choice(self.names.places)
        if key == "Group":
            return rng.choice(D.GROUPS).capitalize()
        if key in ("org", "Org"):
            org = self._org()
            return org[0].upper() + org[1:] if key == "Org" else org
        if key == "quote":
            return self.sentence(rng.choice(D.QUOTES))
        return self._number(key)

    def _org(self) -> str:
        pick = self.rng.randrange(4)
        if pick == 1:
            return self.base["company"]
        if pick < 3:
            return "the " + self.base[("council", "company", "board")[pick]]
        return f"the {self.rng.choice(self.names.places)} {self.rng.choice(D.ASSOCIATIONS)}"

    def _number(self, key: str) -> str:
        rng = self.rng
        if key in ("num", "num2"):
            return f"{rng.randint(20, 9000):,}"
        if key == "small":
            return str(rng.randint(2, 30))
        if key == "year":
            return str(self.day.year - rng.randint(0, 6))
        if key == "year2":
            return str(self.day.year + rng.randint(1, 3))
        if key == "money_rand":
            return f"£{rng.randint(1, 90)}{rng.choice((' million', 'm', ',000'))}"
        if key == "pct_rand":
            return str(rng.randint(5, 90))
        if key == "when_rand":
            return format_date(self.day + timedelta(days=rng.randint(-200, 400)), self.style)
        raise KeyError(key)


_SIMPLE_SLOTS: dict[str, tuple[str, ...]] = {
    "noun": D.NOUNS, "adj": D.ADJECTIVES, "verb": D.VERBS, "group": D.GROUPS, "role": D.ROLES,
    "month": D.MONTHS, "weekday": D.WEEKDAYS, "adjq": D.ADJQ, "occupation": D.OCCUPATIONS,
}  # fmt: skip


# -- HTML ---------------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _url(article: Article, publisher: Publisher) -> str:
    return f"https://{publisher.domain}/news/{article.slug}"


def render_html(rng: random.Random, article: Article, fill: Filler, publisher: Publisher) -> str:
    """An HTML page: the article inside the publisher's furniture (two layouts)."""
    if publisher.layout == "divsoup":
        return _divsoup(rng, article, fill, publisher)
    return _semantic(rng, article, fill, publisher)


def _body_html(rng: random.Random, article: Article, heading_tag: str, ad: str) -> list[str]:
    out, count = [], 0
    for heading, paragraphs in article.sections:
        if heading:
            out.append(f"<{heading_tag}>{_esc(heading)}</{heading_tag}>")
        for para in paragraphs:
            out.append(f"<p>{_esc(' '.join(para))}</p>")
            count += 1
            if count % AD_EVERY == 0 and rng.random() < 0.7:
                out.append(ad)
    if article.credit:
        out.append(f"<p><em>{_esc(article.credit)}</em></p>")
    return out


def _links(rng: random.Random, fill: Filler, templates: tuple[str, ...], n: int) -> list[str]:
    return [fill.sentence(t) for t in rng.sample(templates, n)]


def _semantic(rng: random.Random, article: Article, fill: Filler, publisher: Publisher) -> str:
    url, pub = _url(article, publisher), _esc(publisher.name)
    shown = format_date(article.published, publisher.date_style)
    head, text, buttons = rng.choice(D.COOKIE_TEXTS)
    menu = "".join(f'<li><a href="/{slugify(m)}">{_esc(m)}</a></li>' for m in D.MENU)
    share = "".join(f'<a href="#">{s}</a> ' for s in D.SHARE)
    related = "".join(f'<li><a href="/news/{slugify(r)}">{_esc(r)}</a></li>'
                      for r in _links(rng, fill, D.RELATED, 4))  # fmt: skip
    updated = ""
    if article.updated:
        updated = (f'<meta property="article:modified_time" '
                   f'content="{article.updated.isoformat()}{PUBLISH_TIME}">')  # fmt: skip
    caption = _esc(fill.sentence(rng.choice(D.CAPTIONS)))
    parts = [
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">',
        f"<title>{_esc(article.title)} | {pub}</title>",
        f'<meta name="description" content="{_esc(article.standfirst)}">',
        f'<meta name="author" content="{_esc(article.author)}">',
        f'<meta property="og:title" content="{_esc(article.title)}">',
        f'<meta property="og:site_name" content="{pub}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="article:published_time" '
        f'content="{article.published.isoformat()}{PUBLISH_TIME}">',
        updated,
        f'<link rel="canonical" href="{url}">\n</head>\n<body>',
        f'<div id="cookie-banner" class="cookie-banner" role="dialog"><p>{head}. {text}</p>'
        f"<button>{buttons.split('    ')[0]}</button><button>Manage preferences</button></div>",
        f'<header class="masthead"><a class="logo" href="/">{pub}</a>'
        f'<nav class="main-menu"><ul>{menu}</ul></nav>'
        '<form class="search" action="/search"><input type="search" name="q"></form></header>',
        '<main>\n<article class="story">',
        f'<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/news">'
        f"{rng.choice(D.SECTIONS)}</a></nav>",
        f"<h1>{_esc(article.title)}</h1>",
        f'<p class="standfirst">{_esc(article.standfirst)}</p>',
        f'<p class="byline">By <a href="/authors/{slugify(article.author)}">'
        f"{_esc(article.author)}</a></p>",
        f'<p class="dateline"><time datetime="{article.published.isoformat()}">{shown}</time></p>',
        f'<div class="share-bar">{share}</div>',
        f'<figure><img src="/images/{article.slug[:30]}.jpg" alt="{caption}">'
        f"<figcaption>{caption}. Photo: {_esc(article.author)} / {pub}</figcaption></figure>",
        '<div class="story-body">',
        *_body_html(rng, article, "h2", SEMANTIC_AD),
        "</div>",
        f'<div class="share-bar share-bar--bottom"><span>Share this story:</span> {share}</div>',
        f'<p class="tags">Topics: <a href="/tags/{slugify(fill.base["place"])}">'
        f"{_esc(fill.base['place'])}</a></p>\n</article>",
        f'<aside class="related"><h2>Related articles</h2><ul>{related}</ul></aside>',
        f'<section class="comments"><h2>Comments</h2><p>{D.COMMENT_LINES[2]}</p>'
        f'<p class="comment-count">{rng.randint(2, 300)} comments</p></section>',
        f'<aside class="newsletter"><h2>{_esc(D.PROMPTS[0].format(publisher=publisher.name))}'
        '</h2><form><input type="email" placeholder="Your email address"><button>Sign up'
        "</button></form></aside>\n</main>",
        '<footer class="site-footer"><nav>'
        + " | ".join(f'<a href="/{slugify(f)}">{f}</a>' for f in D.FOOTER_LINKS)
        + f"</nav><p>&copy; {article.published.year} {pub} Ltd. All rights reserved.</p></footer>",
        "<script>window.dataLayer = window.dataLayer || [];</script>\n</body>\n</html>\n",
    ]
    return "\n".join(p for p in parts if p)


def _divsoup(rng: random.Random, article: Article, fill: Filler, publisher: Publisher) -> str:
    pub = _esc(publisher.name)
    shown = format_date(article.published, publisher.date_style)
    ld: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
        "datePublished": article.published.isoformat() + PUBLISH_TIME,
        "author": {"@type": "Person", "name": article.author},
        "publisher": {"@type": "Organization", "name": publisher.name},
        "mainEntityOfPage": _url(article, publisher),
    }  # fmt: skip
    if article.updated:
        ld["dateModified"] = article.updated.isoformat() + PUBLISH_TIME
    nav = "".join(f'<a class="x-nav-i" href="/{slugify(m)}">{_esc(m)}</a>' for m in D.MENU)
    more = "".join(f'<div class="x-card"><a href="/n/{slugify(r)}">{_esc(r)}</a></div>'
                   for r in _links(rng, fill, D.RELATED, 3))  # fmt: skip
    popular = "".join(f"<li>{_esc(r)}</li>" for r in _links(rng, fill, D.RELATED, 3))
    head, text, _buttons = rng.choice(D.COOKIE_TEXTS)
    parts = [
        '<html><head><meta charset="utf-8">',
        f"<title>{_esc(article.title)} - {pub}</title>",
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        '</head><body><div class="x-top">',
        f'<div class="x-logo"><a href="/">{pub}</a></div><div class="x-nav">{nav}</div></div>',
        '<div class="x-wrap"><div class="x-main">',
        '<div class="x-crumbs"><a href="/">Home</a> / <a href="/news">News</a></div>',
        f'<div class="x-head"><h1 class="x-title">{_esc(article.title)}</h1>',
        f'<div class="x-dek">{_esc(article.standfirst)}</div>',
        f'<div class="x-meta"><span class="x-author">By {_esc(article.author)}</span> '
        f'<span class="x-date">{shown}</span></div></div>',
        '<div class="x-share">' + "".join(f"<span>{s}</span>" for s in D.SHARE) + "</div>",
        '<div class="x-content" itemprop="articleBody">',
        *_body_html(rng, article, "h3", '<div class="x-ad"><span>Advertisement</span></div>'),
        "</div>",
        f'<div class="x-more"><div class="x-more-title">More from {pub}</div>{more}</div>',
        f'<div class="x-prompt">{_esc(rng.choice(D.PROMPTS).format(publisher=publisher.name))}'
        "</div></div>",
        f'<div class="x-side"><div class="x-popular"><div>Most read</div><ol>{popular}</ol>'
        "</div></div></div>",
        '<div class="x-foot">' + " ".join(f"<a>{f}</a>" for f in D.FOOTER_LINKS)
        + f"<div>&copy; {article.published.year} {pub}</div></div>",
        f'<div class="x-consent"><b>{head}</b> {text} <a href="#">Accept</a></div>',
        "</body></html>\n",
    ]  # fmt: skip
    return "\n".join(parts)


# -- plain-text captures ------------------------------------------------------------------------


def render_text(rng: random.Random, article: Article, fill: Filler, publisher: Publisher) -> str:
    """A "save page as text" capture of the article's page."""
    shown = format_date(article.published, publisher.date_style)
    lines = [*rng.choice(D.COOKIE_TEXTS), "Skip to main content", " | ".join(D.MENU),
             publisher.name.upper(), f"News > {fill.base['place']} > {rng.choice(D.SECTIONS)}",
             "", article.title, "", article.title, "", f"By {article.author}", shown]  # fmt: skip
    if article.updated:
        lines.append(f"Updated {format_date(article.updated, publisher.date_style)}")
    lines += ["", article.standfirst, "", "    ".join(D.SHARE[:3]) + "    Comment", ""]
    lines += _body_text(rng, article)
    lines += ["", "Read more:"]
    lines += [f"  • {r}" for r in _links(rng, fill, D.RELATED, 3)]
    lines += ["", rng.choice(D.PROMPTS).format(publisher=publisher.name), "",
              D.COMMENT_LINES[0].format(n=rng.randint(2, 300)), D.COMMENT_LINES[1], "",
              " | ".join(D.FOOTER_LINKS),
              f"© {article.published.year} {publisher.name} Ltd. All rights reserved."]  # fmt: skip
    return "\n".join(lines) + "\n"


def _body_text(rng: random.Random, article: Article) -> list[str]:
    out, count = [], 0
    for heading, paragraphs in article.sections:
        if heading:
            out += [heading, ""]
        for para in paragraphs:
            out += [" ".join(para), ""]
            count += 1
            if count % AD_EVERY == 0 and rng.random() < 0.7:
                out += ["Advertisement", ""]
    if article.credit:
        out += [article.credit, ""]
    return out
