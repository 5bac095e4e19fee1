"""Minutes printed in other councils' ways: minute numbers with a prefix, "Minute N –", Roman numerals,
resolutions numbered by their minute, Scottish "resolved:-" and attendance, ModernGov page headings."""

from __future__ import annotations

import pytest

from minutebook.packs import minutes
from minutebook.packs.lines import Line
from minutebook.packs.minutes_attendance import row_status
from minutebook.packs.minutes_items import heading, number_value, roman_value
from minutebook.packs.record import Meeting
from minutebook.packs.text import clean_line


def lines_of(text: str) -> list[Line]:
    return [Line(n, clean_line(raw), raw) for n, raw in enumerate(text.splitlines(), start=1)]


def read_one(text: str) -> Meeting:
    (meeting,) = minutes.read(lines_of(text))
    return meeting


# ------------------------------------------------------------ item numbers --


@pytest.mark.parametrize(
    ("raw", "last", "expected"),
    [
        ("**EXE 12 Budget Update**", "EXE 11", ("EXE 12", "Budget Update")),
        ("PL 7 Planning Appeals", "PL 6", ("PL 7", "Planning Appeals")),
        ("PL 7 Planning Appeals", "6", None),  # another series
        ("**PART 2 Exempt Business**", None, None),  # not a committee's prefix
        ("### Minute 15 – Public Questions", "14", ("15", "Public Questions")),
        ("Minute 15 - Public Questions", "14", ("15", "Public Questions")),
        ("15 – PUBLIC QUESTIONS", "14", ("15", "PUBLIC QUESTIONS")),
        ("III\tREVENUE MONITORING", "II", ("III", "REVENUE MONITORING")),
        ("IX.\tCAPITAL PROGRAMME", "VIII", ("IX", "CAPITAL PROGRAMME")),
        ("I\tAPOLOGIES", None, ("I", "APOLOGIES")),
        ("V\tROADS", None, None),  # a Roman series starts at I
        ("IV ROADS", "III", None),  # a Roman numeral needs a tab, a stop or a gap after it
        ("IV      ROADS", "III", ("IV", "ROADS")),  # a PDF's wide gap
        ("VI\tROADS", "IV", ("VI", "ROADS")),  # in capitals: may skip, as numbers may
        ("I would like to thank officers", None, None),
    ],
)
def test_item_numbers(raw: str, last: str | None, expected: tuple[str, str] | None) -> None:
    item = heading(Line(1, clean_line(raw), raw), last)
    assert (item and (item.number, item.title)) == expected


@pytest.mark.parametrize(
    ("number", "value"),
    [("IV", 4), ("XIV", 14), ("XL", 40), ("IIII", 0), ("VX", 0), ("CAB 12", 12), ("12/21", 12), ("34a", 34)],
)
def test_number_values(number: str, value: int) -> None:
    assert number_value(number) == value
    assert roman_value(number) == (value if number.isalpha() and value else 0)


def test_a_prefixed_series_is_read_from_its_first_minute() -> None:
    meeting = read_one(
        "**EXE 20 Apologies**\n\nNone.\n\n**EXE 21 Minutes**\n\nRESOLVED: That the minutes be agreed.\n\n"
        "**EXE 22 Leisure Contract**\n\nResolved:\n\n(1) That the contract be let.\n\n(2) That the fees be set.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("EXE 20", "Apologies"),
        ("EXE 21", "Minutes"),
        ("EXE 22", "Leisure Contract"),
    ]
    assert [(r.item, r.paragraph) for r in meeting.resolutions] == [
        ("EXE 21", "EXE 21"),
        ("EXE 22", "EXE 22(1)"),
        ("EXE 22", "EXE 22(2)"),
    ]


def test_a_bold_heading_starting_with_an_acronym_and_a_number_is_not_a_prefixed_minute() -> None:
    meeting = read_one(
        "Present: Councillor Ann Brown\n\n**NHS 111 Service Update**\n\nThe Board noted the update.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [("", "NHS 111 Service Update")]


def test_roman_numbered_articles_with_scottish_resolutions() -> None:
    meeting = read_one(
        "I\tAPOLOGIES\n"
        "There were no apologies.\n"
        "II\tMINUTE\n"
        "The Sub-Committee resolved:- to approve the minute.\n"
        "III\tROADS MAINTENANCE\n"
        "There was submitted a report by the Head of Roads.\n"
        "The Sub-Committee resolved:-\n"
        "(i)\tto note the report; and\n"
        "(ii)\tto ask for a further report.\n"
    )
    assert [i.number for i in meeting.items] == ["I", "II", "III"]
    assert [(r.item, r.paragraph, r.text) for r in meeting.resolutions] == [
        ("II", "II", "to approve the minute."),
        ("III", "III(i)", "to note the report; and"),
        ("III", "III(ii)", "to ask for a further report."),
    ]


def test_declaring_again_on_leaving_is_not_a_new_declaration() -> None:
    meeting = read_one(
        "1. DECLARATIONS\nCouncillor Amos declared an interest in item 2 as a trustee.\n"
        "2. GRANTS\nCouncillor Amos, having declared an interest, left the room.\n"
    )
    assert [d.name for d in meeting.declarations] == ["Amos"]


# -------------------------------------------------------------- attendance --


def _attendance(meeting: Meeting) -> list[tuple[str, str, str | None]]:
    return [(a.status, a.name, a.deputy_for) for a in meeting.attendance]


def test_a_member_listed_present_and_then_as_a_substitute_is_one_deputy() -> None:
    meeting = read_one(
        "PRESENT: Councillors Ann Lowe (Chair), Raj Patel and Tom Quirk\n\n"
        "SUBSTITUTES: Councillor Tom Quirk for Councillor Eve Rowe\n\n"
        "1. APOLOGIES\nApologies were received from Councillor Eve Rowe.\n"
    )
    assert _attendance(meeting) == [
        ("present", "Ann Lowe", None),
        ("present", "Raj Patel", None),
        ("deputy", "Tom Quirk", "Eve Rowe"),
        ("apologies", "Eve Rowe", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Present:- Councillor Hay, Convener; and Councillors Ross and Weir.",
         [("present", "Hay", None), ("present", "Ross", None), ("present", "Weir", None)]),
        ("Apologies:– Councillor Hay and Mrs K Bell.", [("apologies", "Hay", None), ("apologies", "K Bell", None)]),
        ("Present: Councillors Ross and Weir (as substitute for Councillor Hay).",
         [("present", "Ross", None), ("deputy", "Weir", "Hay")]),
        ("Present: Councillor Ross and Rev Dr Iain Gow.", [("present", "Ross", None), ("present", "Iain Gow", None)]),
        ("Present: Councillor Ross.\nApologies: Councillor Weir.\nCouncillor Ross, Provost, in the Chair.",
         [("present", "Ross", None), ("apologies", "Weir", None)]),
        ("Apologies: Councillor Weir.\nCouncillor Ross in the Chair.",
         [("apologies", "Weir", None), ("present", "Ross", None)]),
    ],
)  # fmt: skip
def test_list_prints(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _attendance(read_one(f"{text}\n\n1. MINUTES\nNoted.\n")) == expected


def test_a_table_of_members_with_a_header_row_and_a_mayor() -> None:
    meeting = read_one(
        "Present:\n\n| Name | Representing |\n|---|---|\n| Mayor Alan Reed (Chair) | Mayor of the Region |\n"
        "| Councillor Jo Vale | Easton Council |\n\n1. MINUTES\nNoted.\n"
    )
    assert [(a.status, a.name, a.role) for a in meeting.attendance] == [
        ("present", "Alan Reed", "Mayor; Chair; Mayor of the Region"),
        ("present", "Jo Vale", "Easton Council"),
    ]


def test_declarations_printed_as_an_html_table() -> None:
    meeting = read_one(
        "Present: Councillor Jo Vale\n\n## 3. Declarations of interest\n\n<table>\n"
        "<tr><th>Member</th><th>Item</th><th>Interest</th></tr>\n"
        "<tr><td>Councillor Jo Vale</td><td>Minute 5</td><td>Owns land nearby.</td></tr>\n"
        "<tr><td>Ray Brook</td><td>Minute 6</td><td>Director of a bidder.</td></tr>\n</table>\n"
    )
    assert [(d.name, d.text) for d in meeting.declarations] == [
        ("Jo Vale", "Minute 5; Owns land nearby."),
        ("Ray Brook", "Minute 6; Director of a bidder."),
    ]


# ------------------------------------------------------------------ header --


def _head(meeting: Meeting) -> tuple[str | None, ...]:
    return meeting.body, meeting.date, meeting.time, meeting.venue, meeting.ended


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Minutes of the Meeting of the Lakes Transport Board\n\n"
         "held on Friday, 9 February 2024 at Lake House, Ambleby, commencing at 10.30am\n",
         ("Lakes Transport Board", "2024-02-09", "10:30", "Lake House, Ambleby")),
        ("# Agenda and minutes\n\n## Licensing Committee - Monday, 4th March, 2024 6.30 pm\n\n"
         "Venue: Room 5, Civic Hall, Ashby. View directions\n",
         ("Licensing Committee", "2024-03-04", "18:30", "Room 5, Civic Hall, Ashby")),
        ("MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD IN THE\n"
         "MAIN HALL, NEUADD Y DREF, STRYD FAWR, LLANFAIR ON\nTUESDAY, 7 MAY 2024 AT 2.00 PM\n",
         ("Planning Committee", "2024-05-07", "14:00", "Main Hall, Neuadd Y Dref, Stryd Fawr, Llanfair")),
        ("At a MEETING of the HOUSING COMMITTEE held in the Council Chambers, Town House, Elgin "
         "on Wednesday, 6th March 2024 at 10.00am.\n",
         ("Housing Committee", "2024-03-06", "10:00", "Council Chambers, Town House, Elgin")),
    ],
)  # fmt: skip
def test_headers(text: str, expected: tuple[str | None, ...]) -> None:
    meeting = read_one(
        f"{text}\nPresent: Councillor Jo Vale\n\n1. MINUTES\nNoted.\n\nThe meeting concluded at 12.15pm.\n"
    )
    assert _head(meeting) == (*expected, "12:15")


def test_a_running_header_in_mid_sentence_at_a_page_top_is_not_read_into_the_resolution() -> None:
    printed = [
        (1, "3. TAXI LICENSING POLICY"),
        (1, "RESOLVED that the policy be approved subject to the conditions in the"),
        (2, "Regulatory Committee – 12 March 2024"),
        (2, "appendix, with effect from 1 April 2024."),
        (2, "4. CLOSE"),
    ]
    lines = [Line(n, text, text, page) for n, (page, text) in enumerate(printed, start=1)]
    (meeting,) = minutes.read(lines)
    assert [r.text for r in meeting.resolutions] == [
        "that the policy be approved subject to the conditions in the appendix, with effect from 1 April 2024."
    ]


def test_officers_named_after_their_posts() -> None:
    meeting = read_one(
        "Present: Councillor Jo Vale\n\nOfficers in attendance: Chief Executive (Lena Brook), Director of Law "
        "and Monitoring Officer (Tariq Aziz) and Committee Clerk (Ruth Eden).\n\n1. MINUTES\nNoted.\n"
    )
    assert [(a.status, a.name, a.role) for a in meeting.attendance] == [
        ("present", "Jo Vale", None),
        ("also_present", "Lena Brook", "Chief Executive"),
        ("also_present", "Tariq Aziz", "Director of Law and Monitoring Officer"),
        ("also_present", "Ruth Eden", "Committee Clerk"),
    ]


def test_a_page_of_one_item_whose_resolution_names_an_earlier_meeting() -> None:
    meeting = read_one(
        "# Agenda item\n\n## Minutes of the last meeting\n\nMeeting: 14/11/2023 - Audit Committee (Item 7)\n\n"
        "Minutes:\n\nRESOLVED: That the minutes of the meeting held on 10 October 2023 be approved.\n"
    )
    assert (meeting.body, meeting.date) == ("Audit Committee", "2023-11-14")
    assert [(i.number, i.title) for i in meeting.items] == [("7", "Minutes of the last meeting")]
    assert [(r.item, r.text) for r in meeting.resolutions] == [
        ("7", "That the minutes of the meeting held on 10 October 2023 be approved.")
    ]


def test_place_date_and_minute_of_meeting_with_the_present_list_in_one_paragraph() -> None:
    meeting = read_one(
        "DUNMORE, 12 February 2024.  Minute of Meeting of the PLANNING COMMITTEE.  Present:- Councillor Kidd, "
        "Convener; and Councillors Laing and Bailie Moir.\n\nApologies:- Councillor Nairn.\n\n"
        "The Committee resolved:-\nto approve the minute.\n"
    )
    assert (meeting.body, meeting.date) == ("Planning Committee", "2024-02-12")
    assert [(a.status, a.name, a.role) for a in meeting.attendance] == [
        ("present", "Kidd", "Convener"),
        ("present", "Laing", None),
        ("present", "Moir", "Bailie"),
        ("apologies", "Nairn", None),
    ]


@pytest.mark.parametrize(
    ("printed", "status"),
    [
        ("Present", "present"),
        ("Attended virtually", "present"),
        ("Present (remotely)", "present"),
        ("Apologies", "apologies"),
        ("Apologies, sent substitute", "apologies"),
        ("Present as substitute", "deputy"),
        ("Present, as Substitute", "deputy"),
        ("In attendance", "also_present"),
        ("Absent", "absent"),
        ("Expected", None),
        ("Cabinet Member for Housing", None),
    ],
)
def test_attendance_table_statuses(printed: str, status: str | None) -> None:
    assert row_status(printed) == status


def test_html_table_rows_of_members_and_substitutes_in_a_text_pack() -> None:
    meeting = read_one(
        "Licensing Panel\n\nMinutes of the meeting held on Tuesday 3 March 2020 at 2pm\n\nPresent:\n\n<table>\n"
        "<tr><td>Cllr Harriet Blom (Chair)</td><td>Eastvale District Council</td></tr>\n"
        "<tr><td>Cllr Owen Pask</td><td>Westmere Borough Council</td></tr>\n"
        "<tr><td>Nadia Stroud</td><td>Eastvale and Westmere Mental Health Trust</td></tr>\n</table>\n\n"
        "Substitutes present:\n\n<table>\n"
        "<tr><td>Cllr Ivo Danes</td><td>Westmere Borough Council, substituting for Cllr Rita Mole</td></tr>\n"
        "</table>\n\n1. Apologies\n\n1.1 Apologies were received from Cllr Rita Mole.\n"
    )
    assert [(a.name, a.status, a.deputy_for, a.role) for a in meeting.attendance] == [
        ("Harriet Blom", "present", None, "Chair; Eastvale District Council"),
        ("Owen Pask", "present", None, "Westmere Borough Council"),
        ("Nadia Stroud", "present", None, "Eastvale and Westmere Mental Health Trust"),
        ("Ivo Danes", "deputy", "Rita Mole", "Westmere Borough Council"),
        ("Rita Mole", "apologies", None, None),
    ]


def test_a_page_s_running_header_of_body_and_date_is_not_part_of_a_decision() -> None:
    meeting = read_one(
        "                         HARBOUR BOARD\n\n"
        "                         MINUTE OF MEETING\n\n"
        "                   Town House, KIRKPORT, 9 June 2021\n\n"
        "Present:- Councillor Baird, Convener; and Councillors Lennox and Orr.\n\n"
        "1.   MINUTE OF PREVIOUS MEETING\n\n"
        "     The Board had before it the minute of its previous meeting, for approval.\n\n"
        "     The Board resolved:-\n\n"
        "                                            Page 2\n\n"
        "HARBOUR BOARD\n\n"
        "9 June 2021\n\n"
        "     to approve the minute as a correct record.\n\n"
        "2.   DREDGING CONTRACT\n\n"
        "     The Board resolved:-\n\n"
        "     to award the contract.\n"
    )
    assert [(r.item, r.text) for r in meeting.resolutions] == [
        ("1", "to approve the minute as a correct record."),
        ("2", "to award the contract."),
    ]


_REASONS_TABLE = (
    "MINUTES OF A MEETING OF THE PLACES SCRUTINY COMMITTEE HELD ON MONDAY, 7 MARCH 2022\n"
    "PRESENT: County Councillor R Ellwood (Chair)\n"
    "1. BUS SERVICES REVIEW\n"
    "The Committee considered the review of rural bus services.\n"
    "Resolved\tReason for decision\n"
    "That the review be noted.\tTo keep the Committee informed.\n"
    "That a further report be brought in July.\tTo follow the consultation.\n"
    "2. FLOOD RISK PLAN\n"
    "Resolved\tReason for decision\n"
    "That the plan be endorsed.\tTo meet the statutory duty.\n"
    "County Councillor R Ellwood (Chair)\n"
)
_REASON_AFTER_EACH = (
    "Minutes of the meeting of the Executive held on Thursday 4 February 2021\n\n"
    "1. Park and Ride Contract\n\n"
    "Members considered a report on the park and ride contract.\n\n"
    "Resolved: (i) That the review be noted.\n\n"
    "Reason: To keep the service running.\n\n"
    "(ii) That a further report be brought in July.\n\n"
    "Reason: To set fares for 2022.\n\n"
    "2. Street Trees\n\n"
    "Resolved: That the plan be endorsed.\n"
)


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        (_REASONS_TABLE, ["1", "1", "2"]),  # "Resolved | Reason for decision", then a row per decision
        (_REASON_AFTER_EACH, ["1(i)", "1(ii)", "2"]),  # "(i) That ..." / "Reason: ..." / "(ii) That ..."
    ],
)
def test_decisions_each_with_its_reason(text: str, paragraphs: list[str]) -> None:
    assert [(r.item, r.paragraph, r.text) for r in read_one(text).resolutions] == [
        ("1", paragraphs[0], "That the review be noted."),
        ("1", paragraphs[1], "That a further report be brought in July."),
        ("2", paragraphs[2], "That the plan be endorsed."),
    ]


def test_agreed_in_the_discussion_is_not_a_formal_resolution_beside_resolved_labels() -> None:
    meeting = read_one(
        "Minutes of the meeting of the Schools Forum held on Tuesday 8 June 2021\n\n"
        "3. Early Years Funding\n\n"
        "3.1 The Forum AGREED that a working group on early years funding would meet in July.\n\n"
        "3.2 RESOLVED: That the early years funding formula be approved.\n\n"
        "4. Growth Fund\n\n"
        "The Forum AGREED to ask officers for a note on growth fund criteria.\n"
    )
    assert [(r.item, r.text) for r in meeting.resolutions] == [
        ("3", "That the early years funding formula be approved."),
    ]


def test_agreed_sentences_are_the_decisions_where_nothing_is_resolved() -> None:
    meeting = read_one(
        "Minutes of the meeting of the Schools Forum held on Tuesday 8 June 2021\n\n"
        "3. Early Years Funding\n\n"
        "The Forum AGREED that the early years funding formula be approved.\n"
    )
    assert [r.text for r in meeting.resolutions] == ["that the early years funding formula be approved."]


@pytest.mark.parametrize(
    "printed",
    ["**Duration of the meeting: 2.00 pm – 4.15 pm**", "     (Duration of meeting: 2.00 pm - 4.15 pm)"],
)
def test_the_duration_of_the_meeting_gives_its_start_and_end(printed: str) -> None:
    meeting = read_one(
        "MINUTES OF THE PLANNING COMMITTEE MEETING HELD ON 2 MAY 2022\n\n"
        "1. Apologies\n\nThere were no apologies.\n\n" + printed + "\n"
    )
    assert (meeting.time, meeting.ended) == ("14:00", "16:15")


def test_a_chair_label_before_the_members_present_names_the_chair_as_present() -> None:
    meeting = read_one(
        "# MINUTES OF A MEETING OF THE LICENSING COMMITTEE\n\n**TUESDAY 6 APRIL 2021**\n\n"
        "**Chair:** Cllr Yusuf Arden\n\n**Members Present:**\n\n- Cllr Petra Lyle\n\n"
        "1. Apologies\n\nThere were no apologies.\n"
    )
    assert _attendance(meeting) == [("present", "Yusuf Arden", None), ("present", "Petra Lyle", None)]
    assert meeting.attendance[0].role == "Chair"
