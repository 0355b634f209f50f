"""`any_of` and `PatternSet` match exactly the strings one of their patterns matches, whatever
the line; `needles` names strings every match holds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcedesk.ingest import boilerplate as bp
from sourcedesk.ingest.needles import needles
from sourcedesk.ingest.pattern_sets import PatternSet, any_of, branches

PATTERN_SETS = {
    "furniture": [p for p, _ in bp.FURNITURE_PATTERNS if not p.startswith("^")],
    "furniture at the start": [p[1:] for p, _ in bp.FURNITURE_PATTERNS if p.startswith("^")],
    "barrier": list(bp.BARRIER_PATTERNS),
    "comment": list(bp.COMMENT_HEADER_PATTERNS),
    "caption": list(bp.CAPTION_PATTERNS),
}
# Words and marks the patterns are made of, so that generated lines come close to matching.
VOCABULARY = sorted(
    {w for patterns in PATTERN_SETS.values() for p in patterns for w in re.findall(r"\w+", p)}
    | {"©", ":", "/", "@", "(", ")", ".", ",", "-", "|", "2024", "12", "»", ">", "{{", "}}"}
)
LINES = st.lists(st.sampled_from(VOCABULARY), max_size=12).map(" ".join)


def plain(patterns: list[str]) -> re.Pattern[str]:
    """The patterns joined as written: the reference."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@settings(max_examples=300, deadline=None)
@given(LINES, st.sampled_from(sorted(PATTERN_SETS)))
def test_any_of_agrees_with_the_patterns_joined_as_written(line: str, name: str) -> None:
    patterns = PATTERN_SETS[name]
    fast, reference = any_of(patterns), plain(patterns)
    assert (fast.search(line) is None) == (reference.search(line) is None)
    assert (fast.match(line) is None) == (reference.match(line) is None)
    assert PatternSet(patterns).search(line) == (reference.search(line) is not None)


FURNITURE_BY_LENGTH = [
    [p for p, limit in bp.FURNITURE_PATTERNS if not limit or limit >= words]
    for words in sorted({limit for _, limit in bp.FURNITURE_PATTERNS})
]


@settings(max_examples=300, deadline=None)
@given(LINES, st.sampled_from(range(len(FURNITURE_BY_LENGTH))))
def test_furniture_sets_with_anchors_agree_with_the_patterns(line: str, which: int) -> None:
    patterns = FURNITURE_BY_LENGTH[which]
    assert PatternSet(patterns).search(line) == (plain(patterns).search(line) is not None)


@settings(max_examples=300, deadline=None)
@given(LINES, st.sampled_from([p for patterns in PATTERN_SETS.values() for p in patterns]))
def test_every_match_holds_a_needle(line: str, pattern: str) -> None:
    required = needles(pattern)
    if required is not None and re.search(pattern, line):
        assert any(needle in line for needle in required)


def test_needles_of_typical_patterns() -> None:
    assert needles(r"\bcookie (?:policy|settings)") == {"cookie "}
    assert needles(r"(?:photo|image)s?\s*/\s*\w") == {"photo", "image"}
    assert needles(r"\.(?:svg|png|jpe?g)\b") == {"svg", "png", "jp"}
    assert needles(r"\s@\w+$") == {"@"}  # a mark outweighs a few letters
    assert needles(r"(?:\d+ )?comments?") == {"comment"}  # an optional part requires nothing
    assert needles(r"x|\d") is None  # an alternative made of a class only
    assert needles(r"(?i)cookie") is None  # case-insensitive: no literal to look for


def test_known_furniture_and_prose_lines() -> None:
    furniture = any_of(PATTERN_SETS["furniture"])
    for line in (
        "we use cookies to improve your experience",
        "photo: jane doe / reuters",
        "© 2024 the orrin post. all rights reserved",
        "please leave a comment below",
    ):
        assert furniture.search(line) or any_of(PATTERN_SETS["caption"]).search(line), line
    prose = "the ferry carried 40 people across the sound on the first day of the service."
    assert furniture.search(prose) is None


def test_a_quantified_group_is_kept_whole() -> None:
    regex = any_of([r"\b(?:ab)?c\b", r"(?:x|y)+z"])
    assert regex.search("c") and regex.search("abc") and regex.search("xyxz")
    assert not regex.search("abd") and not regex.search("z")


def test_branches_split_only_at_the_top_level() -> None:
    assert branches(r"a|(b|c)|[|]|\|") == ["a", "(b|c)", "[|]", r"\|"]
