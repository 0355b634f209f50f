"""The question reader: type, focus noun and key constraints, one line per case."""

from __future__ import annotations

import pytest

from sourcedesk.answer.question import gives_cause, read_question


@pytest.mark.parametrize(
    ("question", "qtype"),
    [
        ("When did the bridge open?", "when"),
        ("In what year did the bridge open?", "when"),
        ("On which date was the treaty signed?", "when"),
        ("Since what year has the port been closed?", "when"),
        ("Who signed the treaty?", "who"),
        ("Whom did the minister meet?", "who"),
        ("Which official confirmed the visit?", "who"),
        ("Where is the embassy?", "where"),
        ("In which country is the port?", "where"),
        ("Near which town did the fighting start?", "where"),
        ("How many soldiers were sent?", "how_many"),
        ("How much did the bridge cost?", "how_much"),
        ("What was the value of the exports?", "how_much"),
        ("Why did the embassy close?", "why"),
        ("What was the reason for the closure?", "why"),
        ("What did the minister sign?", "what"),
        ("Which treaty did they sign?", "which"),
        ("Did the minister resign?", "yes_no"),
        ("Has the embassy reopened?", "yes_no"),
        ("List the countries that signed.", "list"),
        ("According to the ministry, how many ships sank?", "how_many"),
        ("If the model holds, by what year will the lake be dry?", "when"),
        ("After the storm, in which town did the pilots meet?", "where"),
        ("How did the ministry describe the move?", "how"),
        ("The new pier is scheduled to be finished when?", "when"),
        ("The survivors were taken where?", "where"),
    ],
)
def test_question_type(question: str, qtype: str) -> None:
    assert read_question(question).qtype == qtype


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("When did Valdoria close its embassy in 1987?", {"Valdoria": "name", "1987": "year"}),
        ("How many of the 1,500 troops left?", {"1,500": "number"}),
        ("Who is the ambassador of Brennmark?", {"ambassador": "title", "Brennmark": "name"}),
        ("What did the Republic of Lorvania sign?", {"Republic of Lorvania": "name"}),
        ("Who met Choe Son-hui in Kessel?", {"Choe Son-hui": "name", "Kessel": "name"}),
        ("When did Valdoria and Brennmark meet?", {"Valdoria": "name", "Brennmark": "name"}),
        # a comma parts a name from the description after it: "the" joins no name there
        ("How old is Ada Voss, the Osby suspect?", {"Ada Voss": "name", "Osby": "name"}),
    ],
)
def test_key_constraints(question: str, kinds: dict[str, str]) -> None:
    found = {c.surface: c.kind for c in read_question(question).concepts}
    for surface, kind in kinds.items():
        assert found.get(surface) == kind, found
    required = {c.surface for c in read_question(question).concepts if c.required}
    assert set(kinds) <= required


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("How many troops were sent?", "troops"),
        ("Which two breakaway regions were recognised?", "regions"),
        ("What was the value of the exports?", "value"),
        ("What is his job?", "job"),
        ("How far from Kessby did the ferry sink?", ""),
        # a clause that opens names no focus: not "when", not "merger"
        ("How much did Halvik pay after the merger?", ""),
        ("How late was the K90 when it first flew?", ""),
        # a role noun after a name is the focus; a role word that modifies is not
        ("Which Corvane executive signed the deal?", "executive"),
    ],
)
def test_focus_noun(question: str, focus: str) -> None:
    assert read_question(question).focus == focus


def test_question_words_are_not_content() -> None:
    words = {c.surface.lower() for c in read_question("In what year did the bridge open?").concepts}
    assert words == {"bridge", "open"}


def test_negated_question_is_marked() -> None:
    assert read_question("Which country did not sign the treaty?").negated
    assert not read_question("Which country signed the treaty?").negated


@pytest.mark.parametrize(
    ("question", "names"),
    [
        # a title cut off by its period is not a name the sentence must hold
        ("When will the man who threatened Rep. Ilse Marwen be sentenced?", ["Ilse Marwen"]),
        ("What did Gov. Tomas Kerrigan say?", ["Tomas Kerrigan"]),
        # names joined by an en dash are two names ("the Valdoria–Brennmark border")
        ("Who was fined over the Orrin–Tessby brawl?", ["Orrin", "Tessby"]),
        # a hyphen still joins the parts of one name
        ("Who met Choe Son-hui?", ["Choe Son-hui"]),
    ],
)
def test_the_names_a_question_requires(question: str, names: list[str]) -> None:
    required = [c.surface for c in read_question(question).concepts if c.required]
    assert required == names


@pytest.mark.parametrize(
    ("question", "focus", "plural"),
    [
        ("What is the name of the Mafia boss who died in his cell?", "boss", False),
        ("What is the name of the Port Ellis hospital where she died?", "hospital", False),
        ("Which businesses closed after the flood?", "businesses", True),
    ],
)
def test_a_name_before_the_noun_only_tells_which_one(
    question: str, focus: str, plural: bool
) -> None:
    """ "the name of the Port Ellis hospital" asks for a hospital; a boss is one boss."""
    read = read_question(question)
    assert (read.focus, read.plural_focus) == (focus, plural)


def test_a_nationality_before_a_currency_is_no_name_to_match() -> None:
    """ "in British pounds" asks for pounds: a sentence writes "35 million pounds"."""
    surfaces = [c.surface for c in read_question("What was the loss in British pounds?").concepts]
    assert "British" not in surfaces and "pounds" in surfaces


def test_due_to_a_cause_is_told_from_due_to_a_schedule() -> None:
    assert gives_cause("How many flights were cancelled due to the snow?")
    assert not gives_cause("When is he due to be sentenced?")


@pytest.mark.parametrize(
    ("question", "qtype"),
    [
        ("Roughly how much grain passes through the strait each year?", "how_much"),
        ("Approximately how many boats were seized?", "how_many"),
        ("Exactly when did the ferry sink?", "when"),
    ],
)
def test_a_hedge_before_the_question_phrase_is_no_name(question: str, qtype: str) -> None:
    read = read_question(question)
    assert read.qtype == qtype
    assert all(c.kind != "name" for c in read.concepts), read.concepts
