"""Actions logs printed as plain PDF text: real PDFs of the seeds' logs, made with fpdf2, read back by pdfium."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from fpdf import FPDF
from fpdf.fonts import FontFace

from minutebook.packs import actions_log, actions_log_plain, actions_log_shapes
from minutebook.packs.actions_log_rows import rows_of
from minutebook.packs.lines import Line
from minutebook.packs.sources import read_bytes, read_pack
from minutebook.packs.text import fold, strip_markup
from tests.packs.test_actions_log import SEEDS, gold_logs, lines_of, score_log

_LATIN = str.maketrans({"–": "-", "’": "'", "‘": "'", "“": '"', "”": '"'})
_RULE = re.compile(r"^-*$")


def _cells(raw: str) -> list[str]:
    cells = [fold(strip_markup(part)).translate(_LATIN) for part in raw.split("\t")]
    return [*cells, "", ""][:3]


def log_pdf(lines: list[Line]) -> bytes:
    """The log printed as Word prints it: headings as paragraphs, each meeting's rows as a three-column table."""
    pdf = FPDF()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    rows: list[tuple[list[str], bool]] = []
    for line in lines:
        if "\t" in line.raw:
            if not all(_RULE.match(part.strip()) for part in line.raw.split("\t")):
                rows.append((_cells(line.raw), "<b>" in line.raw.split("\t")[0]))
        elif line.text:
            _table(pdf, rows)
            pdf.multi_cell(0, 6, line.text.translate(_LATIN), new_x="LMARGIN", new_y="NEXT")
    _table(pdf, rows)
    return bytes(pdf.output())


def _table(pdf: FPDF, rows: list[tuple[list[str], bool]]) -> None:
    if not rows:
        return
    with pdf.table(col_widths=(55, 25, 20), first_row_as_headings=False) as table:
        for cells, bold in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell, style=FontFace(emphasis="BOLD") if bold else None)
    rows.clear()


@pytest.mark.parametrize("name, document, gold", gold_logs(), ids=lambda v: v if isinstance(v, str) else "")
def test_seed_log_printed_as_pdf(name: str, document: dict, gold: dict, tmp_path: Path) -> None:
    lines = [
        line
        for line in read_pack(SEEDS / f"{name}.txt")
        if document["first_line"] <= line.number <= document["last_line"]
    ]
    pdf_lines = read_bytes(log_pdf(lines), f"{name}.pdf")
    assert max(line.page or 0 for line in pdf_lines) > 1
    predicted = [dataclasses.asdict(a) for a in actions_log.read(pdf_lines)]
    scores = score_log(gold, predicted)
    assert all(f1 >= 0.9 for f1 in scores.values()), scores
    assert all(a["page"] for a in predicted)


STACKED = """Health and Wellbeing Board
Actions Arising
Meeting on Thursday 24th May 2018
Action
Lead Member(s) And
Officer(s)
Comments
Patients and their Carers Experiences of Living with
Long Term Health Conditions in Westminster
Members to submit any further comments on the report by 7
June.
All Members
Suicide Prevention Action Plan 2018-2021
Chairman to receive further information on London wide social
media campaign on suicide prevention.
John Forde / Chris Neill Completed.
Any Other Business
Task Group report to be circulated to the Board. Toby Howes Completed.
Work Programme
Primary Care Strategy to be circulated to Members.
Chris Neill (NHS Central
London Clinical
Commissioning Group)
To be provided at a
future meeting.
"""


def test_stacked_cells_are_told_apart_by_their_shape() -> None:
    got = [(a.topic, a.action, a.leads, a.comment, a.status) for a in actions_log.read(lines_of(STACKED))]
    assert got == [
        (
            "Patients and their Carers Experiences of Living with Long Term Health Conditions in Westminster",
            "Members to submit any further comments on the report by 7 June.",
            ["All Members"],
            "",
            "open",
        ),
        (
            "Suicide Prevention Action Plan 2018-2021",
            "Chairman to receive further information on London wide social media campaign on suicide prevention.",
            ["John Forde", "Chris Neill"],
            "Completed.",
            "completed",
        ),
        (
            "Any Other Business",
            "Task Group report to be circulated to the Board.",
            ["Toby Howes"],
            "Completed.",
            "completed",
        ),
        (
            "Work Programme",
            "Primary Care Strategy to be circulated to Members.",
            ["Chris Neill"],
            "To be provided at a future meeting.",
            "deferred",
        ),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tackling Childhood Obesity Together", True),
        ("The role of pharmacies in Communities and Prevention", False),
        ("Members to submit comments.", False),
    ],
)
def test_title_like(text: str, expected: bool) -> None:
    assert actions_log_shapes.title_like(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("All Members", True),
        ("Chris Neill (NHS Central", True),
        ("/ Dylan Champion", True),
        ("by Central and North West London NHS Foundation Trust on", False),
        ("Report on 7 June", False),
    ],
)
def test_lead_like(text: str, expected: bool) -> None:
    assert actions_log_shapes.lead_like(text) is expected


def test_plain_reader_on_rows_without_a_table() -> None:
    rows = list(
        rows_of(
            lines_of("Actions Arising\nMeeting on 1 May 2019\nAction\nOwner\nReport to be sent.\nClerk\n")
        )
    )
    assert [(a.action, a.leads) for a in actions_log_plain.read(rows)] == [("Report to be sent.", ["Clerk"])]


def test_a_body_and_date_ending_a_wrapped_comment_is_no_heading() -> None:
    text = (
        "Action\nLead\nComments\n"
        "Meeting on 4 May 2021\n"
        "Clerk to send the revised terms of reference to members.\n"
        "Clerk\n"
        "To be considered at the\n"
        "Licensing Sub-Committee 9 June 2021\n"
        "Chair to write to the regional transport body.\n"
        "Chair\n"
        "Completed.\n"
    )
    actions = actions_log.read(lines_of(text))
    assert [(a.meeting_date, a.comment) for a in actions] == [
        ("2021-05-04", "To be considered at the Licensing Sub-Committee 9 June 2021"),
        ("2021-05-04", "Completed."),
    ]
