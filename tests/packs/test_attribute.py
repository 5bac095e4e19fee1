"""Which agenda item each paper of a pack belongs to (``attribute``), on invented packs."""

from __future__ import annotations

from minutebook.packs.segment import split
from minutebook.packs.sources.text import read as read_text

PACK = """Riverside District Council
Community Scrutiny Committee
AGENDA
1. Apologies for Absence
2. Minutes of the previous meeting (Pages 1 - 4)
3. Action Tracker (Pages 5 - 6)
4. Leisure Centre Charges (Pages 7 - 9)
5. Scrutiny Work Programme 2024/25 (Pages 10 - 12)

This page is intentionally left blank

MINUTES of the meeting of the Community Scrutiny Committee held on 3 March 2024

Present: Councillors A Bell (Chair) and C Dunn

1. APOLOGIES

None.

This page is intentionally left blank

Community Scrutiny Committee Action Tracker

Date\tAction\tLead officer\tStatus
3 March 2024\tCirculate the leisure usage figures to members\tHead of Leisure\tCompleted

This page is intentionally left blank

Report of: Head of Leisure
Subject: Leisure Centre Charges
Wards affected: All

1. Purpose

To set the charges.

This page is intentionally left blank

Report of: Scrutiny Officer
Subject: Scrutiny Work Programme 2024/25
Wards affected: All

1. Purpose

To agree the work programme.
"""


def _papers() -> list[tuple[str, str | None]]:
    return [(p.document.kind, p.document.agenda_item) for p in split(read_text(PACK.encode(), "pack.txt"))]


def test_an_action_tracker_goes_to_its_own_item_not_the_minutes() -> None:
    assert ("actions_log", "3") in _papers()


def test_a_log_header_row_of_column_names_does_not_start_a_report() -> None:
    """'Date | Action | Lead officer | Status' over a row: a log's header, though 'Date' is also a cover label."""
    lines = read_text(PACK.encode(), "pack.txt")
    log, report = split(lines)[2:4]
    header = next(line.number for line in lines if line.raw.startswith("Date\t"))
    assert log.document.first_line < header <= log.document.last_line
    assert lines[report.document.first_line - 1].text == "Report of: Head of Leisure"


def test_a_report_printing_a_work_programme_items_title_takes_that_item() -> None:
    """Items about work programmes are held back for work-programme papers; a report titled as one takes it."""
    assert _papers() == [
        ("agenda", None),
        ("minutes", "2"),
        ("actions_log", "3"),
        ("report", "4"),
        ("report", "5"),
    ]
