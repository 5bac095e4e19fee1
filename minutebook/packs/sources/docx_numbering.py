"""List numbers Word draws itself ("1.", "2.1", "(a)", "iv)"): not in a paragraph's text.

Council minutes and agendas number their items with Word's automatic
numbering, so "63. Minutes" is stored as the text "Minutes" plus a reference
to a numbering definition.  ``Numbering`` replays the counters in body order,
as Word does: lists that share an abstract definition continue each other, a
``startOverride`` restarts one, a level's counter restarts when a higher level
moves on.  Bullets give no label (the text cleaner drops bullets anyway).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

_LEVELS = 9
_VAL, _NUM_ID, _ILVL = qn("w:val"), qn("w:numId"), qn("w:ilvl")
_NUM_PR_PATH = f"{qn('w:pPr')}/{qn('w:numPr')}"
_MAX_SPELLED = 3999  # beyond this, letters and roman numerals get absurd (and hostile)
_ROMAN: tuple[tuple[int, str], ...] = (
    *((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l")),
    *((40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")),
)


@dataclass(frozen=True)
class Level:
    """One level of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class Numbering:
    """The numbering definitions of one document and the counters met so far."""

    lists: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId -> ilvl -> Level
    starts: dict[str, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl -> startOverride
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)  # style id -> (numId, ilvl)
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    begun: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, document: Any) -> Numbering:
        """The numbering of a python-docx Document (empty if it has none)."""
        numbering = cls()
        root = _numbering_root(document)
        if root is not None:
            numbering._read_definitions(root)
        numbering._read_styles(document)
        return numbering

    def label(self, p: Any, style_id: str | None) -> str:
        """The number Word draws before paragraph ``p`` ('' for none or a bullet)."""
        reference = _num_pr(p) or self.styles.get(style_id or "")
        if reference is None or reference[0] not in self.lists:
            return ""
        num_id, ilvl = reference
        abstract = self.lists[num_id]
        levels = self.levels.get(abstract, {})
        if levels.get(ilvl, Level()).fmt in ("bullet", "none"):
            return ""
        counters = self._count(num_id, abstract, ilvl)
        return _render(levels, counters, ilvl)

    def _count(self, num_id: str, abstract: str, ilvl: int) -> list[int | None]:
        counters = self.counters.setdefault(abstract, [None] * _LEVELS)
        levels = self.levels.get(abstract, {})
        if num_id not in self.begun:
            self.begun.add(num_id)
            for level, start in self.starts.get(num_id, {}).items():
                counters[level] = start - 1 if 0 <= level < _LEVELS else None
        previous = counters[ilvl]
        counters[ilvl] = levels.get(ilvl, Level()).start if previous is None else previous + 1
        for deeper in range(ilvl + 1, _LEVELS):
            counters[deeper] = None
        return counters

    def _read_definitions(self, root: Any) -> None:
        for abstract in root.iter(qn("w:abstractNum")):
            key = abstract.get(qn("w:abstractNumId"))
            self.levels[key] = {
                _int(lvl.get(qn("w:ilvl"))): _level(lvl) for lvl in abstract.iter(qn("w:lvl"))
            }
        for num in root.iter(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            self.lists[num_id] = _val(num.find(qn("w:abstractNumId"))) or ""
            self.starts[num_id] = {
                _int(override.get(qn("w:ilvl"))): _int(_val(override.find(qn("w:startOverride"))), 1)
                for override in num.iter(qn("w:lvlOverride"))
                if override.find(qn("w:startOverride")) is not None
            }

    def _read_styles(self, document: Any) -> None:
        for style in document.styles.element.iter(qn("w:style")):
            found = _num_pr(style)
            if found is not None:
                self.styles[style.get(qn("w:styleId"))] = found


def _numbering_root(document: Any) -> Any:
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        return document.part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        return None


def _num_pr(element: Any) -> tuple[str, int] | None:
    num_pr = element.find(_NUM_PR_PATH)
    if num_pr is None:
        return None
    num_id = _val(num_pr.find(_NUM_ID))
    if not num_id or num_id == "0":
        return None
    return num_id, min(_int(_val(num_pr.find(_ILVL))), _LEVELS - 1)


def _level(lvl: Any) -> Level:
    return Level(
        start=_int(_val(lvl.find(qn("w:start"))), 1),
        fmt=_val(lvl.find(qn("w:numFmt"))) or "decimal",
        text=_val(lvl.find(qn("w:lvlText"))) or "",
    )


def _render(levels: dict[int, Level], counters: list[int | None], ilvl: int) -> str:
    text = levels.get(ilvl, Level()).text
    for level in range(ilvl, -1, -1):  # %10 cannot occur: levels are %1..%9
        counted = counters[level]
        value = levels.get(level, Level()).start if counted is None else counted
        text = text.replace(f"%{level + 1}", format_number(value, levels.get(level, Level()).fmt))
    return text.strip()


def format_number(value: int, fmt: str) -> str:
    """A counter in one of Word's number formats (unknown formats, and absurd values, as decimal)."""
    if not 0 < value <= _MAX_SPELLED:
        return str(value)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    out = []
    for amount, digits in _ROMAN:
        count, value = divmod(value, amount)
        out.append(digits * count)
    return "".join(out)


def _val(element: Any) -> str | None:
    return None if element is None else element.get(_VAL)


def _int(text: str | None, default: int = 0) -> int:
    try:
        return int(text or default)
    except ValueError:
        return default
