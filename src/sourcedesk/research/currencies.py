"""Currencies: the signs and words that name each one, in a single table.

Several readers need to know a sum's currency. Answers and conflicts never set sums in two
currencies against each other. A question that names a currency ("How many euros …?") asks
for a sum in it, and "US dollars" in a question asks for the currency, not for the country.
All of them read this table, so they agree on what "£", "rupees" or "yuan" are.
"""

from __future__ import annotations

import re
from functools import lru_cache

# code: (signs, words). A sign is written before or glued to the figure ("$5", "US$5");
# the words follow it ("5 million euros") or name the currency in a question ("in yen").
CURRENCIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "usd": (("us$", "$"), ("usd", "dollar", "dollars")),
    "nzd": (("nz$",), ("nzd",)),
    "sgd": (("s$",), ("sgd",)),
    "brl": (("r$",), ("brl",)),
    "mxn": (("mx$",), ("mxn",)),
    "aud": (("a$", "au$"), ("aud",)),
    "cad": (("c$", "ca$"), ()),  # "cad" and "rub" are words too
    "hkd": (("hk$",), ("hkd",)),
    "eur": (("€",), ("eur", "euro", "euros")),
    "gbp": (("£",), ("gbp", "pound", "pounds", "sterling")),
    "jpy": (("¥",), ("jpy", "yen")),
    "cny": ((), ("cny", "yuan", "renminbi")),
    "rub": (("₽",), ("rouble", "roubles", "ruble", "rubles")),
    "uah": (("₴",), ("uah", "hryvnia", "hryvnias")),
    "inr": (("₹",), ("inr", "rupee", "rupees")),
    "krw": (("₩",), ("krw", "won")),
    "chf": ((), ("chf", "franc", "francs")),
    "peso": ((), ("peso", "pesos")),
    "krona": ((), ("krona", "kronor", "krone", "kroner", "crown", "crowns")),
}
# Words that are a currency only right after a figure: "they won" is a verb, "the Crown" and
# "a crown court" name no sum ("120 crowns" does).
AFTER_FIGURE_ONLY = frozenset({"won", "crown", "crowns"})

_CODE_OF = {mark: code for code, (signs, words) in CURRENCIES.items() for mark in signs + words}
SIGNS = sorted((s for signs, _ in CURRENCIES.values() for s in signs), key=len, reverse=True)
WORDS = frozenset(w for _, words in CURRENCIES.values() for w in words)
# Words a question can name a currency by ("in yen", "how many dollars"); "won" is left out.
ASKABLE_WORDS = frozenset(WORDS - AFTER_FIGURE_ONLY)

# A sign stands alone or opens a word, and one with letters ("HK$") comes before a figure:
# "Visa$" or "ca$h" holds none.
_SIGNS = (
    "(?<![A-Za-z])(?:"
    + "|".join(re.escape(s) + (r"(?=\s?\d)" if s[0].isalpha() else "") for s in SIGNS)
    + ")"
)
SIGN = re.compile(_SIGNS, re.IGNORECASE)
MONEY = re.compile(
    _SIGNS
    + r"|\b(?:"
    + "|".join(sorted(ASKABLE_WORDS, key=len, reverse=True))
    + r")\b|(?:\d|thousand|million|billion|trillion|bn|mn)\s+(?:"
    + "|".join(AFTER_FIGURE_ONLY)
    + r")\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def currency_of(text: str) -> str | None:
    """The currency a text names first ("usd" for "$108 million" or "US dollars"), if any."""
    found = MONEY.search(text)
    if found is None:
        return None
    mark = found.group(0).lower()
    return _CODE_OF.get(mark) or _CODE_OF.get(mark.split()[-1])


def currency_word(word: str) -> str | None:
    """The currency a word after a figure names ("euros" → "eur"), if it names one."""
    return _CODE_OF.get(word.lower()) if word.lower() in WORDS else None
