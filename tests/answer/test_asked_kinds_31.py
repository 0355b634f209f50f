"""Answers of the kind the question asks: a span of time for "How long was X closed?" and
"How quickly …?", a model's whole code, a sum with its currency word, a count told as "cited N
times", the sum of the item asked, and no date for "What engine …?"; an act the page says has
not happened is no answer."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk

FLEET = """\
# Halvik Air grounds its fleet

Halvik Air grounded its Tarvia jets on Monday, 3 March 2025, after an engine fire at Kellmarsh.

The Tarvia jets are powered by two Brannock HP-9 engines.

Every passenger on a cancelled flight gets a travel credit worth 120 crowns.

Crews from the airport station put the blaze out in roughly five minutes.

By late June 2025 the Tarvia safety board still had not released its final findings.

The study had been cited 57 times before the journal withdrew it.

Runway 09 stayed closed for nearly five hours while arriving aircraft went on to Tarnhold.

Magistrate Mara Vell imposed a £31,000 fine on the bakery and told it to pay £6,400 of prosecution costs.
"""
fleet = page_desk("fleet", FLEET)


def test_how_long_something_stayed_shut_is_a_span_of_time(fleet: Desk) -> None:
    answer = fleet.ask("How long was the runway closed?")
    assert answer.answer.lower().startswith("nearly five hours")


def test_how_quickly_asks_how_long_it_took(fleet: Desk) -> None:
    answer = fleet.ask("How quickly did the crews put out the blaze?")
    assert answer.answer.lower().startswith("roughly five minutes")


def test_a_model_code_is_named_whole(fleet: Desk) -> None:
    answer = fleet.ask("Which engines power the Tarvia jets?")
    assert answer.answer.startswith("Brannock HP-9")


def test_a_sum_keeps_its_currency_word(fleet: Desk) -> None:
    answer = fleet.ask("What is the value of the travel credit?")
    assert answer.answer.startswith("120 crowns")


def test_cited_n_times_counts_the_citations(fleet: Desk) -> None:
    answer = fleet.ask("How many citations did the withdrawn study get?")
    assert answer.answer.startswith("57")


def test_a_date_does_not_answer_which_engine(fleet: Desk) -> None:
    answer = fleet.ask("What engine type grounded Halvik Air on Monday?")
    assert "March" not in answer.answer.split(" — ")[0]


def test_an_act_the_page_denies_has_no_date(fleet: Desk) -> None:
    answer = fleet.ask("On what date did the safety board release its final findings?")
    assert answer.abstained
    assert "June" not in answer.answer


def test_how_much_someone_must_pay_towards_an_item_is_that_items_sum(fleet: Desk) -> None:
    answer = fleet.ask("How much must the bakery pay in prosecution costs?")
    assert answer.answer.startswith("£6,400")
