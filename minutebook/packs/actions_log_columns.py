"""The columns of an actions log, read from its header row.

Councils print the same log with different columns in different orders:
"Action | Lead Member(s) And Officer(s) | Comments", "No. | Date | Minute |
Action | Officer / Responsible | Deadline | Status / Update", "Action Owner",
"RAG status", "Outstanding/Complete".  Each header cell is mapped to a field
by a table of synonyms; the first rule that matches a cell wins, so
"Action Owner" is a lead and "Status / Update" a comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from minutebook.packs.text import fold

NUMBER = "number"
DATE = "meeting_date"
TOPIC = "topic"
MINUTE = "minute"
ACTION = "action"
LEADS = "leads"
DEADLINE = "deadline"
COMPLETED_ON = "completed_on"  # "Actual completion date", "Date completed": filled once the action is done
STATUS = "status"
COMMENT = "comment"
OTHER = "other"  # a column the log prints that no field of an action takes ("Priority", "Directorate")

# Header cell -> field.  Order matters: the first pattern that matches the whole cell wins.
HEADER_SYNONYMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (NUMBER, re.compile(r"^(?:no|number|ref|reference|ref no|item no|action no|action ref|#|id|log no)$")),
    (COMMENT, re.compile(r"^(?:officers?|members?|lead|owners?) (?:comments?|updates?|response|notes?)$")),
    (
        DATE,
        re.compile(
            r"^(?:date (?:action )?(?:raised|agreed|added|set)|date of (?:the )?(?:meeting|committee|board|panel|cabinet)"
            r"(?: meeting)?|(?:committee|board|panel|cabinet|meeting) date|meeting held)$"
        ),
    ),
    (
        COMPLETED_ON,
        re.compile(
            r"^(?:actual (?:completion |closure |close )?(?:date)?|actual completion|date (?:completed|closed|"
            r"of completion|of closure|actioned|done|complete)|(?:completed|closed|done) (?:on|date)|"
            r"completion date actual)$"
        ),
    ),
    (
        DEADLINE,
        re.compile(
            r"\b(?:deadline|due|target|by when|timescales?|timeframe|completion date|expected completion|when)\b"
        ),
    ),
    (
        LEADS,
        re.compile(
            r"\b(?:leads?|officers?|owners?|responsib\w*|by whom|who|members?|assigned|accountable)\b"
        ),
    ),
    (LEADS, re.compile(r"^action(?:ed)? by$")),
    (COMMENT, re.compile(r"\b(?:comments?|updates?|progress|response|notes?|outcome|position|remarks?)\b")),
    (STATUS, re.compile(r"\b(?:status|rag|outstanding|complete|completed|open ?/ ?closed|done)\b")),
    (
        DATE,
        re.compile(
            r"^(?:date|meeting|meeting date|date of meeting|date raised|date agreed|date added|date set)$"
        ),
    ),
    (MINUTE, re.compile(r"^(?:minute|minutes|min|minute no|minute number|minute ref|min no|min ref)$")),
    (
        TOPIC,
        re.compile(
            r"^(?:item|agenda item|subject|topic|title|report|issue|agenda item title|item title|paper|report title)$"
        ),
    ),
    (ACTION, re.compile(r"\b(?:actions?|decisions?|recommendations?|resolutions?|description|agreed)\b")),
    (
        OTHER,
        re.compile(
            r"^(?:priority|category|theme|portfolio|service|services|directorate|department|committee|board|body|"
            r"source|origin|type|wards?|area|cost|budget|risks?|links?|appendix|evidence|page|pages|year|quarter)$"
        ),
    ),
)
_HEADER_CELL_WORDS = 8
_PUNCT = re.compile(r"[^\w#/ ]")
# "Item / topic", "Subject and minute": a cell naming one column in two ways.
_ALTERNATIVES = re.compile(r"\s*/\s*|\s+(?:and|or|&)\s+")


@dataclass(frozen=True)
class Columns:
    """Where each field sits in a row: field -> cell index."""

    index: dict[str, int] = field(default_factory=dict)
    starts: tuple[int, ...] = ()  # character offsets of a layout (space-aligned) header
    width: int = 0  # how many cells the header printed (0: not known)

    def get(self, name: str) -> int | None:
        return self.index.get(name)

    @property
    def topic(self) -> int | None:
        """The column naming what an action sits under: a subject column, else the minute."""
        return self.index.get(TOPIC, self.index.get(MINUTE))


DEFAULT = Columns({ACTION: 0, LEADS: 1, COMMENT: 2})
NUMBERED = Columns({NUMBER: 0, ACTION: 1, LEADS: 2, COMMENT: 3})
# A topic column that, beside a subject column, holds only the item's number: "Item | Paper".
_ITEM_NUMBER = re.compile(r"^(?:agenda )?item$")
_REFERENCE = re.compile(r"^\(?[A-Za-z]{0,5}[/. -]?\d{1,4}(?:[/.-]\d{1,4})?[.)]?$")


def guess(cells: list[str] | tuple[str, ...]) -> Columns:
    """The columns of a log printed without a header row, from its first row: "1. | Action | Lead | Comment"."""
    return NUMBERED if cells and _REFERENCE.match(cells[0]) else DEFAULT


@lru_cache(maxsize=4096)  # every row of a log is tried as a header: the same cells, over and over
def header_field(cell: str) -> str | None:
    """The field a header cell names, or None: "Lead Member(s) And Officer(s)" -> leads."""
    text = fold(_PUNCT.sub(" ", cell.replace("(s)", "s").replace("&", " and "))).casefold()
    if not text or len(text.split()) > _HEADER_CELL_WORDS:
        return None
    whole = _field_of(text)
    if whole is not None:
        return whole
    for part in _ALTERNATIVES.split(text):
        found = _field_of(part.strip())
        if found is not None:
            return found
    return None


def _field_of(text: str) -> str | None:
    for name, pattern in HEADER_SYNONYMS:
        if pattern.search(text):
            return name
    return None


def _item_number(cell: str) -> bool:
    return bool(_ITEM_NUMBER.match(fold(_PUNCT.sub(" ", cell)).casefold().strip()))


def from_header(cells: list[str] | tuple[str, ...]) -> Columns | None:
    """The columns named by a header row, or None when the row is not a header.

    A header names at least two fields, one of them the action (a table
    with only a subject column takes it as the action), and every
    non-empty cell is a known heading.
    """
    index: dict[str, int] = {}
    for i, cell in enumerate(cells):
        if not cell:
            continue
        name = header_field(cell)
        if name is None:
            return None
        if name == TOPIC and TOPIC in index and _item_number(cells[index[TOPIC]]):
            index.setdefault(MINUTE, index.pop(TOPIC))  # "Item | Paper": the item's number, then its title
        index.setdefault(name, i)
    if ACTION not in index and TOPIC in index:
        index[ACTION] = index.pop(TOPIC)
    if len(index) < 2 or ACTION not in index:
        return None
    return Columns(index, width=len(cells))
