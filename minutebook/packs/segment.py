"""Cutting a pack into its documents: agenda, minutes, actions log, reports, appendices, …

A pack is a run of documents glued together.  We find where each begins from
the documents' own headers (a table of named START rules), from the places a
document visibly ends (CLOSING rules: a blank page, a signature, a report's
closing "Background papers" block), and then attribute each document to the
agenda item whose page range it fills (``minutebook.packs.attribute``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from minutebook.packs import attribute, titles
from minutebook.packs.lines import Line
from minutebook.packs.record import Document
from minutebook.packs.text import is_page_break
from minutebook.packs.vocab import DocumentKind


@dataclass
class Piece:
    """A document of the pack with its lines."""

    document: Document
    lines: list[Line]
    item_title: str | None = None  # the title of the agenda item it belongs to, if known


@dataclass
class Start:
    """Where a document begins, what it is, and how sure we are that it is a new item."""

    index: int  # index into the pack's lines
    kind: DocumentKind | None  # None: unknown; decided when attributing to agenda items
    rule: str
    strong: bool = True  # starts a new agenda item (reports) or is placed by title (minutes)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


MINUTES_HEAD = _rx(
    r"^(minutes|minutes of proceedings|draft minutes|unconfirmed minutes|"
    r"minutes of (a|the) (joint |special |extraordinary |public |ordinary |virtual |remote )?meeting\b.*)$"
)
ACTIONS_HEAD = _rx(
    r"^(schedule of |log of |board |committee )?(actions?( arising| log| tracker| list)( log)?)(\s*[:–-].{0,60})?$"
)
NOTES_HEAD = _rx(
    r"^((meeting |action )?notes|notes of (the )?meeting\b.{0,80}|notes of the .{0,60} meeting)$"
)
REPORT_LABEL = _rx(
    r"^(date|classification|title|report of|report by|report author|wards? involved|wards? affected|"
    r"policy context|financial summary|decision maker|key decision|report for|lead officer|contact officer|"
    r"cabinet member|portfolio|purpose of (the )?report|agenda item( no\.?)?|briefing of|briefing author)"
    r"\b[^:]{0,40}:?"
)
SUMMARY_HEAD = _rx(r"^1\.?\s+(executive summary|summary)$")
APPENDIX_HEAD = _rx(r"^(appendix|annex|annexe)\s+([A-Z]|\d{1,2}|[ivx]{1,4})\b(?!\.\d)")
WORK_PROGRAMME_HEAD = _rx(r"^.{0,80}\b(work ?programme|forward plan|work plan)\b.{0,20}$")
BRIEFING_HEAD = _rx(r"^(cabinet member update|briefing( note| paper)?|briefing of:.*|member briefing)$")
CLOSING = _rx(
    r"^(background papers\b.*|list of appendices:?|appendices(:.*)?|annexes:?|yours (sincerely|faithfully),?|"
    r"chair(man)?:.*|signed:?.*|.{0,120}\bplease contact:?)$"
)
CONTENTS_ENTRY = re.compile(r"(\.{3,}|\t|\s{2,})\s*(page\s+)?\d{1,3}\s*$", re.I)


DATE_ONLY = re.compile(r"\d{1,2}(st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}")
CAPTION = re.compile(r"^(figure|fig\.|table|chart|graph|diagram|source|note)\s*\d", re.I)
LABELLED = re.compile(r"^[\w ]{1,24}:\s*\S")


def _heading_like(line: Line) -> bool:
    """A short title line (no full stop, not a date-only, contact or signature line)."""
    text = line.text
    if not text or len(text) > 70 or text.endswith((".", ",", ";")):
        return False
    if "@" in text or "http" in text or "www." in text or LABELLED.match(text) or CAPTION.match(text):
        return False
    if re.fullmatch(r"[\d\s/.,-]*|\d{1,2}(st|nd|rd|th)?\s+\w+\s+\d{4}", text, re.I):
        return False
    return not CLOSING.match(text) and not text.lower().startswith(("date", "chief executive"))


def _back_up(lines: list[Line], index: int, floor: int, reach: int = 12) -> int:
    """Move a start back over the heading lines printed above it (council name, body)."""
    best = index
    i = index - 1
    while i >= floor and index - i <= reach:
        line = lines[i]
        if line.blank:
            i -= 1
            continue
        if DATE_ONLY.fullmatch(line.text):
            i -= 1
            continue
        if not _heading_like(line) or is_page_break(line.text):
            break
        best = i
        i -= 1
    return best


def _window(lines: list[Line], index: int, count: int) -> list[Line]:
    """The next ``count`` non-blank lines from ``index``."""
    out: list[Line] = []
    for line in lines[index:]:
        if line.text:
            out.append(line)
            if len(out) == count:
                break
    return out


def _label(line: Line) -> str | None:
    """The header label a line starts with ("Date:", a "Title" table cell), if any."""
    match = REPORT_LABEL.match(line.text)
    if match is None:
        return None
    rest = line.text[match.end(1) :].lstrip()
    if rest.startswith(":") or not rest or "\t" in line.raw or line.raw.lstrip().startswith("|"):
        return match.group(1).lower().split()[0]
    return None


def _report_header_at(lines: list[Line], index: int) -> bool:
    """Three or more distinct header labels within the next 16 non-blank lines."""
    labels = {label for label in (_label(line) for line in _window(lines, index, 16)) if label}
    return len(labels) >= 3


StartRule = Callable[[list[Line], int], Start | None]


def _minutes(lines: list[Line], i: int) -> Start | None:
    return Start(i, DocumentKind.MINUTES, "minutes heading") if MINUTES_HEAD.match(lines[i].text) else None


def _actions(lines: list[Line], i: int) -> Start | None:
    text = lines[i].text
    return Start(i, DocumentKind.ACTIONS_LOG, "actions heading") if ACTIONS_HEAD.match(text) else None


def _notes(lines: list[Line], i: int) -> Start | None:
    if not NOTES_HEAD.match(lines[i].text):
        return None
    above = [ln.text for ln in lines[max(0, i - 8) : i] if ln.text]
    if any(re.search(r"\b(group|board|committee|forum|panel|partnership|network)\b", t, re.I) for t in above):
        return Start(i, DocumentKind.NOTES, "notes heading")
    return None


def _report(lines: list[Line], i: int) -> Start | None:
    if _label(lines[i]) and _report_header_at(lines, i):
        return Start(i, DocumentKind.REPORT, "report header")
    return None


def _appendix(lines: list[Line], i: int) -> Start | None:
    text = lines[i].text
    if len(text) > 120 or not APPENDIX_HEAD.match(text) or CONTENTS_ENTRY.search(lines[i].raw):
        return None
    return Start(i, DocumentKind.APPENDIX, "appendix heading", strong=False)


def _summary(lines: list[Line], i: int) -> Start | None:
    return Start(i, DocumentKind.REPORT, "summary heading") if SUMMARY_HEAD.match(lines[i].text) else None


def _work_programme(lines: list[Line], i: int) -> Start | None:
    text = lines[i].text
    if WORK_PROGRAMME_HEAD.match(text) and not re.match(r"^\d", text):
        return Start(i, DocumentKind.WORK_PROGRAMME, "work programme heading")
    return None


# Rules as a table: (name, rule, fires only right after a boundary?)
START_RULES: tuple[tuple[str, StartRule, bool], ...] = (
    ("minutes", _minutes, False),
    ("actions log", _actions, False),
    ("notes", _notes, False),
    ("report header", _report, False),
    ("appendix", _appendix, False),
    ("summary", _summary, True),
    ("work programme", _work_programme, True),
)

AGENDA_HEAD = _rx(
    r"^((committee |meeting |board )?agenda( (and|&) reports?)?( pack)?|summons( and agenda)?|notice of meeting)$"
)
BRIEFING_MARK = _rx(r"\b(cabinet member update|briefing note|briefing paper|member briefing)\b|^briefing of:")
CONTACT_CALL = _rx(r"please contact:?$")
CONTACT_DETAIL = _rx(r"@|\b(tel|telephone|phone|t)\s*[:.]|\b0\d{2,4}\s?\d{3,4}\s?\d{3,4}\b")
LISTING = _rx(r"^(list of )?(appendices|annexes|annexe?s? and appendices)\b")
NOT_CONTENT = _rx(
    r"^(none\.?|n/?a\.?|<?https?://\S+>?|www\.\S+|\S+@\S+|e-?mail:.*|tel(ephone)?:.*|t:.*|e:.*)$"
)

# Where the same kind of start again, this close to the current start, is the same document.
SAME_DOCUMENT_REACH = {
    DocumentKind.MINUTES: 25,
    DocumentKind.REPORT: 60,
    DocumentKind.ACTIONS_LOG: 400,
    DocumentKind.NOTES: 20,
    DocumentKind.WORK_PROGRAMME: 400,
}
# Kinds inside which an appendix/summary/work-programme heading is just a heading.
ENCLOSING = {DocumentKind.AGENDA, DocumentKind.MINUTES, DocumentKind.ACTIONS_LOG}


def _first_kind(lines: list[Line]) -> DocumentKind | None:
    head = [ln.text for ln in _window(lines, 0, 60)]
    if any(BRIEFING_MARK.search(t) for t in head[:12]):
        return DocumentKind.BRIEFING
    if any(AGENDA_HEAD.match(t) for t in head):
        return DocumentKind.AGENDA
    return None


class _Scanner:
    """One pass over the lines, collecting document starts."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        first = next((i for i, ln in enumerate(lines) if ln.text), 0)
        self.starts = [Start(first, _first_kind(lines), "pack start")]
        self.boundary = False
        self.closing_at: int | None = None
        self.blank_run = 0

    @property
    def current(self) -> Start:
        return self.starts[-1]

    def scan(self) -> list[Start]:
        for i, line in enumerate(self.lines):
            if line.blank:
                self.blank_run += 1
                continue
            self._line(i, line)
            self.blank_run = 0
        return self.starts

    def _line(self, i: int, line: Line) -> None:
        if is_page_break(line.text):
            self.boundary = True
            self.closing_at = None
            return
        if self._closing_gap(i, line):
            self.boundary = True
        start = self._rule_start(i)
        if start is not None:
            self._add(start)
        elif self.boundary and i > self.current.index:
            self._add(Start(i, None, "after a boundary", strong=False))
        self.boundary = False
        if CLOSING.match(line.text):
            self.closing_at = i

    def _closing_gap(self, i: int, line: Line) -> bool:
        """After a document's closing block, the first block set apart by blank lines starts a new one."""
        at = self.closing_at
        if at is None or i - at > 30 or at < self.current.index or not self._closing_complete(at, i):
            return False
        set_apart = self.blank_run >= 2 or (self.blank_run >= 1 and line.raw.lstrip().startswith("#"))
        if set_apart and not NOT_CONTENT.match(line.text) and not CLOSING.match(line.text):
            self.closing_at = None
            return True
        return False

    def _closing_complete(self, at: int, i: int) -> bool:
        """A "please contact:" block is complete once an email or phone line follows it."""
        if not CONTACT_CALL.search(self.lines[at].text):
            return True
        return any(CONTACT_DETAIL.search(line.text) for line in self.lines[at + 1 : i])

    def _rule_start(self, i: int) -> Start | None:
        for _name, rule, after_boundary_only in START_RULES:
            if after_boundary_only and not self.boundary and not self._in_loose_document():
                continue
            start = rule(self.lines, i)
            if start is not None and self._accepts(start):
                return start
        return None

    def _in_loose_document(self) -> bool:
        """Inside an appendix or unknown document, where a new report or programme may begin unannounced."""
        return self.current.kind in (None, DocumentKind.APPENDIX, DocumentKind.OTHER)

    def _accepts(self, start: Start) -> bool:
        current = self.current
        reach = SAME_DOCUMENT_REACH.get(start.kind, 0) if start.kind else 0
        if start.kind == current.kind and start.index - current.index <= reach:
            return False
        if start.kind in (DocumentKind.APPENDIX, DocumentKind.WORK_PROGRAMME) and current.kind in ENCLOSING:
            return False
        if start.kind == DocumentKind.MINUTES and current.kind == DocumentKind.MINUTES:
            return bool(re.search(r"\b(of|proceedings)\b", self.lines[start.index].text, re.I))
        if start.kind == DocumentKind.APPENDIX:
            return not self._listed_in_contents(start) and not self._in_listing(start.index)
        return not (start.rule == "summary heading" and current.kind in ENCLOSING | {DocumentKind.REPORT})

    def _in_listing(self, index: int) -> bool:
        """Right under an "Appendices:"/"Annexes:" list, an appendix title is listed, not begun."""
        at = self.closing_at
        return at is not None and index - at <= 12 and bool(LISTING.match(self.lines[at].text))

    def _listed_in_contents(self, start: Start) -> bool:
        """An appendix the current document lists in its own contents is part of it."""
        token = " ".join(self.lines[start.index].text.split()[:2]).lower()
        for line in self.lines[self.current.index : start.index]:
            if line.text.lower().startswith(token) and CONTENTS_ENTRY.search(line.raw):
                return True
        return False

    def _add(self, start: Start) -> None:
        current = self.current
        if current.kind is None and start.kind is not None and start.index - current.index <= 12:
            self.starts.pop()
            start.index = min(start.index, current.index)
        floor = self.starts[-1].index + 1 if self.starts else 0
        if start.kind is not None and start.rule != "appendix heading":
            start.index = _back_up(self.lines, start.index, floor)
        self.starts.append(start)
        self.closing_at = None


def find_starts(lines: list[Line]) -> list[Start]:
    """Every document start in the pack, in order."""
    return _Scanner(lines).scan()


def split(lines: list[Line]) -> list[Piece]:
    """The documents of a pack, in order, each attributed to its agenda item."""
    if not any(line.text for line in lines):
        return []
    starts = find_starts(lines)
    pieces = []
    for n, start in enumerate(starts):
        end = starts[n + 1].index if n + 1 < len(starts) else len(lines)
        body = _trim(lines[start.index : end])
        kind = start.kind or DocumentKind.OTHER
        doc = Document(
            kind=kind, title=titles.title_of(kind, body), first_line=body[0].number, last_line=body[-1].number
        )
        doc.first_page, doc.last_page = body[0].page, body[-1].page
        pieces.append(Piece(doc, body))
    attribute.assign_items(pieces, [s.strong for s in starts], [s.kind is None for s in starts])
    return pieces


def _trim(lines: list[Line]) -> list[Line]:
    """A document's lines without trailing blank lines."""
    end = len(lines)
    while end > 1 and lines[end - 1].blank:
        end -= 1
    return lines[:end]
