"""Questions a reviewer wrote against this session's answer rules, each a case where a
first version of a rule misfired: a middle initial dropped from "Henry V", a title's person
who is the object ("Fenn sentenced him"), a name after "at" that the question asks for, a
firm's acronym before its trade, a novel's title that ends in a body's word, "came out on
top", an age in words, a road closed for days, a list item's colon and a speaker's colon."""

from __future__ import annotations

from pathlib import Path

import pytest

from sourcedesk.answer.engine import stated_part
from sourcedesk.desk import Desk

CASES = [
    pytest.param(
        [
            [
                "kings.txt",
                "Kings of Orrin\n\nKing Henry VIII of Orrin was born in 1491. He reigned for 38 years. King Henry V died in 1422 at Vincennes.\n",
            ]
        ],
        "When was King Henry V born?",
        None,
        id="c01",
    ),
    pytest.param(
        [
            [
                "cars.txt",
                "Tarn Motors line-up\n\nTarn Motors launched the Tarn Model Y in 2020. The Tarn Model Y costs $48,000 in its base version. The Tarn Model X was launched in 2015, five years earlier.\n",
            ]
        ],
        "When did Tarn Motors launch the Tarn Model X?",
        "2015",
        id="c04",
    ),
    pytest.param(
        [
            [
                "court.txt",
                "Tobin Marsh jailed for Orrin harbour fraud\n\nThe former harbour master stole $2 million from the port over six years, the court heard. Judge Ida Fenn said the fraud had been planned with great care. Fenn sentenced him to nine years in prison on Friday.\n",
            ]
        ],
        "How long was Tobin Marsh sentenced to?",
        "nine years",
        id="c05",
    ),
    pytest.param(
        [
            [
                "guide.txt",
                "The best earbuds of 2024\n\nWe tested 30 pairs of earbuds over three months. Tarn Buds Pro: the best earbuds for runners, with a secure fit and 9 hours of battery. Orrin Air 2: the best budget earbuds, at $59. Vessel Sound X: the best earbuds for noise cancelling.\n",
            ]
        ],
        "Which earbuds are the best for runners?",
        "Tarn Buds Pro",
        id="c10",
    ),
    pytest.param(
        [
            [
                "court.txt",
                "Marsh trial, day three\n\nJudge Ida Fenn: The defendant will rise. Prosecutor Jon Vellard told the court that the boat was bought with stolen money. Mara Quint: I never saw the money, the witness said.\n",
            ]
        ],
        "Which judge told the defendant to rise?",
        "Ida Fenn",
        id="c11",
    ),
    pytest.param(
        [
            [
                "inquiry.txt",
                "Orrin council opens inquiry\n\nThe Orrin council on Monday opened an inquiry into Tobin Marsh, the former harbour master, over missing funds. Protesters outside the town hall threw eggs at Mayor Ida Fenn as she arrived. The council said it had lost confidence in Jon Vellard, its finance chief.\n",
            ]
        ],
        "Who did protesters throw eggs at?",
        "Ida Fenn",
        id="c12",
    ),
    pytest.param(
        [
            [
                "job.txt",
                "Vask joins Orrin Labs\n\nPiet Vask, the new chief executive of Orrin Labs, previously worked at Harbour Bank for twelve years. Before that he was a consultant at the Vessel Group.\n",
            ]
        ],
        "Who did Piet Vask work for before Orrin Labs?",
        "Harbour Bank",
        id="c15",
    ),
    pytest.param(
        [
            [
                "bridge.txt",
                "Orrin bridge funding agreed\n\nThe new Orrin bridge will be paid for by EU regional funds, the council said. The minister blamed NHS managers for the delays at Orrin hospital. The contract to build it went to BKV Construction. The bridge was designed by JMX architects in Port Ellis.\n",
            ]
        ],
        "Who designed the bridge?",
        "JMX",
        id="c16",
    ),
    pytest.param(
        [
            [
                "novel.txt",
                "Mara Quint returns\n\nSinger Mara Quint has written a novel. Her debut novel, The Harbour Club, came out in 2015 and sold 80,000 copies. It was shortlisted for the Orrin Prize.\n",
            ]
        ],
        "What is the title of her debut novel?",
        "The Harbour Club",
        id="c18",
    ),
    pytest.param(
        [
            [
                "race.txt",
                "Marsh wins Orrin mayoral race\n\nTobin Marsh came out on top in the Orrin mayoral race on Tuesday, beating Ida Fenn by 412 votes. Fenn topped the first round in May. The full results came out on Wednesday morning, a day later than planned.\n",
            ]
        ],
        "Who came out on top in the Orrin mayoral race?",
        "Tobin Marsh",
        id="c21",
    ),
    pytest.param(
        [
            [
                "quint.txt",
                "Mara Quint, sailor, dies at 88\n\nMara Quint began sailing at the age of seven in Vessel Bay. She joined the Orrin ferry service at 19 and became its first woman captain in 1975.\n",
            ]
        ],
        "At what age did Mara Quint begin sailing?",
        "seven",
        id="c24",
    ),
    pytest.param(
        [
            [
                "storm.txt",
                "Storm Vessa batters Orrin coast\n\nThe Harbour Road was closed for three days after the storm brought down power lines. The Orrin ferry was stranded at sea for 11 hours before tugs reached it. The rail line between Orrin and Port Ellis was shut for two weeks while crews cleared debris. The train journey from Orrin to Port Ellis now takes four hours.\n",
            ]
        ],
        "How long was the Harbour Road closed?",
        "three days",
        id="c26",
    ),
]


@pytest.mark.parametrize(("pages", "question", "expected"), CASES)
def test_the_rule_limits_hold(
    tmp_path: Path, pages: list[tuple[str, str]], question: str, expected: str | None
) -> None:
    with Desk(tmp_path / "desk.sqlite") as desk:
        for name, text in pages:
            desk.add_bytes(name, text.encode())
        answer = desk.ask(question)
    if expected is None:
        assert answer.abstained, answer.answer
    else:
        assert not answer.abstained, answer.answer
        assert expected.lower() in stated_part(answer.answer).lower(), answer.answer
