"""Reader of an actions log printed as records: one block of "Label: value" lines per action.

    Action ref: 24/05
    Meeting: 1 February 2024
    Item: Proposed Precept 2024/25
    Action: Treasurer to circulate the savings
    programme.
    Owner: Ann Lee, Chief Finance Officer
    Update: Circulated on 12 March.
    Status: Closed

The same records printed as two-column tables ("Action | Clerk to write …")
are read alike.  Each label is mapped to a field by the same synonyms as a table's header
cells (``actions_log_columns.header_field``); a line without a label carries
on the value above it; a field printed a second time starts the next record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutebook.packs import actions_log_columns as col
from minutebook.packs.actions_log_draft import Draft, finish
from minutebook.packs.actions_log_rows import row_cells
from minutebook.packs.dates import find_date
from minutebook.packs.lines import Line
from minutebook.packs.record import ActionArising
from minutebook.packs.text import is_page_break, is_page_number

LABEL_CELL = re.compile(r"^[A-Z][A-Za-z ()/&'.-]{0,30}:?$")
LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z ()/&'.-]{0,30}?)\s*:\s*(?P<value>.*)$")
KEPT = (
    col.NUMBER,
    col.DATE,
    col.TOPIC,
    col.MINUTE,
    col.ACTION,
    col.LEADS,
    col.COMMENT,
    col.STATUS,
    col.COMPLETED_ON,
)
MIN_RECORDS = 2
MAX_LABEL_WORDS = 4


def labelled(line: Line) -> tuple[str | None, str] | None:
    """(field, value) of a "Label: value" line or a "Label | value" row (field None for a label no
    column names), or None."""
    if ":" not in line.text and "\t" not in line.raw and "|" not in line.raw:
        return None  # neither a label nor a row of cells: most lines of a log
    row = [c for c in row_cells(line.raw) if c] if line.raw else []
    if len(row) == 2 and LABEL_CELL.match(row[0]) and len(row[0].split()) <= MAX_LABEL_WORDS:
        name = col.header_field(row[0].rstrip(": "))
        return (name, row[1]) if name else None  # a two-cell row of a log's table is no record
    match = LABEL.match(line.text)
    if match is None:
        return None
    return col.header_field(match["label"]), match["value"].strip()


def is_records(lines: list[Line]) -> bool:
    """True for a log printed as records: two or more "Action:" lines, and owners and statuses labelled too."""
    fields = [found[0] for found in (labelled(ln) for ln in lines if ln.text) if found]
    return (
        fields.count(col.ACTION) >= MIN_RECORDS
        and col.LEADS in fields
        and (col.STATUS in fields or col.COMMENT in fields)
    )


@dataclass
class _Record:
    """The values of one record so far: field -> (first line, parts)."""

    values: dict[str, tuple[Line, list[str]]] = field(default_factory=dict)

    def draft(self) -> Draft | None:
        if col.ACTION not in self.values:
            return None
        line = self.values[col.ACTION][0]
        text = {name: " ".join(parts) for name, (_, parts) in self.values.items()}
        topic = text.get(col.TOPIC) or text.get(col.MINUTE) or None
        draft = Draft(
            line=line.number, page=line.page, meeting_date=find_date(text.get(col.DATE, "")), topic=topic
        )
        draft.action, draft.leads = self.values[col.ACTION][1], self.values.get(col.LEADS, (line, []))[1]
        draft.comment = self.values.get(col.COMMENT, (line, []))[1]
        draft.status = self.values.get(col.STATUS, (line, []))[1]
        draft.completed_on = self.values.get(col.COMPLETED_ON, (line, []))[1]
        return draft


@dataclass
class _Reader:
    records: list[_Record] = field(default_factory=lambda: [_Record()])
    current: str | None = None  # the field the last line went to

    def label(self, line: Line, name: str | None, value: str) -> None:
        if name not in KEPT:
            self.current = None  # "Due: March 2025": a value we do not keep ends the one above
            return
        assert name is not None
        if name in self.records[-1].values:
            self.records.append(_Record())
        self.records[-1].values[name] = (line, [value] if value else [])
        self.current = name

    def carry_on(self, line: Line) -> None:
        if self.current is not None:
            self.records[-1].values[self.current][1].append(line.text)


def read(lines: list[Line]) -> list[ActionArising]:
    """One ActionArising per record of the log."""
    reader = _Reader()
    for line in lines:
        if not line.text:
            reader.current = (
                None  # a blank line ends a value: records are set apart, values wrap line by line
            )
            continue
        if is_page_number(line.text) or is_page_break(line.text):
            continue
        found = labelled(line)
        if found is None:
            reader.carry_on(line)
        else:
            reader.label(line, *found)
    drafts = [d for d in (record.draft() for record in reader.records) if d is not None]
    return finish(drafts)
