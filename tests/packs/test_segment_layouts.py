"""Segmentation of layouts other councils print: their front sheets, covers and appendices (invented packs)."""

from __future__ import annotations

from minutebook.packs.lines import Line
from minutebook.packs.segment import split
from minutebook.packs.text import clean_line


def lines_of(text: str) -> list[Line]:
    return [Line(number=i, text=clean_line(raw), raw=raw) for i, raw in enumerate(text.split("\n"), start=1)]


def kinds(text: str) -> list[tuple[str, int]]:
    return [(p.document.kind, p.document.first_line) for p in split(lines_of(text))]


NOTICE_AND_AGENDA = """                         THE HIGHLAND BURGH COUNCIL

Notice of Meeting and Agenda

Transport and Environment Committee

2.00pm, Tuesday, 7 May 2024

1. Order of Business

2. Declarations of Interests

3. Minutes
"""


def test_a_notice_of_meeting_and_agenda_is_an_agenda() -> None:
    assert kinds(NOTICE_AND_AGENDA) == [("agenda", 1)]


MINUTES_THEN_PROGRAMME = """Minutes

Leisure and Heritage Committee

2.00pm, Tuesday 6 February 2024

Present

Councillors Abernethy (Convener), Brodie and Carnegie.

1. Minutes

Decision

To approve the minute of 5 December 2023 as a correct record.

                                        Page 3

Work Programme

Leisure and Heritage Committee

7 May 2024

Title / description             Lead officer            Expected date

Museum Loans Policy             Head of Museums         June 2024
"""


def test_a_work_programme_opening_a_page_with_its_date_below_ends_the_minutes_above() -> None:
    assert kinds(MINUTES_THEN_PROGRAMME) == [("minutes", 1), ("work_programme", 19)]


def test_a_work_programme_heading_inside_minutes_without_a_date_below_stays_a_minute() -> None:
    pack = MINUTES_THEN_PROGRAMME.replace("7 May 2024", "The Committee noted its programme.")
    assert kinds(pack) == [("minutes", 1)]


EXECUTIVE_ROUTINE_COVER = """Rolling Actions Log

No   Date       Action                     Action Owner      Comments

1    05.09.23   To report on bus lanes.    Head of Roads     Due June.

                                        Page 8

Leisure and Heritage Committee

2.00pm, Tuesday, 7 May 2024


Museum Loans Policy 2024-2029


Executive/routine            Executive
Wards                        All
Council Commitments          12, 14


1.    Recommendations

1.1   It is recommended that the Committee approves the policy.
"""


def test_an_executive_routine_wards_and_commitments_cover_begins_a_report_at_its_meeting_line() -> None:
    pieces = split(lines_of(EXECUTIVE_ROUTINE_COVER))
    assert [(p.document.kind, p.document.first_line) for p in pieces] == [("actions_log", 1), ("report", 9)]


CALL_IN_WITH_DECISION_RECORD = """From:\tLeader of the Council
To:\tOverview Committee – 4 June 2025
Subject:\tCall-in of Decision 25/00012 - Library Opening Hours
Classification:\tUnrestricted

Summary: The decision was called in by two Members.

1. Introduction

1.1 The decision was taken on 2 May 2025.

2. Appendices

Appendix A – Record of Decision 25/00012

Appendix B – Consultation Summary (available online)

3. Contact details


Report Author:\tRelevant Director:
Ann Lister\tBen Carrow
Email address: ann.lister@northfold.gov.uk\tEmail address: ben.carrow@northfold.gov.uk


NORTHFOLD COUNTY COUNCIL – RECORD OF DECISION

Decision taken by:\tLeader of the Council
Key decision:\tYes
Subject:\tLibrary Opening Hours

Decision: I agree to revise the opening hours.
"""


def test_a_contact_details_section_after_the_appendices_list_is_still_the_report() -> None:
    pieces = split(lines_of(CALL_IN_WITH_DECISION_RECORD))
    assert pieces[0].document.kind == "report" and pieces[0].document.last_line >= 22


def test_a_paper_named_in_the_reports_list_of_appendices_is_that_appendix() -> None:
    pieces = split(lines_of(CALL_IN_WITH_DECISION_RECORD))
    assert [(p.document.kind, p.document.first_line) for p in pieces] == [("report", 1), ("appendix", 26)]
    assert pieces[1].document.title == "Appendix A – Record of Decision 25/00012"


def test_a_paper_the_list_of_appendices_does_not_name_is_a_report_of_its_own() -> None:
    pack = CALL_IN_WITH_DECISION_RECORD.replace("Record of Decision 25/00012", "Site Plan")
    assert [p.document.kind for p in split(lines_of(pack))] == ["report", "report"]


AGENDA_WITH_NOTES = """Northfold County Council
Licensing Committee
Tuesday, 4 June 2024 at 14:00
AGENDA
1\tMinutes of the last meeting\t3 - 6
2\tApologies for Absence\t
3\tExclusion of the Public: the Committee will be invited to resolve that the public be excluded for the remainder of the meeting.\t
Notes
(1) Councillors are advised to contact their Group Office about any pre-meetings.
(2) Members of the public may inspect the background papers by contacting Customer Services.
"""


def test_an_agendas_notes_below_its_items_are_the_agendas_own() -> None:
    assert kinds(AGENDA_WITH_NOTES) == [("agenda", 1)]


def test_notes_under_a_groups_name_begin_that_groups_notes() -> None:
    pack = (
        AGENDA_WITH_NOTES.split("Notes")[0]
        + "Page 1\n\nHousing Forum Steering Group\n\n12th May 2024\n\nNotes\n\nIn attendance\tA Bell (chair)\n"
    )
    assert [k for k, _ in kinds(pack)] == ["agenda", "notes"]


REPORT_THEN_APPENDIX_NAMED_TWICE = """Report to\tLicensing Committee
Date\t4 June 2024
Agenda Item\t5
REPORT OF THE HEAD OF LICENSING
TAXI FARES REVIEW
1.\tTo review the fares.
Appendix 1
Appendix 1 – Table of Fares in Neighbouring Districts
District\tFare
"""


def test_an_appendix_label_over_its_own_labelled_title_is_one_appendix_titled_in_full() -> None:
    pieces = split(lines_of(REPORT_THEN_APPENDIX_NAMED_TWICE))
    assert [(p.document.kind, p.document.first_line) for p in pieces] == [("report", 1), ("appendix", 7)]
    assert pieces[1].document.title == "Appendix 1 – Table of Fares in Neighbouring Districts"


def test_an_appendix_label_over_a_title_takes_that_title() -> None:
    pack = REPORT_THEN_APPENDIX_NAMED_TWICE.replace(
        "Appendix 1 – Table of Fares in Neighbouring Districts",
        "Fares in Neighbouring Districts",
    )
    assert split(lines_of(pack))[1].document.title == "Appendix 1 – Fares in Neighbouring Districts"


ACTION_TRACKER_THEN_WELSH_COVER = """Overview Committee – Action Tracker 2024/25

Date of Meeting\tMinute No.\tAction\tResponsible\tStatus
10/06/2024\t12\tCirculate the survey results.\tScrutiny Team\tComplete

Report of the Convener
Overview Committee – 9 September 2024
Flood Risk Scrutiny Update
Purpose:\tTo update the Committee on the flood risk inquiry.
Lead Councillor:\tCouncillor R Hale
Lead Officer:\tMair Pritchard, Head of Scrutiny
Report Author:\tOwain Lles, Scrutiny Officer
Legal Officer:\tSioned Bevan

1.\tIntroduction
"""


def test_a_purpose_lead_officer_and_author_cover_begins_a_report() -> None:
    assert kinds(ACTION_TRACKER_THEN_WELSH_COVER) == [("actions_log", 1), ("report", 6)]


def test_a_reports_document_title_is_the_title_its_cover_prints_not_the_meeting_above_it() -> None:
    assert split(lines_of(EXECUTIVE_ROUTINE_COVER))[1].document.title == "Museum Loans Policy 2024-2029"


def test_a_title_wrapped_under_its_label_is_whole() -> None:
    cover = "Title:\n\nTaking a Whole-Street Approach to\nSafer School Travel\n\nReport of:\nDirector of Place\n\nDate:\n3 March 2025\n\n1. Summary\n"
    assert split(lines_of(cover))[0].document.title == "Taking a Whole-Street Approach to Safer School Travel"


def test_an_appendix_label_over_the_name_of_the_body_issuing_it_keeps_its_bare_label() -> None:
    for banner in ("Northfold Public Services Board", "Pwyllgor Craffu Perfformiad"):
        pack = REPORT_THEN_APPENDIX_NAMED_TWICE.replace(
            "Appendix 1 – Table of Fares in Neighbouring Districts", f"\n{banner}"
        )
        assert split(lines_of(pack))[1].document.title == "Appendix 1"


def test_a_note_of_the_meeting_begins_notes() -> None:
    for heading in (
        "Note of the meeting of the Carers Partnership Group held on 3 May 2024",
        "Note of Meeting",
    ):
        pack = (
            AGENDA_WITH_NOTES.split("Notes")[0]
            + f"Page 1\n\nCarers Partnership Group\n\n{heading}\n\nPresent: A Bell (chair), C Dunn\n"
        )
        assert [k for k, _ in kinds(pack)] == ["agenda", "notes"]


def test_appendices_numbered_with_a_letter_or_a_part_begin_appendices() -> None:
    for label in ("Appendix A1", "Appendix 3a", "Appendix B(ii)"):
        pack = REPORT_THEN_APPENDIX_NAMED_TWICE.replace(
            "Appendix 1\nAppendix 1 – Table of Fares in Neighbouring Districts", f"{label}\nFares Table"
        )
        pieces = split(lines_of(pack))
        assert [p.document.kind for p in pieces] == ["report", "appendix"]
        assert pieces[1].document.title == f"{label} – Fares Table"


WEB_PAGE_OF_MINUTES = """Agenda and draft minutes

Venue: Guildhall, Carrowmoor. Contact: Tessa Blane

12.\tTown Centre Bus Lanes PDF 210 KB

Additional documents:

Appendix B - Route Map PDF 2 MB

Minutes:

The Committee considered a report on the trial of bus lanes.
"""


def test_a_web_page_of_agenda_and_draft_minutes_is_minutes_and_its_file_links_are_no_appendices() -> None:
    assert kinds(WEB_PAGE_OF_MINUTES) == [("minutes", 1)]


STAMPED_MINUTES_MEETING_HELD = """                                   Agenda Item 6

Licensing Policy Committee

Meeting held 3 February 2025

(NOTE: This meeting was recorded)

Councillors Present:    Wendy Alsop (Chair)         Kofi Brandt

7.       APOLOGIES FOR ABSENCE
"""


def test_a_body_over_meeting_held_and_a_date_begins_minutes() -> None:
    assert kinds(STAMPED_MINUTES_MEETING_HELD) == [("minutes", 1)]


MINUTES_THEN_BUSINESS_PLANNER = """MINUTE OF MEETING

PLACES AND ROADS COMMITTEE

Present:- Councillor Moira Tulloch, Convener; and Councillors Brodie and Farquhar.

1. The Committee had before it the minute of its previous meeting.

The Committee resolved:-
to approve the minute.

                                    Page 3

                        PLACES AND ROADS COMMITTEE BUSINESS PLANNER
   The Business Planner lists the reports the Committee has instructed.

     Report Title          Minute Reference          Update         Report Author  Chief Officer     Terms of Ref

     Gully Cleaning        To report on the cycle    On track       Ewan Rattray   Shona Kerr        2.1

                                    Page 4

                              CARROWMOOR CITY COUNCIL

Committee:               Places and Roads Committee
Date:                    9 June 2022
Report Name:             Gully Cleaning Cycle Review
Report Number:           PLR/22/014
"""


def test_a_business_planner_naming_its_body_on_a_new_page_after_minutes_is_a_work_programme() -> None:
    assert kinds(MINUTES_THEN_BUSINESS_PLANNER)[:2] == [("minutes", 1), ("work_programme", 14)]


def test_a_planner_row_of_column_heads_laid_out_in_spaces_is_no_report_cover() -> None:
    assert ("report", 17) not in kinds(MINUTES_THEN_BUSINESS_PLANNER)


REPORT_WITH_CONTACTS_AFTER_BACKGROUND_PAPERS = """Report title: Carers Strategy Refresh

Date of meeting: 4 March 2021

1. Purpose

To agree the refreshed carers strategy.

Background Papers

Carers Action Plan 2018-20

Officer Contact


Officer name: Imogen Stray  Tel No.: 01632 960418
Email address: imogen.stray@example.gov.uk

Appendix A – Carers Strategy summary
"""


def test_officer_contact_details_after_background_papers_stay_in_the_report() -> None:
    assert kinds(REPORT_WITH_CONTACTS_AFTER_BACKGROUND_PAPERS) == [("report", 1), ("appendix", 19)]


REPORT_ENDING_WITH_AUTHOR_DETAILS = """Committee:               Finance and Resources Committee
Date:                    2 June 2022
Report Name:             Fleet Replacement Programme
Report Number:           FIN/22/031

1.    PURPOSE OF REPORT

1.1   To seek approval of the fleet replacement programme.

                                   Page 14


9.    REPORT AUTHOR CONTACT DETAILS

      Name                  Isla Drummond
      Title                 Fleet Manager
      Email Address         idrummond@example.gov.uk
      Tel                   01632 960551

Appendix 1 - Vehicles by depot

Ward       Vehicles      Replacement year
"""


def test_author_details_under_the_reports_own_numbered_section_stay_in_the_report() -> None:
    assert kinds(REPORT_ENDING_WITH_AUTHOR_DETAILS) == [("report", 1), ("appendix", 20)]


REPORT_LISTING_ITS_PROGRAMME_UNDER_USE_OF_APPENDICES = """Report title: Scrutiny Panel Work Programme

Date of meeting: 8 March 2024

1. Recommendations

1.1 To agree the work programme.

5. Use of Appendices

Appendix A – Scrutiny Panel Work Programme 2023-24

6. Background papers

None

\f
Appendix A – Harbourside Scrutiny Panel Work Programme 2023-24

| Date | Item |
"""


def test_a_programme_named_under_use_of_appendices_is_listed_not_begun() -> None:
    assert kinds(REPORT_LISTING_ITS_PROGRAMME_UNDER_USE_OF_APPENDICES) == [("report", 1), ("appendix", 18)]


PROGRAMME_TITLED_UNDER_ITEM_STAMP = """Report title: Treasury Outturn
Date of meeting: 3 June 2023
1. Recommendation
1.1 That the outturn be noted.
\f
Agenda Item 8
Standards Committee – Forward Work Programme 2023
Meeting date\tItem\tLead officer
14 July 2023\tCode of Conduct complaints\tMonitoring Officer
"""


def test_a_programme_titled_right_under_an_item_stamp_is_a_work_programme() -> None:
    assert [kind for kind, _ in kinds(PROGRAMME_TITLED_UNDER_ITEM_STAMP)] == ["report", "work_programme"]


SUMMONS_WITH_SPACED_BUSINESS = """                                              Marischal House,
                                              GLENDOWIE 2 March 2023

                     HOUSING AND PLACES COMMITTEE

    The Members of the HOUSING AND PLACES COMMITTEE are requested to meet in Committee
    Room 1 on TUESDAY, 14 MARCH 2023 at 2.00 pm.

                                 B U S I N E S S

      DETERMINATION OF URGENT BUSINESS

1.1       There are no items of urgent business at this time
"""


def test_a_summons_over_spaced_out_business_is_an_agenda() -> None:
    assert kinds(SUMMONS_WITH_SPACED_BUSINESS) == [("agenda", 1)]


HEADER_PRINTED_AGAIN_IN_BLANK_SEPARATED_LABELS = """Brackley Borough Council

Subject:            Leisure Centre Operator Contract

Cabinet Member:     Cllr Owain Pritchard - Cabinet Member for Leisure

Key Decision:       Key

1. Executive Summary

1.1 The current operator contract ends in March 2026.

2. Background

2.1 The centre opened in 2009.

                                     Page 3

Brackley Borough Council

Subject:            Leisure Centre Operator Contract

Cabinet Member:     Cllr Owain Pritchard - Cabinet Member for Leisure

Key Decision:       Key

Purpose of Report

1. To seek approval to procure a new operator.
"""


def test_a_header_printed_again_in_labels_set_apart_by_blank_lines_is_the_same_report() -> None:
    assert [kind for kind, _ in kinds(HEADER_PRINTED_AGAIN_IN_BLANK_SEPARATED_LABELS)] == ["report"]
