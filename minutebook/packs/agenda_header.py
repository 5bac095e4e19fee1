"""The header of an agenda front sheet: body, date, time and venue, however they are printed.

"Title: Health & Wellbeing Board" / "Meeting Date: …" / "Time: …" / "Venue: …"
labels (the value on the line or the next one, a venue wrapped over two lines),
a summons sentence ("a meeting of the Planning Committee will be held in … on
…"), or the body, date and venue printed alone at the top.  ``Reader`` holds
what the agenda reader has read so far; the handlers here fill its meeting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from minutebook.packs import agenda_items
from minutebook.packs.dates import find_time, parse_date_in_year
from minutebook.packs.lines import Line
from minutebook.packs.people import tidy
from minutebook.packs.record import Meeting, Member
from minutebook.packs.text import cells
from minutebook.packs.vocab import MeetingKind

LOOKS_LIKE_LABEL = re.compile(r"^[A-Za-z][A-Za-z ()&/'-]{0,40}:")
BODY_WORDS = (
    r"(?:Board|Committee|Sub-Committee|Subcommittee|Cabinet|Council|Panel|Forum|Commission|Partnership|"
    r"Authority|Assembly|Executive|Group)"
)
CONNECTOR = re.compile(r"(?:&|\band|\bof|\bfor|\bthe|,)$", re.I)
POSTCODE = r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
POSTCODE_END = re.compile(rf"{POSTCODE}\W*$")
ADDRESS_PART = re.compile(
    rf",|\d|{POSTCODE}"
)  # a heading such as "Members" or "Agenda" is no part of an address
SUMMONS_VENUE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<venue>[A-Z][^.;]{3,150}?)(?=\s+on\s|\s+at\s+\d|,?\s+commencing|,?\s+for\s+the\s+purpose|[.;]|$)"
)

# A label's value that is a date, not a name: "Monday 4 December 2023 …", "4th December 2023 …".
DATE_FIRST = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\s+\d{4})",
    re.I,
)


@dataclass
class Reader:
    """What has been read so far, and where in the front sheet we are."""

    lines: list[Line]
    year: int | None
    meeting: Meeting = field(default_factory=lambda: Meeting(kind=MeetingKind.AGENDA, body=None, date=None))
    section: str = "header"  # header | members | substitutes | items
    pending: str | None = None  # a label whose value is printed on the next line
    wrapping: str | None = None  # a field whose value may wrap onto the next line
    last: Line | None = None  # the last line with words
    index: int = 0  # where ``lines`` is being read
    consumed: int = 0  # lines up to this number were read ahead, as part of a paragraph
    bare: tuple[Line, str] | None = None  # an item number printed alone, its title on a later line
    body_labelled: bool = False
    agenda_first: bool = (
        False  # "Agenda" printed as the sheet's first words, over "Notice of Meeting", the body …
    )
    body_weak: bool = False  # the body read so far is the council's own name, printed over the front sheet
    date_from: str = ""  # "line" (a date printed alone: maybe the letter's), "label" or "summons"
    anchors: dict[str, Line] = field(default_factory=dict)  # body / date / agenda heading lines
    members: list[Member] = field(default_factory=list)
    member_end: int = 0  # the line the last member's entry ends on (a role may wrap onto the next)
    member_group: str | None = None  # "London Borough of Barnet": the heading over the members below it
    member_columns: tuple[
        str, ...
    ] = ()  # the parts of a membership table's columns, where its heading names them
    items: agenda_items.ItemList = field(default_factory=agenda_items.ItemList)

    def consumed_line(self, line: Line) -> Line:
        self.consumed = max(self.consumed, line.number)
        return line


Handler = Callable[[Reader, Line, re.Match[str]], bool]
Joins = Callable[[str, str], bool]
SENTENCE_END = re.compile(r"[.!?]\W{0,2}$")


# -- header fields ---------------------------------------------------------------------------------


def set_body(r: Reader, line: Line, value: str) -> None:
    if DATE_FIRST.match(value):  # "Meeting: Monday 4 December 2023 at 10.30 am in the Council Chamber"
        _date_and_venue(r, line, value)
        return
    r.meeting.body = tidy(value) or r.meeting.body
    r.anchors["body"] = line
    r.body_labelled = True


def _date_and_venue(r: Reader, line: Line, value: str) -> None:
    set_date(r, line, value)
    venue = SUMMONS_VENUE.search(value)
    if venue and r.meeting.venue is None:
        r.meeting.venue = tidy(venue["venue"])


def set_date(r: Reader, line: Line, value: str) -> None:
    date = parse_date_in_year(value, r.year)
    if date:
        r.meeting.date = date
        r.anchors["date"] = line
    r.meeting.time = r.meeting.time or find_time(value)


def set_time(r: Reader, line: Line, value: str) -> None:
    r.meeting.time = find_time(value) or r.meeting.time


# "At: 7.00 pm": a clock time where a place was expected.
TIME_ONLY = re.compile(r"^\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|hrs|hours)?\.?$", re.I)


def set_venue(r: Reader, line: Line, value: str) -> None:
    if TIME_ONLY.match(value.strip()):
        set_time(r, line, value)
        return
    r.meeting.venue = value.strip() or r.meeting.venue


def labelled_date(r: Reader, line: Line, value: str) -> None:
    """ "Date: …": the first labelled date names the meeting; a later one ("Issued by: … / Date: …") is the issue date."""
    if r.date_from in ("", "line"):
        set_date(r, line, value)
        r.date_from = "label" if r.meeting.date else r.date_from


FIELDS: dict[str, Callable[[Reader, Line, str], None]] = {
    "body": set_body,
    "date": labelled_date,
    "time": set_time,
    "venue": set_venue,
}


def label(name: str) -> Handler:
    """A handler for "Label: value", or "Label:" with the value on the next line."""

    def handle(r: Reader, line: Line, match: re.Match[str]) -> bool:
        value = match["value"].strip()
        r.section = "header" if r.section != "items" else r.section
        if value:
            FIELDS[name](r, line, value)
            r.wrapping = name if name in ("body", "venue") else None
        else:
            r.pending = name
        return True

    return handle


# A heading of the front sheet's next part ("Membership (17)", "Members:", "Quorum: 3"): never an address.
FRONT_SHEET_SECTION = re.compile(
    r"^(?:membership|members|councillors|agenda|quorum|apologies|contact)\b", re.I
)


def _venue_goes_on(venue: str, text: str) -> bool:
    """ "Room 3.6, 5 Strand," / "London, WC2 5HR": an address goes on until its postcode, in address-like lines."""
    if len(text.split()) > 12 or POSTCODE_END.search(venue) or FRONT_SHEET_SECTION.match(text):
        return False
    return bool(CONNECTOR.search(venue) or ADDRESS_PART.search(text))


def wrapped_value(r: Reader, line: Line) -> bool:
    """The rest of a body or venue printed over two lines."""
    name, last = r.wrapping, r.last
    if name is None or last is None or line.number != last.number + 1 or LOOKS_LIKE_LABEL.match(line.text):
        return False
    if name == "venue" and _venue_goes_on(r.meeting.venue or "", line.text):
        r.meeting.venue = f"{r.meeting.venue} {line.text}"
        return True
    if name == "body" and (
        CONNECTOR.search(r.meeting.body or "") or line.text[:1] in "&" or line.text[:1].islower()
    ):
        r.meeting.body = f"{r.meeting.body} {line.text}"
        return True
    return False


def _always(text: str, following: str) -> bool:
    return True


def sentence_open(text: str, following: str) -> bool:
    """A sentence not yet ended by a full stop carries on onto the next line."""
    return not SENTENCE_END.search(text)


def paragraph(r: Reader, text: str, consume: bool = True, joins: Joins = _always) -> str:
    """``text`` and the lines that carry on straight below it ("… Ian Barnes, Alev" / "Cazimoglu and …").

    ``joins(text so far, next line)`` says whether the next line still belongs: a Word paragraph is
    whole on its line, so a list or sentence that is visibly finished stops there.
    """
    previous = r.lines[r.index]
    for line in r.lines[r.index + 1 :]:
        if not line.text or line.number != previous.number + 1 or LOOKS_LIKE_LABEL.match(line.text):
            break
        if not joins(text, line.text):
            break
        text = f"{text} {line.text}"
        previous = r.consumed_line(line) if consume else line
    return text


def pending_value(r: Reader, line: Line) -> bool:
    name, r.pending = r.pending, None
    if name is None or LOOKS_LIKE_LABEL.match(line.text):
        return False
    FIELDS[name](r, line, line.text)
    r.wrapping = name if name in ("body", "venue") else None
    return True


# -- a summons printed as a sentence, a body or date printed alone ----------------------------------------


SUMMONS = re.compile(
    r"\b(?i:meeting)\s+of\s+(?:the\s+)?(?P<body>[A-Z][^.:;]{2,120}?)\s+(?:will|is\s+to|to)\s+be\s+held\b(?P<rest>.*)$"
)
# "… the Annual Meeting of Kelby Town Council at the Town Hall, … on Monday 13th May 2024 at 7.00pm": no "held".
SUMMONS_AT = re.compile(
    r"\b(?i:meeting)\s+of\s+(?:the\s+)?(?P<body>[A-Z][^.:;]{2,120}?)"
    r"(?P<rest>\s+(?:at|in)\s+(?:the\s+)?[A-Z][^;]{0,160}?\son\s[^;]{0,60}?\b(?:19|20)\d{2}\b.*)$"
)


# "The Harbour Board will be held in Room 4 … on …", "The above-named Committee will meet in … on …".
BODY_HELD = re.compile(
    r"^(?i:the\s+members\s+of\s+(?:the\s+)?)?(?P<named>[A-Z][^.:;]{2,120}?)\s+(?:will\s+(?:be\s+held|meet)|are\s+requested\s+to\s+meet)"
    r"\b(?P<rest>[^;]{0,240}?\b(?:19|20)\d{2}\b.*)$"
)
NOT_NAMED = re.compile(r"^(?:above|said|aforementioned|this|that|meeting)\b", re.I)
THIS_MEETING = re.compile(r"^(?:this\s+|the\s+)?meeting$", re.I)
BODY_NAMED = re.compile(rf"\b{BODY_WORDS}$", re.I)


def body_held_paragraph(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """A summons whose subject is the body itself: its date, time and venue (and the body, when it names it)."""
    if r.items.items:
        return False  # an item's note ("The Board will meet in private on …"), not the summons
    text = paragraph(r, line.text, consume=False, joins=sentence_open)
    found = BODY_HELD.search(text)
    if found is None or OTHER_MEETING.search(text[: found.end("named")]):
        return False  # "The next meeting of the Board will be held on …"
    named = re.sub(r"^the\s+", "", found["named"], flags=re.I)
    if not (BODY_NAMED.search(named) or THIS_MEETING.match(named)):
        return False  # "A site visit will be held on …": not the meeting summoned
    body = named if BODY_NAMED.search(named) and not NOT_NAMED.match(named) else None
    paragraph(r, line.text, joins=sentence_open)
    summons(r, line, {"body": body, "rest": found["rest"]})
    return True


def summons_paragraph(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """ "… a meeting of the Overview and" / "Scrutiny Committee to be held …": the sentence may wrap."""
    text = paragraph(r, line.text, consume=False, joins=sentence_open)
    found = SUMMONS.search(text) or SUMMONS_AT.search(text)
    if found is None or OTHER_MEETING.search(text[: found.start() + 8]):
        return False  # "The next meeting of the Committee will be held on …": not the meeting summoned
    paragraph(r, line.text, joins=sentence_open)
    return summons(r, line, found)


OTHER_MEETING = re.compile(
    r"\b(?:next|following|future|previous|last|adjourned)\s+(?:\w+\s+)?meeting\b", re.I
)
MAX_DATE_LINE_WORDS = 40


def summons(r: Reader, line: Line, match: re.Match[str] | dict[str, str | None]) -> bool:
    if not r.body_labelled and match["body"]:
        r.meeting.body = tidy(match["body"])
        r.anchors["body"] = line
        r.body_weak = False
    rest = match["rest"] or ""
    if r.date_from in ("", "line"):  # the summons' date, not the letter's printed above it
        set_date(r, line, rest)
        r.date_from = "summons" if r.meeting.date else r.date_from
    venue = SUMMONS_VENUE.search(rest)
    if venue and r.meeting.venue is None:
        r.meeting.venue = tidy(venue["venue"])
    return True


MEETING_OF = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:special|extraordinary|ordinary|annual|adjourned)\s+)?meeting\s+of\s+(?:the\s+)?",
    re.I,
)


# "Loughshore City Council", "City and County of Trefynach Council": the authority, not the meeting's body.
AUTHORITY = re.compile(r"^[^:]{0,80}\bcouncil$", re.I)
AGENDA_AFTER = re.compile(r"\s+agenda$", re.I)  # "Health and Wellbeing Board Agenda"


def _under_agenda_title(r: Reader) -> bool:
    """Below an "Agenda" printed as the sheet's first words, before any item or part heading."""
    return r.agenda_first and r.section == "items" and not r.items.items and r.items.part is None


def body_line(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """The body printed alone at the top; the council's name there gives way to the body printed below it."""
    if r.body_labelled or len(line.text.split()) > 12 or r.items.items:
        return False
    opening = (r.section == "header" or _under_agenda_title(r)) and not r.meeting.date
    if not (opening or (r.body_weak and r.section in ("header", "items"))):
        return False
    body = tidy(AGENDA_AFTER.sub("", MEETING_OF.sub("", line.text)))  # "Meeting of the Scrutiny Committee"
    r.meeting.body = body
    r.body_weak = bool(AUTHORITY.match(body))
    r.anchors["body"] = line
    return True


def body_and_date(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """A web page's title "Schools Forum – 19 June 2025": the body, then the date of the meeting."""
    if r.section != "header" or r.body_labelled or r.meeting.date:
        return False
    set_date(r, line, match["rest"])
    if r.meeting.date is None:
        return False
    r.meeting.body = tidy(match["body"])
    r.anchors["body"] = line
    r.date_from = "line"
    return True


def _dated_again(r: Reader, line: Line) -> bool:
    """ "Cabinet - Tuesday, 9 April 2024" (a running header) then "TUESDAY, 9 APRIL 2024 AT 10.00 AM": the line
    printing the time is the front sheet's own date line, and the venue follows it."""
    if r.date_from != "line" or r.meeting.time is not None or find_time(line.text) is None:
        return False
    return bool(DATE_FIRST.match(line.text)) or parse_date_in_year(line.text, r.year) == r.meeting.date


def date_line(r: Reader, line: Line, match: re.Match[str]) -> bool:
    if r.section != "header" or r.items.items or (r.meeting.date and not _dated_again(r, line)):
        return False
    if len(line.text.split()) > 10:
        if not DATE_FIRST.match(line.text) or len(line.text.split()) > MAX_DATE_LINE_WORDS:
            return False
        _date_and_venue(r, line, line.text)  # "Tuesday, 9th July, 2024 at 10.30 am in Committee Room B, …"
    else:
        set_date(r, line, line.text)
    r.date_from = "line" if r.meeting.date else r.date_from
    return r.meeting.date is not None


MOST_LINES_AFTER_DATE = 2  # the date, its time, the venue: at most two worded lines between date and venue


def _just_below_date(r: Reader, line: Line) -> bool:
    """``line`` is within two worded lines below the date, however many blank lines part them."""
    date = r.anchors.get("date")
    if date is None or not 0 < line.number - date.number <= 3 * (MOST_LINES_AFTER_DATE + 1):
        return False
    between = [ln for ln in r.lines[max(0, r.index - 9) : r.index] if ln.text and ln.number > date.number]
    return len(between) <= MOST_LINES_AFTER_DATE


def time_line(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """The start time printed alone below the date ("Wednesday, 5 May 2027" / "10.00 am" / "Room 4, …")."""
    if r.section != "header" or r.meeting.time or not _just_below_date(r, line):
        return False
    r.meeting.time = find_time(line.text)
    return r.meeting.time is not None


def venue_line(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """A venue printed without a label just below the date: "Room 1.01, County Hall, … EX1 1AA"."""
    if r.section != "header" or r.meeting.venue or not _just_below_date(r, line):
        return False
    venue = cells(line.raw)[0] if "\t" in line.raw else line.text  # "Room 1<TAB>Telephone: …": the first cell
    if len(venue.split()) > 20:
        return False
    r.meeting.venue = re.sub(r"^(?:in|at)\s+(?:the\s+)?", "", venue, flags=re.I)  # "IN COMMITTEE ROOM 3, …"
    r.wrapping = "venue"
    return True
