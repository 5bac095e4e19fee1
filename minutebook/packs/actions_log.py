"""Reader of an Actions Arising log: one ActionArising per action row.

A log is a run of meeting headings ("Meeting on Thursday 24th May 2018",
"Extraordinary Meeting on …"), each over a table whose header names its
columns ("Action | Lead Member(s) And Officer(s) | Comments", or a tracker's
"No. | Date | Minute | Action | Action Owner | Deadline | RAG status"), topic
rows (a bold or lone cell naming the item the actions sit under) and action
rows.  A row split over two lines or a page (its second half starting in
lower case, or the first half left unfinished before a blank line) is joined
back.  Every line is matched against ``RULES`` in order; the first rule that
matches handles it.  A log printed as plain PDF text, one cell per line, is
read by ``actions_log_plain`` instead, and one printed as "Label: value" records by
``actions_log_records``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from minutebook.packs import actions_log_columns as col
from minutebook.packs import actions_log_plain, actions_log_records
from minutebook.packs.actions_log_centred import centred_rows
from minutebook.packs.actions_log_columns import Columns
from minutebook.packs.actions_log_draft import Draft, finish, join_wrapped
from minutebook.packs.actions_log_fit import spread
from minutebook.packs.actions_log_headings import LOG_TITLE, bare_heading, date_start, meeting_heading
from minutebook.packs.actions_log_layout import header as layout_header
from minutebook.packs.actions_log_layout import stacked_header, wrapped_header
from minutebook.packs.actions_log_rows import Row, layout_cells, layout_row, rows_of
from minutebook.packs.dates import find_date
from minutebook.packs.lines import Line
from minutebook.packs.record import ActionArising
from minutebook.packs.text import is_page_break, is_page_number

_LABEL_WORDS = 6
_MAX_SHIFT = 20  # how far a column may move from one page's layout to the next
_TERMINAL = re.compile(r"[.!?:;)\"']\s*$")
_LABELLED = re.compile(r"^([A-Za-z][A-Za-z'()/&, -]{0,59}):\s*\S")  # "Purpose: The Committee is …"
_COVER_LABELS = 3  # "Purpose:", "Report Author:", "Lead Officer:" … one under another: a report's cover


@dataclass
class State:
    """Where the reader stands: the meeting and topic over the next row, and the last action."""

    meeting_date: str | None = None
    topic: str | None = None
    columns: Columns | None = None
    columns_page: int | None = None  # the page the columns' offsets were read on
    last: Draft | None = None
    after_topic: bool = False
    blank_before: bool = False
    in_table: bool = False
    date_parts: list[str] = field(default_factory=list)  # the lines of a wrapped date cell so far
    titles: set[str] = field(default_factory=set)
    drafts: list[Draft] = field(default_factory=list)
    guessed: bool = False  # the columns were guessed: the log printed no header row


class Rule(NamedTuple):
    name: str
    matches: Callable[[State, Row], bool]
    handle: Callable[[State, Row], None]


def _lone(row: Row) -> str | None:
    """The text of a row with one filled cell, else None."""
    filled = row.filled
    return row.cells[filled[0]] if len(filled) == 1 else None


def _columns(state: State) -> Columns:
    return state.columns or col.DEFAULT


# --- furniture -----------------------------------------------------------------------------


def _is_furniture(state: State, row: Row) -> bool:
    text = _lone(row)
    if text is None or (state.date_parts and _is_meeting(state, row)):  # "2024" ends a wrapped date
        return False
    return is_page_number(text) or is_page_break(text) or text.casefold() in state.titles


def _skip(state: State, row: Row) -> None:
    return None


def _is_blank(state: State, row: Row) -> bool:
    return row.blank


# --- meeting headings ------------------------------------------------------------------------


def _heading_text(state: State, row: Row) -> str | None:
    text = _lone(row)
    return " ".join([*state.date_parts, text]) if text is not None else None


def _is_meeting(state: State, row: Row) -> bool:
    text = _heading_text(state, row)
    if text is None or meeting_heading(text) is None:
        return False
    return not (row.tabular and row.filled[0] > 0 and bare_heading(text))  # "9 June 2021" ending a cell


def _on_meeting(state: State, row: Row) -> None:
    state.meeting_date = meeting_heading(_heading_text(state, row) or "")
    state.topic, state.last, state.after_topic = None, None, False


def _is_date_start(state: State, row: Row) -> bool:
    """ "12 November" over "2024": a date cell (merged down over its meeting's rows) wrapped."""
    text = _lone(row)
    return text is not None and date_start(text)


def _on_date_start(state: State, row: Row) -> None:
    state.date_parts.append(_lone(row) or "")


# --- header rows -----------------------------------------------------------------------------


def _header_of(row: Row) -> Columns | None:
    if row.tabular and not row.aligned:
        return col.from_header(row.cells)
    return layout_header(layout_cells(row.raw))


def _is_header(state: State, row: Row) -> bool:
    return _header_of(row) is not None


def _on_header(state: State, row: Row) -> None:
    state.columns = _header_of(row)
    state.in_table, state.columns_page = True, row.page


def _realigned(state: State, row: Row) -> Columns | None:
    """The columns at the offsets of the first full row on a new page, where the conversion set
    the table out afresh without repeating its header ("A4/23  Surrey  Ann Lee  April 2023  Done")."""
    columns = state.columns
    if columns is None or not columns.starts or row.page == state.columns_page or row.tabular:
        return None
    starts = tuple(offset for offset, _ in layout_cells(row.raw))
    if len(starts) != len(columns.starts) or starts == columns.starts:
        return None
    moved = [abs(new - old) for new, old in zip(starts, columns.starts, strict=True)]
    return (
        Columns(columns.index, starts, columns.width) if moved[0] <= 2 and max(moved) <= _MAX_SHIFT else None
    )


# --- before the first table: the log's titles ------------------------------------------------


def _is_title(state: State, row: Row) -> bool:
    text = _lone(row)
    if text is None:
        return False
    return not state.in_table or bool(LOG_TITLE.match(text))


def _on_title(state: State, row: Row) -> None:
    state.titles.add((_lone(row) or "").casefold())


# --- a row continuing the action above --------------------------------------------------------


def _continues(state: State, row: Row) -> bool:
    last = state.last
    if last is None or row.bold:
        return False
    cols = _columns(state)
    action = row.cell(cols.get(col.ACTION))
    if not action:
        return any(row.cell(cols.get(f)) for f in (col.LEADS, col.COMMENT, col.STATUS)) or _topic_wraps(
            state, cols, row
        )
    if _numbered(cols, row):
        return False
    unfinished = not _TERMINAL.search(last.action_tail)
    if cols.get(col.NUMBER) is not None and row.filled[0] != cols.get(col.NUMBER):
        return True  # a tracker row without a number of its own
    if action[0].islower():
        return True
    return unfinished and (state.blank_before or row.aligned)


def _topic_wraps(state: State, cols: Columns, row: Row) -> bool:
    """The last line of a layout row's subject cell, alone below the rest ("Club" under
    "Transfer – Bowling"): no blank line sets it apart as a topic row of its own."""
    return row.aligned and not state.blank_before and bool(row.cell(cols.topic))


def _numbered(cols: Columns, row: Row) -> bool:
    """A tracker row with its own number or date starts a new action."""
    return any(row.cell(cols.get(f)) for f in (col.NUMBER, col.DATE))


def _on_continuation(state: State, row: Row) -> None:
    last = state.last
    assert last is not None
    cols = _columns(state)
    last.add(row, cols)
    topic = row.cell(cols.topic) if cols.topic is not None else ""
    if topic and last.topic:  # a subject cell wrapped over the row's lines
        last.topic = state.topic = join_wrapped([last.topic, topic])


def _runs_on_plain(state: State, row: Row) -> bool:
    """A plain line in lower case under an unfinished action: the action cell's lines printed
    after a page break, where the conversion no longer saw the table."""
    text = _lone(row)
    last = state.last
    return (
        text is not None
        and not row.tabular
        and last is not None
        and text[0].islower()
        and not _TERMINAL.search(last.action_tail)
    )


def _on_plain_run_on(state: State, row: Row) -> None:
    assert state.last is not None
    state.last.action.append(_lone(row) or "")


# --- topic rows ------------------------------------------------------------------------------


def _is_topic(state: State, row: Row) -> bool:
    text = _lone(row)
    if text is None:
        return row.bold and bool(row.filled)
    cols = _columns(state)
    at = row.filled[0]
    return not row.tabular or at in (0, cols.get(col.ACTION), cols.topic) or row.bold


def _on_topic(state: State, row: Row) -> None:
    text = " ".join(row.cells[i] for i in row.filled)
    state.topic = f"{state.topic} {text}" if state.after_topic and state.topic else text
    state.after_topic, state.last = True, None


# --- action rows -----------------------------------------------------------------------------


def _is_label(state: State, row: Row) -> bool:
    """A form row ("Date:<TAB>19 November 2015") of a report's header block, not an action."""
    first = row.cells[row.filled[0]] if row.filled else ""
    return first.endswith(":") and len(first.split()) <= _LABEL_WORDS


def _is_action(state: State, row: Row) -> bool:
    return bool(row.cell(_columns(state).get(col.ACTION)))


def _on_action(state: State, row: Row) -> None:
    cols = _columns(state)
    date = find_date(row.cell(cols.get(col.DATE))) if cols.get(col.DATE) is not None else None
    if date:
        state.meeting_date = date
    topic = row.cell(cols.topic) if cols.topic is not None else ""
    state.topic = topic or state.topic
    draft = Draft(line=row.number, page=row.page, meeting_date=state.meeting_date, topic=state.topic)
    draft.add(row, cols)
    state.drafts.append(draft)
    state.last, state.after_topic, state.in_table = draft, False, True


RULES: tuple[Rule, ...] = (
    Rule("blank", _is_blank, _skip),
    Rule("page furniture", _is_furniture, _skip),
    Rule("meeting heading", _is_meeting, _on_meeting),
    Rule("start of a wrapped date", _is_date_start, _on_date_start),
    Rule("header row", _is_header, _on_header),
    Rule("log title", _is_title, _on_title),
    Rule("continued row", _continues, _on_continuation),
    Rule("action running on in plain lines", _runs_on_plain, _on_plain_run_on),
    Rule("topic row", _is_topic, _on_topic),
    Rule("label row", _is_label, _skip),
    Rule("action row", _is_action, _on_action),
    Rule("stray row", lambda state, row: True, _skip),
)


def _step(state: State, row: Row) -> None:
    realigned = _realigned(state, row)
    if realigned is not None:
        state.columns, state.columns_page = realigned, row.page
    if state.columns is not None and state.columns.starts and not row.tabular and row.raw:
        row = layout_row(row, state.columns.starts)
    if state.columns is None and row.tabular and len(row.filled) >= 2 and _header_of(row) is None:
        state.columns = col.guess(row.cells)  # a log printed without a header row
        state.guessed = True
    if state.columns is not None:
        row = spread(row, state.columns)  # a row printed without its empty or merged cells
    for rule in RULES:
        if rule.matches(state, row):
            rule.handle(state, row)
            if rule.handle is not _on_date_start:
                state.date_parts.clear()
            break
    state.blank_before = row.blank


def _is_table(rows: list[Row]) -> bool:
    """True when the log is printed as a table (cells we can see), not one cell per line."""
    return (
        any(row.tabular and len(row.filled) >= 2 for row in rows)
        or any(not row.tabular and _header_of(row) is not None for row in rows)
        or any(wrapped_header(rows, at) or stacked_header(rows, at) for at in range(len(rows)))
    )


def read(lines: list[Line]) -> list[ActionArising]:
    """One ActionArising per action row of the log, in order."""
    if actions_log_records.is_records(lines):
        return actions_log_records.read(lines)
    rows = list(rows_of(lines))
    if not _is_table(rows):
        return actions_log_plain.read(rows)
    state = State()
    at = 0
    while at < len(rows):
        if state.drafts and _report_cover(rows, at):
            break  # a report printed after the log, left in its document
        wrapped = wrapped_header(rows, at) or stacked_header(rows, at)
        if wrapped is not None:  # a layout header whose cells wrap onto the lines below (or above)
            state.columns, state.in_table, state.columns_page = wrapped[0], True, rows[at].page
            at = _centred(state, rows, at + wrapped[1])
            continue
        columns = state.columns
        _step(state, rows[at])
        at += 1
        if state.columns is not columns and state.columns is not None and state.columns.starts:
            at = _centred(state, rows, at)
    return finish(_owned(state))


def _report_cover(rows: list[Row], at: int) -> bool:
    """True where a report's header block starts: "Label: value" rows one under another, blank
    lines apart at most ("Purpose:<TAB>…", "Report Author:<TAB>…", "Lead Officer:<TAB>…"), not a
    row of the table nor a meeting's heading ("Meeting: Cabinet", "Date: 4 June 2024")."""
    if not _labelled(rows[at]):
        return False
    block = [row for row in rows[at : at + 2 * _COVER_LABELS] if not row.blank][:_COVER_LABELS]
    return len(block) == _COVER_LABELS and all(_labelled(row) for row in block)


def _labelled(row: Row) -> bool:
    first = row.cells[0] if row.tabular and row.cells else row.raw  # printed at the left margin
    if ":" not in first:
        return False
    text = f"{first} {row.cells[row.filled[1]]}" if first.endswith(":") and len(row.filled) > 1 else first
    found = _LABELLED.match(text.replace("\t", " "))
    return found is not None and len(found.group(1).split()) <= _LABEL_WORDS and find_date(text) is None


def _owned(state: State) -> list[Draft]:
    """The actions read; none where the columns were guessed and no row names an owner, a status
    or a comment: a list of numbered headings ("PC 07/25 | Action Tracker") over minutes' prose."""
    if state.guessed and not any(d.leads or d.comment or d.status for d in state.drafts):
        return []
    return state.drafts


def _centred(state: State, rows: list[Row], at: int) -> int:
    """Read the layout table under the header just read when its cells are centred on their
    rows' middle lines, page after page; the index to read on from."""
    assert state.columns is not None
    found = centred_rows(rows, at, state.columns.starts)
    while found is not None:
        for row in found[0]:
            _step(state, row)
        at = _past_furniture(state, rows, found[1])
        found = centred_rows(rows, at, state.columns.starts)
    return at


def _past_furniture(state: State, rows: list[Row], at: int) -> int:
    """The index of the first row from ``at`` that is not blank, a page number or break, or a
    running title: where a table carried over to the next page goes on."""
    while at < len(rows) and (rows[at].blank or _is_furniture(state, rows[at])):
        at += 1
    return at
