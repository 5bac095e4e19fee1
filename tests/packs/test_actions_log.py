"""The actions log reader: golden fixtures of several councils' layouts, the seeds' logs, and each rule."""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from docx import Document

from minutebook.packs import actions_log
from minutebook.packs.lines import Line
from minutebook.packs.sources import read_bytes, read_pack
from minutebook.packs.sources import text as text_source

ROOT = Path(__file__).parents[2]
FIXTURES = Path(__file__).parent / "fixtures" / "actions_log"
GOLD = ROOT / "tests" / "golden" / "gold"
SEEDS = ROOT / "minutebook" / "sample_packs"
CATEGORIES = ("actions", "action_status", "action_leads")


def lines_of(text: str) -> list[Line]:
    return text_source.read(text.encode("utf-8"), "log.txt")


def read_text(text: str) -> list[dict[str, Any]]:
    return [_plain(a) for a in actions_log.read(lines_of(text))]


def _plain(action: Any) -> dict[str, Any]:
    row = dataclasses.asdict(action)
    row.pop("page")
    return row


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_pack", ROOT / "tests" / "golden" / "score_pack.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_logs() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(seed name, actions_log document, gold record) for every gold with an actions log."""
    out = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text())
        out += [(path.stem, d, gold) for d in gold["documents"] if d["kind"] == "actions_log"]
    return out


def score_log(gold: dict[str, Any], predicted: list[dict[str, Any]]) -> dict[str, float]:
    tallies = scorer().score({"actions_log": gold["actions_log"]}, {"actions_log": predicted})
    return {name: tallies[name].f1 for name in CATEGORIES}


# --- golden fixtures: one file per council layout, expected records beside it -------------------


@pytest.mark.parametrize(
    "source", sorted(p for p in FIXTURES.iterdir() if p.suffix != ".json"), ids=lambda p: p.name
)
def test_fixture(source: Path) -> None:
    expected = json.loads(source.with_suffix(".json").read_text())
    got = [_plain(a) for a in actions_log.read(text_source.read(source.read_bytes(), source.name))]
    assert got == expected


# --- the seeds' logs, scored with the scorer's own code ---------------------------------------------


@pytest.mark.parametrize("name, document, gold", gold_logs(), ids=lambda v: v if isinstance(v, str) else "")
def test_seed_log_scores(name: str, document: dict[str, Any], gold: dict[str, Any]) -> None:
    lines = [
        line
        for line in read_pack(SEEDS / f"{name}.txt")
        if document["first_line"] <= line.number <= document["last_line"]
    ]
    predicted = [dataclasses.asdict(a) for a in actions_log.read(lines)]
    scores = score_log(gold, predicted)
    assert all(f1 >= 0.95 for f1 in scores.values()), scores
    assert len(predicted) == len(gold["actions_log"])


def test_seed_logs_exist() -> None:
    assert [name for name, _, _ in gold_logs()] == ["001_3a64c7f041e86fa7", "003_f753be492fe7aba3"]


# --- rules, one small input each -------------------------------------------------------------------

HEADER = "Action\tLead Member(s) And Officer(s)\tComments"


def test_meeting_heading_dates_the_rows_under_it() -> None:
    rows = read_text(
        "### Meeting on Thursday 24<sup>th</sup> May 2018\n"
        f"{HEADER}\n"
        "<b>Work Programme</b>\t\t\n"
        "Members to comment by 7 June.\tAll Members\t\n"
        "### Extraordinary Meeting on Tuesday 13<sup>th</sup> December 2016\n"
        f"{HEADER}\n"
        "<b>Plans</b>\t\t\n"
        "Members to comment by 20 December.\tAll Board Members\tCompleted.\n"
    )
    assert [(r["meeting_date"], r["topic"], r["status"]) for r in rows] == [
        ("2018-05-24", "Work Programme", "open"),
        ("2016-12-13", "Plans", "completed"),
    ]


@pytest.mark.parametrize(
    "heading, iso",
    [
        ("Meeting on Thursday 24th May 2018", "2018-05-24"),
        ("Extraordinary Meeting on Tuesday 13th December 2016", "2016-12-13"),
        ("Special Meeting held on 3 April 2019", "2019-04-03"),
        ("Actions from the meeting held on 12/03/2019", "2019-03-12"),
        ("Date of meeting: 5 June 2019", "2019-06-05"),
        ("Thursday 9 July 2015", "2015-07-09"),
        ("Health and Wellbeing Board – 12 March 2019", "2019-03-12"),
        ("Cabinet - Thursday 5th September 2019", "2019-09-05"),
        ("Outstanding actions from 7 October 2021", "2021-10-07"),
        ("Actions agreed on 07/10/2021", "2021-10-07"),
        ("From the meeting on 7 October 2021", "2021-10-07"),
        ("7 October 2021 – Panel meeting", "2021-10-07"),
        ("Licensing Sub-Committee 7 October 2021", "2021-10-07"),
        ("Schools Forum, 07/10/2021", "2021-10-07"),
        ("Referred to the Schools Forum 7 October 2021", None),
        ("Completed 7 October 2021", None),
        ("Minutes and Actions Arising", None),
        (
            "Board to meet on 5 June 2019 to agree the plan and then report back to all members of the board",
            None,
        ),
    ],
)
def test_meeting_heading(heading: str, iso: str | None) -> None:
    assert actions_log.meeting_heading(heading) == iso


def test_header_and_separator_rows_are_not_actions() -> None:
    rows = read_text(
        "Meeting on 1 May 2019\n"
        "<b>Action</b>\t<b>Lead Member(s) And Officer(s)</b>\t<b>Comments</b>\n"
        "--------\t-------------------------------\t----------\n"
        "Report to be circulated.\tToby Howes\tCompleted.\n"
        "---\t--\t--\n"
    )
    assert [r["action"] for r in rows] == ["Report to be circulated."]


def test_row_split_over_a_page_is_joined() -> None:
    rows = read_text(
        "Meeting on 18 September 2014\n"
        f"{HEADER}\n"
        "<b>MMR Vaccination</b>\t\t\n"
        "A further report with ward data together with details\tNHS England Public Health.\tCompleted.\n"
        "\n"
        "of the number of patients, be brought to a future meeting.\t\t\n"
    )
    assert len(rows) == 1
    assert rows[0]["action"].endswith(
        "together with details of the number of patients, be brought to a future meeting."
    )
    assert rows[0]["leads"] == ["NHS England", "Public Health"]
    assert rows[0]["line"] == 4


def test_unfinished_row_after_a_blank_line_runs_on_into_lead_and_comment() -> None:
    rows = read_text(
        "Meeting on 21 May 2015\n"
        f"{HEADER}\n"
        "Child Poverty\t\t\n"
        "Work to be commissioned to establish whether and how\tChildren's\tIn progress.\n"
        "\n"
        "all services contributed to alleviating child poverty.\tServices\t\n"
        "Better Care Fund\t\t\n"
        "An update including details of performance and\t\tUpdate to be\n"
        "\n"
        "spending be provided in six months' time.\t\tconsidered at the 19 th November 2015 meeting.\n"
    )
    assert [(r["topic"], r["leads"], r["comment"], r["status"]) for r in rows] == [
        ("Child Poverty", ["Children's Services"], "In progress.", "in_progress"),
        ("Better Care Fund", [], "Update to be considered at the 19 th November 2015 meeting.", "deferred"),
    ]
    assert (
        rows[1]["action"]
        == "An update including details of performance and spending be provided in six months' time."
    )


def test_plain_topic_line_between_rows() -> None:
    rows = read_text(
        "Meeting on Thursday 9th July 2015\n"
        f"{HEADER}\n"
        "Westminster Housing Strategy\t\t\n"
        "Housing Strategy to be brought to a future meeting.\tSpatial and Environmental Planning\tCompleted.\n"
        "\n"
        "Update on Preparations for the Transfer of Public Health Responsibilities\n"
        "\n"
        "Board to receive an update in 2016.\tPublic Health\tTo be considered at a meeting in 2016.\n"
    )
    assert [r["topic"] for r in rows] == [
        "Westminster Housing Strategy",
        "Update on Preparations for the Transfer of Public Health Responsibilities",
    ]
    assert rows[0]["leads"] == ["Spatial and Environmental Planning"]
    assert rows[1]["status"] == "deferred"


def test_columns_in_another_order_are_read_from_the_header() -> None:
    rows = read_text(
        "Status\tOwner\tAction\n"
        "Closed\tCllr Ann Bell\tLibrary opening hours to be reviewed.\n"
        "Carried forward\tHead of Libraries\tMobile library route to be published.\n"
    )
    assert [(r["action"], r["leads"], r["status"], r["comment"]) for r in rows] == [
        ("Library opening hours to be reviewed.", ["Ann Bell"], "completed", "Closed"),
        ("Mobile library route to be published.", ["Head of Libraries"], "deferred", "Carried forward"),
    ]


def test_row_dates_and_merged_date_cells() -> None:
    rows = read_text(
        "No.\tDate\tAction\tOfficer\tStatus\n"
        "1\t12/03/2019\tBudget report to be circulated.\tChief Finance Officer\tDone\n"
        "2\t\tSavings tracker to be shared.\tChief Finance Officer\tOpen\n"
        "3\t04/06/2019\tFees and charges to be reviewed.\tHead of Finance\tOngoing\n"
    )
    assert [(r["meeting_date"], r["status"]) for r in rows] == [
        ("2019-03-12", "completed"),
        ("2019-03-12", "open"),
        ("2019-06-04", "in_progress"),
    ]


def test_running_title_repeated_on_a_later_page_is_not_a_topic() -> None:
    rows = read_text(
        "WESTMINSTER HEALTH & WELLBEING BOARD\n"
        "Actions Arising\n"
        "Meeting on 1 May 2019\n"
        f"{HEADER}\n"
        "<b>Plans</b>\t\t\n"
        "Plan to be circulated.\tToby Howes\tCompleted.\n"
        "WESTMINSTER HEALTH & WELLBEING BOARD\n"
        "Actions Arising (continued)\n"
        "Plan summary to be published.\tToby Howes\t\n"
    )
    assert [r["topic"] for r in rows] == ["Plans", "Plans"]


def test_markdown_table_with_bold_topic_rows() -> None:
    rows = read_text(
        "Meeting on 2 February 2017\n\n"
        "| Action | Lead | Comments |\n"
        "|---|---|---|\n"
        "| **Pharmaceutical Needs Assessment – Introduction** | | |\n"
        "| Report on funding to be provided at a future meeting. | Colin Brodie | To be provided at a future meeting. |\n"
    )
    assert rows == [
        {
            "meeting_date": "2017-02-02",
            "topic": "Pharmaceutical Needs Assessment – Introduction",
            "action": "Report on funding to be provided at a future meeting.",
            "leads": ["Colin Brodie"],
            "comment": "To be provided at a future meeting.",
            "status": "deferred",
            "line": 6,
        }
    ]


def test_log_without_a_header_row() -> None:
    rows = read_text(
        "Actions Log\n1.\tReport to be circulated.\tClerk\tDone\n2.\tPlan to be reviewed.\tHead of Finance\t\n"
    )
    assert [(r["action"], r["leads"], r["status"]) for r in rows] == [
        ("Report to be circulated.", ["Clerk"], "completed"),
        ("Plan to be reviewed.", ["Head of Finance"], "open"),
    ]


def test_report_header_rows_after_the_log_are_not_actions() -> None:
    rows = read_text(
        f"Meeting on 1 May 2019\n{HEADER}\nPlan to be circulated.\tToby Howes\tCompleted.\n\n"
        "Westminster Health & Wellbeing Board\n\nDate:\t19 November 2015\nClassification:\tGeneral Release\n"
    )
    assert [r["action"] for r in rows] == ["Plan to be circulated."]


def test_no_log_gives_no_actions() -> None:
    assert read_text("Minutes of the meeting\n\nThe Board noted the report.\n") == []
    assert actions_log.read([]) == []


# --- the log as other sources print it, read through the pack's own source readers ----------------


def test_word_table_log() -> None:
    document = Document()
    document.add_heading("Actions Arising", 1)
    document.add_paragraph("Meeting on Thursday 24th May 2018")
    table = document.add_table(rows=0, cols=3)
    for cells in (
        ["Action", "Lead Member(s) And Officer(s)", "Comments"],
        ["Work Programme"],
        [
            "Updated work programme to be circulated.",
            "Dylan Champion\nHead of Governance",
            "To be provided later.",
        ],
        ["Primary Care Strategy to be circulated.", "Public Health\nHealthwatch Westminster", "Completed."],
    ):
        row = table.add_row().cells
        if len(cells) == 1:
            row[0].merge(row[2]).text = cells[0]
            continue
        for cell, text in zip(row, cells, strict=True):
            first, *more = text.split("\n")
            cell.text = first
            for paragraph in more:
                cell.add_paragraph(paragraph)
    data = io.BytesIO()
    document.save(data)
    actions = actions_log.read(read_bytes(data.getvalue(), "log.docx"))
    assert [(a.meeting_date, a.topic, a.leads, a.status) for a in actions] == [
        ("2018-05-24", "Work Programme", ["Dylan Champion", "Head of Governance"], "deferred"),
        ("2018-05-24", "Work Programme", ["Public Health", "Healthwatch Westminster"], "completed"),
    ]


def test_html_page_log() -> None:
    page = "<html><body>" + (FIXTURES / "cabinet_html_rag.txt").read_text() + "</body></html>"
    actions = [_plain(a) for a in actions_log.read(read_bytes(page.encode(), "log.html"))]
    expected = json.loads((FIXTURES / "cabinet_html_rag.json").read_text())
    assert [(a["meeting_date"], a["topic"], a["action"], a["leads"], a["status"]) for a in actions] == [
        (a["meeting_date"], a["topic"], a["action"], a["leads"], a["status"]) for a in expected
    ]


def test_numbered_headings_over_prose_are_no_log() -> None:
    rows = read_text(
        "Regeneration Matters\n"
        "RG 14/23\tAction Log\n"
        "The Panel noted the action log.\n"
        "RG 15/23\tTown Centre Car Parks\n"
        "The Parking Manager explained the revised tariffs, which had been\n"
        "agreed after consultation with traders.\n"
    )
    assert rows == []


def test_a_date_ending_a_wrapped_comment_cell_is_no_heading() -> None:
    rows = read_text(
        f"Meeting on 4 May 2021\n{HEADER}\n"
        "Clerk to send the revised terms of reference.\tClerk\tTo be considered by the\n"
        "\t\tLicensing Sub-Committee on\n"
        "\t\t9 June 2021\n"
        "Chair to write to the bus operator.\tChair\tCompleted.\n"
    )
    assert [(r["meeting_date"], r["comment"]) for r in rows] == [
        ("2021-05-04", "To be considered by the Licensing Sub-Committee on 9 June 2021"),
        ("2021-05-04", "Completed."),
    ]


# --- a report printed after the log, left in the log's document -------------------------------

LOG_THEN_REPORT = (
    "Housing Panel – Action Log\n"
    "Date of Meeting\tMinute\tAction\tResponsible\tStatus\n"
    "03/02/2022\t14\tTo circulate the voids figures by estate.\tHousing Manager\tComplete\n"
    "07/04/2022\t22\tTo invite the tenants' federation to the June meeting.\tPanel Clerk\t\n"
    "\f\n"
    "Report of the Convener\n"
    "Aim:\tTo set out the panel's plan for the year ahead.\n"
    "Members are asked to:\tNote the plan.\n"
    "Contact Officer:\tDaniel Whitcombe, Panel Clerk\n"
    "1.\tBackground\n"
    "1.1\tThe panel meets six times a year and reports to the Cabinet.\n"
    "2.\tFinance\n"
    "2.1\tThere are no costs arising from this report.\n"
)


def test_a_report_cover_after_the_log_ends_it() -> None:
    actions = actions_log.read(lines_of(LOG_THEN_REPORT))
    assert [a.action for a in actions] == [
        "To circulate the voids figures by estate.",
        "To invite the tenants' federation to the June meeting.",
    ]


def test_meeting_labels_between_tables_do_not_end_the_log() -> None:
    text = (
        "Meeting:\tLicensing Committee\n"
        "Date:\t4 June 2024\n"
        "Chair:\tCouncillor Moss\n"
        "Action\tLead\tUpdate\n"
        "To review the taxi licence fees.\tLicensing Manager\tCompleted\n"
        "Meeting:\tLicensing Committee\n"
        "Date:\t9 July 2024\n"
        "Chair:\tCouncillor Moss\n"
        "Action\tLead\tUpdate\n"
        "To publish the street trading policy.\tLicensing Manager\t\n"
    )
    assert [a.action for a in actions_log.read(lines_of(text))] == [
        "To review the taxi licence fees.",
        "To publish the street trading policy.",
    ]
