"""Words news prose uses for one another: firefighters who "fought" a blaze "tackled" it, and
a chief executive who "apologised" said sorry."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

DEPOT = """\
# Fire at the Vell bus depot

Crews of around 40 firefighters fought the depot fire in Vell overnight.

Earlier in the week 15 firefighters went to tackle a smaller fire at a warehouse in Orsa.

On Tuesday the chief executive of Tarn Buses, Ada Kerr, apologised to passengers.
"""
depot = page_desk("depot", DEPOT)


def test_firefighters_who_fought_a_blaze_tackled_it(depot: Desk) -> None:
    answer = depot.ask("How many firefighters tackled Vell's depot fire?")
    assert answer.answer.startswith("Around 40"), answer.answer


def test_an_apology_is_saying_sorry(depot: Desk) -> None:
    assert depot.ask("Did Ada Kerr say sorry to passengers?").answer.startswith("Yes")
