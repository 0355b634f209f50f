"""Any question on any page gets an answer or an abstention, never an error, and every quote
it cites is the exact text at its offsets (random pages and questions from a word pool)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcedesk.desk import Desk
from tests.answer.conftest import assert_citations_exact

WORD_POOL = (
    "the a of in at from to for by and who said was were is has had on with about after "
    "Council Marrow Tarn Ostby Lund Brenna Glass Inspector Dr. U.S. Mr. museum pier bridge "
    "theft cup police thief built sold opened 3rd 12 1,200 $8 £40,000 per cent 1998 May "
    "Monday years days minutes more than about nearly north of Kessby's ‘Light’ “Water” "
    "(DPR) – — ; : , CEO co-founder spokesman historian"
)
WORDS = WORD_POOL.split()
QUESTION_OPENERS = (
    "Who", "What", "When", "Where", "Why", "How many", "How long", "How much", "Which company",
    "What street", "Who is", "What did", "Did", "What is the name of the",
)  # fmt: skip

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=18).map(
    lambda words: " ".join(words).capitalize() + "."
)
page = st.lists(sentence, min_size=1, max_size=6).map(lambda s: "# Page\n\n" + " ".join(s))
question = st.tuples(
    st.sampled_from(QUESTION_OPENERS),
    st.lists(st.sampled_from(WORDS), min_size=0, max_size=7),
    st.sampled_from(("?", " for?", " out?", " from?", "")),
).map(lambda parts: f"{parts[0]} {' '.join(parts[1])}{parts[2]}".strip())


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=page, asked=st.lists(question, min_size=1, max_size=4))
def test_random_questions_on_random_pages_answer_or_abstain(
    tmp_path: Path, text: str, asked: list[str]
) -> None:
    with Desk(tmp_path / f"fuzz-{abs(hash(text))}.sqlite") as desk:
        desk.add_bytes("page.md", text.encode())
        for q in asked:
            if not q.strip(" ?"):
                continue
            answer = desk.ask(q)
            assert answer.answer
            assert_citations_exact(desk, answer)
