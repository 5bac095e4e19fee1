"""The numbered items of an agenda, their part headings and the pages of their papers.

An item is a numbered title ("4. MINUTES AND ACTIONS ARISING", "Item 5 Budget",
"5a. Annual report"); what follows it until the next item or part heading is
its block: a description, a wrapped title, and the page range printed
wherever the clerk put it ("(Pages 19 - 22)" on the title line, on a later
line, wrapped as "(Pages 91 -" / "100)", or in another table cell).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutebook.packs.agenda_rows import PAGES_CELL, ItemTable, flattened, row_tail
from minutebook.packs.dates import find_time
from minutebook.packs.lines import Line
from minutebook.packs.record import AgendaItem
from minutebook.packs.text import cells as row_texts
from minutebook.packs.text import paragraphs

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+\d{2,4}\b"
)

ITEM = re.compile(
    r"^(?:(?:agenda\s+)?item\s+(?:no\.?\s*)?)?(?P<number>\d{1,3}(?: ?\.\d{1,2})?(?:[a-z]|\([a-z]\))?)[.):]?\s+"
    rf"(?P<title>(?!{_MONTHS})(?!\d{{1,4}}(?:\s*[-–—]\s*\d{{1,4}})?\s*$)[^\s(\-–—.,].{{0,600}})$",
    re.I,
)
PART = re.compile(
    r"^(?:agenda\s*[-–—:]\s*)?part\s+(?:[1-9]|[a-h]|i{1,3}|iv|one|two|three)\b(?![.,]?\s+[a-z])"
    r"(?:\s*[-–—:(].*|\s+(?:items?|exempt|private|public|confidential|not for publication)\b.*)?$",
    re.I,
)
EXEMPT_PART = re.compile(
    r"\b(?:private|exempt|confidential|restricted|closed session|not for publication)\b|^(?:agenda\s*[-–—:]\s*)?part\s+(?:2|ii|two)\b",
    re.I,
)
EXEMPT_ITEM = re.compile(
    r"\((?:exempt|confidential|private|part\s+(?:2|ii))\b[^)]{0,80}\)|\bnot for publication\b", re.I
)
HTML_CELL = re.compile(r"<t[dh]\b[^>]*>", re.I)
EXCLUSION_ITEM = re.compile(r"\bexclusion of (?:the )?(?:press|public)\b", re.I)
_RANGE = r"(?P<first>\d{1,4})(?:\s*(?:-|–|—|to)\s*(?P<last>\d{1,4}))?"
# Page ranges as printed: rules as a table of (name, pattern); the earliest match in a block wins.
PAGE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "in brackets",
        re.compile(rf"\(\s*(?:pages?\s+|pp\.?\s*){_RANGE}", re.I),
    ),  # "(Pages 5 - 9)", "(pp. 5-9)"
    ("a line of its own", re.compile(rf"^[ \t]*pages?\s+{_RANGE}[ \t]*$", re.I | re.M)),
    ("at a line's end", re.compile(rf"\bpages?\s+{_RANGE}[ \t]*$", re.I | re.M)),  # "Forward Plan   Page 11"
    (
        "a range after the title",
        re.compile(r"\bpages\s+(?P<first>\d{1,4})\s*(?:-|–|—|to)\s*(?P<last>\d{1,4})", re.I),
    ),
)
PAGES_TAIL = re.compile(
    r"\s*\(?\s*(?:\bpages?\s+|\bpp\.?\s*)\d{1,4}(?:\s*(?:-|–|—|to)\s*(?:\d{1,4})?)?\s*\)?\s*$", re.I
)
# What a web page or a flattened table cell runs on after an item's title: rules as a table.
TITLE_TAILS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("attachment size", re.compile(r"\s+PDF\s+\d{1,5}(?:\.\d{1,2})?\s*[KMG]B\b.*$", re.S)),
    (
        "description",
        re.compile(
            r"\s+(?:To|Members|Councillors|The\s+(?:Board|Committee|Cabinet|Council|Panel))\s+(?:(?:are|is|will\s+be)\s+)?"
            r"(?:(?:asked|invited|requested)\s+to\s+)?(?:receive|note|consider|approve|agree|confirm|discuss|review|"
            r"endorse|decide|determine|declare|elect|appoint|identify)\b.*$",
            re.S,
        ),
    ),
    (
        "officer will present",  # "… 2025 The Director of Public Health will give an oral update on …"
        re.compile(
            r"\s+(?:The|A|An)\s+[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’,-]*)){0,10}\s+(?:will|is\s+to|are\s+to)\s+"
            r"(?:give|present|provide|introduce|update|report|attend|lead|outline)\b.*$",
            re.S,
        ),
    ),
    (
        "report sentence",  # "… Contract Award Report of the Executive Director of Adult Services. Not for publication …"
        re.compile(r"\s+(?:Joint\s+)?Reports?\s+(?:of|by|from)\s+the\s+[^.]{3,160}\.(?:\s.*)?$", re.S),
    ),
    ("to follow", re.compile(r"\s+\(?(?:(?:the\s+)?report|papers?)\s+to\s+follow\.?\)?\s*$", re.I)),
    (
        "exempt note",
        re.compile(r"\s*\((?:exempt|confidential|private|not for publication)\b[^()]{0,300}\)\s*$", re.I),
    ),
    ("link", re.compile(r"[.,]?\s+(?:https?://|www\.)\S+$")),  # "… Interests. www.example.gov.uk/interests"
    # "Public Question Time. Questions must be submitted in writing, no later than …": a note set after the title.
    ("note in sentences", re.compile(r"(?<=[a-z]{3})\.\s+(?=(?:\S+\s+){7})[A-Z][^.]*\.(?:\s.*)?$", re.S)),
    # "Declarations of Interests:- (see note below) (a) Disclosable Pecuniary Interests": ":-" leads in its parts.
    ("parts led in", re.compile(r"\s*:-(?:\s.*)?$", re.S)),
    (
        "report by",
        re.compile(
            r"\s+[-–—]\s+(?:(?:joint\s+|covering\s+)?report|presentation|briefing|verbal\s+update)s?\s+"
            r"(?:of|by|from)\s+(?:the\s+)?[A-Z].*$",
            re.I | re.S,
        ),
    ),
    # A ModernGov page's "Minutes" / "Decision" link after the title; "Approval of Minutes" keeps its word.
    (
        "decision label",
        re.compile(
            r"(?<!\b(?i:of))(?<!\b(?i:the))(?<!(?i:previous))(?<!\b(?i:last))"
            r"\s+(?:Minutes|Decision|Resolved|Resolution):?\s*$"
        ),
    ),
)
# "2.    Minutes                                   3 - 6": a page column at the end of the item's line.
# "6   SELECTIVE LICENSING –       Pages 11 - 18": the same column, its range worded.
PAGE_COLUMN = re.compile(r"(?:\t|\S {3,})(?i:pages?\s+)?(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?[ \t]*$")
COLUMN_TAIL = re.compile(r"\s+(?i:pages?\s+)?\d{1,4}(?:\s*[-–—]\s*\d{1,4})?\s*$")
# "3   Minutes (Pages 1 - 4)            10.05 am": the time an item is taken, in a column at the line's end.
TIME_COLUMN = re.compile(r"(?:\t| {3,})\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?[ \t]*$", re.I)
TIME_TAIL = re.compile(r"\s+\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*$", re.I)
# "Minutes (Pages 1 - 4) Minutes of the meeting held on …": the page range ends the title.
PAGES_THEN_MORE = re.compile(
    r"\s*\(\s*pages?\s+\d{1,4}(?:\s*(?:-|–|—|to)\s*\d{1,4})?\s*\)\s+\S.*$", re.I | re.S
)
# A table's page cell: "5", "5 - 9", "Page 5", "Pages 5 - 9"; a column of single pages gives where items start.
PAGE_CELL = re.compile(r"(?i:pages?\s+)?(\d{1,4})(?:\s*(?:-|–|—|to)\s*(\d{1,4}))?")
RANGE_CELL = re.compile(r"(\d{1,4})(?:\s*(?:-|–|—|to)\s*(\d{1,4}))?")
NUMBER_KEY = re.compile(r"(\d+)(?:\.(\d+))?")
TERMINAL = re.compile(r"[.!?:;]\)?$")
PROSE_START = re.compile(r"^(?i:to|the|this|that|members|a|an)\s+[a-z]")
# The line under a title naming who brings it: "Presentation by the Director of …", "Lead: Ann Lee".
PRESENTER_LINE = re.compile(
    r"^(?:(?:joint\s+|covering\s+)?reports?|presentation|verbal\s+(?:update|report)|briefing|update)\s+"
    r"(?:of|by|from)\s|^(?:lead(?:\s+officer)?|presenters?|presented\s+by|report\s+author|officer)\s*:",
    re.I,
)
MAX_GAP = 3
MIN_SECTIONS = 3  # numbered sections, each heading its own sub-items


def row_cells(raw: str) -> list[str]:
    """The raw cells of a table row: "| 5 | Title |", or an HTML row "<tr><td>5.</td><td>Title</td></tr>"."""
    if HTML_CELL.search(raw):
        return HTML_CELL.split(raw)[1:]
    if "|" not in raw and "\t" in raw:
        return raw.split("\t")
    return raw.strip().strip("-* ").strip("|").split("|")


# "**Questions from the public** A period of up to 15 minutes …": a cell's bold lead is the title, the rest a note.
BOLD_LEAD = re.compile(r"^\s*\*\*(?P<bold>[^*]*[A-Za-z][^*]*)\*\*[ \t]*(?=[A-Z(])")


def bold_title_first(cell: str) -> str:
    """A cell whose title is bold and a note in plain type after it, the note set in a paragraph of its own."""
    lead = BOLD_LEAD.match(cell) if "**" in cell else None
    return f"{lead['bold']}</p><p>{cell[lead.end() :]}" if lead else cell


def _key(number: str) -> tuple[int, int, str]:
    match = NUMBER_KEY.match(number)
    major, minor = (int(match[1]), int(match[2] or 0)) if match else (0, 0)
    return major, minor, number[match.end() :] if match else number


NUMBER_CELL = re.compile(r"(?:item\s+)?\d{1,3}[a-z]?[.)]?", re.I)


def tabbed_title(column: str) -> tuple[str, str] | None:
    """ "1<TAB>Welcome and Apologies<TAB>Chair<TAB>10.00": the title cell after the number, and the cells after it."""
    row = row_texts(column) if "\t" in column else []
    if len(row) < 3 or not NUMBER_CELL.fullmatch(row[0]) or not row[1] or not any(row[2:]):
        return None
    return row[1], " ".join(c for c in row[2:] if c)


def _next_letter(key: tuple[int, int, str], last: tuple[int, int, str]) -> bool:
    """ "4a" after "4", "4b" after "4a", "(c)" after "(b)": the next lettered sub-item of one item."""
    letter, before = key[2].strip("()").lower(), last[2].strip("()").lower()
    if key[:2] != last[:2] or len(letter) != 1 or len(before) > 1:
        return False
    return ord(letter) == (ord(before) + 1 if before else ord("a"))


def _first_run_end(raw: str) -> int:
    """Where a line's first run of words ends (a page or time column further right is left out)."""
    found = re.search(r"\S(?:\s?\S)*", raw.replace("\t", "  "))
    return found.end() if found else 0


def _note_below(text: str) -> bool:
    """ "To note the report.", "The Board is asked to …": a note under the title (a wrap goes on in lower case)."""
    return bool(PROSE_START.match(text)) and not text[:1].islower()


def _untailed(title: str) -> str:
    """A title without the description, note or presenter a line runs on with."""
    for _name, tail in TITLE_TAILS:
        title = tail.sub("", title)
    return title


def _letters_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _heads_section(item: AgendaItem, following: AgendaItem | None) -> bool:
    """A whole-numbered entry with no papers of its own, its first sub-entry straight below it."""
    return item.first_page is None and following is not None and following.number == f"{item.number}.1"


def _page_before(start: int | None, first: int | None) -> int | None:
    """The last page of an item starting on ``first``, the next starting on ``start`` (None if unknown)."""
    if start is None or first is None or start < first:
        return None
    return max(first, start - 1)  # two items starting on one page: the first ends there


def pages_in(text: str) -> tuple[int, int] | None:
    """The first page range printed in ``text`` ("(Pages 19 - 22)", "(Page 5)", "Pages 7 to 20")."""
    found = [m for m in (pattern.search(text) for _, pattern in PAGE_RULES) if m]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    first = int(match["first"])
    last = int(match["last"]) if match["last"] else first
    return (first, last) if last >= first else (first, first)


@dataclass
class ItemList:
    """Items read so far, the part heading they sit under, and the open item's block."""

    items: list[AgendaItem] = field(default_factory=list)
    part: str | None = None
    exempt: bool = False
    block: list[str] = field(default_factory=list)
    title_open: bool = False  # the title may still wrap onto the next line
    capitals: bool = True  # every title so far is in capitals
    last_line: int = 0
    table: ItemTable | None = None  # the columns of the item table, where its heading row names them
    flat: bool = False  # the open item's row lost its cells (PDF text): read them off its end
    title_at: int = -1  # where the open item's title starts on its raw line
    title_width: int = 0  # how far the open item's raw title line reaches: a wrap is no longer than that
    start_time: str | None = None  # the first item's time, where the item table has a time column
    column_pages: dict[int, bool] = field(
        default_factory=dict
    )  # item index -> its page column printed a range

    def start_part(self, heading: str) -> None:
        self._close()
        self.part = heading.strip()
        self.exempt = bool(EXEMPT_PART.search(heading))

    def exclude_public(self) -> None:
        self._close()
        self.exempt = True

    def _accepts(self, number: str, title: str) -> bool:
        if title[:1].islower() or len(_untailed(title).split()) > 40:
            return False
        if not self.items:
            return True
        key, last = _key(number), _key(self.items[-1].number)
        if key <= last or key[0] > last[0] + MAX_GAP:
            return False
        if key[0] == last[0] + 1 and not PROSE_START.match(title):
            return True  # the next number, a heading: whatever its case
        if key[0] == last[0] and key[1] == last[1] + 1 and not PROSE_START.match(title):
            return True  # "4. REPORTS FOR CONSIDERATION" then "4.1 Community Pharmacy": its next sub-item
        if _next_letter(key, last) and not PROSE_START.match(title):
            return True  # "4 QUESTIONS AND PETITIONS" then "4a Members' Questions": its lettered sub-item
        return not self.capitals or _letters_upper(PAGES_TAIL.sub("", title))

    def open_item(self, line: Line, number: str, title: str, rest: str = "", column: str = "") -> bool:
        """Open item ``number``; ``column`` is the raw line, for a page range printed in a column."""
        number = number.strip(".):").replace(" ", "")  # "4 .1" as a PDF spaces it
        cells = self.table.cells(column) if self.table is not None else {}
        timed = TIME_COLUMN.search(column) if not cells else None
        tabbed = tabbed_title(column) if self.table is None else None
        if tabbed:
            title, rest = tabbed[0], rest or tabbed[1]
        if timed:
            column, title = column[: timed.start()], TIME_TAIL.sub("", title)
        in_column = RANGE_CELL.fullmatch(cells.get("pages", "")) or PAGE_COLUMN.search(column)
        title = cells.get("title") or (COLUMN_TAIL.sub("", title) if in_column and not tabbed else title)
        if not self._accepts(number, title):
            return False
        self._timed(cells.get("time"))
        self._close()
        self.flat = self.table is not None and flattened(Line(line.number, title, column))
        item = AgendaItem(number=number, title=title, part=self.part, line=line.number, page=line.page)
        item.exempt = self.exempt or bool(EXEMPT_ITEM.search(title))
        if in_column:
            item.first_page, item.last_page = int(in_column[1]), int(in_column[2] or in_column[1])
            self.column_pages[len(self.items)] = in_column[2] is not None
        self.title_at = column.find(title.split()[0]) if column and title.split() else -1
        self.title_width = len(column.rstrip())
        self._opened(item, line, rest)
        return True

    def _opened(self, item: AgendaItem, line: Line, rest: str) -> None:
        self.items.append(item)
        self.capitals = self.capitals and _letters_upper(PAGES_TAIL.sub("", item.title))
        self.block = [item.title, rest] if rest else [item.title]
        self.title_open = not pages_in(item.title)
        self.last_line = line.number
        self.exempt = self.exempt or bool(EXCLUSION_ITEM.search(item.title))

    def open_table_item(self, line: Line) -> bool:
        """An item printed as a table row: "| 8. TITLE <p>description</p> | (Pages 63 - 124) |"."""
        row = self._untimed(row_cells(line.raw))
        texts = [p for cell in row for p in paragraphs(bold_title_first(cell))]
        if not texts:
            return False
        head = " ".join(texts[:2]) if re.fullmatch(r"\d{1,3}[a-z]?\.?", texts[0]) else texts[0]
        match = ITEM.match(head)
        if not match:
            return False
        others = texts[2:] if head != texts[0] else texts[1:]
        if not self.open_item(line, match["number"], match["title"], "\n".join(others)):
            return False
        cell = next((PAGE_CELL.fullmatch(t) for t in others if PAGE_CELL.fullmatch(t)), None)
        if cell:
            self.items[-1].first_page, self.items[-1].last_page = int(cell[1]), int(cell[2] or cell[1])
            self.column_pages[len(self.items) - 1] = cell[2] is not None
        self.title_open = False
        return True

    def _untimed(self, row: list[str]) -> list[str]:
        """ "| 1 | 10.30 | Apologies |" under "| Item | Time | Title |": the row without its time cell."""
        table = self.table
        if table is None or "time" not in table.columns or len(row) != len(table.columns):
            return row
        at = table.columns.index("time")
        if not self.items:
            self._timed(row[at])
        return row[:at] + row[at + 1 :]

    def _timed(self, cell: str | None) -> None:
        if not self.items and self.start_time is None:
            self.start_time = find_time(cell)

    def add_line(self, line: Line) -> None:
        """A line under the open item: a wrapped title, a description or the page range."""
        if not self.items:
            return
        item = self.items[-1]
        text = self.table.cells(line.raw).get("title", "") if self.table and self.table.starts else line.text
        if "</p>" in line.raw or "<br" in line.raw:
            text = paragraphs(line.raw)[
                0
            ]  # "TWO (Pages 8 - 11)</p><p>This paper …": the title's own paragraph
        if (
            self.title_open
            and line.number == self.last_line + 1
            and text
            and self._goes_on(item.title, line, text)
        ):
            item.title = f"{item.title} {text}"
            self.title_open = not pages_in(text)
        else:
            self.title_open = False
        self.block.append(line.text)
        self.last_line = line.number

    def _goes_on(self, title: str, line: Line, text: str) -> bool:
        """The title goes on: its own words wrapped, or the rest of its table row.

        A flattened row's last cells ("2024 Chair 3 – 6"); the title cell of a space-aligned row below
        ("Precept 2024/25", "(Key Decision)"); a line indented to where the title starts.
        """
        if _note_below(text) or PRESENTER_LINE.match(text):
            return False
        if self.flat and PAGES_CELL.search(f" {text}"):
            return True
        if self.table is not None and self.table.starts:
            return True
        indent = len(line.raw) - len(line.raw.lstrip(" "))
        if 0 < self.title_at == indent and not text.startswith("(") and not TERMINAL.search(title):
            return _first_run_end(line.raw) <= self.title_width + 2  # a wider line is a description below
        return self._continues(title, text)

    @staticmethod
    def _continues(title: str, text: str) -> bool:
        if text.startswith("(") or _note_below(text):
            return False
        if pages_in(text):
            return True  # "Yard  (Pages 41 -": the title's last words, then its pages
        if _letters_upper(title):
            return _letters_upper(PAGES_TAIL.sub("", text))
        return text[:1].islower() or bool(re.search(r"(?:\b(?:and|of|the|to|for|on|in)|[&,:-])$", title))

    def _close(self) -> None:
        if not self.items or not self.block:
            self.block = []
            return
        item = self.items[-1]
        item.exempt = item.exempt or bool(EXEMPT_ITEM.search(item.title))
        if self.flat and self.table is not None:
            item.title, cell = row_tail(item.title, self.table)
            if cell and item.first_page is None:
                item.first_page, item.last_page = cell
        found = pages_in("\n".join(self.block))
        if found and item.first_page is None:
            item.first_page, item.last_page = found
        item.title = PAGES_TAIL.sub("", PAGES_THEN_MORE.sub("", item.title))
        for _name, tail in TITLE_TAILS:
            item.title = tail.sub("", item.title)
        item.title = PAGES_TAIL.sub("", item.title).strip(" .-–")
        self.block = []
        self.title_open = False

    def finish(self) -> list[AgendaItem]:
        self._close()
        self._start_pages_only()
        self._numbered_sections()
        return self.items

    def _numbered_sections(self) -> None:
        """ "1. Order of Business" / "1.1 Including any notices …", "2. Declaration of Interests" / "2.1 …": where
        every whole number heads its own ".1", ".2" entries, the whole numbers are headings, the entries the items.
        """
        sections = [i for i in self.items if i.number.isdigit()]
        following = dict(zip((id(i) for i in self.items), self.items[1:], strict=False))
        if len(sections) < MIN_SECTIONS or not all(_heads_section(i, following.get(id(i))) for i in sections):
            return
        heading = {s.number: f"{s.number}. {s.title}" for s in sections}
        self.items = [i for i in self.items if not i.number.isdigit()]
        for item in self.items:
            item.part = heading.get(str(_key(item.number)[0]), item.part)

    def _start_pages_only(self) -> None:
        """A page column printing only where each item starts ("Minutes …   1"): it ends where the next begins.

        An item's last page is the page before the next item's first, when the next item prints one; else unknown.
        """
        if len(self.column_pages) < 2 or any(self.column_pages.values()):
            return
        for at in self.column_pages:
            after = self.items[at + 1].first_page if at + 1 < len(self.items) else None
            self.items[at].last_page = _page_before(after, self.items[at].first_page)
