"""The report header reader: one small fixture per rule, and whole headers in other councils' layouts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutebook.packs import reports
from minutebook.packs.lines import Line
from minutebook.packs.record import Contact, Report
from minutebook.packs.reports_contacts import merge, read_contacts
from minutebook.packs.reports_header import read_header
from minutebook.packs.sources import read_pack
from minutebook.packs.sources.text import read as read_text

FIXTURES = Path(__file__).parent / "fixtures" / "reports"
CASES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md"))


def lines_of(text: str) -> list[Line]:
    return read_text(text.encode(), "fixture.txt")


def report_of(text: str, **kwargs: str) -> Report:
    report = reports.read(lines_of(text), **kwargs)
    assert report is not None
    return report


def contacts_in(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = read_contacts([(line, line.text) for line in lines_of(text)])
    return [(c.name, c.email, c.phone) for c in found]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_report_fixture(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text())
    lines = read_pack(path)
    report = reports.read(lines)
    assert report is not None
    for field in ("title", "agenda_item", "date", "classification", "report_of", "wards", "line"):
        assert getattr(report, field) == expected[field], field
    assert [{"name": c.name, "email": c.email, "phone": c.phone} for c in report.contacts] == expected[
        "contacts"
    ]
    meetings = reports.briefing_meeting(lines)
    assert [{"body": m.body, "date": m.date} for m in meetings] == [expected["meeting"]]
    assert all(m.kind == "agenda" for m in meetings)


# -- header labels --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "field", "value"),
    [
        ("<b>Date:</b>\t12 <sup>th</sup> July 2018", "date", "2018-07-12"),
        ("**Date:** 15 July 2021  ", "date", "2021-07-15"),
        ("Date of meeting: 3rd July 2019", "date", "2019-07-03"),
        ("<b>Classification:</b>\t<b>General Release</b>", "classification", "General Release"),
        ("Title:\tHealth and Wellbeing Hubs", "title", "Health and Wellbeing Hubs"),
        ("Subject: Treasury Management Strategy", "title", "Treasury Management Strategy"),
        ("Report of:\tDirector of Public Health", "report_of", "Director of Public Health"),
        ("Report of the Director of Place", "report_of", "Director of Place"),
        ("Briefing of: Councillor Heather Acton", "report_of", "Councillor Heather Acton"),
        ("Wards Involved:\tAll", "wards", "All"),
        ("Ward(s) affected: Abbey; Bridge", "wards", "Abbey; Bridge"),
        ("| Wards affected | Knightsbridge |", "wards", "Knightsbridge"),
        ("Agenda Item No: 5", "agenda_item", "5"),
    ],
)
def test_header_label(raw: str, field: str, value: str) -> None:
    report = report_of(f"{raw}\n", title="fallback")
    assert getattr(report, field) == value


def test_label_alone_with_the_value_below() -> None:
    report = report_of(
        "Title: \n \n\nTaking a Public Health Approach to Tackling \nSerious Youth Violence \n \n\nReport of: \n\nDeputy Director\n"
    )
    assert report.title == "Taking a Public Health Approach to Tackling Serious Youth Violence"
    assert report.report_of == "Deputy Director"


def test_label_wrapped_over_two_lines() -> None:
    report = report_of(
        "Title: Hubs\n\nReport Author(s) and \nContact Details: \n\n\nKatrina McLarty, Partner \nkmclarty@westminster.gov.uk\n"
    )
    assert [(c.name, c.email) for c in report.contacts] == [
        ("Katrina McLarty", "kmclarty@westminster.gov.uk")
    ]


def test_date_without_a_year_takes_the_year_the_report_prints() -> None:
    report = report_of(
        "Date:\tThursday 15 <sup>th</sup> July\nTitle:\tICS update\n\n1. Summary\n\nFrom April 2021 and October 2021.\n"
    )
    assert report.date == "2021-07-15"


def test_month_and_year_on_a_cover_page() -> None:
    report = report_of("# **Joint Commissioning Plan**\n\nApril 2018\n\n## Contents\n")
    assert (report.title, report.date) == ("Joint Commissioning Plan", "2018-04")


def test_title_is_the_first_heading_not_the_council_or_board() -> None:
    report = report_of(
        "City of Westminster\n\n## Westminster Health & Wellbeing Board\n\n## Annual Public Health Report\n"
    )
    assert report.title == "Annual Public Health Report"


def test_body_then_title_on_one_line() -> None:
    lines = lines_of(
        "Family and People Services Policy & Scrutiny Committee Cabinet Member Update\n\nDate: Thursday 17 October 2019\n"
    )
    report = reports.read(lines)
    assert report is not None and report.title == "Cabinet Member Update"
    [meeting] = reports.briefing_meeting(lines)
    assert (meeting.body, meeting.date, meeting.line) == (
        "Family and People Services Policy & Scrutiny Committee",
        "2019-10-17",
        3,
    )


def test_agenda_item_given_wins_over_printed() -> None:
    assert report_of("Agenda Item 4\n\nTitle: Budget\n", agenda_item="5").agenda_item == "5"
    assert report_of("Agenda Item 4\n\nTitle: Budget\n").agenda_item == "4"


def test_no_title_anywhere_falls_back_or_gives_none() -> None:
    text = "1. Executive Summary\n\n1.1 This paper summarises the outcome.\n"
    assert reports.read(lines_of(text)) is None
    assert report_of(text, title="BETTER CARE FUND UPDATE").title == "BETTER CARE FUND UPDATE"


def test_header_ends_at_the_first_section() -> None:
    header = read_header(lines_of("Title: Hubs\n\n1. Executive Summary\n\nDate: 1 May 2020\n"))
    assert "date" not in header.values


# -- contacts -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meenara Islam, Principal Policy Officer, Westminster City Council mislam@westminster.gov.uk / 020 7641 8532",
            [("Meenara Islam", "mislam@westminster.gov.uk", "020 7641 8532")],
        ),
        (
            "Rebecca Green (Prevention Strategy Manager and Trailblazer lead) Rgreen1@westminster.gov.uk",
            [("Rebecca Green", "Rgreen1@westminster.gov.uk", None)],
        ),
        (
            "Colin Brodie E: cbrodie@westminster.gov.uk T: 02076414632",
            [("Colin Brodie", "cbrodie@westminster.gov.uk", "02076414632")],
        ),
        (
            "Christopher Cotton Lead for primary care co-commissioning, North West London Collaboration of CCGs chris.cotton@nw.london.nhs.uk",
            [("Christopher Cotton", "chris.cotton@nw.london.nhs.uk", None)],
        ),
        (
            "Ian Robinson, Assistant Director\n\nLouise Proctor, Director for Local Care\n\nEmail: ian.robinson6@nhs.net\n\nLouise.proctor1@nhs.net",
            [
                ("Ian Robinson", "ian.robinson6@nhs.net", None),
                ("Louise Proctor", "Louise.proctor1@nhs.net", None),
            ],
        ),
        (
            "Simon Hope – Borough Director, West London CCG Joe Nguyen – Borough Director, Central London CCG",
            [("Simon Hope", None, None), ("Joe Nguyen", None, None)],
        ),
        ("Tom Brown, School Organisation Manager\nTel: 01234 555666", [("Tom Brown", None, "01234 555666")]),
        (
            "[ Wayne Haywood ]\n\nEmail: [ whaywood@westminster.gov.uk ]",
            [("Wayne Haywood", "whaywood@westminster.gov.uk", None)],
        ),
        ("Email: democratic.services@example.gov.uk", [(None, "democratic.services@example.gov.uk", None)]),
    ],
)
def test_contacts(text: str, expected: list[tuple[str | None, str | None, str | None]]) -> None:
    assert contacts_in(text) == expected


def test_contacts_from_header_and_end_of_report_are_merged() -> None:
    report = report_of(
        "Title: Hubs\nReport Author and Contact Details: Meenara Islam, Officer mislam@westminster.gov.uk\n\n"
        "1. Executive Summary\n\nText.\n\nIf you have any queries about this Report please contact:\n\n"
        "Meenara Islam, Principal Policy Officer\n\nEmail: mislam@westminster.gov.uk\n\nTelephone: 020 7641 8532\n\n"
        "APPENDICES:\n\nNone\n"
    )
    assert [(c.name, c.email, c.phone) for c in report.contacts] == [
        ("Meenara Islam", "mislam@westminster.gov.uk", "020 7641 8532")
    ]


def test_a_contact_line_at_the_end_of_a_report() -> None:
    """A "Contact:" line in the report's closing section names the contact officer."""
    report = report_of(
        "REPORT FOR:   CABINET\n\nDate of Meeting:   14 March 2024\n\nSubject:   Adult Social Care Charging Policy\n\n"
        "Responsible Officer:   Senait Abebe, Corporate Director of People\n\nWards affected:   All Wards\n\n"
        "Section 1 – Summary and Recommendations\n\nThis report sets out the proposed changes.\n\n"
        "Recommendations:\nCabinet is requested to approve the policy.\n\n"
        "Section 2 – Report\n\n2.1 The current policy was adopted in 2016.\n\n"
        "Section 4 - Contact Details and Background Papers\n\n"
        "Contact: Ruth Kimber, Head of Finance, Tel: 020 8424 1234, email: ruth.kimber@example.gov.uk\n"
    )
    assert [(c.name, c.email, c.phone) for c in report.contacts] == [
        ("Ruth Kimber", "ruth.kimber@example.gov.uk", "020 8424 1234")
    ]


def test_a_please_contact_inside_prose_is_not_a_contact_block() -> None:
    report = report_of(
        "Title: Hubs\n\n1. Summary\n\nPlease remember that if you wish the information you are providing in this report to "
        "remain confidential, we may be able to accommodate you. Please contact apalmer@westminster.gov.uk for guidance.\n"
    )
    assert report.contacts == []


def test_merge_keeps_one_entry_per_person() -> None:
    merged = merge(
        [
            Contact(name="A B", email="ab@x.org"),
            Contact(name="A B", phone="020 1234 5678"),
            Contact(name=None, email="AB@x.org"),
        ]
    )
    assert [(c.name, c.email, c.phone) for c in merged] == [("A B", "ab@x.org", "020 1234 5678")]


# -- hostile input ----------------------------------------------------------------------------------------


def test_a_very_long_header_line_is_read_without_backtracking() -> None:
    hostile = (
        "Title: "
        + "Aa " * 60_000
        + "\nReport Author and Contact Details: "
        + "Bb Cc, " * 30_000
        + "x@" * 20_000
        + "\n"
    )
    report = reports.read(lines_of(hostile))
    assert report is not None and report.title.startswith("Aa")


def test_ten_thousand_lines_of_prose_finish() -> None:
    text = "Title: Hubs\n\n1. Summary\n\n" + "The Board noted the report and please contact us.\n" * 10_000
    report = report_of(text)
    assert report.contacts == []


def test_nothing_to_read() -> None:
    assert reports.read([]) is None
    assert reports.briefing_meeting([]) == []


@pytest.mark.parametrize(
    ("status", "classification"),
    [
        ("Public", "Public"),
        ("Open", "Open"),
        ("Part II – Exempt", "Part II – Exempt"),
        ("For decision", None),
    ],
)
def test_a_status_that_names_a_classification(status: str, classification: str | None) -> None:
    report = report_of(f"Title: Parking Review\nDate: 4 June 2024\nStatus: {status}\n")
    assert report.classification == classification


def test_a_labelled_line_ends_the_title_wrapped_above_it() -> None:
    report = report_of("Report title: Parking Review 2025\nSponsor lead: Ann Lee\nDate: 4 June 2024\n")
    assert report.title == "Parking Review 2025"


def test_labels_in_one_row_and_values_in_the_row_below() -> None:
    report = report_of(
        "Hearing Loss Support in Dale Valley: What Carers Said\n"
        "A report from Healthwatch Dale Valley\n"
        "Meeting\tItem\tReport author\tWards\tClassification\n"
        "Wellbeing Board, 3 October 2023\t7\tJo Marsh j.marsh@hwdale.org.uk\tAbbey; Mill Lane\tOpen\n"
        "Summary\n"
        "Text.\n"
    )
    assert (report.title, report.report_of, report.date, report.agenda_item) == (
        "Hearing Loss Support in Dale Valley: What Carers Said",
        "Healthwatch Dale Valley",
        "2023-10-03",
        "7",
    )
    assert (report.classification, report.wards) == ("Open", "Abbey; Mill Lane")
    assert [c.email for c in report.contacts] == ["j.marsh@hwdale.org.uk"]


@pytest.mark.parametrize(
    "printed", ["For general release", "NOT FOR PUBLICATION", "Part 2 - Exempt", "Public report", "OFFICIAL"]
)
def test_a_classification_printed_alone_under_the_labels(printed: str) -> None:
    report = report_of(
        f"Subject:\tDay Services\nDate:\t4 June 2024\nWards affected:\tAll\n{printed}\n1. Purpose\n"
    )
    assert (report.wards, report.classification) == ("All", printed)


def test_a_contact_details_section_printed_as_a_table() -> None:
    report = report_of(
        "Title:\tDay Services\nDate:\t4 June 2024\n\n1. PURPOSE\n\nText.\n\n"
        "8. AUTHOR CONTACT DETAILS\n"
        "Name\tRhona Tait\nJob Title\tService Manager Day Care\nEmail Address\trtait@dale.gov.uk\nTel\t01632 960111\n"
    )
    assert [(c.name, c.email, c.phone) for c in report.contacts] == [
        ("Rhona Tait", "rtait@dale.gov.uk", "01632 960111")
    ]


def test_covers_of_papers_printed_without_their_agenda_name_the_meeting() -> None:
    first = lines_of(
        "COMMITTEE\tPlaces and Transport\nDATE\t9 May 2024\nREPORT TITLE\tBus Lanes\n1. PURPOSE\n"
    )
    second = lines_of(
        "Report to:\tPlaces and Transport Committee\nDate of meeting:\t9 May 2024\nSubject:\tParking\n"
    )
    loose = lines_of("Bus Lanes\nThe survey ran from 2 January 2024.\n")
    [meeting] = reports.cover_meetings([first, second, loose])
    assert (meeting.kind, meeting.body, meeting.date) == (
        "agenda",
        "Places and Transport Committee",
        "2024-05-09",
    )


def test_a_lancashire_style_cover() -> None:
    report = report_of(
        "Agenda Item 6\n\nPlaces Scrutiny Committee\nMeeting to be held on Wednesday, 4 September 2024\n\n"
        "Report submitted by: Director of Highways\n\nPart I\n\nElectoral Divisions affected:\nMillbrook; Dale East\n\n"
        "Corporate Priorities:\nKeeping roads safe;\n\n"
        "Winter Gritting Routes 2024/25\n(Appendices 'A' and 'B' refer)\n\n"
        "Contact for further information:\nKit Lowe, Tel: (01632) 960111, Highways Manager,\nkit.lowe@dale.gov.uk\n\n"
        "Brief Summary\n\nText.\n"
    )
    assert (report.title, report.date, report.report_of, report.wards) == (
        "Winter Gritting Routes 2024/25",
        "2024-09-04",
        "Director of Highways",
        "Millbrook; Dale East",
    )
    assert [(c.name, c.email) for c in report.contacts] == [("Kit Lowe", "kit.lowe@dale.gov.uk")]
