"""Who is who: names that only look like a person's, and titles and posts told before a name.

Every page is invented. A village's name of two capitalised words ("Tarn Hollow") reads as a
person's by its shape; what the pages say around it (place prepositions and nouns, "the
villages of ..." lists, no person's cue ever) makes it a place. A name cut out of a longer one
("... (Lettings) Act") is no one, and a title before a name is the person's role.
"""

from __future__ import annotations

from pathlib import Path

from tests.research.test_entities import doc, entities, find

from sourcedesk.desk import Desk
from sourcedesk.records import Entity

NOTICE = """\
# Supply notice for Vellmark Water customers

Vellmark Water has told customers in Orsavir, Tarn Hollow and Quarry Green to boil their tap water.
Homes in Tarn Hollow stay under the notice while the pipes are flushed.
Bottled water is handed out at Tarn Hollow village hall every morning.
The villages of Tarn Hollow and Quarry Green are supplied from the Kellmarsh works.
Mara Quint, 64, a retired nurse, said the queue at the hall was long.
"We are doing all we can," said Jonas Pell, the company's operations director.
No date has been set for Tarn Hollow yet.
The hall was a gift from Tobin Ashcroft, a Kellmarsh merchant who died in 1921.
"""

COUNCIL = """\
# Millgate council caps holiday lets

Millgate Borough Council voted to cap holiday lets under the Upland Parishes (Lettings) Act 2024.
The scheme is the first made under the Upland Parishes (Lettings) Act in the county.
Headteacher Ilse Kerr said the school roll had fallen by a third.
Labour group leader Tomas Selvany voted against the cap.
The campaign was started by Orla Brannick, a primary school teacher, last spring.
Brannick said the families of Quarry Lane had been priced out.
"""


def _people(tmp_path: Path, name: str, text: str) -> list[Entity]:
    """The `people` a desk lists after one page is added."""
    with Desk(tmp_path / "desk.sqlite") as desk:
        desk.add_bytes(name, text.encode())
        return [e for e in desk.entities() if e.type == "person"]


def test_villages_told_with_place_cues_are_not_people(tmp_path: Path) -> None:
    people = {e.name for e in _people(tmp_path, "notice.md", NOTICE)}
    assert not {"Tarn Hollow", "Quarry Green"} & people, people
    assert {"Mara Quint", "Jonas Pell", "Tobin Ashcroft"} <= people, people


def test_a_village_is_listed_as_a_place() -> None:
    found = entities(doc("n", NOTICE))
    assert find(found, "Tarn Hollow").type == "place"
    assert find(found, "Quarry Green").type == "place"


def test_a_piece_of_an_acts_name_is_no_one(tmp_path: Path) -> None:
    people = {e.name for e in _people(tmp_path, "council.md", COUNCIL)}
    assert "Upland Parishes" not in people, people


def test_a_title_before_a_name_is_the_persons_role(tmp_path: Path) -> None:
    people = {e.name: e for e in _people(tmp_path, "council.md", COUNCIL)}
    assert "Headteacher Ilse Kerr" not in people, list(people)
    assert people["Ilse Kerr"].roles == ("Headteacher",)


def test_a_post_keeps_the_words_before_its_title(tmp_path: Path) -> None:
    people = {e.name: e for e in _people(tmp_path, "council.md", COUNCIL)}
    assert people["Tomas Selvany"].roles == ("Labour group leader",)


def test_a_trade_in_apposition_is_a_role(tmp_path: Path) -> None:
    people = {e.name: e for e in _people(tmp_path, "council.md", COUNCIL)}
    assert people["Orla Brannick"].roles == ("primary school teacher",)


def test_a_post_told_before_someone_else_in_apposition_is_not_ones_own() -> None:
    text = (
        "Orla Brannick, a primary school teacher, began the petition. "
        "Friends of Vellmark Library, chaired by retired teacher Ilse Kerr, ran the sale. "
        "Friends of Vellmark Library said the sale raised money."
    )
    found = entities(doc("f", text))
    assert find(found, "Orla Brannick").roles == ("primary school teacher",)
    assert not [r for e in found for r in e.roles if "Ilse Kerr" in r], found


def test_partners_names_joined_by_an_ampersand_are_a_firm() -> None:
    text = (
        "The lowest bid, from Vellmark & Quint, was turned down. Vellmark & Quint did not comment."
    )
    assert find(entities(doc("b", text)), "Vellmark & Quint").type == "organisation"


def test_a_short_form_of_a_longer_name_is_no_person(tmp_path: Path) -> None:
    text = (
        "# Boil notice lifted\n\n"
        "A spokesperson for Dunmere Vale Water apologised to customers.\n"
        "Ilse Kerr came to Dunmere Vale in 2019 from ten years in rail.\n"
        "Dunmere Vale's public line is that heavy rain washed slurry into the reservoir.\n"
    )
    people = {e.name for e in _people(tmp_path, "notice.md", text)}
    assert "Dunmere Vale" not in people and "Ilse Kerr" in people, people


def test_a_common_word_before_a_given_name_is_no_part_of_it() -> None:
    text = (
        "Every pharmacist in Millgate was told to stop selling the drops. "
        '"We sent back forty packs," said Pharmacist Jonas Pell.'
    )
    assert find(entities(doc("p", text)), "Jonas Pell").roles == ("Pharmacist",)
