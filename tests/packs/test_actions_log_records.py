"""Actions logs printed as "Label: value" records, and trackers whose cells PDF text ran together."""

from __future__ import annotations

import pytest

from minutebook.packs import actions_log, actions_log_records, actions_log_tracker
from minutebook.packs.lines import Line
from minutebook.packs.sources.text import read as read_text
from minutebook.packs.vocab import ActionStatus, action_status


def lines_of(text: str) -> list[Line]:
    return read_text(text.encode(), "log.txt")


RECORD = "Action ref: {n}\nMeeting: 4 March 2024\nAction: Clerk to write to the {n}.\nLead: Clerk\nStatus: Open\n\n"


def test_records_are_read_one_action_each() -> None:
    found = actions_log.read(lines_of(RECORD.format(n="A1") + RECORD.format(n="A2")))
    assert [(a.action, a.leads, a.status, a.meeting_date) for a in found] == [
        ("Clerk to write to the A1.", ["Clerk"], "open", "2024-03-04"),
        ("Clerk to write to the A2.", ["Clerk"], "open", "2024-03-04"),
    ]


def test_a_record_without_a_reference_starts_when_a_field_comes_again() -> None:
    text = "Action: Share the plan.\nOwner: Ann Lee\nUpdate: Done.\nAction: Book a room.\nOwner: Bob Hart\nUpdate:\n"
    found = actions_log.read(lines_of(text))
    assert [(a.action, a.leads, a.comment, a.status) for a in found] == [
        ("Share the plan.", ["Ann Lee"], "Done.", "completed"),
        ("Book a room.", ["Bob Hart"], "", "open"),
    ]


def test_a_blank_line_ends_a_value() -> None:
    text = RECORD.format(n="A1") + "Westfold Scrutiny Panel\n\n" + RECORD.format(n="A2")
    found = actions_log.read(lines_of(text))
    assert [a.status for a in found] == ["open", "open"]


@pytest.mark.parametrize(
    "text",
    [
        "Action\tLead\tStatus\nShare the plan.\tAnn Lee\tOpen\n",  # a table
        "Action: Share the plan.\nOwner: Ann Lee\nStatus: Open\n",  # one record is a paragraph, not a log
        "Action: A.\nAction: B.\nResolved: C.\n",  # no owners
    ],
)
def test_not_records(text: str) -> None:
    assert not actions_log_records.is_records(lines_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JC-A21 26/09/2024 JC/24/27", ("2024-09-26", "")),
        ("7 03/04/2025 12/25 Circulate the plan.", ("2025-04-03", "Circulate the plan.")),
        ("Circulate the plan by 26/09/2024", None),
    ],
)
def test_tracker_reference_row(text: str, expected: tuple[str, str] | None) -> None:
    assert actions_log_tracker.reference_row(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee Nov 2024 Closed Circulated 4 November.", ("Ann Lee", "Closed", "Circulated 4 November.")),
        ("Head of Finance 30/06/2025 Open", ("Head of Finance", "Open", "")),
        ("Gwen Hall Sep 2025", ("Gwen Hall", "", "")),
        ("The report was sent in May.", None),
    ],
)
def test_tracker_owner_due_and_status(text: str, expected: tuple[str, str, str] | None) -> None:
    assert actions_log_tracker.lead_and_due(text) == expected


def test_tracker_due_date_first() -> None:
    assert actions_log_tracker.due_first("Jan 2025 In progress") == ("In progress", "")
    assert actions_log_tracker.due_first("Ann Lee") is None


@pytest.mark.parametrize(
    ("comment", "status"),
    [
        ("On agenda – item 6", ActionStatus.DEFERRED),
        ("On the agenda for the June meeting.", ActionStatus.DEFERRED),
        ("Completed – on the agenda today.", ActionStatus.COMPLETED),
    ],
)
def test_an_action_on_an_agenda_is_being_considered(comment: str, status: ActionStatus) -> None:
    assert action_status(comment) == status


def test_records_printed_as_two_column_tables() -> None:
    record = "Ref\t{n}\nMeeting date\t4 March 2024\nAction\tClerk to write to the {n}.\nOwner\tClerk\nStatus\tClosed\n\n"
    found = actions_log.read(lines_of(record.format(n="A1") + record.format(n="A2")))
    assert [(a.action, a.leads, a.status) for a in found] == [
        ("Clerk to write to the A1.", ["Clerk"], "completed"),
        ("Clerk to write to the A2.", ["Clerk"], "completed"),
    ]


def test_a_two_column_log_is_not_records() -> None:
    text = "Action\tLead\nShare the agreed plan.\tAnn Lee\nAction the outcome.\tBob Hart\nStatus update due.\tKay Ross\n"
    assert not actions_log_records.is_records(lines_of(text))


def test_a_record_with_a_completion_date_is_completed() -> None:
    text = (
        "Action: Send the grant criteria to members.\nOwner: Grants Officer\nUpdate:\nDate completed: 12/03/2024\n\n"
        "Action: Review the hall hire charges.\nOwner: Facilities Manager\nUpdate:\nDate completed:\n"
    )
    found = actions_log.read(lines_of(text))
    assert [(a.action, a.status) for a in found] == [
        ("Send the grant criteria to members.", "completed"),
        ("Review the hall hire charges.", "open"),
    ]
