"""A why-question finds its reason where news puts it: "for" and a gerund, a cause that "led"
someone to act, and a clause after the question's words even when one of them comes again."""

from __future__ import annotations

from sourcedesk.desk import Desk
from tests.answer.conftest import page_desk, stated_answer

PAGE = """# Harbour league round-up

Keeper Anya Holt was sent off for tripping an Ostby striker, and now the Tessby club may have to face a longer ban from the league.

The status of Tessby captain Ruth Marr is unclear for Saturday's match at Ostby after a heavy fall in the last match left her with a knee injury.

Ostby Rovers bought the old ground in 1998. But its falling crowds late last season led the Ostby club to announce it would sell the ground.
"""

league = page_desk("league", PAGE)


def test_for_and_a_gerund_gives_the_reason(league: Desk) -> None:
    stated = stated_answer(league, "Why was Tessby keeper Anya Holt sent off?")
    assert stated.lower().startswith("for tripping an ostby striker")


def test_a_reason_after_the_question_words_is_found_when_one_comes_again(league: Desk) -> None:
    """ "match" comes again inside the reason ("in the last match")."""
    stated = stated_answer(league, "Why is Ruth Marr's status unclear for the Ostby match?")
    assert stated.lower().startswith("after a heavy fall")


def test_the_cause_that_led_someone_to_act_is_the_reason(league: Desk) -> None:
    stated = stated_answer(league, "Why did Ostby Rovers decide to sell the ground?")
    assert stated.lower().startswith("its falling crowds")


def test_a_reason_quoted_ends_with_its_quotation() -> None:
    """'"… in response to its choice to recognise Orrin," a spokesman wrote': the reason,
    not who said it."""
    from sourcedesk.answer.reasons import clause_end

    text = (
        '"Valdoria today cuts ties with Tessby in response to its choice to recognise the '
        'self-styled republic of Orrin," Ilse Marwen, a spokeswoman for the ministry, wrote.'
    )
    start = text.index("in response")
    assert text[start : clause_end(text, start)].endswith("republic of Orrin")
    quoted = 'It left because of "security concerns", officials said.'
    begin = quoted.index("because")
    assert quoted[begin : clause_end(quoted, begin)] == 'because of "security concerns"'


TIES = """# Kalvia and Norland

In response to Kalvia ending relations with Norland, the Norland foreign ministry issued a statement.

Kalvia cut its ties with Norland because Norland had recognised the rebel state of Vost.
"""

ties = page_desk("ties", TIES)


def test_a_fronted_reason_naming_the_one_asked_about_is_another_act_s_reason(ties: Desk) -> None:
    """ "In response to Kalvia ending relations, Norland issued a statement" is why Norland
    spoke, not why Kalvia ended relations."""
    stated = stated_answer(ties, "Why did Kalvia end relations with Norland?")
    assert stated.lower().startswith("because norland had recognised"), stated
