"""Plain text and Markdown packs (including the Markdown/HTML-table conversions of PDFs)."""

from __future__ import annotations

from minutebook.packs.errors import PackError
from minutebook.packs.lines import Line
from minutebook.packs.text import clean_line

_CONTROL = bytes([*range(0, 9), 11, *range(14, 32)])  # control bytes other than \t \n \f \r


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NULs, or many control characters."""
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL))
    return control > len(sample) // 100


def decode(data: bytes, name: str) -> str:
    if looks_binary(data):
        raise PackError(name, "is a binary file, not a meeting pack (PDF, Word, HTML or text)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read(data: bytes, name: str) -> list[Line]:
    """One Line per ``\\n``-line of the file, numbered from 1.

    Pages are known only where the text marks them with form feeds (as
    ``pdftotext`` writes); otherwise ``page`` is ``None``.
    """
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n")
    paged = "\f" in text
    page = 1
    out: list[Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if paged and "\f" in raw:
            page += raw.count("\f")
            raw = raw.replace("\f", "")
        out.append(Line(number=number, text=clean_line(raw), raw=raw, page=page if paged else None))
    if out and not out[-1].raw:
        out.pop()
    return out
