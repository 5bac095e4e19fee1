"""Reader of an Actions Arising log. STUB: being written."""

from __future__ import annotations

from minutebook.packs.lines import Line
from minutebook.packs.record import ActionArising


def read(lines: list[Line]) -> list[ActionArising]:
    """One ActionArising per row of the log."""
    return []
