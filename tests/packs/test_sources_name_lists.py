"""A grid of names under one heading repeated over its columns reads as one list line."""

from __future__ import annotations

import io

from docx import Document

from minutebook.packs.sources import read_bytes
from minutebook.packs.sources.name_lists import read_name_lists
from minutebook.packs.sources.text import read as read_text


def _docx_with_grid(heading: str, columns: list[list[str]]) -> bytes:
    doc = Document()
    doc.add_paragraph("Present: Councillor Rhian Evans (Chair) presided")
    depth = max(len(column) for column in columns)
    table = doc.add_table(rows=depth + 1, cols=len(columns))
    for index, column in enumerate(columns):
        table.cell(0, index).text = heading
        for row, name in enumerate(column, start=1):
            table.cell(row, index).text = name
    doc.add_paragraph("Officers: Gwyn Parry, Head of Democratic Services")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_word_grid_of_councillors_is_one_list_column_by_column() -> None:
    columns = [["A M Bevan", "C Lloyd"], ["D Howells", "E Rees-Jones"], ["F Morgan"]]
    lines = read_bytes(_docx_with_grid("Councillor(s)", columns), "minutes.docx")
    texts = [line.text for line in lines if line.text]
    assert texts == [
        "Present: Councillor Rhian Evans (Chair) presided",
        "Councillor(s): A M Bevan, C Lloyd, D Howells, E Rees-Jones, F Morgan",
        "Officers: Gwyn Parry, Head of Democratic Services",
    ]


def test_a_markdown_grid_keeps_every_later_line_number() -> None:
    text = (
        "Present:\n"
        "| Members | Members |\n"
        "|---|---|\n"
        "| Asha Patel | Ben Cole |\n"
        "| Cara Doyle | |\n"
        "1. Apologies\n"
    )
    lines = read_name_lists(read_text(text.encode(), "minutes.md"))
    assert [line.text for line in lines] == [
        "Present:",
        "Members: Asha Patel, Cara Doyle, Ben Cole",
        "",
        "",
        "",
        "1. Apologies",
    ]
    assert lines[-1].number == 6


def test_a_table_whose_cells_say_more_than_names_is_left_alone() -> None:
    text = "Update\tUpdate\nThe report was noted. Officers will return.\tDone.\n"
    lines = read_text(text.encode(), "log.txt")
    assert read_name_lists(lines) == lines


def test_a_row_of_different_headings_is_a_table_not_a_list() -> None:
    text = "Name\tRepresenting\nAsha Patel\tHealthwatch\n"
    lines = read_text(text.encode(), "agenda.txt")
    assert read_name_lists(lines) == lines


def test_a_markdown_table_rule_is_not_a_heading() -> None:
    text = "| Name | Title |\n|---|---|\n| Karen Ostrow | Director of Finance |\n"
    lines = read_text(text.encode(), "minutes.md")
    assert read_name_lists(lines) == lines
