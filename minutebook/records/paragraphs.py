"""Cutting a document's lines into passages: numbered minutes paragraphs, or blocks of a report.

Plain Python over ``minutebook.packs.lines.Line``: no Django, no I/O.  Used to
store MinuteParagraphs and to index document text passage by passage, so a
search hit lands on a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from minutebook.packs.lines import Line
from minutebook.packs.text import PAGE_BREAK, PAGE_NUMBER

# "4.1 Text", "12.3(2) Text", "3.1 RESOLVED:" (bullets are already gone from Line.text).
_NUMBERED = re.compile(r"^(\d{1,3}\.\d{1,3}(?:\.\d{1,3})?(?:\s?\(\w{1,4}\))?)\.?(?:\s+|$)")
MAX_CHARS = 3000
MIN_BLOCK_CHARS = 300
MAX_BLOCK_CHARS = 2000


@dataclass(frozen=True)
class Passage:
    """Consecutive lines read as one passage: where it starts and ends, its number and words."""

    first_line: int
    last_line: int
    text: str
    number: str = ""
    page: int | None = None


def _furniture(line: Line) -> bool:
    return bool(PAGE_NUMBER.match(line.text) or PAGE_BREAK.match(line.text))


class _Builder:
    def __init__(self) -> None:
        self.out: list[Passage] = []
        self.lines: list[Line] = []
        self.number = ""

    def add(self, line: Line) -> None:
        self.lines.append(line)

    @property
    def size(self) -> int:
        return sum(len(line.text) + 1 for line in self.lines)

    def close(self, number: str = "") -> None:
        if self.lines:
            text = " ".join(line.text for line in self.lines)
            first, last = self.lines[0], self.lines[-1]
            self.out.append(Passage(first.number, last.number, text, self.number, first.page))
        self.lines, self.number = [], number


def minute_paragraphs(lines: Sequence[Line], headings: Iterable[int] = ()) -> list[Passage]:
    """The paragraphs of minutes: each numbered paragraph ("4.1 …") runs to the next one or to
    an item heading (line numbers in ``headings``).  Minutes without numbered paragraphs are
    cut at blank lines instead."""
    heading_lines = set(headings)
    numbered = any(_NUMBERED.match(line.text) for line in lines)
    build = _Builder()
    for line in lines:
        if line.number in heading_lines:
            build.close()
            continue
        if _furniture(line):
            continue
        match = _NUMBERED.match(line.text) if numbered else None
        if match:
            build.close(match.group(1).replace(" ", ""))
        elif line.blank:
            if not numbered or build.size > MAX_CHARS:
                build.close()
            continue
        build.add(line)
    build.close()
    return build.out


def blocks(lines: Sequence[Line]) -> list[Passage]:
    """A document's text as blocks of a readable size: blank-line runs merged up to
    MIN_BLOCK_CHARS and cut before MAX_BLOCK_CHARS."""
    build = _Builder()
    for line in lines:
        if _furniture(line):
            continue
        if line.blank:
            if build.size >= MIN_BLOCK_CHARS:
                build.close()
            continue
        if build.size + len(line.text) > MAX_BLOCK_CHARS:
            build.close()
        build.add(line)
    build.close()
    return build.out
