"""Header rows of actions logs mapped to fields by the table of synonyms."""

from __future__ import annotations

import pytest

from minutebook.packs import actions_log_columns as col
from minutebook.packs.actions_log_columns import from_header, header_field


@pytest.mark.parametrize(
    "cell, field",
    [
        ("Action", col.ACTION),
        ("Lead Member(s) And Officer(s)", col.LEADS),
        ("Comments", col.COMMENT),
        ("No.", col.NUMBER),
        ("Date", col.DATE),
        ("Meeting Date", col.DATE),
        ("Minute", col.MINUTE),
        ("Officer / Responsible", col.LEADS),
        ("Action Owner", col.LEADS),
        ("Action by", col.LEADS),
        ("Deadline", col.DEADLINE),
        ("Target Date", col.DEADLINE),
        ("Status / Update", col.COMMENT),
        ("RAG status", col.STATUS),
        ("Outstanding/Complete", col.STATUS),
        ("Subject", col.TOPIC),
        ("Agreed Action", col.ACTION),
        ("Item / topic", col.TOPIC),
        ("Subject & Minute", col.TOPIC),
        ("Agenda item or subject", col.TOPIC),
        ("Action/Decision", col.ACTION),
        ("Date of meeting", col.DATE),
        ("Responsible officer", col.LEADS),
        ("By when", col.DEADLINE),
        ("Progress", col.COMMENT),
        ("Officer Response", col.COMMENT),
        ("Date of Committee", col.DATE),
        ("Date Action Added", col.DATE),
        ("Expected completion", col.DEADLINE),
        ("Resolution", col.ACTION),
        ("Directorate", col.OTHER),
        ("Members to submit any further comments on the report by 7 June and make sure of it", None),
        ("Chairman", None),
    ],
)
def test_header_field(cell: str, field: str | None) -> None:
    assert header_field(cell) == field


def test_tracker_header_maps_every_column() -> None:
    columns = from_header(
        ["No.", "Date", "Minute", "Action", "Officer / Responsible", "Deadline", "Status / Update"]
    )
    assert columns is not None
    assert columns.index == {
        col.NUMBER: 0,
        col.DATE: 1,
        col.MINUTE: 2,
        col.ACTION: 3,
        col.LEADS: 4,
        col.DEADLINE: 5,
        col.COMMENT: 6,
    }
    assert columns.topic == 2


@pytest.mark.parametrize(
    "cells",
    [
        ["Members to submit comments by 7 June.", "All Members", ""],
        ["Progress report", "Officers", "Done"],
        ["Action", ""],
        ["Work Programme", "", ""],
    ],
)
def test_rows_that_are_not_headers(cells: list[str]) -> None:
    assert from_header(cells) is None


def test_subject_column_stands_for_the_action_when_there_is_none() -> None:
    columns = from_header(["Item", "Officer", "Update"])
    assert columns is not None and columns.get(col.ACTION) == 0


def test_item_number_beside_a_paper_column_is_the_minute() -> None:
    columns = from_header(["Ref", "Date", "Item", "Paper", "Action", "Owner", "Status/Comment"])
    assert columns is not None
    assert columns.get(col.MINUTE) == 2
    assert columns.get(col.TOPIC) == 3
    assert columns.topic == 3
    assert columns.get(col.COMMENT) == 6


def test_item_alone_stays_the_topic() -> None:
    columns = from_header(["Date", "Item", "Action", "Lead"])
    assert columns is not None and columns.topic == 1 and columns.get(col.MINUTE) is None


def test_a_column_no_action_field_takes_leaves_the_header_a_header() -> None:
    columns = from_header(["Ref", "Directorate", "Action", "Owner", "Priority", "Status"])
    assert columns is not None
    assert (columns.get(col.ACTION), columns.get(col.LEADS), columns.get(col.STATUS)) == (2, 3, 5)
