"""Agenda items printed as table rows that lost their cells, and items printed without numbers.

A PDF's text layer flattens a front sheet's item table ("Item | Title |
Presenter | Purpose | Pages") into runs of words: "5 Place Director's report
Ann Lee Information 9 – 14".  Where the table's heading row names its
columns, the cells after the title are read back off the end of the row,
right to left: the pages ("9 – 14", or "–" for none), the purpose (one word
of ``PURPOSES``), the presenter (a run of capitalised words after a title
in sentence case).  A web page's ``<ol>`` loses its numbers: a run of short
title lines straight under the agenda heading is numbered in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutebook.packs.lines import Line
from minutebook.packs.text import paragraphs

# Heading words of an item table -> the column they name.
COLUMN_WORDS: dict[str, str] = {
    **dict.fromkeys(("item", "no", "number", "ref", "minute"), "number"),
    **dict.fromkeys(("title", "subject", "business", "description", "report", "topic"), "title"),
    **dict.fromkeys(
        ("presenter", "presented", "lead", "officer", "owner", "sponsor", "speaker", "by"), "presenter"
    ),
    **dict.fromkeys(("purpose", "type", "action", "for"), "purpose"),
    **dict.fromkeys(("page", "pages", "pp", "papers"), "pages"),
    **dict.fromkeys(("time", "timing", "duration", "mins"), "time"),
}
_WORD = re.compile(r"[A-Za-z]+")
MAX_HEADING_WORDS = 10
PAGES_CELL = re.compile(r"\s(?P<first>\d{1,4})\s*[-–—]\s*(?P<last>\d{1,4})\s*$|\s[-–—]\s*$")
PURPOSES = re.compile(
    r"\s(?:for\s+)?(?:information|decision|discussion|assurance|approval|noting|note|endorsement|agreement|"
    r"comment|consultation|update|ratification|[-–—])\s*$",
    re.I,
)
DASHES = frozenset({"&", "-", "–", "—"})
CONNECTORS = frozenset({"of", "and", "&", "for", "the", "to", "in", "on", "with", "a", "an"})
MAX_PRESENTER_WORDS = 4
# A line of an unnumbered list of items: a title, not a sentence or a label.
LIST_TITLE = re.compile(r"^(?![A-Za-z][A-Za-z ]{0,24}:\s)[A-Z0-9'‘\"].{0,200}$")
MAX_TITLE_WORDS = 25
MIN_LIST_ITEMS = 3
NUMBERED = re.compile(r"^\(?\d{1,3}[a-z]?(?:[.):]|\s|$)")
TABLE_MARKS = re.compile(r"\t|\|| {3,}")
_RUN = re.compile(r"\S(?: ?\S)*")  # text with no two spaces in a row


@dataclass(frozen=True)
class ItemTable:
    """The columns an agenda's item table names, left to right, and where each starts on a space-aligned page."""

    columns: tuple[str, ...]
    starts: tuple[int, ...] = ()

    @property
    def after_title(self) -> tuple[str, ...]:
        return self.columns[self.columns.index("title") + 1 :]

    def cells(self, raw: str) -> dict[str, str]:
        """A space-aligned row cut at the heading's columns: column -> text ({} where the heading had no gaps)."""
        if not self.starts:
            return {}
        tabbed = raw.strip("\n").split("\t")
        if len(tabbed) == len(self.columns):
            return self._tab_cells(tabbed)
        out: dict[str, str] = {}
        for offset, text in runs(raw):
            column = self.columns[max((i for i, s in enumerate(self.starts) if s <= offset + 2), default=0)]
            out[column] = f"{out.get(column, '')} {text}".strip()
        return out

    def _tab_cells(self, row: list[str]) -> dict[str, str]:
        """A row whose cells are tab-separated: column -> text; a title cell's first paragraph is the title."""
        out: dict[str, str] = {}
        for column, cell in zip(self.columns, row, strict=True):
            parts = paragraphs(cell)
            if parts:
                out[column] = parts[0] if column == "title" else " ".join(parts)
        return out


def runs(raw: str) -> list[tuple[int, str]]:
    """Runs of text set apart by two spaces or more, with their offsets."""
    return [(m.start(), m.group()) for m in _RUN.finditer(raw.replace("\t", "  "))]


def heading(text: str, raw: str = "") -> ItemTable | None:
    """The item table named by a heading row such as "Item Title Presenter Purpose Pages", or None."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not 2 <= len(words) <= MAX_HEADING_WORDS or not all(w in COLUMN_WORDS for w in words):
        return None
    columns: list[str] = []
    for word in words:
        if COLUMN_WORDS[word] not in columns:
            columns.append(COLUMN_WORDS[word])
    if "title" not in columns or len(columns) < 2:
        return None
    return ItemTable(tuple(columns), _starts(raw, len(columns)))


def _starts(raw: str, count: int) -> tuple[int, ...]:
    """Where each heading starts, when the heading row sets them apart with wide gaps, one run per column."""
    found = runs(raw)
    return tuple(offset for offset, _ in found) if len(found) == count and count >= 2 else ()


def flattened(line: Line) -> bool:
    """True for a row whose cells ran together (no tabs, pipes or wide gaps left between them)."""
    return not TABLE_MARKS.search(line.raw.strip())


def _presenter_start(words: list[str]) -> int | None:
    """Where a presenter's name or post begins at the end of a sentence-case title, or None."""
    i = len(words)
    while (
        i > 0
        and len(words) - i < MAX_PRESENTER_WORDS
        and (words[i - 1][:1].isupper() or words[i - 1] in DASHES)
    ):
        i -= 1
    if i in (0, len(words)):
        return None
    before = words[i - 1]
    if not (before[:1].islower() or before[:1].isdigit()) or before.casefold() in CONNECTORS:
        return None  # "Review of Fees and Charges": the capitals are the title's own
    return i


def _cut(title: str, column: str) -> tuple[str, tuple[int, int] | None]:
    if column == "pages":
        match = PAGES_CELL.search(title)
        if match is None:
            return title, None
        pages = (int(match["first"]), int(match["last"])) if match["first"] else None
        return title[: match.start()], pages if pages is None or pages[0] <= pages[1] else None
    if column == "purpose":
        match = PURPOSES.search(title)
        return (title[: match.start()] if match else title), None
    words = title.split()
    start = _presenter_start(words) if column == "presenter" else None
    return (" ".join(words[:start]) if start else title), None


def row_tail(title: str, table: ItemTable) -> tuple[str, tuple[int, int] | None]:
    """A flattened row's title without the cells after it, and the pages they print."""
    pages: tuple[int, int] | None = None
    for column in reversed(table.after_title):
        if column not in ("pages", "purpose", "presenter"):
            break
        title, found = _cut(title.rstrip(), column)
        pages = pages or found
    return title.strip(), pages


def list_titles(lines: list[Line], at: int) -> list[Line]:
    """The run of item titles starting at ``lines[at]`` (an unnumbered list), or [] if it is not one.

    A list is at least three short title lines, one straight under the other, none ending a sentence.
    """
    run: list[Line] = []
    for line in lines[at:]:
        if not line.text or (run and line.number != run[-1].number + 1):
            break
        run.append(line)
    titles = all(_list_title(ln.text) for ln in run)
    return run if titles and len(run) >= MIN_LIST_ITEMS else []


def _list_title(text: str) -> bool:
    """A title in a list: not a sentence, not numbered ("1.", "2 Minutes"), not a table's column heading."""
    if not LIST_TITLE.match(text) or text.endswith(".") or len(text.split()) > MAX_TITLE_WORDS:
        return False
    if NUMBERED.match(text):
        return False
    return not all(w.casefold() in COLUMN_WORDS for w in _WORD.findall(text))
