"""Minutes laid out as more councils print them: an apology with its substitute after a role, the
attendance printed at the end of a web page, Word minutes numbering items "41<TAB>Title."."""

from __future__ import annotations

import pytest

from minutebook.packs import minutes
from minutebook.packs.lines import Line
from minutebook.packs.minutes_attendance import label_of
from minutebook.packs.record import Meeting
from minutebook.packs.text import clean_line


def lines_of(text: str) -> list[Line]:
    return [Line(n, clean_line(raw), raw) for n, raw in enumerate(text.splitlines(), start=1)]


def read_one(text: str) -> Meeting:
    (meeting,) = minutes.read(lines_of(text))
    return meeting


def people(meeting: Meeting) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.status, a.deputy_for) for a in meeting.attendance]


SUBSTITUTED_AFTER_ROLE = """\
Minutes of the meeting of the Wellbeing Partnership held on Thursday 6 March 2025

Present:

Councillor Ada Fenwick (Chair)
Morag Tully (substitute)

Apologies:

Desmond Ravel, Director of Public Health, Northshire Council (substituted by Morag Tully)
"""


def test_apology_with_role_then_substituted_by() -> None:
    assert people(read_one(SUBSTITUTED_AFTER_ROLE)) == [
        ("Ada Fenwick", "present", None),
        ("Morag Tully", "deputy", "Desmond Ravel"),
        ("Desmond Ravel", "apologies", None),
    ]


ATTENDANCE_LAST = """\
Policy Board - Tuesday, 3rd June, 2025 6.00 pm

Decisions
Attendance
Webcast

Venue: Committee Room 2, Civic Offices, Mill Lane, Dorford, DF1 4QT

1.\tApologies for Absence

Minutes:

There were none.

2.\tLibrary Opening Hours

Minutes:

RESOLVED: That the revised opening hours be approved.

The meeting ended at 7.10 pm.

Attendance

Present:

Councillor Petra Lindqvist (Chair) - Leader of the Council
Councillor Hamish Orr - Cabinet Member for Culture

Officers in attendance:

Yusuf Brennan - Head of Libraries

Apologies

Councillor Greta Solberg - Cabinet Member for Transport

Dorford Council, Civic Offices, Mill Lane, Dorford, DF1 4QT
"""


def test_attendance_printed_after_the_meeting_ended() -> None:
    meeting = read_one(ATTENDANCE_LAST)
    assert meeting.venue == "Committee Room 2, Civic Offices, Mill Lane, Dorford, DF1 4QT"
    assert [(a.name, a.status, a.role) for a in meeting.attendance] == [
        ("Petra Lindqvist", "present", "Chair; Leader of the Council"),
        ("Hamish Orr", "present", "Cabinet Member for Culture"),
        ("Yusuf Brennan", "also_present", "Head of Libraries"),
        ("Greta Solberg", "apologies", "Cabinet Member for Transport"),
    ]


OTHER_ATTENDEES = """\
Minutes of the Audit Committee
Monday, 12 May 2025 at 10.00 am

Present: Councillor B K Ollerton (Chair) Presided

Councillor(s): F Amberley, R T Conwy

Other Attendees
Councillor S Marchbank\tCabinet Member for Finance

Apologies for Absence
Councillor(s): E Varley
Co-opted Member(s): P Quenby

1\tMinutes.
Resolved that the Minutes be approved.
"""


def test_other_attendees_and_plural_labels() -> None:
    meeting = read_one(OTHER_ATTENDEES)
    assert [(a.name, a.status, a.role) for a in meeting.attendance[1:]] == [
        ("F Amberley", "present", None),
        ("R T Conwy", "present", None),
        ("S Marchbank", "also_present", "Cabinet Member for Finance"),
        ("E Varley", "apologies", None),
        ("P Quenby", "apologies", None),
    ]
    assert (meeting.attendance[0].name, meeting.attendance[0].role) == ("B K Ollerton", "Chair; In the Chair")


STOPPED_HEADINGS = """\
Minutes of the Licensing Committee
Tuesday, 8 April 2025 at 2.00 pm

Present: Councillor D Morfa (Chair)

17\tDisclosures of Personal and Prejudicial Interests.
The following interests were declared:
Councillor D Morfa – Minute No 19 – Taxi Fares Review – holds a hackney carriage licence – Personal.

18\tMinutes.
Resolved that the Minutes of the meeting held on 11 March 2025 be approved as a correct record.

19\tTaxi Fares Review.
1.\tThe committee noted the report.
Resolved that the fares be increased by 3%.
"""


def test_word_headings_closed_by_a_full_stop() -> None:
    meeting = read_one(STOPPED_HEADINGS)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("17", "Disclosures of Personal and Prejudicial Interests"),
        ("18", "Minutes"),
        ("19", "Taxi Fares Review"),
    ]
    assert [(d.name, d.text[:16]) for d in meeting.declarations] == [("D Morfa", "Minute No 19 – T")]
    assert [r.item for r in meeting.resolutions] == ["18", "19"]


DECISION_BOX = """\
Executive - Wednesday, 9th July, 2025 7.00 pm

1.\tParking Permit Charges

Minutes:

The Lead Member introduced the report.

RESOLVED:

1. To approve the revised permit charges.
2. To note the consultation responses.

Decision:

1. Approved the revised permit charges.

2. Noted the consultation responses.

Supporting documents:

2.\tCommunity Grants Round

Minutes:

RESOLVED: That grants be awarded as set out in the report.

Decision:

Awarded grants as set out in the report.

3.\tRoad Safety Schemes

Decision:

Agreed the programme of schemes for 2025/26.
"""


def test_decision_box_repeating_the_resolved_is_not_counted_twice() -> None:
    meeting = read_one(DECISION_BOX)
    assert [(r.item, r.text) for r in meeting.resolutions] == [
        ("1", "To approve the revised permit charges."),
        ("1", "To note the consultation responses."),
        ("2", "That grants be awarded as set out in the report."),
        ("3", "Agreed the programme of schemes for 2025/26."),
    ]


HEADER_TABLE = """\
minutes
Meeting\tLICENSING AND REGULATION COMMITTEE
Date\tTuesday, 14 January 2025 (commencing at 2:00 pm)
MEMBERS PRESENT
(A denotes absence)
Councillors Nia Boswell (Chairman), Otto Kerridge, Wendy Lyle – A, Ashok Mehra,
Tamsin Rudd – A, Carl Vesey
OFFICERS IN ATTENDANCE
Fenella Grange\tService Director – Place, Planning and Transport Services Division\tPlace Department
Ivor Pickering\tTeam Manager, Democratic Services\tChief Executive's Department
1\tAPOLOGIES FOR ABSENCE
Councillor Wendy Lyle (other reasons)
2\tSTREET TRADING POLICY
RESOLVED 2025/001
That:
1)\tthe revised Street Trading Policy be approved.
2)\tthe fees be reviewed in 2026.
3\tWORK PROGRAMME
RESOLVED 2025/002
That the work programme be agreed.
"""


def test_header_table_absence_key_and_numbered_resolutions() -> None:
    meeting = read_one(HEADER_TABLE)
    assert (meeting.date, meeting.time, meeting.body) == (
        "2025-01-14",
        "14:00",
        "Licensing and Regulation Committee",
    )
    assert [(a.name, a.status) for a in meeting.attendance] == [
        ("Nia Boswell", "present"),
        ("Otto Kerridge", "present"),
        ("Ashok Mehra", "present"),
        ("Carl Vesey", "present"),
        ("Fenella Grange", "also_present"),
        ("Ivor Pickering", "also_present"),
        ("Wendy Lyle", "apologies"),
    ]
    assert [(item.number, item.title) for item in meeting.items][1:] == [
        ("2", "STREET TRADING POLICY"),
        ("3", "WORK PROGRAMME"),
    ]
    assert [(r.item, r.paragraph, r.text) for r in meeting.resolutions] == [
        ("2", "2025/001(1)", "the revised Street Trading Policy be approved."),
        ("2", "2025/001(2)", "the fees be reviewed in 2026."),
        ("3", "2025/002", "That the work programme be agreed."),
    ]


VENUE_BELOW_TITLE = """\
Borough of Penmaen
Minutes of the Audit and Governance Committee
Remotely via Microsoft Teams
Thursday, 3 April 2025 at 10.00 am

Present: Councillor R Tallis (Chair)
"""


def test_venue_printed_under_the_title() -> None:
    meeting = read_one(VENUE_BELOW_TITLE)
    assert (meeting.body, meeting.date, meeting.time, meeting.venue) == (
        "Audit and Governance Committee",
        "2025-04-03",
        "10:00",
        "Remotely via Microsoft Teams",
    )


DECISION_FIRST = """\
Cabinet - Monday, 2nd June, 2025 6.00 pm

1.\tLeisure Centre Contract

Decision:

1. Extended the contract by two years.

2. Noted the performance report.

Minutes:

The Cabinet Member introduced the report.

RESOLVED:

1. To extend the contract by two years.
2. To note the performance report.

2.\tAllotments Strategy

Minutes:

RESOLVED: That the strategy be adopted.
"""


def test_next_item_numbered_as_the_last_entry_of_a_list_is_an_item() -> None:
    meeting = read_one(DECISION_FIRST)
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Leisure Centre Contract"),
        ("2", "Allotments Strategy"),
    ]
    assert [(r.item, r.text) for r in meeting.resolutions] == [
        ("1", "To extend the contract by two years."),
        ("1", "To note the performance report."),
        ("2", "That the strategy be adopted."),
    ]


APOLOGY_MINUTED_THEN_ATTENDANCE_LAST = """\
Cabinet - Monday, 2nd June, 2025 6.00 pm

1.\tApologies for Absence

Minutes:

Apologies for absence were received from Councillor Ivo Grant.

2.\tAllotments Strategy

Minutes:

RESOLVED: That the strategy be adopted.

The meeting ended at 6.40 pm.

Attendance

Present:

Councillor Ada Lusk (Chair) - Leader of the Council
Councillor Ben Ortiz - Cabinet Member for Parks
"""


def test_attendance_last_after_an_apology_minuted_in_the_items() -> None:
    meeting = read_one(APOLOGY_MINUTED_THEN_ATTENDANCE_LAST)
    assert [(a.name, a.status) for a in meeting.attendance] == [
        ("Ivo Grant", "apologies"),
        ("Ada Lusk", "present"),
        ("Ben Ortiz", "present"),
    ]


SUBSTITUTE_WORDINGS = """\
Minutes of the meeting of the Highways Committee held on Monday, 9 June 2025 at 2pm

Present: Councillors Rhian Tovey (Chair), Mark Quill, Ola Penn, Pip Rowe and Saul Voss

Apologies: Councillor Una Webb, substituted by Councillor Mark Quill, and Councillor Vic Yeo (Councillor Ola Penn
substituted); Councillor Zac Abel – Councillor Pip Rowe substituting

Substitute Members: Councillor Saul Voss substituted for Councillor Bea Cole

1. Minutes

RESOLVED: That the minutes be approved.
"""


def test_substitutes_in_other_wordings() -> None:
    deputies = [
        (a.name, a.deputy_for) for a in read_one(SUBSTITUTE_WORDINGS).attendance if a.status == "deputy"
    ]
    assert sorted(deputies) == [
        ("Mark Quill", "Una Webb"),
        ("Ola Penn", "Vic Yeo"),
        ("Pip Rowe", "Zac Abel"),
        ("Saul Voss", "Bea Cole"),
    ]


DECLARATIONS_LISTED = """\
Minutes of the meeting of the Rights of Way Committee held on Monday, 9 June 2025 at 2pm

Present: Councillors Hal Irwin (Chair), Jen Kemp and Lou Mayer

1. Declarations of Interest

The following declarations were made:
Councillor Jen Kemp: item 3, personal, a member of the Footpaths Society
Councillor Lou Mayer: item 4, prejudicial, owns land beside the route

2. Site Visits

Minute 3 – Councillor Hal Irwin declared that he had met the applicant.

3. Minutes

RESOLVED: That the minutes be approved.
"""


def test_declarations_listed_with_a_colon_and_after_an_item_reference() -> None:
    assert [(d.name, d.text) for d in read_one(DECLARATIONS_LISTED).declarations] == [
        ("Jen Kemp", "item 3, personal, a member of the Footpaths Society"),
        ("Lou Mayer", "item 4, prejudicial, owns land beside the route"),
        ("Hal Irwin", "had met the applicant."),
    ]


def test_headings_closed_by_a_full_stop_without_a_tab() -> None:
    """The same minutes saved as a PDF: the tab after the number became a space."""
    meeting = read_one(STOPPED_HEADINGS.replace("\t", " "))
    assert [(item.number, item.title) for item in meeting.items] == [
        ("17", "Disclosures of Personal and Prejudicial Interests"),
        ("18", "Minutes"),
        ("19", "Taxi Fares Review"),
    ]


def test_attendance_tab_over_a_contact_line_starts_no_list() -> None:
    text = ATTENDANCE_LAST.replace(
        "Venue: Committee Room 2, Civic Offices, Mill Lane, Dorford, DF1 4QT",
        "Contact: Nadia Perrin, Democratic Services Officer",
    )
    assert [a.name for a in read_one(text).attendance] == [
        "Petra Lindqvist",
        "Hamish Orr",
        "Yusuf Brennan",
        "Greta Solberg",
    ]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Others present:", "also_present"),
        ("Others in attendance:", "also_present"),
        ("Observers:", "also_present"),
        ("Attending officers:", "also_present"),
        ("Staff present:", "also_present"),
        ("Officers in attendance remotely:", "also_present"),
        ("Present remotely:", "present"),
        ("Present via Microsoft Teams:", "present"),
        ("Members present in person:", "present"),
        ("Voting members present:", "present"),
        ("Co-opted members present:", "present"),
        ("Absent without apologies:", "absent"),
    ],
)
def test_more_list_labels(text: str, status: str) -> None:
    assert label_of(text) == (status, "")


@pytest.mark.parametrize(
    "text", ["Present remotely were Councillors A and B.", "Observers noted the report."]
)
def test_not_a_list_label(text: str) -> None:
    assert label_of(text) is None


APOLOGIES_ITEM = """\
Minutes of the meeting of the Scrutiny Board held on Monday, 9 June 2025 at 2pm

Present: Councillors Nell Orme (Chair), Pat Quinn and Rob Sayer

1. Apologies for Absence

Apologies were received from:
Councillor Tess Unwin
Councillor Val Wren

2. Substitutions

Apologies were received from Councillor Xan Yale. Councillor Rob Sayer substituted.

3. Minutes

RESOLVED: That the minutes be approved.
"""


def test_apologies_listed_under_received_from_and_a_substitute_in_the_next_sentence() -> None:
    assert [(a.name, a.status, a.deputy_for) for a in read_one(APOLOGIES_ITEM).attendance][2:] == [
        ("Rob Sayer", "deputy", "Xan Yale"),
        ("Tess Unwin", "apologies", None),
        ("Val Wren", "apologies", None),
        ("Xan Yale", "apologies", None),
    ]


COMMITTEE_PART = """\
Minutes of the meeting of the Joint Waste Committee held on Monday, 9 June 2025 at 2pm

Present:
Committee: Councillors Dai Evans (Chair), Flo Gibb
Officers: Huw Ince

1. Minutes
"""


def test_a_committee_part_of_the_present_list_is_not_a_header_field() -> None:
    expected = [
        ("Dai Evans", "present", None),
        ("Flo Gibb", "present", None),
        ("Huw Ince", "also_present", None),
    ]
    assert people(read_one(COMMITTEE_PART)) == expected
