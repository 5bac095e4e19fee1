"""Where a report's cover begins and where it does not end: invented covers in other councils' templates."""

from __future__ import annotations

from minutebook.packs.lines import Line
from minutebook.packs.segment import split
from minutebook.packs.segment_rules import is_section_head
from minutebook.packs.text import clean_line


def lines_of(text: str) -> list[Line]:
    return [Line(number=i, text=clean_line(raw), raw=raw) for i, raw in enumerate(text.split("\n"), start=1)]


def kinds(text: str) -> list[tuple[str, int]]:
    return [(p.document.kind, p.document.first_line) for p in split(lines_of(text))]


LAYOUT_COVER = """Item 4
Northfold Borough Council
Report to Executive
14 March 2024


Subject:                 HOUSING ALLOCATIONS POLICY –
                         ANNUAL REVIEW
Report of:               Director of Housing
Report author:           Priya Castell, Lettings Manager
Wards affected:          All

1. Purpose

1.1 This report reviews the allocations policy.
"""


def test_a_wrapped_subject_value_does_not_open_a_second_report() -> None:
    pack = "AGENDA\n\n1. Apologies\n\n4. Housing Allocations Policy (Pages 3 - 9)\n\n" + LAYOUT_COVER
    assert [k for k, _ in kinds(pack)] == ["agenda", "report"]


def test_section_heads_are_not_dates_or_addresses() -> None:
    assert is_section_head("2. Background")
    assert is_section_head("3.1 The Board approved the plan")
    assert not is_section_head("14 March 2024")
    assert not is_section_head("12 Canal Street, Northfold NF1 2AB")
    assert not is_section_head("7 Market Square")


TRACKER_THEN_COVER = """# Board Action Tracker

| Meeting | Minute | Action | Lead officer | Due | Status |
|---|---|---|---|---|---|
| 02/02/2024 | 5 | Circulate the survey results. | Ola Brandt | March | Complete |
| 02/02/2024 | 6 | Report on waiting times. | Ken Ashworth | June | In progress |

---

| | |
|---|---|
| **NORTHFOLD BOROUGH COUNCIL** | **WARDS:** All |
| **REPORT TITLE** | Winter Fuel Support Scheme |
| **REPORT OF** | Director of Communities |
| **DATE** | 4 April 2024 |
| **AGENDA ITEM** | 6 |

**SUMMARY**

The scheme helped 900 households.
"""


def test_a_trackers_column_heads_are_not_a_cover_and_a_cover_begins_below_the_rule() -> None:
    assert kinds(TRACKER_THEN_COVER) == [("actions_log", 1), ("report", 12)]


SIGNED_COVER = """| | |
|---|---|
| **REPORT TITLE** | Library Opening Hours |
| **REPORT OF** | Director of Culture |
| **DATE** | 4 April 2024 |
| **AGENDA ITEM** | 7 |

**Contact Officer:**
Rhona Veitch
9 Mill Lane, Northfold NF2 3CD
Email: rhona.veitch@northfold.example

**RECOMMENDATIONS**

That the Committee approves the new hours.

Signed: Gareth Lomax, Director of Culture

Date: 25 March 2024

## 1. Purpose of Report

1.1 This report proposes new opening hours.

## 2. Background

2.1 Hours were last changed in 2019.
"""


def test_a_signature_on_the_cover_before_the_first_section_does_not_end_the_report() -> None:
    assert [k for k, _ in kinds(SIGNED_COVER)] == ["report"]


FRONT_SHEET = """HALLOWMERE DISTRICT COUNCIL

{heading}

1. Apologies for Absence

2. Leisure Centre Contract (Pages 3 - 12)
"""


def test_an_agenda_heading_spaced_out_or_in_two_languages_makes_the_front_sheet_an_agenda() -> None:
    for heading in ("A G E N D A", "AGENDA / RHAGLEN", "Agenda / Agenda"):
        assert kinds(FRONT_SHEET.format(heading=heading))[0][0] == "agenda"


BLANK_PAGE_THEN_STAMPED_PAPER = """AGENDA

1. Apologies for Absence

2. Leisure Centre Contract (Pages 3 - 12)

                   This page is intentionally left blank

A large print copy of this paper is available on request

HALLOWMERE DISTRICT COUNCIL

LEISURE CENTRE CONTRACT

REPORT OF HEAD OF LEISURE                        AGENDA ITEM: 2

Reason for this Report

1.   To award the contract.

HEAD OF LEISURE
2 May 2024

The following appendices are attached:

Appendix A – Tender evaluation summary
Appendix B – Contract conditions

Contact Officer: Mair Probert, Leisure Manager

                                   Page 4

Appendix A

Tender evaluation summary
"""


def test_an_item_stamp_just_below_a_blank_page_names_the_paper_the_page_began() -> None:
    pieces = split(lines_of(BLANK_PAGE_THEN_STAMPED_PAPER))
    found = [(p.document.kind, p.document.first_line, p.document.agenda_item) for p in pieces]
    assert found[:2] == [("agenda", 1, None), ("report", 9, "2")]
    assert all(first > 20 for _, first, _ in found[2:])  # the stamp begins no paper of its own


def test_appendices_listed_under_the_following_appendices_are_attached_are_not_documents() -> None:
    assert [k for k, _ in kinds(BLANK_PAGE_THEN_STAMPED_PAPER)] == ["agenda", "report", "appendix"]


LISTED_THEN_PRINTED = """Title:\tCommunity Transport Review
Report of:\tHead of Transport
Date:\t2 July 2025

1. Summary

1.1 The review is complete.

Appendices
Appendix 1 – Route map
Background papers
None

Appendix 1 – Route map

Route\tStops
A\t12
"""


def test_an_appendix_title_printed_again_below_is_only_listed_where_first_printed() -> None:
    # the list runs over a page break ("Appendices" on page 3, its entry on page 4), the appendix on page 5
    pages = [3] * 9 + [4] * 4 + [5] * 5
    lines = [
        Line(number=n, text=clean_line(raw), raw=raw, page=page)
        for n, (raw, page) in enumerate(zip(LISTED_THEN_PRINTED.split("\n"), pages, strict=False), start=1)
    ]
    assert [(p.document.kind, p.document.first_line) for p in split(lines)] == [
        ("report", 1),
        ("appendix", 14),
    ]


SUMMONS_MINUTES_TRACKER = """SUMMONS

MEETING OF HOUSING AND PLACES COMMITTEE

1.\tApologies

2.\tMinutes (Pages 3 - 6)

3.\tAction Tracker (Page 7)

Housing and Places Committee, Tuesday, 9th September, 2025

MEETING OF THE HOUSING AND PLACES COMMITTEE HELD IN THE COUNCIL CHAMBER, TOWN HALL

Members present:\tAlderman B. Quayle (Chairperson); Councillors D. Orr and F. Madden.

HP 31/25\tApologies

No apologies were reported.

HP 32/25\tAction Tracker

The Committee noted the action tracker.

The meeting terminated at 6.40 p.m.

Housing and Places Committee – Action Tracker

No.\tDate of Meeting\tMinute Ref\tSubject\tAction\tLead Officer\tDue Date\tStatus
1\t12/08/2025\tHP 22/25\tEmpty Homes\tReport on empty homes.\tHousing Manager\tOctober 2025\tOpen
"""


def test_a_meeting_held_heading_starts_minutes_and_a_minutes_action_tracker_item_is_no_log() -> None:
    found = kinds(SUMMONS_MINUTES_TRACKER)
    assert [k for k, _ in found] == ["agenda", "minutes", "actions_log"]
    assert found[1][1] == 11 and found[2][1] == 27


BACKGROUND_ON_COVER = """Report to:      Licensing Committee - 2 June 2025

Subject:        Taxi Licensing Policy Review

Report of:      Head of Licensing

Contact Officers:

Name:           Cerys Addington
E-mail:         cerys.addington@hallowmere.example

Background documents (available for public inspection):

Taxi Licensing Policy 2019, report to the Licensing Committee, 4 March 2019.

1.0 Introduction

1.1 The policy is due for review.


<table>
<tr><th>Area</th><th>Change</th></tr>
<tr><td>Vehicle age</td><td>Raised to ten years</td></tr>
</table>

2.0 Consultation
"""


def test_background_documents_listed_on_a_cover_before_the_first_section_do_not_end_the_report() -> None:
    assert [k for k, _ in kinds(BACKGROUND_ON_COVER)] == ["report"]


MINUTES_WITH_CHAIR_LABEL = """AT A MEETING of the Environment Select Committee held at the Castle, on Monday 3rd March 2025

Present

Chairman:
p Councillor Ruth Kellaway

Vice-Chairman:
p Councillor Owen Tranter


<table>
<tr><td>p</td><td>Councillor Amy Roe</td><td>a</td><td>Councillor Ben Sully</td></tr>
</table>

1. APOLOGIES

Apologies were received from Councillor Ben Sully.
"""


def test_a_chairman_label_in_the_attendance_of_minutes_is_not_a_signature() -> None:
    assert [k for k, _ in kinds(MINUTES_WITH_CHAIR_LABEL)] == ["minutes"]


AGENDA_WITH_MINUTES_NOTE = """AGENDA:

1.\tApologies

2.\tMinutes (Pages 1 - 4)

Minutes of the meeting held on 9th September, 2025.

3.\tDeclarations of Interest

4.\tPlay Areas Strategy (Pages 5 - 9)
"""


def test_the_note_under_an_agenda_minutes_item_is_not_the_minutes() -> None:
    assert [k for k, _ in kinds(AGENDA_WITH_MINUTES_NOTE)] == ["agenda"]


IJB_REPORT_WITH_DIRECTION = """**Item No: 6**

**Meeting Date:** Wednesday 14th May 2025

**Report By:** Chief Officer, Finance and Resources

**Contact:** Ishbel Drummond

**Report Title:** Budget Monitoring 2025/26

### 1. Purpose

1.1 To report the budget position.

---

## Direction from the Kelvinside Integration Joint Board

| | |
|---|---|
| 1 Reference number | 140525-6 |
| 2 Report Title | Budget Monitoring 2025/26 |
"""


def test_a_scottish_ijb_direction_after_a_report_is_its_appendix() -> None:
    assert [k for k, _ in kinds(IJB_REPORT_WITH_DIRECTION)] == ["report", "appendix"]


AGENDA_THEN_UNHEADED_MINUTES = """AGENDA / RHAGLEN

1   Apologies for Absence

2   Minutes (Pages 3 - 6)

    This page is intentionally left blank

HALLOWMERE PUBLIC SERVICES BOARD
BWRDD GWASANAETHAU CYHOEDDUS HALLOWMERE

14 MARCH 2025

Present:        County Councillor Gwyn Tasker (Chairperson);
                Dr Eira Voyle (University Health Board)

1 :   APOLOGIES FOR ABSENCE

Apologies were received from Rhys Allt.
"""


def test_the_body_and_a_date_over_present_start_minutes_printed_without_the_word() -> None:
    assert kinds(AGENDA_THEN_UNHEADED_MINUTES) == [("agenda", 1), ("minutes", 9)]


FRONT_SHEET_WITHOUT_THE_WORD = """HALLOWMERE CITY COUNCIL

EXECUTIVE

MONDAY, 7 JULY 2025 AT 14:00 HOURS

MEMBERSHIP

Councillor Ada Quist (Chair)         Leader
Councillor Lewin Sharp               Deputy Leader

1        APOLOGIES

2        DECLARATIONS OF INTERESTS

3        MINUTES                                    Pages 3 - 8

4        LIBRARY SERVICE REVIEW                     Pages 9 - 20
"""


def test_a_front_sheet_with_membership_and_numbered_items_is_an_agenda_without_the_word() -> None:
    assert kinds(FRONT_SHEET_WITHOUT_THE_WORD)[0] == ("agenda", 1)


WEB_PAGE = """Hallowmere Borough Council
Your council
Council meetings
Licensing Committee
Meeting

# Agenda and minutes

## Licensing Committee

Monday, 3rd March, 2025 2.00 pm

## Present:

Councillor R Vance in the Chair
"""


def test_a_web_pages_minutes_begin_at_its_heading_not_at_the_sites_menu_above() -> None:
    assert kinds(WEB_PAGE) == [("minutes", 7)]


def test_a_stamped_paper_takes_its_printed_title_once_known_to_be_a_report() -> None:
    pieces = split(lines_of(BLANK_PAGE_THEN_STAMPED_PAPER))
    assert pieces[1].document.title == "LEISURE CENTRE CONTRACT"


def test_a_papers_top_level_heading_is_its_title_over_the_lines_printed_above_it() -> None:
    assert split(lines_of(IJB_REPORT_WITH_DIRECTION.replace("**Report Title:**", "# ")))[
        0
    ].document.title == ("Budget Monitoring 2025/26")
