"""Reader of an agenda front sheet (the summons). STUB: being written."""

from __future__ import annotations

from minutebook.packs.lines import Line
from minutebook.packs.record import Meeting


def read(lines: list[Line]) -> list[Meeting]:
    """The meeting an agenda summons (kind ``agenda``)."""
    return []
