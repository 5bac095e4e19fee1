"""PDF packs, read with pdfium: one Line per line of the text layer, pages kept.

How the text is taken:

* Page by page, in the order pdfium reads the page (content order, which for
  the Word and InDesign exports councils publish is reading order).
* Extraction artefacts are repaired first (``repair``): ligatures spelled out,
  pdfium's end-of-line hyphen mark (U+0002) put back as ``-`` (council papers
  are rarely hyphenated by the typesetter, so a hyphen at a line end is
  usually a real one: "Butler-Thalassis", "co-operation"), soft hyphens and
  control characters dropped; ``\\r\\n``, form feeds and other separators
  split lines.
* Page furniture is dropped *before* numbering (see ``furniture``), so
  ``Line.number`` counts the lines of the text as we keep it and never skips;
  the physical page (1-based) is in ``Line.page``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from minutebook.packs.errors import PackError
from minutebook.packs.lines import Line
from minutebook.packs.sources import pdf_layout
from minutebook.packs.sources.furniture import strip_furniture
from minutebook.packs.text import clean_line

ENCRYPTED = "is encrypted (password-protected); ask for an unprotected copy, or save it without a password"
UNSUPPORTED_SECURITY = "is encrypted with a security scheme pdfium cannot open; save it without protection"
NO_TEXT_LAYER = "has no text layer (a scanned PDF?); run OCR on it first (e.g. ocrmypdf) and try again"

# The last %%EOF must be near the end: a file cut short by a failed download
# loses it, and pdfium would otherwise rebuild a partial document silently.
_EOF_WINDOW = 4096
# A page with more drawn paths than this is a drawing (a map, a chart): its paths are not table borders.
MAX_SHAPES = 2000

_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\x02": "-",  # pdfium: a hyphen that ended a line, joined to the next
        "\u00ad": "",  # soft hyphen
        "\ufeff": "",  # zero-width no-break space / stray BOM
    }
)
# Control characters other than tab and the line separators splitlines() knows.
_CONTROL = re.compile("[\x00\x01\x03-\x08\x0e-\x1b\x7f]")


def repair(text: str) -> str:
    """pdfium's text of a page with extraction artefacts repaired."""
    return _CONTROL.sub("", text.translate(_LIGATURES))


def page_lines(text: str) -> list[str]:
    """The raw lines of a page's text: any line separator splits, trailing space goes."""
    return [line.rstrip() for line in repair(text).splitlines()]


def read(data: bytes, name: str) -> list[Line]:
    """The Lines of a PDF pack, numbered from 1, each with its physical page."""
    pages = join_cut_rows(strip_furniture(list(_page_texts(data, name))))
    out: list[Line] = []
    for page_number, lines in enumerate(pages, start=1):
        for raw in lines:
            out.append(Line(number=len(out) + 1, text=clean_line(raw), raw=raw, page=page_number))
    return out


def join_cut_rows(pages: list[list[str]]) -> list[list[str]]:
    """A table row a page break cut in two made whole: the page's first line, a row with its first
    cell empty (``pdf_layout.Pages`` reads it so), goes into the row ending the page before when
    it has as many cells and finishes them (its text starts lower-case, or it fills under half
    its cells), as a row the break did not cut would not."""
    for before, page in pairwise(pages):
        first = next((i for i, raw in enumerate(page) if raw.strip()), None)
        last = next((i for i in range(len(before) - 1, -1, -1) if before[i].strip()), None)
        if first is None or last is None or not _finishes(before[last], page[first]):
            continue
        joined = zip(before[last].split("\t"), page[first].split("\t"), strict=True)
        before[last] = "\t".join(" ".join(part for part in pair if part) for pair in joined)
        page[first] = ""
    return pages


def _finishes(row: str, rest: str) -> bool:
    if not rest.startswith("\t") or "\t" not in row or row.count("\t") != rest.count("\t"):
        return False
    filled = [cell for cell in rest.split("\t") if cell.strip()]
    lower = all(cell.lstrip()[:1].islower() for cell in filled)
    return bool(filled) and (lower or 2 * len(filled) < rest.count("\t") + 1)


def _page_texts(data: bytes, name: str) -> Iterator[list[str]]:
    """Each page's raw lines; raises if no page has any text."""
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise PackError(name, "is not a readable PDF (truncated: the end-of-file marker is missing)")
    document = _open(data, name)
    try:
        layout = pdf_layout.Pages()
        pages = [_page_lines(document, index, name, layout) for index in range(len(document))]
    finally:
        document.close()
    if not any(line.strip() for lines in pages for line in lines):
        raise PackError(name, NO_TEXT_LAYER)
    return iter(pages)


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PackError(name, _open_error(str(exc))) from exc


def _open_error(message: str) -> str:
    lowered = message.lower()
    if "password" in lowered:
        return ENCRYPTED
    if "security" in lowered:
        return UNSUPPORTED_SECURITY
    detail = message.partition("(")[2].rstrip(".)") or message
    return f"is not a readable PDF ({detail.removeprefix('PDFium: ')})"


def _page_lines(document: pdfium.PdfDocument, index: int, name: str, layout: pdf_layout.Pages) -> list[str]:
    """The raw lines of one page: table rows rebuilt from the text's boxes, else pdfium's text."""
    try:
        page = document[index]
    except pdfium.PdfiumError as exc:
        raise PackError(name, f"is not a readable PDF (page {index + 1} is damaged)") from exc
    try:
        textpage = page.get_textpage()
        try:
            laid_out = layout.lines(textpage, pdf_layout.drawn_edges(_shapes(page)))
            if laid_out is not None:
                return [line.rstrip(" ") for line in map(repair, laid_out)]  # a trailing tab is an empty cell
            return page_lines(str(textpage.get_text_bounded()))
        finally:
            textpage.close()
    finally:
        page.close()


def _shapes(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    """The boxes of the page's drawn paths (borders, rules, shading), or none on a page of drawings."""
    boxes = []
    for index, shape in enumerate(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=1)):
        if index >= MAX_SHAPES:
            return []
        boxes.append(tuple(shape.get_pos()))
    return boxes
