"""A page's "the company" stands for a name it gives with a company's legal form ("Tarvo Marine
Ltd"), though the page names it only once."""

from __future__ import annotations

import pytest

from tests.answer.conftest import desk_of

PAGE = """\
# Diesel leak at Halvik pier

Tarvo Marine Ltd said on Monday that it had repaired the fuel line at the Halvik pier.
The harbour master said the leak had reached the outer basin by Sunday evening.
In 2021 the company was fined £45,000 after a smaller leak at the same pier.
"""


def test_the_company_stands_for_the_name_with_its_legal_form(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with desk_of(tmp_path_factory, {"leak.md": PAGE}) as desk:
        answer = desk.ask("How much was Tarvo Marine fined in 2021?")
    assert answer.answer.startswith("£45,000"), answer.answer
