"""The one error a pack reader raises: it names the file and the reason."""

from __future__ import annotations


class PackError(Exception):
    """A pack that cannot be read.  ``str()`` is the one line a user sees."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
