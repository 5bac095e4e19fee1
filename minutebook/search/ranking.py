"""How much a passage weighs in search ranking: substantive business up, routine business down."""

from __future__ import annotations

import re

# Item titles of routine business (apologies, declarations, minutes of the last meeting …).
ROUTINE = re.compile(
    r"\b(apolog\w*|declarations?|interests?|membership|substitut\w*|welcome|introductions?|"
    r"minutes|any other business|aob|urgent business|date of (the )?next meeting|chair'?s? announcements?|"
    r"attendance|quorum)\b",
    re.I,
)

KIND_WEIGHT = {
    "resolution": 1.5,
    "action": 1.2,
    "paragraph": 1.0,
    "report": 1.0,
    "item": 0.8,
    "document": 0.7,
    "declaration": 0.3,
}
ROUTINE_FACTOR = 0.3


def is_routine(title: str | None) -> bool:
    return bool(title and ROUTINE.search(title))


def weight(kind: str, item_title: str | None = None) -> float:
    """The ranking weight of a passage of ``kind`` under an item titled ``item_title``."""
    base = KIND_WEIGHT.get(kind, 1.0)
    return base * ROUTINE_FACTOR if is_routine(item_title) else base
