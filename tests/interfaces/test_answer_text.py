"""How `ask` prints an answer for a person: the stated answer first, then the numbered quotes."""

from __future__ import annotations

from rich.console import Console

from sourcedesk.interfaces.render import print_answer
from sourcedesk.records import Answer, Citation

QUOTE = "The ferry service was suspended in May after the quay collapsed."


def _printed(answer: Answer) -> list[str]:
    console = Console(record=True, width=200)
    print_answer(console, answer)
    return console.export_text().splitlines()


def _answer(stated: str) -> Answer:
    cite = Citation(1, "abc123", 0, len(QUOTE), QUOTE, title="Kessby ferry")
    return Answer("q", f"{stated} — according to Kessby ferry [1].", False, (cite,))


def test_a_whole_sentence_answer_is_printed_once() -> None:
    """When the stated answer is the quoted sentence itself, the first line says only who says
    it: the sentence is not printed twice."""
    lines = _printed(_answer(QUOTE.rstrip(".")))
    assert lines[0] == "According to Kessby ferry [1]:"
    assert sum(QUOTE in line for line in lines) == 1


def test_a_whole_sentence_several_sources_give_says_that_the_quotes_answer() -> None:
    """ "4 sources agree [1][2]:" alone would not tell what they agree on: the quotes do."""
    second = Citation(2, "def456", 0, 20, "The ferry stopped.", title="Tarn news")
    answer = Answer(
        "q",
        f"{QUOTE.rstrip('.')} — 2 sources agree [1][2].",
        False,
        (_answer("x").citations[0], second),
    )
    lines = _printed(answer)
    assert lines[0] == "The sources' own words answer it — 2 sources agree [1][2]:"
    assert sum(QUOTE in line for line in lines) == 1


def test_a_short_answer_is_stated_before_its_quote() -> None:
    lines = _printed(_answer("In May"))
    assert lines[0] == "In May — according to Kessby ferry [1]."
    assert QUOTE in lines[1]


def test_a_disagreement_lists_each_side_with_its_citations() -> None:
    first = Citation(1, "abc123", 0, len(QUOTE), QUOTE, title="Kessby ferry")
    second = Citation(2, "def456", 0, len(QUOTE), QUOTE, title="Ostby post")
    sides = [{"text": "may", "citations": [1]}, {"text": "June", "citations": [2]}]
    answer = Answer(
        "When was the ferry suspended?",
        "May [1] — but the sources disagree: June [2].",
        False,
        (first, second),
        disagreements=({"about": "When was the ferry suspended?", "sides": sides},),
    )
    assert "  Sources disagree: May [1] · June [2]" in _printed(answer)


def test_a_long_quote_wraps_under_its_first_word_not_under_its_number() -> None:
    """On a narrow terminal the quotation's later lines stand beside its number, as one block,
    with no padding after them."""
    long_quote = " ".join([QUOTE] * 4)
    cite = Citation(1, "abc123", 0, len(long_quote), long_quote, title="Kessby ferry")
    console = Console(record=True, width=60)
    print_answer(console, Answer("q", "In May — according to Kessby ferry [1].", False, (cite,)))
    lines = console.export_text().splitlines()
    quote_lines = lines[1 : lines.index(next(x for x in lines if "chars" in x))]
    assert len(quote_lines) > 1
    assert quote_lines[0].startswith("  [1] “")
    assert all(line.startswith(" " * 6) and line[6] != " " for line in quote_lines[1:])
    assert all(len(line) <= 60 and line == line.rstrip() for line in quote_lines)
