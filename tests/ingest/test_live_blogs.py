"""Live blogs in layouts other than `<article>` posts: repeated blocks that each open on their
time, whether a `<time>` element or a short element holding only a clock time. Each post keeps
its time as its heading, in page order."""

from __future__ import annotations

from sourcedesk.ingest.html import read_html

POSTS = (
    ("07:10", "Ferries out of Halvik are cancelled for the morning as the gale strengthens."),
    ("09:45", "Coastguard teams from Lisle have closed the promenade at Tarnhold to walkers."),
    ("12:30", "The harbour master says the Orsa Dawn will stay in port until the wind drops."),
    ("16:05", "Power has failed at two hundred homes in Brannock after a line came down."),
)


def _page(posts: str, title: str = "Live: gale closes Halvik harbour") -> bytes:
    return f"""<html><head><title>{title} | Selvany Post</title>
<meta property="article:published_time" content="2025-01-14T07:00:00+00:00"></head>
<body><main><article class="live"><h1>{title}</h1>
<p>Welcome to our coverage of the gale that is battering the Selvany coast today.</p>
{posts}
</article></main></body></html>""".encode()


def _texts(markup: bytes) -> list[str]:
    return [b.text for b in read_html(markup, "live.html").blocks]


def test_div_posts_opening_on_a_time_element_keep_their_times() -> None:
    posts = "".join(
        f'<div class="entry" id="e{n}"><time datetime="2025-01-14T{t}">{t}</time>\n<p>{p}</p></div>\n'
        for n, (t, p) in enumerate(POSTS)
    )
    texts = _texts(_page(posts))
    for time, text in POSTS:
        assert time in texts, texts
        assert texts[texts.index(time) + 1] == text, texts


def test_posts_opening_on_a_short_stamp_element_keep_their_times() -> None:
    posts = "".join(
        f'<li class="item"><span class="stamp">{t}</span> <p>{p}</p></li>\n' for t, p in POSTS
    )
    texts = _texts(_page(f"<ul class='feed'>{posts}</ul>"))
    # a list item's heading stays in the item's line: the time opens its post
    assert [f"{t} {p}" for t, p in POSTS] == texts[1:], texts


def test_a_stamp_element_heads_its_post_rather_than_opening_its_paragraph() -> None:
    posts = "".join(
        f'<div class="post-item"><span class="stamp">{t}</span><p>{p}</p></div>\n' for t, p in POSTS
    )
    blocks = read_html(_page(posts), "live.html").blocks
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings == [t for t, _ in POSTS], blocks


def test_the_posts_stay_in_page_order_newest_first() -> None:
    posts = "".join(
        f'<div class="entry"><time>{t}</time><p>{p}</p></div>\n' for t, p in reversed(POSTS)
    )
    texts = _texts(_page(posts))
    times = [t for t in texts if t in {t for t, _ in POSTS}]
    assert times == ["16:05", "12:30", "09:45", "07:10"], texts


def test_blocks_opening_on_something_other_than_a_time_are_left_alone() -> None:
    cards = "".join(
        f'<div class="card"><span class="tag">{label}</span><p>{p}</p></div>\n'
        for label, (_, p) in zip(("Weather", "Travel", "Harbour", "Power"), POSTS, strict=True)
    )
    texts = _texts(_page(cards, "Gale closes Halvik harbour"))
    assert not any(t in {"Weather", "Travel", "Harbour", "Power"} for t in texts), texts


def test_two_timed_blocks_are_no_live_blog() -> None:
    posts = "".join(f'<div class="entry"><time>{t}</time><p>{p}</p></div>\n' for t, p in POSTS[:2])
    texts = _texts(_page(posts, "Gale closes Halvik harbour"))
    assert "07:10" not in texts and POSTS[0][1] in texts, texts


HEADLINES = (
    "Ferries cancelled",
    "Promenade closed",
    "Orsa Dawn stays in port",
    "Power cut in Brannock",
)


def test_posts_whose_time_stands_above_their_own_heading_are_all_kept() -> None:
    # "<div class="entry"><time>…</time><h3>…</h3><p>…</p></div>": the extractor read the
    # first post's class as the whole article and kept the newest post alone
    posts = "".join(
        f'<div class="entry" id="e{n}"><time datetime="2025-01-14T{t}">{t}</time>\n'
        f"<h3>{headline}</h3>\n<p>{p}</p></div>\n"
        for n, ((t, p), headline) in enumerate(zip(reversed(POSTS), HEADLINES, strict=True))
    )
    blocks = read_html(_page(posts), "live.html").blocks
    headings = [b.text for b in blocks if b.kind == "heading"]
    expected = [f"{t} {h}" for (t, _), h in zip(reversed(POSTS), HEADLINES, strict=True)]
    assert headings == expected, blocks
    texts = [b.text for b in blocks]
    for _, text in POSTS:
        assert text in texts, texts


def test_a_post_marked_out_by_a_second_class_keeps_its_time() -> None:
    classes = ("update", "update", "update breaking", "update")
    posts = "".join(
        f'<div class="{cls}"><time>{t}</time><p>{p}</p></div>\n'
        for cls, (t, p) in zip(classes, POSTS, strict=True)
    )
    texts = _texts(_page(posts))
    for time, text in POSTS:
        assert time in texts, texts
        assert texts[texts.index(time) + 1] == text, texts


def test_a_stamp_above_a_posts_own_heading_opens_that_heading() -> None:
    posts = "".join(
        f'<div class="post"><span class="stamp">{t}</span><h4>{headline}</h4><p>{p}</p></div>\n'
        for (t, p), headline in zip(POSTS, HEADLINES, strict=True)
    )
    blocks = read_html(_page(posts), "live.html").blocks
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings == [f"{t} {h}" for (t, _), h in zip(POSTS, HEADLINES, strict=True)], blocks
