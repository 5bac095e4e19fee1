"""Agenda rules for other councils' front sheets: membership tables, wrapped roles, summons sentences, titles."""

from __future__ import annotations

from typing import Any

import pytest

from minutebook.packs import agenda, agenda_members, agenda_rows
from minutebook.packs.lines import Line
from minutebook.packs.record import Member
from minutebook.packs.sources.text import read as read_text


def one_meeting(text: str) -> Any:
    [meeting] = agenda.read(read_text(text.encode(), "fixture.txt"))
    return meeting


def names(meeting: Any) -> list[str]:
    return [m.name for m in meeting.members]


# -- membership ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("| A Rhys | B Owen-Jones | C Pryce |", ["A Rhys", "B Owen-Jones", "C Pryce"]),
        ("| Cllr Ann Lee | Cllr Bob Hart |", ["Ann Lee", "Bob Hart"]),
        ("| Councillor Ann Lee | Abbey Road |", ["Ann Lee"]),  # a name and a ward: one member
        ("| Dr Kay Ross | West Riding Clinical Group |", ["Kay Ross"]),
    ],
)
def test_names_in_table_cells(raw: str, expected: list[str]) -> None:
    found = agenda_members.read_line(Line(1, raw.replace("|", " ").strip(), raw))
    assert [m.name for m in found] == expected


@pytest.mark.parametrize(
    ("text", "is_heading"),
    [
        ("Name Role Organisation", True),
        ("Councillor Portfolio", True),
        ("Member Representing", True),
        ("Ann Lee Finance", False),
        ("Agenda", False),
    ],
)
def test_heading_row_of_a_membership_table(text: str, is_heading: bool) -> None:
    assert agenda_members.heading_row(Line(1, text, text)) is is_heading


@pytest.mark.parametrize(
    ("raw", "continues"),
    [
        ("                         Resources", True),  # in the role column
        ("Social Care Brackley Council", True),  # a role word first
        ("and Regeneration", True),
        ("Councillor Bob Hart   Finance", False),  # the next member
        ("Contact: Member Services", False),
    ],
)
def test_a_role_wrapped_onto_the_next_line(raw: str, continues: bool) -> None:
    member = Member(name="Ann Lee", role="Cabinet Member for Adult", line=4)
    line = Line(5, " ".join(raw.split()), raw)
    assert agenda_members.continues_role(member, line, end=4) is continues


def test_a_role_wraps_only_onto_the_line_straight_below() -> None:
    member = Member(name="Ann Lee", role="Cabinet Member for", line=4)
    assert not agenda_members.continues_role(member, Line(7, "Finance", "    Finance"), end=4)


def test_a_role_list_is_not_a_list_of_names() -> None:
    found = agenda_members.read_line(
        Line(1, "Dr Ina Moss Co-Chair; Non-Executive Member NHS Ouse and Vale ICB", "")
    )
    assert [(m.name, m.role) for m in found] == [
        ("Ina Moss", "Co-Chair; Non-Executive Member NHS Ouse and Vale ICB")
    ]


def test_a_board_membership_heading_over_a_web_list() -> None:
    meeting = one_meeting(
        "## Board membership\n\nCouncillor Ann Lee (Chair) – Executive Member for Health\n"
        "Dr Bob Hart (Vice-Chair) – Clinical Director, North Vale Primary Care\nKay Ross – Director of Public Health\n"
    )
    assert [(m.name, m.role) for m in meeting.members] == [
        ("Ann Lee", "Chair; Executive Member for Health"),
        ("Bob Hart", "Vice-Chair; Clinical Director, North Vale Primary Care"),
        ("Kay Ross", "Director of Public Health"),
    ]


@pytest.mark.parametrize(
    "label",
    ["Co-opted Members", "Church Representatives", "Parent Governor Representatives", "Independent Members"],
)
def test_representatives_are_members_with_the_label_as_role(label: str) -> None:
    meeting = one_meeting(
        f"Membership: Councillors Ann Lee and Bob Hart\n\n{label}: Mr Kay Ross and Mrs Jo Cole\n"
    )
    assert [(m.name, m.role) for m in meeting.members][2:] == [("Kay Ross", label), ("Jo Cole", label)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "Kay Ross, Corporate Director, Homes, Parks & Leisure",
            [("Kay Ross", "Co-optees; Corporate Director, Homes, Parks, Leisure")],
        ),
        ("Jo Cole, Healthwatch Dale Valley", [("Jo Cole", "Co-optees; Healthwatch Dale Valley")]),
        ("Mr Kay Ross, Mrs Jo Cole", [("Kay Ross", "Co-optees"), ("Jo Cole", "Co-optees")]),
    ],
)
def test_a_representative_listed_with_a_post_is_one_member(
    value: str, expected: list[tuple[str, str | None]]
) -> None:
    meeting = one_meeting(f"Membership: Councillors Ann Lee and Bob Hart\n\nCo-optees: {value}\n")
    assert [(m.name, m.role) for m in meeting.members][2:] == expected


@pytest.mark.parametrize(
    "heading",
    ["County Councillors", "Committee Membership 2023/24", "Co-opted Members", "Borough Councillors:"],
)
def test_a_heading_alone_over_names_in_two_columns(heading: str) -> None:
    meeting = one_meeting(
        f"AGENDA\n\n{heading}\n\n  Alderman Ann Lee (Chair)          Councillor Bob Hart\n"
        "  Councillor Kay Ross                Mrs Jo Cole\n\n1. Apologies\n"
    )
    assert names(meeting) == ["Ann Lee", "Bob Hart", "Kay Ross", "Jo Cole"]
    assert [i.title for i in meeting.items] == ["Apologies"]


def test_a_summons_sentence_ends_the_list_above_it() -> None:
    meeting = one_meeting(
        "To: All Members of the Board\n\nMr Bob Hart (Chair)\n\n"
        "You are summoned to a meeting of the Board to be held on Monday 13th May 2024 at 7.00pm.\n\n"
        "Kay Ross\nClerk\n"
    )
    assert names(meeting) == ["Bob Hart"]
    assert meeting.date == "2024-05-13"


def test_a_summons_naming_the_venue_before_the_date_wins_over_the_signing_date() -> None:
    meeting = one_meeting(
        "You are summoned to attend the Annual Meeting of Kelby Town Council at the Town Hall, Market Street, "
        "Kelby on Monday 13th May 2024 at 7.00pm.\n\nJ Ward, Town Clerk\n7th May 2024\n"
    )
    assert (meeting.body, meeting.date, meeting.time) == ("Kelby Town Council", "2024-05-13", "19:00")
    assert meeting.venue == "Town Hall, Market Street, Kelby"


def test_a_meeting_label_printing_a_date_is_the_date_not_the_body() -> None:
    meeting = one_meeting(
        "Planning Committee\n\nMeeting: Monday 4 December 2023 at 10.30 am in the Council Chamber\n"
    )
    assert (meeting.body, meeting.date, meeting.time) == ("Planning Committee", "2023-12-04", "10:30")
    assert meeting.venue == "Council Chamber"


def test_substitutes_under_a_bilingual_label_are_not_members() -> None:
    meeting = one_meeting(
        "Councillors / Cynghorwyr: Ann Lee, Bob Hart and Kay Ross\n\nSubstitutes / Dirprwyon: Councillor Di Cole\n"
    )
    assert names(meeting) == ["Ann Lee", "Bob Hart", "Kay Ross"]


@pytest.mark.parametrize(
    ("text", "following", "joins"),
    [
        ("Councillors Ann Lee (Chair), Bob Hart,", "Kay Ross and Di Cole", True),
        ("Councillors Ann Lee (Chair), Bob Hart, Kay", "Ross and Di Cole", True),
        ("Councillors Ann Lee, Bob Hart and Kay Ross", "You are summoned to attend a meeting of …", False),
        ("Councillors Ann Lee, Bob Hart and Kay Ross", "Substitutes: Councillor Di Cole", False),
    ],
)
def test_a_list_of_names_goes_on_only_while_unfinished(text: str, following: str, joins: bool) -> None:
    assert agenda_members.list_continues(text, following) is joins


# -- header -------------------------------------------------------------------------------------------


def test_a_parish_summons_names_the_meeting_not_the_clerks_signing_date() -> None:
    meeting = one_meeting(
        "To: Councillors R Ellis (Chairman), D Fenn and A Gold\n"
        "You are hereby summoned to attend the Meeting of Westcombe Parish Council to be held on Tuesday "
        "9th April 2024 at 7.15pm in the Church Room, Westcombe, for the purpose of transacting the business below.\n"
        "A Clerk, Clerk to the Council    2nd April 2024\n"
        "AGENDA\n1.\tTo receive apologies\n"
    )
    assert (meeting.body, meeting.date, meeting.time, meeting.venue) == (
        "Westcombe Parish Council",
        "2024-04-09",
        "19:15",
        "Church Room, Westcombe",
    )
    assert names(meeting) == ["R Ellis", "D Fenn", "A Gold"]
    assert [i.title for i in meeting.items] == ["To receive apologies"]


def test_a_venue_ends_at_its_postcode() -> None:
    meeting = one_meeting(
        "Date: Monday 3 June 2024\nVenue: Room 2, Town Hall, High Street,\nBrackley, BV1 1AA\nMembers\n"
        "Councillor Ann Lee (Chair)\n"
    )
    assert meeting.venue == "Room 2, Town Hall, High Street, Brackley, BV1 1AA"
    assert names(meeting) == ["Ann Lee"]


def test_a_venue_does_not_run_into_a_heading() -> None:
    meeting = one_meeting(
        "Date: Monday 3 June 2024\nVenue: Council Chamber\nMembership\nCouncillor Ann Lee\n"
    )
    assert meeting.venue == "Council Chamber"


# -- item titles --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "4. **Budget Monitoring 2024/25** – Report by Director of Finance (pages 9 – 20)",
            "Budget Monitoring 2024/25",
        ),
        ("4. Local Plan – Joint Report of the Chief Executive and Head of Planning", "Local Plan"),
        ("4. **Confirmation of Minutes** (Pages 5 - 14)", "Confirmation of Minutes"),
        ("4. Approval of the Previous Minutes", "Approval of the Previous Minutes"),
        ("4. Parks – Report on the Summer Season", "Parks – Report on the Summer Season"),
    ],
)
def test_item_title_ends_before_who_reports(line: str, title: str) -> None:
    meeting = one_meeting(f"AGENDA\n\n{line}\n")
    assert meeting.items[0].title == title


# -- item tables that lost their cells, lists that lost their numbers ------------------------------------


@pytest.mark.parametrize(
    ("text", "columns"),
    [
        ("Item Title Presenter Purpose Pages", ("number", "title", "presenter", "purpose", "pages")),
        ("Item No. Subject Page No.", ("number", "title", "pages")),
        ("Item Title Lead Pages", ("number", "title", "presenter", "pages")),
        ("Name Role Organisation", None),
        ("Item 4 Budget", None),
    ],
)
def test_item_table_heading(text: str, columns: tuple[str, ...] | None) -> None:
    table = agenda_rows.heading(text)
    assert (table.columns if table else None) == columns


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Forward plan Board Manager Noting 9 – 10", ("Forward plan", (9, 10))),
        ("Welcome and apologies Co-Chair – –", ("Welcome and apologies", None)),
        ("Winter plan 2024/25 Kay Ross Assurance 11 – 24", ("Winter plan 2024/25", (11, 24))),
        (
            "Review of Fees and Charges Treasurer Decision 25 – 30",
            ("Review of Fees and Charges Treasurer", (25, 30)),
        ),
        (
            "Budget Monitoring Report Director of Finance – –",
            ("Budget Monitoring Report Director of Finance", None),
        ),
    ],
)
def test_cells_read_off_the_end_of_a_flattened_row(title: str, expected: tuple[str, Any]) -> None:
    table = agenda_rows.ItemTable(("number", "title", "presenter", "purpose", "pages"))
    assert agenda_rows.row_tail(title, table) == expected


def test_an_unnumbered_list_needs_three_title_lines() -> None:
    lines = [
        Line(n, t, t) for n, t in enumerate(["Apologies", "Minutes (pages 1–4)", "Budget", "", "Later"], 1)
    ]
    assert [ln.number for ln in agenda_rows.list_titles(lines, 0)] == [1, 2, 3]
    prose = [
        Line(n, t, t) for n, t in enumerate(["The Board will meet", "in the Council Chamber", "at 2pm."], 1)
    ]
    assert agenda_rows.list_titles(prose, 0) == []
    assert agenda_rows.list_titles(lines[:2], 0) == []


def test_an_item_number_alone_after_the_last_item_of_a_table_is_not_a_page_number() -> None:
    meeting = one_meeting("AGENDA\nItem Title Pages\n1 Apologies\n2 Minutes\n3\nBudget 2025/26\n\n17\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Minutes"),
        ("3", "Budget 2025/26"),
    ]


def test_empty_cells_printed_as_dashes_are_not_a_wrapped_page_range() -> None:
    meeting = one_meeting(
        "Agenda\nItem Title Lead Pages\n1 Apologies for absence Chair – –\n2.\nMinutes of the last meeting Chair 3 – 6\n"
    )
    assert [(i.number, i.title, i.first_page) for i in meeting.items] == [
        ("1", "Apologies for absence", None),
        ("2", "Minutes of the last meeting", 3),
    ]


def test_a_web_page_title_names_the_body_and_date() -> None:
    meeting = one_meeting("# Audit Committee – Tuesday 8 July 2025\n\nTime: 2pm\n")
    assert (meeting.body, meeting.date, meeting.time) == ("Audit Committee", "2025-07-08", "14:00")


def test_a_title_wrapped_to_its_own_column_goes_on() -> None:
    meeting = one_meeting(
        "AGENDA\n\n4.    Planning Application 24/0001/FUL – Land South of Mill         9 - 30\n"
        "      Lane, Kettlebridge\n\n      Erection of 12 dwellings.\n\n5.    Appeals Update              31 - 34\n"
        "      To note the appeals decided since the last meeting.\n"
    )
    assert [(i.title, i.first_page) for i in meeting.items] == [
        ("Planning Application 24/0001/FUL – Land South of Mill Lane, Kettlebridge", 9),
        ("Appeals Update", 31),
    ]


def test_column_headings_and_numbers_are_no_unnumbered_list() -> None:
    meeting = one_meeting("Agenda\nItem\nPages\n1.\nAPOLOGIES FOR ABSENCE\n2.\nMINUTES\n(Pages 1 - 6)\n")
    assert [(i.number, i.title) for i in meeting.items] == [("1", "APOLOGIES FOR ABSENCE"), ("2", "MINUTES")]


def test_a_page_number_after_an_item_outside_a_table_stays_a_page_number() -> None:
    meeting = one_meeting(
        "AGENDA\n\n1. Apologies\n\n2\nMembers are asked to note the apologies\n\n2. Minutes\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [("1", "Apologies"), ("2", "Minutes")]


def test_a_membership_list_with_each_post_on_the_line_below_the_name() -> None:
    meeting = one_meeting(
        "Membership of the Wellbeing Board\n"
        "Councillor Ruth Amble (Chair)\nCabinet Member for Adult Care\n"
        "Councillor Tom Brisk\nDeputy Leader of the Council\n"
        "Dr Nia Carrow (Vice-Chair)\nClinical Lead, NHS Dale Valley Integrated Care Board\n"
        "Petra Dunmore\nDirector of Public Health\n"
        "Owen Eskdale\nChief Executive, Dale Valley Hospitals NHS Foundation\nTrust\n"
        "Lena Farrow\nDale Valley Community Action (voluntary sector representative)\n"
    )
    assert [(m.name, m.role) for m in meeting.members] == [
        ("Ruth Amble", "Chair; Cabinet Member for Adult Care"),
        ("Tom Brisk", "Deputy Leader of the Council"),
        ("Nia Carrow", "Vice-Chair; Clinical Lead, NHS Dale Valley Integrated Care Board"),
        ("Petra Dunmore", "Director of Public Health"),
        ("Owen Eskdale", "Chief Executive, Dale Valley Hospitals NHS Foundation Trust"),
        ("Lena Farrow", "Dale Valley Community Action (voluntary sector representative)"),
    ]


def test_names_one_per_line_without_posts_stay_members() -> None:
    meeting = one_meeting("Membership\nCouncillor Ruth Amble (Chair)\nPetra Dunmore\nOwen Eskdale\n")
    assert names(meeting) == ["Ruth Amble", "Petra Dunmore", "Owen Eskdale"]


def test_a_bulleted_member_with_a_post_is_not_the_post_of_the_bullet_above() -> None:
    meeting = one_meeting("Membership\n- Councillor Ruth Amble\n- Petra Dunmore Tri-Borough, Adult Care\n")
    assert [(m.name, m.role) for m in meeting.members] == [
        ("Ruth Amble", None),
        ("Petra Dunmore", "Tri-Borough, Adult Care"),
    ]


def test_a_membership_table_with_a_named_deputy_column_lists_only_the_members() -> None:
    meeting = one_meeting(
        "Membership\n"
        "Board Member\tOrganisation\tNamed Substitute\n"
        "Councillor Ruth Amble (Chair)\tDale Valley Council\tCouncillor Tom Brisk\n"
        "Petra Dunmore\tDirector of Public Health, Homes, Parks\tDr Owen Eskdale\n"
        "Lena Farrow\tHealthwatch Dale Valley\tVacancy\n"
    )
    assert [(m.name, m.role) for m in meeting.members] == [
        ("Ruth Amble", "Chair; Dale Valley Council"),
        ("Petra Dunmore", "Director of Public Health, Homes, Parks"),
        ("Lena Farrow", "Healthwatch Dale Valley"),
    ]


def test_county_councillors_and_co_opted_members_with_a_bracketed_note() -> None:
    meeting = one_meeting(
        "Membership\n"
        "County Councillor Ruth Amble\tChair\n"
        "Borough Councillor Tom Brisk\t\n"
        "\n"
        "Co-opted Members (non-voting)\n"
        "Lena Farrow\tHealthwatch Dale Valley\n"
    )
    assert [(m.name, m.role) for m in meeting.members] == [
        ("Ruth Amble", "Chair"),
        ("Tom Brisk", None),
        ("Lena Farrow", "Healthwatch Dale Valley"),
    ]


def test_a_meeting_of_line_and_a_long_date_line_with_the_venue() -> None:
    meeting = one_meeting(
        "Dale Valley County Council\n\nMeeting of the Places Scrutiny Committee\n\n"
        "Wednesday, 4th September, 2024 at 2.00 pm in Room 12 - The Mill Room, County Offices, Millbrook\n\n"
        "Agenda\n\n1.\tApologies\n\n"
        "2.\tDate of Next Meeting\n"
        "\tThe next meeting of the Places Scrutiny Committee will be held on Wednesday, 6 November 2024 "
        "at 2.00 pm in Room 12.\n"
    )
    assert (meeting.body, meeting.date, meeting.time, meeting.venue) == (
        "Places Scrutiny Committee",
        "2024-09-04",
        "14:00",
        "Room 12 - The Mill Room, County Offices, Millbrook",
    )


def test_the_next_meeting_sentence_does_not_give_the_date_summoned() -> None:
    meeting = one_meeting(
        "Places Scrutiny Committee\n\nAgenda\n\n1.\tApologies\n\n"
        "The next meeting of the Places Scrutiny Committee will be held on 6 November 2024 in Room 12.\n"
    )
    assert meeting.date is None


def items_of(meeting: Any) -> list[tuple[str, str, int | None, int | None]]:
    return [(i.number, i.title, i.first_page, i.last_page) for i in meeting.items]


def test_an_item_table_in_tab_cells_with_a_description_paragraph_under_the_title() -> None:
    meeting = one_meeting(
        "Agenda\nItem\tTitle\tPages\n"
        "1\tApologies</p>  <p>Members who cannot attend should tell the clerk.\t\n"
        "2\tMinutes - 4 June 2024\t3 - 9\n"
        "3\tDate of Next Meeting</p>  <p>Tuesday 9 July 2024 at 10.00am, Room 4.\t\n"
    )
    assert items_of(meeting) == [
        ("1", "Apologies", None, None),
        ("2", "Minutes - 4 June 2024", 3, 9),
        ("3", "Date of Next Meeting", None, None),
    ]


def test_sub_items_numbered_under_a_capitals_heading_item() -> None:
    meeting = one_meeting(
        "AGENDA\n1.\tAPOLOGIES FOR ABSENCE\n2.\tREPORTS FOR CONSIDERATION\n"
        "2 .1\tBus Lane Review\t5 - 10\n2.2\tWinter Gritting Routes\t11 - 14\n3.\tANY OTHER BUSINESS\n"
    )
    assert items_of(meeting) == [
        ("1", "APOLOGIES FOR ABSENCE", None, None),
        ("2", "REPORTS FOR CONSIDERATION", None, None),
        ("2.1", "Bus Lane Review", 5, 10),
        ("2.2", "Winter Gritting Routes", 11, 14),
        ("3", "ANY OTHER BUSINESS", None, None),
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "5.\tRoad Safety Plan The Head of Highways will give a verbal update on the plan.",
            "Road Safety Plan",
        ),
        (
            "5.\tDepot Lease - Award Report of the Director of Resources. Not for publication: it contains "
            "exempt information (paragraph 3).",
            "Depot Lease - Award",
        ),
        (
            "5.\tAnnual Report of the Director of Public Health",
            "Annual Report of the Director of Public Health",
        ),
        (
            "5.\tExclusion of the Press and Public To consider passing a resolution under section 100A(4) of the "
            "Local Government Act 1972 to exclude the press and public from the meeting for the following item, "
            "on the grounds that it involves the likely disclosure of exempt information as defined in the Act.",
            "Exclusion of the Press and Public",
        ),
    ],
)
def test_a_title_with_its_description_run_on(line: str, title: str) -> None:
    meeting = one_meeting(f"Agenda\n4.\tMinutes\n{line}\n")
    assert meeting.items[-1].number == "5"
    assert meeting.items[-1].title == title


PARTY_GROUPS = """FENWICK COUNTY COUNCIL

ADULT SOCIAL CARE CABINET COMMITTEE

Tuesday, 4th March, 2025, at 2.00 pm\tAsk for: Olu Bankole
Darent Room, Sessions House, County Hall, Fenbridge\tTelephone: 01632 960555

Membership (9)

Conservative (5):\tMrs A Marsh (Chair), Mr B Ojo (Vice-Chairman), Mr C Lyle, Ms D Frame and
\tMr E Gant
Labour (2):\tMs F Hale, Dr G Moss
Green (1):\tMr H Ives
Borough Representatives (1):\tCouncillor I Jukes

Filming Notice: Please note that this meeting may be filmed for broadcast.

AGENDA

1. Apologies and Substitutes
"""


def test_members_listed_under_party_group_labels_with_counts() -> None:
    meeting = agenda.read(read_text(PARTY_GROUPS.encode(), "groups.txt"))[0]
    assert [m.name for m in meeting.members] == [
        "A Marsh", "B Ojo", "C Lyle", "D Frame", "E Gant", "F Hale", "G Moss", "H Ives", "I Jukes",
    ]  # fmt: skip
    assert meeting.members[0].role == "Chair"
    assert meeting.venue == "Darent Room, Sessions House, County Hall, Fenbridge"
    assert meeting.date == "2025-03-04" and meeting.time == "14:00"


@pytest.mark.parametrize(
    "raw",
    ["Democratic Services contact: Lucy Tran, Scrutiny Officer", "Ask for: Olu Bankole", "Quorum: 3 Members"],
)
def test_a_labelled_contact_is_no_group_of_members(raw: str) -> None:
    assert agenda_members.group_then_names(Line(1, raw, raw)) is None


# -- item tables printed as HTML rows, cells holding paragraphs, lettered sub-items ----------------


def test_an_item_table_in_html_rows_gives_each_title_cell_first_paragraph() -> None:
    long_note = " ".join(["To hear from residents of the estate about the state of the play areas"] * 4)
    meeting = one_meeting(
        "Parks Forum\n\nDate: 3 May 2024\n\nAgenda\n\n<table>\n"
        f"<tr><td>1.</td><td><b>Open Spaces Survey</b><br>{long_note}.</td><td></td></tr>\n"
        "<tr><td>2.</td><td><b>Tree Planting Plan</b><br>Presentation by the Head of Parks.</td>"
        "<td>7 - 12</td></tr>\n</table>\n"
    )
    assert [(i.number, i.title, i.first_page, i.last_page) for i in meeting.items] == [
        ("1", "Open Spaces Survey", None, None),
        ("2", "Tree Planting Plan", 7, 12),
    ]


def test_a_tabbed_row_whose_title_cell_holds_a_note_paragraph() -> None:
    meeting = one_meeting(
        "Licensing Panel\n\nDate: 9 June 2024\n\nAGENDA\n"
        "1\tAPOLOGIES\t\n"
        "2\tSTREET TRADING CONSENTS</p>  <p>Verbal update from the Licensing Manager.\t\n"
        "3\tTAXI FARES REVIEW FOR THE COMING\t\n"
        "YEAR\t(Pages 4 - 9)</p>  <p>This report sets out the proposed tariff.\t\n"
    )
    assert [(i.number, i.title, i.first_page) for i in meeting.items] == [
        ("1", "APOLOGIES", None),
        ("2", "STREET TRADING CONSENTS", None),
        ("3", "TAXI FARES REVIEW FOR THE COMING YEAR", 4),
    ]


def test_lettered_sub_items_in_sentence_case_under_a_capitals_item() -> None:
    meeting = one_meeting(
        "Harbour Board\n\nDate: 2 July 2024\n\nAGENDA\n\n1 APOLOGIES\n\n2 QUESTIONS\n\n"
        "2a Questions from Members\n\n2b Questions from the Public\n\n3 HARBOUR DUES\n"
    )
    assert [i.number for i in meeting.items] == ["1", "2", "2a", "2b", "3"]


# -- header: the letter's date and the council's name give way to the meeting's ---------------------


def test_a_summons_letter_dated_above_its_sentence_gives_the_meeting_date() -> None:
    meeting = one_meeting(
        "Fenmoor District Council\n"
        "14th March, 2024\n"
        "MEETING OF LICENSING AND AMENITIES COMMITTEE\n"
        "Dear Councillor,\n"
        "The above-named Committee will meet in the Blue Room, Guildhall on Thursday,\n"
        "21st March, 2024 at 6.30 pm, for the transaction of the business noted below.\n"
    )
    assert meeting.date == "2024-03-21"
    assert meeting.time == "18:30"
    assert meeting.venue == "Blue Room, Guildhall"
    assert meeting.body == "LICENSING AND AMENITIES COMMITTEE"


def test_a_body_named_in_its_summons_sentence() -> None:
    meeting = one_meeting(
        "Borough of Eastwick Council\n\n2 October 2023\n\nDear Member\n\n"
        "The Eastwick Community Safety Partnership will be held in Room 2, Civic Offices,\n"
        "Mill Lane on Monday, 9 October 2023 at 2.00 pm\n"
    )
    assert (meeting.body, meeting.date, meeting.time) == (
        "Eastwick Community Safety Partnership",
        "2023-10-09",
        "14:00",
    )


def test_the_first_date_label_names_the_meeting_not_the_issue_date_below() -> None:
    meeting = one_meeting(
        "Westford City Council\n\nCommunity Safety Board Agenda\n\nDate: Monday, 5 February 2024\n"
        "Time: 4.00 pm\n\nIssued by: Pat Green, Democratic Services\nDate: Friday, 26 January 2024\n"
    )
    assert (meeting.body, meeting.date) == ("Community Safety Board", "2024-02-05")


def test_the_council_name_over_an_agenda_heading_gives_way_to_the_body() -> None:
    meeting = one_meeting("Norbridge County Council\n# Agenda\n# Schools Forum\nDate:\tTuesday 4 June 2024\n")
    assert meeting.body == "Schools Forum"


# -- membership: a list in one sentence, copies, table rows naming representatives, columns of spaces --


def test_a_membership_sentence_split_by_semicolons_and_cut_after_initials() -> None:
    meeting = one_meeting(
        "Membership:\n"
        "Alderman R. Doyle (Chairperson); Councillor B. Kerr (Deputy Chairperson); Aldermen T.\n"
        "Flynn and H. Moore; Councillors A. Boyd, C. Hume and J.\n"
        "Lavery.\n"
        "Harbourside Borough Council\n"
    )
    assert names(meeting) == [
        "R. Doyle",
        "B. Kerr",
        "T. Flynn",
        "H. Moore",
        "A. Boyd",
        "C. Hume",
        "J. Lavery",
    ]


def test_copies_to_ends_the_distribution_list() -> None:
    meeting = one_meeting(
        "Distribution:\n\nBoard Members: Councillor Ann Firth (Chair), Dr Omar Sidhu, Lena Park and\n"
        "Paul Greer\n\nCopies to: Ruth Abbot, Kim Lowe\n"
    )
    assert names(meeting) == ["Ann Firth", "Omar Sidhu", "Lena Park", "Paul Greer"]


def test_a_table_row_naming_a_representative_is_a_member_not_a_label() -> None:
    meeting = one_meeting(
        "## Membership\n\n| Name | Nominated by |\n|---|---|\n| Tom Baird | Dunmore Council |\n\n"
        "| Name | Role |\n|---|---|\n| Ailsa Grant | Carers' Representative |\n| Ewan Moir | Chief Officer |\n"
    )
    assert names(meeting) == ["Tom Baird", "Ailsa Grant", "Ewan Moir"]


def test_invitees_are_listed_with_the_members() -> None:
    meeting = one_meeting(
        "MEMBERSHIP\n\nCouncillor Jo Platt (Chair)      Leader\n\nInvitees (non-voting)\n"
        "Councillor Sam Ridley            Leader of the Opposition\n"
    )
    assert names(meeting) == ["Jo Platt", "Sam Ridley"]


def test_a_membership_list_in_space_set_columns_with_roles_wrapped_in_their_column() -> None:
    meeting = one_meeting(
        "Membership:\n\n"
        "Gwen Ellis                              Chief Executive, Vale of Brynmor\n"
        "                                        County Council\n"
        "Deputy Chief Fire Officer Ian Powys     North Vale Fire and Rescue\n"
        "                                        Service\n"
        "Nia Bowen                               Vale Housing Trust\n"
    )
    assert [(m.name, m.role) for m in meeting.members] == [
        ("Gwen Ellis", "Chief Executive, Vale of Brynmor County Council"),
        ("Ian Powys", "North Vale Fire and Rescue Service"),
        ("Nia Bowen", "Vale Housing Trust"),
    ]


# -- item titles: worded page columns, time columns, descriptions at the title's indent ----------------


def test_a_worded_page_column_leaves_the_title_free_to_wrap() -> None:
    meeting = one_meeting(
        "AGENDA\n\n"
        "4        RIVERSIDE CAR PARKS – CHARGES FOR THE                Pages 9 - 14\n"
        "         COMING YEAR\n\n"
        "         Report of: Director of Place\n\n"
        "5        TOWN CENTRE STRATEGY                                 Pages 15 - 30\n"
    )
    assert [(i.title, i.first_page, i.last_page) for i in meeting.items] == [
        ("RIVERSIDE CAR PARKS – CHARGES FOR THE COMING YEAR", 9, 14),
        ("TOWN CENTRE STRATEGY", 15, 30),
    ]


def test_a_time_column_and_the_words_after_a_page_range_are_no_part_of_the_title() -> None:
    meeting = one_meeting(
        "Agenda\n\n"
        "1   Minutes / Cofnodion (Pages 1 - 6)                                  10.05 am\n\n"
        "2   Rural Bus Services Review                                          10.20 am\n"
        "    (Pages 7 - 12)\n\n"
        "3.\tTree Strategy (Pages 13 - 18) Report of the Head of Parks on the consultation.\n"
    )
    assert [(i.title, i.first_page) for i in meeting.items] == [
        ("Minutes / Cofnodion", 1),
        ("Rural Bus Services Review", 7),
        ("Tree Strategy", 13),
    ]


def test_a_description_at_the_title_indent_is_not_the_title_wrapped() -> None:
    meeting = one_meeting(
        "Agenda\n\n"
        "1. Welcome and Housekeeping\n"
        "   Should the alarm sound, please leave by the nearest exit and gather on the lawn\n"
        "   in front of the library until told it is safe to return.\n\n"
        "2. Community Grants Scheme 2024-2025: Outcome of the Second\n"
        "   Round\n"
    )
    assert [i.title for i in meeting.items] == [
        "Welcome and Housekeeping",
        "Community Grants Scheme 2024-2025: Outcome of the Second Round",
    ]


def test_header_fields_printed_as_rows_of_label_and_value() -> None:
    meeting = one_meeting(
        "Scrutiny Panel\n\n<table>\n"
        "<tr><td><p>Date and Time</p></td><td><p>Monday, 3rd June, 2024 at 2.00 pm</p></td></tr>\n"
        "<tr><td><p>Place</p></td><td><p>Hollins Room, Shire Hall, Eastbury</p></td></tr>\n</table>\n"
    )
    assert (meeting.date, meeting.time, meeting.venue) == (
        "2024-06-03",
        "14:00",
        "Hollins Room, Shire Hall, Eastbury",
    )


def test_a_venue_below_the_date_loses_its_leading_in() -> None:
    meeting = one_meeting(
        "CABINET\n\nMONDAY, 8 JULY 2024 AT 11:00 HOURS\nIN THE COUNCIL CHAMBER, GUILDHALL, ASHFORD\n"
    )
    assert meeting.venue == "COUNCIL CHAMBER, GUILDHALL, ASHFORD"


def test_a_role_wrapped_after_its_comma_keeps_one_comma() -> None:
    meeting = one_meeting(
        "MEMBERSHIP\n\nCouncillor Ruth Dale (Chair)      Cabinet Member for Leisure,\n"
        "                                  Culture and Tourism\n"
    )
    assert meeting.members[0].role == "Chair; Cabinet Member for Leisure, Culture and Tourism"


def test_report_to_follow_is_no_part_of_the_title() -> None:
    meeting = one_meeting("AGENDA:\n1.\tApologies\n2.\tMarket Hall Lettings Policy Report to follow.\n")
    assert [i.title for i in meeting.items] == ["Apologies", "Market Hall Lettings Policy"]


def test_a_site_visit_or_an_item_note_held_on_a_date_is_not_the_summons() -> None:
    meeting = one_meeting(
        "Planning Committee\n\nThursday, 4 April 2024\n\n"
        "A site visit will be held on Tuesday, 2 April 2024 at 10.00 am.\n\nAgenda\n\n"
        "1. Apologies\n\n2. Hill Farm Barns\n   The Committee will meet in private on 9 May 2024.\n"
    )
    assert meeting.date == "2024-04-04"


def test_a_presenter_line_under_a_title_is_not_the_title_wrapped() -> None:
    meeting = one_meeting(
        "Wellbeing Board\n\nDate: 1 March 2024\n\n"
        "1. Annual Report of the Director of Public Health 2023\n"
        "   Presentation by the Director of Public Health\n\n"
        "2. Oral Health Improvement Plan for Young People\n"
        "   Lead: Consultant in Public Health\n"
    )
    assert [i.title for i in meeting.items] == [
        "Annual Report of the Director of Public Health 2023",
        "Oral Health Improvement Plan for Young People",
    ]


def test_a_letter_spaced_agenda_heading_opens_the_items() -> None:
    meeting = one_meeting("Licensing Forum\n\nA G E N D A\n\nApologies\nMinutes\nTaxi Licensing Fees\n")
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"),
        ("2", "Minutes"),
        ("3", "Taxi Licensing Fees"),
    ]


def test_headings_grouping_the_items_are_their_parts() -> None:
    meeting = one_meeting(
        "AGENDA:\nStanding Business\n1.\tApologies\n2.\tMinutes (Pages 1 - 3)\n"
        "ITEMS FOR DECISION\n3.\tHarbour Wall Repairs (Pages 4 - 9)\n"
        "Restricted Items\n4.\tBoatyard Lease Renewal\n"
        "Confidential Business - Not Open to the Public\n5.\tStaffing Review\n"
    )
    assert [(i.number, i.part, i.exempt) for i in meeting.items] == [
        ("1", "Standing Business", False),
        ("2", "Standing Business", False),
        ("3", "ITEMS FOR DECISION", False),
        ("4", "Restricted Items", True),
        ("5", "Confidential Business - Not Open to the Public", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Agenda\n\n1. Apologies\n\n2. Budget\n\nAny Other Business\n",  # an unnumbered closing item
        "Agenda\n\n1. Apologies\n\n2. Any Urgent\nBusiness\n\n3. Budget\n",  # a lone word under an item
    ],
)
def test_lines_that_are_no_heading_of_the_items(text: str) -> None:
    assert all(i.part is None for i in one_meeting(text).items)


def test_a_distribution_list_names_the_members() -> None:
    meeting = one_meeting(
        "Fenwick Health and Wellbeing Board Agenda\n\nDate: Monday, 2 December 2024\n\nDistribution:\n\n"
        "Councillor Ann Boyd (Chair), Dr Raj Patel (Vice-Chair), Councillor Ken Lowe,\nSue Marsh and Tom Eddy\n\n"
        "Issued by: Jo Platt\n"
    )
    assert names(meeting) == ["Ann Boyd", "Raj Patel", "Ken Lowe", "Sue Marsh", "Tom Eddy"]


def test_a_running_header_date_gives_way_to_the_date_line_with_the_time_and_venue() -> None:
    meeting = one_meeting(
        "                        DALESHIRE COUNTY COUNCIL\n"
        "                    Executive - Wednesday, 5 June 2024\n"
        "                                                              Page 1\n"
        "                               EXECUTIVE\n\n"
        "            WEDNESDAY, 5 JUNE 2024 AT 2.00 PM\n"
        "            IN COMMITTEE ROOM 1, COUNTY HALL, DALETON, DL1 4QQ\n"
    )
    assert (meeting.date, meeting.time, meeting.venue) == (
        "2024-06-05",
        "14:00",
        "COMMITTEE ROOM 1, COUNTY HALL, DALETON, DL1 4QQ",
    )


def test_a_tabbed_item_row_keeps_only_its_title_cell() -> None:
    meeting = one_meeting(
        "Joint Board\nDate: 3 May 2024\n\nAGENDA\n"
        "1\tWelcome and Apologies\tChair\t\n"
        "2\tMinutes of the Last Meeting\tChair\t5 - 9\n"
        "3\tLocality Plan Refresh (Pages 10 - 14)\tHead of Strategy\tB\n"
    )
    assert [(i.title, i.first_page, i.last_page) for i in meeting.items] == [
        ("Welcome and Apologies", None, None),
        ("Minutes of the Last Meeting", 5, 9),
        ("Locality Plan Refresh", 10, 14),
    ]


def test_pages_printed_as_pp() -> None:
    meeting = one_meeting(
        "Agenda\n\n1. Minutes (pp. 3-8)\n\n2. Parking Review (pp 9 - 20)\n\n3. Transport App 2\n"
    )
    assert [(i.title, i.first_page, i.last_page) for i in meeting.items] == [
        ("Minutes", 3, 8),
        ("Parking Review", 9, 20),
        ("Transport App 2", None, None),
    ]


@pytest.mark.parametrize("time", ["2.30 pm", "14:30", "At 2.30pm", "2.30 pm – 4.30 pm"])
def test_the_time_and_venue_each_printed_alone_below_the_date(time: str) -> None:
    meeting = one_meeting(
        "PENWORTH BOROUGH COUNCIL\n\nLICENSING PANEL\n\nThursday, 9th October, 2025\n\n"
        f"{time}\n\nThe Guildroom, Market House, Penworth\n\nAGENDA\n\n1. Apologies\n"
    )
    assert (meeting.date, meeting.time, meeting.venue) == (
        "2025-10-09",
        "14:30",
        "The Guildroom, Market House, Penworth",
    )


def test_a_time_in_an_item_list_is_not_the_meeting_time() -> None:
    meeting = one_meeting(
        "Licensing Panel\nDate: Thursday, 9 October 2025\nTime: 6.00 pm\n\nAGENDA\n\n1. Apologies\n\n2.30 pm\n"
    )
    assert meeting.time == "18:00"


def test_a_bold_title_in_a_table_cell_leaves_its_note_out() -> None:
    meeting = one_meeting(
        "Agenda\n\n| Item | | Pages |\n|---|---|---|\n"
        "| 1 | **Open Forum** Up to twenty minutes are set aside for residents to raise matters. | |\n"
        "| 2 | **Fleet Replacement Programme** (Exempt under paragraph 3 of Part 1 of Schedule 12A to the Local "
        "Government Act 1972 - information relating to the financial or business affairs of any particular "
        "person, including the authority holding that information) | 7 - 12 |\n"
        "| 3 | **Minutes** of the meeting held on 4 May 2026 | 13 - 16 |\n"
    )
    assert [(i.title, i.first_page) for i in meeting.items] == [
        ("Open Forum", None),
        ("Fleet Replacement Programme", 7),
        ("Minutes of the meeting held on 4 May 2026", 13),
    ]


def test_a_long_exempt_note_after_a_title_is_no_part_of_it() -> None:
    note = (
        "(Exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 - information "
        "relating to the financial or business affairs of any particular person, including the authority)"
    )
    meeting = one_meeting(f"Agenda\n\n1. Apologies\n\n2. Depot Lease Renewal {note}\n")
    assert [i.title for i in meeting.items] == ["Apologies", "Depot Lease Renewal"]


def test_a_title_leading_in_its_parts_with_a_colon_dash_ends_there() -> None:
    meeting = one_meeting(
        "Agenda\n\n1\tApologies\t\n"
        "2\tDeclarations of Interest:- (see note 2) (a) Registrable Interests</p><p>(b) Other Interests\t\n"
    )
    assert [i.title for i in meeting.items] == ["Apologies", "Declarations of Interest"]


def test_a_tabbed_title_ending_in_a_year_keeps_it_beside_a_page_column() -> None:
    meeting = one_meeting(
        "Agenda\n\n1\tMinutes of the meeting held on 9 June 2026\t3 - 7\n2\tBudget\t8 - 9\n"
    )
    assert [(i.title, i.first_page, i.last_page) for i in meeting.items] == [
        ("Minutes of the meeting held on 9 June 2026", 3, 7),
        ("Budget", 8, 9),
    ]


def test_a_membership_paragraph_ends_before_the_agenda_heading_under_it() -> None:
    meeting = one_meeting(
        "Membership\n"
        "Councillors: Petra Oakhurst (Chairman), Dev Ramsay (Vice-Chairman), Nell Ashby,\n"
        "Tomas Brierley, Una Castellan\n"
        "AGENDA\n"
        "1\tApologies\t\n"
    )
    assert names(meeting) == ["Petra Oakhurst", "Dev Ramsay", "Nell Ashby", "Tomas Brierley", "Una Castellan"]
    assert [i.title for i in meeting.items] == ["Apologies"]


@pytest.mark.parametrize(
    "heading", ["Webcasting Notice", "Fire Evacuation Procedure", "Filming and Recording"]
)
def test_a_notice_heading_below_the_membership_list_is_no_member(heading: str) -> None:
    meeting = one_meeting(
        "ESTATES PANEL\n\nMonday, 2 March 2026\n\nMembership (3)\n\n"
        "<tr><td>Independent (3):</td><td>Mrs A Quayle (Chairman), Mr B Rook and Ms C Sallow</td></tr>\n\n"
        f"{heading}\n\nPlease note: this meeting may be recorded and broadcast on the Council's website.\n"
    )
    assert names(meeting) == ["A Quayle", "B Rook", "C Sallow"]


def test_an_honorific_at_a_line_end_takes_the_name_on_the_next_line() -> None:
    meeting = one_meeting(
        "Committee Members\n\n"
        "Councillor Ailsa Brodie (Convener), Councillor Rory Tait, Councillor\n"
        "Mhairi Lennox and Councillor Euan Guthrie.\n"
    )
    assert names(meeting) == ["Ailsa Brodie", "Rory Tait", "Mhairi Lennox", "Euan Guthrie"]


def test_numbered_sections_each_heading_their_own_entries_are_headings() -> None:
    meeting = one_meeting(
        "Agenda\n\n1. Order of Business\n\n1.1  Any urgent business notified to the Clerk\n\n"
        "2. Deputations\n\n2.1  If any\n\n3. Reports\n\n3.1  Library Opening Hours      5 - 9\n\n"
        "3.2  Parks Byelaws Review      10 - 14\n\n4. Motions\n\n4.1  If any\n\n\n        Page 2\n"
    )
    assert [(i.number, i.title, i.part, i.first_page) for i in meeting.items] == [
        ("1.1", "Any urgent business notified to the Clerk", "1. Order of Business", None),
        ("2.1", "If any", "2. Deputations", None),
        ("3.1", "Library Opening Hours", "3. Reports", 5),
        ("3.2", "Parks Byelaws Review", "3. Reports", 10),
        ("4.1", "If any", "4. Motions", None),
    ]


def test_a_notice_under_an_agenda_title_with_at_and_on_labels() -> None:
    meeting = one_meeting(
        "Agenda\nNotice of Meeting\nYou are invited to attend\nHarbour Board\n"
        "At:\tRoom 2, Civic Centre, Penllyn\nOn:\tTuesday, 3 March 2026\nTime:\t10.00 am\n"
        "Chair:\tCouncillor A Bevan\n\nMembership:\nCouncillors: B Cole, C Dale and D Evans\n"
        "Watch Online: https://harbour.example.tv/live\n\n"
        "\tAgenda\tPage No.\n1\tApologies for Absence.\t\n2\tMinutes.\t1 - 5\n"
    )
    assert (meeting.body, meeting.date, meeting.time, meeting.venue) == (
        "Harbour Board",
        "2026-03-03",
        "10:00",
        "Room 2, Civic Centre, Penllyn",
    )
    assert names(meeting) == ["A Bevan", "B Cole", "C Dale", "D Evans"]
    assert [(i.number, i.title, i.first_page) for i in meeting.items] == [
        ("1", "Apologies for Absence", None),
        ("2", "Minutes", 1),
    ]


@pytest.mark.parametrize(
    ("row", "title"),
    [
        ("3\tDeclarations of Interest. https://www.example.gov.uk/interests\t", "Declarations of Interest"),
        (
            "3\tPublic Forum. Residents may speak for up to three minutes on any item on the agenda. "
            "Requests to speak must reach the clerk by noon the day before.\t",
            "Public Forum",
        ),
        ("3\tSt. Anne's Park Pavilion Lease\t4 - 6", "St. Anne's Park Pavilion Lease"),
    ],
)
def test_a_link_or_a_note_in_sentences_after_a_title_is_no_part_of_it(row: str, title: str) -> None:
    meeting = one_meeting(f"Agenda\n\n1\tApologies\t\n2\tMinutes\t1 - 3\n{row}\n")
    assert meeting.items[-1].title == title


def test_a_title_wrapped_onto_a_line_starting_in_lower_case_goes_on() -> None:
    meeting = one_meeting(
        "Agenda\n\n1.1  Members should state any interest they hold in the business, naming\n"
        "     the item and the kind of interest.\n\n1.2  Apologies\n\n"
        "     To note any apologies received.\n"
    )
    assert [i.title for i in meeting.items] == [
        "Members should state any interest they hold in the business, naming the item and the kind of interest",
        "Apologies",
    ]


def test_a_time_under_an_at_label_is_the_time_not_the_venue() -> None:
    meeting = one_meeting("Parish Council\nOn:\tMonday, 6 April 2026\nAt:\t7.30 pm\nVenue:\tVillage Hall\n")
    assert (meeting.date, meeting.time, meeting.venue) == ("2026-04-06", "19:30", "Village Hall")


def test_bracketed_role_wrapped_onto_the_next_line_of_a_list() -> None:
    meeting = one_meeting(
        "Licensing Panel\n\nMonday 3 February 2025 at 10.00 am\n\nMembership\n\n"
        "Councillors Tessa Marlow (Chair), Idris Fenwick (Vice-Chair), Lowri Gatacre\n"
        "(Group Spokesperson), Hugo Ambler, Winifred Stroud,\n"
        "Kamal Osei and Petra Vandenberg\n"
    )
    assert names(meeting) == [
        "Tessa Marlow",
        "Idris Fenwick",
        "Lowri Gatacre",
        "Hugo Ambler",
        "Winifred Stroud",
        "Kamal Osei",
        "Petra Vandenberg",
    ]
    assert meeting.members[2].role == "Group Spokesperson"


def test_membership_under_headings_naming_each_partner_body() -> None:
    meeting = one_meeting(
        "Tri-Borough Scrutiny Committee\n\nTuesday 7 March 2023\n\nMembership\n\n"
        "Royal Borough of Ashcombe\n\n- Councillor Neve Harcastle (Chair)\n- Councillor Obi Trelawny\n\n"
        "Borough of Melford\n\n- Councillor Sunniva Pask\n\nQuorum: 2\n"
    )
    assert names(meeting) == ["Neve Harcastle", "Obi Trelawny", "Sunniva Pask"]
    assert [m.role for m in meeting.members] == [
        "Chair; Royal Borough of Ashcombe",
        "Royal Borough of Ashcombe",
        "Borough of Melford",
    ]


def test_a_table_column_of_single_pages_gives_where_each_item_starts() -> None:
    meeting = one_meeting(
        "Harbour Board\n\nThursday 6 April 2023\n\nAgenda\n\n<table>\n"
        "<tr><td>1.</td><td>Apologies for absence</td><td></td></tr>\n"
        "<tr><td>2.</td><td>Minutes of the last meeting</td><td>Page 3</td></tr>\n"
        "<tr><td>3.</td><td>Dredging contract award</td><td>Page 9</td></tr>\n"
        "<tr><td>4.</td><td>Any other business</td><td></td></tr>\n</table>\n"
    )
    starts = {i.number: (i.first_page, i.last_page) for i in meeting.items if i.first_page}
    assert starts == {"2": (3, 8), "3": (9, None)}  # item 3 ends where nothing later says


def test_membership_table_whose_heading_names_the_member_column() -> None:
    meeting = one_meeting(
        "Community Safety Partnership\n\nWednesday 8 March 2023\n\nMembership\n"
        "Name\tOrganisation\tRole on the Board\n"
        "Councillor Idris Maunder\tKelbridge Borough Council\tChair\n"
        "Superintendent Alma Ruddock\tKelbridge Fire and Rescue Service\tArea Manager\n"
        "\nAGENDA\n"
    )
    assert names(meeting) == ["Idris Maunder", "Alma Ruddock"]


def test_an_html_membership_row_keeps_the_name_apart_from_the_body() -> None:
    found = agenda_members.read_line(
        Line(
            4,
            "Tomas Brierley Kelbridge Constabulary",
            "<tr><td>Tomas Brierley</td><td>Kelbridge Constabulary</td></tr>",
        )
    )
    assert [(m.name, m.role) for m in found] == [("Tomas Brierley", "Kelbridge Constabulary")]


def test_members_requested_to_meet_summons_gives_date_time_and_venue() -> None:
    meeting = one_meeting(
        "Burgh Chambers,\nKIRKHOLM 2 June 2022\n\n"
        "The Members of the LICENSING BOARD are requested to meet in the Council\n"
        "Chamber - Burgh Chambers on WEDNESDAY, 15 JUNE 2022 at 2.00 pm.\n\n"
        "Members:-\nCouncillor Morag Tulloch (Convener) and Councillors Hamish Brodie and Isla Mowat.\n"
    )
    assert (meeting.date, meeting.time) == ("2022-06-15", "14:00")
    assert meeting.venue == "Council Chamber - Burgh Chambers"
    assert names(meeting) == ["Morag Tulloch", "Hamish Brodie", "Isla Mowat"]
