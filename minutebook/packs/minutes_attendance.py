"""Attendance at a recorded meeting: present, deputies, also present, apologies.

Two routes fill one ``Register``: the sentences of the minutes (see
``minutes_sentences``), and here

* the lists after "Present:", "Also present:", "In attendance:", "Officers:",
  "Apologies:", "Substitutes:" — one person per line ("Name (Role)", or
  "Role: Name", the role sometimes on the line before), or a whole
  paragraph ("Councillors A (Chair), B and C").

A person met twice is merged: a member listed "(acting as Deputy)" and later
named in "attended as Deputy for A" is one deputy entry with ``deputy_for``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutebook.packs.lines import Line
from minutebook.packs.minutes_people import (
    Named,
    deputy_tail,
    has_honorific,
    is_person,
    named,
    people_in,
    read_role,
    same_person,
    starts_plural,
    substitute_of,
    word_set,
    words_of,
)
from minutebook.packs.record import Attendance
from minutebook.packs.text import cells as text_cells
from minutebook.packs.text import clean_line
from minutebook.packs.vocab import AttendanceStatus

PRESENT = AttendanceStatus.PRESENT.value
DEPUTY = AttendanceStatus.DEPUTY.value
ALSO = AttendanceStatus.ALSO_PRESENT.value
APOLOGIES = AttendanceStatus.APOLOGIES.value
ABSENT = "absent"  # listed as absent without apologies: not recorded
CHAIR = "chair"  # "In the Chair: Councillor A": present, as Chair

# Section labels: printed label -> status of the names that follow.
LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        ALSO,
        re.compile(
            r"^(?:also\s+(?:present|in\s+attendance|attending|attended)"
            r"|(?:council\s+|other\s+|supporting\s+|attending\s+)?officers?(?:\s+(?:present|in\s+attendance|attending))?"
            r"|others\s+(?:present|in\s+attendance|attending)|staff\s+(?:present|in\s+attendance)|observers?"
            r"|other\s+(?:members|councillors)\s+(?:present|in\s+attendance|attending)"
            r"|(?:invited\s+)?guests?|other\s+attendees|in\s+attendance\s+(?:as\s+)?officers?"
            r"|in\s+attendance\s+(?:at\s+the\s+invitation\s+of\s+the\s+[\w-]+|by\s+invitation))\b",
            re.I,
        ),
    ),
    ("attendance", re.compile(r"^(?:in\s+attendance|attendance(?:\s+details)?|attendees|attending)\b", re.I)),
    (
        PRESENT,
        re.compile(
            r"^(?:(?:members|councillors|(?:board|committee|voting|co-opted)\s+members)"
            r"(?:\s+of\s+the\s+(?:committee|board|panel|cabinet|council|sub-committee|forum))?\s+)?present\b"
            r"|^(?:members|councillors)\s+(?:in\s+attendance|attending)\b"
            r"|^sederunt\b",  # Scottish minutes: those present
            re.I,
        ),
    ),
    (CHAIR, re.compile(r"^in\s+the\s+chair\b|^chair(?=\s*:\s*\S)", re.I)),  # "Chair: Cllr A"
    (APOLOGIES, re.compile(r"^apolog(?:ies|y)(?:\s+for\s+absence)?(?:\s+received)?\b", re.I)),
    (
        DEPUTY,
        re.compile(
            r"^(?:substitute(?:\s+members?)?|substitutes|substitutions|deputies)(?:\s+present)?\b", re.I
        ),
    ),
    (ABSENT, re.compile(r"^absent(?:\s+without\s+apolog(?:ies|y))?\b", re.I)),
)
# The status column of an attendance table (ModernGov "Attendance details"): printed form -> status.
_ROW_STATUS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (DEPUTY, re.compile(r"^(?:(?:present|attended),?\s+as\s+(?:a\s+)?)?(?:substitute|deputy)$", re.I)),
    (
        APOLOGIES,
        re.compile(r"^(?:sent\s+)?apolog(?:ies|y)\b[^()]{0,40}$", re.I),
    ),  # "Apologies, sent substitute"
    (ALSO, re.compile(r"^(?:in\s+attendance|also\s+present)$", re.I)),
    (
        PRESENT,
        re.compile(
            r"^(?:present|attended)(?:,?\s*\(?(?:virtual(?:ly)?|remotely|online|in\s+person)\)?)?$", re.I
        ),
    ),
    (ABSENT, re.compile(r"^absent\b.{0,40}$", re.I)),
)


def row_status(cell: str) -> str | None:
    """The status an attendance table's cell prints ("Present as substitute" -> deputy), else None."""
    return next((status for status, pattern in _ROW_STATUS if pattern.match(cell.strip())), None)


_EMBEDDED_LABEL = re.compile(
    r"[.;]\s+(?=(?:also\s+present|also\s+in\s+attendance|apolog|in\s+attendance|officers|substitute|absent)\w*)",
    re.I,
)
# A part of a list headed by who they are: "Councillors", "Co-opted Members:"; "Non-Committee Members:" also attended;
# "Co-opted Members:" after "Substitute Members:" goes back to the members present.
GROUP_LABEL = re.compile(
    r"^(?:(?P<other>non[-\s]committee\s+members|non[-\s]members|other\s+members|visiting\s+members)"
    r"|councillors|members|elected\s+members|(?P<kind>(?:co-opted|independent|voting|non-voting|lay|external)\s+members?)"
    r"|representatives|partners|cabinet\s+members)\s*:?$",
    re.I,
)
_LABEL_TAIL = re.compile(
    r"^(?:\s+(?:remotely|virtually|online|in\s+person|via\s+(?:microsoft\s+|ms\s+)?teams|via\s+zoom))?"
    r"(?:\s*\([^()]{1,40}\))?\s*(?:[:–—-]\s?[-–—]?\s*|$)",
    re.I,
)  # "Present:", "Present:-", ": -", "Present remotely:"


def label_of(text: str) -> tuple[str, str] | None:
    """ "Present: A, B" -> ("present", "A, B"); "In attendance" -> ("attendance", "")."""
    for status, pattern in LABELS:
        match = pattern.match(text)
        if match:
            tail = _LABEL_TAIL.match(text[match.end() :])
            if tail:
                return status, text[match.end() + tail.end() :].strip()
    return None


@dataclass
class Register:
    """The attendance of one meeting, merged as it is read (indexed by surname)."""

    entries: list[Attendance]

    def __post_init__(self) -> None:
        self.by_surname: dict[str, list[Attendance]] = {}
        for entry in self.entries:
            self._index(entry)

    def _index(self, entry: Attendance) -> None:
        words = words_of(entry.name)
        if words:
            self.by_surname.setdefault(words[-1], []).append(entry)

    def find(self, name: str, status: str | None = None) -> Attendance | None:
        words = words_of(name)
        for entry in self.by_surname.get(words[-1], []) if words else []:
            if same_person(entry.name, name) and (status is None or entry.status == status):
                return entry
        return None

    def add(self, person: Named, status: str, line: Line) -> Attendance | None:
        if not person.name:
            return None
        if person.deputy and status in (PRESENT, DEPUTY):
            status = DEPUTY
        existing = self.find(person.name)
        if existing and status == DEPUTY and existing.status == PRESENT:  # listed present, then as substitute
            existing.status = DEPUTY
        if existing and (existing.status == status or status in (ALSO, PRESENT)):
            if person.deputy_for and not existing.deputy_for:
                existing.deputy_for = person.deputy_for
            return existing
        entry = Attendance(
            name=person.name,
            status=status,
            deputy_for=person.deputy_for,
            role=person.role,
            line=line.number,
            page=line.page,
        )
        self.entries.append(entry)
        self._index(entry)
        return entry

    def deputise(self, person: Named, absent: str | None, line: Line) -> None:
        """``person`` attended as deputy for ``absent``: mark them (adding them if unlisted)."""
        entry = self.find(person.name)
        if entry is None or entry.status == APOLOGIES:
            entry = self.add(Named(person.name, person.roles, deputy=True), DEPUTY, line)
        if entry is None:
            return
        entry.status = DEPUTY
        if absent and not entry.deputy_for:
            entry.deputy_for = absent


# ---------------------------------------------------------------- lists ----


@dataclass
class ListReader:
    """Reads the attendance lists line by line, joining wrapped entries."""

    register: Register
    status: str = PRESENT
    role: str | None = None  # a "Role:" printed on the line before the name
    pending: list[Line] | None = None
    depth: int = 0  # brackets left open by the pending entry
    seen_present: bool = False
    plural: bool = False  # the list began "Councillors ...": bare surnames are people
    width: int = 0  # the text width of wrapped lines, when known
    label_line: int = 0  # the line of the last label ("Present: A, B" runs a list on from it)
    label_indent: int = 0  # how far that label is indented
    absent_mark: str = ""  # "(A denotes absence)": the letter printed after an absent member's name

    def label(self, status: str, rest: str, line: Line) -> None:
        self.flush()
        self.label_line, self.label_indent = line.number, _indent(line.raw)
        if status == "attendance":
            status = ALSO if self.seen_present else PRESENT
        self.seen_present = self.seen_present or status == PRESENT
        self.status, self.role, self.plural = status, None, False
        if status == CHAIR:
            self.status, self.role = PRESENT, "Chair"
        embedded = _EMBEDDED_LABEL.search(rest)
        following = label_of(rest[embedded.end() :]) if embedded else None
        if embedded and following:
            rest = rest[: embedded.start()]
        if rest:
            self.feed(Line(line.number, rest, rest, line.page))
        if following:
            self.label(*following, line)

    def feed(self, line: Line) -> None:
        key = _ABSENCE_KEY.match(line.text) if "denotes" in line.text.lower() else None
        if key:  # "(A denotes absence)" over "Councillors A, B – A, C"
            self.flush()
            self.absent_mark = key["mark"]
            return
        group = GROUP_LABEL.match(line.text)
        if group:  # "Councillors" / "Non-Committee Members:" heading a part of the list
            self.flush()
            self.status = (
                ALSO
                if group["other"]
                else PRESENT
                if group["kind"] and self.status == DEPUTY
                else self.status
            )
            return
        marked = _marked_entries(line.text) if line.text[:2] in _LETTER_MARKS else []
        if marked:  # "p Councillor A   a Councillor B": present, absent
            self.flush()
            for mark, entry in marked:
                if _LETTER_MARKS[mark] == PRESENT:
                    self._entry(entry, line, one_entry=True)
            return
        if (
            self.pending
            and not _rows(self.pending[-1], line)
            and (_wraps(self.depth, self.pending[-1].text, line.text, self.width) or self._hangs(line))
        ):
            self.pending.append(line)
            self.depth += _depth(line.text)
            return
        self.flush()
        self.pending, self.depth = [line], _depth(line.text)

    def _hangs(self, line: Line) -> bool:
        """ "Present:        A (Chair);" / "                B, C and D": the list indented under its label's text
        (a list of several, run on, or broken after "for")."""
        pending = self.pending
        if not pending or pending[0].number != self.label_line or _indent(line.raw) < self.label_indent + 6:
            return False
        text = " ".join(x.text for x in pending)
        return bool(re.search(r"[,;]|\sand\s", text) or re.search(r"\s[a-z]+$", text))

    def flush(self) -> None:
        if not self.pending:
            return
        lines, self.pending = self.pending, None
        text = " ".join(line.text for line in lines)
        cells = [c for c in table_cells(lines[0].raw) if c] if len(lines) == 1 else []
        if len(cells) >= 2:
            self._row(text, cells, lines[0])
        else:
            self._entry(text, lines[0], one_entry=lines[0].number != self.label_line)

    def _entry(self, text: str, line: Line, one_entry: bool = False) -> None:
        if _POSTCODE.search(text):  # "Lambeth Council, Town Hall, Brixton Hill, London, SW2 1RW": an address
            return
        chair = _CHAIR_LINE.match(text)
        if chair:  # "Councillor X, Convener, in the Chair." after the apologies: X chaired
            for person in people_in(chair["who"]):
                person.roles.append("In the Chair")
                self.register.add(person, PRESENT, line)
            return
        role, rest = _role_label(text)
        group = GROUP_LABEL.match(f"{role}:") if role else None
        if group:  # "Non-Committee Members: Councillor A": a part of the list, not a role
            self.status, role = ALSO if group["other"] else self.status, None
        if role is None and self.role and rest:
            role, self.role = self.role, None
        elif rest == "" and role:
            self.role = role
            return
        if self.absent_mark:
            rest = _without_marked(rest, self.absent_mark)
        substitution = _substitution(rest) if self.status == DEPUTY else []
        self.plural = self.plural or starts_plural(rest)
        note = _FOR_MINUTE.search(rest) if "for" in rest else None
        if note:  # "Councillor A (Ward Member) for minute 34": A, there for that minute
            rest = rest[: note.start()]
        for person in substitution or _dashed(rest) or people_in(rest, self.plural, one_entry):
            if role:
                person.roles.insert(0, role)
            if note:
                person.roles.append(note.group(0).strip(" ."))
            self._add(person, line)

    def _row(self, text: str, cells: list[str], line: Line) -> None:
        """A table row: "Name (initials) (role) | Organisation role", a row of names, or "Name | Role | Present"."""
        if all(words_of(c) and set(words_of(c)) <= _HEADER_WORDS for c in cells):
            return  # the table's header row: "Name | Representing"
        statuses = [row_status(c) for c in cells]
        found = next((status for status in statuses if status), None)
        if found:
            saved, self.status = self.status, found
            self._row(text, [c for c, status in zip(cells, statuses, strict=True) if not status], line)
            self.status = saved
            return
        if len(cells) == 1:
            self._entry(cells[0], line)
            return
        if all(has_honorific(c) and people_in(c) for c in cells):
            for cell in cells:
                self._entry(cell, line)
            return
        people = people_in(cells[0])
        if len(people) != 1:
            self._entry(text, line)
            return
        for cell in cells[1:]:  # "Cabinet Member for X", "Substitute for Councillor Y"
            _role_cell(people[0], cell)
        self._add(people[0], line)

    def _add(self, person: Named, line: Line) -> None:
        if self.status == ABSENT:
            return
        if self.status == DEPUTY and person.substitute is None and not person.deputy_for:
            person.deputy = True
        self.register.add(person, self.status, line)
        if person.substitute and self.status == APOLOGIES:  # "Apologies: A (substituted by B)"
            self.register.deputise(Named(person.substitute), person.name, line)


_CELL_FOR = re.compile(
    r"^(?P<role>.{2,200}?),\s*(?:substituting|deputi[sz]ing)\s+for\s+(?P<absent>.{2,80})$", re.I
)


def _role_cell(person: Named, cell: str) -> None:
    """A row's role cell, perhaps ending in whom the member stood in for: "Eastvale Council, substituting
    for Cllr A" -> role "Eastvale Council", deputy for A."""
    match = _CELL_FOR.match(cell) if "for" in cell else None
    absent = people_in(match["absent"]) if match else []
    if len(absent) != 1:
        read_role(person, cell)
        return
    person.deputy, person.deputy_for = True, absent[0].name
    read_role(person, match["role"] if match else cell)


_HTML_CELL = re.compile(r"<t[dh](?:\s[^>]{0,200})?>(.*?)</t[dh]>", re.I)


def table_cells(raw: str) -> list[str]:
    """The cells of a table row: tab- or pipe-separated, or an HTML row ("<tr><td>A</td><td>B</td></tr>")
    left in a text pack."""
    if "<t" in raw:
        found = _HTML_CELL.findall(raw)
        if len(found) >= 2:
            return [clean_line(c) for c in found]
    return text_cells(raw)


_ABSENCE_KEY = re.compile(r"^\(?(?P<mark>[A-Z])\s+denotes\s+(?:absence|absent|apologies)\)?\.?$", re.I)


def _without_marked(text: str, mark: str) -> str:
    """ "Reg Adair, Samira Bhatti – A, Colin Dunnett" (A denotes absence) -> "Reg Adair, Colin Dunnett"."""
    return re.sub(
        rf"(?:^|,)\s*[^,;()]{{3,60}}?\s+[–—-]\s+{re.escape(mark)}(?=\s*(?:[,;.]|$))", "", text
    ).lstrip(", ")


# Marks printed before each name of a list: "p" present, "a" absent (the apologies are minuted below).
_LETTER_MARKS = {"p ": PRESENT, "a ": ABSENT}
_LETTER_MARK = re.compile(r"(?:^|(?<=\s))([pa] )(?=[A-Z])")


def _marked_entries(text: str) -> list[tuple[str, str]]:
    """ "p Councillor A Smith a Councillor B Jones" -> [("p ", "Councillor A Smith"), ("a ", "Councillor B Jones")]."""
    marks = list(_LETTER_MARK.finditer(text))
    if not marks or marks[0].start() != 0:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    entries = [(m.group(1), text[m.end() : end].strip()) for m, end in zip(marks, ends, strict=True)]
    return entries if all(len(people_in(entry)) == 1 for _, entry in entries) else []


_FOR_MINUTE = re.compile(
    r"\s+\(?for\s+(?:minutes?|items?|agenda\s+items?)\s+[\w/.]{1,8}(?:\s*(?:,|and|&)\s*[\w/.]{1,8})*\)?\.?$",
    re.I,
)


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" "))


_POSTCODE = re.compile(r"\b(?-i:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b")
_CHAIR_LINE = re.compile(
    r"^(?P<who>[^.;:()]{3,120}?),?\s+(?:was\s+)?(?:in\s+the\s+chair|presided|presiding)\.?$", re.I
)
_HEADER_WORDS = word_set("""
    name names member members attendee attendees representing organisation organization role roles position
    title attendance status present apologies substitute notes councillor councillors portfolio ward party
    membership memberships designation capacity
    group body of and
    """)
_DASHED = re.compile(r"^(?P<name>[^–—(),]{3,80}?(?:\s*\([^()]{1,40}\))?)\s+[–—-]\s+(?P<role>\S.*)$")
_FOR = re.compile(
    r"^(?P<who>.{2,120}?)\s+(?:for|in\s+place\s+of|replacing|substitut(?:ing|ed)\s+for|deputi[sz](?:ing|ed)\s+for"
    r"|(?:attended|attending|was\s+present)\s+as\s+(?:an?\s+|the\s+)?(?:substitute|deputy)(?:\s+member)?\s+for)"
    r"\s+(?P<absent>.{2,80})$",
    re.I,
)


def _dashed(text: str) -> list[Named]:
    """ "L Morgan – Licensing Officer": one person and their role."""
    match = _DASHED.match(text)
    if not match or not is_person(match["name"]):
        return []
    person = named(match["name"])
    role = match["role"].strip()
    substitute = substitute_of(role)
    if substitute:  # "Councillor A – Councillor B substituting"
        person.substitute = substitute
        return [person]
    person.roles.append(deputy_tail(person, role))
    return [person]


def _substitution(text: str) -> list[Named]:
    """ "Councillor T Baker for Councillor S Clarke; Ms R Lane (Police) deputising for Inspector M Hill"
    (a Substitutes list): the deputies, each with whom they stood in for."""
    out: list[Named] = []
    for part in text.rstrip(". ").split(";"):
        match = _FOR.match(part.strip())
        who, absent = (people_in(match["who"]), people_in(match["absent"])) if match else ([], [])
        if len(who) != 1 or len(absent) != 1:
            return []
        who[0].deputy, who[0].deputy_for = True, absent[0].name
        out.append(who[0])
    return out


_UNFINISHED_NAME = re.compile(r"(?:\s[A-Z]\.?|\b(?:Councillors?|Cllrs?|Dr|Mr|Mrs|Ms|Miss|Professor))$")


# "…, Councillor Rosa" / "Whitfield, Councillor …": a name wrapped after its first word, in a list run on.
_FIRST_NAME_ONLY = re.compile(r",.{0,200}\b(?:Councillor|Cllr|Alderman|Dr|Mr|Mrs|Ms|Miss)\s+[A-Z][a-z]+$")
_SURNAME_FIRST = re.compile(r"^[A-Z][a-z'’-]+(?:,|\s+and\b|\s*\(|$)")
# "Fiona Chalmers, …, Niamh" / "… and Niamh" / "Ogilvie and …": in a list of full names, a first name left at
# the line's end.
_FORENAME_LEFT = re.compile(
    r"(?<!\S)(?!(?:Councillors?|Cllrs?|Aldermen|Alderman|Dr|Mr|Mrs|Ms|Miss)\b)[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:,|\s\()"
    r".{0,200}(?:[,;]|\sand)\s+[A-Z][a-z'’-]+$"
)


def _rows(previous: Line, line: Line) -> bool:
    """Are both lines rows of a table ("Name<TAB>Post<TAB>Department"), each an entry of its own?"""
    if not ("\t" in previous.raw and "\t" in line.raw) and not ("<td" in previous.raw and "<td" in line.raw):
        return False
    return (
        len([c for c in table_cells(line.raw) if c]) >= 2
        and len([c for c in table_cells(previous.raw) if c]) >= 2
    )


def _depth(text: str) -> int:
    return text.count("(") - text.count(")")


def _wraps(depth: int, previous: str, text: str, width: int = 0) -> bool:
    """Is ``text`` the rest of an entry whose last line is ``previous``?

    Yes after an open bracket, a trailing comma or "and", or a line that ran to the
    margin without finishing ("... N Dean and P" / "Ellis; Mr R Frost").
    """
    if depth > 0:
        return True
    if width and len(previous) >= 0.85 * width and not previous.endswith((")", ".", ":")):
        return True
    if _UNFINISHED_NAME.search(previous) or (
        (_FIRST_NAME_ONLY.search(previous) or _FORENAME_LEFT.search(previous)) and _SURNAME_FIRST.match(text)
    ):
        return True
    if re.search(r"(?:,|&|\band|[-–])\s*$", previous):
        return True
    return text[:1].islower() or text.startswith(("(", "&"))


_OPTIONAL_PLURAL = re.compile(r"^([^:()]{2,60})\(s\)(?=\s*:)")
_ROLE_LABEL = re.compile(r"^(?P<role>[^:()]{2,200}):\s*(?P<rest>.*)$")
_NOT_ROLE = re.compile(r"^(?:councillors?|cllrs?|members|co-opted\s+members?|mayor|others?)\.?$", re.I)


def _role_label(text: str) -> tuple[str | None, str]:
    """ "Minority Group Representative: Nafsika Butler-Thalassis" -> (role, name); "Councillor(s): A, B"."""
    if "(s)" in text:
        text = _OPTIONAL_PLURAL.sub(r"\1s", text, count=1)
    match = _ROLE_LABEL.match(text)
    if not match or re.search(r"\d[:.]\d", text[: match.end("role") + 2]):
        return None, text
    role = match["role"].strip()
    if _NOT_ROLE.match(role):
        return None, match["rest"]
    return role, match["rest"].strip()
