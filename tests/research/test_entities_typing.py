"""Entity types by shape on invented text: what a name's words, capitals and neighbours say.

Each test pins a way a reader that types names by their capitals alone goes wrong: common
words in title case read as a person, shouted words as organisations, given names not known,
titles of works read as people.
"""

from __future__ import annotations

from tests.research.test_entities import doc, entities

from sourcedesk.records import Entity
from sourcedesk.research.entities import extract_entities


def typed(text: str) -> dict[str, str]:
    """Every name and alias of one invented page -> its entity's type."""
    found: list[Entity] = entities(doc("t", text))
    return {form: e.type for e in found for form in (e.name, *e.aliases)}


def test_common_words_in_title_case_are_no_person() -> None:
    types = typed(
        "Fans queued for Tomb Raider at the Varnholt shop. Tomb Raider sold out by noon. "
        "The cabin of Odile Farrant sits by Silver Lake, and Silver Lake froze early."
    )
    assert types.get("Tomb Raider") != "person"
    assert types["Silver Lake"] == "place"
    assert types["Odile Farrant"] == "person"


def test_a_common_word_opening_a_sentence_is_not_part_of_a_name() -> None:
    types = typed("Considering Tavrell Quonce, the board waited. Tavrell Quonce said no.")
    assert "Considering Tavrell Quonce" not in types
    assert types["Tavrell Quonce"] == "person"


def test_shouted_words_are_no_organisation() -> None:
    types = typed(
        "BREAKING news from Varnholt today. IMPLEMENT the plan now, said Odile Farrant. "
        "The council met. IMPLEMENT it before May, the mayor added."
    )
    assert types.get("BREAKING") != "organisation"
    assert types.get("IMPLEMENT") != "organisation"


def test_a_sentence_in_capitals_names_no_organisation() -> None:
    types = typed(
        "THE MAYOR SAID TODAY THAT TWO MEN, TAVREL ARKLE AND JONAS OLERBY, HAD BEEN ARRESTED. "
        "The two men appeared in court on Monday."
    )
    assert "TAVREL ARKLE AND JONAS OLERBY" not in types
    assert not any(t == "organisation" for t in types.values())


def test_a_known_given_name_makes_a_person_whose_surname_is_a_common_word() -> None:
    types = typed("Tim Cook spoke at the launch. Chefs cook at home, Tim Cook said.")
    assert types["Tim Cook"] == "person"


def test_a_person_called_by_her_given_name_stays_a_person() -> None:
    types = typed(
        "Elise Varnquist wrote the book. Elise thanked the editors. "
        "Later Elise signed copies, and Elise left early."
    )
    assert types["Elise Varnquist"] == "person"


def test_initials_inside_a_name_keep_it_a_person() -> None:
    types = typed("The novel by Gerold R.R. Tamsin sold well. Gerold R.R. Tamsin smiled.")
    assert types["Gerold R.R. Tamsin"] == "person"


def test_titles_of_works_are_no_person() -> None:
    types = typed(
        'Crowds lined up for the film "Gleaming Harbor" on Friday. '
        "The Pale Orchard franchise earned millions, and fans of Pale Orchard cheered."
    )
    assert types.get("Gleaming Harbor") != "person"
    assert types.get("Pale Orchard") != "person"


def test_storms_and_events_are_no_person() -> None:
    types = typed("Hurricane Odalys struck the coast. Hurricane Odalys left thousands homeless.")
    assert types.get("Hurricane Odalys") != "person"


def test_a_plural_possessive_keeps_the_name_without_its_apostrophe() -> None:
    found = entities(
        doc("t", "Warren Quillby led them. The Quillbys' lawyer spoke. The Quillbys' home burned.")
    )
    forms = {f for e in found for f in (e.name, *e.aliases)}
    assert not any(f.endswith("'") for f in forms)


def test_place_shapes() -> None:
    types = typed(
        "Ships sailed the Gulf of Varnos. The Gulf of Varnos is busy. "
        "Police closed Tarrow Street, and Tarrow Street stayed shut. "
        "Flights to Los Cerrillos resumed; Los Cerrillos is sunny. "
        "Snow fell in Northern California, and Northern California shivered. "
        "Grace Park said the roads were clear. Grace Park drove home."
    )
    assert types["Gulf of Varnos"] == "place"
    assert types["Tarrow Street"] == "place"
    assert types["Los Cerrillos"] == "place"
    assert types["Northern California"] == "place"
    assert types["Grace Park"] == "person"


def test_a_team_named_after_its_place_is_an_organisation() -> None:
    types = typed("The Texas Ravens won on Sunday. The Texas Ravens play again soon.")
    assert types["Texas Ravens"] == "organisation"


def test_a_generational_suffix_keeps_a_person() -> None:
    types = typed("Anthony Lacalamo III was charged. Anthony Lacalamo III denied it.")
    assert types["Anthony Lacalamo III"] == "person"


def test_acronyms_in_the_plural_are_no_organisation() -> None:
    types = typed("The car uses LEDs in front. More LEDs light the cabin. One LED failed.")
    assert types.get("LEDs") != "organisation"


GERMAN = (
    "Die Praxis Dieses Konzept stellt die neue Akte vor. "
    "Kommen Sie zu uns, wenn die Daten der Patienten sicher sein sollen, und wenn die Ärzte "
    "mit den Befunden arbeiten wollen. Die neue Akte wird in der Klinik von Hannelore Brückner "
    "geprüft, und sie soll im nächsten Jahr für alle Patienten da sein. Wir haben die Akte mit "
    "vielen Partnern entwickelt, und die Partner haben uns bei jedem Schritt geholfen. Die "
    "Klinik in Heidelberg hat die ersten Daten schon gesehen, und die Ärzte waren zufrieden. "
    "Vereinbaren Sie einen Termin, wenn Sie mehr über die Akte wissen wollen. "
    "Unsere Expertise hilft auch kleinen Praxen bei der Arbeit mit den neuen Daten."
)


def test_a_page_declared_english_but_written_in_german_is_not_read_as_english() -> None:
    found = extract_entities([("g", GERMAN, [(0, len(GERMAN))])], ["en"])
    people = {e.name for e in found if e.type == "person"}
    assert not {"Dieses Konzept", "Kommen Sie", "Vereinbaren Sie", "Unsere Expertise"} & people


INDONESIAN = (
    "Para ulama sepakat bahwa Imam Hamdani bin Sulaiman adalah guru yang baik bagi murid-murid "
    "nya. Menurut Siti Rahmawati, Imam Hamdani bin Sulaiman mengajar di kota itu selama dua "
    "puluh tahun. Siti Rahmawati juga menulis bahwa murid-murid itu datang dari banyak desa. "
    "Siti tinggal di desa itu sampai sekarang, dan Siti masih mengajar anak-anak setiap hari."
)


def test_given_names_and_titles_make_people_in_any_language() -> None:
    found = extract_entities([("i", INDONESIAN, [(0, len(INDONESIAN))])], ["id"])
    types = {f: e.type for e in found for f in (e.name, *e.aliases)}
    assert types["Imam Hamdani bin Sulaiman"] == "person"
    assert types["Siti Rahmawati"] == "person"


def test_a_plural_possessive_inside_an_organisation_name_keeps_it_whole() -> None:
    types = typed(
        "The Lisle Teachers' Federation called the strike. The Secondary Educators' Guild "
        "joined it a week later, and the Lisle Parents' Network backed both. The Federation "
        "said talks would resume. The Marrs' house stood empty."
    )
    assert types["Lisle Teachers' Federation"] == "organisation"
    assert types["Secondary Educators' Guild"] == "organisation"
    assert types["Lisle Parents' Network"] == "organisation"
    assert "Secondary Educators" not in types and "Lisle Teachers" not in types


def test_labels_of_table_rows_and_fields_are_no_names() -> None:
    types = typed(
        "Title: Grey Dunes; Painter: Ada Lisle; Status: Missing. "
        "Title: Salt Road; Painter: Orsa Venn; Status: Recovered."
    )
    assert {"Title", "Painter", "Status"}.isdisjoint(types)
    assert types["Ada Lisle"] == "person"


def test_an_apposition_after_a_place_tells_of_the_speaker_not_the_place() -> None:
    found = entities(
        doc(
            "t",
            "Patients were taken to Orsa General, about 34 km south of Kellmarsh, a spokesman "
            "for the ambulance service said. The clinic in Kellmarsh stayed open.",
        )
    )
    kellmarsh = next(e for e in found if e.name == "Kellmarsh")
    assert kellmarsh.type == "place" and not kellmarsh.roles


def test_a_keyword_inside_a_bodys_name_does_not_cut_it() -> None:
    types = typed(
        "The Office of Rail Incident Review opened an inquiry. Halvik Rail runs the line, and "
        "Tarn Track Services maintains it. The Office of Rail Incident Review will report in May."
    )
    assert types["Office of Rail Incident Review"] == "organisation"
    assert "Incident Review" not in types
    assert types["Halvik Rail"] == "organisation"
    assert types["Tarn Track Services"] == "organisation"
