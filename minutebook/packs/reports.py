"""Reader of a report's header block, and of the meeting a briefing is written for.

A report opens with a header: Westminster prints a table ("Date:",
"Classification:", "Title:", "Report of:", "Wards Involved:", "Policy
Context:", "Report Author and Contact Details:"), as tab rows, Markdown or
plain lines with the value on the next lines; ModernGov councils print "Report
of the Director of …", "Ward(s) affected", "Key decision", "Contact officer".
Each label is one row of ``LABELS``; the header ends at the report's first
section ("1. Executive Summary").  Contacts are also read from the end of the
report ("If you have any queries about this Report … please contact: …").
"""

from __future__ import annotations

import re

from minutebook.packs.dates import common_year, parse_date, parse_date_in_year
from minutebook.packs.lines import Line
from minutebook.packs.people import tidy
from minutebook.packs.record import Contact, Meeting, Report
from minutebook.packs.reports_contacts import EMAIL, PHONE, merge, read_contacts
from minutebook.packs.reports_header import Header, read_header
from minutebook.packs.text import cells, clean_line, is_page_break, is_page_number
from minutebook.packs.vocab import MeetingKind

BODY_WORDS = r"(?:Committee|Sub-Committee|Board|Panel|Forum|Commission|Cabinet|Council|Partnership|Group)"
# "Family and People Services Policy & Scrutiny Committee Cabinet Member Update": a body, then what it gets.
BODY_THEN_TITLE = re.compile(
    r"^(?P<body>[A-Z][^:]{2,150}?\b(?:Committee|Sub-Committee|Board|Panel|Forum|Commission))\s+"
    r"(?P<title>[A-Z][^:]{0,120}\b(?:Update|Briefing|Briefing Note|Report|Note|Paper|Bulletin))$"
)
# "Briefing for the Health Scrutiny Committee", "Report to the Cabinet".
WRITTEN_FOR = re.compile(
    rf"\b(?i:briefing|update|report|paper|note)\s+(?:for|to)\s+(?:the\s+)?(?P<body>[A-Z][^,:;]{{0,120}}?\b{BODY_WORDS})\b"
)
# The words a contact label is made of ("Name of contact officer", "Author and contact details").
CONTACT_WORD = (
    r"(?:name|of|the|officers?|report|paper|lead|for|further|more|details|and|&|to|information|enquiries|contacts?|"
    r"authors?)"
)
# End-of-report contact blocks: rules as a table of (name, trigger).
END_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("queries", re.compile(r"\bif you have any (?:queries|questions|comments)\b", re.I)),
    (
        "please contact",
        re.compile(
            r"\b(?:please\s+contact|further (?:information|details)[^:]{0,40}contact)\s*(?::|$)", re.I
        ),
    ),
    (
        "contact heading",  # "7. REPORT AUTHOR CONTACT DETAILS" over "Name<TAB>…", "Email Address<TAB>…" rows
        re.compile(
            r"^(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?(?:(?:report\s+)?authors?(?:'s|’s)?\s+|officer\s+)?"
            r"contact\s+(?:details|information)\s*$",
            re.I,
        ),
    ),
    (
        "contact label",
        re.compile(
            r"^(?:contact officers?|contacts?|report authors?|lead officers?|officer contact|contact details|"
            r"background papers? contact|author)\s*(?:\(s\))?\s*:|"
            # "Name of contact officer:", "Author and contact details:", "Contact for enquiries:", "Enquiries:"
            rf"^(?:{CONTACT_WORD} ){{0,4}}(?:contacts?|enquiries|authors?)(?: {CONTACT_WORD}){{0,3}}\s*(?:\(s\))?\s*:",
            re.I,
        ),
    ),
)
ANY_END = re.compile("|".join(f"(?:{p.pattern})" for _, p in END_RULES), re.I)  # one search per line
END_WORDS = (
    "contact",
    "if you have any",
    "author",
    "lead officer",
    "enquiries",
)  # one is in every trigger: a cheap first test
END_STOP = re.compile(
    r"^(?:appendi(?:x|ces)|annex|(?:list of )?appendices|background papers?|glossary|references|implications|"
    r"this page is intentionally|\d+(?:\.\d+)*\.?\s+[A-Z])",
    re.I,
)
AFTER_LABEL = re.compile(
    r"^.{0,200}?\b(?:contact(?:\s+officers?)?|authors?|details|lead\s+officers?|enquiries)\s*(?:\(s\))?\s*:",
    re.I,
)
# What a classification says: "Public", "Open", "Exempt", "Part II", "Not for publication", "General Release".
CLASSIFIED = re.compile(
    r"^(?:public|open|unrestricted|exempt|confidential|restricted|private|closed|general release|"
    r"not for (?:publication|general release)|official(?:[- ]sensitive)?|part\s+(?:[12ab]|i{1,2}|one|two))\b",
    re.I,
)
# "… Strategy 2024-2027 (Appendix 'A' refers)": a note on the papers attached, printed under the title.
NOTE_AFTER_TITLE = re.compile(r"\s*\((?:appendi(?:x|ces)|annex(?:es)?)\b[^()]{0,80}\)\s*$", re.I)
END_BLOCK_LINES = 10
BLOCK_GAP = 2  # lines from a contact's email to the next line of its block: one blank line at most
MAX_TRIGGER_WORDS = 40


def _first(header: Header, field: str) -> str | None:
    parts = header.values.get(field)
    return tidy(" ".join(text for _, text in parts)) or None if parts else None


def _date(header: Header, lines: list[Line]) -> tuple[str | None, Line | None]:
    """The labelled date (a date printed without its year takes the paper's commonest), else a loose one."""
    parts = header.values.get("date")
    if parts:
        text = " ".join(t for _, t in parts)
        iso = parse_date(text) or parse_date_in_year(text, common_year([ln.text for ln in lines[:400]]))
        return iso, parts[0][0]
    for line, text in header.values.get("meeting", []):
        iso = parse_date(text)  # "Meeting: Health & Wellbeing Board, 16 July 2024"
        if iso:
            return iso, line
    if header.loose_date is not None:
        return header.loose_date
    return None, None


def _classification(header: Header) -> str | None:
    """The printed classification, or a status that is one ("STATUS: Public", "Status: Open")."""
    status = _first(header, "status")
    return _first(header, "classification") or (status if status and CLASSIFIED.match(status) else None)


def _agenda_item(header: Header, given: str | None) -> str | None:
    if given:
        return given
    value = _first(header, "agenda_item") or ""
    match = re.search(r"\d{1,3}[a-z]?", value)
    return match.group() if match else None


def _title(header: Header) -> tuple[str | None, Line | None]:
    labelled = header.values.get("title")
    if labelled:
        return _first(header, "title"), labelled[0][0]
    if header.heading is None:
        return None, None
    line, text = header.heading
    split = BODY_THEN_TITLE.match(text)
    return NOTE_AFTER_TITLE.sub("", split["title"] if split else text), line


def cover_title(lines: list[Line]) -> str | None:
    """The title a report's cover prints (labelled, or its heading), for naming the document."""
    return _title(read_header(lines))[0]


def _end_blocks(lines: list[Line], start: int) -> list[tuple[Line, str]]:
    """The lines of every end-of-report contact block after line ``start``."""
    parts: list[tuple[Line, str]] = []
    words = [ln for ln in lines if ln.text and ln.number > start]
    n = 0
    while n < len(words):
        text = words[n].text
        lowered = text.lower()
        if (
            text.count(" ") < MAX_TRIGGER_WORDS
            and any(w in lowered for w in END_WORDS)
            and ANY_END.search(text)
        ):
            block = _block(words[n:])
            parts += block
            n += len(block)
        else:
            n += 1
    return parts


def _after_label(text: str, first: bool) -> str:
    """What a block line says after "… please contact:"; nothing of the sentence that opens the block."""
    match = AFTER_LABEL.search(text)
    if match:
        return text[match.end() :]
    opening = END_RULES[0][1].search(text) or END_RULES[2][1].search(text)  # "If you have any queries …"
    return "" if first and opening else text


def _block(lines: list[Line]) -> list[tuple[Line, str]]:
    parts: list[tuple[Line, str]] = [(lines[0], _after_label(_cells_apart(lines[0]), first=True))]
    for n, line in enumerate(lines[1:END_BLOCK_LINES], start=1):
        if END_STOP.match(line.text) or line.raw.lstrip().startswith("#") or len(line.text.split()) > 30:
            break
        if is_page_number(line.text) or is_page_break(line.text) or _set_apart(parts, line):
            break
        if n + 1 < len(lines) and _heads_section(parts, line, lines[n + 1]):
            break
        row = _field_row(line)
        parts.append((line, _after_label(_cells_apart(line), first=False) if row is None else row))
    return _by_column(parts)


HTML_CELL = re.compile(r"<t[dh]\b[^>]*>", re.I)


def _row(raw: str) -> list[str]:
    """The cells with words of a table row: tab- or pipe-separated, or an HTML row on one line."""
    if "<t" in raw and HTML_CELL.search(raw):
        found = [clean_line(cell) for cell in HTML_CELL.split(raw)[1:]]
    elif "\t" in raw or raw.lstrip().startswith("|"):
        found = cells(raw)
    else:
        return []
    return [cell for cell in found if cell]


def _cells_apart(line: Line) -> str:
    """A row's cells kept apart ("Anna Tarrant, Research Officer"), so that no name runs from one into the next."""
    row = _row(line.raw)
    return ", ".join(row) if len(row) >= 2 else line.text


def _by_column(parts: list[tuple[Line, str]]) -> list[tuple[Line, str]]:
    """A contact table with one person to a column ("Report Author: | Relevant Director:" over their names,
    posts, phones and emails) read a column at a time."""
    rows = [_row(line.raw) for line, _ in parts]
    heads = next(
        (k for k, row in enumerate(rows) if len(row) >= 2 and all(c.endswith(":") for c in row)), None
    )
    if heads is None:
        return parts
    width = len(rows[heads])
    below = [(parts[k][0], rows[k]) for k in range(heads + 1, len(parts)) if len(rows[k]) == width]
    columns = [(line, row[c]) for c in range(width) for line, row in below]
    return parts[:heads] + columns


def _heads_section(parts: list[tuple[Line, str]], line: Line, below: Line) -> bool:
    """ "Financial Comments" over "15. There are no …": once the contact's email is read, the next section's
    heading, not more of the block."""
    heading = ":" not in line.text and not EMAIL.search(line.text) and not PHONE.search(line.text)
    return heading and END_STOP.match(below.text) is not None and any(EMAIL.search(t) for _, t in parts)


def _set_apart(parts: list[tuple[Line, str]], line: Line) -> bool:
    """Words set apart by blank lines below a contact's email: the next paper's heading, not more of the block."""
    last = parts[-1][0]
    return line.number - last.number > BLOCK_GAP and any(EMAIL.search(text) for _, text in parts)


# A contact printed as a table: "Name<TAB>A Bell", "Job title<TAB>…", "Email address<TAB>…", "Tel<TAB>…".
CONTACT_FIELD = re.compile(
    r"^(?:(?P<post>(?:job\s+)?title|post|position|role|designation|service|directorate|department)|"
    r"name|e-?mail(?:\s+address)?|tel(?:ephone)?(?:\s+(?:no\.?|number))?|phone|mobile)\s*:?$",
    re.I,
)


def _field_row(line: Line) -> str | None:
    """A contact table row as "Label: value" (a post row as nothing: it names no one), else None."""
    if "\t" not in line.raw:
        return None
    row = [c for c in cells(line.raw) if c]
    field = CONTACT_FIELD.match(row[0]) if len(row) >= 2 else None
    if field is None:
        return None
    return "" if field["post"] else f"{row[0]}: {' '.join(row[1:])}"


def _contacts(header: Header, lines: list[Line]) -> list[Contact]:
    parts = list(header.values.get("contacts", []))
    for field, values in header.values.items():
        if field != "contacts":
            parts += [(ln, t) for ln, t in values if EMAIL.search(t)]
    found = read_contacts(parts) + read_contacts(_end_blocks(lines, header.last_line))
    return merge(found)


def _anchor(candidates: list[Line | None], lines: list[Line]) -> Line | None:
    """The line a report's header starts on: its title or first label, else its first words."""
    found = [ln for ln in candidates if ln is not None]
    if found:
        return min(found, key=lambda ln: ln.number)
    return next((ln for ln in lines if ln.text), None)


def read(lines: list[Line], agenda_item: str | None = None, title: str | None = None) -> Report | None:
    """The header block of a report (or briefing), or None if it has none.

    ``agenda_item`` is the item the segmenter attributed the report to;
    ``title`` is a title to fall back on (the agenda item's) where the report
    prints none.
    """
    header = read_header(lines)
    found_title, title_line = _title(header)
    found_title = found_title or title
    if not found_title:
        return None
    anchor = _anchor([title_line, header.first_label], lines)
    return Report(
        title=found_title,
        agenda_item=_agenda_item(header, agenda_item),
        date=_date(header, lines)[0],
        classification=_classification(header),
        report_of=_first(header, "report_of"),
        wards=_first(header, "wards"),
        contacts=_contacts(header, lines),
        line=anchor.number if anchor else 0,
        page=anchor.page if anchor else None,
    )


def _body(header: Header) -> tuple[str | None, Line | None]:
    labelled = header.values.get("meeting")
    if labelled:
        return _named_by_label(_first(header, "meeting") or "", labelled[0][0]), labelled[0][0]
    if header.heading is not None:
        line, text = header.heading
        split = BODY_THEN_TITLE.match(text) or WRITTEN_FOR.search(text)
        if split:
            return tidy(split["body"]), line
    if header.bodies:
        line, text = header.bodies[-1]
        return tidy(text), line
    return None, None


BODY_LABEL = re.compile(rf"^\W*(?P<word>{BODY_WORDS})\b\W*(?:\t|:|\s{{2,}})", re.I)


def _named_by_label(value: str, line: Line) -> str:
    """ "COMMITTEE<TAB>Education and Children's Services": the label's word ends the body's name."""
    label = BODY_LABEL.match(line.raw)
    if label is None or re.search(rf"\b{BODY_WORDS}\b", value, re.I):
        return value
    return f"{value} {label['word'].title()}"


def briefing_meeting(lines: list[Line]) -> list[Meeting]:
    """The meeting a briefing is written for (kind ``agenda``), where it names one."""
    header = read_header(lines)
    body, body_line = _body(header)
    date, date_line = _date(header, lines)
    if not body and not date:
        return []
    anchor = date_line or body_line
    return [
        Meeting(
            kind=MeetingKind.AGENDA,
            body=body,
            date=date,
            line=anchor.number if anchor else 0,
            page=anchor.page if anchor else None,
        )
    ]


def cover_meetings(covers: list[list[Line]]) -> list[Meeting]:
    """The meetings a pack of reports is for (kind ``agenda``): each cover's body and date of meeting, once a date.

    Papers published for one meeting without its agenda ("Report to: Health & Wellbeing Board",
    "Date of meeting: 16 July 2024") still say which meeting they were tabled at.
    """
    found: dict[str, Meeting] = {}
    for lines in covers:
        header = read_header(lines)
        if "meeting" not in header.values and "date" not in header.values:
            continue  # a cover without the labels of a meeting paper: its dates may be anything
        for meeting in briefing_meeting(lines):
            if meeting.date and meeting.date not in found:
                found[meeting.date] = meeting
            elif meeting.date and found[meeting.date].body is None:
                found[meeting.date].body = meeting.body
    return list(found.values())
