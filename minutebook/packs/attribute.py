"""Which agenda item each document of a pack belongs to, and what an unannounced document is.

The agenda prints page ranges ("(Pages 19 - 22)"); the documents follow in the
same order.  Minutes and actions logs go to the item about minutes, notes to an
item about minutes or notes, a work programme to the work-programme item; a
report with a header starts the next item with pages; an appendix stays with
the current item.  A document that announced nothing (it only followed a blank
page or a closing block) starts a new item when there are more items with pages
left than announced reports to fill them, else it is an appendix.  A printed
"Page N" inside a document overrides the count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from minutebook.packs import agenda
from minutebook.packs.record import AgendaItem
from minutebook.packs.text import fold
from minutebook.packs.vocab import DocumentKind

if TYPE_CHECKING:
    from minutebook.packs.segment import Piece

PAGE_MARK = re.compile(r"^page\s+(\d{1,4})$", re.I)
BY_TITLE: dict[DocumentKind, re.Pattern[str]] = {
    DocumentKind.MINUTES: re.compile(r"\bminutes\b", re.I),
    DocumentKind.ACTIONS_LOG: re.compile(r"\b(minutes|actions?)\b", re.I),
    DocumentKind.NOTES: re.compile(r"\b(minutes|notes)\b", re.I),
    DocumentKind.WORK_PROGRAMME: re.compile(r"\b(work ?programme|forward plan|work plan)\b", re.I),
}
# Where a kind's items are told by a title more precisely: an action tracker's own item before the minutes'.
BY_TITLE_FIRST: dict[DocumentKind, re.Pattern[str]] = {
    DocumentKind.ACTIONS_LOG: re.compile(r"\b(actions?|action (tracker|log))\b", re.I),
}
# A paper whose printed title is this like an item's title is that item's paper.
SAME_TITLE = 92.0
MIN_TITLE = 12  # shorter titles ("Appendix 1", "Update") say too little to match on
NEW_ITEM_KINDS = {DocumentKind.REPORT, DocumentKind.NOTES, DocumentKind.WORK_PROGRAMME, DocumentKind.BRIEFING}


def agenda_items(pieces: Sequence[Piece]) -> list[AgendaItem]:
    """The items of the pack's agenda, if it has one."""
    for piece in pieces:
        if piece.document.kind == DocumentKind.AGENDA:
            piece.meetings = agenda.read(piece.lines)  # kept: the record takes them from the piece
            return piece.meetings[0].items if piece.meetings else []
    return []


def _page_mark(piece: Piece) -> int | None:
    for line in piece.lines:
        if line.text[:1] not in ("p", "P"):
            continue  # "Page 7" alone: most lines do not even start like it
        match = PAGE_MARK.match(line.text)
        if match:
            return int(match.group(1))
    return None


class _Attribution:
    def __init__(self, items: list[AgendaItem], pieces: Sequence[Piece], unknown: Sequence[bool]) -> None:
        paged = [it for it in items if it.first_page is not None]
        self.items = paged or [
            it
            for it in items
            if not re.search(
                r"\b(welcome|apologies|declarations?|membership|any other business)\b", it.title, re.I
            )
        ]
        self.pieces = pieces
        self.unknown = unknown
        self.cursor = -1
        self.reported: set[int] = set()

    def run(self) -> None:
        for n, piece in enumerate(self.pieces):
            if piece.document.kind in (DocumentKind.AGENDA, DocumentKind.BRIEFING) and n == 0:
                continue
            self._place(n, piece)

    def _place(self, n: int, piece: Piece) -> None:
        doc = self.pieces[n].document
        kind = DocumentKind(doc.kind)
        index = self._by_stamp(doc.agenda_item)
        if index is None and kind in NEW_ITEM_KINDS:
            index = self._by_own_title(doc.title)
        if index is None and kind in BY_TITLE:
            index = self._by_title(kind)
        if index is None:
            index = self._by_page(piece)
        if index is None:
            index = self._by_order(n)
        if self.unknown[n]:
            doc.kind = DocumentKind.REPORT if index > self.cursor else DocumentKind.APPENDIX
            if not self.items and doc.agenda_item is None:
                doc.kind = DocumentKind.OTHER
        elif kind == DocumentKind.REPORT and index >= 0 and index == self.cursor and index in self.reported:
            doc.kind = DocumentKind.APPENDIX  # a second report-like paper under an item that has its report
        if doc.kind == DocumentKind.APPENDIX and not self.items and doc.agenda_item is None and n > 0:
            doc.agenda_item = self.pieces[n - 1].document.agenda_item  # no agenda: the paper it follows
        if doc.kind == DocumentKind.REPORT:
            self.reported.add(index)
        self.cursor = max(self.cursor, index)
        if 0 <= index < len(self.items):
            doc.agenda_item = self.items[index].number
            piece.item_title = self.items[index].title

    def _by_stamp(self, number: str | None) -> int | None:
        """The item a document names on its first page ("Agenda Item 5")."""
        if number is None:
            return None
        for i, item in enumerate(self.items):
            if item.number.rstrip(".").lower() == number.lower():
                return i
        return None

    def _by_own_title(self, title: str | None) -> int | None:
        """The item after the cursor whose title the paper prints as its own."""
        wanted = fold(title or "").casefold()
        if len(wanted) < MIN_TITLE:
            return None
        for i in range(self.cursor + 1, len(self.items)):
            if fuzz.ratio(wanted, fold(self.items[i].title).casefold()) >= SAME_TITLE:
                return i
        return None

    def _by_title(self, kind: DocumentKind) -> int | None:
        start = self.cursor if kind in (DocumentKind.MINUTES, DocumentKind.ACTIONS_LOG) else self.cursor + 1
        for pattern in (BY_TITLE_FIRST.get(kind), BY_TITLE[kind]):
            for i in range(max(start, 0), len(self.items)):
                if pattern is not None and pattern.search(self.items[i].title):
                    return i
        return None

    def _by_page(self, piece: Piece) -> int | None:
        page = _page_mark(piece)
        if page is None:
            return None
        for i, item in enumerate(self.items):
            first, last = item.first_page, item.last_page or item.first_page
            if first is not None and last is not None and first <= page <= last and i >= self.cursor:
                return i
        return None

    def _by_order(self, n: int) -> int:
        kind = self.pieces[n].document.kind
        new_item = kind in NEW_ITEM_KINDS and not self.unknown[n]
        if self.unknown[n]:
            remaining = sum(
                1
                for it in self.items[self.cursor + 1 :]
                if not any(rule.search(it.title) for rule in BY_TITLE.values())
            )
            announced = sum(
                1
                for p, u in zip(self.pieces[n + 1 :], self.unknown[n + 1 :], strict=True)
                if not u and p.document.kind in NEW_ITEM_KINDS
            )
            new_item = remaining > announced
        following = self._next_unreserved()
        if new_item and following is not None:
            return following
        return max(self.cursor, 0) if self.items else -1

    def _next_unreserved(self) -> int | None:
        """The next item after the cursor that is not kept for minutes, notes or a work programme."""
        for i in range(self.cursor + 1, len(self.items)):
            if not any(rule.search(self.items[i].title) for rule in BY_TITLE.values()):
                return i
        return None


def assign_items(pieces: Sequence[Piece], unknown: Sequence[bool]) -> None:
    """Set each document's agenda item, and the kind of documents that announced none."""
    _Attribution(agenda_items(pieces), pieces, unknown).run()
