"""The minutes reader on small minutes in other councils' styles (fixtures/minutes/NAME.txt|.html + NAME.json).

Each expected file lists, per meeting: the meeting fields; attendance as
[status, name, deputy_for, role]; declarations as [name, text]; items as
[number, title]; resolutions as [item, paragraph, text].
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minutebook.packs import minutes
from minutebook.packs.record import Meeting
from minutebook.packs.sources import read_pack

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
