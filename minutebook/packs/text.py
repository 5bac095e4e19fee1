"""Cleaning a line of pack text, once, for every reader.

Packs reach us as PDF text, Word paragraphs, HTML, or Markdown/HTML-table
conversions of PDFs.  Whatever the route, a reader wants the words: no
Markdown emphasis or headings, no HTML tags or entities, no escapes, no
private-use bullet glyphs, white space folded.  Table rows keep their cells
in ``cells()``.  Every pattern here is linear (no nested quantifiers).
"""

from __future__ import annotations

import html
import re

# Private-use glyphs (Symbol/Wingdings bullets from PDF fonts) and other bullets.
_GLYPHS = re.compile("[\ue000-\uf8ff\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\u27a2\u2713\u2714\ufffd]")
_SUP = re.compile(r"\s*<sup>\s*([^<]{0,12}?)\s*</sup>", re.I)
_BREAK_TAG = re.compile(r"<\s*(br|/p|/li|/td|/th|/tr|/div|/h\d)\s*/?>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,20}(?:\s[^<>]{0,2000})?/?>")
_MD_LINK = re.compile(r"\[([^\[\]]{0,500})\]\((?:[^()\s]{0,500})\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_BULLET_STARTS = frozenset("-*+>")
_BULLET = re.compile(r"^\s*(?:[-*+>](?:\s+|$))+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
# White space other than " " (everything str.split() splits on, and zero-width spaces): folded to " ".
_WHITE = r"\t\n\v\f\r\x1c-\x1f\x85\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000"
# A character at least one strip_markup rule needs (tags, links, escapes, headings, emphasis, entities, glyphs).
_MARKUP_CHAR = re.compile(r"[<\[\\#*_&]|" + _GLYPHS.pattern)
# A character that a cleaning rule changes (markup, glyphs, white space other than " "); with no such
# character, no double space and no bullet or table sign at its head, a line is clean once stripped.
_SPECIAL_CHAR = re.compile(rf"[<\[\\#*_&{_GLYPHS.pattern[1:-1]}{_WHITE}]")
_PLAIN_HEAD_NOT = frozenset("|:-*+>")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ad": ""})

PAGE_BREAK = re.compile(
    r"^\s*((t\s?)?his page (is )?(has been )?(intentionally|deliberately) left blank\.?)\s*$", re.I
)
PAGE_NUMBER = re.compile(r"^\s*(page\s+\d{1,4}(\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,4})\s*$", re.I)


def strip_markup(raw: str) -> str:
    """Words of a fragment of Markdown/HTML, without folding white space."""
    if not _MARKUP_CHAR.search(raw):
        return raw  # most lines: no rule below can match, skip them all
    text = raw
    if "<" in text:
        text = _TAG.sub("", _BREAK_TAG.sub(" ", _SUP.sub(r"\1", text)))
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    if "#" in text[:4]:
        text = _MD_HEADING.sub("", text)
    if "*" in text or "__" in text:
        text = _MD_EMPHASIS.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return _GLYPHS.sub(" ", text)


def fold(text: str) -> str:
    """Fold runs of white space (any kind, and zero-width spaces) to one space and trim."""
    if "\u200b" in text:
        text = text.replace("\u200b", " ")
    return " ".join(text.split())


def clean_line(raw: str) -> str:
    """The words of one raw line: markup, escapes, bullets and glyphs gone."""
    if "  " not in raw and not _SPECIAL_CHAR.search(raw):
        text = raw.strip()  # most lines: plain words and single spaces, nothing below would change them
        if text[:1] not in _PLAIN_HEAD_NOT:
            return text
    head = raw.lstrip()[:1]
    if not head or (head in "|:-" and _TABLE_RULE.match(raw)):
        return ""
    text = raw.replace("\t", " ") if "\t" in raw else raw
    if head == "|":
        text = text.replace("|", " ")
    text = fold(strip_markup(text))
    if text[:1] in _BULLET_STARTS:
        text = fold(_BULLET.sub("", text))
    return text


def cells(raw: str) -> list[str]:
    """The cells of a table row (tab- or pipe-separated), each cleaned; else the line."""
    if "\t" in raw:
        parts = raw.split("\t")
    elif raw.lstrip().startswith("|") and raw.count("|") >= 2:
        parts = raw.strip().strip("|").split("|")
    else:
        return [clean_line(raw)]
    return [fold(_BULLET.sub("", fold(strip_markup(p)))) for p in parts]


_PARA = re.compile(r"</p>\s*<p[^>]{0,200}>|<br\s*/?>", re.I)


def paragraphs(raw_cell: str) -> list[str]:
    """A table cell split at its ``<p>``/``<br>`` boundaries, each cleaned."""
    return [t for t in (fold(strip_markup(p)) for p in _PARA.split(raw_cell)) if t]


def normalise_quotes(text: str) -> str:
    """Curly quotes to straight, soft hyphens gone."""
    return text.translate(_QUOTES)


def is_page_break(text: str) -> bool:
    return bool(PAGE_BREAK.match(text))


def is_page_number(text: str) -> bool:
    return len(text) <= 24 and bool(PAGE_NUMBER.match(text))
