"""What a meeting decided and declared: formal resolutions and declarations of interest.

Resolutions come in several prints, all handled by ``Resolver``:

* a label alone ("RESOLVED:") and the decision in the next paragraph, which
  may carry its own number ("4.1 The minutes ... be agreed");
* a numbered label ("3.1 RESOLVED:") and the decision below it;
* a label and the decision inline ("RESOLVED – That the report be noted.",
  "RESOLVED that ...", "Resolved (unanimously): ...");
* sub-paragraphs, inline ("RESOLVED: (1) That ...; (2) That ...") or below
  the label ("(1) ...", "(a) ...", "1. ...", bullets): one resolution each,
  numbered "3.1(1)".

Declarations are sentences "X declared (that he/she) ..." and "No
declarations" gives none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutebook.packs.lines import Line
from minutebook.packs.minutes_paragraphs import HEADING_RAW, RESOLVED_LABEL, Para, sentences
from minutebook.packs.minutes_people import has_honorific, is_person, named, people_in
from minutebook.packs.record import Declaration, Resolution
from minutebook.packs.text import cells, fold, strip_markup

LABEL = RESOLVED_LABEL
# A lead-in to what follows: "", "That:", "as follows:", "That Cabinet:", "That the Board", "the Partnership",
# "The Board:-"
# (then (i), (ii) ...).
_CONNECTOR = re.compile(
    r"^(?:that|to|as\s+follows)?:?$|^(?:\S+\s+){0,8}\S*:$"
    r"|^(?:that\s+)?(?:the\s+)?(?:\S+\s+){0,4}(?:board|committee|cabinet|council|panel|forum|executive|authority"
    r"|partnership|group|trust|commission|assembly|members)\s*(?::-|[:,–—-])?$",
    re.I,
)
# A lead-in that is the subject of each entry below it: "the Partnership" + "(a) notes the report".
_COLUMN_HEAD = re.compile(r"^(?:resolved|resolutions?|decisions?(?:\s+made)?)\s*:?$", re.I)
_REASON_HEAD = re.compile(r"^reasons?\s+for\s+(?:the\s+)?(?:decisions?|resolutions?)\s*:?$", re.I)
# "The Committee AGREED to ask ...", "The Board AGREED that ...": a sentence of the discussion (not a label).
_AGREED_SENTENCE = re.compile(r"^the\s+(?:[\w-]+\s+){1,3}(?-i:AGREED)\b(?!\s*[:(–—-])", re.I)
_REASON = re.compile(r"^reasons?(?:\s+for\s+(?:the\s+)?decisions?)?\s*[:–—-]", re.I)
_YEAR_COUNT = re.compile(r"^(\d{4}/\d{1,4})\b\s*[:.–—-]?\s*")
_SUBJECT = re.compile(r"^the\s+(?:\S+\s+){0,4}\S+$", re.I)
_INLINE_SUB = re.compile(r"(?:^|(?<=\s))\((\d{1,2}|[a-z]|[ivx]{1,5})\)\s+")
_SEQUENCES = ("123456789", "abcdefghij", ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"))
_CONTINUING = frozenset({"sub", "num", "bullet"})


def _in_sequence(labels: list[str], first: int = 0) -> bool:
    """Do ``labels`` count on in one numbering, from its ``first`` place ("a", "b" ...; "(b)", "(c)" from 1)?"""
    for sequence in _SEQUENCES:
        expected = list(sequence)[first : first + len(labels)]
        if labels == expected:
            return True
    numbers = [int(x) for x in labels if x.isdigit()]
    return len(numbers) == len(labels) and numbers == list(range(first + 1, first + len(labels) + 1))


def split_following(label: str, text: str) -> list[tuple[str, str]]:
    """ "(b) A; (c) B" wrapped so that "(b)" starts a line: [("b", "A;"), ("c", "B")]; else []."""
    marks = list(_INLINE_SUB.finditer(text))
    labels = [label] + [m.group(1) for m in marks]
    places = {_place(label, seq) for seq in _SEQUENCES} - {-1}
    if not marks or not any(_in_sequence(labels, place) for place in places):
        return []
    out, begin = [], 0
    for sub, mark in zip(labels, marks, strict=False):
        out.append((sub, text[begin : mark.start()].strip()))
        begin = mark.end()
    out.append((labels[-1], text[begin:].strip()))
    return out


def _place(label: str, sequence: str | tuple[str, ...]) -> int:
    return list(sequence).index(label) if label in sequence else (int(label) - 1 if label.isdigit() else -1)


def split_inline(text: str) -> list[tuple[str, str]]:
    """ "(1) That A; and (2) That B" -> [("1", "That A; and"), ("2", "That B")]; else []."""
    marks = list(_INLINE_SUB.finditer(text))
    if len(marks) < 2 or not _in_sequence([m.group(1) for m in marks]):
        return []
    out = []
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        out.append((mark.group(1), text[mark.end() : end].strip()))
    return out


_FIRST_SUB = re.compile(r"^\((1|a|i)\)\s+(?=\S)")


def _first_sub(text: str) -> list[tuple[str, str]]:
    """ "(1) That A." alone (its "(2)" printed as the next paragraph) -> [("1", "That A.")]."""
    mark = _FIRST_SUB.match(text)
    return [(mark.group(1), text[mark.end() :].strip())] if mark else []


_ENTRY_END = re.compile(r"(?:[;.]|;\s+(?:and|or))$", re.I)


def _entry_lines(para: Para) -> list[tuple[str, str]]:
    """The entries of a list printed without markers (a web page's ``<ol>``), one per line, each a
    finished clause ("approves the award;" / "notes the programme."): [("1", ...), ("2", ...)]."""
    texts = [line.text.strip() for line in para.lines]
    if len(texts) < 2 or not all(_ENTRY_END.search(text) for text in texts):
        return []
    return [(str(index), text) for index, text in enumerate(texts, 1)]


def _split_head(para: Para, end: int) -> tuple[str, Para | None]:
    """The label line's lead-in and, where the lines below it are a list's entries, those lines as a paragraph."""
    head = para.parts[0][end:].strip().lstrip(":-–— ")
    if len(para.lines) < 3:
        return head, None
    below = Para(parts=[para.lines[1].text], lines=[para.lines[1]], offsets=[0], size=len(para.lines[1].text))
    for line in para.lines[2:]:
        below.extend(line)
    return (head, below) if _entry_lines(below) else (head, None)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class Resolver:
    """Collects resolutions paragraph by paragraph; remembers an open "RESOLVED:" label."""

    resolutions: list[Resolution] = field(default_factory=list)
    item: str | None = None
    open_number: str | None = None  # the paragraph number of an open label
    open_kind: str | None = None  # marker of the sub-paragraphs being collected
    open_count: int = 0
    is_open: bool = False
    open_line: Line | None = None  # the line of a numbered open label, cited by the text below it
    stem: str = ""  # a lead-in naming who decides ("the Partnership"), joined to each entry below it
    numbered: bool = False  # the item numbers its paragraphs ("6.1"): an unnumbered resolution has no number
    since: int = 0  # how many resolutions there were when the item began
    echo: bool = False  # reading a "Decision:" box that repeats the item's RESOLVED: not recorded again
    columns: bool = False  # under a "Resolved | Reason for decision" table's header: one decision per row
    formal: bool = False  # a "RESOLVED" label seen in these minutes
    agreed: list[Resolution] = field(default_factory=list)  # from "The Board AGREED that/to ..." sentences

    def begin(self, item: str | None) -> None:
        """A new item: resolutions below it belong to ``item``."""
        self.close()
        self.item, self.numbered, self.since = item, False, len(self.resolutions)

    @property
    def base(self) -> str | None:
        """The number of a resolution printed without one: the minute's, where paragraphs are not numbered."""
        return self.open_number or (None if self.numbered else self.item)

    def expects_numbered(self, number: int) -> bool:
        """Is a line numbered ``number`` more likely a sub-paragraph of the open RESOLVED than an item?"""
        if number <= 0:  # "HWB/24/5 Primary Care": no number of a list's entry
            return False
        return self.is_open and (
            (self.open_kind == "num" and self._same_style(str(number)) and self._next_entry(str(number)))
            or number == 1
        )

    def close(self) -> None:
        self.is_open, self.open_kind, self.open_count, self.open_number = False, None, 0, None
        self.open_line, self.stem, self.echo, self.columns = None, "", False, False

    def feed(self, para: Para) -> bool:
        """Read ``para``; True when it was (part of) a resolution."""
        self.numbered = self.numbered or para.marker == "para"
        if self._column_row(para):
            return True
        if self.is_open and self._continue(para):
            return True
        label = LABEL.match(para.text)
        if not label:
            self.close()
            return False
        self.close()
        self.echo = _repeats(label.group(0)) and len(self.resolutions) > self.since
        self.formal = self.formal or "resolved" in label.group(0).lower()
        before = len(self.resolutions)
        read = self._label(para, label)
        if _AGREED_SENTENCE.match(label.group(0)):
            self.agreed.extend(self.resolutions[before:])
        return read

    def informal_dropped(self) -> None:
        """Minutes printing formal "RESOLVED:" decisions: "The Board AGREED that ..." in the discussion is
        not one of them."""
        if self.formal and self.agreed:
            dropped = {id(r) for r in self.agreed}
            self.resolutions[:] = [r for r in self.resolutions if id(r) not in dropped]
        self.agreed = []

    def _label(self, para: Para, label: re.Match[str]) -> bool:
        number = para.number if para.marker == "para" else None
        rest = para.text[label.end() :].strip().lstrip(":-–— ")
        numbered = _YEAR_COUNT.match(rest)
        if numbered:  # "RESOLVED 2023/001": the resolution's own number
            number, rest = numbered[1], rest[numbered.end() :]
        head, below = _split_head(para, label.end())
        if below is not None and _CONNECTOR.match(head):  # "RESOLVED: That the Board" over a list
            self._open(head, number, para)
            return self._continue(below)
        if _CONNECTOR.match(rest):
            self._open(rest, number, para)
            return True
        self._inline(rest, number, para, label.end())
        return True

    def _column_row(self, para: Para) -> bool:
        """A table "Resolved | Reason for decision" (Welsh councils' minutes): the header, then a row per
        decision, the decision in its first cell and the reason (not recorded) in the second (a line run on
        below the last row, the signature, is not read)."""
        if "\t" not in para.first.raw and "|" not in para.first.raw:
            self.columns = False
            return False
        row = [c for c in cells(para.first.raw) if c]
        if len(row) == 2 and _COLUMN_HEAD.match(row[0]) and _REASON_HEAD.match(row[1]):
            self.close()
            self.columns = True
            return True
        if not self.columns or len(row) != 2:
            self.columns = False
            return False
        self._add(self.base, row[0], para, 0)
        return True

    def _open(self, lead_in: str, number: str | None, para: Para) -> None:
        self.is_open, self.open_number = True, number
        self.open_line = para.first if number else None
        self.stem = lead_in if _SUBJECT.match(lead_in) else ""

    def _inline(self, rest: str, number: str | None, para: Para, offset: int) -> None:
        parts = split_inline(rest) or _first_sub(rest)
        self.open_number = number
        if parts:  # "(1) That A; (2) That B", perhaps "(3) ..." in the next paragraph
            for sub, text in parts:
                self._add(f"{self.base or ''}({sub})", text, para, offset + rest.find(text))
            self.is_open, self.open_kind, self.open_count = True, "sub", len(parts)
            return
        self._add(number or self.base, rest, para, offset)
        self.open_number = None
        if rest.endswith(":"):
            self.is_open, self.open_number, self.open_count = True, number, 1

    def _continue(self, para: Para) -> bool:
        kind = para.marker
        if self.open_count == 0 and kind is None and _CONNECTOR.match(para.text.strip()):
            return True  # "RESOLVED" / "That Cabinet:" / (a) ... (b) ...
        if self.open_count == 0:
            self.open_kind = kind
            self.open_count = 1
            self._first(para)
            if kind not in _CONTINUING and not para.text.rstrip().endswith(":"):
                self.close()
            return True
        if (
            kind in _CONTINUING
            and (kind == self.open_kind or self.open_kind in (None, "para"))
            and self._same_style(para.number)
            and self._next_entry(para.number)
            and not HEADING_RAW.match(para.first.raw)
        ):
            self.open_kind = kind
            self._sub(para)
            return True
        if self.open_kind == "sub" and _REASON.match(para.text):
            return True  # "(i) That ..." / "Reason: To ..." / "(ii) That ...": each decision's reason, not recorded
        self.close()
        return False

    def _same_style(self, label: str | None) -> bool:
        """A list goes on in its own style: "(b)" after "(a)", "2." after "1.", never "6." after "c."."""
        last = self.resolutions[-1].paragraph if self.resolutions else None
        mark = re.search(r"\((\w+)\)$", last or "")
        if label is None or mark is None:
            return True
        return label.isdigit() == mark.group(1).isdigit()

    def _next_entry(self, label: str | None) -> bool:
        """A numbered list counts on by one: "3." after "2.", not "14. Work Programme" (the next minute)."""
        last = self.resolutions[-1].paragraph if self.resolutions else None
        mark = re.search(r"\((\d+)\)$", last or "")
        if label is None or not label.isdigit() or mark is None:
            return True
        return int(label) == int(mark.group(1)) + 1

    def _first(self, para: Para) -> None:
        if para.marker == "para":
            self._add(para.number, para.text, para, 0)
        elif para.marker in ("sub", "num"):
            self._sub(para)
        else:
            parts = split_inline(para.text) or _entry_lines(para)
            if parts:
                for sub, text in parts:
                    self._add(f"{self.base or ''}({sub})", text, para, para.text.find(text))
            else:
                self._add(self.base, para.text, para, 0, self.open_line)

    def _sub(self, para: Para) -> None:
        number = self.base
        if para.marker in ("sub", "num") and para.number:
            parts = split_following(para.number, para.text) if para.marker == "sub" else []
            for sub, text in parts:
                self._add(f"{number or ''}({sub})", text, para, para.text.find(text))
            if parts:
                return
            number = f"{number or ''}({para.number})"
        self._add(number, para.text, para, 0)

    def _add(self, number: str | None, text: str, para: Para, offset: int, line: Line | None = None) -> None:
        text = _clean(f"{self.stem} {text}" if self.stem and self.open_count else text)
        if len(text) < 3 or self.echo:
            return
        line = line or para.line_at(max(0, offset))
        self.resolutions.append(
            Resolution(item=self.item, paragraph=number, text=text, line=line.number, page=line.page)
        )


def _repeats(label: str) -> bool:
    """Is ``label`` a "Decision:" box's, which a web page prints under the minutes' own RESOLVED (the same
    decision again, in the past tense)?"""
    return label.lstrip("*# ").lower().startswith("decision")


# ---------------------------------------------------------- declarations ----

_DECLARED = re.compile(
    r"\s+(?:each\s+|both\s+|also\s+)?(?:declared|declare[sd]?\s+(?=an?\s|that\s)|disclosed\s+(?=an?\s|that\s)"
    r"|made\s+(?=an?\s+(?:declaration|transparency\s+statement))|made\s+the\s+following\s+declaration:?)\s*",
    re.I,
)
# "Councillor X, having declared an interest, left the meeting": an earlier declaration recalled;
# "... and it was declared carried": a vote's outcome, not an interest.
_RECALLED = re.compile(r"\b(?:having|previously|already|earlier|was|were|is|are|been)\s$", re.I)
_ITEM_LEAD = re.compile(r"^(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?[\w/.]{1,10}\s*[:–—-]\s*", re.I)
_THAT_PRONOUN = re.compile(r"^that\s+(?:(?:he|she|they|him|her|it)\s+)?", re.I)


_LISTED = re.compile(r"^(?P<who>[^–—:()]{3,80}?)\s*(?:[–—:]|\s-)\s*(?P<text>\S.*)$")


_HTML_CELL = re.compile(r"<t[dh]\b[^<>]{0,200}>", re.I)


def _row_cells(raw: str) -> list[str]:
    """The cells of a table row: tab- or pipe-separated, or an HTML ``<tr>`` on one line."""
    if "<t" in raw and _HTML_CELL.search(raw):
        return [fold(strip_markup(cell)) for cell in _HTML_CELL.split(raw)]
    return cells(raw)


def _listed(para: Para) -> Declaration | None:
    """Under a declarations heading: "Councillor X – interest ..." or a row "Councillor X | Item 5 | Personal"."""
    line = para.first
    row = [c for c in _row_cells(line.raw) if c] if len(para.lines) == 1 else []
    if len(row) >= 2 and is_person(row[0]):
        return Declaration(name=named(row[0]).name, text="; ".join(row[1:]), line=line.number, page=line.page)
    match = _LISTED.match(para.text)
    if match and is_person(match["who"]):
        return Declaration(
            name=named(match["who"]).name, text=_clean(match["text"]), line=line.number, page=line.page
        )
    return None


def declares_on_line(text: str) -> bool:
    """ "Councillor B – Item 6 – pecuniary interest" (or "Councillor B: Item 6, ...") under a declarations
    heading: a declaration of its own, not the rest of the line above."""
    match = _LISTED.match(text) if ("–" in text or "—" in text or " - " in text or ":" in text) else None
    return bool(match and has_honorific(match["who"]) and is_person(match["who"]))


def declarations(para: Para, listed: bool = False) -> list[Declaration]:
    """ "Councillor X declared that she works for ..." -> [Declaration("X", "works for ...")].

    ``listed``: the paragraph sits under a "Declarations of interest" heading, where
    "Councillor X – personal interest in item 5 ..." is a declaration too.
    """
    listed_one = _listed(para) if listed else None
    if listed_one is not None:
        return [listed_one]
    out: list[Declaration] = []
    lowered = para.text.lower()
    if "declar" not in lowered and "disclosed" not in lowered and "transparency" not in lowered:
        return out
    for begin, end in sentences(para.text):
        sentence = para.text[begin:end]
        match = _DECLARED.search(sentence)
        if not match or _RECALLED.search(sentence, 0, match.start() + 1):
            continue
        text = _THAT_PRONOUN.sub("", sentence[match.end() :].strip())
        lead = _ITEM_LEAD.match(sentence)  # "Item 4: Councillor A declared ..."
        for person in people_in(sentence[lead.end() if lead else 0 : match.start()]):
            line = para.line_at(begin + person.start)
            out.append(Declaration(name=person.name, text=_clean(text), line=line.number, page=line.page))
    return out
