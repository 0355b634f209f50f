"""Where a sentence states a reason: causal verbs ("X caused Y", "Y was blamed on X") and the
clauses that reason cues open ("because …", "due to …", "after …").

Pure text functions over one sentence; `extractive.reason_span` picks among them.
"""

from __future__ import annotations

import re

from sourcedesk.answer import lexicon as lx

# A cause named by a causal verb ("X caused the collapse") answers a why-question more directly
# than a clause that a preposition opens.
CAUSAL_SPAN_SCORE = 1.2
# "for", "as", "to", "after", "over", "since" open reasons less surely than "because" or "due to".
WEAK_CUE_SPAN_SCORE = 0.5


def causal_clause(text: str, anchor_starts: list[int]) -> tuple[int, int] | None:
    """The cause a causal verb names for what the question asks about, if the sentence has one.

    Active voice ("A, together with B, caused the collapse"): the subject before the verb, when a
    question word comes after it. Passive ("the collapse was blamed on A"): the clause after the
    verb, when a question word comes before it.
    """
    for match in lx.CAUSE_VERBS.finditer(text):
        if any(a >= match.end() for a in anchor_starts):
            start = clause_start(text, match.start())
            subject = text[start : match.start()].strip(" ,")
            if len(subject.split()) >= 2:
                return start, start + len(subject)
    for match in lx.CAUSED_BY.finditer(text):
        if any(a < match.start() for a in anchor_starts):
            end = clause_end(text, match.end())
            if end - match.end() > len(" a b"):
                return match.end() + 1, end
    return None


def clause_start(text: str, before: int) -> int:
    """Where the clause that ends at `before` starts (after a semicolon or a leading phrase)."""
    cut = max(text.rfind("; ", 0, before) + 2, 0)
    return cut if cut > 1 else 0


STRONG_CUES = lx.REASON_CUES[:11]  # up to "in order to"
LEADING_CLAUSE_CHARS = 3  # a cue this near the start opens a clause that ends at a comma


def cue_clause(text: str, after: int, strong_only: bool = False) -> tuple[int, int] | None:
    cues = STRONG_CUES if strong_only else lx.REASON_CUES
    best = None
    for cue in cues:
        for m in re.finditer(rf"\b{re.escape(cue)}\b", text[after:], re.IGNORECASE):
            start = after + m.start()
            if cue not in STRONG_CUES and start - after > 60:
                continue
            if best is None or start < best:
                best = start
            break
        if best is not None and cue in STRONG_CUES:
            break
    if best is None:
        return None
    if best < LEADING_CLAUSE_CHARS:
        comma = text.find(", ", best)
        end = comma if comma > 0 else clause_end(text, best)
        return (best, end) if end - best > len("due to ") else None
    end = clause_end(text, best)
    return (best, end) if end - best > len("due to ") else None


def clause_end(text: str, start: int) -> int:
    match = re.search(
        r"[;]|,\s(?:which|while|but|and the|marking|confirming)|\.\s*$|$", text[start:]
    )
    end = start + (match.start() if match else len(text) - start)
    return len(text[:end].rstrip(" ,.;"))
