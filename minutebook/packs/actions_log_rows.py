"""The rows of an actions log, whatever the conversion printed.

A log reaches us as tab-separated cells (with ``<b>`` topic rows), Markdown
pipe tables, HTML ``<table>`` markup (on one line or many), or plain PDF text
(one cell per line, or columns aligned with spaces).  Each becomes a ``Row``
of cells carrying its source line.  ``cells`` are cleaned and folded;
``loose`` keeps the spacing and line breaks inside a cell (two spaces), which
is how two owners run together in a lead cell are told apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from bs4 import BeautifulSoup, Tag

from minutebook.packs.lines import Line
from minutebook.packs.text import cells as split_cells
from minutebook.packs.text import clean_line, fold, strip_markup

_RULE_CELL = re.compile(r"^:?-{2,}:?$")
_TABLE_OPEN = re.compile(r"<table\b", re.I)
_ROW_OPEN = re.compile(r"<tr\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_BOLD_OPEN = ("<b>", "<strong>", "**", "__")
_BOLD_CLOSE = ("</b>", "</strong>", "**", "__")
_GAP = re.compile(r"\S(?: ?\S)*")  # a run of text with no two spaces in a row
_MAX_TABLE_LINES = 20_000
_SLACK = 2  # a cell may start this many characters left of its header


@dataclass(frozen=True)
class Row:
    """One row of the log: its cells and where it stands in the source."""

    number: int
    cells: tuple[str, ...] = ()
    loose: tuple[str, ...] = ()
    bold: bool = False
    tabular: bool = False
    page: int | None = None
    raw: str = ""
    aligned: bool = False  # cut into columns by the offsets of a space-aligned header

    @property
    def blank(self) -> bool:
        return not any(self.cells)

    @cached_property  # asked of every row by most rules: worked out once
    def filled(self) -> tuple[int, ...]:
        """Indices of the non-empty cells."""
        return tuple(i for i, cell in enumerate(self.cells) if cell)

    @property
    def text(self) -> str:
        return " ".join(cell for cell in self.cells if cell)

    def cell(self, index: int | None) -> str:
        if index is None or index >= len(self.cells):
            return ""
        return self.cells[index]

    def loose_cell(self, index: int | None) -> str:
        if index is None or index >= len(self.loose):
            return ""
        return self.loose[index]


def is_bold(raw_cell: str) -> bool:
    """True for a cell printed all in bold: ``<b>…</b>``, ``**…**``."""
    text = raw_cell.strip().lower()
    return len(text) > 4 and text.startswith(_BOLD_OPEN) and text.endswith(_BOLD_CLOSE)


def is_rule(cells: tuple[str, ...] | list[str]) -> bool:
    """A separator row such as ``---<TAB>--<TAB>--`` or ``|---|---|``."""
    filled = [c for c in cells if c]
    return bool(filled) and all(_RULE_CELL.match(c.replace(" ", "")) for c in filled)


@lru_cache(maxsize=4096)
def row_cells(raw: str) -> tuple[str, ...]:
    """The cleaned cells of a raw line (see ``text.cells``), kept: a log's lines are cut into cells
    once to tell whether it is printed as records, and again for its rows."""
    return tuple(split_cells(raw))


def _raw_parts(raw: str) -> list[str] | None:
    if "\t" in raw:
        return raw.split("\t")
    if raw.lstrip().startswith("|") and raw.count("|") >= 2:
        return raw.strip().strip("|").split("|")
    return None


def _loose(raw_cell: str) -> str:
    return strip_markup(raw_cell).replace("\t", " ").strip()


def text_row(line: Line) -> Row | None:
    """The row of one line of text: a table row, or a single plain cell; None for a rule."""
    parts = _raw_parts(line.raw)
    if parts is None:
        text = clean_line(line.raw) if line.raw else line.text
        if not text and line.raw.strip():
            return None
        return Row(line.number, (text,), (_loose(line.raw),), is_bold(line.raw), False, line.page, line.raw)
    cells = row_cells(line.raw)
    if is_rule(cells):
        return None
    filled = [p for p in parts if p.strip()]
    bold = bool(filled) and all(is_bold(p) for p in filled)
    return Row(line.number, cells, tuple(_loose(p) for p in parts), bold, True, line.page, line.raw)


def _cell_loose(cell: Tag) -> str:
    for br in cell.find_all("br"):
        br.replace_with("  ")
    for block in cell.find_all(["p", "div", "li"]):
        block.insert_after("  ")
    return str(cell.get_text("")).strip()


def _cell_bold(cell: Tag) -> bool:
    if cell.name == "th":
        return True
    text = fold(cell.get_text(" "))
    bold = fold(" ".join(b.get_text(" ") for b in cell.find_all(["b", "strong"])))
    return bool(text) and text == bold


def _html_row(tr: Tag, line: Line) -> Row:
    tds = tr.find_all(["td", "th"], recursive=False)
    cells = tuple(fold(c.get_text(" ")) for c in tds)
    bold = any(cells) and all(_cell_bold(c) for c, t in zip(tds, cells, strict=True) if t)
    loose = tuple(_cell_loose(c) for c in tds)
    return Row(line.number, cells, loose, bold, True, line.page, "")


def _row_lines(block: list[Line]) -> list[Line]:
    """The line each ``<tr>`` of the block opens on, in order."""
    out: list[Line] = []
    for line in block:
        out.extend([line] * len(_ROW_OPEN.findall(line.raw)))
    return out


def html_rows(block: list[Line]) -> list[Row]:
    """The rows of an HTML table written over the lines of ``block`` (lxml mends unclosed cells and rows)."""
    soup = BeautifulSoup("\n".join(line.raw for line in block), "lxml")
    starts = _row_lines(block)
    rows = [
        _html_row(tr, starts[i] if i < len(starts) else block[0]) for i, tr in enumerate(soup.find_all("tr"))
    ]
    return [row for row in rows if not is_rule(row.cells)]


def _table_end(lines: list[Line], start: int) -> int:
    """Index after the line closing the table opened at ``start``."""
    limit = min(len(lines), start + _MAX_TABLE_LINES)
    for i in range(start, limit):
        if _TABLE_CLOSE.search(lines[i].raw):
            return i + 1
    return limit


def rows_of(lines: list[Line]) -> Iterator[Row]:
    """Every row of the lines, in order; HTML tables are read whole."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if _TABLE_OPEN.search(line.raw):
            end = _table_end(lines, i)
            yield from html_rows(lines[i:end])
            i = end
            continue
        row = text_row(line)
        if row is not None:
            yield row
        i += 1


def layout_cells(raw: str) -> list[tuple[int, str]]:
    """Runs of text separated by two or more spaces, with their offsets."""
    return [(m.start(), m.group()) for m in _GAP.finditer(raw.replace("\t", " "))]


def layout_row(row: Row, starts: tuple[int, ...]) -> Row:
    """A plain line cut into the columns whose header cells start at ``starts``."""
    cells = [""] * len(starts)
    for offset, text in layout_cells(row.raw):
        column = _column_of(offset, len(text), starts)
        cells[column] = f"{cells[column]} {text}".strip()
    clean = tuple(fold(strip_markup(c)) for c in cells)
    return Row(row.number, clean, tuple(cells), row.bold, True, row.page, row.raw, aligned=True)


def _column_of(offset: int, length: int, starts: tuple[int, ...]) -> int:
    """The column a run of text at ``offset`` falls in: the one it starts in, unless most of
    it lies in the next (a wrapped cell printed a few characters left of its header)."""
    column = max((i for i, s in enumerate(starts) if s <= offset + _SLACK), default=0)
    if column + 1 < len(starts):
        boundary = starts[column + 1]
        if boundary - offset < offset + length - boundary:
            return column + 1
    return column
