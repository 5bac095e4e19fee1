"""A table row printed with fewer cells than its header, put back under the right columns.

A PDF table's row leaves out the cells it does not print: a meeting date
merged down over that meeting's rows is printed on the first row only, an
empty status or update cell is not printed at all.  "Any Other Business |
Invite the PCC's office … | Chair | Letter drafted." under "Meeting date |
Item | Action | Lead | Status | Update" is item, action, lead and update.
Each cell keeps its order; of the ways to spread the cells over the
columns, the one whose cells best fit their columns' fields (``FITS``: a
date in the date column, a bare status phrase in the status column, an
owner in the lead column, a sentence in the action column) is taken, and
the cells as printed are kept unless another way fits strictly better.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import combinations

from minutebook.packs import actions_log_columns as col
from minutebook.packs.actions_log_columns import Columns
from minutebook.packs.actions_log_leads import Lexicon
from minutebook.packs.actions_log_rows import Row
from minutebook.packs.actions_log_shapes import TERMINAL, lead_like, title_like
from minutebook.packs.actions_log_tracker import DUE
from minutebook.packs.dates import find_date
from minutebook.packs.vocab import match_action_status

MAX_COLUMNS = 12  # wider headers are not spread (too many ways)
_MAX_STATUS_WORDS = 5
_MAX_DATE_WORDS = 5
_MIN_ACTION_WORDS = 4
_LONG_SENTENCE_WORDS = 5
_REFERENCE = re.compile(r"^\(?[A-Za-z]{0,6}[/.-]?[A-Za-z]{0,3}\d{1,4}(?:[/.-]\d{1,4}){0,2}[.)]?$")
_DUE = re.compile(rf"^(?:by\s+|end of\s+)?{DUE}\.?$", re.I)
_LEXICON = Lexicon()

GOOD, FAIR, NEUTRAL, POOR, WRONG = 2.0, 1.0, 0.0, -1.0, -2.0


def _sentence(text: str) -> bool:
    return bool(TERMINAL.search(text)) and len(text.split()) >= _LONG_SENTENCE_WORDS


def _fits_date(text: str) -> float:
    return GOOD if len(text.split()) <= _MAX_DATE_WORDS and find_date(text) else WRONG


def _fits_number(text: str) -> float:
    return GOOD if _REFERENCE.match(text) else WRONG


def _fits_status(text: str) -> float:
    """A bare status phrase: "Overdue", "Deferred to June 2024"; not "Circulated 21/04/2023."."""
    words = text.split()
    if len(words) > _MAX_STATUS_WORDS or (len(words) > 1 and TERMINAL.search(text)):
        return POOR
    return GOOD if match_action_status(text) is not None else POOR


def _fits_leads(text: str) -> float:
    if lead_like(text) or _LEXICON.owner_like(text):
        return FAIR
    return POOR if _sentence(text) else NEUTRAL


def _fits_action(text: str) -> float:
    return FAIR if len(text.split()) >= _MIN_ACTION_WORDS else NEUTRAL


def _fits_topic(text: str) -> float:
    if title_like(text):
        return FAIR
    return POOR if _sentence(text) else NEUTRAL


def _fits_minute(text: str) -> float:
    return FAIR if _REFERENCE.match(text) else _fits_topic(text)


def _fits_deadline(text: str) -> float:
    return FAIR if _DUE.match(text) or _fits_date(text) == GOOD else POOR


def _fits_comment(text: str) -> float:
    return FAIR / 2 if TERMINAL.search(text) or len(text.split()) >= _MIN_ACTION_WORDS - 1 else NEUTRAL


# Field of a column -> how well a cell's text fits it.
FITS: dict[str, Callable[[str], float]] = {
    col.DATE: _fits_date,
    col.NUMBER: _fits_number,
    col.STATUS: _fits_status,
    col.LEADS: _fits_leads,
    col.ACTION: _fits_action,
    col.TOPIC: _fits_topic,
    col.MINUTE: _fits_minute,
    col.DEADLINE: _fits_deadline,
    col.COMPLETED_ON: _fits_date,
    col.COMMENT: _fits_comment,
    col.OTHER: lambda text: NEUTRAL,
}


def _fields(columns: Columns) -> list[str | None]:
    fields: list[str | None] = [None] * columns.width
    for name, index in columns.index.items():
        if index < columns.width:
            fields[index] = name
    return fields


def _score(cells: tuple[str, ...], places: tuple[int, ...], fields: list[str | None]) -> float:
    total = 0.0
    for text, place in zip(cells, places, strict=True):
        name = fields[place]
        if text and name is not None:
            total += FITS[name](text)
    return total


def spread(row: Row, columns: Columns) -> Row:
    """The row with its cells under the columns they fit best (the row itself when it is full)."""
    width = columns.width
    count = len(row.cells)
    if not row.tabular or row.aligned or not 2 <= count < width <= MAX_COLUMNS or len(row.filled) < 2:
        return row
    fields = _fields(columns)
    best = tuple(range(count))
    best_score = _score(row.cells, best, fields)
    for places in combinations(range(width), count):
        score = _score(row.cells, places, fields)
        if score > best_score:
            best, best_score = places, score
    if best == tuple(range(count)):
        return row
    cells, loose = [""] * width, [""] * width
    for i, place in enumerate(best):
        cells[place], loose[place] = row.cells[i], row.loose_cell(i)
    return Row(row.number, tuple(cells), tuple(loose), row.bold, True, row.page, row.raw)
