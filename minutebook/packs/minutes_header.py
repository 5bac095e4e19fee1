"""The head of a minutes document: which body met, when, where, and when it ended.

Most councils print one statement: "Minutes of a meeting of the Royal
Borough of Kensington & Chelsea's Health & Wellbeing Board held on 9 May
2019 at 4pm at The Main Hall, ...".  Others print labelled fields ("Date:",
"Time:", "Venue:") or a heading and a date line.  The body is named as the
record names it: a joint meeting of two councils' boards is the "Joint"
board; one named council's board is that council's initials and the board
("RBKC Health & Wellbeing Board"); a spelled-out name followed by its
initials in brackets is the initials ("JSNA Steering Group").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutebook.packs.dates import TIME, find_date, find_dates, find_time
from minutebook.packs.lines import Line
from minutebook.packs.minutes_people import word_set
from minutebook.packs.record import Meeting

STATEMENT = re.compile(
    r"^meeting\s+of\s+[^,]{3,120},\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|^(?:minutes|notes)\s+of\s+(?:the|a|an)\s|\bmeeting\s+(?:of\s+.{0,200}?\s)?held\s+(?:on|at|in|via|virtually|remotely)\b"
    r"|^minutes\s+of\s+(?:the\s+)?(?:meeting|proceedings)\s+held\b",
    re.I,
)
_OF_BODY = (
    re.compile(r"\b(?:meeting|proceedings)\s+of\s+(?:the\s+)?", re.I),
    re.compile(r"^(?:minutes|notes)\s+of\s+(?:the\s+)?", re.I),
)
_HELD = re.compile(
    r"\s+(?:held|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|which\s+took\s+place)\b", re.I
)
_JOINT = re.compile(r"\bjoint\b", re.I)
_POSSESSIVE = re.compile(r"['’]s?\s+(?:and\s+(?:the\s+)?)?")
_PLURAL_BODY = re.compile(r"\b(Board|Committee|Panel|Group|Forum|Partnership|Commission)s\b")
_SMALL_WORDS = word_set("of the and for in on at to a an with")
_BODY_WORDS = re.compile(
    r"\b(?:board|committee|sub-committee|cabinet|panel|group|forum|commission|partnership|assembly|"
    r"executive|council|network|steering)\b",
    re.I,
)
_COUNCIL_NAME = re.compile(
    r"^(?:the\s+)?(?:city|royal\s+borough|london\s+borough|borough|county|district|metropolitan)\b|"
    r"\b(?:city|borough|county|district|town|parish)\s+council$|^(?:minutes|notes|agenda)\b",
    re.I,
)
_VIRTUAL = re.compile(r"\b(?:virtual(?:ly)?|remote(?:ly)?|online|microsoft\s+teams|zoom)\b", re.I)
_HELD_AT = re.compile(r"\bheld\s+(?:at|in)\s+", re.I)
ENDED = re.compile(
    r"\b(?:meeting\s+(?:ended|closed|finished|concluded|terminated|rose)|"
    r"(?:finishing|ending|closing|concluding|closed|ended|finished|concluded)\s*)"
    r"(?:\s+at|:)\s*(?P<time>[^\s,;)]{1,8}(?:\s?[ap]\.?\s?m\.?)?)",
    re.I,
)
COMMENCED = re.compile(
    r"\b(?:meeting\s+)?(?:commenced|commencing|started|starting|began|opened)(?:\s+at|:)\s*"
    r"(?P<time>[^\s,;)]{1,8}(?:\s?[ap]\.?\s?m\.?)?)",
    re.I,
)


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
    r"|^(?:meeting\s+|time\s+)?(?:commenced|started|began)\s*:\s*",
    re.I,
)
NEW_MEETING = re.compile(r"^(?:minutes|notes)\s+of\s+(?:the|a|an)\s+(?:\w+\s+){0,3}meeting\b", re.I)
FIELD = re.compile(
    r"^(?P<key>date|time|venue|place|location|meeting|committee|body)\s*:\s*(?P<value>\S.*)$", re.I
)
RECORD_APPROVED = re.compile(
    r"\b(?:be|were|was|been)\s+(?:approved|agreed|noted|signed|confirmed|received|accepted)\b|\bcorrect\s+record\b",
    re.I,
)


_RANGE = re.compile(
    r"\d(?:\s?[ap]\.?\s?m\.?)?\s*(?:[-–—]|to|until)\s*(?P<time>\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?\s?m\b\.?)",
    re.I,
)


@dataclass
class Head:
    """What a minutes statement says about its meeting."""

    body: str | None = None
    date: str | None = None
    time: str | None = None
    venue: str | None = None
    ended: str | None = None


def acronym(name: str) -> str:
    """ "Royal Borough of Kensington & Chelsea" -> "RBKC"; "Westminster City Council" -> "WCC"."""
    words = re.findall(r"[A-Za-z][\w'’-]*", name)
    return "".join(w[0].upper() for w in words if w.casefold() not in _SMALL_WORDS)


def _title(text: str) -> str:
    """ALL CAPS to Title Case, small words lower; other text unchanged."""
    if text != text.upper():
        return text
    words = text.casefold().split()
    return " ".join(w if (w in _SMALL_WORDS and i) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _initials_in_brackets(text: str) -> str:
    """ "Joint Strategic Needs Assessment (JSNA) Steering Group" -> "JSNA Steering Group"."""
    match = re.search(r"\(([A-Z][A-Za-z&]{1,9})\)", text)
    if not match:
        return text
    letters = "".join(ch for ch in match.group(1) if ch.isupper())
    before = text[: match.start()].split()
    for size in range(len(before), 0, -1):
        if acronym(" ".join(before[-size:])) == letters:
            head = " ".join(before[:-size])
            return re.sub(r"\s+", " ", f"{head} {match.group(1)}{text[match.end() :]}").strip()
    return text


def normalise_body(text: str, joint: bool = False) -> str | None:
    """The body as the record names it (see the module docstring)."""
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    text = re.sub(r"^the\s+|\s+meeting$", "", text, flags=re.I)
    if not text:
        return None
    parts = _POSSESSIVE.split(text)
    board = _PLURAL_BODY.sub(r"\1", _title(parts[-1].strip()))
    board = _initials_in_brackets(board)
    if joint:
        return board if board.lower().startswith("joint") else f"Joint {board}"
    owners = [p for p in parts[:-1] if p.strip()]
    if len(owners) == 1:
        return f"{acronym(owners[0])} {board}"
    return board


def body_of_heading(text: str) -> str | None:
    """The body a heading line names, if it names one (not a council, not "MINUTES", not a sentence)."""
    if not _BODY_WORDS.search(text) or _COUNCIL_NAME.search(text.strip()) or len(text.split()) > 12:
        return None
    lower = [w for w in text.split() if w[:1].islower() and w.casefold() not in _SMALL_WORDS]
    return None if lower or text.rstrip().endswith(".") else normalise_body(text)


_VENUE_WORDS = re.compile(
    r"\b(?:room|chamber|hall|centre|center|house|offices|building|library|town\s+hall|civic|suite|"
    r"microsoft\s+teams|zoom|virtual|online|remote)\b",
    re.I,
)


def venue_of_line(text: str) -> str | None:
    """A header line that names a place ("Committee Room 3, Town Hall"), else None."""
    if len(text.split()) > 15 or not _VENUE_WORDS.search(text) or text.endswith(":"):
        return None
    return _tidy_venue(re.sub(r"^(?:venue|place|location)\s*:\s*", "", text, flags=re.I))


def time_of_line(text: str) -> str | None:
    """A short header line that is a time ("6.30 pm", "Time: 18:30"), else None."""
    if len(text.split()) > 6:
        return None
    return pick_time(text) or (find_time(text) if re.fullmatch(r"[\d.:]{4,5}", text.strip()) else None)


def pick_time(text: str) -> str | None:
    """The start time in a statement: one with am/pm, or "at 16:00"; not "Room 3.10"."""
    for match in TIME.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()].lower()
        if match["ampm"] or match["noon"] or ":" in match.group(0) or re.search(r"\b(?:at|from)\s*$", before):
            if re.search(r"(?:finishing|ending|closing|ended|closed|concluding)\s+at\s*$", before):
                continue
            return find_time(match.group(0))
    return None


def _bold_body(raw: str) -> str | None:
    for match in re.finditer(r"\*\*([^*]{3,150})\*\*", raw):
        bold = match.group(1)
        if _BODY_WORDS.search(bold) and not find_date(bold):
            return bold
    return None


def _body(statement: str, raw: str, dates: list[tuple[int, str]]) -> str | None:
    match = _OF_BODY[0].search(statement) or _OF_BODY[1].search(statement)
    if not match:
        return None
    held = _HELD.search(statement, match.end())
    date_at = next((offset for offset, _ in dates if offset >= match.end()), len(statement))
    end = held.start() if held else date_at
    body = statement[match.end() : end]
    bold = _bold_body(raw)
    if bold and bold in body:
        owner = body[: body.index(bold)]
        body = owner + bold
    if not _BODY_WORDS.search(body):
        return None
    joint = bool(_JOINT.search(statement[: match.end()]))
    return normalise_body(body, joint=joint)


def _venue(statement: str, dates: list[tuple[int, str]]) -> str | None:
    held_at = _HELD_AT.search(statement)
    if held_at:
        stop = re.search(
            r"\s+on\s+|,?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", statement[held_at.end() :], re.I
        )
        if stop:
            return _tidy_venue(statement[held_at.end() : held_at.end() + stop.start()])
    after = _after_date_and_time(statement, dates)
    return _tidy_venue(after) if after else None


def _after_date_and_time(statement: str, dates: list[tuple[int, str]]) -> str:
    if not dates:
        return ""
    match = None
    for candidate in (m for m in _DATE_END.finditer(statement) if m.start() >= dates[0][0]):
        match = candidate
        break
    rest = statement[match.end() :] if match else ""
    for _ in range(3):
        time = _LEADING_TIME.match(rest)
        if not time or not (time["ampm"] or time["h24"]):
            break
        rest = rest[time.end() :]
    return rest


_LEADING_TIME = re.compile(
    r"^[\s,–—-]*(?:and\s+|to\s+|until\s+)?(?:at|from|(?:commencing|starting|finishing|ending|closing|concluding)(?:\s+at)?)?\s*"
    + TIME.pattern,
    re.I,
)


_DATE_END = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def _tidy_venue(text: str) -> str | None:
    text = re.sub(r"\((?:item|minute|agenda)[^()]{0,40}\)", "", text, flags=re.I)
    text = re.sub(r"^[\s,;:–-]*(?:at|in)?\s+(?:(?-i:the|THE)\s+)?", "", " " + text, flags=re.I).strip()
    text = re.split(
        r"\.\s+[A-Z]|\s+view\s+directions|\s+(?:contact|tel|telephone|e-?mail)\s*:", text, flags=re.I
    )[0]
    text = re.sub(r"\s*\b(?:commencing|starting)\s+at\s+.*$", "", text, flags=re.I)
    text = text.strip(" ,.;:")
    if not text or _VIRTUAL.search(text) or len(text) > 200:
        return None
    return _title(text)


def read_statement(statement: str, raw: str = "") -> Head:
    """Everything a "Minutes of a meeting of ... held on ..." statement says."""
    dates = find_dates(statement)
    head = Head(body=_body(statement, raw, dates), date=dates[0][1] if dates else None)
    head.time = pick_time(statement)
    head.venue = _venue(statement, dates)
    ended = ENDED.search(statement) or _RANGE.search(statement)
    if ended:
        head.ended = find_time(ended["time"])
    commenced = COMMENCED.search(statement)
    if commenced and find_time(commenced["time"]):
        head.time = find_time(commenced["time"])
    return head


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

    def begin(self, line: Line) -> None:
        """A statement starts on ``line``."""
        self.statement = [line]
        if line.text.endswith("."):
            self.finish()

    def extend(self, line: Line, stop: bool) -> bool:
        """Take ``line`` as the statement's next line, unless ``stop`` (a label, a heading) or it is long."""
        if stop or len(self.statement) >= 6:
            self.finish()
            return False
        self.statement.append(line)
        if line.text.endswith("."):
            self.finish()
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
            meeting.venue = _tidy_venue(value)
        elif key in ("meeting", "committee", "body"):
            self.heading_body = normalise_body(value)

    def line(self, line: Line) -> None:
        """Any other header line: a date line, a time or venue line after it, or the body's heading."""
        meeting, text = self.meeting, line.text
        if self.undated and _HELD_LINE.match(text):  # the statement's "held on ..." after a blank line
            self.statement = [*self.undated, line]
            self.finish()
            return
        if meeting.date is None and self._titled_date(line):
            return
        date = find_date(text)
        if date and meeting.date is None and len(text.split()) <= 8:
            meeting.date, self.date_line = date, line
            meeting.time = meeting.time or pick_time(text)
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
