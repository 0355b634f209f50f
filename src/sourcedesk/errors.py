"""Exceptions raised by sourcedesk.

SourcedeskError                 base; the CLI prints `error: <input>: <reason>`
├── InputError                  one input cannot be read (missing, binary, empty, too big,
│   │                           undecodable, broken markup, unreachable URL)
│   └── FetchError              an http(s) input failed
├── DeskError                   the desk file or server cannot be opened or is corrupt
├── NotFound                    an id or session that the desk does not hold
└── UsageError                  a request that makes no sense (exit status 2)
"""

from __future__ import annotations


class SourcedeskError(Exception):
    """Base of every error sourcedesk raises on purpose."""


class InputError(SourcedeskError):
    """One input cannot be turned into a source; the reason is the message."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class FetchError(InputError):
    """An http(s) input could not be fetched or is not a text page."""


class DeskError(SourcedeskError):
    """The desk itself cannot be used (corrupt, read-only, unreachable)."""


class NotFound(SourcedeskError):
    """An id, prefix or session the desk does not hold."""


class UsageError(SourcedeskError):
    """A request that cannot be carried out as asked."""
