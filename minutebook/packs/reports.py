"""Reader of a report's header block. STUB: being written."""

from __future__ import annotations

from minutebook.packs.lines import Line
from minutebook.packs.record import Meeting, Report


def read(lines: list[Line], agenda_item: str | None = None) -> Report | None:
    """The header block of a report (or briefing), or None if it has none."""
    return None


def briefing_meeting(lines: list[Line]) -> list[Meeting]:
    """The meeting a briefing is written for (kind ``agenda``), where it names one."""
    return []
