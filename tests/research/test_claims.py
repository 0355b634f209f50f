"""Claims: what each clause is about, and how many independent voices make each statement."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcedesk.records import Claim
from sourcedesk.research.claims import (
    ClaimMention,
    SourceText,
    cluster_claims,
    extract_claims,
    source_text,
)
from sourcedesk.research.copies import group_copies

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

WIRE = (
    "Kalvia cut ties with Norland on 4 March 2021 after Norland recognised the Osk enclave. "
    "Officials in Varna called the move regrettable."
)
GAZETTE = (
    "On 4 March 2021, Kalvia severed diplomatic relations with Norland. "
    "The decision followed weeks of tension over the Osk enclave."
)
HERALD = (
    "Kalvia breaks diplomatic relations with Norland, its foreign ministry announced. "
    "Trade between the two countries was already small."
)


def mentions_of(*sources: SourceText) -> list[ClaimMention]:
    """The mentions of several sources, every citation checked against its text."""
    texts = {s.id: s.text for s in sources}
    found = [m for s in sources for m in extract_claims(s)]
    for m in found:
        assert texts[m.source_id][m.start : m.end] == m.text
    return found


def claim_about(claims: list[Claim], action: str) -> Claim:
    """The one claim whose `about` names this relation."""
    matching = [c for c in claims if action in c.about]
    assert len(matching) == 1, [c.about for c in claims]
    return matching[0]


def test_clause_records_actors_relation_date_and_negation() -> None:
    text = "On 4 March 2021, Kalvia did not sever diplomatic relations with Norland."
    (mention,) = extract_claims(source_text("a", text))
    assert mention.action == "sever relations"
    assert mention.subjects == ("kalvia",)
    assert mention.targets == ("norland",)
    assert mention.stated_dates == ("2021-03-04",)
    assert mention.negated


def test_figures_keep_what_they_count_and_their_bounds() -> None:
    text = "The flood destroyed at least 1,200 homes and cost $3 billion in Varna."
    (mention,) = extract_claims(source_text("a", text))
    figures = {f.unit: f for f in mention.figures}
    # a count of things that a tally predicate governs takes the tally as its unit
    assert figures["destroyed:home"].value == 1200 and figures["destroyed:home"].bound == "min"
    assert figures["usd"].value == 3e9
    assert mention.places == ("varna",)


def test_subordinate_clause_is_its_own_statement() -> None:
    mentions = extract_claims(source_text("a", WIRE.split(". ")[0] + "."))
    texts = [m.text for m in mentions]
    assert texts[0] == "Kalvia cut ties with Norland on 4 March 2021"
    assert texts[1].startswith("after Norland recognised")
    assert mentions[0].stated_dates == ("2021-03-04",)
    assert mentions[1].stated_dates == ()  # the date belongs to the main clause


def test_paraphrased_relation_is_one_claim_with_three_voices() -> None:
    sources = [source_text("wire", WIRE), source_text("gaz", GAZETTE), source_text("her", HERALD)]
    claims = cluster_claims(mentions_of(*sources))
    severed = claim_about(claims, "sever relations")
    assert severed.status == "corroborated"
    assert severed.voices == 3
    assert [c.n for c in severed.citations] == [1, 2, 3]
    assert {c.source_id for c in severed.citations} == {"wire", "gaz", "her"}


def test_copies_and_revisions_count_as_one_voice() -> None:
    wire = source_text("wire", WIRE)
    reprint = source_text("reprint", WIRE + " Copyright Example Wire.")
    revised = source_text("wire-v2", WIRE + " Norland has not replied.", revision_of="wire")
    sources = [wire, reprint, revised, source_text("gaz", GAZETTE)]
    groups = group_copies(sources)
    assert ["wire", "reprint", "wire-v2"] in groups
    claims = cluster_claims(mentions_of(*sources), groups)
    assert claim_about(claims, "sever relations").voices == 2
    alone = cluster_claims(mentions_of(wire, reprint, revised), groups)
    assert claim_about(alone, "sever relations").status == "single"


def test_unrelated_statements_stay_apart() -> None:
    other = source_text("x", "Kalvia established diplomatic relations with Estmark in 1993.")
    claims = cluster_claims(mentions_of(source_text("wire", WIRE), other))
    assert claim_about(claims, "establish relations").voices == 1
    assert claim_about(claims, "sever relations").voices == 1


def seed_sources() -> list[SourceText]:
    """The five seeds read and segmented by the desk, revisions linked as on `add`."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    from sourcedesk.index.segment import assemble
    from sourcedesk.ingest.read import RawInput, read_document
    from sourcedesk.research.revisions import find_revision_of

    sources: list[SourceText] = []
    for path in sorted(SEEDS.glob("*.txt")):
        doc = read_document(RawInput(str(path), path.read_bytes(), None))
        seg = assemble(doc)
        title = doc.title or path.stem
        earlier = find_revision_of(str(path), title, seg.text, sources)
        sources.append(
            SourceText(
                id=path.name[:3],
                title=title,
                text=seg.text,
                published=doc.published,
                sentences=tuple((s.start, s.end) for s in seg.sentences),
                revision_of=earlier.id if earlier else None,
                origin=str(path),
            )
        )
    return sources


def test_seeds_severance_is_corroborated_by_every_source_that_reports_it() -> None:
    sources = seed_sources()
    claims = cluster_claims(mentions_of(*sources), group_copies(sources))
    severed = [c for c in claims if "sever relations" in c.about and "North Korea" in c.about]
    top = max(severed, key=lambda c: c.voices)
    assert top.status == "corroborated"
    assert {c.source_id for c in top.citations} == {"000", "001", "002", "003", "004"}
    assert top.voices == 4  # 000 and 001 are two snapshots of one article


def test_an_opening_participle_or_field_label_is_no_one_the_claim_is_about() -> None:
    text = (
        "Thieves took five paintings from the Halvik museum. Taken together, the five paintings"
        " are estimated to be worth about 4 million marks.\n\nValue: est. 4 million marks"
    )
    claims = cluster_claims(extract_claims(source_text("a", text)))
    about = {name for claim in claims for name in claim.about}
    assert "Halvik" in about
    assert not about & {"Taken", "Value"}, about
