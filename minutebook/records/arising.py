"""Actions across logs: each printing of an action is matched to the one Action it reprints.

Successive Actions Arising logs reprint older rows, sometimes with light edits.
A row is the same action as a known one when it was agreed at the same meeting
(date) by the same body and its text is nearly the same (rapidfuzz ratio on
normalised text).  Two rows of one log are never the same action.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from rapidfuzz import fuzz

from minutebook.records.names import fold

SAME_ACTION = 88.0
_WORD = re.compile(r"[a-z0-9]+")


def action_key(text: str) -> str:
    """Normalised action text: folded words only ("Board to receive…" -> "board to receive …")."""
    return " ".join(_WORD.findall(fold(text)))


class ActionMatcher:
    """Known actions of one body by meeting date; ``match`` finds the Action a row reprints."""

    def __init__(self, known: list[tuple[int, dt.date | None, str]]) -> None:
        self.by_date: dict[dt.date | None, list[tuple[int, str]]] = defaultdict(list)
        for action_id, date, key in known:
            self.by_date[date].append((action_id, key))
        self.taken: set[int] = set()

    def match(self, date: dt.date | None, key: str) -> int | None:
        """The id of the known action this row reprints, or None for a new action."""
        best: tuple[float, int] | None = None
        for action_id, known_key in self.by_date.get(date, []):
            if action_id in self.taken:
                continue
            score = fuzz.ratio(key, known_key)
            if score >= SAME_ACTION and (best is None or score > best[0]):
                best = (score, action_id)
        if best is None:
            return None
        self.taken.add(best[1])
        return best[1]

    def add(self, action_id: int, date: dt.date | None, key: str) -> None:
        self.by_date[date].append((action_id, key))
        self.taken.add(action_id)
