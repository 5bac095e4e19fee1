"""Reader of an agenda front sheet: the meeting it summons.

A front sheet prints a header (body, date, time, venue), a membership list and
the numbered items, grouped under part headings ("PART 1 (IN PUBLIC)",
"Part II"), each with the page range of its papers ("(Pages 19 - 22)", on the
title line, a later line, wrapped over two lines or in a table cell).  Every
line is tried against ``RULES``, a table of named patterns each handled by one
small function; a council's variant is a new rule, not an ``elif``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from minutebook.packs import agenda_items, agenda_members
from minutebook.packs.agenda_items import ITEM, PART
from minutebook.packs.dates import common_year, find_time, parse_date_in_year
from minutebook.packs.lines import Line
from minutebook.packs.people import mention, tidy
from minutebook.packs.record import Meeting, Member
from minutebook.packs.text import is_page_break, is_page_number
from minutebook.packs.vocab import MeetingKind

LOOKS_LIKE_LABEL = re.compile(r"^[A-Za-z][A-Za-z ()&/'-]{0,40}:")
BODY_WORDS = (
    r"(?:Board|Committee|Sub-Committee|Subcommittee|Cabinet|Council|Panel|Forum|Commission|Partnership|"
    r"Authority|Assembly|Executive|Group)"
)
TABLE_ROW = re.compile(r"^\s*(?:[-*]\s*)?\|")
CONNECTOR = re.compile(r"(?:&|\band|\bof|\bfor|\bthe|,)$", re.I)


@dataclass
class _Reader:
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
    body_labelled: bool = False
    anchors: dict[str, Line] = field(default_factory=dict)  # body / date / agenda heading lines
    members: list[Member] = field(default_factory=list)
    items: agenda_items.ItemList = field(default_factory=agenda_items.ItemList)

    def consumed_line(self, line: Line) -> Line:
        self.consumed = max(self.consumed, line.number)
        return line


Handler = Callable[[_Reader, Line, re.Match[str]], bool]


# -- header fields ---------------------------------------------------------------------------------


def _set_body(r: _Reader, line: Line, value: str) -> None:
    r.meeting.body = tidy(value) or r.meeting.body
    r.anchors["body"] = line
    r.body_labelled = True


def _set_date(r: _Reader, line: Line, value: str) -> None:
    date = parse_date_in_year(value, r.year)
    if date:
        r.meeting.date = date
        r.anchors["date"] = line
    r.meeting.time = r.meeting.time or find_time(value)


def _set_time(r: _Reader, line: Line, value: str) -> None:
    r.meeting.time = find_time(value) or r.meeting.time


def _set_venue(r: _Reader, line: Line, value: str) -> None:
    r.meeting.venue = value.strip() or r.meeting.venue


FIELDS: dict[str, Callable[[_Reader, Line, str], None]] = {
    "body": _set_body,
    "date": _set_date,
    "time": _set_time,
    "venue": _set_venue,
}


def _label(name: str) -> Handler:
    """A handler for "Label: value", or "Label:" with the value on the next line."""

    def handle(r: _Reader, line: Line, match: re.Match[str]) -> bool:
        value = match["value"].strip()
        r.section = "header" if r.section != "items" else r.section
        if value:
            FIELDS[name](r, line, value)
            r.wrapping = name if name in ("body", "venue") else None
        else:
            r.pending = name
        return True

    return handle


def _wrapped_value(r: _Reader, line: Line) -> bool:
    """The rest of a body or venue printed over two lines."""
    name, last = r.wrapping, r.last
    if name is None or last is None or line.number != last.number + 1 or LOOKS_LIKE_LABEL.match(line.text):
        return False
    if name == "venue" and len(line.text.split()) <= 12:
        r.meeting.venue = f"{r.meeting.venue} {line.text}"
        return True
    if name == "body" and (
        CONNECTOR.search(r.meeting.body or "") or line.text[:1] in "&" or line.text[:1].islower()
    ):
        r.meeting.body = f"{r.meeting.body} {line.text}"
        return True
    return False


# -- membership --------------------------------------------------------------------------------------


def _membership(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    r.section = "members"
    value = (match["value"] or "").strip()
    if value:
        value = _paragraph(r, value)
        r.members += agenda_members.read_line(Line(line.number, value, value, line.page))
    return True


def _paragraph(r: _Reader, text: str) -> str:
    """``text`` and the lines that carry on straight below it ("… Ian Barnes, Alev" / "Cazimoglu and …")."""
    previous = r.lines[r.index]
    for line in r.lines[r.index + 1 :]:
        if not line.text or line.number != previous.number + 1 or LOOKS_LIKE_LABEL.match(line.text):
            break
        text = f"{text} {line.text}"
        previous = r.consumed_line(line)
    return text


def _chair(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    found = mention(match["value"])
    r.members.append(Member(name=found.name, role=match["role"].strip(), line=line.number, page=line.page))
    return True


def _substitutes(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    r.section = "substitutes"
    return True


def _end_list(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    if r.section in ("members", "substitutes"):
        r.section = "header"
    return True


# -- items -------------------------------------------------------------------------------------------


def _agenda_heading(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    r.section = "items"
    r.anchors.setdefault("agenda", line)
    if match["part"]:
        r.items.start_part(line.text[match.start("part") :])
    return True


def _part(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    r.section = "items"
    r.items.start_part(line.text)
    return True


def _exempt_notice(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    r.items.exclude_public()
    return True


def _item(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    if not r.items.open_item(line, match["number"], match["title"]):
        return False
    r.section = "items"
    return True


def _table_item(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    if not TABLE_ROW.match(line.raw) or not r.items.open_table_item(line):
        return False
    r.section = "items"
    return True


# -- a summons printed as a sentence, a body or date printed alone ----------------------------------------


def _summons(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    if not r.body_labelled:
        r.meeting.body = tidy(match["body"])
        r.anchors["body"] = line
    rest = match["rest"]
    if r.meeting.date is None:
        _set_date(r, line, rest)
    venue = SUMMONS_VENUE.search(rest)
    if venue and r.meeting.venue is None:
        r.meeting.venue = tidy(venue["venue"])
    return True


def _body_line(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    if r.section != "header" or r.body_labelled or r.meeting.date or len(line.text.split()) > 12:
        return False
    r.meeting.body = tidy(line.text)
    r.anchors["body"] = line
    return True


def _date_line(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    if r.section != "header" or r.meeting.date or r.items.items or len(line.text.split()) > 10:
        return False
    _set_date(r, line, line.text)
    return r.meeting.date is not None


def _venue_line(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    """A venue printed without a label just below the date: "Room 1.01, County Hall, … EX1 1AA"."""
    date = r.anchors.get("date")
    if r.section != "header" or r.meeting.venue or date is None or not 0 < line.number - date.number <= 3:
        return False
    if len(line.text.split()) > 20:
        return False
    r.meeting.venue = line.text
    r.wrapping = "venue"
    return True


def _skip(r: _Reader, line: Line, match: re.Match[str]) -> bool:
    return True


SUMMONS_VENUE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<venue>[A-Z][^.;]{3,150}?)(?=\s+on\s|\s+at\s+\d|,?\s+commencing|[.;]|$)"
)

RULES: tuple[tuple[str, re.Pattern[str], Handler], ...] = (
    ("page furniture", re.compile(r"^\W*$"), _skip),
    (
        "body label",
        re.compile(
            r"^(?:title|committee|meeting(?:\s+of)?|body|board|name of (?:committee|meeting))\s*:\s*(?P<value>.*)$",
            re.I,
        ),
        _label("body"),
    ),
    (
        "date label",
        re.compile(
            r"^(?:(?:meeting\s+)?date(?:\s+(?:and|&)\s+time)?(?:\s+of\s+meeting)?|time\s+(?:and|&)\s+date|when)"
            r"\s*:\s*(?P<value>.*)$",
            re.I,
        ),
        _label("date"),
    ),
    ("time label", re.compile(r"^(?:start(?:ing)?\s+)?time\s*:\s*(?P<value>.*)$", re.I), _label("time")),
    (
        "venue label",
        re.compile(r"^(?:venue|place|location|where)\s*:\s*(?P<value>.*)$", re.I),
        _label("venue"),
    ),
    (
        "membership label",
        re.compile(
            r"^(?:membership|members|councillors|(?:committee|board|panel|voting)\s+members)"
            r"(?:\s+of\s+the\s+(?:committee|board|panel))?(?:\s*:\s*(?P<value>.*)|\s*$)",
            re.I,
        ),
        _membership,
    ),
    (
        "chair label",
        re.compile(
            r"^(?P<role>(?:vice|deputy)[- ]?chair(?:man|woman|person)?|chair(?:man|woman|person)?)\s*:\s*(?P<value>.+)$",
            re.I,
        ),
        _chair,
    ),
    (
        "substitutes label",
        re.compile(r"^(?:named\s+)?(?:substitutes?|substitute members|reserves?)\b(?:\s*:.*|\s*$)", re.I),
        _substitutes,
    ),
    (
        "other label",
        re.compile(
            r"^(?:contact(?:\s+officer)?|enquiries(?:\s+to)?|quorum|clerk|tel(?:ephone)?|e-?mail|published|"
            r"date of publication|issued|despatched|dispatched|(?:corporate\s+)?website|note for members)\b\s*:?",
            re.I,
        ),
        _end_list,
    ),
    (
        "agenda heading",
        re.compile(
            r"^(?:(?:committee|meeting|board)\s+)?agenda(?:\s*[-–—:]\s*(?P<part>part\s+\S.*))?$",
            re.I,
        ),
        _agenda_heading,
    ),
    ("part heading", PART, _part),
    (
        "exempt notice",
        re.compile(
            r"^(?:exclusion of (?:the )?(?:press|public)|(?:items?|reports?|business) (?:containing|with|involving) "
            r"exempt information|(?:the following items? (?:is|are) )?(?:likely to be )?(?:considered|taken|heard) "
            r"in private|(?:confidential|exempt|private) (?:items?|business|session)\b)",
            re.I,
        ),
        _exempt_notice,
    ),
    ("item in a table row", re.compile(r"^"), _table_item),
    ("item", ITEM, _item),
    (
        "summons",
        re.compile(
            r"\bmeeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][^.:;]{2,120}?)\s+(?:will|is\s+to|to)\s+be\s+held\b(?P<rest>.*)$"
        ),
        _summons,
    ),
    ("body line", re.compile(rf"^(?=[A-Z])[^:]{{0,120}}\b{BODY_WORDS}$"), _body_line),
    ("date line", re.compile(r"\b(?:19|20)\d{2}\b"), _date_line),
    (
        "venue line",
        re.compile(
            r"\b(?:room|hall|chamber|centre|center|house|offices?|building|library|civic|virtual|online|"
            r"microsoft teams|zoom)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b",
            re.I,
        ),
        _venue_line,
    ),
)


def _other(r: _Reader, line: Line) -> None:
    """A line no rule claims: a member, the rest of an item, or nothing we keep."""
    if r.section == "members":
        if agenda_members.PLURAL.match(line.text) or line.text.count(",") >= 2:
            text = _paragraph(r, line.text)
            line = Line(line.number, text, text, line.page)
        found = agenda_members.read_line(line)
        if found:
            r.members += found
        else:
            r.section = "header"
    elif r.section == "items":
        r.items.add_line(line)


def _pending_value(r: _Reader, line: Line) -> bool:
    name, r.pending = r.pending, None
    if name is None or LOOKS_LIKE_LABEL.match(line.text):
        return False
    FIELDS[name](r, line, line.text)
    r.wrapping = name if name in ("body", "venue") else None
    return True


def _read_line(r: _Reader, line: Line) -> None:
    if is_page_break(line.text):
        return
    if is_page_number(line.text):
        if r.section == "items" and r.items.title_open:
            r.items.add_line(line)  # "Page 71" straight under an item's title is its page
        return
    if _pending_value(r, line) or _wrapped_value(r, line):
        r.last = line
        return
    r.wrapping = None
    for _name, pattern, handler in RULES:
        match = pattern.search(line.text)
        if match and handler(r, line, match):
            break
    else:
        _other(r, line)
    r.last = line


def _anchor(r: _Reader, lines: list[Line]) -> Line | None:
    for key in ("date", "body", "agenda"):
        if key in r.anchors:
            return r.anchors[key]
    return next((ln for ln in lines if ln.text), None)


def read(lines: list[Line]) -> list[Meeting]:
    """The meeting an agenda summons (kind ``agenda``), or none if the lines summon nothing."""
    r = _Reader(lines=lines, year=common_year([ln.text for ln in lines[:80]]))
    for index, line in enumerate(lines):
        if line.text and line.number > r.consumed:
            r.index = index
            _read_line(r, line)
    meeting = r.meeting
    meeting.venue = tidy(meeting.venue or "") or None
    meeting.items = r.items.finish()
    meeting.members = agenda_members.shift_group_roles(r.members)
    if not (
        meeting.items or meeting.date or meeting.body or meeting.members or meeting.time or meeting.venue
    ):
        return []
    anchor = _anchor(r, lines)
    if anchor is not None:
        meeting.line, meeting.page = anchor.number, anchor.page
    return [meeting]


def page_ranges(meeting: Meeting) -> list[tuple[str, int, int]]:
    """(item number, first page, last page) of every item whose papers' pages are printed."""
    return [
        (item.number, item.first_page, item.last_page or item.first_page)
        for item in meeting.items
        if item.first_page is not None
    ]


__all__ = ["FIELDS", "RULES", "page_ranges", "read"]
