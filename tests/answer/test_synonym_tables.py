"""The one-way synonym table is a dict literal built from many `**{…}` parts: a word given
twice keeps only its last stand-ins, silently dropping the first (a "collected" that lost
"attracted" when "raised" was added). Each word must be given once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from sourcedesk.answer import variant_data


def test_each_word_of_the_one_way_table_is_given_once() -> None:
    source = Path(variant_data.__file__).read_text(encoding="utf-8")
    table = next(
        node.value
        for node in ast.parse(source).body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id == "ONE_WAY_SYNONYMS"
    )
    assert isinstance(table, ast.Dict)
    names = vars(variant_data)
    given: Counter[str] = Counter()
    for key, value in zip(table.keys, table.values, strict=True):
        if key is None:  # a `**{w: … for w in (…)}` part: the words it gives
            part = eval(compile(ast.Expression(value), "variant_data", "eval"), dict(names))
            given.update(part.keys())
        else:
            given[ast.literal_eval(key)] += 1
    assert [word for word, n in given.items() if n > 1] == []
