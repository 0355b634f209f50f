"""Copies: near-identical pages grouped with MinHash LSH; separate reports kept apart."""

from __future__ import annotations

import random
import time

from sourcedesk.research.claims import SourceText, source_text
from sourcedesk.research.copies import group_copies

STORY = (
    "Flood waters rose overnight in the Osk valley and forced two hundred families from their "
    "homes, the Varna council said on Tuesday. Rescue teams in boats worked through the night "
    "along the river, and the regional hospital treated eleven people for minor injuries. "
    "The mayor, Ilse Varga, said the old levee had failed in two places and that repairs "
    "would begin as soon as the water fell. Schools in the valley will stay closed this week."
)
OTHER_REPORT = (
    "Two hundred families had to leave their homes in the Osk valley when the river burst "
    "its banks, according to Varna council. Eleven people were treated in hospital. Mayor "
    "Ilse Varga blamed a levee that gave way and promised quick repairs; schools are shut."
)


def reprint(text: str, rng: random.Random, edits: int = 3) -> str:
    """A syndicated copy: a few words changed, a credit line added."""
    words = text.split()
    for _ in range(edits):
        words[rng.randrange(len(words))] = rng.choice(["said", "the", "local", "officials"])
    return " ".join(words) + "\n\nDistributed by Example Wire. All rights reserved."


def test_light_edits_are_copies_and_a_separate_report_is_not() -> None:
    rng = random.Random(3)
    sources = [
        source_text("original", STORY),
        source_text("other-report", OTHER_REPORT),
        source_text("reprint", reprint(STORY, rng)),
        source_text("excerpt", STORY.rsplit(". ", 1)[0] + "."),
    ]
    assert group_copies(sources) == [["original", "reprint", "excerpt"]]


def test_groups_are_deterministic_and_in_input_order() -> None:
    rng = random.Random(5)
    sources = [source_text(str(n), reprint(STORY, rng, edits=1)) for n in range(4)]
    first = group_copies(sources)
    assert first == group_copies(sources) == [["0", "1", "2", "3"]]


def random_article(rng: random.Random, vocabulary: list[str]) -> str:
    return " ".join(rng.choice(vocabulary) for _ in range(180))


def test_thousands_of_sources_are_grouped_without_comparing_all_pairs() -> None:
    rng = random.Random(11)
    vocabulary = [f"w{n}" for n in range(3000)]
    originals = [random_article(rng, vocabulary) for _ in range(1500)]
    sources: list[SourceText] = [source_text(f"s{n}", t) for n, t in enumerate(originals)]
    sources += [source_text(f"c{n}", reprint(originals[n], rng)) for n in range(0, 1500, 50)]
    began = time.perf_counter()
    groups = group_copies(sources)
    assert time.perf_counter() - began < 15
    assert sorted(groups) == sorted([[f"s{n}", f"c{n}"] for n in range(0, 1500, 50)])
