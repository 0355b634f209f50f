"""Score page cleaning on the article-extraction benchmark (../shared/eval/article-extraction).

Each page's HTML is rendered to its visible text (one block a line) and cleaned by
`read_text_capture`; the kept blocks are the prediction. The benchmark's own metric: precision,
recall and F1 over word 4-gram shingles (multisets, lower-cased word tokens) between the
prediction and the gold article body, computed per page and averaged over pages.

Rows: keep-everything baseline (all visible text), our plain-text cleaner, trafilatura on the
HTML, and our HTML reader when `sourcedesk.ingest.html.read_html` exists.

    PYTHONPATH=src python bench/clean.py [--limit N] [--json-out PATH] [--only text] [--gate]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import lxml.html
from lxml import etree

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "eval" / "article-extraction"
SHINGLE = 4
#: Floors for the plain-text cleaner (`--gate`): raise them as the cleaner improves, never lower.
GATE_F1 = 0.90
GATE_RECALL = 0.93
TOKEN = re.compile(r"\w+")

#: Elements whose content a browser does not show.
INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
#: Elements that start a new line when rendered.
BLOCK = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "section",
        "select",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
        "button",
        "label",
    )
)


#: Table cells: a row is one line, its cells separated by a tab.
CELLS = frozenset({"td", "th"})


def render_text(data: bytes) -> str:
    """The visible text of an HTML page, one block a line."""
    root = lxml.html.document_fromstring(data.decode("utf-8", "replace"))
    parts: list[str] = []
    _walk(root, parts)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(element: etree._Element, parts: list[str]) -> None:
    tag = element.tag.lower() if isinstance(element.tag, str) else None
    if tag is not None and tag not in INVISIBLE and element.get("hidden") is None:
        block = tag in BLOCK
        parts.append("\n" if block else "\t" if tag in CELLS else "")
        parts.append(element.text or "")
        for child in element:
            _walk(child, parts)
        parts.append("\n" if block else "")
    parts.append(element.tail or "")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of word 4-grams of a text (the whole text when shorter)."""
    tokens = TOKEN.findall(text.lower())
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def score(predicted: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of a prediction against the gold body."""
    pred, true = shingles(predicted), shingles(gold)
    if not pred and not true:
        return 1.0, 1.0, 1.0
    overlap = sum((pred & true).values())
    precision = overlap / sum(pred.values()) if pred else 0.0
    recall = overlap / sum(true.values()) if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def keep_all(html: bytes, text: str, url: str) -> str:
    """The baseline: every visible line."""
    return text


def body_text(doc: object) -> str:
    """A document's article body as the gold defines it: blocks without marked captions.

    The desk keeps image captions (marked `caption`) so a reader sees them; the benchmark's
    articleBody leaves captions out, so both of our rows score the body without them.
    """
    return "\n".join(b.text for b in doc.blocks if b.kind != "caption")  # type: ignore[attr-defined]


def text_cleaner(html: bytes, text: str, url: str) -> str:
    """Our plain-text cleaner on the rendered page."""
    from sourcedesk.ingest.text import read_text_capture

    return body_text(read_text_capture(text, url))


def trafilatura_html(html: bytes, text: str, url: str) -> str:
    """trafilatura's main-text extraction from the HTML."""
    import trafilatura

    return trafilatura.extract(html.decode("utf-8", "replace"), url=url) or ""


def html_reader(html: bytes, text: str, url: str) -> str:
    """Our HTML reader (trafilatura plus structure, captions and metadata)."""
    from sourcedesk.ingest.html import read_html

    return body_text(read_html(html, url))


def _html_reader_available() -> bool:
    try:
        from sourcedesk.ingest.html import read_html  # noqa: F401
    except ImportError:
        return False
    return True


def run(name: str, method: Callable[[bytes, str, str], str], pages: list[dict]) -> dict:
    """Score one method on the pages; time only the method itself."""
    rows, seconds = [], 0.0
    for page in pages:
        started = time.perf_counter()
        try:
            predicted = method(page["html"], page["text"], page["url"])
        except Exception as exc:  # a failing page scores zero but must not stop the bench
            print(f"{name}: {page['id'][:12]}: {exc!r}", file=sys.stderr)
            predicted = ""
        seconds += time.perf_counter() - started
        rows.append((page["id"], *score(predicted, page["gold"])))
    n = len(rows)
    return {
        "method": name,
        "precision": sum(r[1] for r in rows) / n,
        "recall": sum(r[2] for r in rows) / n,
        "f1": sum(r[3] for r in rows) / n,
        "pages": n,
        "seconds": seconds,
        "per_page": {r[0]: {"precision": r[1], "recall": r[2], "f1": r[3]} for r in rows},
    }


def load(data: Path, limit: int | None) -> list[dict]:
    """The benchmark pages: id, url, gold body, HTML bytes and rendered text."""
    gold = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(gold)[:limit]:
        path = data / "html" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        html = gzip.decompress(path.read_bytes())
        pages.append(
            {
                "id": page_id,
                "url": gold[page_id].get("url", ""),
                "gold": gold[page_id]["articleBody"],
                "html": html,
                "text": render_text(html),
            }
        )
    return pages


def table(results: list[dict]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| method | precision | recall | F1 | pages | seconds |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r['method']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} "
            f"| {r['pages']} | {r['seconds']:.2f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--json-out", type=Path, default=None, help="also write results as JSON")
    parser.add_argument("--data", type=Path, default=DATA, help="the benchmark folder")
    parser.add_argument(
        "--only", default=None, help="comma-separated methods: keep-all,text,trafilatura,html"
    )
    parser.add_argument(
        "--gate", action="store_true", help="exit 1 if the text cleaner is below its floors"
    )
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"{args.data}: benchmark data not present", file=sys.stderr)
        return 2
    pages = load(args.data, args.limit)
    methods: list[tuple[str, str, Callable[[bytes, str, str], str]]] = [
        ("keep-all", "keep everything (baseline)", keep_all),
        ("text", "sourcedesk plain-text cleaner", text_cleaner),
        ("trafilatura", "trafilatura on the HTML", trafilatura_html),
    ]
    if _html_reader_available():
        methods.append(("html", "sourcedesk HTML reader", html_reader))
    wanted = set(args.only.split(",")) if args.only else None
    results = [run(label, fn, pages) for key, label, fn in methods if not wanted or key in wanted]
    print(table(results))
    text_bytes = sum(len(p["text"].encode()) for p in pages)
    print(f"\n{len(pages)} pages, {text_bytes / 1e6:.2f} MB of rendered text")
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 1 if args.gate and not _passes_gate(results) else 0


def _passes_gate(results: list[dict]) -> bool:
    """Whether the plain-text cleaner's row meets the floors (printing why not)."""
    row = next((r for r in results if r["method"].startswith("sourcedesk plain-text")), None)
    if row is None:
        return True
    if row["f1"] >= GATE_F1 and row["recall"] >= GATE_RECALL:
        return True
    print(
        f"gate: F1 {row['f1']:.3f} (floor {GATE_F1}), recall {row['recall']:.3f} "
        f"(floor {GATE_RECALL})",
        file=sys.stderr,
    )
    return False


if __name__ == "__main__":
    sys.exit(main())
