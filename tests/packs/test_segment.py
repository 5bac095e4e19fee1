"""Segmentation rules, each on a small invented pack."""

from __future__ import annotations

import pytest

from minutebook.packs import segment
from minutebook.packs.lines import Line
from minutebook.packs.segment import split
from minutebook.packs.sources.text import read as read_text
from minutebook.packs.text import clean_line


def lines_of(text: str) -> list[Line]:
    return [Line(number=i, text=clean_line(raw), raw=raw) for i, raw in enumerate(text.split("\n"), start=1)]


def kinds(text: str) -> list[tuple[str, int]]:
    return [(p.document.kind, p.document.first_line) for p in split(lines_of(text))]


AGENDA = """AGENDA

1. Apologies for Absence

2. Minutes of the previous meeting (Pages 1 - 4)

3. Budget Monitoring (Pages 5 - 9)

4. Parking Review (Pages 10 - 14)
"""


@pytest.mark.parametrize(
    "heading",
    [
        "MINUTES",
        "MINUTES OF THE OVERVIEW AND SCRUTINY COMMITTEE",
        "Minutes of a meeting of the Planning Committee held on 3 May 2023",
        "At a MEETING of the EDUCATION COMMITTEE held in the Council Chambers on Wednesday, 24th January 2024",
        "DRAFT MINUTES - Licensing Sub-Committee",
        "Health and Wellbeing Board: Minutes",
        "Licensing Sub-Committee - Draft Minutes",
    ],
)
def test_minutes_headings_in_councils_forms_start_minutes(heading: str) -> None:
    pack = (
        AGENDA
        + f"\nThis page is intentionally left blank\n\n{heading}\n\nPresent: Councillors A Bell and C Dunn\n"
    )
    assert kinds(pack)[1][0] == "minutes"


def test_minutes_of_the_previous_meeting_inside_minutes_is_an_item_not_a_document() -> None:
    pack = "MINUTES\n\nPresent: Councillor A Bell\n\n1. Minutes of the previous meeting\n\nRESOLVED: That they be approved.\n"
    assert [k for k, _ in kinds(pack)] == ["minutes"]


@pytest.mark.parametrize(
    "heading",
    [
        "Actions Arising",
        "OVERVIEW AND SCRUTINY COMMITTEE – ACTION TRACKER",
        "Schedule of Actions",
        "Action Log",
    ],
)
def test_action_log_headings_start_an_actions_log(heading: str) -> None:
    pack = f"MINUTES\n\nPresent: Councillor A Bell\n\nThe meeting closed at 9.05 pm\n\n{heading}\n\nAction\tLead\tStatus\n"
    assert kinds(pack)[-1][0] == "actions_log"


def test_an_action_table_header_row_starts_an_actions_log_without_a_heading() -> None:
    pack = "MINUTES\n\nPresent: Councillor A Bell\n\n| No. | Meeting date | Action | Officer | Due date | Status |\n| 1 | 3/5/23 | Report back | J Doe | June | Open |\n"
    assert kinds(pack)[-1] == ("actions_log", 5)


def test_an_agenda_sentence_about_actions_arising_is_not_a_log() -> None:
    pack = "AGENDA\n\n3. MINUTES AND ACTIONS ARISING\n\nII) To note progress in actions arising.\n"
    assert [k for k, _ in kinds(pack)] == ["agenda"]


def test_agenda_item_stamps_start_documents_and_name_their_item() -> None:
    pack = AGENDA + (
        "\nAgenda Item 3\n\nBudget Monitoring\n\n1. Summary\n\nThe budget is on track.\n\nPage 5\n"
        "\nAgenda Item 4\n\nParking Review\n\n1. Summary\n\nA review of parking.\n"
    )
    pieces = split(lines_of(pack))
    assert [(p.document.kind, p.document.agenda_item) for p in pieces[1:]] == [
        ("report", "3"),
        ("report", "4"),
    ]


def test_a_report_header_block_starts_a_report_and_its_listed_appendix_follows() -> None:
    pack = AGENDA + (
        "\nReport of:\tDirector of Place\nDate:\t8 March 2023\nWards affected:\tAll\nTitle:\tBudget Monitoring\n"
        "\n1. Summary\n\nText.\n\nBACKGROUND PAPERS: None\n\n\n\nAppendix A – Budget tables\n\nTable text\n"
    )
    assert [k for k, _ in kinds(pack)][1:] == ["report", "appendix"]


def test_a_wrapped_sentence_starting_with_appendix_is_not_an_appendix() -> None:
    pack = "Report of:\tDirector\nDate:\t8 March 2023\nTitle:\tX\n\nthe terms set out in\nAppendix A and the completion of a Section 106 agreement.\n"
    assert [k for k, _ in kinds(pack)] == ["report"]


def test_appendix_titles_listed_under_appendices_are_not_documents() -> None:
    pack = "Report of:\tDirector\nDate:\t8 March 2023\nTitle:\tX\n\n5. Appendices\n\nAppendix 1 – The plan\nAppendix 2 – The map\n"
    assert [k for k, _ in kinds(pack)] == ["report"]


def test_a_blank_page_ends_a_document_and_unannounced_papers_fill_the_items_left() -> None:
    pack = (
        AGENDA
        + "\nThis page is intentionally left blank\n\nBudget Monitoring 2023\n\nText\n\nThis page is intentionally left blank\n\nParking Review\n\nText\n"
    )
    assert [(p.document.kind, p.document.agenda_item) for p in split(lines_of(pack))[1:]] == [
        ("report", "3"),
        ("report", "4"),
    ]


def test_page_numbers_and_sign_offs_do_not_start_documents() -> None:
    pack = "MINUTES\n\nPresent: Councillor A Bell\n\nThe meeting ended at 8 pm\n\nChair\n\nPage 12\n"
    assert [k for k, _ in kinds(pack)] == ["minutes"]


def test_an_empty_pack_has_no_documents() -> None:
    assert split(lines_of("\n\n\n")) == []


def test_a_numbered_minute_about_a_business_statement_is_an_item_not_a_log() -> None:
    pack = "MINUTES\n\nPresent: Councillor A Bell\n\nIII\tCOMMITTEE BUSINESS STATEMENT\n\nThe Committee resolved to note it.\n"
    assert [k for k, _ in kinds(pack)] == ["minutes"]


def test_a_restricted_placeholder_is_its_own_document_under_its_item() -> None:
    pack = AGENDA + "\nAgenda Item 4\n\nDocument is Restricted\n\nPage 43\n"
    assert [(p.document.kind, p.document.agenda_item) for p in split(lines_of(pack))[1:]] == [("other", "4")]


def test_a_running_header_carrying_the_agenda_item_starts_that_items_paper() -> None:
    pack = AGENDA + (
        "\nCabinet – 14 May 2024          Agenda Item 3\n\nBudget Monitoring\n\n1. Summary\n\nText.\n\nPage 5 of 20\n"
        "Cabinet – 14 May 2024          Agenda Item 4\n\nParking Review\n\n1. Summary\n\nText.\n"
    )
    assert [p.document.agenda_item for p in split(lines_of(pack))[1:]] == ["3", "4"]


def test_a_header_block_repeated_on_a_later_page_is_the_same_paper() -> None:
    header = "Report of:\tDirector of Place\nDate:\t8 March 2023\nTitle:\tBudget Monitoring\n"
    pack = header + "\n1. Summary\n\nText.\n\nPage 2\n" + header + "\n2. Detail\n\nMore text.\n"
    assert [k for k, _ in kinds(pack)] == ["report"]


def test_a_second_header_block_after_the_first_papers_sections_is_a_new_paper() -> None:
    first = "MEETING:\tFire Authority\nDATE:\t15 February 2024\nAGENDA ITEM:\t6\nSUBJECT:\tBudget\nREPORT OF:\tTreasurer\n"
    second = "MEETING:\tFire Authority\nDATE:\t15 February 2024\nAGENDA ITEM:\t8\nSUBJECT:\tInspection\nREPORT OF:\tChief Fire Officer\n"
    pack = (
        first
        + "\n1. EXECUTIVE SUMMARY\n\n1.1 This report sets out the budget.\n\n"
        + second
        + "\n1. SUMMARY\n"
    )
    pieces = split(lines_of(pack))
    assert [(p.document.kind, p.document.first_line, p.document.agenda_item) for p in pieces] == [
        ("report", 1, "6"),
        ("report", 11, "8"),
    ]


def test_a_header_table_starts_at_its_first_label_row_and_the_heading_above_it() -> None:
    pack = (
        "MINUTES\n\nPresent: Councillor A Bell\n\nThe meeting ended at 8 pm\n\n\n\nEXAMPLE COUNCIL\n\n"
        "| | |\n|---|---|\n| **Meeting of:** | Scrutiny Committee |\n| **Date of Meeting:** | 16 September 2024 |\n"
        "| **Report Title:** | Housing Grant |\n| **Responsible Officer:** | A Clerk |\n"
    )
    assert kinds(pack)[-1] == ("report", 9)


def test_a_displayed_work_programme_title_starts_a_work_programme() -> None:
    pack = (
        AGENDA
        + "\nThis page is intentionally left blank\n\nBudget paper\n\nText.\n\n**Forward Work Programme – Scrutiny Committee 2024-25**\n\n| Date | Item |\n"
    )
    assert [k for k, _ in kinds(pack)][-1] == "work_programme"


def test_a_web_page_of_one_items_minutes_is_minutes() -> None:
    pack = "Agenda item\n\nAllotments Review\n\nMeeting: 12/06/2024 - Environment Panel (Item 7)\n\nMinutes:\n\nRESOLVED: That the review be noted.\n"
    assert [k for k, _ in kinds(pack)] == ["minutes"]


def test_a_summons_letter_signed_before_the_agenda_is_part_of_the_agenda() -> None:
    pack = (
        "EXAMPLE DISTRICT COUNCIL\n\n14 High Street\nMarket Town\n\nDear Councillor\n\n"
        "You are requested to attend a meeting of the PARKS COMMITTEE.\n\nYours faithfully\n\n\n"
        "Jane Clerk\nChief Executive\n\n\nAGENDA\n\n1. Apologies\n\n2. Declarations of Interest\n"
    )
    assert [k for k, _ in kinds(pack)] == ["agenda"]


def test_a_sentence_about_the_action_log_inside_minutes_is_not_a_log() -> None:
    pack = (
        "MINUTES\n\nPresent: Councillor A Bell\n\n39. ACTION LOG\n\n"
        "The Committee considered the action log. The Head of Service reported\n"
        "that two actions were complete.\n"
    )
    assert [k for k, _ in kinds(pack)] == ["minutes"]


def test_layout_cover_labels_and_labels_with_words_before_the_colon_start_a_report() -> None:
    pack = (
        "MINUTES\n\nPresent: Councillor A Bell\n\nThe meeting ended at 8 pm\n\n\n"
        "Title of Report:          Glass Collection Pilot\n\nDate of Meeting:          4 March 2024\n\n"
        "Lead Officer              Head of Waste\n"
    )
    assert kinds(pack)[-1] == ("report", 8)


def test_a_report_authors_block_does_not_open_a_header() -> None:
    def cover(title: str) -> str:
        return f"Title of Report:    {title}\nDate of Meeting:    4 March 2024\n"

    pack = (
        cover("Fees and Charges")
        + "\n1.0 Background\n\nText.\n\nReport Author:   A Officer, Head of Service\n"
        "Signed off by:   B Director\n\n13\n" + cover("Glass Collection") + "\n1.0 Linkage\n"
    )
    assert [(k, n) for k, n in kinds(pack)] == [("report", 1), ("report", 12)]


def test_two_papers_to_the_same_body_are_two_papers() -> None:
    """Both covers print "Report to: <the same board>": the body it goes to does not name the paper."""

    def cover(subject: str) -> str:
        return f"Report to:\tPeople Scrutiny Panel\nDate:\t4 June 2024\nSubject:\t{subject}\nReport of:\tDirector of Care\n"

    pack = (
        cover("Day Services Review")
        + "\n1. Introduction\n\nText.\n\n"
        + cover("Care Home Fees")
        + "\n1. Background\n"
    )
    assert [k for k, _ in kinds(pack)] == ["report", "report"]


def test_a_work_programme_title_at_the_top_of_a_pdf_page_starts_a_work_programme() -> None:
    def on_page(number: int, page: int, text: str) -> Line:
        return Line(number=number, text=clean_line(text), raw=text, page=page)

    pack = [
        on_page(1, 1, "Report to:\tPeople Scrutiny Panel"),
        on_page(2, 1, "Date:\t4 June 2024"),
        on_page(3, 1, "Subject:\tDay Services Review"),
        on_page(4, 1, "1. Introduction"),
        on_page(5, 2, "People Scrutiny Panel - Work Programme 2024/25"),
        on_page(6, 2, "Meeting\tItem\tLead"),
        on_page(7, 2, "3 September 2024\tCare Home Fees\tDirector of Care"),
    ]
    assert [(p.document.kind, p.document.first_line) for p in split(pack)] == [
        ("report", 1),
        ("work_programme", 5),
    ]


def _page(number: int, page: int, raw: str) -> Line:
    return Line(number=number, text=clean_line(raw), raw=raw, page=page)


def test_a_running_header_naming_the_item_at_a_page_top_starts_that_items_paper() -> None:
    pack = [
        _page(1, 1, "Dale Valley Council\tItem 5"),
        _page(2, 1, "Report to:\tPlaces Committee"),
        _page(3, 1, "Date:\t9 May 2024"),
        _page(4, 1, "Subject:\tBus Lanes"),
        _page(5, 1, "1. Purpose"),
        _page(6, 2, "Dale Valley Community Transport\tItem 6"),
        _page(7, 2, "Rural Bus Services: What Passengers Told Us"),
        _page(8, 2, "Meeting\tAgenda item\tAuthor\tClassification"),
        _page(9, 2, "Places Committee, 9 May 2024\t6\tKit Lowe\tPublic"),
        _page(10, 2, "Summary"),
    ]
    pieces = split(pack)
    assert [(p.document.kind, p.document.first_line, p.document.agenda_item) for p in pieces] == [
        ("report", 1, "5"),
        ("report", 6, "6"),
    ]
    assert pieces[1].document.title == "Rural Bus Services: What Passengers Told Us"


def test_an_item_cell_in_a_table_row_inside_a_page_is_not_a_stamp() -> None:
    pack = [
        _page(1, 1, "Title:\tBus Lanes"),
        _page(2, 1, "Date:\t9 May 2024"),
        _page(3, 1, "Report of:\tDirector of Place"),
        _page(4, 1, "Meeting\tItem 4"),
    ]
    assert [p.document.kind for p in split(pack)] == ["report"]


def test_an_appendix_after_the_papers_next_section_is_begun_not_listed() -> None:
    pack = (
        "Title:\tBus Lanes\nDate:\t9 May 2024\nReport of:\tDirector of Place\n\n1. PURPOSE\n\nText.\n\n"
        "6. APPENDICES\n6.1 Appendix A - Route Map\n7. CONTACT DETAILS\nName\tKit Lowe\n\n"
        "Appendix A - Route Map\nA map.\n"
    )
    assert [k for k, _ in kinds(pack)] == ["report", "appendix"]


def test_an_appendix_right_under_its_listing_is_still_listed() -> None:
    pack = (
        "Title:\tBus Lanes\nDate:\t9 May 2024\nReport of:\tDirector of Place\n\n1. PURPOSE\n\nText.\n\n"
        "6. APPENDICES\n\nAppendix A - Route Map\n"
    )
    assert [k for k, _ in kinds(pack)] == ["report"]


def test_a_report_title_label_names_the_paper_not_a_contacts_title_row() -> None:
    pack = (
        "Agenda Item 9.1\nCOMMITTEE\tPlaces\nDATE\t9 May 2024\nREPORT TITLE\tBus Lanes\nREPORT NUMBER\tPL/24/1\n"
        "1. PURPOSE\nText.\n7. CONTACT DETAILS\nName\tKit Lowe\nTitle\tTransport Planner\n"
    )
    [piece] = split(lines_of(pack))
    assert (piece.document.kind, piece.document.first_line, piece.document.title) == (
        "report",
        1,
        "Bus Lanes",
    )


def test_a_bracketed_reference_to_the_action_log_inside_minutes_is_not_a_log() -> None:
    pack = (
        "MINUTES\n\nPresent: Councillor A Bell\n\n2. Matters Arising\n\nThe Board noted the actions.\n\n"
        "(Reference – Rolling Actions Log, submitted.)\n\n3. Budget\n\nText.\n\n---\n\n# Rolling Actions Log\n\n"
        "| Action | Lead | Status |\n|---|---|---|\n| Write to the ICB | A Bell | Open |\n"
    )
    assert kinds(pack) == [("minutes", 1), ("actions_log", 17)]


def test_starts_never_share_a_line_even_when_a_stamp_sits_on_the_packs_first_line() -> None:
    """An agenda-item stamp printed on the pack's first line beside the council's name, a cover below it."""
    raw = (
        "Fenwick City Council\tAgenda Item 8\nHealth & Wellbeing Board\n"
        "Subject:\tFalls Prevention Strategy 2025-2030\nDate of meeting:\t16 July 2025\n"
        "Report of:\tDirector of Public Health\nContact Officer:\tAnn Lee\nEmail:\tann.lee@fenwick.gov.uk\n\n"
        "1. Purpose\n\nThe report sets out the strategy.\n"
    )
    lines = read_text(raw.encode(), "cover.txt")
    indexes = [start.index for start in segment.find_starts(lines)]
    assert indexes == sorted(set(indexes))
    pieces = segment.split(lines)
    assert pieces and all(piece.lines for piece in pieces)
    assert pieces[0].document.kind == "report" and pieces[0].document.agenda_item == "8"


def test_a_cover_whose_label_block_reaches_above_the_current_start_begins_after_it() -> None:
    """A tabbed heading line is climbed as part of the cover below it: the cover still starts after it."""
    raw = (
        "Minutes of the Board\tDraft\nTitle:\tFalls Prevention Strategy\nDate:\t16 July 2025\n"
        "Report of:\tDirector of Public Health\nWards:\tAll\n\n1. Purpose\n\nThe report sets out the strategy.\n"
    )
    lines = read_text(raw.encode(), "cover.txt")
    indexes = [start.index for start in segment.find_starts(lines)]
    assert indexes == sorted(set(indexes))
    assert all(piece.lines for piece in segment.split(lines))
