"""Lists of names set out as a table: read as the list they are.

Some councils print who was present as a grid under one heading repeated over
its columns ("Councillor(s) | Councillor(s) | Councillor(s)", then a name in
each cell, a column at a time).  Row by row the grid reads as unrelated names
side by side; as a list it is what every reader already knows:
"Councillor(s): A M Beddow, J E Bowen-Rees, S J Caddick, …".

The grid's first line becomes that list (names column by column, as printed)
and its other lines are emptied, so every later line keeps its number.
"""

from __future__ import annotations

import re
from dataclasses import replace

from minutebook.packs.lines import Line
from minutebook.packs.text import cells, paragraphs

# A heading repeated over the columns is short ("Councillor(s)", "Members", "Present").
MAX_HEADING = 40
# A cell that holds more than a name (a sentence, a note) means the grid is not a list of names.
MAX_NAME = 60
_RULE = re.compile(r"^:?-{2,}:?$")  # a Markdown table's separator cell
_SENTENCE = re.compile(r"[.;:!?]\s|[.;!?]$")


def read_name_lists(lines: list[Line]) -> list[Line]:
    """``lines`` with every grid of names under one repeated heading read as one list line."""
    out = list(lines)
    index = 0
    while index < len(out):
        raw = out[index].raw
        heading = _repeated_heading(out[index]) if "\t" in raw or "|" in raw else None
        grid = _grid(out, index + 1, len(cells(raw))) if heading else []
        names = _names(grid) if grid else []
        if heading and names:
            listed = f"{heading}: {', '.join(names)}"
            out[index] = replace(out[index], text=listed, raw=listed)
            for at in range(index + 1, index + 1 + len(grid)):
                out[at] = replace(out[at], text="", raw="")
            index += len(grid)
        index += 1
    return out


def _is_row(raw: str) -> bool:
    return "\t" in raw or (raw.lstrip().startswith("|") and raw.count("|") >= 3)


def _parts(raw: str) -> list[str]:
    """A table row's raw cells (tab- or pipe-separated)."""
    return raw.split("\t") if "\t" in raw else raw.strip().strip("|").split("|")


def _repeated_heading(line: Line) -> str | None:
    """The heading a table row repeats over its two or more cells, else None."""
    if not _is_row(line.raw):
        return None
    parts = _parts(line.raw)
    first = parts[0].strip()
    if len(parts) < 2 or parts[1].strip() != first or any(part.strip() != first for part in parts[2:]):
        return None  # cheap: most rows differ at their first two cells, before any cleaning
    row = cells(line.raw)
    first = row[0]
    if len(row) < 2 or not first or len(first) > MAX_HEADING or _RULE.match(first):
        return None
    if any(cell != first for cell in row):
        return None
    return first


Grid = list[list[list[str]]]  # rows of cells, each cell its paragraphs


def _grid(lines: list[Line], start: int, width: int) -> Grid:
    """The rows of the grid from ``start``: table rows no wider than the heading row."""
    grid: Grid = []
    for line in lines[start:]:
        if not _is_row(line.raw):
            break
        parts = _parts(line.raw)
        if len(parts) > width:
            break
        grid.append([paragraphs(part) for part in parts])
    return grid


def _names(grid: Grid) -> list[str]:
    """The grid's names column by column (a cell may hold several), or [] if a cell holds more than a name."""
    rows = [row for row in grid if not all(_RULE.match(" ".join(cell)) or not cell for cell in row)]
    width = max((len(row) for row in rows), default=0)
    names: list[str] = []
    for column in range(width):
        for row in rows:
            for name in row[column] if column < len(row) else []:
                if len(name) > MAX_NAME or _SENTENCE.search(name):
                    return []
                names.append(name)
    return names
