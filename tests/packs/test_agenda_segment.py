"""Where an agenda ends: its item list is not the start of the minutes it lists (segmenter rules it relies on)."""

from __future__ import annotations

from minutebook.packs import agenda
from minutebook.packs.lines import Line
from minutebook.packs.segment import split
from minutebook.packs.text import clean_line


def lines_of(text: str, pages: dict[int, int] | None = None) -> list[Line]:
    pages = pages or {}
    return [
        Line(number=i, text=clean_line(raw), raw=raw, page=pages.get(i))
        for i, raw in enumerate(text.split("\n"), start=1)
    ]


def kinds(lines: list[Line]) -> list[tuple[str, int]]:
    return [(p.document.kind, p.document.first_line) for p in split(lines)]


def test_an_unnumbered_web_agenda_entry_with_pages_is_not_the_minutes() -> None:
    text = (
        "Audit Committee – 3 April 2025\n\n## Agenda\n\nApologies\nMinutes of the meeting held on 6 February 2025 "
        "(pages 3–8)\nInternal audit plan (pages 9–20)\n\n## Minutes of the meeting held on 6 February 2025\n\nPresent: A"
    )
    assert kinds(lines_of(text)) == [("agenda", 1), ("minutes", 9)]


def test_an_item_number_in_its_own_cell_keeps_the_minutes_entry_in_the_agenda() -> None:
    text = "Agenda\nItem Title Lead Pages\n2 Declarations of interest Chair – –\n3\nMinutes of the meeting held on 14\nMay 2024 Chair 3 – 6"
    assert kinds(lines_of(text)) == [("agenda", 1)]


def test_numbered_items_above_the_minutes_stay_in_the_agenda() -> None:
    text = (
        "AGENDA\n\n7. Budget (Pages 5 - 9)\n\n8. Work Programme (Pages 10 - 14)\n\n9. Date of next meeting\n\n"
        "Minutes\nAudit Committee\n\nMinutes of a meeting of the Audit Committee held on 2 May 2024.\n"
    )
    pieces = split(lines_of(text))
    assert [(p.document.kind, p.document.first_line) for p in pieces] == [("agenda", 1), ("minutes", 9)]
    [meeting] = agenda.read(pieces[0].lines)
    assert [i.number for i in meeting.items] == ["7", "8", "9"]


def test_a_document_does_not_start_on_the_page_before_its_header() -> None:
    text = (
        "Action Log\nRef Action Owner Status\nA1 Circulate the plan. Ann Lee Open\nBob Hart Mar 2025 Open\n"
        "Meeting: Audit Committee\nDate of meeting: 3 April 2025\nReport title: Internal Audit Plan\n"
        "Report author: Kay Ross\nClassification: Public\n1. Purpose"
    )
    lines = lines_of(text, pages={i: (4 if i <= 4 else 5) for i in range(1, 11)})
    assert kinds(lines) == [("actions_log", 1), ("report", 5)]


def test_the_last_entry_of_an_unnumbered_agenda_list_stays_in_the_agenda() -> None:
    text = (
        "## Agenda\n\nApologies\nBudget (pages 3–8)\nAny other business\n\n"
        "## Minutes of the meeting held on 6 February 2025\n\nPresent: A"
    )
    pieces = split(lines_of(text))
    assert [(p.document.kind, p.document.first_line) for p in pieces] == [("agenda", 1), ("minutes", 7)]
    [meeting] = agenda.read(pieces[0].lines)
    assert [i.title for i in meeting.items] == ["Apologies", "Budget", "Any other business"]
