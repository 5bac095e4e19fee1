"""Action-log tables as PDFs and layout text print them: merged date cells, cells left out, wrapped cells."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from minutebook.packs import actions_log
from minutebook.packs import actions_log_columns as col
from minutebook.packs.actions_log_columns import Columns
from minutebook.packs.actions_log_draft import join_wrapped
from minutebook.packs.actions_log_fit import spread
from minutebook.packs.actions_log_rows import Row
from minutebook.packs.record import ActionArising
from minutebook.packs.sources import read_bytes
from tests.packs.test_actions_log import lines_of

# --- a PDF table whose meeting date cell is merged down over that meeting's rows ------------

PDF_HEADER = ("Date of meeting", "Subject", "Agreed action", "Responsible officer", "RAG", "Progress")
PDF_MEETINGS = (
    (
        "4 March 2025",
        (
            (
                "Library Opening Hours",
                "Librarian to publish the revised weekend opening hours on the council website.",
                "Head of Libraries",
                "Overdue",
                "Awaiting sign-off by the portfolio holder.",
            ),
            (
                "Street Lighting",
                "Survey the footpath lighting on the canal towpath and report the costs.",
                "Highways Engineer",
                "",
                "Survey booked for April.",
            ),
            (
                "Any Other Business",
                "Clerk to write to the bus operator about the evening service.",
                "Clerk",
                "",
                "",
            ),
        ),
    ),
    (
        "12 November 2024",
        (
            (
                "Allotments",
                "Agree a waiting list policy with the allotment associations.",
                "Parks Manager",
                "Completed",
                "Policy adopted in January.",
            ),
            (
                "Allotments",
                "Repair the water supply at the northern allotment site before spring.",
                "Parks Manager / Estates Team",
                "In progress",
                "Contractor appointed.",
            ),
        ),
    ),
)


def _merged_date_pdf() -> bytes:
    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    with pdf.table(col_widths=(25, 40, 80, 40, 20, 60)) as table:
        row = table.row()
        for heading in PDF_HEADER:
            row.cell(heading)
        for date, rows in PDF_MEETINGS:
            for i, cells in enumerate(rows):
                row = table.row()
                if i == 0:
                    row.cell(date, rowspan=len(rows))
                for cell in cells:
                    row.cell(cell)
    return bytes(pdf.output())


def _read_pdf() -> list[ActionArising]:
    return actions_log.read(read_bytes(_merged_date_pdf(), "log.pdf"))


def test_merged_date_cell_is_carried_down_its_meeting_rows() -> None:
    actions = _read_pdf()
    assert [(a.meeting_date, a.action) for a in actions] == [
        ("2025-03-04", cells[1]) for cells in PDF_MEETINGS[0][1]
    ] + [("2024-11-12", cells[1]) for cells in PDF_MEETINGS[1][1]]


def test_cells_left_out_of_a_row_are_put_under_their_columns() -> None:
    actions = _read_pdf()
    assert [(a.topic, a.leads, a.comment) for a in actions] == [
        ("Library Opening Hours", ["Head of Libraries"], "Awaiting sign-off by the portfolio holder."),
        ("Street Lighting", ["Highways Engineer"], "Survey booked for April."),
        ("Any Other Business", ["Clerk"], ""),
        ("Allotments", ["Parks Manager"], "Policy adopted in January."),
        ("Allotments", ["Parks Manager", "Estates Team"], "Contractor appointed."),
    ]


def test_status_column_overdue_and_blank() -> None:
    """ "Overdue" is open; a blank status cell over a comment stating no status is open too."""
    assert [a.status for a in _read_pdf()] == ["open", "open", "open", "completed", "in_progress"]


# --- a row's cells spread under a header -------------------------------------------------------

HEADER = Columns(
    {col.DATE: 0, col.TOPIC: 1, col.ACTION: 2, col.LEADS: 3, col.STATUS: 4, col.COMMENT: 5}, width=6
)


def _row(*cells: str) -> Row:
    return Row(1, tuple(cells), tuple(cells), tabular=True)


def test_spread_leaves_out_the_merged_date_column() -> None:
    row = spread(
        _row("Parking", "Review the permit charges in the town centre.", "Cllr Patel", "Open", "Due in May."),
        HEADER,
    )
    assert row.cells == (
        "",
        "Parking",
        "Review the permit charges in the town centre.",
        "Cllr Patel",
        "Open",
        "Due in May.",
    )


def test_spread_leaves_a_blank_status_blank() -> None:
    row = spread(
        _row("Parking", "Review the permit charges in the town centre.", "Cllr Patel", "Report drafted."),
        HEADER,
    )
    assert row.cell(4) == "" and row.cell(5) == "Report drafted."


def test_spread_keeps_a_row_that_fits_as_printed() -> None:
    row = _row("7 May 2024", "Parking", "Review the permit charges in the town centre.", "Cllr Patel")
    assert spread(row, HEADER) is row


# --- a log printed as layout text: columns set apart by spaces, cells wrapping ---------------

LAYOUT = """\
ENVIRONMENT SCRUTINY PANEL - ACTIONS TRACKER

No.      Date of     Subject /         Action required         Lead               Deadline   Progress
         meeting     Minute
ES/31    02/05/2024  Flood Risk        Obtain the flood-       Head of            Sep 2024   Modelling received;
                     Management        risk modelling for      Environment                   shared with Members
                     Strategy          the Riverside ward.     Services                      on 9 August.
ES/32    02/05/2024  Fly-tipping       Report the number of    Waste Manager /    Oct 2024   To be reported to
                                       fixed penalty notices   Enforcement Team              the October meeting.
                                       issued since April.
ES/27    14/03/2024  Tree Planting     Publish the list of     Parks Officer      Jun 2024   Published on the
                                       sites for the winter                                  website.
                                       planting season.
"""


def test_layout_text_tracker_joins_wrapped_cells() -> None:
    actions = actions_log.read(lines_of(LAYOUT))
    assert [(a.meeting_date, a.topic, a.action) for a in actions] == [
        (
            "2024-05-02",
            "Flood Risk Management Strategy",
            "Obtain the flood-risk modelling for the Riverside ward.",
        ),
        ("2024-05-02", "Fly-tipping", "Report the number of fixed penalty notices issued since April."),
        ("2024-03-14", "Tree Planting", "Publish the list of sites for the winter planting season."),
    ]
    assert [a.leads for a in actions] == [
        ["Head of Environment Services"],
        ["Waste Manager", "Enforcement Team"],
        ["Parks Officer"],
    ]
    assert [a.status for a in actions] == ["completed", "deferred", "completed"]
    assert actions[0].comment == "Modelling received; shared with Members on 9 August."


def test_layout_cell_printed_left_of_its_header_stays_in_its_column() -> None:
    """pdftotext may print a wrapped cell's line a few characters left of where the column starts."""
    shifted = LAYOUT.replace(
        "                                                     website.",
        "                                                 website.",
    )
    actions = actions_log.read(lines_of(shifted))
    assert actions[2].comment == "Published on the website."


@pytest.mark.parametrize(
    "parts, joined",
    [
        (["Arrange an all-", "Member seminar."], "Arrange an all-Member seminar."),
        (["the 2024-", "25 budget"], "the 2024-25 budget"),
        (["sign-", "off"], "sign-off"),
        (["Item -", "Budget"], "Item - Budget"),
    ],
)
def test_join_wrapped_keeps_a_hyphen_at_a_wrap(parts: list[str], joined: str) -> None:
    assert join_wrapped(parts) == joined


# --- a topic printed as the first line of the action cell ------------------------------------


def test_topic_line_joined_to_the_action_by_the_conversion() -> None:
    actions = actions_log.read(
        lines_of(
            "Ref\tAction\tResponsible officer\tDue\tStatus / update\n"
            "Actions from the meeting held on 2 May 2024\n"
            "Q7\tAllotment Waiting Lists To write to the parish councils about spare plots.\t"
            "Parks Officer\tJune 2024\tCompleted.\n"
            "Q8\tTo publish the tree survey on the website.\tTree Officer\tJuly 2024\t\n"
        )
    )
    assert [(a.meeting_date, a.topic, a.action) for a in actions] == [
        ("2024-05-02", "Allotment Waiting Lists", "To write to the parish councils about spare plots."),
        ("2024-05-02", None, "To publish the tree survey on the website."),
    ]


def test_a_subject_column_keeps_the_action_cell_whole() -> None:
    actions = actions_log.read(
        lines_of(
            "Subject\tAction\tLead\n"
            "Verges\tGrass Cutting Contract To be retendered in the spring.\tHighways Engineer\n"
        )
    )
    assert [(a.topic, a.action) for a in actions] == [
        ("Verges", "Grass Cutting Contract To be retendered in the spring.")
    ]


def test_action_lines_printed_plain_after_a_page_break_run_on() -> None:
    actions = actions_log.read(
        lines_of(
            "Ref\tAction\tLead\tDue\n"
            "C3\tTo arrange a site visit for members\tPlanning Manager\tTBC\n"
            "\f\n"
            "to the former depot before the\n"
            "application is decided.\n"
            "C4\tTo circulate the appeal decision.\tPlanning Manager\tMay 2024\n"
        )
    )
    assert [a.action for a in actions] == [
        "To arrange a site visit for members to the former depot before the application is decided.",
        "To circulate the appeal decision.",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the topic in bold over the action, on a line of its own
            "<table><tr><th>Ref</th><th>Action</th><th>Lead</th><th>Status</th></tr>\n"
            "<tr><td>B2</td><td><b>Library Opening Hours</b><br>Circulate the visitor figures by branch.</td>"
            "<td>Head of Libraries</td><td>Open</td></tr></table>\n",
            ("Library Opening Hours", "Circulate the visitor figures by branch."),
        ),
        (  # an action wrapped in its cell: the next line goes on in lower case
            "<table><tr><th>Ref</th><th>Action</th><th>Lead</th></tr>\n"
            "<tr><td>B3</td><td>Final Cycling Strategy Report<br>be brought to the March meeting.</td>"
            "<td>Transport Planner</td></tr></table>\n",
            (None, "Final Cycling Strategy Report be brought to the March meeting."),
        ),
        (  # a minute number column is no subject column
            "Date\tMinute\tAction\tLead\tStatus\n"
            "12/02/2024\tCAB 41\tHousing Allocations Policy</p>  <p>Circulate the revised banding table.\t"
            "Housing Manager\tComplete\n",
            ("Housing Allocations Policy", "Circulate the revised banding table."),
        ),
    ],
)
def test_topic_line_in_the_action_cell(text: str, expected: tuple[str | None, str]) -> None:
    assert [(a.topic, a.action) for a in actions_log.read(lines_of(text))] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # pdftotext lays out each page afresh and does not repeat the header
            "Ref        Action                    Owner             Due           Status\n"
            "R1         To survey the bus         Transport Lead    May 2024      Completed\n"
            "           shelters in the ward.\n"
            "\f"
            "R2     To publish the parking   Parking Manager   June 2024  In progress\n"
            "       review for comment.\n",
            [
                ("To survey the bus shelters in the ward.", ["Transport Lead"], "completed"),
                ("To publish the parking review for comment.", ["Parking Manager"], "in_progress"),
            ],
        ),
        (  # columns no field takes, and a row printed without two of its cells
            "Ref\tPortfolio\tAction\tOwner\tPriority\tStatus\n"
            "T4\tTransport\tTo publish the school streets timetable.\tHighways Manager\tHigh\tComplete\n"
            "T5\tTo review the taxi licensing fees.\tLicensing Manager\tDone\n",
            [
                ("To publish the school streets timetable.", ["Highways Manager"], "completed"),
                ("To review the taxi licensing fees.", ["Licensing Manager"], "completed"),
            ],
        ),
    ],
)
def test_rows_read_under_their_columns(text: str, expected: list[tuple[str, list[str], str]]) -> None:
    assert [(a.action, a.leads, a.status) for a in actions_log.read(lines_of(text))] == expected


# --- a layout header whose two neighbouring cells both wrap over two lines ------------------

TWO_WRAPPED = """\
Ref  Meeting    Action                        Responsible         Original     Revised     Remarks
                                                                  completion   completion
                                                                  date         date

7    14.06.22   Publish the audit of park     Head of Green       March 2023   May 2023    Published on the
                benches on the website.       Spaces                                       website in March.

9    11.10.22   Write to the bus operator     Transport Policy    January                  Letter drafted;
                about the Sunday timetable.   Manager             2023                     awaiting sign-off.
"""


def test_layout_header_cells_wrapping_side_by_side_stay_in_their_columns() -> None:
    """A wrapped line of a header cell goes under the cell it is printed beneath, even where the
    cell to its left has grown wider by joining its own wrapped lines ("Original completion")."""
    actions = actions_log.read(lines_of(TWO_WRAPPED))
    assert [(a.meeting_date, a.action, a.leads) for a in actions] == [
        ("2022-06-14", "Publish the audit of park benches on the website.", ["Head of Green Spaces"]),
        ("2022-10-11", "Write to the bus operator about the Sunday timetable.", ["Transport Policy Manager"]),
    ]
    assert [a.comment for a in actions] == [
        "Published on the website in March.",
        "Letter drafted; awaiting sign-off.",
    ]


SUBJECT_RUNS_ON = """\
Ref  Meeting    Subject        Action                        Responsible         Original     Revised
                                                                                 completion   completion
                                                                                 date         date

7    14.06.22   Parks Asset    Publish the audit of park     Head of Green       March 2023   May 2023
                Management     benches on the website.       Spaces
                Review

9    11.10.22   Buses          Write to the bus operator     Transport Policy    January
                               about the Sunday timetable.   Manager             2023
"""


def test_layout_subject_cell_running_on_below_the_other_cells_stays_the_topic() -> None:
    actions = actions_log.read(lines_of(SUBJECT_RUNS_ON))
    assert [(a.topic, a.action) for a in actions] == [
        ("Parks Asset Management Review", "Publish the audit of park benches on the website."),
        ("Buses", "Write to the bus operator about the Sunday timetable."),
    ]


def test_an_actual_completion_date_filled_in_marks_the_action_completed() -> None:
    text = (
        "Ref\tAction\tOwner\tTarget date\tDate completed\tNotes\n"
        "R1\tTo send the parking survey to ward members.\tParking Manager\t01/03/2024\t26/02/2024\t\n"
        "R2\tTo cost a second pedestrian crossing.\tHighways Engineer\t01/05/2024\t\t\n"
        "R3\tTo meet the bus company about route 12.\tTransport Officer\t01/04/2024\t\tIn progress\n"
    )
    actions = actions_log.read(lines_of(text))
    assert [a.status for a in actions] == ["completed", "open", "in_progress"]
    assert [a.comment for a in actions] == ["", "", "In progress"]


HEADER_CARRIED_ON = """\
No.   Meeting     Action                          Lead              Target      Status
                                                  officer           date
1     03.05.23    Reply to the petition on the    Head of           Jul 2023    Complete
                  closure of the day centre.      Adult Care
2     05.07.23    Survey the footbridge at        Bridges           Oct 2023
                  Mill Lane.                      Engineer
"""


def test_a_header_read_on_one_line_takes_its_cells_wrapped_below() -> None:
    """'Lead' over 'officer', 'Target' over 'date': the second line is the header's, not a row's,
    and the rows below are read as printed, one line under another."""
    actions = actions_log.read(lines_of(HEADER_CARRIED_ON))
    assert [(a.action, a.leads, a.status) for a in actions] == [
        ("Reply to the petition on the closure of the day centre.", ["Head of Adult Care"], "completed"),
        ("Survey the footbridge at Mill Lane.", ["Bridges Engineer"], "open"),
    ]
