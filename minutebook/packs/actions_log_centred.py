"""A layout-text table whose cells are centred on their row's middle line.

When a Word table's cells are centred top to bottom, pdftotext prints each
row's one-line cells (its number, its date) on the row's middle line and the
taller cells' lines above and below it, interleaved with the rows around:

                               Bring back a report on options for
          Play Parks – Opening                                      Director of Neighbourhood
    1     12/03/2024  PC 31/24     extending opening hours at Millbank
          Hours                                                      Services
                               Meadows play park.

The middle lines are those with a cell in the first column.  A cell has as
many lines above its row's middle line as below it, so in each column the
lines between two middle lines are shared out: as many to the row above as it
took above its own middle line, the rest to the row below.  A table is read
this way only when lines stand between its header and its first row's
middle line (a top-aligned table starts its first row at once).
"""

from __future__ import annotations

from minutebook.packs.actions_log_draft import join_wrapped
from minutebook.packs.actions_log_rows import Row, layout_row

_MAX_LINES_ABOVE = 6  # lines a first row may print above its middle line
_BLANKS_ENDING = 2  # blank lines in a row end the table
_HEADING_WORDS = 3


def centred_rows(rows: list[Row], at: int, starts: tuple[int, ...]) -> tuple[list[Row], int] | None:
    """(the table's rows rebuilt, index after the table) for the layout table from ``at``, or None
    when its cells are not centred."""
    end = _table_end(rows, at)
    printed = [row for row in rows[at:end] if not row.blank]
    lines = [layout_row(row, starts) for row in printed]
    middles = [k for k, line in enumerate(lines) if line.cells[0]]
    if not _centred(lines, middles):
        return None
    width = len(starts)
    taken = [0] * width  # per column: the first line not yet given to a row
    out: list[Row] = []
    for n, middle in enumerate(middles):
        limit = middles[n + 1] if n + 1 < len(middles) else len(lines)
        if _heading(lines[middle]):  # "Actions from the meeting held on 8 March 2023" across the table
            out.append(printed[middle])
            taken = [max(t, middle + 1) for t in taken]
            continue
        cells: list[str] = []
        for column in range(width):
            parts, taken[column] = _cell(lines, column, taken[column], middle, limit)
            cells.append(join_wrapped(parts))
        line = lines[middle]
        out.append(
            Row(line.number, tuple(cells), tuple(cells), False, True, line.page, line.raw, aligned=True)
        )
    return out, end


def _centred(lines: list[Row], middles: list[int]) -> bool:
    """True when lines stand above the first row's middle line (under the header or a heading)."""
    first = next((k for k in middles if not _heading(lines[k])), None)
    if first is None:
        return False
    above = first - 1 - max((k for k in middles if k < first), default=-1)
    return 0 < above <= _MAX_LINES_ABOVE


def _heading(line: Row) -> bool:
    """A line across the table (a meeting's heading over its rows), not a row's middle line."""
    return len(line.filled) == 1 and len(line.cells[0].split()) >= _HEADING_WORDS


def _cell(lines: list[Row], column: int, first: int, middle: int, limit: int) -> tuple[list[str], int]:
    """(the cell's lines, the first line left for the next row) of one column of the row whose
    middle line is ``middle``: every line above it not taken, and as many below."""
    above = [lines[k].cells[column] for k in range(first, middle) if lines[k].cells[column]]
    parts = [*above, lines[middle].cells[column]]
    wanted, k = len(above), middle + 1
    while wanted and k < limit:
        text = lines[k].cells[column]
        if text:
            parts.append(text)
            wanted -= 1
        k += 1
    return [p for p in parts if p], k


def _table_end(rows: list[Row], at: int) -> int:
    """Index after the table's last line: the rows up to a run of blank lines."""
    blanks = 0
    for k in range(at, len(rows)):
        if rows[k].tabular:
            return k - blanks
        blanks = blanks + 1 if rows[k].blank else 0
        if blanks >= _BLANKS_ENDING:
            return k - blanks + 1
    return len(rows) - blanks
