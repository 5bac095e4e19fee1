"""Minutes printed in more councils' ways: a web page's items with their agenda text above "Minutes:",
apologies with the substitute named in brackets, "disclosed an interest", guests who "attended the meeting"."""

from __future__ import annotations

from minutebook.packs import minutes
from minutebook.packs.lines import Line
from minutebook.packs.minutes_items import clean_title
from minutebook.packs.record import Meeting
from minutebook.packs.text import clean_line


def lines_of(text: str) -> list[Line]:
    return [Line(n, clean_line(raw), raw) for n, raw in enumerate(text.splitlines(), start=1)]


def read_one(text: str) -> Meeting:
    (meeting,) = minutes.read(lines_of(text))
    return meeting


HEAD = "Minutes of a meeting of the Harbour Board held on 4 June 2024\n\n"


def test_an_items_agenda_text_above_minutes_is_not_minuted() -> None:
    meeting = read_one(
        HEAD + "17.\tExclusion of the Public\n\nTo decide whether to exclude the public.\n\n"
        "RESOLVED - That the public be excluded for item 20.\n\nMinutes:\n\n"
        "RESOLVED, that the public be not excluded from the meeting.\n\n"
        "18.\tHarbour Dues\n\nTo consider a report.\n\nMinutes:\n\nRESOLVED, that the dues be frozen.\n"
    )
    assert [(i.number, i.title) for i in meeting.items] == [
        ("17", "Exclusion of the Public"),
        ("18", "Harbour Dues"),
    ]
    assert [(r.item, r.text) for r in meeting.resolutions] == [
        ("17", "that the public be not excluded from the meeting."),
        ("18", "that the dues be frozen."),
    ]


def test_a_linked_documents_size_printed_without_brackets_is_not_the_title() -> None:
    assert clean_title("Minutes of the last meeting PDF 120 KB") == "Minutes of the last meeting"
    assert clean_title("Budget Monitoring DOCX 1.5 MB") == "Budget Monitoring"
    assert clean_title("Review of the PDF Archive") == "Review of the PDF Archive"


def test_apologies_with_the_substitute_in_brackets() -> None:
    meeting = read_one(
        HEAD
        + "1. Apologies\n\nApologies were received from Councillor A Brent (Councillor C Dorr attended as "
        "substitute), Mrs E Frain (Mr G Hale attended as her substitute), Dr J Imber (Dr K Lusk, Clinical Lead, "
        "attended in his absence) and Inspector M Noon, Harbour Police.\n"
    )
    assert [(a.status, a.name, a.deputy_for) for a in meeting.attendance] == [
        ("apologies", "A Brent", None),
        ("deputy", "C Dorr", "A Brent"),
        ("apologies", "E Frain", None),
        ("deputy", "G Hale", "E Frain"),
        ("apologies", "J Imber", None),
        ("deputy", "K Lusk", "J Imber"),
        ("apologies", "M Noon", None),
    ]


def test_guests_who_attended_the_meeting_as_did_another() -> None:
    meeting = read_one(
        HEAD + "Present: Councillor P Quill (Chair)\n\n1. Apologies\n\nNone.\n\n"
        "Councillor R Shaw, Portfolio Holder for Ports, attended the meeting at the invitation of the Chair, "
        "as did Ms T Ulme, Director of the Harbour Trust.\n"
    )
    assert [(a.status, a.name) for a in meeting.attendance] == [
        ("present", "P Quill"),
        ("also_present", "R Shaw"),
        ("also_present", "T Ulme"),
    ]


def test_an_interest_disclosed() -> None:
    meeting = read_one(
        HEAD
        + "2. Disclosures of Interest\n\nCouncillor V Wynn disclosed a personal interest in item 5 as her son "
        "worked at the harbour. She took no part in that item.\n\n(Councillor V Wynn, having disclosed an "
        "interest, left the room.)\n"
    )
    assert [(d.name, d.text) for d in meeting.declarations] == [
        ("V Wynn", "a personal interest in item 5 as her son worked at the harbour.")
    ]


def test_decision_headings_over_each_items_decisions() -> None:
    meeting = read_one(
        HEAD + "1. Minutes\n\n**Decision**\n\nTo approve the minute of 2 May 2024.\n\n2. Berthing Charges\n\n"
        "The Harbour Master presented the report.\n\n**Decisions**\n\n1) To note the report.\n\n"
        "2) To agree the charges for 2025.\n\n(Reference – report by the Harbour Master, submitted.)\n\n"
        "3. Dredging\n\nDecision(s) To note the dredging programme.\n"
    )
    assert [(r.item, r.text) for r in meeting.resolutions] == [
        ("1", "To approve the minute of 2 May 2024."),
        ("2", "To note the report."),
        ("2", "To agree the charges for 2025."),
        ("3", "To note the dredging programme."),
    ]


def test_a_heading_set_apart_by_blank_lines_is_not_the_next_paragraphs_first_words() -> None:
    meeting = read_one(
        HEAD + "4. Winter Moorings\n\nThe report was noted.\n\nDeclaration of Interests\n\n"
        "Ann Marsh declared an interest as a mooring holder.\n"
    )
    assert [(d.name, d.text) for d in meeting.declarations] == [
        ("Ann Marsh", "an interest as a mooring holder.")
    ]


def test_a_hybrid_meeting_keeps_its_room_an_online_one_its_platform() -> None:
    hybrid = read_one(
        "# Minutes\n\n## Harbour Board\n\n2.00pm, Tuesday 4 June 2024\n\nRoom 5, Harbour House / Zoom\n"
    )
    online = read_one("# Minutes\n\n## Harbour Board\n\n2.00pm, Tuesday 4 June 2024\n\nMicrosoft Teams\n")
    virtual = read_one("# Minutes\n\n## Harbour Board\n\n2.00pm, Tuesday 4 June 2024\n\nVirtual meeting\n")
    assert (hybrid.venue, online.venue, virtual.venue) == (
        "Room 5, Harbour House / Zoom",
        "Microsoft Teams",
        None,
    )


def test_a_members_tables_header_row_is_no_one() -> None:
    meeting = read_one(
        HEAD
        + "Present:\n\n| Name | Membership |\n|---|---|\n| Councillor Rob Tees (Chair) | Voting member |\n"
        "| Dr Una Vale | Clinical Director |\n\n1. Minutes\n\nNoted.\n"
    )
    assert [(a.status, a.name) for a in meeting.attendance] == [
        ("present", "Rob Tees"),
        ("present", "Una Vale"),
    ]
