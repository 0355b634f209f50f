"""Score entity typing (person / organisation / place / other) on ECB+ (even topics).

Each document is read the way the desk reads a source: its sentence spans from
``split_sentences``, its language guessed from its text as at ingest, then
``extract_entities`` (one document a desk by default; ``--group cluster`` reads each
cluster's documents as one desk). Gold = the typed mentions of ``cross_doc_instances.json``
that are proper names: capitalised words (a leading "the" dropped), not a pronoun, and not a
single word the corpus also writes in lower case ("Police", "Host").

A gold name is *found* when an entity of its document has a name or alias whose words contain
the gold's words (so "Varrow" is found by "Ines Varrow"); the entity with the shortest
such form is its reading. *Type accuracy* counts the found names whose entity has an
acceptable type for the gold tag (a facility may read as a place or an organisation, a
country acting as a participant as a place or an organisation; products, vehicles and named
events should read as "other"). *Precision* looks from our side: every person, organisation
and place entity whose name or alias equals a gold name is judged by that gold's tag.

    python bench/entities.py [--limit N] [--group doc|cluster] [--show-wrong N]
                             [--json-out PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sourcedesk.index.sentences import split_sentences  # noqa: E402
from sourcedesk.ingest.metadata import guess_language  # noqa: E402
from sourcedesk.records import Entity  # noqa: E402
from sourcedesk.research.entities import extract_entities  # noqa: E402
from sourcedesk.research.entity_groups import fold_name  # noqa: E402

ECB = REPO / ".." / "shared" / "eval" / "ecbplus"

# Gold tag -> the entity types that read it right.
ACCEPTED: dict[str, frozenset[str]] = {
    "HUMAN_PART_PER": frozenset({"person"}),
    "HUMAN_PART_ORG": frozenset({"organisation"}),
    "HUMAN_PART_GPE": frozenset({"place", "organisation"}),
    "LOC_GEO": frozenset({"place"}),
    "LOC_OTHER": frozenset({"place"}),
    "LOC_FAC": frozenset({"place", "organisation"}),
    "NON_HUMAN_PART": frozenset({"other"}),
    "HUMAN_PART_VEH": frozenset({"other"}),
    "ACTION_OCCURRENCE": frozenset({"other"}),
}
TYPED = ("person", "organisation", "place")
# Lower-case words allowed inside a proper name ("Bank of America", "Ellen de Vries").
CONNECTORS = frozenset({"of", "de", "the", "and", "for", "van", "von", "al", "la", "le", "du"})
PRONOUNS = frozenset({
    "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "him", "them",
    "who", "this", "that", "these", "those", "one",
})  # fmt: skip
LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
POSSESSIVE = re.compile(r"\s*['’]\s*s?$")
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Gold:
    """One proper-name mention with its gold tag."""

    doc: str
    line: int
    text: str
    tag: str


def _words(text: str) -> tuple[str, ...]:
    """A name's words, folded (accents, case)."""
    return tuple(WORD.findall(fold_name(text)))


def _proper(text: str, lower_words: set[str]) -> str | None:
    """The name a gold mention holds when it is a proper name, else None."""
    name = POSSESSIVE.sub("", LEADING.sub("", text.strip()))
    words = name.split()
    if not words or not words[0][:1].isupper() or words[0].lower() in PRONOUNS:
        return None
    if not all(w[:1].isupper() or w in CONNECTORS or not w[:1].isalpha() for w in words):
        return None
    if len(words) == 1 and name.lower() in lower_words:
        return None  # a common noun capitalised at a line start ("Police")
    return name


def _line_of(doc: dict, sentence: int, text: str) -> int:
    """The text line of a gold sentence index (ECB+ counts the address as sentence 0 in its
    "ecbplus" documents); -1 when the mention is not on that line."""
    lines = doc["text"].split("\n")
    first = sentence - 1 if doc["subtopic"] == "ecbplus" else sentence
    for line in (first, sentence if first != sentence else sentence - 1):
        if 0 <= line < len(lines) and text in lines[line]:
            return line
    return -1


def load(limit: int) -> tuple[list[dict], list[Gold]]:
    """The documents and their proper-name gold mentions (the first ``limit`` documents)."""
    docs = [json.loads(line) for line in (ECB / "docs.jsonl").read_text("utf-8").splitlines()]
    docs = docs[:limit] if limit else docs
    by_name = {d["doc_name"]: d for d in docs}
    lower_words = {w for d in docs for w in re.findall(r"\b[a-z]+\b", d["text"])}
    instances = json.loads((ECB / "cross_doc_instances.json").read_text("utf-8"))
    gold: set[Gold] = set()
    for instance in instances:
        for m in instance["mentions"]:
            doc = by_name.get(m["doc"])
            name = _proper(m["text"], lower_words) if m["mention_tag"] in ACCEPTED else None
            if doc is None or name is None:
                continue
            line = _line_of(doc, m["sentence"], m["text"])
            if line >= 0:
                gold.add(Gold(m["doc"], line, name, m["mention_tag"]))
    return docs, sorted(gold, key=lambda g: (g.doc, g.line, g.text))


def _read(docs: list[dict]) -> tuple[list[Entity], float]:
    """The entities of documents read as one desk, and the seconds it took."""
    started = time.perf_counter()
    sources = [(d["doc_name"], d["text"], split_sentences(d["text"])) for d in docs]
    languages = [guess_language(d["text"]) for d in docs]
    found = extract_entities(sources, languages)
    return found, time.perf_counter() - started


def _covering(entities: list[Entity], name: str) -> Entity | None:
    """The entity whose shortest form contains a name's words, or None."""
    target = _words(name)
    best: tuple[int, Entity] | None = None
    for entity in entities:
        for form in (entity.name, *entity.aliases):
            words = _words(form)
            n = len(target)
            covers = any(words[i : i + n] == target for i in range(len(words) - n + 1))
            if covers and (best is None or len(words) < best[0]):
                best = (len(words), entity)
    return best[1] if best else None


def score(docs: list[dict], gold: list[Gold], group: str) -> dict:
    """Found rate and type accuracy per gold tag, precision per entity type, time."""
    desks: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        desks[d["cluster"] if group == "cluster" else d["doc_name"]].append(d)
    per_doc: dict[str, list[Entity]] = {}
    seconds = 0.0
    for members in desks.values():
        entities, took = _read(members)
        seconds += took
        for d in members:
            per_doc[d["doc_name"]] = entities  # a desk's names; citations stop at 20 an entity
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    confusions: dict[str, Counter[str]] = defaultdict(Counter)
    wrong: list[str] = []
    for g in gold:
        entity = _covering(per_doc.get(g.doc, []), g.text)
        tags[g.tag]["gold"] += 1
        if entity is None:
            continue
        tags[g.tag]["found"] += 1
        tags[g.tag]["right"] += entity.type in ACCEPTED[g.tag]
        confusions[g.tag][entity.type] += 1
        if entity.type not in ACCEPTED[g.tag]:
            wrong.append(f"{g.tag}\t{g.text!r}\tread as {entity.type} {entity.name!r}\t{g.doc}")
    return {
        "documents": len(docs),
        "tags": {tag: dict(c) for tag, c in sorted(tags.items())},
        "confusions": {tag: dict(c) for tag, c in sorted(confusions.items())},
        "precision": _precision(per_doc, gold),
        "ms_per_document": round(1000 * seconds / max(1, len(docs)), 2),
        "wrong": wrong,
    }


def _precision(per_doc: dict[str, list[Entity]], gold: list[Gold]) -> dict:
    """Per entity type: our entities whose name equals a gold name, and how many of them the
    gold tag accepts."""
    tags_of: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    for g in gold:
        tags_of[(g.doc, _words(g.text))].add(g.tag)
    out: dict[str, Counter[str]] = {t: Counter() for t in TYPED}
    for doc, entities in per_doc.items():
        for e in entities:
            if e.type not in out:
                continue
            tags = set().union(
                *(tags_of.get((doc, _words(f)), set()) for f in (e.name, *e.aliases))
            )
            if tags:
                out[e.type]["judged"] += 1
                out[e.type]["right"] += any(e.type in ACCEPTED[t] for t in tags)
    return {t: dict(c) for t, c in out.items()}


def _rate(part: int, whole: int) -> str:
    """A share with three decimals, or a dash when nothing was counted."""
    return f"{part / whole:.3f}" if whole else "–"


def table(result: dict) -> str:
    """The scores as Markdown tables."""
    lines = [
        f"ECB+ even topics, {result['documents']} documents, "
        f"{result['ms_per_document']} ms per document\n",
        "| gold tag | expected | names | found | type accuracy | read as |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for tag, c in result["tags"].items():
        read = ", ".join(
            f"{k} {v}" for k, v in Counter(result["confusions"].get(tag, {})).most_common()
        )
        expected = "/".join(sorted(ACCEPTED[tag]))
        lines.append(
            f"| {tag} | {expected} | {c['gold']} | {_rate(c.get('found', 0), c['gold'])} "
            f"| {_rate(c.get('right', 0), c.get('found', 0))} | {read} |"
        )
    lines += ["", "| our type | judged | precision |", "| --- | --- | --- |"]
    for kind, c in result["precision"].items():
        lines.append(
            f"| {kind} | {c.get('judged', 0)} | {_rate(c.get('right', 0), c.get('judged', 0))} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Read the documents, score the entities and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument(
        "--group",
        choices=("doc", "cluster"),
        default="doc",
        help="one desk per document or per cluster",
    )
    parser.add_argument("--show-wrong", type=int, default=0, help="list N names typed wrong")
    parser.add_argument("--json-out", type=Path, help="also write the scores as JSON")
    args = parser.parse_args(argv)
    if not (ECB / "docs.jsonl").exists():
        print(f"{ECB} not found", file=sys.stderr)
        return 1
    docs, gold = load(args.limit)
    result = score(docs, gold, args.group)
    print(table(result))
    if args.show_wrong:
        print("\n" + "\n".join(result["wrong"][: args.show_wrong]))
    if args.json_out:
        args.json_out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
