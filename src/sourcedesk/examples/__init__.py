"""Bundled example topics: small sets of invented pages that show sourcedesk on a first run."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["EXAMPLE_TOPIC", "example_files", "example_folder", "example_topics"]

EXAMPLE_TOPIC = "lisk-bridge"
_NOT_A_PAGE = frozenset({"README.md"})


def _package_dir() -> Path:
    """Return the directory that holds the bundled topics."""
    return Path(str(resources.files(__name__)))


def example_topics() -> list[str]:
    """Return the names of the bundled example topics, sorted."""
    return sorted(p.name for p in _package_dir().iterdir() if p.is_dir() and p.name[0] != "_")


def example_folder(topic: str = EXAMPLE_TOPIC) -> Path:
    """The folder of the bundled example pages."""
    return _package_dir() / topic


def example_files(topic: str = EXAMPLE_TOPIC) -> list[Path]:
    """Return the pages of one example topic in the order a newcomer should add them."""
    folder = example_folder(topic)
    if not folder.is_dir():
        raise FileNotFoundError(f"no bundled example topic named {topic!r}")
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name not in _NOT_A_PAGE)
