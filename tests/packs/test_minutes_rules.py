"""The minutes reader's rules one by one: small printed inputs and what each must yield."""

from __future__ import annotations

import pytest

from minutebook.packs import minutes
from minutebook.packs.lines import Line
from minutebook.packs.minutes_attendance import label_of
from minutebook.packs.minutes_decisions import split_inline
from minutebook.packs.minutes_items import heading
from minutebook.packs.minutes_people import is_person, people_in, same_person
from minutebook.packs.minutes_statement import normalise_body, read_statement
from minutebook.packs.record import Meeting
from minutebook.packs.text import clean_line


def lines_of(text: str) -> list[Line]:
    return [Line(n, clean_line(raw), raw) for n, raw in enumerate(text.splitlines(), start=1)]


def read_one(text: str, notes: bool = False) -> Meeting:
    (meeting,) = minutes.read(lines_of(text), notes=notes)
    return meeting


# ------------------------------------------------------------------ people --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr Jane Smith", True),
        ("Councillor Smith", True),
        ("Daniela Valdés", True),
        ("Maria O'Brien", True),
        ("Nafsika Butler-Thalassis", True),
        ("J Smith", True),
        ("Smith", False),
        ("Cabinet Member for Adults", False),
        ("Healthwatch Westminster", False),
        ("MINUTES", False),
        ("CITY OF WESTMINSTER", False),
        ("Item Action", False),
        ("There were no apologies", False),
    ],
)
def test_is_person(text: str, expected: bool) -> None:
    assert is_person(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Councillor A (Chair), B Jones and Dr C Brown", [("A", "Chair"), ("B Jones", None), ("C Brown", None)]),
        ("Councillors Patel (Leader), Hughes and Wright", [("Patel", "Leader"), ("Hughes", None), ("Wright", None)]),
        ("Susan Sinclair (NWL Cancer Alliance) Dr Andrew Steeden (Chair, West London CCG)",
         [("Susan Sinclair", "NWL Cancer Alliance"), ("Andrew Steeden", "Chair, West London CCG")]),
        ("Lesley Watts (Senior Responsible Officer (SRO) for NWL)",
         [("Lesley Watts", "Senior Responsible Officer (SRO) for NWL")]),
        ("Councillor Rachael Robathan , Cabinet Member for Adults and Public Health",
         [("Rachael Robathan", "Cabinet Member for Adults and Public Health")]),
        ("Jenny Smith, Director of Housing, Bob Jones, Head of Legal",
         [("Jenny Smith", "Director of Housing"), ("Bob Jones", "Head of Legal")]),
        ("Daniela Valdés (DV) (chair)", [("Daniela Valdés", "Chair")]),
        ("Ade Odunlade (CNWL)", [("Ade Odunlade", "CNWL")]),
    ],
)  # fmt: skip
def test_people_in_a_list(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in people_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "deputy", "deputy_for", "role"),
    [
        ("Annabel Saunders (acting as Deputy)", True, None, None),
        ("Dominic Conlin (Deputy for Leslie Watts, Chelsea, and Westminster)", True, "Leslie Watts",
         "Chelsea, and Westminster"),
        ("Councillor L Baker (Substitute for Councillor M Cole)", True, "M Cole", None),
        ("Councillor T Hill (Substitute)", True, None, None),
        ("Councillor Y Jones (for Councillor Z King)", True, "Z King", None),
        ("Councillor P Lee (for item 5 only)", False, None, "For item 5 only"),
    ],
)  # fmt: skip
def test_deputy_markers(text: str, deputy: bool, deputy_for: str | None, role: str | None) -> None:
    (person,) = people_in(text)
    assert (person.deputy, person.deputy_for, person.role) == (deputy, deputy_for, role)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Dr Neville Pursell", "Neville Pursell", True),
        ("Councillor Smith", "John Smith", True),
        ("Jane Smith", "John Smith", False),
    ],
)
def test_same_person(a: str, b: str, expected: bool) -> None:
    assert same_person(a, b) is expected


# ------------------------------------------------------------------ header --


@pytest.mark.parametrize(
    ("statement", "body", "date", "time", "venue"),
    [
        ("Minutes of a meeting of the Royal Borough of Kensington & Chelsea's Health & Wellbeing Board held on "
         "9 May 2019 at 4pm at The Main Hall, Draycott Avenue, London, SW3 3AP.",
         "RBKC Health & Wellbeing Board", "2019-05-09", "16:00", "The Main Hall, Draycott Avenue, London, SW3 3AP"),
        ("Minutes of a joint meeting of Westminster City Council's and the Royal Borough of Kensington & "
         "Chelsea's Health & Wellbeing Boards held on 9 May 2019 at 4.30pm.",
         "Joint Health & Wellbeing Board", "2019-05-09", "16:30", None),
        ("Minutes of a meeting of the Health & Wellbeing Board held on Thursday 24th May, 2018, Room 3.6 and 3.7, "
         "5 Strand, London.", "Health & Wellbeing Board", "2018-05-24", None, "Room 3.6 and 3.7, 5 Strand, London"),
        ("Minutes of a meeting of the Cabinet held at Council Chamber - Town Hall on Monday, 8 January 2024 at "
         "7.00 pm", "Cabinet", "2024-01-08", "19:00", "Council Chamber - Town Hall"),
        ("MINUTES of the meeting of the PLANNING COMMITTEE held on Tuesday, 5 March 2024 commencing at 7.00 pm "
         "and finishing at 9.15 pm", "Planning Committee", "2024-03-05", "19:00", None),
        ("Minutes of the meeting of the Licensing Sub-Committee held in Committee Room 2, Civic Centre on "
         "12/03/24 at 10:00", "Licensing Sub-Committee", "2024-03-12", "10:00", "Committee Room 2, Civic Centre"),
        ("Minutes of the meeting of the Schools Forum held virtually on 3 June 2021 at 2pm", "Schools Forum",
         "2021-06-03", "14:00", None),
    ],
)  # fmt: skip
def test_statement(statement: str, body: str, date: str, time: str | None, venue: str | None) -> None:
    head = read_statement(statement)
    assert (head.body, head.date, head.time, head.venue) == (body, date, time, venue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joint Strategic Needs Assessment (JSNA) Steering Group", "JSNA Steering Group"),
        ("Health & Wellbeing Boards", "Health & Wellbeing Board"),
        (
            "London Borough of Hammersmith & Fulham's Health and Wellbeing Board",
            "LBHF Health and Wellbeing Board",
        ),
        ("the AUDIT AND GOVERNANCE COMMITTEE", "Audit and Governance Committee"),
    ],
)
def test_normalise_body(text: str, expected: str) -> None:
    assert normalise_body(text) == expected


def test_ended_from_statement_time_range() -> None:
    head = read_statement(
        "Notes of the meeting held on 3 September 2024, 2.00pm – 3.30pm, Room 4, Civic Centre"
    )
    assert (head.time, head.ended, head.venue) == ("14:00", "15:30", "Room 4, Civic Centre")


# -------------------------------------------------------------- attendance --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Present:", ("present", "")),
        ("Members Present: Councillor A", ("present", "Councillor A")),
        ("PRESENT (in person): Councillor A", ("present", "Councillor A")),
        ("Also Present: X", ("also_present", "X")),
        ("Officers in attendance: X", ("also_present", "X")),
        ("In attendance", ("attendance", "")),
        ("Apologies: Stuart Lines, Meenara Islam", ("apologies", "Stuart Lines, Meenara Islam")),
        ("Apologies for Absence - Councillor Khan", ("apologies", "Councillor Khan")),
        ("Substitute Members: Councillor Y for Councillor Z", ("deputy", "Councillor Y for Councillor Z")),
        ("Members of the Committee present: A", ("present", "A")),
        ("Other Members in attendance: B", ("also_present", "B")),
        ("Substitutes present: C", ("deputy", "C")),
        ("Attendance details", ("attendance", "")),
        ("Apologies for absence were received from X", None),
        ("Presentation of the report", None),
    ],
)
def test_attendance_labels(text: str, expected: tuple[str, str] | None) -> None:
    assert label_of(text) == expected


def _attendance(meeting: Meeting) -> list[tuple[str, str, str | None]]:
    return sorted((a.status, a.name, a.deputy_for) for a in meeting.attendance)


def test_role_on_the_line_before_the_name() -> None:
    meeting = read_one(
        "Minutes of a meeting of the Board held on 1 May 2020.\nPresent:\n"
        "Chairman and Cabinet Member for Health:\nCouncillor Heather Acton\n"
        "Healthwatch: Olivia Clymer\n\n1 MEMBERSHIP\n"
    )
    assert [(a.name, a.role) for a in meeting.attendance] == [
        ("Heather Acton", "Chairman and Cabinet Member for Health"),
        ("Olivia Clymer", "Healthwatch"),
    ]


def test_a_councillors_list_wrapped_without_a_comma() -> None:
    meeting = read_one(
        "Minutes of a meeting of the Board held on 1 May 2020.\nPresent:\n"
        "Councillors Smith (Chair), Jones (Vice-Chair), Brown, Green\nWhite and Black.\n"
        "Councillor Hale (Chairman) in the Chair\n1. MINUTES\n"
    )
    assert [(a.name, a.role) for a in meeting.attendance] == [
        ("Smith", "Chair"),
        ("Jones", "Vice-Chair"),
        ("Brown", None),
        ("Green", None),
        ("White", None),
        ("Black", None),
        ("Hale", "Chairman; In the Chair"),
    ]


def test_wrapped_role_joins_its_entry() -> None:
    meeting = read_one(
        "Minutes of a meeting of the Board held on 1 May 2020.\nPresent:\n"
        "Annabel Saunders (RBKC & WCC – Assistant Director of Integrated Commissioning -\n"
        "Children's Lead)\nIain Cassidy (Open Age)\n1. WELCOME\n"
    )
    assert [a.role for a in meeting.attendance] == [
        "RBKC & WCC – Assistant Director of Integrated Commissioning - Children's Lead",
        "Open Age",
    ]


def test_deputies_named_respectively_merge_with_the_present_list() -> None:
    meeting = read_one(
        "Minutes of a meeting of the Board held on 1 May 2020.\nPresent:\n"
        "Children's Services: Annabel Saunders (acting as Deputy)\nHousing: Jennifer Travassos (acting as Deputy)\n\n"
        "1 MEMBERSHIP\n"
        "1.1 Apologies for absence were received from Melissa Caslake (Director) and Tom McGregor (Director).\n"
        "1.2 Annabel Saunders (Director of Commissioning) and Jennifer Travassos (Head of Prevention) attended as "
        "Deputies for Melissa Caslake and Tom McGregor respectively\n"
    )
    assert _attendance(meeting) == [
        ("apologies", "Melissa Caslake", None),
        ("apologies", "Tom McGregor", None),
        ("deputy", "Annabel Saunders", "Melissa Caslake"),
        ("deputy", "Jennifer Travassos", "Tom McGregor"),
    ]
    assert meeting.attendance[0].role == "Children's Services"


def test_their_respective_deputies_follow_the_apologies_of_the_paragraph() -> None:
    meeting = read_one(
        "1 MEMBERSHIP\n"
        "1.1 Apologies for absence were also received from Dr Ruth O'Hare (CCG) and Andrew Christie (Director). "
        "Dr Neville Pursell (CCG) and Ian Heggs (Director of Schools) attended as their respective Deputies.\n"
    )
    assert _attendance(meeting) == [
        ("apologies", "Andrew Christie", None),
        ("apologies", "Ruth O'Hare", None),
        ("deputy", "Ian Heggs", "Andrew Christie"),
        ("deputy", "Neville Pursell", "Ruth O'Hare"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Apologies were received from Councillor X Hill, with Councillor Y Jones substituting.",
         [("apologies", "X Hill", None), ("deputy", "Y Jones", "X Hill")]),
        ("Apologies for absence were received from Councillor Hill (Councillor Jones substituting).",
         [("apologies", "Hill", None), ("deputy", "Jones", "Hill")]),
        ("Apologies for absence were received from Councillor A Hill (substitute: Councillor D Green).",
         [("apologies", "A Hill", None), ("deputy", "D Green", "A Hill")]),
        ("Councillor A Khan sent apologies.", [("apologies", "A Khan", None)]),
        ("Apologies for absence were received from Councillors Smith and Jones, and from Mr Brown (co-opted member).",
         [("apologies", "Smith", None), ("apologies", "Jones", None), ("apologies", "Brown", None)]),
        ("Apologies were received from Councillor Ann Lee who was represented by Councillor Bo Ng.",
         [("apologies", "Ann Lee", None), ("deputy", "Bo Ng", "Ann Lee")]),
        ("Apologies for lateness were received from Councillor B Lee.", []),
        ("Councillor V Young substituted for Councillor Rahman.", [("deputy", "V Young", "Rahman")]),
        ("Jules Martin (Managing Director) was also in attendance.", [("also_present", "Jules Martin", None)]),
        ("Apologies for absence were received from Councillor A Lee and Councillor B Moss, and Councillor C Nash "
         "attended as substitute for Councillor B Moss.",
         [("apologies", "A Lee", None), ("apologies", "B Moss", None), ("deputy", "C Nash", "B Moss")]),
        ("Councillor D Dale substituted for Councillor A Ash and Councillor E Eden substituted for Councillor B Bird.",
         [("deputy", "D Dale", "A Ash"), ("deputy", "E Eden", "B Bird")]),
        ("Councillors Ariel Cahn and Graham Cone were in attendance, by invitation.",
         [("also_present", "Ariel Cahn", None), ("also_present", "Graham Cone", None)]),
        ("Also present were Councillor P Ray and Councillor Q Shaw.",
         [("also_present", "P Ray", None), ("also_present", "Q Shaw", None)]),
    ],
)  # fmt: skip
def test_attendance_sentences(paragraph: str, expected: list[tuple[str, str, str | None]]) -> None:
    meeting = read_one(f"1. BUSINESS\n{paragraph}\n")
    assert _attendance(meeting) == sorted(expected)


def test_names_alone_under_an_apologies_item() -> None:
    meeting = read_one(
        "1. APOLOGIES FOR ABSENCE\nCouncillors Evans and Thomas.\n2. MINUTES\nThere were no apologies.\n"
    )
    assert _attendance(meeting) == [("apologies", "Evans", None), ("apologies", "Thomas", None)]


def test_a_table_row_gives_name_and_role_cells() -> None:
    meeting = read_one(
        "Steering Group\n30th September 2015\nNotes\nIn attendance\t\n"
        "Daniela Valdés (DV) (chair)\tHead of Planning, CLCCG\nApologies: Stuart Lines\t\n",
        notes=True,
    )
    assert [(a.status, a.name, a.role) for a in meeting.attendance] == [
        ("present", "Daniela Valdés", "Chair; Head of Planning, CLCCG"),
        ("apologies", "Stuart Lines", None),
    ]
    assert (meeting.kind, meeting.body, meeting.date, meeting.line) == (
        "notes",
        "Steering Group",
        "2015-09-30",
        2,
    )


# ------------------------------------------------------------------- items --


@pytest.mark.parametrize(
    ("raw", "last", "expected"),
    [
        ("1. WELCOME TO THE MEETING", None, ("1", "WELCOME TO THE MEETING")),
        ("## **4 PATIENTS AND THEIR CARERS**", "3", ("4", "PATIENTS AND THEIR CARERS")),
        ("63 MINUTES", None, ("63", "MINUTES")),
        ("12/21 Declarations of Interest", None, ("12/21", "Declarations of Interest")),
        ("13/21 Minutes of the previous meeting", "12/21", ("13/21", "Minutes of the previous meeting")),
        ("5. CABINET REPORT (Pages 5 - 12)", "4", ("5", "CABINET REPORT")),
        ("1. Minutes of last meeting\tMinutes agreed.", None, ("1", "Minutes of last meeting")),
        ("1.1 Councillor Lindsay welcomed everyone", None, None),
        ("4. That the report be noted.", "3", None),
        ("20 doctors had just been recruited", None, None),
        ("9. Review of the strategy", "3", None),
        ("34a. SUPPLEMENTARY ITEM", "34", ("34a", "SUPPLEMENTARY ITEM")),
        ("25 June 2019", None, None),
    ],
)
def test_item_headings(raw: str, last: str | None, expected: tuple[str, str] | None) -> None:
    item = heading(Line(1, clean_line(raw), raw), last)
    assert (item and (item.number, item.title)) == expected


def test_a_heading_in_capitals_wrapped_over_lines() -> None:
    meeting = read_one(
        "5. REVIEW OF PRIORITIES FROM 2018-19 AND SELECTION OF PRIORITY\n\nOPTIONS FOR 2019-20\n"
    )
    assert [i.title for i in meeting.items] == [
        "REVIEW OF PRIORITIES FROM 2018-19 AND SELECTION OF PRIORITY OPTIONS FOR 2019-20"
    ]


@pytest.mark.parametrize(
    "noise", ["MINUTES", "Page 6", "3", "CHAIR: DATE", "Chair ………… Date ……", "Signed ______"]
)
def test_running_headers_page_numbers_and_signatures_are_not_read(noise: str) -> None:
    meeting = read_one(f"1. WELCOME\n{noise}\n2. MEMBERSHIP\n{noise}\n")
    assert [(i.number, i.title) for i in meeting.items] == [("1", "WELCOME"), ("2", "MEMBERSHIP")]
    assert meeting.resolutions == meeting.attendance == []


# ------------------------------------------------------------- resolutions --


def _resolutions(meeting: Meeting) -> list[tuple[str | None, str | None, str]]:
    return [(r.item, r.paragraph, r.text) for r in meeting.resolutions]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("RESOLVED:\n\n4.1 The minutes be agreed as a correct\n\nrecord of proceedings.\n",
         [("4", "4.1", "The minutes be agreed as a correct record of proceedings.")]),
        ("4.1 RESOLVED:\n\nThat the minutes be signed.\n4.2 The Chairman advised.\n",
         [("4", "4.1", "That the minutes be signed.")]),
        ("4.1 RESOLVED: That\n(1) The Minutes be approved; and\n(2) Progress be noted.\n",
         [("4", "4.1(1)", "The Minutes be approved; and"), ("4", "4.1(2)", "Progress be noted.")]),
        ("RESOLVED – That the report be noted.\n", [("4", "4", "That the report be noted.")]),
        ("It was RESOLVED that the item be deferred.\n", [("4", "4", "that the item be deferred.")]),
        ("RESOLVED (unanimously): That the report be noted.\n", [("4", "4", "That the report be noted.")]),
        ("RESOLVED: (1) That A be noted; and (2) That B be agreed.\n",
         [("4", "4(1)", "That A be noted; and"), ("4", "4(2)", "That B be agreed.")]),
        ("Resolved:\n- That A be noted.\n- That B be agreed.\nThe Chair thanked officers.\n",
         [("4", "4", "That A be noted."), ("4", "4", "That B be agreed.")]),
        ("Resolved – That Cabinet:\n(a) notes A;\n(b) approves B.\n",
         [("4", "4(a)", "notes A;"), ("4", "4(b)", "approves B.")]),
        ("The issue was resolved by officers.\n", []),
        ("RESOLVED\n\nThat Cabinet:\n\n(a) notes A;\n(b) approves B.\n",
         [("4", "4(a)", "notes A;"), ("4", "4(b)", "approves B.")]),
        ("The Committee RESOLVED to note the report.\n", [("4", "4", "to note the report.")]),
        ("Cabinet resolved that the budget be approved.\n", [("4", "4", "that the budget be approved.")]),
        ("Resolved: (1) That A be noted.\n\n(2) That B be agreed.\n\n(3) That C be done.\n\nThe Chair closed.\n",
         [("4", "4(1)", "That A be noted."), ("4", "4(2)", "That B be agreed."), ("4", "4(3)", "That C be done.")]),
        ("4.1 The report was introduced.\n\nRESOLVED: That the report be noted.\n",
         [("4", None, "That the report be noted.")]),
    ],
)  # fmt: skip
def test_resolutions(body: str, expected: list[tuple[str | None, str | None, str]]) -> None:
    assert _resolutions(read_one(f"4. MINUTES\n{body}")) == expected


def test_inline_sub_paragraphs_must_run_in_sequence() -> None:
    assert split_inline("(1) That A; (2) That B") == [("1", "That A;"), ("2", "That B")]
    assert split_inline("That section (a) of the Act and (c) apply") == []


# ------------------------------------------------------------ declarations --


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("2.1 Councillor Nafsika Butler-Thalassis declared that she works for the Health Forum.",
         [("Nafsika Butler-Thalassis", "works for the Health Forum.")]),
        ("Councillors K Adams and N Dean each declared an interest in item 4.",
         [("K Adams", "an interest in item 4."), ("N Dean", "an interest in item 4.")]),
        ("3.1 No declarations were made.", []),
        ("Councillor P Shah made a declaration of interest in item 7.",
         [("P Shah", "a declaration of interest in item 7.")]),
        ("The Chairman declared the meeting open.", []),
    ],
)  # fmt: skip
def test_declarations(paragraph: str, expected: list[tuple[str, str]]) -> None:
    meeting = read_one(f"2. DECLARATIONS OF INTEREST\n{paragraph}\n")
    assert [(d.name, d.text) for d in meeting.declarations] == expected


# ------------------------------------------------------------------ ending --


@pytest.mark.parametrize(
    ("line", "ended"),
    [
        ("The Meeting ended at 4.38 pm.", "16:38"),
        ("The meeting closed at 8.05pm", "20:05"),
        ("(The meeting finished at 9.15 p.m.)", "21:15"),
        ("Meeting ended: 21:40", "21:40"),
    ],
)
def test_ended(line: str, ended: str) -> None:
    assert read_one(f"1. BUSINESS\n{line}\n").ended == ended


def test_commenced_and_concluded_on_one_line() -> None:
    meeting = read_one("1. BUSINESS\nThe meeting commenced at 7.00 pm and concluded at 9.15 pm\n")
    assert (meeting.time, meeting.ended) == ("19:00", "21:15")


def test_the_consultation_closing_is_not_the_meeting_ending() -> None:
    assert read_one("1. BUSINESS\nThe consultation closed at 5pm on Friday.\n").ended is None


def test_a_second_statement_starts_a_second_meeting() -> None:
    meetings = minutes.read(
        lines_of(
            "Minutes of a meeting of the Cabinet held on 1 May 2020 at 6pm.\n1. MINUTES\nThe meeting ended at 7pm.\n"
            "Minutes of a meeting of the Council held on 2 May 2020 at 7pm.\n1. APOLOGIES\n"
        )
    )
    assert [(m.body, m.date, m.time, m.ended, len(m.items)) for m in meetings] == [
        ("Cabinet", "2020-05-01", "18:00", "19:00", 1),
        ("Council", "2020-05-02", "19:00", None, 1),
    ]
