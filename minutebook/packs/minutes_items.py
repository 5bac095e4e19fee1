"""Minute item headings: "1. WELCOME TO THE MEETING", "63 MINUTES", "12/21 Declarations of Interest",
"Minute 73 – Minutes", "CAB 40 Declarations of Interest" (a committee's prefix), "IV<TAB>BUDGET" (Roman).

A numbered line is an item heading, not a numbered paragraph or a list entry,
when its title reads like a heading (short, no closing full stop, starting
with a capital) and its number follows on: a heading in capitals or set as a
heading (Markdown ``#``, bold, a table's first cell) may skip numbers; any
other must be the next number.  A prefixed number ("CAB 41") follows one
with the same prefix; a Roman numeral is set apart from its title (a tab, a
full stop, a bracket, a dash or a wide gap) and counts on from "I".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from minutebook.packs.lines import Line
from minutebook.packs.minutes_labels import DECISION_LABEL
from minutebook.packs.minutes_people import word_set
from minutebook.packs.record import AgendaItem
from minutebook.packs.text import cells

# An item number: "63", "34a", "12/21", "A1", "CAB 40" (a committee's prefix), "IV" (Roman).
# A minute reference: "EN 24/010", "C/2024/040", "JC/24/33", "PC/52" (letters, then year and number).
_NUMBER = (
    r"\d{1,3}[a-z]?(?:/\d{2,4})?|[A-Z]\d{1,2}|(?-i:[A-Z]{2,5})\s?\d{1,3}[a-z]?(?:/\d{2,4})?"
    r"|(?-i:[A-Z]{1,5})/(?:\d{2,4}/)?\d{1,4}"
    r"|(?-i:[IVXL]{1,7})(?=[.)\t]|\s+[–—-]|\s*$)"
)
_ROMAN = re.compile(r"(?-i:[IVXL]{1,7})")
HEADING = re.compile(
    rf"^(?:(?:item|minute)\s+(?:no\.?\s*)?)?(?P<num>{_NUMBER})(?:\.|\)|:)?(?:\s+[–—-])?\s+(?P<title>\S.{{0,400}})$",
    re.I,
)
HEADING_START = re.compile(r"^(?:(?:item|minute)\s+(?:no\.?\s*)?)?(?:[A-Z]{0,5}[\s/]?\d|(?-i:[IVXL]))", re.I)
# Prefixes that are not a committee's: "PART 1", "ROOM 3", "PAGE 5".
_NOT_PREFIX = word_set(
    "PART PAGE PAGES ROOM ITEM NOTE STEP AREA ZONE WARD TIER PHASE LEVEL STAGE ANNEX TABLE NO NOS PP"
)
_CONTENT_START = re.compile(
    r"(?<=\S)\s+(?=RESOLVED\b|Resolved\b|There\s+(?:were|was)\b|It\s+was\b|The\s+\w+\s+(?:noted|received|considered|agreed)\b"
    r"|Apologies\s+(?:for\s+absence\s+)?(?:were|was|had)\b|(?:Councillor|Cllr)\s+\S+(?:\s+\S+)?\s+(?:declared|asked|said)\b"
    r"|Members\s|A\s+Member\s|No\s+declarations|None\b|Minutes?:|Decision:)"
)
_DATE_TITLE = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s+\d{2,4}\b|^(?:st|nd|rd|th)\b",
    re.I,
)
HEADING_MARKUP = re.compile(r"^\s{0,3}#{1,6}\s|^\s*\*\*[^*]{3,200}\*\*\s*$")
NUMBER_ONLY = re.compile(r"^(?:item\s+)?(?P<num>\d{1,3}(?:/\d{2,4})?)\.?$", re.I)
# A table cell holding only an item's number (the title in the next cell).
NUMBER_CELL = re.compile(rf"^(?:(?:item|minute)\s+)?(?:{_NUMBER})[.):]?$", re.I)
_PAGES = re.compile(r"\s*[(\[]?\s*(?:pages?|pp\.?)\s+\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*[)\]]?\s*$", re.I)
_DOCUMENT_LINK = re.compile(
    r"\s*(?:\(\s*(?:pdf|docx?|html?)\s+\d{1,5}(?:\.\d{1,2})?\s*[kmg]b\s*\)|\b(?-i:PDF|DOCX?|HTML?)\s+\d{1,5}(?:\.\d{1,2})?\s*(?-i:[KMG]B))\s*$",
    re.I,
)
_ROMAN_GAP = re.compile(r"^\s{0,8}(?P<num>[IVXL]{1,7})\.?\s{3,}(?=\S)")
_MARKED_RAW = re.compile(r"^\s{0,3}(?:#{1,6}\s|\*\*|<(?:p|h\d|strong|b)\b|\|)", re.I)
_SENTENCE_START = re.compile(r"^(?:that|the\s+\w+\s+(?:noted|agreed|received|considered)|it\s+was)\b", re.I)


def split_row(line: Line) -> tuple[str, str]:
    """(heading text, the rest) of a line: a table row's first cell (or number and title cells).

    A title cell that also holds the item's minutes ("Minutes RESOLVED: That ...")
    is cut where the minutes begin.
    """
    if "\t" not in line.raw and not line.raw.lstrip().startswith("|"):
        gap = _ROMAN_GAP.match(line.raw)
        if gap and line.text.startswith(gap["num"]):  # "IV      BUDGET" (a PDF's wide gap)
            return f"{gap['num']}\t{line.text[len(gap['num']) :].strip()}", ""
        return line.text, ""
    row = [c for c in cells(line.raw) if c]
    if not row:
        return "", ""
    if NUMBER_CELL.match(row[0]) and len(row) > 1:
        title, content = _title_and_content(row[1])
        return f"{row[0]}\t{title}", " ".join([content, *row[2:]]).strip()
    return row[0], " ".join(row[1:])


def _title_and_content(cell: str) -> tuple[str, str]:
    start = _CONTENT_START.search(cell)
    if start is None or start.start() == 0:
        return cell, ""
    return cell[: start.start()].strip(), cell[start.start() :].strip()


def first_cell(line: Line) -> str:
    """The heading text of a line (see ``split_row``)."""
    return split_row(line)[0]


def leading_number(number: str) -> int:
    match = re.match(r"\D?(\d+)", number)
    return int(match.group(1)) if match else 0


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(text: str) -> int:
    """ "IV" -> 4; 0 unless ``text`` is a Roman numeral written the usual way."""
    if not _ROMAN.fullmatch(text):
        return 0
    total = 0
    for ch, after in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN_VALUES[ch]
        total += -value if after and _ROMAN_VALUES[after] > value else value
    return total if 0 < total < 90 and to_roman(total) == text else 0


def to_roman(value: int) -> str:
    out = ""
    for size, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, value = divmod(value, size)
        out += letters * count
    return out


def prefix_of(number: str) -> str:
    """The letters before an item's digits: "CAB" of "CAB 40"; "" of "63" and of a Roman numeral."""
    match = re.match(r"([A-Za-z]{2,5})\s?/?\d|([A-Za-z])/\d", number)
    return (match.group(1) or match.group(2)).upper() if match else ""


def number_value(number: str) -> int:
    """The count of an item number: 63 of "63." and of "CAB 63"; 4 of "IV"; 12 of "12/21" (number/year);
    10 of "EN 24/010", 2 of "24/002", 40 of "C/2024/040", 33 of "JC/24/33" (year/number)."""
    roman = roman_value(number)
    if roman:
        return roman
    groups = [g for g in re.findall(r"\d+", number) if len(g) != 4] or ["0"]  # a year "2024" is no count
    if (len(groups) >= 2 and len(groups[-1]) >= 3) or ("/" in number and prefix_of(number)):
        return int(groups[-1])  # "24/002", "EN 24/010", "JC/24/33": year, then the count
    return int(groups[0])


def is_caps(text: str) -> bool:
    """At least three letters, 85% of them capitals (counted by str methods mapped in C: a hot path)."""
    letters = sum(map(str.isalpha, text))
    return letters >= 3 and sum(map(str.isupper, text)) >= 0.85 * letters


def is_title_case(text: str) -> bool:
    """Most words of four letters or more start with a capital ("Apologies for Absence")."""
    long_words = [w for w in text.split() if len(w) >= 4 and w[0].isalpha()]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def title_like(title: str) -> bool:
    """Short, capitalised, not a finished sentence."""
    words = title.split()
    if not words or len(words) > 30 or not (title[0].isupper() or title[0].isdigit()):
        return False
    if title.rstrip().endswith((".", ";", ",")) and not is_caps(title):
        return False
    return not _SENTENCE_START.match(title)


def _stopped_title(title: str) -> bool:
    """A heading in title case closed by a full stop ("Scrutiny Letters."), not a sentence."""
    if not title.endswith(".") or title.endswith("..") or ". " in title or len(title.split()) > 15:
        return False
    return is_title_case(title) and title_like(title[:-1])


def clean_title(title: str) -> str:
    """A title without its page range or the size of its linked document ("(PDF 214 KB)")."""
    return _PAGES.sub("", _DOCUMENT_LINK.sub("", title)).strip(" :")


def heading(line: Line, last: str | None, confirmed: bool = False) -> AgendaItem | None:
    """The item heading printed on ``line``, if it is one (see the module docstring).

    ``confirmed``: the next number is printed as a heading further on, so a first
    heading in sentence case ("45. Apologies for absence") is one.
    """
    text = first_cell(line)
    match = HEADING.match(text)
    if not match or prefix_of(match["num"]) in _NOT_PREFIX:
        return None
    title = clean_title(match["title"])
    marked = "\t" in line.raw or bool(_MARKED_RAW.match(line.raw))
    if _stopped_title(title) and (marked or confirmed or _next_after(match["num"], last)):
        title = title[:-1]  # "41<TAB>Disclosures of Personal Interests." (Word minutes)
    if not title_like(title.rstrip(",")) or _DATE_TITLE.match(title):
        return None
    if not follows(
        match["num"], last, strong=is_caps(title) or marked, first=confirmed or is_title_case(title)
    ):
        return None
    if not in_series(match["num"], last, confirmed):
        return None
    return AgendaItem(number=match["num"], title=title, line=line.number, page=line.page)


def _next_after(number: str, last: str | None) -> bool:
    return last is not None and number_value(number) == number_value(last) + 1


def _series(number: str) -> str:
    """The kind of numbering: "roman", a prefix ("CAB"), or "" for plain numbers."""
    return "roman" if roman_value(number) else prefix_of(number)


def in_series(number: str, last: str | None, confirmed: bool) -> bool:
    """A prefixed or Roman number continues its own series; the first one starts at I or is confirmed."""
    series = _series(number)
    if last is not None:
        return series == _series(last)
    if series == "roman":
        return number_value(number) <= 2 or confirmed
    return not series or confirmed


def follows(number: str, last: str | None, strong: bool, first: bool = False) -> bool:
    """Does ``number`` come after ``last``? Strong headings may skip numbers; ``first`` may start anywhere."""
    value = number_value(number)
    if last is None:
        return strong or value <= 2 or "/" in number or first
    before = number_value(last)
    if value == before and number[-1:].isalpha() and number != last:  # "34a" after "34"
        return True
    if value == before and number != last and prefix_of(number):  # "PC 02/25" after "PC 01/25"
        value, before = _first_count(number), _first_count(last)
    return value == before + 1 or (strong and value > before)


def _first_count(number: str) -> int:
    digits = re.search(r"\d+", number)
    return int(digits.group(0)) if digits else 0


_UNFINISHED = re.compile(r"(?:[,–—-]|\b(?:and|of|for|at|to|the|in|on|from))$", re.I)


def continues_title(item: AgendaItem, line: Line) -> bool:
    """Is ``line`` the wrapped rest of a heading in capitals, or of one left unfinished ("… 4 Low Road,")?"""
    if _UNFINISHED.search(item.title) and len(line.text) < 80 and not line.text.rstrip().endswith("."):
        return not _SENTENCE_START.match(line.text)
    return (
        is_caps(item.title) and is_caps(line.text) and not item.title.endswith(".") and len(line.text) < 120
    )


def _title_below(lines: list[Line], index: int) -> int | None:
    """Index of the title printed under a number standing alone on ``lines[index]``."""
    for j in range(index + 1, min(index + 4, len(lines))):
        if lines[j].text:
            ok = title_like(lines[j].text) and not NUMBER_ONLY.match(lines[j].text)
            return j if ok and len(lines[j].text.split()) <= 15 else None
    return None


def _candidates(lines: list[Line]) -> list[tuple[int, int]]:
    """(index, number) of every line that could be an item heading."""
    out: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        text = first_cell(line)
        match = HEADING.match(text)
        title = clean_title(match["title"]) if match else ""
        if match and (title_like(title) or _stopped_title(title)):
            out.append((index, match["num"]))
        elif NUMBER_ONLY.match(text) and _title_below(lines, index) is not None:
            out.append((index, str(leading_number(text))))
    values = [number_value(number) for _, number in out]
    repeated = {v for v in values if values.count(v) > 2} if len(values) < 400 else set()
    # "PC 01/25", "PC 02/25", "PC 03/25": the year repeats, the count is the first number
    return [
        (index, _first_count(number) if value in repeated and prefix_of(number) else value)
        for (index, number), value in zip(out, values, strict=True)
    ]


def confirmed_starts(lines: list[Line]) -> set[int]:
    """Line numbers of headings whose next number is printed as a heading further on."""
    candidates = _candidates(lines)
    latest = {value: index for index, value in candidates}
    return {lines[index].number for index, value in candidates if latest.get(value + 1, -1) > index}


# ----------------------------------------------------------- articles --

# The number starting an article's paragraph: "3. The Committee had before it ...", "3.<TAB>The ...";
# or set in the margin, a wide gap before the text ("  468        Councillor A introduced the report").
ARTICLE_NUMBER = re.compile(r"^(?P<num>\d{1,3})\.(?:\s+|$)")
_MARGIN_NUMBER = re.compile(r"^\s{0,8}(?P<num>\d{1,4})(?:\t|\s{3,})(?=\S)")


def article_number(line: Line) -> tuple[str, str] | None:
    """(number, the paragraph's text after it) where ``line`` starts an article's paragraph."""
    match = ARTICLE_NUMBER.match(line.text)
    if match:
        return match["num"], line.text[match.end() :]
    margin = _MARGIN_NUMBER.match(line.raw) if line.raw[:1].isspace() or line.raw[:1].isdigit() else None
    if margin and line.text.startswith(margin["num"]):
        return margin["num"], line.text[len(margin["num"]) :].strip()
    return None


class Article(NamedTuple):
    """A Scottish minute's article: a heading in capitals with no number, the number starting the
    paragraph below it ("COMMITTEE BUSINESS PLANNER" / "4. The Committee had before it ...")."""

    heading: int  # line number of the heading
    title: str
    title_lines: tuple[int, ...]  # the heading's wrapped lines after the first
    number: str
    numbered: int  # line number of the paragraph that carries the number


def _article_heading(text: str) -> bool:
    return (
        is_caps(text)
        and title_like(text.rstrip(" -–—"))
        and not text[:1].isdigit()
        and len(text.split()) <= 20
        and not ARTICLE_NUMBER.match(text)
        and not DECISION_LABEL.match(text)
    )


def _article_at(lines: list[Line], index: int) -> Article | None:
    """The article whose heading starts at ``lines[index]`` (blank lines skipped), if there is one."""
    title, extra = lines[index].text, list[int]()
    j = index + 1
    while j < len(lines) and len(extra) < 2 and not article_number(lines[j]):
        if not continues_title(AgendaItem("", title), lines[j]):
            break  # "... - " / "HC/24/009": the heading wrapped
        title, extra, j = f"{title} {lines[j].text}", [*extra, lines[j].number], j + 1
    for k in range(j, min(j + _ARTICLE_REACH, len(lines))):
        text = lines[k].text
        if _article_heading(text):
            return None
        number = article_number(lines[k])
        if number:
            num, rest = number
            dotted = ARTICLE_NUMBER.match(text) is not None  # a number set in the margin starts an article
            if dotted and _titled(rest) and len(rest.split()) <= 15 and not DECISION_LABEL.match(rest):
                return None  # "1. WELCOME" below "MINUTES": a numbered heading, not an article
            return Article(lines[index].number, clean_title(title), tuple(extra), num, lines[k].number)
    return None


def _titled(text: str) -> bool:
    """A title ("WELCOME", "Welcome and Introductions"), not a sentence ("The Chair advised, and ...")."""
    long_words = [w for w in text.split() if len(w) > 3]
    capitals = sum(1 for w in long_words if w[:1].isupper())
    return title_like(text) and capitals >= 0.6 * len(long_words)


# How many printed lines below its heading an article's number may come: "The following report ... was
# submitted:-", "(See document No. 1)" and a page's running lines may come first.
_ARTICLE_REACH = 8


def articles(lines: list[Line]) -> dict[int, Article]:
    """The articles of minutes numbered that way, by heading line: at least two counting on from 1 or 2,
    or three counting on from a minute number carried over from earlier meetings ("463", "464" ...)."""
    printed = [line for line in lines if line.text]
    found: list[Article] = []
    for index, line in enumerate(printed):
        if _article_heading(line.text) and not (found and line.number in found[-1].title_lines):
            article = _article_at(printed, index)
            if article is None:
                continue
            if found and int(article.number) == int(found[-1].number) + 1:
                found.append(article)
            elif not found or (
                int(found[0].number) > 2 and len(found) < 3
            ):  # a run not yet sure: start again
                found = [article]
    if len(found) >= 3 or (len(found) == 2 and int(found[0].number) <= 2):
        return {a.heading: a for a in found}
    return {}
