"""The membership list of an agenda front sheet, as the agenda reader meets it line by line.

The handlers of the membership rules in ``agenda.RULES`` (a "Membership:"
label, "Co-opted Members: …", "To all Members of the Council: Councillors …",
"Chairman: …", "Substitutes:", a label that ends the list) and of a line read
inside the list: a member, a role wrapped onto the next line, a table's
heading row.  What a line of the list says is ``agenda_members``' job.
"""

from __future__ import annotations

import re

from minutebook.packs import agenda_members
from minutebook.packs.agenda_header import Reader, body_held_paragraph, paragraph, summons_paragraph
from minutebook.packs.lines import Line
from minutebook.packs.people import mention, tidy
from minutebook.packs.record import Member
from minutebook.packs.text import cells


def membership(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """ "Membership:", "Councillors / Cynghorwyr:", "Board membership", with the list on the line or below."""
    r.section = "members"
    r.member_group = None
    value = (match.groupdict().get("value") or "").strip()
    if value:
        if agenda_members.PLURAL.match(value) or "," in value:
            value = paragraph(r, value, joins=agenda_members.list_continues)
        r.members += agenda_members.read_line(Line(line.number, value, value, line.page))
    return True


def representatives(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """ "Co-opted Members: …", "Registered Representatives: Mr A and Mrs B": members, the label their role."""
    value = (match["value"] or "").strip()
    if not value and r.section == "members" and len([c for c in cells(line.raw) if c]) >= 2:
        return False  # "| Ann Lee | Carers' Representative |": a row of the list, not its label
    r.section = "members"
    if value:
        text = paragraph(r, value, joins=agenda_members.list_continues)
        r.members += agenda_members.labelled(line, text, tidy(match["label"]))
    return True


def addressed(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """ "To all Members of the Council: Councillors A (Chairman), B and C": a summons names its members."""
    text = paragraph(r, match["value"] or match["names"], joins=agenda_members.list_continues)
    found = agenda_members.read_line(Line(line.number, text, text, line.page))
    r.members += found
    return bool(found)


def chair(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """ "Chairman: Councillor A Bell"."""
    found = mention(match["value"])
    r.members.append(Member(name=found.name, role=match["role"].strip(), line=line.number, page=line.page))
    return True


def substitutes(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """ "Substitutes:": the names below are not members."""
    r.section = "substitutes"
    return True


def summons_ends_list(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """ "You are summoned to attend a meeting of …": the list above it has ended."""
    if not summons_paragraph(r, line, match):
        return False
    end_list(r, line, match)
    return True


def body_held_ends_list(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """ "The Harbour Board will be held in …": the list above it has ended."""
    if not body_held_paragraph(r, line, match):
        return False
    end_list(r, line, match)
    return True


def end_list(r: Reader, line: Line, match: re.Match[str]) -> bool:
    """A label such as "Contact:" or "Quorum:" ends the list."""
    if r.section in ("members", "substitutes"):
        r.section = "header"
    return True


def member_line(r: Reader, line: Line) -> None:
    """A line inside the membership list: members, the rest of a role, a heading row, or the list's end."""
    if _named_columns(r, line):
        return
    if r.members and r.last is not None and agenda_members.in_role_column(r.last, line, r.member_end):
        wrapped_role(r, line)
        return
    if agenda_members.PLURAL.match(line.text) or line.text.count(",") + line.text.count(";") >= 2:
        text = paragraph(r, line.text, joins=agenda_members.list_continues)
        line = Line(line.number, text, text, line.page)
        if text.endswith("."):
            _list_in_a_sentence(r, line)
            return
    if r.members and r.last is not None and agenda_members.post_below(r.members[-1], r.last, line):
        member = r.members[-1]
        member.role = "; ".join(p for p in (member.role, line.text) if p)
        r.member_end = line.number
        return
    found = [] if agenda_members.heading_row(line) else agenda_members.read_line(line)
    if found:
        r.members += _in_group(found, r.member_group)
        r.member_end = line.number
    elif r.members and agenda_members.continues_role(r.members[-1], line, r.member_end):
        wrapped_role(r, line)
    elif line.number > r.member_end + 1 and agenda_members.group_heading(line, _next_with_words(r)):
        r.member_group = line.text  # set apart from the entry above, not the rest of its role
    elif not agenda_members.heading_row(line) and len(cells(line.raw)) < 2:
        r.section = "header"  # a table's heading row ("Name  Role  Organisation") ends nothing


def _next_with_words(r: Reader) -> Line | None:
    return next((line for line in r.lines[r.index + 1 : r.index + 4] if line.text), None)


def _in_group(found: list[Member], group: str | None) -> list[Member]:
    """The members listed under a group's heading: the group joins their role."""
    for member in found if group else ():
        member.role = "; ".join(p for p in (member.role, group) if p)
    return found


def _list_in_a_sentence(r: Reader, line: Line) -> None:
    """ "Councillors A (Chair); B and C.": the names a full stop ends, and the list with them."""
    found = agenda_members.read_line(line)
    r.members += found
    r.member_end = line.number
    r.section = "header"


def _named_columns(r: Reader, line: Line) -> bool:
    """A membership table's heading row naming its columns, or a row under it: "Member | Representing | Named deputy"."""
    columns = agenda_members.member_columns(line)
    if columns:
        r.member_columns = columns  # the deputies' column names no members
        return True
    found = agenda_members.member_in_columns(line, r.member_columns) if r.member_columns else None
    if found is None:
        return False
    r.members += found
    r.member_end = line.number
    return True


def wrapped_role(r: Reader, line: Line) -> None:
    """ "Executive Member for Housing," / "Planning and" / "Regeneration": a role printed over lines."""
    member = r.members[-1]
    role = member.role or ""
    comma = "," if r.last is not None and r.last.text.endswith(",") and not role.endswith(",") else ""
    member.role = f"{role}{comma} {line.text}".strip()
    r.member_end = line.number
