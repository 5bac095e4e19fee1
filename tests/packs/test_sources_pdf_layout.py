"""PDF table rows rebuilt from pdfium's text boxes: real PDFs made with fpdf2, read back by pdfium."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from minutebook.packs.sources import pdf
from minutebook.packs.sources.html import CELL_BREAK
from minutebook.packs.sources.pdf_layout import Segment, blocks, cell_text, drawn_edges, rows
from minutebook.packs.text import cells

LOG_ROWS = [
    ("Meeting", "Action", "Lead officer", "Status"),
    (
        "12 March 2025",
        "Officers to bring a report on falls prevention in care homes to a future meeting of the board",
        "Director of Public Health / Head of Adult Commissioning",
        "Ongoing",
    ),
    (
        "12 March 2025",
        "Circulate the draft pharmacy needs assessment to members",
        "Ruth Calloway",
        "Complete",
    ),
    ("9 July 2025", "Arrange a workshop on the refreshed joint strategy", "Ife Adeyemi", ""),
]


def _table_pdf(
    borders: str = "ALL",
    v_align: str = "TOP",
    heading: str | None = "Actions Arising",
    rows: list[tuple[str, ...]] = LOG_ROWS,
    **options: object,
) -> bytes:
    """A page with ``rows`` drawn as an fpdf2 table (a heading above, a paragraph below)."""
    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=10)
    if heading:
        doc.multi_cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
    options.setdefault("col_widths", (30, 70, 50, 25))
    with doc.table(borders_layout=borders, v_align=v_align, first_row_as_headings=False, **options) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    doc.multi_cell(0, 6, "Paragraph after the table.", new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


def _rows_read(data: bytes) -> list[list[str]]:
    return [cells(line.raw) for line in pdf.read(data, "log.pdf") if "\t" in line.raw]


@pytest.mark.parametrize("borders", ["ALL", "NONE", "HORIZONTAL_LINES"])
@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])
def test_a_table_row_with_wrapped_cells_is_one_line_of_cells(borders: str, v_align: str) -> None:
    data = _table_pdf(borders, v_align)
    got = _rows_read(data)
    wanted = [list(values) for values in LOG_ROWS]
    assert got == wanted
    texts = [line.text for line in pdf.read(data, "log.pdf")]
    assert texts[0] == "Actions Arising" and texts[-1] == "Paragraph after the table."


GAPPED_ROWS = [
    ("Ref", "Action", "Lead officer", "Due", "Status"),
    ("HWB/1", "Refresh the joint strategic needs assessment", "", "March 2025", "Ongoing"),
    ("HWB/2", "Circulate the pharmacy needs assessment", "Ruth Calloway", "", ""),
    ("", "Write to the integrated care board about dental access", "Chair", "", "Complete"),
]


@pytest.mark.parametrize("borders", ["ALL", "NONE", "HORIZONTAL_LINES"])
def test_an_empty_cell_keeps_its_place_in_the_row(borders: str) -> None:
    """A row whose cell is empty has no text there: its other cells stay under their own columns."""
    data = _table_pdf(borders, rows=GAPPED_ROWS, col_widths=(20, 70, 40, 25, 25))
    assert _rows_read(data) == [list(values) for values in GAPPED_ROWS]


@pytest.mark.parametrize("align", ["CENTER", "RIGHT"])
@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])
def test_a_centred_or_right_aligned_cell_wraps_within_its_row(align: str, v_align: str) -> None:
    """The wrapped lines of a centred cell start at different left edges: still one cell of its row."""
    data = _table_pdf("NONE", v_align, text_align=("LEFT", "LEFT", align, align))
    assert _rows_read(data) == [list(values) for values in LOG_ROWS]


def test_label_and_value_set_apart_are_one_tab_line() -> None:
    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=10)
    for label, value in (("Report of", "Executive Director of Adult Social Care"), ("Wards affected", "All")):
        doc.cell(45, 6, label)
        doc.cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    raws = [line.raw for line in pdf.read(bytes(doc.output()), "cover.pdf")]
    assert raws == ["Report of\tExecutive Director of Adult Social Care", "Wards affected\tAll"]


def test_prose_keeps_its_lines_and_order() -> None:
    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=10)
    text = "The Board considered the report of the Director of Public Health. " * 6
    doc.multi_cell(0, 5, text.strip(), new_x="LMARGIN", new_y="NEXT")
    doc.multi_cell(0, 5, "RESOLVED: That the report be noted.", new_x="LMARGIN", new_y="NEXT")
    lines = pdf.read(bytes(doc.output()), "prose.pdf")
    assert len(lines) > 2 and not any("\t" in line.raw for line in lines)
    assert " ".join(line.text for line in lines) == f"{text.strip()} RESOLVED: That the report be noted."


def _segment(left: float, top: float, text: str, width: float = 80.0) -> Segment:
    return Segment(left=left, bottom=top - 9.0, right=left + width, top=top, text=text)


def test_two_columns_of_text_side_by_side_are_not_a_table() -> None:
    """A column of names beside another (one block each, one row): read one column after the other."""
    left = [_segment(50, 700 - 12 * n, f"Councillor A{n}") for n in range(4)]
    right = [_segment(300, 700 - 12 * n, f"Councillor B{n}") for n in range(4)]
    grouped = rows(blocks(left + right))
    assert len(grouped) == 1 and [len(block) for block in grouped[0]] == [4, 4]


def test_a_drawn_border_keeps_a_row_from_running_into_the_next() -> None:
    first, second = _segment(50, 700, "Topic one"), _segment(50, 688, "Topic two")
    assert len(blocks([first, second])) == 1
    border = drawn_edges([(40.0, 690.0, 400.0, 690.5)])
    assert len(blocks([first, second], border.rules)) == 2


def test_a_numbered_paragraph_with_a_hanging_indent_keeps_its_number_on_its_first_line() -> None:
    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=10)
    doc.set_x(20)
    y = doc.get_y()
    doc.cell(12, 5, "4.")
    doc.set_xy(40, y)
    body = "The Committee had before it a report by the Director on the school estate and its condition. " * 2
    doc.multi_cell(120, 5, body.strip(), new_x="LMARGIN", new_y="NEXT")
    doc.set_x(40)
    y = doc.get_y()
    doc.cell(12, 5, "(i)")
    doc.set_xy(60, y)
    doc.multi_cell(100, 5, "to note the report and the actions being taken to improve retention; and")
    lines = pdf.read(bytes(doc.output()), "minute.pdf")
    assert lines[0].raw.startswith("4.\tThe Committee had before it")
    assert " ".join(line.text for line in lines).startswith(f"4. {body.strip()} (i) to note the report")
    assert sum(1 for line in lines if "\t" in line.raw) == 2


def test_a_label_running_into_its_value_keeps_both_whole() -> None:
    """A label wider than its column overlaps the value's box: asked for apart, pdfium shares characters out."""
    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=10)
    doc.cell(40, 6, "District Representatives (4):")
    doc.cell(0, 6, "Councillor N Pryce, Councillor G Hallam", new_x="LMARGIN", new_y="NEXT")
    text = pdf.read(bytes(doc.output()), "members.pdf")[0].text
    assert (
        text.startswith("District Representatives (4):") and "Councillor N Pryce, Councillor G Hallam" in text
    )


def test_a_bold_topic_over_its_action_is_a_paragraph_of_its_own() -> None:
    """A log's Action cell printing its topic in bold above the action: two paragraphs of one cell."""
    rows = [
        ("Ref", "Action", "Lead", "Status"),
        (
            "A1/24",
            "**Falls prevention**\nOfficers to bring a report on falls in care homes to a future meeting",
            "Alma Reyes",
            "",
        ),
        (
            "A2/24",
            "**Pharmacy needs assessment**\nCirculate the draft assessment to members",
            "Ruth Calloway",
            "Complete",
        ),
    ]
    data = _table_pdf(rows=rows, col_widths=(20, 80, 45, 25), markdown=True, heading=None)
    raws = [line.raw for line in pdf.read(data, "log.pdf") if "\t" in line.raw]
    assert raws[1:] == [
        f"A1/24\tFalls prevention{CELL_BREAK}Officers to bring a report on falls in care homes to a future meeting"
        "\tAlma Reyes\t",
        f"A2/24\tPharmacy needs assessment{CELL_BREAK}Circulate the draft assessment to members\tRuth Calloway\tComplete",
    ]


def test_a_numbered_minute_in_two_columns_reads_a_line_per_paragraph() -> None:
    """Minutes laid out with the number in a column of its own and the minute's paragraphs beside it."""
    minutes = (
        (
            "41.",
            (
                "APOLOGIES FOR ABSENCE",
                "Apologies were received from Councillor Amira Holt and Councillor Dean Fairley, who was "
                "substituted by Councillor Ian Rowe, and from the Director of Adult Social Care.",
            ),
        ),
        (
            "42.",
            (
                "MINUTES",
                "RESOLVED that the minutes of the meeting held on 3 March 2024 be approved as a correct record "
                "and signed by the Chair, subject to the correction of the date in minute 38.",
            ),
        ),
    )
    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=10)
    for number, paragraphs in minutes:
        y = doc.get_y()
        doc.set_x(20)
        doc.cell(15, 5, number)
        doc.set_xy(40, y)
        for index, paragraph in enumerate(paragraphs):
            if index:
                doc.ln(2.5)  # the space Word leaves after a paragraph
                doc.set_x(40)
            doc.multi_cell(120, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
        doc.ln(6)
    raws = [line.raw for line in pdf.read(bytes(doc.output()), "minutes.pdf")]
    assert raws == [
        "41.\tAPOLOGIES FOR ABSENCE",
        minutes[0][1][1],
        "42.\tMINUTES",
        minutes[1][1][1],
    ]


LOG_COLUMNS = (20.0, 45.0, 130.0, 165.0)  # Ref, Action, Lead, Status: left edges (mm)


def _log_row(doc: FPDF, cells: tuple[str, ...], y: float) -> float:
    """One row of a log drawn cell by cell at the columns' left edges; the y under its tallest cell."""
    bottom = y
    for left, (index, text) in zip(LOG_COLUMNS, enumerate(cells), strict=True):
        doc.set_xy(left, y)
        next_left = LOG_COLUMNS[index + 1] if index + 1 < len(LOG_COLUMNS) else 195.0
        doc.multi_cell(next_left - left - 3, 5, text, new_x="LMARGIN", new_y="NEXT")
        bottom = max(bottom, doc.get_y())
    return bottom + 3


def _footer(doc: FPDF, number: int) -> None:
    doc.set_xy(100, 280)
    doc.cell(20, 5, f"Page {number}")


def test_a_table_running_on_to_the_next_page_keeps_its_columns() -> None:
    """A page holding a single row of a log begun on the page before still reads it as the log's row,
    and a row a page break cut in two (its action's last words at the top of the next page) is whole."""
    doc = FPDF()
    doc.set_auto_page_break(False)
    doc.set_font("helvetica", size=10)
    doc.add_page()
    y = _log_row(doc, ("Ref", "Action", "Lead", "Status"), 20)
    y = _log_row(
        doc, ("A1/24", "Circulate the pharmacy needs assessment to members", "Ruth Calloway", "Complete"), y
    )
    _log_row(doc, ("A2/24", "Arrange a workshop on the refreshed", "Ife Adeyemi", "Ongoing"), y)
    _footer(doc, 1)
    doc.add_page()
    y = _log_row(doc, ("", "joint strategy for members", "", ""), 20)
    _log_row(doc, ("A3/24", "Write to the integrated care board about dental access", "Chair", "Open"), y)
    _footer(doc, 2)
    assert _rows_read(bytes(doc.output())) == [
        ["Ref", "Action", "Lead", "Status"],
        ["A1/24", "Circulate the pharmacy needs assessment to members", "Ruth Calloway", "Complete"],
        ["A2/24", "Arrange a workshop on the refreshed joint strategy for members", "Ife Adeyemi", "Ongoing"],
        ["A3/24", "Write to the integrated care board about dental access", "Chair", "Open"],
    ]


def test_bulleted_lines_in_a_cell_are_paragraphs_of_their_own() -> None:
    lines = [
        "The Committee is asked to:",
        "• approve the programme of forty",
        "locations; and",
        "• note the report.",
    ]
    cell = [_segment(90, 700 - 12 * n, text) for n, text in enumerate(lines)]
    assert len(blocks(cell)) == 1
    assert cell_text(cell).split(CELL_BREAK) == [
        "The Committee is asked to:",
        "• approve the programme of forty locations; and",
        "• note the report.",
    ]


def test_a_line_broken_by_hand_in_a_cell_ends_its_paragraph() -> None:
    """An agenda item's title, then a note on the next line: the title's line ends early, where the
    note's first word would have fitted, so the writer broke it; a wrapped line is joined as before."""
    rows = [
        ("No.", "Item", "Pages"),
        (
            "8",
            "Exclusion of the Public\nThe Committee will be invited to resolve that the public be excluded",
            "",
        ),
        ("9", "Insurance Claims Handling Service: Contract Extension for the period from April", "31 - 40"),
    ]
    data = _table_pdf("NONE", rows=rows, col_widths=(15, 90, 25), heading=None)
    raws = [line.raw for line in pdf.read(data, "agenda.pdf") if "\t" in line.raw]
    assert raws[1:] == [
        f"8\tExclusion of the Public{CELL_BREAK}The Committee will be invited to resolve that the public be excluded\t",
        "9\tInsurance Claims Handling Service: Contract Extension for the period from April\t31 - 40",
    ]
