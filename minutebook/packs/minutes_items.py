"""Minute item headings: "1. WELCOME TO THE MEETING", "63 MINUTES", "12/21 Declarations of Interest".

A numbered line is an item heading, not a numbered paragraph or a list entry,
when its title reads like a heading (short, no closing full stop, starting
with a capital) and its number follows on: a heading in capitals or set as a
heading (Markdown ``#``, bold, a table's first cell) may skip numbers; any
other must be the next number.
"""

from __future__ import annotations

import re

from minutebook.packs.lines import Line
from minutebook.packs.record import AgendaItem
from minutebook.packs.text import clean_line

HEADING = re.compile(
    r"^(?:(?:item|minute)\s+(?:no\.?\s*)?)?(?P<num>\d{1,3}(?:/\d{2,4})?|[A-Z]\d{1,2})(?:\.|\)|:)?\s+(?P<title>\S.{0,400})$",
    re.I,
)
HEADING_START = re.compile(r"^(?:(?:item|minute)\s+(?:no\.?\s*)?)?[A-Z]?\d", re.I)
NUMBER_ONLY = re.compile(r"^(?:item\s+)?(?P<num>\d{1,3}(?:/\d{2,4})?)\.?$", re.I)
_PAGES = re.compile(r"\s*[(\[]?\s*(?:pages?|pp\.?)\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*[)\]]?\s*$", re.I)
_MARKED_RAW = re.compile(r"^\s{0,3}(?:#{1,6}\s|\*\*|<(?:p|h\d|strong|b)\b|\|)", re.I)
_SENTENCE_START = re.compile(r"^(?:that|the\s+\w+\s+(?:noted|agreed|received|considered)|it\s+was)\b", re.I)


def first_cell(line: Line) -> str:
    """A table row's first cell (tab-separated), cleaned; else the line's text."""
    if "\t" in line.raw:
        return clean_line(line.raw.split("\t")[0])
    return line.text


def leading_number(number: str) -> int:
    match = re.match(r"\D?(\d+)", number)
    return int(match.group(1)) if match else 0


def is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and sum(ch.isupper() for ch in letters) >= 0.85 * len(letters)


def is_title_case(text: str) -> bool:
    """Most words of four letters or more start with a capital ("Apologies for Absence")."""
    long_words = [w for w in text.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def title_like(title: str) -> bool:
    """Short, capitalised, not a finished sentence."""
    words = title.split()
    if not words or len(words) > 30 or not (title[0].isupper() or title[0].isdigit()):
        return False
    if title.rstrip().endswith((".", ";", ",")) and not is_caps(title):
        return False
    return not _SENTENCE_START.match(title)


def clean_title(title: str) -> str:
    return _PAGES.sub("", title).strip(" -–:")


def heading(line: Line, last: str | None, marked: bool = False) -> AgendaItem | None:
    """The item heading printed on ``line``, if it is one (see the module docstring)."""
    text = first_cell(line)
    match = HEADING.match(text)
    if not match:
        return None
    title = clean_title(match["title"])
    if not title_like(title):
        return None
    marked = marked or "\t" in line.raw or bool(_MARKED_RAW.match(line.raw))
    if not follows(match["num"], last, strong=is_caps(title) or marked, title_case=is_title_case(title)):
        return None
    return AgendaItem(number=match["num"], title=title, line=line.number, page=line.page)


def follows(number: str, last: str | None, strong: bool, title_case: bool = False) -> bool:
    """Does ``number`` come after ``last``? Strong headings may skip numbers; the first may be any."""
    value = leading_number(number)
    if last is None:
        return strong or value <= 2 or "/" in number or title_case
    before = leading_number(last)
    return value == before + 1 or (strong and value > before)


def continues_title(item: AgendaItem, line: Line) -> bool:
    """Is ``line`` the wrapped rest of a heading in capitals?"""
    return (
        is_caps(item.title) and is_caps(line.text) and not item.title.endswith(".") and len(line.text) < 120
    )
