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

from minutebook.packs import agenda_items, agenda_members, agenda_membership, agenda_rows
from minutebook.packs.agenda_header import (
    BODY_WORDS,
    Handler,
    Reader,
    body_and_date,
    body_line,
    date_line,
    label,
    pending_value,
    summons,
    time_line,
    venue_line,
    wrapped_value,
)
from minutebook.packs.agenda_items import ITEM, PART
from minutebook.packs.dates import common_year
from minutebook.packs.lines import Line
from minutebook.packs.people import tidy
from minutebook.packs.record import Meeting
from minutebook.packs.text import is_page_break, is_page_number, paragraphs

WRAPPED_RANGE = re.compile(r"\d\s*(?:-|–|—|\bto)\s*$")
CLOCK = (
    r"\d{1,2}(?:[.:]\d{2}\s*(?i:[ap]\.?m\.?|hrs|hours)?|\s*(?i:[ap]\.?m\.?))"  # "10.00 am", "14:30", "2pm"
)
TABLE_ROW = re.compile(r"^\s*(?:[-*]\s*)?\||^\s*<t[rd]\b", re.I)  # "| 5 | Title |" or "<tr><td>5.</td>…"


# -- items -------------------------------------------------------------------------------------------


def _agenda_heading(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """ "AGENDA" over the items; printed as the sheet's first words, the body may still follow it."""
    r.section = "items"
    r.agenda_first = r.last is None
    r.anchors.setdefault("agenda", line)
    if match["part"]:
        r.items.start_part(line.text[match.start("part") :])
    return True


def _table_heading(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """ "Item  Title  Presenter  Purpose  Pages": the columns of the item table below."""
    table = agenda_rows.heading(line.text, line.raw)
    if table is None or r.section in ("members", "substitutes"):
        return False
    r.items.table = table
    r.section = "items"
    return True


def _unnumbered_list(r: Reader) -> bool:
    """A web page's ``<ol>`` under the agenda heading, its numbers lost: number the titles in order."""
    if r.items.items or r.items.table is not None:
        return False
    run = agenda_rows.list_titles(r.lines, r.index)
    for number, line in enumerate(run, start=1):
        r.items.open_item(r.consumed_line(line), str(number), line.text)
    return bool(run)


def _part(r: Reader, line: Line, match: re.Match[str]) -> bool:
    r.section = "items"
    r.items.start_part(line.text)
    return True


NOTICE_AS_HEADING = re.compile(r"\b(?:items?|business|session)\b", re.I)
MAX_HEADING_WORDS = 10


def _exempt_notice(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """ "Exempt Items - Not Open to the Public" heads the items below it; a sentence only marks them exempt."""
    words = line.text.split()
    if (
        len(words) <= MAX_HEADING_WORDS
        and NOTICE_AS_HEADING.search(line.text)
        and not line.text.endswith(".")
    ):
        r.items.start_part(line.text)
    r.items.exclude_public()
    return True


def _items_heading(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """ "ITEMS FOR APPROVAL", "Routine Matters", "Restricted Items": a heading grouping the items below."""
    if r.section != "items":
        return False
    r.items.start_part(line.text)
    return True


def _item(r: Reader, line: Line, match: re.Match[str]) -> bool:
    if not r.items.open_item(line, match["number"], match["title"], column=line.raw):
        return False
    r.section = "items"
    return True


def _table_row(raw: str) -> bool:
    """A row of an item table: pipes, HTML cells, or tabbed cells holding paragraphs ("Title</p><p>Note")."""
    return bool(TABLE_ROW.match(raw)) or ("\t" in raw and ("</p>" in raw or "<br" in raw))


def _table_item(r: Reader, line: Line, match: re.Match[str]) -> bool:
    if not _table_row(line.raw) or not r.items.open_table_item(line):
        return False
    r.section = "items"
    return True


def _bare_number(r: Reader, line: Line, match: re.Match[str]) -> bool:
    if r.section in ("members", "substitutes") or (r.last and WRAPPED_RANGE.search(r.last.text)):
        return False  # "(Pages 91 -" / "100)" is a range, not an item
    r.bare = (line, match["number"])
    return True


def _skip(r: Reader, line: Line, match: re.Match[str]) -> bool:
    return True


RULES: tuple[tuple[str, re.Pattern[str], Handler], ...] = (
    ("page furniture", re.compile(r"^\W*$"), _skip),
    (
        "body label",
        re.compile(
            r"^(?:title|committee|meeting(?:\s+of)?|body|board|name of (?:committee|meeting))\s*:\s*(?P<value>.*)$",
            re.I,
        ),
        label("body"),
    ),
    (
        "date label",
        re.compile(
            r"^(?:(?:meeting\s+)?date(?:\s+(?:and|&)\s+time)?(?:\s+of\s+meeting)?|time\s+(?:and|&)\s+date|when|on)"
            r"\s*:\s*(?P<value>.*)$",
            re.I,
        ),
        label("date"),
    ),
    ("time label", re.compile(r"^(?:start(?:ing)?\s+)?time\s*:\s*(?P<value>.*)$", re.I), label("time")),
    (
        "venue label",
        re.compile(r"^(?:venue|place|location|where|at)\s*:\s*(?P<value>.*)$", re.I),
        label("venue"),
    ),
    (
        "representatives label",
        re.compile(
            r"^(?P<label>(?:[a-z][\w'-]*\s+){0,3}(?:representatives?|co-?optees?|co-?opted\s+members?|invitees?|"
            r"(?:independent|non-voting|added)\s+members?)(?:\s*\([^()]{1,40}\))?)(?:\s*/\s*[^:]{1,60})?"
            r"(?:\s*:\s*(?P<value>.*))?$",
            re.I,
        ),
        agenda_membership.representatives,
    ),
    (
        "membership label",
        re.compile(
            r"^(?:membership|members|distribution(?:\s+list)?|(?:(?:county|borough|district|city|town|parish|elected)\s+)?councillors|"
            r"(?:committee|board|panel|voting)\s+members|"
            r"(?:committee|board|panel|cabinet|council|forum|partnership)\s+membership)"
            r"(?:\s+of\s+the\s+[^:]{1,60})?(?:\s+(?:for\s+)?\d{4}(?:\s*[-/–]\s*\d{2,4})?)?"
            r"(?:\s*\(\d{1,3}\))?"  # "Membership (17)": how many members
            r"(?:\s*/\s*[^:/]{1,40})?(?:\s*:\s*(?P<value>.*)|\s*$)",
            re.I,
        ),
        agenda_membership.membership,
    ),
    (
        "members addressed",
        re.compile(
            r"^to\s*(?::\s*(?P<names>(?:councillors|cllrs)\s.+)|:?\s*(?:all\s+)?(?:the\s+)?(?:members|councillors)"
            r"(?:\s+of\s+(?:the\s+)?[^:]{1,80})?\s*:\s*(?P<value>\S.*))$",
            re.I,
        ),
        agenda_membership.addressed,
    ),
    (
        "members addressed, listed below",
        re.compile(r"^to\s*:?\s*(?:all\s+)?(?:the\s+)?members\s+of\s+(?:the\s+)?[^:]{1,80}$", re.I),
        agenda_membership.membership,
    ),
    (
        "chair label",
        re.compile(
            r"^(?P<role>(?:vice|deputy)[- ]?chair(?:man|woman|person)?|chair(?:man|woman|person)?)\s*:\s*(?P<value>.+)$",
            re.I,
        ),
        agenda_membership.chair,
    ),
    (
        "substitutes label",
        re.compile(
            r"^(?:named\s+)?(?:substitutes?|substitute members|reserves?)\b(?:\s*/\s*[^:]{1,60})?(?:\s*:.*|\s*$)",
            re.I,
        ),
        agenda_membership.substitutes,
    ),
    (
        "other label",
        re.compile(
            r"^(?:contact(?:\s+officer)?|enquiries(?:\s+to)?|quorum|clerk|tel(?:ephone)?|e-?mail|published|"
            r"date of publication|issued|despatched|dispatched|(?:corporate\s+)?website|note for members|"
            r"cop(?:y|ies)\s+(?:to|for\s+information))\b\s*:?",
            re.I,
        ),
        agenda_membership.end_list,
    ),
    (
        "agenda for a meeting",
        re.compile(
            r"^agenda\s+(?:for|of)\s+(?:the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>[A-Z][^,:;]{1,120}?)"
            r"\s+(?:on|held on|to be held on)\s+(?P<rest>.*\d.*)$",
            re.I,
        ),
        summons,
    ),
    (
        "agenda heading",
        re.compile(
            r"^(?:(?:committee|meeting|board)\s+)?(?:agenda|a g e n d a):?(?:\s+(?:page\s+no\.?|pages?))?"  # "Agenda  Page No."
            r"(?:\s*[-–—:]\s*(?P<part>part\s+\S.*))?$",
            re.I,
        ),
        _agenda_heading,
    ),
    ("items table heading", re.compile(r"^(?i:item|no\b|title|subject|business)"), _table_heading),
    ("part heading", PART, _part),
    (
        "items heading",
        re.compile(
            r"^(?!(?:any\s+)?other\b|urgent\b)(?:[A-Z][\w/-]*\s+){1,2}(?i:items?|matters|issues|business)"
            r"(?:\s+(?i:for)\s+(?i:approval|noting|decision|discussion|information|consideration|assurance|endorsement))?$"
            r"|^(?i:items?\s+for\s+[a-z]+)$"
        ),
        _items_heading,
    ),
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
        "time alone",
        re.compile(
            rf"^(?i:at\s+|from\s+)?{CLOCK}(?:\s*(?:-|–|—|(?i:to|until))\s*{CLOCK})?$"
        ),  # "10.00 am – 12.30 pm"
        time_line,
    ),
    (
        "item number alone",
        re.compile(r"^(?:(?:agenda\s+)?item\s+)?(?P<number>\d{1,3}[a-z]?)\.?$", re.I),
        _bare_number,
    ),
    ("summons", re.compile(r"\b(?i:meeting)\s+of\s+(?:the\s+)?[A-Z]"), agenda_membership.summons_ends_list),
    (
        "body summoned",  # "The Board will meet …", "The Members of the Board are requested to meet …"
        re.compile(r"\b(?:will\s+(?:be\s+held|meet)|are\s+requested\s+to\s+meet)\b"),
        agenda_membership.body_held_ends_list,
    ),
    (
        "body and date",
        re.compile(
            rf"^(?P<body>[A-Z][^:]{{0,120}}\b(?i:{BODY_WORDS}))\s*[-–—,]\s+(?P<rest>[^:]{{0,60}}\d{{4}})$"
        ),
        body_and_date,
    ),
    ("body line", re.compile(rf"^(?=[A-Z])[^:]{{0,120}}\b(?i:{BODY_WORDS})(?i:\s+agenda)?$"), body_line),
    ("date line", re.compile(r"\b(?:19|20)\d{2}\b"), date_line),
    (
        "venue line",
        re.compile(
            r"\b(?:room|hall|chamber|centre|center|house|offices?|building|library|civic|virtual|online|"
            r"microsoft teams|zoom)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b",
            re.I,
        ),
        venue_line,
    ),
)


def _other(r: Reader, line: Line) -> None:
    """A line no rule claims: a member, the rest of an item, or nothing we keep."""
    if r.section == "members":
        agenda_membership.member_line(r, line)
    elif r.section == "items" and not _unnumbered_list(r):
        r.items.add_line(line)


def _titled_bare_number(r: Reader, line: Line) -> bool:
    """The title under an item number printed alone ("2." / "Minutes of the last meeting")."""
    if r.bare is None:
        return False
    first, number = r.bare
    r.bare = None
    if line.number - first.number > 3 or not r.items.open_item(first, number, line.text):
        return False
    r.items.last_line = line.number
    r.section = "items"
    return True


def _next_number_alone(r: Reader, line: Line) -> bool:
    """ "3" alone after item 2 of a table: the next item's number (its title on the next line), not a page."""
    items = r.items.items
    if not items or r.section != "items" or r.items.table is None:
        return False  # only in an item table, whose number cells PDF text prints alone
    return line.text == str(_major(items[-1].number) + 1)


def _major(number: str) -> int:
    digits = re.match(r"\d+", number)
    return int(digits.group()) if digits else -1


# "<tr><td>Place</td><td>Ashburton Hall, …</td></tr>": a header field printed as a row of label and value.
ROW_LABEL = re.compile(
    r"^(?:(?:meeting\s+)?date(?:\s+(?:and|&)\s+time)?|time(?:\s+(?:and|&)\s+date)?|venue|place|location|"
    r"committee|meeting|body)$",
    re.I,
)


def _label_row(line: Line) -> Line:
    """A header row of label and value, read as "Label: value"; any other line as it is."""
    if "<td" not in line.raw and "\t" not in line.raw:
        return line
    row = (
        [c for c in agenda_items.row_cells(line.raw) if c.strip()]
        if "<td" in line.raw
        else line.raw.split("\t")
    )
    texts = [" ".join(paragraphs(c)) for c in row]
    texts = [t for t in texts if t]
    if len(texts) != 2 or not ROW_LABEL.match(texts[0]):
        return line
    return Line(line.number, f"{texts[0]}: {texts[1]}", line.raw, line.page)


def _read_line(r: Reader, line: Line) -> None:
    if is_page_break(line.text):
        return
    line = _label_row(line)
    if is_page_number(line.text) and not _next_number_alone(r, line):
        if r.section == "items" and r.items.title_open and line.number == r.items.last_line + 1:
            r.items.add_line(line)  # "Page 71" straight under an item's title is its page
        return
    if pending_value(r, line) or wrapped_value(r, line) or _titled_bare_number(r, line):
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


def _anchor(r: Reader, lines: list[Line]) -> Line | None:
    for key in ("date", "body", "agenda"):
        if key in r.anchors:
            return r.anchors[key]
    return next((ln for ln in lines if ln.text), None)


def read(lines: list[Line]) -> list[Meeting]:
    """The meeting an agenda summons (kind ``agenda``), or none if the lines summon nothing."""
    r = Reader(lines=lines, year=common_year([ln.text for ln in lines[:80]]))
    for index, line in enumerate(lines):
        if line.text and line.number > r.consumed:
            r.index = index
            _read_line(r, line)
    meeting = r.meeting
    meeting.venue = tidy(meeting.venue or "") or None
    meeting.items = r.items.finish()
    meeting.time = meeting.time or r.items.start_time  # "| Item | Time | Title |": the first item's time
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


__all__ = ["RULES", "page_ranges", "read"]
