"""The header of an actions log printed as layout text: columns set apart by runs of spaces.

pdftotext's layout mode prints a table's header cells where they stand on the
page, so a header cell that wraps runs onto the next line under itself:

    No.      Date of     Subject /         Action required     Lead
             meeting     Minute

Each run of the next line is put under the header cell it lies beneath (the
one it overlaps most, or one starting within a few characters), and the
joined cells are read as one header row.
"""

from __future__ import annotations

from minutebook.packs import actions_log_columns as col
from minutebook.packs.actions_log_columns import Columns
from minutebook.packs.actions_log_rows import Row, layout_cells

MAX_HEADER_LINES = 3
# Words a header cell wraps onto its next line: "Target | date", "Lead | officer", "Action | required".
_WRAPPED_HEADER_WORDS = (
    "date dates completion completed complete due target deadline by when who officer officers member members "
    "lead leads owner owners responsible update updates comments comment status progress required agreed taken "
    "raised action actions of the to and or meeting minute ref no. no number item title timescale expected "
    "actual rag notes outcome"
)
_HEADER_WORDS = frozenset(_WRAPPED_HEADER_WORDS.split())
_MAX_RUN_WORDS = 3  # a header cell's wrapped line is a word or two
_NEAR = 3
_MAX_STACKED_WORDS = 4


def header(spans: list[tuple[int, str]]) -> Columns | None:
    """The columns named by layout header cells (offset, text), or None."""
    if len(spans) < 2:
        return None
    found = col.from_header([text for _, text in spans])
    return Columns(found.index, tuple(start for start, _ in spans), len(spans)) if found else None


def _beneath(offset: int, text: str, spans: list[tuple[int, str]]) -> int | None:
    """The header cell a run of the line below lies under, or None."""
    end = offset + len(text)
    best, best_overlap = None, 0
    for i, (start, cell) in enumerate(spans):
        overlap = min(end, start + len(cell)) - max(offset, start)
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    if best is not None:
        return best
    near = [i for i, (start, _) in enumerate(spans) if abs(start - offset) <= _NEAR]
    return near[0] if near else None


def _joined(
    spans: list[tuple[int, str]], raw: str, printed: list[tuple[int, str]] | None = None
) -> list[tuple[int, str]] | None:
    """The header cells with the runs of the line below added under them, or None when it holds no wrap.

    A run is placed by where the cells stand as ``printed`` (their widest line so far), not by
    the length of their joined text: "Expected completion" over "date" is as wide as its
    widest line, and does not reach over the next column's "date"."""
    runs = layout_cells(raw)
    if not runs:
        return None
    out = list(spans)
    for offset, text in runs:
        at = _beneath(offset, text, printed or spans)
        if at is None or len(text.split()) > _MAX_RUN_WORDS:
            return None
        out[at] = (out[at][0], f"{out[at][1]} {text}")
    return out


def _widest(printed: list[tuple[int, str]], raw: str) -> list[tuple[int, str]]:
    """The header cells' widest lines, with the runs of the line below under them."""
    out = list(printed)
    for offset, text in layout_cells(raw):
        at = _beneath(offset, text, printed)
        if at is not None and len(text) > len(out[at][1]):
            out[at] = (out[at][0], text)
    return out


def wrapped_header(rows: list[Row], at: int) -> tuple[Columns, int] | None:
    """(columns, how many rows it takes) of a layout header wrapped over the rows from ``at``, or None."""
    first = rows[at]
    if first.tabular or not first.raw:
        return None
    spans = layout_cells(first.raw)
    if len(spans) < 2:
        return None
    if header(spans) is not None:
        return _carried_on(rows, at, spans)
    found: tuple[Columns, int] | None = None
    printed = spans
    for extra in range(1, MAX_HEADER_LINES):
        following = rows[at + extra] if at + extra < len(rows) else None
        if following is None or following.tabular or not following.raw.strip():
            break
        joined = _joined(spans, following.raw, printed)
        if joined is None:
            break
        spans, printed = joined, _widest(printed, following.raw)
        columns = header(spans)
        if columns is not None:
            found = (columns, extra + 1)
    return found


def _carried_on(rows: list[Row], at: int, spans: list[tuple[int, str]]) -> tuple[Columns, int] | None:
    """(columns, rows taken) of a header read whole on its first line whose cells still wrap onto
    the lines below ("Target" over "date", "Lead" over "officer"), or None where nothing wraps.
    A wrapped line holds only header words, none under the first column: a row of the table
    fills its first column."""
    count, printed = 1, spans
    while count < MAX_HEADER_LINES and at + count < len(rows):
        following = rows[at + count]
        runs = layout_cells(following.raw) if not following.tabular else []
        if not runs or not all(_header_words(text) for _, text in runs):
            break
        if any(_beneath(offset, text, printed) in (None, 0) for offset, text in runs):
            break
        joined = _joined(spans, following.raw, printed)
        if joined is None or header(joined) is None:
            break
        spans, printed, count = joined, _widest(printed, following.raw), count + 1
    columns = header(spans)
    return (columns, count) if count > 1 and columns is not None else None


def _header_words(text: str) -> bool:
    return all(word in _HEADER_WORDS for word in text.casefold().replace("/", " ").split())


def stacked_header(rows: list[Row], at: int) -> tuple[Columns, int] | None:
    """(columns, how many rows it takes) of a layout header whose cells are centred on its
    middle line, wrapping above it as well as below (a cell printed on the lines above, under
    or over another), or None::

               Date of     Minute
        No.                            Subject     Action     Lead Officer
               Meeting     Ref
    """
    for count in range(MAX_HEADER_LINES, 1, -1):
        block = rows[at : at + count]
        if len(block) < count or any(row.tabular or not row.raw.strip() for row in block):
            continue
        if not all(_header_run(text) for row in block for _, text in layout_cells(row.raw)):
            continue
        if not _beside_main_line(block):
            continue
        columns = header(_stacked_cells(block))
        if columns is not None:
            return columns, count
    return None


def _beside_main_line(block: list[Row]) -> bool:
    """True when the runs of the lines above and below the header's main line (the one with most
    runs) stand where the main line is blank: cells of two lines, centred on it.  A title over a
    header, or a topic under it, lies over a header cell."""
    spans = [layout_cells(row.raw) for row in block]
    main = max(range(len(block)), key=lambda k: len(spans[k]))
    taken = [(start, start + len(text)) for start, text in spans[main]]
    others = [run for k, line in enumerate(spans) if k != main for run in line]
    return all(_clear_of(start, start + len(text), taken) for start, text in others)


def _clear_of(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return all(end <= left or start >= right for left, right in taken)


def _header_run(text: str) -> bool:
    """A line's share of a header cell: a word or few, no figures (not a title's date, not a row)."""
    return len(text.split()) <= _MAX_STACKED_WORDS and not any(ch.isdigit() for ch in text)


def _stacked_cells(block: list[Row]) -> list[tuple[int, str]]:
    """The runs of the block's lines gathered into columns: runs that overlap side to side are
    one cell, read top to bottom."""
    runs = sorted(
        ((offset, line, text) for line, row in enumerate(block) for offset, text in layout_cells(row.raw)),
        key=lambda run: run[0],
    )
    cells: list[tuple[int, int, list[tuple[int, str]]]] = []  # (start, end, [(line, text)])
    for offset, line, text in runs:
        if cells and offset <= cells[-1][1]:
            start, end, parts = cells[-1]
            cells[-1] = (start, max(end, offset + len(text)), [*parts, (line, text)])
        else:
            cells.append((offset, offset + len(text), [(line, text)]))
    return [(start, " ".join(text for _, text in sorted(parts))) for start, _, parts in cells]
