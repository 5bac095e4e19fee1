"""Report covers in other councils' templates: wrapped labels in columns, addresses, contacts named twice."""

from __future__ import annotations

import pytest

from minutebook.packs import reports
from minutebook.packs.lines import Line
from minutebook.packs.record import Report
from minutebook.packs.sources.text import read as read_text


def lines_of(text: str) -> list[Line]:
    return read_text(text.encode(), "fixture.txt")


def report_of(text: str) -> Report:
    report = reports.read(lines_of(text))
    assert report is not None
    return report


def fields(text: str, *names: str) -> tuple[object, ...]:
    report = report_of(text)
    return tuple(getattr(report, name) for name in names)


COLUMN_COVER = """Hallowmere Health and Care Partnership Board

Title of Report:             Falls Prevention Service: Six-Month
                             Evaluation
Author (including            Oriel Stanbridge, Falls Prevention
organisation):               Coordinator, Hallowmere Council
Date of Board meeting:       12th March 2025
Purpose of Paper:            Noting


1. Purpose of this Paper

To report the first six months of the service.

Contact: oriel.stanbridge@hallowmere.example
"""


def test_a_label_wrapped_in_its_column_does_not_run_into_the_title_above() -> None:
    report = report_of(COLUMN_COVER)
    assert report.title == "Falls Prevention Service: Six-Month Evaluation"


def test_the_date_of_the_board_meeting_is_the_papers_date() -> None:
    assert report_of(COLUMN_COVER).date == "2025-03-12"


def test_an_author_in_the_header_and_their_email_at_the_end_are_one_contact() -> None:
    contacts = [(c.name, c.email) for c in report_of(COLUMN_COVER).contacts]
    assert contacts == [("Oriel Stanbridge", "oriel.stanbridge@hallowmere.example")]


ADDRESS_COVER = """Report Title: Allotment Rents 2025/26
Report of: Head of Parks
Date: 3 February 2025

Contact Officer:
Brenna Oakley
Allotments Officer
14 Orchard Road, Hallowmere HM3 9QT
Telephone: 01632 960 441
Email: brenna.oakley@hallowmere.example

1. Purpose
"""


def test_an_officers_address_names_no_one() -> None:
    names = [c.name for c in report_of(ADDRESS_COVER).contacts]
    assert names == ["Brenna Oakley"]


TAB_COVER = (
    "Item 9\n"
    "Title\tCommunity Transport Review\n"
    "Organisation\tHallowmere Council\n"
    "Paper date\t2 July 2025\n"
    "Report author/contact\tTamsin Goole, Transport Lead tamsin.goole@hallowmere.example\n"
    "1. Executive summary\n"
)


def test_a_paper_date_and_an_author_slash_contact_row_are_read() -> None:
    report = report_of(TAB_COVER)
    assert report.date == "2025-07-02"
    assert [c.email for c in report.contacts] == ["tamsin.goole@hallowmere.example"]


LAYOUT_AUTHOR = """Subject:                 PUBLIC CONVENIENCES STRATEGY
Report of:               Director of Place
Report author:           Idris Fenwick, Head of Street Services
                         Telephone No: 01632 960 118
                         Email Address: idris.fenwick@hallowmere.example


Is this a key decision?          Yes
"""


def test_an_authors_telephone_and_email_lines_below_the_name_are_theirs() -> None:
    contacts = [(c.name, c.email, c.phone) for c in report_of(LAYOUT_AUTHOR).contacts]
    assert contacts == [("Idris Fenwick", "idris.fenwick@hallowmere.example", "01632 960 118")]


BILINGUAL_COVER = """A large print version of this paper is available on request

This document is available in Welsh / Mae'r ddogfen hon ar gael yn Gymraeg

CYNGOR SIR HALLOWMERE
HALLOWMERE COUNTY COUNCIL

REGENERATION COMMITTEE: 18 SEPTEMBER 2025


TOWN CENTRES: HIGH STREETS FIRST - DELIVERY PLAN

REPORT OF HEAD OF REGENERATION                       AGENDA ITEM: 6

Reason for this Report

1.   To approve the delivery plan.
"""


def test_a_welsh_council_cover_gives_its_title_body_date_and_report_of() -> None:
    report = report_of(BILINGUAL_COVER)
    assert report.title == "TOWN CENTRES: HIGH STREETS FIRST - DELIVERY PLAN"
    assert report.date == "2025-09-18"
    assert report.report_of == "HEAD OF REGENERATION"
    assert report.agenda_item == "6"


def test_a_reporting_officer_is_who_the_report_is_of() -> None:
    text = "Subject:\tStreet Trading Pitches\nDate:\t4th March, 2025\nReporting Officer:\tMr. T. Agnew, Director of Place\n"
    assert report_of(text).report_of == "Mr. T. Agnew, Director of Place"


MARKDOWN_ENQUIRIES_COVER = """Agenda item 6

| | |
|---|---|
| **Report title:** | Carers Strategy Refresh |
| **Report to:** | Health and Wellbeing Board |
| **Report author:** | Moira Treadwell, Director of Adult Services |
| **Date:** | 9 April 2025 |
| **Enquiries to:** | Gil Sandoval, Carers Lead, gil.sandoval@northfold.example or Ruth Amble, Policy Officer, ruth.amble@northfold.example |
| **County Divisions affected:** | All Northfold |

## 1 Purpose of Report
"""


def test_enquiries_to_names_the_contacts_and_county_divisions_are_the_wards() -> None:
    report = report_of(MARKDOWN_ENQUIRIES_COVER)
    emails = {c.email for c in report.contacts}
    assert {"gil.sandoval@northfold.example", "ruth.amble@northfold.example"} <= emails
    assert report.wards == "All Northfold"


LAYOUT_COVER_WITHOUT_COLONS = """Leisure and Heritage Committee

2.00pm, Tuesday, 7 May 2024


Museum Loans Policy 2024-2029


Executive/routine            Executive
Wards                        Almond; Forth
Council Commitments          12, 14


1.    Recommendations
"""


def test_labels_set_apart_from_their_values_by_a_wide_gap_are_read_without_colons() -> None:
    found = fields(LAYOUT_COVER_WITHOUT_COLONS, "title", "wards", "date")
    assert found == ("Museum Loans Policy 2024-2029", "Almond; Forth", "2024-05-07")


def test_by_names_who_the_report_is_of() -> None:
    cover = "By:\tJo Pennant, Research Officer\nTo:\tScrutiny Committee – 4 June 2025\nSubject:\tBus Inquiry Update\n\n1. Background\n"
    assert report_of(cover).report_of == "Jo Pennant, Research Officer"


WELSH_COVER = """Report of the Convener
Overview Committee – 9 September 2024
Flood Risk Scrutiny Update
Purpose:\tTo update the Committee on the flood risk inquiry.
Report Author:\tOwain Lles, Scrutiny Officer

1.\tIntroduction
"""


def test_report_of_without_a_colon_ends_with_its_line_and_the_title_is_not_run_into_the_date() -> None:
    found = fields(WELSH_COVER, "report_of", "title", "date")
    assert found == ("Convener", "Flood Risk Scrutiny Update", "2024-09-09")


def test_report_of_printed_without_a_colon_runs_on_where_its_line_does() -> None:
    cover = "REPORT OF THE DIRECTOR OF HOUSING AND\nCOMMUNITIES\nTENANCY STRATEGY\nDate:\t3 March 2025\n\n1.\tPurpose\n"
    assert report_of(cover).report_of == "DIRECTOR OF HOUSING AND COMMUNITIES"


def test_a_closing_contact_block_ends_before_the_words_set_apart_below_its_email() -> None:
    paper = (
        "Title:\tPlay Parks Review\n\n1. Recommendations\n\n1.1 Approve the review.\n\n"
        "Contact: Rhona Kerr, Parks Manager\nE-mail: rhona.kerr@northfold.example | Tel: 0131 555 0101\n\n\n"
        "Report\n\nPlay Parks Review\n\n2. Main report\n"
    )
    assert [c.name for c in report_of(paper).contacts] == ["Rhona Kerr"]


def test_a_closing_contact_block_ends_with_its_page() -> None:
    paper = (
        "Title:\tPlay Parks Review\n\n1. Recommendations\n\n"
        "Contact: Rhona Kerr, Parks Manager\nE-mail: rhona.kerr@northfold.example\nPage 4\nReport\nGranton Waterfront Allotments\n"
    )
    assert [c.name for c in report_of(paper).contacts] == ["Rhona Kerr"]


def test_a_contact_table_with_one_person_to_a_column_is_read_a_column_at_a_time() -> None:
    paper = (
        "Subject:\tLibrary Opening Hours\n\n1. Introduction\n\n2. Contact details\n\n"
        "Report Author:\tRelevant Director:\nAnn Lister\tBen Carrow\nHead of Libraries\tDirector of Communities\n"
        "Telephone number: 03000 410001\tTelephone number: 03000 410002\n"
        "Email address: ann.lister@northfold.example\tEmail address: b.carrow@northfold.example\n"
    )
    found = [(c.name, c.email, c.phone) for c in report_of(paper).contacts]
    assert found == [
        ("Ann Lister", "ann.lister@northfold.example", "03000 410001"),
        ("Ben Carrow", "b.carrow@northfold.example", "03000 410002"),
    ]


def test_a_contact_rows_cells_are_kept_apart_and_its_heading_names_no_one() -> None:
    paper = (
        "Subject:\tBus Inquiry Update\n\n1. Background\n\n"
        "<table>\n<tr><td>Contact Details</td><td></td></tr>\n"
        "<tr><td>Jo Pennant</td><td>Research Officer</td></tr>\n"
        "<tr><td>jo.pennant@northfold.example</td><td>03000 416001</td></tr>\n</table>\n"
    )
    assert [c.name for c in report_of(paper).contacts] == ["Jo Pennant"]


def test_a_chief_officer_is_who_the_report_is_of_and_ward_nos_are_the_wards() -> None:
    cover = "REPORT TITLE\tHarbour Dredging\nCHIEF OFFICER\tMoira Lind\nWard No(s):\tHarbour; Links\nDATE\t5 May 2024\n\n1. PURPOSE OF REPORT\n"
    assert fields(cover, "report_of", "wards") == ("Moira Lind", "Harbour; Links")


def test_an_extension_number_ends_the_contacts_name() -> None:
    paper = "Title:\tHarbour Dredging\n\n1. Purpose\n\nText.\n\nContact: Jo Bellamy  Ext: 74567\n"
    assert [c.name for c in report_of(paper).contacts] == ["Jo Bellamy"]


@pytest.mark.parametrize(
    "label",
    [
        "Name of contact officer:",
        "Author and contact details:",
        "Lead officer contact details:",
        "Report Contact:",
        "Officer to contact:",
        "Contact for enquiries:",
        "Enquiries:",
    ],
)
def test_a_closing_contact_label_in_other_words_names_the_contact(label: str) -> None:
    paper = f"Title:\tHarbour Dredging\n\n1. Purpose\n\nText.\n\n{label} Idris Vaughan, Harbour Manager, idris.vaughan@northfold.example\n"
    assert [(c.name, c.email) for c in report_of(paper).contacts] == [
        ("Idris Vaughan", "idris.vaughan@northfold.example")
    ]


def test_a_sentence_about_contact_with_people_names_no_contacts() -> None:
    paper = (
        "Title:\tHarbour Dredging\n\n1. Purpose\n\nContact with residents: we met Ann Leary and Bob Kaye.\n"
    )
    assert report_of(paper).contacts == []


@pytest.mark.parametrize(
    ("label", "value"), [("Report classification:", "Part 1 - Public"), ("Public/Exempt:", "Public")]
)
def test_a_classification_in_other_words_is_read(label: str, value: str) -> None:
    cover = f"Report to: Licensing Committee\nDate: 4 June 2024\nTitle: Street Trading\n{label} {value}\n\n1. Purpose\n"
    assert report_of(cover).classification == value


def test_the_heading_of_the_next_numbered_section_after_a_contacts_email_is_not_a_contact() -> None:
    paper = (
        "Title:\tHarbour Dredging\n\n1.\tPurpose\n\n"
        "For any enquiries about this report please contact: Idris Vaughan, Harbour\n"
        "Manager, T: 01632 960123, E: idris.vaughan@northfold.example\n"
        "Treasury Observations (KD 04/03/2024)\n"
        "14.\tThe costs can be met from existing budgets.\n"
    )
    assert [c.name for c in report_of(paper).contacts] == ["Idris Vaughan"]
