"""Reader of minutes (and notes) of a meeting: lines in, the recorded Meeting(s) out.

A small state machine walks the lines through the sections a clerk writes:

``header``      the body, the "Minutes of a meeting of ... held on ..." statement,
                or "Date:"/"Time:"/"Venue:" fields, or a heading and a date line;
``attendance``  the lists after "Present:", "Also present:", "Apologies:" ...
                (see ``minutes_attendance``);
``items``       numbered item headings and the paragraphs under them, read for
                apologies and deputies, declarations and resolutions;
``closed``      after "The meeting ended at ...".

Each line is offered to the rules of ``LINE_RULES`` in order (name, pattern,
the sections it applies in, handler, trigger words); the first handler that takes it wins,
otherwise the section's default reads it.  A council's variant is a new
rule.  Another "Minutes of a meeting of ..." statement after the items
starts a second meeting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from minutebook.packs import minutes_items as items
from minutebook.packs.dates import find_date, find_time
from minutebook.packs.lines import Line
from minutebook.packs.minutes_attendance import (
    APOLOGIES,
    DEPUTY,
    GROUP_LABEL,
    PRESENT,
    ListReader,
    Register,
    label_of,
)
from minutebook.packs.minutes_decisions import LABEL as RESOLVED
from minutebook.packs.minutes_decisions import Resolver, declarations, declares_on_line
from minutebook.packs.minutes_header import (
    COMMENCED_LINE,
    ENDED_LINE,
    FIELD,
    FIELD_ROW,
    NEW_MEETING,
    RECORD_APPROVED,
    STATEMENT,
    HeaderReader,
    split_statement,
)
from minutebook.packs.minutes_marks import MarkedTable, SubstituteTable, legend
from minutebook.packs.minutes_paragraphs import (
    PARA_NUMBER,
    Para,
    continues,
    interrupts,
    is_furniture,
    is_prose,
    split_at_decision,
    start,
    text_width,
)
from minutebook.packs.minutes_sentences import SentenceReader
from minutebook.packs.record import AgendaItem, Meeting
from minutebook.packs.text import cells as table_cells
from minutebook.packs.text import is_page_break
from minutebook.packs.vocab import MeetingKind

HEADER, ATTENDANCE, ITEMS, CLOSED = "header", "attendance", "items", "closed"
ALL = frozenset({HEADER, ATTENDANCE, ITEMS, CLOSED})
OPEN = frozenset({HEADER, ATTENDANCE, ITEMS})

_ITEM_STAMP = re.compile(r"^(?:agenda\s+)?item\s+(?:no\.?\s*)?\d{1,3}[a-z]?$", re.I)
MINUTES_BLOCK = re.compile(r"^minutes\s*[:\-–—]?\s*$", re.I)
_LIST_PARTS = frozenset({"meeting", "committee", "body"})  # field names that also head a part of a list
_APOLOGIES_TOPIC = re.compile(r"\bapolog", re.I)
_DECLARATIONS_TOPIC = re.compile(r"\bdeclarations?\b|\binterests\b", re.I)


@dataclass
class MinutesReader:
    """Reads one minutes document, line by line."""

    notes: bool = False
    confirmed: set[int] = field(default_factory=set)  # see minutes_items.confirmed_starts
    articles: dict[int, items.Article] = field(default_factory=dict)  # see minutes_items.articles
    key: dict[str, str] = field(default_factory=dict)  # an attendance table's marks (minutes_marks.legend)
    width: int = 0  # the text width of wrapped lines (see minutes_paragraphs.text_width)
    meetings: list[Meeting] = field(default_factory=list)
    section: str = HEADER
    blank_before: bool = False

    def __post_init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        kind = MeetingKind.NOTES if self.notes else MeetingKind.MINUTES
        self.meeting = Meeting(kind=kind.value, body=None, date=None)
        self.register = Register(self.meeting.attendance)
        self.lists = ListReader(self.register, width=self.width)
        self.marked = MarkedTable(self.register, self.key)
        self.substitutions = SubstituteTable(self.register)
        self.sentences = SentenceReader(self.register)
        self.resolver = Resolver(self.meeting.resolutions)
        self.section = HEADER
        self.para: Para | None = None
        self.header = HeaderReader(self.meeting)
        self.first_line: Line | None = None
        self.open_item: AgendaItem | None = None
        self.loose_items: list[AgendaItem] = []  # unnumbered headings, used when no item is numbered
        self.pending_number: Line | None = None
        self.article: items.Article | None = None  # the article whose heading was read, its number to come
        self.topic_declarations = False

    # ------------------------------------------------------------ driving --

    def feed(self, line: Line) -> None:
        if line.blank or is_page_break(line.text):
            self._blank()
            return
        if self.first_line is None and not self.meetings and _ITEM_STAMP.match(line.text):
            return  # "Item 5" stamped at the top: the agenda item these minutes are, not a minute
        self.first_line = self.first_line or line
        if self.pending_number is not None and self._number_and_title(line):
            return
        if self.header.statement and self.header.extend(line, stop=self._ends_statement(line)):
            return
        if self.open_item and self._extend_title(line):
            return
        self.open_item = None
        lowered = line.text.lower()
        for rule in LINE_RULES:
            if self.section in rule.sections and (not rule.words or any(w in lowered for w in rule.words)):
                match = rule.pattern.search(line.text)
                if match and rule.handler(self, line, match):
                    return
        DEFAULTS[self.section](self, line)
        self.blank_before = False

    def _blank(self) -> None:
        self.blank_before = True
        self.header.finish()

    def _ends_statement(self, line: Line) -> bool:
        return bool(label_of(line.text)) or items.heading(line, None) is not None

    def finish(self) -> list[Meeting]:
        self._flush()
        self._close_meeting()
        if any(m.date for m in self.meetings):  # an undated part is the tail of another document
            return [m for m in self.meetings if m.date]
        return self.meetings

    def _flush(self) -> None:
        self.lists.flush()
        if self.para is not None:
            para, self.para = self.para, None
            self._read_para(para)

    # ------------------------------------------------------------- header --

    def statement_rule(self, line: Line, match: re.Match[str]) -> bool:
        if line.text[:1].isdigit() or RESOLVED.match(line.text):  # an item; a resolution on minutes
            return False
        if self.section != HEADER:
            if not self._starts_another_meeting(line):
                return False
            self._flush()
            if self.header.dated_by_statement or self.meeting.attendance:
                self._close_meeting()
            else:  # what came before was the tail of another document, not a meeting
                self._reset()
        self.first_line = line
        self.header.begin(line)
        return True

    def _starts_another_meeting(self, line: Line) -> bool:
        """After the items, "Minutes of a meeting of ..." (not "Minutes of the meeting ... were approved")."""
        if not NEW_MEETING.match(line.text) or RECORD_APPROVED.search(line.text):
            return False
        return self.blank_before or self.section == CLOSED or (self.para is not None and self.para.finished)

    def field_rule(self, line: Line, match: re.Match[str]) -> bool:
        if self.section == ATTENDANCE:  # "Attendance" (a web page's tab) over "Venue: ...": no list yet
            if match["key"].lower() in _LIST_PARTS:  # "Committee: Councillors A, B": a part of the list
                return False
            self.lists.flush()
            if self.meeting.attendance:
                return False
            self.section = HEADER
        self.header.field(match["key"], match["value"].strip(), line)
        number, self.header.item = self.header.item, None
        if number:  # a page of one item: its minutes follow
            self.section = ITEMS
            self.meeting.items.append(
                AgendaItem(number, self.header.heading or "", line=line.number, page=line.page)
            )
            self.resolver.begin(number)
        return True

    def field_row_rule(self, line: Line, match: re.Match[str]) -> bool:
        """A header table's row: "Date<TAB>Wednesday, 1 February 2023", "Meeting | PLANNING COMMITTEE"."""
        row = [c for c in table_cells(line.raw) if c]
        if len(row) != 2 or row[0].lower() != match["key"].lower():
            return False
        self.header.field(match["key"], row[1], line)
        return True

    def header_line(self, line: Line) -> None:
        self.header.line(line)

    # --------------------------------------------------------- attendance --

    def marked_row_rule(self, line: Line, match: re.Match[str]) -> bool:
        """A row of an attendance table whose marks a key explains ("*<TAB>Name", "† Denotes apologies")."""
        if not self.marked.row(line):
            return False
        self.lists.flush()
        self.section = ATTENDANCE
        return True

    def substitutes_rule(self, line: Line, match: re.Match[str]) -> bool:
        """A table of substitutions under an item: "Ordinary Member | Reserve Member", then a row per pair."""
        if not self.substitutions.row(line):
            return False
        self._flush()
        return True

    def label_rule(self, line: Line, match: re.Match[str]) -> bool:
        found = label_of(line.text)
        if found is None:
            return False
        status, rest = found
        if self.section == ITEMS:
            return self._label_in_items(status, rest, line)
        self._flush()
        self.section = ATTENDANCE
        self.lists.label(status, rest, line)
        return True

    def _label_in_items(self, status: str, rest: str, line: Line) -> bool:
        if not rest and not (self.meeting.items or self.loose_items):  # back to the lists
            self._flush()
            self.section = ATTENDANCE
            self.lists.label(status, rest, line)
            return True
        if not rest:
            self._flush()
            self.sentences.new_topic(status == APOLOGIES)
            return True
        if label_of(rest) or len(rest.split()) > 60:
            return False
        self._flush()
        self.lists.label(status, rest, line)
        self.lists.flush()
        return True

    def loose_heading_rule(self, line: Line, match: re.Match[str]) -> bool:
        """An unnumbered heading ("## Apologies for absence") in minutes that number no items."""
        text = line.text
        if not items.HEADING_MARKUP.match(line.raw) or self.meeting.items or not items.title_like(text):
            return False
        if RESOLVED.match(text) or is_furniture(text) or GROUP_LABEL.match(text):
            return False  # a decision, furniture, or a part of an attendance list ("#### Councillors")
        label = label_of(text)
        if (label and (label[1] or label[0] not in (APOLOGIES, DEPUTY))) or text.endswith(":"):
            return False  # "## Present:" is a list's label; "## Apologies for absence" is an item
        if text[:1].isdigit() or len(text.split()) > 15 or self._numbered_heading(line):
            return False
        self._flush()
        self.section = ITEMS
        self.loose_items.append(
            AgendaItem(number="", title=items.clean_title(text), line=line.number, page=line.page)
        )
        self.resolver.begin(None)
        self.sentences.new_topic(bool(_APOLOGIES_TOPIC.search(text)))
        self.topic_declarations = bool(_DECLARATIONS_TOPIC.search(text))
        return True

    def _numbered_heading(self, line: Line) -> bool:
        """Is ``line`` the first heading of a numbered series ("**CAB 40 Apologies**"), the numbered rule's?"""
        return items.heading(line, None, confirmed=line.number in self.confirmed) is not None

    def attendance_line(self, line: Line) -> None:
        if PARA_NUMBER.match(line.text) or RESOLVED.match(line.text) or is_prose(line.text):
            self.lists.flush()
            self.section = ITEMS
            self.items_line(line)
            return
        self.lists.feed(line)

    # -------------------------------------------------------------- items --

    def item_rule(self, line: Line, match: re.Match[str]) -> bool:
        last = self.meeting.items[-1].number if self.meeting.items else None
        if self._expects_entry(items.leading_number(line.text)) and not items.is_caps(line.text):
            return False  # "1. Notes the report" under an open RESOLVED
        item = items.heading(line, last, confirmed=line.number in self.confirmed)
        if item is None:
            return False
        self._flush()
        self.section = ITEMS
        self.meeting.items.append(item)
        self.resolver.begin(item.number)
        self.sentences.new_topic(bool(_APOLOGIES_TOPIC.search(item.title)))
        self.topic_declarations = bool(_DECLARATIONS_TOPIC.search(item.title))
        self.open_item = item
        _heading, content = items.split_row(line)
        if content:  # the minutes printed in the heading's own table row
            self.open_item = None
            self.para = start(Line(line.number, content, content, line.page))
        return True

    def _expects_entry(self, number: int) -> bool:
        """Is a line numbered ``number`` the next entry of the open RESOLVED's list (its last entry, "2. To note
        ...", perhaps still being read: then "2. Grants" is the next item, not an entry)?"""
        para = self.para
        if (
            para is not None
            and para.marker == "num"
            and para.number
            and para.number.isdigit()
            and self.resolver.is_open
        ):
            return number == int(para.number) + 1
        return self.resolver.expects_numbered(number)

    def article_rule(self, line: Line, match: re.Match[str]) -> bool:
        """A Scottish article: its heading in capitals, the number on the paragraph below (minutes_items.articles)."""
        article = self.article
        if article is not None and line.number in article.title_lines:
            return True
        if article is not None and line.number == article.numbered:
            self.article = None
            number = items.article_number(line)
            rest = number[1] if number else line.text
            if rest:
                self.items_line(Line(line.number, rest, rest, line.page))
            return True
        article = self.articles.get(line.number)
        if article is None:
            return False
        self._flush()
        self.section = ITEMS
        item = AgendaItem(article.number, article.title, line=line.number, page=line.page)
        self.meeting.items.append(item)
        self.resolver.begin(item.number)
        self.sentences.new_topic(bool(_APOLOGIES_TOPIC.search(item.title)))
        self.topic_declarations = bool(_DECLARATIONS_TOPIC.search(item.title))
        self.article = article
        return True

    def number_rule(self, line: Line, match: re.Match[str]) -> bool:
        """A number alone on its line ("45."), its title on the next: wait for the title."""
        last = self.meeting.items[-1].number if self.meeting.items else None
        value = items.leading_number(match["num"])
        expected = items.leading_number(last) + 1 if last else None
        if value != expected and line.number not in self.confirmed:
            return False
        self.pending_number = line
        return True

    def _number_and_title(self, line: Line) -> bool:
        number, self.pending_number = self.pending_number, None
        if number is None or items.NUMBER_ONLY.match(line.text):
            return False
        joined = Line(number.number, f"{number.text} {line.text}", f"{number.text} {line.raw}", number.page)
        found = items.HEADING.match(joined.text)
        return found is not None and self.item_rule(joined, found)

    def _extend_title(self, line: Line) -> bool:
        """The rest of a heading in capitals wrapped onto this line (even after "- ", a wrapped dash)."""
        item, text = self.open_item, line.text
        if (
            item is None
            or PARA_NUMBER.match(text)
            or RESOLVED.match(text)
            or label_of(text)
            or text.endswith(":")
        ):
            return False
        if is_furniture(text) or not items.continues_title(item, line):
            return False
        dash = re.match(r"^\s*([-–—])\s", line.raw)
        item.title = items.clean_title(f"{item.title} {dash.group(1) + ' ' if dash else ''}{text}")
        return True

    def items_line(self, line: Line) -> None:
        if (
            self.para is not None
            and continues(self.para, line, self.blank_before, self.width)
            and not self._listed(line)
        ):
            self.para.extend(line)
            return
        self._flush()
        self.para = start(line)

    def _listed(self, line: Line) -> bool:
        """Under a declarations heading, "Councillor B – Item 6 – ..." after a finished line (or after another
        such line) is a declaration of its own."""
        para = self.para
        return (
            self.topic_declarations
            and para is not None
            and declares_on_line(line.text)
            and (para.finished or (len(para.lines) == 1 and declares_on_line(para.text)))
        )

    def _read_para(self, para: Para) -> None:
        if self.resolver.feed(para):
            return
        self.sentences.read(para)
        self.meeting.declarations.extend(declarations(para, listed=self.topic_declarations))

    def minutes_block_rule(self, line: Line, match: re.Match[str]) -> bool:
        """ "Minutes:" alone under an item of an agenda-and-minutes page: what the item printed above it
        was the agenda's (a proposed "RESOLVED – That the press and public be excluded ..."), not minuted."""
        item = self.meeting.items[-1] if self.meeting.items else None
        if item is None or self.section != ITEMS:
            return False
        self.para = None
        self.lists.flush()
        meeting = self.meeting
        meeting.resolutions[:] = [r for r in meeting.resolutions if r.line < item.line]
        meeting.declarations[:] = [d for d in meeting.declarations if d.line < item.line]
        self.resolver.begin(item.number)
        return True

    # ------------------------------------------------------------- ending --

    def ended_rule(self, line: Line, match: re.Match[str]) -> bool:
        ended = find_time(line.text[match.end() : match.end() + 16])
        if ended is None:
            return False
        self.meeting.ended = ended
        commenced = COMMENCED_LINE.search(line.text, 0, match.end())
        if commenced and self.meeting.time is None:
            self.meeting.time = find_time(line.text[commenced.end() : match.end()])
        if self.section == ITEMS:
            self._flush()
            self.section = CLOSED
        return True

    def duration_rule(self, line: Line, match: re.Match[str]) -> bool:
        """ "Duration of meeting: 10.00 am - 12.25 pm": when the meeting began and ended."""
        span = re.split(r"\s+(?:[-–—]|to)\s+", line.text[match.end() : match.end() + 40], maxsplit=1)
        began, ended = (find_time(span[0]), find_time(span[1])) if len(span) == 2 else (None, None)
        if began is None or ended is None:
            return False
        self.meeting.time, self.meeting.ended = self.meeting.time or began, ended
        if self.section == ITEMS:
            self._flush()
            self.section = CLOSED
        return True

    def commenced_rule(self, line: Line, match: re.Match[str]) -> bool:
        time = find_time(line.text[match.end() :])
        if time is None:
            return False
        self.meeting.time = self.meeting.time or time
        return True

    def noise_rule(self, line: Line, match: re.Match[str]) -> bool:
        """Running headers ("MINUTES", "Licensing Sub-Committee – 5 June 2023"), page numbers, signatures: not read."""
        return is_furniture(line.text) or interrupts(self.para, line) or self._running_header(line)

    def _running_header(self, line: Line) -> bool:
        """The meeting's body or its date alone on a line among the items ("OPERATIONAL DELIVERY COMMITTEE",
        "14 March 2019"): the running header of a page of a text pack, perhaps in mid-decision."""
        meeting, text = self.meeting, line.text
        if self.section != ITEMS or not text[:1].isalnum():
            return False
        body = meeting.body or self.header.heading_body
        if body and text.casefold() == body.casefold():
            return True
        return (
            meeting.date is not None
            and len(text.split()) <= 4
            and _DATE_ALONE.match(text) is not None
            and find_date(text) == meeting.date
        )

    def closing_list_rule(self, line: Line, match: re.Match[str]) -> bool:
        """ "Attendance" / "Present:" after "The meeting ended at ..." (a web page printing the lists last)."""
        found = label_of(line.text)
        if found is None or found[1] or any(a.status == PRESENT for a in self.meeting.attendance):
            return False  # lists already read (not only an apology the items recorded)
        self.section = ATTENDANCE
        self.lists.label(*found, line)
        return True

    def _close_meeting(self) -> None:
        meeting = self.meeting
        self.header.close(self.first_line)
        self.resolver.informal_dropped()
        meeting.items = meeting.items or self.loose_items
        for item in meeting.items:
            item.title = item.title.rstrip(" -–—:,")
        if meeting.date or meeting.items or meeting.attendance:
            self.meetings.append(meeting)
        self._reset()


DURATION_LINE = re.compile(r"\bduration\s+of\s+(?:the\s+)?meeting\s*:?\s*", re.I)
_DATE_ALONE = re.compile(r"^(?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}$")

Handler = Callable[[MinutesReader, Line, re.Match[str]], bool]


class LineRule(NamedTuple):
    """A rule of the reader: its pattern, the sections it applies in, its handler, and
    words one of which the line must contain (a cheap test before the pattern)."""

    name: str
    pattern: re.Pattern[str]
    sections: frozenset[str]
    handler: Handler
    words: tuple[str, ...] = ()


# fmt: off
LINE_RULES: tuple[LineRule, ...] = (
    LineRule("article: heading in capitals, number on the paragraph", re.compile(""), OPEN,
             MinutesReader.article_rule),
    LineRule("item number alone, title below", items.NUMBER_ONLY, OPEN, MinutesReader.number_rule),
    LineRule("running header, page number, signature, a rule", re.compile(r"^.{0,60}$|^[_*=~…-]{3,}$"), ALL,
             MinutesReader.noise_rule),
    LineRule("meeting ended at", ENDED_LINE, ALL, MinutesReader.ended_rule,
             ("ended", "closed", "finished", "concluded", "terminated", "rose")),
    LineRule("Duration of meeting: start - end", DURATION_LINE, ALL, MinutesReader.duration_rule, ("duration",)),
    LineRule("meeting commenced at", COMMENCED_LINE, OPEN, MinutesReader.commenced_rule,
             ("commenced", "started", "began", "opened")),
    LineRule("minutes of a meeting ... held on", STATEMENT, ALL, MinutesReader.statement_rule,
             ("held", "minutes of", "notes of", "meeting of")),
    LineRule("Minutes: (an item's minutes below its agenda text)", MINUTES_BLOCK, frozenset({ITEMS}),
             MinutesReader.minutes_block_rule, ("minutes",)),
    LineRule("row of an attendance table marked by its key", re.compile(""), frozenset({HEADER, ATTENDANCE}),
             MinutesReader.marked_row_rule),
    LineRule("table of substitutions (Member | Reserve Member)", re.compile(""), frozenset({ITEMS}),
             MinutesReader.substitutes_rule),
    LineRule("Date: / Time: / Venue:", FIELD, frozenset({HEADER, ATTENDANCE}), MinutesReader.field_rule, (":",)),
    LineRule("Date | value (a header table's row)", FIELD_ROW, frozenset({HEADER}), MinutesReader.field_row_rule),
    LineRule("unnumbered heading (## or bold, in raw)", re.compile(r"^\S"), frozenset({ATTENDANCE, ITEMS}),
             MinutesReader.loose_heading_rule),
    LineRule("Present: / Apologies: / In attendance:", re.compile(r"^[A-Za-z ]{4,40}\b"), OPEN,
             MinutesReader.label_rule),
    LineRule("attendance printed after the meeting ended", re.compile(r"^[A-Za-z ]{4,40}\b"), frozenset({CLOSED}),
             MinutesReader.closing_list_rule),
    LineRule("numbered item heading", items.HEADING_START, OPEN, MinutesReader.item_rule),
)
# fmt: on
DEFAULTS: dict[str, Callable[[MinutesReader, Line], None]] = {
    HEADER: MinutesReader.header_line,
    ATTENDANCE: MinutesReader.attendance_line,
    ITEMS: MinutesReader.items_line,
    CLOSED: lambda reader, line: None,
}


def read(lines: list[Line], notes: bool = False) -> list[Meeting]:
    """The meeting(s) a minutes document records (kind ``minutes``, or ``notes``)."""
    reader = MinutesReader(
        notes=notes,
        confirmed=items.confirmed_starts(lines),
        articles=items.articles(lines),
        key=legend(lines),
        width=text_width(lines),
    )
    for line in lines:
        for part in split_statement(line) if reader.section == HEADER else split_at_decision(line):
            reader.feed(part)
    return reader.finish()
