"""The bundled example topic: a fictional bridge collapse told by pages in several formats."""

from __future__ import annotations

from pathlib import Path

EXAMPLE_TOPIC = "lisk-bridge"


def example_folder(topic: str = EXAMPLE_TOPIC) -> Path:
    """The folder of the bundled example pages."""
    return Path(__file__).parent / topic
