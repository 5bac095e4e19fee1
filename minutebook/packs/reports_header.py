"""The header block at the top of a report: labelled values, and the heading above them.

``LABELS`` is the table of printed labels, each mapped to the field it fills.
A label is read in three shapes: "Label: value" on one line (plain, bold or
Markdown), a table row ("<b>Date:</b><TAB>12 July 2018", "| Date | 12 July |"),
or "Label:" alone with the value on the next lines; a label wrapped over two
lines ("Report Author(s) and" / "Contact Details:") is joined first.  The
header ends at the report's first section ("1. Executive Summary", "Purpose").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutebook.packs.dates import find_dates, parse_date
from minutebook.packs.lines import Line
from minutebook.packs.people import tidy
from minutebook.packs.reports_contacts import EMAIL
from minutebook.packs.text import cells, is_page_break, is_page_number

LABELS: tuple[tuple[str, str, str], ...] = (
    # (rule name, field, printed label)
    (
        "date",
        "date",
        r"(?:report\s+|meeting\s+|decision\s+|paper\s+)?date(?:\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:meeting|report|decision))?",
    ),
    (
        "classification",
        "classification",
        r"(?:security\s+|report\s+)?classification|(?:public|open)\s*/\s*(?:exempt|private|confidential|closed)",
    ),
    ("title", "title", r"(?:report\s+)?title(?:\s+of\s+(?:the\s+)?(?:paper|report))?|subject|report\s+name"),
    (
        "report of",
        "report_of",
        r"(?:report|briefing|paper)\s+(?:(?:submitted|presented|prepared|written)\s+)?(?:of|by|from)|from|by|(?:responsible\s+|lead\s+|executive\s+)?director|"
        r"responsible\s+officer|reporting\s+officer|(?:lead\s+)?chief\s+officer|(?:executive|accountable|senior\s+responsible)\s+(?:lead|officer|owner|sponsor)|"
        r"(?:executive|director)\s+sponsor|sponsoring\s+director",
    ),
    (
        "wards",
        "wards",
        r"(?:wards?\s*(?:\(s\))?|ward\s+nos?\.?\s*(?:\(s\))?|affected\s+wards?|(?:electoral\s+|county\s+)?divisions?\s*(?:\(s\))?)"
        r"(?:\s+(?:involved|affected))?",
    ),
    (
        "author",
        "contacts",
        r"(?:(?:report|briefing|paper)\s+)?authors?\s*(?:\(s\))?(?:\s*(?:and|/)\s*contacts?(?:\s+details)?)?|"
        r"contact\s+details|"
        r"contact\s+officers?\s*(?:\(s\))?|lead\s+officers?|case\s+officer|officer\s+contact|"
        r"contact(?:\s+for\s+(?:further|more)\s+(?:information|details))?|e-?mail|(?:all\s+)?enquiries(?:\s+to)?|"
        r"tel(?:ephone)?",
    ),
    ("agenda item", "agenda_item", r"agenda\s+item(?:\s+no\.?|\s+number)?|item(?:\s+(?:no\.?|number))?"),
    (
        "meeting",
        "meeting",
        r"meeting(?:\s+of)?|committee|report\s+to|briefing\s+(?:to|for)|decision[- ]maker|name\s+of\s+(?:committee|meeting)",
    ),
    (
        "status",
        "status",
        r"(?:report\s+)?status",
    ),  # "STATUS: Public" a classification, "Status: For decision" not
    (
        "other",
        "other",
        r"policy\s+context|financial\s+summary|key\s+decision|purpose(?:\s+of\s+(?:the\s+)?report)?|"
        r"portfolio(?:\s+holder)?|(?:cabinet|lead)\s+member|exempt(?:ion)?(?:\s+information)?|appendices|"
        r"background\s+papers|decision\s+type|forward\s+plan(?:\s+ref(?:erence)?)?|urgent(?:\s+decision)?|"
        r"reason\s+for\s+urgency|version|wards?\s+councillors?|executive\s*/\s*routine|council\s+commitments",
    ),
)
# A label may carry a bracketed note before its colon: "Author (including organisation):".
TEXT_LABELS = tuple(
    (f, re.compile(rf"^(?:{p})\s*(?:\([^()]{{1,40}}\))?\s*:\s*(?P<value>.*)$", re.I)) for _, f, p in LABELS
)
CELL_LABELS = tuple((f, re.compile(rf"^(?:{p})\s*:?$", re.I)) for _, f, p in LABELS)
# Labels printed without a colon.
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "agenda_item",
        re.compile(r"^(?:agenda\s+)?item\s*(?:no\.?\s*)?:?\s*(?P<value>\d{1,3}[a-z]?)\s*$", re.I),
    ),
    (
        "report_of",
        re.compile(
            r"^(?:(?:A|a|Joint|joint)\s+)?(?:REPORT|[Rr]eport)\s+(?:OF|BY|FROM|of|by|from)\s+(?:THE\s+|the\s+)?"
            r"(?P<value>[A-Z].{3,150})$"
        ),
    ),
    # A classification printed alone under the labels: "For general release", "Not for publication", "Part 2".
    (
        "classification",
        re.compile(
            r"^(?P<value>(?:for\s+)?general\s+release|not\s+for\s+(?:publication|general\s+release)|"
            r"(?:part\s+(?:1|2|i|ii)\s*[-–(:]?\s*)?(?:public|open|exempt|confidential|restricted|private)"
            r"(?:\s+(?:report|item|information|session))?\)?|official(?:[- ]sensitive)?)\W*$",
            re.I,
        ),
    ),
)
SECTION_START = re.compile(
    r"^(?:(?:1(?:\.0?)?|i\.)\s+\S|(?:executive\s+)?summary$|(?:purpose(?:\s+of\s+(?:the\s+)?report)?|"
    r"recommendations?|introduction|background|contents|reasons?\s+for\s+(?:this|the)\s+report)\s*:?$)",
    re.I,
)
BOILERPLATE = re.compile(
    r"^(?!(?:briefing|update|paper|note)\b)(?:public document pack|agenda item\b.*|item\s+\d+.*|appendi(?:x|ces)\b.*|annex\b.*|"
    r"(?:the\s+)?(?:city|royal borough|london borough|borough|county|district|metropolitan borough)\b.*|"
    r".*\b(?:council|borough|board|committee|sub-committee|panel|forum|cabinet|partnership)|"
    r"not for publication|confidential|restricted|official(?:-sensitive)?|draft|for (?:information|decision)|"
    r"part\s+(?:i{1,2}|[12ab]|one|two)\b.{0,60}|"
    r"report\s+(?:to|for)\b.*|.{0,60}\b(?:document|report|paper|version)\b.{0,30}\bis\s+(?:also\s+)?available\b.*)\W*$",
    re.I,
)
BODY_NAME = re.compile(
    r"^(?!(?:the\s+)?(?:city|royal borough|london borough|borough|county|district)\b)"
    r".{3,120}\b(?:board|committee|sub-committee|panel|forum|cabinet|commission|partnership)$",
    re.I,
)
# A label this table does not know ("Application number:   24/00456/FUL", "| Is this a key decision? | Yes |"):
# not a title, and the end of the value above it.
LABEL_LIKE = re.compile(r"^\s*(?:\*\*|<b>)?[A-Z][A-Za-z ()/&'’-]{1,40}:(?:\*\*|</b>)?(?:\t| {2,}|\s*$)")
# "Executive lead: Ann Lee, …": a short label and its value on one line ends the value wrapped above it.
SHORT_LABEL = re.compile(r"^[A-Z][A-Za-z()/&'’-]{1,20}(?: [A-Za-z()/&'’-]{1,20}){0,2}:\s+\S")
# "Scrutiny Programme Committee – 14 December 2020": a line ending on a date is not wrapped onto the next.
ENDS_WITH_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}\s*$")
BODY_END = re.compile(
    r"\b(?:council|borough|board|committee|sub-committee|panel|forum|cabinet|authority)\W*$", re.I
)
# "Meeting to be held on Tuesday, 9 July 2024": the date of the meeting, printed as a phrase.
MEETING_ON = re.compile(
    r"^(?:(?:date\s+of\s+)?meeting|(?:for\s+)?the\s+meeting)?\s*(?:(?:to\s+be|was)\s+)?(?:held\s+)?on$", re.I
)
VALUE_GAP = 8  # lines a value may sit below its label
ZONE = 80  # lines with words that a header may take
ONE_LINE_FIELDS = {"date", "classification", "agenda_item"}


@dataclass
class Header:
    """A report's header: each field's value parts (line, text), and the heading above the labels."""

    values: dict[str, list[tuple[Line, str]]] = field(default_factory=dict)
    first_label: Line | None = None
    heading: tuple[Line, str] | None = None
    loose_date: tuple[str | None, Line | None] | None = None
    bodies: list[tuple[Line, str]] = field(default_factory=list)  # "HEALTH SCRUTINY PANEL" printed above
    last_line: int = 0


def _zone(lines: list[Line]) -> list[Line]:
    zone: list[Line] = []
    for line in lines:
        if not line.text or is_page_number(line.text) or is_page_break(line.text):
            continue
        if SECTION_START.match(line.text) or len(zone) >= ZONE:
            break
        zone.append(line)
    return zone


def _row_label(line: Line) -> tuple[str, str] | None:
    row = cells(line.raw)
    if len(row) < 2:
        row = _layout_row(line.raw)
    if len(row) < 2:
        return None
    for name, pattern in CELL_LABELS:
        if pattern.match(row[0]):
            return name, " ".join(c for c in row[1:] if c)
    return None


def _layout_row(raw: str) -> list[str]:
    """ "Wards                        All": a label and its value set apart by a wide gap, as layout text prints
    a table without its rules."""
    columns = LAYOUT_COLUMNS.match(raw) if "   " in raw else None
    return [columns["label"], columns["value"]] if columns else []


def _text_label(text: str) -> tuple[str, str] | None:
    for name, pattern in TEXT_LABELS:
        match = pattern.match(text)
        if match:
            return name, match["value"].strip()
    for name, pattern in LINE_RULES:
        match = pattern.match(text)
        if match:
            return name, match["value"].strip()
    return None


def label_at(zone: list[Line], i: int) -> tuple[str, str, int, bool] | None:
    """(field, inline value, lines used, printed as a table row) for a label at ``zone[i]``."""
    line = zone[i]
    row = _row_label(line)
    if row:
        return row[0], row[1], 1, True
    found = _text_label(line.text)
    if found:
        return found[0], _without_second_label(line, found[1]), 1, False
    if i + 1 < len(zone) and zone[i + 1].number == line.number + 1 and ":" not in line.text:
        found = _text_label(f"{line.text} {zone[i + 1].text}") or _wrapped_in_columns(line, zone[i + 1])
        if found:
            return found[0], found[1], 2, False
    return None


SECOND_LABEL = re.compile(r"\s{3,}(?P<label>\S[^:]{0,30}:\s*\S.*)$")


def _second_label(line: Line) -> tuple[str, str] | None:
    """The label printed to the right of another across a wide gap ("REPORT OF …      AGENDA ITEM: 4")."""
    second = SECOND_LABEL.search(line.raw) if "  " in line.raw else None
    return _text_label(second["label"]) if second else None


def _without_second_label(line: Line, value: str) -> str:
    """ "REPORT OF DIRECTOR OF HOUSING        AGENDA ITEM: 4": the value stops where the next label stands."""
    second = SECOND_LABEL.search(line.raw) if "  " in line.raw else None
    if second is None or _text_label(second["label"]) is None:
        return value
    cut = tidy(second["label"])
    return value[: -len(cut)].rstrip() if value.endswith(cut) else value


LAYOUT_COLUMNS = re.compile(r"^(?P<label>\S.*?)\s{3,}(?P<value>\S.*)$")


def _wrapped_in_columns(line: Line, below: Line) -> tuple[str, str] | None:
    """A label wrapped in its column with the value beside it: "Author (including   Sam Lee, Manager," /
    "organisation):   Northfold Council" is "Author (including organisation): Sam Lee, Manager, Northfold Council"."""
    first, second = LAYOUT_COLUMNS.match(line.raw), LAYOUT_COLUMNS.match(below.raw)
    if first is None or second is None:
        return None
    return _text_label(f"{first['label']} {second['label']} {first['value']} {second['value']}")


def _value(zone: list[Line], i: int, name: str, value: str, table: bool) -> list[tuple[Line, str]]:
    """The value of the label ending at ``zone[i - 1]``: inline, then wrapped or following lines."""
    parts = [(zone[i - 1], value)] if value else []
    if (table and not value) or (value and name in ONE_LINE_FIELDS):
        return parts
    previous = zone[i - 1].number
    unlabelled = (
        name == "report_of" and ":" not in zone[i - 1].text
    )  # "REPORT OF THE DIRECTOR OF" / "HOUSING"
    for j in range(i, len(zone)):
        gap = zone[j].number - previous
        if gap > (1 if parts else VALUE_GAP) or (unlabelled and not (parts and WRAPPED.search(parts[-1][1]))):
            break
        if (label_at(zone, j) or _label_like(zone[j])) and not (
            name == "contacts" and _contact_detail(zone[j])
        ):
            break
        parts.append((zone[j], zone[j].text))
        previous = zone[j].number
    return parts


# A line that visibly runs on: it ends on a joining word or a dash ("SERVICE DIRECTOR – CUSTOMERS, GOVERNANCE AND").
WRAPPED = re.compile(r"(?:\b(?:and|of|for|the|to|in)|[,&–-])\s*$", re.I)
CONTACT_DETAIL = re.compile(r"^(?:tel(?:ephone)?|phone|mobile|e-?mail)\b[^:]{0,12}:", re.I)


def _contact_detail(line: Line) -> bool:
    """ "Telephone No: …", "Email Address: …" under an author's name: more of the contact, not a new label."""
    return bool(CONTACT_DETAIL.match(line.text)) or bool(EMAIL.search(line.text))


def _label_like(line: Line) -> bool:
    return bool(LABEL_LIKE.match(line.raw) or SHORT_LABEL.match(line.text)) or len(cells(line.raw)) >= 2


def _dated(text: str) -> tuple[str, str] | None:
    """(ISO date, what is printed before it) for a line that is a date, or a body and a date.

    "April 2018", "14 NOVEMBER 2023", "PLANNING COMMITTEE – 12 JUNE 2024"; not a sentence or a title.
    """
    words = len(text.split())
    iso = parse_date(text) if words <= 12 else None
    if iso is None:
        return None
    found = find_dates(text)
    before = tidy(text[: found[0][0]]).rstrip(" :") if found else ""
    if words <= 5 or BODY_NAME.match(before) or BOILERPLATE.match(before) or MEETING_ON.match(before):
        return iso, before
    return None


def _capitals_title(text: str) -> bool:
    """ "HEALTHY WEIGHT: HEALTHY TOWNS - A PARTNERSHIP APPROACH": a title in capitals with a colon, not a label."""
    head, _, tail = text.partition(":")
    return text.isupper() and len(head.split()) >= 2 and len(tail.split()) >= 2 and "\t" not in text


def _body_and_date(text: str) -> bool:
    """ "PUBLIC SERVICES BOARD: 21 NOVEMBER 2019": the meeting a paper goes to, printed like a label."""
    found = _dated(text) if ":" in text else None
    return found is not None and bool(BODY_NAME.match(found[1]))


def _loose(header: Header, loose: list[Line]) -> None:
    """Title, date and body printed around the labels."""
    paragraphs = _paragraphs(loose)
    dated = [(p, _dated(p[1])) for p in paragraphs]
    for (line, _), found in dated:
        if found and header.loose_date is None:
            header.loose_date = (found[0], line)
        if found and BODY_NAME.match(found[1]):
            header.bodies.append((line, found[1]))
    undated = [p for p, found in dated if found is None]
    header.bodies += [p for p in undated if BODY_NAME.match(p[1])]
    headings = [p for p in undated if p[0].raw.lstrip().startswith("#") and not BOILERPLATE.match(p[1])]
    others = [p for p in undated if not BOILERPLATE.match(p[1])]
    candidates = headings + others
    header.heading = candidates[0] if candidates else None


def _paragraphs(lines: list[Line]) -> list[tuple[Line, str]]:
    """Loose lines joined where one wraps onto the next ("Westminster Health" / "& Wellbeing Board")."""
    out: list[tuple[Line, str]] = []
    previous = -10
    for line in lines:
        if _label_like(line) and not _body_and_date(line.text) and not _capitals_title(line.text):
            previous = -10
            continue
        markdown = line.raw.lstrip().startswith("#")
        joins = not BODY_END.search(out[-1][1]) and not ENDS_WITH_DATE.search(out[-1][1]) if out else False
        if joins and line.number == previous + 1 and not markdown:
            out[-1] = (out[-1][0], f"{out[-1][1]} {line.text}")
        else:
            out.append((line, line.text))
        previous = line.number
    return out


def _label_columns(zone: list[Line], i: int) -> list[tuple[str, tuple[Line, str]]]:
    """A row of labels with their values in the row below: "Meeting<TAB>Agenda item<TAB>Wards" / "Board, 16 July<TAB>10<TAB>All"."""
    labels = [c for c in cells(zone[i].raw) if c] if "\t" in zone[i].raw or "|" in zone[i].raw else []
    if len(labels) < 3 or i + 1 >= len(zone):
        return []
    fields = [next((name for name, pattern in CELL_LABELS if pattern.match(c)), None) for c in labels]
    values = [c for c in cells(zone[i + 1].raw) if c]
    if sum(1 for f in fields if f) < 3 or len(values) != len(labels):
        return []
    below = zone[i + 1]
    return [(f, (below, v)) for f, v in zip(fields, values, strict=True) if f]


LABEL_ALONE = re.compile(r"^\s*(?:\*\*|<b>)?[A-Z][A-Za-z ()/&'’-]{1,40}:(?:\*\*|</b>)?\s*$")


def _past_value(zone: list[Line], i: int) -> int:
    """Past the lines straight below a label this table does not know: its value."""
    previous = zone[i - 1].number
    while i < len(zone) and zone[i].number == previous + 1 and label_at(zone, i) is None:
        if _label_like(zone[i]):
            break
        previous = zone[i].number
        i += 1
    return i


def read_header(lines: list[Line]) -> Header:
    """The header block at the top of ``lines``."""
    header = Header()
    zone = _zone(lines)
    loose: list[Line] = []
    i = 0
    while i < len(zone):
        columns = _label_columns(zone, i)
        if columns:
            header.first_label = header.first_label or zone[i]
            for name, part in columns:
                header.values.setdefault(name, []).append(part)
            i += 2
            continue
        found = label_at(zone, i)
        if found is None:
            loose.append(zone[i])
            i += 1
            if LABEL_ALONE.match(zone[i - 1].raw):
                i = _past_value(zone, i)  # "Corporate Priorities:" / "Caring for the vulnerable;": no title
            continue
        name, value, used, table = found
        header.first_label = header.first_label or zone[i]
        parts = _value(zone, i + used, name, value, table)
        if name == "contacts" or name not in header.values:
            header.values.setdefault(name, []).extend(parts)
        second = None if table else _second_label(zone[i])
        if second and second[0] not in header.values:
            header.values[second[0]] = [(zone[i], second[1])]
        i += used + len(parts) - (1 if value else 0)
    header.last_line = zone[i - 1].number if zone and i else 0
    _loose(header, loose)
    return header
