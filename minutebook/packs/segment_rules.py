"""The rules that say where a document of a pack begins: named patterns and one small function each.

``START_RULES`` is the table the segmenter (``minutebook.packs.segment``) walks;
a council's variant of a heading is a new pattern here, not a branch there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from minutebook.packs.lines import Line
from minutebook.packs.segment_patterns import (
    ACTION_COLUMNS,
    ACTIONS_HEAD,
    ADDRESS,
    AGENDA_HEAD,
    AGENDA_STAMP,
    APPENDIX_HEAD,
    ATTACHMENT_LINK,
    CAPTION,
    CLOSING,
    CLOSING_CALL,
    CONTENTS_ENTRY,
    DATE_ONLY,
    DIRECTION_HEAD,
    ENUMERATED,
    HORIZONTAL_RULE,
    ITEM_LINE,
    KEY_LABELS,
    LABEL_TAIL,
    LABELLED,
    MINUTE_NUMBER,
    MINUTES_HEAD,
    NAMING_LABEL,
    NOT_CONTENT,
    NOTES_HEAD,
    NUMBERED_RAW,
    PAGE_TOP_STAMP,
    PAGES_PRINTED,
    PRESENT_LABEL,
    REPORT_LABEL,
    RESTRICTED,
    ROW_LABEL,
    RUNNING_STAMP,
    SECTION_HEAD,
    SIGN_OFF,
    SUMMARY_HEAD,
    TRAILING_LABEL,
    WORK_PROGRAMME_HEAD,
)
from minutebook.packs.text import cells as cells_of
from minutebook.packs.text import is_page_break, is_page_number
from minutebook.packs.vocab import DocumentKind


@dataclass
class Start:
    """Where a document begins, what it is, and how sure we are that it is a new item."""

    index: int  # index into the pack's lines
    kind: DocumentKind | None  # None: unknown; decided when attributing to agenda items
    rule: str
    item: str | None = None  # the agenda item printed on the document ("Agenda Item 5")
    title: str | None = None  # the title another document gives it (a report's list of appendices)


def is_closing(text: str) -> bool:
    """A line that closes a document: background papers, appendices list, valediction, signature, contact call."""
    if CLOSING.match(text):
        return True
    return len(text) <= 140 and "contact" in text.lower() and bool(CLOSING_CALL.search(text))


def is_section_head(text: str) -> bool:
    """ "2. Background", "3.1 The report": a paper's numbered section (not a date or an address)."""
    return bool(SECTION_HEAD.match(text)) and not ADDRESS.search(text)


def _heading_like(line: Line) -> bool:
    """A short title line (no full stop, not a date-only, contact or signature line)."""
    text = line.text
    if not text or len(text) > 70 or text.endswith((".", ",", ";")):
        return False
    if NOT_CONTENT.match(text) or is_page_number(text) or AGENDA_STAMP.match(text):
        return False
    if "@" in text or "http" in text or "www." in text or LABELLED.match(text) or CAPTION.match(text):
        return False
    if line.raw.count("\t") >= 2:
        return False  # a table's row of cells
    if re.fullmatch(r"[\d\s/.,-]*|\d{1,2}(st|nd|rd|th)?\s+\w+\s+\d{4}", text, re.I):
        return False
    return not is_closing(text) and not SIGN_OFF.search(text) and not text.lower().startswith("date")


def _agenda_entry(line: Line) -> bool:
    """An agenda's heading or entry (numbered, or with its pages printed): never a document's own heading."""
    text = line.text
    return bool(ITEM_LINE.match(text) or PAGES_PRINTED.search(text) or AGENDA_HEAD.match(text))


def _after_block(lines: list[Line], i: int, index: int) -> int:
    """The first line with words after the block of lines that runs on from ``lines[i]``."""
    k = i + 1
    while k < index and not lines[k].blank:
        k += 1
    while k < index and lines[k].blank:
        k += 1
    return k


MENU_LINKS = 4  # short lines run together above a web page's first heading: its menu and breadcrumbs


def menu_above(lines: list[Line], index: int) -> bool:
    """ "Leeds City Council" / "Council and democracy" / "Council meetings" / "Meeting" over "# Agenda and minutes"."""
    i = index - 1
    while i >= 0 and lines[i].blank:
        i -= 1
    run = 0
    while (
        i >= 0
        and lines[i].text
        and len(lines[i].text.split()) <= 5
        and not lines[i].text.endswith((".", ":"))
    ):
        run += 1
        i -= 1
    return run >= MENU_LINKS


def back_up(lines: list[Line], index: int, floor: int, reach: int = 12) -> int:
    """Move a start back over the heading lines printed above it (council name, body), never over a rule
    or a web page's menu."""
    if lines[index].raw.startswith("# ") and menu_above(lines, index):
        return index
    best = index
    i = index - 1
    while i >= floor and index - i <= reach:
        line = lines[i]
        if line.blank:
            if line.raw and HORIZONTAL_RULE.match(line.raw):
                break
            i -= 1
            continue
        if DATE_ONLY.fullmatch(line.text):
            i -= 1
            continue
        if _agenda_entry(line):
            return max(best, _after_block(lines, i, index))  # the lines run on from an agenda's list
        if not _heading_like(line) or is_page_break(line.text):
            break
        if line.page is not None and lines[index].page is not None and line.page != lines[index].page:
            break  # a document's heading is on the page it starts on
        best = i
        i -= 1
    return best


def window(lines: list[Line], index: int, count: int) -> list[Line]:
    """The next ``count`` non-blank lines from ``index``."""
    out: list[Line] = []
    for line in lines[index:]:
        if line.text:
            out.append(line)
            if len(out) == count:
                break
    return out


def _label(line: Line) -> str | None:
    """The header label a line starts with ("Date:", a "Title" table cell), if any."""
    match = REPORT_LABEL.match(line.text)
    if match is None:
        return None
    rest = line.text[match.end(1) :].lstrip()
    labelled = (
        rest.startswith(":") or not rest or LABEL_TAIL.match(rest) or _layout_label(line.raw, match.group(1))
    )
    if labelled or "\t" in line.raw or line.raw.lstrip().startswith("|"):
        return match.group(1).lower().split()[0]
    return None


def _layout_label(raw: str, label: str) -> bool:
    """A label set apart from its value by a wide gap, as layout text prints it ("Lead Officer      Head of …")."""
    head = raw.lstrip()
    return head[: len(label)].lower() == label.lower() and bool(re.match(r"\s{3,}\S", head[len(label) :]))


def _report_header_at(lines: list[Line], index: int) -> bool:
    """Three or more distinct header labels within the next 16 non-blank lines."""
    labels = {label for label in (_label(line) for line in window(lines, index, 16)) if label}
    return len(labels) >= 3 or (len(labels) == 2 and bool(labels & KEY_LABELS))


StartRule = Callable[[list[Line], int], Start | None]


def _minutes(lines: list[Line], i: int) -> Start | None:
    return Start(i, DocumentKind.MINUTES, "minutes heading") if MINUTES_HEAD.match(lines[i].text) else None


def _present_under_date(lines: list[Line], i: int) -> Start | None:
    """Minutes printed without the word: the body and the date over "Present: …" (Welsh councils' form)."""
    if not PRESENT_LABEL.match(lines[i].text):
        return None
    above = [ln.text for ln in reversed(lines[max(0, i - 8) : i]) if ln.text][:3]
    if any(len(t.split()) <= 5 and DATE_ONLY.search(t) for t in above):
        return Start(i, DocumentKind.MINUTES, "present under a date")
    return None


def _title_case(text: str) -> bool:
    """Most longer words capitalised: a heading, not a sentence."""
    if re.search(r"[a-z]\. [A-Z]", text):
        return False  # two sentences on one line
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def _actions(lines: list[Line], i: int) -> Start | None:
    text = lines[i].text
    if (
        ACTIONS_HEAD.match(text)
        and not text.rstrip(")").endswith(".")
        and not text.startswith("(")  # "(Reference – Rolling Actions Log, submitted.)": a note in minutes
        and not ENUMERATED.match(text)
        and not NUMBERED_RAW.match(lines[i].raw)
        and not MINUTE_NUMBER.match(text)
        and _title_case(text)
    ):
        return Start(i, DocumentKind.ACTIONS_LOG, "actions heading")
    if _action_columns(lines[i]):
        return Start(i, DocumentKind.ACTIONS_LOG, "action columns")
    return None


def _action_columns(line: Line) -> bool:
    """A table header row naming an action, who leads it, and its status or comment."""
    if "ction" not in line.text or ("\t" not in line.raw and "|" not in line.raw):
        return False  # cheap test first: most lines are not table rows naming an action
    cells = [c for c in cells_of(line.raw) if c]
    if not 3 <= len(cells) <= 9:
        return False
    return all(any(rule.search(c) for c in cells) for rule in ACTION_COLUMNS)


def _notes(lines: list[Line], i: int) -> Start | None:
    if not NOTES_HEAD.match(lines[i].text):
        return None
    above = [ln.text for ln in lines[max(0, i - 8) : i] if ln.text]
    if any(re.search(r"\b(group|board|committee|forum|panel|partnership|network)\b", t, re.I) for t in above):
        return Start(i, DocumentKind.NOTES, "notes heading")
    return None


def _report(lines: list[Line], i: int) -> Start | None:
    if (
        _label(lines[i])
        and not TRAILING_LABEL.match(lines[i].text)
        and not _column_heads(lines[i])
        and not _action_columns(lines[i])
        and _report_header_at(lines, i)
    ):
        return Start(_block_top(lines, i), DocumentKind.REPORT, "report header")
    return None


SPACED_CELLS = re.compile(r"\s{2,}")


def _column_heads(line: Line) -> bool:
    """A table's row of five or more column heads ("Date | Minute | Action | Lead officer | Status"): not a cover."""
    if "|" in line.raw or "\t" in line.raw:
        return len([c for c in cells_of(line.raw) if c]) > 4
    return "  " in line.raw.strip() and len(SPACED_CELLS.split(line.raw.strip())) > 4  # laid out in spaces


def _label_row(lines: list[Line], i: int) -> Start | None:
    """A cover printed as a table with the labels in one row and the values below them.

    "Meeting<TAB>Agenda item<TAB>Report author<TAB>Classification" over a row of as many cells.
    """
    if "\t" not in lines[i].raw and not lines[i].raw.lstrip().startswith("|"):
        return None
    row = [c for c in cells_of(lines[i].raw) if c]
    if len(row) < 3 or sum(1 for c in row if ROW_LABEL.fullmatch(c)) < 3 or _action_columns(lines[i]):
        return None
    below = window(lines, i + 1, 1)
    if not below or len([c for c in cells_of(below[0].raw) if c]) < len(row) - 1:
        return None
    return Start(i, DocumentKind.REPORT, "report header row")


def _block_top(lines: list[Line], i: int) -> int:
    """The first line of the label block a header label sits in ("Meeting of:" above "Date of Meeting:")."""
    top = i
    while (
        top > 0
        and lines[top - 1].text
        and (LABELLED.match(lines[top - 1].text) or "\t" in lines[top - 1].raw)
    ):
        top -= 1
    return top


def header_values(lines: list[Line], index: int) -> frozenset[str]:
    """The title, subject and agenda item a header block prints: two blocks alike are one paper's pages."""
    values = set()
    for line in window(lines, index, 16):
        if is_section_head(line.text):
            break  # the header block ends where the paper's first section begins
        match = REPORT_LABEL.match(line.text) if _label(line) else None
        if match and NAMING_LABEL.match(match.group(1)):
            values.add(re.split(r"[:\t]", line.text, maxsplit=1)[-1].strip().lower())
    return frozenset(v for v in values if v)


def _appendix(lines: list[Line], i: int) -> Start | None:
    text = lines[i].text
    if (
        len(text) > 120
        or text.endswith(".")
        or not (APPENDIX_HEAD.match(text) or DIRECTION_HEAD.match(text))
        or CONTENTS_ENTRY.search(lines[i].raw)
        or (text.endswith(("B", "b")) and ATTACHMENT_LINK.search(text))
    ):
        return None
    return Start(i, DocumentKind.APPENDIX, "appendix heading")


def _agenda_stamp(lines: list[Line], i: int) -> Start | None:
    match = AGENDA_STAMP.match(lines[i].text) or RUNNING_STAMP.match(lines[i].raw)
    if match is None and "\t" in lines[i].raw and (i == 0 or opens_page(lines, i)):
        match = PAGE_TOP_STAMP.match(lines[i].raw)
    return Start(i, None, "agenda item stamp", item=match.group(1)) if match else None


def _summary(lines: list[Line], i: int) -> Start | None:
    return Start(i, DocumentKind.REPORT, "summary heading") if SUMMARY_HEAD.match(lines[i].text) else None


def _work_programme(lines: list[Line], i: int) -> Start | None:
    text = lines[i].text
    if not WORK_PROGRAMME_HEAD.match(text) or re.match(r"^\d", text) or text.endswith("."):
        return None
    raw = lines[i].raw.lstrip()
    displayed = (
        raw.startswith(("#", "**", "<h", "<b>"))
        or text.isupper()
        or _alone(lines, i)
        or opens_page(lines, i)
        or _under_stamp(lines, i)
    )
    return (
        Start(i, DocumentKind.WORK_PROGRAMME, "work programme heading")
        if displayed and _title_case(text)
        else None
    )


def _under_stamp(lines: list[Line], i: int) -> bool:
    """The line right under an "Agenda Item 7" stamp: the paper's title."""
    above = next((ln for ln in reversed(lines[max(0, i - 3) : i]) if ln.text), None)
    return above is not None and AGENDA_STAMP.match(above.text) is not None


def _alone(lines: list[Line], i: int) -> bool:
    """A line set apart by blank lines above and below: a title, not a wrapped sentence."""
    above = i == 0 or lines[i - 1].blank
    below = i + 1 >= len(lines) or lines[i + 1].blank
    return above and below


def opens_page(lines: list[Line], i: int) -> bool:
    """The first line of a printed page: where a paper's title stands."""
    page = lines[i].page
    if page is None:
        return False
    above = next((ln for ln in reversed(lines[max(0, i - 20) : i]) if ln.text), None)
    return above is not None and above.page is not None and above.page != page


def _restricted(lines: list[Line], i: int) -> Start | None:
    """The placeholder published instead of an exempt (Part 2) paper."""
    return Start(i, DocumentKind.OTHER, "restricted paper") if RESTRICTED.match(lines[i].text) else None


# Rules as a table: (name, rule, fires only right after a boundary?)
# Rules as a table: (name, rule, fires only after a boundary or in a loose document?, words one of
# which the line must contain (lower case) for the rule to be worth trying — a cheap first test).
START_RULES: tuple[tuple[str, StartRule, bool, tuple[str, ...]], ...] = (
    ("agenda item stamp", _agenda_stamp, False, ("item",)),
    ("minutes", _minutes, False, ("minute", "meeting")),
    ("present under a date", _present_under_date, False, ("present",)),
    ("actions log", _actions, False, ("action", "business statement")),
    ("notes", _notes, False, ("note",)),
    ("report header", _report, False, ()),
    ("report header row", _label_row, False, ()),
    ("appendix", _appendix, False, ("appendix", "annex", "direction")),
    ("summary", _summary, True, ("summary",)),
    ("work programme", _work_programme, False, ("programme", "plan")),
    ("restricted paper", _restricted, False, ("restricted", "publication")),
)
