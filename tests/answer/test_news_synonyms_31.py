"""Words news prose uses for one another: a claim "lodged" is one "filed", contract
"variations" are its "changes", and a tramway that "carries" passengers is one they "ride";
a date told of the asker's subject in a side clause ("who has chaired the panel since
2019") is not the date of the asked act."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

ORSA = """\
# Orsa tramway dispute

Lisle Ferries first threatened a claim against the Orsa tramway on 2 April 2025.

Lisle Ferries lodged its claim at the Kellmarsh court on 4 May 2025.

Ada Brannock, an engineer who has chaired the riders' panel since 2019, lodged her complaint on 12 June 2025.

The tramway board approved nine contract variations worth £12 million without a business case.

The Orsa tramway carries 60,000 passengers on a typical weekday.

About 4,000 passengers a day used the old Orsa buses before the tramway opened.
"""
orsa = page_desk("orsa", ORSA)


def test_a_claim_lodged_is_a_claim_filed(orsa: Desk) -> None:
    assert orsa.ask("When did Lisle Ferries file its claim?").answer.startswith("4 May 2025")


def test_contract_variations_are_contract_changes(orsa: Desk) -> None:
    answer = orsa.ask("How many contract changes did the tramway board approve?")
    assert answer.answer.lower().startswith("nine")


def test_passengers_carried_are_passengers_who_ride(orsa: Desk) -> None:
    answer = orsa.ask("How many passengers ride the Orsa tramway on a weekday?")
    assert answer.answer.startswith("60,000")


def test_a_side_clause_date_is_not_the_asked_acts(orsa: Desk) -> None:
    answer = orsa.ask("When did Ada Brannock file her complaint?")
    assert answer.answer.startswith("12 June 2025")
