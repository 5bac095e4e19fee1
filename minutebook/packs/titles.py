"""A document's title: the words a reader would use to name it."""

from __future__ import annotations

import re

from minutebook.packs import reports
from minutebook.packs.lines import Line
from minutebook.packs.vocab import DocumentKind

TITLE_LABEL = re.compile(r"^((?:report )?title(?: of (?:the )?(?:paper|report))?|subject)\s*:?\s*(.*)$", re.I)
# Council-name banners and page furniture above a document's real title.
SKIP = re.compile(
    r"^((the )?(city|royal borough|london borough|borough|county|district) of\b.{0,40}|"
    r".{0,40}\b(city|county|borough|district|metropolitan borough|town|parish) council|[a-z' -]{2,40} council|"
    r"the royal borough of|minutes|page \d+|\W*|public document pack|(cyngor|pwyllgor|bwrdd)\b.{0,80}|(https?://|www\.)\S+|"
    r"(\w+day,?\s+)?\d{1,2}(st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}|"
    r".{0,60}\b(document|report|paper|version)\b.{0,30}\bis (also )?available\b.*|"
    r"(meeting date|date|report by|report of|contact|tel|e-?mail|wards?|classification|time|venue)\s*:.*|"
    r".{0,80}\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|.{0,200},|"  # an address; a line wrapped mid-sentence
    r".{0,80}:\s*\d{1,2}(st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}|"  # "PUBLIC SERVICES BOARD: 21 NOVEMBER 2019"
    r"(?:.{0,80}\s)?(?:agenda\s+)?item\s*(?:no\.?\s*)?:?\s*\d{1,3}[a-z]?(?:\.\d{1,2})?)$",
    re.I,
)
MINUTES_OF = re.compile(r"^minutes? of (a|the|meeting)\b.*", re.I)


def title_of(kind: str, lines: list[Line]) -> str:
    """The title of a document: a printed "Title:", a "Minutes of …" sentence, or its first heading."""
    cover = reports.cover_title(lines) if kind == DocumentKind.REPORT else None
    if cover:
        return cover[:200]
    head = [ln for ln in lines[:60] if ln.text]
    for n, line in enumerate(head):
        match = TITLE_LABEL.match(line.text)
        if match and kind in (DocumentKind.REPORT, DocumentKind.BRIEFING, DocumentKind.APPENDIX):
            return match.group(2) or (head[n + 1].text if n + 1 < len(head) else "")
        if kind == DocumentKind.MINUTES and MINUTES_OF.match(line.text):
            return line.text[:200]
    headings = [ln for ln in head if ln.raw.startswith("# ")]  # a web page's or Markdown paper's own title
    for n, line in enumerate(headings + head):
        if not SKIP.match(line.text):
            return _labelled_title(line.text, (headings + head)[n + 1 : n + 2])[:200]
    return kind.replace("_", " ").capitalize()


BODY_NAME = re.compile(
    r"\b(board|committee|sub-committee|council|panel|forum|partnership|cabinet|commission)$", re.I
)
BARE_APPENDIX = re.compile(r"^(appendix|annexe?)\s+[a-z0-9()]{1,6}$", re.I)


def _labelled_title(text: str, below: list[Line]) -> str:
    """ "Appendix 1" over its title is "Appendix 1 – <title>" (or the line below, where that repeats the label)."""
    if not BARE_APPENDIX.match(text) or not below or SKIP.match(below[0].text):
        return text
    under = below[0].text
    if under.lower().startswith(text.lower()):
        return under
    banner = BODY_NAME.search(under)  # the body issuing the paper, printed over its real title
    return text if banner or len(under) > 160 or under.endswith(".") else f"{text} – {under}"
