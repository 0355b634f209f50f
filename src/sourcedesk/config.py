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
SETTINGS = (DESK, WORKERS)
