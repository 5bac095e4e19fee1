"""Layout-text trackers whose cells are centred top to bottom (pdftotext of a Word table so set)."""

from __future__ import annotations

from minutebook.packs import actions_log
from minutebook.packs import actions_log_columns as col
from minutebook.packs.actions_log_layout import stacked_header
from minutebook.packs.actions_log_rows import rows_of
from tests.packs.test_actions_log import lines_of

CENTRED = """\
      Date of
Ref                Subject              Action                                Owner                 Status
      Meeting
Actions from the meeting held on 4 March 2025
                   Library Opening      To publish the revised weekend
R1    04/03/2025                        opening hours on the council          Head of Libraries     Completed
                   Hours                website.
                                        To survey the footpath lighting       Highways Engineer /
R2    04/03/2025   Street Lighting      on the canal towpath and report                             In progress
                                        the costs.                            Parks Officer
Actions from the meeting held on 6 May 2025
                                        To write to the bus operator
R3    06/05/2025   Bus Shelters                                               Transport Lead
                                        about the damaged shelters.


Page 4
"""


def test_header_cells_wrapped_above_and_below_its_main_line() -> None:
    found = stacked_header(list(rows_of(lines_of(CENTRED))), 0)
    assert found is not None
    columns, count = found
    assert count == 3
    assert columns.get(col.DATE) == 1 and columns.get(col.TOPIC) == 2 and columns.get(col.ACTION) == 3


def test_centred_rows_take_their_lines_above_and_below() -> None:
    actions = actions_log.read(lines_of(CENTRED))
    assert [(a.meeting_date, a.topic, a.action, a.leads, a.status) for a in actions] == [
        (
            "2025-03-04",
            "Library Opening Hours",
            "To publish the revised weekend opening hours on the council website.",
            ["Head of Libraries"],
            "completed",
        ),
        (
            "2025-03-04",
            "Street Lighting",
            "To survey the footpath lighting on the canal towpath and report the costs.",
            ["Highways Engineer", "Parks Officer"],
            "in_progress",
        ),
        (
            "2025-05-06",
            "Bus Shelters",
            "To write to the bus operator about the damaged shelters.",
            ["Transport Lead"],
            "open",
        ),
    ]


def test_a_title_over_a_header_is_no_header_cell() -> None:
    rows = list(rows_of(lines_of("Action Points\nAction       Lead        Comments\nParks Review\n")))
    assert stacked_header(rows, 0) is None


def test_centred_rows_go_on_over_a_page_break() -> None:
    text = CENTRED.replace(
        "Page 4\n",
        "Page 4\n\f"
        "                                        To audit the play areas\n"
        "R4    06/05/2025   Play Areas                                                 Parks Officer\n"
        "                                        before the summer.\n",
    )
    actions = actions_log.read(lines_of(text))
    assert [(a.action, a.leads) for a in actions][-2:] == [
        ("To write to the bus operator about the damaged shelters.", ["Transport Lead"]),
        ("To audit the play areas before the summer.", ["Parks Officer"]),
    ]
