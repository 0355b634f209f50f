"""Settings declared once: name, default, environment variable and help.

The CLI reads these for its defaults and help texts; the web app and library use the same values.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    """One setting with its default, its environment variable and what it is for."""

    name: str
    default: str
    env: str
    help: str

    def value(self) -> str:
        """The value from the environment, else the default."""
        return os.environ.get(self.env, self.default)


DESK = Setting(
    "desk",
    "desk.sqlite",
    "SOURCEDESK_DESK",
    "The desk: a SQLite file path (created if missing) or a postgresql:// URL.",
)
WORKERS = Setting(
    "workers",
    "0",
    "SOURCEDESK_WORKERS",
    "Worker processes that read and clean pages during `add` (0 = one per core).",
)
DENSE = Setting(
    "dense",
    "0",
    "SOURCEDESK_DENSE",
    "Dense re-ranking of answer candidates with all-MiniLM-L6-v2 (needs the [semantic] extra): "
    "1 on, 0 off. Off by default: on bench/qa.py it gained about one point of answer-sentence "
    "accuracy for three to six times the time per question.",
)
PARAPHRASE = Setting(
    "paraphrase",
    "1",
    "SOURCEDESK_PARAPHRASE",
    "Count a question's words that the best sentence says in other words, read by "
    "all-MiniLM-L6-v2 (needs the [semantic] extra; answer/paraphrase.py): 1 on, 0 off. On by "
    "default where the model is installed; without it the desk answers as before.",
)
TOKEN = Setting(
    "token",
    "",
    "SOURCEDESK_TOKEN",
    "Access token for the web desk; required when serving beyond loopback.",
)
RESEARCH = Setting(
    "research",
    "later",
    "SOURCEDESK_RESEARCH",
    "When the research views (timeline, claims, conflicts) catch up with added pages: 'later' "
    "(the first view after a change does the work; adding stays quick) or 'add' (at the end of "
    "every add, so the views open at once; adding a page takes several times longer).",
)
SETTINGS = (DESK, WORKERS, DENSE, PARAPHRASE, TOKEN, RESEARCH)
