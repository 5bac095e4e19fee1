"""A PDF page's lines rebuilt from where pdfium put its text: table rows whole again.

pdfium reads a page in content order.  For the Word and LibreOffice exports
councils publish that is reading order, except in tables: a row's cells come
one after another, each cell's wrapped lines before the next cell's, so an
action log's row "14 March 2024 | Officers to bring a report … | Director of
Public Health | Ongoing" reaches a reader as a dozen short lines with no sign
of where one cell ends.

pdfium also knows where each run of text sits (its *segments*: one box per
line of a cell, per line of a paragraph, or per run set apart by a wide
gap).  From those boxes, in content order:

* a *block* is a run of segments one under the other at the same left edge:
  a paragraph, or the wrapped lines of one table cell;
* a *row* is a run of blocks side by side, their tops level: one table row,
  or one line whose runs a wide gap sets apart ("Wards affected   All wards");
* a *table row* is a row of two or more blocks that shares at least two
  of its blocks' left edges with another such row on the page (a header and
  a row, or rows of a log, perhaps with one-cell rows between them).

A table's rows become one line each, cells separated by tabs and a cell's
wrapped lines joined by a space, as the Word source gives them.  A numbered
paragraph whose number stands apart from its indented lines keeps its number
on its first line ("4.<TAB>The Committee had before it …"), as text prints it.  Other rows
keep pdfium's lines, runs set apart by a wide gap joined by a tab.  Two
columns of text side by side that are not a table (a newsletter layout)
stay as pdfium reads them, one column after the other.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

import pypdfium2.raw as pdfium_c

from minutebook.packs.sources.html import CELL_BREAK

# A gap wider than this between two runs on one line (points) is a column gap, not a space.
COLUMN_GAP = 12.0
# Two segments are one block's lines when their left edges are this close (points).
SAME_LEFT = 4.0
# A centred or right-aligned cell's lines share their middle or right edge to within this (points).
ALIGNED = 1.5
# Lines of a cell further apart than this many times its closest lines are two paragraphs.
PARAGRAPH_GAP = 1.35
FONT_NAME_SIZE = 128
BULLETS = frozenset("•●▪◦‣■□➢✓")  # a cell's line starting with one begins a paragraph
# The most pages worth of segments we rebuild; a page with more is left as pdfium reads it.
MAX_SEGMENTS = 4000


class TextPage(Protocol):
    """What we use of pypdfium2's ``PdfTextPage``."""

    def count_rects(self, index: int = 0, count: int = -1) -> int: ...

    def get_rect(self, index: int) -> tuple[float, float, float, float]: ...

    def get_text_bounded(
        self,
        left: float | None = None,
        bottom: float | None = None,
        right: float | None = None,
        top: float | None = None,
    ) -> str: ...


@dataclass
class Segment:
    """A run of text pdfium reports with its box (PDF points, y upwards)."""

    left: float
    bottom: float
    right: float
    top: float
    text: str
    bold: bool = False

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


Block = list[Segment]
Row = list[Block]


Box = tuple[float, float, float, float]  # left, bottom, right, top


def _touching(a: Box, b: Box) -> bool:
    """Two boxes on one line that meet or overlap: one run of text, whose halves pdfium boxed apart."""
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap > 0.5 * min(a[3] - a[1], b[3] - b[1]) and b[0] <= a[2] + 0.5 and a[0] <= b[2] + 0.5


def _boxes(page: TextPage) -> list[Box]:
    """pdfium's boxes of runs in content order, touching boxes on one line joined: asked for apart,
    their characters would be shared out between them by position ("(4):C" and ":Councillor")."""
    out: list[Box] = []
    for index in range(page.count_rects()):
        box = page.get_rect(index)
        if out and _touching(out[-1], box):
            last = out[-1]
            box = (min(last[0], box[0]), min(last[1], box[1]), max(last[2], box[2]), max(last[3], box[3]))
            out[-1] = box
        else:
            out.append(box)
    return out


def segments(page: TextPage) -> list[Segment]:
    """The page's runs of text in content order, each with its box; [] where there are too many to rebuild."""
    if page.count_rects() > MAX_SEGMENTS:
        return []
    out = []
    for left, bottom, right, top in _boxes(page):
        text = page.get_text_bounded(left, bottom, right, top)
        text = " ".join(text.splitlines()).strip(" ")  # a box is one line: any break in it is a space
        if text:
            out.append(Segment(left, bottom, right, top, text, _bold(page, left, (bottom + top) / 2)))
    return out


_BOLD_FONT = ("bold", "black", "heavy", "semibold", "demi")


def _bold(page: TextPage, x: float, y: float) -> bool:
    """Whether the run starting at (x, y) is set in a bold face (by its font's name)."""
    raw = getattr(page, "raw", None)
    if raw is None:
        return False
    index = pdfium_c.FPDFText_GetCharIndexAtPos(raw, x + 1.0, y, 2.0, 2.0)
    if index < 0:
        return False
    name = ctypes.create_string_buffer(FONT_NAME_SIZE)
    flags = ctypes.c_int()
    if not pdfium_c.FPDFText_GetFontInfo(raw, index, name, FONT_NAME_SIZE, ctypes.byref(flags)):
        return False
    lowered = name.value.decode("latin-1").lower()
    return any(word in lowered for word in _BOLD_FONT)


@dataclass
class Rule:
    """A horizontal edge drawn on the page (a table border, the edge of a shaded cell)."""

    left: float
    right: float
    y: float


@dataclass
class Post:
    """A vertical edge drawn on the page: a table's column border."""

    x: float
    bottom: float
    top: float


@dataclass
class Edges:
    rules: list[Rule]
    posts: list[Post]


def _ruled_between(rules: list[Rule], upper: Segment, lower: Segment) -> bool:
    """A drawn edge between two lines, under the lower one's start: they sit in different table rows."""
    return any(
        lower.top - 1.0 <= rule.y <= upper.bottom + 1.0 and rule.left <= lower.left + 2.0 <= rule.right
        for rule in rules
    )


def _continues_block(block: Block, segment: Segment, rules: list[Rule]) -> bool:
    """The next line of the same paragraph or cell: lined up with it, just below the last line, no edge between."""
    last = block[-1]
    below = segment.top <= last.bottom + last.height * 0.5
    near = last.bottom - segment.top <= last.height * 2.0
    return below and near and _aligned(block, segment) and not _ruled_between(rules, last, segment)


def _aligned(block: Block, segment: Segment) -> bool:
    """The segment lines up with the block: the same left edge, or, in a centred or right-aligned
    cell, the same middle or right edge as the line above it."""
    last = block[-1]
    if abs(segment.left - block[0].left) <= SAME_LEFT:
        return True
    middle = abs((segment.left + segment.right) - (last.left + last.right)) / 2
    return middle <= ALIGNED or abs(segment.right - last.right) <= ALIGNED


def blocks(found: list[Segment], rules: list[Rule] | None = None) -> list[Block]:
    out: list[Block] = []
    for segment in found:
        if out and _continues_block(out[-1], segment, rules or []):
            out[-1].append(segment)
        else:
            out.append([segment])
    return out


def _beside(row: Row, block: Block) -> bool:
    """A block to the right of the row's last and level with the row: the next cell of the row.

    "Level" is overlapping the row's height, so cells whose text is centred vertically still join it.
    """
    right_of = block[0].left >= max(segment.right for segment in row[-1]) - 1.0
    if not right_of:
        return False
    top = max(b[0].top for b in row)
    bottom = min(b[-1].bottom for b in row)
    overlap = min(top, block[0].top) - max(bottom, block[-1].bottom)
    return overlap >= 0.5 * min(row[0][0].height, block[0].height)


def _level(a: Segment, b: Segment) -> bool:
    return abs(a.top - b.top) <= max(a.height, b.height) * 0.6


def _split_at_level(block: Block, beside: Block) -> int:
    """Where a block must be cut because a later line of it starts a row with ``beside``, else 0.

    A heading or paragraph straight above a table at the same left edge reads as one block with the
    first cell below it; the cell's neighbour, level with that cell, shows where the row begins.  A
    neighbour centred on the whole block is a vertically centred cell of the same row: no cut.
    """
    start = beside[0]
    middle = (block[0].top + block[-1].bottom) / 2
    centred = abs((start.top + beside[-1].bottom) / 2 - middle) <= start.height * 0.5
    if centred or _level(block[0], start):
        return 0
    for index, segment in enumerate(block[1:], start=1):
        if _level(segment, start) and start.left >= segment.right - 1.0:
            return index
    return 0


def rows(found: list[Block]) -> list[Row]:
    out: list[Row] = []
    for block in found:
        cut = _split_at_level(out[-1][-1], block) if out else 0
        if cut:  # the row's last block runs on into the next row: its later lines start that row
            above = out[-1][-1]
            out[-1][-1] = above[:cut]
            out.append([above[cut:], block])
        elif out and _beside(out[-1], block):
            out[-1].append(block)
        else:
            out.append([block])
    return out


def cell_text(block: Block, usual: float = 0.0) -> str:
    """A table cell's text: its wrapped lines joined by a space, its paragraphs by ``CELL_BREAK``:
    lines set apart by a wider gap than ``usual`` between the page's wrapped lines, a bullet, a
    bold line over plain ones (a topic over its action), or a line ended early (its next line's
    first word would have fitted on it: the writer broke the line, the wrapping did not)."""
    text = block[0].text
    width = max(segment.right for segment in block) - min(segment.left for segment in block)
    for above, segment in pairwise(block):
        wide = usual > 0 and _pitch(above, segment) > usual * PARAGRAPH_GAP
        bullet = segment.text[:1] in BULLETS
        parted = (
            wide
            or bullet
            or above.bold != segment.bold
            or _ended_early(above, segment, block[0].left + width)
        )
        text += (CELL_BREAK if parted else " ") + segment.text
    return text


def _ended_early(above: Segment, below: Segment, right: float) -> bool:
    """The room left at the end of ``above`` (up to the cell's widest line) would have taken the
    first word of ``below`` and a space: the line was broken by hand, not by wrapping."""
    word = below.text.split(" ", 1)[0]
    per_char = (below.right - below.left) / max(len(below.text), 1)
    return right - above.right > per_char * (len(word) + 2)


def _pitch(above: Segment, below: Segment) -> float:
    """How far one line sits below the other: the smaller of the distances between their tops and
    their bottoms (a box fits its glyphs, so capitals and descenders move one edge, seldom both)."""
    return min(above.top - below.top, above.bottom - below.bottom)


def usual_pitch(found: list[Block]) -> float:
    """How far apart the page's wrapped lines usually are (the median over its blocks), or 0."""
    pitches = sorted(_pitch(above, below) for block in found for above, below in pairwise(block))
    return pitches[len(pitches) // 2] if pitches else 0.0


@dataclass
class Layout:
    """What a page's table rows are read with: its drawn column borders and its usual line pitch."""

    posts: list[Post]
    pitch: float


def _column_gap(posts: list[Post], left: Segment, right: Segment) -> bool:
    """A wide gap between two runs of a line, or a drawn column border between them."""
    if right.left - left.right > COLUMN_GAP:
        return True
    middle = (right.top + right.bottom) / 2
    return any(
        left.right - 1.0 <= post.x <= right.left + 1.0 and post.bottom <= middle <= post.top for post in posts
    )


def _line_of_runs(row: Row, posts: list[Post]) -> str:
    """One line whose runs were set apart: a tab at each column gap, else a space."""
    line, previous = "", None
    for block in row:
        segment = block[0]
        if previous is not None:
            line += "\t" if _column_gap(posts, previous, segment) else " "
        line += segment.text
        previous = segment
    return line


def _lefts(row: Row) -> list[float]:
    return [block[0].left for block in row]


def _shares_columns(a: Row, b: Row) -> bool:
    """Two rows with at least two cells starting at the same left edges: rows of one table."""
    shared = sum(1 for x in _lefts(a) if any(abs(x - y) <= SAME_LEFT for y in _lefts(b)))
    return shared >= 2


def _table_rows(found: list[Row], carried: Row | None = None) -> set[int]:
    """The rows of several cells that share their columns with another such row on the page, or
    with the row of a table that ended the page before."""
    several = [index for index, row in enumerate(found) if len(row) >= 2]
    return {
        index
        for index in several
        if any(other != index and _shares_columns(found[index], found[other]) for other in several)
        or (carried is not None and _shares_columns(found[index], carried))
    }


MARKER_WIDTH = 8  # "12.", "(iii)", "HWB/24/3": a paragraph's number, printed apart from its text


def _hanging(row: Row) -> bool:
    """A numbered paragraph with a hanging indent: its number alone at the left, its lines indented."""
    return len(row) == 2 and len(row[0]) == 1 and len(row[0][0].text) <= MARKER_WIDTH


def _table_groups(
    found: list[Row], table: set[int], carried: Row | None = None, run_on: set[int] | None = None
) -> dict[int, list[float]]:
    """Each table row's column boundaries: the gaps between cells that its table's rows agree on
    (a row whose cell is empty has one wide gap there, which its neighbours' gaps cut in two).
    The rows finishing a row cut at the page before, and a first table sharing its columns with
    the carried row, are that table run on: its columns are theirs."""
    groups: list[list[int]] = [sorted(run_on)] if run_on else []
    for index in sorted(table - (run_on or set())):
        group = groups[-1] if groups else None
        if group and any(_shares_columns(found[index], found[other]) for other in group):
            group.append(index)
        else:
            groups.append([index])
    columns: dict[int, list[float]] = {}
    for number, group in enumerate(groups):
        table_rows = [found[index] for index in group]
        if carried is not None and number == 0 and (run_on or _shares_columns(table_rows[0], carried)):
            table_rows.append(carried)
        bounds = _column_bounds(table_rows)
        columns.update((index, bounds) for index in group)
    return columns


def _right(block: Block) -> float:
    return max(segment.right for segment in block)


def _column_bounds(table: list[Row]) -> list[float]:
    """Where one column ends and the next begins: the middle of the gap that overlapping gaps
    between neighbouring cells of the rows have in common.  Gaps, not left edges, so that centred
    and right-aligned columns are told apart as well as left-aligned ones."""
    gaps = sorted((_right(a), b[0].left) for row in table for a, b in pairwise(row))
    shared: list[tuple[float, float]] = []
    for low, high in gaps:
        if shared and low <= shared[-1][1]:
            shared[-1] = (max(shared[-1][0], low), min(shared[-1][1], high))
        else:
            shared.append((low, high))
    return [(low + high) / 2 for low, high in shared]


def _middle(block: Block) -> float:
    return (block[0].left + _right(block)) / 2


def _placed_cells(row: Row, bounds: list[float], pitch: float) -> list[str]:
    """The row's cells in the columns ``bounds`` part: an empty cell where a column has no block,
    blocks that fall in one column joined."""
    placed: list[list[str]] = [[] for _ in range(len(bounds) + 1)]
    for block in row:
        placed[sum(1 for bound in bounds if bound < _middle(block))].append(cell_text(block, pitch))
    return [" ".join(texts) for texts in placed]


def _table_cells(row: Row, bounds: list[float], layout: Layout) -> list[str]:
    """A table row's cells: between its drawn column borders where it has them, else in the
    columns its table's rows agree on."""
    borders = _row_posts(row, layout.posts)
    return _placed_cells(row, borders[1:-1] if len(borders) >= 3 else bounds, layout.pitch)


def _row_posts(row: Row, posts: list[Post]) -> list[float]:
    """The column borders drawn across the row's first line, left to right, near ones as one."""
    middle = (row[0][0].top + row[0][0].bottom) / 2
    xs: list[float] = []
    for x in sorted(post.x for post in posts if post.bottom <= middle <= post.top):
        if not xs or x - xs[-1] > 2.0:
            xs.append(x)
    return xs


def _numbered_paragraphs(row: Row, columns: list[float], pitch: float) -> list[str] | None:
    """A numbered minute laid out as a two-column table (its number in the first column, its
    paragraphs in the second): the number with the first paragraph, then a line per paragraph."""
    if len(columns) != 1 or not _hanging(row) or not any(c.isdigit() for c in row[0][0].text):
        return None
    first, *others = cell_text(row[1], pitch).split(CELL_BREAK)
    return [f"{row[0][0].text}\t{first}", *others] if others else None


def _row_lines(row: Row, columns: list[float] | None, layout: Layout) -> Iterator[str]:
    if columns is not None:  # a table's row (one of a single cell only where it finishes a row cut by a page)
        numbered = _numbered_paragraphs(row, columns, layout.pitch)
        yield from numbered or ["\t".join(_table_cells(row, columns, layout))]
    elif len(row) >= 2 and all(len(block) == 1 for block in row):
        yield _line_of_runs(row, layout.posts)  # one line, runs set apart
    elif _hanging(row):  # the number with its text's first line; the text's other lines as printed
        marker, text = row
        yield f"{marker[0].text}\t{text[0].text}"
        yield from (segment.text for segment in text[1:])
    else:
        for block in row:
            yield from (segment.text for segment in block)


def page_lines(page: TextPage, edges: Edges | None = None) -> list[str] | None:
    """One page's lines with table rows rebuilt (see ``Pages``); None where pdfium's own text is to be used."""
    return Pages().lines(page, edges)


class Pages:
    """A document's pages read in turn, so that a table running on from one page to the next keeps
    its columns: a page with a single row of it, or with the rest of a row cut at the page's foot
    (its first cells empty), still reads it as the table's rows."""

    def __init__(self) -> None:
        self.carried: Row | None = None  # the last row of a table ending the page before

    def lines(self, page: TextPage, edges: Edges | None = None) -> list[str] | None:
        """The page's lines with table rows rebuilt; None where pdfium's own text is to be used.

        ``edges`` are the page's drawn borders (``drawn_edges``): where a table has them they keep one
        row's cells from running into the next row's, and tell columns apart.
        """
        found = segments(page)
        if not found:
            self.carried = None
            return None
        edges = edges or Edges([], [])
        found_blocks = blocks(found, edges.rules)
        layout = Layout(edges.posts, usual_pitch(found_blocks))
        grouped = rows(found_blocks)
        run_on = _run_on_rows(grouped, self.carried)
        table = _table_rows(grouped, self.carried) | run_on
        columns = _table_groups(grouped, table, self.carried, run_on)
        self.carried = _last_table_row(grouped, table)
        return [
            line for index, row in enumerate(grouped) for line in _row_lines(row, columns.get(index), layout)
        ]


FOOT_ROWS = 2  # lines under a table at the foot of a page that may be its footer ("Page 4")
FOOTER_WIDTH = 30


def _last_table_row(found: list[Row], table: set[int]) -> Row | None:
    """The table row ending the page (under it, at most a footer's short lines), else None."""
    if not table:
        return None
    last = max(table)
    after = found[last + 1 :]
    footer = len(after) <= FOOT_ROWS and all(_short_line(row) for row in after)
    return found[last] if footer else None


def _short_line(row: Row) -> bool:
    """A row of one short line ("Page 4", "Item 6"): what a page's footer prints."""
    return all(len(block) == 1 for block in row) and sum(len(block[0].text) for block in row) <= FOOTER_WIDTH


def _run_on_rows(found: list[Row], carried: Row | None) -> set[int]:
    """The rows opening a page that finish the row a page break cut: cells only in the carried
    table's later columns (its first column empty), nothing outside the table's width."""
    if carried is None:
        return set()
    bounds = _column_bounds([carried])
    if not bounds:
        return set()
    edges = [*bounds, max(_right(block) for block in carried) + SAME_LEFT]
    out: set[int] = set()
    for index, row in enumerate(found):
        if not all(_in_a_later_column(block, edges) for block in row):
            break
        out.add(index)
    return out


def _in_a_later_column(block: Block, edges: list[float]) -> bool:
    """The block lies between two of a table's column edges, not in its first column."""
    return any(low < block[0].left and _right(block) <= high for low, high in pairwise(edges))


def drawn_edges(boxes: list[tuple[float, float, float, float]]) -> Edges:
    """The edges of the page's drawn shapes (left, bottom, right, top boxes): horizontal ones at least
    10 points wide (a thin shape's middle, a box's top and bottom), vertical ones (a thin shape at
    least 8 points tall, a box's sides)."""
    edges = Edges([], [])
    for left, bottom, right, top in boxes:
        if right - left <= 3.0 and top - bottom >= 8.0:
            edges.posts.append(Post((left + right) / 2, bottom, top))
        elif right - left >= 10.0:
            thin = top - bottom <= 3.0
            edges.rules.append(Rule(left, right, (top + bottom) / 2 if thin else top))
            if not thin:
                edges.rules.append(Rule(left, right, bottom))
                edges.posts += [Post(left, bottom, top), Post(right, bottom, top)]  # a cell's box
    return edges
