"""HTML packs (council web pages: ModernGov agenda items and minutes, general pages).

Parsed with BeautifulSoup on lxml, which repairs unterminated and broken
markup in one pass.  How the text is taken:

* Scripts, styles, forms' controls, navigation, page headers and footers,
  and hidden elements are dropped (``DROP_TAGS``, ``DROP_ROLES``).
* Every block element (paragraph, heading, list item, division …) starts a
  new line; ``<br>`` breaks a line; a paragraph, heading, list, table or
  quotation is followed by one blank line, as in the Markdown packs.
* A heading gets Markdown ``#`` marks in ``raw``, bold text (``<strong>``,
  ``<b>``) ``**`` marks, and an ordered list's item its number as a browser
  shows it ("3.", "b.", "iv."); ``text`` is clean.
* A table row is one line, its cells separated by tabs (read them with
  ``minutebook.packs.text.cells``); a cell's own blocks and breaks are kept
  in ``raw`` as ``</p>  <p>`` (``minutebook.packs.text.paragraphs`` splits
  a cell there; ``text`` shows a space).
* A layout row (ModernGov's item table: a number cell and one cell holding
  the title and the item's minutes as several blocks, in a table without
  header cells) is the row's first blocks as one line, then the cells' other
  blocks as lines of their own, as if the page had no table.
* ``<pre>`` keeps its lines; elsewhere white space folds as a browser does.
* Entities are decoded by the parser.  HTML has no pages: ``page`` is None.

The walk is iterative (an explicit stack), so deeply nested markup cannot
exhaust Python's recursion limit, and linear in the size of the tree.
"""

from __future__ import annotations

import re
from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

from minutebook.packs.errors import PackError
from minutebook.packs.lines import Line
from minutebook.packs.text import clean_line, fold

DROP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "meta", "link", "nav", "header", "footer"}
    | {"iframe", "object", "embed", "svg", "canvas", "button", "select", "option", "textarea", "input", "map"}
)
DROP_ROLES = {"navigation", "banner", "contentinfo", "search"}
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BLOCK_TAGS = HEADING_TAGS | frozenset(
    {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog"}
    | {"div", "dl", "dt", "fieldset", "figcaption", "figure", "form", "hgroup", "hr", "html", "li", "main"}
    | {"menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "ul"}
)
SPACED_TAGS = HEADING_TAGS | {"p", "table", "ul", "ol", "dl", "blockquote", "pre"}
_SKIPPED_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
_HIDDEN_STYLE = re.compile(r"display\s{0,3}:\s{0,3}none|visibility\s{0,3}:\s{0,3}hidden", re.I)
_SPACE = re.compile(r"\s+")
BOLD_TAGS = frozenset({"strong", "b"})
_INSIDE_BOLD_BREAKS = [*BLOCK_TAGS, "br", "tr", "td", "th"]


def read(data: bytes, name: str) -> list[Line]:
    """The Lines of an HTML page, numbered from 1."""
    soup = _parse(data, name)
    _drop_furniture(soup)
    writer = _Writer()
    _walk(soup, writer)
    raws = writer.finish()
    return [Line(number=number, text=clean_line(raw), raw=raw) for number, raw in enumerate(raws, start=1)]


def _parse(data: bytes, name: str) -> BeautifulSoup:
    try:
        return BeautifulSoup(data, "lxml")
    except Exception as exc:  # lxml is lenient; anything it still refuses is not a page
        raise PackError(name, f"is not a readable HTML page ({type(exc).__name__})") from exc


def _drop_furniture(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(_is_furniture):
        if not tag.decomposed:
            tag.decompose()


def _is_furniture(tag: Tag) -> bool:
    if tag.name in DROP_TAGS or tag.has_attr("hidden"):
        return True
    if str(tag.get("role") or "").lower() in DROP_ROLES or str(tag.get("aria-hidden") or "") == "true":
        return True
    return bool(_HIDDEN_STYLE.search(str(tag.get("style") or "")))


class _Writer:
    """Collects text into lines as the walk goes."""

    def __init__(self, depth: int = 0) -> None:
        self.depth = depth  # tables this writer's text sits in
        self.lines: list[str] = []
        self.words: list[str] = []
        self.prefix = ""
        self.headed: dict[int, bool] = {}  # tables with header cells (data, not layout)
        self.counters: dict[int, int] = {}  # the last number shown in each ordered list
        self.bold: set[int] = set()  # bold elements given ** marks

    def text(self, text: str) -> None:
        self.words.append(_SPACE.sub(" ", text))

    def line(self, raw: str = "") -> None:
        """End the current line; ``raw`` (if any) is a whole line of its own.

        A prefix (heading marks, a list item's number) waits for the first line that has words.
        """
        current = fold("".join(self.words))
        if current:
            self.lines.append(f"{self.prefix}{current}" if self.prefix else current)
            self.prefix = ""
        self.words.clear()
        if raw:
            self.lines.append(raw)

    def blank(self) -> None:
        self.line()
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def finish(self) -> list[str]:
        self.line()
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return self.lines


_EXIT = object()


def _walk(root: Tag, writer: _Writer) -> None:
    """Depth-first over the tree with an explicit stack: (node) to enter, (_EXIT, tag) to leave."""
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            _leave(node[1], writer)
        elif isinstance(node, NavigableString):
            if not isinstance(node, _SKIPPED_STRINGS):
                writer.text(str(node))
        elif isinstance(node, Tag) and _enter(node, writer):
            stack.append((_EXIT, node))
            stack.extend(reversed(node.contents))


def _enter(tag: Tag, writer: _Writer) -> bool:
    """Handle the start of ``tag``; True if its children are to be walked."""
    name = tag.name
    if name == "br":
        writer.line()
        return False
    if name == "tr":
        _row(tag, writer)
        return False
    if name == "pre":
        writer.line()
        writer.lines.extend(tag.get_text().strip("\n").splitlines())
        writer.blank()
        return False
    if name in BOLD_TAGS:
        if tag.find(_INSIDE_BOLD_BREAKS) is None and tag.get_text().strip():  # bold words, not blocks
            writer.bold.add(id(tag))
            writer.text("**")
    elif name in BLOCK_TAGS:
        writer.line()
        if name in HEADING_TAGS:
            writer.prefix = "#" * int(name[1]) + " "
        elif name == "ol":
            writer.counters[id(tag)] = _list_start(tag) - 1
        elif name == "li":
            writer.prefix = _list_number(tag, writer)
    return True


def _list_start(ol: Tag) -> int:
    start = str(ol.get("start") or "1").strip()
    return int(start) if start.isdigit() else 1


_ROMAN: tuple[tuple[str, int], ...] = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100))
_ROMAN += (("xc", 90), ("l", 50), ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def _roman(n: int) -> str:
    out = ""
    for letters, value in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _list_number(li: Tag, writer: _Writer) -> str:
    """The number a browser shows before an ordered list's item ("3. ", "b. ", "iv. "); "" in other lists."""
    parent = li.parent
    if parent is None or parent.name != "ol" or id(parent) not in writer.counters:
        return ""
    value = str(li.get("value") or "").strip()
    n = int(value) if value.isdigit() else writer.counters[id(parent)] + 1
    writer.counters[id(parent)] = n
    kind = str(parent.get("type") or "1")
    if kind in ("a", "A") and 1 <= n <= 26:
        shown = chr(ord("a") + n - 1)
    elif kind in ("i", "I"):
        shown = _roman(n)
    else:
        shown = str(n)
    return f"{shown.upper() if kind.isupper() else shown}. "


def _leave(tag: Tag, writer: _Writer) -> None:
    if id(tag) in writer.bold:
        writer.text("**")
    elif tag.name in SPACED_TAGS:
        writer.blank()
    elif tag.name in BLOCK_TAGS:
        writer.line()


_MAX_NESTED = 8
_ITEM_NUMBER = re.compile(
    r"^(?:item\s+)?\(?[0-9]{1,3}[a-z]?(?:[./][0-9]{1,3})?[.)]?$", re.I
)  # "38.", "5(a)", "12/24"
CELL_BREAK = "</p>  <p>"  # between two blocks of one table cell, in ``raw``
_HEADING_MARK = re.compile(r"^#{1,6} ")


def _cell_lines(cell: Tag, depth: int) -> list[str]:
    """The lines a cell's content would make on a page of its own (blank lines between blocks).

    Past ``_MAX_NESTED`` tables inside tables, a cell is its words on one line (no recursion).
    """
    if depth > _MAX_NESTED:
        return [fold(_SPACE.sub(" ", cell.get_text(" ")))]
    writer = _Writer(depth)
    _walk(cell, writer)
    return writer.finish()


def _blocks(lines: list[str]) -> list[str]:
    return [_HEADING_MARK.sub("", line).replace("\t", " ") for line in lines if line]


def row_text(row: Tag) -> str:
    """A table row as one line: its cells separated by tabs, a cell's blocks by ``CELL_BREAK``."""
    cells = row.find_all(("td", "th"), recursive=False)
    return "\t".join(CELL_BREAK.join(_blocks(_cell_lines(cell, 1))) for cell in cells)


def _row(row: Tag, writer: _Writer) -> None:
    cells = [_cell_lines(cell, writer.depth + 1) for cell in row.find_all(("td", "th"), recursive=False)]
    if not _is_layout(row, cells, writer):
        marked = _marked_rows(row)
        if marked is not None:
            for sub_row in marked:
                writer.line("\t".join(sub_row))
            return
        writer.line("\t".join(CELL_BREAK.join(_blocks(lines)) for lines in cells))
        return
    writer.line("\t".join((_blocks(lines) or [""])[0] for lines in cells))
    for lines in cells:
        rest = lines[next((i for i, line in enumerate(lines) if line), len(lines)) + 1 :]
        while rest and not rest[0]:
            rest = rest[1:]
        if rest:
            writer.blank()
            writer.lines.extend(rest)
    writer.blank()


_MARK_WIDTH = 3  # "*", "†", "✓", "x", "(1)": a mark, not a word


def _paragraph_texts(cell: Tag) -> list[str]:
    """A cell's lines (paragraphs, and lines broken by ``<br>``), empty ones kept: they keep a column of
    marks in step with its names."""
    out: list[str] = []
    for block in cell.find_all("p") or [cell]:
        pieces = []
        for node in block.descendants:
            if isinstance(node, NavigableString) and not isinstance(node, _SKIPPED_STRINGS):
                pieces.append(str(node))
            elif isinstance(node, Tag) and node.name == "br":
                pieces.append("\n")
        out += [fold(text) for text in "".join(pieces).split("\n")]
    return out


def _marked_rows(row: Tag) -> list[list[str]] | None:
    """A row whose column of marks ("*" present, "†" apologies) stands beside a column of names, one
    paragraph each, as one row per name with its mark; None for any other row."""
    cells = [_paragraph_texts(cell) for cell in row.find_all(("td", "th"), recursive=False)]
    marks = next(
        (c for c in cells if sum(1 for t in c if t) >= 2 and all(len(t) <= _MARK_WIDTH for t in c)), None
    )
    if marks is None or not any(c is not marks and len(c) == len(marks) and any(c) for c in cells):
        return None
    out = []
    for k in range(len(marks)):
        out.append(
            [c[k] if len(c) == len(marks) else (" ".join(t for t in c if t) if k == 0 else "") for c in cells]
        )
    return [r for r in out if any(r)]


def _is_layout(row: Tag, cells: list[list[str]], writer: _Writer) -> bool:
    """A row of at most two filled cells, the last of several blocks, in a table without header cells,
    or headed ("No. | Item") with an item number in the first cell: ModernGov's list of items."""
    filled = [_blocks(lines) for lines in cells if any(lines)]
    if not filled or len(filled) > 2 or len(cells) > 3 or len(filled[-1]) < 2 or len(filled[0]) > 2:
        return False
    if len(filled) == 2 and len(filled[0]) == 1 and _ITEM_NUMBER.match(filled[0][0]):
        return True
    table = row.find_parent("table")
    if table is None:
        return True
    key = id(table)
    if key not in writer.headed:
        writer.headed[key] = table.find("th") is not None
    return not writer.headed[key]
