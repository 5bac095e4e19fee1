"""Sources: a pack's bytes -> numbered Lines, whatever the format.

``read_pack(path)`` sniffs the format from the bytes (never trusting the name
alone) and hands over to one module per format: ``pdf``, ``docx``, ``html``,
``text`` (plain text and Markdown), each ``read(data, name) -> list[Line]``.
Formats we recognise but cannot read (old Word ``.doc``, RTF) are refused with
advice.  Every failure is a ``PackError`` naming the file and the reason.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from minutebook.packs.errors import PackError
from minutebook.packs.lines import Line
from minutebook.packs.sources.name_lists import read_name_lists

MAX_BYTES = 200 * 1024 * 1024

Reader = Callable[[bytes, str], list[Line]]

# Leading bytes -> format, first match wins.  PDF allows junk before its header.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"{\\rtf", "rtf"),
)
_PDF_WINDOW = 1024
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml version")
_HTML_NAMES = (".html", ".htm", ".xhtml")
_BOM = b"\xef\xbb\xbf"
# Formats we recognise but cannot read: the reason a user sees.
UNREADABLE = {
    "ole": "is an old Microsoft Office file (Word .doc format); save it as .docx or PDF",
    "rtf": "is a Rich Text (.rtf) file; save it as .docx or PDF",
}
_MODULES = {"pdf": "pdf", "docx": "docx", "html": "html", "text": "text"}


def sniff(data: bytes, name: str) -> str:
    """The format of a pack from its bytes: pdf, docx, html, text, or an UNREADABLE kind."""
    head = data[:2048].removeprefix(_BOM).lstrip()
    if b"%PDF-" in data[:_PDF_WINDOW]:
        return "pdf"
    for signature, kind in SIGNATURES:
        if head.startswith(signature):
            return kind
    lowered = head[:512].lower()
    if lowered.startswith(_HTML_STARTS) and (b"html" in lowered or not lowered.startswith(b"<?xml")):
        return "html"
    if name.lower().endswith(_HTML_NAMES):
        return "html"
    return "text"


def _reader(kind: str) -> Reader:
    if kind in UNREADABLE:
        reason = UNREADABLE[kind]

        def refuse(data: bytes, name: str) -> list[Line]:
            raise PackError(name, reason)

        return refuse
    module = importlib.import_module(f"minutebook.packs.sources.{_MODULES[kind]}")
    reader: Reader = module.read
    return reader


def read_bytes(data: bytes, name: str) -> list[Line]:
    """The Lines of a pack given as bytes; ``name`` is used in messages only."""
    if len(data) > MAX_BYTES:
        raise PackError(
            name, f"the file is {len(data) // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB"
        )
    if not data.strip():
        raise PackError(name, "the file is empty")
    lines = read_name_lists(_reader(sniff(data, name))(data, name))
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
