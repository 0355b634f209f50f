"""The kind an entity is listed with: a company written many times is no place because one
sentence says "at" it, a brand keeps its own capitals, and units or formats are no bodies."""

from __future__ import annotations

import pytest
from tests.research.test_entities import doc, entities, find

COMPANY = (
    "Halvik unveiled a new phone on Tuesday. "
    "Halvik said the phone would ship in June. "
    "Analysts expect Halvik to sell ten million of them. "
    "Halvik shares rose 3% after the event. "
    "Before that, Rena Tosk worked at Halvik for nine years. "
    "In Halvik's view, the market is still growing."
)


def test_a_company_told_many_times_is_no_place_for_one_at() -> None:
    halvik = find(entities(doc("a", COMPANY)), "Halvik")
    assert halvik.type == "organisation"


def test_a_name_with_a_chief_executive_is_a_body() -> None:
    text = "Orrel's chief executive, Ada Brand, left on Friday. Orrel did not comment."
    assert find(entities(doc("a", text)), "Orrel").type == "organisation"


def test_a_town_named_by_place_cues_stays_a_place() -> None:
    text = "Floods hit Tarrowby on Monday. In Tarrowby, the river rose two metres. Tarrowby is old."
    assert find(entities(doc("a", text)), "Tarrowby").type == "place"


def test_a_brand_keeps_its_inner_capitals() -> None:
    text = (
        "He left and founded VeXa in 1985. "
        "After the purchase of VeXa, he came back. "
        "Next week the board meets."
    )
    found = entities(doc("a", text))
    assert find(found, "VeXa").type == "organisation"
    assert not {"Ve", "Xa", "Next"} & {e.name for e in found}


def test_units_currencies_and_formats_are_no_bodies() -> None:
    text = (
        "The 64 GB model costs 199 USD and plays every DVD. "
        "The C.E.O. of Halvik said the GB figure was right. "
        "The DVD drive is gone, and the USB port too. "
        "Halvik shares fell."
    )
    found = entities(doc("a", text))
    names = {e.name for e in found}
    assert not {"GB", "USD", "C.E.O."} & names
    assert not [e for e in found if e.name in ("DVD", "USB") and e.type == "organisation"]


def test_a_place_based_modifier_is_not_part_of_the_name() -> None:
    text = "Lisle-based Halvik said on Monday that Halvik shares had doubled."
    found = entities(doc("a", text))
    assert find(found, "Halvik").type == "organisation"
    assert "Lisle-based Halvik" not in {e.name for e in found}


def test_a_company_named_like_a_person_is_a_body_by_its_cues() -> None:
    text = (
        "Orsa Velden has tried to take over Tarn Aviva since May. "
        "The state holds a 25 percent stake in Tarn Aviva and opposes the bid. "
        "Tarn Aviva shares fell 3% on the news."
    )
    assert find(entities(doc("a", text)), "Tarn Aviva").type == "organisation"


def test_time_zones_are_no_bodies() -> None:
    text = "The plane landed at 14:05 UTC. Halvik said the flight left at 9:00 GMT."
    assert not {"UTC", "GMT"} & {e.name for e in entities(doc("a", text))}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Anton Rijk resigned on Monday. Rijk's spokesman said he would not comment.",
            "Anton Rijk",
            "person",
        ),
        (
            "Mara Lindqvist shares her story in a new book. Lindqvist wrote it in Orrin.",
            "Mara Lindqvist",
            "person",
        ),
        (
            "Ada Brand beat her rival Petra Vossberg in the final. Vossberg was gracious.",
            "Petra Vossberg",
            "person",
        ),
        (
            "Greta Mallory's website crashed on Monday. Mallory apologised.",
            "Greta Mallory",
            "person",
        ),
        (
            "Crowds gathered in Dunmarrow's old town. Police in Dunmarrow's centre made arrests.",
            "Dunmarrow",
            "place",
        ),
        (
            "Floods hit homes in Corravale. Corravale officials met. Corravale schools shut. Corravale roads closed.",
            "Corravale",
            "place",
        ),
        (
            "The Tervo-cola Company raised prices. The Tervo-cola Company blamed sugar costs.",
            "Tervo-cola Company",
            "organisation",
        ),
    ],
)
def test_owner_and_place_cues_keep_people_and_towns(text: str, name: str, kind: str) -> None:
    assert find(entities(doc("a", text)), name).type == kind


def test_a_company_told_by_its_first_word_is_one_body_not_its_founder() -> None:
    """ "Brannock" after "Brannock Air" is the airline, though a "Cyril Brannock" founded it;
    "Tarnhold" after "Tarnhold Airways" is the same body, an organisation."""
    text = (
        "Tarnhold Airways bid for Brannock Air on Monday. Brannock rejected the offer. "
        "The airline was founded by Cyril Brannock in 1987. Tarnhold said it would try again. "
        "Shares in Brannock rose. Tarnhold has 58 aircraft."
    )
    found = entities(doc("a", text))
    airline = find(found, "Brannock Air")
    assert airline.type == "organisation" and "Brannock" in airline.aliases
    assert "Brannock" not in find(found, "Cyril Brannock").aliases
    bidder = find(found, "Tarnhold Airways")
    assert bidder.type == "organisation" and "Tarnhold" in bidder.aliases


def test_a_town_is_not_the_short_form_of_its_council() -> None:
    text = (
        "Lisle Borough Council met on Monday. Lisle is a market town on the river. "
        "Traders in Lisle welcomed the plan."
    )
    found = entities(doc("a", text))
    assert "Lisle" not in find(found, "Lisle Borough Council").aliases
