"""The pack-1 JSON Schema: gold files and extract output conform; it cannot drift from record.py or vocab.py."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from minutebook.packs import record, vocab
from minutebook.packs.extract import extract_file
from minutebook.packs.schema import load_schema, schema_errors
from tests.packs.conftest import GOLD_FILES, SAMPLE_PACKS

# $defs name -> the dataclass it describes (the root object is PackRecord)
DEFINITIONS = {
    "document": record.Document,
    "meeting": record.Meeting,
    "member": record.Member,
    "attendance": record.Attendance,
    "declaration": record.Declaration,
    "agendaItem": record.AgendaItem,
    "resolution": record.Resolution,
    "actionArising": record.ActionArising,
    "contact": record.Contact,
    "report": record.Report,
}
GOLD_ONLY = {"document": {"sections"}}  # hand annotations the readers do not emit
ENUMS = {
    ("document", "kind"): vocab.DocumentKind,
    ("meeting", "kind"): vocab.MeetingKind,
    ("attendance", "status"): vocab.AttendanceStatus,
    ("actionArising", "status"): vocab.ActionStatus,
}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return load_schema()


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema"]["const"] == record.SCHEMA_ID


def test_schema_ships_inside_the_package() -> None:
    import minutebook

    shipped = Path(minutebook.__file__).parent / "schema" / "pack-1.schema.json"
    assert json.loads(shipped.read_text(encoding="utf-8")) == load_schema()


@pytest.mark.parametrize("gold", GOLD_FILES, ids=lambda path: path.stem)
def test_gold_files_conform(gold: Path) -> None:
    assert schema_errors(json.loads(gold.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("pack", SAMPLE_PACKS, ids=lambda path: path.stem)
def test_extract_output_conforms(pack: Path) -> None:
    data = json.loads(extract_file(pack).to_json())
    assert schema_errors(data) == []


@pytest.mark.parametrize(("definition", "kind"), DEFINITIONS.items())
def test_schema_properties_are_the_dataclass_fields(
    schema: dict[str, Any], definition: str, kind: type
) -> None:
    properties = set(schema["$defs"][definition]["properties"]) - GOLD_ONLY.get(definition, set())
    assert properties == {field.name for field in dataclasses.fields(kind)}
    assert set(schema["$defs"][definition]["required"]) <= properties


def test_root_properties_are_the_pack_record_fields(schema: dict[str, Any]) -> None:
    assert set(schema["properties"]) == {field.name for field in dataclasses.fields(record.PackRecord)}


@pytest.mark.parametrize(("where", "enum"), ENUMS.items(), ids=lambda value: str(value))
def test_schema_enums_are_the_vocabularies(
    schema: dict[str, Any], where: tuple[str, str], enum: type
) -> None:
    definition, field = where
    assert schema["$defs"][definition]["properties"][field]["enum"] == [member.value for member in enum]


def test_every_vocabulary_enum_is_in_the_schema() -> None:
    enums = {
        value
        for value in vars(vocab).values()
        if isinstance(value, type) and issubclass(value, vocab.StrEnum)
    }
    assert enums - {vocab.StrEnum} == set(ENUMS.values())


def test_a_record_that_breaks_the_contract_is_reported() -> None:
    data = json.loads(record.PackRecord(source="x.pdf").to_json())
    data["meetings"] = [{"kind": "summons", "date": "12 July 2018"}]
    errors = schema_errors(data)
    assert any("'summons' is not one of" in error for error in errors)
    assert any("'body' is a required property" in error for error in errors)
