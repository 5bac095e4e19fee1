"""Word (.docx) packs, read with python-docx: one Line per paragraph line or table row.

How the text is taken:

* The body in order, paragraphs and tables alike, including content controls
  (``w:sdt``) and tracked insertions; deleted text, text boxes, headers,
  footers, footnotes and comments are left out.
* A paragraph's line breaks split it into several Lines.  A heading (style
  "Heading N" or "Title", or one based on them) gets Markdown ``#`` marks in
  ``raw`` so readers see headings as they do in the Markdown packs; ``text``
  is clean as always.  List numbering Word draws itself ("1.", "(a)") is put
  in front of the paragraph's text (see ``docx_numbering``).
* Each table row is one Line, its cells separated by tabs (read them with
  ``minutebook.packs.text.cells``); a cell's paragraphs are kept apart in
  ``raw`` by ``</p>  <p>`` as the HTML source does (``text`` shows a space;
  ``minutebook.packs.text.paragraphs`` splits a cell there).
* Pages: explicit page breaks (a page break character, "page break before",
  a section break that starts a new page) count pages from 1.  A document
  without any explicit break has no pages (``page`` is ``None``): Word's own
  pagination is not in the file.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.oxml.ns import qn

from minutebook.packs.errors import PackError
from minutebook.packs.lines import Line
from minutebook.packs.sources.docx_numbering import Numbering
from minutebook.packs.sources.html import CELL_BREAK
from minutebook.packs.text import clean_line

MAX_UNPACKED_BYTES = 400 * 1024 * 1024
PAGE_BREAK = "\f"

_P, _TBL, _SDT, _CUSTOM_XML = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:customXml")
_CONTAINERS = {qn("w:hyperlink"), qn("w:ins"), qn("w:smartTag"), qn("w:fldSimple"), _CUSTOM_XML, _SDT}
_RUN_TEXT = {
    qn("w:t"): None,
    qn("w:tab"): "\t",
    qn("w:ptab"): "\t",
    qn("w:cr"): "\n",
    qn("w:noBreakHyphen"): "-",
}
_BR, _R, _SDT_CONTENT = qn("w:br"), qn("w:r"), qn("w:sdtContent")
_TR, _TC = qn("w:tr"), qn("w:tc")
_VAL, _TYPE = qn("w:val"), qn("w:type")
_STYLE_PATH = f"{qn('w:pPr')}/{qn('w:pStyle')}"
_BREAK_BEFORE_PATH = f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}"
_SECTION_PATH = f"{qn('w:pPr')}/{qn('w:sectPr')}"


@dataclass
class _Page:
    """The lines read so far and the page they are on."""

    number: int = 1
    lines: list[tuple[str, int]] = field(default_factory=list)

    def add(self, text: str) -> None:
        """Add a paragraph's or row's text; form feeds in it turn the page."""
        for piece_index, piece in enumerate(text.split(PAGE_BREAK)):
            self.number += 1 if piece_index else 0
            if piece or not piece_index:
                self.lines.extend((raw, self.number) for raw in piece.split("\n"))

    def turn(self) -> None:
        self.number += 1


def read(data: bytes, name: str) -> list[Line]:
    """The Lines of a .docx pack, numbered from 1; pages where the file breaks them."""
    document = _open(data, name)
    reader = _Reader(_heading_levels(document), Numbering.of(document))
    page = _Page()
    for element in _blocks(document.element.body):
        reader.block(element, page)
    paged = page.number > 1
    return [
        Line(number=number, text=clean_line(raw), raw=raw, page=on_page if paged else None)
        for number, (raw, on_page) in enumerate(page.lines, start=1)
    ]


def _open(data: bytes, name: str) -> Any:
    _check_zip(data, name)
    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as exc:
        raise PackError(name, f"is not a Word .docx document ({_content_type(str(exc))})") from exc
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged file
        raise PackError(name, f"is not a readable Word document ({type(exc).__name__})") from exc


def _check_zip(data: bytes, name: str) -> None:
    """A .docx is a ZIP holding word/document.xml, of a sane size once unpacked (python-docx unpacks it all)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            size = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackError(name, f"is not a readable Word document (damaged ZIP: {exc})") from exc
    if "word/document.xml" not in names:
        raise PackError(name, _not_word(names))
    if size > MAX_UNPACKED_BYTES:
        raise PackError(
            name,
            f"is not a readable Word document (it unpacks to {size:,} bytes; the limit is {MAX_UNPACKED_BYTES:,})",
        )


def _not_word(names: set[str]) -> str:
    if "content.xml" in names and "mimetype" in names:
        return "is an OpenDocument file, not Word .docx; save it as .docx or PDF"
    if any(n.startswith("xl/") for n in names) or any(n.startswith("ppt/") for n in names):
        return "is an Excel or PowerPoint file, not a meeting pack; save it as .docx or PDF"
    return "is a ZIP file but not a Word .docx document (no word/document.xml)"


def _content_type(message: str) -> str:
    _, _, content_type = message.partition("content type is ")
    return f"content type {content_type}" if content_type else message


def _blocks(container: Any) -> Iterator[Any]:
    """Paragraphs and tables of a body or cell in order, looking inside content controls."""
    for child in container:
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag in (_SDT, _CUSTOM_XML):
            yield from _blocks(_content(child))


def _heading_levels(document: Any) -> dict[str, int]:
    """Style id -> heading level, for paragraph styles that are (or are based on) headings."""
    levels: dict[str, int] = {}
    for style in document.styles:
        level = _style_heading_level(style)
        if level:
            levels[style.style_id] = level
    return levels


def _style_heading_level(style: Any) -> int:
    for _ in range(10):  # base-style chains are short; a cycle must not hang us
        if style is None:
            return 0
        name = (getattr(style, "name", "") or "").lower()
        if name == "title":
            return 1
        if name.startswith("heading ") and name[8:].isdigit():
            return min(int(name[8:]), 6)
        style = getattr(style, "base_style", None)
    return 0


class _Reader:
    """Turns body elements into text, keeping headings, numbering and page breaks."""

    def __init__(self, heading_levels: dict[str, int], numbering: Numbering) -> None:
        self.heading_levels = heading_levels
        self.numbering = numbering

    def block(self, element: Any, page: _Page) -> None:
        if element.tag == _TBL:
            for row in _children(element, _TR):
                page.add(self.row(row))
            return
        if _breaks_before(element):
            page.turn()
        page.add(self.paragraph(element))
        if _ends_page_section(element):
            page.turn()

    def paragraph(self, p: Any) -> str:
        style = _style_id(p)
        label = self.numbering.label(p, style)
        text = (label + " " if label else "") + _paragraph_text(p)
        level = self.heading_levels.get(style or "", 0)
        return "#" * level + " " + text if level and text.strip() else text

    def row(self, row: Any) -> str:
        return "\t".join(self.cell(cell) for cell in _children(row, _TC))

    def cell(self, cell: Any) -> str:
        """A cell's paragraphs, and the lines a manual line break parts within one, apart by ``CELL_BREAK``."""
        texts = (_paragraph_text(p).replace(PAGE_BREAK, " ") for p in cell.iter(_P))
        lines = (line for text in texts for line in text.split("\n"))
        return CELL_BREAK.join(" ".join(line.split()) for line in lines if line.strip())


def _content(element: Any) -> Any:
    """The children that hold the content of a container (a content control's sdtContent)."""
    if element.tag != _SDT:
        return element
    content = element.find(_SDT_CONTENT)
    return [] if content is None else content


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Direct children with ``tag``, looking inside content controls."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in (_SDT, _CUSTOM_XML):
            yield from _children(_content(child), tag)


def _paragraph_text(p: Any) -> str:
    return "".join(_inline_text(p))


def _inline_text(element: Any) -> Iterator[str]:
    for child in element:
        if child.tag == _R:
            yield from _run_text(child)
        elif child.tag in _CONTAINERS:
            yield from _inline_text(_content(child))


def _run_text(run: Any) -> Iterator[str]:
    for child in run:
        if child.tag in _RUN_TEXT:
            yield _RUN_TEXT[child.tag] or child.text or ""
        elif child.tag == _BR:
            yield PAGE_BREAK if child.get(_TYPE) == "page" else "\n"


def _style_id(p: Any) -> str | None:
    style = p.find(_STYLE_PATH)
    return None if style is None else str(style.get(_VAL))


def _breaks_before(p: Any) -> bool:
    flag = p.find(_BREAK_BEFORE_PATH)
    return flag is not None and flag.get(_VAL) not in ("0", "false", "off")


def _ends_page_section(p: Any) -> bool:
    """A section break in this paragraph that starts the next section on a new page."""
    section = p.find(_SECTION_PATH)
    if section is None:
        return False
    kind = section.find(_TYPE)
    return kind is None or kind.get(_VAL) not in ("continuous", "nextColumn")
