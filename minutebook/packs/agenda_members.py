"""The membership list printed on an agenda front sheet.

Councils print it as a two-column table ("Councillor Heather Acton (Chairman)"
then a tab and "Cabinet Member for …"), as a bullet list with the role run
straight on ("- Sarah Newman Bi-Borough, Children's Services"), or as one
ModernGov paragraph ("Councillors A (Chair), B (Vice-Chair), C and D").  Each
shape is one rule of ``LINE_RULES``; the first that reads the line wins.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from minutebook.packs.lines import Line
from minutebook.packs.people import (
    Mention,
    is_role_word,
    looks_like_name,
    mention,
    split_list,
    split_name_role,
)
from minutebook.packs.record import Member
from minutebook.packs.text import cells, clean_line

MAX_WORDS = 24
# "Councillors A (Chair), B and C" or a line naming three people or more.
HONORIFIC_ONLY = re.compile(r"^(?:councillors?|cllrs?|members?|names?)$", re.I)  # a column heading
PLURAL = re.compile(r"^(?:councillors|cllrs|members)\b[\s:]*", re.I)
# A party or group label that a PDF table shifted onto the row above.
GROUP_ROLE = re.compile(
    r"^(?P<rest>.{3,}?)\s+(?P<group>(?:minority|majority|opposition|labour|conservative|liberal democrat|"
    r"green|independent|reform(?: uk)?)\s+group)$",
    re.I,
)

# "Mayor Sophie Hale (Chair)": an office printed before the name, like an honorific.
# "County Councillor Ann Lee": the council a councillor sits on, printed before the honorific.
OFFICE_BEFORE_NAME = re.compile(
    r"^(?:the\s+)?(?:(?:lord|deputy|city|elected|regional)\s+)?mayor\s+(?=[A-Z])|"
    r"^(?:county|borough|district|city|town|parish|community|divisional)\s+(?=(?:councillor|cllr)\b)|"
    r"^(?:(?:assistant|deputy)\s+chief(?:\s+fire)?|chief\s+fire)\s+officer\s+(?=[A-Z][a-z])",  # a fire service rank
    re.I,
)

PROSE = re.compile(
    r"^(?:will|is|are|was|were|has|have|had|to|and|of|the|who|which|would|may|can|should|said|please|"
    r"note|this|these|members of the public)\b",
    re.I,
)

COLUMN_GAP = re.compile(r"\t+| {3,}")
TITLED = re.compile(
    r"^(?:councillor|cllr|alderman|alderwoman|dr|mr|mrs|ms|miss|mx|professor|prof|sir|dame|lord|lady)\b\.?\s+[A-Z]",
    re.I,
)

# "G Arwel", "A. B. Smith": a name printed with initials.
INITIALLED = re.compile(r"^[A-Z]\.?(?:\s?[A-Z]\.?)?\s+[A-Z][a-z]")
# Column headings of a membership table ("Name | Role | Organisation"): a heading row, not the end of the list.
_HEADING_WORDS_PRINTED = """
    name names role roles title organisation organization position portfolio representing member members
    councillor councillors party group ward division designation body sector no and of nominated by
    on the board committee
"""
HEADING_WORDS = frozenset(_HEADING_WORDS_PRINTED.split())
MAX_HEADING_WORDS = 8
# Role words that are also surnames ("Cllr Ann Green", "Mr Tom West").
SURNAME_LIKE = frozenset({"green", "west", "north", "south", "east", "head", "hall", "mayor", "chambers"})
# A role cut short by a wrap: "Deputy Leader and Cabinet Member for Finance and" / "Resources".
OPEN_ROLE = re.compile(r"(?:\b(?:and|of|for|the|to|in|on|with)|[,;&–-])$", re.I)
MAX_ROLE_RUN_ON_WORDS = 12
LIST_OPEN = re.compile(r"(?:[,;&(]|\band)$", re.I)
# The surname of a name broken over two lines, then the list going on: "Ravensworth and Yvette Sandoval";
# or the bracketed role of the name that ended the line above: "(Group Spokesperson), Penny Addison, …".
NAME_RUN_ON = re.compile(
    r"^(?:[A-Z][\w'’-]+(?:,|\s+(?:and|&)\s|\s*\(|$)|\([A-Z][^()]{1,40}\)\s*(?:,|and\b|&|$))"
)
# The heading of the front sheet's next part, printed straight under the list: never a surname run on.
NEXT_SECTION = re.compile(
    r"^(?:agenda|a g e n d a|apologies|notes?|quorum|contact|substitutes?|membership|business|items?)\s*:?$",
    re.I,
)
INITIAL_END = re.compile(r"\b[A-Z]\.$")  # "…; Aldermen S." / "Copeland and …": a name cut after its initial
# "…, Councillor" / "Jamie Reid, …": an honorific whose name wrapped onto the next line.
TITLE_END = re.compile(r"\b(?:councillors?|cllrs?|mr|mrs|ms|miss|mx|dr|professor|prof|sir|dame)\.?$", re.I)
INDENT = 4  # spaces before a line that sits in the role column of a list printed in columns

LineRule = Callable[[Line], list[Member] | None]


def _member(found: Mention, line: Line, role: str | None = None) -> Member:
    roles = [r for r in (found.role, role) if r]
    return Member(name=found.name, role="; ".join(roles) or None, line=line.number, page=line.page)


def _is_person(name: str) -> bool:
    words = name.split()
    return bool(words) and looks_like_name(name) and not is_role_word(words[0])


def table_row(line: Line) -> list[Member] | None:
    """ "Councillor Heather Acton (Chairman)<TAB>Cabinet Member for …": name cell, then role cells."""
    row = cells(line.raw)
    if len(row) < 2 or not row[0]:
        return None
    found = mention(OFFICE_BEFORE_NAME.sub("", row[0]))
    if len(found.name.split()) < 2 or not _is_person(found.name) or HONORIFIC_ONLY.match(found.name):
        return None
    role = "; ".join(c for c in row[1:] if c) or None
    return [_member(found, line, role)]


def name_and_role_columns(line: Line) -> list[Member] | None:
    """ "Dr Owain Pryce        Chief Executive, Afon Health Board": a two-column list set out with spaces."""
    columns = [c for c in COLUMN_GAP.split(line.raw.strip()) if c.strip()]
    if len(columns) != 2 or "\t" in line.raw:
        return None
    return table_row(Line(line.number, line.text, "\t".join(columns), line.page))


def name_list(line: Line) -> list[Member] | None:
    """ "Councillors A (Chair), B (Vice-Chair), C and D": every name in one paragraph."""
    text = line.text
    plural = PLURAL.match(text)
    parts = split_list(text[plural.end() :] if plural else text)
    if not plural and len(parts) < 3:
        return None
    found = [mention(p) for p in parts]
    if not all(looks_like_name(m.name, max_words=4) for m in found):
        return None
    if not plural and not all(_names_no_post(m.name) for m in found):
        return (
            None  # "Dr A Bell Co-Chair; Non-Executive Member NHS Wyre and Shelbury ICB": a role, not a list
        )
    return [_member(m, line) for m in found]


def _names_no_post(name: str) -> bool:
    """A name with no post or body in it: no role word after the first name, no acronym."""
    words = name.split()
    return _is_person(name) and not any(
        is_role_word(w) and w.casefold() not in SURNAME_LIKE for w in words[1:]
    )


def name_then_role(line: Line) -> list[Member] | None:
    """ "- Dr Andrew Steeden Chair of West London CCG" or "Councillor Tim Mitchell (Chair)"."""
    if len(line.text.split()) > MAX_WORDS:
        return None
    found = split_name_role(OFFICE_BEFORE_NAME.sub("", line.text))
    if len(found.name.split()) < 2 or not _is_person(found.name):
        return None
    if found.role and PROSE.match(found.role.split("; ")[-1]):
        return None  # prose: "Peter Smith will attend to answer questions"
    return [_member(found, line)]


def side_by_side(line: Line) -> list[Member] | None:
    """ "Councillor A Brown (Chair)      Councillor C Dee": a list printed in columns."""
    columns = [c for c in COLUMN_GAP.split(line.raw.strip()) if c.strip()]
    if len(columns) < 2 or sum(1 for c in columns if TITLED.match(clean_line(c))) < 2:
        return None
    found: list[Member] = []
    for column in columns:
        text = clean_line(column)
        found += name_then_role(Line(line.number, text, text, line.page)) or []
    return found or None


def names_in_cells(line: Line) -> list[Member] | None:
    """ "| G Arwel | M Bevan-Price | S Cadwaladr |": a table of names, one member per cell."""
    row = [c for c in cells(line.raw) if c]
    if len(row) < 2:
        return None
    found = [mention(c) for c in row]
    if not all(len(m.name.split()) >= 2 and _is_person(m.name) for m in found):
        return None
    if len(row) < 3 and not all(TITLED.match(c) or INITIALLED.match(c) for c in row):
        return None  # two cells may be a name and a ward: only titled or initialled names
    return [_member(m, line) for m in found]


# "Conservative (10):  Mr P Ferrand (Chair), Mrs L Oakden": a group's label (a party, representatives) and its names.
GROUP_LABEL = re.compile(r"^(?P<group>[A-Z][\w/&,' -]{2,60}?)\s*(?:\(\d{1,3}\))?\s*:\s*(?P<names>\S.*)$")
NOT_A_GROUP = re.compile(
    r"\b(?:contact|tel|telephone|e-?mail|date|time|venue|quorum|ask for|enquiries)\b", re.I
)


def group_then_names(line: Line) -> list[Member] | None:
    """The names a group's label introduces, one member each (a single name, or a list of them)."""
    match = GROUP_LABEL.match(line.text)
    if match is None or NOT_A_GROUP.search(match["group"]):
        return None
    names = match["names"]
    rest = Line(line.number, names, names, line.page)
    if "," not in names and " and " not in names:
        return name_then_role(rest) if len(names.split()) <= 8 else None
    parts = split_list(names)
    found = [mention(p) for p in parts]
    if not all(looks_like_name(m.name, max_words=4) and _names_no_post(m.name) for m in found):
        return None
    return [_member(m, line) for m in found]


LINE_RULES: tuple[tuple[str, LineRule], ...] = (
    ("group label then names", group_then_names),
    ("names side by side", side_by_side),
    ("names in cells", names_in_cells),
    ("table row", table_row),
    ("name and role in columns", name_and_role_columns),
    ("list of names", name_list),
    ("name then role", name_then_role),
)


# The heading of a notice printed below the list ("Webcasting Notice", "Fire Evacuation Procedure"): no member.
NOTICE_HEADING = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,4}(?i:notices?|guidance|procedures?|arrangements|information)$"
    r"|^(?i:webcast(?:ing)?|filming|recording|broadcast(?:ing)?|fire\s+evacuation|public\s+information)\b"
)


HTML_CELL = re.compile(r"<t[dh]\b[^>]*>", re.I)
HTML_TAG = re.compile(r"<[^>]*>")


def _html_row_as_cells(line: Line) -> Line:
    """ "<tr><td>Ann Lee</td><td>Healthwatch Dale</td></tr>": the row with its cells set apart by tabs."""
    if "<t" not in line.raw.lower() or not HTML_CELL.search(line.raw):
        return line
    row = [clean_line(HTML_TAG.sub(" ", c)) for c in HTML_CELL.split(line.raw)[1:]]
    return Line(line.number, line.text, "\t".join(row), line.page)


def read_line(line: Line) -> list[Member]:
    """The members printed on one line of the list; empty if the line is not a member line."""
    line = _html_row_as_cells(line)
    if not line.text or len(clean_line(line.raw).split()) > 3 * MAX_WORDS or NOTICE_HEADING.match(line.text):
        return []
    if "://" in line.text or "www." in line.text:
        return []  # "Watch Online: https://…": a link, never a member
    for _name, rule in LINE_RULES:
        found = rule(line)
        if found:
            return found
    return []


# The columns of a membership table, by their heading: the member, their named deputy, anything else a role.
NAME_COLUMN = re.compile(r"^(?:board\s+|committee\s+)?(?:members?|names?|councillors?|membership)$", re.I)
DEPUTY_COLUMN = re.compile(
    r"^(?:named\s+)?(?:deputy|deputies|substitutes?|alternates?|reserves?)(?:\s+members?)?$", re.I
)
COLUMN_WORDS = re.compile(r"^[A-Za-z][A-Za-z /&()'-]{1,40}$")


def member_columns(line: Line) -> tuple[str, ...]:
    """ "Member<TAB>Representing<TAB>Named deputy": each column's part (name, deputy or role), else ()."""
    row = [c for c in cells(line.raw) if c]
    if len(row) < 2 or not all(COLUMN_WORDS.match(c) for c in row):
        return ()
    parts = tuple(
        "name" if NAME_COLUMN.match(c) else "deputy" if DEPUTY_COLUMN.match(c) else "role" for c in row
    )
    if parts.count("name") != 1 or ("deputy" not in parts and not heading_row(line)):
        return ()  # "Name | Organisation | Role on the Board": a heading row naming the member's column
    return parts


def member_in_columns(line: Line, columns: tuple[str, ...]) -> list[Member] | None:
    """A row of a membership table whose heading named its columns: the member, with the role cells."""
    row = cells(line.raw)
    if len(row) != len(columns):
        return None
    name = next(c for c, part in zip(row, columns, strict=True) if part == "name")
    found = mention(OFFICE_BEFORE_NAME.sub("", name))
    if len(found.name.split()) < 2 or not _is_person(found.name):
        return None
    role = "; ".join(c for c, part in zip(row, columns, strict=True) if part == "role" and c) or None
    return [_member(found, line, role)]


def _starts_group(text: str) -> bool:
    match = GROUP_LABEL.match(text)
    return match is not None and not NOT_A_GROUP.search(match["group"]) and len(match["group"].split()) <= 5


def list_continues(text: str, following: str) -> bool:
    """A list of names cut short at the end of a line: "…, Rowena Blatchford," / "…, Stanley" + "Ravensworth and …"."""
    if _starts_group(following) or NEXT_SECTION.match(following):
        return False  # "Labour (1): Ms E Osei": the next group's own list; "AGENDA": the list is over
    if (
        LIST_OPEN.search(text)
        or following[:1].islower()
        or INITIAL_END.search(text)
        or TITLE_END.search(text)
    ):
        return True
    return bool(NAME_RUN_ON.match(following)) and bool(re.search(r"\b[A-Z][a-z'’-]+$", text))


# "London Borough of Barnet", "Independent Members": a heading over part of the list, the body its members sit for.
GROUP_HEADING = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the|for|&))*$")
MAX_GROUP_WORDS = 8


def group_heading(line: Line, below: Line | None) -> bool:
    """A heading inside the list naming the body or group whose members are listed straight below it."""
    text = line.text
    if len(text.split()) > MAX_GROUP_WORDS or not GROUP_HEADING.match(text) or text.isupper():
        return False
    if (
        NEXT_SECTION.match(text)
        or NOTICE_HEADING.match(text)
        or heading_row(line)
        or len(cells(line.raw)) >= 2
    ):
        return False  # "Councillor | Portfolio": a table's heading row, not a group's
    if read_line(line):
        return False
    return below is not None and bool(read_line(below))


def heading_row(line: Line) -> bool:
    """A table's heading row over the list ("Name  Role  Organisation", "| Councillor | Portfolio |")."""
    words = re.findall(r"[A-Za-z]+", line.text.casefold())
    return 0 < len(words) <= MAX_HEADING_WORDS and all(w in HEADING_WORDS for w in words)


def continues_role(member: Member, line: Line, end: int) -> bool:
    """The rest of ``member``'s role, wrapped onto ``line`` (straight below ``end``, where their entry ends)."""
    text = line.text
    if member.role is None or line.number != end + 1 or ":" in text:
        return False
    if len(text.split()) > MAX_ROLE_RUN_ON_WORDS or TITLED.match(text):
        return False
    indented = len(line.raw) - len(line.raw.lstrip(" ")) >= INDENT
    first = text.split()[0]
    return indented or bool(OPEN_ROLE.search(member.role)) or first[0].islower() or is_role_word(first)


def in_role_column(previous: Line, line: Line, end: int) -> bool:
    """ "Mererid Thomas      Chief Executive, City and" / "                    County Council": a line starting
    where the role column of the member's line above starts is the rest of that role, whatever its words."""
    if line.number != end + 1 or previous.number != end or "\t" in previous.raw:
        return False
    indent = len(line.raw) - len(line.raw.lstrip(" "))
    found = COLUMN_GAP.search(previous.raw.strip())
    if indent < INDENT or found is None:
        return False
    start = len(previous.raw) - len(previous.raw.lstrip(" ")) + found.end()
    return abs(indent - start) <= 1


MAX_POST_WORDS = 14
BULLET = re.compile(r"^\s*(?:[-*•▪·]|\d{1,2}[.)])\s")
PARENTHESES = re.compile(r"\s*\([^()]*\)")


def post_below(member: Member, name_line: Line, line: Line) -> bool:
    """A member's post printed on the line below their name, as a membership list in two columns comes out.

    "Councillor Ann Lee (Chair)" / "Executive Member for Health": the name line holds the name alone
    (a bracketed chair or vice-chair at most) and the line below, which names no titled person, holds
    a post or an organisation ("Director of …", "Chair, Healthwatch …").
    """
    text = line.text
    if line.number != name_line.number + 1 or name_line.number != member.line or "\t" in name_line.raw:
        return False
    if ":" in text or text.endswith(".") or TITLED.match(text) or len(text.split()) > MAX_POST_WORDS:
        return False
    if BULLET.match(line.raw):
        return False  # a bullet is an entry of its own
    bare = OFFICE_BEFORE_NAME.sub("", PARENTHESES.sub("", name_line.text)).strip()
    if clean_line(mention(bare).name) != member.name or len(bare.split()) > len(member.name.split()) + 2:
        return False  # the name line held more than the name: its post is already read
    return "," in text or any(is_role_word(w) for w in text.split())


def labelled(line: Line, text: str, role: str) -> list[Member]:
    """ "Registered Representatives: Mr A Bell and Mrs C Dee": each person named, with the label as role."""
    people: list[Member] = []
    post: list[str] = []  # the post printed after the last person: "Ann Lee, Corporate Director, Families"
    for part in split_list(PLURAL.sub("", text)):
        found = mention(part)
        if not looks_like_name(found.name, max_words=4):
            continue
        if people and (post or _post_part(found.name)):
            post.append(part.strip())
            people[-1].role = "; ".join(p for p in (role, ", ".join(post)) if p)
            continue
        people.append(_member(found, line, role))
        post = []
    return people


def _post_part(name: str) -> bool:
    """A part of a list that is a post or body, not a person ("Corporate Director", "Healthwatch Dale")."""
    words = name.split()
    return is_role_word(words[0]) or (len(words) >= 2 and is_role_word(words[-1]))


def shift_group_roles(members: list[Member]) -> list[Member]:
    """Give a party-group label back to the next row when a PDF table moved it up a row.

    "Dr Neville Pursell | Central London CCG Minority Group" followed by
    "Councillor Nafsika Butler-Thalassis | (blank)": the group is hers.
    """
    for here, after in itertools.pairwise(members):
        match = GROUP_ROLE.match(here.role or "")
        if match and after.role is None:
            here.role = match["rest"].strip()
            after.role = match["group"]
    return members
