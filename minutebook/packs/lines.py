"""A pack as numbered lines: the unit every reader works on, carrying provenance."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a pack.

    ``number`` is the 1-based line of the source file as a clerk would count it
    (for a PDF or Word file, the line of the text we extracted); ``page`` is the
    printed page of the pack where the source has pages, else ``None``.
    ``text`` is cleaned once (see ``minutebook.packs.text.clean_line``): markup,
    escapes and private-use glyphs gone, white space folded.  ``raw`` keeps the
    line as it stood, for readers that need table cells or emphasis.
    """

    number: int
    text: str
    raw: str = ""
    page: int | None = None

    @property
    def blank(self) -> bool:
        return not self.text
