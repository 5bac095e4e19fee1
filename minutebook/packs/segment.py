"""Cutting a pack into its documents. FIRST CUT: being written."""

from __future__ import annotations

from dataclasses import dataclass

from minutebook.packs.lines import Line
from minutebook.packs.record import Document
from minutebook.packs.vocab import DocumentKind


@dataclass
class Piece:
    """A document of the pack with its lines."""

    document: Document
    lines: list[Line]


def split(lines: list[Line]) -> list[Piece]:
    """The documents of a pack, in order."""
    if not lines:
        return []
    doc = Document(kind=DocumentKind.OTHER, title="", first_line=lines[0].number, last_line=lines[-1].number)
    return [Piece(doc, lines)]
