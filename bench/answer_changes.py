"""Which answers changed between two runs of `bench/qa.py --answers-out`, question by question.

A change to the answer engine moves a few answers among thousands; the summary figures hide
which. This prints, per benchmark, how many answers changed, how many went from wrong to right
and back, and (with -v, or always for the small sets) each changed answer before and after.

    python bench/qa.py --answers-out /tmp/before.jsonl     # on the code before
    python bench/qa.py --answers-out /tmp/after.jsonl      # on the code after
    python bench/answer_changes.py /tmp/before.jsonl /tmp/after.jsonl [-v] [--bench squad]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

SHOWN_ALWAYS = 40  # a benchmark with at most this many changes lists them all


def read_answers(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """The answers of one run, keyed by (benchmark, question id)."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {(row["bench"], row["id"]): row for row in rows}


def changes(
    before: dict[tuple[str, str], dict[str, Any]], after: dict[tuple[str, str], dict[str, Any]]
) -> dict[str, list[tuple[dict[str, Any], dict[str, Any]]]]:
    """The questions both runs asked whose answer or verdict differs, grouped by benchmark."""
    grouped: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for key in sorted(before.keys() & after.keys()):
        old, new = before[key], after[key]
        if (old["answer"], old["right"]) != (new["answer"], new["right"]):
            grouped.setdefault(key[0], []).append((old, new))
    return grouped


def print_changes(grouped: dict[str, list], verbose: bool, only: str | None) -> None:
    print("| benchmark | answers changed | wrong → right | right → wrong |")
    print("| --- | --- | --- | --- |")
    for bench, pairs in grouped.items():
        gained = sum(not old["right"] and new["right"] for old, new in pairs)
        lost = sum(old["right"] and not new["right"] for old, new in pairs)
        print(f"| {bench} | {len(pairs)} | {gained} | {lost} |")
    for bench, pairs in grouped.items():
        if (only and bench != only) or (not verbose and len(pairs) > SHOWN_ALWAYS):
            continue
        print(f"\n## {bench}")
        for old, new in pairs:
            mark = {(False, True): "+", (True, False): "-"}.get((old["right"], new["right"]), "~")
            print(f"{mark} {old['id']}: {old['question']}")
            print(f"    before: {old['answer'][:160]}")
            print(f"    after:  {new['answer'][:160]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every change")
    parser.add_argument("--bench", help="list the changes of this benchmark only")
    args = parser.parse_args()
    grouped = changes(read_answers(args.before), read_answers(args.after))
    print_changes(grouped, args.verbose or bool(args.bench), args.bench)


if __name__ == "__main__":
    main()
