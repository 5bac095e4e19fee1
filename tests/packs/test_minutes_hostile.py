"""The minutes reader on hostile input: huge paragraphs, tables and lines finish (linearly) and stay sane."""

from __future__ import annotations

import pytest

from minutebook.packs import minutes
from minutebook.packs.lines import Line
from minutebook.packs.text import clean_line

pytestmark = pytest.mark.slow

STATEMENT = "Minutes of a meeting of the Board held on 1 May 2020 at 4pm."


def lines_of(texts: list[str]) -> list[Line]:
    return [Line(n, clean_line(raw), raw) for n, raw in enumerate(texts, start=1)]


def test_empty_and_blank_input_give_no_meeting() -> None:
    assert minutes.read([]) == []
    assert minutes.read(lines_of(["", "   ", "\t"])) == []


def test_a_five_thousand_line_paragraph() -> None:
    wrapped = (
        "the matter with Councillor Smith and Dr Jones (Chair) and apologies for absence were received from"
    )
    texts = [STATEMENT, "1. BUSINESS", "1.1 The Board discussed", *[wrapped] * 5000, "Jane Roe."]
    (meeting,) = minutes.read(lines_of(texts))
    assert meeting.date == "2020-05-01"
    assert {a.name for a in meeting.attendance} <= {"Smith", "Jones", "Jane Roe"}


def test_a_ten_thousand_row_attendance_table() -> None:
    surnames = [f"{a}{b}{c}ley" for a in "BCDFGHKLMN" for b in "aeiou" for c in "bdfgklmnprstvwxz"]
    rows = [f"Anna {surnames[i % 800]}{'son' * (i // 800)}\tRole" for i in range(10000)]
    (meeting,) = minutes.read(lines_of([STATEMENT, "Present:", *rows, "1. MINUTES"]))
    assert 2000 < len(meeting.attendance) <= 10000
    assert {a.role for a in meeting.attendance} == {"Role"}


def test_an_unclosed_bracket_does_not_swallow_the_minutes() -> None:
    texts = [
        STATEMENT,
        "Present:",
        *["Councillor A Smith (Chair of the"] * 3000,
        "1. MINUTES",
        "RESOLVED: That it be noted.",
    ]
    (meeting,) = minutes.read(lines_of(texts))
    assert [(r.item, r.text) for r in meeting.resolutions] == [("1", "That it be noted.")]


@pytest.mark.parametrize(
    "line",
    [
        "1.1 " + "." * 200_000 + "x",
        "1.1 Apologies for absence were received from " + "(" * 50_000 + "x" + ")" * 50_000,
        "1.1 " + " ".join(["Councillor A Smith declared an interest."] * 10_000),
        "Minutes of the meeting " * 10_000 + "held on 1 May 2020",
        "Present: " + ", ".join(["Councillor Ann Smith"] * 20_000),
        "1.1 RESOLVED: " + "(1) That a; " * 20_000,
    ],
    ids=["dots", "brackets", "declarations", "statement", "names", "sub-paragraphs"],
)
def test_one_huge_line(line: str) -> None:
    meetings = minutes.read(lines_of(["1. BUSINESS", line]))
    assert len(meetings) <= 2


def test_binary_garbage_gives_no_exception() -> None:
    garbage = bytes(range(256)).decode("latin-1") * 200
    meetings = minutes.read(lines_of([garbage[i : i + 80] for i in range(0, len(garbage), 80)]))
    assert all(m.kind == "minutes" for m in meetings)
