"""Paragraphs of minutes: lines joined back into what the clerk wrote, with their markers.

PDF text wraps mid-sentence and even leaves blank lines inside a paragraph;
a paragraph therefore ends only where the next line starts a new one (a
paragraph number "3.1", a sub-paragraph "(1)", a bullet, a heading, a
RESOLVED label) or where a blank line follows a finished sentence.  Each
paragraph keeps where every one of its lines begins, so a name found in it
can cite its own line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from minutebook.packs.dates import find_date
from minutebook.packs.lines import Line
from minutebook.packs.minutes_labels import DECISION_IN_LINE, DECISION_LABEL
from minutebook.packs.minutes_people import word_set
from minutebook.packs.text import is_page_number

BULLET_RAW = re.compile(r"^\s*(?:[-*+•▪●◦❖➢○►]|[\ue000-\uf8ff])(?:\s|$)")
HEADING_RAW = re.compile(r"^\s{0,3}#{1,6}\s")
PARA_NUMBER = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,3}){1,3})\.?(?:\s+|$)")
SUB_MARK = re.compile(r"^\(?(?P<sub>\d{1,2}|[a-z]|[ivx]{1,6})\)\s*")
NUM_MARK = re.compile(r"^(?P<sub>\d{1,2}|[a-z]|(?-i:[ivx]{2,6}))\.\s+")
# "RESOLVED:", "It was RESOLVED that", "The Committee RESOLVED to", "Resolved (unanimously) –"
RESOLVED_LABEL = DECISION_LABEL

# Running headers ("MINUTES"), page numbers, signature lines: not part of the minutes' text.
FURNITURE = re.compile(
    r"^(?:minutes|notes|agenda|draft|confidential|unconfirmed|[_*=~…-]{3,}|_|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?"
    r"|(?:chair(?:man|woman|person)?(?:['’]s\s+signature)?|signed|signature|date)\b[\s:_.…]*"
    r"(?:(?:date|chair(?:man)?|signed)\b[\s:_.…]*)?)$",
    re.I,
)


# The chair's name signed under the minutes: "COUNCILLOR ISLA MUNRO, Convener", "A SMITH, Chair".
SIGNED_NAME = re.compile(
    r"^(?-i:(?:COUNCILLOR\s+|CLLR\s+)?[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}),\s*"
    r"(?:vice[-\s])?(?:convener|chair(?:man|woman|person)?|provost|mayor|leader)\.?$",
    re.I,
)


def is_furniture(text: str) -> bool:
    return bool(FURNITURE.match(text) or SIGNED_NAME.match(text)) or is_page_number(text)


_LIST_MARKERS = frozenset({"bullet", "sub", "num"})
_FINISHED = re.compile(r"[.:;!?)]\s*$")
_ABBREVIATIONS = word_set("dr mr mrs ms cllr st prof rev revd no nos etc cf approx e.g i.e vs")


@dataclass
class Para:
    """A paragraph: its text (without the marker), its marker and number, and its lines."""

    parts: list[str]
    lines: list[Line]
    offsets: list[int]
    marker: str | None = None  # para (3.1) | sub ((1), (a)) | num (1.) | bullet | None
    number: str | None = None
    size: int = 0
    _text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = " ".join(self.parts)
        return self._text

    @property
    def first(self) -> Line:
        return self.lines[0]

    def line_at(self, offset: int) -> Line:
        """The line on which the character at ``offset`` was printed."""
        return self.lines[max(0, bisect_right(self.offsets, offset) - 1)]

    def extend(self, line: Line) -> None:
        self.offsets.append(self.size + 1)
        self.lines.append(line)
        self.parts.append(line.text)
        self.size += 1 + len(line.text)
        self._text = None

    @property
    def finished(self) -> bool:
        return bool(_FINISHED.search(self.parts[-1][-4:]))


def marker_of(text: str, raw: str) -> tuple[str | None, str | None, str]:
    """(marker, number, text without the marker) of a paragraph's first line."""
    for kind, pattern in (("para", PARA_NUMBER), ("sub", SUB_MARK), ("num", NUM_MARK)):
        match = pattern.match(text)
        if match:
            number = match.groupdict().get("num") or match.groupdict().get("sub")
            return kind, number, text[match.end() :]
    if BULLET_RAW.match(raw):
        return "bullet", None, text
    return None, None, text


# "Decision:" before its own words is a decision's label (see minutes_labels); before "RESOLVED" it is dropped.
_LABEL = re.compile(
    r"^(?:minutes|outcome)\s*:\s*(?=\S)|^decision\s*:\s*(?=(?:it\s+was\s+)?(?:resolved|agreed)\b)", re.I
)


def split_at_decision(line: Line) -> list[Line]:
    """ "... for approval. The Committee agreed:- to approve the minute.": the decision on a line of its own."""
    if ":" not in line.text:
        return [line]
    match = DECISION_IN_LINE.search(line.text)
    rest = line.text[match.end() :] if match else ""
    if match is None or not DECISION_LABEL.match(rest):
        return [line]
    head = line.text[: match.start()]
    cut = line.raw.rfind(rest)  # the head keeps its raw marks ("3.<TAB>The Committee had before it ...")
    head_raw = line.raw[:cut].rstrip() if cut > 0 else head
    return [Line(line.number, head, head_raw, line.page), Line(line.number, rest, rest, line.page)]


def start(line: Line) -> Para:
    """A new paragraph beginning at ``line`` (a leading "Minutes:" or "Decision:" label dropped)."""
    marker, number, text = marker_of(line.text, line.raw)
    text = _LABEL.sub("", text)
    return Para(parts=[text], lines=[line], offsets=[0], marker=marker, number=number, size=len(text))


def starts_paragraph(line: Line) -> bool:
    """True when ``line`` can only be the first line of a paragraph."""
    if BULLET_RAW.match(line.raw) or HEADING_RAW.match(line.raw) or "\t" in line.raw:
        return True
    if line.raw.lstrip().startswith(("|", "<p", "<li", "<tr")):
        return True
    text = line.text
    return any(p.match(text) for p in (PARA_NUMBER, SUB_MARK, NUM_MARK, RESOLVED_LABEL))


def continues(para: Para, line: Line, blank_before: bool, width: int = 0) -> bool:
    """Does ``line`` carry on ``para`` (a wrapped line) rather than start a new one?

    A paragraph ends at a finished sentence followed by a blank line, or (PDF
    text without blank lines) on a line clearly shorter than the text ``width``.
    """
    if starts_paragraph(line):
        return False
    if line.text[:1].islower():
        return True
    if blank_before and _heading_alone(para):
        return False
    short = width > 0 and len(para.lines[-1].text) < 0.7 * width
    return not (para.finished and (blank_before or short or para.marker in _LIST_MARKERS))


def _heading_alone(para: Para) -> bool:
    """A short line in title case with no closing mark ("Declaration of Interests"), set apart by a blank line."""
    if len(para.lines) != 1 or para.marker is not None:
        return False
    words = para.text.split()
    if not 1 <= len(words) <= 8 or para.text.rstrip()[-1:] in ".,;:-–—" or not para.text[:1].isupper():
        return False
    long_words = [w for w in words if len(w) >= 4]
    return all(w[:1].isupper() for w in long_words)


def interrupts(para: Para | None, line: Line) -> bool:
    """A running header ("Licensing Sub-Committee – 5 June 2023") at the top of a page, in mid-sentence."""
    if para is None or para.finished or line.page is None or para.lines[-1].page in (None, line.page):
        return False
    return len(line.text) <= 80 and not line.text.endswith(".") and find_date(line.text) is not None


def text_width(lines: list[Line]) -> int:
    """The width of wrapped text: the length many lines reach (0 when the lines are not wrapped)."""
    lengths = sorted(len(line.text) for line in lines if line.text)
    if len(lengths) < 10:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    at_margin = sum(1 for n in lengths if 0.85 * width <= n <= 1.1 * width)
    return width if 40 <= width <= 150 and at_margin >= 0.3 * len(lengths) else 0


def _abbreviation_before(text: str, i: int) -> bool:
    word = re.search(r"([A-Za-z.]{1,6})$", text[max(0, i - 6) : i])
    if not word:
        return False
    token = word.group(1).lower()
    return token in _ABBREVIATIONS or len(token.strip(".")) == 1


_SENTENCE_MARKS = re.compile(r"[().!?]")


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``: a full stop outside brackets before a capital."""
    spans: list[tuple[int, int]] = []
    depth, begin = 0, 0
    for mark in _SENTENCE_MARKS.finditer(text):
        ch, i = mark.group(0), mark.start()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and _ends_sentence(text, i):
            spans.append((begin, i + 1))
            begin = i + 1
    if text[begin:].strip():
        spans.append((begin, len(text)))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in spans]


def _ends_sentence(text: str, i: int) -> bool:
    rest = text[i + 1 : i + 3]
    if not rest:
        return True
    if not rest[0].isspace() or not rest[1:2].strip():
        return False
    return (rest[1].isupper() or rest[1] in "(\"'") and not _abbreviation_before(text, i)


_SENTENCE_VERBS = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:received|submitted|made)\b|\bapologies\s+from\b|\battended\s+as\b"
    r"|\b(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\b"
    r"|\bdeclared\b|\bwelcomed\b|\bresolved\b",
    re.I,
)


def is_prose(text: str) -> bool:
    """A sentence of the minutes, not a line of a list of names."""
    if _SENTENCE_VERBS.search(text):
        return True
    words = text.split()
    if len(words) <= 20:
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals < 0.5 * len(words) and "(" not in text[:40]
