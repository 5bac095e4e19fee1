"""Hostile actions logs: huge tables, endless cells, broken markup. Each must finish and stay sane (no timing)."""

from __future__ import annotations

from minutebook.packs import actions_log
from minutebook.packs.actions_log_leads import split_leads
from tests.packs.test_actions_log import lines_of

HEADER = "Action\tLead Member(s) And Officer(s)\tComments\n"


def test_ten_thousand_row_table() -> None:
    rows = "".join(f"Report {i} to be circulated.\tOfficer {i % 7}\tCompleted.\n" for i in range(10_000))
    actions = actions_log.read(lines_of("Meeting on 1 May 2019\n" + HEADER + rows))
    assert len(actions) == 10_000
    assert actions[-1].line == 10_002 and actions[-1].status == "completed"


def test_ten_thousand_continuation_rows_join_into_one_action() -> None:
    rows = "Report to be circulated with\tClerk\t\n" + "and more detail about the plan\t\t\n" * 10_000
    actions = actions_log.read(lines_of(HEADER + rows))
    assert len(actions) == 1
    assert actions[0].action.count("more detail") == 10_000


def test_endless_lead_cell() -> None:
    cell = " ".join(["Ann Bell and Tom Hay /"] * 5_000) + " " * 100_000 + "(" * 5_000
    owners = split_leads(cell)
    assert owners[:2] == ["Ann Bell", "Tom Hay"]


def test_lead_cell_of_white_space_and_separators() -> None:
    assert split_leads(" \t " * 50_000 + "/" * 50_000 + ", and " * 20_000) == []


def test_five_thousand_line_paragraph_of_plain_text() -> None:
    text = (
        "Meeting on 1 May 2019\nAction\nLead\n"
        + "the board agreed that the work should go on and on\n" * 5_000
    )
    actions = actions_log.read(lines_of(text))
    assert len(actions) <= 1


def test_unterminated_html_table() -> None:
    text = "<table><tr><th>Action</th><th>Owner</th></tr>" + "<tr><td>Plan to be sent.<td>Clerk" * 3_000
    actions = actions_log.read(lines_of(text))
    assert actions and actions[0].action == "Plan to be sent."


def test_binary_noise_is_not_an_action() -> None:
    noise = "".join(chr(c) for c in range(32, 0x2FF)) * 200
    assert actions_log.read(lines_of(noise + "\n" + noise)) == []
