"""Reader of an actions log printed as plain PDF text: one cell per line. STUB."""

from __future__ import annotations

from minutebook.packs.actions_log_rows import Row
from minutebook.packs.record import ActionArising


def read(rows: list[Row]) -> list[ActionArising]:
    return []
