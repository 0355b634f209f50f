"""Entities on kinds of pages the seeds do not show: blogs, interviews, non-English pages.

Every page here is invented; each test pins one way a capitalised word misleads a reader
that only looks at capitals.
"""

from __future__ import annotations

from tests.research.test_entities import doc, entities, find

from sourcedesk.records import Entity
from sourcedesk.research.entities import extract_entities


def names(found: list[Entity]) -> set[str]:
    """Every name and alias listed, apostrophes folded."""
    return {f.replace("’", "'") for e in found for f in (e.name, *e.aliases)}


BLOG = (
    "How To Build Your First Studio Plan\n"
    "I'm Talia Brennock and I’ve run Quillfern Studio since the spring. "
    "You’ll see why I build every plan in small steps. "
    "I’d tell anyone to grow slowly. "
    "Honestly, I’m tired some days and I’d rather rest, but I’m back at the desk by nine. "
    "Build Momentum With Small Wins\n"
    "Build a list of three tasks. "
    "Your goal is to finish one a day. "
    "Set a budget: Your plan should fit on one page. "
    "Grow Your Audience Slowly\n"
    "Grow the list by writing to readers. "
    "The BIG question is how to keep going, and big plans need patience. "
    "In the GROW stage you grow the list. "
    "Talia Brennock said Quillfern Studio will hire two designers."
)


def test_contractions_are_never_names() -> None:
    found = names(entities(doc("b", BLOG)))
    assert not {"I'm", "You'll", "I'd", "I've"} & found
    assert "Talia Brennock" in found


def test_title_case_headings_and_capitals_after_a_colon_are_not_names() -> None:
    found = names(entities(doc("b", BLOG)))
    assert not {"Build", "Plan", "Grow", "Your", "Momentum", "Small Wins"} & found
    assert "Quillfern Studio" in found


def test_a_common_word_in_capitals_is_emphasis_not_an_organisation() -> None:
    found = entities(doc("b", BLOG))
    assert not {"BIG", "GROW"} & names(found)


INTERVIEW = (
    "Harrow Tickets is pleased to name Odile Farrant our next President and CEO. "
    "Being President and CEO means listening every day, Farrant said. "
    "The CEO thanked the staff. "
    "Nils Ardent, head of level design at Pellucid, tells The Lantern Reporter that "
    "Pellucid will open a studio. "
    "Pellucid hired forty people last year, and Pellucid plans more hires."
)


def test_a_role_title_alone_is_not_an_entity() -> None:
    found = entities(doc("i", INTERVIEW))
    assert not {"CEO", "President", "President and CEO"} & names(found)
    assert find(found, "Odile Farrant").type == "person"


def test_a_reporting_verb_after_a_name_is_not_its_role() -> None:
    found = entities(doc("i", INTERVIEW))
    pellucid = find(found, "Pellucid")
    assert pellucid.type != "person"
    assert not any("tells" in role for role in pellucid.roles)
    assert any("head of level design" in r for r in find(found, "Nils Ardent").roles)


AGENCY = (
    "Seizures rose at the port of Calloway, according to Tariffs and Harbour Protection. "
    "The way Tariffs and Harbour Protection counts seizures is by weight, a spokesman said. "
    "Harbour traffic fell and the protection of the docks was tightened."
)


def test_a_name_in_two_parts_joined_by_and_stays_whole() -> None:
    found = entities(doc("g", AGENCY))
    agency = find(found, "Tariffs and Harbour Protection")
    assert agency.type == "organisation"
    assert "Harbour Protection" not in names(found)


SCANDAL = (
    "Lord Pemberley denied knowing the financier Marcus Tolland well. "
    "Pemberley had no part in Tolland's affairs, he said. "
    "The interview raised doubts about his role in Tolland's business. "
    "Lawyers for the victims read the interview."
)


def test_a_place_cue_around_a_surname_does_not_make_a_person_a_place() -> None:
    found = entities(doc("s", SCANDAL))
    tolland = find(found, "Marcus Tolland")
    assert tolland.type == "person"
    assert "Tolland" in tolland.aliases
    assert not any(e.type == "place" for e in found)


INDONESIAN = (
    "Sejarah Kerajaan Tarmin di pesisir utara. "
    "Dari catatan lama yang tersimpan di perpustakaan, Sutan Marbela memerintah dengan "
    "bijak selama bertahun-tahun. "
    "Setelah itu terjadi perang yang panjang antara dua keluarga besar. "
    "Dari pihak utara banyak orang yang tewas, dan dari pihak selatan juga. "
    "Kisah Nabi sering disebut oleh para guru, dan nama Nabi dihormati. "
    "Sebaliknya para pedagang tetap berlayar ke pelabuhan setiap musim. "
    "Kisah ini ditulis ulang oleh Sutan Marbela pada masa tuanya dan dibacakan di depan "
    "rakyat. "
    "Kerajaan itu kemudian menjadi bagian dari Indonesia."
)


def test_a_page_not_in_english_lists_only_clear_names() -> None:
    found = entities(doc("id", INDONESIAN))
    listed = names(found)
    assert not {"Dari", "Nabi", "Sebaliknya", "Setelah", "Kisah"} & listed
    assert find(found, "Indonesia").type == "place"
    marbela = find(found, "Sutan Marbela")
    assert marbela.type == "other"  # no English rule types a name it cannot read


def test_a_given_language_decides_which_rules_read_a_page() -> None:
    text = "Kapten Rowan Idris berkata. Kapten Rowan Idris pergi. Dari sana Idris pulang."
    as_english = names(extract(text, "en"))
    as_indonesian = names(extract(text, "id"))
    assert "Dari" not in as_indonesian
    assert "Rowan Idris" in as_english or "Kapten Rowan Idris" in as_english
    assert as_indonesian <= as_english | {"Kapten Rowan Idris"}


def extract(text: str, language: str) -> list[Entity]:
    """Entities of one page read in a given language."""
    return extract_entities([doc("x", text)], [language])


def test_a_name_told_alone_joins_the_full_name_spelled_the_same() -> None:
    text = (
        "Prince Marlow met the harbour board in Portby. "
        "The plans were shown by Marlo Venn, a designer. "
        "The board thanked Marlow, and Marlow left by boat."
    )
    found = entities(doc("p", text))
    assert "Marlow" in find(found, "Prince Marlow").aliases


def test_a_company_named_in_its_web_address_is_still_a_name() -> None:
    text = (
        "Quorvia makes ferry software. "
        "Quorvia is based in Portby. "
        "Quorvia employs 300 people. "
        "The board of Quorvia met on Monday. "
        "More at www.quorvia.com or press@quorvia.com."
    )
    assert "Quorvia" in names(entities(doc("q", text)))


def test_new_opens_a_place_name_but_not_a_demonym() -> None:
    text = (
        "The mayor flew to New Harwick on Monday. "
        "In New Harwick she met the council. "
        "New Ukrainian drones were shown at the fair, and new plans were made."
    )
    found = names(entities(doc("n", text)))
    assert "New Harwick" in found
    assert "Harwick" not in found


def test_a_product_told_by_its_first_word_is_not_a_person() -> None:
    text = (
        "Fenwick launched its Lumora Prime streaming service on Tuesday. "
        "Lumora costs $10 a month. "
        "Critics say Lumora has too few games. "
        "Subscribers to Lumora Prime get a controller. "
        "Lumora will add titles next year."
    )
    lumora = find(entities(doc("l", text)), "Lumora Prime")
    assert lumora.type != "person"


def test_a_statement_full_of_names_is_not_read_as_a_heading() -> None:
    text = (
        "Envoy Pell Harrow Presented Credentials To The Eastland People’s Republic Council. "
        "The council of the Eastland People’s Republic met, and the republic voted."
    )
    found = names(entities(doc("h", text)))
    assert "Eastland People's Republic" in found
    assert "Eastland People's" not in found


def test_a_shouted_line_of_common_words_is_not_a_name() -> None:
    text = (
        "FREE DOWNLOAD\n"
        "Get the free checklist and download it today. "
        "The FREE DOWNLOAD link is below, and the download is free."
    )
    assert "FREE DOWNLOAD" not in names(entities(doc("s", text)))


def test_a_role_complement_is_not_read_as_a_name() -> None:
    text = (
        "“We are glad,” said Ines Varga, Head of Platform Solutions for Quorvia. "
        "Tomas Reyle, General Manager of Harbour Care Solutions Westmark at Pellucid, agreed. "
        "Pellucid welcomed Odo Brandt, lifelong Quorvian, as its next President and CEO. "
        "Both firms sell care solutions to harbour authorities."
    )
    found = entities(doc("r", text))
    assert not {"Solutions for Quorvia", "Care Solutions Westmark"} & names(found)
    assert any("Head of Platform" in r for r in find(found, "Ines Varga").roles)
    assert not any(e.type == "person" and e.name == "Quorvian" for e in found)


def test_a_war_and_a_town_are_not_people() -> None:
    text = (
        "He flew helicopters during the Harrow Sound War in 1982. "
        "The Harrow Sound War ended that summer. "
        "Later he moved to Port Elsey Town and opened a shop in Port Elsey Town."
    )
    found = entities(doc("w", text))
    assert find(found, "Harrow Sound War").type != "person"
    assert find(found, "Port Elsey Town").type == "place"


def test_a_family_name_told_first_still_joins_a_person_with_a_role() -> None:
    text = (
        "Foreign Minister Pak Sol-min met the envoy in Portby. "
        "Pak said the talks went well. "
        "The envoy thanked Pak, and Pak left for the capital."
    )
    pak = find(entities(doc("k", text)), "Pak Sol-min")
    assert pak.type == "person"
    assert "Pak" in pak.aliases


def test_company_suffixes_and_titles_joined_by_and_the() -> None:
    text = (
        "The game comes from Brightmoor Interactive, a small firm. "
        "Brightmoor Interactive hired ten people. "
        "She sang Born Wild and The Open Road twice, and Born Wild and The Open Road again."
    )
    found = entities(doc("c", text))
    assert find(found, "Brightmoor Interactive").type == "organisation"
    assert not any(" and The " in e.name for e in found)


def test_a_quoted_name_mid_sentence_keeps_its_first_word() -> None:
    text = (
        "The town fell to the disease dubbed the Grey Fever, officials said. "
        'It was known as the "Grey Fever" for a century, and grey skies followed the fever.'
    )
    assert "Grey Fever" in names(entities(doc("q", text)))


def test_a_first_name_told_once_alone_does_not_unmake_a_person() -> None:
    text = (
        'Tovan Reddick beat Amos Kell in the last set. "Honestly, Tovan pushed me hard," Kell said.'
    )
    assert find(entities(doc("t", text)), "Tovan Reddick").type == "person"


def test_a_long_title_case_heading_is_not_a_person() -> None:
    text = (
        "The Seven Quiet Harbour Mysteries Of Portby\n"
        "The harbour keeps secrets, and seven of them are told here."
    )
    found = entities(doc("m", text))
    assert not any(e.type == "person" for e in found)
