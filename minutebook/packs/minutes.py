"""Reader of minutes (and notes) of a meeting. STUB: being written."""

from __future__ import annotations

from minutebook.packs.lines import Line
from minutebook.packs.record import Meeting


def read(lines: list[Line], notes: bool = False) -> list[Meeting]:
    """The meeting(s) a minutes document records (kind ``minutes``, or ``notes``)."""
    return []
