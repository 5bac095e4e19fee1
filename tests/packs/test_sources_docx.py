"""DOCX source: documents made with python-docx (paragraphs, headings, tables, lists, page breaks, damage)."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.text import WD_BREAK

from minutebook.packs.errors import PackError
from minutebook.packs.lines import Line
from minutebook.packs.sources import docx as docx_source
from minutebook.packs.sources import read_bytes
from minutebook.packs.sources.docx_numbering import format_number
from minutebook.packs.text import cells, paragraphs


def _bytes(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def _minutes() -> bytes:
    document = docx.Document()
    document.add_heading("Health & Wellbeing Board", 0)
    document.add_heading("1. MEMBERSHIP", 1)
    document.add_paragraph("Present: Councillor Heather Acton (Chairman)")
    lines = document.add_paragraph("Venue: Room 3.1")
    lines.add_run().add_break()
    lines.add_run("5 Strand, London")
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("Action", "Lead", "Comments"),
        ("Circulate the plan", "Chris Neill / Bernie Flaherty", "Completed"),
        ("Report back", "Public Health", ""),
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 0).add_paragraph("in September")
    document.add_paragraph("End of page one").add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("2. DECLARATIONS OF INTEREST", 1)
    document.add_paragraph("There were no declarations.")
    return _bytes(document)


@pytest.fixture(scope="module")
def minutes() -> list[Line]:
    return docx_source.read(_minutes(), "minutes.docx")


def test_body_order_with_table_rows_between_paragraphs(minutes: list[Line]) -> None:
    assert [line.text for line in minutes if line.text] == [
        "Health & Wellbeing Board",
        "1. MEMBERSHIP",
        "Present: Councillor Heather Acton (Chairman)",
        "Venue: Room 3.1",
        "5 Strand, London",
        "Action Lead Comments",
        "Circulate the plan Chris Neill / Bernie Flaherty Completed",
        "Report back in September Public Health",
        "End of page one",
        "2. DECLARATIONS OF INTEREST",
        "There were no declarations.",
    ]
    assert [line.number for line in minutes] == list(range(1, len(minutes) + 1))


def test_table_rows_are_tab_separated_cells(minutes: list[Line]) -> None:
    rows = [cells(line.raw) for line in minutes if "\t" in line.raw]
    assert rows == [
        ["Action", "Lead", "Comments"],
        ["Circulate the plan", "Chris Neill / Bernie Flaherty", "Completed"],
        ["Report back in September", "Public Health", ""],
    ]


def test_a_cells_paragraphs_stay_apart_in_raw(minutes: list[Line]) -> None:
    row = next(line for line in minutes if line.text.startswith("Report back"))
    assert [paragraphs(cell) for cell in row.raw.split("\t")] == [
        ["Report back", "in September"],
        ["Public Health"],
        [],
    ]


def test_a_line_break_in_a_cell_parts_its_lines_as_paragraphs() -> None:
    """A title cell holding "Title.", a manual line break, then a note: two paragraphs, as Word shows them."""
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).text = "5"
    title = table.cell(0, 1).paragraphs[0]
    title.add_run("Public Question Time.")
    title.add_run().add_break()
    title.add_run("Questions must be submitted in writing by noon on the working day before.")
    table.cell(0, 2).text = "9 - 12"
    row = next(
        line for line in docx_source.read(_bytes(document), "agenda.docx") if line.text.startswith("5")
    )
    assert [paragraphs(cell) for cell in row.raw.split("\t")] == [
        ["5"],
        [
            "Public Question Time.",
            "Questions must be submitted in writing by noon on the working day before.",
        ],
        ["9 - 12"],
    ]


def test_headings_are_marked_in_raw_only(minutes: list[Line]) -> None:
    heading = next(line for line in minutes if line.text == "1. MEMBERSHIP")
    assert heading.raw == "# 1. MEMBERSHIP"
    assert next(line for line in minutes if line.text.startswith("Present")).raw.startswith("Present")


def test_explicit_page_break_numbers_pages(minutes: list[Line]) -> None:
    pages = {line.text: line.page for line in minutes if line.text}
    assert pages["End of page one"] == 1
    assert pages["2. DECLARATIONS OF INTEREST"] == 2
    assert pages["There were no declarations."] == 2


def test_no_page_breaks_means_no_pages() -> None:
    document = docx.Document()
    document.add_paragraph("One paragraph")
    assert [line.page for line in docx_source.read(_bytes(document), "a.docx")] == [None]


def test_page_break_before_and_new_page_section_turn_pages() -> None:
    document = docx.Document()
    document.add_paragraph("First")
    document.add_paragraph("Second").paragraph_format.page_break_before = True
    document.add_section()  # a new-page section break after "Second"
    document.add_paragraph("Third")
    pages = [(line.text, line.page) for line in docx_source.read(_bytes(document), "a.docx") if line.text]
    assert pages == [("First", 1), ("Second", 2), ("Third", 3)]


def test_word_list_numbers_are_written_out() -> None:
    document = docx.Document()
    for title in ("Membership", "Declarations of interest", "Minutes"):
        document.add_paragraph(title, style="List Number")
    document.add_paragraph("a bullet point", style="List Bullet")
    texts = [line.text for line in docx_source.read(_bytes(document), "a.docx")]
    assert texts == ["1. Membership", "2. Declarations of interest", "3. Minutes", "a bullet point"]


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (4, "decimal", "4"),
        (4, "lowerLetter", "d"),
        (28, "upperLetter", "BB"),
        (14, "lowerRoman", "xiv"),
        (1994, "upperRoman", "MCMXCIV"),
        (7, "decimalZero", "07"),
        (10**9, "upperRoman", "1000000000"),
    ],
)
def test_word_number_formats(value: int, fmt: str, expected: str) -> None:
    assert format_number(value, fmt) == expected


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        ({"notes.txt": b"hello"}, r"is a ZIP file but not a Word \.docx document \(no word/document\.xml\)"),
        (
            {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
            "is an OpenDocument",
        ),
        ({"xl/workbook.xml": b"<x/>"}, "is an Excel or PowerPoint file"),
        ({"word/document.xml": b"<not-closed"}, "is not a readable Word document"),
    ],
)
def test_zip_that_is_not_a_word_document(files: dict[str, bytes], reason: str) -> None:
    with pytest.raises(PackError, match=reason):
        read_bytes(_zip(files), "pack.docx")


def test_truncated_docx_is_a_damaged_zip() -> None:
    data = _minutes()
    with pytest.raises(PackError, match=r"cut\.docx: is not a readable Word document \(damaged ZIP"):
        read_bytes(data[: len(data) // 2], "cut.docx")


def test_docx_that_unpacks_too_large_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_source, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(
        PackError,
        match=r"bomb\.docx: is not a readable Word document \(it unpacks to [\d,]+ bytes; the limit is 1,000\)",
    ):
        docx_source.read(_minutes(), "bomb.docx")


def test_old_word_doc_is_refused_with_advice() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    with pytest.raises(
        PackError, match=r"old\.doc: is an old Microsoft Office file \(Word \.doc format\); save"
    ):
        read_bytes(ole, "old.doc")


def test_content_controls_and_tracked_changes() -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    body = document.element.body
    body.insert(
        0,
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Inside a content control</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    body.insert(
        1,
        parse_xml(
            f"<w:p {nsdecls('w')}><w:r><w:t xml:space='preserve'>Agreed </w:t></w:r>"
            "<w:del><w:r><w:delText>not </w:delText></w:r></w:del>"
            "<w:ins><w:r><w:t xml:space='preserve'>unanimously </w:t></w:r></w:ins>"
            "<w:hyperlink><w:r><w:t>(see report)</w:t></w:r></w:hyperlink></w:p>"
        ),
    )
    texts = [line.text for line in docx_source.read(_bytes(document), "a.docx")]
    assert texts == ["Inside a content control", "Agreed unanimously (see report)"]
