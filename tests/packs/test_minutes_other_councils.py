"""Minutes printed in ways other councils use: a "Decision" heading over "The Board:-" and numbered
decisions, one-per-line attendance lists "Name, Role, Body", substitutes written in a role's bracket."""

from __future__ import annotations

from minutebook.packs import minutes
from minutebook.packs.lines import Line
from minutebook.packs.record import Meeting
from minutebook.packs.text import clean_line


def lines_of(text: str) -> list[Line]:
    return [Line(n, clean_line(raw), raw) for n, raw in enumerate(text.splitlines(), start=1)]


def read_one(text: str) -> Meeting:
    (meeting,) = minutes.read(lines_of(text))
    return meeting


DECISION_BOARD = """\
Minutes of the meeting held on Tuesday, 4 March 2025

PWB/25/3 Carers Strategy

The Board considered a report of the Director of Adult Care.

Decision

The Board:-

1. Notes the progress made on the carers strategy.
2. Asks that a further update be brought in the autumn.

PWB/25/4 Oral Health Plan

The Board received a presentation.

Decision

The Board:-

1. Endorses the oral health plan.
2. Thanks the dental network for its work.
"""


def test_decision_heading_over_the_board_and_numbered_decisions() -> None:
    meeting = read_one(DECISION_BOARD)
    assert [(r.item, r.text) for r in meeting.resolutions] == [
        ("PWB/25/3", "Notes the progress made on the carers strategy."),
        ("PWB/25/3", "Asks that a further update be brought in the autumn."),
        ("PWB/25/4", "Endorses the oral health plan."),
        ("PWB/25/4", "Thanks the dental network for its work."),
    ]
    assert [item.number for item in meeting.items] == ["PWB/25/3", "PWB/25/4"]


ONE_PER_LINE = """\
Minutes of the meeting held on Tuesday, 4 March 2025

Present:

Councillor Hettie Rowbotham, Cabinet Member for Schools, Children and Young People
Priya Landau, Head of Service, Healthy Futures Leeside
Callum Ferris, Operations Director, Leeside Hospitals Trust (substituting for Orla Benn)

Apologies:

Orla Benn
"""


def test_one_per_line_list_keeps_a_role_whole_and_reads_a_substitute_bracket() -> None:
    meeting = read_one(ONE_PER_LINE)
    assert [(a.name, a.status, a.deputy_for, a.role) for a in meeting.attendance] == [
        ("Hettie Rowbotham", "present", None, "Cabinet Member for Schools, Children and Young People"),
        ("Priya Landau", "present", None, "Head of Service, Healthy Futures Leeside"),
        ("Callum Ferris", "deputy", "Orla Benn", "Operations Director, Leeside Hospitals Trust"),
        ("Orla Benn", "apologies", None, None),
    ]


SCOTTISH_BOARD = """\
Minutes of meeting held via Microsoft Teams at 2.00pm on Thursday, 6th March 2025

### Sederunt

- Councillor Innes Galbraith (Chair)
- Morven Aitchison (proxy for Duncan Rae)

### In Attendance

- Eilidh Fotheringham, Chief Internal Auditor

**1. Apologies for Absence**

Apologies for absence were intimated on behalf of Duncan Rae. The Chair welcomed Morven Aitchison, who was attending as a proxy member.

**2. Budget Monitoring**

DECIDED: That the Committee:

(a) note the projected position; and

(b) approve the virements set out in the report.

**3. Audit Plan**

DECIDED: That the audit plan be approved.
"""


def test_scottish_decided_proxy_and_a_meeting_held_on_teams() -> None:
    meeting = read_one(SCOTTISH_BOARD)
    assert (meeting.date, meeting.time, meeting.venue) == ("2025-03-06", "14:00", "Microsoft Teams")
    assert [(a.name, a.status, a.deputy_for, a.role) for a in meeting.attendance] == [
        ("Innes Galbraith", "present", None, "Chair"),
        ("Morven Aitchison", "deputy", "Duncan Rae", None),
        ("Eilidh Fotheringham", "also_present", None, "Chief Internal Auditor"),
        ("Duncan Rae", "apologies", None, None),
    ]
    assert [(r.paragraph, r.text) for r in meeting.resolutions] == [
        ("2(a)", "note the projected position; and"),
        ("2(b)", "approve the virements set out in the report."),
        ("3", "That the audit plan be approved."),
    ]


def test_a_hybrid_venue_loses_the_time_printed_after_it() -> None:
    meeting = read_one(
        "Minutes of hybrid meeting held in the Board Room, Kelvin House, and via Microsoft Teams at 9.30am "
        "on Tuesday, 4th March 2025\n\nPresent: Councillor Ada Moir\n"
    )
    assert meeting.venue == "Board Room, Kelvin House, and via Microsoft Teams"


MARKED_LIST = """\
AT A MEETING of the Adult Services Select Committee of WESTSHIRE COUNTY COUNCIL held at Elm Court, Dunmore on Monday, 3rd March, 2025

Present

Chairman:
p Councillor Rowan Pettigrew

Vice-Chairman:
p Councillor Edith Marchbank

p Councillor Agnes Tolland a Councillor Basil Cropper
p Councillor Victor Amberley

Substitute Members:
p Councillor Nora Quayle

Co-opted Members:
p Mr Idris Fenn (Parent Governor Representative)

In attendance at the invitation of the Chairman:
Councillor Selwyn Hart, Executive Member for Education

31. APOLOGIES FOR ABSENCE

Apologies were received from Councillor Basil Cropper. Councillor Nora Quayle attended as the Independent substitute for Councillor Basil Cropper.
"""


def test_marked_list_p_and_a_with_groups_and_a_party_substitute() -> None:
    meeting = read_one(MARKED_LIST)
    assert meeting.body == "Adult Services Select Committee"
    assert [(a.name, a.status, a.deputy_for) for a in meeting.attendance] == [
        ("Rowan Pettigrew", "present", None),
        ("Edith Marchbank", "present", None),
        ("Agnes Tolland", "present", None),
        ("Victor Amberley", "present", None),
        ("Nora Quayle", "deputy", "Basil Cropper"),
        ("Idris Fenn", "present", None),
        ("Selwyn Hart", "also_present", None),
        ("Basil Cropper", "apologies", None),
    ]


def test_surrey_style_statement_time_before_date_and_venue_after() -> None:
    meeting = read_one(
        "MINUTES of the meeting of the LEESIDE CARE BOARD held at 2.00 pm on\n"
        "4 March 2025 at Ember Room, Quay House, Leeside.\n\nPRESENT:\nCouncillor Ada Moir\n"
    )
    assert (meeting.date, meeting.time, meeting.venue) == (
        "2025-03-04",
        "14:00",
        "Ember Room, Quay House, Leeside",
    )


SUBSTITUTES_AND_VISITORS = """\
Minutes of the Leeside Care Board, 4 March 2025 at 2.00 pm

Board members present:
Councillor Ada Moir - Cabinet Member for Wellbeing (Chair)
Sergeant Tobias Wren - Leeside Police (substitute for
Inspector Carla Dunmore)

**Substitute:** Yusuf Halloran (Leeside Carers) for Petra Lindgren

**Also present:** Councillor Owain Tredwell (Ward Member for Kilnbrook) for minute 12.

2. Apologies for Absence

Apologies were received from Petra Lindgren and Inspector Carla Dunmore (Leeside Police), who was substituted by Sergeant Tobias Wren.
"""


def test_substitutes_after_a_dash_a_single_substitute_label_and_a_visitor_for_one_minute() -> None:
    meeting = read_one(SUBSTITUTES_AND_VISITORS)
    assert [(a.name, a.status, a.deputy_for, a.role) for a in meeting.attendance] == [
        ("Ada Moir", "present", None, "Cabinet Member for Wellbeing (Chair)"),
        ("Tobias Wren", "deputy", "Carla Dunmore", "Leeside Police"),
        ("Yusuf Halloran", "deputy", "Petra Lindgren", "Leeside Carers"),
        ("Owain Tredwell", "also_present", None, "Ward Member for Kilnbrook; for minute 12"),
        ("Petra Lindgren", "apologies", None, None),
        ("Carla Dunmore", "apologies", None, "Leeside Police"),
    ]


MARGIN_NUMBERED = """\
                                                                      Item 4
                               NORTHBROOK CITY COUNCIL

                                       EXECUTIVE

MINUTES OF A MEETING OF THE EXECUTIVE HELD ON TUESDAY 4 MARCH 2025 AT 1400
HOURS IN ROOM 6, GUILDHALL, NORTHBROOK, NB1 2QT

      PRESENT: -

      Councillor Hugo Farrant, Leader in the Chair

      Councillor Ines Carbery, Deputy Leader

      Councillors Piers Oduya, Wendy Strand and Ravi
      Tamang

             NOTICE OF RECORDING

  201        The Chair advised that the meeting would be webcast.
             _______________________________________________________________

             MINUTES

  202        RESOLVED:-

             That the Minutes of the last meeting be confirmed.
             _______________________________________________________________

             LIBRARY SERVICE REVIEW

             The following report of the Director of Culture was
             submitted:-

             (See document No. 1)

  203        Councillor Hugo Farrant introduced the report.

             RESOLVED:-

             1.  Approves the review;

             2.  Notes the consultation timetable.
"""


def test_birmingham_style_stamp_hours_and_minute_numbers_in_the_margin() -> None:
    meeting = read_one(MARGIN_NUMBERED)
    assert [(a.name, a.role) for a in meeting.attendance] == [
        ("Hugo Farrant", "Leader; In the Chair"),
        ("Ines Carbery", "Deputy Leader"),
        ("Piers Oduya", None),
        ("Wendy Strand", None),
        ("Ravi Tamang", None),
    ]
    assert (meeting.date, meeting.time, meeting.venue) == (
        "2025-03-04",
        "14:00",
        "Room 6, Guildhall, Northbrook, NB1 2QT",
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("201", "NOTICE OF RECORDING"),
        ("202", "MINUTES"),
        ("203", "LIBRARY SERVICE REVIEW"),
    ]
    assert [(r.paragraph, r.text) for r in meeting.resolutions] == [
        ("202", "That the Minutes of the last meeting be confirmed."),
        ("203(1)", "Approves the review;"),
        ("203(2)", "Notes the consultation timetable."),
    ]


HANGING_LISTS = """\
LLANDEW PUBLIC SERVICES BOARD

5 MARCH 2025

Present:        County Councillor Heledd Pugh (Chairperson);
                County Councillors Iwan Bowen and Nia Caradog-Jones;
                Dr Emyr Rowlands (Tawe University Health Board), Siân
                Lloyd (Llandew Council) and Osian Parri (Natural
                Resources Wales)

Substitutes:    Inspector Lowri Bevan (Dyfed Police) substituting for
                Chief Inspector Aled Rhys; Carys Hopkin (Mid Wales Fire
                and Rescue Service) deputising for Assistant Chief
                Officer Ifan Morris

10 :   APOLOGIES FOR ABSENCE

Apologies were received from Chief Inspector Aled Rhys and Ifan Morris.
"""


def test_welsh_lists_under_a_hanging_indent_with_county_councillors_and_substitutions() -> None:
    meeting = read_one(HANGING_LISTS)
    assert [(a.name, a.status, a.deputy_for) for a in meeting.attendance] == [
        ("Heledd Pugh", "present", None),
        ("Iwan Bowen", "present", None),
        ("Nia Caradog-Jones", "present", None),
        ("Emyr Rowlands", "present", None),
        ("Siân Lloyd", "present", None),
        ("Osian Parri", "present", None),
        ("Lowri Bevan", "deputy", "Aled Rhys"),
        ("Carys Hopkin", "deputy", "Ifan Morris"),
        ("Aled Rhys", "apologies", None),
        ("Ifan Morris", "apologies", None),
    ]


NORTHERN_IRISH = """\
Tuesday, 4th March, 2025

MEETING OF THE ENVIRONMENT COMMITTEE HELD IN THE WHITE ROOM, GUILDHALL

Members present:\tAlderman R. Lavery (Chairperson); and Councillors S. Boyle, M. Keown and T. Rea.
Also attended:\tCouncillor P. Mulgrew.
In attendance:\tMs. J. Orr, Committee Officer.
Routine Matters
EN 01/25\tApologies
An apology for inability to attend was reported on behalf of Councillor D. Kerr.
EN 02/25\tMinutes
The minutes of the meeting of 4th February were taken as read and signed as correct.
EN 03/25\tStreet Lighting Review
Moved by Councillor Keown, seconded by Councillor Rea. On a vote, eight Members voted for and two against and it was declared carried.
"""


def test_minute_numbers_counting_before_the_year_and_northern_irish_attendance() -> None:
    meeting = read_one(NORTHERN_IRISH)
    assert (meeting.date, meeting.venue) == ("2025-03-04", "White Room, Guildhall")
    assert [i.number for i in meeting.items] == ["EN 01/25", "EN 02/25", "EN 03/25"]
    assert [(a.name, a.status) for a in meeting.attendance] == [
        ("R. Lavery", "present"),
        ("S. Boyle", "present"),
        ("M. Keown", "present"),
        ("T. Rea", "present"),
        ("P. Mulgrew", "also_present"),
        ("J. Orr", "also_present"),
        ("D. Kerr", "apologies"),
    ]
    assert meeting.declarations == []


def test_an_apologies_sentence_leaves_no_scraps_of_itself_as_roles() -> None:
    meeting = read_one(
        "Minutes of a meeting of the Cabinet held on 4 March 2025\n\n1. APOLOGIES\n\n"
        "Apologies for absence were submitted on behalf of Councillor Ada Pike and Councillor Ben Rudd, "
        "and on behalf of Councillor Cara Voss, Leader of the Green Group, for their inability to attend.\n"
    )
    assert [(a.name, a.status, a.role) for a in meeting.attendance] == [
        ("Ada Pike", "apologies", None),
        ("Ben Rudd", "apologies", None),
        ("Cara Voss", "apologies", "Leader of the Green Group"),
    ]


def test_apologies_list_substituted_by_and_a_numbered_resolution_ends_at_the_next_minute() -> None:
    meeting = read_one(
        "Minutes of a meeting of the Audit Committee held on 4 March 2025\n\n"
        "Present:\nCouncillor Amy Shaw (Chair)\n\nApologies: Councillor Gil Hale (substituted by Councillor Jo King)\n\n"
        "13. Treasury Strategy\n\nRESOLVED:\n\n1. That the strategy be approved.\n\n"
        "2. That the prudential indicators be noted.\n\n14. Work Programme\n\n"
        "AGREED – That the work programme be noted.\n"
    )
    assert [(a.name, a.status, a.deputy_for) for a in meeting.attendance] == [
        ("Amy Shaw", "present", None),
        ("Gil Hale", "apologies", None),
        ("Jo King", "deputy", "Gil Hale"),
    ]
    assert [(r.paragraph, r.text) for r in meeting.resolutions] == [
        ("13(1)", "That the strategy be approved."),
        ("13(2)", "That the prudential indicators be noted."),
        ("14", "That the work programme be noted."),
    ]
    assert [i.number for i in meeting.items] == ["13", "14"]


def test_a_substitute_label_before_a_sentence_naming_whom_they_stood_in_for() -> None:
    meeting = read_one(
        "Minutes of a meeting of the Licensing Committee held on 4 March 2025\n\n"
        "PRESENT: Councillors Nell Ames (Chair) and Owen Birch.\n\n"
        "SUBSTITUTE: Councillor Pia Crane attended as a substitute for Councillor Quentin Dale.\n"
    )
    assert [(a.name, a.status, a.deputy_for) for a in meeting.attendance] == [
        ("Nell Ames", "present", None),
        ("Owen Birch", "present", None),
        ("Pia Crane", "deputy", "Quentin Dale"),
    ]


def test_declarations_listed_one_per_line_without_blank_lines_are_each_read() -> None:
    meeting = read_one(
        "Minutes of a meeting of the Audit Committee held on 4 March 2025\n\n"
        "Present: Councillor Rhian Teale (Chair)\n\n1. Declarations of Interest\n\n"
        "Councillor Rhian Teale – Item 4 – personal interest as a school governor.\n"
        "Councillor Sol Umber – Item 6 – pecuniary interest; left the room.\n"
    )
    assert [(d.name, d.text) for d in meeting.declarations] == [
        ("Rhian Teale", "Item 4 – personal interest as a school governor."),
        ("Sol Umber", "Item 6 – pecuniary interest; left the room."),
    ]


def test_a_possessive_in_the_bodys_own_name_is_not_its_owner() -> None:
    meeting = read_one(
        "Minutes of a meeting of the Children's Services Scrutiny Committee held on 4 March 2025\n"
    )
    assert meeting.body == "Children's Services Scrutiny Committee"
