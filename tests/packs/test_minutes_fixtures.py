"""The minutes reader on small minutes in other councils' styles (fixtures/minutes/NAME.txt|.html + NAME.json).

Each expected file lists, per meeting: the meeting fields; attendance as
[status, name, deputy_for, role]; declarations as [name, text]; items as
[number, title]; resolutions as [item, paragraph, text].
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF

from minutebook.packs import minutes
from minutebook.packs.record import Meeting
from minutebook.packs.sources import read_bytes, read_pack

FIXTURES = Path(__file__).parent / "fixtures" / "minutes"
SOURCES = {p.stem: p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".html")}
NAMES = sorted(SOURCES)
FIELDS = ("kind", "body", "date", "time", "venue", "ended", "line")


def _read(name: str) -> tuple[list[Meeting], dict[str, Any]]:
    expected = json.loads((FIXTURES / f"{name}.json").read_text())
    meetings = minutes.read(read_pack(SOURCES[name]), notes=expected.get("notes", False))
    return meetings, expected


def test_there_are_fixtures() -> None:
    assert len(NAMES) >= 5


@pytest.mark.parametrize("name", NAMES)
def test_meeting_fields(name: str) -> None:
    meetings, expected = _read(name)
    assert [{f: getattr(m, f) for f in FIELDS} for m in meetings] == [
        {f: e[f] for f in FIELDS} for e in expected["meetings"]
    ]


@pytest.mark.parametrize("name", NAMES)
def test_attendance(name: str) -> None:
    meetings, expected = _read(name)
    for meeting, wanted in zip(meetings, expected["meetings"], strict=True):
        got = sorted([a.status, a.name, a.deputy_for, a.role] for a in meeting.attendance)
        assert got == sorted(wanted["attendance"])


@pytest.mark.parametrize("name", NAMES)
def test_declarations(name: str) -> None:
    meetings, expected = _read(name)
    for meeting, wanted in zip(meetings, expected["meetings"], strict=True):
        assert [[d.name, d.text] for d in meeting.declarations] == wanted["declarations"]


@pytest.mark.parametrize("name", NAMES)
def test_items(name: str) -> None:
    meetings, expected = _read(name)
    for meeting, wanted in zip(meetings, expected["meetings"], strict=True):
        assert [[i.number, i.title] for i in meeting.items] == wanted["items"]


@pytest.mark.parametrize("name", NAMES)
def test_resolutions(name: str) -> None:
    meetings, expected = _read(name)
    for meeting, wanted in zip(meetings, expected["meetings"], strict=True):
        assert [[r.item, r.paragraph, r.text] for r in meeting.resolutions] == wanted["resolutions"]


PDF_NAMES = [
    "planning_pdf",
    "licensing_lists",
    "audit_paragraphs",
    "scrutiny_fields",
    "scrutiny_columns",
    "cabinet_pdf",
    "parish_agreed",
]


@pytest.mark.parametrize("name", PDF_NAMES)
def test_the_same_minutes_printed_as_a_pdf(name: str, make_pdf: Callable[..., bytes]) -> None:
    """Rendered to a real two-page PDF with "Page N" footers, the minutes read the same (lines aside)."""
    expected = json.loads((FIXTURES / f"{name}.json").read_text())
    text = [line for line in SOURCES[name].read_text().splitlines() if line.strip()]
    half = len(text) // 2
    lines = read_bytes(make_pdf([text[:half], text[half:]]), f"{name}.pdf")
    (meeting,) = minutes.read(lines)
    (wanted,) = expected["meetings"]
    assert {f: getattr(meeting, f) for f in FIELDS if f != "line"} == {
        f: wanted[f] for f in FIELDS if f != "line"
    }
    assert sorted([a.status, a.name, a.deputy_for, a.role] for a in meeting.attendance) == sorted(
        wanted["attendance"]
    )
    assert [[i.number, i.title] for i in meeting.items] == wanted["items"]
    assert [[r.item, r.paragraph, r.text] for r in meeting.resolutions] == wanted["resolutions"]
    assert [[d.name, d.text] for d in meeting.declarations] == wanted["declarations"]


def _narrow_pdf(lines: list[str]) -> bytes:
    """A PDF whose column is narrow, so that most lines wrap mid-sentence and names split."""
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in lines:
        pdf.multi_cell(
            105, 5, line.encode("cp1252", "replace").decode("cp1252"), new_x="LMARGIN", new_y="NEXT"
        )
    return bytes(pdf.output())


@pytest.mark.parametrize("name", PDF_NAMES)
def test_the_same_minutes_wrapped_in_a_narrow_pdf_column(name: str) -> None:
    expected = json.loads((FIXTURES / f"{name}.json").read_text())
    text = [line for line in SOURCES[name].read_text().splitlines() if line.strip()]
    (meeting,) = minutes.read(read_bytes(_narrow_pdf(text), f"{name}.pdf"))
    (wanted,) = expected["meetings"]
    assert sorted([a.status, a.name, a.deputy_for] for a in meeting.attendance) == sorted(
        a[:3] for a in wanted["attendance"]
    )
    assert [[i.number, i.title] for i in meeting.items] == wanted["items"]
    assert [[r.item, r.paragraph, r.text] for r in meeting.resolutions] == wanted["resolutions"]
    assert [d.name for d in meeting.declarations] == [d[0] for d in wanted["declarations"]]
    assert (meeting.date, meeting.time, meeting.ended) == (wanted["date"], wanted["time"], wanted["ended"])
