"""Cutting a pack into its documents: agenda, minutes, actions log, reports, appendices, …

A pack is a run of documents glued together.  We find where each begins from
the documents' own headers (a table of named START rules), from the places a
document visibly ends (CLOSING rules: a blank page, a signature, a report's
closing "Background papers" block), and then attribute each document to the
agenda item whose page range it fills (``minutebook.packs.attribute``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutebook.packs import attribute, titles
from minutebook.packs.lines import Line
from minutebook.packs.record import Document, Meeting
from minutebook.packs.segment_patterns import (
    AGENDA_HEAD,
    BARE_NUMBER,
    BRIEFING_MARK,
    CONTACT_CALL,
    CONTACT_DETAIL,
    CONTACT_LABEL,
    CONTENTS_ENTRY,
    DATE_ONLY,
    ITEM_LINE,
    LISTING,
    NOT_CONTENT,
    PAGES_PRINTED,
    WORK_PROGRAMME_HEAD,
)
from minutebook.packs.segment_rules import (
    START_RULES,
    Start,
    StartRule,
    back_up,
    header_values,
    is_closing,
    is_section_head,
    menu_above,
    opens_page,
    window,
)
from minutebook.packs.text import is_page_break, is_page_number
from minutebook.packs.vocab import DocumentKind

ITEM_PAGE_MEETING = re.compile(r"^meeting:\s*\d{1,2}/\d{1,2}/\d{2,4}\s*[-–]\s*.{3,160}$", re.I)
ITEM_PAGE_RECORD = re.compile(r"^(minutes|decisions?|resolved)\b", re.I)
NUMBERED_ENTRY = re.compile(r"^\d{1,3}[.)]\s+[A-Z]")  # "3. Minutes", not an address's "14 Bridge Street"
COVER_CLOSING = re.compile(r"^(signed\b|background (papers|documents)\b)", re.I)
CHAIR_LABEL = re.compile(r"^(vice[- ])?chair(man|person)?:$", re.I)
ATTENDANCE_REACH = 40  # lines from the start of minutes within which the attendance is printed
VALEDICTION = re.compile(r"^yours (sincerely|faithfully)", re.I)
SECTION_NUMBER = re.compile(
    r"^(\d{1,2})\.?\s"
)  # a whole section's number: "7. Contact", not "6.1 Appendix A"


@dataclass
class Piece:
    """A document of the pack with its lines."""

    document: Document
    lines: list[Line]
    item_title: str | None = None  # the title of the agenda item it belongs to, if known
    # an agenda's meetings, read once while its items were matched to the papers; None: not read yet
    meetings: list[Meeting] | None = None


# Where the same kind of start again, this close to the current start, is the same document.
SAME_DOCUMENT_REACH = {
    DocumentKind.MINUTES: 25,
    DocumentKind.REPORT: 60,
    DocumentKind.ACTIONS_LOG: 400,
    DocumentKind.NOTES: 20,
    DocumentKind.WORK_PROGRAMME: 400,
    DocumentKind.APPENDIX: 3,  # "Appendix 1" over "Appendix 1 – Summary of complaints": one heading
}
LISTING_REACH = 30  # lines below "Appendices" within which its entries are printed
# "11.1  Appendix 1 – Allotment Strategy: Summary of Actions": an entry in a paper's list of appendices.
LISTED_APPENDIX = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?P<appendix>(?:appendix|annexe?)\s+\w{1,4}\s*[:–—-]\s*)(?P<title>.{6,160})$",
    re.I,
)
APPENDIX_LOOKAHEAD = 20  # lines within which an appendix title printed twice was first only listed
# Kinds inside which an appendix/summary/work-programme heading is just a heading.
HEADED = {DocumentKind.AGENDA, DocumentKind.BRIEFING}  # their own header block looks like a report's
ENCLOSING = {DocumentKind.AGENDA, DocumentKind.MINUTES, DocumentKind.ACTIONS_LOG}


# Each rule with the words one of which a line must hold for it to be tried, found for all rules by one
# scan of the line; on a line holding none of them only the rules that need no word are tried.
_Rule = tuple[StartRule, bool, frozenset[str]]
RULES: tuple[_Rule, ...] = tuple(
    (rule, after_boundary_only, frozenset(needles))
    for _name, rule, after_boundary_only, needles in START_RULES
)
WORDLESS_RULES = tuple(r for r in RULES if not r[2])
ANY_NEEDLE = re.compile("|".join(re.escape(n) for *_, needles in START_RULES for n in needles))


def _first_kind(lines: list[Line]) -> DocumentKind | None:
    head = [ln.text for ln in window(lines, 0, 60)]
    if any(BRIEFING_MARK.search(t) for t in head[:12]):
        return DocumentKind.BRIEFING
    if any(_agenda_heading(t) for t in head):
        return DocumentKind.AGENDA
    if any(ITEM_PAGE_MEETING.match(t) for t in head) and any(ITEM_PAGE_RECORD.match(t) for t in head):
        return (
            DocumentKind.MINUTES
        )  # a web page of one item's minutes ("Meeting: 03/04/2024 - Panel (Item 18)")
    return DocumentKind.AGENDA if _front_sheet(head) else None


MEMBERSHIP_HEAD = re.compile(r"^(committee |board )?membership\b\s*:?", re.I)
MINUTES_WORD = re.compile(r"^(draft |unconfirmed )?minutes\b|\bpresent\s*:", re.I)


def _front_sheet(head: list[str]) -> bool:
    """A front sheet without the word "Agenda": its membership list, then three or more numbered items."""
    at = next((n for n, t in enumerate(head) if MEMBERSHIP_HEAD.match(t)), None)
    if at is None or any(MINUTES_WORD.search(t) for t in head[:at]):
        return False
    return sum(1 for t in head[at:] if ITEM_LINE.match(t)) >= 3


LETTER_SPACED = re.compile(r"(?:[A-Za-z] ){3,}[A-Za-z]")


def _agenda_heading(text: str) -> bool:
    """ "AGENDA" or "AGENDA:", spaced out ("A G E N D A") or in two languages ("AGENDA / RHAGLEN")."""
    if LETTER_SPACED.fullmatch(text):
        text = text.replace(" ", "")
        if text.upper() == "BUSINESS":
            return True  # "B U S I N E S S" over the items of a Scottish council's summons
    return any(AGENDA_HEAD.match(half.strip().rstrip(":")) for half in text.split(" / ", 1))


class _Scanner:
    """One pass over the lines, collecting document starts."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        first = next((i for i, ln in enumerate(lines) if ln.text), 0)
        self.starts = [Start(first, _first_kind(lines), "pack start")]
        self.boundary = False
        self.closing_at: int | None = None
        self.repeated_header = -99  # where the current report's header was last found printed again
        self.blank_run = 0
        self.page_top = False  # the line is the first of a printed page
        self.turned: int | None = None  # the last page number or blank-page line

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
            self.boundary = self.page_top = True
            self.turned = i
            self.closing_at = None
            return
        if is_page_number(line.text):
            self.closing_at = None  # a list of appendices ends with its page
            self.page_top = True
            self.turned = i
            return
        if self._closing_gap(i, line):
            self.boundary = True
        start = self._rule_start(i)
        if start is not None:
            self._add(start)
        elif self.boundary and i > self.current.index:
            self._add(Start(i, None, "after a boundary"))
        self.boundary = self.page_top = False
        if is_closing(line.text) and not (
            self._summons_letter(line) or self._cover_sign_off(i) or self._chair_present(i)
        ):
            self.closing_at = i

    def _summons_letter(self, line: Line) -> bool:
        """ "Yours faithfully" closing the letter that opens an agenda, before its items: not a document's end."""
        if self.current.kind != DocumentKind.AGENDA or not VALEDICTION.match(line.text):
            return False
        above = self.lines[self.current.index : line.number - self.lines[0].number]
        return not any(NUMBERED_ENTRY.match(ln.text) for ln in above)

    def _cover_sign_off(self, i: int) -> bool:
        """ "Signed: …, Director" or "Background documents" on a report's cover, before its first numbered
        section: the paper goes on."""
        return (
            self.current.kind == DocumentKind.REPORT
            and COVER_CLOSING.match(self.lines[i].text) is not None
            and not self._section_between(i)
        )

    def _chair_present(self, i: int) -> bool:
        """ "Chairman:" over the name of the member in the chair, near the top of minutes: attendance, not a signature."""
        return (
            self.current.kind == DocumentKind.MINUTES
            and i - self.current.index <= ATTENDANCE_REACH
            and CHAIR_LABEL.match(self.lines[i].text) is not None
        )

    def _closing_gap(self, i: int, line: Line) -> bool:
        """After a document's closing block, the first block set apart by blank lines starts a new one."""
        at = self.closing_at
        if at is None or i - at > 30 or at < self.current.index or not self._closing_complete(at, i):
            return False
        if CONTACT_LABEL.match(line.text) and CONTACT_DETAIL.search(line.text):
            return False  # the officer's contact details set out under the closing block ("Officer name: …")
        if self._goes_on(at, line):
            self.closing_at = None
            return False
        set_apart = self.blank_run >= 2 or (self.blank_run >= 1 and line.raw.lstrip().startswith("#"))
        if set_apart and not NOT_CONTENT.match(line.text) and not is_closing(line.text):
            self.closing_at = None
            return True
        return False

    def _goes_on(self, at: int, line: Line) -> bool:
        """ "5. Appendices" … "6. Contact details": the paper's next numbered section after its closing block."""
        own = SECTION_NUMBER.match(self.lines[at].text)
        number = SECTION_NUMBER.match(line.text) if own else None
        return (
            own is not None
            and number is not None
            and int(number[1]) > int(own[1])
            and is_section_head(line.text)
        )

    def _closing_complete(self, at: int, i: int) -> bool:
        """A "please contact:" block is complete once an email or phone line follows it."""
        if not CONTACT_CALL.search(self.lines[at].text):
            return True
        return any(CONTACT_DETAIL.search(line.text) for line in self.lines[at + 1 : i])

    def _rule_start(self, i: int) -> Start | None:
        found = set(ANY_NEEDLE.findall(self.lines[i].text.lower()))
        for rule, after_boundary_only, words in RULES if found else WORDLESS_RULES:
            if words and words.isdisjoint(found):
                continue
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
        if start.rule == "agenda item stamp":
            if (
                current.kind == DocumentKind.REPORT
                and start.index - current.index <= 20
                and current.item is None
            ):
                current.item = start.item  # "Agenda Item: 6" inside the report's own header block
                return False
            return start.item != self._current_item()
        if start.kind == DocumentKind.REPORT and current.kind == DocumentKind.REPORT:
            if self._same_paper(start) or self._under_own_section(start.index):
                return False
            self._as_listed_appendix(start)
            return True
        if start.kind == DocumentKind.REPORT and current.kind in HEADED and self._own_header(start):
            return False
        if start.kind == DocumentKind.ACTIONS_LOG and current.kind == DocumentKind.ACTIONS_LOG:
            return False
        reach = SAME_DOCUMENT_REACH.get(start.kind, 0) if start.kind else 0
        if start.kind == current.kind and start.index - current.index <= reach:
            return False
        if start.kind in (DocumentKind.APPENDIX, DocumentKind.WORK_PROGRAMME) and current.kind in ENCLOSING:
            return start.kind == DocumentKind.WORK_PROGRAMME and (
                self._dated_page_head(start.index) or self._named_page_head(start.index)
            )
        if start.kind == DocumentKind.NOTES and current.kind == DocumentKind.AGENDA:
            return self._heads_a_page(start.index)  # "Notes" under the agenda's items on its page: its own
        if start.kind == DocumentKind.MINUTES and current.kind == DocumentKind.AGENDA:
            return not self._agenda_entry(start.index)
        if start.kind == DocumentKind.MINUTES and current.kind == DocumentKind.MINUTES:
            return bool(re.search(r"\b(of|proceedings)\b", self.lines[start.index].text, re.I))
        if start.kind == DocumentKind.APPENDIX:
            return not (
                self._listed_in_contents(start) or self._in_listing(start.index) or self._printed_again(start)
            )
        if start.kind == DocumentKind.WORK_PROGRAMME and self._in_listing(start.index):
            return False  # "Appendix A – Work Programme" named in the paper's list of appendices
        return not (start.rule == "summary heading" and current.kind in ENCLOSING | {DocumentKind.REPORT})

    def _new_page(self, index: int) -> bool:
        """The line opens a printed page, or follows a blank page or a document's closing block."""
        return self.boundary or self.page_top or opens_page(self.lines, index)

    def _heads_a_page(self, index: int) -> bool:
        """The heading block the line ends ("JSNA Steering Group" / date / "Notes") opens a printed page."""
        top = back_up(self.lines, index, self.current.index + 1)
        turned = self.turned is not None and self.turned >= top - 3
        return self._new_page(index) or turned or opens_page(self.lines, top)

    def _dated_page_head(self, index: int) -> bool:
        """A heading opening a printed page with a date a line or two below ("Work Programme" / the body /
        "16 March 2023"): a paper of its own after the minutes, not one of their headings."""
        if not self._new_page(index):
            return False
        return any(
            len(ln.text) <= 40 and DATE_ONLY.search(ln.text) for ln in window(self.lines, index + 1, 3)
        )

    def _under_own_section(self, index: int) -> bool:
        """Labels set out right under the paper's numbered section ("11. Report Author Contact Details" over
        "Name … Title …"): that section's contents, not another paper's cover."""
        above = [
            ln.text for ln in reversed(self.lines[max(self.current.index + 1, index - 6) : index]) if ln.text
        ]
        return any(is_section_head(text) and text.isupper() for text in above[:2])

    def _named_page_head(self, index: int) -> bool:
        """A programme's heading naming its body, opening a printed page ("AUDIT COMMITTEE BUSINESS PLANNER"):
        a paper of its own after the minutes, not their bare "Work Programme" heading."""
        words = WORK_PROGRAMME_HEAD.match(self.lines[index].text)
        return bool(words and words.start(1) > 0) and self._new_page(index)

    def _agenda_entry(self, index: int) -> bool:
        """ "Minutes of the meeting held on …" listed as an agenda item: its pages printed, its number above, or
        the note under the item "2. Minutes (Pages 1 - 4)"."""
        if PAGES_PRINTED.search(self.lines[index].text):
            return True
        above = next((ln for ln in reversed(self.lines[self.current.index : index]) if ln.text), None)
        if above is None:
            return False
        minutes_item = ITEM_LINE.match(above.text) is not None and "minutes" in above.text.lower()
        return bool(BARE_NUMBER.match(above.text)) or minutes_item

    def _as_listed_appendix(self, start: Start) -> None:
        """A paper the report above names in its list of appendices ("Appendix A – Record of Decision") is
        that appendix, though it prints no "Appendix A" of its own."""
        lines = self.lines
        listing = next(
            (k for k in range(self.current.index, start.index) if LISTING.match(lines[k].text)), None
        )
        if listing is None:
            return
        top = back_up(lines, start.index, self.current.index + 1)  # its heading may stand above its labels
        opening = f" {' '.join(_words(ln.text) for ln in window(lines, top, 3))} "
        for line in lines[listing + 1 : min(start.index, listing + LISTING_REACH)]:
            entry = LISTED_APPENDIX.match(line.text)
            named = _words(entry["title"]) if entry else ""
            if entry and len(named.split()) >= 2 and f" {named} " in opening:
                start.kind, start.title = DocumentKind.APPENDIX, line.text[entry.start("appendix") :]
                return

    def _own_header(self, start: Start) -> bool:
        """A header block near the top of an agenda or briefing, before any numbered item, is its own."""
        above = self.lines[self.current.index : start.index]
        return start.index - self.current.index < 60 and not any(ITEM_LINE.match(ln.text) for ln in above)

    def _same_paper(self, start: Start) -> bool:
        """A header block inside the current report's own, or one repeating it on a later page."""
        if start.index - self.current.index <= 60 and not self._section_between(start.index):
            return True
        if start.index - self.repeated_header <= 6:
            return True  # the next labels of the header block already found repeating the report's own
        mine = header_values(self.lines, self.current.index)
        if mine & header_values(self.lines, start.index):
            self.repeated_header = start.index
            return True
        return False

    def _section_between(self, index: int) -> bool:
        """A numbered section ("1. Summary", "1.1 The report…") between the current start and ``index``."""
        return any(is_section_head(ln.text) for ln in self.lines[self.current.index : index])

    def _current_item(self) -> str | None:
        return next((s.item for s in reversed(self.starts) if s.item), None)

    def _in_listing(self, index: int) -> bool:
        """Right under an "Appendices:"/"Annexes:" list, an appendix title is listed, not begun.

        Not when the paper's next section or a new page comes between: the appendix itself follows the paper.
        """
        at = self.closing_at
        if at is None or index - at > 12 or not LISTING.match(self.lines[at].text):
            return False
        listing, here = self.lines[at].page, self.lines[index].page
        if listing is not None and here is not None and listing != here:
            return False
        return not self._next_section(at, index)

    def _next_section(self, at: int, index: int) -> bool:
        """ "6. Appendices" … "7. Contact details": the paper's next numbered section after its listing."""
        own = SECTION_NUMBER.match(self.lines[at].text)
        if own is None:
            return False
        for line in self.lines[at + 1 : index]:
            number = SECTION_NUMBER.match(line.text)
            if number and is_section_head(line.text) and int(number[1]) > int(own[1]):
                return True
        return False

    def _printed_again(self, start: Start) -> bool:
        """An appendix title printed again a little further on: here it is listed, there it begins."""
        title = self.lines[start.index].text
        return any(
            ln.text == title for ln in self.lines[start.index + 1 : start.index + 1 + APPENDIX_LOOKAHEAD]
        )

    def _listed_in_contents(self, start: Start) -> bool:
        """An appendix the current document lists in its own contents is part of it."""
        token = " ".join(self.lines[start.index].text.split()[:2]).lower()
        for line in self.lines[self.current.index : start.index]:
            if line.text.lower().startswith(token) and CONTENTS_ENTRY.search(line.raw):
                return True
        return False

    def _add(self, start: Start) -> None:
        current = self.current
        if (
            current.kind is None
            and start.index - current.index <= 12
            and (start.kind is not None or start.index <= current.index or self._names_item(start))
        ):
            self.starts.pop()
            if not (self.lines[start.index].raw.startswith("# ") and menu_above(self.lines, start.index)):
                start.index = min(start.index, current.index)
            start.item = start.item or current.item
        floor = self.starts[-1].index + 1 if self.starts else 0
        stamped = start.item is not None and self.lines[start.index].text.lower().startswith("agenda item")
        if start.kind is not None and start.rule != "appendix heading" and not stamped:
            start.index = back_up(self.lines, start.index, floor)
        start.index = max(
            start.index, floor
        )  # a header block reaching above the current start begins after it
        self.starts.append(start)
        self.closing_at = None

    def _names_item(self, start: Start) -> bool:
        """An "Agenda Item: 4" stamp just below where a page began an unknown paper names that paper."""
        return (
            start.item is not None and self.current.item is None and self.current.rule == "after a boundary"
        )


def _words(text: str) -> str:
    """The words of a title in lower case, without bracketed notes, numbers and punctuation."""
    return " ".join(re.findall(r"[a-z]+", re.sub(r"\([^()]*\)", " ", text.lower())))


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
            kind=kind,
            title=start.title or titles.title_of(kind, body),
            first_line=body[0].number,
            last_line=body[-1].number,
        )
        doc.first_page, doc.last_page = body[0].page, body[-1].page
        doc.agenda_item = start.item
        pieces.append(Piece(doc, body))
    attribute.assign_items(pieces, [s.kind is None for s in starts])
    for piece, start in zip(pieces, starts, strict=True):
        if start.kind is None:  # its kind is known only now: a report's "Title:" is its title
            piece.document.title = titles.title_of(piece.document.kind, piece.lines)
    return pieces


def _trim(lines: list[Line]) -> list[Line]:
    """A document's lines without trailing blank lines."""
    end = len(lines)
    while end > 1 and lines[end - 1].blank:
        end -= 1
    return lines[:end]
