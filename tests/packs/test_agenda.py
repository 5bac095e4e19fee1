"""The agenda reader: one small fixture per rule, and whole front sheets from other councils' layouts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minutebook.packs import agenda, agenda_members
from minutebook.packs.agenda_items import PART, pages_in
from minutebook.packs.lines import Line
from minutebook.packs.record import Member
from minutebook.packs.sources import read_pack
from minutebook.packs.sources.text import read as read_text

FIXTURES = Path(__file__).parent / "fixtures" / "agenda"
CASES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html"))


def lines_of(text: str) -> list[Line]:
    return read_text(text.encode(), "fixture.txt")


def one_meeting(text: str) -> Any:
    meetings = agenda.read(lines_of(text))
    assert len(meetings) == 1
    return meetings[0]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_front_sheet_fixture(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text())
    [meeting] = agenda.read(read_pack(path))
    assert meeting.kind == "agenda"
    for field in ("body", "date", "time", "venue"):
        assert getattr(meeting, field) == expected[field], field
    assert [{"name": m.name, "role": m.role} for m in meeting.members] == expected["members"]
    keys = ("number", "title", "first_page", "last_page", "part", "exempt")
    assert [{k: getattr(i, k) for k in keys} for i in meeting.items] == expected["items"]


# -- header rules ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Title: **Health & Wellbeing Board**", "body", "Health & Wellbeing Board"),
        ("Committee: Licensing Sub-Committee", "body", "Licensing Sub-Committee"),
        ("Meeting Date: **Thursday 12th July, 2018**", "date", "2018-07-12"),
        ("Date and Time: Monday 4 March 2024, 6.30 pm", "time", "18:30"),
        ("Time: **4.00 pm**", "time", "16:00"),
        ("Venue: Council Chamber, Town Hall", "venue", "Council Chamber, Town Hall"),
        ("Place: Virtual meeting via Microsoft Teams", "venue", "Virtual meeting via Microsoft Teams"),
    ],
)
def test_header_label(text: str, field: str, value: str) -> None:
    assert getattr(one_meeting(text), field) == value


def test_label_with_the_value_on_the_next_line() -> None:
    meeting = one_meeting("Title:\n\nCorporate Parenting Board\n\nDate:\n\n6 June 2023\n")
    assert (meeting.body, meeting.date) == ("Corporate Parenting Board", "2023-06-06")


def test_summons_sentence() -> None:
    meeting = one_meeting(
        "You are summoned to attend a meeting of the Council to be held at the Guildhall on "
        "Wednesday 17 July 2024 at 7.00 pm.\n"
    )
    assert (meeting.body, meeting.date, meeting.time, meeting.venue) == (
        "Council",
        "2024-07-17",
        "19:00",
        "Guildhall",
    )


def test_body_printed_alone_above_the_date() -> None:
    meeting = one_meeting("Westminster City Council\n\nAudit and Performance Committee\n\nDate: 1 May 2024\n")
    assert meeting.body == "Audit and Performance Committee"


def test_signature_date_is_not_the_meeting_date() -> None:
    meeting = one_meeting(
        "AGENDA\n\n1. APOLOGIES\n\n2. MINUTES (Pages 1 - 4)\n\nStuart Love\nChief Executive\n25 June 2019\n"
    )
    assert meeting.date is None
    assert [i.number for i in meeting.items] == ["1", "2"]


# -- membership rules -----------------------------------------------------------------------------------


def member_line(raw: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.role) for m in agenda_members.read_line(Line(1, raw.replace("\t", " "), raw))]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Councillor Heather Acton (Chairman)\tCabinet Member for Family Services",
            [("Heather Acton", "Chairman; Cabinet Member for Family Services")],
        ),
        (
            "Dr Naomi Katz\tWest London Clinical Commissioning Group",
            [("Naomi Katz", "West London Clinical Commissioning Group")],
        ),
        ("| Cllr Jo Bloggs | Labour |", [("Jo Bloggs", "Labour")]),
        ("Cllr Cen Kemahli (Chair)", [("Cen Kemahli", "Chair")]),
        ("Detective Inspector Nicki Beecher Metropolitan Police", [("Nicki Beecher", "Metropolitan Police")]),
        (
            "Sarah Newman Bi-Borough, Children's Services",
            [("Sarah Newman", "Bi-Borough, Children's Services")],
        ),
        ("Helen Dodd - Director of Public Health", [("Helen Dodd", "Director of Public Health")]),
        (
            "Councillors Smith (Chair), Jones and Patel",
            [("Smith", "Chair"), ("Jones", None), ("Patel", None)],
        ),
        ("Members of the public are welcome to attend the meeting", []),
        ("Chief Executive", []),
    ],
)
def test_member_line(raw: str, expected: list[tuple[str, str | None]]) -> None:
    assert member_line(raw) == expected


def test_a_group_label_shifted_up_a_table_row_goes_back() -> None:
    members = [
        Member(name="Neville Pursell", role="Central London Clinical Commissioning Group Minority Group"),
        Member(name="Nafsika Butler-Thalassis", role=None),
    ]
    agenda_members.shift_group_roles(members)
    assert [m.role for m in members] == ["Central London Clinical Commissioning Group", "Minority Group"]


def test_substitutes_are_not_members() -> None:
    meeting = one_meeting(
        "Membership: Councillors Ahmed, Brown and Clarke\n\nSubstitutes: Councillors Fisher and Green\n"
    )
    assert [m.name for m in meeting.members] == ["Ahmed", "Brown", "Clarke"]


def test_membership_list_wrapped_over_lines() -> None:
    meeting = one_meeting(
        "Membership:\nCouncillors Ann Lee (Chair), Bob Hart, Cath\nMoss and Dan Ives\n\nAGENDA\n"
    )
    assert [m.name for m in meeting.members] == ["Ann Lee", "Bob Hart", "Cath Moss", "Dan Ives"]


# -- items, parts, pages ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("4. MINUTES AND ACTIONS ARISING (Pages 5 - 14)", (5, 14)),
        ("(Pages 91 -\n100)", (91, 100)),
        ("Pages 7 to 20", (7, 20)),
        ("(Page 85)", (85, 85)),
        ("5. Minutes Pages 1 - 6", (1, 6)),
        ("To note the report.", None),
        ("Page 56 of the strategy", None),
        ("8. Work Plan Page 31", (31, 31)),
        ("6. Budget Monitoring\nReport of the Treasurer. page 12", (12, 12)),
    ],
)
def test_pages_in(text: str, pages: tuple[int, int] | None) -> None:
    assert pages_in(text) == pages


@pytest.mark.parametrize(
    ("text", "is_part"),
    [
        ("PART 1 (IN PUBLIC)", True),
        ("PART A - HEALTH AND WELLBEING BOARD PRIORITIES", True),
        ("Part B - (Sponsoring - Items Not Led by the Board)", True),
        ("Part II", True),
        ("PART 2 - EXEMPT ITEMS", True),
        ("Part 1 of the Agenda is open to the public", False),
        ("Part of the funding was spent on staff", False),
    ],
)
def test_part_heading(text: str, is_part: bool) -> None:
    assert bool(PART.match(text)) is is_part


def test_item_title_wrapped_and_pages_on_a_later_line() -> None:
    meeting = one_meeting(
        "AGENDA\n\n5.   TAKING A PUBLIC HEALTH APPROACH TO SERIOUS \nYOUTH VIOLENCE \n\n(Pages 15 - 30) \n\n"
        "8.   BETTER CARE FUND UPDATE \n \nTo receive an update.\n\n(Pages 91 - \n100) \n"
    )
    assert [(i.number, i.title, i.first_page, i.last_page) for i in meeting.items] == [
        ("5", "TAKING A PUBLIC HEALTH APPROACH TO SERIOUS YOUTH VIOLENCE", 15, 30),
        ("8", "BETTER CARE FUND UPDATE", 91, 100),
    ]


def test_item_in_an_html_table_cell() -> None:
    raw = "| <p>8. SYSTEM CHANGE</p> <p>To note the report.</p> | <p>(Pages 63 - 124)</p> |"
    meeting = one_meeting(f"AGENDA\n\n7. WORK\n\n{raw}\n")
    assert (meeting.items[-1].title, meeting.items[-1].first_page, meeting.items[-1].last_page) == (
        "SYSTEM CHANGE",
        63,
        124,
    )


def test_numbered_prose_under_an_item_is_not_an_item() -> None:
    meeting = one_meeting("AGENDA\n\n1. MINUTES\n\n3. members asked about the budget\n\n2. BUDGET\n")
    assert [i.number for i in meeting.items] == ["1", "2"]


def test_exempt_business() -> None:
    meeting = one_meeting(
        "AGENDA\n\nPART 1 (IN PUBLIC)\n\n1. MINUTES\n\n2. EXCLUSION OF THE PRESS AND PUBLIC\n\n"
        "3. LAND DISPOSAL\n\nPART 2 (IN PRIVATE)\n\n4. STAFFING\n"
    )
    assert [(i.number, i.exempt) for i in meeting.items] == [
        ("1", False),
        ("2", False),
        ("3", True),
        ("4", True),
    ]
    assert meeting.items[3].part == "PART 2 (IN PRIVATE)"


def test_exempt_marked_on_the_item() -> None:
    meeting = one_meeting("Agenda\n\n1. Minutes\n\n2. Contract award (Exempt - paragraph 3)\n")
    assert [i.exempt for i in meeting.items] == [False, True]


def test_page_ranges() -> None:
    meeting = one_meeting("AGENDA\n\n1. APOLOGIES\n\n2. MINUTES (Pages 1 - 4)\n\n3. BUDGET (Page 5)\n")
    assert agenda.page_ranges(meeting) == [("2", 1, 4), ("3", 5, 5)]


def test_provenance_lines() -> None:
    meeting = one_meeting("Title: Cabinet\n\nDate: 5 March 2024\n\nAGENDA\n\n1. MINUTES\n")
    assert meeting.line == 3
    assert meeting.items[0].line == 7


# -- what is not an agenda, and hostile input ----------------------------------------------------------------


def test_nothing_summoned() -> None:
    assert agenda.read(lines_of("the weather was fine\nand nothing else happened\n")) == []
    assert agenda.read([]) == []


def test_ten_thousand_lines_of_items_finish() -> None:
    description = "To note the report of the Director.\n" * 9
    text = "AGENDA\n" + "".join(
        f"{n}. ITEM NUMBER {n} (Pages {n} - {n + 1})\n{description}" for n in range(1, 1000)
    )
    meeting = one_meeting(text)
    assert len(meeting.items) == 999
    assert meeting.items[-1].first_page == 999


def test_a_very_long_line_is_read_without_backtracking() -> None:
    hostile = "1. " + "A " * 50_000 + "(Pages 1 -" + " " * 50_000 + "\n" + "Members: " + "Cllr X, " * 20_000
    meetings = agenda.read(lines_of(hostile))
    assert len(meetings) <= 1


def test_membership_table_with_a_heading_row() -> None:
    meeting = one_meeting(
        "Membership:\n\n| Councillor | Portfolio |\n|---|---|\n| Councillor Ann Lee (Chair) | Leader of the Council |\n"
        "| Councillor Bob Hart | Finance |\n\nAGENDA\n"
    )
    assert [(m.name, m.role) for m in meeting.members] == [
        ("Ann Lee", "Chair; Leader of the Council"),
        ("Bob Hart", "Finance"),
    ]


def test_exempt_note_after_a_title_is_not_part_of_it() -> None:
    meeting = one_meeting(
        "Agenda\n\n1. Minutes\n\n2. Depot – Disposal of Land (exempt: Paragraph 3 of Schedule 12A) (Pages 31 - 38)\n"
    )
    item = meeting.items[-1]
    assert (item.title, item.exempt, item.first_page, item.last_page) == (
        "Depot – Disposal of Land",
        True,
        31,
        38,
    )


def test_role_in_brackets_at_the_end_stays_with_the_role() -> None:
    found = member_line("- Councillor Ravi Dhillon – Thorneholme City Council (balancing member)")
    assert found == [("Ravi Dhillon", "Thorneholme City Council (balancing member)")]


def test_a_sentence_about_a_person_is_not_a_member() -> None:
    assert member_line("Peter Smith will attend to answer questions") == []


def test_items_in_mixed_case_after_capitals() -> None:
    meeting = one_meeting("AGENDA\n\n1. APOLOGIES\n\n2. Budget Update 2024/25\n\n4. Any other business\n")
    assert [i.number for i in meeting.items] == ["1", "2", "4"]


def test_members_printed_side_by_side() -> None:
    found = member_line("Councillor Ann Lee (Chair)        Councillor Bob Hart (Vice-Chair)")
    assert found == [("Ann Lee", "Chair"), ("Bob Hart", "Vice-Chair")]
