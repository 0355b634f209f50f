"""The shortcuts that make claim extraction and the claim fold cheaper give what the plain
computation gives.

Clause tokens are sliced from their sentence's tokens, generic matching stops counting shared
actors once its answer is known, stored mentions and events rows skip dataclass machinery:
each test here compares a shortcut with the computation it replaces.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from itertools import combinations
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcedesk.records import Citation, Event
from sourcedesk.research import claim_data as D
from sourcedesk.research.claim_blocking import _needed, may_match
from sourcedesk.research.claim_clauses import _subordinator_re, _subordinators, split_clauses
from sourcedesk.research.claim_codec import StoredMentions, encode_mentions
from sourcedesk.research.claim_match import MentionIndex, NameFacts
from sourcedesk.research.claim_values import _FIGURE, _NUMBER_WORD, _figure_matches
from sourcedesk.research.claim_words import Token, names_match, stem, tokenize, tokens_within
from sourcedesk.research.claims import ClaimMention, extract_claims, source_text
from sourcedesk.research.views import _event_fields

EXAMPLE = Path(__file__).resolve().parents[2] / "src" / "sourcedesk" / "examples" / "lisk-bridge"

# Pieces of text that exercise the tokeniser's edges: apostrophes and possessives, hyphens,
# dots in initials, accents (combined and not), digits, punctuation and runs of space.
_PIECES = [
    "Korea's", "Workers'", "U.S.", "Kremlin-backed", "Pyongyang", "café", "cafe\u0301", "12",
    "3.5", "’s", "'", "-", ",", ".", "(", ")", "“", "”", "&", "AT&T", "de", "x", "_", "é",
]  # fmt: skip
_SPACES = [" ", "  ", "\n", "\t", ""]


@st.composite
def _text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    parts = draw(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SPACES)),
                          min_size=1, max_size=25))  # fmt: skip
    text = "".join(word + space for word, space in parts)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


@settings(max_examples=400, deadline=None)
@given(_text_and_span())
def test_clause_tokens_sliced_from_the_sentence_equal_tokenising_the_clause(
    case: tuple[str, int, int],
) -> None:
    text, start, end = case
    sentence = tokenize(text, 0, len(text))
    sliced = tokens_within(sentence, [t.start for t in sentence], start, end)
    if sliced is not None:  # None: a token straddles an end, the clause is read on its own
        assert sliced == tokenize(text, start, end)


def test_clause_tokens_of_real_clauses_are_sliced_from_their_sentence() -> None:
    text = ("Officials said that the Brennock bridge, which opened in 1931, was closed on "
            "Monday after inspectors found cracks; the council's engineer denied that it was "
            "unsafe, but residents weren't told why.")  # fmt: skip
    sentence = tokenize(text, 0, len(text))
    clauses = split_clauses(text, 0, len(text))
    assert len(clauses) > 2
    for start, end, _ in clauses:
        sliced = tokens_within(sentence, [t.start for t in sentence], start, end)
        assert sliced == tokenize(text, start, end)


def test_a_token_knows_its_lower_case_and_whether_it_is_capitalised() -> None:
    token = Token("Korea's", 3, 10)
    assert (token.lower, token.capitalised) == ("korea's", True)
    assert tokenize("in Korea's capital", 0, 18)[1] == token
    assert not Token("’s", 0, 2).capitalised


def _example_mentions() -> list[ClaimMention]:
    found: list[ClaimMention] = []
    for path in sorted(EXAMPLE.glob("0*")):
        text = path.read_text(encoding="utf-8")
        found += extract_claims(source_text(path.name, text, title=path.stem))
    return found


def _counting_every_actor(index: MentionIndex, i: int, j: int) -> bool:
    """Generic matching as it was written before it stopped early: every actor counted."""
    a, b = index.mentions[i], index.mentions[j]
    sketch_a, sketch_b = index.sketch(i), index.sketch(j)
    small, large = (a, b) if sketch_a.size <= sketch_b.size else (b, a)
    needed = _needed(min(sketch_a.size, sketch_b.size))
    matched = sum(1 for x in set(small.actors) if _named_in(index, x, large))
    if len(a.terms & b.terms) + matched < needed:
        return False
    return bool(matched or not small.actors or not large.actors) or any(
        _named_in(index, y, small) for y in set(large.actors)
    )


def _named_in(index: MentionIndex, actor: str, other: ClaimMention) -> bool:
    """`MentionIndex.actor_in` as written before it looked names up: every name compared."""
    mine = index.canon(actor)
    if any(names_match(mine, index.canon(y)) for y in other.actors):
        return True
    words = [w for w in mine.split() if w not in D.GENERIC_NAME_WORDS]
    return bool({stem(w) for w in words} & other.terms)


def test_generic_matching_decides_as_when_it_counted_every_actor() -> None:
    mentions = _example_mentions()
    index = MentionIndex(mentions)
    checked = matched = 0
    for i, j in combinations(range(len(mentions)), 2):
        a, b = mentions[i], mentions[j]
        if a.source_id == b.source_id or index.copies(i, j):
            continue
        if not may_match(index.sketch(i), index.sketch(j)):
            continue
        checked += 1
        expected = _counting_every_actor(index, i, j)
        assert index._generic_match(i, j) == expected, (a.text, b.text)
        matched += expected
    assert checked > 50 and 0 < matched < checked


def test_matching_two_mentions_needs_no_index_of_them() -> None:
    # what an update does: each candidate pair matched through an index without mentions
    # that shares its names with the indexes of the update (one set of aliases)
    mentions = _example_mentions()
    names = NameFacts()
    index = MentionIndex(mentions, names=names)
    aliases = [pair for m in mentions for pair in m.aliases]
    bare = MentionIndex([], aliases=aliases, names=names)
    alone = MentionIndex([], aliases=aliases)
    found = 0
    for i, j in combinations(range(len(mentions)), 2):
        a, b = mentions[i], mentions[j]
        if a.source_id == b.source_id:
            continue
        sketches, copies = (index.sketch(i), index.sketch(j)), index.copies(i, j)
        expected = index._generic_match(i, j)
        assert bare.same_content(a, b, *sketches, copies) == expected, (a.text, b.text)
        assert alone.same_content(a, b, *sketches, copies) == expected, (a.text, b.text)
        found += expected
    assert found > 5


# Words and marks around the figure and clause scans' shortcuts: number words inside other
# words, capitals, characters that match a letter when case is ignored (long s, Kelvin sign,
# dotted capital I), digits, subordinators inside other words.
_SCAN_PIECES = [
    "one", "Someone", "SIX", "sixteen", "Ten", "often", "hundred", "five hundred", "ſix",
    "\u212aelvin", "İt", "12", "3.5%", "1,200", "$4 million", "per cent", "after",
    "thereafter", "Afterwards", "BECAUSE", "because of", "that", "due to", "ſince", "untilled",
    "while", "said", "denied", "Korea", "é",
]  # fmt: skip


@given(st.lists(st.sampled_from(_SCAN_PIECES), min_size=1, max_size=10),
       st.sampled_from([" ", ", ", "; ", "-"]))  # fmt: skip
@settings(max_examples=300, deadline=None)
def test_figure_scans_are_skipped_only_where_they_find_nothing(words: list[str], sep: str) -> None:
    clause = sep.join(words)
    full = [*_FIGURE.finditer(clause), *_NUMBER_WORD.finditer(clause)]
    assert [m.span() for m in _figure_matches(clause)] == [m.span() for m in full]


@given(st.lists(st.sampled_from(_SCAN_PIECES), min_size=1, max_size=10),
       st.sampled_from([" ", ", ", "; ", "-"]))  # fmt: skip
@settings(max_examples=300, deadline=None)
def test_the_subordinator_scan_is_skipped_only_where_it_finds_nothing(
    words: list[str], sep: str
) -> None:
    lower = sep.join(words).lower()
    found = [m.span() for m in _subordinators(lower)]
    assert found == [m.span() for m in _subordinator_re().finditer(lower)]


def test_stored_mentions_decode_to_records_equal_to_the_extracted_ones() -> None:
    path = sorted(EXAMPLE.glob("0*"))[0]
    text = path.read_text(encoding="utf-8")
    extracted = extract_claims(source_text("s1", text, title="T", origin="o"))
    stored = StoredMentions(encode_mentions(extracted), "s1", text, title="T", origin="o")
    assert stored.all() == extracted
    assert [hash(m) for m in stored.all()] == [hash(m) for m in extracted]
    names = {f.name for f in fields(ClaimMention)}
    for mention in stored.all():
        assert set(vars(mention)) == names
        assert all(set(vars(f)) == {x.name for x in fields(f)} for f in mention.figures)
    assert any(m.figures for m in extracted)


def test_events_row_fields_equal_asdict() -> None:
    event = Event("2024-03-05", "the bridge closed", (Citation(1, "s", 0, 5, "quote", "o", "t"),))
    assert _event_fields(event) == {**asdict(event), "citations": [asdict(event.citations[0])]}
