"""An action row being read, and the ActionArising it becomes once the log is read.

Leads are split only when the whole log has been read, so that owners the log
prints on their own can cut the cells where two owners run together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutebook.packs import actions_log_columns as col
from minutebook.packs.actions_log_columns import Columns
from minutebook.packs.actions_log_leads import lexicon_of, split_leads
from minutebook.packs.actions_log_rows import Row
from minutebook.packs.actions_log_shapes import topic_then_action
from minutebook.packs.dates import find_date
from minutebook.packs.record import ActionArising
from minutebook.packs.text import fold
from minutebook.packs.vocab import ActionStatus, action_status, match_action_status

_WRAPPED_HYPHEN = re.compile(r"[A-Za-z0-9]-$")
_TAIL_LINES = 3


def join_wrapped(parts: list[str]) -> str:
    """Text wrapped over rows, joined back: "sign-" + "off" is "sign-off", "all-" + "Member" "all-Member"."""
    out: list[str] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out and not (_WRAPPED_HYPHEN.search(out[-1]) and part[0].isalnum()):
            out.append(" ")
        out.append(part)
    return fold("".join(out))


@dataclass
class Draft:
    """The cells of one action, gathered over the rows it is printed on."""

    line: int
    page: int | None
    meeting_date: str | None
    topic: str | None
    action: list[str] = field(default_factory=list)
    leads: list[str] = field(default_factory=list)
    comment: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    completed_on: list[str] = field(default_factory=list)  # an "Actual completion date" cell
    comment_column: bool = True  # False where the log prints a status but no comment column
    status_column: bool = False  # True where the log prints a status column
    topic_column: bool = False  # True where the log prints a subject column (not only a minute number)
    first_loose: str = ""  # the action cell of the first row, its line breaks kept

    def add(self, row: Row, cols: Columns) -> None:
        """Add the cells of a row (the action's first row or one continuing it)."""
        self.comment_column = cols.get(col.COMMENT) is not None
        self.status_column = cols.get(col.STATUS) is not None
        self.topic_column = cols.get(col.TOPIC) is not None
        if not self.action:
            self.first_loose = row.loose_cell(cols.get(col.ACTION))
        for name, into in (
            (col.ACTION, self.action),
            (col.COMMENT, self.comment),
            (col.STATUS, self.status),
            (col.COMPLETED_ON, self.completed_on),
        ):
            text = row.cell(cols.get(name))
            if text:
                into.append(text)
        lead = row.loose_cell(cols.get(col.LEADS))
        if lead:
            self.leads.append(lead)

    @property
    def action_text(self) -> str:
        return join_wrapped(self.action)

    @property
    def action_tail(self) -> str:
        """The last line of the action so far: what tells whether it was cut short."""
        return self.action[-1] if self.action else ""

    @property
    def leads_tail(self) -> str:
        """The last few lines of the lead cell so far."""
        return " ".join(self.leads[-_TAIL_LINES:])

    @property
    def lead_text(self) -> str:
        return " ".join(self.leads)


def _status(comment: str, status_cell: str, status_column: bool, completed_on: str = "") -> str:
    """The printed status; else the one the comment states; else, where the log dates when each
    action was done ("Actual completion date"), completed once that date is filled.  Where the
    log has a status column left blank and the comment states none ("Letter drafted."), the
    action is still open."""
    printed = match_action_status(status_cell) if status_cell else None
    if (
        printed is None
        and find_date(completed_on)
        and match_action_status(comment) in (None, ActionStatus.OPEN)
    ):
        return str(ActionStatus.COMPLETED)
    if printed is None and status_column and not status_cell:
        printed = match_action_status(comment) or ActionStatus.OPEN
    return str(printed or action_status(comment))


def _topic_and_action(draft: Draft) -> tuple[str | None, str]:
    """The action's topic and text: a log without a subject column may print the item's title
    as the first line of the action cell."""
    text = draft.action_text
    found = None if draft.topic_column else topic_then_action(text, draft.first_loose)
    return found or (draft.topic, text)


def finish(drafts: list[Draft]) -> list[ActionArising]:
    """The actions of a log, leads split with the log's own lexicon of owners."""
    lexicon = lexicon_of(d.lead_text for d in drafts)
    owners: dict[str, list[str]] = {}  # a log prints the same lead cell many times
    out: list[ActionArising] = []
    for draft in drafts:
        lead = draft.lead_text
        if lead not in owners:
            owners[lead] = split_leads(lead, lexicon)
        status_cell = join_wrapped(draft.status)
        comment = join_wrapped(draft.comment) if draft.comment_column else status_cell
        topic, action = _topic_and_action(draft)
        out.append(
            ActionArising(
                meeting_date=draft.meeting_date,
                topic=topic,
                action=action,
                leads=list(owners[lead]),
                comment=comment,
                status=_status(comment, status_cell, draft.status_column, join_wrapped(draft.completed_on)),
                line=draft.line,
                page=draft.page,
            )
        )
    return out
