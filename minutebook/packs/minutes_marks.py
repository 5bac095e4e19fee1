"""Attendance printed as a table of names with a mark beside each, and a key below it.

Printed minutes saved from Word often list the members in a table: a group
label ("Chair:", "Councillors:", "Advisers:", "In attendance:"), a narrow column
of marks and the names, then a key::

    *     Denotes Member present
    (1)   Denotes category of Reserve Members
    †     Denotes apologies received

``legend`` reads the key (mark -> status); ``MarkedTable`` reads a row of the
table.  A member with no mark in a marked group was absent and is not recorded;
in a group labelled "In attendance" a name needs no mark.  A mark printed with
the name ("Kemi Ogundipe (1)") counts as the row's mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutebook.packs.lines import Line
from minutebook.packs.minutes_attendance import ABSENT, ALSO, APOLOGIES, DEPUTY, PRESENT, Register, label_of
from minutebook.packs.minutes_people import Named, people_in
from minutebook.packs.text import fold, strip_markup

_MARK = r"[*†‡§#¶]|\(\w{1,2}\)"
_LEGEND = re.compile(
    rf"^(?P<mark>{_MARK})\s*(?:[-–—=:]\s*)?(?:denotes|indicates|means)\s+(?P<what>.+)$", re.I
)
# What a key says a mark means, in order of precedence.
_MEANINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (APOLOGIES, re.compile(r"\bapolog", re.I)),
    (ABSENT, re.compile(r"\babsen", re.I)),
    (DEPUTY, re.compile(r"\b(?:reserve|substitute|deputy|deputies)", re.I)),
    (PRESENT, re.compile(r"\b(?:present|attended|attending|in\s+attendance)\b", re.I)),
)
_MARK_AFTER_NAME = re.compile(rf"\s*(?P<mark>{_MARK})\s*$")
_MINUTE_NOTE = re.compile(r"\s+(?P<note>(?:minutes?|items?)\s+\d[\w/.,\s&-]{0,30})$", re.I)
_NAME_ROLE = re.compile(r"^(?P<name>[^–—]{3,80}?)\s+[–—-]\s+(?P<role>\S.*)$")


def legend(lines: list[Line]) -> dict[str, str]:
    """The key to an attendance table's marks ("* Denotes Member present" -> {"*": "present"})."""
    out: dict[str, str] = {}
    for line in lines:
        text = fold(strip_markup(line.raw)) if len(line.raw) <= 200 else ""  # "* Denotes …": the "*" kept
        match = _LEGEND.match(text) if len(text) <= 80 else None
        if match:
            meaning = next((status for status, pattern in _MEANINGS if pattern.search(match["what"])), None)
            if meaning is not None:
                out[match["mark"]] = meaning
    return out


@dataclass
class MarkedTable:
    """Reads the rows of an attendance table marked by its key into the meeting's register."""

    register: Register
    key: dict[str, str] = field(default_factory=dict)
    group_status: str | None = None  # the status a group's label gives ("In attendance:" -> also present)
    group_role: str | None = None  # "Chair:" -> the role of the names in the group

    def row(self, line: Line) -> bool:
        """Read ``line`` if it is a row of the table (a group label, a mark cell, a name); else False."""
        if not self.key or "\t" not in line.raw:
            return False
        row = [fold(strip_markup(c)) for c in line.raw.split("\t")]  # a lone "*" is a mark, not a bullet
        if not any(row):
            return True  # an empty spacer row inside the table
        label = row[0] if row[0].endswith(":") or label_of(row[0]) else ""
        rest = row[1:] if label or not row[0] else row
        if label:
            self._group(label)
        marks = [c for c in rest[:-1] if c in self.key]
        name = rest[-1] if rest else ""
        if not name or any(c and c not in self.key for c in rest[:-1]):
            return bool(label)
        after = _MARK_AFTER_NAME.search(name)
        if after and after["mark"] in self.key:
            marks.append(after["mark"])
            name = name[: after.start()]
        return self._person(name, marks, line)

    def _group(self, label: str) -> None:
        found = label_of(label)
        text = label.rstrip(": ")
        self.group_status = ALSO if found and found[0] in (ALSO, "attendance") else None
        self.group_role = text if re.match(r"^(?:vice[-\s])?chair(?:man|person)?$", text, re.I) else None

    def _person(self, text: str, marks: list[str], line: Line) -> bool:
        role = None
        note = _MINUTE_NOTE.search(text)
        if note:
            text, role = text[: note.start()], f"({note['note'].strip()})"
        dashed = _NAME_ROLE.match(text)
        if dashed:
            text, role = dashed["name"], dashed["role"] if role is None else f"{dashed['role']} {role}"
        found = people_in(text)
        if len(found) != 1:
            return False
        statuses = [self.key[m] for m in marks]
        status = self._status(statuses)
        if status is None or status == ABSENT:
            return True  # a member of a marked group with no mark: absent
        person: Named = found[0]
        for extra in (self.group_role, role):
            if extra:
                person.roles.append(extra)
        self.register.add(person, status, line)
        return True

    def _status(self, statuses: list[str]) -> str | None:
        if APOLOGIES in statuses:
            return APOLOGIES
        if DEPUTY in statuses:
            return DEPUTY
        if PRESENT in statuses:
            return PRESENT
        return self.group_status


# "Ordinary Member | Reserve Member", "Member | Substitute", "Substitute Member | For": a table of substitutions.
_MEMBER_HEAD = re.compile(r"^(?:ordinary\s+|committee\s+|absent\s+|appointed\s+)?members?$|^for$", re.I)
_SUBSTITUTE_HEAD = re.compile(r"^(?:reserve|substitute|deputy|substituting)(?:\s+members?)?$", re.I)


@dataclass
class SubstituteTable:
    """Reads a two-column table of substitutions under an item ("Ordinary Member | Reserve Member")."""

    register: Register
    columns: tuple[int, int] | None = None  # (absent member's column, substitute's column)

    def row(self, line: Line) -> bool:
        if "\t" not in line.raw:
            self.columns = None if line.text else self.columns
            return False
        row = [c for c in (fold(strip_markup(c)) for c in line.raw.split("\t")) if c]
        if len(row) != 2:
            self.columns = None
            return False
        if _MEMBER_HEAD.match(row[0]) and _SUBSTITUTE_HEAD.match(row[1]):
            self.columns = (0, 1)
            return True
        if _SUBSTITUTE_HEAD.match(row[0]) and _MEMBER_HEAD.match(row[1]):
            self.columns = (1, 0)
            return True
        if self.columns is None:
            return False
        absent, substitute = (people_in(row[i]) for i in self.columns)
        if len(absent) != 1 or len(substitute) != 1:
            self.columns = None
            return False
        self.register.deputise(substitute[0], absent[0].name, line)
        return True
