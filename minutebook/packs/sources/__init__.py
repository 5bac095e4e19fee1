"""Sources: a pack's bytes -> numbered Lines, whatever the format.

``read_pack(path)`` sniffs the format from the bytes (never trusting the name
alone) and hands over to one module per format.  Every failure is a
``PackError`` naming the file and the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from minutebook.packs.errors import PackError
from minutebook.packs.lines import Line
from minutebook.packs.sources import text as text_source

MAX_BYTES = 200 * 1024 * 1024

Reader = Callable[[bytes, str], list[Line]]


def sniff(data: bytes, name: str) -> str:
    """The format of a pack: pdf, docx, html or text."""
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or name.lower().endswith((".html", ".htm")):
        return "html"
    return "text"


def _reader(kind: str) -> Reader:
    if kind == "pdf":
        from minutebook.packs.sources import pdf

        return pdf.read
    if kind == "docx":
        from minutebook.packs.sources import docx

        return docx.read
    if kind == "html":
        from minutebook.packs.sources import html

        return html.read
    return text_source.read


def read_bytes(data: bytes, name: str) -> list[Line]:
    """The Lines of a pack given as bytes; ``name`` is used in messages only."""
    if not data.strip():
        raise PackError(name, "the file is empty")
    if len(data) > MAX_BYTES:
        raise PackError(
            name, f"the file is {len(data) // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB"
        )
    lines = _reader(sniff(data, name))(data, name)
    if not any(line.text for line in lines):
        raise PackError(name, "no text could be read from the file")
    return lines


def read_pack(path: Path | str) -> list[Line]:
    """The Lines of the pack file at ``path``."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise PackError(name, "no such file")
    if path.is_dir():
        raise PackError(name, "is a folder, not a pack file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PackError(name, f"cannot be read ({exc.strerror or exc})") from exc
    return read_bytes(data, name)
