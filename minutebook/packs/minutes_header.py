"""The head of a minutes document, line by line: the statement, labelled fields, a heading and a date line.

``HeaderReader`` fills a Meeting from whichever the minutes print (what a
statement says is read by ``minutes_statement``); the line patterns here
tell the minutes reader which lines belong to the head, start another
meeting, or say when the meeting started and ended.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutebook.packs.dates import find_date, find_dates, find_time
from minutebook.packs.lines import Line
from minutebook.packs.minutes_statement import (
    body_of_heading,
    normalise_body,
    pick_time,
    read_statement,
    tidy_venue,
    time_of_line,
    venue_of_line,
)
from minutebook.packs.record import Meeting

STATEMENT = re.compile(
    r"^meeting\s+of\s+[^,]{3,120},\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|^(?:minutes|notes)\s+of\s+(?:the|a|an)\s|\bmeeting\s+(?:of\s+.{0,200}?\s)?held\s+(?:on|at|in|via|virtually|remotely)\b"
    r"|^minutes\s+of\s+(?:the\s+)?(?:meeting|proceedings)\s+held\b|\bminute\s+of\s+(?:the\s+)?meeting\s+of\b",
    re.I,
)


_LABEL_AFTER = re.compile(r"\.\s+(?=(?:present|apologies|also\s+present|in\s+attendance)\b[^:]{0,30}:)", re.I)


def split_statement(line: Line) -> list[Line]:
    """ "ABERDEEN, 24 January 2024.  Minute of Meeting of the X.  Present:- A, B": the statement, then the list."""
    label = _LABEL_AFTER.search(line.text) if STATEMENT.search(line.text) else None
    if label is None:
        return [line]
    head, rest = line.text[: label.start() + 1], line.text[label.end() :]
    return [Line(line.number, head, head, line.page), Line(line.number, rest, rest, line.page)]


# Lines of the minutes (not of the statement) that say when the meeting started and ended,
# that start another meeting's minutes, or that are labelled header fields.
ENDED_LINE = re.compile(
    r"\b(?:meeting|proceedings)\b[^;]{0,60}?\b(?:ended|closed|finished|concluded|terminated|rose)\b\s*(?:at|:)?\s*"
    r"|\b(?:closed|ended|concluded)\s+the\s+meeting\s+at\s*"
    r"|^(?:meeting\s+|time\s+)?(?:ended|closed|finished|concluded)\s*:\s*",
    re.I,
)
COMMENCED_LINE = re.compile(
    r"\b(?:meeting|proceedings)\s+(?:commenced|started|began|opened)\s*(?:at|:)\s*"
    r"|\bhaving\s+(?:commenced|started|begun)\s+at\s*"  # "The meeting, having commenced at 6.30 pm, closed at …"
    r"|^(?:meeting\s+|time\s+)?(?:commenced|started|began)\s*:\s*",
    re.I,
)
NEW_MEETING = re.compile(r"^(?:minutes|notes)\s+of\s+(?:the|a|an)\s+(?:\w+\s+){0,3}meeting\b", re.I)
FIELD = re.compile(
    r"^(?P<key>date|time|venue|place|location|meeting|committee|body|contact)\s*:\s*(?P<value>\S.*)$", re.I
)
FIELD_ROW = re.compile(r"^(?P<key>date|time|venue|place|location|meeting|committee|body)\s+\S", re.I)
RECORD_APPROVED = re.compile(
    r"\b(?:be|were|was|been)\s+(?:approved|agreed|noted|signed|confirmed|received|accepted)\b|\bcorrect\s+record\b",
    re.I,
)


_MEETING_REF = re.compile(
    r"^(?P<when>[^–—]{6,40}?)\s+[-–—]\s+(?P<body>[^()]{3,120}?)(?:\s*\((?:item|minute)\s+(?P<item>[\w/.]{1,12})\))?$",
    re.I,
)
_HEADING_RAW = re.compile(r"^\s{0,3}#{1,6}\s")
_HELD = re.compile(r"\bheld\b", re.I)
_HELD_LINE = re.compile(r"^(?:held|which\s+took\s+place|taking\s+place)\s+(?:on|at|in)\b", re.I)
_TITLED_DATE = re.compile(
    r"^(?P<body>[^–—]{3,120}?)\s+[-–—]\s+(?P<when>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}\b).{4,60})$",
    re.I,
)


@dataclass
class HeaderReader:
    """Reads the header of one meeting's minutes into its Meeting: statement, fields, heading, date line."""

    meeting: Meeting
    statement: list[Line] = field(default_factory=list)
    statement_read: bool = False
    dated_by_statement: bool = False
    heading_body: str | None = None
    date_line: Line | None = None
    undated: list[Line] = field(default_factory=list)  # a statement read without its date
    heading: str | None = None  # the latest heading line ("## Minutes of the previous meeting")
    item: str | None = None  # the item a page of one item names ("Meeting: ... (Item 42)")

    def begin(self, line: Line) -> None:
        """A statement starts on ``line``."""
        self.heading = line.text if _HEADING_RAW.match(line.raw) else self.heading
        self.statement = [line]
        if line.text.endswith("."):
            self.finish()

    def extend(self, line: Line, stop: bool) -> bool:
        """Take ``line`` as the statement's next line, unless ``stop`` (a label, a heading) or it is long."""
        if stop or len(self.statement) >= 6:
            self.finish()
            return False
        if self._venue_below_title(line):
            return True
        self.statement.append(line)
        if line.text.endswith("."):
            self.finish()
        return True

    def _venue_below_title(self, line: Line) -> bool:
        """ "Minutes of the Scrutiny Committee" / "Remotely via Microsoft Teams" / "Monday, 9 November 2020":
        the line under the title, before its date, is the venue, not the rest of the body's name."""
        venue = venue_of_line(line.text)
        if venue is None or self.meeting.venue or find_date(line.text) or _HELD.search(line.text):
            return False
        if any(find_date(x.text) or _HELD.search(x.text) for x in self.statement):
            return False
        self.meeting.venue = venue
        return True

    def finish(self) -> None:
        if not self.statement:
            return
        lines, self.statement = self.statement, []
        head = read_statement(" ".join(x.text for x in lines), " ".join(x.raw for x in lines))
        self.statement_read = True
        self.undated = [] if head.date else lines
        meeting = self.meeting
        if head.date and not self.dated_by_statement:  # a statement outranks a loose date line
            meeting.date, meeting.line, meeting.page = head.date, lines[0].number, lines[0].page
            self.dated_by_statement = True
        meeting.body = meeting.body or head.body
        meeting.time = meeting.time or head.time
        meeting.venue = meeting.venue or head.venue
        meeting.ended = meeting.ended or head.ended

    def field(self, key: str, value: str, line: Line) -> None:
        """A labelled field: "Date: ...", "Time: ...", "Venue: ...", "Meeting: ..."."""
        meeting, key = self.meeting, key.lower()
        if key == "date" and find_date(value):
            meeting.date, meeting.line, meeting.page = find_date(value), line.number, line.page
            meeting.time = meeting.time or pick_time(value)
        elif key == "time" and find_time(value):
            meeting.time = find_time(value)
        elif key in ("venue", "place", "location"):
            meeting.venue = tidy_venue(value)
        elif key in ("meeting", "committee", "body"):
            self._meeting_field(value, line)

    def _meeting_field(self, value: str, line: Line) -> None:
        """ "Meeting: 14/11/2023 - Scrutiny Committee (Item 42)" (a ModernGov item page): date, body, item."""
        ref = _MEETING_REF.match(value)
        date = find_date(ref["when"]) if ref else None
        if ref is None or date is None:
            self.heading_body = normalise_body(value)
            return
        self.meeting.date, self.meeting.line, self.meeting.page = date, line.number, line.page
        self.heading_body = normalise_body(ref["body"])
        self.item = ref["item"]

    def line(self, line: Line) -> None:
        """Any other header line: a date line, a time or venue line after it, or the body's heading."""
        meeting, text = self.meeting, line.text
        if _HEADING_RAW.match(line.raw):
            self.heading = text
        held = _HELD_LINE.match(text)
        # "held on ..." after a statement (a blank line between), or under a heading as the statement itself
        if held and (self.undated or meeting.date is None):
            self.statement = [*self.undated, line]
            self.finish()
            return
        if meeting.date is None and self._titled_date(line):
            return
        date = find_date(text)
        if date and meeting.date is None and len(text.split()) <= 8:
            meeting.date, self.date_line = date, line
            meeting.time = meeting.time or pick_time(text)
            meeting.venue = meeting.venue or _place_before_date(text)
        elif meeting.date and not self.statement_read and (time_of_line(text) or venue_of_line(text)):
            meeting.time = meeting.time or time_of_line(text)
            meeting.venue = meeting.venue or (None if time_of_line(text) else venue_of_line(text))
        elif self.heading_body is None:
            self.heading_body = body_of_heading(text)

    def _titled_date(self, line: Line) -> bool:
        """A page title "Health Board - Thursday, 7th March, 2024 2.00 pm" (ModernGov): body, date, time."""
        match = _TITLED_DATE.match(line.text)
        date = find_date(match["when"]) if match else None
        body = body_of_heading(match["body"]) if match else None
        if match is None or date is None or body is None:
            return False
        self.meeting.date, self.date_line, self.heading_body = date, line, body
        self.meeting.time = self.meeting.time or pick_time(match["when"])
        return True

    def close(self, first_line: Line | None) -> None:
        """Fill what the statement left open: the body from a heading; the meeting's line."""
        self.finish()
        meeting = self.meeting
        meeting.body = meeting.body or self.heading_body
        anchor = self.date_line or first_line
        if not meeting.line and anchor is not None:
            meeting.line, meeting.page = anchor.number, anchor.page


def _place_before_date(text: str) -> str | None:
    """ "Kirkton House, INVERDON, 27 February 2024" (a Scottish minute's place and date): the place."""
    dates = find_dates(text)
    before = text[: dates[0][0]].strip(" ,;–—-") if dates else ""
    before = re.sub(r",?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)$", "", before, flags=re.I)
    return venue_of_line(before) if before and "," in before else None
