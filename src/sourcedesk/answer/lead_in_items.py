"""Items listed under a lead-in: "The panel made 12 proposals. The main ones were:" and then
one item a paragraph ("replacing the control software …;", "live tests …;").

A question that asks for several things ("What did the review recommend?", "List the steps
…") is best answered by the items themselves, which the lead-in sentence the ranking found
does not hold. When the best sentence ends with a colon, or one of the next three sentences
of its paragraph does, the answer is the items that follow: each a paragraph of one sentence,
under the same heading, up to `MAX_ITEMS`. Each item is cited, so every quote still satisfies
the citation invariant.
"""

from __future__ import annotations

import re
from typing import Any

from sourcedesk.answer.question import Question
from sourcedesk.records import Passage

MAX_ITEMS = 12
LEAD_IN_REACH = 3  # sentences after the found one, in its paragraph, that may be the lead-in
# What a question asks several of: "What were the recommendations?", "the steps taken",
# "What changes did the review call for?"
ITEMS_ASKED = re.compile(
    r"\b(?:recommend\w*|measures|steps|changes|demands|conditions|terms|proposals|options"
    r"|actions|reforms|requirements|findings|lessons|priorities|called\s+for|call\s+for"
    r"|list|name\s+the)\b",
    re.IGNORECASE,
)


def asks_items(question: Question) -> bool:
    return (
        question.qtype == "list"
        or question.plural_focus
        or (question.qtype in ("what", "which") and ITEMS_ASKED.search(question.text) is not None)
    )


def items_after_lead_in(
    store: Any, question: Question, passage: Passage
) -> tuple[Passage, list[Passage]] | None:
    """The lead-in at or right after the passage and the items it introduces, or None."""
    if not asks_items(question) or not hasattr(store, "sentences_at"):
        return None
    lead = passage if _leads_in(passage.text) else _lead_in_below(store, passage)
    if lead is None:
        return None
    places = [(lead.source_id, lead.sentence_no + k) for k in range(1, MAX_ITEMS + 2)]
    after = sorted(store.sentences_at(places), key=lambda p: p.sentence_no)
    items: list[Passage] = []
    paragraph = lead.paragraph_no
    for k, item in enumerate(after):
        shares = k + 1 < len(after) and after[k + 1].paragraph_no == item.paragraph_no
        if item.paragraph_no <= paragraph or shares or item.heading != lead.heading:
            break  # prose again: a paragraph of several sentences, or another section
        if items and _list_closed(items, item):
            break  # "…; a fund for repairs." then "The council accepted all three."
        items.append(item)
        paragraph = item.paragraph_no
        if len(items) == MAX_ITEMS:
            break
    return (lead, items) if len(items) >= 2 else None


def _list_closed(items: list[Passage], item: Passage) -> bool:
    """Whether the items so far closed the list: the last ended on a full stop after items
    ending on ";", or all began in lower case and this one does not."""
    ends = [i.text.rstrip()[-1:] for i in items]
    if ends[-1] == "." and ";" in ends[:-1]:
        return True
    lower = all(i.text.lstrip()[:1].islower() for i in items)
    return lower and not item.text.lstrip()[:1].islower()


def _lead_in_below(store: Any, passage: Passage) -> Passage | None:
    """A lead-in among the next sentences of the passage's paragraph ("The report came out on
    12 September. It confirmed … It made three recommendations:")."""
    places = [(passage.source_id, passage.sentence_no + k) for k in range(1, LEAD_IN_REACH + 1)]
    for following in sorted(store.sentences_at(places), key=lambda p: p.sentence_no):
        if following.paragraph_no != passage.paragraph_no:
            return None
        if _leads_in(following.text):
            return following
    return None


def _leads_in(text: str) -> bool:
    return text.rstrip().endswith(":")


def items_text(items: list[Passage]) -> str:
    """The items as one answer: each without its closing ";" or ".", joined by "; "."""
    return "; ".join(item.text.strip().rstrip(";.,").strip() for item in items)
